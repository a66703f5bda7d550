/**
 * The engine's commands over a snapshot. Hosts read the snapshot and apply what comes back.
 */
import { parseA1, sourceOf, type Sheet, type SheetSource, type Workbook } from './workbook';
import { withoutCells } from './cells';
import { recognizeSheet, eachRecognizedSheet, recognizeWorkbook, type ColumnMapping } from './recognize';
import { acrossTables, validateSheetTables, validateTables, type RuleContext } from './validate';
import { catalogWithOverrides } from './catalog/shipped';
import { DATA_SHEET, readWorkbookData } from './workbook-data';
import type { Finding, PlanTable } from './recognize/model';
import { refreshTables } from './recognize/refresh';
import { emptyChangeSet, type ChangeSet, type LogEntry } from './changes';
import { recalcSheet } from './recalc';
import { changeLogWrites, replacedFormats } from './recalc/change-log';
import { applyToSnapshot } from './apply-snapshot';
import { markName, staleSummary, summarizeChanges, summaryTable, type SummaryTable } from './summary';
import { buildReport, buildStreamedReport, type Report, type StreamedReport } from './report';
import { PackedTable } from './packed-table';
import { validationInstall } from './dv/install';
import type { ExistingRule } from './dv/rules';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** `into.push(...items)` for any length: spread arguments overflow the stack past about 120,000 (a finding a figure of a million-cell sheet). */
function append<T>(into: T[], items: readonly T[]): void {
  for (const x of items) into.push(x);
}

/** The rules' context from what the workbook stores (settings, catalog overrides). */
export function contextOf(wb: Workbook): { ctx: RuleContext; findings: Finding[]; mappings: ColumnMapping[] } {
  const data = readWorkbookData(wb);
  return { ctx: { settings: data.settings, catalog: catalogWithOverrides(data.overrides) }, findings: data.findings, mappings: data.mappings };
}

/** A workbook recognized: its rules' context, its tables, and what the stored data and recognition found. */
interface Analysis {
  ctx: RuleContext;
  tables: PlanTable[];
  findings: Finding[];
}

function analyze(wb: Workbook): Analysis {
  const { ctx, findings: dataFindings, mappings } = contextOf(wb);
  const { tables, findings } = recognizeWorkbook(wb, mappings);
  return { ctx, tables, findings: [...dataFindings, ...findings] };
}

/**
 * Validate the recognized tables: the report, findings in sheet order, errors first; each table's
 * observations (one object a figure: 150 MB at a million cells) made when first read.
 */
function reportOf(wb: Workbook, file: string, a: Analysis): Report {
  return buildReport(file, a.tables, issuesOf(wb.sheets, a));
}

function issuesOf(sheets: SheetSource['sheets'], a: Analysis): Finding[] {
  return inSheetOrder(sheets, [...a.findings, ...validateTables(a.tables, a.ctx)]);
}

/** The report of the workbook as it is (検証, 集計): the rules' findings and the inputs their errors point to as typed wrong. */
function checkedReportOf(wb: Workbook, file: string, a: Analysis): Report {
  const validated = validateTables(a.tables, a.ctx);
  const suspects: Finding[] = [];
  for (const sheet of wb.sheets) {
    const tables = a.tables.filter((t) => t.sheet === sheet.name);
    if (tables.length) append(suspects, suspectsOf(sheet, tables, a.ctx, validated));
  }
  return buildReport(file, a.tables, inSheetOrder(wb.sheets, [...a.findings, ...validated, ...suspects]));
}

/**
 * On a sheet the rules found a total's error or two errors or more on: the inputs 再計算 would find typed wrong, each the one
 * figure all of some of those errors are of, or a part's slip a total shows (input-suspect, said as 検証 says it: nothing is
 * written), from a run into a set nothing applies.
 */
function suspectsOf(sheet: Sheet, tables: readonly PlanTable[], ctx: RuleContext, found: readonly Finding[]): Finding[] {
  if (!errorsMayShareAnInput(found.filter((f) => f.sheet === sheet.name && f.severity === 'error'))) return [];
  return recalcSheet(sheet, tables, ctx.settings, emptyChangeSet(), true).filter((f) => f.code === 'input-suspect');
}

