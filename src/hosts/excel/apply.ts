/**
 * The Excel host's writing side: a ChangeSet into the workbook through Office.js.
 *
 * Nothing is written unless everything can be: before the first write the host checks, from what
 * it read, that no target sheet is protected, that the workbook structure is not protected where
 * sheets are added or hidden, and that the stored data it rewrites is intact. Before writing
 * cells (再計算, 集計・グラフ) one more sync compares a fingerprint of the workbook with what was
 * read — the sheet list, each sheet's used range, and the current content of every cell about to
 * be written — and refuses to write over a change the user made meanwhile. Marks (検証, マーク解除)
 * change formats and comments only and skip that sync, to stay within three.
 *
 * Then every write is queued and sent in one sync: sheets, cells as rectangular 2-D blocks
 * (formulas, number formats, bold), charts, marks. Only a request estimated over the chunk size
 * (Excel on the web refuses requests over 5 MB) is split into several syncs.
 *
 * Merged areas the read could not get (Range.getMergedAreasOrNullObject is ExcelApi 1.13, the manifest's floor 1.12; and
 * on 1.13 a row of more areas than one call returns, 512: learn.microsoft.com/javascript/api/excel/excel.range) keep no
 * write out of a merged area beforehand — no other API of 1.12 tells a merged cell (CellPropertiesLoadOptions has no
 * such property) — and Excel keeps nothing written to a cell of one other than its top-left, with no error (the fake:
 * insideMerge). So what is written to such a sheet is read back in the write's own request, queued after the write
 * (a request runs its operations in the order they were queued: learn.microsoft.com/office/dev/add-ins/develop/
 * application-specific-api-model), its response counted in the request's size: no sync more, the 4 of 再計算 kept. A
 * cell found holding what it held before, or nothing, in place of what was written was not kept: the command stops,
 * naming the cells (the rest is written, and it says so), and only then, in one more sync, the change log's rows for
 * them are made to say they were not written (元に戻す passes them over). Refusing every write to such a sheet would
 * take 再計算 from every Excel without 1.13 where most writes are kept; the read-back loses none without a word.
 *
 * Strings are always written as text: each gets a leading apostrophe, as a user would type it, so
 * "=1+1", "+81", "-", "@x", "1/2" or "2021年4月1日" from a catalog or a log never turn into a
 * formula, a number or a date. The apostrophe is not part of the value.
 */
import type { ApplyResult } from '../port';
import { CHART_PALETTE, type CellWrite, type ChangeSet, type ChartSpec, type Scalar, type SheetWrite, type TableSpec } from '../../core/changes';
import { a1, parseA1, parseArea, type Area } from '../../core/workbook';
import type { ExcelFeatures } from './features';
import { DEFAULT_FONT, type FontSizes, type ReadState, type SheetState } from './read';
import { CODES, ExcelHostError, errorCode, protectedSheets, refusedWhole, toHostError, withWritten } from './errors';
import { rectangles, payloadBytes, splitByBytes, type Block, type Positioned } from './blocks';
import { CHUNK_BYTES, WriteBatch } from './batch';
import { areaOfAddress, areaRef, splitAddress } from './address';
import { addMissingAnnotations, addsDataSheet, failedAtAnnotation, prepareMarks, queueMarks, type MarksWork } from './marks';
import { queueSheetLayout } from './print';
import { probeValidations, queueValidations } from './validations';
import { DATA_SHEET, storedDocument } from '../../core/workbook-data';
import { arrayWrite, mergedWrite } from '../../core/merged-writes';
import { changeLogSheetOf, unwrittenLogWrites } from '../../core/recalc/change-log';
import { bilingual, type Bilingual } from '../../i18n';

export interface ExcelApplyResult extends ApplyResult {
  /** Cells carrying a mark after the write. */
  marked: number;
  /** Marked cells put back as they were. */
  cleared: number;
  /** Syncs the write took (the fingerprint check included). */
  syncs: number;
  /** Data validation rules written, and planned ranges left with the user's own rule. */
  validationsAdded?: number;
  validationsKept?: { sheet: string; range: string }[];
}

export interface ApplyOptions {
  /** Request size per sync (tests lower it to see chunking). */
  chunkBytes?: number;
  /** Marks' text as threaded comments (default) or, where ExcelApi 1.18 allows, notes. */
  markAnnotation?: 'comment' | 'note';
}

/**
 * Excel's width unit is the point; the ChangeSet's is characters of the workbook's Normal font: in
 * whole pixels, padding included (ECMA-376 Part 1 §18.3.1.13), rounded up so that they fit.
 */
export function columnWidthPoints(chars: number, font: FontSizes = DEFAULT_FONT): number {
  return Math.ceil(chars * font.digitPixels + 5) * 0.75;
}

/** A cell's content as written through `formulas`: a formula, a number, a boolean, or text. */
export function contentOf(w: CellWrite): string | number | boolean | null {
  if (w.formula !== undefined) return `=${w.formula}`;
  if (w.value === undefined) return null;
  return textSafe(w.value);
}

