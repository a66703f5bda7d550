/**
 * A generated sheet being laid out: cells placed by row and column, formulas with the figure
 * they compute now, and the fingerprint that tells later whether someone edited the sheet.
 */
import { MAX_ROW_BREAKS, type CellWrite, type Scalar } from '../changes';
import type { Cell, Sheet } from '../workbook';
import { a1, colLetter } from '../workbook';
import { memoText } from '../text/memo';

const FORMULA_LIMIT = 8_192;

/** A sheet's name quoted for a reference, made once per name (a summary refers to every figure's cell). */
const quoted = memoText((sheet) => `'${sheet.replace(/'/g, "''")}'!`);
export function ref(sheet: string, cell: string): string {
  return quoted(sheet) + cell;
}

/**
 * A text made of pieces as one flat string. A template literal or `+` makes a tree of joined
 * pieces that is copied flat when first read a character at a time — by the fingerprint, then
 * escaped by the writer — and read slowly ever after (a summary holds hundreds of thousands of
 * formulas until they are written).
 */
export const flat = (...pieces: string[]): string => pieces.join('');

/** SUM over many references, nested to respect Excel's 255 arguments. */
export function sumOf(refs: string[]): string {
  if (refs.length === 0) return '0';
  return refs.length <= 255 ? sumText(refs, 0, refs.length) : sumOf(chunked(refs, 'SUM('));
}

/** The references 255 at a time, each chunk given to the function `name` ("SUM(", "COUNT("): the chunks' results to be summed. */
function chunked(refs: string[], name: string): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < refs.length; i += 255) chunks.push(sumText(refs, i, Math.min(refs.length, i + 255), name));
  return chunks;
}

/**
 * The mean of the figures of many references, as AVERAGE gives it (blanks and text left out), within Excel's 255 arguments:
 * AVERAGE itself up to 255, else their SUM over their COUNT, each nested (an AVERAGE of AVERAGEs would weigh the chunks alike).
 */
export function meanOf(refs: string[]): string {
  return refs.length <= 255 ? sumText(refs, 0, refs.length, 'AVERAGE(') : `${sumOf(refs)}/${countOf(refs)}`;
}

/** COUNT over many references (how many hold a figure), nested within Excel's 255 arguments. */
function countOf(refs: string[]): string {
  return refs.length <= 255 ? sumText(refs, 0, refs.length, 'COUNT(') : sumOf(chunked(refs, 'COUNT('));
}

/**
 * A sum shown blank, not 0, while none of its cells holds a figure (a year or a target the plan leaves blank: Excel's SUM of
 * blanks shows 0, which a reader takes for a figure); the sum as it is where the test would not fit in a cell.
 */
export function blankWhileNone(sum: string, refs: string[], limit = FORMULA_LIMIT): string {
  const guarded = `IF(${countOf(refs)}=0,"",${sum})`;
  return guarded.length < limit ? guarded : sum;
}

/** The cells a sum of figures adds (a figure of several cells, each of them). */
export const cellRefs = (fs: readonly ScaledFigure[]): string[] => fs.flatMap((f) => (f.parts ? partRefs(f.parts) : [ref(f.sheet, f.cell)]));

/** name + refs[from … to-1] joined by "," + ")", made flat: SUM( unless told. */
function sumText(refs: string[], from: number, to: number, name = 'SUM('): string {
  const pieces: string[] = [name];
  for (let i = from; i < to; i++) {
    if (i > from) pieces.push(',');
    pieces.push(refs[i]);
  }
  pieces.push(')');
  return pieces.join('');
}

/**
 * sumOf the n references refAt(0 … n-1), or undefined when the sum could not be held by a cell
 * (put then writes its value alone, as it does a formula too long): the references of a sum over
 * thousands of figures are not made only to be dropped. A nested SUM is longer than the flat one:
 * the one made is measured too.
 */
