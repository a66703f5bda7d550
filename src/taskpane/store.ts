/**
 * The pane's state and its actions: one store per pane, read by the components through
 * useSyncExternalStore. Every action reads the workbook through the host's WorkbookPort, runs
 * the engine (loaded lazily) and writes back through the same port, yielding to the event loop
 * between steps so the pane keeps painting and answering keys. A task that runs longer than half
 * a second shows progress.
 */
import type { OverrideEntry } from '../core/catalog';
import type { Settings } from '../core/settings';
import type { Workbook } from '../core/workbook';
import type { ReadRequest } from '../hosts/port';
import { fill, type PaneMessages } from '../i18n/pane';
import { cellList } from '../i18n/cell-list';
import { requireCalculated } from '../hosts/excel/errors';
import type * as Bridge from './engine-bridge';
import type { ColumnMapping } from './mappings';
import { countsOf, soleWriter, type CommandName, type Issue, type Notice, type PaneHost, type PaneState, type TaskName } from './model';
import { blankedByBlankOperands } from './recalc-notes';
import type { RibbonEvent, RibbonEvents } from './ribbon-link';

type BridgeModule = typeof Bridge;

export interface StoreOptions {
  /** How long a task runs before progress is shown (ms). */
  slowAfterMs?: number;
  /** The engine bridge; tests may hand it over directly. */
  loadBridge?: () => Promise<BridgeModule>;
  /** Whether the UI language is English (for error messages that carry both). */
  english?: boolean;
}

const defaultBridge = () => import(/* webpackChunkName: "engine" */ './engine-bridge');

