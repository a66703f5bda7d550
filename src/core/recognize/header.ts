/**
 * Header blocks: where a plan table's header starts and ends, and what each column's header says.
 */
import { SheetGrid } from './grid';
import { classOf, isDeltaHeader, isFootnote, isSectionHeading, isUnitAlone, isUnitLine, kindOf, labelRoleOf, ledgerItemOf, tagsIn, taggedDelta, unitOf, divisionOf, PLAN_NAME } from '../text/tokens';
import { findYears } from '../text/years';
import { clean, compact } from '../text/normalize';
import { memoText } from '../text/memo';
import { asCircledTags, columnNumberRow, columnNumbersAt } from './column-numbers';

const MAX_HEADER_ROWS = 5;
/** Empty columns a table may span between its parts; a note far to the right is not the table's. */
const MAX_SPACER_COLUMNS = 3;
const MAX_TABLE_COLUMNS = 256;
const LABEL_ROLES = new Set(['debt', 'department', 'division', 'classification']);

const TAG = '[(（]?[A-ZＡ-Ｚ\\u2460-\\u2473][)）]?';
const TAGGED = new RegExp(`${TAG}$`);
const TAG_FORMULA = new RegExp(`^${TAG}(?:[÷/／+＋=＝×*][(（]?${TAG}[)）]?)+(?:[×*]100)?(?:[(（]%[)）])?$`);

/** Is a header cell's text one of the words headers are made of? */
export function isHeaderish(h: string): boolean {
  if (h === '') return true;
  // A column's letter after its name (現年課税分 A, 合計 (C)), or a formula of letters (D/A, F÷C×100, C=A+B).
  if (TAG_FORMULA.test(h)) return true;
  if (TAGGED.test(h) && h.replace(TAGGED, '') !== '' && isHeaderish(h.replace(TAGGED, ''))) return true;
  return (
    findYears(h).length > 0 ||
    kindOf(h) !== null ||
    tagsIn(h).length > 0 ||
    isDeltaHeader(h) ||
    (ledgerItemOf(h) !== null && h.length <= 16) ||
    (unitOf(h) !== null && /[(（]/.test(h)) ||
    (labelRoleOf(h) !== null && h.length <= 14) ||
    divisionOf(h) !== null ||
    /^(年度|年|決算|実績|目標|合計|比較|差|増減|金額|備考|率)$/.test(h)
  );
}

/**
 * Answers per row, asked of every row: one small number a row in a typed array (-1 not yet
 * answered), not a map entry (a map of 50,000 rows held megabytes until the sheet was done).
 */
const valueishCache = new WeakMap<SheetGrid, Int32Array>();
const anchorCache = new WeakMap<SheetGrid, Int8Array>();

function valueishCount(g: SheetGrid, r: number): number {
  let known = valueishCache.get(g);
  if (!known) valueishCache.set(g, (known = new Int32Array(g.rowCount).fill(-1)));
  if (!(r >= 0 && r < known.length)) return countValueish(g, r);
  let v = known[r];
  if (v < 0) known[r] = v = countValueish(g, r);
  return v;
}

function countValueish(g: SheetGrid, r: number): number {
  let n = 0;
  const cols = g.nonEmptyColumns(r);
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    // Figures are not header words, except a year typed as a number (2021).
    const v = g.value(r, c);
    if (typeof v === 'number' ? !(Number.isInteger(v) && v >= 1950 && v <= 2100) : typeof v !== 'string') continue;
    // A unit alone ((単位：%)) is no column's header: beside a caption (表1 収納率の実績と目標) it made the caption's row a header.
    const t = g.text(r, c);
    if (isValueishText(t) && !isUnitAlone(t)) n++;
  }
  return n;
}

/** A value column's header word: a year, a kind, a tag, a ledger item or a delta. */
const isValueishText = memoText(
  (h) => h.length <= 30 && !!(findYears(h).length || kindOf(h) || tagsIn(h).length || (ledgerItemOf(h) && h.length <= 16) || isDeltaHeader(h)),
);

/** A label column's header word (債権名, 所管課, 区分 …), not a year. */
const isLabelWord = memoText((h) => h.length <= 14 && isLabelHeader(h) && LABEL_ROLES.has(labelRoleOf(h) ?? '') && findYears(h).length === 0);

/** Label columns the row names (債権名, 所管課, 区分 …) with short header cells. */
export function labelHits(g: SheetGrid, r: number): number[] {
  const out: number[] = [];
  const texts = g.textColumns(r);
  for (let i = 0; i < texts.length; i++) if (isLabelWord(g.text(r, texts[i]))) out.push(texts[i]);
  return out;
}