export function sumOfFitting(n: number, refAt: (i: number) => string, limit = FORMULA_LIMIT): string | undefined {
  const refs: string[] = [];
  // The length of "SUM(" + the references joined by "," + ")".
  let flat = 4;
  for (let i = 0; i < n; i++) {
    const r = refAt(i);
    flat += r.length + 1;
    if (flat >= limit) return undefined;
    refs.push(r);
  }
  const sum = sumOf(refs);
  return sum.length < limit ? sum : undefined;
}

/** What brings a term of a formula to the summary's unit: "/1000" for 1/1000, "*1000", or nothing. */
const scaleTail = (scale: number) => (scale === 1 ? '' : scale < 1 ? `/${Math.round(1 / scale)}` : `*${scale}`);

/** A value in the summary's unit, by the formula's own operation (a division by 1000, not a multiplication by 0.001). */
export function scaled(value: number, scale: number): number {
  return scale === 1 ? value : scale < 1 ? value / Math.round(1 / scale) : value * scale;
}

/** A figure's reference in the summary's unit: 'A'!C4/1000 for a figure in 円 summed in 千円. */
export const scaledRef = (f: ScaledFigure): string => figureRef(f) + scaleTail(f.scale);

export interface ScaledFigure {
  sheet: string;
  cell: string;
  value: number | null;
  scale: number;
  /** A figure of several cells, their sum (a debt given by 区分 alone, 現年度分 + 滞納繰越分): those cells. */
  readonly parts?: readonly ScaledFigure[];
  /** A figure computed from others (such a debt's rate): its formula, and the test of its being blank. */
  readonly formula?: { value: string; blank: string };
}

const partRefs = (parts: readonly ScaledFigure[]) => parts.map((p) => ref(p.sheet, p.cell));

/** What a formula reads a figure by: its cell, the SUM of its cells, or the formula computing it. */
export function figureRef(f: ScaledFigure): string {
  return f.formula ? f.formula.value : f.parts ? sumOf(partRefs(f.parts)) : ref(f.sheet, f.cell);
}

/** The test of a figure's being blank: its cell empty, none of its cells a number, or what its formula says. */
export function blankOf(f: ScaledFigure): string {
  return f.formula ? f.formula.blank : f.parts ? `COUNT(${partRefs(f.parts).join(',')})=0` : `${ref(f.sheet, f.cell)}=""`;
}

/**
 * The sum of figures in the summary's unit: one SUM for each unit they are in, the figures already
 * in the summary's first (SUM(…)+SUM(…)/1000), and the value Excel computes from it — the same
 * additions in the same order, '' where no figure is a number. The formula is undefined where it
 * would be longer than `limit` (sumOfFitting).
 */
export function scaledSum(fs: readonly ScaledFigure[], limit = FORMULA_LIMIT): { formula: string | undefined; value: number | '' } {
  const groups = new Map<number, ScaledFigure[]>();
  const add = (f: ScaledFigure) => {
    const g = groups.get(f.scale);
    if (g) g.push(f);
    else groups.set(f.scale, [f]);
  };
  // A figure of several cells is summed by its cells.
  for (let i = 0; i < fs.length; i++) {
    const parts = fs[i].parts;
    if (parts) for (const p of parts) add(p);
    else add(fs[i]);
  }
  const scales = [...groups.keys()].sort((a, b) => (a === 1 ? -1 : b === 1 ? 1 : 0));
  const terms: string[] = [];
  let length = 0;
  let value = 0;
  let filled = false;
  for (const scale of scales) {
    const g = groups.get(scale)!;
    let added = 0;
    for (let k = 0; k < g.length; k++) {
      const v = g[k].value;
      if (v === null) continue;
      added += v;
      filled = true;
    }
    value += scaled(added, scale);
    if (length >= limit) continue;
    const sum = sumOfFitting(g.length, (k) => ref(g[k].sheet, g[k].cell), limit - length);
    const term = sum === undefined ? undefined : sum + scaleTail(scale);
    if (term === undefined) length = limit;
    else {
      terms.push(term);
      length += term.length + 1;
    }
  }
  return { formula: length >= limit ? undefined : terms.join('+') || '0', value: filled ? value : '' };
}

export type Align = 'left' | 'center' | 'right';
export interface HeaderCell {
  text: string;
  align?: Align;
}
type Content = { value?: Scalar; formula?: string; numberFormat?: string; bold?: boolean; align?: Align; wrap?: boolean };

