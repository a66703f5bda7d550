/**
 * The ribbon's handlers: 認識, 検証, 再計算, 集計・グラフ, マーク解除 (作業ウィンドウ is the manifest's
 * ShowTaskpane action and needs no code). Each works with the pane closed, tells the user the
 * outcome (src/commands/notify.ts), disables the tab's command buttons while it runs, and refuses
 * a second command while one is running. Each completes its event once its work is done and before
 * it tells the user (runRibbonCommand); the wrapper (register.ts: completing) completes it on any
 * other path.
 */
import type { CommandHandler, CommandHandlers, CommandId } from './register';
import { commandState, type CommandName, type CommandState, type PaneTask, type RibbonEvent } from './state';
import { notify as notifyOutcome, trackPaneVisibility } from './notify';
import type { WorkbookPort } from '../hosts/port';
import { ExcelHostError, toHostError } from '../hosts/excel/errors';
import { detectFeatures } from '../hosts/excel/features';

export const COMMAND_NAMES: Record<CommandId, CommandName> = {
  saikenRecognize: 'recognize',
  saikenValidate: 'validate',
  saikenRecalc: 'recalc',
  saikenSummary: 'summary',
  saikenClearMarks: 'clearMarks',
};

/** The manifest's tab, groups and buttons (ids as in manifest.xml). */
export const RIBBON = {
  tab: 'Saiken.Tab',
  groups: [
    { id: 'Saiken.CheckGroup', controls: ['Saiken.Recognize', 'Saiken.Validate'] },
    { id: 'Saiken.BuildGroup', controls: ['Saiken.Recalc', 'Saiken.Summary'] },
    { id: 'Saiken.ViewGroup', controls: ['Saiken.ClearMarks'] },
  ],
} as const;

/** Enables or disables the command buttons (RibbonApi 1.1); elsewhere a running flag refuses clicks. */
export async function setRibbonEnabled(enabled: boolean): Promise<void> {
  if (typeof Office === 'undefined' || typeof Office.ribbon?.requestUpdate !== 'function' || !detectFeatures().ribbon) return;
  try {
    await Office.ribbon.requestUpdate({
      tabs: [{ id: RIBBON.tab, groups: RIBBON.groups.map((g) => ({ id: g.id, controls: g.controls.map((id) => ({ id, enabled })) })) }],
    });
  } catch (error) {
    console.error('saiken: could not update the ribbon', error);
  }
}

/** The workbook's file name for the report (Office.context.document.url), else a neutral name. */
export function workbookFileName(): string {
  try {
    const url = typeof Office === 'undefined' ? '' : (Office.context?.document?.url ?? '');
    const name = decodeURIComponent(url.split(/[\\/]/).pop() ?? '').split('?')[0];
    return name || 'workbook.xlsx';
  } catch {
    return 'workbook.xlsx';
  }
}