export function textSafe(v: Scalar): string | number | boolean {
  if (v === null || v === '') return '';
  if (typeof v === 'string') return `'${v}`;
  return v;
}

/** What a write is to do, decided from what was read before it runs: the marks' work, and whether it can be one undo group. */
export interface WritePlan {
  marks: MarksWork | null;
  /**
   * All the write's syncs one undo record (RunOptions.mergeUndoGroup, ExcelApi 1.20: one Ctrl+Z takes the command back).
   * Not where it sets a sheet's visibility or moves one: in a group, a call that Excel on Windows and Mac cannot undo
   * fails with UndoNotSupported (the undo article's table: Worksheet.visibility, Worksheet.position).
   */
  undoGroup: boolean;
  /** The sheets to move last (see sheetsToMove). */
  moved: Set<string>;
}

/** The write's plan; refuses (ExcelHostError) what cannot be written, before anything is. */
export function planWrite(cs: ChangeSet, state: ReadState, f: ExcelFeatures, options: ApplyOptions = {}): WritePlan {
  const marks = prepareMarks(cs, state, f, options.markAnnotation);
  checkWritable(cs, state, marks);
  const existing = new Set(state.sheets.map((s) => s.name));
  const moved = sheetsToMove(cs, state);
  const undoable = !(marks?.needed && addsDataSheet(marks, state)) && !cs.sheets.some((s) => setsVisibility(s, state, existing.has(s.name))) && moved.size === 0;
  return { marks, undoGroup: f.undoGroups && undoable, moved };
}

/**
 * A new sheet's add refused: a name is taken (by a chart sheet, which Office.js does not list). The sheets added before
 * are to be deleted again outside the write's run (Worksheet.delete cannot be in an undo group), see sheetNameTaken;
 * `failure` is the error to give where no name turns out taken.
 */
export class AddRefused extends Error {
  constructor(
    readonly wanted: string[],
    readonly failure: ExcelHostError,
    override readonly cause: unknown,
  ) {
    super(failure.message);
  }
}

