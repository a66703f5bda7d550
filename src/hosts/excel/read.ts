/**
 * The Excel host's reading side: the workbook through Office.js into the engine's snapshot, the
 * same snapshot the file host makes of the same workbook (values, formulas without "=", number
 * formats except General, merged areas, hidden sheets).
 *
 * Two syncs whatever the size: (1) the sheet list, protection, defined names, comments and notes,
 * the workbook's date system and Excel's calculation mode and state (Manual with changes not yet
 * calculated: Workbook.calculationPending);
 * (2) every sheet's used range (values only — formatting alone does not make a cell part of the
 * snapshot, as in the file host) with values, formulas, number formats and value types, its merged
 * areas, its charts, the cells of its used range holding data validation
 * (Range.getSpecialCellsOrNullObject, ExcelApi 1.9: so that 検証 knows where rules exist
 * without a sync of its own), and where each
 * comment and note sits, and whether the used range holds array formulas or spills at all
 * (Range.savedAsArray, Range.hasSpill, ExcelApi 1.12: one answer for the whole range).
 * Fallbacks cost syncs only when needed:
 * a response over Excel's limits (or read as null, over five million cells) is read again in row
 * blocks sized from what the first block cost, and where a sheet has more merged areas than
 * getMergedAreasOrNullObject returns (512) the merges are read again sheet by sheet, that sheet in
 * row blocks; and where a used range holds array
 * formulas or spills, one more sync tells where (readArrays).
 */
import { a1, textConstant, type Area, type Cell, type CellValue, type Sheet, type Workbook } from '../../core/workbook';
import { STANDARD_LINE_POINTS } from '../../core/changes';
import type { ExcelFeatures } from './features';
import { areaOfAddress, areasOfList, splitAddress } from './address';
import { CODES, errorCode, isSizeError, mayBeSizeError, toHostError } from './errors';
import { DATA_SHEET } from '../../core/workbook-data';
import { isSaikenNote } from '../../core/marks';
import { payloadBytes } from './blocks';
import { WriteBatch } from './batch';
import { isDateFormat, serialToIso } from '../../core/dates';

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface SheetState {
  name: string;
  visibility: Visibility;
  protected: boolean;
  /** The values-only used range, null for a sheet without values. */
  used: Area | null;
  /** `formulas` of the used range as read, to tell later whether a cell changed. */
  formulas: unknown[][] | null;
  charts: string[];
  /** The merged areas were read (ExcelApi 1.13, and within what a read returns); where not, apply.ts reads back what it writes. */
  mergesKnown: boolean;
  /** The cells that hold a data validation rule (anyone's), as rectangles, within `validationScope`. */
  validationCells: Area[];
  /** Where `validationCells` was looked for (the values used range, A1 on a sheet without values); null: not looked for. */
  validationScope: Area | null;
}

export interface AnnotationState {
  kind: 'comment' | 'note';
  /** Comment id (notes are found by their cell). */
  id: string | null;
  sheet: string;
  cell: string;
  content: string;
  /** Replies under saiken's own comments (other annotations: 0), which deleting the comment would delete. */
  replies: number;
  /** A comment thread resolved (Comment.resolved, ExcelApi 1.11). */
  resolved: boolean;
}

export interface ReadState {
  workbook: Workbook;
  /** Syncs the read took. */
  syncs: number;
  sheets: SheetState[];
  workbookProtected: boolean;
  /** Workbook-level defined names and their formulas (the generated-sheet marks among them). */
  names: { name: string; formula: string }[];
  annotations: AnnotationState[];
  /** The fills on the data sheet (the marks' backups), null where it does not exist. */
  slotFills: SlotFills | null;
  /** The workbook counts dates in the 1904 system (serial 0 is 1 January 1904). */
  date1904: boolean;
  /** The sizes of the workbook's Normal font, which Excel counts widths and heights in. */
  font: FontSizes;
}

/**
 * The Normal style's font as a sheet's sizes depend on it: a column's width is counted in its
 * digits ("One unit of column width is equal to the width of one character in the Normal style.
 * For proportional fonts, the width of the character 0 (zero) is used", Worksheet.standardWidth),
 * a row is as tall as its lines (Worksheet.standardHeight, points). Office.js sets widths and heights
 * in points: a 游ゴシック 11 workbook has 8-pixel digits and 18.75-pt rows where Calibri 11 has 7 and 15.
 */
export interface FontSizes {
  /** The maximum digit width, whole pixels. */
  digitPixels: number;
  /** A standard row's height, points. */
  linePoints: number;
}

/** Calibri 11, Excel's Normal font outside Japan: where the workbook's cannot be read. */
export const DEFAULT_FONT: FontSizes = { digitPixels: 7, linePoints: STANDARD_LINE_POINTS };

