/**
 * The WorkbookPort over Office.js. `read()` takes a snapshot (two syncs) and remembers what it
 * needs to write safely later; `apply()` writes a ChangeSet against that snapshot (one sync for
 * marks, two for cells: a fingerprint check, then the write). Call read() before apply(): a
 * ChangeSet is computed from a snapshot, and the port refuses to apply one without it.
 *
 * Every batch runs in `Excel.run({ delayForCellEdit: true })`: when the user is typing in a cell,
 * Excel holds the batch until they leave it instead of failing. Hosts that cannot wait still
 * answer InvalidOperationInCellEditMode, which becomes the message asking the user to leave the
 * cell (and nothing is written: a batch refused for cell-edit mode runs no action). A write runs as
 * one undo group where it can (`mergeUndoGroup`, see WritePlan): one Ctrl+Z takes the command back.
 */
import type { ApplyResult, ReadRequest, WorkbookPort } from '../port';
import type { ChangeSet } from '../../core/changes';
import type { Workbook } from '../../core/workbook';
import { detectFeatures, type ExcelFeatures, type ExcelLibrary, type Requirements } from './features';
import { readExcel, type ReadOptions, type ReadState } from './read';
import { AddRefused, applyExcel, planWrite, sheetNameTaken, type ApplyOptions, type ExcelApplyResult } from './apply';
import { ExcelHostError, toHostError } from './errors';

export type ExcelRun = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelPortOptions extends ApplyOptions, ReadOptions {
  /** `Excel.run` (tests pass the fake's). */
  run?: ExcelRun;
  /** `Office.context.requirements` (tests pass the fake's). */
  requirements?: Requirements;
  /** The `Excel` namespace of the office.js loaded (tests pass the fake's). */
  library?: ExcelLibrary;
}

export class ExcelPort implements WorkbookPort {
  private state: ReadState | null = null;
  private readonly run: ExcelRun;
  private readonly options: ExcelPortOptions;
  readonly features: ExcelFeatures;
  /** Syncs of the last read() and apply(), for the outcome and the bench. */
  lastSyncs = { read: 0, apply: 0 };

  constructor(options: ExcelPortOptions = {}) {
    this.options = options;
    this.run = options.run ?? ((o, batch) => Excel.run(o, batch));
    this.features = detectFeatures(options.requirements, options.library);
  }

  async read(request: ReadRequest = {}): Promise<Workbook> {
    if (!this.features.floor) throw new ExcelHostError('unsupported', { feature: 'ExcelApi 1.12' });
    try {
      this.state = await this.run({ delayForCellEdit: true }, (ctx) => readExcel(ctx, this.features, { ...this.options, calculate: request.calculate }));
      this.lastSyncs.read = this.state.syncs;
    } catch (e) {
      throw toHostError(e);
    }
    return this.state.workbook;
  }

  async apply(changes: ChangeSet): Promise<ExcelApplyResult> {
    if (!this.state) throw new ExcelHostError('generic', { detail: 'apply() before read()' });
    const state = this.state;
    try {
      const plan = planWrite(changes, state, this.features, this.options);
      // One undo group where the host has them and the write calls nothing that cannot be in one (see WritePlan).
      const options: Excel.RunOptions = plan.undoGroup ? { delayForCellEdit: true, mergeUndoGroup: true } : { delayForCellEdit: true };
      const result = await this.run(options, (ctx) => applyExcel(ctx, changes, state, this.features, this.options, plan));
      this.lastSyncs.apply = result.syncs;
      return result;
    } catch (e) {
      if (!(e instanceof AddRefused)) throw toHostError(e);
      // The sheets added before the refusal deleted again in a run of their own: Worksheet.delete cannot be in an undo group.
      const taken = await this.run({ delayForCellEdit: true }, (ctx) => sheetNameTaken(ctx, e.wanted)).catch(() => null);
      throw taken ? new ExcelHostError('sheet-name-taken', { sheet: taken }, e.cause) : e.failure;
    } finally {
      // What was read no longer describes the workbook once anything may have been written.
      this.state = null;
    }
  }

  /** The last snapshot's host-side details (the pane selects cells, the tests look inside). */
  get lastRead(): ReadState | null {
    return this.state;
  }

  /** Selects a cell and brings its sheet forward (the pane's "go to finding"). */
  async select(sheet: string, cell: string): Promise<void> {
    await this.run({ delayForCellEdit: true }, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
    });
  }
}

export type { ApplyResult };

