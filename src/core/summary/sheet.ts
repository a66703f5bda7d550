/**
 * A generated sheet being laid out: cells placed by row and column, formulas with the figure
 * they compute now, and the fingerprint that tells later whether someone edited the sheet.
 */
import type { CellWrite, Scalar } from '../changes';
import type { Cell, Sheet } from '../workbook';
import { a1, colLetter } from '../workbook';

const FORMULA_LIMIT = 8_192;

/** A sheet's name quoted for a reference, made once per name (a summary refers to every figure's cell). */
const quoted = new Map<string, string>();
export function ref(sheet: string, cell: string): string {
  let q = quoted.get(sheet);
  if (q === undefined) {
    if (quoted.size > 1000) quoted.clear();
    quoted.set(sheet, (q = `'${sheet.replace(/'/g, "''")}'!`));
  }
  return q + cell;
}

/** SUM over many references, nested to respect Excel's 255 arguments. */
export function sumOf(refs: string[]): string {
  if (refs.length === 0) return '0';
  if (refs.length <= 255) return `SUM(${refs.join(',')})`;
  const chunks: string[] = [];
  for (let i = 0; i < refs.length; i += 255) chunks.push(`SUM(${refs.slice(i, i + 255).join(',')})`);
  return sumOf(chunks);
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
  /** Rows taller than one line: [1-based row, points]. */
  readonly heights: [number, number][] = [];
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
    const cell = a1(r, c);
    const value = typeof content.value === 'number' && !Number.isFinite(content.value) ? '' : content.value;
    // Excel holds at most 8,192 characters of formula contents ("=" included): a figure over
    // thousands of rows is written as its value instead of a formula no Excel could hold.
    const { formula, ...rest } = content;
    const fits = formula === undefined || formula.length < FORMULA_LIMIT;
    this.cells.push({ sheet: this.name, cell, ...rest, ...(fits && formula !== undefined ? { formula } : {}), ...(content.value !== undefined || !fits ? { value: value ?? '' } : {}) });
    return cell;
  }

  text(r: number, c: number, value: string, bold = false, align?: Align, wrap?: boolean): string {
    return this.put(r, c, { value, ...(bold ? { bold } : {}), ...(align ? { align } : {}), ...(wrap ? { wrap } : {}) });
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
    return Math.max(1, ...texts.map((t, i) => (t ? linesIn(t, this.width(i)) : 1)));
  }

  advance(lines = 1): void {
    // Readers do not all grow a row to its wrapped text (LibreOffice keeps the default height).
    if (lines > 1) this.heights.push([this.row + 1, lines * LINE_POINTS]);
    this.lines += lines;
    this.row++;
  }

  /** An empty row between blocks of a section. */
  gap(): void {
    this.advance(1);
  }

  pageBreak(): void {
    if (this.row > 0 && this.breaks[this.breaks.length - 1] !== this.row + 1) this.breaks.push(this.row + 1);
    this.lines = 0;
  }
}

/** Height of one printed line of the default 11-point font. */
export const LINE_POINTS = 15;

/** Marks a section title repeated on the page a table continues on. */
export const CONTINUED = '（続き）';

/**
 * FNV-1a over the sheet's formulas and typed values (not formula results, which move): the parts
 * joined by U+0001, hashed a code point at a time — part by part, without the joined copy.
 */
function fnv(parts: string[]): string {
  // Held as a signed 32-bit integer (the same bits): an unsigned one above 2^31 is a heap number a character.
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < parts.length; i++) {
    if (i) h = Math.imul(h ^ 1, 0x01000193);
    const p = parts[i];
    for (let k = 0; k < p.length; k++) {
      const cp = p.codePointAt(k)!;
      if (cp > 0xffff) k++;
      h = Math.imul(h ^ cp, 0x01000193);
    }
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const part = (cell: string, formula: string | undefined, value: unknown) =>
  formula !== undefined ? `${cell}=${formula.charCodeAt(0) === 61 ? formula.slice(1) : formula}` : value === null || value === undefined || value === '' ? null : `${cell}:${String(value)}`;

export function fingerprintOfWrites(cells: CellWrite[]): string {
  const parts = cells.map((c) => part(c.cell, c.formula, c.value)).filter((p): p is string => p !== null);
  return fnv(parts.sort());
}

export function fingerprintOfSheet(sheet: Sheet): string {
  const parts: string[] = [];
  sheet.rows.forEach((row, r) =>
    row?.forEach((c: Cell | undefined, col) => {
      if (!c) return;
      const p = part(a1(r, col), c.formula, c.value);
      if (p) parts.push(p);
    }),
  );
  return fnv(parts.sort());
}
