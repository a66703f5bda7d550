/**
 * A table of rows whose year is a column of its own (年度 | 所管課 | 債権名 | 区分 | 調定額 | 収入済額 …, 令和4年度 then 令和5年度 down
 * the rows, as a ledger exported from a system prints it), or a line of its own over its rows (令和4年度, then its debts):
 * its figures' columns name no year, each row's is in that column or line.
 * It is read as one table a year — the rows of each run of one year, their columns of that year — so that every check,
 * 再計算, 集計 and 取りまとめ see each year's figures as they see a table of one year (they had been figures of no year,
 * left out of 取りまとめ with advice to write the year in the heading, and each debt "twice in the table").
 */
import type { PlanColumn, PlanRow, PlanTable } from './model';
import type { SheetGrid } from './grid';
import { fiscalYearIn, findYears, yearNotation } from '../text/years';
import { forecastYears, linesBelow } from './notes';
import { kindOf, namesCourseAndTargets } from '../text/tokens';
import { areaA1 } from '../workbook';

/** The year a label cell names: one fiscal year (令和4年度, R4, 2022年度), and nothing else but the word 年度. */
function yearOfLabel(text: string): number | null {
  const years = findYears(text);
  if (years.length !== 1) return null;
  return text.replace(years[0].text, '').replace(/年度|\s/g, '') === '' || fiscalYearIn(text) !== null ? years[0].year : null;
}

export function splitByYearColumn(g: SheetGrid, tables: PlanTable[]): PlanTable[] {
  const out: PlanTable[] = [];
  for (const t of tables) {
    const split = t.shape === 'matrix' ? null : byYear(g, t);
    if (split) out.push(...split);
    else out.push(t);
  }
  return out;
}

function byYear(g: SheetGrid, t: PlanTable): PlanTable[] | null {
  const figures = t.columns.filter((c) => c.role === 'value' || c.role === 'delta');
  if (!figures.length || figures.some((c) => c.fiscalYear !== null)) return null;
  const data = t.rows.filter((r) => !r.total);
  if (data.length < 2) return null;
  const tables = byYearLines(t) ?? byYearColumn(g, t, data);
  // A course and its targets (…収納状況と目標): the years not marked 目標 beside one that is are the course's, results.
  const targets = tables?.some((y) => y.columns.some((c) => c.role === 'value' && c.kind === 'target'));
  if (targets && namesCourseAndTargets(t.title ?? '')) for (const y of tables!) for (const c of y.columns) if (c.role === 'value' && c.kind === null) c.kind = 'actual';
  // A year a note under the table says is an estimate (※令和5年度は決算見込額): its rows' results are a forecast.
  const estimated = tables ? forecastYears(linesBelow(g, t.area.bottom, 3)) : null;
  if (estimated?.size) {
    for (const y of tables!) for (const c of y.columns) if (c.role === 'value' && c.fiscalYear !== null && estimated.has(c.fiscalYear) && (c.kind === null || c.kind === 'actual')) c.kind = 'forecast';
  }
  return tables;
}

/** A line of a year alone over its rows (令和4年度, then its debts; 令和5年度, then its): no figure, a year for its label. */
const yearLineOf = (r: PlanRow): number | null =>
  Object.values(r.values).every((v) => v === null) ? yearOfLabel(r.department ?? r.debt ?? '') : null;

/** Where the table's rows run under lines of a year each (the first row one): a table a year, the lines left out. */
function byYearLines(t: PlanTable): PlanTable[] | null {
  if (yearLineOf(t.rows[0]) === null) return null;
  const runs: Run[] = [];
  for (const r of t.rows) {
    const year = yearLineOf(r);
    if (year !== null) runs.push({ year, rows: [], label: r.department ?? r.debt ?? '' });
    else runs[runs.length - 1].rows.push(r);
  }
  if (runs.some((run) => !run.rows.length)) return null;
  return runs.map((run, i) => yearTable(t, run, i, null, (rows) => rows));
}

function byYearColumn(g: SheetGrid, t: PlanTable, data: PlanRow[]): PlanTable[] | null {
  // A label column every data row of which names one year (the first label column, where no 所管課 is, read as the department).
  const column = t.columns.find((c) => (c.role === 'other' || c.role === 'department') && data.every((r) => yearOfLabel(g.text(r.row - 1, c.c)) !== null));
  if (!column) return null;
  const asDepartment = column.role === 'department';
  // Runs of rows of one year, in order; a total row (合計 of the run above it) stays with its run.
  const runs: Run[] = [];
  for (const r of t.rows) {
    const label = g.text(r.row - 1, column.c);
    const year = r.total ? null : yearOfLabel(label);
    const last = runs[runs.length - 1];
    if (year === null || (last && last.year === year)) {
      if (last) last.rows.push(r);
      continue;
    }
    runs.push({ year, rows: [r], label });
  }
  // Its years are no department's.
  const rowsOf = (rows: PlanRow[]) => (asDepartment ? rows.map((r) => ({ ...r, department: null })) : rows);
  const years = new Set(runs.map((run) => run.year));
  if (years.size < runs.length) return byYearAcross(g, t, column, years, rowsOf);
  return runs.map((run, i) => yearTable(t, run, i, column, rowsOf));
}

/**
 * Years that come again down the rows (each debt's rows a year each: 個人市民税 令和3年度, 令和4年度, 令和5年度, then 固定資産税's,
 * then 合計's): a table a year of the rows of that year wherever they stand, a total row's its own year (合計 令和3年度 the sum
 * of the debts' 令和3年度 rows).
 */
function byYearAcross(g: SheetGrid, t: PlanTable, column: PlanColumn, years: Set<number>, rowsOf: (rows: PlanRow[]) => PlanRow[]): PlanTable[] | null {
  const byYear = new Map<number, Run>([...years].map((year) => [year, { year, rows: [], label: '' }]));
  for (const r of t.rows) {
    const label = g.text(r.row - 1, column.c);
    const run = byYear.get(yearOfLabel(label) ?? NaN);
    if (!run) return null;
    run.rows.push(r);
    run.label ||= label;
  }
  return [...byYear.values()].map((run, i) => yearTable(t, run, i, column, rowsOf));
}

/** The rows of one year, and the label that names it (令和7年度（目標）: its kind too). */
interface Run {
  year: number;
  rows: PlanRow[];
  label: string;
}

/** The table of one year's rows (`i`: its place; the first keeps the header), its figures' columns of that year. */
function yearTable(t: PlanTable, run: Run, i: number, column: PlanColumn | null, rowsOf: (rows: PlanRow[]) => PlanRow[]): PlanTable {
  const top = i === 0 ? t.area.top : run.rows[0].row - 1;
  const area = { ...t.area, top, bottom: run.rows[run.rows.length - 1].row - 1 };
  // The kind its label names (令和7年度（目標）, 令和4年度決算), where the column's header names none.
  const kind = kindOf(run.label.replace(/\s/g, ''));
  const written = yearNotation([run.label]);
  return {
    ...t,
    range: areaA1(area),
    area,
    columns: t.columns.map((c) => (c.role === 'value' || c.role === 'delta' ? { ...c, fiscalYear: run.year, kind: c.kind ?? kind } : c === column ? { ...c, role: 'other' as const } : c)),
    rows: rowsOf(run.rows),
    // How the label writes its year (令和4年度), where the headers name none.
    ...(written && { yearNotation: written }),
    reasons: [...t.reasons, column ? `年度の列: ${column.column}（${run.year}年度の行）` : `年度の行: ${run.year}年度`],
  };
}
