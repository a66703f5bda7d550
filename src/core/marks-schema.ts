/**
 * The marks record's schema: what a workbook stores of the marks 検証 placed (untrusted input,
 * validated). Loaded only where a stored record is read: zod is not loaded for a workbook without one.
 */
import { z } from 'zod';
import { parseA1, parseArea } from './workbook';
import { BACKUP_FIRST_COLUMN, entrySlot, isArea, isCell, MAX_COL, MAX_ROW } from './marks';

const CellRef = z.string().refine(isCell, 'not a cell address inside the grid (A1 … XFD1048576)');
const AreaRef = z.string().refine(isArea, 'not a range address inside the grid');

/** One marked cell as the workbook records it. */
export const MarkEntrySchema = z
  .object({
    sheet: z.string().min(1).max(31),
    /** The finding's cell (the top-left cell when it is merged). */
    cell: CellRef,
    /** The merged area the cell belongs to, when it is merged: the fill covers it all. */
    area: AreaRef.optional(),
    severity: z.enum(['error', 'warning', 'info']),
    /** Top-left cell of the copy of the prior formats, on the data sheet. */
    backup: CellRef.refine((ref) => parseA1(ref).c >= BACKUP_FIRST_COLUMN, 'backups live from column C on'),
    /** What saiken added to the cell: a comment, a note, or nothing (the cell had its own). */
    annotation: z.enum(['comment', 'note']).nullable(),
  })
  .strict();
export type MarkEntry = z.infer<typeof MarkEntrySchema>;

export const MarksRecordSchema = z
  .object({
    version: z.literal(1),
    entries: z.array(MarkEntrySchema).max(200_000),
  })
  .strict()
  .superRefine((rec, ctx) => {
    const cells = new Set<string>();
    const slots: { top: number; bottom: number; i: number }[] = [];
    rec.entries.forEach((e, i) => {
      // Field checks already failed for an entry like this; its addresses cannot be used here.
      if (!e || !isCell(e.cell) || !isCell(e.backup) || (e.area !== undefined && !isArea(e.area))) return;
      const key = `${e.sheet}!${e.cell}`;
      if (cells.has(key)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'cell'], message: `${key} is recorded twice` });
      cells.add(key);
      if (e.area) {
        const a = parseArea(e.area);
        const { r, c } = parseA1(e.cell);
        if (a.top !== r || a.left !== c) ctx.addIssue({ code: 'custom', path: ['entries', i, 'area'], message: `${e.area} does not start at ${e.cell}` });
      }
      const slot = entrySlot(e);
      if (slot.bottom >= MAX_ROW || slot.right >= MAX_COL) ctx.addIssue({ code: 'custom', path: ['entries', i, 'backup'], message: 'backup outside the grid' });
      slots.push({ top: slot.top, bottom: slot.bottom, i });
    });
    slots.sort((a, b) => a.top - b.top);
    for (let k = 1; k < slots.length; k++) {
      if (slots[k].top <= slots[k - 1].bottom) ctx.addIssue({ code: 'custom', path: ['entries', slots[k].i, 'backup'], message: 'backups overlap' });
    }
  });
export type MarksRecord = z.infer<typeof MarksRecordSchema>;
