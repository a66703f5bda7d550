/**
 * The engine's commands over a snapshot. Hosts read the snapshot and apply what comes back.
 */
import type { Workbook } from './workbook';
import { recognizeWorkbook, type ColumnMapping } from './recognize';
import { validateTables, type RuleContext } from './validate';
import { catalogWithOverrides } from './catalog';
import { readWorkbookData } from './workbook-data';
import type { Finding } from './recognize/model';
import type { ChangeSet } from './changes';
import { recalcChanges } from './recalc';
import { applyToSnapshot } from './apply-snapshot';
import { summarizeChanges } from './summary';
import { buildReport, type Report } from './report';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Recognize and validate; change nothing. */
/** The rules' context from what the workbook stores (settings, catalog overrides). */
export function contextOf(wb: Workbook): { ctx: RuleContext; findings: Finding[]; mappings: ColumnMapping[] } {
  const data = readWorkbookData(wb);
  return { ctx: { settings: data.settings, catalog: catalogWithOverrides(data.overrides) }, findings: data.findings, mappings: data.mappings };
}

export function inspect(wb: Workbook, file: string): Report {
  const { ctx, findings: dataFindings, mappings } = contextOf(wb);
  const { tables, findings } = recognizeWorkbook(wb, mappings);
  const issues = [...dataFindings, ...findings, ...validateTables(tables, ctx)];
  const sheetOrder = new Map(wb.sheets.map((s, i) => [s.name, i]));
  issues.sort(
    (a, b) =>
      (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.code.localeCompare(b.code),
  );
  return buildReport(file, tables, issues);
}

/** Local time as people read it in the change log: 2026-11-23 18:30. */
export function localStamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export interface CommandResult {
  report: Report;
  changes: ChangeSet;
}

/**
 * Fill every computed cell with its live formula. The report describes the workbook as it will
 * be once the changes are written (its findings are those that remain), with the changes made.
 */
export function recalc(wb: Workbook, file: string, now = localStamp()): CommandResult {
  const { ctx, mappings } = contextOf(wb);
  const { tables } = recognizeWorkbook(wb, mappings);
  const { changes, log } = recalcChanges(wb, tables, ctx.settings, now);
  const after = inspect(applyToSnapshot(wb, changes), file);
  return { report: { ...after, changes: log }, changes };
}

export interface SummaryCommandResult extends CommandResult {
  /** Generated sheets edited by hand since they were made; the CLI refuses without --force. */
  edited: string[];
  sheetNames: { summary: string; charts: string };
}

/** The summary (集計) and chart (グラフ) sheets, as formulas over the plan tables. */
export function summarize(wb: Workbook, file: string): SummaryCommandResult {
  const { ctx, mappings } = contextOf(wb);
  const { tables } = recognizeWorkbook(wb, mappings);
  const s = summarizeChanges(wb, tables, ctx.catalog);
  return { report: inspect(wb, file), changes: s.changes, edited: s.edited, sheetNames: s.sheetNames };
}

/** Recalculate, validate, summarize: one report, one ChangeSet. */
export function runAll(wb: Workbook, file: string, now = localStamp()): SummaryCommandResult {
  const r = recalc(wb, file, now);
  const after = applyToSnapshot(wb, r.changes);
  const s = summarize(after, file);
  const changes = mergeChanges(r.changes, s.changes);
  return { report: { ...s.report, changes: r.report.changes }, changes, edited: s.edited, sheetNames: s.sheetNames };
}

export function mergeChanges(a: ChangeSet, b: ChangeSet): ChangeSet {
  return {
    sheets: [...a.sheets, ...b.sheets],
    cells: [...a.cells, ...b.cells],
    charts: [...a.charts, ...b.charts],
    marks: [...a.marks, ...b.marks],
    clearMarks: a.clearMarks || b.clearMarks,
    log: [...a.log, ...b.log],
  };
}

export function exitCodeOf(report: Report): 0 | 1 {
  return report.issues.some((i) => i.severity === 'error') ? 1 : 0;
}