/**
 * The font's sizes from a sheet's standard width (characters), the width in points of a column of
 * that width (pixels = characters × digit width + 5 of padding, ECMA-376 Part 1 §18.3.1.13) and its
 * standard height. Never smaller than Calibri 11's, so that nothing is cut: a digit width is taken
 * only where it gives the standard width back as Excel counts it (to a hundredth of a character) —
 * not from a last column the user resized or hid — and a line only above 15 pt (rows set low on a
 * grid-like first sheet say nothing of the font; MS Pゴシック's 13.5 pt rows get 15).
 */
export function fontSizes(standardWidth: number, columnPoints: number | null, standardHeight: number): FontSizes {
  const pixels = (columnPoints ?? 0) / 0.75 - 5;
  const digit = Math.round(pixels / standardWidth);
  const counted = Math.trunc((pixels / digit) * 100 + 0.5) / 100;
  return {
    digitPixels: digit > DEFAULT_FONT.digitPixels && digit <= 30 && Math.abs(counted - standardWidth) <= 0.01 ? digit : DEFAULT_FONT.digitPixels,
    linePoints: standardHeight > DEFAULT_FONT.linePoints && standardHeight <= 40 ? standardHeight : DEFAULT_FONT.linePoints,
  };
}

/** Estimated bytes per cell of a response carrying values, formulas, formats and types. */
const BYTES_PER_CELL = 48;
/** A row block stays well inside Excel on the web's 5 MB response limit. */
const BLOCK_BYTES = 3_000_000;

const DATA_PROPS = ['address', 'values', 'formulas', 'numberFormat', 'valueTypes'];
/** Whether the range holds array formulas, spills (ExcelApi 1.12): false when none, read with the used range. */
const ARRAY_PROPS = ['savedAsArray', 'hasSpill'];

interface Structure {
  sheets: Excel.WorksheetCollection;
  protection: Excel.WorkbookProtection;
  names: Excel.NamedItemCollection;
  comments: Excel.CommentCollection | null;
  notes: Excel.NoteCollection | null;
  /** The workbook's tables (ListObjects), whose data bodies the second sync reads. */
  tables: Excel.TableCollection;
  /** DATE(1904,1,1) as the workbook computes it: 0 in the 1904 date system, 1462 in the 1900 one. */
  epoch: Excel.FunctionResult<number>;
  /** Excel's calculation mode and state (ExcelApi 1.1, 1.9). */
  application: Excel.Application;
}

function loadStructure(ctx: Excel.RequestContext, f: ExcelFeatures): Structure {
  const sheets = ctx.workbook.worksheets.load('items/name,items/visibility,items/protection/protected');
  const protection = ctx.workbook.protection.load('protected');
  const names = ctx.workbook.names.load('items/name,items/formula');
  const comments = f.comments ? ctx.workbook.comments.load('items/id,items/content,items/resolved') : null;
  const notes = f.notes ? ctx.workbook.notes.load('items/content') : null;
  const tables = ctx.workbook.tables.load('items/name');
  // Workbook.use1904DateSystem tells the date system from ExcelApi 1.16 only; a worksheet function
  // evaluated without writing anything (Workbook.functions, ExcelApi 1.2) tells it everywhere, in the same sync.
  const epoch = ctx.workbook.functions.date(1904, 1, 1).load('value,error');
  const application = ctx.workbook.application.load('calculationMode,calculationState');
  return { sheets, protection, names, comments, notes, tables, epoch, application };
}

interface SheetLoad {
  ws: Excel.Worksheet;
  custom: Excel.WorksheetCustomPropertyCollection;
  used: Excel.Range;
  merges: Excel.RangeAreas | null;
  charts: Excel.ChartCollection;
  /** null after a failed sync: read on without them (検証 then probes the rules it needs). */
  validations: Excel.RangeAreas | null;
  /** The cells shown of the values used range (null where not read, as `validations`): the rows and columns hidden. */
  visible: Excel.RangeAreas | null;
  scope: Excel.Range | null;
}

/** The fills of the backup slots, restored cell by cell by マーク解除 (src/hosts/excel/marks.ts). */
export interface SlotFills {
  area: Area;
  fills: Excel.CellPropertiesFill[][];
}

const FILL_PROPS = { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true };

const dataSheetOf = (st: Structure) => st.sheets.items.find((w) => w.name === DATA_SHEET);

/** The data sheet's whole used range (formats included), its address loaded; null without the sheet. */
function loadSlotRange(st: Structure): Excel.Range | null {
  return dataSheetOf(st)?.getUsedRange(false).load('address') ?? null;
}

