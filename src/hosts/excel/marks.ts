/**
 * Marks in Excel: a fill by severity and a threaded comment (ExcelApi 1.10; a note instead when
 * asked for and ExcelApi 1.18 has notes — see features.ts for why comments are the default) on
 * each finding's cell, and マーク解除 putting every marked cell back as it was.
 *
 * Why the prior formats are copied rather than read: 検証 has a budget of three syncs (the sheet
 * list, the data, the write). A marked cell is only known once the data is read, so reading its
 * fill first would cost a fourth. Instead the write itself copies each cell's formats to a backup
 * slot on the hidden data sheet (Range.copyFrom, ExcelApi 1.9) just before filling it — actions
 * run in order, so the copy sees the cell as it was — and the record (src/core/marks.ts, stored
 * as JSON on the same sheet and validated as untrusted input) says which slot belongs to which
 * cell and whether saiken added the comment. The backup copy never touches the user's cells; the
 * way back does not paste formats (a paste of formats cuts the user's conditional formats into
 * pieces and duplicates them) but clears the fill and sets, cell by cell, the fill the slot holds
 * (read with the snapshot through Range.getCellProperties, ExcelApi 1.9). Backups and the record are written first, fills next,
 * comments last, so that a comment Excel refuses (a note on the cell, unreadable below ExcelApi
 * 1.18) never costs the record. The copy is exact (colour, pattern, tint, borders
 * and all), survives save and reopen, and needs no read. Clearing copies the formats back, then
 * puts back each non-empty cell's current number format (from the snapshot just read), so a
 * 再計算 run between marking and clearing keeps its △ formats. A cell that already had a comment
 * or note keeps it and gets none of ours; clearing deletes only comments that still start with
 * saiken's marker.
 */
import { z } from 'zod';
import type { ChangeSet, Mark } from '../../core/changes';
import { MarksRecordSchema } from '../../core/marks-schema';
import { MARK_FILL, entryArea, entrySlot, isSaikenNote, markNoteText, planMarks, type MarkEntry, type MarksPlan } from '../../core/marks';
import { DATA_SHEET, documentCells, storedDocument, storedRowCount } from '../../core/workbook-data';
import { parseA1, type Area } from '../../core/workbook';
import { annotationKind, type ExcelFeatures } from './features';
import type { AnnotationState, ReadState } from './read';
import { ExcelHostError } from './errors';
import { areaRef, splitAddress } from './address';
import type { WriteBatch } from './batch';
import { payloadBytes } from './blocks';

export interface MarksWork {
  plan: MarksPlan;
  /** The stored document's parts, carried over when the marks part is rewritten. */
  parts: Record<string, unknown>;
  /** Sheets the marks write to (for the protection check). */
  sheets: Set<string>;
  /** Whether anything needs writing at all. */
  needed: boolean;
}

/** The marks to add, keep and restore, or why they cannot be touched. Writes nothing. */
export function prepareMarks(cs: ChangeSet, state: ReadState, f: ExcelFeatures, preferred: 'comment' | 'note' = 'comment'): MarksWork | null {
  if (!cs.marks.length && !cs.clearMarks) return null;
  const doc = storedDocument(state.workbook);
  if (doc === 'invalid') throw new ExcelHostError('data-damaged', { detail: 'JSON' });
  let previous: MarkEntry[] = [];
  const raw = doc?.parts.marks;
  if (raw !== undefined) {
    const parsed = MarksRecordSchema.safeParse(raw);
    if (!parsed.success) throw new ExcelHostError('marks-damaged', { detail: z.prettifyError(parsed.error).slice(0, 300) });
    previous = parsed.data.entries;
  }
  // A sheet deleted since it was marked has nothing left to restore.
  const present = new Set(state.sheets.map((s) => s.name));
  previous = previous.filter((e) => present.has(e.sheet));

  const wanted = cs.marks.filter((m) => present.has(m.sheet) && m.sheet !== DATA_SHEET);
  const annotations = annotationIndex(state.annotations);
  const kind = annotationKind(f, preferred);
  const annotationFor = (mark: Mark): MarkEntry['annotation'] => {
    const existing = annotations.get(`${mark.sheet}!${mark.cell}`);
    return !existing || isSaikenNote(existing.content) ? kind : null;
  };
  const plan = planMarks(previous, wanted, (sheet, cell) => mergedAreaOf(state, sheet, cell), annotationFor);
  const sheets = new Set<string>([...plan.restore, ...plan.keep.map((k) => k.entry), ...plan.add.map((a) => a.entry)].map((e) => e.sheet));
  const needed = plan.restore.length > 0 || plan.keep.length > 0 || plan.add.length > 0 || raw !== undefined;
  if (needed) sheets.add(DATA_SHEET);
  return { plan, parts: doc?.parts ?? {}, sheets, needed };
}

