/**
 * Cell writes grouped into rectangles, so that Excel receives a few 2-D arrays instead of one
 * request per cell. A rectangle only ever holds cells that are written (a 2-D write sets every
 * cell of its range), and is cut into row slices so that no single array nears the request limit.
 */
import type { Area } from '../../core/workbook';

export interface Positioned<T> {
  r: number;
  c: number;
  v: T;
}

export interface Block<T> {
  area: Area;
  grid: T[][];
}

/**
 * Vertical runs per column, then neighbouring columns with the same run joined: the computed
 * columns of a plan table (deltas side by side, rows 6–44) become one block.
 */
export function rectangles<T>(items: readonly Positioned<T>[], maxCells = 50_000): Block<T>[] {
  const sorted = [...items].sort((a, b) => a.c - b.c || a.r - b.r);
  type Run = { top: number; bottom: number; c: number; values: T[] };
  const runs: Run[] = [];
  for (const it of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.c === it.c && last.bottom + 1 === it.r) {
      last.bottom = it.r;
      last.values.push(it.v);
    } else if (last && last.c === it.c && last.bottom === it.r) {
      last.values[last.values.length - 1] = it.v; // the same cell twice: the later write wins
    } else runs.push({ top: it.r, bottom: it.r, c: it.c, values: [it.v] });
  }
  type Rect = { top: number; bottom: number; left: number; right: number; columns: T[][] };
  const open = new Map<string, Rect>();
  const rects: Rect[] = [];
  for (const run of runs) {
    const key = `${run.top}:${run.bottom}`;
    const rect = open.get(key);
    if (rect && rect.right + 1 === run.c) {
      rect.right = run.c;
      rect.columns.push(run.values);
    } else {
      const fresh = { top: run.top, bottom: run.bottom, left: run.c, right: run.c, columns: [run.values] };
      rects.push(fresh);
      open.set(key, fresh);
    }
  }
  const out: Block<T>[] = [];
  for (const rect of rects) {
    const width = rect.right - rect.left + 1;
    const rowsPerSlice = Math.max(1, Math.floor(maxCells / width));
    for (let top = rect.top; top <= rect.bottom; top += rowsPerSlice) {
      const bottom = Math.min(rect.bottom, top + rowsPerSlice - 1);
      const grid: T[][] = [];
      for (let r = top; r <= bottom; r++) grid.push(rect.columns.map((col) => col[r - rect.top]));
      out.push({ area: { top, bottom, left: rect.left, right: rect.right }, grid });
    }
  }
  return out;
}

/** Bytes a value takes in a request (JSON, UTF-8). */
export function payloadBytes(v: unknown): number {
  const json = JSON.stringify(v) ?? '';
  let n = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xdc00 ? 2 : 3;
  }
  return n;
}

/** A block cut into row slices of at most `maxBytes` each (a single row may exceed it). */
export function splitByBytes<T>(block: Block<T>, maxBytes: number): Block<T>[] {
  const out: Block<T>[] = [];
  let start = 0;
  let bytes = 0;
  const push = (end: number) => {
    out.push({ area: { ...block.area, top: block.area.top + start, bottom: block.area.top + end - 1 }, grid: block.grid.slice(start, end) });
    start = end;
    bytes = 0;
  };
  block.grid.forEach((row, i) => {
    const size = payloadBytes(row);
    if (i > start && bytes + size > maxBytes) push(i);
    bytes += size;
  });
  if (start < block.grid.length) push(block.grid.length);
  return out;
}
