/**
 * Writes a host must refuse. Content (a value or a formula) for a cell of a merged area other
 * than its top-left one: Excel keeps a merged area's content in its top-left cell only; what is
 * written elsewhere is hidden until the cells are unmerged, or ignored, without an error — a
 * write the user would never see. And content for any cell of a multi-cell array formula or
 * spill range (Sheet.arrays): Excel refuses to change part of an array (the whole request fails),
 * and a write into a spill range turns its formula into #SPILL!, losing the user's result. The
 * engine does not plan such writes (recalc reports `merged-cell-skipped` or `array-cell-skipped`);
 * both hosts check every ChangeSet against the merges and arrays they read, before writing
 * anything, so that no caller can lose a write there or break an array.
 */
import type { ChangeSet } from './changes';
import { areaA1, parseA1, type Area, type Sheet, type Workbook } from './workbook';

export interface BlockedWrite {
  sheet: string;
  cell: string;
  /** The merged area or the array, "G8:G9". */
  area: string;
}

/**
 * A sheet's merged areas (or arrays) indexed by column, built once per sheet, so that a lookup costs the
 * merges crossing one column rather than every merge of the sheet (a million-cell write on a
 * sheet of hundreds of merges). By column, not by row: a sheet has at most 16,384 columns but
 * over a million rows, and a merge down a whole column is commoner than one across a whole row.
 * One-cell areas are left out: their only cell is their top-left one.
 */
export type MergeIndex = Map<number, Area[]>;

export function mergeIndex(merges: readonly Area[]): MergeIndex {
  const byColumn: MergeIndex = new Map();
  for (const m of merges) {
    if (m.top === m.bottom && m.left === m.right) continue;
    for (let col = m.left; col <= m.right; col++) {
      const list = byColumn.get(col);
      if (list) list.push(m);
      else byColumn.set(col, [m]);
    }
  }
  return byColumn;
}

/** The merged area cell (r, c) (0-based) lies in without being its top-left cell; undefined otherwise. */
export function mergedAreaAt(index: MergeIndex, r: number, c: number): Area | undefined {
  return index.get(c)?.find((m) => m.top <= r && r <= m.bottom && !(r === m.top && c === m.left));
}

/** The array (or spill range) cell (r, c) (0-based) lies in, its anchor included; undefined otherwise. */
export function arrayAreaAt(index: MergeIndex, r: number, c: number): Area | undefined {
  return index.get(c)?.find((m) => m.top <= r && r <= m.bottom);
}


/** The first write into a merged area off its top-left cell, on a sheet the changes keep (not created or replaced). */
export function mergedWrite(cs: ChangeSet, wb: Workbook): BlockedWrite | null {
  return firstWriteInto(cs, wb, (s) => s.merges, mergedAreaAt);
}

/** The first write into a multi-cell array formula or spill range, on a sheet the changes keep. */
export function arrayWrite(cs: ChangeSet, wb: Workbook): BlockedWrite | null {
  return firstWriteInto(cs, wb, (s) => s.arrays, arrayAreaAt);
}

function firstWriteInto(cs: ChangeSet, wb: Workbook, areasOf: (s: Sheet) => readonly Area[] | undefined, at: (index: MergeIndex, r: number, c: number) => Area | undefined): BlockedWrite | null {
  const renewed = new Set(cs.sheets.filter((s) => s.mode === 'replace').map((s) => s.name));
  const areas = new Map<string, readonly Area[]>();
  for (const s of wb.sheets) {
    const list = areasOf(s);
    if (list?.length && !renewed.has(s.name)) areas.set(s.name, list);
  }
  if (!areas.size) return null;
  const indexes = new Map<string, MergeIndex>();
  for (const w of cs.cells) {
    const list = areas.get(w.sheet);
    if (!list || (w.value === undefined && w.formula === undefined)) continue;
    let index = indexes.get(w.sheet);
    if (!index) indexes.set(w.sheet, (index = mergeIndex(list)));
    const { r, c } = parseA1(w.cell);
    const m = at(index, r, c);
    if (m) return { sheet: w.sheet, cell: w.cell, area: areaA1(m) };
  }
  return null;
}
