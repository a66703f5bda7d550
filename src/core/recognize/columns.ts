/**
 * Column roles: from the header words first, from the column's contents where the header is
 * silent; then the years, kinds, tags and items of value columns, and the operands of deltas.
 */
import { SheetGrid } from './grid';
import type { HeaderColumn } from './header';
import type { Kind, LedgerItem, PlanColumn, Role } from './model';
import { classOf, divisionNamedIn, divisionOf, isChangeRateHeader, isDeltaHeader, isMeasuresHeader, isReductionHeader, isTotalLabel, kindOf, labelRoleOf, ledgerItemOf, tagsIn, taggedDelta, writtenDifference, kindDifference, type NamedOperand } from '../text/tokens';
import { findYears, type YearMention } from '../text/years';
import { fewestDecimals } from '../text/number';
import { isRateItem, namesCount } from '../text/items';
import { a1, colIndex, colLetter } from '../workbook';
import { formatInfo } from '../text/format';
import { compact } from '../text/normalize';
import { ratiosToLastYear } from './last-year';

interface Stats {
  numbers: number;
  texts: number;
  divisions: number;
  classes: number;
  /** Texts that label a total (小計, 合計): a class column's closing rows, no text of its own kind. */
  totals: number;
  distinctTexts: number;
  percentCells: number;
  /** Every text of the column is a row's letter or a formula of letters ((A), (C)−(A), (C)/(A)): tags, not names. */
  tagsOnly: boolean;
  /** Typed figures whose format shows them divided (#,##0,), and by what (the last seen). */
  scaledCells: number;
  scale: number;
}

/**
 * What each of the columns holds down the rows, in one pass over the rows (a row's cells are read
 * together, not one column of every row after another).
 */
function columnStats(g: SheetGrid, cols: readonly number[], rows: { r: number; groupClass?: unknown }[]): Stats[] {
  const stats: Stats[] = cols.map(() => ({ numbers: 0, texts: 0, divisions: 0, classes: 0, totals: 0, distinctTexts: 0, percentCells: 0, tagsOnly: false, scaledCells: 0, scale: 1 }));
  // Each distinct text once, with the number of cells holding it: a division or class is asked per text.
  const seen: (Map<string, number> | undefined)[] = new Array(cols.length);
  for (let i = 0; i < rows.length; i++) {
    const { r, groupClass } = rows[i];
    if (groupClass) continue;
    const merged = g.hasMerges(r);
    for (let k = 0; k < cols.length; k++) {
      const c = cols[k];
      if (merged && g.isMergeContinuation(r, c)) continue;
      const s = stats[k];
      const v = g.value(r, c);
      if (typeof v === 'number' && Number.isFinite(v)) {
        // A typed figure: counted without parsing (most cells of a table).
        s.numbers++;
        if (g.isPercentFormatted(r, c)) s.percentCells++;
        const scale = formatInfo(g.numberFormat(r, c)).scale;
        if (scale !== 1) {
          s.scaledCells++;
          s.scale = scale;
        }
        continue;
      }
      const p = g.number(r, c);
      if (p.kind === 'number') {
        s.numbers++;
        if (typeof g.value(r, c) === 'number' && g.isPercentFormatted(r, c)) s.percentCells++;
      } else if (p.kind === 'text') {
        s.texts++;
        const t = g.text(r, c);
        const texts = (seen[k] ??= new Map());
        texts.set(t, (texts.get(t) ?? 0) + 1);
      }
    }
  }
  for (let k = 0; k < cols.length; k++) {
    const texts = seen[k];
    if (!texts) continue;
    const s = stats[k];
    let tags = 0;
    for (const [t, n] of texts) {
      if (divisionOf(t)) s.divisions += n;
      if (classOf(t)) s.classes += n;
      else if (isTotalLabel(compact(t))) s.totals += n;
      if (isRowTag(t)) tags++;
    }
    s.distinctTexts = texts.size;
    s.tagsOnly = tags === texts.size;
  }
  return stats;
}