/** Lets the browser paint and handle input between the steps of a command. */
export function pause(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Local time as the change log records it. */
function localTime(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** A User Timing mark (saiken:…), visible in the browser's performance tools and to the e2e tests. */
function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(`saiken:${name}`);
}

const INITIAL: PaneState = {
  host: null,
  workbook: null,
  report: null,
  tables: [],
  validated: false,
  marked: false,
  stored: null,
  catalog: null,
  busy: null,
  slow: false,
  notice: null,
  selection: null,
  selectionSeq: 0,
  confirmSummary: null,
  unsaved: false,
  charts: [],
};

export class PaneStore {
  private state: PaneState = INITIAL;
  private readonly listeners = new Set<() => void>();
  private bridge: Promise<BridgeModule> | null = null;
  private readonly slowAfterMs: number;
  private readonly loadBridge: () => Promise<BridgeModule>;

  constructor(
    private readonly t: PaneMessages,
    private readonly options: StoreOptions = {},
  ) {
    this.slowAfterMs = options.slowAfterMs ?? 500;
    this.loadBridge = options.loadBridge ?? defaultBridge;
  }

  getState = (): PaneState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  /** Starts loading the engine without waiting for it. */
  preload(): void {
    void this.engine().catch(() => undefined);
  }

  private engine(): Promise<BridgeModule> {
    if (!this.bridge) {
      this.bridge = this.loadBridge();
      this.bridge.catch(() => {
        this.bridge = null;
      });
    }
    return this.bridge;
  }

  /** Runs one task at a time; progress after `slowAfterMs`; a failure becomes a notice, never a throw. */
  private async run(task: TaskName, work: () => Promise<void>): Promise<boolean> {
    if (this.state.busy) return false;
    this.set({ busy: task, slow: false });
    const timer = setTimeout(() => {
      if (this.state.busy === task) this.set({ slow: true });
    }, this.slowAfterMs);
    try {
      await pause();
      await work();
      return true;
    } catch (error) {
      this.set({ notice: { intent: 'error', text: fill(this.t.failed, { detail: this.describe(error) }) } });
      return false;
    } finally {
      clearTimeout(timer);
      this.set({ busy: null, slow: false });
    }
  }

  private describe(error: unknown): string {
    if (error instanceof Error && error.name === 'StoredDataDamaged') return this.t.dataDamaged;
    if (error instanceof Error) {
      const en = (error as Error & { messageEn?: string }).messageEn;
      return this.options.english && en ? en : error.message;
    }
    return String(error);
  }

  private host(): PaneHost {
    const h = this.state.host;
    if (!h) throw new Error('no workbook');
    return h;
  }

  /** Reads the workbook and what it stores; the catalog follows the stored overrides. */
  private async read(b: BridgeModule, request: ReadRequest = {}): Promise<Workbook> {
    mark('read-start');
    const wb = await this.host().port.read(request);
    mark('read-end');
    await pause();
    const stored = b.storedOf(wb);
    const catalogChanged = JSON.stringify(stored.overrides) !== JSON.stringify(this.state.stored?.overrides);
    this.set({
      workbook: wb,
      stored,
      catalog: catalogChanged || !this.state.catalog ? b.catalogRows(stored.overrides) : this.state.catalog,
    });
    return wb;
  }

  /**
   * A workbook to work on (Excel's, or a file in the workbench); recognizes it at once, unless the
   * caller has a result to show instead (a ribbon command that opened the pane). The workbook
   * shown until now stays, untouched, until the new one has been read: a file that cannot be
   * opened leaves the pane as it was, with the error shown. Resolves to whether it opened.
   */
  async open(host: PaneHost, options: { recognize?: boolean; fileName?: string } = {}): Promise<boolean> {
    mark('open');
    if (!this.state.workbook) this.set({ ...INITIAL });
    let opened = false;
    const ok = await this.run('open', async () => {
      const b = await this.engine();
      mark('engine-ready');
      await pause();
      let wb: Workbook;
      try {
        mark('read-start');
        wb = await host.port.read();
        mark('read-end');
      } catch (error) {
        const name = options.fileName ?? host.fileName;
        const detail = this.describe(error);
        // The reader's messages name the file; any other failure is named here.
        const failed = fill(this.t.openFailed, { detail: detail.includes(name) ? detail : `${name}: ${detail}` });
        // The reader's detail may end without a full stop; the sentence that follows needs one.
        const stop = /[。．.!?！？）)]$/.test(failed) ? '' : this.options.english ? '.' : '。';
        const text = this.state.workbook ? `${failed}${stop} ${fill(this.t.openKept, { current: this.state.host?.fileName ?? '' })}` : failed;
        this.set({ notice: { intent: 'error', text } });
        return;
      }
      await pause();
      const stored = b.storedOf(wb);
      this.set({ ...INITIAL, busy: 'open', slow: this.state.slow, host, workbook: wb, stored, catalog: b.catalogRows(stored.overrides) });
      opened = true;
    });
    if (ok && opened && options.recognize !== false) await this.recognize();
    return ok && opened;
  }

  /** The workbench reports a file it could not even hand to a port (not an .xlsx). */
  fail(text: string): void {
    this.set({ notice: { intent: 'error', text } });
  }

  /** Writes through the host's port; the workbench's file then differs from what was opened or saved. */
  private async write(changes: Parameters<PaneHost['port']['apply']>[0]) {
    const applied = await this.host().port.apply(changes);
    this.set({ unsaved: true });
    return applied;
  }

  /** The workbench downloaded the file as it is now. */
  saved(fileName: string): void {
    // The workbench marks 検証's cells in its preview only (the file host writes no fill nor note): said as the file goes, a
    // clerk looking for them in it.
    const marks = this.state.marked && this.state.report?.issues.length ? (this.options.english ? ' ' : '') + this.t.marksHereOnly : '';
    this.set({ unsaved: false, notice: { intent: 'success', text: fill(this.t.downloaded, { name: fileName }) + marks } });
  }

  private showReport(b: BridgeModule, report: PaneState['report'] & object, patch: Partial<PaneState> = {}): void {
    const mappings = this.state.stored?.mappings ?? { version: 1 as const, tables: [] };
    this.set({ report, tables: b.tableViews(report, mappings), ...patch });
  }

  recognize(): Promise<boolean> {
    return this.run('recognize', async () => {
      const b = await this.engine();
      const wb = await this.read(b);
      mark('inspect-start');
      const report = b.runInspect(wb, this.host().fileName);
      mark('inspect-end');
      const n = report.tables.length;
      this.showReport(b, report, {
        validated: false,
        marked: false,
        notice: n ? { intent: 'success', text: fill(this.t.doneRecognize, { n }) } : { intent: 'warning', text: this.t.doneRecognizeNone },
      });
    });
  }

  validate(): Promise<boolean> {
    return this.run('validate', async () => {
      const b = await this.engine();
      const wb = await this.read(b, { calculate: true });
      requireCalculated(wb);
      const run = b.runValidate(wb, this.host().fileName);
      if (this.noTables(b, run.report)) return;
      let report = run.report;
      // Inside Excel, 検証 runs through the runtime (commands/run.ts), which writes them with the marks.
      if (run.validations.length && this.host().kind !== 'excel') {
        const applied = (await this.write(b.validationChanges(run.validations))) as { validationsKept?: { sheet: string; range: string }[] };
        report = b.withKept(report, applied.validationsKept);
      }
      const c = countsOf(report.issues);
      this.showReport(b, report, {
        validated: true,
        marked: true,
        notice: {
          intent: c.error ? 'warning' : 'success',
          text: fill(this.t.doneValidate, { errors: c.error, warnings: c.warning, infos: c.info }),
        },
      });
    });
  }

  recalc(): Promise<boolean> {
    return this.run('recalc', async () => {
      const b = await this.engine();
      const wb = await this.read(b, { calculate: true });
      requireCalculated(wb);
      const result = b.runRecalc(wb, this.host().fileName);
      if (this.noTables(b, result.report)) return;
      await pause();
      let blanked = 0;
      if (result.changes.cells.length || result.changes.sheets.length) {
        await this.write(result.changes);
        await pause();
        blanked = blankedByBlankOperands(result.changes, await this.read(b));
      }
      // The cells that now hold live formulas (the change log's cells are not counted).
      const formulas = result.changes.cells.filter((c) => c.formula !== undefined).length;
      const done = fill(this.t.doneRecalc, { cells: formulas, replaced: result.report.changes.length, mended: result.report.changes.filter((c) => c.mended).length });
      // Figures that look typed wrong (input-suspect): what is computed from them may be left as typed, their findings say.
      const suspects = result.report.issues.filter((i) => i.code === 'input-suspect');
      const notes = [
        blanked ? fill(this.t.recalcBlanked, { n: blanked, setting: this.t.blankAsZero }) : '',
        suspects.length ? fill(this.t.recalcSuspects, { n: suspects.length, cells: suspectCells(suspects.map((i) => `${i.sheet}!${i.cell}`), this.options.english) }) : '',
      ].filter(Boolean);
      const text = [formulas ? done : this.t.doneRecalcNothing, ...notes].join(this.options.english ? ' ' : '');
      const notice: Notice = { intent: notes.length ? 'warning' : formulas ? 'success' : 'info', text };
      this.showReport(b, result.report, { notice });
    });
  }

  /**
   * 検証, 再計算 or 集計 of a workbook with no plan table (a staff list): nothing written, and said in a warning — not
   * 「問題は見つかりませんでした」 nor empty 集計 sheets (as the CLI and the ribbon refuse).
   */
  private noTables(b: BridgeModule, report: PaneState['report'] & object): boolean {
    if (report.tables.length) return false;
    this.showReport(b, report, { notice: { intent: 'warning', text: this.t.noTablesNothingDone } });
    return true;
  }

  /** 集計・グラフ; when generated sheets were edited by hand, asks first (confirmSummary). */
  summary(confirmed = false): Promise<boolean> {
    if (confirmed) this.set({ confirmSummary: null });
    return this.run('summary', async () => {
      const b = await this.engine();
      const wb = await this.read(b, { calculate: true });
      requireCalculated(wb);
      const result = b.runSummary(wb, this.host().fileName);
      if (this.noTables(b, result.report)) return;
      if (result.edited.length && !confirmed) {
        this.set({ confirmSummary: result.edited });
        return;
      }
      await pause();
      const applied = await this.write(result.changes);
      await pause();
      const after = await this.read(b);
      this.showReport(b, b.runInspect(after, this.host().fileName), {
        confirmSummary: null,
        charts: result.changes.charts,
        notice: { intent: 'success', text: fill(this.t.doneSummary, { sheets: result.sheets.length, charts: applied.chartsAdded }) },
      });
    });
  }

  cancelSummary(): void {
    this.set({ confirmSummary: null });
  }

  clearMarks(): Promise<boolean> {
    return this.run('clearMarks', async () => {
      const b = await this.engine();
      const host = this.host();
      const wb = await this.read(b);
      if (host.kind === 'excel' || b.hasStoredMarks(wb) || b.installsValidation(wb)) {
        await this.write(b.clearMarksChanges());
        await this.read(b);
      }
      this.set({ marked: false, selection: null, notice: { intent: 'success', text: this.t.doneClearMarks } });
    });
  }

  /** 元に戻す: the last 再計算 undone from the change log (src/core/undo.ts). */
  undo(): Promise<boolean> {
    return this.run('undo', async () => {
      const b = await this.engine();
      const wb = await this.read(b);
      const undo = b.runUndo(wb, localTime());
      const text = this.options.english ? undo.message.en : undo.message.ja;
      if (!undo.changes) return this.set({ notice: { intent: 'warning', text } });
      await this.host().port.apply(undo.changes);
      await pause();
      const after = await this.read(b);
      this.showReport(b, b.runInspect(after, this.host().fileName), { notice: { intent: 'success', text } });
    });
  }

  /**
   * A command by name, from the pane's buttons. Inside Excel it runs through the runtime's runner
   * (the ribbon's: one command at a time, marks, the outcome message); in the workbench the pane
   * runs the engine over the file itself.
   */
  command(name: CommandName): Promise<boolean> {
    const run = this.state.host?.run;
    if (run) return this.viaRuntime(name, run);
    switch (name) {
      case 'recognize':
        return this.recognize();
      case 'validate':
        return this.validate();
      case 'recalc':
        return this.recalc();
      case 'summary':
        return this.summary();
      case 'clearMarks':
        return this.clearMarks();
      case 'undo':
        return this.undo();
    }
  }

  private async viaRuntime(name: CommandName, run: NonNullable<PaneHost['run']>): Promise<boolean> {
    let event: RibbonEvent | null = null;
    const ok = await this.run(name, async () => {
      event = await run(name);
      const b = await this.engine();
      // The ribbon cannot ask before replacing hand-edited summary sheets; the pane can.
      if (event.outcome?.failure === 'summary-edited') return;
      this.showEvent(b, event);
    });
    if (ok && event && (event as RibbonEvent).outcome?.failure === 'summary-edited') return this.summary();
    return ok;
  }

  /** What a finished command (the pane's or the ribbon's) shows. */
  private showEvent(b: BridgeModule, event: RibbonEvent): void {
    const notice: Notice | null = event.outcome
      ? { intent: event.outcome.ok ? 'success' : 'error', text: this.options.english ? event.outcome.message.en : event.outcome.message.ja }
      : null;
    const patch: Partial<PaneState> = { notice };
    if (event.command === 'validate' && event.report) Object.assign(patch, { validated: true, marked: true });
    if (event.command === 'recognize' && event.report) Object.assign(patch, { validated: false, marked: false });
    if (event.command === 'clearMarks' && event.outcome?.ok) Object.assign(patch, { marked: false, selection: null });
    if (event.report) this.showReport(b, event.report, patch);
    else this.set(patch);
  }

  /** Shows a finding's cell: selects it in Excel; the workbench's preview follows the selection. */
  async select(issue: Pick<Issue, 'sheet' | 'cell'>): Promise<void> {
    this.set({ selection: { sheet: issue.sheet, cell: issue.cell }, selectionSeq: this.state.selectionSeq + 1 });
    const select = this.state.host?.select;
    if (!select) return;
    try {
      await select(issue.sheet, issue.cell);
    } catch (error) {
      this.set({ notice: { intent: 'error', text: fill(this.t.failed, { detail: this.describe(error) }) } });
    }
  }

  /** Writes a stored part, reads it back, and refreshes the results it changes. */
  private save(changesOf: (b: BridgeModule, wb: Workbook) => Parameters<PaneHost['port']['apply']>[0], done: string): Promise<boolean> {
    return this.run('save', async () => {
      const b = await this.engine();
      const host = this.host();
      // Read and written with no command between (see PaneHost.exclusive).
      await (host.exclusive ?? soleWriter)('save', async () => {
        const wb = await this.read(b);
        await this.write(changesOf(b, wb));
      });
      await pause();
      const after = await this.read(b);
      if (this.state.report) this.showReport(b, b.runInspect(after, this.host().fileName));
      this.set({ notice: { intent: 'success', text: done } });
    });
  }

  saveSettings(settings: Settings): Promise<boolean> {
    return this.save((b, wb) => b.settingsChanges(wb, settings), this.t.settingsSaved);
  }

  /** Adds an entry, or replaces this workbook's override of the same name. */
  saveOverride(entry: OverrideEntry): Promise<boolean> {
    const others = (this.state.stored?.overrides ?? []).filter((e) => e.name !== entry.name);
    return this.save((b, wb) => b.catalogChanges(wb, [...others, entry]), this.t.catalogSaved);
  }

  removeOverride(name: string): Promise<boolean> {
    const rest = (this.state.stored?.overrides ?? []).filter((e) => e.name !== name);
    return this.save((b, wb) => b.catalogChanges(wb, rest), this.t.catalogSaved);
  }

  correctColumn(table: { sheet: string; range: string }, correction: ColumnMapping | { column: string; remove: true }): Promise<boolean> {
    return this.save((b, wb) => b.columnCorrectionChanges(wb, table, correction).changes, this.t.doneSaved);
  }

  dismissNotice(): void {
    this.set({ notice: null });
  }

  /**
   * Follows the ribbon: when one of its commands finished, the pane shows the result (the report
   * and message it carries, or a fresh read). The last event is shown at once: a ribbon command
   * that opened the pane finished before the pane was there. Returns the unsubscribe function.
   */
  follow(events: RibbonEvents): () => void {
    const handle = (event: RibbonEvent) =>
      void (async () => {
        // The pane's own commands publish too; it shows those itself when they return.
        if (!this.state.host || this.state.busy) return;
        const b = await this.engine();
        if (event.report || event.outcome) this.showEvent(b, event);
        else if (event.command === 'validate') await this.validate();
        else await this.recognize();
      })();
    const stop = events.subscribe(handle);
    if (events.last) handle(events.last);
    return stop;
  }
}

/** Cells named in a notice: the first five, then how many more. */
const suspectCells = (cells: string[], english = false) =>
  english ? cellList(cells, { max: 5, sep: ', ', more: (n) => ` and ${n} more` }) : cellList(cells, { max: 5, more: (n) => ` ほか${n}件` });