/** The same range with every cell's fill, in the same sync. */
function loadSlotFills(st: Structure): { range: Excel.Range; props: OfficeExtension.ClientResult<Excel.CellProperties[][]> } | null {
  const range = loadSlotRange(st);
  return range && { range, props: range.getCellProperties({ format: { fill: FILL_PROPS } }) };
}

/** The fills of cells' properties as read (an empty entry where a cell has none). */
const fillsOf = (props: Excel.CellProperties[][]): Excel.CellPropertiesFill[][] => props.map((row) => row.map((c) => c.format?.fill ?? {}));

/** What one cell's fill costs in a response, as JSON (color, pattern, patternColor and the two tints). */
const FILL_CELL_BYTES = 120;

/**
 * The backup slots' fills in row blocks, a sync each: where they pass the response limit with the rest
 * (some 40,000 cells: thousands of marks), they would fail every command, マーク解除 too.
 */
async function readSlotFillsInBlocks(ctx: Excel.RequestContext, st: Structure, area: Area, blockBytes: number): Promise<SlotFills> {
  const ws = dataSheetOf(st)!;
  const width = area.right - area.left + 1;
  const rows = Math.max(1, Math.floor(blockBytes / (FILL_CELL_BYTES * width)));
  const fills: Excel.CellPropertiesFill[][] = [];
  for (let top = area.top; top <= area.bottom; top += rows) {
    const height = Math.min(rows, area.bottom - top + 1);
    const props = ws.getRangeByIndexes(top, area.left, height, width).getCellProperties({ format: { fill: FILL_PROPS } });
    await ctx.sync();
    for (const row of fillsOf(props.value)) fills.push(row);
  }
  return { area, fills };
}

interface SheetsLoad {
  sheets: SheetLoad[];
  locations: Excel.Range[];
  replies: (OfficeExtension.ClientResult<number> | null)[];
  tableBodies: Excel.Range[];
  /** The first sheet's standard sizes and its last column (XFD, never resized in practice): the font's sizes. */
  standard: { sheet: Excel.Worksheet; column: Excel.RangeFormat } | null;
}

function loadSheets(st: Structure, withMerges: boolean, withData: boolean, withValidations: boolean): SheetsLoad {
  const sheets = st.sheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load(withData ? [...DATA_PROPS, ...ARRAY_PROPS] : ['address', ...ARRAY_PROPS]);
    // The full used range (formatting included) holds every merged area; it is never a null object.
    const merges = withMerges ? ws.getUsedRange(false).getMergedAreasOrNullObject().load('address') : null;
    const charts = ws.charts.load('items/name');
    const custom = ws.customProperties.load('items/key,items/value');
    // Over the values used range, not the whole sheet: on a whole sheet the call runs through every
    // cell and takes very long (OfficeDev/office-js#4245). Tables lie inside the used range; a rule
    // range beyond it is not known (validationScope) and gets the probe.
    const scope = withValidations ? ws.getUsedRange(true).load('address') : null;
    const validations = scope ? scope.getSpecialCellsOrNullObject('DataValidations' as Excel.SpecialCellType).load('address') : null;
    // The cells shown (Excel.SpecialCellType.visible, ExcelApi 1.9) in the same sync: the rows and columns hidden, by the
    // user or a filter, which a table's SUM still counts (validation says so: hidden-rows).
    const visible = scope ? scope.getSpecialCellsOrNullObject('Visible' as Excel.SpecialCellType).load('address') : null;
    return { ws, used, merges, charts, custom, validations, visible, scope };
  });
  const locations = [...(st.comments?.items ?? []), ...(st.notes?.items ?? [])].map((a) => a.getLocation().load('address'));
  // Replies are counted under saiken's own comments only: a delete takes them with the comment.
  const replies = (st.comments?.items ?? []).map((c) => (isSaikenNote(c.content) ? c.replies.getCount() : null));
  const tableBodies = st.tables.items.map((t) => t.getDataBodyRange().load('address'));
  const first = st.sheets.items[0];
  const standard = first ? { sheet: first.load('standardWidth,standardHeight'), column: first.getRange('XFD:XFD').format.load('columnWidth') } : null;
  return { sheets, locations, replies, tableBodies, standard };
}

