/**
 * The worker's heap between the phases of a command. V8 lets its heap grow to a multiple of what
 * was live at its last full collection (up to four times) before it collects again: a command that
 * reads a sheet of a million cells, recognizes it and lets it go leaves that much garbage behind,
 * still counted in the process's memory when the next phase begins (the next sheet, the summary's
 * layout, the writer's buffers). Measured in docs/performance.md ("The heap between phases"), with
 * recognition letting each sheet go: summary at 1M cells 507 → 305 MB, run at 4M 854–961 → 540 MB,
 * for a few collections of tens of milliseconds.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { SheetSource } from '../core/workbook';
import { cellCount } from '../core/cells';

/**
 * Cells read since the last collection past which one is worth its cost: a full collection marks
 * what is live (tens of milliseconds for a plan of a million cells), so twenty sheets of a thousand
 * rows are not collected after each one.
 */
const LARGE = 250_000;

/**
 * Cells read past which the end of a phase collects: a few times a command (run: after the
 * engine's recalculation, after the plan sheets are written, after the summary's layout), so worth
 * it for a workbook of tens of thousands of cells (run at 100k cells peaked at 125 MB without it,
 * 104 MB with it, for the same CPU time); below it a workbook's garbage is a few MB.
 */
const SETTLE_FROM = 20_000;

let gc: (() => void) | null | undefined;

/**
 * A full collection now. V8's `gc` function, installed on a new context once `--expose-gc` is set
 * (a V8 flag of the process, honoured at run time for contexts made after it: Node's `vm` docs and
 * V8's flag list); where it cannot be had, nothing happens.
 */
function collect(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const fn: unknown = runInNewContext('gc');
      gc = typeof fn === 'function' ? (fn as () => void) : null;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

/**
 * `source` counting the cells it reads and collecting when the engine lets a large sheet go; and
 * `settle`, for the end of a phase (the engine's before the writer's buffers; run's steps): a
 * collection unless the workbook read was small.
 */
export function releasing(source: SheetSource): { source: SheetSource; settle(): void } {
  let read = 0;
  let uncollected = 0;
  return {
    source: {
      names: source.names,
      otherSheets: source.otherSheets,
      sheets: source.sheets,
      read(index) {
        const sheet = source.read(index);
        const cells = cellCount(sheet);
        read += cells;
        uncollected += cells;
        return sheet;
      },
      release() {
        if (uncollected < LARGE) return;
        uncollected = 0;
        collect();
      },
    },
    settle: () => {
      if (read >= SETTLE_FROM) collect();
    },
  };
}