/** Printed width of a text in character units: full-width characters take two. */
export function textUnits(s: string): number {
  let n = 0;
  for (const ch of s) n += ch.codePointAt(0)! > 0xff ? 2 : 1;
  return n;
}

/** Lines a text takes in a wrapped column of `width` characters. */
export const linesIn = (s: string, width: number) => s.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(textUnits(part) / Math.max(1, width - 2))), 0);

/**
 * A generated sheet being laid out for print as well as for the screen: numbered sections, each
 * on its own page, tables whose header row is repeated (with the section title) on every page a
 * table runs onto. Pages are counted in lines of the default row height; a wrapped cell takes
 * as many lines as its text needs in its column.
 */
export class SheetLayout {
  readonly cells: CellWrite[] = [];
  row = 0;
  /** 1-based rows that begin a new page. */
  readonly breaks: number[] = [];
  /** Rows taller than one line: [1-based row, lines]. */
  readonly tallRows: [number, number][] = [];
  private lines = 0;
  private sections = 0;
  private current: { title: string; header: HeaderCell[] | null } | null = null;

  constructor(
    readonly name: string,
    /** Column widths in characters, from column A. */
    readonly widths: number[] = [],
    /** Lines a page holds below the repeated title rows. */
    readonly pageLines = 1000,
  ) {}

  /** Places a value or a formula (with its current result) at 0-based (r, c); returns its address. */
  put(r: number, c: number, content: Content): string {
    return this.write(r, c, content.value, content.formula, content.numberFormat, content.bold, content.align, content.wrap);
  }

  text(r: number, c: number, value: string, bold = false, align?: Align, wrap?: boolean): string {
    return this.write(r, c, value, undefined, undefined, bold || undefined, align, wrap || undefined);
  }

  /**
   * The cell write, its fields set one by one: a summary writes hundreds of thousands of cells,
   * where building each from spreads of temporary objects cost more than the rest of laying it out.
   */
  private write(r: number, c: number, value: Scalar | undefined, formula: string | undefined, numberFormat?: string, bold?: boolean, align?: Align, wrap?: boolean): string {
    const cell = a1(r, c);
    const w: CellWrite = { sheet: this.name, cell };
    // Excel holds at most 8,192 characters of formula contents ("=" included): a figure over
    // thousands of rows is written as its value instead of a formula no Excel could hold.
    const fits = formula === undefined || formula.length < FORMULA_LIMIT;
    if (value !== undefined || !fits) w.value = typeof value === 'number' && !Number.isFinite(value) ? '' : (value ?? '');
    if (fits && formula !== undefined) w.formula = formula;
    if (numberFormat !== undefined) w.numberFormat = numberFormat;
    if (bold !== undefined) w.bold = bold;
    if (align !== undefined) w.align = align;
    if (wrap !== undefined) w.wrap = wrap;
    this.cells.push(w);
    return cell;
  }

  col(c: number): string {
    return colLetter(c);
  }

  width(c: number): number {
    return this.widths[c] ?? 9;
  }

  /** Sections so far. */
  get sectionCount(): number {
    return this.sections;
  }

  /** A line of text outside tables (title, notes): one row. */
  line(text: string, bold = false): void {
    this.fit(1);
    this.text(this.row, 0, text, bold);
    this.advance(1);
  }

  /** Starts section n+1 on a new page (the first shares the sheet title's page). */
  section(title: string, unit?: { text: string; col: number }): number {
    if (this.sections > 0) this.pageBreak();
    this.sections++;
    const numbered = `${this.sections} ${title}`;
    this.current = { title: numbered, header: null };
    this.writeTitle(numbered, unit);
    return this.sections;
  }

  private unit: { text: string; col: number } | undefined;

  private writeTitle(title: string, unit?: { text: string; col: number }): void {
    this.unit = unit;
    this.text(this.row, 0, title, true);
    if (unit) this.text(this.row, unit.col, unit.text, false, 'right');
    this.advance(1);
  }