/** Errors of a ledger's figures (its 収入未済額, 収納率, 年度末). */
const LEDGER_ERRORS = new Set(['ledger-identity', 'rate-mismatch', 'rollforward-mismatch']);

/**
 * Could the errors be of one input: a total's or a difference's (its operand's slip), or two on one row (a 収入未済額 and a 収納率 of one 調定額),
 * or a ledger's two in one column (a matrix's items down the rows)?
 * Errors apart (a wrong difference every hundred rows) are not looked into: that would cost a run of 再計算.
 */
function errorsMayShareAnInput(errors: readonly Finding[]): boolean {
  // A total or a difference alone may show an operand's slip of the keys (a 計 over a 現年度分 with two digits swapped, a
  // 前年度比 over a rate typed 89.0 for 98.0).
  if (errors.some((f) => f.code === 'total-mismatch' || f.code === 'delta-mismatch')) return true;
  if (errors.length < 2) return false;
  const rows = new Set<number>();
  const ledgerColumns = new Set<number>();
  for (const f of errors) {
    const { r, c } = parseA1(f.cell);
    if (rows.has(r)) return true;
    rows.add(r);
    if (!LEDGER_ERRORS.has(f.code)) continue;
    if (ledgerColumns.has(c)) return true;
    ledgerColumns.add(c);
  }
  return false;
}

function inSheetOrder(sheets: SheetSource['sheets'], issues: Finding[]): Finding[] {
  const sheetOrder = new Map(sheets.map((s, i) => [s.name, i]));
  return issues.sort(
    (x, y) =>
      (sheetOrder.get(x.sheet) ?? 0) - (sheetOrder.get(y.sheet) ?? 0) ||
      SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] ||
      x.code.localeCompare(y.code),
  );
}

/** Recognize and validate; change nothing. */
export function inspect(wb: Workbook, file: string): Report {
  const a = analyze(wb);
  return withStaleSummary(wb, a.tables.map(summaryTable), a.ctx, checkedReportOf(wb, file, a));
}

/**
 * The report of 検証 with summary-stale where saiken's 集計 is not what 集計 would write now, made as 集計 makes it (with the
 * errors of this report): last among its sheet's findings (not of the plan: 集計 and 再計算 leave it out of theirs).
 */
function withStaleSummary<R extends { issues: Finding[] }>(wb: Workbook, tables: readonly SummaryTable[], ctx: RuleContext, report: R): R {
  const stale = staleSummary(wb, tables, ctx.catalog, errorCells(report.issues));
  return stale ? { ...report, issues: inSheetOrder(wb.sheets, [...report.issues, stale]) } : report;
}

/** Where the errors are ("2-1!E7"), as 集計 notes it was made with them. */
const errorCells = (issues: readonly Pick<Finding, 'severity' | 'sheet' | 'cell'>[]) => issues.filter((i) => i.severity === 'error').map((i) => `${i.sheet}!${i.cell}`);

/**
 * inspect for a report written out once (the CLI): each plan sheet is read, recognized and
 * validated in turn and its cells let go; its tables are kept packed (PackedTable), and the
 * report's rows and observations are produced from them as they are written. Memory is bounded
 * by the largest sheet, not the workbook.
 */
export function inspectStreamed(source: SheetSource, file: string): StreamedReport {
  const { tables, issues, plans, ctx } = inspectEach(source);
  const report = buildStreamedReport(file, tables, issues);
  // The sheets besides the plans are read only where saiken made a 集計, to tell whether it is stale.
  return source.names?.[markName('summary')] ? withStaleSummary(keptWorkbook(source, plans), tables, ctx, report) : report;
}

/** What the workbook stores (settings, column corrections): its one hidden sheet, read on its own before the plans. */
function storedContext(source: SheetSource): ReturnType<typeof contextOf> {
  const data = source.sheets.findIndex((s) => s.name === DATA_SHEET);
  return contextOf({ sheets: data < 0 ? [] : [source.read(data)], names: source.names });
}

/**
 * The workbook once its plan sheets were read one at a time: those kept as given (without their
 * cells), every other sheet (the change log, generated and hidden sheets) read whole now.
 */
function keptWorkbook(source: SheetSource, plans: ReadonlyMap<string, Sheet>): Workbook {
  return { names: source.names, otherSheets: source.otherSheets, sheets: source.sheets.map((s, i) => plans.get(s.name) ?? source.read(i)) };
}