interface Draft extends PlanColumn {
  years: YearMention[];
  compactHeader: string;
  /** The header's last (lowest) part, compact: the column's own name under its group's. */
  ownHeader: string;
  textual: boolean;
  /** A difference whose operands were guessed from where it stands (its header names neither), which its rows may correct. */
  guessed?: boolean;
}

/** A user's correction of one column, stored in the workbook (product.md §8). */
export interface ColumnMapping {
  sheet: string;
  /** The top-left cell of the table's range, when the correction names one table. */
  anchor?: string;
  column: string;
  role?: Role;
  fiscalYear?: number | null;
  kind?: Kind | null;
}

/**
 * The columns of a table's header. `measured`: gives value columns whose headers name no quantity the one the table's
 * caption or unit says (収入未済額の状況: every column 収入未済額), before a 合計 is told to be the whole of the 区分 beside it.
 */
export function resolveColumns(g: SheetGrid, headers: HeaderColumn[], rows: { r: number; groupClass?: unknown }[], mappings: ColumnMapping[] = [], measured?: (columns: PlanColumn[]) => void): PlanColumn[] {
  const stats = columnStats(g, headers.map((hc) => hc.c), rows);
  const drafts: Draft[] = headers.map((hc, k) => draft(hc, stats[k]));

  // A second name column whose cells are classes (債権の種類 beside 債権名) is the class column.
  if (drafts.filter((d) => d.role === 'debt').length > 1) {
    drafts.forEach((d, k) => {
      if (d.role === 'debt' && mostlyClasses(stats[k])) d.role = 'classification';
    });
  }
  // Text columns the header does not name: the debt names, and the departments left of them.
  const firstValue = drafts.find((d) => d.role === 'value' || d.role === 'delta')?.c ?? Infinity;
  // A column of the rows' letters beside their names ((A) | (C)−(A) | (C)/(A)) names none.
  const unnamed = drafts.filter((d, k) => d.textual && d.role === 'other' && d.c < firstValue && d.compactHeader !== '単位' && !stats[k].tagsOnly);
  if (!drafts.some((d) => d.role === 'debt') && unnamed.length) {
    const debt = unnamed.reduce((best, d) => (d.c > best.c ? d : best));
    debt.role = 'debt';
  }
  const debtCol = drafts.find((d) => d.role === 'debt');
  if (debtCol && !drafts.some((d) => d.role === 'department')) {
    const dept = unnamed.filter((d) => d.role === 'other' && d.c < debtCol.c).pop();
    if (dept) dept.role = 'department';
  }

  // The user's corrections win over what the headers say.
  for (const m of mappings) {
    const d = drafts.find((x) => x.column === m.column);
    if (!d) continue;
    if (m.role) d.role = m.role;
    if (m.fiscalYear !== undefined) d.fiscalYear = m.fiscalYear;
    if (m.kind !== undefined) d.kind = m.kind;
  }

  measured?.(drafts);
  const values = drafts.filter((d) => d.role === 'value');
  lettersDivisions(values);
  // 前年度 beside dated columns (令和5年度 | 前年度): the year before the latest of them.
  const latest = Math.max(...values.filter((d) => !d.yearsBefore && d.fiscalYear !== null).map((d) => d.fiscalYear!));
  if (Number.isFinite(latest)) for (const d of values) if (d.yearsBefore && d.fiscalYear === null) d.fiscalYear = latest - d.yearsBefore;
  for (const d of drafts) if (d.role === 'delta') resolveDelta(d, values);
  for (const d of drafts) if (d.role === 'delta') (d.guessed ? operandsFromRows : rowsAgainstHeader)(g, rows, d, values);
  drafts.forEach((d, k) => d.role === 'delta' && isLastYearRatioHeader(d.compactHeader) && ratioToLastYear(g, rows, d, stats[k]));
  for (const d of drafts) if (d.role === 'other' && isChangeRateHeader(d.compactHeader)) resolveChangeRate(d, values);
  return drafts.map(({ years: _y, compactHeader: _h, ownHeader: _o, textual: _t, guessed: _g, ...col }) => col);
}

