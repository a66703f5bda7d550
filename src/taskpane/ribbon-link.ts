/**
 * How the pane hears about the ribbon. The ribbon's commands run in the same shared runtime as
 * the pane; when one finishes it tells its listeners, and the pane shows the result, so a click on
 * the 債権管理 tab updates the open pane. This is the only shape the pane depends on; the runtime's
 * store (src/commands/state.ts: commandState) provides it.
 */
import type { Report } from '../core/report';
import type { CommandName } from './model';
import type { PaneTask } from '../commands/state';

export interface RibbonOutcome {
  ok: boolean;
  /** What happened, in both languages; the pane shows the user's. */
  message: { ja: string; en: string };
  /** Why it stopped (e.g. "summary-edited": generated sheets were edited by hand). */
  failure?: string;
}

export interface RibbonEvent {
  command: CommandName;
  /** The report the command produced, when it has one (the pane re-reads otherwise). */
  report?: Report;
  outcome?: RibbonOutcome;
}

export interface RibbonEvents {
  subscribe(listener: (event: RibbonEvent) => void): () => void;
  /** The last event, for a pane that opens after a ribbon command finished (and opened it). */
  readonly last?: RibbonEvent | null;
  /**
   * The command running now, if any: its outcome is on its way (a pane it opened need not recognize the workbook meanwhile);
   * or a write of the pane's own.
   */
  readonly running?: CommandName | PaneTask | null;
}
