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

/** The first write into a merged area off its top-left cell, on a sheet the changes keep (not created or replaced). */
export function mergedWrite(cs: ChangeSet, wb: Workbook): MergedWrite | null {
  const renewed = new Set(cs.sheets.filter((s) => s.mode === 'replace').map((s) => s.name));
  const merges = new Map<string, Area[]>();
  for (const s of wb.sheets) if (s.merges.length && !renewed.has(s.name)) merges.set(s.name, s.merges);
  if (!merges.size) return null;
  for (const w of cs.cells) {
    const list = merges.get(w.sheet);
    if (!list || (w.value === undefined && w.formula === undefined)) continue;
    const { r, c } = parseA1(w.cell);
    const m = list.find((x) => x.top <= r && r <= x.bottom && x.left <= c && c <= x.right && !(r === x.top && c === x.left));
    if (m) return { sheet: w.sheet, cell: w.cell, area: `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}` };
  }
  return null;
}
