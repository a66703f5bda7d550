/**
 * Tables that are not a debt per row: years down the rows, debts across, flow items as rows
 * (年度当初 → 回収 → 不納欠損 → 発生 → 年度末), stage tables without years. Each is a block of figures
 * with labels above (header rows) and to the left (label columns); every figure becomes one
 * observation whose dimensions come from its column's labels, its row's labels and the caption.
 */
import { formFields, rowMemo, SheetGrid, titleLike } from './grid';
import { forecastYears, linesBelow } from './notes';
import { columnFormulaText, columnNumberRow, columnNumbersAt, columnNumberText } from './column-numbers';
import type { Area } from '../workbook';
import { a1, areaA1 } from '../workbook';
import { LAST_YEAR_NOTE, SUPERSEDED_NOTE, type DebtClass, type Derived, type Division, type Item, type Kind, type Observation, type PlanTable, type Unit } from './model';
import { LETTERED_SUM, parseLabel, type LabelDims } from './labels';
import { isPropertyKind, SEIZED_HEADER, seizing } from './handoff';
import { classOf, COLLECTION_BODY, divisionOf, isFootnote, outlineDepth, isUnitAlone, isUnitLine, kindOf, labelRoleOf, namesCourseAndTargets, partNamed, unitOf, withoutPlanName, DEBT_NAME, DEPARTMENT_NAME } from '../text/tokens';
import { isPartName, outlineless, outlineParents, partOf, rowsUnderLines } from './outline';
import { clean, compact, isNoValueText } from '../text/normalize';
import { nearestLettered } from './lettered';
import { ratiosToLastYear } from './last-year';
import { formatInfo, storedUnit } from '../text/format';
import { flowSign, isOwedCaption, isRateItem, isTaxRevenue } from '../text/items';
import { CHANGE_NOTE, halfUnit, isProse, textDecimals, unitLineOf, withoutTrailingNote } from '../text/number';
import { captionNamesOneYear, ERA_BASE, findYears, fiscalYearIn, monthAtEnd, yearNotation } from '../text/years';
import { memoText } from '../text/memo';
import { currentFiscalYear } from '../dates';

const MAX_HEADER_ROWS = 4;
const GENERIC_ITEMS = new Set<Item>(['金額', '件数', '比率', '調整額']);
const CONTEXT_ROWS = 4;
/** Blocks larger than this are data dumps, not plan tables printed in a document. */
const MAX_BLOCK_ROWS = 400;

/** Which cells tables already found hold: a matrix never reads them again. */
export interface Claims {
  has(r: number, c: number): boolean;
  /** Do the claims hold every cell of row r from column `left` to `right`? */
  spans(r: number, left: number, right: number): boolean;
}

export function claimsOf(areas: Area[]): Claims {
  return {
    has: (r, c) => {
      for (let i = 0; i < areas.length; i++) {
        const a = areas[i];
        if (r >= a.top && r <= a.bottom && c >= a.left && c <= a.right) return true;
      }
      return false;
    },
    spans: (r, left, right) => {
      for (let i = 0; i < areas.length; i++) {
        const a = areas[i];
        if (r >= a.top && r <= a.bottom && left >= a.left && right <= a.right) return true;
      }
      return false;
    },
  };
}

function isYearNumber(g: SheetGrid, r: number, c: number): boolean {
  const v = g.cell(r, c)?.value;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1950 && v <= 2100;
}

const NO_FIGURES: number[] = Object.freeze([]) as unknown as number[];

/** Figures of the row outside the claims (year numbers in a header row are labels, not figures). */
function figureColumns(g: SheetGrid, r: number, claims: Claims): number[] {
  const cols = g.nonEmptyColumns(r);
  // A row a row table holds whole (every row of a big plan) has no figure of its own: one look.
  if (cols.length === 0 || claims.spans(r, cols[0], cols[cols.length - 1])) return NO_FIGURES;
  const out: number[] = [];
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    if (!claims.has(r, c) && g.isNumber(r, c)) out.push(c);
  }
  return out;
}

/** Does the row hold, within the figures' columns, only "no value" dashes (two at least, or one beside the row's label)? */
function dashColumns(g: SheetGrid, r: number, left: number, right: number, claims: Claims): boolean {
  let n = 0;
  for (const c of g.nonEmptyColumns(r, left, right)) {
    if (claims.has(r, c)) return false;
    if (g.number(r, c).kind !== 'blank') return false;
    n++;
  }
  // One dash is a row too where the row names what it is left of the figures (不動産 | -件(-件)).
  return n >= 2 || (n === 1 && left > 0 && g.nonEmptyColumns(r, 0, left - 1).length > 0);
}

interface Block {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Arrears handed to a collection body (受託額, 引受件数, 移管額) under a caption of taxes or of the body: receivables, as
 * what it then collects is (not 受託研究, 損害保険の引受).
 */
const handedOver = (captions: string) => /(?:受託|引受|移管)(?:額|件数)/.test(captions) && /債権|機構|税|料|滞納|徴収/.test(captions);

/** What the city borrowed (借入額, 市債, 起債): owed by the city. (市債権 is what is owed to it.) */
const BORROWING = /借入(?:額|金)|(?:市|町|村|県|都|府|道|地方)債(?!権)|起債|公債費/;

/** A period's own figures (当年度, 当月), beside a running sum of them (累計). */
const PERIOD = /^(?:当|今|本)年度分?$|^(?:当月|単月|今月|本月|当期|月間)分?$|^月分$/;
/** What came before the period (前年度まで, 前月まで, 過年度分): beside it, a 累計 is the sum of the two. */
const BEFORE_PERIOD = /まで(?:の累計|の分)?$|^過年度分?$/;

/** Every matrix table of the sheet outside what row tables already hold. */
export function readMatrices(g: SheetGrid, claims: Claims, contextFloor = 0): PlanTable[] {
  const tables: PlanTable[] = [];
  let r = 0;
  let floor = contextFloor;
  let previous: Previous | null = null;
  while (r < g.rowCount) {
    // Most rows of a huge sheet are empty: skipped without a look at their cells.
    if (g.rowLength(r) === 0) {
      r++;
      continue;
    }
    const figs = figureColumns(g, r, claims);
    if (figs.length === 0 || allYears(g, r, figs) || columnNumberRow(g, r)) {
      r++;
      continue;
    }
    let bottom = r;
    let left = Math.min(...figs);
    let right = Math.max(...figs);
    while (bottom + 1 < g.rowCount && bottom - r < MAX_BLOCK_ROWS) {
      let next = figureColumns(g, bottom + 1, claims);
      // A row of dashes (- for none) between figure rows is a row of the table.
      if (next.length === 0 && dashColumns(g, bottom + 1, left, right, claims) && bottom + 2 < g.rowCount) next = [];
      if (next.length === 0 && dashColumns(g, bottom + 1, left, right, claims)) {
        bottom++;
        continue;
      }
      if (next.length === 0) {
        // A label-only row (a group row) or one blank spacer row inside the block, when figures go on below in the same columns.
        const after = bottom + 2 < g.rowCount ? figureColumns(g, bottom + 2, claims) : [];
        const within = (cols: number[]) => cols.length > 0 && cols.every((c) => c >= left && c <= right);
        const blank = g.nonEmptyColumns(bottom + 1).length === 0;
        const group = groupLine(g, bottom + 1, left, claims, right) !== null;
        // A group's line and a blank spacer row, in either order (【滞納繰越分】, then a blank row, then its rows).
        const spaced = group ? within(figuresPast(g, bottom + 2, claims)) : blank && groupLine(g, bottom + 2, left, claims, right) !== null && within(figuresPast(g, bottom + 3, claims));
        const line = labelOnlyRow(g, bottom + 1, left, claims) || group || mistypedRow(g, bottom + 1, left, right, claims);
        if ((line && after.length > 0) || (blank && within(after)) || spaced) {
          bottom++;
          continue;
        }
        // Two lines, one over the other (税務課 over 市民税), when figures go on below them.
        if (bottom + 3 < g.rowCount && nests(groupLine(g, bottom + 1, left, claims, right), groupLine(g, bottom + 2, left, claims, right)) && figureColumns(g, bottom + 3, claims).length) {
          bottom += 2;
          continue;
        }
        // A group with no figures at all (自動車税 › 現, 滞, 計 left blank), when figures go on below it.
        const skip = emptyGroupRows(g, bottom + 1, left, right, claims);
        if (skip === 0) break;
        bottom += skip;
        continue;
      }
      if (isFootnoteRow(g, bottom + 1)) break;
      left = Math.min(left, ...next);
      right = Math.max(right, ...next);
      bottom++;
    }
    // A group's line right above the first figures, under the header (【現年度分】 over 市民税 | 1,000 …), is the block's; so
    // are two (税務課 over 市民税).
    let top = r >= 2 && groupLine(g, r - 1, left, claims, right) !== null && g.rowLength(r - 2) > 0 ? r - 1 : r;
    // Or over a blank spacer row (【現年度分】, a blank row, then its rows).
    if (top === r && r >= 3 && g.nonEmptyColumns(r - 1).length === 0 && groupLine(g, r - 2, left, claims, right) !== null && g.rowLength(r - 3) > 0) top = r - 2;
    if (top < r && top >= 2 && nests(groupLine(g, top - 1, left, claims, right), groupLine(g, top, left, claims, right)) && g.rowLength(top - 2) > 0) top--;
    // Tables side by side on the same rows, each with its label column (区分 | 青森市 between two blocks of figures).
    const reads = sideBySide(g, { top, bottom, left, right }, claims).flatMap((b) => readBlock(g, b, claims, floor, previous) ?? []);
    for (const read of reads) tables.push(read.table);
    if (reads.length) {
      floor = Math.max(...reads.map((x) => x.table.area.bottom)) + 1;
      previous = reads[reads.length - 1];
    }
    r = bottom + 1;
  }
  return tables;
}

/**
 * The block cut where a table printed beside another starts: at inner label columns (names, no
 * figure: 区分 | 青森市 between two blocks of figures) where the figures left of them have labels of
 * their own (a block's row numbers are no table of their own), and at a column left blank through
 * the figures and their headers.
 */
function sideBySide(g: SheetGrid, b: Block, claims: Claims): Block[] {
  const counted = new Map<number, number>();
  const texts = (c: number) => counted.get(c) ?? counted.set(c, textCount(g, b, c, claims)).get(c)!;
  const out: Block[] = [];
  // A part ends at its last column of figures (not at the blank before the next part).
  const part = (left: number, right: number) => {
    while (right > left && !columnHasFigure(g, b, right, claims)) right--;
    out.push({ ...b, left, right });
  };
  let from = b.left;
  for (let c = b.left + 1; c < b.right; c++) {
    // A label column: names in most rows, or a group's name (市) beside one.
    const n = texts(c);
    const label = n > 0 && (isNames(n, b) || isNames(texts(c + 1), b));
    if (label && texts(from - 1) > 0) {
      if (c > from) part(from, c - 1);
      from = c + 1;
    } else if (n === 0 && c > from && blankThrough(g, b, c) && texts(c - 1) < 0 && texts(c + 1) < 0) {
      // A blank column through the figures and their headers, between two blocks of figures.
      part(from, c - 1);
      from = c + 1;
    }
  }
  out.push({ ...b, left: from, right: b.right });
  return out;
}

/**
 * Labels printed in the middle of their group's rows (a merged cell flattened: 法人 beside 繰 of
 * 現 | 繰 | 計): where the last label column runs 区分 by group (from 現, or after 計, to 計 or a row of none), a
 * group's one label in another column names the group from its first row. The labels so moved,
 * by "r:c", with '' where one was moved from.
 */
function centredLabels(g: SheetGrid, b: Block, labelCols: number[]): Map<string, string> {
  const moved = new Map<string, string>();
  if (labelCols.length < 2) return moved;
  const last = labelCols[labelCols.length - 1];
  const label = (r: number) => parseLabel(g.mergedText(r, last));
  let divisions = 0;
  for (let r = b.top; r <= b.bottom; r++) if (label(r).division !== null) divisions++;
  if (divisions * 2 <= b.bottom - b.top + 1) return moved;
  for (let s = b.top; s <= b.bottom; ) {
    let e = s;
    // A row of no 区分 (the next tax's own row, its name beside nothing) closes the group: it is no group's part.
    while (e < b.bottom && !label(e).total && label(e + 1).division !== '現年度分' && label(e + 1).division !== null) e++;
    for (const c of labelCols.slice(0, -1)) {
      const rows: number[] = [];
      for (let r = s; r <= e; r++) if (!g.isEmpty(r, c) && !g.isMergeContinuation(r, c)) rows.push(r);
      if (rows.length === 1 && rows[0] > s) {
        moved.set(`${s}:${c}`, outlineless(g, rows[0], c, true));
        moved.set(`${rows[0]}:${c}`, '');
      }
    }
    s = e + 1;
  }
  return moved;
}

/** Does a merged header just above the block span columns c and d (区分 over every label column)? */
function headerSpans(g: SheetGrid, b: Block, c: number, d: number): boolean {
  // As far up as a header of merges goes (a fifth row).
  for (let r = b.top - 1; r >= Math.max(0, b.top - MAX_HEADER_ROWS - 1); r--) {
    const m = g.mergeAt(r, c);
    if (m && m.left <= Math.min(c, d) && m.right >= Math.max(c, d)) return true;
  }
  return false;
}

/** Column c empty from the header rows above the block (as many as a header may have) to its bottom, no merge over it. */
function blankThrough(g: SheetGrid, b: Block, c: number): boolean {
  for (let r = Math.max(0, b.top - MAX_HEADER_ROWS); r <= b.bottom; r++) if (!g.isEmpty(r, c) || g.mergeAt(r, c)) return false;
  return true;
}

/** A rank among other cities (13位, 2位 (平均 91.20%)): neither a name nor a figure of the table. */
const isRank = (t: string) => /^\d{1,3}位/.test(t);

const isNames = (texts: number, b: Block) => texts >= 2 && texts * 2 > b.bottom - b.top + 1;

/** The rows of the block where column c holds a name (text that is no dash); -1 where it holds a figure or a claimed cell. */
function textCount(g: SheetGrid, b: Block, c: number, claims: Claims): number {
  if (c < 0) return 0;
  let texts = 0;
  for (let r = b.top; r <= b.bottom; r++) {
    if (claims.has(r, c)) return -1;
    const p = g.number(r, c);
    if (p.kind === 'number') return -1;
    if (p.kind === 'text' && !isNoValueText(g.raw(r, c)) && !isRank(g.text(r, c))) texts++;
  }
  return texts;
}

/** A header row of years typed as numbers: 2019 2020 2021, or bare era years 18 19 20 under 年度. */
function allYears(g: SheetGrid, r: number, figs: number[]): boolean {
  if (figs.length < 2) return false;
  if (figs.every((c) => isYearNumber(g, r, c))) return true;
  return bareYearRow(g, r, figs);
}

function bareYearRow(g: SheetGrid, r: number, figs: number[]): boolean {
  const ns = figs.map((c) => g.cell(r, c)?.value);
  const typed = ns.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 64);
  // (A row of typed figures is no row of text years: not looked at as one, row after row of a large sheet.)
  if (!(typed ? consecutiveYears(ns as number[]) : ns.every((n) => typeof n === 'string') && textYearRow(g, r))) return false;
  const labels = g.nonEmptyColumns(r).filter((c) => c < figs[0]);
  if (labels.every((c) => /^(年度|年|区分|年度区分)$/.test(g.text(r, c)))) return true;
  // Or, three at least, under a header merged across them all and no further left (収入額 over 20 21 … 29 beside 局・庁舎):
  // that header's years — not a row's counts under a section heading merged across the table (差押件数 over 不動産 | 7 | 8 | 9),
  // nor a row a year names.
  const group = r > 0 ? g.mergeAt(r - 1, figs[0]) : null;
  if (!group || labels.some((c) => findYears(g.text(r, c)).length > 0)) return false;
  return figs.length >= 3 && group.left === figs[0] && group.right >= figs[figs.length - 1] && g.mergedText(r - 1, figs[0]) !== '';
}

/** A bare era year typed as text (22, ２２): its number, else NaN. */
function textYear(g: SheetGrid, r: number, c: number): number {
  const v = g.cell(r, c)?.value;
  const t = typeof v === 'string' ? v.normalize('NFKC').trim() : '';
  return /^\d{1,2}$/.test(t) ? Number(t) : NaN;
}

/**
 * A header row of era years typed as text, copied from a page (22 23 … 29 | 22 … 29 under 収入歩合 | 調定割合): three
 * bare numbers at least, one after another, every cell from the first of them on. A run from 1 (1 2 3) numbers columns.
 */
const textYearRow = rowMemo((g: SheetGrid, r: number): boolean => {
  const cols = g.nonEmptyColumns(r);
  const first = cols.findIndex((c) => !Number.isNaN(textYear(g, r, c)));
  if (first < 0) return false;
  const ns = cols.slice(first).map((c) => textYear(g, r, c));
  if (ns.length < 3 || ns[0] === 1 || !ns.every((n) => n >= 1 && n <= 64) || !consecutiveYears(ns)) return false;
  const labels = cols.slice(0, first).map((c) => g.text(r, c));
  if (labels.length && labels.every((t) => /^(年度|年|年度区分)$/.test(t))) return true;
  if (!labels.every((t) => t === '区分')) return false;
  // Under 区分 or nothing: no months nor ages by the lines above (月別, 年齢別); past 12 an era's years (平成 27 28 …),
  // up to 12 only where those lines speak of years (令和, 年度, 推移).
  const above = Array.from({ length: Math.min(r, 4) }, (_, i) => g.nonEmptyColumns(r - 1 - i).map((c) => g.text(r - 1 - i, c)).join(' ')).join(' ');
  if (/月別|月分|各月|歳|才|年齢/.test(above)) return false;
  return ns.every((n) => n > 12) || /令和|年度|推移/.test(above);
});

/**
 * Era years one after another (18 19 20, or 4 3 2), or the same run of years repeated under each
 * group header (件数 4 3 2 | 税額 4 3 2).
 */
export function consecutiveYears(ns: number[]): boolean {
  const run = (xs: number[]) => xs.length >= 2 && Math.abs(xs[1] - xs[0]) === 1 && xs.every((n, i) => n === xs[0] + i * (xs[1] - xs[0]));
  if (run(ns)) return true;
  for (let len = 2; len * 2 <= ns.length; len++) {
    if (ns.length % len !== 0 || !run(ns.slice(0, len))) continue;
    if (ns.every((n, i) => n === ns[i % len])) return true;
  }
  return false;
}

/** Label-only rows (up to a few) followed by figures in the block's columns: how many, or 0. */
function emptyGroupRows(g: SheetGrid, from: number, left: number, right: number, claims: Claims): number {
  for (let r = from; r < Math.min(g.rowCount, from + MAX_HEADER_ROWS); r++) {
    const figs = figureColumns(g, r, claims);
    if (figs.length) return r > from && figs.every((c) => c >= left && c <= right) ? r - from : 0;
    if (!labelOnlyRow(g, r, left, claims)) return 0;
  }
  return 0;
}


/** An operand formula (2-3, 2/1): how a row's figures are computed from others. */
const isFormula = (t: string) => parseLabel(t).diff !== null || parseLabel(t).ratio !== null;

/** Column c holds the same text on every row of the block (three rows at least). */
function sameDown(g: SheetGrid, b: Block, c: number): boolean {
  const first = g.mergedText(b.top, c);
  if (first === '' || b.bottom - b.top < 2) return false;
  for (let r = b.top + 1; r <= b.bottom; r++) if (g.mergedText(r, c) !== first) return false;
  return true;
}


/**
 * A column right of the figures that says each row's kind (区分: 実績 | 実績 | 目標, years down the rows):
 * the rows' kinds, else none. Every text in it must be a kind word alone, and there must be two.
 */
function kindsRightOf(g: SheetGrid, block: Block, claims: Claims): Map<number, Kind> {
  const out = new Map<number, Kind>();
  const c = block.right + 1;
  for (let r = block.top; r <= block.bottom; r++) {
    if (g.isEmpty(r, c) || claims.has(r, c)) continue;
    const t = g.text(r, c);
    const kind = t.length <= 4 ? kindOf(t) : null;
    if (kind === null || g.isNumber(r, c)) return new Map();
    out.set(r, kind);
  }
  return out.size >= 2 ? out : new Map();
}