/** isLabelWord of a text cell's compact form, answered per text as written: one lookup, not two. */
const isLabelWordAsWritten = memoText((text) => isLabelWord(compact(text)));

/** Does the row name any label column? (labelHits without its list: asked of every row.) */
function hasLabelWord(g: SheetGrid, r: number): boolean {
  const texts = g.textColumns(r);
  for (let i = 0; i < texts.length; i++) if (isLabelWordAsWritten(g.value(r, texts[i]) as string)) return true;
  return false;
}

/**
 * A label column's header as plans write it (債権名, 所管課, 区分 …), possibly with a bracketed
 * note. A debt called 債権管理システム使用料 is data, not a header.
 */
function isLabelHeader(h: string): boolean {
  const core = h.replace(/[(（【\[].*$/, '');
  return /^(債権名?称?|債権の(名称|種類|区分|分類)|債権(区分|分類|種別)|科目名?|費目|名称|項目|区分|年度区分|分類|種別|所管(課|部署|部局|課名|部|課室)?|担当(課|部署|課名)?|課名|課|部署名?|所属|部局|所管課?・?債権名)$/.test(core);
}

function rowHasPlainNumbers(g: SheetGrid, r: number, left: number, right: number): boolean {
  const cols = g.nonEmptyColumns(r, left, right);
  for (let i = 0; i < cols.length; i++) {
    // A typed number is read as it is (no parse result made: this is asked of every row).
    const v = g.value(r, cols[i]);
    const n = typeof v === 'number' ? (Number.isFinite(v) ? v : null) : g.numberValue(r, cols[i]);
    if (n !== null && !(Number.isInteger(n) && n >= 1950 && n <= 2100)) return true;
  }
  return false;
}

/** Could row r start a table header? (Asked of every row; answered once per row.) */
export function isAnchor(g: SheetGrid, r: number): boolean {
  if (g.rowLength(r) < 2) return false;
  let known = anchorCache.get(g);
  if (!known) anchorCache.set(g, (known = new Int8Array(g.rowCount).fill(-1)));
  let v = known[r];
  if (v < 0) known[r] = v = anchorAt(g, r) ? 1 : 0;
  return v === 1;
}

function anchorAt(g: SheetGrid, r: number): boolean {
  const cols = g.nonEmptyColumns(r);
  if (cols.length < 2) return false;
  const labelled = hasLabelWord(g, r);
  // No label word: a row of years or kinds over numbers, with a text column to its left.
  // Plain figures first: a data row has them at once, and is not read for header words nor for
  // formulas that show nothing (every cell of it asked: at a million cells, 40 ms).
  const plain = !labelled && rowHasPlainNumbers(g, r, 0, g.colCount - 1);
  if (plain || computesBlank(g, r, cols) || capsOfSideBySide(g, r, cols)) return false;
  if (labelled) {
    for (let k = r; k < Math.min(g.rowCount, r + MAX_HEADER_ROWS); k++) if (valueishCount(g, k) > 0) return true;
    return false;
  }
  if (valueishCount(g, r) < 2) return false;
  const first = cols[0];
  return findYears(g.text(r, first)).length === 0 || first > 0;
}

/**
 * A row of captions over tables printed side by side, each written with its unit ((1) 収納率（単位：％） … (2) 収入未済額
 * （単位：千円）), columns apart: each its table's caption and unit, no header (column headers stand next to each other).
 */
function capsOfSideBySide(g: SheetGrid, r: number, cols: readonly number[]): boolean {
  for (let i = 0; i < cols.length; i++) {
    const h = g.text(r, cols[i]);
    if (!isUnitLine(h) || isUnitAlone(h)) return false;
    // Next to the one before (or to where its merged area ends): column headers.
    if (i > 0 && cols[i] - 1 === (g.mergeAt(r, cols[i - 1])?.right ?? cols[i - 1])) return false;
  }
  return true;
}

/**
 * Does the row hold a formula that shows nothing? That is a figure over blank operands (recalc
 * writes IF(OR(B2="",C2=""),"",B2-C2)), so the row is data: read as a header anchor, a data row
 * whose only figure was a typed delta would head a table once recalc had written its formula.
 */
function computesBlank(g: SheetGrid, r: number, cols: readonly number[]): boolean {
  for (let i = 0; i < cols.length; i++) {
    if (!g.formula(r, cols[i])) continue;
    const v = g.value(r, cols[i]);
    if (v === null || v === undefined || v === '') return true;
  }
  return false;
}

export interface HeaderBlock {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** A unit line anywhere in the row, or a lone heading, class name or note: context, not header. */
function lineIsContext(g: SheetGrid, r: number): boolean {
  const cols = g.nonEmptyColumns(r);
  if (cols.some((c) => isUnitLine(g.text(r, c)))) return true;
  if (cols.length > 2) return false;
  return cols.some((c) => {
    const h = g.text(r, c);
    // A heading numbered ①, not the tags of a column (①, or ③-① under 決算と比較).
    return isFootnote(h) || (isSectionHeading(h) && tagsIn(h).length < h.length && !taggedDelta(h)) || classOf(h) !== null;
  });
}

/** The header block anchored at row r; null when its rows hold no header cell. */
export function headerBlock(g: SheetGrid, anchor: number): HeaderBlock | null {
  const anchorCols = g.nonEmptyColumns(anchor);
  const labels = labelHits(g, anchor);
  const lastLabel = labels.length ? Math.max(...labels) : anchorCols[0];
  let top = anchor;
  let bottom = anchor;

  // Rows below that still hold header words (years, kinds, tags), not debts or figures.
  while (bottom + 1 < g.rowCount && bottom - top + 1 < MAX_HEADER_ROWS) {
    const r = bottom + 1;
    const cols = g.nonEmptyColumns(r);
    if (cols.length === 0) {
      if (!rowCoveredByHeaderMerges(g, r, top)) break;
    } else if (columnNumberRow(g, r) || namesUnderGroup(g, r, labels)) {
      // A row numbering the columns ((1) | (2) | (2)-(1)): their tags. Or naming the columns under a group header merged
      // across them (債権 over 給与・預貯金等 | 所得税還付金).
    } else if (
      rowHasPlainNumbers(g, r, 0, g.colCount - 1) ||
      cols.some((c) => g.formula(r, c)) ||
      lineIsContext(g, r) ||
      !cols.every((c) => isHeaderish(g.text(r, c))) ||
      cols.some((c) => divisionOf(g.text(r, c)) !== null && c <= lastLabel + 1 && !g.isMergeContinuation(r, c)) ||
      labels.some((c) => !g.isEmpty(r, c) && !g.isMergeContinuation(r, c))
    ) {
      break;
    }
    bottom = r;
  }

  // Rows above holding only super headers over the value columns (目標 over three years).
  while (top - 1 >= 0 && bottom - top + 1 < MAX_HEADER_ROWS) {
    const r = top - 1;
    const cols = g.nonEmptyColumns(r);
    if (cols.length === 0 || cols.some((c) => c <= lastLabel)) break;
    if (lineIsContext(g, r) || !cols.every((c) => isHeaderish(g.text(r, c)) && g.text(r, c).length <= 20)) break;
    if (cols.length === 1 && isCaptionOver(g, r, cols[0], top, bottom)) break;
    top = r;
  }

  let left = Infinity;
  let right = -Infinity;
  for (let r = top; r <= bottom; r++) {
    for (const c of g.nonEmptyColumns(r)) {
      const h = g.text(r, c);
      if (isUnitLine(h)) continue;
      const m = g.mergeAt(r, c);
      left = Math.min(left, m ? m.left : c);
      right = Math.max(right, m ? Math.min(m.right, g.colCount - 1) : c);
    }
  }
  // A row whose only words are unit lines (単位：%) heads nothing.
  if (left > right) return null;
  right = Math.min(right, left + MAX_TABLE_COLUMNS - 1);
  return { top, bottom, left, right };
}

/**
 * A row of names under a group header merged across their columns in the row above (債権 over 給与・預貯金等 |
 * 所得税還付金), no figure in it and nothing in the label columns: the header's lower tier.
 */
function namesUnderGroup(g: SheetGrid, r: number, labels: number[]): boolean {
  const cols = g.nonEmptyColumns(r);
  if (cols.length < 2 || rowHasPlainNumbers(g, r, 0, g.colCount - 1)) return false;
  const group = cols.map((c) => g.mergeAt(r - 1, c)).find((m) => m && m.top === r - 1 && m.right > m.left && cols.filter((k) => k >= m.left && k <= m.right).length >= 2);
  // (A label word merged over the group, 債権, is the group's name, no label column.)
  return !!group && labels.every((c) => (c >= group.left && c <= group.right) || g.isEmpty(r, c));
}

/**
 * Tables printed side by side share header rows: split the block at empty columns where the
 * part on the right starts its own label columns (債権名, 所管課).
 */
export function splitSideBySide(g: SheetGrid, b: HeaderBlock): HeaderBlock[] {
  const empty = (c: number) => {
    for (let r = b.top; r <= b.bottom; r++) if (!g.isEmpty(r, c) || g.mergeAt(r, c)) return false;
    return true;
  };
  const labelled = (from: number, to: number) => {
    for (let r = b.top; r <= b.bottom; r++) if (labelHits(g, r).some((c) => c >= from && c <= to)) return true;
    return false;
  };
  const parts: HeaderBlock[] = [];
  let start = b.left;
  for (let c = b.left; c <= b.right + 1; c++) {
    if (c <= b.right && !empty(c)) continue;
    if (c > start) {
      const seg = { ...b, left: start, right: c - 1 };
      if (parts.length && !labelled(seg.left, seg.right)) {
        if (seg.left - parts[parts.length - 1].right - 1 <= MAX_SPACER_COLUMNS) parts[parts.length - 1].right = seg.right;
      } else parts.push(seg);
    }
    start = c + 1;
  }
  return parts.length ? parts : [b];
}

/**
 * A lone text above the header that is the table's caption, not a super header: a plan's name
 * (第1次計画 収納率の実績), or a kind the headers under it contradict (計画 over H28決算): a caption's
 * words never override what a column's own header says.
 */
function isCaptionOver(g: SheetGrid, r: number, c: number, top: number, bottom: number): boolean {
  const t = g.text(r, c);
  if (PLAN_NAME.test(t)) return true;
  const kind = kindOf(t);
  if (kind === null) return false;
  const m = g.mergeAt(r, c);
  const right = m ? m.right : g.colCount - 1;
  for (let k = m ? m.left : c; k <= right; k++) {
    for (let h = top; h <= bottom; h++) {
      const own = g.isEmpty(h, k) ? null : kindOf(g.text(h, k));
      if (own !== null && own !== kind) return true;
    }
  }
  return false;
}

function rowCoveredByHeaderMerges(g: SheetGrid, r: number, top: number): boolean {
  const cols = [];
  for (let c = 0; c < g.colCount; c++) {
    const m = g.mergeAt(r, c);
    if (m && m.top >= top && m.top < r) cols.push(c);
  }
  return cols.length > 0;
}

export interface HeaderColumn {
  c: number;
  /** Header texts top to bottom, as written (NFKC, whitespace collapsed), duplicates of merges removed. */
  parts: string[];
  /** The same, in compact form. */
  compactParts: string[];
  /** Each part's source cell (0-based row, column), for pointing at a header cell. */
  partCells: [number, number][];
}

/**
 * Each column's header text. Merged cells count for every column they cover; a super header
 * written once over blank neighbours (centred across selection) counts for the columns under it.
 */
export function headerColumns(g: SheetGrid, b: HeaderBlock): HeaderColumn[] {
  const out: HeaderColumn[] = [];
  for (let c = b.left; c <= b.right; c++) {
    const parts: string[] = [];
    const compactParts: string[] = [];
    const partCells: [number, number][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const m = g.mergeAt(r, c);
      let src: [number, number] | null = null;
      if (m && m.top >= b.top) src = [m.top, m.left];
      else if (!g.isEmpty(r, c)) src = [r, c];
      else if (r < b.bottom) src = spannedFromLeft(g, r, c, b);
      if (!src) continue;
      // A column's number in a row of them ((2), (2)-(1)) is its tag (②, ②-①).
      const numbered = columnNumbersAt(g, src[0]) ? asCircledTags(g.value(src[0], src[1]) ?? null) : null;
      const text = numbered ?? clean(g.raw(src[0], src[1]));
      const ct = numbered ?? g.text(src[0], src[1]);
      // A unit line over the table is no column's header; 単位 alone heads a column of each row's unit.
      if (ct === '' || (isUnitLine(ct) && ct !== '単位')) continue;
      if (compactParts[compactParts.length - 1] === ct) continue;
      parts.push(text);
      compactParts.push(ct);
      partCells.push(src);
    }
    out.push({ c, parts, compactParts, partCells });
  }
  return out;
}

/** A group header typed in the first cell of a group, its neighbours left blank. */
function spannedFromLeft(g: SheetGrid, r: number, c: number, b: HeaderBlock): [number, number] | null {
  if (g.isEmpty(r + 1, c) && !g.mergeAt(r + 1, c)) return null;
  for (let k = c - 1; k >= b.left; k--) {
    if (g.mergeAt(r, k)) return null;
    if (!g.isEmpty(r, k)) {
      const h = g.text(r, k);
      if (labelRoleOf(h) !== null && kindOf(h) === null && ledgerItemOf(h) === null) return null;
      return isHeaderish(h) ? [r, k] : null;
    }
  }
  return null;
}