export async function applyExcel(ctx: Excel.RequestContext, cs: ChangeSet, state: ReadState, f: ExcelFeatures, options: ApplyOptions, plan: WritePlan): Promise<ExcelApplyResult> {
  const { marks, moved } = plan;

  let syncs = 0;
  // Data validation (検証 with the setting on, マーク解除): which ranges hold the user's rules —
  // known from the read where no rule of unknown owner is in the way, else one sync.
  const doc = storedDocument(state.workbook);
  const rulesAt = new Map(state.sheets.map((s) => [s.name, { cells: s.validationCells, scope: s.validationScope }]));
  const probed = await probeValidations(ctx, cs, marks?.parts ?? (doc && doc !== 'invalid' ? doc.parts : {}), new Set(state.sheets.map((s) => s.name).filter((n) => n !== DATA_SHEET)), rulesAt);
  const dv = probed?.work ?? null;
  // dv is probed.work: probed alone tells whether there is validation work.
  if (probed) {
    const work = probed.work;
    syncs += probed.syncs;
    for (const v of work.write) if (state.sheets.find((s) => s.name === v.sheet)?.protected) throw new ExcelHostError('protected-sheet', { sheet: v.sheet });
    // The record rides with the marks' rewrite of the stored document (検証 and マーク解除 always have one).
    if (marks && work.record) {
      if (work.record.areas.length) marks.parts = { ...marks.parts, validations: work.record };
      else if ('validations' in marks.parts) {
        const { validations: _gone, ...rest } = marks.parts;
        marks.parts = rest;
      }
      marks.needed = true;
      marks.sheets.add(DATA_SHEET);
    }
  }
  // No single array may come near a request of its own.
  const sliceBytes = Math.floor((options.chunkBytes ?? CHUNK_BYTES) / 4);
  const cellsBySheet = bySheet(cs.cells);
  const content = contentWrites(cellsBySheet, sliceBytes);
  // The tables already there ride on the fingerprint check's sync: no sync of their own.
  const tables = probeTables(ctx, cs, state);
  if (cs.cells.length || cs.sheets.length || cs.charts.length || tables) {
    await checkUnchanged(ctx, cs, state, content);
    syncs++;
  }

  const batch = new WriteBatch(ctx, options.chunkBytes);
  // The sheets kept (not made or replaced: a replaced sheet is cleared of its merged areas) whose merges were not read.
  const replaced = new Set(cs.sheets.filter((s) => s.mode === 'replace').map((s) => s.name));
  const unread = new Set(state.sheets.filter((s) => !s.mergesKnown && !replaced.has(s.name)).map((s) => s.name));
  let readBacks: ReadBack[] = [];
  let result: ExcelApplyResult;
  let sheetsCreated = 0;
  const existing = new Set(state.sheets.map((s) => s.name));
  const added = addedSheets(cs, existing);
  try {
    // New sheets first, before anything is changed: a chart sheet (which Office.js does not list) may hold a name, and
    // then its add fails with only the sheets added before it to take away (see sheetNameTaken). What follows reaches
    // them by name, not by the proxy add() gives (that of a request refused as too large and queued again is dead).
    for (const s of added) {
      await batch.add(payloadBytes(s.name), () => void ctx.workbook.worksheets.add(s.name));
    }
    const placed = tables ? tables.plan() : null;
    for (const { sheet, name } of placed?.deletions ?? []) {
      await batch.add(payloadBytes(name), () => ctx.workbook.worksheets.getItem(sheet).tables.getItem(name).delete());
    }
    for (const s of cs.sheets) {
      if (await queueSheet(batch, ctx, s, state, existing.has(s.name))) sheetsCreated++;
    }
    // Number formats before content: a cell formatted as Text (@) takes what is written into it as
    // text, a formula too (excel.tips.net T003087), so a computed cell the user had made Text gets
    // its number format first and then a formula that computes. The Text format itself after the
    // content: a formula 元に戻す puts back into a cell that was Text stays a formula (a format set
    // after a cell's content leaves the content as it is).
    const formats = async (text: boolean) => {
      for (const [sheet, writes] of cellsBySheet) {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        const cells = writes.filter((w) => w.numberFormat !== undefined && (w.numberFormat === '@') === text).map((w) => positioned(w, w.numberFormat!));
        for (const b of rectangles(cells).flatMap((x) => splitByBytes(x, sliceBytes))) {
          await batch.add(payloadBytes(b.grid), () => (ws.getRange(areaRef(b.area)).numberFormat = b.grid));
        }
      }
    };
    await formats(false);
    for (const [sheet, blocks] of content) {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      for (const b of blocks) {
        const via = throughValues(b) ? 'values' : 'formulas';
        await batch.add(payloadBytes(b.grid), () => (ws.getRange(areaRef(b.area))[via] = b.grid as unknown[][]));
      }
    }
    await formats(true);
    readBacks = await queueReadBacks(batch, ctx, content, unread);
    for (const [sheet, writes] of cellsBySheet) {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      for (const bold of [true, false]) {
        const cells = writes.filter((w) => w.bold === bold).map((w) => positioned(w, bold));
        for (const b of rectangles(cells, 1_000_000)) await batch.add(20, () => (ws.getRange(areaRef(b.area)).format.font.bold = bold));
      }
    }
    for (const t of placed?.additions ?? []) {
      await batch.add(payloadBytes(t), () => {
        const ws = ctx.workbook.worksheets.getItem(t.sheet);
        const table = ws.tables.add(ws.getRange(t.range), true);
        table.name = t.name;
        table.style = TABLE_STYLE;
      }, 3);
    }
    for (const chart of cs.charts) {
      await queueChart(batch, ctx, chart, (ref) => textAt(cs, state, ref, chart.sheet));
    }
    const last = state.sheets.length + sheetsCreated - 1;
    for (const s of cs.sheets) {
      await queueSheetLayout(batch, ctx, s, cs.cells, moved.has(s.name) ? last : null, state.font);
    }
    const validationsAdded = dv ? await queueValidations(batch, ctx, dv) : 0;
    const { annotations, ...marked } = marks?.needed ? await queueMarks(batch, ctx, marks, state, f) : { marked: 0, cleared: 0, annotations: [] };
    try {
      await batch.flush();
    } catch (e) {
      // Comments go last: when one cannot be added, everything before it is in place.
      if (!annotations.length || !failedAtAnnotation(e)) throw e;
      syncs += (await addMissingAnnotations(ctx, annotations)).syncs;
    }
    const arraysAsFormulas = cs.cells.filter((w) => w.array && w.formula !== undefined).map((w) => `${w.sheet}!${w.cell}`);
    result = { cellsWritten: cs.cells.length, sheetsCreated, chartsAdded: cs.charts.length, ...(arraysAsFormulas.length ? { arraysAsFormulas } : {}), ...marked, syncs: syncs + batch.syncs, ...(dv ? { validationsAdded, validationsKept: dv.kept } : {}) };
  } catch (e) {
    // Excel's AccessDenied names no sheet, and the sheet being queued when a request went need not be the one refused in
    // it: the written sheets protected now are asked, every time.
    const refused = errorCode(e) === CODES.accessDenied ? await refusedAccess(ctx, [...writtenSheets(cs, marks)], e) : toHostError(e);
    // What the write left. Requests of it that went through stay: there is no taking them back. Nor is a request a
    // transaction: Excel stops it at the operation it refuses, and those queued before it in it stay applied
    // (OfficeExtension.Error; the fake's header). Only a request refused whole ran nothing (refusedWhole).
    const failure = withWritten(refused, batch.applied > 0 ? 'part' : refusedWhole(e) ? 'none' : 'maybe');
    if (errorCode(e) === CODES.itemAlreadyExists && added.length) throw new AddRefused(added.map((s) => s.name), failure, e);
    throw failure;
  }
  const lost = await notKept(ctx, readBacks, state);
  if (lost.length) throw await notKeptFailure(ctx, cs, lost, [...unread]);
  return result;
}

