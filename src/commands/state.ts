/**
 * What the ribbon's commands tell the rest of the shared runtime: a tiny store the pane subscribes
 * to (the shape of src/taskpane/ribbon-link.ts: `subscribe(listener)` → unsubscribe). The ribbon
 * and the pane live in one JavaScript runtime (manifest: SharedRuntime, lifetime long), so a plain
 * object is shared; nothing goes through storage or messages.
 */
import type { Report } from '../core/report';
import type { Bilingual } from '../i18n';
import type { FailureKind } from '../hosts/excel/errors';

export type CommandName = 'recognize' | 'validate' | 'recalc' | 'summary' | 'clearMarks' | 'undo';
/** What the pane writes into the workbook besides the commands. */
export type PaneTask = 'save' | 'consolidate';

export interface OutcomeCounts {
  tables: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Cells written (再計算, 集計・グラフ), marked (検証) or restored (マーク解除). */
  cells: number;
}

export interface CommandOutcome {
  command: CommandName;
  ok: boolean;
  /** What to show, in both languages (the pane picks the user's). */
  message: Bilingual;
  counts?: OutcomeCounts;
  failure?: FailureKind;
  /** Round trips to Excel the command took (read and write). */
  syncs?: number;
}

/** What a listener hears when a ribbon command finishes. */
export interface RibbonEvent {
  command: CommandName;
  /** The report the command produced, when it has one. */
  report?: Report;
  outcome: CommandOutcome;
}

export class CommandState {
  private readonly listeners = new Set<(event: RibbonEvent) => void>();
  private lastEvent: RibbonEvent | null = null;
  /**
   * The command running now, or the pane's own write (its settings and overrides saved, 取りまとめ written): buttons stay
   * disabled (or a click is refused) until it ends.
   */
  running: CommandName | PaneTask | null = null;
  /** Whether the task pane is on screen (Office.addin.onVisibilityModeChanged keeps this). */
  paneVisible = false;

  subscribe(listener: (event: RibbonEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: RibbonEvent): void {
    this.lastEvent = event;
    for (const l of [...this.listeners]) {
      try {
        l(event);
      } catch (error) {
        console.error('saiken: a listener of the ribbon failed', error);
      }
    }
  }

  /** The last outcome, for a pane that opens after the command finished. */
  get last(): RibbonEvent | null {
    return this.lastEvent;
  }

  get listenerCount(): number {
    return this.listeners.size;
  }
}

/** The one store of the runtime. */
export const commandState = new CommandState();