/** The rows and columns (0-based) of `used` that no area of the cells shown covers. */
export function hiddenLines(shown: Area[], used: Area): { rows: number[]; columns: number[] } {
  // Each line marked once per area over it (not each line asked of every area: many hidden rows make many areas).
  const lines = (from: number, to: number, span: (a: Area) => [number, number]) => {
    const seen = new Uint8Array(to - from + 1);
    for (const a of shown) {
      const [lo, hi] = span(a);
      for (let k = Math.max(lo, from); k <= Math.min(hi, to); k++) seen[k - from] = 1;
    }
    const out: number[] = [];
    for (let k = from; k <= to; k++) if (!seen[k - from]) out.push(k);
    return out;
  };
  return { rows: lines(used.top, used.bottom, (a) => [a.top, a.bottom]), columns: lines(used.left, used.right, (a) => [a.left, a.right]) };
}

/** Reads the workbook: two syncs, more only on the fallbacks described above. */
export interface ReadOptions {
  /** Estimated response size of one sync in the block fallback (tests lower it). */
  blockBytes?: number;
  /** Calculate first where Excel calculates manually and changes are pending (WorkbookPort ReadRequest). */
  calculate?: boolean;
}

export async function readExcel(context: Excel.RequestContext, f: ExcelFeatures, options: ReadOptions = {}): Promise<ReadState> {
  let syncs = 0;
  // The context as read.ts uses it: every sync counted.
  const ctx = {
    workbook: context.workbook,
    sync: async () => {
      syncs++;
      await context.sync();
    },
  } as unknown as Excel.RequestContext;
  const st = loadStructure(ctx, f);
  try {
    await ctx.sync();
  } catch (e) {
    // The read's first request, nothing of it through yet: a GeneralException here is what a group of selected sheets
    // gives (toHostError).
    throw toHostError(e, { first: true });
  }
  const date1904 = st.epoch.value === 0;
  // Excel set to calculate manually (ExcelApi 1.1), with cells changed since it last did (calculationState, 1.9): its
  // formulas hold the figures of before (a 合計 not the sum of its rows as they now stand). A command that checks or
  // writes from the figures has Excel calculate them first, as F9 would (Application.calculate, queued before the data's
  // loads: no sync more), and then takes them as calculated — the state may stay Pending after it (volatile functions
  // feeding a chart: office-js#3319; on the web and Mac: #2883; and it is the whole application's, another workbook's
  // changes in it: excel.calculationstate). A read for anything else calculates nothing (Application.calculate recalculates
  // every open workbook, and would mark this one changed on merely opening the pane): the snapshot says so
  // (Workbook.calculationPending).
  let calculationPending = st.application.calculationMode === 'Manual' && st.application.calculationState !== 'Done';
  if (calculationPending && options.calculate) {
    ctx.workbook.application.calculate('Recalculate' as Excel.CalculationType);
    calculationPending = false;
  }

  let withMerges = f.merges;
  // The rules' cells are an aid to 検証, never needed: any failure reads on without them.
  let withValidations = true;
  // Loaded in the same sync as the data (and again with each fallback: a failed sync loads nothing).
  let slots = loadSlotFills(st);
  let loads = loadSheets(st, withMerges, true, withValidations);
  let blocks: Map<number, BlockRead> | null = null;
  let apart: (Area[] | null)[] | null = null;
  /** The slots' fills, where they were read in blocks apart. */
  let slotBlocks: SlotFills | null = null;
  try {
    await ctx.sync();
  } catch (e) {
    // Over the limit: in row blocks. Another failure with merges loaded (GeneralException beyond 512 merged areas) is
    // read on without them first; a GeneralException with none loaded may be the size (Excel on the web).
    if (isSizeError(e)) await readDataInBlocks();
    else if ((withMerges || withValidations) && errorCode(e) !== CODES.cellEdit) await readOnWithoutMerges(true);
    else if (mayBeSizeError(e)) await readDataInBlocks();
    else throw e;
  }
  // Over five million cells a read may give null rather than fail (office-js#4783, #6781; docs/excel/performance.md:
  // "check the address of the range before you read Range.values"): the used ranges, whose addresses came, in row blocks.
  if (!blocks && loads.sheets.some((l) => !l.used.isNullObject && (l.used.values == null || l.used.formulas == null))) {
    blocks = await readInBlocks(ctx, loads.sheets, options.blockBytes ?? BLOCK_BYTES);
  }

  /**
   * getMergedAreasOrNullObject fails beyond 512 merged areas on one sheet: read on without
   * merges (and without the rules' cells), then the merges sheet by sheet, a sheet over the
   * limit in row blocks. `withData`: the used ranges' values come in the same sync (not when
   * they are read in blocks apart).
   */
  async function readOnWithoutMerges(withData: boolean): Promise<void> {
    const mergesApart = withMerges;
    withMerges = false;
    withValidations = false;
    slots = loadSlotFills(st);
    loads = loadSheets(st, false, withData, false);
    try {
      await ctx.sync();
    } catch (e) {
      // Still refused with the data, as Excel on the web refuses a read over its limit (GeneralException): in row blocks.
      if (!withData || !mayBeSizeError(e)) throw e;
      await readDataInBlocks();
    }
    if (mergesApart) apart = await readMergesApart(ctx, st.sheets.items);
  }

  /** The used ranges read in row blocks (their addresses first), and the backup slots' fills apart. */
  async function readDataInBlocks(): Promise<void> {
    slots = null;
    const slotRange = loadSlotRange(st);
    loads = loadSheets(st, withMerges, false, withValidations);
    await syncAddresses();
    blocks = await readInBlocks(ctx, loads.sheets, options.blockBytes ?? BLOCK_BYTES);
    if (slotRange) slotBlocks = await readSlotFillsInBlocks(ctx, st, areaOfAddress(slotRange.address), options.blockBytes ?? BLOCK_BYTES);
  }

  /** The used ranges' addresses (and merges, read apart if they are what fails). */
  async function syncAddresses(): Promise<void> {
    try {
      await ctx.sync();
    } catch (e) {
      if (!(withMerges || withValidations) || isSizeError(e)) throw e;
      await readOnWithoutMerges(false);
    }
  }

  const sheetStates: SheetState[] = [];
  const sheets: Sheet[] = st.sheets.items.map((ws, i) => {
    const load = loads.sheets[i];
    const data = blocks ? blocks.get(i) ?? null : load.used.isNullObject ? null : fromRange(load.used);
    const merges = apart ? (apart[i] ?? []) : load.merges && !load.merges.isNullObject ? areasOfList(load.merges.address) : [];
    const visibility = ws.visibility as Visibility;
    sheetStates.push({
      name: ws.name,
      visibility,
      protected: ws.protection.protected,
      used: data?.area ?? null,
      formulas: data?.formulas ?? null,
      charts: load.charts.items.map((c) => c.name),
      mergesKnown: apart ? apart[i] !== null : withMerges,
      validationCells: !load.validations || load.validations.isNullObject ? [] : areasOfList(load.validations.address),
      validationScope: load.scope ? areaOfAddress(load.scope.address) : null,
    });
    const sheet: Sheet = {
      name: ws.name,
      rows: data ? toRows(data, date1904) : [],
      merges,
      hidden: visibility !== 'Visible',
    };
    if (data && load.visible) {
      const { rows, columns } = hiddenLines(load.visible.isNullObject ? [] : areasOfList(load.visible.address), data.area);
      if (rows.length) sheet.hiddenRows = rows;
      if (columns.length) sheet.hiddenColumns = columns;
    }
    return sheet;
  });

  const arrays = await readArrays(ctx, st.sheets.items, loads.sheets, sheetStates);
  arrays.forEach((areas, i) => {
    if (areas.length) sheets[i] = { ...sheets[i], arrays: areas, rows: withoutArrayCopies(sheets[i].rows, areas) };
  });

  // Each table's data body, on its sheet (the address names it).
  st.tables.items.forEach((t, k) => {
    const address = loads.tableBodies[k].address;
    const i = sheets.findIndex((s) => s.name === splitAddress(address).sheet);
    if (i >= 0) sheets[i] = { ...sheets[i], listObjects: [...(sheets[i].listObjects ?? []), { name: t.name, body: areaOfAddress(address) }] };
  });

  const annotations: AnnotationState[] = [];
  const all = [
    ...(st.comments?.items ?? []).map((c, i) => ({ kind: 'comment' as const, id: c.id, content: c.content, replies: loads.replies[i]?.value ?? 0, resolved: c.resolved === true })),
    ...(st.notes?.items ?? []).map((n) => ({ kind: 'note' as const, id: null, content: n.content, replies: 0, resolved: false })),
  ];
  all.forEach((a, i) => {
    const address = loads.locations[i].address;
    const area = areaOfAddress(address);
    annotations.push({ ...a, sheet: splitAddress(address).sheet ?? '', cell: a1(area.top, area.left) });
  });

  const names = st.names.items.map((n) => ({ name: n.name, formula: String(n.formula ?? '') }));
  const constants = constantNames(names);
  // A generated sheet's mark on the sheet itself stands in for a name the user deleted.
  st.sheets.items.forEach((ws, i) => {
    for (const p of loads.sheets[i].custom.items) {
      if (!/^_saiken_gen_[a-z]+$/.test(p.key) || names.some((n) => n.name.toLowerCase() === p.key.toLowerCase())) continue;
      constants[p.key] = `${ws.name}|${p.value}`;
    }
  });
  const slotFills: SlotFills | null = slots ? { area: areaOfAddress(slots.range.address), fills: fillsOf(slots.props.value) } : slotBlocks;
  return {
    slotFills,
    workbook: { sheets, names: constants, ...(calculationPending ? { calculationPending } : {}) },
    syncs,
    sheets: sheetStates,
    workbookProtected: st.protection.protected,
    names,
    annotations,
    date1904,
    font: loads.standard ? fontSizes(loads.standard.sheet.standardWidth, loads.standard.column.columnWidth, loads.standard.sheet.standardHeight) : DEFAULT_FONT,
  };
}