/**
 * A line of its own in a label column, no figure beside it, that heads the rows under it as a label column to their left
 * would: a 区分 (【現年度分】, 滞納繰越分), a class, a department (税務課 over its debts) or a debt (市民税 over 現年課税分 |
 * 滞納繰越分 | 計). A 区分 may stand in the first figure column too, the label column left blank ([null, 【滞納繰越分】]).
 * A 区分, a department or a debt heads rows of another kind: one followed by its like or by a total (法人市民税 among the
 * taxes, 滞納繰越分 left blank before 計) is a row of the table with no figure. A remark right of the figures (備考:
 * 執行停止分を含む) may stand beside it. Its text, or null for any other row.
 */
function groupLine(g: SheetGrid, r: number, left: number, claims: Claims, right: number): string | null {
  // One cell in the table's columns (asked of every row: a row of figures is answered at its second cell, no list made).
  let c = -1;
  for (const k of g.nonEmptyColumns(r)) {
    // (A label carried down beside the line, 所管課 merged down over its debts' rows or printed once, is no cell of it.)
    if (k > right ? g.isNumber(r, k) : c >= 0 && !carriedDown(g, r, c)) return null;
    if (k <= right) c = k;
  }
  if (c < 0 || c > left || claims.has(r, c) || g.isNumber(r, c) || isFootnoteRow(g, r)) return null;
  const t = outlineless(g, r, c, true);
  // (A class names receivables, 債権, as a header's word does: told first.)
  if (c < left && classOf(t) !== null) return t;
  // A year's line over its rows of items (令和4年度（実績）, then 調定額, 収入済額 … across the debts; then 令和5年度's).
  if (c < left && yearLine(t)) {
    const next = nextLabel(g, r, c);
    return next !== null && namedLabel(next).year === null ? t : null;
  }
  const l = namedLabel(t);
  // (A department whose name holds a header's word, 債権管理課 or 収納対策室, is still one; 所管課 or 担当課 is a header's.)
  const role = labelRoleOf(t);
  const named = role !== null && !(role !== 'department' && l.name !== null && t.length >= 4 && DEPARTMENT_NAME.test(l.name));
  if (l.total || l.item !== null || l.year !== null || named || partNamed(g.labelText(r, c)) !== null) return null;
  const debt = c < left && l.division === null && isDebtName(t);
  const department = c < left && l.division === null && l.name !== null && !debt && DEPARTMENT_NAME.test(l.name);
  if (l.division === null && !debt && !department) return null;
  const next = nextLabel(g, r, c);
  if (next === null) return null;
  const n = namedLabel(next);
  // A debt heads its 区分 or its parts (国民健康保険税 over 一般被保険者分), not any name (その他 after a debt left blank); a 区分
  // heads the rows of another kind under it, and is none where it follows a 区分 with figures (現年課税分, then 滞納繰越分
  // left blank).
  const heads = debt ? n.division !== null || isPartName(next) : department ? !(n.name !== null && DEPARTMENT_NAME.test(n.name)) : n.division === null && !followsDivision(g, r);
  return n.total || !heads ? null : t;
}

/** A label naming one fiscal year and nothing else but its kind (令和4年度, 令和7年度（目標）, 令和5年度決算見込). */
function yearLine(t: string): boolean {
  const year = fiscalYearIn(t);
  return year !== null && t.replace(/[（(【［\[]?(?:令和|平成|昭和|R|H)?[元\d０-９]+年度[）)】］\]]?/, '').replace(/[（(【［\[）)】］\]\s　]|実績|目標|見込み?|決算|計画|予算/g, '') === '';
}

/** Whether the label at (r, c) is carried down over the rows below it: merged down over them, or left blank under it. */
function carriedDown(g: SheetGrid, r: number, c: number): boolean {
  const m = g.mergeAt(r, c);
  if (m !== undefined) return m.top === r && m.bottom > r && m.left === c;
  return r + 1 < g.rowCount && g.isEmpty(r + 1, c);
}

/** Whether the row above r is a 区分 with figures (現年課税分 | 1,000 …), not a total of one (現年課税分計). */
function followsDivision(g: SheetGrid, r: number): boolean {
  const cols = r > 0 ? g.nonEmptyColumns(r - 1) : [];
  if (cols.length < 2) return false;
  const l = namedLabel(outlineless(g, r - 1, cols[0], true));
  return l.division !== null && !l.total;
}

/**
 * Whether a line over another heads the groups under it: a class over its departments or debts, a department over its
 * debts (強制徴収公債権 over 税務課, 税務課 over 市民税). (Other lines in a row are not read as levels yet.)
 */
function nests(upper: string | null, lower: string | null): boolean {
  if (upper === null || lower === null) return false;
  const section = (t: string) => classOf(t) === null && namedLabel(t).division !== null;
  const department = (t: string) => classOf(t) === null && !isDebtName(t) && !section(t);
  // Outer first: a class, a department, a 区分, a debt.
  const rank = (t: string) => (classOf(t) !== null ? 0 : department(t) ? 1 : section(t) ? 2 : 3);
  return rank(upper) < rank(lower);
}

/** A label naming a debt (市民税, 国民健康保険税), not a 区分 or a total. */
function isDebtName(t: string): boolean {
  const l = namedLabel(t);
  return l.division === null && !l.total && l.name !== null && DEBT_NAME.test(l.name);
}

/** The first label of the next rows (three at most) that hold anything, from column `from` on where it holds one. */
function nextLabel(g: SheetGrid, r: number, from: number): string | null {
  for (let k = r + 1; k < Math.min(g.rowCount, r + 4); k++) {
    const cols = g.nonEmptyColumns(k);
    if (cols.length) return outlineless(g, k, cols.find((c) => c >= from) ?? cols[0], true);
  }
  return null;
}

/**
 * The lines over each row of the block (see groupLine), outer first: a line right over another (税務課 over 市民税,
 * 強制徴収公債権 over 税務課) heads the groups under it, to a total of its own or its next like; the other lines head their
 * rows (rowsUnderLines). And each line's text.
 */
function groupedRows(g: SheetGrid, b: Block, labelCol: number, left: number, claims: Claims): { of: Map<number, number[]>; lines: Map<number, string> } {
  const rows = Array.from({ length: b.bottom - b.top + 1 }, (_, i) => b.top + i);
  const lines = new Map<number, string>();
  for (const r of rows) {
    const line = groupLine(g, r, left, claims, b.right);
    if (line !== null) lines.set(r, line);
  }
  const of = new Map<number, number[]>();
  if (lines.size === 0) return { of, lines };
  const text = (r: number) => outlineless(g, r, labelCol, true);
  const label = (r: number) => {
    const t = text(r);
    return t === '' ? null : { text: t, total: namedLabel(t).total };
  };
  // A line heads the next line in a row of another kind, right under it or past rows of its own (【現年度分】, 固定資産税, then
  // 市民税 › 個人 | 法人 | 計, then the section's 計): not past a total, which closes it. Past rows of its own, only where a total
  // of its own follows the inner line's (one 計 after the parts is either's).
  const starts = [...lines.keys()];
  const outer = new Set(
    starts.filter((r, i) => {
      const next = starts[i + 1];
      if (next === undefined || !nests(lines.get(r)!, lines.get(next)!)) return false;
      if (next === r + 1) return true;
      for (let k = r + 1; k < next; k++) if (label(k)?.total) return false;
      let totals = 0;
      for (let k = next + 1, j = i + 2; k <= b.bottom && totals < 2; k++) {
        if (k === starts[j] && !nests(lines.get(r)!, lines.get(starts[j++])!)) break;
        if (label(k)?.total) totals++;
      }
      return totals >= 2;
    }),
  );
  const inner = rowsUnderLines(
    rows.filter((r) => !outer.has(r)),
    (r) => lines.get(r) ?? null,
    label,
    // A debt after a debt's 区分 or parts (介護保険料 after 国民健康保険税 › 現年課税分 | 滞納繰越分) is no row of its.
    (line, r) => isDebtName(line) && isDebtName(text(r)),
  );
  for (const [r, line] of inner.of) of.set(r, [line]);
  if (outer.size) {
    // The inner groups' lines, rows and totals are rows of the outer group: its total is the first of none of them.
    const plain = { text: '', total: false };
    const top = rowsUnderLines(rows, (r) => (outer.has(r) ? lines.get(r)! : null), (r) => (inner.of.has(r) || inner.lines.has(r) ? plain : label(r)));
    for (const [r, line] of top.of) of.set(r, [line, ...(of.get(r) ?? [])]);
  }
  return { of, lines };
}

/** The figure columns of row r, or of the row after it where r is blank (a spacer), not a row of years (a header's). */
function figuresPast(g: SheetGrid, r: number, claims: Claims): number[] {
  if (r >= g.rowCount) return NO_FIGURES;
  const k = g.nonEmptyColumns(r).length === 0 ? r + 1 : r;
  const figs = k < g.rowCount ? figureColumns(g, k, claims) : NO_FIGURES;
  return allYears(g, k, figs) ? NO_FIGURES : figs;
}

function labelOnlyRow(g: SheetGrid, r: number, left: number, claims: Claims): boolean {
  const cols = g.nonEmptyColumns(r);
  return cols.length > 0 && cols.length <= 2 && cols.every((c) => c < left && !claims.has(r, c)) && !isFootnoteRow(g, r);
}

/**
 * A row whose figures are all typed wrong (90.O9, 1,2OO: digits in text that is no label), between rows
 * of figures: a row of the table, whose texts not-a-number then names, not the table's end.
 */
function mistypedRow(g: SheetGrid, r: number, left: number, right: number, claims: Claims): boolean {
  const inside = g.nonEmptyColumns(r).filter((c) => c >= left && c <= right && !claims.has(r, c));
  return (
    inside.length > 0 &&
    inside.every((c) => {
      const t = g.text(r, c);
      const l = parseLabel(t);
      return !g.isNumber(r, c) && /\d/.test(t) && l.year === null && l.bareYear === null && l.item === null && l.kind === null && !l.total;
    })
  );
}

function isFootnoteRow(g: SheetGrid, r: number): boolean {
  const cols = g.nonEmptyColumns(r);
  return cols.length > 0 && isFootnote(g.text(r, cols[0]));
}

/** The table read just above on the sheet: a table stacked under it shares its caption's year and subject. */
interface Previous {
  table: PlanTable;
  context: Context;
  rowKeys: Set<string>;
}

