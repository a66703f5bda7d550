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
  /**
   * Cells ("2-2!G6") whose array formula of their own cell (CellWrite.array: 元に戻す putting one back) went in as an ordinary
   * formula: Office.js has no setter for array formulas (Range.formulas enters a formula as Enter does, not Ctrl+Shift+Enter).
   */
  arraysAsFormulas?: string[];
}

/** What a read is for. */
export interface ReadRequest {
  /**
   * The figures are checked or written from: where the host calculates manually and changes are pending, it calculates
   * the formulas first, as F9 would (a host that cannot leaves Workbook.calculationPending set).
   */
  calculate?: boolean;
}

export interface WorkbookPort {
  read(request?: ReadRequest): Promise<Workbook>;
  apply(changes: ChangeSet): Promise<ApplyResult>;
}
