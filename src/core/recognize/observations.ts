/**
 * Observations as the report lists them: every figure of a table with its dimensions. Matrix
 * tables are read as observations; row tables (a row is a debt) give theirs from their rows and
 * columns, built straight into the report's shape (one object a figure: this runs for every
 * figure of every command's report).
 */
import type { ReportObservation } from '../report';
import type { Item, Observation, PlanRow, PlanTable } from './model';
import { withoutPlanName } from '../text/tokens';

export function reportObservationsOf(t: PlanTable): ReportObservation[] {
  if (t.shape === 'matrix') return (t.observations ?? []).map(toReport);
  const out: ReportObservation[] = [];
  const figures = rowFigures(t);
  for (const row of t.rows) figures(row, out);
  return out;
}

/**
 * The same observations produced a row at a time as they are read: a streamed report never holds
 * one object a figure for the whole table (900,000 of them in a plan of a million cells).
 */
export function* reportObservationsLazily(t: Omit<PlanTable, 'rows'> & { rows: Iterable<PlanRow> }): Generator<ReportObservation> {
  if (t.shape === 'matrix') {
    for (const o of t.observations ?? []) yield toReport(o);
    return;
  }
  const figures = rowFigures(t);
  const out: ReportObservation[] = [];
  for (const row of t.rows) {
    figures(row, out);
    yield* out;
    out.length = 0;
  }
}

/** A row table's figures of one row, pushed in column order. */
function rowFigures(t: Omit<PlanTable, 'rows'>): (row: PlanRow, out: ReportObservation[]) => void {
  const cols = t.columns.filter((c) => c.role === 'value' || c.role === 'delta');
  const items = cols.map((c): Item | null => c.item ?? (t.measure === 'rate' ? '収納率' : null));
  // Plans label targets and forecasts: a figure whose header and caption name no kind is a result.
  const unlabelled = /見込|目標|計画値|予算/.test(withoutPlanName(t.title ?? '')) ? null : 'actual';
  return (row, out) => {
    cols.forEach((col, k) => {
      const value = row.values[col.column];
      if (value === null || value === undefined) return;
      const delta = col.role === 'delta';
      const item = items[k];
      out.push({
        cell: `${col.column}${row.row}`,
        value,
        department: row.total ? null : row.department,
        debt: row.total ? null : row.debt,
        division: row.division,
        classification: row.classification,
        item,
        fiscalYear: delta ? null : col.fiscalYear,
        kind: delta ? null : (col.kind ?? unlabelled),
        unit: item === '収納率' ? '%' : t.unit,
        derived: delta ? 'delta' : row.total ? 'total' : null,
        stage: null,
        note: null,
      });
    });
  };
}

function toReport(o: Observation): ReportObservation {
  return {
    cell: o.cell,
    value: o.value,
    department: o.department,
    debt: o.debt,
    division: o.division,
    classification: o.classification,
    item: o.item,
    fiscalYear: o.fiscalYear,
    kind: o.kind,
    unit: o.unit,
    derived: o.derived,
    stage: o.stage,
    note: o.note,
  };
}
