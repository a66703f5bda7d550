/**
 * Recalculation: the cells of a recognized table that are derived from others, as live formulas
 * referencing their operands — deltas from their headers, 収入未済額 from the ledger identity,
 * rates from ledger amounts (全体 weighted, from its own amounts), totals as SUMs. Only computed
 * cells are written; a hand-typed value replaced by a formula is logged, never lost; a cell that
 * already computes the same figure is left alone, so a second run changes nothing.
 */
import type { Workbook } from '../workbook';
import { parseA1 } from '../workbook';
import type { PlanColumn, PlanRow, PlanTable } from '../recognize/model';
import type { Settings } from '../settings';
import { emptyChangeSet, type CellWrite, type ChangeSet, type LogEntry, type Scalar } from '../changes';
import { ledgerGroups, totalGroups } from '../table-structure';
import { AMOUNT_FORMAT, RATE_FORMAT, deltaFormula, rateFormula, sameFormula, sumFormula, uncollectedFormula } from './formulas';
import { changeLogWrites } from './change-log';

type Result = number | '';

interface Computed {
  column: PlanColumn;
  row: PlanRow;
  formula: string;
  value: Result;
  format: string;
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
  const put = (c: PlanColumn, r: PlanRow, formula: string, value: Result | undefined, format: string) => {
    if (value === undefined) return; // an operand holds text: leave the cell to the user
    // A figure too large for a double (a sum of 1e308s) is left for Excel to show as it will.
    out.set(ref(c, r), { column: c, row: r, formula, value: typeof value === 'number' && !Number.isFinite(value) ? '' : value, format });
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
      put(P, r, rateFormula(ref(E, r), ref(A, r), P.percentScaled), v, RATE_FORMAT);
    }
  };
  for (const g of groups) {
    const [A, E, K, U, R] = (['調定額', '収入済額', '不納欠損額', '収入未済額', '還付未済額'] as const).map((i) => g.get(i));
    if (A && E && U) {
      for (const r of dataRows) {
        const v = arith([raw(A, r), raw(E, r), K ? raw(K, r) : 0, R ? raw(R, r) : 0], ([a, e, k, x]) => a - e - k + x, 2);
        put(U, r, uncollectedFormula(ref(A, r), ref(E, r), K ? ref(K, r) : null, R ? ref(R, r) : null, blankZero), v, AMOUNT_FORMAT);
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
      put(c, total, sumFormula(c.column, items.map((r) => r.row)), value, AMOUNT_FORMAT);
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
      const v = arith([raw(m, r), raw(s, r)], ([a, b]) => a - b, 2);
      put(d, r, deltaFormula(ref(m, r), ref(s, r), blankZero), v, isRate ? RATE_FORMAT : AMOUNT_FORMAT);
    }
  }
  return [...out.values()];
}

/** Decimals shown by a format's first section; null for General. */
function formatDecimals(f: string | undefined): number | null {
  if (!f || f === 'General') return null;
  const first = f.split(';')[0].replace(/"[^"]*"|\[[^\]]*\]/g, '');
  if (!/[0#]/.test(first)) return null;
  return /\.([0#]+)/.exec(first)?.[1].length ?? 0;
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
      const { r, c: col } = parseA1(cell);
      const existing = sheet.rows[r]?.[col];
      const value: Scalar = c.value;
      const keepFormat = existing?.numberFormat && formatDecimals(existing.numberFormat) === formatDecimals(c.format) && !/@/.test(existing.numberFormat);
      const write: CellWrite = { sheet: table.sheet, cell, formula: c.formula, value, ...(keepFormat ? {} : { numberFormat: c.format }) };
      if (existing?.formula) {
        // The user's own formula: kept when it already computes the same figure.
        if (sameFormula(existing.formula, c.formula) || (sameFigure(existing.value, c.value) && refersOnlyTo(existing.formula, c.formula))) {
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

/** A user formula is kept only if it refers to nothing but the computed formula's operands (no loops, no other sheets). */
function refersOnlyTo(formula: string, computed: string): boolean {
  if (/!|\[/.test(formula)) return false;
  const refs = (f: string) => new Set((f.toUpperCase().replace(/"[^"]*"/g, '').match(/\$?[A-Z]{1,3}\$?\d+/g) ?? []).map((r) => r.replace(/\$/g, '')));
  const allowed = refs(computed);
  return [...refs(formula)].every((r) => allowed.has(r));
}