function inspectEach(source: SheetSource): { tables: PackedTable[]; issues: Finding[]; plans: Map<string, Sheet>; ctx: RuleContext } {
  const { ctx, findings: stored, mappings } = storedContext(source);
  const recognized: Finding[] = [];
  const packed = new Packed();
  const plans = new Map<string, Sheet>();
  eachRecognizedSheet(source, mappings, (r) => {
    append(recognized, r.findings);
    packed.add(r.tables, ctx, r.sheet);
    plans.set(r.sheet.name, withoutCells(r.sheet));
  });
  return { tables: packed.tables, issues: packed.issues(source.sheets, [...stored, ...recognized]), plans, ctx };
}

/**
 * Tables validated and packed as each sheet's are found (the CLI's inspect, recalc, summary and run): what the rules
 * found, and at the end the one rule across the workbook, in the order inspect over the whole
 * snapshot gives them.
 */
class Packed {
  readonly tables: PackedTable[] = [];
  private readonly validated: Finding[] = [];

  /** `sheet`, for a report of the workbook as it is: the inputs its errors point to as typed wrong are said too. */
  add(tables: PlanTable[], ctx: RuleContext, sheet?: Sheet): void {
    const found = validateSheetTables(tables, ctx);
    append(this.validated, found);
    if (sheet) append(this.validated, suspectsOf(sheet, tables, ctx, found));
    for (const t of tables) this.tables.push(new PackedTable(t));
  }

  /** `found` (stored data, recognition…) with the rules' findings, sorted by sheet (the sort is stable). */
  issues(sheets: SheetSource['sheets'], found: Finding[]): Finding[] {
    const across = acrossTables(this.tables.map((p) => ({ table: p.table, figure: (r: number, k: number) => p.figure(r, k) })));
    return inSheetOrder(sheets, [...found, ...this.validated, ...across]);
  }
}

/**
 * 検証 that also installs data validation (when the setting is on): the report, with a
 * `validation-kept` finding where a user's own rule stays, and the `validations` to apply.
 * `existing` are the rules the host found that saiken did not add.
 */
export function inspectWithValidation(wb: Workbook, file: string, existing: readonly ExistingRule[] = []): { report: Report; validations: NonNullable<ChangeSet['validations']> } {
  const a = analyze(wb);
  const dv = validationInstall(a.tables, a.ctx.settings, existing);
  const report = checkedReportOf(wb, file, { ...a, findings: [...a.findings, ...dv.findings] });
  return { report: withStaleSummary(wb, a.tables.map(summaryTable), a.ctx, report), validations: dv.validations };
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
  const r = recalcKeeping(sourceOf(wb), now);
  return { report: r.report(file), changes: r.changes };
}

/**
 * recalc over sheets read one at a time, for a report written out once (the CLI): each plan sheet
 * is read, recognized, recalculated and validated in turn, its tables kept packed (as inspect keeps
 * them), and the sheet kept without its cells (the writer needs its name and merged areas only);
 * the other sheets (the change log, generated and hidden sheets) are read whole. The same changes
 * and report as recalc over the whole snapshot, and the workbook so kept, for the writer.
 */
export function recalcSheets(source: SheetSource, file: string, now = localStamp()): { report: StreamedReport; changes: ChangeSet; workbook: Workbook } {
  const { r, report } = recalcPacked(source, file, now);
  return { report, changes: r.changes, workbook: r.before };
}

/** recalcEach with each sheet's tables kept packed, and the report after it (recalcSheets, runSheets). */
function recalcPacked(source: SheetSource, file: string, now: string): { r: Recalculated; packed: Packed; report: StreamedReport } {
  const packed = new Packed();
  const r = recalcEach(source, now, (tables, ctx) => packed.add(tables, ctx));
  return { r, packed, report: { ...buildStreamedReport(file, packed.tables, packed.issues(r.after.sheets, r.findings)), changes: reportedChanges(r.changes.log) } };
}

