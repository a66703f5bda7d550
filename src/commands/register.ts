/**
 * Ribbon commands: the FunctionNames of manifest.xml's ExecuteFunction buttons, bound with
 * Office.actions.associate in the shared runtime. Inside Excel each is bound to its real handler
 * (src/commands/handlers.ts); elsewhere, or where no Excel API exists, to a placeholder that
 * opens the pane.
 */
import { excelHandlers, setRibbonEnabled } from './handlers';

export const COMMAND_IDS = [
  'saikenRecognize',
  'saikenValidate',
  'saikenRecalc',
  'saikenSummary',
  'saikenClearMarks',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];

/**
 * A command's work. It must not call `event.completed()`: the wrapper does, exactly once, after the
 * handler settles, whether it returned or threw. A handler that calls it anyway does no harm.
 */
export type CommandHandler = (event: Office.AddinCommands.Event) => void | Promise<void>;
export type CommandHandlers = Partial<Record<CommandId, CommandHandler>>;

/** Brings the task pane up; a no-op where the host has no shared runtime API. */
export async function showTaskpane(): Promise<void> {
  if (typeof Office === 'undefined' || typeof Office.addin?.showAsTaskpane !== 'function') return;
  await Office.addin.showAsTaskpane();
}

/**
 * Without an Excel API (a plain browser, a test host) a button opens the pane instead, its event
 * completed first: showAsTaskpane does not take effect until it is (office-js#3250).
 */
const placeholder: CommandHandler = (event) => {
  event.completed();
  return showTaskpane();
};

/** Inside Excel, the real handlers; elsewhere none (the placeholder applies). */
function defaultHandlers(): CommandHandlers {
  return typeof Excel !== 'undefined' && typeof Excel.run === 'function' ? excelHandlers() : {};
}

/**
 * Wraps a handler so Excel always hears back: an uncompleted event leaves the button spinning
 * and, after a timeout, shows the user a generic error.
 */
export function completing(id: string, handler: CommandHandler): (event: Office.AddinCommands.Event) => Promise<void> {
  return async (event) => {
    let done = false;
    const complete = () => {
      if (done) return;
      done = true;
      event.completed();
    };
    // The handler sees the real event (its `source` and the rest) with an idempotent completed().
    const guarded = Object.create(event, { completed: { value: complete } }) as Office.AddinCommands.Event;
    try {
      await handler(guarded);
    } catch (error) {
      console.error(`saiken: command ${id} failed`, error);
    } finally {
      complete();
    }
  };
}

/**
 * Associates every command with its handler (the placeholder where none is given). Call it as soon
 * as Office.onReady resolves, before rendering anything, so a ribbon click that started the runtime
 * finds its function. Returns the ids registered: none where the host lacks Office.actions.
 */
export function registerCommands(handlers: CommandHandlers = defaultHandlers()): CommandId[] {
  if (typeof Office === 'undefined' || typeof Office.actions?.associate !== 'function') return [];
  for (const id of COMMAND_IDS) {
    Office.actions.associate(id, completing(id, handlers[id] ?? placeholder));
  }
  // A runtime that reloaded while a command had the buttons disabled starts here again: the
  // ribbon keeps its state across the reload (requestUpdate changes it until told otherwise), so
  // the buttons are enabled afresh; no command can be running in a runtime just started.
  void setRibbonEnabled(true);
  return [...COMMAND_IDS];
}
