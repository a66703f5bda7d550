/**
 * Observations: every numeric value of a table with its dimensions. Matrix tables are read as
 * observations directly; row tables (a row is a debt) derive theirs from their rows and columns,
 * on demand, so that recognition's hot path builds no extra objects.
 */
import { colIndex } from '../workbook';
import type { Item, Observation, PlanColumn, PlanRow, PlanTable } from './model';

const cache = new WeakMap<PlanTable, Observation[]>();

export function observationsOf(t: PlanTable): Observation[] {
  if (t.shape === 'matrix') return t.observations ?? [];
  let out = cache.get(t);
  if (!out) cache.set(t, (out = rowObservations(t)));
  return out;
}

function itemOf(t: PlanTable, col: PlanColumn): Item | null {
  if (col.item) return col.item;
  if (t.measure === 'rate') return '収納率';
  return null;
}

function rowObservations(t: PlanTable): Observation[] {
  const cols = t.columns.filter((c) => c.role === 'value' || c.role === 'delta');
  const out: Observation[] = [];
  for (const row of t.rows) {
    for (const col of cols) {
      const v = row.values[col.column];
      if (v === null || v === undefined) continue;
      out.push(observation(t, row, col, v));
    }
  }
  return out;
}

function observation(t: PlanTable, row: PlanRow, col: PlanColumn, value: number): Observation {
  const delta = col.role === 'delta';
  const item = itemOf(t, col);
  return {
    cell: `${col.column}${row.row}`,
    r: row.row - 1,
    c: colIndex(col.column),
    value,
    department: row.total ? null : row.department,
    debt: row.total ? null : row.debt,
    division: row.division,
    classification: row.classification,
    item,
    fiscalYear: delta ? null : col.fiscalYear,
    kind: delta ? null : col.kind,
    unit: item === '収納率' ? '%' : t.unit,
    derived: delta ? 'delta' : row.total ? 'total' : null,
    stage: null,
    note: null,
    decimals: row.decimals[col.column] ?? null,
  };
}