/**
 * The arrays of each sheet whose used range says it holds some (savedAsArray or hasSpill not
 * false): one sync (more only for a request over the size limit) probing the formula cells of
 * those sheets. Office.js has no property naming the array a cell belongs to, so:
 * - a spill range is what Range.getSpillingToRangeOrNullObject (ExcelApi 1.12) gives on its
 *   anchor, the one cell of it holding the formula (asked where the used range has spills);
 * - a legacy (Ctrl+Shift+Enter) array holds its formula in every cell, each reading the same A1
 *   formula (OfficeDev/office-js#6176) and each saved as an array formula (savedAsArray, asked
 *   where the used range has some): the neighbouring cells saved as arrays with the same formula
 *   are taken as one array, over the rectangle they fill; a cell saved as an array alone is an
 *   array of one cell, as the file host reads `ref="Q5"`.
 */
async function readArrays(ctx: Excel.RequestContext, worksheets: Excel.Worksheet[], loads: SheetLoad[], states: SheetState[]): Promise<Area[][]> {
  const out: Area[][] = states.map(() => []);
  const probes: { sheet: number; r: number; c: number; formula: string; cell: Excel.Range | null; spill: Excel.Range | null }[] = [];
  const batch = new WriteBatch(ctx);
  for (let i = 0; i < states.length; i++) {
    const { used, formulas } = states[i];
    const range = loads[i].used;
    if (!used || !formulas || range.isNullObject) continue;
    const legacy = range.savedAsArray !== false;
    const spills = range.hasSpill !== false;
    if (!legacy && !spills) continue;
    for (let r = 0; r < formulas.length; r++) {
      for (let c = 0; c < formulas[r].length; c++) {
        const formula = formulas[r][c];
        if (typeof formula !== 'string' || !formula.startsWith('=')) continue;
        // The probe is listed once; what is queued only gives it its proxies, anew when a request Excel refused as
        // too large is queued again (those of the refused one never load).
        const probe: (typeof probes)[number] = { sheet: i, r: used.top + r, c: used.left + c, formula, cell: null, spill: null };
        probes.push(probe);
        await batch.add(0, () => {
          const cell = worksheets[i].getRangeByIndexes(probe.r, probe.c, 1, 1);
          probe.cell = legacy ? cell.load('savedAsArray') : null;
          probe.spill = spills ? cell.getSpillingToRangeOrNullObject().load('address') : null;
        }, 1 + (legacy ? 1 : 0) + (spills ? 2 : 0));
      }
    }
  }
  await batch.flush();
  const savedAsArrays = new Map<number, typeof probes>();
  for (const p of probes) {
    if (p.spill && !p.spill.isNullObject) out[p.sheet].push(areaOfAddress(p.spill.address));
    else if (p.cell?.savedAsArray) {
      const list = savedAsArrays.get(p.sheet);
      if (list) list.push(p);
      else savedAsArrays.set(p.sheet, [p]);
    }
  }
  for (const [sheet, cells] of savedAsArrays) out[sheet].push(...sameFormulaAreas(cells));
  return out;
}