  /** The header row of a table: written now, and again atop every page the table continues on. */
  header(cells: HeaderCell[]): void {
    if (this.current) this.current.header = cells;
    const lines = Math.max(...cells.map((h, i) => linesIn(h.text, this.width(i))));
    this.fit(lines + 1);
    this.writeHeader(cells);
  }

  private writeHeader(cells: HeaderCell[]): void {
    // Left is text's own alignment: only right and centre are written.
    cells.forEach((h, i) => this.text(this.row, i, h.text, true, h.align === 'left' ? undefined : h.align, linesIn(h.text, this.width(i)) > 1));
    this.advance(Math.max(...cells.map((h, i) => linesIn(h.text, this.width(i)))));
  }

  /** Room for a row of `lines` lines: else a new page, under the section title and header again. */
  fit(lines: number): void {
    if (this.lines + lines <= this.pageLines || this.lines === 0) return;
    this.pageBreak();
    if (this.current) {
      this.writeTitle(`${this.current.title}${CONTINUED}`, this.unit);
      if (this.current.header) this.writeHeader(this.current.header);
    }
  }

  /** Room for a block that must not be split (a chart's data): a new page when it would not fit. */
  keepTogether(lines: number): void {
    if (this.current) this.current.header = null;
    this.fit(lines);
  }

  /** Lines a row of texts takes, each text in its column (wrapped). */
  rowLines(texts: (string | null)[]): number {
    let lines = 1;
    for (let i = 0; i < texts.length; i++) {
      const t = texts[i];
      if (t) lines = Math.max(lines, this.linesAt(t, i));
    }
    return lines;
  }

  /** Lines of a text in column c, counted once per text and column (a row label comes back row after row). */
  private linesAt(text: string, c: number): number {
    return (this.lineMemo[c] ??= memoText((t) => linesIn(t, this.width(c))))(text);
  }

  private readonly lineMemo: ((text: string) => number)[] = [];

  advance(lines = 1): void {
    // Readers do not all grow a row to its wrapped text (LibreOffice keeps the default height).
    if (lines > 1) this.tallRows.push([this.row + 1, lines]);
    this.lines += lines;
    this.row++;
  }

  /** An empty row between blocks of a section. */
  gap(): void {
    this.advance(1);
  }

  pageBreak(): void {
    // A summary of more pages than a sheet holds breaks for (some 28,000 lines) leaves the rest to Excel's own breaks.
    if (this.row > 0 && this.breaks[this.breaks.length - 1] !== this.row + 1 && this.breaks.length < MAX_ROW_BREAKS) this.breaks.push(this.row + 1);
    this.lines = 0;
  }
}

/** Marks a section title repeated on the page a table continues on. */
export const CONTINUED = '（続き）';

/**
 * FNV-1a over the sheet's formulas and typed values (not formula results, which move): the parts
 * joined by U+0001, hashed a code point at a time — part by part, without the joined copy.
 */
function fnv(parts: string[]): string {
  let h = FNV_BASIS;
  for (let i = 0; i < parts.length; i++) {
    if (i) h = Math.imul(h ^ 1, FNV_PRIME);
    h = fnvOf(h, parts[i]);
  }
  return hex(h);
}

// Held as a signed 32-bit integer (the same bits): an unsigned one above 2^31 is a heap number a character.
const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const hex = (h: number) => (h >>> 0).toString(16).padStart(8, '0');

/**
 * A formula's text with its sheet names unquoted ('収納率'!C4 → 収納率!C4, 'O''Neil'!A1 → O'Neil!A1;
 * string literals as they are): Excel gives a formula's text back with a name quoted only where it
 * must be, and both sides of a fingerprint are compared so.
 */
export function canonicalFormula(s: string): string {
  return s.indexOf("'") < 0 ? s : s.replace(QUOTED_NAME, (m, name: string | undefined) => (name === undefined ? m : `${name.replace(/''/g, "'")}!`));
}

/** A string literal (left as it is), or a quoted sheet name before its "!". */
const QUOTED_NAME = /"(?:[^"]|"")*"|'((?:[^']|'')+)'!/g;