function readBlock(g: SheetGrid, block: Block, claims: Claims, floor: number, previous: Previous | null): Previous | null {
  // A leading column of year numbers (2019, 2020 …) or row numbers (1, 2, 3) is a label column.
  let vLeft = block.left;
  const down: { years: Map<number, number> | null; column: number } = { years: null, column: -1 };
  const yearColumn = (c: number) => down.years === null && (down.years = bareYearsDown(g, block, c, yearHeaded(g, block, c))) !== null && (down.column = c) >= 0;
  // Whether a leading column holds the rows' years (each row a year: the items run across).
  let yearsDown = false;
  const leading = (c: number): boolean => {
    if (columnOfYears(g, block, c)) return (yearsDown = true);
    if (isIndexColumn(g, block, c)) return true;
    return yearColumn(c) && (yearsDown = true);
  };
  while (vLeft <= block.right && !headedByItem(g, block, vLeft) && leading(vLeft)) {
    // The figures start at the next column that holds one.
    let next = vLeft + 1;
    while (next <= block.right && !columnHasFigure(g, block, next, claims)) next++;
    vLeft = next;
  }
  if (vLeft > block.right) return null;
  const valueCols: number[] = [];
  for (let c = vLeft; c <= block.right; c++) {
    for (let r = block.top; r <= block.bottom; r++) {
      if (!g.isEmpty(r, c) && !claims.has(r, c)) {
        valueCols.push(c);
        break;
      }
    }
  }
  // Label columns: the text columns left of the figures.
  const labelCols: number[] = [];
  for (let c = vLeft - 1; c >= 0; c--) {
    let any = false;
    for (let r = block.top; r <= block.bottom && !any; r++) any = !g.isEmpty(r, c) || !!g.mergeAt(r, c);
    if (!any) {
      // An empty column under the header over the label columns (区分 across A:E) does not end them.
      if (labelCols.length && !headerSpans(g, block, c, labelCols[0])) break;
      continue;
    }
    // Another table's figures beside (a table printed to the left, with no blank column between) are no labels.
    if (claimedColumn(claims, block, c) || (columnHasFigure(g, block, c, claims) && !isIndexColumn(g, block, c))) break;
    labelCols.unshift(c);
  }

  // Header rows above the figures.
  const headerRows: number[] = [];
  const unitTexts: string[] = [];
  for (let r = block.top - 1; r >= Math.max(floor, block.top - MAX_HEADER_ROWS - 1); r--) {
    // A fifth row only where it groups the columns below by merges (調定額 over ① | 件数 税額 | 千円, the form's tags and
    // units): two groups at least, each over figures only (a title merged across the table is its caption).
    if (block.top - r > MAX_HEADER_ROWS && groupsOver(g, r, valueCols, vLeft) < 2) break;
    const cols = g.nonEmptyColumns(r).filter((c) => !claims.has(r, c));
    if (cols.length === 0 && !rowHasMergeOver(g, r, valueCols)) break;
    const unitOnly = (c: number) => isUnitAlone(g.text(r, c));
    const inValues = cols.filter((c) => c >= vLeft && c <= block.right && !unitOnly(c));
    for (const c of cols) if (unitOnly(c)) unitTexts.push(g.raw(r, c));
    if (inValues.length === 0 && !rowHasMergeOver(g, r, valueCols)) break;
    // A sentence over the figures (設定理由 | …目標値を設定する。) tells why, under the name of what they measure: no header.
    if (sentenceOver(g, r, valueCols)) continue;
    if (isCaptionRow(g, r, cols, labelCols, valueCols)) break;
    headerRows.unshift(r);
  }
  // A column headed as remarks (備考: 前年度比 15,500千円の減少) holds notes, whatever figures they write: none of the table's.
  for (let k = valueCols.length - 1; k >= 0; k--) {
    if (headerRows.some((r) => labelRoleOf(compact(g.mergedText(r, valueCols[k]))) === 'note')) valueCols.splice(k, 1);
  }
  if (valueCols.length === 0) return null;
  const top = headerRows.length ? headerRows[0] : block.top;
  // The header may run on past the last column of figures (前年度における徴収率 | Gの対前年度増減率, headed and left blank): the
  // caption and unit over it are the table's ((単位:千円) over those columns, the standard 市町村税の徴収実績 form).
  let headerRight = block.right;
  while (headerRows.some((r) => !g.isEmpty(r, headerRight + 1) && !claims.has(r, headerRight + 1))) headerRight++;
  const context = readContext(g, top, floor, unitTexts, labelCols.length ? labelCols[0] : vLeft, headerRight, claims);
  // A year alone over the label columns (平成24年度 | 調定額 | 収入済額 …, each year's block with its own header) is the block's.
  context.year = cornerYear(g, headerRows, labelCols) ?? context.year;
  // A unit above a column's first figure is the column's where each row is a year (the items run across): else the row's.
  const yearRows = yearsDown || rowsAreYears(g, block, labelCols);
  if (yearRows) context.columnUnits = columnUnitLines(g, block, valueCols);
  // A table stacked under another with the same rows (the next department's, the next stage's) shares its caption.
  const rowKeys = new Set([...rowTextsOf(g, block, labelCols)].filter(Boolean));
  const sameRows = previous !== null && [...rowKeys].filter((k) => previous.rowKeys.has(k)).length >= 2;
  if (sameRows) {
    context.year ??= previous.context.year;
    context.era ??= previous.context.era;
  }
  // Else the year of the report the sheet holds (■令和2年度…執行概要 on its first line, or its tab), however far below.
  context.year ??= g.titleYear(top);
  // A table stacked under another ((参考)収入済額 under 調定額) is of the debt the sheet's heading named for the first, or
  // the one debt all the first's figures are of (水道料金調定額 | 水道料金収納済額 over 収納率(現年度) | 収納率(過年度)).
  const ownDebt = context.debt;
  if (previous && !context.whole) context.debt ??= otherPart(previous.context.debt, context.part) ?? previous.context.debt ?? oneDebtOf(previous.table);

  const colLabels = new Map<number, LabelDims[]>();
  const colTexts = new Map<number, string[]>();
  for (const c of valueCols) {
    const parts = headerParts(g, headerRows, c, vLeft);
    colTexts.set(c, parts);
    colLabels.set(c, headerLabels(parts));
  }
  // Numbers in brackets divide the rows so numbered (償還率((4)/(1)) down a column). Over a column (収納率(2)/(1) beside
  // 調定額(1), 収入済額(2)) they name the row's own columns, whose items say as much: no ratio of rows — unless columns are
  // numbered so (1 | 2 | 2/1 in a row of their own).
  const colLetters = new Set([...colLabels.values()].flatMap((ls) => ls.map((l) => l.letter)));
  for (const [c, ls] of colLabels) {
    const rowsRatio = (l: LabelDims) => l.ratio && /^\d/.test(l.ratio.num) && !(colLetters.has(l.ratio.num) && colLetters.has(l.ratio.den));
    if (ls.some(rowsRatio)) colLabels.set(c, ls.map((l) => (rowsRatio(l) ? { ...l, ratio: null, derived: l.derived === 'ratio' ? null : l.derived } : l)));
  }
  // A cumulative column (累計) beside the period's own (単月, 当年度) is a running sum of the periods, no total of the columns
  // beside it: each adds its period's figure — the column headed alike but for 単月 (or for the words before 累計: 前年同月
  // › 前年同月累計) — to the sum of the period before. (Beside what came before the period, 前年度まで | 当年度 | 累計, it
  // is their sum: a total as any.)
  const running = new Map<number, number | null>();
  const headers = [...colTexts.values()];
  if (headers.some((ps) => ps.some((p) => PERIOD.test(p) || /.累計$/.test(p))) && !headers.some((ps) => ps.some((p) => BEFORE_PERIOD.test(p)))) {
    for (const c of valueCols) {
      const ps = colTexts.get(c)!;
      const i = ps.findIndex((p) => /累計$/.test(p));
      if (i < 0) continue;
      const own = valueCols.filter((k) => k < c).reverse().find((k) => {
        const qs = colTexts.get(k)!;
        const period = ps[i] === '累計' ? PERIOD.test(qs[i]) : qs[i] === ps[i].replace(/累計$/, '');
        return qs.length === ps.length && period && qs.every((q, j) => j === i || q === ps[j]);
      });
      if (own !== undefined || ps[i] === '累計') running.set(c, own ?? null);
    }
  }
  // 26年度当初 after 23年度実績 … 25年度実績 (each a year's result, no item named): the year's initial plan, no flow's 年度当初.
  const initial = valueCols.filter((c) => colLabels.get(c)!.some((l) => l.item === '年度当初' && l.bareYear !== null));
  const results = valueCols.filter((c) => !initial.includes(c));
  if (initial.length && results.length && results.every((c) => colLabels.get(c)!.some((l) => l.kind === 'actual' && (l.year ?? l.bareYear) !== null && l.item === null))) {
    for (const c of initial) colLabels.set(c, colLabels.get(c)!.map((l) => (l.item === '年度当初' ? { ...l, item: null, kind: 'target' as const } : l)));
  }
  // A budget's stages (予算額 over 当初 | 最終): amounts planned, at the stage 予算額(当初) — not the receivables a stage
  // table's 当初 starts from, nor, on a row of a year's 決算, what was collected.
  for (const c of valueCols) {
    const parts = colTexts.get(c)!.map(compact);
    const budget = parts.findIndex((p) => /^予算(?:現)?額?$/.test(p));
    const stage = parts.findIndex((p) => /^(?:当初|最終|補正後?|現計)$/.test(p));
    const ls = colLabels.get(c)!;
    if (budget < 0 || stage < 0 || ls.length !== parts.length) continue;
    // Its year, debt or 区分 above (令和5年度 › 予算額 › 当初) stay the column's.
    const planned = { ...parseLabel(''), item: '金額' as const, kind: 'target' as const, category: `${parts[budget]}(${parts[stage]})` };
    colLabels.set(c, ls.map((l, i) => (i === budget ? planned : i === stage ? parseLabel('') : l)));
  }
  lastYearRatios(g, block, valueCols, colLabels, colTexts);
  ratesInGroupOrder(g, headerRows, valueCols, colLabels, colTexts);
  // A 前年比 beside a debt's figure (県民税 | 前年比) is that debt's ratio to the year before.
  for (const c of valueCols) {
    const ls = colLabels.get(c)!;
    const debts = colLabels.get(c - 1)?.filter((l) => l.name && DEBT_NAME.test(l.name));
    if (debts?.length && ls.some((l) => l.lastYear) && !ls.some((l) => l.name)) colLabels.set(c, [...ls, ...debts]);
  }
  const rowLabels = new Map<number, LabelDims[]>();
  const rowTexts = new Map<number, string[]>();
  const carry: string[] = [];
  const indexed = labelCols.length > 1 && isIndexColumn(g, block, labelCols[0]);
  const centred = centredLabels(g, block, labelCols);
  // Rows under a line of their own (【現年度分】, 市民税), in one label column: of that line, as of a label column to their left.
  // (Lines stand in the last label column; a 所管課 beside them is carried down over their rows.)
  const groups = labelCols.length ? groupedRows(g, block, labelCols[labelCols.length - 1], vLeft, claims) : { of: new Map<number, number[]>(), lines: new Map<number, string>() };
  const outlineRows = new Map<number, number>();
  const outline = labelCols.length === 1 ? outlineParents(g, Array.from({ length: block.bottom - block.top + 1 }, (_, i) => block.top + i), labelCols[0], true, outlineRows) : new Map<number, string>();
  // A formula written alike on every row (市区町村類型 2-3) is a code the rows share, no row's formula: it says nothing.
  const codes = new Set(labelCols.filter((c) => sameDown(g, block, c)).map((c) => g.mergedText(block.top, c)).filter(isFormula));
  /** Rows without a number under numbered rows (市民税 → 個人, 法人): parts of the row above. */
  const children = new Set<number>();
  let parent: string | null = null;
  /** The 区分 of the rows above (現年度分), for rows a page writes 区分 X under it, and the debt that 区分's row names. */
  let division: LabelDims['division'] = null;
  let divisionNames: LabelDims[] = [];
  /**
   * An outline written across the label columns (一 普通税 | (1) 市町村民税 | (ア) 個人, each level a column further right): for
   * each column, the last row numbered there with figures of its own, whose rows numbered further right are its parts.
   */
  const levelRows: (number | undefined)[] = [];
  // Under a header naming grounds (債権放棄の事由, 欠損理由), a label column's names say why (破産などの免責取得): the figures'
  // stage, neither a debt nor a debt's part (the debt is the column's to the left, merged down over its grounds).
  const groundCols = labelCols.filter((c) => headerRows.some((r) => GROUNDS_HEADER.test(compact(g.mergedText(r, c)))));
  /** Each numbered row of an outline under a row with figures of its own: that row (the row it is a part of). */
  const outlineParent = new Map<number, number>();
  for (let r = block.top; r <= block.bottom; r++) {
    const parts: string[] = [];
    const deepest = labelCols.findLastIndex((c, i) => !(indexed && i === 0) && g.labelText(r, c) !== '' && !g.isMergeContinuation(r, c));
    if (deepest >= 0 && labelCols.length > 1) {
      const numbered = outlineDepth(g.labelText(r, labelCols[deepest]), true) >= 0;
      const above = numbered ? levelRows.slice(0, deepest).findLast((a) => a !== undefined) : undefined;
      if (above !== undefined) {
        children.add(r);
        outlineParent.set(r, above);
      }
      levelRows.length = deepest;
      if (numbered && valueCols.some((c) => g.numberValue(r, c) !== null)) levelRows[deepest] = r;
    }
    labelCols.forEach((c, i) => {
      let t = centred.get(`${r}:${c}`) ?? outlineless(g, r, c, true);
      const m = g.mergeAt(r, c);
      if (m && m.top < block.top) t = '';
      if (indexed && i === 0) return;
      // A group label (回収債権 over 公債権 and 私債権) is carried down over the blank cells of its group.
      if (t === '' && i < labelCols.length - 1) t = carry[i] ?? '';
      else {
        // A new group (南部 after 東部) starts its subgroups afresh: 東部's last office is not 南部's.
        if (t !== '' && t !== carry[i]) carry.length = i;
        carry[i] = t;
      }
      if (t !== '') parts.push(t);
    });
    const grounds = groundCols.length ? new Set(groundCols.map((c) => outlineless(g, r, c, true))) : NO_GROUNDS;
    const lineTexts = (groups.of.get(r) ?? []).map((line) => groups.lines.get(line)!);
    parts.unshift(...lineTexts);
    if (indexed) {
      const numbered = g.isNumber(r, labelCols[0]);
      const own = parts.map(parseLabel);
      if (numbered) parent = own.find((l) => l.name)?.name ?? null;
      else if (parent && g.isEmpty(r, labelCols[0]) && own.length === 1 && own[0].name && !own[0].total) {
        parts[0] = `${parent}(${parts[0]})`;
        children.add(r);
      } else parent = null;
    }
    // 内 源泉所得税, うち個人分: a breakdown of the row above, named by what follows (never summed into a total).
    const own = labelCols.findLast((c) => g.mergedText(r, c) !== '');
    // 区分 普通徴収 under 現年度分 (a page's table, its row header 区分 flattened into each row): a part of that 区分, at the
    // stage it names, never summed. Written beside the 区分 it parts (現年度分 merged down over 区分 普通徴収 | 区分 特別徴収),
    // it is that 区分's own row, summed; a row whose words after 区分 are a 区分 or a total (区分 滞納繰越分, 区分 合計) is
    // read by them.
    const sub = own !== undefined ? /^区分[\s\u3000]+(\S.*)$/.exec(g.labelText(r, own).trim()) : null;
    const subLabel = sub ? parseLabel(compact(sub[1])) : null;
    if (sub && subLabel && (subLabel.division !== null || subLabel.total)) parts[parts.length - 1] = compact(sub[1]);
    else if (sub) {
      const stage = compact(sub[1]);
      const carried = parts.slice(0, -1).map(namedLabel);
      const beside = carried.find((l) => l.division !== null)?.division ?? null;
      if (beside !== null || division !== null) {
        rowTexts.set(r, [...parts.slice(0, -1), stage]);
        // The debt its row carries (市民税 | 現年度分 › 区分 普通徴収), else the 区分 row's above (市民税(現年度分)).
        const named = carried.some((l) => l.name) ? [] : divisionNames;
        rowLabels.set(r, [...carried, ...named, { ...parseLabel(''), division: beside ?? division, category: stage }]);
        if (beside === null) children.add(r);
        continue;
      }
    }
    // Or 内 in a label column of its own, the part's name in the next (内 | 源泉所得税).
    const marked = parts.length >= 2 && /^(?:内|うち)$/.test(compact(parts[parts.length - 2]));
    if (marked) parts.splice(parts.length - 2, 1);
    // (Numbered as a row of an outline, ③ うち退職所得分, it is still the row above's part, no row of the outline.)
    const breakdown = own !== undefined && parts.length ? (partNamed(g.labelText(r, own)) ?? partNamed(outlineless(g, r, own, true)) ?? (marked ? parts[parts.length - 1] : null)) : null;
    if (breakdown) {
      parts[parts.length - 1] = compact(breakdown);
      children.add(r);
      outlineParent.delete(r);
    } else {
      // A part named under its debt, in the label columns (市町村民税 › 個人, 県民税 › 法人 › 現) or as the outline's
      // (ア 道府県民税 over (ア) 個人分); in an outline of taxes, one levied as 割 (個人均等割, 利子割) is a tax of its own.
      const named = parts.flatMap((p, k) => (parseLabel(p).name && !grounds.has(p) ? [k] : []));
      const above = outline.get(r);
      const own = named.length ? parseLabel(parts[named[named.length - 1]]).name : null;
      const under = named.length >= 2 ? parseLabel(parts[named[named.length - 2]]).name : above && own && !/割$/.test(own) ? parseLabel(above).name : null;
      const whole = own && under ? partOf(under, own) : null;
      if (whole) parts[named[named.length - 1]] = whole;
      // A row under a numbered row with figures of its own (一 普通税 › 1 法定普通税 › (1) 市町村民税 › (ア) 個人, the standard
      // 市町村税の徴収実績 form) is in that row's figures: a part, never counted beside it (取りまとめ had counted each level).
      const parentRow = outlineRows.get(r);
      if (parentRow !== undefined && valueCols.some((c) => g.numberValue(parentRow, c) !== null)) {
        children.add(r);
        if (outlineDepth(g.labelText(r, labelCols[0]), true) >= 0) outlineParent.set(r, parentRow);
      }
    }
    rowTexts.set(r, parts);
    const labels = parts.map((p) => {
      const l = codes.has(p) ? parseLabel('') : namedLabel(p);
      return grounds.has(p) && l.name && !l.total ? { ...l, name: null, category: l.name } : l;
    });
    // A class's line gives its rows their class, nothing more (強制徴収公債権 is no stage of theirs).
    lineTexts.forEach((t, i) => {
      const cls = classOf(t);
      if (cls) labels[i] = { ...parseLabel(''), classification: cls };
    });
    // A row numbered in brackets ((1)当初貸付 … (5)償還率((4)/(1))): its number tags it, as a letter does, for the
    // ratios and sums written with those numbers.
    const raw = own !== undefined && labels.length ? g.labelText(r, own).normalize('NFKC') : '';
    const last = labels[labels.length - 1];
    // Or after its words ((調定額(1), 収入済額(2) over 収納率(2)/(1)), where the label is no ratio itself.
    const numbered = /^\((\d{1,2})\)/.exec(raw) ?? (last?.ratio || last?.diff ? null : /\((\d{1,2})\)$/.exec(raw));
    if (numbered && last.letter === null) labels[labels.length - 1] = { ...last, letter: numbered[1] };
    rowLabels.set(r, labels);
    division = labels.find((l) => l.division !== null)?.division ?? (labels.length ? null : division);
    if (division !== null && labels.some((l) => l.division !== null)) divisionNames = labels.filter((l) => l.name).map((l) => ({ ...parseLabel(''), name: l.name }));
  }
  // Rows that mostly name debts (水道料金, 負担金 …): one named with an item's word (個人未収金(診療報酬)) is one more debt.
  const debtRows = [...rowLabels.values()].filter((ls) => ls.some((l) => l.name && DEBT_NAME.test(l.name))).length;
  if (debtRows * 2 > rowLabels.size) {
    for (const [r, ls] of rowLabels) {
      const texts = rowTexts.get(r)!;
      rowLabels.set(r, ls.map((l, k) => (l.item !== null && l.name === null && !l.total && DEBT_NAME.test(texts[k]) ? { ...l, item: null, name: texts[k] } : l)));
    }
  }
  // Under a header naming indicators (成果指標名, 活動指標名), a row's name is what its figures measure (納税に対する啓発活動),
  // their stage, not a debt: an evaluation sheet's rows are its indicators.
  const headerSays = (words: RegExp) => headerRows.some((r) => labelCols.some((c) => words.test(g.mergedText(r, c))));
  if (headerSays(/指標/)) {
    // Their index letters (a, b) name nothing.
    const stageOf = (name: string) => (/^[a-zA-Z]$/.test(name) ? null : name);
    for (const [r, ls] of rowLabels) rowLabels.set(r, ls.map((l) => (l.name && !DEBT_NAME.test(l.name) && !l.total ? { ...l, name: null, category: stageOf(l.name) } : l)));
  } else if (headerSays(SEIZED_HEADER) && seizing([...headerRows.flatMap((r) => labelCols.map((c) => g.mergedText(r, c))), ...context.captions])) {
    // Under a header naming property or what was seized (財産名, 差押財産, 差押項目: a 差押 table's), a row's name is the
    // kind seized, however it ends (給料, 年金, 出資金): no debt.
    for (const [r, ls] of rowLabels) rowLabels.set(r, ls.map((l) => (l.name && !l.total ? { ...l, name: null, category: l.name } : l)));
  } else if (seizing(context.captions.filter((t) => !/。/.test(t))) && propertyNames(rowLabels, colLabels)) {
    // Under a caption of seizing (滞納処分の差押件数; not a sentence that speaks of it), rows or columns named by kinds of
    // property (預貯金, 給与・年金, 不動産 土地・建物) are what was seized, no debts; the debt is the one the page speaks of
    // (市税を滞納することは…), if any — not that of a table above it (市税の収納率の推移), whose subject it leaves, unless that
    // table is of seizing too (差押件数の推移, then 差押金額の推移: the same page's 差押 of the same debt).
    const seized = (l: LabelDims) => (l.name && isPropertyKind(l.name) ? { ...l, name: null, category: l.name } : l);
    for (const labels of [rowLabels, colLabels]) for (const [k, ls] of labels) labels.set(k, ls.map(seized));
    const fromSeizing = previous !== null && seizing([...previous.context.captions, previous.table.title ?? ''].filter((t) => !/。/.test(t)));
    context.debt = ownDebt ?? (fromSeizing ? context.debt : null) ?? pageDebt(g, top);
  }
  // A row of no label right under rows of 現年度分 and 滞納繰越分 is their whole (a city's page leaves it unnamed:
  // 現年度分 | 区分 普通徴収 | 滞納繰越分 | (the tax's rate)).
  let divisions = 0;
  for (const [r, ls] of rowLabels) {
    if (ls.length === 0) {
      if (divisions === 3 && figureColumns(g, r, claims).length) rowLabels.set(r, [{ ...parseLabel(''), division: '全体' }]);
      divisions = 0;
    } else if (ls.some((l) => l.total || l.division === '全体')) divisions = 0;
    else for (const l of ls) divisions |= l.division === '現年度分' ? 1 : l.division === '滞納繰越分' ? 2 : 0;
  }
  const { regions, offices } = regionOffices(g, block, labelCols, valueCols, rowTexts);
  if (offices.size) context.offices = offices;
  const unnamedGroups = unnamedSums(g, rowLabels, valueCols);
  if (down.years) for (const [r, year] of down.years) rowLabels.get(r)?.unshift({ ...parseLabel(''), year });
  for (const [r, kind] of kindsRightOf(g, block, claims)) rowLabels.get(r)?.push({ ...parseLabel(''), kind });
  // A matrix has a header over its figures: a lone row of numbers under text is no table, unless each figure says
  // what it is with its unit (83件 | 7,913,613円: a list under a sentence).
  if (headerRows.length === 0 && !figuresWithUnits(g, block, valueCols)) return null;

  // Plan evidence: an item named somewhere, or a caption about receivables (arrears handed to a collection body count:
  // 受託額, 引受状況, 移管件数). (Generic quantities — 金額, 件数, 割合 — are no evidence: a 延滞金 calculation has them too.)
  const anyItem = [...colLabels.values(), ...rowLabels.values()].some((ls) => ls.some((l) => l.item !== null && !GENERIC_ITEMS.has(l.item)));
  // Debts named down the rows or across (市民税, 固定資産税, 国民健康保険料) are evidence too.
  const debtNames = [...rowLabels.values(), ...colLabels.values()].filter((ls) => ls.some((l) => l.name && DEBT_NAME.test(l.name))).length;
  const captions = context.captions.join(' ');
  const receivableCaption = context.item !== null || /収納率|収入率|徴収率|未済|滞納|未収|債権額|税収|税の|市税|県税|保険料|債権回収|整理計画|差押|差し押さ/.test(captions) || handedOver(captions);
  if (!anyItem && !sameRows && debtNames < 2 && !receivableCaption) return null;
  // A table of the city's own borrowing (市債の償還状況: 借入額, 償還額, 未償還額) is of what the city owes, no receivable
  // of it — unless its caption speaks of arrears (a 市債 row of the revenue, a borrower's 借入額 beside his 滞納額).
  if (BORROWING.test([captions, ...colTexts.values()].flat().join(' ')) && !/滞納|未済|未収|収納|徴収|調定/.test(captions)) return null;
  // A lone figure under a caption is not a table.
  if (valueCols.length * (block.bottom - block.top + 1) < 2) return null;

  // Rows that mostly name items (調定額, 収入額 …): a row named otherwise (徴収猶予等) is one more item, not a debt.
  const rowItems = [...rowLabels.values()].filter((ls) => ls.some((l) => l.item !== null)).length;
  if (rowItems * 2 > rowLabels.size) {
    for (const [r, ls] of rowLabels) if (!ls.some((l) => l.item !== null || l.total)) rowLabels.set(r, ls.map((l) => ({ ...l, name: null })));
    oneDebtsList(rowLabels, colLabels);
  }
  const tableUnit = context.unit;
  const divisionColumns = [...colLabels.values()].some((ls) => ls.some((l) => l.division === '現年度分' || l.division === '滞納繰越分'));
  // The caption's item (…の滞納額の推移) speaks for the table only where no label names a quantity.
  const anyQuantity = [...colLabels.values(), ...rowLabels.values()].some((ls) => ls.some((l) => l.item !== null && !GENERIC_ITEMS.has(l.item) && l.derived === null));
  if (anyQuantity) {
    context.item = null;
    context.revenue = false;
  }
  const observations: Observation[] = [];
  const texts: { cell: string; text: string }[] = [];
  const textFigures: { cell: string; text: string }[] = [];
  const noneFigures: Observation[] = [];
  const unreadFigures: Observation[] = [];
  const uncached: string[] = [];
  const pointChanges: Observation[] = [];
  /** A figure not read (its total then unchecked); `said`: not-a-number names its text. */
  const unknown = (r: number, c: number, col: Merged, row: Merged, said: boolean) => {
    if (said) texts.push({ cell: a1(r, c), text: g.raw(r, c) });
    const o = observation(g, r, c, NaN, null, col, row, context);
    if (children.has(r)) o.part = true;
    unreadFigures.push(o);
  };
  for (let r = block.top; r <= block.bottom; r++) {
    // A group's line ([null, 【滞納繰越分】]) holds no figure, whatever column it stands in.
    if (groups.lines.has(r)) continue;
    const row = merge(rowLabels.get(r)!);
    for (const c of valueCols) {
      if (claims.has(r, c) || g.isMergeContinuation(r, c)) continue;
      const p = g.number(r, c);
      // Figures a percent format would scale past what a number holds are no figures.
      if (p.kind !== 'number' || !Number.isFinite(p.value * 100)) {
        const raw = g.raw(r, c);
        const formula = p.kind === 'blank' && raw === '' ? g.formula(r, c) : undefined;
        // A dash (or 該当なし) reads as blank, unlike an empty cell it is printed: the figure is none.
        if (p.kind === 'blank' && raw.trim() !== '' && isNoValueText(raw)) noneFigures.push(observation(g, r, c, 0, null, merge(colLabels.get(c)!), row, context));
        // A formula with no result stored (a program wrote it, nothing calculated it): its figure is unknown, and said
        // (formula-no-value) — unless it can give an empty text (IF(…,"",…)), read as none as a row table's is.
        else if (formula && !formula.includes('""')) {
          uncached.push(a1(r, c));
          unknown(r, c, merge(colLabels.get(c)!), row, false);
        }
        else if ((p.kind === 'text' || p.kind === 'error') && !isNoValueText(raw) && !isRank(g.text(r, c))) {
          // A sentence's part among the figures (となりました。, …の設定となりました) is prose, no figure typed wrong; its
          // figure is still unknown (a total over it is not checked).
          unknown(r, c, merge(colLabels.get(c)!), row, !isProse(raw));
        }
        continue;
      }
      const col = merge(colLabels.get(c)!);
      // A change in words (前年度比 5,000千円の減少, 1.3ポイント増) under a column naming a year's figures (令和5年度, 市民税) is
      // typed where the figure belongs: unknown, and not-a-number says so. Under no such header (a sentence's remark), or a
      // difference's, it is the change.
      if (p.note !== undefined && CHANGE_NOTE.test(p.note) && !col.derived && !row.derived && !col.lastYear && !row.lastYear && namesFigures(col)) {
        unknown(r, c, col, row, true);
        continue;
      }
      let o = observation(g, r, c, p.value, p.note ?? null, col, row, context);
      // A 合計 column beside 現年 and 滞繰 columns is the 区分 全体: the sum of their amounts, but of their rates the overall rate (no sum).
      if (col.total && col.division === '全体' && divisionColumns && isRateItem(o.item)) o = observation(g, r, c, p.value, p.note ?? null, { ...col, total: false }, row, context);
      if (children.has(r)) o.part = true;
      if (o.item === null && o.derived === 'delta' && (col.points || row.points)) pointChanges.push(o);
      o.rowKey = rowTexts.get(r)!.join(' ');
      // A 合計 row's running sum is the year's (its last month's), no sum of the column.
      if (o.derived === 'total') o.totalOf = running.has(c) ? 'running' : row.total ? 'rows' : 'columns';
      // Down months (4月, 5月 …) a running sum is checked against the month's own figure and the month before's sum.
      if (o.totalOf === 'running' && running.get(c) != null && monthAtEnd(rowTexts.get(r)!.at(-1) ?? '') !== null) o.runningOf = running.get(c)!;
      if (o.item === '調整額') o.label = [...rowTexts.get(r)!, ...colTexts.get(c)!].join(' ');
      observations.push(o);
      // A figure typed as text ("450"): read, but Excel's SUM skips it (number-as-text).
      if (typeof g.cell(r, c)?.value === 'string') textFigures.push({ cell: o.cell, text: g.raw(r, c) });
    }
  }
  if (observations.length === 0) return null;
  // People counted alone (定員(人) down a schedule of lectures on receivables), under no caption about receivables and beside
  // no debts named: no plan, whatever words its rows use (債権の分類と時効 is a lecture's title, no 時効額). (Cases counted, 件数
  // of 完納 and 執行停止 under a collection body's caption, are its work.)
  const people = valueCols.every((c) => (colTexts.get(c) ?? []).some((t) => /[(（](?:人|名|世帯|者|戸)[)）]\s*$/.test(t)));
  if (people && !receivableCaption && debtNames < 2 && observations.every((o) => o.item === '件数')) return null;
  pointsOfRates(observations, pointChanges);
  // A rate written as a ratio of lettered columns (E/A) is of their 区分: its denominator's.
  for (const o of observations) if (o.ratio && o.division === null) o.division = observations.find((x) => x.r === o.r && x.letter === o.ratio!.den)?.division ?? null;
  // A difference of lettered columns (増減額 (B)−(D)) is of what its operands are (収入額 (B), 収入額 (D)).
  // Letters on columns are read along the row, letters on rows (予算現額 (A) … (C)−(A)) down the column.
  const lettered = observations.filter((x) => x.letter !== undefined && x.derived !== 'delta' && x.derived !== 'ratio');
  // In a column of differences (増減) the operands' own figures are differences: the letter's figure in the first column
  // holding it tells what it is.
  const firstColumn = new Map<string, number>();
  for (const x of lettered) if (x.c < (firstColumn.get(x.letter!) ?? Infinity)) firstColumn.set(x.letter!, x.c);
  const operand = (o: Observation, letter: string) =>
    nearestLettered(lettered, o, letter, true) ?? nearestLettered(lettered, o, letter, false) ??
    (o.derived === 'delta' && firstColumn.has(letter) ? nearestLettered(lettered, { r: o.r, c: firstColumn.get(letter)! }, letter, false) : undefined);
  if (lettered.length) for (const o of observations) {
    if (o.diff && (o.item === null || o.item === '金額')) {
      const item = operand(o, o.diff.minuend)?.item;
      if (item && item === operand(o, o.diff.subtrahend)?.item) o.item = item;
    }
    // 収入済額 (C) over 調定額 (B), however its row or column is worded, is the collection rate (or its change in points).
    if (o.ratio && o.item === '比率') {
      const num = operand(o, o.ratio.num);
      const den = operand(o, o.ratio.den);
      if (num?.item === '収入済額' && den?.item === '調定額') {
        o.item = '収納率';
        if (o.derived === 'ratio') Object.assign(o, { derived: null, fiscalYear: num.fiscalYear, kind: num.kind, division: o.division ?? num.division });
      }
    }
  }
  const noted = footnoteDivision(g, block.bottom);
  if (noted) for (const o of [...observations, ...noneFigures, ...unreadFigures]) o.division ??= noted;
  // A year a note says is of an estimate (※令和5年度は決算見込額): its results are a forecast.
  const estimated = forecastYears(linesBelow(g, block.bottom));
  if (estimated.size) for (const o of observations) if (o.kind === 'actual' && o.fiscalYear !== null && estimated.has(o.fiscalYear)) o.kind = 'forecast';
  // A table of no year at all: a source line's year is its figures'.
  const undated = !observations.some((o) => o.fiscalYear !== null);
  const bracketed = undated ? bracketedYearNote(g, block.bottom) : null;
  const sourced = undated ? (sourceYear(g, block.bottom) ?? (bracketed !== null ? bracketed + 1 : null)) : null;
  if (sourced !== null) for (const o of observations) if (o.derived !== 'delta' && o.derived !== 'ratio') o.fiscalYear = sourced;
  const last = labelCols[labelCols.length - 1];
  // A row whose label is the merged label of the row above (現年 over two rows: its figures, then theirs in parentheses) has none of its own.
  const unlabelled = new Set(observations.filter((o) => last === undefined || g.mergedText(o.r, last) === '' || g.isMergeContinuation(o.r, last)).map((o) => o.r));
  supersededRows(observations, unlabelled);
  // The figures in parentheses are that year's results, as the note says: no old targets (of the row they stand under).
  if (bracketed !== null) for (const o of observations) if (o.note === SUPERSEDED_NOTE) Object.assign(o, { note: LAST_YEAR_NOTE, kind: 'actual', fiscalYear: bracketed });
  previousYearRows(observations);
  for (const o of observations) {
    const members = regions.get(o.r);
    if (!members || o.derived === 'delta' || o.derived === 'ratio' || o.item === '比率') continue;
    Object.assign(o, { derived: 'total', totalOf: 'rows', members });
  }
  markOutlineParts(observations, outlineParent);
  partColumns(observations, colTexts);
  pathTotals(observations, rowTexts);
  letteredSums(observations, rowTexts);
  namedSums(observations, rowTexts);
  groupSums(observations, rowTexts, unnamedGroups);
  inferSubtotals(observations);
  resolveFlowYears(observations);
  flowCollections(observations, () => COLLECTION_BODY.test([captions, g.titleLine(top) ?? '', ...colTexts.values(), ...rowTexts.values()].flat().join(' ')));
  divisionsFromSubtotals(observations);
  wholeTotals(observations);
  placeTotalChanges(observations);
  if (yearRows) changesOfTheFigureBefore(observations);
  wholesOfOneDebt(observations);

  const left = labelCols.length ? labelCols[0] : vLeft;
  const area = { top, left, bottom: block.bottom, right: block.right };
  const units = new Set(observations.map((o) => o.unit));
  const measure: PlanTable['measure'] = observations.every((o) => o.unit === '%') ? 'rate' : units.has('%') ? 'other' : 'amount';
  const reasons = [
    ...[...colTexts.entries()].filter(([, t]) => t.length).map(([c, t]) => `${a1(top, c).replace(/\d+$/, '')}: ${t.join(' ')}`),
    `行見出し: ${[...new Set([...rowTexts.values()].map((t) => t.join(' ')))].filter(Boolean).slice(0, 8).join(' / ')}`,
  ];
  if (context.unitText) reasons.push(`単位: ${context.unitText}`);
  // A column of years written once in full (平成14年度, then 15, 16 …) writes them as its first does.
  const yearTexts = down.years ? [...down.years.keys()].map((r) => g.text(r, down.column)) : [];
  const written = yearNotation([...colTexts.values(), ...rowTexts.values()].flat().concat(yearTexts));
  const table: PlanTable = {
    sheet: g.sheet.name,
    shape: 'matrix',
    range: areaA1(area),
    area,
    headerTop: top,
    headerBottom: headerRows.length ? headerRows[headerRows.length - 1] : top - 1,
    title: context.title,
    measure,
    unit: measure === 'rate' ? '%' : tableUnit === '%' || tableUnit === '件' ? null : tableUnit,
    classification: context.classification,
    columns: [],
    rows: [],
    observations,
    ...(written ? { yearNotation: written } : {}),
    cellTexts: texts,
    ...(textFigures.length ? { textFigures } : {}),
    ...(noneFigures.length ? { noneFigures } : {}),
    ...(unreadFigures.length ? { unreadFigures } : {}),
    ...(uncached.length ? { uncached } : {}),
    confidence: Math.min(1, 0.4 + (anyItem ? 0.3 : 0) + (headerRows.length ? 0.1 : 0) + (context.unit ? 0.1 : 0)),
    reasons,
  };
  return { table, context, rowKeys };
}

