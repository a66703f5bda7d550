/**
 * Recalculation: the cells of a recognized table that are derived from others, as live formulas
 * referencing their operands — deltas from their headers, 収入未済額 from the ledger identity,
 * rates from ledger amounts (全体 weighted, from its own amounts), totals as SUMs. Only computed
 * cells are written; a hand-typed value replaced by a formula is logged, never lost; a cell that
 * already computes the same figure is left alone, so a second run changes nothing.
 */
import type { Workbook } from '../workbook';
import type { PlanColumn, PlanRow, PlanTable } from '../recognize/model';
import type { Settings } from '../settings';
import { emptyChangeSet, type CellWrite, type ChangeSet, type LogEntry, type Scalar } from '../changes';
import { ledgerGroups, totalGroups } from '../table-structure';
import { AMOUNT_FORMAT, RATE_FORMAT, deltaFormula, rateFormula, sameFormula, sumFormula, uncollectedFormula } from './formulas';
import { changeLogWrites } from './change-log';
import { formatInfo } from '../text/format';

type Result = number | '';

interface Computed {
  column: PlanColumn;
  row: PlanRow;
  formula: string;
  value: Result;
  format: string;
  /** The cells the formula reads: a user formula reading nothing else may stay. */
  operands: string[];
}

/** A table's computed cells, evaluated in dependency order against the snapshot's figures. */
function computeTable(table: PlanTable, settings: Settings): Computed[] {
  const out = new Map<string, Computed>();
  const ref = (c: PlanColumn, r: PlanRow) => `${c.column}${r.row}`;
  /** A cell's figure as Excel holds it (percent-formatted rates are fractions). */
  const raw = (c: PlanColumn, r: PlanRow): Result | undefined => {
    const done = out.get(ref(c, r));
    if (done) return done.value;
    if (r.texts[c.column] !== undefined) return undefined;
    const v = r.values[c.column];
    if (v === null || v === undefined) return '';
    return c.percentScaled ? v / 100 : v;
  };
  const put = (c: PlanColumn, r: PlanRow, formula: string, value: Result | undefined, format: string, operands: string[]) => {
    if (value === undefined) return; // an operand holds text: leave the cell to the user
    // A figure too large for a double (a sum of 1e308s) is left for Excel to show as it will.
    out.set(ref(c, r), { column: c, row: r, formula, value: typeof value === 'number' && !Number.isFinite(value) ? '' : value, format, operands });
  };
  const blankZero = settings.blankAsZero;
  const arith = (vals: (Result | undefined)[], f: (xs: number[]) => number, required: number): Result | undefined => {
    if (vals.some((v) => v === undefined)) return undefined;
    if (!blankZero && vals.slice(0, required).some((v) => v === '')) return '';
    return f(vals.map((v) => (v === '' ? 0 : (v as number))));
  };

  const groups = ledgerGroups(table);
  const totals = totalGroups(table);
  const totalRows = new Set(totals.map((t) => t.total));
  const dataRows = table.rows.filter((r) => !totalRows.has(r));

  // 1. Ledger rows: 収入未済額 from the identity, then the rate from the amounts.
  const ledgerRate = (g: (typeof groups)[number], rows: PlanRow[]) => {
    const [A, E, P] = [g.get('調定額'), g.get('収入済額'), g.get('収納率')];
    if (!A || !E || !P) return;
    for (const r of rows) {
      const a = raw(A, r);
      const e = raw(E, r);
      const v = a === undefined || e === undefined ? undefined : a === '' || e === '' || a === 0 ? '' : (e / a) * (P.percentScaled ? 1 : 100);
      const [paid, charged] = [ref(E, r), ref(A, r)];
      put(P, r, rateFormula(paid, charged, P.percentScaled), v, RATE_FORMAT, [paid, charged]);
    }
  };
  for (const g of groups) {
    const [A, E, K, U, R] = (['調定額', '収入済額', '不納欠損額', '収入未済額', '還付未済額'] as const).map((i) => g.get(i));
    if (A && E && U) {
      for (const r of dataRows) {
        const v = arith([raw(A, r), raw(E, r), K ? raw(K, r) : 0, R ? raw(R, r) : 0], ([a, e, k, x]) => a - e - k + x, 2);
        const ops = [ref(A, r), ref(E, r), K ? ref(K, r) : null, R ? ref(R, r) : null] as const;
        put(U, r, uncollectedFormula(...ops, blankZero), v, AMOUNT_FORMAT, ops.filter((o): o is string => o !== null));
      }
    }
    ledgerRate(g, dataRows);
  }

  // 2. Total rows: amounts as SUMs of the rows they total; rates from the total's own amounts.
  const amountCols = table.columns.filter((c) => c.role === 'value' && (c.item ? c.item !== '収納率' : table.measure === 'amount'));
  for (const { total, items } of totals) {
    if (items.length === 0) continue;
    for (const c of amountCols) {
      const vals = items.map((r) => raw(c, r));
      if (vals.some((v) => v === undefined)) continue;
      const nums = vals.filter((v): v is number => v !== '');
      const value: Result = nums.length ? nums.reduce((a, b) => a + b, 0) : blankZero ? 0 : '';
      const formula = sumFormula(c.column, items.map((r) => r.row));
      put(c, total, formula, value, AMOUNT_FORMAT, refsOf(formula));
    }
  }
  for (const g of groups) ledgerRate(g, [...totalRows]);

  // 3. Deltas, on every row, from the (possibly computed) operands.
  const byLetter = new Map(table.columns.map((c) => [c.column, c]));
  for (const d of table.columns.filter((c) => c.role === 'delta' && c.minuendColumn && c.subtrahendColumn)) {
    const m = byLetter.get(d.minuendColumn!)!;
    const s = byLetter.get(d.subtrahendColumn!)!;
    const isRate = (d.item ?? m.item) === '収納率' || (d.item === null && table.measure === 'rate');
    for (const r of table.rows) {
      const a = raw(m, r);
      const b = raw(s, r);
      const v = a === undefined || b === undefined ? undefined : !blankZero && (a === '' || b === '') ? '' : (a === '' ? 0 : a) - (b === '' ? 0 : b);
      const [mr, sr] = [ref(m, r), ref(s, r)];
      put(d, r, deltaFormula(mr, sr, blankZero), v, isRate ? RATE_FORMAT : AMOUNT_FORMAT, [mr, sr]);
    }
  }
  return [...out.values()];
}

