/**
 * The CLI's heap between sheets (src/cli/heap.ts, SheetSource.release): once the engine is done
 * with a large sheet, its cells are garbage and are collected before the next sheet is read, so a
 * workbook of several large sheets never holds two sheets' cells (or one sheet's garbage) at once.
 */
import { execFileSync } from 'node:child_process';
import { eachRecognizedSheet } from '../../src/core/recognize';
import { releasing } from '../../src/cli/heap';
import type { SheetSource } from '../../src/core/workbook';
import { bigSheet, heap, type Released } from './heap-sheets';

describe('sheets let go between reads', () => {
  it('tells the source each sheet is let go, after the caller is done with it and before the next is read', () => {
    const order: string[] = [];
    const source: SheetSource = {
      sheets: [{ name: 'A' }, { name: 'hidden', hidden: true }, { name: 'B' }],
      read: (i) => (order.push(`read ${i}`), bigSheet(['A', 'hidden', 'B'][i], 3)),
      release: () => order.push('release'),
    };
    eachRecognizedSheet(source, [], (r) => order.push(`each ${r.sheet.name}${r.tables.length ? '' : ` (${r.findings.map((f) => f.code).join()})`}`));
    // The hidden sheet is read too, to say the plan it holds (its table none of the workbook's), and let go the same way.
    expect(order).toEqual(['read 0', 'each A', 'release', 'read 1', 'each hidden (hidden-sheet)', 'release', 'read 2', 'each B', 'release']);
  });

  it('holds no reference to a sheet once its caller returned: collected at release, before the next read', () => {
    // Measured in a Node of its own whose compilations are done on the main thread
    // (--no-concurrent-recompilation). A compilation waiting in V8's background queue holds the
    // function it compiles and so its context: recognition's closures over the grid (readTable's
    // labelAt: closure → context → SheetGrid → sheet → rows). In this worker, a collection at release
    // while one waited for the CPU found the sheet live, reachable from the compiler's queue and not
    // from the engine (docs/performance.md, "A sheet held by a compilation still queued").
    const out = execFileSync(process.execPath, ['--no-concurrent-recompilation', '--require', require.resolve('tsx/cjs'), require.resolve('./heap-sheets')], {
      encoding: 'utf8',
    });
    const { read, rows, during, released } = JSON.parse(out) as Released;
    expect(read).toEqual(['A', 'B', 'C']);
    expect(rows).toEqual([20_001, 20_001, 20_001]);
    // A sheet of 400,000 cells is some 40 MB while held, and each release frees it (a loop over a
    // generator kept the last sheet in its frame: each release saw it still live, and freed only
    // recognition's own 12 MB). Measured sheet by sheet, not against the heap before the first read.
    expect(released).toHaveLength(3);
    for (const [i, after] of released.entries()) expect(during[i] - after).toBeGreaterThan(25e6);
  });
});

describe('releasing (the CLI source)', () => {
  const source = (rows: number): SheetSource => ({ sheets: [{ name: 'A' }, { name: 'B' }], read: (i) => bigSheet(['A', 'B'][i], rows) });

  it('counts the cells it reads and collects when a large sheet is let go', () => {
    const { source: s } = releasing(source(20_000));
    const before = heap();
    let garbage = s.read(0);
    expect(garbage.rows.length).toBe(20_001);
    garbage = undefined as never;
    const left = process.memoryUsage().heapUsed - before;
    expect(left).toBeGreaterThan(10e6);
    s.release!();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(left / 4);
  });

  it('does not collect after a small sheet (a full collection costs more than it frees)', () => {
    const { source: s } = releasing(source(100));
    heap();
    s.read(0);
    // Garbage made after the read stays until V8 collects on its own: no collection was forced.
    let junk: object[] | null = Array.from({ length: 200_000 }, (_, i) => ({ i }));
    junk = null;
    const left = process.memoryUsage().heapUsed;
    s.release!();
    expect(process.memoryUsage().heapUsed).toBeGreaterThanOrEqual(left - 1e6);
    expect(junk).toBeNull();
  });

  it('settles (collects) at the end of a phase once tens of thousands of cells were read, not for a small workbook', () => {
    const garbageLeft = (rows: number) => {
      const { source: s, settle } = releasing(source(rows));
      heap();
      s.read(0);
      let junk: object[] | null = Array.from({ length: 200_000 }, (_, i) => ({ i }));
      junk = null;
      const left = process.memoryUsage().heapUsed;
      settle();
      expect(junk).toBeNull();
      return left - process.memoryUsage().heapUsed;
    };
    // 1,001 rows × 20 cells: past the 20,000 from which a phase's end collects; 101 × 20: not.
    expect(garbageLeft(1_000)).toBeGreaterThan(5e6);
    expect(garbageLeft(100)).toBeLessThan(1e6);
  });
});
