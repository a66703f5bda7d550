/**
 * What the pane, the ribbon commands and the CLI need from a workbook, whatever holds it.
 */
import type { Workbook } from '../core/workbook';
import type { ChangeSet } from '../core/changes';

export interface ApplyResult {
  /** Cells written (formulas, values and formats). */
  cellsWritten: number;
  sheetsCreated: number;
  chartsAdded: number;
}

export interface WorkbookPort {
  read(): Promise<Workbook>;
  apply(changes: ChangeSet): Promise<ApplyResult>;
}
