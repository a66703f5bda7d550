/**
 * Observations as the report lists them: every figure of a table with its dimensions. Matrix
 * tables are read as observations; row tables (a row is a debt) give theirs from their rows and
 * columns, built straight into the report's shape, or for a streamed report straight into its
 * JSON text (this runs for every figure of every command's report).
 */
import type { ReportObservation } from '../report';
import type { Division, Item, Kind, Observation, PlanColumn, PlanTable } from './model';
import { withoutPlanName } from '../text/tokens';
import { currentFiscalYear } from '../dates';
import { storedUnit } from '../text/format';
import { figureItem } from '../table-structure';
import { FieldBytes, type JsonOut } from '../report-json';

export function reportObservationsOf(t: PlanTable): ReportObservation[] {
  if (t.shape === 'matrix') return (t.observations ?? []).map(toReport);
  const out: ReportObservation[] = [];
  const cols = figureColumns(t);
  for (let i = 0; i < t.rows.length; i++) {
    const row = t.rows[i];
    for (let k = 0; k < cols.length; k++) {
      const c = cols[k];
      const value = row.values[c.column];
      if (value === null || value === undefined) continue;
      out.push({
        cell: `${c.column}${row.row}`,
        value,
        department: row.total ? null : row.department,
        debt: row.total ? null : row.debt,
        division: row.division ?? c.division,
        classification: row.classification,
        item: c.item,
        fiscalYear: c.fiscalYear,
        kind: c.kind,
        unit: c.unit,
        derived: c.delta ? 'delta' : row.total || c.whole ? 'total' : null,
        stage: null,
        note: null,
        ...(row.part ? { part: true as const } : {}),
      });
    }
  }
  return out;
}

/** A row table's figure at row r (of its rows) and value column k (of figureLetters): undefined where the row has none. */
export type FigureAt = (r: number, k: number) => number | null | undefined;

/** The letters of a row table's value, delta and rate-of-change columns: the keys its rows' `values` hold, in order. */
export function figureLetters(t: Pick<PlanTable, 'columns'>): string[] {
  return t.columns.filter(holdsFigures).map((c) => c.column);
}

/** A column whose cells a row's `values` hold: a value or delta column, or a rate of change (read to be checked). */
export const holdsFigures = (c: PlanColumn) => isFigure(c) || !!c.changeRate;

/** A column whose cells are observations: a value or delta column. */
const isFigure = (c: PlanColumn) => c.role === 'value' || c.role === 'delta';

/** The figures as a table's rows hold them. */
export function figuresOfRows(t: Pick<PlanTable, 'columns' | 'rows'>): FigureAt {
  const letters = figureLetters(t);
  return (r, k) => t.rows[r].values[letters[k]];
}

/**
 * The same observations written as JSON into `out`, each the very text JSON.stringify gives it
 * (test/core/observation-text.test.ts), a row at a time as they are written: a streamed report of
 * a million figures builds no object and no string a figure. What a column shares (its cell's
 * letter, item, year, kind, unit) and what a row shares (department, debt, division, class) is
 * encoded once; a figure adds its row number and its value. `figure` reads a row's figures (a
 * packed table's, whose rows are labels only).
 */
export function writeObservations(t: PlanTable, out: JsonOut, figure: FigureAt = figuresOfRows(t)): void {
  if (t.shape === 'matrix') {
    for (const o of t.observations ?? []) {
      out.element();
      out.text(JSON.stringify(toReport(o)));
    }
    return;
  }
  const j = JSON.stringify;
  const utf8 = (s: string) => UTF8.encode(s);
  const value = utf8('","value":');
  const letters = figureLetters(t);
  const cols = figureColumns(t).map((c) => {
    const tail = (derived: ReportObservation['derived'], part = '') => utf8(`,"item":${j(c.item)},"fiscalYear":${j(c.fiscalYear)},"kind":${j(c.kind)},"unit":${j(c.unit)},"derived":${j(derived)},"stage":null,"note":null${part}}`);
    // Its place among the letters the row's figures are read by.
    const at = letters.indexOf(c.column);
    return { at, head: utf8(`{"cell":${j(c.column).slice(0, -1)}`), tail: tail(c.delta ? 'delta' : c.whole ? 'total' : null), totalTail: tail(c.delta ? 'delta' : 'total'), partTail: tail(c.delta ? 'delta' : c.whole ? 'total' : null, ',"part":true'), division: c.division };
  });
  const [department, debt, division, classification] = ['department', 'debt', 'division', 'classification'].map((k) => new FieldBytes(`,${j(k)}:`));
  for (let r = 0; r < t.rows.length; r++) {
    const row = t.rows[r];
    // The row's labels, each field's bytes made once a value (labels repeat down a table's rows).
    const dept = department.of(row.total ? null : row.department);
    const named = debt.of(row.total ? null : row.debt);
    const cls = classification.of(row.classification);
    for (let k = 0; k < cols.length; k++) {
      const c = cols[k];
      const v = figure(r, c.at);
      if (v === null || v === undefined) continue;
      out.element();
      out.bytes(c.head);
      out.number(row.row);
      out.bytes(value);
      out.number(v);
      out.bytes(dept);
      out.bytes(named);
      // A column's 区分 where the row names none.
      out.bytes(division.of(row.division === null ? c.division : row.division));
      out.bytes(cls);
      out.bytes(row.total ? c.totalTail : row.part ? c.partTail : c.tail);
    }
  }
}

const UTF8 = new TextEncoder();

/** What a row table's value and delta columns give each of their figures, in column order. */
export function figureColumns(t: Omit<PlanTable, 'rows'>): { column: string; delta: boolean; whole: boolean; item: Item | null; fiscalYear: number | null; kind: ReportObservation['kind']; unit: ReportObservation['unit']; division: Division | null }[] {
  const kindOf = columnKinds(t);
  return t.columns.filter(isFigure).map((c) => {
    const delta = c.role === 'delta';
    const item = figureItem(t, c);
    const unit = item === '収納率' ? '%' : item === '件数' ? '件' : storedUnit(t.unit, c.shownDivided);
    return { column: c.column, delta, whole: !!c.sumOf, item, fiscalYear: delta ? null : c.fiscalYear, kind: delta ? null : kindOf(c), unit, division: c.division };
  });
}

/**
 * The kind of a row table's value column, as the report and the summary give it: the one its
 * header or caption names, else a result — plans label targets and forecasts, so a figure whose
 * header and caption name no kind is a result (a 決算 ledger's) — but a year still to come has no
 * result yet: its kind is not known (取りまとめ says so rather than count it).
 */
export function columnKinds(t: Pick<PlanTable, 'title'>): (c: PlanColumn) => Kind | null {
  const unlabelled = /見込|目標|計画値|予算/.test(withoutPlanName(t.title ?? '')) ? null : 'actual';
  const thisYear = currentFiscalYear();
  return (c) => c.kind ?? (c.fiscalYear !== null && c.fiscalYear > thisYear ? null : unlabelled);
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
    ...(o.part ? { part: true as const } : {}),
  };
}