/**
 * fnvOf over canonicalFormula(s), without making that text: a summary fingerprints hundreds of
 * thousands of formulas, and a replace with a callback for each quoted name cost a tenth of 集計's time.
 */
function fnvOfFormula(h: number, s: string): number {
  if (s.indexOf("'") < 0) return fnvOf(h, s);
  for (let k = 0; k < s.length; k++) {
    const ch = s.charCodeAt(k);
    if (ch === 34 || ch === 39) {
      const end = closingQuote(s, k);
      // A string literal, its doubled quotes inside: as it is.
      if (ch === 34 && end >= 0) {
        h = fnvOf(h, s.slice(k, end + 1));
        k = end;
        continue;
      }
      // A quoted sheet name closed before its "!": the name, its doubled quotes single.
      if (ch === 39 && end > k + 1 && s.charCodeAt(end + 1) === 33) {
        h = fnvOf(h, s.slice(k + 1, end).replace(/''/g, "'"));
        k = end;
        continue;
      }
    }
    const cp = s.codePointAt(k)!;
    if (cp > 0xffff) k++;
    h = Math.imul(h ^ cp, FNV_PRIME);
  }
  return h;
}

/** Where the quote opened at `open` closes (a doubled one inside is no close), or -1. */
function closingQuote(s: string, open: number): number {
  const q = s.charCodeAt(open);
  for (let j = open + 1; j < s.length; j++) {
    if (s.charCodeAt(j) !== q) continue;
    if (s.charCodeAt(j + 1) === q) j++;
    else return j;
  }
  return -1;
}

/** The hash `h` carried on over the code points of `s`. */
function fnvOf(h: number, s: string): number {
  for (let k = 0; k < s.length; k++) {
    const cp = s.codePointAt(k)!;
    if (cp > 0xffff) k++;
    h = Math.imul(h ^ cp, FNV_PRIME);
  }
  return h;
}

/**
 * How a fingerprint reads a formula: `canonical`, its sheet names unquoted (canonicalFormula); `asWritten`, its text as it
 * stands; `shape`, every reference into a sheet as "#" (eachShapePiece).
 */
export type FormulaForm = 'canonical' | 'asWritten' | 'shape';

function formulaText(f: string, form: FormulaForm): string {
  if (form === 'asWritten') return f;
  if (form === 'canonical') return canonicalFormula(f);
  const pieces: string[] = [];
  eachShapePiece(f, (p) => pieces.push(p));
  return pieces.join('');
}

function part(cell: string, formula: string | undefined, value: unknown, form: FormulaForm = 'canonical'): string | null {
  if (formula === undefined) return value === null || value === undefined || value === '' ? null : `${cell}:${String(value)}`;
  return `${cell}=${formulaText(formula.charCodeAt(0) === 61 ? formula.slice(1) : formula, form)}`;
}

/** fnvOf over a cell's part (part()), without making it: "B7=" and its formula read as `form`, or "A3:" and its value. */
function fnvOfCell(h: number, cell: string, formula: string | undefined, value: unknown, form: FormulaForm): number {
  h = fnvOf(h, cell);
  if (formula === undefined) return fnvOf(Math.imul(h ^ 58, FNV_PRIME), String(value));
  h = Math.imul(h ^ 61, FNV_PRIME);
  const f = formula.charCodeAt(0) === 61 ? formula.slice(1) : formula;
  if (form === 'canonical') return fnvOfFormula(h, f);
  if (form === 'asWritten') return fnvOf(h, f);
  eachShapePiece(f, (p) => (h = fnvOf(h, p)));
  return h;
}

/** The fingerprint of the parts as strings, sorted: what fingerprintOfWrites computes, for the addresses it cannot key. */
function fingerprintOfParts(cells: CellWrite[], form: FormulaForm): string {
  const parts = cells.map((c) => part(c.cell, c.formula, c.value, form)).filter((p): p is string => p !== null);
  return fnv(parts.sort());
}