/** The rectangles filled by neighbouring cells of the same formula (each group's bounding box). */
function sameFormulaAreas(cells: { r: number; c: number; formula: string }[]): Area[] {
  const at = new Map(cells.map((x) => [`${x.r}:${x.c}`, x]));
  const seen = new Set<string>();
  const out: Area[] = [];
  for (const start of cells) {
    if (seen.has(`${start.r}:${start.c}`)) continue;
    const area = { top: start.r, left: start.c, bottom: start.r, right: start.c };
    const stack = [start];
    seen.add(`${start.r}:${start.c}`);
    while (stack.length) {
      const x = stack.pop()!;
      area.top = Math.min(area.top, x.r);
      area.left = Math.min(area.left, x.c);
      area.bottom = Math.max(area.bottom, x.r);
      area.right = Math.max(area.right, x.c);
      for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
        const k = `${x.r + dr}:${x.c + dc}`;
        const next = at.get(k);
        if (next && !seen.has(k) && next.formula === x.formula) {
          seen.add(k);
          stack.push(next);
        }
      }
    }
    out.push(area);
  }
  return out;
}

/**
 * The rows with a legacy array's formula on its anchor only, its other cells holding their values,
 * as the file host reads them (the file stores the formula once, `<f t="array" ref=…>` on the
 * anchor). A spill's other cells have no formula already.
 */