function annotationIndex(list: AnnotationState[]): Map<string, AnnotationState> {
  return new Map(list.map((a) => [`${a.sheet}!${a.cell}`, a]));
}

function mergedAreaOf(state: ReadState, sheet: string, cell: string): Area | undefined {
  const s = state.workbook.sheets.find((x) => x.name === sheet);
  const { r, c } = parseA1(cell);
  return s?.merges.find((a) => a.top <= r && r <= a.bottom && a.left <= c && c <= a.right);
}

/** Queues the marks' actions on the write batch, in the order that keeps every copy exact. */
export interface AddedAnnotation {
  sheet: string;
  cell: string;
  text: string;
  kind: 'comment' | 'note';
}

/** Whether the marks' write adds the data sheet (made very hidden: Worksheet.visibility). */
export function addsDataSheet(work: MarksWork, state: ReadState): boolean {
  return !state.sheets.some((s) => s.name === DATA_SHEET) && (work.plan.add.length > 0 || work.plan.keep.length > 0);
}

export async function queueMarks(batch: WriteBatch, ctx: Excel.RequestContext, work: MarksWork, state: ReadState, f: ExcelFeatures): Promise<{ marked: number; cleared: number; annotations: AddedAnnotation[] }> {
  const { plan } = work;
  const annotations = annotationIndex(state.annotations);
  const sheetOf = (name: string) => ctx.workbook.worksheets.getItem(name);
  const dataExists = state.sheets.some((s) => s.name === DATA_SHEET);
  const data = dataExists ? sheetOf(DATA_SHEET) : null;
  let created: Excel.Worksheet | null = null;
  const dataSheet = (): Excel.Worksheet => data ?? created!;
  if (addsDataSheet(work, state)) {
    await batch.add(60, () => {
      created = ctx.workbook.worksheets.add(DATA_SHEET);
      created.visibility = 'VeryHidden';
    }, 2);
  }

  const added: AddedAnnotation[] = [];
  const removeOurs = async (sheet: string, cell: string) => {
    const existing = annotations.get(`${sheet}!${cell}`);
    if (!existing || !isSaikenNote(existing.content)) return;
    if (existing.kind === 'comment' && f.comments && existing.id) {
      const id = existing.id;
      // A delete takes the replies with the comment (Comment.delete, ExcelApi 1.10): a thread a
      // colleague answered is resolved instead (1.11), kept with their replies.
      if (existing.replies > 0) {
        if (!existing.resolved) await batch.add(payloadBytes(id), () => (ctx.workbook.comments.getItem(id).resolved = true));
      } else await batch.add(payloadBytes(id), () => ctx.workbook.comments.getItem(id).delete());
    } else if (existing.kind === 'note' && f.notes) {
      await batch.add(payloadBytes(cell), () => sheetOf(sheet).notes.getItem(cell).delete());
    }
  };
  const addOurs = async (entry: MarkEntry, mark: Mark) => {
    if (!entry.annotation) return;
    const text = markNoteText(mark);
    const kind = entry.annotation;
    added.push({ sheet: entry.sheet, cell: entry.cell, text, kind });
    await batch.add(payloadBytes(text), () => {
      const ws = sheetOf(entry.sheet);
      if (kind === 'note') ws.notes.add(ws.getRange(entry.cell), text);
      else ctx.workbook.comments.add(ws.getRange(entry.cell), text);
    });
  };

  /**
   * A comment of ours already on the cell is kept where it can be, never deleted and added again
   * (a delete takes its replies): as it is where its text is today's, else its text set in place
   * (Comment.content, ExcelApi 1.10), its thread reopened where マーク解除 had resolved it. One
   * a colleague answered stays a comment even where notes are asked for now.
   */
  const keepOurs = async (entry: MarkEntry, mark: Mark): Promise<boolean> => {
    const existing = annotations.get(`${entry.sheet}!${entry.cell}`);
    if (!entry.annotation || !existing || existing.kind !== 'comment' || !existing.id || !f.comments || !isSaikenNote(existing.content)) return false;
    if (entry.annotation !== 'comment' && existing.replies === 0) return false;
    const id = existing.id;
    const text = markNoteText(mark);
    if (existing.content !== text) await batch.add(payloadBytes(text), () => (ctx.workbook.comments.getItem(id).content = text));
    if (existing.resolved) await batch.add(payloadBytes(id), () => (ctx.workbook.comments.getItem(id).resolved = false));
    return true;
  };

  // The order keeps the record whatever fails: backups and the record first, fills next, the
  // comments last — adding a comment fails on a cell that has a note, which below ExcelApi 1.18
  // cannot be read beforehand, and a failed action stops the batch with the earlier ones applied.
  // 1. Marks no longer needed: fills back from their slots (number formats untouched), or formats back from them and
  // then today's number formats — written only then: a format read back is not always the one stored (Excel for Mac
  // reads hh:mm as h:mm, office-js#2107), and writing it would change the cell.
  for (const e of plan.restore) {
    const area = entryArea(e);
    const slot = entrySlot(e);
    const fills = slotFills(state, slot);
    const formats = fills ? null : currentNumberFormats(state, e.sheet, area);
    await batch.add(payloadBytes(formats) + payloadBytes(fills) + 80, () => {
      const target = sheetOf(e.sheet).getRange(areaRef(area));
      if (fills) {
        // Fill only, cell by cell: pasting formats back would cut the user's conditional formats.
        target.format.fill.clear();
        if (fills.some((row) => row.some((c) => c.format))) target.setCellProperties(fills);
      } else target.copyFrom(dataSheet().getRange(areaRef(slot)), 'Formats');
      if (formats) target.numberFormat = formats;
    }, (formats ? 2 : 1) + (fills ? 1 : 0));
  }
  // 2. Their slots emptied before any new copy lands there.
  for (const e of plan.restore) {
    const slot = areaRef(entrySlot(e));
    await batch.add(40, () => {
      const r = dataSheet().getRange(slot);
      r.unmerge();
      r.clear('Formats');
    }, 2);
  }
  // 3. New marks: the cells' formats copied away.
  for (const { entry, source, slot } of plan.add) {
    await batch.add(100, () => {
      dataSheet().getRange(areaRef(slot)).copyFrom(sheetOf(entry.sheet).getRange(areaRef(source)), 'Formats');
    });
  }
  // 4. The record, with the other parts of the stored document as they were.
  if (work.needed) {
    const parts = { ...work.parts };
    if (plan.record.entries.length) parts.marks = plan.record;
    else delete parts.marks;
    const texts = documentCells(parts);
    const old = storedRowCount(state.workbook);
    const grid = Array.from({ length: Math.max(texts.length, old) }, (_, i) => [i < texts.length ? `'${texts[i]}` : '']);
    // Through `values`: text over about 8,200 characters fails through `formulas`.
    await batch.add(payloadBytes(grid), () => {
      dataSheet().getRangeByIndexes(0, 0, grid.length, 1).values = grid;
    });
  }
  // 5. The fills for today's severities.
  for (const { entry } of [...plan.keep, ...plan.add]) {
    await batch.add(40, () => {
      sheetOf(entry.sheet).getRange(areaRef(entryArea(entry))).format.fill.color = MARK_FILL[entry.severity];
    });
  }
  // 6. Comments: ours taken off where they go or change, then today's added.
  for (const e of plan.restore) if (e.annotation) await removeOurs(e.sheet, e.cell);
  for (const { entry, mark } of [...plan.keep, ...plan.add]) {
    if (await keepOurs(entry, mark)) continue;
    await removeOurs(entry.sheet, entry.cell);
    await addOurs(entry, mark);
  }
  return { marked: plan.keep.length + plan.add.length, cleared: plan.restore.length, annotations: added };
}

