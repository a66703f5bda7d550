/**
 * Large sheets and the heap they leave, for test/cli/heap.test.ts. Run as a script (in a process of
 * its own, see there), it prints what each of three sheets of 400,000 cells freed when the engine
 * let it go.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { eachRecognizedSheet } from '../../src/core/recognize';
import type { Cell, Sheet } from '../../src/core/workbook';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** The heap in use after a full collection. */
export const heap = () => (gc(), process.memoryUsage().heapUsed);

/** A plan-like sheet of `rows` × 20 number cells under a header (each cell its own object, as the reader makes them). */
export function bigSheet(name: string, rows: number): Sheet {
  const header: Cell[] = [{ value: '債権名' }, ...Array.from({ length: 19 }, (_, c) => ({ value: `令和${c + 1}年度 収納率` }))];
  const body = Array.from({ length: rows }, (_, r) => [{ value: `債権${r}` }, ...Array.from({ length: 19 }, (_, c) => ({ value: r * 100 + c + 0.5 }))]);
  return { name, rows: [header, ...body], merges: [] };
}

export interface Released {
  /** The sheets read, in order. */
  read: string[];
  /** Each sheet's row count as its caller saw it. */
  rows: number[];
  /** The heap while each sheet's caller held it. */
  during: number[];
  /** The heap when each sheet was let go (SheetSource.release). */
  released: number[];
}

/** Sheets A, B and C of 20,000 rows each, recognized in turn, measured while held and when let go. */
export function releasedSheets(): Released {
  const names = ['A', 'B', 'C'];
  const seen: Released = { read: [], rows: [], during: [], released: [] };
  const source = {
    sheets: names.map((name) => ({ name })),
    read(i: number) {
      seen.read.push(names[i]);
      return bigSheet(names[i], 20_000);
    },
    release() {
      seen.released.push(heap());
    },
  };
  eachRecognizedSheet(source, [], (r) => {
    seen.during.push(heap());
    seen.rows.push(r.sheet.rows.length);
  });
  return seen;
}

if (require.main === module) process.stdout.write(JSON.stringify(releasedSheets()));