function localNow(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export interface CommandDeps {
  /** A fresh port per command. */
  port: () => WorkbookPort | Promise<WorkbookPort>;
  notify: (event: RibbonEvent) => Promise<void>;
  setEnabled: (enabled: boolean) => Promise<void>;
  state: CommandState;
  fileName: () => string;
  now: () => string;
}

async function excelPort(): Promise<WorkbookPort> {
  const { ExcelPort } = await import(/* webpackChunkName: "excel-host" */ '../hosts/excel/port');
  return new ExcelPort();
}

/**
 * Runs one command: busy guard, the event completed, buttons off, read–compute–write, buttons on,
 * then tell the user. `complete` (the event's completed()) comes as soon as the command is taken:
 * Excel ends a function command whose event is not completed within five minutes ("the add-in
 * times out after 5 minutes if it hasn't completed by then", the manifest's Action reference;
 * office-js#1452), and a 再計算 of a large workbook, or one waiting for the user to leave a cell
 * being edited (delayForCellEdit), may take longer; the shared runtime (lifetime long) runs on after
 * it. It comes before the pane is brought up too: Office.addin.showAsTaskpane does not take effect
 * in a command's handler until its event is completed (office-js#3250), and on Windows and Mac the
 * "…is working on…" status text stays otherwise (office-js#2877). The buttons off and the busy
 * guard keep a second command out meanwhile.
 */
export async function runRibbonCommand(command: CommandName, deps: CommandDeps, complete: () => void = () => undefined): Promise<RibbonEvent> {
  const { state } = deps;
  if (state.running) {
    const e = new ExcelHostError('busy');
    const event: RibbonEvent = { command, outcome: { command, ok: false, message: e.text, failure: 'busy' } };
    complete();
    await deps.notify(event);
    return event;
  }
  state.running = command;
  complete();
  await deps.setEnabled(false);
  let event: RibbonEvent;
  try {
    const [{ runCommand }, port] = await Promise.all([import(/* webpackChunkName: "engine" */ './run'), deps.port()]);
    event = await runCommand(command, { port, file: deps.fileName(), now: deps.now() });
    const syncs = (port as { lastSyncs?: { read: number; apply: number } }).lastSyncs;
    if (syncs) event.outcome.syncs = syncs.read + syncs.apply;
  } catch (error) {
    // Before the command ran: its code not loaded (the add-in updated under a long-lived runtime), no port.
    event = failedBeforeRun(command, error);
  } finally {
    state.running = null;
    await deps.setEnabled(true);
  }
  await deps.notify(event);
  return event;
}

/**
 * The pane's own writes into the workbook (settings and overrides saved, 取りまとめ's sheets), one at a time with the
 * commands: each reads a snapshot and writes against it, and a command between the two would be undone by the write
 * (検証's marks rewrite the stored data from the snapshot they read: settings just saved came back as they were). Refused
 * as busy while a command runs; the ribbon's buttons are off meanwhile, and a click refused as busy.
 */
export async function runExclusive<T>(task: PaneTask, work: () => Promise<T>, state: CommandState = commandState, setEnabled: (enabled: boolean) => Promise<void> = setRibbonEnabled): Promise<T> {
  if (state.running) throw new ExcelHostError('busy');
  state.running = task;
  await setEnabled(false);
  try {
    return await work();
  } finally {
    state.running = null;
    await setEnabled(true);
  }
}

function failedBeforeRun(command: CommandName, error: unknown): RibbonEvent {
  console.error(`saiken: ${command} could not start`, error);
  const e = toHostError(error);
  return { command, outcome: { command, ok: false, message: e.text, failure: e.kind } };
}

/** The real handlers, for registerCommands. */
export function excelHandlers(overrides: Partial<CommandDeps> = {}): Required<CommandHandlers> {
  const deps: CommandDeps = {
    port: excelPort,
    notify: (e) => notifyOutcome(e),
    setEnabled: setRibbonEnabled,
    state: commandState,
    fileName: workbookFileName,
    now: localNow,
    ...overrides,
  };
  trackPaneVisibility(deps.state);
  const handler = (id: CommandId): CommandHandler => async (event) => {
    await runRibbonCommand(COMMAND_NAMES[id], deps, () => event.completed());
  };
  return {
    saikenRecognize: handler('saikenRecognize'),
    saikenValidate: handler('saikenValidate'),
    saikenRecalc: handler('saikenRecalc'),
    saikenSummary: handler('saikenSummary'),
    saikenClearMarks: handler('saikenClearMarks'),
  };
}

/**
 * What the pane needs to work inside Excel (src/taskpane/ExcelPane.tsx: ExcelConnection): the
 * Excel port, the file name, cell selection, and the ribbon's events.
 */
export function paneConnection() {
  return {
    async connect() {
      const { ExcelPort } = await import(/* webpackChunkName: "excel-host" */ '../hosts/excel/port');
      const port = new ExcelPort();
      return { kind: 'excel' as const, port, fileName: workbookFileName(), select: (sheet: string, cell: string) => port.select(sheet, cell) };
    },
    ribbon: commandState,
  };
}