/** Number formats of the area's non-empty cells now (null leaves an empty cell's format alone). */
function currentNumberFormats(state: ReadState, sheet: string, a: Area): (string | null)[][] | null {
  const s = state.workbook.sheets.find((x) => x.name === sheet);
  if (!s) return null;
  let any = false;
  const grid: (string | null)[][] = [];
  for (let r = a.top; r <= a.bottom; r++) {
    const line: (string | null)[] = [];
    for (let c = a.left; c <= a.right; c++) {
      const cell = s.rows[r]?.[c];
      if (cell) any = true;
      line.push(cell ? (cell.numberFormat ?? 'General') : null);
    }
    grid.push(line);
  }
  return any ? grid : null;
}


/** Whether a failed sync failed at adding a comment or a note (its errorLocation says where). */
export function failedAtAnnotation(e: unknown): boolean {
  const where = (e as { debugInfo?: { errorLocation?: string } })?.debugInfo?.errorLocation ?? '';
  return /^(CommentCollection|NoteCollection)\.add$/.test(where);
}

/**
 * After a comment could not be added (the cell has a note, unreadable below ExcelApi 1.18): the
 * batch stopped there, with the record, the fills and the comments before it applied. Which of
 * ours are in place is read back (two syncs), and each missing one is added on its own (a sync
 * each); one that still fails is left out — its cell keeps the fill and the user's note.
 * Returns how many could not be added, and the syncs it took.
 */