export interface RecalcResult {
  changes: ChangeSet;
  /** Cells whose content changed: the report's `changes`. */
  log: LogEntry[];
}

/** The ChangeSet that fills every computed cell of every table with its live formula. */
export function recalcChanges(wb: Workbook, tables: PlanTable[], settings: Settings, now: string): RecalcResult {
  const cs = emptyChangeSet();
  const sheets = new Map(wb.sheets.map((s) => [s.name, s]));
  for (const table of tables) {
    const sheet = sheets.get(table.sheet)!;
    for (const c of computeTable(table, settings)) {
      const cell = `${c.column.column}${c.row.row}`;
      const existing = sheet.rows[c.row.row - 1]?.[c.column.c];
      const value: Scalar = c.value;
      const keepFormat = !!existing?.numberFormat && !formatInfo(existing.numberFormat).text && formatInfo(existing.numberFormat).decimals === formatInfo(c.format).decimals;
      const write: CellWrite = { sheet: table.sheet, cell, formula: c.formula, value, ...(keepFormat ? {} : { numberFormat: c.format }) };
      if (existing?.formula) {
        // The user's own formula: kept when it already computes the same figure.
        if (sameFormula(existing.formula, c.formula) || (sameFigure(existing.value, c.value) && refersOnlyTo(existing.formula, c.operands))) {
          if (!keepFormat && sameFormula(existing.formula, c.formula)) cs.cells.push({ sheet: table.sheet, cell, numberFormat: c.format });
          continue;
        }
      }
      cs.cells.push(write);
      cs.log.push({ sheet: table.sheet, cell, before: existing?.formula ? `=${existing.formula}` : scalarOf(existing?.value), formula: `=${c.formula}` });
    }
  }
  if (cs.log.length) changeLogWrites(wb, cs, now);
  return { changes: cs, log: cs.log };
}

function scalarOf(v: unknown): Scalar {
  if (v === undefined || v === null) return null;
  if (typeof v === 'object') return (v as { error: string }).error;
  return v as Scalar;
}

function sameFigure(a: unknown, b: Result): boolean {
  if (b === '') return a === '' || a === null || a === undefined;
  return typeof a === 'number' && Math.abs(a - b) < 1e-9;
}

/** The cell references a formula names (A1 form, $ removed), outside string literals. */
function refsOf(formula: string): string[] {
  return (formula.toUpperCase().replace(/"[^"]*"/g, '').match(/\$?[A-Z]{1,3}\$?\d+/g) ?? []).map((r) => r.replace(/\$/g, ''));
}

/** A user formula is kept only if it refers to nothing but the computed formula's operands (no loops, no other sheets). */
function refersOnlyTo(formula: string, operands: string[]): boolean {
  if (formula.includes('!') || formula.includes('[')) return false;
  return refsOf(formula).every((r) => operands.includes(r));
}