/**
 * An address's place in the sort of the parts, as two integers: its column letters (a letter
 * after the end of a shorter name sorts later: "A" < "AA" < "B"), then its row's digits (here the
 * end sorts after every digit, as the part's "=" or ":" does: "A10=…" < "A1=…"). False when
 * the address is not 1–3 letters and 1–7 digits.
 */
function addressKey(cell: string, out: Int32Array): boolean {
  let i = 0;
  let letters = 0;
  for (; i < cell.length && i < 4; i++) {
    const ch = cell.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    letters = letters * 27 + (ch - 64);
  }
  if (i === 0 || i > 3) return false;
  for (let k = i; k < 3; k++) letters *= 27;
  const digits = cell.length - i;
  if (digits < 1 || digits > 7) return false;
  let row = 0;
  for (let k = 0; k < 7; k++) {
    if (k < digits) {
      const d = cell.charCodeAt(i + k) - 48;
      if (d < 0 || d > 9) return false;
      row = row * 12 + d + 1;
    } else row = row * 12 + 11;
  }
  out[0] = letters;
  out[1] = row;
  return true;
}

/**
 * The fingerprint of written cells: fnv over their parts ("B7=SUM(…)", "A3:text") sorted as
 * strings, the same value fingerprintOfSheet gives the sheet read back. The parts are neither
 * made nor compared as strings (a summary writes hundreds of thousands of cells): each address
 * is keyed by two integers that sort as its part does, the writes put in that order by a radix
 * sort of the keys (stable, integers only), and a part hashed from its pieces. Only writes to
 * one address twice are compared as parts.
 */
export function fingerprintOfWrites(cells: CellWrite[], form: FormulaForm = 'canonical'): string {
  const key = new Int32Array(2);
  const columnKey = new Int32Array(cells.length);
  const rowKey = new Int32Array(cells.length);
  let order = new Int32Array(cells.length);
  let count = 0;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c.formula === undefined && (c.value === null || c.value === undefined || c.value === '')) continue;
    if (!addressKey(c.cell, key)) return fingerprintOfParts(cells, form);
    columnKey[i] = key[0];
    rowKey[i] = key[1];
    order[count++] = i;
  }
  order = order.subarray(0, count);
  // Least significant first: the row key's two halves (below 12^7 < 2^26), then the column's (below 27^3 < 2^15).
  let other = new Int32Array(count);
  for (const [keys, shift, bits] of [[rowKey, 0, 13], [rowKey, 13, 13], [columnKey, 0, 15]] as const) {
    radixPass(order, other, keys, shift, bits);
    [order, other] = [other, order];
  }
  let h = FNV_BASIS;
  let first = true;
  const add = (i: number) => {
    if (!first) h = Math.imul(h ^ 1, FNV_PRIME);
    first = false;
    const c = cells[i];
    h = fnvOfCell(h, c.cell, c.formula, c.value, form);
  };
  for (let j = 0; j < count; ) {
    const i = order[j];
    let e = j + 1;
    while (e < count && rowKey[order[e]] === rowKey[i] && columnKey[order[e]] === columnKey[i]) e++;
    if (e === j + 1) add(i);
    else {
      // One address written more than once: its parts in string order.
      const same: { i: number; p: string }[] = [];
      for (let k = j; k < e; k++) {
        const x = order[k];
        same.push({ i: x, p: part(cells[x].cell, cells[x].formula, cells[x].value, form)! });
      }
      same.sort((a, b) => (a.p < b.p ? -1 : a.p > b.p ? 1 : 0));
      for (const s of same) add(s.i);
    }
    j = e;
  }
  return hex(h);
}

/** One stable counting pass: `from` into `to` by `bits` bits of each one's key from `shift`. */
function radixPass(from: Int32Array, to: Int32Array, keys: Int32Array, shift: number, bits: number): void {
  const mask = (1 << bits) - 1;
  const starts = new Int32Array(mask + 2);
  for (let k = 0; k < from.length; k++) starts[((keys[from[k]] >>> shift) & mask) + 1]++;
  for (let b = 0; b <= mask; b++) starts[b + 1] += starts[b];
  for (let k = 0; k < from.length; k++) {
    const i = from[k];
    to[starts[(keys[i] >>> shift) & mask]++] = i;
  }
}

