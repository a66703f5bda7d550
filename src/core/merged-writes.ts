/**
 * Writes a host must refuse: content (a value or a formula) for a cell of a merged area other
 * than its top-left one. Excel keeps a merged area's content in its top-left cell only; what is
 * written elsewhere is hidden until the cells are unmerged, or ignored, without an error — a
 * write the user would never see. The engine does not plan such writes (recalc reports
 * `merged-cell-skipped`); both hosts check every ChangeSet against the merges they read, before
 * writing anything, so that no caller can lose a write there.
 */
import type { ChangeSet } from './changes';
import { a1, parseA1, type Area, type Workbook } from './workbook';

export interface MergedWrite {
  sheet: string;
  cell: string;
  /** The merged area, "G8:G9". */
  area: string;
}

/**
 * A sheet's merged areas indexed by column, built once per sheet, so that a lookup costs the
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

/** An area as messages name it: "G8:G9". */
export function areaText(area: Area): string {
  return `${a1(area.top, area.left)}:${a1(area.bottom, area.right)}`;
}

/** The first write into a merged area off its top-left cell, on a sheet the changes keep (not created or replaced). */
export function mergedWrite(cs: ChangeSet, wb: Workbook): MergedWrite | null {
  const renewed = new Set(cs.sheets.filter((s) => s.mode === 'replace').map((s) => s.name));
  const merges = new Map<string, Area[]>();
  for (const s of wb.sheets) if (s.merges.length && !renewed.has(s.name)) merges.set(s.name, s.merges);
  if (!merges.size) return null;
  const indexes = new Map<string, MergeIndex>();
  for (const w of cs.cells) {
    const list = merges.get(w.sheet);
    if (!list || (w.value === undefined && w.formula === undefined)) continue;
    let index = indexes.get(w.sheet);
    if (!index) indexes.set(w.sheet, (index = mergeIndex(list)));
    const { r, c } = parseA1(w.cell);
    const m = mergedAreaAt(index, r, c);
    if (m) return { sheet: w.sheet, cell: w.cell, area: areaText(m) };
  }
  return null;
}
