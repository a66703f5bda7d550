/**
 * The fast path of `<sheetData>`: rows and cells in the forms Excel, LibreOffice, ExcelJS, SheetJS
 * and Google Sheets write them, matched in place in the piece of the part being scanned, without the
 * generic scanner's strings (tag names, attribute text, attribute values) and callbacks per tag.
 *
 *   <row r="5" …any attributes…>   <row r="5" …/>   </row>
 *   <c r="B5" s="3" t="s"><v>12</v></c>   <c r="E5" s="2"><f>C5-D5</f><v>-3</v></c>   <c r="A1" s="1"/>
 *   <f aca="false">C5-D5</f> (LibreOffice)   <f t="shared" si="0"/> (a cell of a shared formula, Excel)
 *
 * `s` and `t` are optional but in that order, `t` is `s`, `n` or `str`, and nothing else may stand in
 * the cell: no whitespace, prefix, other attribute or child. Any other form — inline strings, shared
 * formula masters, array formulas, `t="b"`, `"e"` or `"d"`, rich text, comments, CDATA, a missing
 * `r`, an element cut by the end of the piece — is declined: the matcher stops before it and
 * the generic scanner reads it, so every input reads as it did without the fast path. A matched
 * element is handed on whole (never half of one), with the text of its `<f>` and `<v>` as positions in
 * the piece, still to be decoded.
 *
 * No character is read past the end of the piece (each piece ends inside some element): V8's optimized
 * code gives up on a `charCodeAt` out of bounds and is compiled again, which in a read done once, as
 * the CLI's, cost more than the matching itself. The tag's own ">" bounds the reads of a start tag
 * (every fast form stops at a ">"); the reads after it are checked against the length.
 */
import { tagEnd } from './scanner';

export const enum CellType {
  /** no `t` */
  None,
  S,
  N,
  Str,
}