/**
 * The fingerprint of a sheet read back, as fingerprintOfWrites gives its cells, its formulas read as `form`: `asWritten` is how
 * fingerprints were made before sheet names were unquoted (a sheet made then, its mark kept in the workbook, is still known as
 * made by saiken). Its cells in the order of their parts: an address is in a sheet once, and what follows it in its part (":"
 * or "=") sorts after every digit, so the addresses' order is the parts'.
 */
export function fingerprintOfSheet(sheet: Sheet, form: FormulaForm = 'canonical'): string {
  const cells: { at: string; c: Cell }[] = [];
  sheet.rows.forEach((row, r) =>
    row?.forEach((c: Cell | undefined, col) => {
      if (c && (c.formula !== undefined || (c.value !== null && c.value !== undefined && c.value !== ''))) cells.push({ at: `${a1(r, col)}=`, c });
    }),
  );
  cells.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
  let h = FNV_BASIS;
  for (let i = 0; i < cells.length; i++) {
    if (i) h = Math.imul(h ^ 1, FNV_PRIME);
    const { at, c } = cells[i];
    h = fnvOfCell(h, at.slice(0, -1), c.formula, c.value, form);
  }
  return hex(h);
}

/**
 * The pieces of a formula's shape: every reference into a sheet (税務課!E12, '2-1'!D5:D9, 税務課!#REF!) and every #REF! given as
 * "#", the rest as it is (string literals and error values whole). What a colleague's rows inserted or deleted in a plan sheet,
 * or a plan sheet renamed, change in a summary's formulas leaves its shape as it was: Excel and LibreOffice move the
 * references with the rows and rename them with the sheet, and a reference to a deleted row becomes #REF! (LibreOffice writes
 * it without the sheet's name: IFERROR(AVERAGE(#REF!,債権管理計画!D12),"")).
 */
function eachShapePiece(s: string, emit: (piece: string) => void): void {
  let from = 0;
  const reference = (at: number, end: number) => {
    if (at > from) emit(s.slice(from, at));
    emit('#');
    from = end;
  };
  for (let k = 0; k < s.length; ) {
    const ch = s.charCodeAt(k);
    if (ch === 34) {
      // A string literal, as it is.
      const end = closingQuote(s, k);
      k = end < 0 ? s.length : end + 1;
    } else if (ch === 39) {
      // A quoted sheet name and its reference.
      const end = closingQuote(s, k);
      if (end < 0) k = s.length;
      else if (s.charCodeAt(end + 1) === 33) reference(k, (k = referenceEnd(s, end + 2)));
      else k = end + 1;
    } else if (ch === 35) {
      ERROR_VALUE.lastIndex = k;
      const m = ERROR_VALUE.exec(s);
      if (m && m[0] === '#REF!') reference(k, (k += 5));
      else k += m ? m[0].length : 1;
    } else if (NAME_BREAK.indexOf(s[k]) < 0) {
      // A name: a sheet's where a "!" follows it (then its reference), else a function's, a number, a cell of this sheet.
      let end = k + 1;
      while (end < s.length && NAME_BREAK.indexOf(s[end]) < 0) end++;
      if (s.charCodeAt(end) === 33) reference(k, (k = referenceEnd(s, end + 1)));
      else k = end;
    } else k++;
  }
  if (from < s.length) emit(from ? s.slice(from) : s);
}

/** The characters that end a name in a formula: operators, separators, quotes, spaces. */
const NAME_BREAK = ' \t\r\n"\'!#,;:()+-*/^&=<>{}%@[]';
/** Excel's error values, as a formula writes them. */
const ERROR_VALUE = /#(?:REF!|NULL!|DIV\/0!|VALUE!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)/y;

/** Where the reference that starts at `at` (after a sheet's "!") ends: a cell or range ($A$1:B2), or #REF!. */
function referenceEnd(s: string, at: number): number {
  if (s.startsWith('#REF!', at)) return at + 5;
  let k = at;
  while (k < s.length && /[$A-Za-z0-9:]/.test(s[k])) k++;
  return k;
}