/** Recalculation keeping the tables, for what follows it (the report, the summary of runAll). */
function recalcKeeping(source: SheetSource, now: string): Recalculated & { analysis: Analysis; report(file: string): Report } {
  const tables: PlanTable[] = [];
  const r = recalcEach(source, now, (t) => append(tables, t));
  const analysis: Analysis = { ctx: r.ctx, tables, findings: r.findings };
  return { ...r, analysis, report: (file) => ({ ...reportOf(r.after, file, analysis), changes: reportedChanges(r.changes.log) }) };
}

interface Recalculated {
  ctx: RuleContext;
  changes: ChangeSet;
  /** What the stored data, recognition (again where a write asked for it: see refreshTables) and recalculation found. */
  findings: Finding[];
  /** The workbook as read, each plan sheet without its cells. */
  before: Workbook;
  /** The same once the changes are written (the change log's rows added; plan sheets as in `before`). */
  after: Workbook;
}

/**
 * Each plan sheet read, recognized and recalculated in turn; `keep` receives its tables as the
 * changes leave them, while the sheet's cells are still at hand. The change log's writes come last.
 */
function recalcEach(source: SheetSource, now: string, keep: (tables: PlanTable[], ctx: RuleContext) => void): Recalculated {
  const { ctx, findings: stored, mappings } = storedContext(source);
  const changes = emptyChangeSet();
  const recognized: Finding[] = [];
  const skipped: Finding[] = [];
  const formats = new Map<string, string>();
  const plans = new Map<string, Sheet>();
  eachRecognizedSheet(source, mappings, (r) => {
    const from = changes.cells.length;
    const fromLog = changes.log.length;
    append(skipped, recalcSheet(r.sheet, r.tables, ctx.settings, changes));
    replacedFormats(r.sheet, changes.cells, from, formats);
    const own: ChangeSet = { ...emptyChangeSet(), cells: changes.cells.slice(from), log: changes.log.slice(fromLog) };
    const before: Workbook = { names: source.names, sheets: [r.sheet] };
    const after = applyToSnapshot(before, own);
    // The writes only fill value cells of the tables, so the tables are re-read at those cells
    // rather than recognized again; anything else written means recognizing the result.
    const refreshed = refreshTables(r.tables, before, after, own);
    const again = refreshed ? r : recognizeSheet(after.sheets[0], mappings.filter((m) => m.sheet === r.sheet.name));
    keep(refreshed ?? again.tables, ctx);
    append(recognized, again.findings);
    plans.set(r.sheet.name, withoutCells(r.sheet));
  });
  const before = keptWorkbook(source, plans);
  const from = changes.cells.length;
  if (changes.log.length) changeLogWrites(before, changes, now, formats);
  const after = applyToSnapshot(before, { ...changes, cells: changes.cells.slice(from) });
  return { ctx, changes, findings: [...stored, ...recognized, ...skipped], before, after };
}

export interface SummaryCommandResult extends CommandResult {
  /** Generated sheets edited by hand since they were made; the CLI refuses without --force. */
  edited: string[];
  sheetNames: { summary: string; charts: string };
  /** Charts the data does not support, with why (also written on the 集計 and グラフ sheets). */
  omittedCharts: string[];
}

/** The summary (集計) and chart (グラフ) sheets, as formulas over the plan tables. */
export function summarize(wb: Workbook, file: string): SummaryCommandResult {
  const a = analyze(wb);
  return summarizeWith(wb, a, checkedReportOf(wb, file, a));
}

function summarizeWith(wb: Workbook, a: Analysis, report: Report): SummaryCommandResult {
  return { report, ...summaryOf(wb, a.tables.map(summaryTable), a.ctx, report.issues) };
}

/** What the CLI's summary and run give: a report written out once, from tables kept packed. */
export type SummarySheetsResult = Omit<SummaryCommandResult, 'report'> & { report: StreamedReport; workbook: Workbook };

/**
 * summarize over sheets read one at a time (the CLI): each plan sheet is recognized as it is read,
 * its tables validated and kept packed (as inspect keeps them: the summary reads a row's figures from
 * there), and the sheet kept without its cells (a summary is made from the tables and writes none of
 * the plan sheets); the other sheets (saiken's generated sheets and change log, the hidden ones) are
 * read whole, as the summary and the writer need them. The same changes and report as summarize
 * over the whole snapshot, and the workbook so kept, for the writer.
 */
