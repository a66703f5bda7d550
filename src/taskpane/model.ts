/**
 * The pane's state, as plain data: what the components render. Types only from src/core, so the
 * components stay free of the engine (which loads lazily).
 */
import type { OverrideEntry } from '../core/catalog';
import type { ChartSpec } from '../core/changes';
import type { Report, ReportTable } from '../core/report';
import type { Settings } from '../core/settings';
import type { Workbook } from '../core/workbook';
import type { PaneTask } from '../commands/state';
import type { WorkbookPort } from '../hosts/port';
import type { Mappings } from './mappings';
import type { RibbonEvent } from './ribbon-link';

/** The five commands of the ribbon's 債権管理 tab, as the pane runs them. */
export type CommandName = 'recognize' | 'validate' | 'recalc' | 'summary' | 'clearMarks' | 'undo';
export const COMMANDS: readonly CommandName[] = ['recognize', 'validate', 'recalc', 'summary', 'clearMarks', 'undo'];

/** Anything that shows progress: a command, opening a workbook, saving a setting. */
export type TaskName = CommandName | 'open' | 'save';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type Issue = Report['issues'][number];

/** Where the pane runs: Excel (through Office.js) or the browser workbench (an .xlsx in memory). */
export interface PaneHost {
  kind: 'excel' | 'browser';
  port: WorkbookPort;
  /** The name the report carries. */
  fileName: string;
  /** Selects a cell in the workbook (Excel). The workbench moves its preview instead. */
  select?(sheet: string, cell: string): Promise<void>;
  /**
   * Runs a command the way the ribbon does (Excel: the runtime's one runner, with its busy guard,
   * marks and outcome). Without it the pane runs the engine over the port itself (the workbench).
   */
  run?(command: CommandName): Promise<RibbonEvent>;
  /**
   * Runs a write of the pane's own (settings saved, 取りまとめ) as the only thing writing to the workbook (Excel: with the
   * ribbon's commands off, refused as busy while one runs). Without it the pane is the workbook's only writer.
   */
  exclusive?<T>(task: PaneTask, work: () => Promise<T>): Promise<T>;
}

/** A host's `exclusive` where it has none: the pane is the workbook's only writer (the workbench). */
export const soleWriter: NonNullable<PaneHost['exclusive']> = (_, work) => work();

export interface StoredState {
  settings: Settings;
  overrides: OverrideEntry[];
  mappings: Mappings;
  /** Stored parts that were damaged and ignored, with zod's reason. */
  problems: string[];
}

export type ColumnView = ReportTable['columns'][number] & { corrected: boolean };
/** A table as the pane shows it; `figures`: how many a matrix table holds (it has no rows to count). */
export type TableView = Omit<ReportTable, 'columns' | 'observations'> & { columns: ColumnView[]; figures?: number };

export interface CatalogRow {
  id: string;
  name: string;
  aliases: string[];
  class: string;
  basis: string;
  note: string;
  overridden: boolean;
}

export interface Notice {
  intent: 'success' | 'error' | 'warning' | 'info';
  text: string;
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

export interface PaneState {
  host: PaneHost | null;
  /** The snapshot last read (the workbench previews it). */
  workbook: Workbook | null;
  report: Report | null;
  tables: TableView[];
  /** Findings are shown once 検証 ran (認識 reports tables only). */
  validated: boolean;
  /** Findings are highlighted (in the preview, and as marks in Excel) until マーク解除. */
  marked: boolean;
  stored: StoredState | null;
  catalog: CatalogRow[] | null;
  busy: TaskName | null;
  /** The current task has run longer than half a second: show progress. */
  slow: boolean;
  notice: Notice | null;
  selection: { sheet: string; cell: string } | null;
  /** Bumped on every selection, so selecting the same cell again still scrolls to it. */
  selectionSeq: number;
  /** Generated sheets edited by hand: 集計・グラフ waits for the user to confirm replacing them. */
  confirmSummary: string[] | null;
  /** A command wrote to the workbook since it was opened or saved (the workbench's 変更あり). */
  unsaved: boolean;
  /** The charts the last 集計・グラフ wrote: the workbench draws them in its preview. */
  charts: ChartSpec[];
}

export function countsOf(issues: readonly Issue[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) c[i.severity]++;
  return c;
}
