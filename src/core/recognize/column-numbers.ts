/**
 * A row numbering a table's columns under (or over) its header: 1 | 2 | 2/1, (1) | (2) | (2)/(1), in full width too.
 * No figures: the numbers tag their columns, as ① ② ②/① do, and a formula of them says how its column is computed.
 */
import { rowMemo, type SheetGrid } from './grid';
import type { CellValue } from '../workbook';

/** A column's number as a row of them writes it (1, (1), （１）), in digits; else null. */
export function columnNumberText(v: CellValue): string | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 99 ? String(v) : null;
  if (typeof v !== 'string') return null;
  const t = v.normalize('NFKC').replace(/\s+/g, '');
  return /^\d{1,2}$|^\(\d{1,2}\)$/.test(t) ? t.replace(/[()]/g, '') : null;
}

/** A formula of column numbers ((2)/(1), 2/1-3, (3)-(1)), its numbers bare (2/1, 2/1-3, 3-1); else null. */
export function columnFormulaText(v: CellValue): string | null {
  if (typeof v !== 'string') return null;
  const t = v.normalize('NFKC').replace(/\s+/g, '').replace(/\((\d{1,2})\)/g, '$1').replace(/^\((.*)\)$/, '$1');
  return /^\d{1,2}(?:[-+/×*÷]\d{1,2})+(?:[×*]100)?$/.test(t) ? t : null;
}

/**
 * Is row r such a row? Two numbers at least, rising left to right, nothing left of them, and else only formulas of them.
 * Typed as numbers they must stand beside a formula (1 2 3 alone may be era years, 令和元年 to 3年).
 */
export function columnNumberRow(g: SheetGrid, r: number): boolean {
  let last = 0;
  let numbers = 0;
  let formulas = 0;
  let typed = false;
  for (const c of g.nonEmptyColumns(r)) {
    const v = g.cell(r, c)?.value ?? null;
    const n = columnNumberText(v);
    if (n !== null) {
      if (Number(n) <= last) return false;
      last = Number(n);
      numbers++;
      typed ||= typeof v === 'number';
    } else if (numbers && columnFormulaText(v) !== null) formulas++;
    else return false;
  }
  return numbers >= 2 && (formulas > 0 || !typed);
}

/** The same, asked of each header cell of a row: told once a row. */
export const columnNumbersAt = rowMemo(columnNumberRow);

/** A cell of such a row as the tags of a row table's header write it: (2) as ②, (2)-(1) as ②-①. */
export function asCircledTags(v: CellValue): string | null {
  const t = columnNumberText(v) ?? columnFormulaText(v);
  return t === null ? null : t.replace(/\d{1,2}/g, (n) => (Number(n) <= 20 ? String.fromCharCode(0x245f + Number(n)) : n));
}