/**
 * A figure written with its unit: 102億円, 13件, 7世帯, 184.8万人 (households and persons are counted as cases; 万 is read
 * into the figure); its change in brackets (771億円(△25億円)) after it.
 */
const WRITTEN_UNIT = /\d\s*万?(千円|百万円|億円|円|件|世帯|人)(?:[(（][^()（）]*[)）]?)?$/;

/**
 * A list of one debt's figures, its rows items (市税調定額(滞納繰越分を含む) | 収入額 | 徴収率): the debt one row
 * names, with its 区分, is that of every row naming an item and no debt, where no column names one.
 */
function oneDebtsList(rowLabels: Map<number, LabelDims[]>, colLabels: Map<number, LabelDims[]>): void {
  if ([...colLabels.values()].some((ls) => ls.some((l) => l.name !== null))) return;
  const named = [...rowLabels.values()].filter((ls) => ls.some((l) => l.name !== null));
  // The list's first row names it (a (参考) row at its end is another debt's, for comparison).
  const source = named.length === 1 && named[0] === rowLabels.values().next().value ? named[0].find((l) => l.name !== null)! : null;
  if (!source || !DEBT_NAME.test(source.name!) || /参考/.test(source.name!) || named[0].some((l) => l.total)) return;
  for (const [r, ls] of rowLabels) {
    if (ls === named[0] || ls.some((l) => l.total) || !ls.some((l) => l.item !== null)) continue;
    const division = ls.some((l) => l.division !== null) ? null : source.division;
    rowLabels.set(r, [...ls, { ...parseLabel(''), name: source.name, division }]);
  }
}

/** A rate written with its sign (97.95%): a figure that says what it is, as one written in 円 does. */
const WRITTEN_PERCENT = /\d\s*(?:[%％]|ポイント|pt)$/;

/** Every figure of the block typed with its unit (件, 円, 千円, % …), and more than a row of them. */
function figuresWithUnits(g: SheetGrid, b: Block, valueCols: number[]): boolean {
  let n = 0;
  for (let r = b.top; r <= b.bottom; r++) {
    // A percent says what it is only beside a label naming a rate (徴収率 | 97.95%): a tax's 6% is its tax rate.
    const rated = () => g.nonEmptyColumns(r, 0, b.left - 1).some((c) => /率/.test(g.text(r, c)));
    for (const c of valueCols) {
      if (!g.isNumber(r, c)) continue;
      const v = g.cell(r, c)?.value;
      // Its change word or letters after it (5,455万円の減少, 94.0%(B/A)) are no unit of its own.
      const t = typeof v === 'string' ? withoutTrailingNote(v.trim()) : '';
      if (typeof v !== 'string' || !(WRITTEN_UNIT.test(t) || (WRITTEN_PERCENT.test(t) && rated()))) return false;
      n++;
    }
  }
  return n > valueCols.length;
}

/** Does a column's header name the figures under it (a year, an item, a kind, a debt)? */
function namesFigures(col: Merged): boolean {
  return col.year !== null || col.bareYear !== null || col.item !== null || col.kind !== null || col.names.length > 0;
}

/** The debt every figure of a table is of, when they are all of one. */
function oneDebtOf(t: PlanTable): string | null {
  const debts = new Set(t.observations!.map((o) => o.debt));
  return debts.size === 1 ? [...debts][0] : null;
}

/** The year a header cell over the label columns gives alone (平成 24 年度: no item, kind, name or range with it). */
function cornerYear(g: SheetGrid, headerRows: number[], labelCols: number[]): number | null {
  for (const r of headerRows) {
    for (const c of labelCols) {
      const l = parseLabel(g.mergedText(r, c));
      if (l.year !== null && l.yearNote === null && l.name === null && l.item === null && l.kind === null) return l.year;
    }
  }
  return null;
}

function rowTextsOf(g: SheetGrid, b: Block, labelCols: number[]): string[] {
  const out: string[] = [];
  for (let r = b.top; r <= b.bottom; r++) out.push(labelCols.map((c) => g.mergedText(r, c)).join(' ').trim());
  return out;
}

/** A column whose header names a quantity (件数 over 3, 5, 8, 12): its numbers are figures, never years or row numbers. */
function headedByItem(g: SheetGrid, b: Block, c: number): boolean {
  for (let r = b.top - 1; r >= Math.max(0, b.top - MAX_HEADER_ROWS); r--) {
    const t = g.mergedText(r, c);
    if (t !== '') return parseLabel(t).item !== null;
  }
  return false;
}

function columnOfYears(g: SheetGrid, b: Block, c: number): boolean {
  let years = 0;
  for (let r = b.top; r <= b.bottom; r++) {
    if (g.isEmpty(r, c)) continue;
    if (!isYearNumber(g, r, c)) return false;
    years++;
  }
  return years > 0 && c < b.right;
}

/** Is the column headed 年度 (or 徴収年度, 引受年度) just above the block? Its bare numbers are years, however few. */
function yearHeaded(g: SheetGrid, b: Block, c: number): boolean {
  return b.top > 0 && /^[^\d]{0,4}年度$/.test(g.mergedText(b.top - 1, c));
}

/**
 * Era years without their era down a leading column (9, 16, 17 … 30, 元, 2, 3): the years of a
 * years-down table. Where the numbers start again at 元 (or 1) the era changed (平成 → 令和). A
 * cell may write its era out (平成14年度, then 15, 16 …: the statistics yearbooks' way): the bare
 * numbers below it are of that era. Three at least, unless the column is headed 年度.
 */
function bareYearsDown(g: SheetGrid, b: Block, c: number, headed = false): Map<number, number> | null {
  const seq: { r: number; n: number; base: number | null }[] = [];
  for (let r = b.top; r <= b.bottom; r++) {
    const v = g.cell(r, c)?.value;
    if (v === null || v === undefined || v === '') continue;
    // Typed as numbers, or under 年度 as their text (8, 9, 10 copied from a page; ２８ full width).
    const t = typeof v === 'string' ? v.normalize('NFKC').trim() : '';
    const k = headed && /^\d{1,2}$/.test(t) ? Number(t) : v;
    const n = v === '元' || v === '元年' || v === '元年度' ? 1 : typeof k === 'number' && Number.isInteger(k) && k >= 1 && k <= 64 ? k : null;
    if (n !== null) {
      seq.push({ r, n, base: null });
      continue;
    }
    const era = typeof v === 'string' ? ERA_YEAR_CELL.exec(compact(v)) : null;
    if (!era) return null;
    seq.push({ r, n: era[2] === '元' ? 1 : Number(era[2]), base: ERA_BASE[era[1]] });
  }
  if (seq.length < (headed ? 1 : 3)) return null;
  let wraps = 0;
  for (let i = 1; i < seq.length; i++) if (seq[i].n <= seq[i - 1].n && seq[i].base === null) wraps++;
  if (wraps > 1 || (wraps === 1 && !seq.some(({ n, base }, i) => i > 0 && base === null && n === 1 && seq[i - 1].n > n))) return null;
  const out = new Map<number, number>();
  let era = seq[0].base ?? (wraps ? 1988 : seq[seq.length - 1].n <= 8 ? 2018 : 1988);
  seq.forEach(({ r, n, base }, i) => {
    if (base !== null) era = base;
    else if (i > 0 && n <= seq[i - 1].n) era = 2018;
    out.set(r, era + n);
  });
  return out;
}

/** A cell that is an era year and nothing else: 平成14年度, H14, 令和元年. */
const ERA_YEAR_CELL = /^(昭和|平成|令和|S|H|R)\.?(元|\d{1,2})(?:年度|年)?$/;

function columnHasFigure(g: SheetGrid, b: Block, c: number, claims: Claims): boolean {
  for (let r = b.top; r <= b.bottom; r++) if (!claims.has(r, c) && g.isNumber(r, c)) return true;
  return false;
}

/** Row numbers down a leading column (1, 2, 3 …; text such as 合計 or a formula label in between). */
function isIndexColumn(g: SheetGrid, b: Block, c: number): boolean {
  if (c >= b.right) return false;
  let last = -Infinity;
  let n = 0;
  let texts = 0;
  for (let r = b.top; r <= b.bottom; r++) {
    const v = g.cell(r, c)?.value;
    if (typeof v === 'number') {
      if (!Number.isInteger(v) || v < 0 || v > 999 || v <= last) return false;
      last = v;
      n++;
    }
    if (typeof g.cell(r, c + 1)?.value === 'string') texts++;
  }
  return n >= 2 && texts * 2 >= b.bottom - b.top + 1;
}

function claimedColumn(claims: Claims, b: Block, c: number): boolean {
  for (let r = b.top; r <= b.bottom; r++) if (claims.has(r, c)) return true;
  return false;
}

/** Merged areas of row r that start over the figures (at or right of `vLeft`) and hold a text: the groups of a header row. */
function groupsOver(g: SheetGrid, r: number, cols: number[], vLeft: number): number {
  const lefts = new Set<number>();
  for (const c of cols) {
    const m = g.mergeAt(r, c);
    if (m && m.top === r && m.left >= vLeft && !g.isEmpty(m.top, m.left)) lefts.add(m.left);
  }
  return lefts.size;
}

function rowHasMergeOver(g: SheetGrid, r: number, cols: number[]): boolean {
  return cols.some((c) => {
    const m = g.mergeAt(r, c);
    return !!m && m.top <= r && !g.isEmpty(m.top, m.left);
  });
}

/** A caption over the whole table (第1次計画 収納率の実績): one text left of or spanning the figures, or a line of prose across them. */
function isCaptionRow(g: SheetGrid, r: number, cols: number[], labelCols: number[], valueCols: number[]): boolean {
  const last = valueCols[valueCols.length - 1];
  // Under header cells merged down over it (23年度 over two rows), a lone 指標名 is the label columns' header.
  if (cols.length === 1 && valueCols.every((c) => (g.mergeAt(r, c)?.top ?? r) < r)) return false;
  // A text merged from left of the figures across all their columns that names no item, year or kind (事業目標 | 納税義務者が…)
  // is a line of the form above; one that does (指標名 | 収納率(市税現年)) heads the figures.
  const formLine = (c: number) => {
    const m = g.mergeAt(r, c);
    const l = parseLabel(g.text(r, c));
    return !!m && m.left < valueCols[0] && m.right >= last && l.item === null && l.year === null && l.kind === null;
  };
  if (cols.some(formLine)) return true;
  if (cols.length !== 1) return false;
  // A line of one column under a header row of the others' (the last line of a header broken over rows: Cのうち徴収 / 猶予に係る
  // 調 / 定済額; (見込) under years typed as numbers): no caption. Under a row of figures it is one: the next table's caption,
  // or a section's line (【滞納繰越分】 between sections, not read as one table yet).
  const broken = (c: number) => valueCols.includes(c) && !g.mergeAt(r, c) && r > 0 && !g.isEmpty(r - 1, c) && !g.mergeAt(r - 1, c);
  const rowAbove = r > 0 && valueCols.filter((c) => !g.isEmpty(r - 1, c) || !!g.mergeAt(r - 1, c)).length >= 2;
  const figuresAbove = valueCols.some((c) => g.isNumber(r - 1, c) && !isYearNumber(g, r - 1, c));
  if (broken(cols[0]) && rowAbove && !figuresAbove) return false;
  const m = g.mergeAt(r, cols[0]);
  const spansAll = !!m && m.left <= (labelCols[0] ?? valueCols[0]) && m.right >= last;
  return spansAll || valueCols.length > 2;
}

/** A sentence: text that ends with a full stop (no header cell, no name does). */
const SENTENCE = /。$/;

/** Is what row r writes over the figures (merged over them or in their cells) sentences only? */
function sentenceOver(g: SheetGrid, r: number, valueCols: number[]): boolean {
  const texts = valueCols.map((c) => g.mergedText(r, c)).filter((t) => t !== '');
  return texts.length > 0 && texts.every((t) => SENTENCE.test(t));
}