export async function addMissingAnnotations(ctx: Excel.RequestContext, wanted: AddedAnnotation[]): Promise<{ skipped: number; syncs: number }> {
  const comments = ctx.workbook.comments.load('items/content');
  await ctx.sync();
  const ours = comments.items.filter((c) => isSaikenNote(c.content)).map((c) => c.getLocation().load('address'));
  await ctx.sync();
  const present = new Set(ours.map((r) => {
    const { sheet, ref } = splitAddress(r.address);
    return `${sheet}!${ref.replace(/\$/g, '')}`;
  }));
  let skipped = 0;
  let syncs = 2;
  for (const a of wanted) {
    if (a.kind !== 'comment' || present.has(`${a.sheet}!${a.cell}`)) continue;
    ctx.workbook.comments.add(ctx.workbook.worksheets.getItem(a.sheet).getRange(a.cell), a.text);
    syncs++;
    try {
      await ctx.sync();
    } catch (e) {
      if (!failedAtAnnotation(e)) throw e;
      skipped++;
    }
  }
  return { skipped, syncs };
}

/**
 * The fills a backup slot holds, as read with the snapshot, for Range.setCellProperties: an empty
 * entry where the cell had no fill (cleared just before). null where the slot was not read.
 */
function slotFills(state: ReadState, slot: Area): Excel.SettableCellProperties[][] | null {
  const s = state.slotFills;
  if (!s || slot.top < s.area.top || slot.left < s.area.left) return null;
  const grid: Excel.SettableCellProperties[][] = [];
  for (let r = slot.top; r <= slot.bottom; r++) {
    const row: Excel.SettableCellProperties[] = [];
    for (let c = slot.left; c <= slot.right; c++) {
      const f = s.fills[r - s.area.top]?.[c - s.area.left];
      // Outside the used range: the slot cell has no format at all. No Fill reads as white with its
      // tintAndShade null; a white fill reads its pattern null as No Fill does, but its tintAndShade
      // is a number (office-js#4900): the tint alone tells them apart. A colour set alone is solid.
      if (!f || f.tintAndShade === null || f.tintAndShade === undefined || f.pattern === 'None') row.push({});
      else row.push({ format: { fill: withoutNulls({ color: f.color, pattern: f.pattern, patternColor: f.patternColor, tintAndShade: f.tintAndShade, patternTintAndShade: f.patternTintAndShade }) } });
    }
    grid.push(row);
  }
  return grid;
}

/** The properties read with a value: a null read (white's pattern, no pattern colour) is not written back. */
function withoutNulls(fill: Excel.CellPropertiesFill): Excel.CellPropertiesFill {
  return Object.fromEntries(Object.entries(fill).filter(([, v]) => v !== null && v !== undefined)) as Excel.CellPropertiesFill;
}