function withoutArrayCopies(rows: (Cell | undefined)[][], areas: Area[]): (Cell | undefined)[][] {
  const out = rows.map((row) => row);
  for (const a of areas) {
    for (let r = a.top; r <= a.bottom; r++) {
      for (let c = a.left; c <= a.right; c++) {
        const cell = out[r]?.[c];
        if ((r === a.top && c === a.left) || !cell?.formula) continue;
        if (out[r] === rows[r]) out[r] = [...rows[r]];
        const { formula: _copy, ...rest } = cell;
        out[r][c] = rest;
      }
    }
  }
  return out;
}

/** Names whose formula is a text constant, as the file host reads them ("集計|3f2a…"). */
function constantNames(names: { name: string; formula: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of names) {
    const text = n.formula.startsWith('=') ? textConstant(n.formula) : undefined;
    if (text !== undefined) out[n.name] = text;
  }
  return out;
}

/**
 * Merged areas sheet by sheet, after the one-sync read failed: one sync for the sheets' full used
 * ranges, one per sheet, and for a sheet over the limit its rows halved until each block holds
 * at most 512 (a merged area crossing blocks is returned by the block of its top-left cell —
 * office-js#3611 — and would be counted once were it returned by both). null for a
 * sheet whose merges cannot be read even a row at a time.
 */
async function readMergesApart(ctx: Excel.RequestContext, sheets: Excel.Worksheet[]): Promise<(Area[] | null)[]> {
  const full = sheets.map((ws) => ws.getUsedRange(false).load('address'));
  await ctx.sync();
  const out: (Area[] | null)[] = [];
  for (let i = 0; i < sheets.length; i++) out.push(await mergesIn(ctx, sheets[i], areaOfAddress(full[i].address)));
  return out;
}

async function mergesIn(ctx: Excel.RequestContext, ws: Excel.Worksheet, a: Area): Promise<Area[] | null> {
  const rows = a.bottom - a.top + 1;
  const found = ws.getRangeByIndexes(a.top, a.left, rows, a.right - a.left + 1).getMergedAreasOrNullObject().load('address');
  try {
    await ctx.sync();
    return found.isNullObject ? [] : areasOfList(found.address);
  } catch (e) {
    if (errorCode(e) === CODES.cellEdit) throw e;
    if (rows === 1) return null;
    const mid = a.top + Math.floor(rows / 2) - 1;
    const upper = await mergesIn(ctx, ws, { ...a, bottom: mid });
    const lower = await mergesIn(ctx, ws, { ...a, top: mid + 1 });
    if (!upper || !lower) return null;
    // An area reaching the cut may have come back cut to the half asked (a merged area reported clipped to the range:
    // office-js#1590): asked again, in one sync, over its columns from its top row to the end (where that too holds over
    // 512 areas and fails, as it was).
    const cut = upper.filter((m) => m.bottom === mid);
    let again: Excel.RangeAreas[] = [];
    if (cut.length) {
      again = cut.map((m) => ws.getRangeByIndexes(m.top, m.left, a.bottom - m.top + 1, m.right - m.left + 1).getMergedAreasOrNullObject().load('address'));
      try {
        await ctx.sync();
      } catch (e) {
        if (errorCode(e) === CODES.cellEdit) throw e;
        again = [];
      }
    }
    const whole = upper.map((m) => {
      const k = cut.indexOf(m);
      if (k < 0 || !again[k] || again[k].isNullObject) return m;
      return areasOfList(again[k].address).find((x) => x.top === m.top && x.left === m.left) ?? m;
    });
    const seen = new Set(whole.map((m) => `${m.top}:${m.left}:${m.bottom}:${m.right}`));
    return [...whole, ...lower.filter((m) => !seen.has(`${m.top}:${m.left}:${m.bottom}:${m.right}`))];
  }
}

interface BlockRead {
  area: Area;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: unknown[][];
}

function fromRange(r: Excel.Range): BlockRead {
  return { area: areaOfAddress(r.address), values: r.values, formulas: r.formulas, numberFormat: r.numberFormat, valueTypes: r.valueTypes };
}

/**
 * Row blocks, several per sync, each sync's response estimated under the budget. The estimate
 * starts at BYTES_PER_CELL and then follows what the blocks read so far really cost (Japanese
 * text comes back three bytes a character, in both `values` and `formulas`); a sync Excel still
 * refuses as too large is sent again with blocks half the size, down to a single row.
 */
