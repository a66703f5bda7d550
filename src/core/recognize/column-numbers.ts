/**
 * A row numbering a table's columns under (or over) its header: 1 | 2 | 2/1, (1) | (2) | (2)/(1), in full width too.
 * No figures: the numbers tag their columns, as ① ② ②/① do, and a formula of them says how its column is computed.
 */
import { rowMemo, type SheetGrid } from './grid';
import type { CellValue } from '../workbook';

const CIRCLED = /[\u2460-\u2473]/;
const plain = (v: string) => v.normalize('NFKC').replace(/\s+/g, '');

/** A column's number as a row of them writes it (1, (1), （１）; not ①, a tag the header reads as one), in digits; else null. */
export function columnNumberText(v: CellValue): string | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 99 ? String(v) : null;
  if (typeof v !== 'string' || CIRCLED.test(v)) return null;
  const t = plain(v);
  return /^\d{1,2}$|^\(\d{1,2}\)$/.test(t) ? t.replace(/[()]/g, '') : null;
}

/** Without brackets around the whole ((2)/(1)) → (2)/(1)), not those of its first and last numbers ((2)/(1)). */
function unwrapped(t: string): string {
  if (!/^\(.*\)$/.test(t)) return t;
  let depth = 0;
  for (const ch of t.slice(1, -1)) {
    depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
    if (depth < 0) return t;
  }
  return t.slice(1, -1);
}

/** A formula of column numbers ((2)/(1), 2/1-3, (2)/(1)-1), as written: numbers, bracketed or bare, and operators. */
function columnFormula(v: CellValue): string | null {
  if (typeof v !== 'string' || CIRCLED.test(v)) return null;
  const t = unwrapped(plain(v));
  return /^(?:\(\d{1,2}\)|\d{1,2})(?:[-+/×*÷](?:\(\d{1,2}\)|\d{1,2}))+(?:[×*]100)?$/.test(t) ? t : null;
}

/**
 * Such a formula with its numbers bare (2/1, 2/1-3, 3-1), for the letters of a matrix's columns; null where bare numbers
 * stand beside bracketed ones ((2)/(1)-1: the bare 1 a constant, no column).
 */
export function columnFormulaText(v: CellValue): string | null {
  const t = columnFormula(v);
  if (t === null) return null;
  if (/\(\d/.test(t) && /(?:^|[^(\d])\d{1,2}(?![\d)])/.test(t.replace(/[×*]100$/, ''))) return null;
  return t.replace(/\((\d{1,2})\)/g, '$1');
}

/**
 * Is row r such a row? Two numbers at least, rising left to right from 1 (28 29 30, 4 5 5-4 are era years), nothing
 * left of them, and else only formulas of them. Typed as numbers they must stand beside a formula (1 2 3 alone may be
 * era years, 令和元年 to 3年).
 */
export function columnNumberRow(g: SheetGrid, r: number): boolean {
  let last = 0;
  let numbers = 0;
  let formulas = 0;
  let typed = false;
  let first = 0;
  for (const c of g.nonEmptyColumns(r)) {
    const v = g.cell(r, c)?.value ?? null;
    const n = columnNumberText(v);
    if (n !== null) {
      if (Number(n) <= last) return false;
      if (numbers === 0) first = Number(n);
      last = Number(n);
      numbers++;
      typed ||= typeof v === 'number';
    } else if (numbers && columnFormula(v) !== null) formulas++;
    else return false;
  }
  return numbers >= 2 && first === 1 && (formulas > 0 || !typed);
}

/** The same, asked of each header cell of a row: told once a row. */
export const columnNumbersAt = rowMemo(columnNumberRow);

/** A cell of such a row as the tags of a row table's header write it: (2) as ②, (2)-(1) as ②-①, (2)/(1)-1 as ②/①-1. */
export function asCircledTags(v: CellValue): string | null {
  const circled = (n: string) => (Number(n) <= 20 ? String.fromCharCode(0x245f + Number(n)) : n);
  const n = columnNumberText(v);
  if (n !== null) return circled(n);
  const t = columnFormula(v);
  if (t === null) return null;
  // Where numbers are bracketed, those are the columns and a bare one a constant.
  return /\(\d/.test(t) ? t.replace(/\((\d{1,2})\)/g, (_, d: string) => circled(d)) : t.replace(/\d{1,2}/g, circled);
}