export function summarizeSheets(source: SheetSource, file: string): SummarySheetsResult {
  const { ctx, findings: stored, mappings } = storedContext(source);
  const recognized: Finding[] = [];
  const packed = new Packed();
  const plans = new Map<string, Sheet>();
  eachRecognizedSheet(source, mappings, (r) => {
    append(recognized, r.findings);
    packed.add(r.tables, ctx, r.sheet);
    plans.set(r.sheet.name, withoutCells(r.sheet));
  });
  const workbook = keptWorkbook(source, plans);
  const report = buildStreamedReport(file, packed.tables, packed.issues(workbook.sheets, [...stored, ...recognized]));
  return { ...summaryOf(workbook, packed.tables, ctx, report.issues), report, workbook };
}

/** The summary of the tables; `issues`: the report's findings, whose errors the summary says it was made with. */
function summaryOf(wb: Workbook, tables: readonly SummaryTable[], ctx: RuleContext, issues: readonly Pick<Finding, 'severity' | 'sheet' | 'cell'>[]): Omit<SummaryCommandResult, 'report'> {
  const s = summarizeChanges(wb, tables, ctx.catalog, errorCells(issues));
  return { changes: s.changes, edited: s.edited, sheetNames: s.sheetNames, omittedCharts: s.omittedCharts };
}

/** Recalculate, validate, summarize: one report, one ChangeSet. */
export function runAll(wb: Workbook, file: string, now = localStamp()): SummaryCommandResult {
  const r = recalcKeeping(sourceOf(wb), now);
  // The summary sheets are not plans: the report after recalculation stands.
  const s = summarizeWith(r.after, r.analysis, r.report(file));
  return { ...s, changes: mergeChanges(r.changes, s.changes) };
}

/** runAll over sheets read one at a time, its tables kept packed (see recalcSheets); `workbook` is the snapshot kept for the writer. */
export function runSheets(source: SheetSource, file: string, now = localStamp()): SummarySheetsResult {
  const steps = runSteps(source, file, now);
  const changes = steps.takeChanges();
  const s = steps.summarize();
  return { ...s, report: steps.report, changes: mergeChanges(changes, s.changes), workbook: steps.workbook };
}

/**
 * runSheets in its two steps, for a writer that applies the recalculation's changes before the
 * summary is laid out (the CLI: the plan sheets are written while the heap holds little). The
 * recalculation's changes and then the summary's, applied in turn, write what runSheets' merged
 * ones write.
 */
export function runSteps(
  source: SheetSource,
  file: string,
  now = localStamp(),
): { report: StreamedReport; workbook: Workbook; takeChanges(): ChangeSet; summarize(): Omit<SummaryCommandResult, 'report'> } {
  const { r, packed, report } = recalcPacked(source, file, now);
  const { after, ctx } = r;
  let changes: ChangeSet | null = r.changes;
  return {
    report,
    workbook: r.before,
    // Given once, and not held here after: a million-cell plan's recalculation writes 200,000 cells.
    takeChanges: () => {
      const c = changes;
      if (!c) throw new Error('runSteps: the recalculation’s changes were taken already');
      changes = null;
      return c;
    },
    summarize: () => summaryOf(after, packed.tables, ctx, report.issues),
  };
}

export function mergeChanges(a: ChangeSet, b: ChangeSet): ChangeSet {
  return {
    // A sheet only moved by b (the change log kept last) is already written by a.
    sheets: [...a.sheets, ...b.sheets.filter((s) => !(s.position && a.sheets.some((x) => x.name === s.name)))],
    cells: [...a.cells, ...b.cells],
    charts: [...a.charts, ...b.charts],
    marks: [...a.marks, ...b.marks],
    clearMarks: a.clearMarks || b.clearMarks,
    log: [...a.log, ...b.log],
    ...(a.validations || b.validations ? { validations: [...(a.validations ?? []), ...(b.validations ?? [])] } : {}),
  };
}

export function exitCodeOf(report: Pick<Report, 'issues'>): 0 | 1 {
  return report.issues.some((i) => i.severity === 'error') ? 1 : 0;
}

/** The log's entries as the report lists them (report.schema.json): a row's label, kept for 元に戻す, is the log's own. */
function reportedChanges(log: readonly LogEntry[]): Omit<LogEntry, 'key'>[] {
  return log.map(({ key: _key, ...e }) => e);
}