/** A content block written to a sheet whose merged areas were not read, and its read-back (set anew if queued again). */
interface ReadBack {
  sheet: string;
  block: Block<Content>;
  range: Excel.Range | null;
}

/**
 * Loads what the content blocks written to `sheets` hold once written, in the write's own request: each load queued
 * after the writes (operations run in order), its response counted against the response limit.
 */
async function queueReadBacks(batch: WriteBatch, ctx: Excel.RequestContext, content: Map<string, Block<Content>[]>, sheets: Set<string>): Promise<ReadBack[]> {
  const out: ReadBack[] = [];
  for (const [sheet, blocks] of content) {
    if (!sheets.has(sheet)) continue;
    for (const block of blocks) {
      const rb: ReadBack = { sheet, block, range: null };
      out.push(rb);
      await batch.add(0, () => void (rb.range = ctx.workbook.worksheets.getItem(sheet).getRange(areaRef(block.area)).load('formulas')), 1, payloadBytes(block.grid));
    }
  }
  return out;
}

/**
 * The cells written whose content Excel did not keep: each holds what it held before the write, or nothing, where what
 * was written was other (a cell of a merged area off its top-left keeps its own, which is nothing where Excel merged it).
 * A content Excel changed as it took it (a formula it spelled its own way, a table column filled) is kept. Read-backs
 * whose request did not bring them back (a comment refused at the end of it) are read again, in one sync.
 */
async function notKept(ctx: Excel.RequestContext, readBacks: ReadBack[], state: ReadState): Promise<{ sheet: string; cell: string }[]> {
  const loaded = (rb: ReadBack) => {
    try {
      return Array.isArray(rb.range?.formulas);
    } catch {
      return false;
    }
  };
  const again = readBacks.filter((rb) => !loaded(rb));
  if (again.length) {
    for (const rb of again) rb.range = ctx.workbook.worksheets.getItem(rb.sheet).getRange(areaRef(rb.block.area)).load('formulas');
    await ctx.sync();
  }
  const lost: { sheet: string; cell: string }[] = [];
  for (const rb of readBacks) {
    const s = state.sheets.find((x) => x.name === rb.sheet)!;
    const now = rb.range!.formulas;
    rb.block.grid.forEach((line, i) =>
      line.forEach((written, j) => {
        if (written === '') return;
        const [r, c] = [rb.block.area.top + i, rb.block.area.left + j];
        const held = now[i][j];
        const same = typeof written === 'string' && written.startsWith("'") ? held === written.slice(1) : held === written;
        if (!same && (held === '' || held === formulaBefore(s, r, c))) lost.push({ sheet: rb.sheet, cell: a1(r, c) });
      }),
    );
  }
  return lost;
}

/** Cells named in a message: the first ten, and how many more. */
const NAMED_CELLS = 10;

/**
 * The failure that says which cells Excel did not keep (the rest written), with the change log's rows for them corrected
 * first (one sync): they say the cell was not written, and 元に戻す passes them over. Where that sync fails, the message
 * says the log still records them.
 */
async function notKeptFailure(ctx: Excel.RequestContext, cs: ChangeSet, lost: { sheet: string; cell: string }[], unread: string[]): Promise<ExcelHostError> {
  const fixes = unwrittenLogWrites(cs, new Set(lost.map((l) => `${l.sheet}!${l.cell}`)));
  const logSheet = changeLogSheetOf(cs) ?? '';
  let log: Bilingual = { ja: '', en: '' };
  if (fixes.length) {
    try {
      for (const w of fixes) ctx.workbook.worksheets.getItem(w.sheet).getRange(w.cell).values = [[contentOf(w)]];
      await ctx.sync();
      log = bilingual('errorNotKeptLogFixed', { logSheet });
    } catch {
      log = bilingual('errorNotKeptLogWrong', { logSheet });
    }
  }
  const named = lost.slice(0, NAMED_CELLS).map((l) => `${l.sheet}!${l.cell}`);
  const more = lost.length - named.length;
  const sheets = unread.filter((n) => lost.some((l) => l.sheet === n));
  return new ExcelHostError('not-kept', {
    cells: `${named.join('、')}${more ? ` ほか ${more} セル` : ''}`,
    cellsEn: `${named.join(', ')}${more ? ` and ${more} more` : ''}`,
    sheets: sheets.map((n) => `「${n}」`).join(''),
    sheetsEn: `${sheets.length > 1 ? 'the sheets' : 'the sheet'} ${sheets.map((n) => `"${n}"`).join(', ')}`,
    log: log.ja,
    logEn: log.en ? `${log.en} ` : '',
  });
}