/** Are most of a column's words, its totals aside, classes (強制徴収公債権 … 小計 … 私債権 … 小計 | 合計)? */
const mostlyClasses = (st: Stats) => st.texts > st.totals && st.classes / (st.texts - st.totals) >= 0.6;

function draft(hc: HeaderColumn, st: Stats): Draft {
  const h = hc.compactParts.join('');
  const years = hc.compactParts.flatMap((p) => findYears(p));
  const label = firstNonNull(hc.compactParts.map(labelRoleOf));
  const item = firstNonNull(hc.compactParts.map((p) => (p.length <= 16 ? ledgerItemOf(p) : null)));
  const kind = kindOf(h);
  const delta = taggedDelta(h) !== null || hc.compactParts.some(isDeltaHeader);
  const describesValue = years.length > 0 || kind !== null || item !== null || tagsIn(h).length > 0;
  const mostlyNumbers = st.numbers >= st.texts;
  const filled = st.numbers + st.texts;

  let role: Role;
  if (label === 'note') role = 'note';
  // (A class column's 小計 and 合計 rows aside: 強制徴収公債権 … 小計 … 私債権 … 小計 | 合計.)
  else if ((label === 'division' || label === 'classification') && mostlyClasses(st)) role = 'classification';
  else if ((label === 'division' || label === 'classification') && st.texts > 0 && st.divisions / st.texts >= 0.6) role = 'division';
  // (Not a column of figures only under a name of its own: 債権 over 給与・預貯金等 | 所得税還付金 on a 差押 table heads what
  // was seized; 債権名 merged over No. | 名称 heads the rows' numbers too.)
  else if (label && label !== 'other' && !describesValue && !delta && !(st.numbers > 0 && st.texts === 0 && hc.compactParts.length > 1)) role = label;
  else if (label && label !== 'other' && st.texts > st.numbers) role = label;
  // A rate of change (増減率(%)) is no difference and no figure of a year: left as the user keeps it.
  else if (isChangeRateHeader(h)) role = 'other';
  // A difference its header spells with tags (②-①) is one even where rows say 皆減 or 新規 instead of a figure.
  else if (delta && (mostlyNumbers || taggedDelta(h) !== null)) role = 'delta';
  else if (describesValue && (mostlyNumbers || filled === 0)) role = 'value';
  else if (label === 'other' || isMeasuresHeader(h)) role = 'other';
  else if (st.texts && st.divisions / st.texts >= 0.6) role = 'division';
  else if (st.texts && st.classes / st.texts >= 0.6) role = 'classification';
  else if (st.numbers > st.texts) role = 'value';
  else role = 'other';

  const col: Draft = {
    c: hc.c,
    column: colLetter(hc.c),
    header: hc.parts.join(' '),
    role,
    fiscalYear: null,
    kind: null,
    tag: null,
    minuend: null,
    subtrahend: null,
    minuendColumn: null,
    subtrahendColumn: null,
    item: null,
    division: role === 'value' || role === 'delta' ? divisionNamedIn(h) : null,
    yearPair: null,
    // A rate of change too (5.0% for 0.05), and a difference of rates kept as fractions (0.049 shown as 4.9%, in points):
    // validation reads it as its column shows it.
    percentScaled: (role === 'value' || role === 'delta' || (role === 'other' && isChangeRateHeader(h))) && st.percentCells > 0 && st.percentCells >= st.numbers / 2,
    // Some of a value column's figures percent-formatted and some not (97.3% typed among 96.2 …): each is read as it shows.
    ...(role === 'value' && st.percentCells > 0 && st.percentCells < st.numbers ? { percentMixed: true as const } : {}),
    shownDivided: (role === 'value' || role === 'delta') && st.scaledCells > 0 && st.scaledCells >= st.numbers / 2 ? st.scale : 1,
    years,
    compactHeader: h,
    ownHeader: hc.compactParts[hc.compactParts.length - 1] ?? '',
    textual: st.texts > st.numbers,
  };
  if (role === 'value') {
    const before = firstNonNull(hc.compactParts.map(yearsBeforeIn));
    if (before) col.yearsBefore = before;
    col.kind = kind;
    col.item = item;
    col.tag = tagsIn(h)[0] ?? null;
    const era = years.find((y) => y.notation === 'era');
    const western = years.find((y) => y.notation === 'western');
    col.fiscalYear = (era ?? western)?.year ?? null;
    if (era && western && era.year !== western.year) {
      const i = hc.compactParts.findIndex((p) => findYears(p).some((y) => y.notation === 'western'));
      const [r, c] = hc.partCells[i] ?? hc.partCells[0];
      col.yearPair = { era: era.text, eraYear: era.year, western: western.year, cell: a1(r, c) };
    }
  } else if (role === 'delta') {
    col.item = item;
  }
  return col;
}

