/**
 * Telling the user how a ribbon command went, with or without the task pane.
 *
 * Where it shows (researched for a shared-runtime add-in in Excel):
 * - Excel gives add-ins no toast or status-bar API.
 * - The Dialog API (displayDialogAsync) opens a separate window on a page of the add-in's own
 *   domain; it can close itself after a few seconds, but it takes focus, blocks on the web when a
 *   pop-up blocker intervenes, and needs a page of its own in the build.
 * - Office.addin.showAsTaskpane (SharedRuntime 1.1, which the manifest requires) brings up the
 *   add-in's own pane, which is where the details live anyway; it needs no click to dismiss and
 *   does not take focus from the grid.
 * So: every outcome is published to the runtime's store (the open pane shows it at once); when
 * the pane is not on screen, it is opened, and shows the last outcome as it mounts. Where the
 * host cannot open it, the outcome waits in the store for the next time the pane opens.
 */
import { commandState, type CommandState, type RibbonEvent } from './state';

/** Brings the task pane up; a no-op where the host has no shared runtime API. */
export async function showTaskpane(): Promise<void> {
  if (typeof Office === 'undefined' || typeof Office.addin?.showAsTaskpane !== 'function') return;
  await Office.addin.showAsTaskpane();
}

export async function notify(event: RibbonEvent, state: CommandState = commandState, show: () => Promise<void> = showTaskpane): Promise<void> {
  state.publish(event);
  if (state.paneVisible) return;
  try {
    await show();
  } catch (error) {
    // The outcome stays in the store; the pane shows it when the user opens it.
    console.error('saiken: could not show the task pane', error);
  }
}

const tracked = new WeakSet<CommandState>();

/**
 * Keeps `paneVisible` up to date (SharedRuntime 1.1). It starts hidden and only the host's
 * visibility events set it: the page's own `document.visibilityState` cannot tell, because in
 * Excel on the web the runtime is an iframe and a document's visibility is that of its top-level
 * page (HTML Living Standard, "page visibility"), which is visible whether the pane is open or
 * not. Starting hidden costs nothing when the pane is in fact open: showAsTaskpane on a shown
 * pane leaves it as it is.
 */
export function trackPaneVisibility(state: CommandState = commandState): void {
  if (tracked.has(state)) return;
  tracked.add(state);
  state.paneVisible = false;
  try {
    if (typeof Office !== 'undefined' && typeof Office.addin?.onVisibilityModeChanged === 'function') {
      void Office.addin.onVisibilityModeChanged((args) => {
        state.paneVisible = args.visibilityMode === 'Taskpane';
      });
    }
  } catch (error) {
    console.error('saiken: cannot follow the task pane visibility', error);
  }
}