/** What a cell of the sheet held when read, as `formulas` gives it ('' outside the used range). */
function formulaBefore(s: SheetState, r: number, c: number): unknown {
  return s.used && r >= s.used.top && r <= s.used.bottom && c >= s.used.left && c <= s.used.right ? s.formulas![r - s.used.top][c - s.used.left] : '';
}

/** The sheets a write adds, a sheet to be last (the change log) after the others, where it is to stay: no move of it to come. */
function addedSheets(cs: ChangeSet, existing: Set<string>): SheetWrite[] {
  return cs.sheets.filter((s) => !existing.has(s.name)).sort((a, b) => Number(a.position === 'last') - Number(b.position === 'last'));
}

/**
 * The sheets to move last (Worksheet.position): those to be last that are not, in the order once the new sheets are
 * added, each at the end (WorksheetCollection.add). A sheet already last is not moved: Worksheet.position clears the
 * user's undo stack in Excel on Windows and Mac. A locked structure refuses a move as it refuses a new sheet
 * (checkWritable): none is moved there.
 */
function sheetsToMove(cs: ChangeSet, state: ReadState): Set<string> {
  const moved = new Set<string>();
  if (state.workbookProtected) return moved;
  const order = [...state.sheets.map((s) => s.name), ...addedSheets(cs, new Set(state.sheets.map((s) => s.name))).map((s) => s.name)];
  for (const s of cs.sheets) {
    if (s.position !== 'last' || order[order.length - 1] === s.name) continue;
    order.push(...order.splice(order.indexOf(s.name), 1));
    moved.add(s.name);
  }
  return moved;
}

/**
 * After an add refused as taken: the first of the `wanted` new sheets that is not there is the name another sheet holds
 * (a chart sheet: Office.js lists worksheets only, office-js#2444). The new sheets added before it — the adds come first,
 * before anything else is written — are deleted again, so the workbook is as it was. Null when every one is there (the
 * refusal was of something else).
 */
export async function sheetNameTaken(ctx: Excel.RequestContext, wanted: string[]): Promise<string | null> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  await ctx.sync();
  const present = new Set(sheets.items.map((w) => w.name.toLowerCase()));
  const taken = wanted.find((n) => !present.has(n.toLowerCase()));
  if (taken === undefined) return null;
  for (const n of wanted) if (present.has(n.toLowerCase())) sheets.getItem(n).delete();
  await ctx.sync();
  return taken;
}

/** The style the file host writes too (table-xml.ts): Excel's default for a new table. */
const TABLE_STYLE = 'TableStyleMedium2';

interface TablePlan {
  /** Tables on sheets the ChangeSet replaces: deleted before the sheet is cleared. */
  deletions: { sheet: string; name: string }[];
  /** Each table to add, under a name no other table and no defined name uses. */
  additions: TableSpec[];
}

/**
 * Queues the loads that tell which tables exist (every table's name in the workbook, and those on
 * each sheet the ChangeSet replaces); null when the ChangeSet adds none. A table name is unique in
 * the workbook and TableCollection.add fails over another table, so a replaced sheet's tables go
 * first and a name already taken by a user's table gets a suffix (明細表_2) instead.
 */
