/**
 * Everything the pane needs from the engine, in one module that the pane imports lazily: the
 * engine, the catalog and zod arrive after the pane is on screen. The pane's components import
 * only types from src/core; the store calls these functions.
 */
import { inspect, inspectWithValidation, recalc, summarize } from '../core/engine';
import { withKept } from '../core/dv/install';
import { undoDoneMessage, undoLastRecalc, undoRefusalMessage } from '../core/undo';
import { type Bilingual } from '../i18n';
import { catalogWithOverrides, type CatalogEntry, type OverrideEntry } from '../core/catalog';
import { emptyChangeSet, type ChangeSet } from '../core/changes';
import { withoutObservations, type Report } from '../core/report';
import { DATA_SHEET, readWorkbookData } from '../core/workbook-data';
import type { Settings } from '../core/settings';
import { SettingsSchema } from '../core/settings-schema';
import type { Workbook } from '../core/workbook';
import { correctColumns, mappingFor, mappingsChanges, readMappings, withColumnMapping, type ColumnMapping, type Mappings } from './mappings';
import { storePart } from './stored-data';
import type { CatalogRow, StoredState, TableView } from './model';

export { DATA_SHEET };

/** What the workbook stores, validated; every damaged part named in `problems`. */
export function storedOf(wb: Workbook): StoredState {
  const data = readWorkbookData(wb);
  const m = readMappings(wb);
  const problems = data.findings.map((f) => f.message);
  if (m.problem) problems.push(`mappings: ${m.problem}`);
  return { settings: data.settings, overrides: data.overrides?.entries ?? [], mappings: m.mappings, problems };
}

export function runInspect(wb: Workbook, file: string): Report {
  return inspect(wb, file);
}

/**
 * 検証 with "install data validation" on: the report and the rules to write; `withKept` adds the
 * ranges the host left with the user's own rule to the report once written.
 */
export function runValidate(wb: Workbook, file: string): { report: Report; validations: NonNullable<ChangeSet['validations']> } {
  return inspectWithValidation(wb, file);
}

export { withKept };

export function validationChanges(validations: NonNullable<ChangeSet['validations']>): ChangeSet {
  return { ...emptyChangeSet(), validations };
}

/** Whether 検証 installs data validation here (マーク解除 then has rules of saiken's to take off). */
export function installsValidation(wb: Workbook): boolean {
  return readWorkbookData(wb).settings.installDataValidation;
}

export function runRecalc(wb: Workbook, file: string): { report: Report; changes: ChangeSet } {
  return recalc(wb, file);
}

/** 元に戻す: the ChangeSet that undoes the last 再計算 (none when refused) and what to tell. */
export function runUndo(wb: Workbook, now: string): { changes: ChangeSet | null; message: Bilingual } {
  const undo = undoLastRecalc(wb, now);
  if (undo.ok) return { changes: undo.changes, message: undoDoneMessage(undo) };
  return { changes: null, message: undoRefusalMessage(undo) };
}

export interface SummaryRun {
  report: Report;
  changes: ChangeSet;
  /** Generated sheets edited by hand since they were made: the user confirms before they are replaced. */
  edited: string[];
  sheets: string[];
}

export function runSummary(wb: Workbook, file: string): SummaryRun {
  const r = summarize(wb, file);
  return { report: r.report, changes: r.changes, edited: r.edited, sheets: [r.sheetNames.summary, r.sheetNames.charts] };
}

export function clearMarksChanges(): ChangeSet {
  return { ...emptyChangeSet(), clearMarks: true };
}

/** Whether the workbook records marks placed by 検証 (so clearing them has something to restore). */
export function hasStoredMarks(wb: Workbook): boolean {
  return Boolean((readWorkbookData(wb) as { marks?: unknown }).marks);
}

export function settingsChanges(wb: Workbook, settings: Settings): ChangeSet {
  return storePart(wb, 'settings', SettingsSchema.parse(settings));
}

export function catalogChanges(wb: Workbook, entries: OverrideEntry[]): ChangeSet {
  return storePart(wb, 'catalog', entries.length ? { version: 1, entries } : undefined);
}

export function columnCorrectionChanges(
  wb: Workbook,
  table: { sheet: string; range: string },
  correction: ColumnMapping | { column: string; remove: true },
): { mappings: Mappings; changes: ChangeSet } {
  const mappings = withColumnMapping(readMappings(wb).mappings, table, correction);
  return { mappings, changes: mappingsChanges(wb, mappings) };
}

/**
 * The report's tables with the stored corrections shown on their columns (without the observations, which the pane does not
 * show: they stay unmade — but for a matrix table's count, a table read figure by figure having no rows to count).
 */
export function tableViews(report: Report, mappings: Mappings): TableView[] {
  return report.tables.map((t) => ({
    ...withoutObservations(t),
    columns: correctColumns(t.columns, mappingFor(mappings, t)),
    ...(t.shape === 'matrix' ? { figures: t.observations.length } : {}),
  }));
}

function rowOf(e: CatalogEntry, overridden: boolean): CatalogRow {
  return { id: e.id, name: e.name, aliases: e.aliases, class: e.class, basis: e.basis, note: e.note ?? '', overridden };
}

/** The catalog this workbook sees: its overrides and additions first, then the national defaults. */
export function catalogRows(overrides: OverrideEntry[]): CatalogRow[] {
  const catalog = catalogWithOverrides(overrides.length ? { version: 1, entries: overrides } : null);
  return catalog.entries.map((e) => rowOf(e, catalog.isOverridden(e)));
}