export interface CellSink {
  /** `<row r="n" …>` with n ≥ 1 (and closed at once when `empty`, as `<row …/>`); `hidden` where it says hidden="1". */
  row(n: number, empty: boolean, hidden: boolean): void;
  endRow(): void;
  /**
   * A whole cell: the 0-based row and column of its `r` (row -1 for a row number 0, as the generic
   * reading has it), its style and type, and its `<f>` and `<v>` text as [from, to) in `buf`
   * (-1 when the element is absent). For a cell of a shared formula (`shared`), [f0, f1) is its `si`.
   */
  cell(buf: string, row: number, col: number, style: number, type: CellType, f0: number, f1: number, shared: boolean, v0: number, v1: number): void;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const SPACE = 32;
const EQ = 61;

/** Matches rows and cells from `at` (a "<") for as long as they have the fast forms; returns where it stopped. */
export function matchCells(buf: string, at: number, sink: CellSink): number {
  const n = buf.length;
  let i = at;
  while (i + 1 < n && buf.charCodeAt(i) === LT) {
    const c1 = buf.charCodeAt(i + 1);
    let j = -1;
    if (c1 === 99 /* c */) j = matchCell(buf, i, sink);
    else if (c1 === 114 /* r */) j = matchRow(buf, i, sink);
    else if (c1 === SLASH && i + 5 < n && isEndRow(buf, i)) {
      sink.endRow();
      j = i + 6;
    }
    if (j < 0) return i;
    i = j;
  }
  return i;
}

/** `</row>` */
function isEndRow(buf: string, i: number): boolean {
  return buf.charCodeAt(i + 2) === 114 && buf.charCodeAt(i + 3) === 111 && buf.charCodeAt(i + 4) === 119 && buf.charCodeAt(i + 5) === GT;
}

/** Decimal digits from `k` up to a closing quote, at most 9 of them: the number, or -1. */
function digitsToQuote(buf: string, k: number): number {
  const end = Math.min(buf.length, k + 10);
  let n = 0;
  const from = k;
  for (; k < end; k++) {
    const c = buf.charCodeAt(k);
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
  }
  return k === from || k === end || buf.charCodeAt(k) !== QUOTE ? -1 : n;
}

/** Where the digits from `k` end, for digits digitsToQuote accepted. */
function digitsEnd(buf: string, k: number): number {
  for (let c = buf.charCodeAt(k); c >= 48 && c <= 57; c = buf.charCodeAt(++k));
  return k;
}

/** `<row r="5" …>`; -1 when declined. */
function matchRow(buf: string, i: number, sink: CellSink): number {
  if (buf.indexOf('>', i + 2) < 0) return -1;
  // "<row r=\""
  if (
    buf.charCodeAt(i + 2) !== 111 ||
    buf.charCodeAt(i + 3) !== 119 ||
    buf.charCodeAt(i + 4) !== SPACE ||
    buf.charCodeAt(i + 5) !== 114 ||
    buf.charCodeAt(i + 6) !== EQ ||
    buf.charCodeAt(i + 7) !== QUOTE
  ) {
    return -1;
  }
  const n = digitsToQuote(buf, i + 8);
  if (n < 1) return -1;
  // The row's other attributes (spans, height, style, x14ac:dyDescent…) are not read, but for hidden.
  const gt = tagEnd(buf, digitsEnd(buf, i + 8) + 1);
  if (gt < 0) return -1;
  sink.row(n, buf.charCodeAt(gt - 1) === SLASH, hiddenIn(buf, i + 8, gt));
  return gt + 1;
}

/** Whether a row's tag (from `from` to its `>`) says hidden="1" or hidden="true". */
function hiddenIn(buf: string, from: number, gt: number): boolean {
  for (let k = from; k < gt - 8; k++) {
    // " hidden=\"": a space before it (not x14ac:hidden or the like).
    if (buf.charCodeAt(k) === 104 && buf.charCodeAt(k - 1) === SPACE && buf.startsWith('hidden=', k)) {
      const q = k + 8;
      return buf.charCodeAt(q) === 49 || buf.startsWith('true', q);
    }
  }
  return false;
}

/** `<c r="B5" s="3" t="s">…</c>` or `<c …/>`; -1 when declined. */
function matchCell(buf: string, i: number, sink: CellSink): number {
  if (buf.indexOf('>', i + 2) < 0) return -1;
  // "<c r=\""
  if (buf.charCodeAt(i + 2) !== SPACE || buf.charCodeAt(i + 3) !== 114 || buf.charCodeAt(i + 4) !== EQ || buf.charCodeAt(i + 5) !== QUOTE) return -1;
  let k = i + 6;
  // The column's letters (either case, as the generic reading takes them), 1 to 3 of them.
  let col = 0;
  const letters = k;
  for (let c = buf.charCodeAt(k) | 32; c >= 97 && c <= 122; c = buf.charCodeAt(++k) | 32) col = col * 26 + (c - 96);
  if (k === letters || k - letters > 3) return -1;
  const row = digitsToQuote(buf, k);
  if (row < 0) return -1;
  k = digitsEnd(buf, k) + 1;
  let style = 0;
  if (buf.charCodeAt(k) === SPACE && buf.charCodeAt(k + 1) === 115 /* s */ && buf.charCodeAt(k + 2) === EQ && buf.charCodeAt(k + 3) === QUOTE) {
    style = digitsToQuote(buf, k + 4);
    if (style < 0) return -1;
    k = digitsEnd(buf, k + 4) + 1;
  }
  let type = CellType.None;
  if (buf.charCodeAt(k) === SPACE && buf.charCodeAt(k + 1) === 116 /* t */ && buf.charCodeAt(k + 2) === EQ && buf.charCodeAt(k + 3) === QUOTE) {
    k += 4;
    const t = buf.charCodeAt(k);
    if (t === 115 /* s */ && buf.charCodeAt(k + 1) === QUOTE) {
      type = CellType.S;
      k += 2;
    } else if (t === 110 /* n */ && buf.charCodeAt(k + 1) === QUOTE) {
      type = CellType.N;
      k += 2;
    } else if (t === 115 && buf.charCodeAt(k + 1) === 116 /* t */ && buf.charCodeAt(k + 2) === 114 /* r */ && buf.charCodeAt(k + 3) === QUOTE) {
      type = CellType.Str;
      k += 4;
    } else return -1;
  }
  const end = buf.charCodeAt(k);
  if (end === SLASH) {
    if (buf.charCodeAt(k + 1) !== GT) return -1;
    sink.cell(buf, row - 1, col - 1, style, type, -1, -1, false, -1, -1);
    return k + 2;
  }
  if (end !== GT) return -1;
  k++;
  // Past the tag: every read checked against the length.
  const n = buf.length;
  let f0 = -1;
  let f1 = -1;
  let shared = false;
  if (k + 2 < n && buf.charCodeAt(k) === LT && buf.charCodeAt(k + 1) === 102 /* f */) {
    // Attributes the reading ignores (LibreOffice's "always calculate array"), or a shared formula's cell.
    if (buf.charCodeAt(k + 2) === GT) f0 = k + 3;
    else if (buf.startsWith(ACA_FALSE, k + 2)) f0 = k + 2 + ACA_FALSE.length;
    else if (buf.startsWith(ACA_TRUE, k + 2)) f0 = k + 2 + ACA_TRUE.length;
    else if (buf.startsWith(SHARED, k + 2)) {
      f0 = k + 2 + SHARED.length;
      if (digitsToQuote(buf, f0) < 0) return -1;
      f1 = digitsEnd(buf, f0);
      if (f1 + 2 >= n || buf.charCodeAt(f1 + 1) !== SLASH || buf.charCodeAt(f1 + 2) !== GT) return -1;
      shared = true;
      k = f1 + 3;
    } else return -1;
    if (!shared) {
      f1 = buf.indexOf('<', f0);
      if (f1 < 0 || f1 + 3 >= n || !isClose(buf, f1, 102)) return -1;
      k = f1 + 4;
    }
  }
  let v0 = -1;
  let v1 = -1;
  if (k + 2 < n && isOpen(buf, k, 118 /* v */)) {
    v0 = k + 3;
    v1 = buf.indexOf('<', v0);
    if (v1 < 0 || v1 + 3 >= n || !isClose(buf, v1, 118)) return -1;
    k = v1 + 4;
  }
  if (k + 3 >= n || !isClose(buf, k, 99 /* c */)) return -1;
  sink.cell(buf, row - 1, col - 1, style, type, f0, f1, shared, v0, v1);
  return k + 4;
}

const ACA_FALSE = ' aca="false">';
const ACA_TRUE = ' aca="true">';
const SHARED = ' t="shared" si="';

/** `<x>` for a one-letter name */
function isOpen(buf: string, k: number, name: number): boolean {
  return buf.charCodeAt(k) === LT && buf.charCodeAt(k + 1) === name && buf.charCodeAt(k + 2) === GT;
}

/** `</x>` for a one-letter name */
function isClose(buf: string, k: number, name: number): boolean {
  return buf.charCodeAt(k) === LT && buf.charCodeAt(k + 1) === SLASH && buf.charCodeAt(k + 2) === name && buf.charCodeAt(k + 3) === GT;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The number in buf[from, to) when it is plain decimal — an optional "-", digits and at most one
 * ".", 15 digits at most — else NaN. It is exactly what parseFloat gives: the digits make an integer
 * below 2^53 and the power of ten is exact, so the one division is the correctly rounded value of the
 * decimal (the classic exact case of decimal-to-binary conversion).
 */
export function plainNumber(buf: string, from: number, to: number): number {
  let i = from;
  const negative = buf.charCodeAt(i) === 45;
  if (negative) i++;
  let m = 0;
  let digits = 0;
  let point = -1;
  for (; i < to; i++) {
    const c = buf.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
    } else if (c === 46 && point < 0) point = i;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const n = point < 0 ? m : m / POW10[to - point - 1];
  return negative ? -n : n;
}

/** The index in buf[from, to) when it is 1 to 9 decimal digits (what parseInt gives), else -1. */
export function plainIndex(buf: string, from: number, to: number): number {
  if (to <= from || to - from > 9) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = buf.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}