/** A bar under a letter in a fraction spread over header rows (E / ─ ×100 / A). */
const FRACTION_BAR = /^[─━―—‐\-－ー_]+(?:[×xX*]100)?$/;

/**
 * A column headed 前年度対比 (a comparison with the year before) holds either differences (△ 100) or
 * ratios (113.4 = this year ÷ last × 100): told by its figures against the two latest years left of
 * it, as the row reader tells a 前年度比 (last-year.ts). A column of ratios is of 比率 on every row, a
 * rate's too (100.5 beside 99.5 and 99.0).
 */
function lastYearRatios(g: SheetGrid, block: Block, valueCols: number[], colLabels: Map<number, LabelDims[]>, colTexts: Map<number, string[]>): void {
  const yearOf = (c: number) => {
    const l = colLabels.get(c)!.find((x) => (x.year ?? x.bareYear) !== null);
    return l ? (l.year ?? eraYear(l.bareYear, null)) : null;
  };
  for (const c of valueCols) {
    if (!/^前年度?対比$/.test(compact(colTexts.get(c)!.at(-1) ?? ''))) continue;
    const dated = valueCols.filter((x) => x < c && yearOf(x) !== null).sort((a, b) => yearOf(b)! - yearOf(a)!);
    if (dated.length < 2) continue;
    const rows = Array.from({ length: block.bottom - block.top + 1 }, (_, i) => block.top + i);
    if (!ratiosToLastYear(g, rows, c, dated[0], dated[1])) continue;
    colLabels.set(c, colLabels.get(c)!.map((l, i, all) => (i === all.length - 1 ? { ...l, item: '比率' as const, derived: 'ratio' as const, lastYear: true } : l)));
  }
}

/**
 * Rates under one group header told apart by nothing of their own (徴収率 (%) over three columns whose fractions E/A, F/B,
 * G/C were lost): in the order of the 区分 of an amount group of as many columns in the same header row (調定済額 over
 * 現年課税分 | 滞納繰越分 | 合計), as every group of the form runs.
 */
function ratesInGroupOrder(g: SheetGrid, headerRows: number[], valueCols: number[], colLabels: Map<number, LabelDims[]>, colTexts: Map<number, string[]>): void {
  const divisionOf = (c: number) => {
    const m = merge(colLabels.get(c)!);
    return m.division ?? (m.total ? '全体' : null);
  };
  for (const r of headerRows) {
    const groups: number[][] = [];
    for (const c of valueCols) {
      const m = g.mergeAt(r, c);
      if (!m || m.top !== r || m.left === m.right) continue;
      const last = groups.at(-1);
      if (last && g.mergeAt(r, last[0]) === m) last.push(c);
      else groups.push([c]);
    }
    for (const rates of groups) {
      const text = colTexts.get(rates[0])!.join('\n');
      const alike = rates.length >= 2 && rates.every((c) => colTexts.get(c)!.join('\n') === text);
      if (!alike || !rates.every((c) => isRateItem(merge(colLabels.get(c)!).item) && divisionOf(c) === null)) continue;
      const orders = groups
        .filter((o) => o !== rates && o.length === rates.length)
        .map((o) => o.map(divisionOf))
        .filter((ds) => ds.every((d) => d !== null) && new Set(ds).size === ds.length);
      if (!orders.length || orders.some((ds) => ds.join() !== orders[0].join())) continue;
      rates.forEach((c, i) => colLabels.set(c, [...colLabels.get(c)!, { ...parseLabel(''), division: orders[0][i] }]));
    }
  }
}

/** A header text that says nothing a label reads: a name only. */
const nameOnly = (t: string) => {
  const l = parseLabel(t);
  return l.name !== null && l.item === null && l.division === null && l.year === null && l.bareYear === null && l.kind === null && !l.total && l.unit === null && l.letter === null;
};

/**
 * Offices indented under a region (東 部 over 徳島, 吉野川 and 自動車税 a label column to its right, then 南部, 西部), or
 * before it (徳島市, 鳴門市, then 東部): where the region is a place and one of its parts is a place or an office, every part
 * is an office of it — a department, not a debt (自動車税 is the 自動車税 office here) — and the region's own row is
 * their subtotal, whether its figures add up or not. The region's row → its offices' rows, and the offices' names.
 */
function regionOffices(g: SheetGrid, b: Block, labelCols: number[], valueCols: number[], rowTexts: Map<number, string[]>): { regions: Map<number, number[]>; offices: Set<string> } {
  const out = new Map<number, number[]>();
  const nameOf = (r: number) => namedLabel(rowTexts.get(r)!.at(-1)!);
  const found = () => ({ regions: out, offices: new Set([...out.values()].flat().map((r) => nameOf(r).name!)) });
  if (labelCols.length < 2) return found();
  const placeOrOffice = (n: string) => isPlace(n) || isOffice(n) || DEPARTMENT_NAME.test(n);
  const indented = (r: number) => !!rowTexts.get(r)?.length && g.mergedText(r, labelCols[0]) === '' && !!nameOf(r).name && !nameOf(r).total;
  const regionAt = (r: number) => {
    const l = rowTexts.get(r)?.length === 1 && g.mergedText(r, labelCols[0]) !== '' ? namedLabel(rowTexts.get(r)![0]) : null;
    return !!l?.name && placeOrOffice(l.name);
  };
  const areOffices = (rs: number[]) => rs.length >= 2 && rs.some((k) => placeOrOffice(nameOf(k).name!));
  const first = Array.from({ length: b.bottom - b.top + 1 }, (_, i) => b.top + i).find((r) => rowTexts.get(r)?.length);
  if (first !== undefined && indented(first)) {
    // Offices indented before any row of the outer column (徳島市, 鳴門市, then 東部, then 美馬市 …, then 西部): each region
    // printed after its offices, their sum — where each is found to be so in one column at least (an office before the
    // first region, 本庁 over 東部 and its offices, reads otherwise).
    const adds = (r: number, rs: number[]) =>
      valueCols.some((c) => g.numberValue(r, c) !== null && Math.abs(rs.reduce((a, k) => a + (g.numberValue(k, c) ?? 0), 0) - g.numberValue(r, c)!) < 0.5);
    let since: number[] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      if (!rowTexts.get(r)?.length) continue;
      if (indented(r)) since.push(r);
      else {
        if (regionAt(r) && areOffices(since)) out.set(r, since);
        since = [];
      }
    }
    if (out.size && [...out].every(([r, rs]) => adds(r, rs))) return found();
    out.clear();
  }
  for (let r = b.top; r <= b.bottom; r++) {
    if (!regionAt(r)) continue;
    const region = rowTexts.get(r)![0];
    const below: number[] = [];
    for (let k = r + 1; k <= b.bottom && indented(k) && rowTexts.get(k)!.length === 2 && rowTexts.get(k)![0] === region; k++) below.push(k);
    if (areOffices(below)) out.set(r, below);
  }
  return found();
}

/**
 * A word broken over header rows (Cのうち徴収 / 猶予に係る調 / 定済額): lines that say nothing alone, read as one where
 * together they name an item.
 */
function joinBroken(parts: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    let joined = -1;
    for (let k = parts.length - 1; k > i && joined < 0; k--) {
      const run = parts.slice(i, k + 1);
      if (run.every(nameOnly) && parseLabel(run.map(compact).join('')).item !== null) joined = k;
    }
    if (joined < 0) out.push(parts[i]);
    else {
      out.push(parts.slice(i, joined + 1).map(compact).join(''));
      i = joined;
    }
  }
  return out;
}

/**
 * A column's header labels; a fraction over three header rows (E / ─ ×100 / A) is the ratio of two lettered columns, no letter
 * of its own. A fraction bar whose letters were lost (─ ×100 alone under 徴収率) names nothing.
 */
function headerLabels(texts: string[]): LabelDims[] {
  const letter = (xs: string[], k: number) => /^[A-Z]$/.test(xs[k] ?? '');
  const parts = joinBroken(texts.filter((p, k) => !(FRACTION_BAR.test(compact(p)) && !letter(texts, k - 1) && !letter(texts, k + 1))));
  const i = parts.findIndex((p, k) => FRACTION_BAR.test(p) && letter(parts, k - 1) && letter(parts, k + 1));
  if (i < 0) return parts.map(namedLabel);
  const rest = [...parts.slice(0, i - 1), ...parts.slice(i + 2)].map(namedLabel);
  return [...rest, { ...parseLabel(''), ratio: { num: parts[i - 1], den: parts[i + 1] }, derived: 'ratio' }];
}

/** The header texts of a value column, top to bottom: merges and a group header written once over blanks. */
function headerParts(g: SheetGrid, rows: number[], c: number, vLeft: number): string[] {
  const parts: string[] = [];
  rows.forEach((r, i) => {
    let t = g.mergedText(r, c);
    const v = g.cell(r, c)?.value;
    // A year typed as a number in a header row (2019, or 18 under 年度).
    // A column's number in a row of them (1, (1), (2)/(1)): the number, a letter of the column's.
    if (columnNumbersAt(g, r)) t = columnNumberText(v ?? null) ?? columnFormulaText(v ?? null) ?? t;
    else if (typeof v === 'number' && Number.isInteger(v)) t = v >= 1950 ? `${v}年度` : v <= 64 ? `${v}年度` : t;
    // Or as text in a row of them (22 23 … 29).
    else if (!Number.isNaN(textYear(g, r, c)) && textYearRow(g, r)) t = `${textYear(g, r, c)}年度`;
    if (t === '' && i < rows.length - 1) {
      // Never from beyond the group header above (調定済額 | 収入済額): a text there is the other group's.
      const group = i > 0 ? g.mergeAt(rows[i - 1], c) : null;
      for (let k = c - 1; k >= (group ? group.left : vLeft); k--) {
        if (g.mergeAt(r, k)) break;
        if (!g.isEmpty(r, k)) {
          t = g.text(r, k);
          break;
        }
      }
    }
    // A unit written in the header cell (収入未済額(単位:円)) stays with the header.
    if (t !== '' && !isUnitAlone(t) && parts[parts.length - 1] !== t) parts.push(t);
  });
  return parts;
}

interface Context {
  /** Every text above the table (caption, notes), nearest first: evidence that it is a plan. */
  captions: string[];
  title: string | null;
  /** The era the table writes its years in (平成 or 令和), for years written without one (18年度). */
  era: 'H' | 'R' | null;
  /** The fiscal year a caption gives the whole table (令和2年度 債権回収・整理計画). */
  year: number | null;
  /** The one debt a caption names (県税の滞納額の推移). */
  debt: string | null;
  /** The part of a debt the title names (個人の収納率 under a heading of 市民税): the debt is that part of it. */
  part: string | null;
  /** A title of a group of taxes whole (普通税全体の収納率): every figure a total of them, of no one debt. */
  whole: boolean;
  unit: Unit | '件' | null;
  unitText: string | null;
  classification: DebtClass | null;
  kind: Kind | null;
  item: Item | null;
  /** A caption of a tax's revenue, its course or its breakdown (市税の推移, 市税内訳表): its bare amounts are what was collected. */
  revenue: boolean;
  /** 納期内 (by the due date) speaks of the year's own charges: 現年度分. */
  division: Observation['division'];
  /** The fiscal year under way (read once a table): a later year has no result yet. */
  thisYear: number;
  /** The unit a column writes above its first figure (千件 / 4,249): its figures'. */
  columnUnits?: Map<number, string>;
  /** Names the rows give offices under a region (徳島, 吉野川, 自動車税 under 東部): departments, whatever words they end in. */
  offices?: Set<string>;
}

/** Most named rows, or most named columns, name kinds of property (預貯金 | 給与・年金 | 不動産). */
function propertyNames(rowLabels: Map<number, LabelDims[]>, colLabels: Map<number, LabelDims[]>): boolean {
  const mostly = (groups: LabelDims[][]) => {
    // (預貯金債権, その他の債権 are read as categories of receivables: named still.)
    const named = groups.map((ls) => ls.find((l) => (l.name || l.category) && !l.total)).map((l) => l?.name ?? l?.category).filter((n): n is string => !!n);
    return named.length >= 2 && named.filter(isPropertyKind).length * 2 > named.length;
  };
  return mostly([...rowLabels.values()]) || mostly([...colLabels.values()]);
}

/**
 * The one debt the sentences above a table speak of, anywhere up the sheet (市税を滞納することは…, 市税は、納期内に…): the
 * page's subject; none where they name two.
 */
function pageDebt(g: SheetGrid, top: number): string | null {
  const names = new Set<string>();
  for (let r = 0; r < top; r++) {
    for (const c of g.nonEmptyColumns(r)) {
      const t = g.text(r, c);
      // A sentence of arrears or of paying (市税を滞納することは…, 市税は、納期内に自主納付が原則です。); a fee it adds
      // (督促手数料, 延滞金) is no debt of the table, nor is the paying of taxes (納税は国民の義務です。).
      if (!/。/.test(t) || !/滞納|差押|差し押|納付|納税|納期/.test(t)) continue;
      for (const m of t.matchAll(/((?:\p{Script=Han}|\p{Script=Katakana}|ー){1,8}(?:税|料))(?=[をのはがやと、])/gu)) if (DEBT_NAME.test(m[1]) && !/手数料$|延滞金|督促|^(?:納|徴|課|租|減|増)税$/.test(m[1]) && parseLabel(m[1]).name === m[1]) names.add(m[1]);
    }
  }
  return names.size === 1 ? [...names][0] : null;
}

/**
 * A row of no label under named rows whose figures are their sums, in three columns at least and all but one (a page
 * leaves its 計 unnamed: 預貯金 … 不動産 over 790 | 557 | 460): their total (of those rows: the group's, row by row), its one
 * figure that is no sum then found.
 */
function unnamedSums(g: SheetGrid, rowLabels: Map<number, LabelDims[]>, valueCols: number[]): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  let run: number[] = [];
  for (const [r, ls] of rowLabels) {
    if (ls.length > 0) {
      if (ls.some((l) => l.total || l.division !== null || l.year !== null)) run = [];
      else run.push(r);
      continue;
    }
    const cols = valueCols.filter((c) => g.numberValue(r, c) !== null);
    if (run.length >= 2 && cols.length >= 3) {
      const sums = cols.filter((c) => Math.abs(run.reduce((s, k) => s + (g.numberValue(k, c) ?? 0), 0) - g.numberValue(r, c)!) < 0.5).length;
      if (sums >= cols.length - 1) {
        rowLabels.set(r, [{ ...parseLabel(''), total: true }]);
        groups.set(r, run);
      }
    }
    run = [];
  }
  return groups;
}