/** A column's own header with its letters and brackets in half width (Ｃ → C, （ → (); circled numbers kept. */
const halfWidth = (t: string) => t.replace(/[Ａ-Ｚ（）＋＝／]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
const TAG = '[A-Z\\u2460-\\u2473]';
/** A row's letter alone, or a formula of letters: (A), C, (C)−(A), (C)/(A), ①, (D)=(C)−(A). */
const ROW_TAG = new RegExp(`^(?:\\(?${TAG}\\)?=)?\\(?${TAG}\\)?(?:[-−+/÷×]\\(?${TAG}\\)?)*$`);
/** A cell of such a tag as printed: 【C/A】, (C)/(B)×100, a long mark or a dash for the minus ((C)ー(A)). */
const isRowTag = (t: string) => ROW_TAG.test(halfWidth(compact(t)).replace(/【/g, '(').replace(/】/g, ')').replace(/[ー‐–—－]/g, '−').replace(/[×*]100$/, ''));
/** The column's name and the letter or circled number it is tagged with (合計 C (千円), 現年課税分(A), 合計③, C=A+B), and the sum its header writes (A+B). */
const LETTERED = new RegExp(`^(.*?)(?:\\(?(${TAG})\\)?)?(?:=?\\(?(${TAG}(?:\\+${TAG})+)\\)?)?$`);
/** A rate written as a ratio of two tagged columns (D÷A, (E)/(B), ④/①). */
const RATIO = new RegExp(`(${TAG})\\)?[÷/]\\(?(${TAG})`);
function lettered(own: string): { name: string; letter: string | null; sum: string[] | null } {
  // A unit in brackets last (千円, %), then the tag and the sum.
  const t = halfWidth(own).replace(/\([^()A-Z\u2460-\u2473]*\)$/, '');
  const m = LETTERED.exec(t);
  const name = m?.[1] ?? t;
  // A name with an operator in it is a formula's (D÷A, C-F): it tags nothing.
  if (!m || /[÷/×*+=\-−]/.test(name)) return { name, letter: null, sum: null };
  return { name, letter: m[2] ?? null, sum: m[3]?.split('+') ?? null };
}

/**
 * The 区分 of columns a lettered ledger names by their own headers (調定済額 › 現年課税分 A | 滞納繰越分 B | 合計 C,
 * 徴収率 › D÷A ×100), and what a 全体 sums: a 合計 (or one whose header writes the sum of the item's 現年度分 and
 * 滞納繰越分, A+B) is their whole, its parts those nearest on its left in the same block (a second block of the same
 * item has its own); a rate of two tagged columns (D÷A, (E)/(B), ④/①) is of their 区分 where both share one.
 */
function lettersDivisions(values: Draft[]): void {
  const tags = new Map(values.map((d) => [d, lettered(d.ownHeader)]));
  const byTag = new Map<string, Draft>();
  for (const d of values) {
    const letter = tags.get(d)!.letter;
    if (letter && d.item !== '収納率') byTag.set(letter, d);
  }
  const sorted = [...values].sort((a, b) => a.c - b.c);
  for (const d of sorted) {
    if (d.item === null || (d.division !== null && d.division !== '全体')) continue;
    const { name, sum } = tags.get(d)!;
    const alike = (v: Draft) => v !== d && v.item === d.item && v.fiscalYear === d.fiscalYear && v.kind === d.kind;
    let parts: (Draft | undefined)[];
    if (sum) parts = sum.map((t) => byTag.get(t));
    else {
      // The nearest 現年度分 and 滞納繰越分 on the left, before an earlier 全体 of the item.
      const left = sorted.filter((v) => v.c < d.c && alike(v)).reverse();
      const end = left.findIndex((v) => v.division === '全体');
      const block = end < 0 ? left : left.slice(0, end);
      parts = [block.find((v) => v.division === '現年度分'), block.find((v) => v.division === '滞納繰越分')];
    }
    const [current, arrears] = [parts.find((v) => v?.division === '現年度分'), parts.find((v) => v?.division === '滞納繰越分')];
    if (!current || !arrears || parts.length !== 2 || !alike(current) || !alike(arrears)) continue;
    // Headed as their whole: 合計, 計 — or the item's 計 (調定額計 beside 調定額（現年度分） | 調定額（滞納繰越分）).
    if (d.division === null && !sum && divisionOf(name) !== '全体' && !/[^小]計$/.test(name)) continue;
    d.division = '全体';
    // A rate's 合計 is the overall rate of the two (their weighted mean, between them), no sum.
    if (!isRateItem(d.item)) d.sumOf = [current.column, arrears.column];
  }
  for (const d of values) {
    if (d.division !== null || d.item !== '収納率') continue;
    const ratio = RATIO.exec(halfWidth(d.ownHeader));
    const [a, b] = ratio ? [byTag.get(ratio[1]), byTag.get(ratio[2])] : [];
    if (a && b && a.division !== null && a.division === b.division) d.division = a.division;
  }
}

/**
 * A header of the year before the table's (前年度, 前年度実績, 前年度決算, 昨年度, 前年度収納率 (%)) or the one before that
 * (前々年度): not 前年度末 (the year's start), 前年度分 (arrears) nor 前年度比 (a change).
 */
function yearsBeforeIn(part: string): 1 | 2 | null {
  const m = /^(前々年度?|前年度?|昨年度)(?:実績|決算)?(?:の?(?:収納率|徴収率|収入率|調定額|収入済額|収入未済額|滞納額))?(?:[(（][^()（）]*[)）])?$/.exec(part);
  return m ? (m[1].startsWith('前々') ? 2 : 1) : null;
}

function firstNonNull<T>(xs: (T | null)[]): T | null {
  for (const x of xs) if (x !== null) return x;
  return null;
}

/** A delta column's operands and their tags, from its header. */
function resolveDelta(d: Draft, values: Draft[]): void {
  const { minuend, subtrahend, tagged, guessed } = deltaOperands(d, values);
  if (guessed) d.guessed = true;
  d.minuend = tagged ? tagged.minuend : (minuend?.tag ?? null);
  d.subtrahend = tagged ? tagged.subtrahend : (subtrahend?.tag ?? null);
  d.minuendColumn = minuend?.column ?? null;
  d.subtrahendColumn = subtrahend?.column ?? null;
  d.item ??= minuend?.item ?? subtrahend?.item ?? null;
}

/**
 * A difference whose header does not say its operands (増減, 差引 after R2 … R5, or after 実績 and 目標 columns, a footnote
 * saying which): the pair its rows' figures are, where the pair guessed is not most rows' and one other pair of its figures
 * is every row's (two rows at least), every row's but one of three or more, or three rows' in four — the rows say what the
 * header leaves out, and a figure or two typed wrong are then the ones found.
 */
function operandsFromRows(g: SheetGrid, rows: { r: number; groupClass?: unknown }[], d: Draft, values: Draft[]): void {
  const pair = pairOfRows(g, rows, d, values, (guessed) => guessed.yes >= guessed.no && guessed.yes > 0);
  if (!pair) return;
  const [minuend, subtrahend] = pair;
  d.minuend = minuend.tag;
  d.subtrahend = subtrahend.tag;
  d.minuendColumn = minuend.column;
  d.subtrahendColumn = subtrahend.column;
}

/**
 * A difference whose header says its operands (④−①, R5−R2) while most of its rows are another pair's, as above (every row
 * ③−①): the header or the figures are wrong, which only the user can say — the pair the rows show is kept beside (rowsShow).
 * Not a 前年度比, whose name says its pair.
 */
function rowsAgainstHeader(g: SheetGrid, rows: { r: number; groupClass?: unknown }[], d: Draft, values: Draft[]): void {
  // A 前年度比 is the year less the year before by its name: rows of other years are found wrong one by one.
  if (!d.minuendColumn || !d.subtrahendColumn || /前年/.test(d.compactHeader)) return;
  const pair = pairOfRows(g, rows, d, values, (stated) => stated.no <= stated.yes || stated.no < 2);
  if (pair) d.rowsShow = { minuendColumn: pair[0].column, subtrahendColumn: pair[1].column };
}

/** The one pair of figures the rows are the difference of, unless `enough` says the pair the column has will do. */
function pairOfRows(g: SheetGrid, rows: { r: number; groupClass?: unknown }[], d: Draft, values: Draft[], enough: (has: { yes: number; no: number }) => boolean): [Draft, Draft] | null {
  const pool = operandPool(d, values);
  const read = rows.filter((x) => !x.groupClass).map((x) => x.r);
  /** Whether the rows' figures are a − b: in how many rows of the three figures, and in how many not (counted up to `most`). */
  const agreement = (a: number, b: number, most = Infinity) => {
    let yes = 0;
    let no = 0;
    for (let i = 0; i < read.length && no <= most; i++) {
      const r = read[i];
      const [x, p, q] = [g.numberValue(r, d.c), g.numberValue(r, a), g.numberValue(r, b)];
      if (x === null || p === null || q === null) continue;
      // Within half a unit of the difference's last decimal.
      if (Math.abs(x - (p - q)) <= 0.5 * 10 ** -fewestDecimals(x, 6) + 1e-9) yes++;
      else no++;
    }
    return { yes, no };
  };
  const has = d.minuendColumn && d.subtrahendColumn ? agreement(colIndex(d.minuendColumn), colIndex(d.subtrahendColumn)) : { yes: 0, no: 0 };
  if (enough(has)) return null;
  // Each pair counted up to as many disagreeing rows as three in four agreeing allow.
  const most = Math.max(1, Math.floor(read.length / 4));
  let best: { pair: [Draft, Draft]; yes: number }[] = [];
  for (const a of pool) {
    for (const b of pool) {
      if (a === b) continue;
      const { yes, no } = agreement(a.c, b.c, most);
      if (yes < 2 || (no > (yes + no >= 3 ? 1 : 0) && no * 3 > yes) || yes <= has.yes) continue;
      if (!best.length || yes > best[0].yes) best = [{ pair: [a, b], yes }];
      else if (yes === best[0].yes) best.push({ pair: [a, b], yes });
    }
  }
  return best.length === 1 ? best[0].pair : null;
}

/** A rate of change's figures, read from its header as a difference's are; its base is the earlier figure. */
function resolveChangeRate(d: Draft, values: Draft[]): void {
  const { minuend, subtrahend } = deltaOperands(d, values);
  if (!minuend || !subtrahend) return;
  // A rate of change is of one quantity (two years, or a plan and its result): not of two items (調定額 | 収入済額 | 伸率).
  if (minuend.item !== null && subtrahend.item !== null && minuend.item !== subtrahend.item) return;
  const base = isReductionHeader(d.compactHeader) ? minuend : subtrahend;
  d.changeRate = { minuendColumn: minuend.column, subtrahendColumn: subtrahend.column, baseColumn: base.column };
}

/** 前年度比, 対前年比: a figure against the year before, which tables print as a difference (of a rate, in points) or as a ratio (101.2). */
const isLastYearRatioHeader = (h: string) => /前年度?対?比|対前年/.test(h) && !/増減|差|ポイント|pt|幅/i.test(h);

/** A 前年度比 whose figures are the later figure over the earlier, not their difference (last-year.ts): a ratio to the earlier figure. */
function ratioToLastYear(g: SheetGrid, rows: { r: number; groupClass?: unknown }[], d: Draft, st: Stats): void {
  if (!d.minuendColumn || !d.subtrahendColumn) return;
  if (!ratiosToLastYear(g, rows.filter((x) => !x.groupClass).map((x) => x.r), d.c, colIndex(d.minuendColumn), colIndex(d.subtrahendColumn))) return;
  d.role = 'other';
  d.changeRate = { minuendColumn: d.minuendColumn, subtrahendColumn: d.subtrahendColumn, baseColumn: d.subtrahendColumn, ratio: true };
  d.percentScaled = st.percentCells > 0 && st.percentCells >= st.numbers / 2;
  d.shownDivided = 1;
  d.item = null;
  d.division = null;
  d.minuend = d.subtrahend = d.minuendColumn = d.subtrahendColumn = null;
}

/**
 * The operands of a difference, from its header: tags first, then words (前年度比, 目標との差, 対H28).
 * A reduction (縮減額) named in words is the earlier figure less the later.
 */
function deltaOperands(d: Draft, values: Draft[]): { minuend?: Draft; subtrahend?: Draft; tagged: { minuend: string; subtrahend: string } | null; guessed: boolean } {
  const pool = operandPool(d, values);
  let guessed = false;
  const tagged = taggedDelta(d.compactHeader);
  let minuend: Draft | undefined;
  let subtrahend: Draft | undefined;
  if (tagged) {
    minuend = pool.find((v) => v.tag === tagged.minuend);
    subtrahend = pool.find((v) => v.tag === tagged.subtrahend);
    // No column carries a tag (実績 | 目標 | 実績 under their years, ③-① over the difference): the plans number the figures'
    // columns from the left, ① the first — a guess the rows may correct (operandsFromRows).
    if (!minuend && !subtrahend && values.every((v) => v.tag === null)) {
      const left = values.filter((v) => v.c < d.c).sort((a, b) => a.c - b.c);
      const nth = (tag: string) => left[tag.charCodeAt(0) - 0x2460];
      minuend = nth(tagged.minuend);
      subtrahend = nth(tagged.subtrahend);
      if (minuend && subtrahend) guessed = true;
      else minuend = subtrahend = undefined;
    }
  } else {
    const left = pool.filter((v) => v.c < d.c).sort((a, b) => b.c - a.c);
    const h = d.compactHeader.replace(/比較|との差|差|増減/g, '');
    const kind: Kind | null = kindOf(h);
    // Years written as a difference, the first less the second (増減（R5−R2）, 差引（令和6年度目標－令和4年度実績）).
    const written = writtenDifference(d.compactHeader);
    const named = written ? null : kindDifference(d.compactHeader);
    if (/前年/.test(d.compactHeader)) {
      minuend = left[0];
      if (minuend?.fiscalYear != null) subtrahend = pool.find((v) => v.fiscalYear === minuend!.fiscalYear! - 1 && v.kind === minuend!.kind);
      subtrahend ??= left[1];
      // Years printed newest first (令和5年度 | 令和4年度 | 前年度比): the later year against the earlier still.
      if (minuend?.fiscalYear != null && subtrahend?.fiscalYear != null && subtrahend.fiscalYear > minuend.fiscalYear) [minuend, subtrahend] = [subtrahend, minuend];
    } else if (/目標/.test(d.compactHeader) && d.years.length <= 1 && !named) {
      // 目標との差 (under R1, or alone): the actual of that year (else the latest) minus its target — or the target less it,
      // as some tables print the gap still to close: 差 says no order, the rows may (operandsFromRows).
      guessed = true;
      const actuals = pool.filter((v) => v.kind === 'actual');
      const ofYear = d.years.length ? pool.filter((v) => v.fiscalYear === d.years[0].year && v.kind !== 'target') : [];
      minuend = ofYear.find((v) => v.kind === 'actual') ?? ofYear.find((v) => v.kind === 'forecast') ?? latest(actuals, left);
      subtrahend = pool.find((v) => v.kind === 'target' && v.fiscalYear === minuend?.fiscalYear) ?? left.find((v) => v.kind === 'target');
    } else if (written) {
      minuend = byYear(pool, written.minuend.year, written.minuend.kind ?? kind);
      subtrahend = byYear(pool, written.subtrahend.year, written.subtrahend.kind ?? kind);
    } else if (named) {
      // Operands named by their kinds (見込−R4実績, 目標−見込): a kind alone is that of the difference's own year where it
      // stands under one (令和5年度 › 実績 | 目標 | 実績−目標), else its latest column; a year alone its 実績.
      const own = d.years.length === 1 ? d.years[0].year : null;
      const column = (o: NamedOperand) =>
        o.year !== null
          ? byYear(pool, o.year, o.kind ?? 'actual')
          : (own !== null ? pool.find((v) => v.fiscalYear === own && v.kind === o.kind) : undefined) ?? latest(pool.filter((v) => v.kind === o.kind), []);
      minuend = column(named.minuend);
      subtrahend = column(named.subtrahend);
      if (minuend === subtrahend) [minuend, subtrahend] = [undefined, undefined];
      // 目標と見込の差: which less which, only its rows may say.
      if (!named.ordered) guessed = true;
    } else if (d.years.length >= 2 && d.years[0].year !== d.years[1].year) {
      // Two years that do not say their order (R2→R5, R2とR5の比較, 増減(R2-R5)): the later less the earlier, unless the rows
      // say otherwise (operandsFromRows).
      guessed = true;
      const [earlier, later] = d.years[0].year < d.years[1].year ? [d.years[0], d.years[1]] : [d.years[1], d.years[0]];
      subtrahend = byYear(pool, earlier.year, kind);
      minuend = byYear(pool, later.year, kind);
    } else if (d.years.length >= 1) {
      subtrahend = byYear(pool, d.years[0].year, kind ?? 'actual');
      minuend = latest(pool.filter((v) => v !== subtrahend && v.kind === (subtrahend?.kind ?? 'actual')), left.filter((v) => v !== subtrahend));
    } else {
      guessed = true;
      minuend = left[0];
      subtrahend = left[1];
      // Years printed newest first (24年度 | 23年度 | 増減): the change is still the later year less the earlier.
      if (minuend?.fiscalYear != null && subtrahend?.fiscalYear != null && subtrahend.fiscalYear > minuend.fiscalYear) [minuend, subtrahend] = [subtrahend, minuend];
    }
    // Of figures of no year yet, the year before's (前年度) is the earlier.
    if (minuend && subtrahend && minuend.fiscalYear === null && (minuend.yearsBefore ?? 0) > (subtrahend.yearsBefore ?? 0)) [minuend, subtrahend] = [subtrahend, minuend];
    if (isReductionHeader(d.compactHeader)) [minuend, subtrahend] = [subtrahend, minuend];
  }
  return { minuend, subtrahend, tagged, guessed };
}

/**
 * The figures a difference may be of: of its item (or of none named); and beside counts (件数 | 金額 under each year and
 * under 前年度比), a count's of counts and an amount's of amounts.
 */
function operandPool(d: Draft, values: Draft[]): Draft[] {
  const sameItem = d.item ? values.filter((v) => v.item === d.item || v.item === null) : values;
  const pool = sameItem.length ? sameItem : values;
  const counted = (x: Draft) => namesCount(x.compactHeader);
  if (!values.some(counted)) return pool;
  const alike = pool.filter((v) => counted(v) === counted(d));
  return alike.length ? alike : pool;
}

function byYear(pool: Draft[], year: number, kind: Kind | null): Draft | undefined {
  const same = pool.filter((v) => v.fiscalYear === year);
  return same.find((v) => kind === null || v.kind === kind) ?? same[0];
}

/** The value column with the latest year (the rightmost among equals), else the nearest on the left. */
function latest(candidates: Draft[], left: Draft[]): Draft | undefined {
  const dated = candidates.filter((v) => v.fiscalYear !== null);
  if (dated.length) return dated.reduce((best, v) => (v.fiscalYear! > best.fiscalYear! || (v.fiscalYear === best.fiscalYear && v.c > best.c) ? v : best));
  return candidates[0] ?? left[0];
}

export type { LedgerItem };