async function readInBlocks(ctx: Excel.RequestContext, sheets: SheetLoad[], budget: number): Promise<Map<number, BlockRead>> {
  const out = new Map<number, BlockRead>();
  const work = sheets.flatMap((s, i) => (s.used.isNullObject ? [] : [{ sheet: i, area: areaOfAddress(s.used.address) }]));
  let perCell = BYTES_PER_CELL;
  let at = { item: 0, top: work[0]?.area.top ?? 0 };
  while (at.item < work.length) {
    type Pending = { sheet: number; range: Excel.Range; cells: number };
    const pending: Pending[] = [];
    let bytes = 0;
    let next = { ...at };
    while (next.item < work.length) {
      const { sheet, area } = work[next.item];
      const width = area.right - area.left + 1;
      const fit = Math.floor((budget - bytes) / (width * perCell));
      if (fit < 1 && pending.length) break;
      const rows = Math.max(1, Math.min(fit, area.bottom - next.top + 1));
      pending.push({ sheet, range: sheets[sheet].ws.getRangeByIndexes(next.top, area.left, rows, width).load(DATA_PROPS), cells: rows * width });
      bytes += rows * width * perCell;
      next = next.top + rows > area.bottom ? { item: next.item + 1, top: work[next.item + 1]?.area.top ?? 0 } : { item: next.item, top: next.top + rows };
    }
    try {
      await ctx.sync();
    } catch (e) {
      const { area } = work[at.item];
      const single = pending.length === 1 && pending[0].cells <= area.right - area.left + 1;
      if (!mayBeSizeError(e) || single) throw e;
      perCell *= 2;
      continue;
    }
    let cost = 0;
    let cells = 0;
    for (const p of pending) {
      const part = fromRange(p.range);
      cost += payloadBytes([part.values, part.formulas, part.numberFormat, part.valueTypes]);
      cells += p.cells;
      const whole = out.get(p.sheet);
      if (!whole) out.set(p.sheet, part);
      else {
        whole.area = { ...whole.area, bottom: part.area.bottom };
        // Row by row: a block's rows spread as arguments would pass the call stack's limit (some 100,000).
        for (let r = 0; r < part.values.length; r++) {
          whole.values.push(part.values[r]);
          whole.formulas.push(part.formulas[r]);
          whole.numberFormat.push(part.numberFormat[r]);
          whole.valueTypes.push(part.valueTypes[r]);
        }
      }
    }
    // A quarter more than the dearest cells so far, for the rows not seen yet.
    perCell = Math.max(perCell, Math.ceil((cost / cells) * 1.25));
    at = next;
  }
  return out;
}

/** Dense rows of sparse cells, as the file host builds them. */
function toRows(d: BlockRead, date1904: boolean): (Cell | undefined)[][] {
  const rows: (Cell | undefined)[][] = [];
  for (let i = 0; i < d.values.length; i++) {
    const r = d.area.top + i;
    let line: (Cell | undefined)[] | undefined;
    for (let j = 0; j < d.values[i].length; j++) {
      const cell = toCell(d.values[i][j], d.formulas[i][j], d.numberFormat[i][j], d.valueTypes[i][j], date1904);
      if (!cell) continue;
      line ??= [];
      line[d.area.left + j] = cell;
    }
    if (line) rows[r] = line;
  }
  for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
  return rows;
}

/**
 * One cell. A formula is a `formulas` entry starting with "=" that is not the cell's own text (a
 * text cell typed as '=abc reads back "=abc" from both). Errors are told by their value type.
 * Numbers under a date format become ISO dates in the workbook's date system, as the file host
 * reads them (workbookPr/@date1904); a number no JavaScript date can hold stays a number.
 */
export function toCell(value: unknown, formula: unknown, numberFormat: unknown, type: unknown, date1904 = false): Cell | undefined {
  const isFormula = typeof formula === 'string' && formula.startsWith('=') && formula !== value;
  const fmt = typeof numberFormat === 'string' && numberFormat !== 'General' ? numberFormat : undefined;
  let v: CellValue;
  if (type === 'Error') v = { error: String(value) };
  else if (value === '' || value === null || value === undefined || type === 'Empty') v = isFormula ? '' : null;
  else if (typeof value === 'number') v = fmt && isDateFormat(fmt) ? (serialToIso(value, date1904) ?? value) : value;
  else if (typeof value === 'string' || typeof value === 'boolean') v = value;
  else v = null;
  if (v === null && !isFormula) return undefined;
  return { value: v, ...(isFormula ? { formula: (formula as string).slice(1) } : {}), ...(fmt ? { numberFormat: fmt } : {}) };
}