/** Title, unit, year, subject and kind from the lines above the table, within its columns (a caption may start left of it). */
function readContext(g: SheetGrid, top: number, floor: number, unitTexts: string[], left: number, right: number, claims: Claims): Context {
  const ctx: Context = { captions: [], title: null, year: null, era: null, debt: null, part: null, whole: false, unit: null, unitText: null, classification: null, kind: null, item: null, revenue: false, division: null, thisYear: currentFiscalYear() };
  for (const u of unitTexts) {
    ctx.unitText ??= clean(u);
    ctx.unit ??= unitOfLine(u);
  }
  let noteYear: number | null = null;
  for (let r = top - 1; r >= Math.max(floor, top - CONTEXT_ROWS); r--) {
    const cols = g.nonEmptyColumns(r, 0, right);
    // A form's fields on the line (市町村名 | 碇ケ関村) are no title, nor a caption's start.
    const fields = formFields(g, r, cols);
    const leftOfTable = cols.some((c) => c <= left && !fields.has(c));
    for (const c of cols) {
      const t = g.text(r, c);
      // A caption starts at or left of the table; text over another table's columns is that table's.
      if (t === '' || g.isNumber(r, c) || claims.has(r, c) || (c > left && !g.mergeAt(r, c) && leftOfTable)) continue;
      if (isUnitLine(t)) {
        ctx.unitText ??= clean(g.raw(r, c));
        ctx.unit ??= unitOfLine(t);
        // A caption written with its unit (県税の収納率(単位:%)) still says what the table is of, and of which debt.
        if (!isUnitAlone(t)) {
          ctx.captions.push(t);
          ctx.debt ??= captionDebt(t);
          ctx.whole ||= ctx.captions.length === 1 && GROUP_WHOLE.test(t);
        }
        continue;
      }
      ctx.captions.push(t);
      if (ctx.title === null && titleLike(t) && !fields.has(c)) {
        ctx.title = clean(g.raw(r, c));
        ctx.era = /平成|H\d/.test(t) ? 'H' : /令和|R\d/.test(t) ? 'R' : null;
        ctx.part = DEBT_PART.exec(t)?.[1] ?? null;
        ctx.whole = GROUP_WHOLE.test(t);
        const l = parseLabel(withoutPlanName(t));
        // A caption saying what each of a row pair holds (実績(上段・実績/下段・達成率)) gives the table no kind nor item; one
        // saying which 区分 each is (上段:現年課税分、下段:滞納繰越分) leaves them.
        const pairs = [...t.matchAll(/[上下]段[・:：]?([^、,/／()（）上下]+)/g)].some(([, p]) => {
          const pl = parseLabel(p);
          return pl.item !== null || pl.kind !== null;
        });
        ctx.kind = pairs ? null : captionKind(t);
        ctx.item = pairs ? null : (l.item ?? collectedIn(t));
        // A unit in the caption: 税外収入の状況(百万円).
        ctx.unit ??= unitOf(t.replace(/^.*[(（]/, '')) ?? null;
        // Only a year's own charges have a due date to be paid by (納期内納付率): arrears have none.
        if (/納期内/.test(t)) ctx.division = '現年度分';
        // One 区分 the title names of the whole table (滞納繰越分の推移（市営住宅使用料）, 市民税（現年度分）の収納状況).
        ctx.division ??= captionDivision(t);
        // One 区分 named for the whole table: 調定額(現年課税分).
        const named = /[(（]([^()（）]+)[)）]$/.exec(t)?.[1];
        if (named) {
          const l = parseLabel(named);
          ctx.division ??= l.division;
          // Or the one debt of the table: 滞納額の内訳(国民健康保険税).
          if (l.name && l.item === null && l.year === null && l.kind === null && l.division === null && DEBT_NAME.test(named)) ctx.debt ??= named;
        }
      }
      ctx.classification ??= t.length <= 40 ? classOf(t) : null;
      // A heading of the debt alone (市民税) over a title naming its part (個人の収納率(%)): 市民税(個人).
      if (ctx.part !== null && ctx.debt === null && debtAlone(t) && partFits(t, ctx.part)) ctx.debt = `${t}(${ctx.part})`;
      ctx.debt ??= captionDebt(t);
      // A sentence may date itself too (平成30年4月1日より施行 … 平成30年度において): its fiscal year is the one said with 年度.
      // A note's year ((*…税率は平成30年度分以降…)) is what it speaks of: the table's only where no other line dates it.
      if (captionNamesOneYear(t)) {
        const year = parseLabel(t).year ?? fiscalYearIn(t);
        if (!isFootnote(t)) ctx.year ??= year;
        else noteYear ??= year;
      }
    }
  }
  ctx.year ??= noteYear;
  // With no caption over the table, the sheet's tab is its title (a sheet named 市税決算 holds one table); with no debt
  // named above it, the tab's (奨学金の延滞) is the table's.
  if (ctx.title === null) ctx.item ??= collectedIn(compact(g.sheet.name));
  ctx.debt ??= captionDebt(compact(g.sheet.name)) ?? tabDebt(compact(g.sheet.name));
  // The title (or the tab, with none) of a tax revenue, and no caption above of what is owed (滞納の推移 under 1 市税の状況).
  ctx.revenue = isTaxRevenue(ctx.title === null ? compact(g.sheet.name) : compact(ctx.title)) && !ctx.captions.some(isOwedCaption);
  return ctx;
}

/** A group of taxes (普通税, 目的税, 法定外普通税): no one debt. */
const TAX_KINDS = '(?:法定外?)?(?:普通|目的)税';
/** A title of a group of taxes whole (普通税全体の収納率, 目的税全体の…): not one debt's whole (市民税全体の…, 全体の収納率). */
const GROUP_WHOLE = new RegExp(`^${TAX_KINDS}全体の`);
/** A heading of such a group (普通税), or 一般税: no debt to take a part of. */
const KIND_HEADING = new RegExp(`^(?:${TAX_KINDS}|一般税)$`);

/** The parts a debt is printed in: 個人 and 法人 of a resident's tax, 土地, 家屋, 償却資産 of 固定資産税. */
const PARTS = '個人|法人|土地|家屋|償却資産';
/** A title naming a part of a debt (個人の収納率(%), 法人分の徴収状況; not 法人の事業所税の…, naming a debt of its own): the part. */
const DEBT_PART = new RegExp(`^(${PARTS})分?の(?![^の]*(?:税|料))`);
/** A debt of one of those parts (市民税(個人)): the debt whole, its part aside. */
const WITH_PART = new RegExp(`^(.+)[(（](?:${PARTS})[)）]$`);
/** The debts with such parts: a resident's tax (市民税, 県民税) of 個人 and 法人, 固定資産税 of 土地, 家屋, 償却資産. */
const partFits = (debt: string, part: string) => (/^(?:個人|法人)$/.test(part) ? /民税$/.test(debt) : /^固定資産税$/.test(debt));

/** A heading that is a debt's name alone (市民税), not a group of taxes (普通税, 目的税). */
function debtAlone(t: string): boolean {
  if (t.length > 10 || !DEBT_NAME.test(t) || KIND_HEADING.test(t)) return false;
  const l = parseLabel(t);
  return l.name === t && l.item === null && l.year === null && l.kind === null && l.division === null;
}

/** The next part of the debt a table above was of (市民税(個人) over a title of 法人: 市民税(法人)). */
function otherPart(debt: string | null, part: string | null): string | null {
  const whole = part === null || debt === null ? null : WITH_PART.exec(debt)?.[1];
  return whole && partFits(whole, part!) ? `${whole}(${part})` : null;
}

/** A revenue's 決算 (市税決算の状況) is what was collected. */
function collectedIn(t: string): Item | null {
  return /決算/.test(t) && /税|料|金/.test(t) ? '収入済額' : null;
}

const CAPTION_DEBT_ITEM = /^(.+?(?:税|料|金))(?:決算額?|収入済額|収納済額|収入未済額|滞納額|滞納繰越額|(?:未収金?|滞納)?残高|収納率|徴収率|調定額|(?:収納|徴収|滞納)(?:対策|状況|実績))$/;

/** The debt (a 区分 after it aside) in brackets after an item: 収納率(市税現年), 徴収率(国民健康保険税). */
const DEBT_IN_BRACKETS = /[(（]([^()（）]+?)(?:現年(?:度|課税|賦課)?分?|滞納繰越分?|滞繰分?|過年度?分?)?[)）]$/;

/**
 * The debt a label writes onto its item, a 区分 in brackets after it aside (市税徴収率(現年+滞繰) → 市税), or in
 * brackets after the item (収納率(市税現年) → 市税), or null.
 */
function debtOntoItem(t: string): string | null {
  const onto = CAPTION_DEBT_ITEM.exec(t.replace(/[(（][^()（）]*[)）]$/, ''))?.[1];
  if (onto) return onto;
  const inBrackets = DEBT_IN_BRACKETS.exec(t)?.[1];
  return inBrackets && DEBT_NAME.test(inBrackets) && parseLabel(inBrackets).name === inBrackets ? inBrackets : null;
}

/**
 * A label's dimensions; an item's label writing the debt it is of (市税徴収率, 収納率(市税現年)) names that debt, and so
 * does a debt with its 区分 in brackets after it (固定資産税(滞納繰越分)): the 区分 alone would leave the row of no debt;
 * and 税収 is what was collected.
 */
const namedLabel: (t: string) => LabelDims = memoText((t): LabelDims => {
  const l = parseLabel(t);
  // An indicator's aim (市税収納率の向上, 税収の確保) measures what it names.
  const aim = /^(.+)の(?:向上|確保|改善|維持|推進|達成|強化)$/.exec(t)?.[1];
  if (aim && parseLabel(aim).item !== null) return namedLabel(aim);
  // A tax's revenue (税収, 税収の確保) is what was collected, of no debt named.
  if (l.item === null && /^税収(?!納)/.test(t)) return { ...l, item: '収入済額' as const, name: null };
  if (l.item !== null && l.name === null) return { ...l, name: debtOntoItem(t) };
  const divided = l.division !== null && l.name === null && !l.total ? /^(.+?)[(（]([^()（）]+)[)）]$/.exec(t) : null;
  if (divided && DEBT_NAME.test(divided[1]) && parseLabel(divided[1]).name === divided[1] && parseLabel(divided[2]).division === l.division) return { ...l, name: divided[1] };
  return l;
});

/**
 * "県税の滞納額の推移", "県税決算額の推移": a caption that names one debt before its first の; or a heading that
 * starts with the debt it speaks of (国民健康保険料(税)を払っていない…, 市税は…), its other name in brackets kept.
 */
function captionDebt(caption: string): string | null {
  // A note (※自動車税は旧自動車税を含む) says what a name covers; it names no subject of the table.
  if (isFootnote(caption)) return null;
  // A class or a 区分 in brackets (市営住宅使用料（私債権）, 市民税（現年度分）の…) is said of the debt, no part of its name.
  const t = caption.replace(/[(（]([^()（）]{2,12})[)）]/g, (m, inner: string) => (classOf(inner) !== null || divisionOf(inner) !== null ? '' : m));
  // A caption that is a debt's name alone under its section number: (8) 不動産取得税.
  const alone = /^(?:[(（]\d{1,2}[)）]|\d{1,2}[.．])([^\d()（）]{2,12})$/.exec(t);
  if (alone) {
    const l = parseLabel(alone[1]);
    if (l.name && l.item === null && l.year === null && l.kind === null && DEBT_NAME.test(alone[1])) return alone[1];
  }
  // A caption that is a debt's name and nothing else (保育所保育料（強制徴収公債権）).
  if (t !== caption && debtAlone(t)) return t;
  // A heading that says what a debt is (災害援護資金貸付金とは), over the page that tells of it.
  const what = /^(.{2,14})とは$/.exec(t)?.[1];
  if (what && DEBT_NAME.test(what)) {
    const l = parseLabel(what);
    if (l.name === what && l.item === null && l.year === null && l.kind === null) return what;
  }
  // A caption that is a debt's collection rate and nothing else (市町税徴収率, closing a caption in angle brackets
  // broken over lines: <2006年度 / 広島県内市町の / 市町税徴収率>). Not a debt's state or course (租税滞納状況: its rows
  // are its taxes).
  const whole = /^(.+?(?:税|料|金))(?:収納率|徴収率)$/.exec(t.replace(/^[<＜〈《]|[>＞〉》]$/g, ''))?.[1];
  if (whole && !/[のをはが]/.test(whole) && DEBT_NAME.test(whole)) {
    const l = parseLabel(whole);
    if (l.name && l.item === null && l.year === null && l.kind === null) return whole;
  }
  // A note in parentheses before it ((平成31年3月7日記者発表)保育料の…) is no part of the caption's subject.
  // Nor a mark and a table's number before it (■表1 市税滞納額の推移); a kanji numeral only with its separator (一、市税の…),
  // not one that begins a word (一般税の収納状況).
  const m = /^(?:[(（][^()（）]*[)）])?(?:[■□◆◇●○◎]?[表図]?[0-9０-９]*)?(?:[【\[(（]?[0-9０-９()（）.．、\-－]*[】\])）]?|[一二三四五六七八九十]{1,3}[.．、\s\u3000]+)?([^のをはが()（）【】「」『』]{2,12}(?:[(（][^()（）]{1,3}[)）])?)([のをはが])/.exec(t);
  // A sentence names its table's subject as what the figures are of (固定資産税・都市計画税の…納税額は次のとおり。), not
  // as what it speaks about (税金は、市民の皆さんに…。).
  if (!m || (m[2] !== 'の' && /。/.test(t))) return null;
  // The debt with the item written onto it: 県税決算額の推移, 市税収納率の推移; or as a whole: 県税全体の決算状況.
  const named = (CAPTION_DEBT_ITEM.exec(m[1])?.[1] ?? m[1]).replace(/(?<=税|料)全体$/, '');
  // In a sentence, words before the name are none of it (今後とも税の公平性を…: no debt 今後とも税; し尿処理手数料 is one).
  if (/。/.test(t) && /\p{Script=Hiragana}{2}(?:税|料)$/u.test(named)) return null;
  const l = parseLabel(named);
  // A debt and its 区分 (下水道使用料 滞納繰越分の推移): the debt.
  if (l.division !== null && l.item === null && l.year === null && l.kind === null) {
    const debt = named.replace(/(?:現年(?:度|課税|賦課)?分?|滞納繰越分?|滞繰分?|過年度分?)$/, '');
    if (debt !== named && DEBT_NAME.test(debt) && parseLabel(debt).name === debt) return debt;
  }
  // Only a debt's name (…税, …料, …金): 納期内納付の推移 names no debt; nor 指標・事業費の推移 (of two names joined, each must be one).
  return l.name && l.item === null && l.year === null && l.kind === null && !/\d/.test(named) && named.split('・').every((n) => DEBT_NAME.test(n)) ? named : null;
}

/** The one 区分 a title names (…滞納繰越分の推移, …（現年度分）の…), or null where it names none or both. */
function captionDivision(t: string): Division | null {
  const current = /現年(?:度|課税|賦課)?分/.test(t);
  const arrears = /滞納繰越|滞繰|過年度分/.test(t);
  return current === arrears ? null : current ? '現年度分' : '滞納繰越分';
}

/** A sheet's tab that is a debt's name and nothing else (介護保険料, 市営住宅使用料): the debt of the table on it. */
function tabDebt(t: string): string | null {
  // (Not a kind of debts: 使用料, 手数料, 負担金.)
  if (!DEBT_NAME.test(t) || /\d/.test(t) || GENERIC_DEBT.test(t)) return null;
  const l = parseLabel(t);
  return l.name === t && l.item === null && l.year === null && l.kind === null && l.division === null && !l.total ? t : null;
}

/** A kind of debts, no one debt's name. */
const GENERIC_DEBT = /^(?:税|料|料金|使用料|手数料|負担金|分担金|貸付金|返還金|返納金|保険料|債権|諸収入|税外収入|滞納金|未収金)$/;

function eraYear(n: number | null, era: 'H' | 'R' | null): number | null {
  if (n === null) return null;
  if (era === 'H') return 1988 + n;
  if (era === 'R') return 2018 + n;
  return n <= 8 ? 2018 + n : 1988 + n;
}

/**
 * A debt's columns split into its whole and a part of it (固定資産税 › 全体 | うち償却資産に係るもの): the part
 * is the debt's, at the stage its header names, and never an addend of a total; the whole is the debt's own
 * figure, not a total of the columns beside it.
 */
function partColumns(obs: Observation[], colTexts: Map<number, string[]>): void {
  const parentOf = (parts: string[]) => parts.slice(0, -1).map((p) => parseLabel(p).name).filter((n): n is string => !!n && DEBT_NAME.test(n)).pop();
  const parents = new Map<number, string>();
  const partCols = new Map<number, string>();
  for (const [c, parts] of colTexts) {
    const parent = parts.length >= 2 ? parentOf(parts) : undefined;
    if (!parent) continue;
    const last = parts[parts.length - 1];
    if (partNamed(last)) partCols.set(c, last);
    else if (parseLabel(last).division === '全体') parents.set(c, parent);
  }
  // A column of its own headed as a part (うち個人市民税 beside 市民税, 内 法人, (再掲)市税 after the 合計): the debt to its left's
  // part, or the debt listed again — never an addend of a total, nor another debt.
  const byRow = new Map<number, Observation[]>();
  for (const o of obs) (byRow.get(o.r) ?? byRow.set(o.r, []).get(o.r)!).push(o);
  for (const [c, parts] of colTexts) {
    // A header broken over its rows (Cのうち徴収 | 猶予に係る調 | 定額) is read from its part's mark on.
    const from = parts.findLastIndex((p) => partNamed(p) !== null);
    const last = from < 0 ? (parts[parts.length - 1] ?? '') : parts.slice(from).join('');
    // The part of an amount above the standard rate (標準税率 | 超過調定額: 標準税率超過調定額 D) is its row's too.
    const excess = from < 0 && ABOVE_STANDARD_RATE.test(parts.join(''));
    const named = excess ? '標準税率超過分' : partNamed(last);
    if (named === null || partCols.has(c) || (from >= 1 && parentOf(parts.slice(0, from + 1)))) continue;
    const again = /再掲/.test(last);
    const lettered = /^[A-Z]の/.test(last);
    // The debt to its left on each row: across the rows, the column's (うち個人市民税 beside 市民税); down them, the row's own
    // (Cのうち徴収猶予に係る調定額 on each tax's row of the 市町村税の徴収実績 form).
    const leftOf = (r: number) => (byRow.get(r) ?? []).filter((o) => o.c < c && !o.part && o.derived === null && o.debt !== null && partNamed(o.debt) === null).sort((a, b) => b.c - a.c)[0]?.debt;
    if (!again && !obs.some((o) => o.c === c && leftOf(o.r))) continue;
    for (const o of obs) {
      if (o.c !== c) continue;
      const left = again ? undefined : leftOf(o.r);
      if (!again && !left) continue;
      o.debt = again ? named : left!;
      // A part of a lettered column (Cのうち徴収猶予に係る分) keeps its stage as its header prints it.
      if (!lettered) o.stage = again ? '再掲' : named;
      o.part = true;
      if (o.derived === 'total') o.derived = null;
    }
  }
  if (!partCols.size) return;
  const split = new Set([...partCols.keys()].map((c) => parentOf(colTexts.get(c)!)));
  for (const o of obs) {
    const stage = partCols.get(o.c);
    if (stage !== undefined) {
      o.debt = parentOf(colTexts.get(o.c)!)!;
      o.stage = stage;
      o.part = true;
      if (o.derived === 'total') o.derived = null;
    } else if (o.derived === 'total' && o.debt === null && split.has(parents.get(o.c))) {
      o.debt = parents.get(o.c)!;
      o.derived = null;
    }
  }
}

/** An office of a tax or a collection (東部県税事務所, 自動車税事務所, 納税課): a row named so is its figures, of no debt. */
const isOffice = (n: string) => /(?:税|納税|徴収|収納)[^税]{0,4}(?:事務所|センター|課|室|係)$/.test(n);
/**
 * An amount or a count of something (財産差押額, 滞納者数, 架電数), or what an undertaking costs (事業費 (A), 人件費(B), as
 * every evaluation sheet lists them): what a row measures, never a debt's name.
 */
const MEASURE_NAME = /(?:[額数]|事業費|人件費)(?:[(（][A-Z][)）])?$/;
/** A place (天童市, 館林町, 京都府, 北海道): a row named so is the place whose figures they are, no debt. */
const PLACE_NAME = /(?:[市町村区都府県]|北海道)$/;
/** The prefectures as the state's tables list them, without 都, 府 or 県 (青森, 東京, 大阪, 神奈川). */
const PREFECTURES = new Set(
  '青森 岩手 宮城 秋田 山形 福島 茨城 栃木 群馬 埼玉 千葉 東京 神奈川 新潟 富山 石川 福井 山梨 長野 岐阜 静岡 愛知 三重 滋賀 京都 大阪 兵庫 奈良 和歌山 鳥取 島根 岡山 広島 山口 徳島 香川 愛媛 高知 福岡 佐賀 長崎 熊本 大分 宮崎 鹿児島 沖縄'.split(' '),
);
/** A region of a prefecture or a city (東部, 県南, 南部地区): a place, its offices' or towns' figures summed. */
const REGION = /^(?:[東西南北中]部|県[東西南北中央]部?)(?:地区|地域|管内)?$/;
const isPlace = (n: string) => (PLACE_NAME.test(n) && !DEBT_NAME.test(n)) || PREFECTURES.has(n) || REGION.test(n);

/** A caption's kind: 実績, 決算, 取組状況, 達成状況 are results; a plan's name (計画) says no kind. */
function captionKind(t: string): Kind | null {
  if (/見込/.test(t)) return 'forecast';
  if (namesCourseAndTargets(t)) return null;
  if (/目標|計画値/.test(t) && !/達成状況|進捗状況|目標達成|実績/.test(t)) return 'target';
  if (/取組状況|実績|決算|達成状況|進捗状況|推移/.test(t)) return 'actual';
  return null;
}

function unitOfLine(t: string): Unit | '件' | null {
  // 億円 is no unit of the report's; its figures are rounded like 千円.
  if (/億円/.test(t)) return null;
  const u = unitOf(t);
  if (u && u !== '%') return u;
  if (/件/.test(t)) return '件';
  return u;
}

/** One label's dimensions, several labels (header rows, label columns) combined: the first that says wins. */
function merge(ls: LabelDims[]): LabelDims & { names: string[] } {
  const out = { ...parseLabel(''), names: [] as string[] };
  for (const l of ls) {
    out.year ??= l.year;
    out.yearNote ??= l.yearNote;
    out.bareYear ??= l.bareYear;
    out.kind ??= l.kind;
    out.item = moreSpecific(out.item, l.item);
    out.derived ??= l.derived;
    // A specific 区分 (合計 › 現) says more than the total's 全体.
    if (out.division === null || (out.division === '全体' && l.division !== null)) out.division = l.division;
    out.classification ??= l.classification;
    out.unit ??= l.unit;
    out.letter ??= l.letter;
    out.ratio ??= l.ratio;
    out.category ??= l.category;
    out.diff ??= l.diff;
    out.versus ??= l.versus;
    out.plainDelta ||= l.plainDelta;
    out.settled ||= l.settled;
    out.lastYear ||= l.lastYear;
    out.points ||= l.points;
    out.growth ??= l.growth;
    out.total ||= l.total;
    if (l.total && l.division === '全体' && out.derived === 'total') out.derived = null;
    if (l.name) out.names.push(l.name);
  }
  return out;
}

/** A letter tag after a debt's name (本税・料(B), 督促(F)): the figure's letter, no part of the debt. */
const unlettered = (name: string | null) => (name === null ? null : name.replace(/\s*[(（【\[][A-Z][)）】\]]$/, '') || name);

type Merged = ReturnType<typeof merge>;

/**
 * Two items named for one figure by a group header and a sub header (調定 over 件数, 割合 over 税額):
 * a ratio wins, then a count; a ratio of amounts is a collection rate; otherwise the group's.
 */
function moreSpecific(a: Item | null, b: Item | null): Item | null {
  if (a === null) return b;
  if (b === null) return a;
  const ratio = a === '比率' || b === '比率';
  if (ratio && (a === '金額' || b === '金額')) return '収納率';
  if (ratio) return '比率';
  if (a === '件数' || b === '件数') return '件数';
  // A group of a rate over its operands (収入率 › 収入 | 調定): the amounts the rate is computed from.
  if (a === '収納率' && !isRateItem(b)) return b;
  // A rate against the target under a group of rates (収入歩合 › 対予算) is the target's progress.
  if ((a === '収納率' && b === '目標進捗率') || (a === '目標進捗率' && b === '収納率')) return '目標進捗率';
  if (a === '金額') return b;
  return a;
}

function observation(g: SheetGrid, r: number, c: number, figure: number, note: string | null, col: Merged, row: Merged, ctx: Context): Observation {
  const tableUnit = ctx.unit;
  const cell = g.cell(r, c);
  const fmt = formatInfo(cell?.numberFormat);
  const typed = typeof cell?.value === 'number';
  const value = typed && fmt.percent ? Number((figure * 100).toPrecision(15)) : figure;
  // A difference column stays a difference in a total row; a rate is a rate even where an operand row says 2/1.
  let derived: Derived | null = row.derived === 'delta' || col.derived === 'delta' ? 'delta' : row.derived === 'ratio' || col.derived === 'ratio' ? 'ratio' : row.derived ?? col.derived;
  if (col.diff ?? row.diff) derived = 'delta';
  // A figure that says it is a change (前年度比 88万円の増加, 1.3ポイント増) is one. (Letters after a figure, 300万円(A-B), say how
  // it is made, not that it is a change: 収入未済額 is A − B and a balance still.)
  if (note !== null && CHANGE_NOTE.test(note)) derived = 'delta';
  const percentText = !typed && /[%％]/.test(g.raw(r, c));
  const lettered = col.ratio ?? row.ratio;
  // A column of amounts (金額(千円)) beside rows that each name theirs (当初貸付, 償還済, 未償還, 償還率): the row's.
  // A rate's row under a column of counts (件数 › (5)償還率): the rate of what is counted.
  // (Not a count: a unit written beside each row's count (5 | 件 | 3,456 under 件数 | 金額(千円)) names none of the amounts.)
  const named = row.item !== null && ((col.item === '金額' && row.item !== '件数') || (col.item === '件数' && isRateItem(row.item))) ? row.item : (col.item ?? row.item);
  // A lettered ratio (【C/A】) is a ratio whatever it counts, unless its label says it is a rate.
  let item: Item | null =
    lettered && named !== '収納率' && named !== '目標進捗率'
      ? '比率'
      : ((named === '金額' ? ctx.item : null) ?? named ?? ctx.item ?? (fmt.percent || percentText || col.unit === '%' || row.unit === '%' || tableUnit === '%' ? '収納率' : null));
  // A count shown in percent (件数 over 97.0%) is the share of cases, not a count.
  if (item === '件数' && (fmt.percent || percentText)) item = '比率';
  // 決算 and 予算 of a revenue (5年度決算, 6年度最終予算) are what was (to be) collected.
  if (item === null && (col.settled || row.settled) && !percentText && !fmt.percent && tableUnit !== '%') item = '収入済額';
  if (derived === 'ratio' && item === '収納率') derived = null;
  // A row of a lettered ratio ((C)/(A)) under a column of differences (増減: 0.1ポイント) is the ratio's change.
  const ratioChange = !!row.ratio && !col.ratio && col.derived === 'delta';
  if (lettered && item === '比率' && !ratioChange) derived = 'ratio';
  // A rate of change or a share (増減率, 構成比) under a comparison's group (比較) is a ratio, not a difference.
  if (item === '比率' && derived === 'delta' && !ratioChange) derived = 'ratio';
  // A percent in parentheses among amounts ((95.6%) over a tax's balances: 対前年度比) compares them, it is none of them;
  // so does an amount's 前年比 (調定額 › 前年比: 100.8), a ratio to the year before (a rate's is a difference in points).
  const parenPercent = note === '()' && percentText && !isRateItem(item);
  if (parenPercent || ((col.lastYear || row.lastYear) && derived === 'delta' && item !== null && !isRateItem(item) && item !== '件数')) {
    item = '比率';
    derived = 'ratio';
  }
  // Under a title of a group of taxes whole (普通税全体の収納率), every figure is a total of them.
  const total = row.total || col.total || (ctx.whole && !row.names.length && !col.names.length);
  // A growth rate (伸び率) of a total row is no total.
  derived ??= total && item !== '比率' ? 'total' : null;
  if (item === '比率' && derived === 'total') derived = null;
  let unit = isRateItem(item) ? '%' : item === '件数' ? '件' : col.unit ?? row.unit ?? (tableUnit === '%' ? null : tableUnit);
  if (item === null && unit === '%') unit = null;
  if (item === '比率') unit = '%';
  // A typed figure its format shows divided (#,##0, under （単位：千円）) is in the smaller unit (円).
  if (typed && fmt.scale !== 1) unit = storedUnit(unit, fmt.scale);
  // A figure written with its unit (102億円, 13件, 7世帯), or under a unit its column writes above its first figure (千件 /
  // 4,249), is in that unit; 億円 and 千件 are none of the report's.
  const own = typed ? undefined : (WRITTEN_UNIT.exec(withoutTrailingNote(g.raw(r, c).trim()))?.[1] ?? unitLineOf(g.raw(r, c)) ?? undefined);
  const given = own ?? ctx.columnUnits?.get(c);
  const written = given === '%' ? undefined : given;
  const thousands = written === '千件' || written === '千人';
  const counted = written === '件' || written === '世帯' || written === '人' || thousands;
  if (written && !isRateItem(item)) unit = written === '億円' ? (g.writesOkuMan() ? '円' : null) : thousands ? null : counted ? '件' : (written as Unit);
  // Counted in its cell (7世帯 under 【還付漏れ】), a figure is a count whatever amount its group names; so is one under a
  // column counting (定員(人)) whatever its row names (債権の分類と時効, a lecture's title).
  if (counted && (item !== null || thousands) && !isRateItem(item)) item = '件数';
  else if (!written && col.unit === '件' && col.item === null && item !== null && !isRateItem(item)) item = '件数';
  // Written in yen (41,143,737円 on a row of a table of counts), it is an amount, whatever count its table names.
  else if (item === '件数' && written && written !== '千件' && written !== '千人') item = '金額';
  const amount = unit === '円' || unit === '千円' || unit === '百万円';
  // A row named by its labels is the row's identity (a debt, or 区分 × 種別); columns then name stages.
  // Of several row names (旧法 | 自動車取得税, 税務課 | 市税, 水道料金 | 上下水道部) the last that is no department is the
  // debt; one ending in 課 or 部, before or after it, is its department.
  // Of places (京都府 | 長岡京市), the last is the one the figure is of: its department, the row naming no debt.
  const places = row.names.filter((n) => isPlace(n) || !!ctx.offices?.has(n));
  let rowName: string | null = row.names.findLast((n) => !DEPARTMENT_NAME.test(n) && !places.includes(n)) ?? (places.length || row.names.some(isOffice) ? null : (row.names[row.names.length - 1] ?? null));
  let department = row.names.findLast((n) => !!ctx.offices?.has(n)) ?? row.names.find((n) => n !== rowName && DEPARTMENT_NAME.test(n)) ?? places[places.length - 1] ?? null;
  // A debt with its department in parentheses, as a 債権名(主管課) column writes it: 特別区民税(税務課・収納対策課).
  const owned = rowName ? /^(.+?)[(（]([^()（）]+)[)）]$/.exec(rowName) : null;
  if (owned && owned[2].split(/[・、,]/).every((d) => DEPARTMENT_NAME.test(d))) {
    rowName = owned[1];
    department ??= owned[2];
  }
  // A row named by an amount or a count of something (財産差押額, 滞納者数) names what it measures, a stage, not a debt.
  const measured = rowName && MEASURE_NAME.test(rowName) ? rowName : null;
  if (measured) rowName = null;
  // A row computed from lettered rows ((C)−(A) 予算現額と収入済額との差, (C)/(B) 調定額に対する割合): its words say how, they
  // name no debt; a name before them (the account's, 一般会計 › …) still does.
  if ((row.diff || row.ratio) && rowName && !DEBT_NAME.test(rowName)) {
    const words = rowName;
    rowName = row.names.findLast((n) => n !== words && !DEPARTMENT_NAME.test(n) && !places.includes(n)) ?? null;
  }
  // Under a caption naming one debt (不動産取得税), rows named otherwise (東部, 徳島) are the offices that collect it — not
  // the list's その他, nor, under a caption of a group of taxes (道府県税), a tax levied as 割 (利子割).
  if (ctx.debt && rowName && !DEBT_NAME.test(rowName) && !PART_NAME.test(rowName) && !/^その他/.test(rowName) && !(/.割$/.test(rowName) && TAX_GROUP.test(ctx.debt))) {
    department = rowName;
    rowName = null;
  }
  // A column named by a stage (処理目標, 滞納債権) or with a kind of its own is no debt, unless the name is a debt's
  // (収納率(市税現年) over 計画策定時); nor, under a caption naming one debt, a column named otherwise (【徴収漏れ】 under 保育料の…).
  // A department over its debts' columns (税務課 merged over 市民税 … 市税計, then 保険年金課 | 介護保険課): the figures' department,
  // no part of the debt's name.
  const colDepartment = col.names.length > 1 ? (col.names.find((n) => DEPARTMENT_NAME.test(n) && !DEBT_NAME.test(n)) ?? null) : null;
  if (colDepartment) department ??= colDepartment;
  const colNames = (col.kind === null ? col.names : col.names.filter((n) => DEBT_NAME.test(n))).filter((n) => n !== colDepartment);
  // (A stage of a debt's budget, 市民税 › 予算額 › 当初, keeps the debt.)
  const budgeted = col.category !== null && /^予算/.test(col.category) && colNames.every((n) => DEBT_NAME.test(n));
  let colName = colNames.length && (!col.category || budgeted) ? colNames.join(' ') : null;
  // A column named by an amount or a count of something (滞納世帯数(世帯), 差押件数), as such a row: a stage, no debt (under a
  // debt's group, 個人住民税 › 滞納者数(人), the group's debt) — a count where its words or its unit say what is counted, over
  // a caption's item (滞納世帯数 under …滞納世帯数と割合); in thousands (被保険者数(千人)) read as printed, of no unit.
  const measureName = colName ? colNames[colNames.length - 1] : null;
  const colMeasured = measureName && !DEBT_NAME.test(measureName) && MEASURE_NAME.test(measureName.replace(/[(（][^()（）]*[)）]$/, '')) ? measureName : null;
  if (colMeasured) colName = colNames.slice(0, -1).filter((n) => DEBT_NAME.test(n)).join(' ') || null;
  if (ctx.debt && colName && !DEBT_NAME.test(colName)) colName = null;
  if (colMeasured && col.item === null && row.item === null && /(?:者|世帯|人|件|戸)数|[(（][千万]?(?:世帯|人|件|者|戸)[)）]$/.test(colMeasured)) {
    item = '件数';
    unit = /[(（][千万]/.test(colMeasured) ? null : '件';
  }
  // A debt's figure of the year before (住民税前年) is that debt's, at the stage 前年.
  const prior = colName ? /^(.+)(前年度?)$/.exec(colName) : null;
  if (prior && DEBT_NAME.test(prior[1])) colName = prior[1];
  // Debts across (県民税 | 住民税) over rows named otherwise (青森市, 弘前市): the rows are the places that collect them.
  if (rowName && colName && DEBT_NAME.test(colName) && !DEBT_NAME.test(rowName) && !ctx.debt) {
    department = rowName;
    rowName = null;
  }
  // A row's class written beside its debt (水道料金 | 私債権 | 収納率) is its classification, no stage of its figures.
  const rowStage = row.category !== null && row.names.length > 0 && row.classification !== null && classOf(row.category) === row.classification ? null : row.category;
  const stage = measured ?? colMeasured ?? (prior && colName === prior[1] ? prior[2] : null) ?? col.category ?? (rowName && colName ? colName : null) ?? (col.names.length && !colName ? col.names.join(' ') : null) ?? rowStage;
  const superseded = note === '()' && !parenPercent;
  const whole = (row.total && row.division === '全体') || (col.total && col.division === '全体');
  // A figure's own label before a colon (平成14年度:66.9%, a list of years a line each) dates it where nothing else does.
  const ownYear = note !== null && /[:：]$/.test(note) ? parseLabel(note.slice(0, -1)).year : null;
  const fiscalYear = derived === 'ratio' || derived === 'delta' ? null : (col.year ?? row.year ?? eraYear(col.bareYear ?? row.bareYear, ctx.era) ?? ownYear ?? ctx.year);
  // Unlabelled (or under a caption of results: 推移, 実績), a figure is a result; of a year still to come, of no kind
  // known (取りまとめ says so rather than count it).
  const toCome = fiscalYear !== null && fiscalYear > ctx.thisYear;
  // A year before the one a caption plans or forecasts (平成17年度 beside 平成18年度…見込額) is past: its figures are results.
  const before = fiscalYear !== null && ctx.year !== null && fiscalYear < ctx.year;
  const captioned = (ctx.kind === 'target' || ctx.kind === 'forecast') && !before ? ctx.kind : toCome ? null : before ? 'actual' : (ctx.kind ?? 'actual');
  const kind: Kind | null = derived === 'delta' || derived === 'ratio' || item === '比率' ? null : (col.kind ?? row.kind ?? (superseded ? 'target' : null) ?? captioned);
  return {
    cell: a1(r, c),
    r,
    c,
    value,
    department,
    // A total is of no one debt; but the change printed in a 合計 of one debt's 区分 (現年 | 滞納繰越 | 合計
    // under the row's 特別区民税: 前年比) is that debt's, of its 全体.
    // A place's figures under a caption of a group of taxes (道府県税の徴収実績 › 神奈川) are of all its taxes: no one debt.
    debt: total && (derived === 'total' || !whole || !rowName || !DEBT_NAME.test(rowName)) ? null : unlettered(rowName ?? colName ?? (places.length && ctx.debt && TAX_GROUP.test(ctx.debt) ? null : ctx.debt)),
    // A 合計 under a caption naming one 区分 (調定額(現年課税分)) is the total of that 区分.
    division: (whole ? ctx.division : null) ?? row.division ?? col.division ?? ctx.division,
    classification: row.classification ?? col.classification ?? ctx.classification,
    item: item ?? (amount ? (ctx.revenue ? '収入済額' : '金額') : unit === '件' ? '件数' : null),
    fiscalYear,
    kind,
    unit: unit as Unit | '件',
    derived,
    stage,
    note: superseded ? SUPERSEDED_NOTE : (note ?? col.yearNote ?? row.yearNote),
    decimals: typed ? (fmt.decimals ?? null) : textDecimals(g.raw(r, c)),
    ...(row.letter || col.letter ? { letter: col.letter ?? row.letter ?? undefined } : {}),
    ...(row.ratio || col.ratio ? { ratio: col.ratio ?? row.ratio ?? undefined } : {}),
    ...(row.diff || col.diff ? { diff: col.diff ?? row.diff ?? undefined } : {}),
    ...(derived === 'delta' && (row.versus || col.versus) ? { versus: col.versus ?? row.versus ?? undefined } : {}),
    ...(derived === 'delta' && (row.plainDelta || col.plainDelta) ? { plainDelta: true as const } : {}),
    ...((derived === 'delta' || derived === 'ratio') && (row.lastYear || col.lastYear) && !lettered ? { lastYear: true as const } : {}),
    // A rate of change (前年度比増減率) of no lettered figures: of its figure in two years, checked and computed so.
    ...(item === '比率' && derived === null && !lettered && (col.growth ?? row.growth) ? { growth: (col.growth ?? row.growth)! } : {}),
  };
}

/**
 * Flow tables that give the years only in their item labels (18年度末の滞納繰越額 … 19年度末滞納繰越額, or
 * 平成30年度末 (前期繰越額) | 新規発生 | 整理済額 | 令和元年度末 (次期繰越額) across): the earlier year-end is the
 * later year's 年度当初, and the flows between belong to the later year.
 */
function resolveFlowYears(obs: Observation[]): void {
  // A flow down a column (items down the rows), or across a row (items across the columns).
  for (const along of ['c', 'r'] as const) resolveFlowYearsAlong(obs, along);
}

function resolveFlowYearsAlong(obs: Observation[], along: 'c' | 'r'): void {
  const lines = new Map<number, Observation[]>();
  for (const o of obs) {
    const list = lines.get(o[along]);
    if (list) list.push(o);
    else lines.set(o[along], [o]);
  }
  for (const list of lines.values()) {
    // Across a row, only a flow (年度末 | 発生 | 回収 | 年度末), not year-ends of years side by side; down a column, not a
    // column of one item (整理中のもの of each year down the rows: each row its year's flow).
    if (along === 'r' && !list.some((o) => o.item !== null && flowSign(o.item, o.label ?? '') !== null)) continue;
    if (along === 'c' && list.every((o) => o.item === list[0].item)) continue;
    const ends = list.filter((o) => o.item === '年度末' && o.fiscalYear !== null);
    const years = new Set(ends.map((o) => o.fiscalYear!));
    // A start dated with the year before its end's (平成23年度…(前期繰越額) | … | 平成24年度…(次期繰越額)): the year the
    // start closes, the flow the later year's.
    const starts = list.filter((o) => o.item === '年度当初' && o.fiscalYear !== null);
    // Not a flow over two years (令和4年度当初 | 令和4年度収納額 | 令和5年度収納額 | 令和5年度末): its flows of the earlier year date it.
    const end = [...years][0];
    if (years.size === 1 && starts.length && starts.every((o) => o.fiscalYear === end - 1) && list.every((o) => o.item === '年度当初' || o.fiscalYear === null || o.fiscalYear === end)) {
      for (const o of list) if (o.derived !== 'ratio') o.fiscalYear = end;
      continue;
    }
    if (years.size < 2) continue;
    const last = Math.max(...years);
    for (const o of ends) if (o.fiscalYear! < last) o.item = '年度当初';
    for (const o of list) if (o.derived !== 'ratio') o.fiscalYear = last;
  }
}

/**
 * In a flow table (年度当初 → 年度末), or a collection body's (COLLECTION_BODY) that has no 調定額 of its own (where it
 * has, its 収入済額 is of that), what is collected is arrears recovered: 回収額.
 */
function flowCollections(obs: Observation[], body: () => boolean): void {
  if (!obs.some((o) => o.item === '収入済額')) return;
  const flow = obs.some((o) => o.item === '年度当初' || o.item === '年度末');
  if (!flow && (obs.some((o) => o.item === '調定額') || !body())) return;
  for (const o of obs) if (o.item === '収入済額') o.item = '回収額';
}

/** Rows summed by a subtotal of one 区分 (現年課税分計) belong to that 区分. */
function divisionsFromSubtotals(obs: Observation[]): void {
  const byColumn = new Map<number, Observation[]>();
  for (const o of obs) byColumn.set(o.c, [...(byColumn.get(o.c) ?? []), o]);
  for (const list of byColumn.values()) {
    list.sort((a, b) => a.r - b.r);
    let start = 0;
    list.forEach((o, i) => {
      if (o.derived !== 'total' && !(o.derived === 'delta' && totalRow(obs, o.r))) return;
      if (o.division && o.division !== '全体') for (let k = start; k < i; k++) list[k].division ??= o.division;
      start = i + 1;
    });
  }
}

/** A total its label writes as a sum of lettered rows (総事業費(A+B)) sums those rows only. */
function letteredSums(obs: Observation[], rowTexts: Map<number, string[]>): void {
  for (const o of obs) {
    if (o.derived !== 'total') continue;
    const sum = rowTexts.get(o.r)!.map((t) => LETTERED_SUM.exec(t)?.[1]).find(Boolean);
    if (!sum) continue;
    const letters = new Set(sum.split(/[+＋]/));
    o.members = [...new Set(obs.filter((x) => x.letter !== undefined && letters.has(x.letter) && x.c === o.c).map((x) => x.r))];
  }
}

/**
 * A total its label writes as the sum of rows it names (償還済・免除の合計) sums those rows only; of items that differ
 * (収入済額 and 不納欠損額), it is an amount of neither.
 */
function namedSums(obs: Observation[], rowTexts: Map<number, string[]>): void {
  const lastText = (r: number) => rowTexts.get(r)?.at(-1) ?? '';
  for (const o of obs) {
    if (o.derived !== 'total' || o.members) continue;
    const names = /^(.+?)の?(?:合計|計)$/.exec(lastText(o.r))?.[1].split(/[・、]/);
    if (!names || names.length < 2) continue;
    // Each the nearest above the total of its name (a later section may name its rows alike).
    const above = obs.filter((x) => x.c === o.c && x.r < o.r).sort((a, b) => b.r - a.r);
    const members = names.map((n) => above.find((x) => lastText(x.r) === n));
    if (!members.every((x) => x !== undefined)) continue;
    o.members = members.map((x) => x!.r);
    o.totalOf = 'rows';
    if (o.item !== '件数' && new Set(members.map((x) => x!.item)).size > 1) o.item = '金額';
  }
}

/**
 * A numbered row of an outline over two or more numbered rows (一 普通税 over 1 法定普通税 and 2 法定外普通税): the rows it may
 * be the sum of, on each of its figures (outlineParts). Whether it is, only its figures tell (validation's matrixSums): a
 * table may give some of a tax's rows only.
 */
function markOutlineParts(observations: Observation[], parentOf: ReadonlyMap<number, number>): void {
  const under = new Map<number, number[]>();
  for (const [r, parent] of parentOf) {
    const rows = under.get(parent);
    if (rows) rows.push(r);
    else under.set(parent, [r]);
  }
  for (const o of observations) {
    const rows = under.get(o.r);
    if (rows && rows.length >= 2 && o.derived === null) o.outlineParts = [...rows].sort((a, b) => a - b);
  }
}

/** The part of a tax levied above its standard rate (標準税率超過調定額, 超過課税分). */
const ABOVE_STANDARD_RATE = /標準税率超過|超過課税/;

/** A header over the grounds of a release or a loss: 債権放棄の事由, 欠損事由, 不納欠損の理由. */
const GROUNDS_HEADER = /(?:事由|理由)$/;
/** A row's grounds where the table has no column of them (most tables: no set made a row). */
const NO_GROUNDS: ReadonlySet<string> = new Set();

/** A subtotal printed over the rows it names (東部 over its offices): a 計 below counts them by it, once. */
const sumsRowsBelow = (o: Observation): boolean => o.derived === 'total' && !!o.members?.length && o.members.every((r) => r > o.r);

/**
 * A sum row of no label sums the group unnamedSums found it under; a 計 (or 小計, 計B) under a group below another group's total
 * (預貯金 | 給与 | 計 | 不動産 | 自動車 | 計) sums its own group, two rows at least, not the first 計 with it; a 合計 sums
 * them all, a subtotal standing for its parts.
 */
function groupSums(obs: Observation[], rowTexts: Map<number, string[]>, unnamed: Map<number, number[]>): void {
  for (const o of obs) {
    if (o.derived !== 'total' || o.members) continue;
    const group = unnamed.get(o.r);
    if (group) {
      o.members = group;
      o.totalOf = 'rows';
      continue;
    }
    if (!/^小?計[A-Z]?$/.test(rowTexts.get(o.r)?.at(-1) ?? '')) continue;
    // The rows since the total above; a subtotal printed over its rows (東部 over its offices) stands for them.
    const column = obs.filter((x) => x.c === o.c && x.r < o.r).sort((a, b) => b.r - a.r);
    const summed = new Set(column.filter(sumsRowsBelow).flatMap((x) => x.members!));
    const above = column.filter((x) => !summed.has(x.r));
    const k = above.findIndex((x) => x.derived === 'total' && !sumsRowsBelow(x));
    if (k < 2 || above.slice(0, k).some((x) => x.derived !== null && !sumsRowsBelow(x))) continue;
    o.members = above.slice(0, k).map((x) => x.r);
    o.totalOf = 'rows';
  }
}

/** A total row naming no 区分 under rows of 現年度分 and of 滞納繰越分 (現年課税分 | 滞納繰越分 | 合計) is their 全体. */
function wholeTotals(obs: Observation[]): void {
  const rows = new Map<number, Observation[]>();
  for (const o of obs) rows.set(o.r, [...(rows.get(o.r) ?? []), o]);
  let above: Observation[] = [];
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const row = rows.get(r)!;
    if (!row.every((o) => o.derived === 'total' && o.totalOf === 'rows')) {
      above.push(...row);
      continue;
    }
    const divisions = new Set(above.map((o) => o.division));
    if (divisions.size === 2 && divisions.has('現年度分') && divisions.has('滞納繰越分')) for (const o of row) o.division ??= '全体';
    above = [];
  }
}

function totalRow(obs: Observation[], r: number): boolean {
  return obs.some((o) => o.r === r && o.derived === 'total');
}

/** A note right under the table saying which 区分 its figures are (現年課税分及び滞納繰越分の合計 → 全体). */
function footnoteDivision(g: SheetGrid, bottom: number): Observation['division'] {
  for (const t of linesBelow(g, bottom)) {
    if (!isFootnote(t)) continue;
    // 現年課税分及び滞納繰越分の合計; …、滞納繰越分を含む (the year's and the arrears together).
    // (Not where it names 現年度分 for some figures: 収納率は現年度分。収入未済額は滞納繰越分を含む。)
    if (/現年.{0,6}(及び|と|・).{0,4}滞納繰越/.test(t) || (/(滞納繰り?越し?分|滞繰分?|過年度分)を?含(?:む|め[たて])/.test(t) && !/現年/.test(t))) return '全体';
    if (/現年課税分|現年度分/.test(t) && !/滞納繰越/.test(t)) return '現年度分';
    if (/滞納繰越分/.test(t) && !/現年/.test(t)) return '滞納繰越分';
  }
  return null;
}

/** Does every row name a year in its last label column (令和4年度, 令和5年度 …)? */
function rowsAreYears(g: SheetGrid, b: Block, labelCols: number[]): boolean {
  const c = labelCols[labelCols.length - 1];
  if (c === undefined) return false;
  let n = 0;
  for (let r = b.top; r <= b.bottom; r++) {
    const t = g.mergedText(r, c);
    if (t === '') continue;
    if (parseLabel(t).year === null) return false;
    n++;
  }
  return n > 0;
}

/** The units columns write on a line above their first figure (千件 / 4,249, 億円 / 26,606), by column. */
function columnUnitLines(g: SheetGrid, b: Block, valueCols: number[]): Map<number, string> | undefined {
  let out: Map<number, string> | undefined;
  for (const c of valueCols) {
    for (let r = b.top; r <= b.bottom; r++) {
      if (g.isEmpty(r, c)) continue;
      const unit = unitLineOf(g.raw(r, c));
      if (unit) (out ??= new Map()).set(c, unit);
      break;
    }
  }
  return out;
}

/**
 * A difference counted in points naming no item (05年度比(ポイント), 差(pt)) is one of the rates beside it: in its row
 * (徴収率 | 05年度比(ポイント)), else in its column; the collection rate's where they are (未収納率's, 構成比's where those).
 */
function pointsOfRates(obs: Observation[], changes: Observation[]): void {
  if (!changes.length) return;
  // The rate items of each row and of each column, gathered once.
  const byRow = new Map<number, Set<Item | null>>();
  const byCol = new Map<number, Set<Item | null>>();
  for (const x of obs) {
    if (x.derived === 'delta' || !isRateItem(x.item)) continue;
    (byRow.get(x.r) ?? byRow.set(x.r, new Set()).get(x.r)!).add(x.item);
    (byCol.get(x.c) ?? byCol.set(x.c, new Set()).get(x.c)!).add(x.item);
  }
  for (const o of changes) {
    const items = byRow.get(o.r) ?? byCol.get(o.c);
    if (items?.size !== 1) continue;
    o.item = [...items][0];
    o.unit = '%';
  }
}

/**
 * The one fiscal year a source line right under the table names (資料:厚生労働省『平成19年度国民健康保険…の財政状況』):
 * the year of figures nothing else dates.
 */
function sourceYear(g: SheetGrid, bottom: number): number | null {
  for (const t of linesBelow(g, bottom)) {
    if (!/^[(（]?(資料|出典|出所)[)）:：]/.test(t)) continue;
    // An edition's or a plan's year (令和6年度版, 令和3年度策定) says when the source was made, not of what year its figures are.
    if (/年度?(版|策定|改定|公表|作成|発行)/.test(t)) return null;
    return captionNamesOneYear(t) ? fiscalYearIn(t) : null;
  }
  return null;
}

/**
 * A note right under the table saying whose its bracketed figures are (注1:( )は平成28年度実績, ( )内は令和4年度): that
 * year, the figures beside them (the table's own) of the year after.
 */
function bracketedYearNote(g: SheetGrid, bottom: number): number | null {
  for (const line of linesBelow(g, bottom)) {
    const t = compact(line).normalize('NFKC');
    // Of results (実績, 決算) or no more said: not a target's, a forecast's, a sum since (からの累計), a part (うち…分), a date.
    const m = /\(\)内?(?:の数値|の数字)?は、?(.{2,8}?年度)(?:の?(?:実績|決算)(?:値|額)?)?$/.exec(t);
    const year = m ? fiscalYearIn(m[1]) : null;
    if (year !== null) return year;
  }
  return null;
}

/**
 * Places of one debt down the rows (大竹, 尾道 … under 市町税徴収率): the change printed in a total of them (市部計, 県全体) is
 * that debt's, as their figures are — a total over debts (市税's 合計) has none.
 */
function placeTotalChanges(obs: Observation[]): void {
  const totalRows = new Set(obs.filter((o) => o.derived === 'total').map((o) => o.r));
  const parts = obs.filter((o) => !totalRows.has(o.r));
  const debts = new Set(parts.map((o) => o.debt));
  const places = new Set(parts.map((o) => o.department));
  if (debts.size !== 1 || places.size < 2 || places.has(null)) return;
  const [debt] = debts;
  if (debt === null) return;
  for (const o of obs) if (o.derived === 'delta' && o.debt === null && totalRows.has(o.r)) o.debt = debt;
}

/** The parts of one tax or premium (個人 | 法人, 普通徴収 | 特別徴収, 医療給付費分, 一般被保険者分): no places that collect it. */
const PART_NAME = /^(個人|法人)|普通徴収|特別徴収|.分$|被保険者/;
/** The taxes of a city or a prefecture together (市税, 道府県税): a caption's debt that is a group, its rows the taxes. */
const TAX_GROUP = /^(?:市|町|村|区|県|都|府|道|道府県|市町村)税$/;

/**
 * A change column of a table of years down the rows (前年度比 after 収納率) whose header names no item is a change of the
 * figure it follows: of a rate, in points — not an amount because a unit line names 千円 first ((単位：千円、％)).
 */
function changesOfTheFigureBefore(obs: Observation[]): void {
  const byRow = new Map<number, Observation[]>();
  for (const o of obs) byRow.set(o.r, [...(byRow.get(o.r) ?? []), o]);
  for (const o of obs) {
    if (o.derived !== 'delta' || (o.item !== null && o.item !== '金額')) continue;
    let before: Observation | undefined;
    for (const x of byRow.get(o.r)!) if (x.c < o.c && x.derived === null && (!before || x.c > before.c)) before = x;
    if (before && isRateItem(before.item)) Object.assign(o, { item: before.item, unit: before.unit });
  }
}

/**
 * A table of one debt's 区分 (国民健康保険税の収納状況: 現年度分, 滞納繰越分 and their 計 for each year): its 計 (全体) rows
 * are that debt's 全体 — a target year given as its 計 alone (令和6年度（目標） | 計) is the debt's figure of that year. Only
 * where every figure of a 区分 of the item is of the one debt, and the 計 names no department.
 */
function wholesOfOneDebt(obs: Observation[]): void {
  const debtOf = new Map<Observation['item'], string | null>();
  for (const o of obs) {
    if (o.derived !== null || o.part || (o.division !== '現年度分' && o.division !== '滞納繰越分')) continue;
    const was = debtOf.get(o.item);
    debtOf.set(o.item, was === undefined ? o.debt : was === o.debt ? was : null);
  }
  for (const o of obs) {
    if (o.derived !== 'total' || o.division !== '全体' || o.debt !== null || o.department !== null || o.part || o.stage !== null) continue;
    const debt = debtOf.get(o.item);
    if (debt) o.debt = debt;
  }
}

/** A row of superseded targets in parentheses is the series of the labelled row next to it. */
function supersededRows(obs: Observation[], unlabelled: Set<number>): void {
  const rows = new Map<number, Observation[]>();
  for (const o of obs) rows.set(o.r, [...(rows.get(o.r) ?? []), o]);
  for (const [r, list] of rows) {
    if (!list.every((o) => o.note === SUPERSEDED_NOTE)) continue;
    // A row without a label of its own continues the row above (市税, then its old targets); a labelled one ((従来の目標値)) introduces the row below.
    const next = unlabelled.has(r) ? (rows.get(r - 1) ?? rows.get(r + 1)) : (rows.get(r + 1) ?? rows.get(r - 1));
    if (!next) continue;
    for (const o of list) {
      const twin = next.find((x) => x.c === o.c);
      if (!twin) continue;
      o.division ??= twin.division;
      o.debt ??= twin.debt;
      if (o.item === null || o.item === '金額') o.item = twin.item;
    }
  }
}

/**
 * Figures in parentheses on a row of their own under a row's figures are the year before's, not old
 * targets, where a 前年比 column beside them says so: on most rows it is the figure less the one in
 * parentheses under it (収納率 98.3 over (97.9), 前年比 0.4).
 */
function previousYearRows(obs: Observation[]): void {
  if (!obs.some((o) => o.note === SUPERSEDED_NOTE)) return;
  const at = new Map(obs.map((o) => [`${o.r}:${o.c}`, o]));
  const rows = new Map<number, Observation[]>();
  for (const o of obs) {
    const row = rows.get(o.r);
    if (row) row.push(o);
    else rows.set(o.r, [o]);
  }
  let agree = 0;
  let disagree = 0;
  for (const d of obs) {
    if (d.derived !== 'delta' || d.item === null) continue;
    const now = rows.get(d.r)!.find((x) => x.derived !== 'delta' && x.item === d.item && x.note !== SUPERSEDED_NOTE);
    const before = now && at.get(`${now.r + 1}:${now.c}`);
    if (!now || !before || before.note !== SUPERSEDED_NOTE) continue;
    const tol = halfUnit(d.decimals) + halfUnit(now.decimals) + halfUnit(before.decimals);
    if (Math.abs(now.value - before.value - d.value) <= tol) agree++;
    else disagree++;
  }
  if (agree < 2 || agree < 2 * disagree) return;
  for (const o of obs) {
    if (o.note !== SUPERSEDED_NOTE) continue;
    const twin = at.get(`${o.r - 1}:${o.c}`);
    o.note = LAST_YEAR_NOTE;
    o.kind = twin?.kind ?? 'actual';
    const year = twin?.fiscalYear ?? o.fiscalYear;
    o.fiscalYear = year === null ? null : year - 1;
  }
}

/**
 * A row without a total's word whose every figure is the sum of the rows right below it
 * (県税全体 = 個人県民税 + 県が徴収する県税, 県が徴収する県税 = 自動車税 + その他税): a subtotal printed
 * above its parts. Parts of a numbered row (個人, 法人 under 市民税) are not such rows.
 */
function inferSubtotals(obs: Observation[]): void {
  const rows = new Map<number, Map<number, Observation>>();
  for (const o of obs) {
    let m = rows.get(o.r);
    if (!m) rows.set(o.r, (m = new Map()));
    m.set(o.c, o);
  }
  const order = [...rows.keys()].sort((a, b) => a - b);
  const plain = (r: number) => [...rows.get(r)!.values()].every((o) => o.derived === null && !o.part && !isRateItem(o.item));
  // Bottom-up, so that a subtotal found below can stand for its parts in a total above it.
  const covered = new Map<number, number>();
  for (let i = order.length - 3; i >= 0; i--) {
    const top = rows.get(order[i])!;
    if (!plain(order[i]) || top.size < 2) continue;
    // Parts are the same quantity as their total (a ledger's 調定額 is not the sum of the rows below it).
    const item = [...top.values()][0].item;
    const sameItem = (r: number) => [...rows.get(r)!.values()].every((o) => o.item === item);
    for (let k = i + 1, sums = new Map<number, number>(), members: number[] = []; k < order.length; ) {
      const r = order[k];
      if ((!plain(r) && !covered.has(r)) || !sameItem(r)) break;
      for (const [c, o] of rows.get(r)!) sums.set(c, (sums.get(c) ?? 0) + o.value);
      members.push(r);
      const next = covered.get(r) ?? k + 1;
      const n = members.length;
      // Every column adds up — or all but one of three or more (one figure typed wrong there is the check's to find).
      const adding = [...top].filter(([c, o]) => Math.abs((sums.get(c) ?? NaN) - o.value) <= 0.5 * 10 ** -(o.decimals ?? 0) * Math.ceil(Math.sqrt(n)) + 1e-9).length;
      if (n >= 2 && (adding === top.size || (top.size >= 3 && adding === top.size - 1))) {
        // Its rows are those it was found to sum (not 南部 after 東部's offices, nor 国民健康保険税 after 市税's taxes), and the
        // rows of 0 in most columns right after them (旧法による税: a figure typed there is found).
        let end = next;
        for (; end < order.length; end++) {
          const row = rows.get(order[end])!;
          if (!plain(order[end]) || !sameItem(order[end])) break;
          if ([...top.keys()].filter((c) => (row.get(c)?.value ?? 0) === 0).length * 2 < top.size) break;
          members.push(order[end]);
        }
        for (const o of top.values()) {
          o.derived = 'total';
          o.debt = null;
          o.sumsBelow = true;
          o.totalOf = 'rows';
          o.members = members;
        }
        covered.set(order[i], end);
        break;
      }
      k = next;
    }
  }
}

/**
 * Rows named along a path of label columns (東部 › 徳島 › 現, 徴収猶予等 › 法人県民税): a total at the
 * end of a path (徴収猶予等 › 計) sums the rows of that path only. Where the last label column is the
 * 区分 (現 | 滞 | 計), a group's own rows printed above its members (東部 › 現 over 東部 › 徳島 › 現)
 * are their subtotal, a 計 is the 区分 全体, and a 合計 group sums the first-level groups.
 */
function pathTotals(obs: Observation[], rowTexts: Map<number, string[]>): void {
  const figured = new Set(obs.map((o) => o.r));
  const rows = [...rowTexts]
    .filter(([, parts]) => parts.length > 0)
    .map(([r, parts]) => ({ r, path: parts.slice(0, -1), leafText: parts[parts.length - 1], leaf: parseLabel(parts[parts.length - 1]) }));
  const key = (p: string[]) => p.join('\u0001');
  const totalPath = (p: string[]) => p.some((x) => parseLabel(x).total);
  const members = new Map<number, number[]>();
  // Per path, whether its rows with figures are parts (個人 | 法人), no 区分 (現 | 滞): one pass.
  const ofParts = new Map<string, boolean>();
  for (const y of rows) if (figured.has(y.r) && !y.leaf.total) ofParts.set(key(y.path), (ofParts.get(key(y.path)) ?? true) && y.leaf.division === null);
  for (const x of rows) {
    if (!x.leaf.total || x.path.length === 0 || totalPath(x.path)) continue;
    const ms = rows.filter((y) => y.r !== x.r && figured.has(y.r) && !y.leaf.total && key(y.path) === key(x.path)).map((y) => y.r);
    // A group one level in, of parts closed by its own total (【現年度分】 › 市民税 › 個人 | 法人 | 計): that total stands for
    // them. (Not a group of 区分, 東部 › 徳島 › 現 | 滞 | 計: its region's own rows are their sums.)
    // A group of parts with no total of its own (【現年度分】 › 市民税 › 個人 | 法人, then 固定資産税 and 計): its parts.
    const closed = new Set<string>();
    for (const y of rows) {
      if (y.leaf.total && figured.has(y.r) && y.path.length === x.path.length + 1 && !totalPath(y.path) && key(y.path.slice(0, -1)) === key(x.path) && ofParts.get(key(y.path))) {
        ms.push(y.r);
        closed.add(key(y.path));
      }
    }
    for (const y of rows) {
      if (!y.leaf.total && figured.has(y.r) && y.r !== x.r && y.path.length === x.path.length + 1 && key(y.path.slice(0, -1)) === key(x.path) && ofParts.get(key(y.path)) && !closed.has(key(y.path))) ms.push(y.r);
    }
    if (ms.length) members.set(x.r, ms.sort((a, b) => a - b));
  }
  const withFigures = rows.filter((x) => figured.has(x.r));
  const divisionLeaves = withFigures.length > 0 && withFigures.every((x) => x.leaf.division !== null || x.leaf.total) && withFigures.some((x) => x.path.length > 0);
  if (divisionLeaves) {
    for (const x of rows) {
      if (members.has(x.r) || !figured.has(x.r)) continue;
      let ms: number[];
      if (x.path.length > 0 && totalPath(x.path)) {
        // 合計 › 現: the first-level groups' 現.
        ms = withFigures.filter((y) => y.path.length === 1 && !totalPath(y.path) && y.leafText === x.leafText).map((y) => y.r);
      } else {
        // 東部 › 現 over 東部 › 徳島 › 現 and 東部 › 吉野川 › 現.
        ms = withFigures.filter((y) => y.path.length === x.path.length + 1 && key(y.path.slice(0, -1)) === key(x.path) && y.leafText === x.leafText).map((y) => y.r);
      }
      if (ms.length) members.set(x.r, ms);
    }
  }
  for (const o of obs) {
    const ms = members.get(o.r);
    if (!ms || o.derived === 'delta' || o.derived === 'ratio' || o.item === '比率') continue;
    o.derived = 'total';
    o.totalOf = 'rows';
    o.members = ms;
    if (divisionLeaves) o.division ??= '全体';
  }
}
