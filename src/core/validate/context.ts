/**
 * What every rule receives, and the helpers rules share: cells, tolerances, findings.
 */
import type { Catalog } from '../catalog';
import type { Settings } from '../settings';
import type { Finding, PlanRow, PlanTable, Severity } from '../recognize/model';
import { findingMessage, type FindingParams } from '../../i18n/findings';
import { yearNotationOf } from '../table-structure';

export interface RuleContext {
  settings: Settings;
  catalog: Catalog | null;
  /** Every table recognized in the workbook (a ratio may divide by a figure of the table above). */
  sheetTables?: PlanTable[];
}

export type Rule = (table: PlanTable, ctx: RuleContext) => Finding[];

export function finding(
  table: PlanTable,
  code: string,
  severity: Severity,
  cell: string,
  params: FindingParams,
  values: { expected?: number | string | null; actual?: number | string | null } = {},
): Finding {
  // Sums of huge figures can overflow; a report carries finite numbers only.
  const finite = (v: number | string | null | undefined) => (typeof v === 'number' && !Number.isFinite(v) ? null : v);
  const out: Finding = { code, severity, sheet: table.sheet, cell, ...findingMessage(code, params, writesEra(table)) };
  if (values.expected !== undefined) out.expected = finite(values.expected);
  if (values.actual !== undefined) out.actual = finite(values.actual);
  return out;
}

/** Whether a table writes its years in their era (its findings then do too), told once a table. */
const eras = new WeakMap<PlanTable, boolean>();
function writesEra(table: PlanTable): boolean {
  let era = eras.get(table);
  if (era === undefined) eras.set(table, (era = yearNotationOf(table) === 'era'));
  return era;
}

export const cellOf = (row: PlanRow, column: string) => `${column}${row.row}`;

import { halfUnit, hidesPrecision } from '../text/number';
export { halfUnit, hidesPrecision };

/**
 * How far a stated figure may sit from the figure computed from its operands: half a unit of
 * what it shows, plus half a unit of each operand that hides precision behind its display.
 */
export function tolerance(row: PlanRow, stated: string, operands: string[]): number {
  let tol = halfUnit(row.decimals[stated]);
  for (const c of operands) {
    const v = row.values[c];
    // A whole number hides nothing: its decimals are not looked up (this runs for every figure summed).
    if (v !== null && v !== undefined && !Number.isInteger(v) && hidesPrecision(v, row.decimals[c])) tol += halfUnit(row.decimals[c]);
  }
  return tol;
}

/**
 * Are a table's blank figure cells slips (a figure not typed yet, or cleared), not its way of writing none? One or two, and
 * a fifth of its figures' cells at most: a table that leaves every debt without arrears blank has more.
 */
export function blanksAreSlips(blanks: number, cells: number): boolean {
  return blanks <= 2 && blanks * 5 <= cells;
}

/**
 * total-part-blank: a total off the sum of its parts where some are blank (`blanks`), said with the figure the one blank would
 * take (the total less the others' sum), not as the total's error.
 */
export function partBlank(table: PlanTable, cell: string, stated: number, sum: number, decimals: number | null | undefined, range: string, blanks: readonly string[]): Finding {
  const expected = shown(sum, decimals);
  const implied = blanks.length === 1 ? shown(stated - sum, decimals) : null;
  return finding(table, 'total-part-blank', 'warning', cell, { expected, actual: stated, range, blanks: blanks.join('、'), implied }, { expected, actual: stated });
}

/** Rounds for reporting, to the decimals the stated cell shows (or 10 places). */
export function shown(value: number, decimals: number | null | undefined): number {
  const f = 10 ** (decimals ?? 10);
  return Math.round(value * f) / f;
}

export { isAmountColumn, isRateColumn } from '../table-structure';

export const valueColumns = (table: PlanTable) => table.columns.filter((c) => c.role === 'value');
export const deltaColumns = (table: PlanTable) => table.columns.filter((c) => c.role === 'delta');
export const dataRows = (table: PlanTable) => table.rows.filter((r) => !r.total);

const figureCache = new WeakMap<PlanTable, Map<string, (number | null)[]>>();

/**
 * A column's figures down the table (index = index in table.rows; null for no figure), read once
 * per table and shared by the rules that look at every cell.
 */
export function figures(table: PlanTable, column: string): (number | null)[] {
  let byColumn = figureCache.get(table);
  if (!byColumn) figureCache.set(table, (byColumn = figuresOfFigureColumns(table)));
  let out = byColumn.get(column);
  if (!out) {
    out = nulls(table.rows.length);
    for (let i = 0; i < table.rows.length; i++) out[i] = table.rows[i].values[column] ?? null;
    byColumn.set(column, out);
  }
  return out;
}

/**
 * The figures of every value and delta column (those the rules ask for), read in one pass down the
 * rows: a row's figures are read together, not one column of every row after another.
 */
function figuresOfFigureColumns(table: PlanTable): Map<string, (number | null)[]> {
  const byColumn = new Map<string, (number | null)[]>();
  const names: string[] = [];
  const lists: (number | null)[][] = [];
  for (const c of table.columns) {
    if ((c.role !== 'value' && c.role !== 'delta') || byColumn.has(c.column)) continue;
    const list = nulls(table.rows.length);
    byColumn.set(c.column, list);
    names.push(c.column);
    lists.push(list);
  }
  for (let i = 0; i < table.rows.length; i++) {
    const values = table.rows[i].values;
    for (let k = 0; k < names.length; k++) lists[k][i] = values[names[k]] ?? null;
  }
  return byColumn;
}

/**
 * A list of n nulls to put figures in. Filled from holes, a list takes its first figure as a list of
 * doubles and boxes every one of them at its first null (at a million figures, 45 of validation's
 * 240 ms); a list of nulls holds the rows' own numbers as they are.
 */
function nulls(n: number): (number | null)[] {
  return new Array<number | null>(n).fill(null);
}

/**
 * Lets a table's figures go once its rules have run: the table itself lives on in the report
 * (at 50,000 rows, 18 columns of figures are 7 MB held until the report is written).
 */
export function forgetFigures(table: PlanTable): void {
  figureCache.delete(table);
}

/** Does the row hold any text where figures belong? (Most rows hold none: one look instead of one per column.) */
export function hasTexts(row: PlanRow): boolean {
  for (const _ in row.texts) return true;
  return false;
}
