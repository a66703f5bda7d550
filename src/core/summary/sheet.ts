/**
 * A generated sheet being laid out: cells placed by row and column, formulas with the figure
 * they compute now, and the fingerprint that tells later whether someone edited the sheet.
 */
import type { CellWrite, Scalar } from '../changes';
import type { Cell, Sheet } from '../workbook';
import { a1, colLetter } from '../workbook';

const FORMULA_LIMIT = 8_192;

export const ref = (sheet: string, cell: string) => `'${sheet.replace(/'/g, "''")}'!${cell}`;

/** SUM over many references, nested to respect Excel's 255 arguments. */
export function sumOf(refs: string[]): string {
  if (refs.length === 0) return '0';
  if (refs.length <= 255) return `SUM(${refs.join(',')})`;
  const chunks: string[] = [];
  for (let i = 0; i < refs.length; i += 255) chunks.push(`SUM(${refs.slice(i, i + 255).join(',')})`);
  return sumOf(chunks);
}

export class SheetLayout {
  readonly cells: CellWrite[] = [];
  row = 0;

  constructor(readonly name: string) {}

  /** Places a value or a formula (with its current result) at 0-based (r, c); returns its address. */
  put(r: number, c: number, content: { value?: Scalar; formula?: string; numberFormat?: string; bold?: boolean }): string {
    const cell = a1(r, c);
    const value = typeof content.value === 'number' && !Number.isFinite(content.value) ? '' : content.value;
    // Excel holds at most 8,192 characters of formula contents ("=" included): a figure over
    // thousands of rows is written as its value instead of a formula no Excel could hold.
    const { formula, ...rest } = content;
    const fits = formula === undefined || formula.length < FORMULA_LIMIT;
    this.cells.push({ sheet: this.name, cell, ...rest, ...(fits && formula !== undefined ? { formula } : {}), ...(content.value !== undefined || !fits ? { value: value ?? '' } : {}) });
    return cell;
  }

  text(r: number, c: number, value: string, bold = false): string {
    return this.put(r, c, { value, ...(bold ? { bold } : {}) });
  }

  col(c: number): string {
    return colLetter(c);
  }
}

/** FNV-1a over the sheet's formulas and typed values (not formula results, which move). */
function fnv(parts: string[]): string {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0001')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const part = (cell: string, formula: string | undefined, value: unknown) =>
  formula !== undefined ? `${cell}=${formula.replace(/^=/, '')}` : value === null || value === undefined || value === '' ? null : `${cell}:${String(value)}`;

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