function probeTables(ctx: Excel.RequestContext, cs: ChangeSet, state: ReadState): { plan(): TablePlan } | null {
  if (!cs.tables?.length) return null;
  const all = ctx.workbook.tables.load('items/name');
  const existing = new Set(state.sheets.map((s) => s.name));
  const replaced = cs.sheets.filter((s) => s.mode === 'replace' && existing.has(s.name)).map((s) => ({ sheet: s.name, tables: ctx.workbook.worksheets.getItem(s.name).tables.load('items/name') }));
  return {
    plan() {
      const deletions = replaced.flatMap((r) => r.tables.items.map((t) => ({ sheet: r.sheet, name: t.name })));
      const gone = new Set(deletions.map((d) => d.name.toLowerCase()));
      const taken = new Set([...all.items.map((t) => t.name.toLowerCase()).filter((n) => !gone.has(n)), ...state.names.map((n) => n.name.toLowerCase())]);
      const additions = cs.tables!.map((t) => {
        let name = t.name;
        for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${t.name}_${n}`;
        taken.add(name.toLowerCase());
        return { ...t, name };
      });
      return { deletions, additions };
    },
  };
}

function writtenSheets(cs: ChangeSet, marks: MarksWork | null): Set<string> {
  return new Set<string>([...cs.cells.map((c) => c.sheet), ...cs.charts.map((c) => c.sheet), ...(cs.tables ?? []).map((t) => t.sheet), ...cs.sheets.map((s) => s.name), ...(marks?.needed ? marks.sheets : [])]);
}

/**
 * Why Excel refused access (protection set after the checks): the written sheets protected now, else the workbook's
 * structure. Two more syncs, on failure only. Neither (or not known: the syncs failed too): the refusal as Excel gave it,
 * naming nothing it cannot be sure of.
 */
async function refusedAccess(ctx: Excel.RequestContext, sheets: string[], cause: unknown): Promise<ExcelHostError> {
  try {
    const book = ctx.workbook.protection.load('protected');
    const probes = sheets.map((name) => ({ name, ws: ctx.workbook.worksheets.getItemOrNullObject(name).load('name') }));
    await ctx.sync();
    const present = probes.filter((p) => !p.ws.isNullObject);
    const flags = present.map((p) => ({ name: p.name, protection: p.ws.protection.load('protected') }));
    await ctx.sync();
    const locked = flags.filter((f) => f.protection.protected).map((f) => f.name);
    if (locked.length) return protectedSheets(locked, cause);
    if (book.protected) return new ExcelHostError('protected-workbook', {}, cause);
  } catch {
    // Not known: as Excel gave it.
  }
  return new ExcelHostError('generic', { detail: `${CODES.accessDenied}: ${cause instanceof Error ? cause.message : String(cause)}` }, cause);
}

/** Refusals that need no sync: protection, and data that cannot be carried over. */
function checkWritable(cs: ChangeSet, state: ReadState, marks: MarksWork | null): void {
  const info = new Map(state.sheets.map((s) => [s.name, s]));
  const targets = writtenSheets(cs, marks);
  for (const name of targets) {
    if (info.get(name)?.protected) throw new ExcelHostError('protected-sheet', { sheet: name });
  }
  const structural =
    cs.sheets.some((s) => !info.has(s.name) || (s.state === 'visible' ? 'Visible' : s.state === 'hidden' ? 'Hidden' : 'VeryHidden') !== info.get(s.name)!.visibility) ||
    (!!marks?.needed && [...marks.sheets].some((s) => !info.has(s)));
  if (structural && state.workbookProtected) throw new ExcelHostError('protected-workbook');
  for (const w of cs.cells) {
    const over = overLimit(w);
    if (over) throw new ExcelHostError('cell-limit', { sheet: w.sheet, cell: w.cell, detail: over });
  }
  const merged = mergedWrite(cs, state.workbook);
  if (merged) throw new ExcelHostError('merged-cell', { sheet: merged.sheet, cell: merged.cell, detail: merged.area });
  const array = arrayWrite(cs, state.workbook);
  if (array) throw new ExcelHostError('array-cell', { sheet: array.sheet, cell: array.cell, detail: array.area });
  const made = new Set(cs.sheets.map((s) => s.name));
  for (const c of [...cs.cells, ...cs.charts]) {
    if (!info.has(c.sheet) && !made.has(c.sheet)) throw new ExcelHostError('generic', { detail: `no sheet named ${c.sheet}` });
  }
}

type Content = string | number | boolean;

/** Excel's limits on one cell ("Excel specifications and limits"); what a write breaks, or null. */
export function overLimit(w: CellWrite): string | null {
  if (w.formula !== undefined) {
    if (w.formula.length + 1 > 8_192) return `数式 ${w.formula.length + 1} 文字 / formula of ${w.formula.length + 1} characters > 8,192`;
    for (const m of w.formula.matchAll(/"((?:[^"]|"")*)"/g)) {
      const n = m[1].replace(/""/g, '"').length;
      if (n > 255) return `数式中の文字列 ${n} 文字 / text of ${n} characters in a formula > 255`;
    }
  } else if (typeof w.value === 'string' && w.value.length > 32_767) {
    return `${w.value.length} 文字 / ${w.value.length} characters > 32,767`;
  } else if (typeof w.value === 'number' && !Number.isFinite(w.value)) {
    // A request goes as JSON: NaN or ±Infinity would arrive as null, which leaves the cell as it was.
    return `数値でない値 ${w.value} / ${w.value} is no finite number`;
  }
  return null;
}

/** Text longer than this goes through `values`: Excel fails it through `formulas` (about 8,200). */
export const FORMULAS_TEXT_LIMIT = 8_000;

/**
 * A block holding long text is written through `values`, which takes text up to a cell's 32,767
 * characters and, as documented for Range.values, still reads "=…" as a formula; every other
 * block through `formulas`, as before.
 */
function throughValues(b: Block<Content>): boolean {
  return b.grid.some((row) => row.some((v) => typeof v === 'string' && !v.startsWith('=') && v.length > FORMULAS_TEXT_LIMIT));
}

function positioned<T>(w: CellWrite, v: T): Positioned<T> {
  const { r, c } = parseA1(w.cell);
  return { r, c, v };
}

function bySheet(cells: readonly CellWrite[]): Map<string, CellWrite[]> {
  const m = new Map<string, CellWrite[]>();
  for (const w of cells) {
    const list = m.get(w.sheet);
    if (list) list.push(w);
    else m.set(w.sheet, [w]);
  }
  return m;
}

/** Content blocks per sheet: cells whose formula or value is written (format-only writes are not). */
function contentWrites(cellsBySheet: Map<string, CellWrite[]>, sliceBytes: number): Map<string, Block<Content>[]> {
  const out = new Map<string, Block<Content>[]>();
  for (const [sheet, writes] of cellsBySheet) {
    const items = writes.flatMap((w) => {
      const v = contentOf(w);
      return v === null ? [] : [positioned(w, v)];
    });
    if (items.length) out.set(sheet, rectangles(items).flatMap((b) => splitByBytes(b, sliceBytes)));
  }
  return out;
}

/**
 * One sync: the sheet list, every sheet's used range and the cells about to be written must be
 * as they were read. Anything else is a change the user made while the command ran.
 */
async function checkUnchanged(ctx: Excel.RequestContext, cs: ChangeSet, state: ReadState, content: Map<string, Block<Content>[]>): Promise<void> {
  const list = ctx.workbook.worksheets.load('items/name');
  const used = state.sheets.map((s) => ctx.workbook.worksheets.getItem(s.name).getUsedRangeOrNullObject(true).load('address'));
  const replaced = new Set(cs.sheets.filter((s) => s.mode === 'replace').map((s) => s.name));
  const probes: { sheet: string; area: Area; range: Excel.Range }[] = [];
  for (const [sheet, blocks] of content) {
    const s = state.sheets.find((x) => x.name === sheet);
    if (!s || replaced.has(sheet)) continue;
    for (const b of blocks) probes.push({ sheet, area: b.area, range: ctx.workbook.worksheets.getItem(sheet).getRange(areaRef(b.area)).load('formulas') });
  }
  try {
    await ctx.sync();
  } catch (e) {
    // A sheet read before is gone (deleted since): Excel fails the whole sync on its getItem.
    if (errorCode(e) === CODES.itemNotFound) throw new ExcelHostError('changed', { detail: 'sheets' });
    throw toHostError(e);
  }
  const names = list.items.map((w) => w.name);
  if (names.join('\u0000') !== state.sheets.map((s) => s.name).join('\u0000')) throw new ExcelHostError('changed', { detail: 'sheets' });
  state.sheets.forEach((s, i) => {
    const now = used[i].isNullObject ? null : areaOfAddress(used[i].address);
    if (JSON.stringify(now) !== JSON.stringify(s.used)) throw new ExcelHostError('changed', { detail: `${s.name}: ${now ? areaRef(now) : '—'}` });
  });
  for (const p of probes) {
    const s = state.sheets.find((x) => x.name === p.sheet)!;
    const formulas = p.range.formulas;
    for (let i = 0; i < formulas.length; i++) {
      for (let j = 0; j < formulas[i].length; j++) {
        const r = p.area.top + i;
        const c = p.area.left + j;
        if (formulas[i][j] !== formulaBefore(s, r, c)) throw new ExcelHostError('changed', { detail: `${p.sheet}!${areaRef({ top: r, left: c, bottom: r, right: c })}` });
      }
    }
  }
}

/**
 * The defined name that marks a generated sheet, as the file host writes it: hidden, workbook
 * scope, `_saiken_gen_<kind>` holding the text "<sheet>|<fingerprint>".
 */
export function generatedMark(sheet: string, g: { kind: string; fingerprint: string }): { name: string; formula: string } {
  return { name: `_saiken_gen_${g.kind}`, formula: `="${`${sheet}|${g.fingerprint}`.replace(/"/g, '""')}"` };
}

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

/**
 * Whether the sheet's visibility is to be set: where it is not what the write wants. A sheet just added is visible. Its
 * visibility set to what it is would cost the user his undo stack: Excel on Windows and Mac clears it from a
 * Worksheet.visibility call on (the undo article's table of unsupported APIs).
 */
function setsVisibility(s: SheetWrite, state: ReadState, exists: boolean): boolean {
  return (exists ? state.sheets.find((x) => x.name === s.name)?.visibility : 'Visible') !== VISIBILITY[s.state];
}

/** Sets up a sheet just added, or empties one that `exists`; true when it was added. */
async function queueSheet(batch: WriteBatch, ctx: Excel.RequestContext, s: SheetWrite, state: ReadState, exists: boolean): Promise<boolean> {
  const info = state.sheets.find((x) => x.name === s.name);
  const ws = ctx.workbook.worksheets.getItem(s.name);
  if (exists && s.mode === 'replace') {
    await batch.add(20, () => ws.getRange().clear('All'));
    // What clear() leaves: manual page breaks (the sheet's, Excel.PageBreakCollection: "Resets
    // all manual page breaks", ExcelApi 1.9) and row heights (rows', not cells'; RangeFormat.
    // useStandardHeight, 1.2): the run before's, which the new layout does not repeat.
    await batch.add(40, () => {
      ws.horizontalPageBreaks.removePageBreaks();
      ws.getRange().format.useStandardHeight = true;
    }, 2);
    for (const chart of info?.charts ?? []) await batch.add(payloadBytes(chart), () => ws.charts.getItem(chart).delete());
  }
  if (setsVisibility(s, state, exists)) await batch.add(20, () => (ws.visibility = VISIBILITY[s.state]));
  for (const [i, w] of (s.columnWidths ?? []).entries()) {
    await batch.add(20, () => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = columnWidthPoints(w, state.font)));
  }
  if (s.generated) {
    const { name, formula } = generatedMark(s.name, s.generated);
    if (state.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) await batch.add(payloadBytes(name), () => ctx.workbook.names.getItem(name).delete());
    await batch.add(payloadBytes(name + formula), () => {
      ctx.workbook.names.add(name, formula).visible = false;
    }, 2);
    // The same mark on the sheet itself, where no user sees it: some hosts leave the name visible
    // (NamedItem.visible = false does not apply), and a user may delete it. read.ts falls back to it.
    const fingerprint = s.generated.fingerprint;
    await batch.add(payloadBytes(name + fingerprint), () => ws.customProperties.add(name, fingerprint));
  }
  return !exists;
}

/** Lines with markers, as the file host draws them: a year of one point shows (Excel.ChartType LineMarkers, ExcelApi 1.1). */
const CHART_TYPES = { columnClustered: 'ColumnClustered', line: 'LineMarkers', barClustered: 'BarClustered' } as const;

/** "集計!B2:B6" or "B2:B6" (on the chart's sheet) as a range. */
function rangeOf(ctx: Excel.RequestContext, ref: string, defaultSheet: string): Excel.Range {
  const { sheet, ref: local } = splitAddress(ref);
  return ctx.workbook.worksheets.getItem(sheet ?? defaultSheet).getRange(local.replace(/\$/g, ''));
}

/**
 * The text a series name refers to ("'集計'!$B$5"): ChartSeries.name is literal text in Office.js
 * (a reference assigned to it shows as the reference in the legend), so the host carries the
 * header's text — from the cells the same ChangeSet writes, else from the snapshot. A name that is
 * not a reference stays as it is.
 */
export function textAt(cs: ChangeSet, state: ReadState, ref: string, defaultSheet: string): string {
  const parts = splitAddress(ref);
  if (!/^\$?[A-Z]{1,3}\$?[1-9]\d*$/.test(parts.ref)) return ref;
  const sheet = parts.sheet ?? defaultSheet;
  const cell = parts.ref.replace(/\$/g, '');
  let written: CellWrite | undefined;
  for (const w of cs.cells) if (w.sheet === sheet && w.cell === cell && (w.value !== undefined || w.formula !== undefined)) written = w;
  const v = written ? written.value : state.workbook.sheets.find((s) => s.name === sheet)?.rows[parseA1(cell).r]?.[parseA1(cell).c]?.value;
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? v.error : String(v);
}

async function queueChart(batch: WriteBatch, ctx: Excel.RequestContext, spec: ChartSpec, nameText: (ref: string) => string): Promise<void> {
  const size = payloadBytes(spec);
  await batch.add(size, () => {
    const ws = ctx.workbook.worksheets.getItem(spec.sheet);
    const first = spec.series[0];
    const chart = ws.charts.add(CHART_TYPES[spec.type], rangeOf(ctx, first?.values ?? spec.categories, spec.sheet), 'Columns');
    chart.title.text = spec.title;
    if (spec.xTitle !== undefined) chart.axes.categoryAxis.title.text = spec.xTitle;
    if (spec.yTitle !== undefined) chart.axes.valueAxis.title.text = spec.yTitle;
    // Amounts' bars from 0: Excel's own scale may start far above it, which makes a change look larger than it is.
    if (spec.type !== 'line') chart.axes.valueAxis.minimum = 0;
    spec.series.forEach((s, i) => {
      const name = nameText(s.name);
      const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(name);
      series.name = name;
      // The first series' values too: Excel takes a blank or text first cell of the source for the series' name.
      series.setValues(rangeOf(ctx, s.values, spec.sheet));
      series.setXAxisValues(rangeOf(ctx, spec.categories, spec.sheet));
      // A line in its colour, markers too (ChartLineFormat.color, ExcelApi 1.1; markers' colours, 1.7), a target's dashed
      // (ChartLineFormat.lineStyle, 1.7): a class's target in its results' colour.
      if (spec.type === 'line') {
        const color = `#${CHART_PALETTE[(s.color ?? i) % CHART_PALETTE.length]}`;
        series.format.line.color = color;
        series.markerBackgroundColor = color;
        series.markerForegroundColor = color;
        if (s.dashed) series.format.line.lineStyle = 'Dash';
      }
    });
    const anchor = parseArea(spec.anchor);
    const end = { top: anchor.top + spec.height - 1, left: anchor.left + spec.width - 1, bottom: anchor.top + spec.height - 1, right: anchor.left + spec.width - 1 };
    chart.setPosition(areaRef({ ...anchor, bottom: anchor.top, right: anchor.left }), areaRef(end));
  }, 6 + spec.series.length * (spec.type === 'line' ? 6 : 3) + spec.series.filter((s) => s.dashed).length);
}
