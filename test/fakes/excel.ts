/**
 * A typed fake of the part of the Excel JavaScript API (Office.js) that src/hosts/excel uses,
 * honest to the documented behaviour where the host relies on it:
 *
 * - Proxies: properties read before `load()` + `context.sync()` throw (PropertyNotLoaded), as the
 *   real API does ("Before you can read the properties of a proxy object, you must explicitly load the
 *   properties … and then call context.sync()", learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load;
 *   the message is office.js's, quoted in office-js#777); writes and loads are queued and run, in order,
 *   at the next sync (the host "unpacks the actions and begins iterating through them one-by-one":
 *   "Implementation details", office-js-docs-pr docs/develop/implementation-details.md). A load queued
 *   before a write in the same batch sees the state before the write.
 * - A batch is not a transaction: when an operation fails, the ones before it stay applied (so a
 *   host that wants "nothing written" must check before writing): "If at any point in the chain
 *   something goes wrong, the rest of the batch gets aborted … there is no atomicity … any actions that
 *   have already been done will stay done" (same "Implementation details" article); its error names the
 *   operation (debugInfo.errorLocation, "if available": not where `errorsUnlocated`). Cell-edit mode and an oversized request reject the whole batch
 *   before anything runs, naming none (Excel.RunOptions.delayForCellEdit: "When false, if the user is in
 *   cell edit when the batch request is processed by the host, the batch automatically fails",
 *   learn.microsoft.com/javascript/api/excel/excel.runoptions; InvalidOperationInCellEditMode in the
 *   error table cited below).
 * - An object an API call makes (getItem, getRange, `*OrNullObject` methods, add …) is instantiated in the request
 *   where it was made: at the sync its `isNullObject` is loaded, without a load() ("Office automatically loads this
 *   property when context.sync is called", learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties),
 *   and one that is not there fails the request there with ItemNotFound unless it is a null object (FakeClientObject.made).
 *   A null object's other properties read as undefined (office.js skips the not-loaded check for null objects).
 * - Values: numbers, strings, booleans, "" for empty; errors read as their text ("#DIV/0!") with
 *   valueTypes "Error" (Range.values: "Cells that contain an error will return the error string",
 *   learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member; "a blank
 *   property value in the response … indicates that cell contains no data or value",
 *   learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values). Writing a string that
 *   starts with "=" (or with "+" or "-", not being a number) makes a formula, with "'" makes text (the quote is not part of the value: office-js#6687,
 *   range.formulas reads such a cell without its quote), a numeric or TRUE/FALSE string is parsed, as
 *   typing it would be; null in a 2-D array leaves that cell alone (blank-null-values, "null input in
 *   2-D Array"). Arrays must match the range's size (InvalidArgument, "The number of rows or columns in
 *   the input array doesn't match the size or dimensions of the range.", errorLocation Range.values:
 *   office-js#1025).
 *   The fake does not calculate: a formula written by the add-in reads back with the value given
 *   by `options.calculate` (default: the cell keeps no value).
 * - Requirement sets: `isSetSupported` answers from `options.apiVersion` (ExcelApi) and
 *   `options.sets`; a member of an unsupported set fails its batch with ApiNotFound ("The API you are
 *   trying to use could not be found. It may be available in a newer version of the Office
 *   application", the error table cited below).
 * - Limits: a request or a response over `options.payloadLimit` (5 MB, Excel on the web) fails
 *   with RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded; a range read over
 *   5,000,000 cells fails with RangeExceedsLimit (or reads null: `overLimitReadsNull`); getMergedAreasOrNullObject fails
 *   over 512 merged areas (documented limit). "Excel on the web has a payload size limit for requests
 *   and responses of 5MB … A range is limited to 5,000,000 cells for read operations"
 *   (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins);
 *   the error table says of both payload codes "This error only occurs in Office on the web", and gives the cell limit
 *   its own: RangeExceedsLimit, "The cell count in the range has exceeded the maximum supported number. See the
 *   Resource limits and performance optimization for Office Add-ins article" (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling),
 *   on every platform.
 * - Protection: writing to a protected sheet fails with AccessDenied; adding, deleting, moving,
 *   renaming or hiding sheets of a protected workbook too. The codes are those of the add-ins'
 *   error table (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling:
 *   AccessDenied "You cannot perform the requested operation.", ItemAlreadyExists "The resource
 *   being created already exists." — a second sheet or name of the same name).
 * - Array formulas (ArrayState): a write into part of a legacy array fails; a write into a
 *   dynamic array's spill range turns its anchor into #SPILL!.
 *
 * Typing: each fake class implements `Pick<Excel.X, …>` of the properties it models, so their
 * types follow @types/office-js; the context is cast to `Excel.RequestContext` at the boundary.
 */
import type { Area, CellValue, Workbook } from '../../src/core/workbook';
import { a1, colIndex, colLetter } from '../../src/core/workbook';

/** "Worksheet size: 1,048,576 rows by 16,384 columns" (Excel specifications and limits, support.microsoft.com). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
const MERGED_AREAS_LIMIT = 512;
const RANGE_READ_CELL_LIMIT = 5_000_000;
/**
 * What an action costs in a request beyond its arguments (its object path, method and ids). The
 * Excel performance guide's sample of 10,000 getRangeByIndexes + values writes of one short text
 * "would likely exceed the 5MB payload size limit" (learn.microsoft.com/office/dev/add-ins/excel/performance,
 * "Split each range array into multiple arrays"): 5 MB over 20,000 actions is some 250 bytes each.
 */
const ACTION_OVERHEAD = 250;

// ---------------------------------------------------------------------------------------------
// State

export interface FillState {
  color: string;
  pattern: string;
  patternColor: string | null;
  tintAndShade: number;
  patternTintAndShade: number;
}

export interface CellState {
  /** Excel's value: errors as { error }. null: no value. */
  value: CellValue;
  /** With its "=". */
  formula?: string;
  numberFormat?: string;
  fill?: FillState;
  bold?: boolean;
  quotePrefix?: boolean;
  /** RangeFormat.horizontalAlignment (ExcelApi 1.1): "General" when never set. */
  horizontalAlignment?: string;
  /** RangeFormat.wrapText (ExcelApi 1.1). */
  wrapText?: boolean;
}

/**
 * Worksheet.pageLayout (Excel.PageLayout, ExcelApi 1.9): orientation, print area, print title
 * rows; Worksheet.horizontalPageBreaks (Excel.PageBreakCollection, ExcelApi 1.9): a break is
 * added "before the top-left cell of the range specified" (learn.microsoft.com, Excel.PageBreakCollection.add).
 */
export interface PrintState {
  orientation: 'Portrait' | 'Landscape';
  printArea: string | null;
  printTitleRows: string | null;
  /** 1-based rows a page break stands before. */
  rowBreaks: number[];
  /** Excel.PaperType; unset, the printer's default (Letter where the locale is en-US). */
  paperSize?: string;
  /** Margins as set by setPrintMargins, converted to points. */
  margins?: { left?: number; right?: number; top?: number; bottom?: number; header?: number; footer?: number };
}

export interface ChartState {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string | null;
  xTitle: string | null;
  yTitle: string | null;
  /** The value axis's minimum where one was set (null: Excel's own scale). */
  valueMinimum: number | null;
  /** Where set: ChartSeries.format.line's lineStyle (Excel.ChartLineStyle) and color, the markers' colours. */
  series: { name: string | null; values: string | null; xValues: string | null; lineStyle?: string; lineColor?: string; markerColors?: [string | null, string | null] }[];
  position: { start: string; end: string | null } | null;
}

export interface SheetState {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  cells: Map<number, CellState>;
  merges: Area[];
  charts: ChartState[];
  columnWidths: Map<number, number>;
  /** Worksheet-level custom properties (ExcelApi 1.12): key → value, kept with the sheet. */
  customProperties?: Record<string, string>;
  /** Conditional formats: each rule applies to its areas (a rule split by a paste has several). */
  conditionalFormats?: { rule: string; areas: Area[] }[];
  /** RangeFormat.rowHeight (ExcelApi 1.2), points, by 0-based row; absent until set. */
  rowHeights?: Map<number, number>;
  print?: PrintState;
  /** Range.dataValidation (ExcelApi 1.8) by cell key: cells set together share one record. */
  dataValidation?: Map<number, DataValidationState>;
  /** Excel tables (Excel.Table, ExcelApi 1.1) on the sheet. */
  tables?: TableState[];
  /** Array formulas over more than one cell. */
  arrays?: ArrayState[];
  /**
   * Rows and columns (0-based) hidden (Range.rowHidden / columnHidden, ExcelApi 1.2): "Represents if all rows in the current
   * range are hidden" (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member). Read by the
   * host through the cells shown (getSpecialCellsOrNullObject "Visible").
   */
  hiddenRows?: Set<number>;
  hiddenColumns?: Set<number>;
}

/**
 * An array formula over more than one cell, as Excel holds it.
 *
 * A legacy array (entered with Ctrl+Shift+Enter; `dynamic` false): every cell of `area` holds the
 * array's formula, and Range.formulas reads that same A1 formula in each of them
 * (OfficeDev/office-js#6176, the CSE formula {=A1:A3} over B1:B3: only its formulasR1C1 differ
 * from cell to cell). Excel refuses to change part of it — "You cannot change part of an array",
 * Excel's message (quoted in the Excel-DNA post "Resizing Excel UDF result arrays", where a write
 * over part of an array fails; Apache POI's notifyArrayFormulaChanging enforces the same rule); a
 * write over the whole array replaces it. The Office.js reference documents no error code for a
 * write into part of an array: the fake fails that write with Excel.ErrorCodes.invalidOperation
 * (an assumption: the host never sends such a write, it refuses it first, so it relies on no
 * code), and, as for any failed operation, what the batch ran before it stays.
 *
 * A dynamic array (`dynamic` true): only its anchor (the top-left cell) holds the formula — "The
 * dynamic array formula technically only exists in cell D1, whereas with a legacy CSE formula, the
 * formula would need to be entered in the entire range" ("Dynamic array formulas vs. legacy CSE
 * array formulas", support.microsoft.com) — so the other cells of its spill range read through
 * `formulas` as their values. A value written into the spill range is kept, and the anchor shows
 * #SPILL! ("Spill range isn't blank: this error occurs when the spill range for a spilled array
 * formula … isn't blank", "How to correct a #SPILL! error", support.microsoft.com;
 * Excel.SpillErrorCellValueSubType "collision": "a dynamic array attempting to spill data into a
 * cell that isn't empty"), its other spilled values gone; a write over the anchor replaces the
 * formula, its spill gone with it.
 *
 * Read through Range.hasSpill, Range.savedAsArray and Range.getSpillingToRangeOrNullObject
 * (ExcelApi 1.12), as the reference describes them (FakeRange). In the file a legacy array and a
 * dynamic one are alike: `<f t="array" ref="…">` on the anchor, values in the other cells.
 */
export interface ArrayState {
  area: Area;
  dynamic: boolean;
}

/** One Excel table (Excel.Table, ExcelApi 1.1): its name, range (the header row included) and style. */
export interface TableState {
  name: string;
  area: Area;
  hasHeaders: boolean;
  style: string;
}

/**
 * One data validation as Excel.DataValidation exposes it (ExcelApi 1.8, learn.microsoft.com
 * /javascript/api/excel/excel.datavalidation): `rule` (Excel.DataValidationRule: one of list,
 * decimal, wholeNumber, … — the three saiken writes are modelled), `prompt`
 * (Excel.DataValidationPrompt), `errorAlert` (Excel.DataValidationErrorAlert).
 */
export interface DataValidationState {
  rule: Record<string, unknown>;
  prompt: { message: string; showPrompt: boolean; title: string };
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
}

export interface AnnotationState {
  id: string;
  kind: 'comment' | 'note';
  sheet: string;
  cell: string;
  content: string;
  /** A threaded comment's replies (Comment.replies, ExcelApi 1.10), which its delete() deletes with it. */
  replies?: string[];
  /** A threaded comment's status (Comment.resolved, ExcelApi 1.11). */
  resolved?: boolean;
}

export interface NameState {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export interface BookState {
  sheets: SheetState[];
  names: NameState[];
  annotations: AnnotationState[];
  protected: boolean;
  /**
   * The workbook's date system: true for the 1904 system (File > Options > Advanced, "Use 1904
   * date system"; workbookPr/@date1904 in the file). Office.js exposes no property for it; it shows
   * in what date functions compute (FakeFunctions.date).
   */
  date1904?: boolean;
  /**
   * Chart sheets (a sheet holding a chart and no cells), by name. Office.js has no object for them:
   * `workbook.worksheets` lists worksheets only (office-js#2444: getActiveWorksheet fails where a
   * chart sheet is active), but Excel's sheet names are one namespace, so `worksheets.add` of a name
   * a chart sheet holds fails as any taken name does (ItemAlreadyExists, "The resource being created
   * already exists", Excel.ErrorCodes).
   */
  chartSheets?: string[];
  /** The Normal style's font, which every size on a sheet is counted in (default NORMAL_FONTS.calibri11). */
  normalFont?: NormalFont;
  /** Excel's calculation (Application.calculationMode and calculationState): Automatic and done when absent. */
  calculation?: CalculationState;
}

/**
 * Application.calculationMode (ExcelApi 1.1 to read, 1.8 to set): Automatic, AutomaticExceptTables, or Manual, "where
 * calculation is done when the user requests it" (learn.microsoft.com/javascript/api/excel/excel.calculationmode); a
 * setting of the application, not saved in the workbook. In Manual mode a formula keeps the value it had when last calculated
 * after the cells it reads change: Application.calculationState (ExcelApi 1.9) is then Pending, "changes that trigger
 * calculation have been made, but a recalculation has not yet been performed" (excel.calculationstate), until
 * Application.calculate(calculationType) (ExcelApi 1.1; Recalculate: "all cells that Excel has marked as dirty, that is,
 * dependents of volatile or changed data", excel.calculationtype), as F9 does. Tests set a stale value and `pending`.
 */
export interface CalculationState {
  mode: 'Automatic' | 'AutomaticExceptTables' | 'Manual';
  pending: boolean;
  /**
   * The state stays Pending after a calculation: volatile functions (=TODAY()) feeding a chart keep it Pending "forever"
   * (office-js#3319, desktop); on the web and Mac it is reported stuck (office-js#2883); and it is the whole application's
   * ("the state of calculation across the entire Excel application": excel.calculationstate), so another open workbook's
   * changes keep it Pending. The formulas are calculated all the same.
   */
  stuck?: boolean;
}

/**
 * The Normal style's font as sizes on a sheet depend on it. A column's width is counted in
 * characters of it: "One unit of column width is equal to the width of one character in the Normal
 * style. For proportional fonts, the width of the character 0 (zero) is used" (Worksheet.standardWidth,
 * Excel VBA and Office.js references); in pixels a width of w characters is w × the maximum digit
 * width + 5 pixels of padding, truncated (ECMA-376 Part 1, §18.3.1.13 col/@width), and Office.js
 * gives and takes it in points (RangeFormat.columnWidth, "in points": OfficeDev/office-js#187; 96
 * pixels an inch, 72 points). Rows are as tall as the font needs: the standard row of a 游ゴシック 11
 * workbook is 18.75 pt where MS Pゴシック 11's was 13.5 pt ("Excel 2016では「行の高さ」の初期値が18.75pt
 * に変更されている", news.mynavi.jp/article/exceljyukutatu-4/); Calibri 11's is 15 pt. Excel computes
 * these from the font on the machine ("Excel では、列の幅 / 行の高さ … ディスプレイ ドライバーや
 * プリンター ドライバーからの応答を合わせて計算します", officesupportjp.github.io/blog/clp858vmy0000wosea1uya8uj),
 * so a workbook's sizes are read, not assumed. Worksheet.standardWidth and standardHeight: ExcelApi
 * 1.7 (the first read and written, in characters; the second read-only, in points).
 */
export interface NormalFont {
  /** The maximum digit width, pixels. */
  digitPixels: number;
  /** Worksheet.standardWidth of a new sheet, characters. */
  standardWidth: number;
  /** Worksheet.standardHeight, points. */
  standardHeight: number;
}

export const NORMAL_FONTS = {
  /** Excel's default outside Japan: 8.43 characters = 64 px = 48 pt, rows of 15 pt. */
  calibri11: { digitPixels: 7, standardWidth: 8.43, standardHeight: 15 },
  /** Japanese Excel 2016 and later: 8.38 characters = 72 px = 54 pt, rows of 18.75 pt. */
  yuGothic11: { digitPixels: 8, standardWidth: 8.38, standardHeight: 18.75 },
} satisfies Record<string, NormalFont>;

/**
 * A column's width in points: `chars` characters of the Normal font as Excel stores them (padding
 * included, in 256ths of a digit) and draws them, in whole pixels (ECMA-376 Part 1, §18.3.1.13:
 * width = Truncate([chars × MDW + 5] / MDW × 256) / 256; pixels = Truncate(((256 × width +
 * Truncate(128 / MDW)) / 256) × MDW)).
 */
export function columnPoints(font: NormalFont, chars: number): number {
  const mdw = font.digitPixels;
  const stored = Math.trunc(((chars * mdw + 5) / mdw) * 256) / 256;
  return Math.trunc(((256 * stored + Math.trunc(128 / mdw)) / 256) * mdw) * 0.75;
}

export interface SyncRecord {
  /** Estimated bytes sent (actions and their arguments, UTF-8). */
  request: number;
  /** Estimated bytes received (the values loaded). */
  response: number;
  actions: number;
}

export interface FakeOptions {
  /** ExcelApi version the host supports (default 1.18, Microsoft 365). */
  apiVersion?: string;
  /** Other requirement sets: name → highest version supported. */
  sets?: Record<string, string>;
  payloadLimit?: number;
  calculate?: (sheet: string, cell: string, formula: string) => CellValue;
  /**
   * The office.js library the page loaded, by the ExcelApi version it implements (default: the
   * host's). The npm package @microsoft/office-js 1.1.110 stops before 1.18: its excel-*.js files
   * define no NoteCollection, so `workbook.notes` and `worksheet.notes` are undefined whatever
   * the host reports (checked in the package's dist files).
   */
  libraryVersion?: string;
  /**
   * A host where a read of more than five million cells gives `null` instead of failing: "When a get operation using
   * `Range.values` exceeds the five-million-cell limit, the API doesn't always throw an error. In some cases,
   * `Range.values` returns `null` instead" (docs/excel/performance.md, OfficeDev/office-js-docs-pr#5821; reported on
   * Excel for Mac 16.87, office-js#4783, and on Windows, Mac and the web for a spill range, office-js#6781).
   */
  overLimitReadsNull?: boolean;
  /**
   * A host that fails a request or response over its limit with GeneralException ("An internal error has occurred")
   * rather than the payload codes: Excel on the web on a large read or import ("API Error: GeneralException … Works fine
   * with desktop", office-js#1314; "Internal Server Error when getting values of a huge range in Excel Online",
   * office-js-docs#1247).
   */
  sizeFailsAsGeneral?: boolean;
  /**
   * A host whose merged areas come back cut to the range asked (a merged area reported clipped to the range, office-js#1590)
   * rather than whole: whether Excel does so with getMergedAreasOrNullObject is not settled, so the host must read right either
   * way.
   */
  mergesClipped?: boolean;
  /**
   * A host whose error at an operation names no operation: OfficeExtension.DebugInfo.errorLocation is "The object type and
   * property or method name (or similar information), if available", and its `statement` "if available" too
   * (learn.microsoft.com/javascript/api/office/officeextension.debuginfo). The operations before it stay applied all the
   * same, so an error naming none does not say that the request ran nothing.
   */
  errorsUnlocated?: boolean;
  /**
   * A host where `NamedItem.visible = false` does not apply: the name stays visible in the Name
   * Manager, where the user can see and delete it (OfficeDev/office-js#3878 and #3949: setting
   * visible to false on a name, alone or through set(), leaves it visible).
   */
  namesStayVisible?: boolean;
  /**
   * Excel for Mac, which gives some number formats back otherwise than stored: a cell formatted hh:mm reads
   * h:mm (https://github.com/OfficeDev/office-js/issues/2107, a product bug; still open as #4310). Writing what was read
   * changes the cell.
   */
  mac?: boolean;
  /**
   * Excel on Windows or on Mac (`mac` is one): where more calls clear the user's undo stack than on the web (`undoCleared`).
   */
  desktop?: boolean;
}

/**
 * Calls that clear the user's undo stack, from the call on ("If you call an unsupported API in your add-in, the user's
 * undo stack is cleared starting from that API call, and a user cannot undo actions past that point": the table of
 * unsupported APIs in docs/excel/excel-add-ins-undo-capabilities.md, office-js-docs-pr, ms.date 05/15/2025) — of those
 * the fake models. On every platform: Worksheet.delete. In Excel on Windows and on Mac only: Worksheet.name,
 * Worksheet.position and Worksheet.visibility (supported on the web).
 */
const UNDO_CLEARED_EVERYWHERE = new Set(['Worksheet.delete']);
const UNDO_CLEARED_ON_DESKTOP = new Set(['Worksheet.name', 'Worksheet.position', 'Worksheet.visibility']);

const key = (r: number, c: number) => r * MAX_COLS + c;
const rowOf = (k: number) => Math.floor(k / MAX_COLS);
const colOf = (k: number) => k % MAX_COLS;

export class RichApiError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

// ---------------------------------------------------------------------------------------------
// Addresses

/** "A1", "A1:C3", "C:XFD", "2:5", with or without "$" and a sheet prefix. */
export function parseAddress(address: string): { sheet: string | null; area: Area } {
  let sheet: string | null = null;
  let ref = address.trim();
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheet = ref.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  ref = ref.replace(/\$/g, '').toUpperCase();
  const part = (p: string): { r: number | null; c: number | null } => {
    const m = /^([A-Z]{0,3})(\d*)$/.exec(p);
    if (!m || (!m[1] && !m[2])) throw new RichApiError('InvalidArgument', `invalid address ${address}`);
    return { c: m[1] ? colIndex(m[1]) : null, r: m[2] ? Number(m[2]) - 1 : null };
  };
  const [p, q] = ref.split(':').map(part);
  const to = q ?? p;
  const area = {
    top: p.r ?? 0,
    left: p.c ?? 0,
    bottom: to.r ?? MAX_ROWS - 1,
    right: to.c ?? MAX_COLS - 1,
  };
  if (p.r === null && p.c === null) throw new RichApiError('InvalidArgument', `invalid address ${address}`);
  return { sheet, area: { top: Math.min(area.top, area.bottom), left: Math.min(area.left, area.right), bottom: Math.max(area.top, area.bottom), right: Math.max(area.left, area.right) } };
}

/** Excel quotes a sheet name unless it is letters, digits, "_" and "." not starting with a digit. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * An area's address as Excel writes it: whole rows as "3:5", whole columns as "A:C", the whole sheet as
 * "1:1048576" (Excel's own form: a named range over a row reads Sheet1!$28:$28, office-js#3791; "For full row,
 * return 3:5 instead of A3:XFD5 … This is what Excel does", ClosedXML#1021). A title merged across its whole row
 * (Merge & Center on the row's header) comes back so from getMergedAreas.
 */
function areaAddress(a: Area): string {
  const rows = a.left === 0 && a.right === MAX_COLS - 1;
  const cols = a.top === 0 && a.bottom === MAX_ROWS - 1;
  if (rows) return `${a.top + 1}:${a.bottom + 1}`;
  if (cols) return `${colName(a.left)}:${colName(a.right)}`;
  const tl = a1(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${a1(a.bottom, a.right)}`;
}

/** A column's letters (0 → A). */
const colName = (c: number) => a1(0, c).replace(/\d+$/, '');

const clip = (a: Area, b: Area): Area => ({ top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) });

/** `a` without `b`: up to four rectangles (above, below, left, right of the overlap). */
function subtract(a: Area, b: Area): Area[] {
  if (!intersects(a, b)) return [a];
  const o = clip(a, b);
  const out: Area[] = [];
  if (a.top < o.top) out.push({ ...a, bottom: o.top - 1 });
  if (o.bottom < a.bottom) out.push({ ...a, top: o.bottom + 1 });
  if (a.left < o.left) out.push({ top: o.top, bottom: o.bottom, left: a.left, right: o.left - 1 });
  if (o.right < a.right) out.push({ top: o.top, bottom: o.bottom, left: o.right + 1, right: a.right });
  return out;
}

const intersects = (a: Area, b: Area) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const contains = (a: Area, b: Area) => a.top <= b.top && a.bottom >= b.bottom && a.left <= b.left && a.right >= b.right;
const cellsOf = (a: Area) => (a.bottom - a.top + 1) * (a.right - a.left + 1);

// ---------------------------------------------------------------------------------------------
// Values

const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

function readValue(c: CellState | undefined): string | number | boolean {
  if (!c || c.value === null) return '';
  if (typeof c.value === 'object') return c.value.error;
  return c.value;
}

function readFormula(c: CellState | undefined): string | number | boolean {
  return c?.formula ?? readValue(c);
}

function valueType(c: CellState | undefined): Excel.RangeValueType {
  if (!c || c.value === null || c.value === '') return 'Empty' as Excel.RangeValueType;
  if (typeof c.value === 'object') return 'Error' as Excel.RangeValueType;
  if (typeof c.value === 'number') return 'Double' as Excel.RangeValueType;
  if (typeof c.value === 'boolean') return 'Boolean' as Excel.RangeValueType;
  return 'String' as Excel.RangeValueType;
}

/** What Excel does with input written to `values` or `formulas`. */
/**
 * A formula's text as Excel gives it back: Excel keeps a formula parsed and writes its text anew,
 * quoting a sheet name only where it must ('収納率'!C4 is read back as 収納率!C4, '2-1'!C4 as written):
 * observed and documented by writers of the format (jmcnamara/XlsxWriter#1078, which follows Excel in
 * quoting only names that need it; "How is sheet name handled in Excel", tonyqus.blogspot.com 2011/08).
 * Text inside a formula's string literals is left alone.
 */
export function formulaAsExcelWritesIt(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"|'((?:[^']|'')+)'!/g, (m, name: string | undefined) => (name === undefined ? m : `${quoteSheet(name.replace(/''/g, "'"))}!`));
}

/**
 * "" clears the cell ("If you specify a blank value for the values property of a range, the content of the range is
 * cleared", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values). Range.values documents "If
 * the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a
 * formula" (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member): "=…" is one, and so
 * is "+…" or "-…" that is not a number ("+A1" is kept as =+A1; a long "-…" text written through `values` fails as a
 * formula over its length limit does, office-js#3256). A sign alone ("-", "+") is kept as text, as Excel keeps it typed
 * (an assumption: no source found; saiken writes every text with a leading apostrophe, so it relies on neither).
 * A number with a sign ("-5", "+81") is a number. Date strings are not parsed (the same member: ISO "YYYY-MM-DD"
 * strings are stored as dates).
 */
function parseInput(input: unknown): { value: CellValue; formula?: string; quotePrefix?: boolean } | 'clear' {
  if (input === '' ) return 'clear';
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  if (typeof input !== 'string') throw new RichApiError('InvalidArgument', `unsupported value ${JSON.stringify(input)}`);
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  if (input.startsWith('=') && input.length > 1) return { value: null, formula: formulaAsExcelWritesIt(input) };
  if (/^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i.test(input.trim())) return { value: Number(input) };
  if (signedFormula(input)) return { value: null, formula: formulaAsExcelWritesIt(`=${input}`) };
  if (/^(TRUE|FALSE)$/i.test(input)) return { value: input.toUpperCase() === 'TRUE' };
  if (ERROR_TEXT.test(input)) return { value: { error: input } };
  return { value: input };
}

/**
 * Excel's limits on what a cell takes ("Excel specifications and limits",
 * support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3):
 * - 32,767 characters a cell ("Total number of characters that a cell can contain");
 * - 8,192 characters of formula contents ("Length of formula contents") — and everything written
 *   through `Range.formulas` is formula contents: long text there fails at about 8,200
 *   characters (OfficeDev/office-js#3256, long strings through a range write; xlwings#887,
 *   Range.Formula of text past 8,221 characters), where `values` takes it up to 32,767;
 * - 255 characters a text literal inside a formula (Excel refuses the formula: "Text values in
 *   formulas are limited to 255 characters");
 * - 255 arguments a function ("Arguments in a function: 255", the same page's calculation table). The code Excel gives
 *   is not documented: InvalidArgument, as for the text literal, is an assumption.
 */
export const CELL_TEXT_LIMIT = 32_767;
export const FORMULA_LIMIT = 8_192;
export const FORMULA_TEXT_LIMIT = 255;
export const FUNCTION_ARGUMENT_LIMIT = 255;

/** The most arguments any one function call of a formula is given (commas inside text, sheet names and array constants aside). */
export function mostArguments(formula: string): number {
  let most = 0;
  // One entry per open parenthesis: its argument count, or -1 for a parenthesis that groups (no function before it).
  const open: number[] = [];
  let braces = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // To the closing quote; a doubled quote is one quote inside the text or name, which goes on.
      let end = formula.indexOf(ch, i + 1);
      while (end >= 0 && formula[end + 1] === ch) end = formula.indexOf(ch, end + 2);
      if (end < 0) break;
      i = end;
    } else if (ch === '{') braces++;
    else if (ch === '}') braces--;
    else if (ch === '(') open.push(/[A-Za-z0-9_.]/.test(formula[i - 1] ?? '') ? (formula[i + 1] === ')' ? 0 : 1) : -1);
    else if (ch === ')') {
      const n = open.pop() ?? -1;
      most = Math.max(most, n);
    } else if (ch === ',' && !braces && open.length && open[open.length - 1] >= 0) open[open.length - 1]++;
  }
  return most;
}

/** "+…" or "-…", not a number and not a sign alone: a formula (parseInput). */
const signedFormula = (input: string) => /^[+-]./s.test(input) && !/^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i.test(input.trim());

function checkLimits(input: unknown, via: 'values' | 'formulas'): void {
  if (typeof input !== 'string') return;
  const text = input.startsWith("'") ? input.slice(1) : input;
  if (text.length > CELL_TEXT_LIMIT) throw new RichApiError('InvalidArgument', `text of ${text.length} characters: a cell holds at most ${CELL_TEXT_LIMIT}`, `Range.${via}`);
  const formula = (input.startsWith('=') && input.length > 1) || signedFormula(input);
  // The code office-js#3256 reports for a "-…" text of some 8,200 characters through `values`: "There was an internal
  // error while processing the request" (GeneralException). The other two codes here are assumptions (none documented).
  if ((formula || via === 'formulas') && input.length > FORMULA_LIMIT) throw new RichApiError('GeneralException', `formula contents of ${input.length} characters (limit ${FORMULA_LIMIT})`, `Range.${via}`);
  if (formula) {
    for (const m of input.matchAll(/"((?:[^"]|"")*)"/g)) {
      if (m[1].replace(/""/g, '"').length > FORMULA_TEXT_LIMIT) throw new RichApiError('InvalidArgument', `a text value of more than ${FORMULA_TEXT_LIMIT} characters in a formula`, `Range.${via}`);
    }
    if (mostArguments(input) > FUNCTION_ARGUMENT_LIMIT) throw new RichApiError('InvalidArgument', `a function of more than ${FUNCTION_ARGUMENT_LIMIT} arguments`, `Range.${via}`);
  }
}

// ---------------------------------------------------------------------------------------------
// The request context

/** `made`: an object's instantiation (FakeClientObject.made), no action of the caller's. */
type Op = { run: () => void; size: number; label: string; write: boolean; made?: boolean };

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  private queue: Op[] = [];
  private settle: (() => void)[] = [];
  private responseBytes = 0;

  /** Whether this run's changes already have their undo record (a run with mergeUndoGroup has one in all). */
  recorded = false;

  constructor(
    readonly excel: FakeExcel,
    readonly options: Excel.RunOptions,
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  /** Whether this run's syncs are one undo group (RunOptions.mergeUndoGroup, ExcelApi 1.20: learn.microsoft.com/javascript/api/excel/excel.runoptions). */
  get merged(): boolean {
    return !!this.options.mergeUndoGroup && this.excel.isSetSupported('ExcelApi', '1.20');
  }

  /** @internal queues an action; `size` is its arguments' estimated request bytes. */
  enqueue(label: string, run: () => void, size = 0): void {
    this.queue.push({ run, size: size + ACTION_OVERHEAD, label, write: true });
  }

  /**
   * @internal a call about to be carried out: in an undo group, one that does not support undo (clearsUndo) fails with
   * UndoNotSupported ("If an API within the group doesn't offer undo support, the UndoNotSupported error is thrown", the
   * undo article: learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
   */
  undoable(api: string): void {
    if (this.merged && this.excel.clearsUndo(api)) throw new RichApiError('UndoNotSupported', `${api} does not support undo and cannot be grouped`, api);
  }

  /** @internal a load: runs in order, its result becomes visible after the sync succeeds. */
  enqueueLoad(label: string, read: () => unknown, store: (v: unknown) => void): void {
    let result: unknown;
    this.queue.push({
      label,
      size: ACTION_OVERHEAD,
      write: false,
      run: () => {
        result = read();
        this.responseBytes += utf8(JSON.stringify(result) ?? '');
      },
    });
    this.settle.push(() => store(result));
  }

  /**
   * @internal an object an API call made, instantiated where it was made: office.js adds an instantiate action to the
   * request for each object it makes. Its cost is in ACTION_OVERHEAD (the performance guide's estimate counts
   * getRangeByIndexes and the write on it together), so it adds no bytes and is not counted among the actions.
   */
  enqueueMade(label: string, exists: () => boolean, store: (exists: boolean) => void): void {
    let result = false;
    this.queue.push({ label, size: 0, write: false, made: true, run: () => (result = exists()) });
    this.settle.push(() => store(result));
  }

  /** @internal fails the batch at its turn, e.g. a member of an unsupported requirement set. */
  requireSet(set: string, version: string, member: string): void {
    if (!this.excel.isSetSupported(set, version)) {
      this.enqueue(member, () => {
        throw new RichApiError('ApiNotFound', `${member} needs ${set} ${version}`, member);
      });
    }
  }

  get pendingActions(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    const settle = this.settle;
    this.queue = [];
    this.settle = [];
    if (ops.length === 0) return;
    const request = ops.reduce((n, o) => n + o.size, 0);
    this.responseBytes = 0;
    const record: SyncRecord = { request, response: 0, actions: ops.filter((o) => !o.made).length };
    this.excel.syncs.push(record);
    await this.excel.beforeSync(this.options);
    // RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded: resource-limits-and-performance-optimization#excel-add-ins.
    if (request > this.excel.payloadLimit) throw new RichApiError(this.excel.sizeFailsAsGeneral ? 'GeneralException' : 'RequestPayloadSizeLimitExceeded', `request of ${request} bytes`);
    if (ops.some((o) => o.write)) this.excel.record(this);
    for (const op of ops) {
      try {
        op.run();
      } catch (e) {
        // An error at an operation names it: OfficeExtension.DebugInfo.errorLocation, "The object type and property or
        // method name (or similar information)" (learn.microsoft.com/javascript/api/office/officeextension.debuginfo).
        // The operations before it stay applied; a request refused whole (above, and beforeSync) names none.
        // Not where the host leaves it out (`errorsUnlocated`: "if available").
        if (e instanceof RichApiError && !this.excel.errorsUnlocated) {
          if (!e.debugInfo.errorLocation) e.debugInfo.errorLocation = op.label;
        } else if (e instanceof RichApiError) e.debugInfo.errorLocation = undefined;
        throw e;
      }
    }
    record.response = this.responseBytes;
    if (this.responseBytes > this.excel.payloadLimit) throw new RichApiError(this.excel.sizeFailsAsGeneral ? 'GeneralException' : 'ResponsePayloadSizeLimitExceeded', `response of ${this.responseBytes} bytes`);
    for (const s of settle) s();
    this.excel.synced();
  }
}

/** Base of every proxy: loaded properties, and the rule that an unloaded one throws. */
type LoadProps = string | string[] | Record<string, unknown>;

abstract class FakeClientObject {
  protected loaded = new Map<string, unknown>();
  constructor(readonly context: FakeRequestContext) {}

  protected abstract readProperty(name: string): unknown;
  /** Whether the object exists at this point of the batch (null objects do not). */
  protected exists(): boolean {
    return true;
  }
  protected readonly nullable: boolean = false;

  protected got<T>(name: string): T {
    // As office.js does: a null object's properties read as undefined instead of throwing. The message below is
    // office.js's (quoted in office-js#777).
    if (this.nullable && this.loaded.get('isNullObject') === true && name !== 'isNullObject') return undefined as T;
    if (!this.loaded.has(name)) {
      throw new RichApiError('PropertyNotLoaded', `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.loaded.get(name) as T;
  }

  get isNullObject(): boolean {
    return this.got<boolean>('isNullObject');
  }

  /**
   * The object an API call just made (getItem, getRange, an *OrNullObject method, add …), queued where it was made, as
   * office.js queues its instantiation. At the sync its `isNullObject` is loaded without a load(): "Note that the code
   * does not load the isNullObject property. Office automatically loads this property when context.sync is called, so
   * you do not need to explicitly load it" (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model
   * #ornullobject-methods-and-properties), and not before it: "You must call context.sync() before reading the
   * isNullObject property" (learn.microsoft.com/javascript/api/office/officeextension.clientobject#office-officeextension-clientobject-isnullobject-member).
   * An object that is not there and is no null object fails the request there, used or not: "if you attempt to get an
   * Excel worksheet by specifying a worksheet name that isn't in the workbook, the getItem() method throws an
   * ItemNotFound exception" (the same article).
   */
  made(label: string): this {
    this.context.enqueueMade(
      label,
      () => {
        const there = this.exists();
        if (!there && !this.nullable) throw new RichApiError('ItemNotFound', `${this.constructor.name} does not exist`, label);
        return there;
      },
      (there) => this.loaded.set('isNullObject', !there),
    );
    return this;
  }

  load(props?: LoadProps): this {
    const names = typeof props === 'string' ? props.split(',').map((s) => s.trim()) : Array.isArray(props) ? props : props ? Object.keys(props) : [];
    const label = `${this.constructor.name}.load(${names.join(',')})`;
    this.context.enqueueLoad(
      label,
      () => {
        if (!this.exists()) {
          if (this.nullable) return { isNullObject: true };
          throw new RichApiError('ItemNotFound', `${this.constructor.name} does not exist`, label);
        }
        const out: Record<string, unknown> = { isNullObject: false };
        for (const n of names.filter((x) => x)) out[n] = this.readPath(n);
        return out;
      },
      (v) => {
        for (const [k, val] of Object.entries(v as Record<string, unknown>)) this.storeLoaded(k, val);
      },
    );
    return this;
  }

  /**
   * A collection's load: one load per path ("items/name"), so each item records every property
   * asked for; `whole` when nothing is named.
   */
  protected loadItems(props: LoadProps | undefined, whole: string): this {
    const names = typeof props === 'string' ? props.split(',').map((s) => s.trim()) : Array.isArray(props) ? props : [];
    for (const n of names.length ? names : [whole]) FakeClientObject.prototype.load.call(this, n.startsWith('items') ? n : `items/${n}`);
    return this;
  }

  /** "items/name" on collections, "protection/protected" on children. */
  protected readPath(path: string): unknown {
    return this.readProperty(path);
  }

  protected storeLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected write(label: string, run: () => void, size = 0): void {
    this.context.enqueue(label, () => {
      if (!this.exists()) throw new RichApiError('ItemNotFound', `${this.constructor.name} does not exist`, label);
      this.context.undoable(label);
      run();
      this.context.excel.called(label);
    }, size);
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook

export class FakeWorkbook extends FakeClientObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly comments: FakeAnnotationCollection;
  readonly notes: FakeAnnotationCollection;
  readonly protection: FakeWorkbookProtection;
  readonly tables: FakeTableCollection;
  readonly functions: FakeFunctions;
  readonly application: FakeApplication;
  constructor(ctx: FakeRequestContext) {
    super(ctx);
    this.application = new FakeApplication(ctx);
    this.tables = new FakeTableCollection(ctx, null);
    this.functions = new FakeFunctions(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
    this.comments = new FakeAnnotationCollection(ctx, 'comment', null);
    this.notes = ctx.excel.libraryHas('1.18') ? new FakeAnnotationCollection(ctx, 'note', null) : (undefined as unknown as FakeAnnotationCollection);
    this.protection = new FakeWorkbookProtection(ctx);
  }
  protected readProperty(name: string): unknown {
    throw new RichApiError('InvalidArgument', `Workbook.${name} is not modelled`);
  }
}

/** Workbook.application (Excel.Application): Excel's calculation (CalculationState). */
export class FakeApplication extends FakeClientObject implements Pick<Excel.Application, 'calculationMode' | 'calculationState'> {
  protected readProperty(name: string): unknown {
    const calc = this.context.excel.calculation;
    if (name === 'calculationMode') return calc.mode;
    if (name === 'calculationState') {
      this.context.excel.assertSet('ExcelApi', '1.9', 'Application.calculationState');
      return calc.pending ? 'Pending' : 'Done';
    }
    throw new RichApiError('InvalidArgument', `Application.${name} is not modelled`);
  }
  get calculationMode(): Excel.CalculationMode {
    return this.got('calculationMode');
  }
  get calculationState(): Excel.CalculationState {
    return this.got('calculationState');
  }
  /** Every formula computed again (with `options.calculate`), as Recalculate does once the cells it reads changed. */
  calculate(calculationType: string): void {
    this.context.enqueue(`Application.calculate(${calculationType})`, () => this.context.excel.recalculate());
  }
}

/**
 * Workbook.functions (Excel.Functions, ExcelApi 1.2: "An object for evaluating Excel functions",
 * learn.microsoft.com/javascript/api/excel/excel.functions): a function evaluated without writing
 * to any cell; its Excel.FunctionResult carries `value`, or `error` ("#NUM!", in English) when
 * the function fails (learn.microsoft.com/javascript/api/excel/excel.functionresult). Only DATE
 * is modelled, with the workbook's date system as Excel applies it: ECMA-376 Part 1, §18.17.7.63
 * DATE ("For the 1900 date base system: if year is in the range 0–1899 … interpreted as
 * year + 1900 … For the 1904 date base system: 4–1899 … 1904–9999") and §18.17.4.1 (1900:
 * 1 January 1900 is serial 1, with 29 February 1900 counted; 1904: 1 January 1904 is serial 0);
 * support.microsoft.com KB 175753 ("=DATE(1902,8,12) … #NUM! (since year < 1904)").
 */
export class FakeFunctions extends FakeClientObject {
  protected readProperty(name: string): unknown {
    throw new RichApiError('InvalidArgument', `Functions.${name} is not modelled`);
  }
  date(year: number, month: number, day: number): FakeFunctionResult {
    this.context.requireSet('ExcelApi', '1.2', 'Functions.date');
    return new FakeFunctionResult(this.context, () => excelDateSerial(year, month, day, !!this.context.excel.state.date1904));
  }
}

/** DATE(year, month, day) in the workbook's date system: the serial, or an error text. */
export function excelDateSerial(year: number, month: number, day: number, date1904: boolean): { value?: number; error?: string } {
  let y = Math.trunc(year);
  if (date1904 ? y >= 4 && y <= 1899 : y >= 0 && y <= 1899) y += 1900;
  else if (y < (date1904 ? 1904 : 1900) || y > 9999) return { error: '#NUM!' };
  const days = Date.UTC(y, Math.trunc(month) - 1, Math.trunc(day)) / 86_400_000;
  // 25569: 1970-01-01 in the 1900 system; before 1 March 1900 one less (Excel counts 29 February 1900).
  const serial = date1904 ? days + 25569 - 1462 : days + (days < -25508 ? 25568 : 25569);
  const max = date1904 ? 2_957_003 : 2_958_465;
  return serial < 0 || serial > max ? { error: '#NUM!' } : { value: serial };
}

export class FakeFunctionResult extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    readonly result: () => { value?: number; error?: string },
  ) {
    super(ctx);
  }
  protected readProperty(name: string): unknown {
    if (name === 'value' || name === 'error') return this.result()[name];
    throw new RichApiError('InvalidArgument', `FunctionResult.${name}`);
  }
  get value(): number | undefined {
    return this.got('value');
  }
  get error(): string | undefined {
    return this.got('error');
  }
}

class FakeWorkbookProtection extends FakeClientObject implements Pick<Excel.WorkbookProtection, 'protected'> {
  get protected(): boolean {
    return this.got('protected');
  }
  protected readProperty(name: string): unknown {
    if (name === 'protected') return this.context.excel.state.protected;
    throw new RichApiError('InvalidArgument', `WorkbookProtection.${name}`);
  }
}

export class FakeWorksheetCollection extends FakeClientObject {
  private itemsProxies: FakeWorksheet[] = [];
  get items(): FakeWorksheet[] {
    this.got('items');
    return this.itemsProxies;
  }
  protected readProperty(name: string): unknown {
    throw new RichApiError('InvalidArgument', `WorksheetCollection.${name}`);
  }
  protected override readPath(path: string): unknown {
    const [head, ...rest] = path.split('/');
    if (head !== 'items') return this.readProperty(path);
    return this.context.excel.state.sheets.map((s) => {
      const ws = new FakeWorksheet(this.context, () => s);
      return rest.length ? { name: s.name, values: ws.readNested(rest.join('/')) } : { name: s.name };
    });
  }
  protected override storeLoaded(name: string, value: unknown): void {
    if (!name.startsWith('items')) return super.storeLoaded(name, value);
    const rows = value as { name: string; values?: Record<string, unknown> }[];
    // Items keep their own loaded values, keyed by the name they had when loaded.
    const merged = new Map(this.itemsProxies.map((p) => [p.loadedName, p]));
    this.itemsProxies = rows.map((row) => {
      const proxy = merged.get(row.name) ?? new FakeWorksheet(this.context, byName(this.context, row.name), row.name);
      if (row.values) proxy.absorb(row.values);
      return proxy;
    });
    super.storeLoaded('items', true);
  }
  override load(props?: LoadProps): this {
    return this.loadItems(props, 'items/name');
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, byName(this.context, name), name).made('WorksheetCollection.getItem');
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, byName(this.context, name), name, true).made('WorksheetCollection.getItemOrNullObject');
  }
  /**
   * "The worksheet will be added at the end of existing worksheets"; without a name, "Excel determines the name of the new
   * worksheet" (learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-add-member(1)):
   * the fake's SheetN is an assumption, as is the case-insensitive comparison of names.
   */
  add(name?: string): FakeWorksheet {
    const sheetName = name ?? `Sheet${this.context.excel.state.sheets.length + 1}`;
    this.context.enqueue(`worksheets.add(${sheetName})`, () => {
      const st = this.context.excel.state;
      if (st.protected) throw new RichApiError('AccessDenied', 'the workbook is protected', 'WorksheetCollection.add');
      checkSheetName(sheetName, 'WorksheetCollection.add');
      if (st.sheets.some((s) => s.name.toLowerCase() === sheetName.toLowerCase())) throw new RichApiError('ItemAlreadyExists', `a sheet named ${sheetName} exists`);
      if (st.chartSheets?.some((n) => n.toLowerCase() === sheetName.toLowerCase())) throw new RichApiError('ItemAlreadyExists', `a chart sheet named ${sheetName} exists`);
      st.sheets.push(emptySheet(sheetName));
    }, utf8(sheetName));
    return new FakeWorksheet(this.context, byName(this.context, sheetName), sheetName).made('WorksheetCollection.add');
  }
}

/**
 * "The name must be fewer than 32 characters" (Excel.Worksheet.name, learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-name-member).
 * The code of the refusal is not documented: InvalidArgument is an assumption.
 */
function checkSheetName(name: string, what: string): void {
  if (name.length >= 32) throw new RichApiError('InvalidArgument', `a sheet name of ${name.length} characters (fewer than 32 allowed)`, what);
}

function byName(ctx: FakeRequestContext, name: string): () => SheetState | undefined {
  return () => ctx.excel.state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

export function emptySheet(name: string): SheetState {
  return { name, visibility: 'Visible', protected: false, cells: new Map(), merges: [], charts: [], columnWidths: new Map() };
}

/** An object reached through a worksheet (its page layout, its page breaks): it goes with its sheet. */
abstract class FakeSheetMember extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    readonly target: () => SheetState | undefined,
  ) {
    super(ctx);
  }
  protected override exists(): boolean {
    return this.target() !== undefined;
  }
}

/** Excel.PaperType's members, every one (ExcelApi 1.9; https://learn.microsoft.com/en-us/javascript/api/excel/excel.papertype). */
const PAPER_TYPES = new Set([
  'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5', 'Csheet', 'Dsheet', 'Envelope10', 'Envelope11', 'Envelope12', 'Envelope14', 'Envelope9',
  'EnvelopeB4', 'EnvelopeB5', 'EnvelopeB6', 'EnvelopeC3', 'EnvelopeC4', 'EnvelopeC5', 'EnvelopeC6', 'EnvelopeC65', 'EnvelopeDL',
  'EnvelopeItaly', 'EnvelopeMonarch', 'EnvelopePersonal', 'Esheet', 'Executive', 'FanfoldLegalGerman', 'FanfoldStdGerman', 'FanfoldUS',
  'Folio', 'Ledger', 'Legal', 'Letter', 'LetterSmall', 'Note', 'Paper10x14', 'Paper11x17', 'Quatro', 'Statement', 'Tabloid',
]);

/** Excel.PageLayout, the members saiken sets (ExcelApi 1.9; learn.microsoft.com, Excel.PageLayout). */
class FakePageLayout extends FakeSheetMember {
  protected readProperty(name: string): unknown {
    throw new RichApiError('InvalidArgument', `PageLayout.${name} is not modelled`);
  }
  private print(member: string): PrintState {
    this.context.excel.assertSet('ExcelApi', '1.9', member);
    const s = this.target()!;
    assertWritable(s, member);
    return (s.print ??= { orientation: 'Portrait', printArea: null, printTitleRows: null, rowBreaks: [] });
  }
  set orientation(v: 'Portrait' | 'Landscape') {
    this.write('PageLayout.orientation', () => (this.print('PageLayout.orientation').orientation = v));
  }
  /** Excel.PageLayout.paperSize, an Excel.PaperType (ExcelApi 1.9; learn.microsoft.com, Excel.PaperType): a name outside the enumeration is refused. */
  set paperSize(v: string) {
    this.write('PageLayout.paperSize', () => {
      if (!PAPER_TYPES.has(v)) throw new RichApiError('InvalidArgument', `not an Excel.PaperType: ${v}`, 'PageLayout.paperSize');
      this.print('PageLayout.paperSize').paperSize = v;
    });
  }
  /**
   * PageLayout.setPrintMargins(unit, marginOptions) (ExcelApi 1.9; learn.microsoft.com, Excel.PageLayout and
   * Excel.PageLayoutMarginOptions): unit Points, Inches or Centimeters; the margins given are set, the others kept.
   */
  setPrintMargins(unit: 'Points' | 'Inches' | 'Centimeters', options: { left?: number; right?: number; top?: number; bottom?: number; header?: number; footer?: number }): void {
    this.write('PageLayout.setPrintMargins', () => {
      const perUnit = unit === 'Points' ? 1 : unit === 'Inches' ? 72 : unit === 'Centimeters' ? 72 / 2.54 : NaN;
      if (Number.isNaN(perUnit)) throw new RichApiError('InvalidArgument', `not an Excel.PrintMarginUnit: ${unit}`, 'PageLayout.setPrintMargins');
      const p = this.print('PageLayout.setPrintMargins');
      const m = (p.margins ??= {});
      for (const [k, v] of Object.entries(options) as [keyof NonNullable<PrintState['margins']>, number][]) {
        if (!(v >= 0)) throw new RichApiError('InvalidArgument', `a margin must be a number of at least 0: ${k} ${v}`, 'PageLayout.setPrintMargins');
        m[k] = Number((v * perUnit).toFixed(4));
      }
    });
  }
  /** A string address on the sheet ("A1:E6"). */
  setPrintArea(area: string): void {
    this.write('PageLayout.setPrintArea', () => (this.print('PageLayout.setPrintArea').printArea = parseAddress(area) && area));
  }
  /** Whole rows ("$1:$1"): "The range must span the entire row to be valid" (Excel.PageLayout.setPrintTitleRows, learn.microsoft.com/javascript/api/excel/excel.pagelayout). */
  setPrintTitleRows(rows: string): void {
    this.write('PageLayout.setPrintTitleRows', () => {
      let whole = false;
      try {
        const { area } = parseAddress(rows);
        whole = area.left === 0 && area.right === MAX_COLS - 1;
      } catch {
        // not an address: refused below
      }
      if (!whole) throw new RichApiError('InvalidArgument', `print title rows must be whole rows: ${rows}`, 'PageLayout.setPrintTitleRows');
      this.print('PageLayout.setPrintTitleRows').printTitleRows = rows;
    });
  }
}

/** Excel.PageBreakCollection (ExcelApi 1.9): add(range) puts a break before the range's top-left cell. */
class FakePageBreakCollection extends FakeSheetMember {
  protected readProperty(name: string): unknown {
    throw new RichApiError('InvalidArgument', `PageBreakCollection.${name} is not modelled`);
  }
  add(pageBreakRange: string): void {
    this.write('PageBreakCollection.add', () => {
      this.context.excel.assertSet('ExcelApi', '1.9', 'PageBreakCollection.add');
      const s = this.target()!;
      assertWritable(s, 'PageBreakCollection.add');
      const { area } = parseAddress(pageBreakRange);
      const p = (s.print ??= { orientation: 'Portrait', printArea: null, printTitleRows: null, rowBreaks: [] });
      // "There is a limit of 1,026 horizontal page breaks per sheet" (Worksheet.HPageBreaks,
      // https://learn.microsoft.com/en-us/office/vba/api/excel.worksheet.hpagebreaks). What Office.js does past it is
      // not documented: the fake refuses, as Excel refuses what its limits do not hold (the error code is assumed).
      if (!p.rowBreaks.includes(area.top + 1) && p.rowBreaks.length >= 1026) throw new RichApiError('InvalidArgument', 'A sheet holds at most 1,026 horizontal page breaks');
      if (!p.rowBreaks.includes(area.top + 1)) p.rowBreaks.push(area.top + 1);
    });
  }
  /** "Resets all manual page breaks in the collection" (Excel.PageBreakCollection, ExcelApi 1.9). */
  removePageBreaks(): void {
    this.write('PageBreakCollection.removePageBreaks', () => {
      this.context.excel.assertSet('ExcelApi', '1.9', 'PageBreakCollection.removePageBreaks');
      const s = this.target()!;
      assertWritable(s, 'PageBreakCollection.removePageBreaks');
      if (s.print) s.print.rowBreaks = [];
    });
  }
}

export class FakeWorksheet extends FakeClientObject implements Pick<Excel.Worksheet, 'name' | 'visibility' | 'position'> {
  readonly protection: FakeWorksheetProtection;
  readonly pageLayout: FakePageLayout;
  readonly horizontalPageBreaks: FakePageBreakCollection;
  readonly charts: FakeChartCollection;
  readonly notes: FakeAnnotationCollection;
  readonly customProperties: FakeCustomPropertyCollection;
  readonly tables: FakeTableCollection;
  protected override readonly nullable: boolean;
  constructor(
    ctx: FakeRequestContext,
    readonly target: () => SheetState | undefined,
    readonly loadedName?: string,
    nullable = false,
  ) {
    super(ctx);
    this.customProperties = new FakeCustomPropertyCollection(ctx, target);
    this.tables = new FakeTableCollection(ctx, target);
    this.nullable = nullable;
    this.protection = new FakeWorksheetProtection(ctx, target);
    this.charts = new FakeChartCollection(ctx, target);
    this.notes = ctx.excel.libraryHas('1.18') ? new FakeAnnotationCollection(ctx, 'note', target) : (undefined as unknown as FakeAnnotationCollection);
    this.pageLayout = new FakePageLayout(ctx, target);
    this.horizontalPageBreaks = new FakePageBreakCollection(ctx, target);
  }
  protected override exists(): boolean {
    return this.target() !== undefined;
  }
  /** @internal values loaded through the collection's items. */
  absorb(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) {
      if (k.startsWith('protection/')) this.protection.absorb(k.slice('protection/'.length), v);
      else this.loaded.set(k, v);
    }
  }
  /** @internal */
  readNested(path: string): Record<string, unknown> {
    if (path.startsWith('protection/')) return { [path]: this.protection.peek(path.slice('protection/'.length)) };
    return { [path]: this.readProperty(path) };
  }
  protected override readPath(path: string): unknown {
    if (path.startsWith('protection/')) throw new RichApiError('InvalidArgument', 'load protection through worksheet.protection');
    return this.readProperty(path);
  }
  protected readProperty(name: string): unknown {
    const s = this.target()!;
    if (name === 'name') return s.name;
    if (name === 'visibility') return s.visibility;
    if (name === 'position') return this.context.excel.state.sheets.indexOf(s);
    // ExcelApi 1.7. A sheet's own standard width is the workbook's until set (not modelled).
    if (name === 'standardWidth') return this.context.excel.normalFont.standardWidth;
    if (name === 'standardHeight') return this.context.excel.normalFont.standardHeight;
    throw new RichApiError('InvalidArgument', `Worksheet.${name} is not modelled`);
  }
  get name(): string {
    return this.got('name');
  }
  /** The reference's "The name must be fewer than 32 characters" (Excel.Worksheet.name): checkSheetName. */
  set name(v: string) {
    this.write('Worksheet.name', () => {
      if (this.context.excel.state.protected) throw new RichApiError('AccessDenied', 'the workbook is protected');
      checkSheetName(v, 'Worksheet.name');
      this.target()!.name = v;
    }, utf8(v));
  }
  get visibility(): Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden' {
    return this.got('visibility');
  }
  get standardWidth(): number {
    return this.got('standardWidth');
  }
  get standardHeight(): number {
    return this.got('standardHeight');
  }
  set visibility(v: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden') {
    this.write('Worksheet.visibility', () => {
      if (this.context.excel.state.protected) throw new RichApiError('AccessDenied', 'the workbook is protected');
      this.target()!.visibility = v as SheetState['visibility'];
    });
  }
  get position(): number {
    return this.got('position');
  }
  set position(v: number) {
    this.write('Worksheet.position', () => {
      const st = this.context.excel.state;
      // A locked structure forbids moving a sheet as it forbids adding, deleting, hiding or renaming one:
      // "Structure protection is defined as preventing changes to the structure of the workbook such as
      // moving, deleting, hiding, unhiding, renaming sheets, inserting new sheets" ([MS-XLSB] 2.4.308
      // BrtBookProtection). Excel answers the API as it answers the other structure changes: AccessDenied.
      if (st.protected) throw new RichApiError('AccessDenied', 'the workbook is protected', 'Worksheet.position');
      const s = this.target()!;
      st.sheets.splice(st.sheets.indexOf(s), 1);
      st.sheets.splice(Math.min(v, st.sheets.length), 0, s);
    });
  }
  delete(): void {
    this.write('Worksheet.delete', () => {
      const st = this.context.excel.state;
      if (st.protected) throw new RichApiError('AccessDenied', 'the workbook is protected');
      const s = this.target()!;
      // A very hidden sheet is not deleted: "if the worksheet's visibility is set to "VeryHidden", the delete operation will
      // fail with an `InvalidOperation` exception. You should first change its visibility to hidden or visible before
      // deleting it" (learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)),
      // documented after office-js#365, where Excel for Mac 16.2 failed it with GeneralException, "by design".
      if (s.visibility === 'VeryHidden') throw new RichApiError('InvalidOperation', 'a very hidden sheet cannot be deleted', 'Worksheet.delete');
      st.sheets.splice(st.sheets.indexOf(s), 1);
      st.annotations = st.annotations.filter((a) => a.sheet !== s.name);
    });
  }
  activate(): void {
    this.write('Worksheet.activate', () => (this.context.excel.active = { sheet: this.target()!.name, cell: this.context.excel.active?.cell ?? 'A1' }));
  }
  /**
   * An address Excel cannot read fails the request at the sync, where the call was queued, not the call itself: "Any
   * methods that you invoke or properties that you set or load on proxy objects are simply added to a queue of pending
   * commands" (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#proxy-objects).
   */
  getRange(address?: string): FakeRange {
    if (address === undefined) return new FakeRange(this.context, this.target, () => ({ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 })).made('Worksheet.getRange');
    let area: Area | RichApiError;
    try {
      area = parseAddress(address).area;
    } catch (e) {
      area = e instanceof RichApiError ? e : new RichApiError('InvalidArgument', `invalid address ${address}`);
    }
    return new FakeRange(this.context, this.target, () => {
      if (area instanceof RichApiError) throw area;
      return area;
    }).made('Worksheet.getRange');
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const area = { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
    return new FakeRange(this.context, this.target, () => area).made('Worksheet.getRangeByIndexes');
  }
  /**
   * A blank sheet's used range is A1 (never an error): "If the entire worksheet is blank, this function will return the top
   * left cell (i.e. it will *not* throw an error)"; valuesOnly "considers only cells with values as used cells (ignoring
   * formatting)" (learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)).
   */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, this.target, () => usedArea(this.target(), !!valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 }).made('Worksheet.getUsedRange');
  }
  /** ExcelApi 1.4: "If the entire worksheet is blank, then this method returns an object with its `isNullObject` property set to `true`" (Excel.Worksheet). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.context.requireSet('ExcelApi', '1.4', 'Worksheet.getUsedRangeOrNullObject');
    // The null object answers for a sheet without a used range, not for a sheet that is not there: a worksheet
    // taken by getItem fails the batch with ItemNotFound ("if you attempt to get an Excel worksheet by
    // specifying a worksheet name that isn't in the workbook, the getItem() method throws an ItemNotFound
    // exception", Office Add-ins docs, application-specific API model, *OrNullObject methods and properties).
    const sheet = () => {
      const s = this.target();
      if (!s && !this.nullable) throw new RichApiError('ItemNotFound', `no sheet named ${this.loadedName}`, 'Worksheet.getUsedRangeOrNullObject');
      return s;
    };
    return new FakeRange(this.context, sheet, () => usedArea(this.target(), !!valuesOnly), true).made('Worksheet.getUsedRangeOrNullObject');
  }
}

function usedArea(s: SheetState | undefined, valuesOnly: boolean): Area | undefined {
  if (!s) return undefined;
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const take = (r: number, c: number) => {
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  };
  for (const [k, c] of s.cells) {
    const hasValue = c.formula !== undefined || (c.value !== null && c.value !== '');
    // Formatting of any kind makes a cell used unless valuesOnly ("considers only cells with values as used cells
    // (ignoring formatting)", Worksheet.getUsedRange).
    const hasFormat = c.numberFormat !== undefined || c.fill !== undefined || c.bold !== undefined || c.horizontalAlignment !== undefined || c.wrapText !== undefined;
    if (hasValue || (!valuesOnly && hasFormat)) take(rowOf(k), colOf(k));
  }
  if (!valuesOnly) for (const m of s.merges) (take(m.top, m.left), take(m.bottom, m.right));
  return bottom < 0 ? undefined : { top, left, bottom, right };
}

class FakeWorksheetProtection extends FakeClientObject implements Pick<Excel.WorksheetProtection, 'protected'> {
  constructor(
    ctx: FakeRequestContext,
    readonly target: () => SheetState | undefined,
  ) {
    super(ctx);
  }
  get protected(): boolean {
    return this.got('protected');
  }
  /** @internal */
  absorb(name: string, v: unknown): void {
    this.loaded.set(name, v);
  }
  /** @internal */
  peek(name: string): unknown {
    return this.readProperty(name);
  }
  protected readProperty(name: string): unknown {
    if (name === 'protected') return this.target()!.protected;
    throw new RichApiError('InvalidArgument', `WorksheetProtection.${name}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Ranges

function assertWritable(s: SheetState, what: string): void {
  if (s.protected) throw new RichApiError('AccessDenied', `The cell or chart that you are trying to change is protected (${s.name}).`, what);
}

export class FakeRange
  extends FakeClientObject
  implements Pick<Excel.Range, 'address' | 'rowCount' | 'columnCount' | 'rowIndex' | 'columnIndex' | 'values' | 'formulas' | 'numberFormat' | 'valueTypes'>
{
  readonly format: FakeRangeFormat;
  protected override readonly nullable: boolean;
  constructor(
    ctx: FakeRequestContext,
    readonly sheet: () => SheetState | undefined,
    readonly area: () => Area | undefined,
    nullable = false,
  ) {
    super(ctx);
    this.nullable = nullable;
    this.format = new FakeRangeFormat(ctx, this);
  }
  /** Range.dataValidation (ExcelApi 1.8). */
  get dataValidation(): FakeDataValidation {
    return (this._dataValidation ??= new FakeDataValidation(this.context, this));
  }
  private _dataValidation?: FakeDataValidation;
  protected override exists(): boolean {
    return this.sheet() !== undefined && this.area() !== undefined;
  }
  /** @internal */
  resolve(): { s: SheetState; a: Area } {
    const s = this.sheet();
    const a = this.area();
    if (!s || !a) throw new RichApiError('ItemNotFound', 'the range does not exist');
    return { s, a };
  }
  /** @internal */
  grid<T>(f: (c: CellState | undefined, r: number, col: number) => T): T[][] {
    const { s, a } = this.resolve();
    if (cellsOf(a) > RANGE_READ_CELL_LIMIT) {
      if (this.context.excel.overLimitReadsNull) return null as unknown as T[][];
      throw new RichApiError('RangeExceedsLimit', `a range of ${cellsOf(a)} cells`);
    }
    const out: T[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const line: T[] = [];
      for (let c = a.left; c <= a.right; c++) line.push(f(s.cells.get(key(r, c)), r, c));
      out.push(line);
    }
    return out;
  }
  protected readProperty(name: string): unknown {
    const { s, a } = this.resolve();
    switch (name) {
      case 'address':
        return `${quoteSheet(s.name)}!${areaAddress(a)}`;
      case 'rowCount':
        return a.bottom - a.top + 1;
      case 'columnCount':
        return a.right - a.left + 1;
      case 'rowIndex':
        return a.top;
      case 'columnIndex':
        return a.left;
      case 'values':
        return this.grid(readValue);
      case 'formulas':
        // "If a cell has no formula, its value is returned instead" (excel.range#excel-excel-range-formulas-member).
        return this.grid(readFormula);
      case 'numberFormat':
        return this.grid((c) => {
          const f = c?.numberFormat ?? 'General';
          return this.context.excel.mac ? f.replace(/hh:mm/g, 'h:mm') : f;
        });
      case 'valueTypes':
        // Excel.RangeValueType (learn.microsoft.com/javascript/api/excel/excel.rangevaluetype). Every number reads
        // "Double" here (the enumeration also has "Integer"): not documented either way.
        return this.grid(valueType);
      case 'hasSpill':
        // "Represents if all cells have a spill border. Returns true if all cells have a spill
        // border, or false if all cells do not have a spill border. Returns null if there are
        // cells both with and without spill borders within the range." (ExcelApi 1.12,
        // learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-hasspill-member)
        this.context.excel.assertSet('ExcelApi', '1.12', 'Range.hasSpill');
        return allOrNone(s, a, (r, c) => s.arrays?.some((x) => x.dynamic && within(x.area, r, c)));
      case 'savedAsArray':
        // "Represents if all the cells would be saved as an array formula. … Returns null if some
        // cells would be saved as an array formula and some would not be." (ExcelApi 1.12,
        // excel.range#excel-excel-range-savedasarray-member) A
        // dynamic array is saved as one on its anchor only (its spilled cells as values).
        this.context.excel.assertSet('ExcelApi', '1.12', 'Range.savedAsArray');
        return allOrNone(s, a, (r, c) => s.arrays?.some((x) => within(x.area, r, c) && (!x.dynamic || (r === x.area.top && c === x.area.left))));
      default:
        throw new RichApiError('InvalidArgument', `Range.${name} is not modelled`);
    }
  }
  get address(): string {
    return this.got('address');
  }
  get rowCount(): number {
    return this.got('rowCount');
  }
  get columnCount(): number {
    return this.got('columnCount');
  }
  get rowIndex(): number {
    return this.got('rowIndex');
  }
  get columnIndex(): number {
    return this.got('columnIndex');
  }
  get values(): any[][] {
    return this.got('values');
  }
  set values(v: any[][]) {
    this.setCells('values', v, (cell, input) => this.input(cell, input, 'values'));
  }
  get formulas(): any[][] {
    return this.got('formulas');
  }
  set formulas(v: any[][]) {
    this.setCells('formulas', v, (cell, input) => this.input(cell, input, 'formulas'));
  }
  get numberFormat(): any[][] {
    return this.got('numberFormat');
  }
  set numberFormat(v: any[][]) {
    this.setCells('numberFormat', v, (cell, input) => {
      if (typeof input !== 'string') throw new RichApiError('InvalidArgument', 'a number format is text');
      // "If you specify a blank value for the numberFormat property, the number format is reset to General"
      // (Office Add-ins docs, Blank and null values in Excel add-ins:
      // learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values). An unset format reads "General".
      if (input === 'General' || input === '') delete cell.numberFormat;
      else cell.numberFormat = input;
    });
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.got('valueTypes');
  }
  get hasSpill(): boolean | null {
    return this.got('hasSpill');
  }
  get savedAsArray(): boolean | null {
    return this.got('savedAsArray');
  }

  /**
   * ExcelApi 1.12: "Gets the range object containing the spill range when called on an anchor
   * cell. If the range isn't an anchor cell or the spill range can't be found, then this method
   * returns an object with its isNullObject property set to true."
   * (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspillingtorangeornullobject-member(1))
   */
  getSpillingToRangeOrNullObject(): FakeRange {
    this.context.requireSet('ExcelApi', '1.12', 'Range.getSpillingToRangeOrNullObject');
    const spill = () => {
      const s = this.sheet();
      const a = this.area();
      if (!s || !a || a.top !== a.bottom || a.left !== a.right) return undefined;
      return s.arrays?.find((x) => x.dynamic && x.area.top === a.top && x.area.left === a.left)?.area;
    };
    return new FakeRange(this.context, () => (spill() ? this.sheet() : undefined), spill, true).made('Range.getSpillingToRangeOrNullObject');
  }

  private input(cell: CellState, input: unknown, via: 'values' | 'formulas'): void {
    checkLimits(input, via);
    // A cell formatted as Text takes what is entered as text, a formula too: "This problem happens
    // most often when the cell into which you are entering information was previously formatted as
    // text" (excel.tips.net T003087, Formulas Don't Calculate as Formulas). A range write is parsed
    // as entering it would be (parseInput); a JavaScript number is not modelled as turned to text.
    if (cell.numberFormat === '@' && typeof input === 'string' && input !== '' && !input.startsWith("'")) {
      delete cell.formula;
      delete cell.quotePrefix;
      cell.value = input;
      return;
    }
    const p = parseInput(input);
    delete cell.formula;
    delete cell.quotePrefix;
    if (p === 'clear') {
      cell.value = null;
      return;
    }
    cell.value = p.value;
    if (p.formula) cell.formula = p.formula;
    if (p.quotePrefix) cell.quotePrefix = true;
  }

  /**
   * Writes a 2-D array (or one value for every cell: "I can assign a non-array string to set identical values to all cells
   * in that range", office-js-docs-reference#354); null leaves a cell as it is ("null input values in a two-dimensional
   * array … the cell keeps its existing value": Office Add-ins docs, Blank and null values in Excel add-ins,
   * learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
   * What is written goes to Excel as JSON (office.js builds each request's body with JSON.stringify): NaN and ±Infinity
   * arrive as null, the cell left unchanged and no error raised (no source found for this).
   */
  private setCells(what: string, sent: unknown, apply: (cell: CellState, input: unknown) => void): void {
    const v: unknown = sent === undefined ? undefined : JSON.parse(JSON.stringify(sent));
    this.write(`Range.${what}`, () => {
      const { s, a } = this.resolve();
      assertWritable(s, `Range.${what}`);
      const rows = a.bottom - a.top + 1;
      const cols = a.right - a.left + 1;
      const grid = Array.isArray(v) ? (v as unknown[][]) : null;
      if (grid && (grid.length !== rows || grid.some((line) => !Array.isArray(line) || line.length !== cols))) {
        throw new RichApiError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`, `Range.${what}`);
      }
      if (what !== 'numberFormat') contentOver(s, a, `Range.${what}`);
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const input = grid ? grid[r][c] : v;
          if (input === null || input === undefined) continue;
          if (what !== 'numberFormat' && insideMerge(s, a.top + r, a.left + c)) continue;
          const k = key(a.top + r, a.left + c);
          const cell = s.cells.get(k) ?? { value: null };
          apply(cell, input);
          if (cell.formula && what !== 'numberFormat') {
            cell.value = this.context.excel.calculate(s.name, a1(a.top + r, a.left + c), cell.formula);
          }
          store(s, k, cell);
        }
      }
      if (what === 'formulas' || what === 'values') this.calculatedColumns(s, a);
    }, utf8(JSON.stringify(v)));
  }

  /**
   * Excel's AutoCorrect option "Fill formulas in tables to create calculated columns" (on by
   * default) acts on an add-in's writes too: formulas written into two or more data cells of a table
   * column make it a calculated column, the last (bottom) formula written filled down every data
   * cell, relative, over other formulas, values and blanks alike (office-js#5909: "formula set in the
   * first or last row is used for every cell in the column"; #6745: "=1+1","=1+2","=1+3" all become
   * "=1+3"; #2093, by design: Excel "copies the formula to the row where it should not be. And it also
   * replaces formulas with different (wrong) formulas"; #1916: into rows written "" or null). Modelled
   * for formulas written in one call; a table without a header row and a totals row are not modelled.
   */
  private calculatedColumns(s: SheetState, a: Area): void {
    for (const t of s.tables ?? []) {
      const body = { ...t.area, top: t.area.top + (t.hasHeaders ? 1 : 0) };
      if (!intersects(body, a)) continue;
      for (let c = Math.max(a.left, body.left); c <= Math.min(a.right, body.right); c++) {
        const written: number[] = [];
        for (let r = Math.max(a.top, body.top); r <= Math.min(a.bottom, body.bottom); r++) if (s.cells.get(key(r, c))?.formula) written.push(r);
        if (written.length < 2) continue;
        const last = written[written.length - 1];
        const formula = s.cells.get(key(last, c))!.formula!;
        for (let r = body.top; r <= body.bottom; r++) {
          const k = key(r, c);
          const cell = s.cells.get(k) ?? { value: null };
          // Relative rows moved with the cell; $-anchored rows and text in quotes stay.
          cell.formula = formula.replace(/("[^"]*")|(\$?[A-Z]{1,3})(\$?)(\d+)(?![\d(])/g, (m, quoted, col, anchor, row) => (quoted ? m : `${col}${anchor}${anchor ? row : Number(row) + r - last}`));
          delete cell.quotePrefix;
          cell.value = this.context.excel.calculate(s.name, a1(r, c), cell.formula);
          store(s, k, cell);
        }
      }
    }
  }

  /**
   * Excel.ClearApplyTo (learn.microsoft.com/javascript/api/excel/excel.clearapplyto): Formats "Clears all formatting for the
   * range, leaving values intact" — number format, fill, bold, alignment and wrapping, all the cell formats the fake
   * holds; Contents "Clears the contents of the range, leaving formatting intact". That Formats also unmerges is not
   * documented, nor whether it takes conditional formats and data validation (ClearApplyTo.RemoveHyperlinks "leaves
   * content, conditional formats, and data validation intact", telling them apart from formatting): the fake leaves
   * those.
   */
  clear(applyTo: Excel.ClearApplyTo | 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents' = 'All'): void {
    this.write(`Range.clear(${applyTo})`, () => {
      const { s, a } = this.resolve();
      assertWritable(s, 'Range.clear');
      if (applyTo === 'All' || applyTo === 'Contents') contentOver(s, a, 'Range.clear');
      for (const [k, cell] of [...s.cells]) {
        const r = rowOf(k);
        const c = colOf(k);
        if (r < a.top || r > a.bottom || c < a.left || c > a.right) continue;
        if (applyTo === 'All' || applyTo === 'Contents') {
          cell.value = null;
          delete cell.formula;
          delete cell.quotePrefix;
        }
        if (applyTo === 'All' || applyTo === 'Formats') {
          delete cell.numberFormat;
          delete cell.fill;
          delete cell.bold;
          delete cell.horizontalAlignment;
          delete cell.wrapText;
        }
        store(s, k, cell);
      }
      if (applyTo === 'All' || applyTo === 'Formats') s.merges = s.merges.filter((m) => !intersects(m, a));
    });
  }

  select(): void {
    this.write('Range.select', () => {
      const { s, a } = this.resolve();
      this.context.excel.active = { sheet: s.name, cell: areaAddress(a) };
    });
  }

  /** MergedRangeConflict over an existing merged area: an assumption (no source found for merging over a merge). */
  merge(): void {
    this.write('Range.merge', () => {
      const { s, a } = this.resolve();
      assertWritable(s, 'Range.merge');
      if (s.merges.some((m) => intersects(m, a))) throw new RichApiError('MergedRangeConflict', 'cannot merge over a merged area');
      s.merges.push({ ...a });
    });
  }

  unmerge(): void {
    this.write('Range.unmerge', () => {
      const { s, a } = this.resolve();
      assertWritable(s, 'Range.unmerge');
      s.merges = s.merges.filter((m) => !intersects(m, a));
    });
  }

  /**
   * ExcelApi 1.9. Only `Formats` is modelled: fill, number format, bold, alignment, wrapping, conditional formats and merged areas. "The destination will be expanded
   * automatically if it is smaller than the source" (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-copyfrom-member(1)).
   */
  copyFrom(source: FakeRange | string, copyType: Excel.RangeCopyType | 'All' | 'Formulas' | 'Values' | 'Formats' | 'Link' = 'All'): void {
    this.context.requireSet('ExcelApi', '1.9', 'Range.copyFrom');
    const src = typeof source === 'string' ? this.rangeFromString(source) : source;
    this.write(`Range.copyFrom(${copyType})`, () => {
      if (copyType !== 'Formats') throw new RichApiError('InvalidArgument', `copyFrom ${copyType} is not modelled`);
      const { s: from, a: fa } = src.resolve();
      const { s: to, a: ta } = this.resolve();
      assertWritable(to, 'Range.copyFrom');
      const dest = { top: ta.top, left: ta.left, bottom: ta.top + fa.bottom - fa.top, right: ta.left + fa.right - fa.left };
      if (to.merges.some((m) => intersects(m, dest) && !contains(dest, m))) throw new RichApiError('MergedRangeConflict', 'cannot paste over part of a merged area');
      const copies: [number, CellState | undefined][] = [];
      for (let r = fa.top; r <= fa.bottom; r++) {
        for (let c = fa.left; c <= fa.right; c++) copies.push([key(dest.top + r - fa.top, dest.left + c - fa.left), from.cells.get(key(r, c))]);
      }
      for (const [k, srcCell] of copies) {
        const cell = to.cells.get(k) ?? { value: null };
        delete cell.numberFormat;
        delete cell.fill;
        delete cell.bold;
        delete cell.horizontalAlignment;
        delete cell.wrapText;
        if (srcCell?.numberFormat !== undefined) cell.numberFormat = srcCell.numberFormat;
        if (srcCell?.fill) cell.fill = { ...srcCell.fill };
        if (srcCell?.bold !== undefined) cell.bold = srcCell.bold;
        if (srcCell?.horizontalAlignment !== undefined) cell.horizontalAlignment = srcCell.horizontalAlignment;
        if (srcCell?.wrapText !== undefined) cell.wrapText = srcCell.wrapText;
        store(to, k, cell);
      }
      // Conditional formats are formats too: pasting formats cuts the destination out of every
      // rule there (the rule splits into smaller ranges) and brings the source's rules along as
      // new rules ("Stopping a Conditional Formatting Rule from Breaking into Smaller Ranges",
      // excelribbon.tips.net/T001143: "as far as Excel is concerned, conditional formatting is
      // just that—formatting—and is treated as such when you copy and paste"; Range.copyFrom with
      // RangeCopyType "Formats" is that paste).
      const brought = (from.conditionalFormats ?? []).flatMap((cf) => {
        const areas = cf.areas.flatMap((x) => (intersects(x, fa) ? [clip(x, fa)] : [])).map((x) => ({ top: x.top - fa.top + dest.top, bottom: x.bottom - fa.top + dest.top, left: x.left - fa.left + dest.left, right: x.right - fa.left + dest.left }));
        return areas.length ? [{ rule: cf.rule, areas }] : [];
      });
      to.conditionalFormats = (to.conditionalFormats ?? []).map((cf) => ({ rule: cf.rule, areas: cf.areas.flatMap((x) => subtract(x, dest)) })).filter((cf) => cf.areas.length);
      to.conditionalFormats.push(...brought);
      to.merges = to.merges.filter((m) => !intersects(m, dest));
      for (const m of from.merges.filter((m) => contains(fa, m))) {
        to.merges.push({ top: m.top - fa.top + dest.top, bottom: m.bottom - fa.top + dest.top, left: m.left - fa.left + dest.left, right: m.right - fa.left + dest.left });
      }
    });
  }

  /**
   * ExcelApi 1.9: per-cell properties, as a ClientResult whose `value` is readable after the
   * sync ("Trying to log the value before calling sync would throw an error", application-specific-api-model#clientresult).
   * Only `format.fill` is modelled (color, pattern, patternColor, tintAndShade,
   * patternTintAndShade), as Excel reads them (fillAsRead: No Fill white with tintAndShade null, a white fill's pattern null).
   */
  getCellProperties(options: { format?: { fill?: Record<string, boolean> } }): { value: { format: { fill: Partial<FillState> } }[][] } {
    this.context.requireSet('ExcelApi', '1.9', 'Range.getCellProperties');
    const names = Object.keys(options.format?.fill ?? {}).filter((k) => options.format!.fill![k]) as (keyof FillState)[];
    const result: { loaded: boolean; v: unknown } = { loaded: false, v: undefined };
    this.context.enqueueLoad('Range.getCellProperties', () => this.grid((c) => {
      const f = fillAsRead(c?.fill);
      return { format: { fill: Object.fromEntries(names.map((n) => [n, f[n]])) } };
    }), (v) => {
      result.loaded = true;
      result.v = v;
    });
    return {
      get value() {
        if (!result.loaded) throw new RichApiError('PropertyNotLoaded', 'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.');
        return result.v as { format: { fill: Partial<FillState> } }[][];
      },
    };
  }

  /** ExcelApi 1.9: per-cell properties set from a 2-D array of the range's size (fill only). */
  setCellProperties(grid: { format?: { fill?: Partial<FillState> } }[][]): void {
    this.context.requireSet('ExcelApi', '1.9', 'Range.setCellProperties');
    this.write('Range.setCellProperties', () => {
      const { s, a } = this.resolve();
      assertWritable(s, 'Range.setCellProperties');
      if (grid.length !== a.bottom - a.top + 1 || grid.some((row) => row.length !== a.right - a.left + 1)) throw new RichApiError('InvalidArgument', 'the array does not match the range', 'Range.setCellProperties');
      grid.forEach((row, i) => row.forEach((props, j) => {
        const fill = props?.format?.fill;
        if (!fill || !Object.keys(fill).length) return;
        const k = key(a.top + i, a.left + j);
        const cell = s.cells.get(k) ?? { value: null };
        const next: FillState = { ...(cell.fill ?? NO_FILL) };
        // Setting a colour makes a fill solid; a pattern given with it wins, "None" removes the fill.
        if (fill.color !== undefined) (next.color = fill.color.toUpperCase(), next.pattern = next.pattern === 'None' ? 'Solid' : next.pattern);
        if (fill.pattern !== undefined) next.pattern = fill.pattern;
        if (fill.patternColor !== undefined) next.patternColor = fill.patternColor;
        if (fill.tintAndShade !== undefined) next.tintAndShade = fill.tintAndShade;
        if (fill.patternTintAndShade !== undefined) next.patternTintAndShade = fill.patternTintAndShade;
        if (next.pattern === 'None') delete cell.fill;
        else cell.fill = next;
        store(s, k, cell);
      }));
    }, utf8(JSON.stringify(grid)));
  }

  private rangeFromString(address: string): FakeRange {
    const { sheet, area } = parseAddress(address);
    const target = sheet ? byName(this.context, sheet) : this.sheet;
    return new FakeRange(this.context, target, () => area);
  }

  /**
   * ExcelApi 1.9: "the RangeAreas object, comprising one or more rectangular ranges, that
   * represents all the cells that match the specified type and value. If no special cells are
   * found, then this method will return an object with its isNullObject property set to true"
   * (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspecialcellsornullobject-member(1)).
   * Excel.SpecialCellType "DataValidations" ("Cells with validation criteria") and "Visible" ("Cells that are visible",
   * learn.microsoft.com/javascript/api/excel/excel.specialcelltype: those of rows and columns not hidden) are modelled;
   * the cells come back as rectangles (column runs, neighbouring columns with the same run joined; the cells shown as
   * runs of rows shown by runs of columns shown), one of the decompositions Excel may give. Not modelled: its time —
   * over a whole sheet it is reported to run very long, over the used range fast (OfficeDev/office-js#4245).
   */
  getSpecialCellsOrNullObject(cellType: Excel.SpecialCellType | string): FakeRangeAreas {
    this.context.requireSet('ExcelApi', '1.9', 'Range.getSpecialCellsOrNullObject');
    return new FakeRangeAreas(this.context, () => {
      if (cellType !== 'DataValidations' && cellType !== 'Visible') throw new RichApiError('InvalidArgument', `special cells ${cellType} are not modelled`, 'Range.getSpecialCellsOrNullObject');
      const s = this.sheet();
      const a = this.area();
      if (!s || !a) return undefined;
      if (cellType === 'Visible') {
        const runs = (from: number, to: number, hidden: Set<number> | undefined) => {
          const out: [number, number][] = [];
          for (let k = from; k <= to; k++) {
            if (hidden?.has(k)) continue;
            const last = out[out.length - 1];
            if (last && last[1] === k - 1) last[1] = k;
            else out.push([k, k]);
          }
          return out;
        };
        const areas = runs(a.top, a.bottom, s.hiddenRows).flatMap(([top, bottom]) => runs(a.left, a.right, s.hiddenColumns).map(([left, right]) => ({ top, bottom, left, right })));
        return areas.length ? { sheet: s.name, areas } : undefined;
      }
      const keys = [...(s.dataValidation?.keys() ?? [])].filter((k) => rowOf(k) >= a.top && rowOf(k) <= a.bottom && colOf(k) >= a.left && colOf(k) <= a.right);
      const areas = rectanglesOf(keys);
      return areas.length ? { sheet: s.name, areas } : undefined;
    }).made('Range.getSpecialCellsOrNullObject');
  }

  /**
   * ExcelApi 1.13. Fails over 512 merged areas, as the reference says: "if the merged areas count
   * in this range is more than 512, then this method will fail to return the result"
   * (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member).
   * A merged area that the range only partly covers is returned whole (or cut to the range: `mergesClipped`).
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.requireSet('ExcelApi', '1.13', 'Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(this.context, () => {
      const s = this.sheet();
      const a = this.area();
      if (!s || !a) return undefined;
      // Only the merged areas whose top-left cell lies in the range, whole (office-js#3611, Excel on Windows and
      // on the web: one crossing the range’s edge from outside is not returned; https://github.com/OfficeDev/office-js/issues/3611).
      const found = s.merges.filter((m) => m.top >= a.top && m.top <= a.bottom && m.left >= a.left && m.left <= a.right);
      // The reference says only that the method "will fail to return the result": GeneralException is an assumption.
      if (found.length > MERGED_AREAS_LIMIT) throw new RichApiError('GeneralException', `${found.length} merged areas`, 'Range.getMergedAreasOrNullObject');
      const areas = this.context.excel.mergesClipped ? found.map((m) => ({ ...m, bottom: Math.min(m.bottom, a.bottom), right: Math.min(m.right, a.right) })) : found;
      return areas.length ? { sheet: s.name, areas } : undefined;
    }).made('Range.getMergedAreasOrNullObject');
  }
}

/** Cells (keys) as rectangles: vertical runs per column, neighbouring columns with the same run joined. */
function rectanglesOf(keys: number[]): Area[] {
  const sorted = [...keys].sort((x, y) => colOf(x) - colOf(y) || rowOf(x) - rowOf(y));
  const runs: Area[] = [];
  for (const k of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.left === colOf(k) && last.bottom + 1 === rowOf(k)) last.bottom++;
    else runs.push({ top: rowOf(k), bottom: rowOf(k), left: colOf(k), right: colOf(k) });
  }
  const out: Area[] = [];
  for (const run of runs) {
    const open = out.find((x) => x.top === run.top && x.bottom === run.bottom && x.right + 1 === run.left);
    if (open) open.right = run.left;
    else out.push(run);
  }
  return out;
}

/**
 * A cell of a merged area other than its top-left one. Excel keeps a merged area's content in its
 * top-left cell ("The value of a merged range is specified in the cell of the range's upper-left
 * corner", Range.Merge, Excel VBA reference, learn.microsoft.com/office/vba/api/excel.range.merge);
 * a value or formula written to another of its cells is not retained and no error says so
 * (sbroenne/mcp-server-excel#831: "Excel may ignore the write for a non-anchor merged cell",
 * with success reported; its fix, #841, refuses such writes and allows only the top-left cell).
 * The fake drops such a write silently, as reported.
 */
function insideMerge(s: SheetState, r: number, c: number): boolean {
  return s.merges.some((m) => m.top <= r && r <= m.bottom && m.left <= c && c <= m.right && !(r === m.top && c === m.left));
}

const within = (a: Area, r: number, c: number) => a.top <= r && r <= a.bottom && a.left <= c && c <= a.right;

/** true if `test` holds for every cell of `a`, false if for none, null otherwise (hasSpill, savedAsArray). */
function allOrNone(s: SheetState, a: Area, test: (r: number, c: number) => boolean | undefined): boolean | null {
  if (!s.arrays?.length) return false;
  let some = false;
  let all = true;
  for (let r = a.top; r <= a.bottom; r++) {
    for (let c = a.left; c <= a.right; c++) {
      if (test(r, c)) some = true;
      else all = false;
      if (some && !all) return null;
    }
  }
  return all;
}

/**
 * Content about to be written over `a` (ArrayState): part of a legacy array refuses it; an array
 * covered whole is replaced; a dynamic array's anchor written over loses its spill, its spilled
 * cells written over turn the anchor into #SPILL!. Spilled values the write does not replace go.
 */
function contentOver(s: SheetState, a: Area, what: string): void {
  const hit = s.arrays?.filter((x) => intersects(x.area, a)) ?? [];
  const partOf = hit.find((x) => !x.dynamic && !contains(a, x.area));
  if (partOf) throw new RichApiError('InvalidOperation', `You cannot change part of an array (${areaAddress(partOf.area)}).`, what);
  for (const x of hit) {
    if (x.dynamic) {
      const { top, left } = x.area;
      for (let r = top; r <= x.area.bottom; r++) {
        for (let c = left; c <= x.area.right; c++) {
          if ((r === top && c === left) || within(a, r, c)) continue;
          const k = key(r, c);
          const cell = s.cells.get(k);
          if (cell) store(s, k, { ...cell, value: null });
        }
      }
      const anchor = s.cells.get(key(top, left));
      if (anchor && !within(a, top, left)) anchor.value = { error: '#SPILL!' };
    }
  }
  s.arrays = s.arrays?.filter((x) => !hit.includes(x));
}

function store(s: SheetState, k: number, cell: CellState): void {
  // A cell with a format of any kind is kept (it is in the used range with formats: Worksheet.getUsedRange(false)).
  const empty = (cell.value === null || cell.value === '') && cell.formula === undefined && cell.numberFormat === undefined && cell.fill === undefined && cell.bold === undefined && cell.horizontalAlignment === undefined && cell.wrapText === undefined;
  if (empty) s.cells.delete(k);
  else s.cells.set(k, cell);
}

export class FakeRangeAreas extends FakeClientObject implements Pick<Excel.RangeAreas, 'address' | 'areaCount'> {
  protected override readonly nullable = true;
  constructor(
    ctx: FakeRequestContext,
    readonly target: () => { sheet: string; areas: Area[] } | undefined,
  ) {
    super(ctx);
  }
  protected override exists(): boolean {
    return this.target() !== undefined;
  }
  protected readProperty(name: string): unknown {
    const t = this.target()!;
    // As the reference's example writes them: "Address will contain the worksheet name for each rectangular block of
    // cells (e.g., "Sheet1!A1:B4, Sheet1!D1:D4")" (learn.microsoft.com/javascript/api/excel/excel.rangeareas#excel-excel-rangeareas-address-member).
    if (name === 'address') return t.areas.map((a) => `${quoteSheet(t.sheet)}!${areaAddress(a)}`).join(', ');
    if (name === 'areaCount') return t.areas.length;
    throw new RichApiError('InvalidArgument', `RangeAreas.${name}`);
  }
  get address(): string {
    return this.got('address');
  }
  get areaCount(): number {
    return this.got('areaCount');
  }
}

/**
 * Range.dataValidation (Excel.DataValidation, ExcelApi 1.8; learn.microsoft.com/javascript/api
 * /excel/excel.datavalidation). Modelled: `type` as Excel.DataValidationType documents it
 * (excel.datavalidationtype: "None"; "Inconsistent" where cells of the range have different rules;
 * "MixedCriteria" where some cells have a rule and others none; else the rule's type — "List",
 * "Decimal", "WholeNumber"); `rule`, `prompt` and `errorAlert` read as the range's one rule (the
 * defaults where it has none: showAlert true, "The default is `true`" (excel.datavalidationerroralert), style "Stop";
 * showPrompt false, "showPrompt: true, // The default is 'false'." (the sample in "Add data validation to Excel
 * ranges", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation)); `clear()` ("Clears the data
 * validation from the current range"). Setting `rule` on cells that have another rule replaces it
 * there: a cell holds one rule (the office-js-snippets sample data-validation.yaml clears first
 * only so that a rerun starts clean). Writes need ExcelApi 1.8.
 */
export class FakeDataValidation extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    readonly range: FakeRange,
  ) {
    super(ctx);
  }
  private records(): (DataValidationState | undefined)[] {
    const { s, a } = this.range.resolve();
    const out: (DataValidationState | undefined)[] = [];
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push(s.dataValidation?.get(key(r, c)));
    return out;
  }
  protected readProperty(name: string): unknown {
    const recs = this.records();
    const first = recs[0];
    const same = recs.every((x) => x === first);
    // A record of an input message alone (a prompt set where no rule is) allows any value: of type None.
    const ruled = recs.map((x) => (x && Object.keys(x.rule).length ? x : undefined));
    switch (name) {
      case 'type':
        if (!ruled.some((x) => x)) return 'None';
        if (ruled.some((x) => !x)) return 'MixedCriteria';
        if (!same) return 'Inconsistent';
        return { list: 'List', decimal: 'Decimal', wholeNumber: 'WholeNumber' }[Object.keys(first!.rule)[0]] ?? 'Custom';
      case 'rule':
        return same && first ? first.rule : {};
      case 'prompt':
        return same && first ? first.prompt : { message: '', showPrompt: false, title: '' };
      case 'errorAlert':
        return same && first ? first.errorAlert : { message: '', showAlert: true, style: 'Stop', title: '' };
      default:
        throw new RichApiError('InvalidArgument', `DataValidation.${name} is not modelled`);
    }
  }
  get type(): string {
    return this.got('type');
  }
  get rule(): Record<string, unknown> {
    return this.got('rule');
  }
  get prompt(): DataValidationState['prompt'] {
    return this.got('prompt');
  }
  get errorAlert(): DataValidationState['errorAlert'] {
    return this.got('errorAlert');
  }
  set rule(rule: Record<string, unknown>) {
    const kinds = Object.keys(rule);
    this.context.requireSet('ExcelApi', '1.8', 'DataValidation.rule');
    this.context.enqueue('DataValidation.rule', () => {
      if (kinds.length !== 1 || !['list', 'decimal', 'wholeNumber'].includes(kinds[0])) throw new RichApiError('InvalidArgument', `DataValidation.rule ${kinds.join(',')}`);
      const { s, a } = this.range.resolve();
      assertWritable(s, 'DataValidation.rule');
      // A rule over a range part of which holds an input message alone is refused (Excel on the web:
      // OfficeDev/office-js#2594, "The argument is invalid or missing or has an incorrect format.").
      const held = new Set<DataValidationState | undefined>();
      for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) held.add(s.dataValidation?.get(key(r, c)));
      if (held.size > 1 && [...held].some((x) => x && !Object.keys(x.rule).length)) throw new RichApiError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.', 'DataValidation.rule');
      const rec: DataValidationState = { rule, prompt: { message: '', showPrompt: false, title: '' }, errorAlert: { message: '', showAlert: true, style: 'Stop', title: '' } };
      s.dataValidation ??= new Map();
      for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) s.dataValidation.set(key(r, c), rec);
    }, utf8(JSON.stringify(rule)));
  }
  set prompt(p: DataValidationState['prompt']) {
    this.setPart('prompt', p);
  }
  set errorAlert(e: DataValidationState['errorAlert']) {
    this.setPart('errorAlert', e);
  }
  /**
   * Prompt and alert belong to the validation of each cell; where a cell has none, one allowing any
   * value (no rule, type None) is made to hold them: an input message can be set with no rule, as
   * Excel's dialog allows (Allow: Any value) and office-js#2594 shows (a prompt set on B5:B10, no rule).
   */
  private setPart<K extends 'prompt' | 'errorAlert'>(part: K, v: DataValidationState[K]): void {
    this.context.requireSet('ExcelApi', '1.8', `DataValidation.${part}`);
    this.context.enqueue(`DataValidation.${part}`, () => {
      const { s, a } = this.range.resolve();
      assertWritable(s, `DataValidation.${part}`);
      const done = new Set<DataValidationState>();
      let bare: DataValidationState | undefined;
      for (let r = a.top; r <= a.bottom; r++) {
        for (let c = a.left; c <= a.right; c++) {
          let rec = s.dataValidation?.get(key(r, c));
          if (!rec) {
            rec = bare ??= { rule: {}, prompt: { message: '', showPrompt: false, title: '' }, errorAlert: { message: '', showAlert: true, style: 'Stop', title: '' } };
            (s.dataValidation ??= new Map()).set(key(r, c), rec);
          }
          if (!done.has(rec)) {
            rec[part] = { ...rec[part], ...v };
            done.add(rec);
          }
        }
      }
    }, utf8(JSON.stringify(v)));
  }
  clear(): void {
    this.context.requireSet('ExcelApi', '1.8', 'DataValidation.clear');
    this.context.enqueue('DataValidation.clear', () => {
      const { s, a } = this.range.resolve();
      assertWritable(s, 'DataValidation.clear');
      for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) s.dataValidation?.delete(key(r, c));
    });
  }
}

class FakeRangeFormat extends FakeClientObject implements Pick<Excel.RangeFormat, 'columnWidth'> {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  constructor(
    ctx: FakeRequestContext,
    readonly range: FakeRange,
  ) {
    super(ctx);
    this.fill = new FakeRangeFill(ctx, range);
    this.font = new FakeRangeFont(ctx, range);
  }
  protected readProperty(name: string): unknown {
    if (name === 'columnWidth') {
      // The width of every column of the range, or null where they differ (Excel.RangeFormat.columnWidth: "If the column
      // widths are not uniform, `null` will be returned", learn.microsoft.com/javascript/api/excel/excel.rangeformat).
      const { s, a } = this.range.resolve();
      const font = this.context.excel.normalFont;
      const widths = new Set<number>();
      for (let c = a.left; c <= a.right && widths.size < 2; c++) widths.add(s.columnWidths.get(c) ?? columnPoints(font, font.standardWidth));
      return widths.size === 1 ? [...widths][0] : null;
    }
    throw new RichApiError('InvalidArgument', `RangeFormat.${name}`);
  }
  get columnWidth(): number {
    return this.got('columnWidth');
  }
  set columnWidth(points: number) {
    this.context.enqueue('RangeFormat.columnWidth', () => {
      const { s, a } = this.range.resolve();
      assertWritable(s, 'RangeFormat.columnWidth');
      for (let c = a.left; c <= a.right; c++) s.columnWidths.set(c, points);
    });
  }
  /**
   * Points (ExcelApi 1.2); setting it fixes the height of every row of the range. A row is at most
   * 409 points tall ("Row height: 409 points", Excel specifications and limits, support.microsoft.com).
   */
  set rowHeight(points: number) {
    this.context.enqueue('RangeFormat.rowHeight', () => {
      const { s, a } = this.range.resolve();
      assertWritable(s, 'RangeFormat.rowHeight');
      if (!(points >= 0 && points <= 409)) throw new RichApiError('InvalidArgument', `row height ${points} out of 0–409`, 'RangeFormat.rowHeight');
      for (let r = a.top; r <= a.bottom; r++) (s.rowHeights ??= new Map()).set(r, points);
    });
  }
  /**
   * ExcelApi 1.7: true gives every row of the range the sheet's standard height ("This property is
   * only intended to be set to true. Setting it to false has no effect.", Excel.RangeFormat).
   */
  set useStandardHeight(v: boolean) {
    this.context.enqueue('RangeFormat.useStandardHeight', () => {
      const { s, a } = this.range.resolve();
      assertWritable(s, 'RangeFormat.useStandardHeight');
      if (v) for (let r = a.top; r <= a.bottom; r++) s.rowHeights?.delete(r);
    });
  }
  set horizontalAlignment(v: string) {
    this.eachCell('RangeFormat.horizontalAlignment', (cell) => (cell.horizontalAlignment = v));
  }
  set wrapText(v: boolean) {
    this.eachCell('RangeFormat.wrapText', (cell) => (cell.wrapText = v));
  }
  private eachCell(label: string, f: (cell: CellState) => void): void {
    this.context.enqueue(label, () => {
      const { s, a } = this.range.resolve();
      assertWritable(s, label);
      for (let r = a.top; r <= a.bottom; r++) {
        for (let c = a.left; c <= a.right; c++) {
          const k = key(r, c);
          const cell = s.cells.get(k) ?? { value: null };
          f(cell);
          store(s, k, cell);
        }
      }
    });
  }
}

/** What a fill set on a cell without one starts from. */
const NO_FILL: FillState = { color: '#FFFFFF', pattern: 'None', patternColor: null, tintAndShade: 0, patternTintAndShade: 0 };

/**
 * A cell without a fill as Excel reads it (getCellProperties, RangeFill): white, as a white fill
 * reads, with tintAndShade null — the one property that tells No Fill apart. office-js#4900: "white
 * fill and No Fill ... both have null for format.fill.pattern, and they both have #FFFFFF for
 * format.fill.color"; a Microsoft engineer there: "If you are setting 'No Fill', you will get
 * 'null' [tintAndShade]. And if you fill as white or other color, you will get a number."
 * office-js#6218: getCellProperties returns #FFFFFF for No Fill.
 */
const NO_FILL_READ: Record<keyof FillState, string | number | null> = { color: '#FFFFFF', pattern: null, patternColor: null, tintAndShade: null, patternTintAndShade: null };

/**
 * A cell's fill as Excel reads it: No Fill as above, and a solid white fill with its pattern null too
 * (office-js#4900: white fill and No Fill "both have null for format.fill.pattern"): only its
 * tintAndShade, a number, tells it apart.
 */
function fillAsRead(f: FillState | undefined): Record<keyof FillState, string | number | null> {
  if (!f) return NO_FILL_READ;
  return f.pattern === 'Solid' && f.color.toUpperCase() === '#FFFFFF' ? { ...f, pattern: null } : f;
}

/**
 * RangeFill: `color` 1.1; pattern, patternColor, tints 1.9. A range with mixed fills reads null ("Formatting properties such
 * as size and color will contain null values in the response when different values exist in the specified range",
 * learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values). Colours are kept upper-cased as given
 * (a named colour such as "orange", which RangeFill.color accepts, is not turned into #RRGGBB), and setting a colour on a
 * cell without a fill makes it Solid: neither is documented.
 */
class FakeRangeFill
  extends FakeClientObject
  implements Pick<Excel.RangeFill, 'color' | 'pattern' | 'patternColor' | 'tintAndShade' | 'patternTintAndShade'>
{
  constructor(
    ctx: FakeRequestContext,
    readonly range: FakeRange,
  ) {
    super(ctx);
  }
  protected readProperty(name: string): unknown {
    if (name !== 'color') this.context.excel.assertSet('ExcelApi', '1.9', `RangeFill.${name}`);
    const { s, a } = this.range.resolve();
    let first: unknown;
    for (let r = a.top; r <= a.bottom; r++) {
      for (let c = a.left; c <= a.right; c++) {
        const f = fillAsRead(s.cells.get(key(r, c))?.fill);
        const v = (f as unknown as Record<string, unknown>)[name];
        if (r === a.top && c === a.left) first = v;
        else if (v !== first) return null;
      }
    }
    return first;
  }
  private set(name: keyof FillState, value: unknown): void {
    if (name !== 'color') this.context.requireSet('ExcelApi', '1.9', `RangeFill.${name}`);
    this.context.enqueue(`RangeFill.${name}`, () => {
      const { s, a } = this.range.resolve();
      assertWritable(s, `RangeFill.${name}`);
      for (let r = a.top; r <= a.bottom; r++) {
        for (let c = a.left; c <= a.right; c++) {
          const k = key(r, c);
          const cell = s.cells.get(k) ?? { value: null };
          const fill: FillState = { ...(cell.fill ?? NO_FILL) };
          (fill as unknown as Record<string, unknown>)[name] = value;
          if (name === 'color' && fill.pattern === 'None') fill.pattern = 'Solid';
          if (name === 'pattern' && value === 'None') {
            delete cell.fill;
          } else cell.fill = fill;
          store(s, k, cell);
        }
      }
    }, utf8(JSON.stringify(value)));
  }
  get color(): string {
    return this.got('color');
  }
  set color(v: string) {
    this.set('color', v.toUpperCase());
  }
  get pattern(): Excel.FillPattern | any {
    return this.got('pattern');
  }
  set pattern(v: Excel.FillPattern | any) {
    this.set('pattern', v);
  }
  get patternColor(): string {
    return this.got('patternColor');
  }
  set patternColor(v: string) {
    this.set('patternColor', v);
  }
  get tintAndShade(): number {
    return this.got('tintAndShade');
  }
  set tintAndShade(v: number) {
    this.set('tintAndShade', v);
  }
  get patternTintAndShade(): number {
    return this.got('patternTintAndShade');
  }
  set patternTintAndShade(v: number) {
    this.set('patternTintAndShade', v);
  }
  clear(): void {
    this.context.enqueue('RangeFill.clear', () => {
      const { s, a } = this.range.resolve();
      assertWritable(s, 'RangeFill.clear');
      for (const [k, cell] of [...s.cells]) {
        const r = rowOf(k);
        const c = colOf(k);
        if (r < a.top || r > a.bottom || c < a.left || c > a.right) continue;
        delete cell.fill;
        store(s, k, cell);
      }
    });
  }
}

class FakeRangeFont extends FakeClientObject implements Pick<Excel.RangeFont, 'bold'> {
  constructor(
    ctx: FakeRequestContext,
    readonly range: FakeRange,
  ) {
    super(ctx);
  }
  protected readProperty(name: string): unknown {
    throw new RichApiError('InvalidArgument', `RangeFont.${name}`);
  }
  get bold(): boolean {
    return this.got('bold');
  }
  set bold(v: boolean) {
    this.context.enqueue('RangeFont.bold', () => {
      const { s, a } = this.range.resolve();
      assertWritable(s, 'RangeFont.bold');
      for (let r = a.top; r <= a.bottom; r++) {
        for (let c = a.left; c <= a.right; c++) {
          const k = key(r, c);
          const cell = s.cells.get(k) ?? { value: null };
          cell.bold = v;
          store(s, k, cell);
        }
      }
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Comments (ExcelApi 1.10) and notes (1.18)

export class FakeAnnotation extends FakeClientObject implements Pick<Excel.Comment, 'id' | 'content'> {
  constructor(
    ctx: FakeRequestContext,
    readonly target: () => AnnotationState | undefined,
    readonly kind: 'comment' | 'note',
  ) {
    super(ctx);
  }
  protected override exists(): boolean {
    return this.target() !== undefined;
  }
  protected readProperty(name: string): unknown {
    const a = this.target()!;
    if (name === 'id' && this.kind === 'comment') return a.id;
    if (name === 'content') return a.content;
    if (name === 'resolved' && this.kind === 'comment') {
      this.context.excel.assertSet('ExcelApi', '1.11', 'Comment.resolved');
      return a.resolved ?? false;
    }
    throw new RichApiError('InvalidArgument', `${this.kind}.${name}`);
  }
  /** @internal */
  absorb(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
  }
  get id(): string {
    return this.got('id');
  }
  get content(): string {
    return this.got('content');
  }
  /** Comment.content: "Gets or sets the comment's content" (ExcelApi 1.10); the thread and its replies stay. */
  set content(text: string) {
    this.setOwn('content', 'ExcelApi', '1.10', (a) => (a.content = text), utf8(text));
  }
  /** Comment.resolved (ExcelApi 1.11): the thread's status, set in place. */
  set resolved(value: boolean) {
    this.setOwn('resolved', 'ExcelApi', '1.11', (a) => (a.resolved = value), 8);
  }
  private setOwn(name: string, set: string, version: string, apply: (a: AnnotationState) => void, bytes: number): void {
    if (this.kind !== 'comment') throw new RichApiError('InvalidArgument', `note.${name}`);
    this.context.requireSet(set, version, `Comment.${name}`);
    this.write(`comment.${name}`, () => {
      const a = this.target()!;
      assertWritable(this.context.excel.state.sheets.find((x) => x.name === a.sheet)!, `comment.${name}`);
      apply(a);
    }, bytes);
  }
  /**
   * Comment.replies (ExcelApi 1.10): only getCount() is modelled, a ClientResult readable after the
   * sync. Delete removes the replies with the comment: "Deletes the comment and all the connected
   * replies" (Excel.Comment.delete, learn.microsoft.com/javascript/api/excel/excel.comment).
   */
  get replies(): { getCount(): { value: number } } {
    if (this.kind !== 'comment') throw new RichApiError('InvalidArgument', 'note.replies');
    return {
      getCount: () => {
        this.context.requireSet('ExcelApi', '1.10', 'CommentReplyCollection.getCount');
        const result: { loaded: boolean; v: number } = { loaded: false, v: 0 };
        this.context.enqueueLoad('CommentReplyCollection.getCount', () => this.target()?.replies?.length ?? 0, (v) => {
          result.loaded = true;
          result.v = v as number;
        });
        return {
          get value() {
            if (!result.loaded) throw new RichApiError('PropertyNotLoaded', 'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.');
            return result.v;
          },
        };
      },
    };
  }
  getLocation(): FakeRange {
    const area = () => {
      const a = this.target();
      return a ? parseAddress(a.cell).area : undefined;
    };
    return new FakeRange(this.context, () => {
      const a = this.target();
      return a ? this.context.excel.state.sheets.find((s) => s.name === a.sheet) : undefined;
    }, area).made(`${this.kind === 'comment' ? 'Comment' : 'Note'}.getLocation`);
  }
  delete(): void {
    this.write(`${this.kind}.delete`, () => {
      const a = this.target()!;
      const s = this.context.excel.state.sheets.find((x) => x.name === a.sheet)!;
      assertWritable(s, `${this.kind}.delete`);
      const st = this.context.excel.state;
      st.annotations = st.annotations.filter((x) => x !== a);
    });
  }
}

export class FakeAnnotationCollection extends FakeClientObject {
  private proxies: FakeAnnotation[] = [];
  constructor(
    ctx: FakeRequestContext,
    readonly kind: 'comment' | 'note',
    readonly sheet: (() => SheetState | undefined) | null,
  ) {
    super(ctx);
  }
  private get set(): [string, string] {
    return this.kind === 'comment' ? ['ExcelApi', '1.10'] : ['ExcelApi', '1.18'];
  }
  private all(): AnnotationState[] {
    const s = this.sheet?.();
    return this.context.excel.state.annotations.filter((a) => a.kind === this.kind && (!this.sheet || a.sheet === s?.name));
  }
  get items(): FakeAnnotation[] {
    this.got('items');
    return this.proxies;
  }
  protected readProperty(name: string): unknown {
    throw new RichApiError('InvalidArgument', `${this.kind}s.${name}`);
  }
  protected override readPath(path: string): unknown {
    const [head, prop] = path.split('/');
    if (head !== 'items') return this.readProperty(path);
    return this.all().map((a) => {
      const p = new FakeAnnotation(this.context, () => a, this.kind);
      return { ref: a, values: prop ? { [prop]: (p as unknown as { readProperty(n: string): unknown }).readProperty(prop) } : {} };
    });
  }
  protected override storeLoaded(name: string, value: unknown): void {
    if (!name.startsWith('items')) return super.storeLoaded(name, value);
    const rows = value as { ref: AnnotationState; values: Record<string, unknown> }[];
    const known = new Map(this.proxies.map((p) => [p.target(), p]));
    this.proxies = rows.map(({ ref, values }) => {
      const p = known.get(ref) ?? new FakeAnnotation(this.context, () => this.context.excel.state.annotations.find((x) => x === ref), this.kind);
      p.absorb(values);
      return p;
    });
    super.storeLoaded('items', true);
  }
  override load(props?: LoadProps): this {
    this.context.requireSet(...this.set, `${this.kind}s.load`);
    return this.loadItems(props, 'items');
  }
  add(cellAddress: FakeRange | string, content: string): FakeAnnotation {
    const api = `${this.kind === 'comment' ? 'CommentCollection' : 'NoteCollection'}.add`;
    this.context.requireSet(...this.set, api);
    const id = `${this.kind}-${++this.context.excel.idCounter}`;
    let made: AnnotationState | undefined;
    this.context.enqueue(api, () => {
      // CommentCollection.add: "If it's a string, it must contain the full address, including the sheet name. An
      // `InvalidArgument` error is thrown if the provided range is larger than one cell" (learn.microsoft.com/javascript/api/excel/excel.commentcollection);
      // NoteCollection.add: "This can be a `Range` object or a string such as "A1". If the string is invalid, or the
      // range is not a single cell, an `InvalidCellAddress` error is thrown" (learn.microsoft.com/javascript/api/excel/excel.notecollection).
      const refused = this.kind === 'comment' ? 'InvalidArgument' : 'InvalidCellAddress';
      const { s, a } = typeof cellAddress === 'string' ? this.resolveAddress(cellAddress, refused, api) : cellAddress.resolve();
      if (a.top !== a.bottom || a.left !== a.right) throw new RichApiError(refused, `${areaAddress(a)} is not a single cell`, api);
      assertWritable(s, api);
      const cell = a1(a.top, a.left);
      // A cell holds a threaded comment or a note, never both ("The difference between threaded
      // comments and notes", support.microsoft.com/office/the-difference-between-threaded-comments-and-notes-75a51eec-4092-42ab-abf8-7669077b7be3):
      // adding one where the other is fails (InvalidOperation: the code is an assumption). Every error of the call names
      // it in debugInfo.errorLocation, as OfficeExtension.Error does.
      if (this.context.excel.state.annotations.some((x) => x.sheet === s.name && x.cell === cell)) {
        throw new RichApiError('InvalidOperation', `${s.name}!${cell} already has a comment or note`, api);
      }
      made = { id, kind: this.kind, sheet: s.name, cell, content };
      this.context.excel.state.annotations.push(made);
    }, utf8(content) + 20);
    return new FakeAnnotation(this.context, () => made, this.kind).made(api);
  }
  private resolveAddress(address: string, refused: string, api: string): { s: SheetState; a: Area } {
    let parsed: ReturnType<typeof parseAddress>;
    try {
      parsed = parseAddress(address);
    } catch {
      throw new RichApiError(refused, `invalid address ${address}`, api);
    }
    if (this.kind === 'comment' && !parsed.sheet) throw new RichApiError('InvalidArgument', `${address} names no sheet`, api);
    const s = parsed.sheet ? this.context.excel.state.sheets.find((x) => x.name.toLowerCase() === parsed.sheet!.toLowerCase()) : this.sheet?.();
    if (!s) throw new RichApiError('ItemNotFound', `no sheet for ${address}`, api);
    return { s, a: parsed.area };
  }
  /** Comments: by id ("Gets a comment from the collection based on its ID"). Notes: by cell address ("Gets a note by its cell address", Excel.NoteCollection.getItem), on the collection's sheet. */
  getItem(key: string): FakeAnnotation {
    this.context.requireSet(...this.set, `${this.kind}s.getItem`);
    return new FakeAnnotation(this.context, () => this.find(key), this.kind).made(`${this.kind === 'comment' ? 'CommentCollection' : 'NoteCollection'}.getItem`);
  }
  private find(key: string): AnnotationState | undefined {
    if (this.kind === 'comment') return this.all().find((a) => a.id === key);
    const { sheet, area } = parseAddress(key);
    const s = sheet ?? this.sheet?.()?.name;
    const cell = a1(area.top, area.left);
    return this.all().find((a) => a.sheet === s && a.cell === cell);
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheet custom properties (ExcelApi 1.12)

/**
 * Worksheet.customProperties: key–value text kept with the sheet (it moves and is renamed with
 * it) and shown nowhere in Excel's interface. `add` "overwrites existing custom properties with
 * that key" (learn.microsoft.com/javascript/api/excel/excel.worksheetcustompropertycollection); the key "is
 * case-insensitive. The key is limited to 255 characters (larger values will cause an `InvalidArgument` error to be
 * thrown.)" (same page, add; "Custom property keys are case-insensitive", excel.worksheetcustomproperty#key): a key
 * that differs only in case overwrites the property. Which spelling the property keeps then is not documented: the
 * fake keeps the first (an assumption; a reader must then not rely on the spelling it wrote).
 */
export class FakeCustomPropertyCollection extends FakeClientObject {
  private rows: { key: string; value: string }[] = [];
  constructor(
    ctx: FakeRequestContext,
    readonly sheet: () => SheetState | undefined,
  ) {
    super(ctx);
  }
  get items(): { key: string; value: string }[] {
    this.got('items');
    return this.rows;
  }
  protected readProperty(name: string): unknown {
    throw new RichApiError('InvalidArgument', `customProperties.${name}`);
  }
  protected override readPath(path: string): unknown {
    if (!path.startsWith('items')) return this.readProperty(path);
    return Object.entries(this.sheet()?.customProperties ?? {}).map(([key, value]) => ({ key, value }));
  }
  protected override storeLoaded(name: string, value: unknown): void {
    if (!name.startsWith('items')) return super.storeLoaded(name, value);
    this.rows = value as { key: string; value: string }[];
    super.storeLoaded('items', true);
  }
  override load(props?: LoadProps): this {
    this.context.requireSet('ExcelApi', '1.12', 'WorksheetCustomPropertyCollection.load');
    FakeClientObject.prototype.load.call(this, 'items');
    void props;
    return this;
  }
  add(key: string, value: string): void {
    this.context.requireSet('ExcelApi', '1.12', 'WorksheetCustomPropertyCollection.add');
    this.context.enqueue('customProperties.add', () => {
      const s = this.sheet();
      if (!s) throw new RichApiError('ItemNotFound', 'no sheet');
      if (key.length > 255) throw new RichApiError('InvalidArgument', 'a key over 255 characters');
      const props = { ...(s.customProperties ?? {}) };
      const same = Object.keys(props).find((k) => k.toLowerCase() === key.toLowerCase());
      props[same ?? key] = value;
      s.customProperties = props;
    }, utf8(key + value));
  }
}

// ---------------------------------------------------------------------------------------------
// Names

class FakeNamedItem extends FakeClientObject implements Pick<Excel.NamedItem, 'name' | 'formula' | 'comment' | 'visible'> {
  protected override readonly nullable: boolean;
  constructor(
    ctx: FakeRequestContext,
    readonly target: () => NameState | undefined,
    nullable = false,
  ) {
    super(ctx);
    this.nullable = nullable;
  }
  protected override exists(): boolean {
    return this.target() !== undefined;
  }
  protected readProperty(name: string): unknown {
    const n = this.target()!;
    if (name === 'name' || name === 'formula' || name === 'comment' || name === 'visible') return n[name];
    throw new RichApiError('InvalidArgument', `NamedItem.${name}`);
  }
  /** @internal */
  absorb(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
  }
  get name(): string {
    return this.got('name');
  }
  get formula(): any {
    return this.got('formula');
  }
  get comment(): string {
    return this.got('comment');
  }
  get visible(): boolean {
    return this.got('visible');
  }
  set visible(v: boolean) {
    this.write('NamedItem.visible', () => {
      if (!v && this.context.excel.namesStayVisible) return;
      this.target()!.visible = v;
    });
  }
  delete(): void {
    this.write('NamedItem.delete', () => {
      const st = this.context.excel.state;
      st.names = st.names.filter((n) => n !== this.target());
    });
  }
}

/**
 * A collection whose items load as one path (`items/name` …): the named items, a sheet's charts,
 * tables. Loading `items` reads each item's loaded properties into a proxy, one per item, kept
 * from one load to the next (Excel's collections hand back the same item objects).
 */
abstract class FakeItemCollection<S, P extends { target(): S | undefined; absorb(values: Record<string, unknown>): void }> extends FakeClientObject {
  private proxies: P[] = [];
  /** How Office.js names the collection in its error for an unknown property. */
  protected abstract readonly label: string;
  /** The items as they stand in the batch. */
  protected abstract states(): S[];
  protected abstract proxy(ref: S): P;
  get items(): P[] {
    this.got('items');
    return this.proxies;
  }
  protected readProperty(name: string): unknown {
    throw new RichApiError('InvalidArgument', `${this.label}.${name}`);
  }
  protected override readPath(path: string): unknown {
    const [head, prop] = path.split('/');
    if (head !== 'items') return this.readProperty(path);
    return this.states().map((x) => ({ ref: x, values: prop ? { [prop]: (x as unknown as Record<string, unknown>)[prop] } : {} }));
  }
  protected override storeLoaded(name: string, value: unknown): void {
    if (!name.startsWith('items')) return super.storeLoaded(name, value);
    const rows = value as { ref: S; values: Record<string, unknown> }[];
    const known = new Map(this.proxies.map((p) => [p.target(), p]));
    this.proxies = rows.map(({ ref, values }) => {
      const p = known.get(ref) ?? this.proxy(ref);
      p.absorb(values);
      return p;
    });
    super.storeLoaded('items', true);
  }
  override load(props?: LoadProps): this {
    return this.loadItems(props, 'items/name');
  }
}

class FakeNamedItemCollection extends FakeItemCollection<NameState, FakeNamedItem> {
  protected readonly label = 'names';
  protected states(): NameState[] {
    return this.context.excel.state.names;
  }
  protected proxy(ref: NameState): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.context.excel.state.names.find((n) => n === ref));
  }
  /**
   * A name as ECMA-376 Part 1 defines it (SpreadsheetML formulas, "Names": name-start-character letter, "_" or "\", then
   * letters, digits, "_" and "."; "names are not case-sensitive"; a name "shall not have … the form … cell-reference").
   * Not checked: TRUE/FALSE, R1C1-style names, 255 characters. Its formula starts with "=" ("Formulas always start with an
   * equal sign", Excel.NamedItem.formula).
   */
  add(name: string, reference: string, comment?: string): FakeNamedItem {
    this.context.enqueue(`names.add(${name})`, () => {
      const st = this.context.excel.state;
      if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw new RichApiError('InvalidArgument', `invalid name ${name}`);
      if (st.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new RichApiError('ItemAlreadyExists', `name ${name} exists`);
      st.names.push({ name, formula: reference.startsWith('=') ? reference : `=${reference}`, comment: comment ?? '', visible: true });
    }, utf8(name + reference + (comment ?? '')));
    return new FakeNamedItem(this.context, () => this.context.excel.state.names.find((n) => n.name === name)).made('NamedItemCollection.add');
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.context.excel.state.names.find((n) => n.name.toLowerCase() === name.toLowerCase())).made('NamedItemCollection.getItem');
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.context.excel.state.names.find((n) => n.name.toLowerCase() === name.toLowerCase()), true).made('NamedItemCollection.getItemOrNullObject');
  }
}

// ---------------------------------------------------------------------------------------------
// Charts

class FakeChartCollection extends FakeItemCollection<ChartState, FakeChart> {
  protected readonly label = 'charts';
  constructor(
    ctx: FakeRequestContext,
    readonly sheet: () => SheetState | undefined,
  ) {
    super(ctx);
  }
  protected states(): ChartState[] {
    return this.sheet()?.charts ?? [];
  }
  protected proxy(ref: ChartState): FakeChart {
    return new FakeChart(this.context, this.sheet, () => (this.sheet()?.charts ?? []).find((c) => c === ref));
  }
  getItem(name: string): FakeChart {
    return new FakeChart(this.context, this.sheet, () => (this.sheet()?.charts ?? []).find((c) => c.name === name)).made('ChartCollection.getItem');
  }
  add(type: Excel.ChartType | string, sourceData: FakeRange, seriesBy: Excel.ChartSeriesBy | 'Auto' | 'Columns' | 'Rows' = 'Auto'): FakeChart {
    let made: ChartState | undefined;
    this.context.enqueue(`charts.add(${type})`, () => {
      const s = this.sheet();
      if (!s) throw new RichApiError('ItemNotFound', 'no sheet');
      assertWritable(s, 'charts.add');
      const { s: src, a: whole } = sourceData.resolve();
      const address = `${quoteSheet(src.name)}!${areaAddress(whole)}`;
      // Excel guesses the source's labels as Insert Chart does: a first cell that is blank or text over numbers is taken for
      // the series' name, not a value ("Excel … treats the top-left cell … as a label", Jon Peltier, peltiertech.com "Make Excel
      // Charts Use the Top Row as Series Names"; the Office.js reviewer's note on charts.add). Modelled for one column of values.
      const first = src.cells.get(key(whole.top, whole.left))?.value;
      const below = Array.from({ length: whole.bottom - whole.top }, (_, i) => src.cells.get(key(whole.top + 1 + i, whole.left))?.value);
      const label = seriesBy !== 'Rows' && whole.left === whole.right && (first === null || first === undefined || typeof first === 'string') && below.some((v) => typeof v === 'number');
      const a = label ? { ...whole, top: whole.top + 1 } : whole;
      const count = seriesBy === 'Rows' ? a.bottom - a.top + 1 : a.right - a.left + 1;
      made = {
        name: `Chart ${++this.context.excel.idCounter}`,
        type: String(type),
        source: address,
        seriesBy: String(seriesBy),
        title: null,
        xTitle: null,
        yTitle: null,
        valueMinimum: null,
        series: Array.from({ length: count }, (_, i) => ({
          name: label && typeof first === 'string' ? first : null,
          values: `${quoteSheet(src.name)}!${areaAddress(seriesBy === 'Rows' ? { ...a, top: a.top + i, bottom: a.top + i } : { ...a, left: a.left + i, right: a.left + i })}`,
          xValues: null,
        })),
        position: null,
      };
      s.charts.push(made);
    });
    return new FakeChart(this.context, this.sheet, () => made).made('ChartCollection.add');
  }
}

class FakeChart extends FakeClientObject implements Pick<Excel.Chart, 'name'> {
  readonly title: FakeText;
  readonly axes: { categoryAxis: { title: FakeText }; valueAxis: FakeValueAxis };
  readonly series: FakeSeriesCollection;
  constructor(
    ctx: FakeRequestContext,
    readonly sheet: () => SheetState | undefined,
    readonly target: () => ChartState | undefined,
  ) {
    super(ctx);
    const chart = () => this.target();
    this.title = new FakeText(ctx, sheet, (v) => (chart()!.title = v));
    this.axes = {
      categoryAxis: { title: new FakeText(ctx, sheet, (v) => (chart()!.xTitle = v)) },
      valueAxis: new FakeValueAxis(ctx, sheet, chart),
    };
    this.series = new FakeSeriesCollection(ctx, sheet, target);
  }
  protected override exists(): boolean {
    return this.target() !== undefined;
  }
  protected readProperty(name: string): unknown {
    if (name === 'name') return this.target()!.name;
    throw new RichApiError('InvalidArgument', `Chart.${name}`);
  }
  /** @internal */
  absorb(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
  }
  get name(): string {
    return this.got('name');
  }
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this.write('Chart.setPosition', () => {
      const addr = (x: FakeRange | string) => (typeof x === 'string' ? x : areaAddress(x.resolve().a));
      this.target()!.position = { start: addr(startCell), end: endCell === undefined ? null : addr(endCell) };
    });
  }
  delete(): void {
    this.write('Chart.delete', () => {
      const s = this.sheet()!;
      assertWritable(s, 'Chart.delete');
      s.charts = s.charts.filter((c) => c !== this.target());
    });
  }
}

/**
 * ChartAxis of the value axis: its title, and `minimum` (ExcelApi 1.7: "Specifies the minimum value on the value axis",
 * https://learn.microsoft.com/javascript/api/excel/excel.chartaxis#excel-excel-chartaxis-minimum-member), a number set
 * in the queue as any property.
 */
class FakeValueAxis extends FakeClientObject {
  readonly title: FakeText;
  constructor(
    ctx: FakeRequestContext,
    readonly sheet: () => SheetState | undefined,
    readonly chart: () => ChartState | undefined,
  ) {
    super(ctx);
    this.title = new FakeText(ctx, sheet, (v) => (chart()!.yTitle = v));
  }
  protected readProperty(name: string): unknown {
    if (name === 'minimum') return this.chart()!.valueMinimum;
    throw new RichApiError('InvalidArgument', `valueAxis.${name}`);
  }
  get minimum(): number {
    return this.got('minimum');
  }
  set minimum(v: number) {
    this.context.enqueue('valueAxis.minimum', () => {
      assertWritable(this.sheet()!, 'valueAxis.minimum');
      this.chart()!.valueMinimum = v;
    });
  }
}

class FakeText extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    readonly sheet: () => SheetState | undefined,
    readonly assign: (v: string) => void,
  ) {
    super(ctx);
  }
  protected readProperty(name: string): unknown {
    throw new RichApiError('InvalidArgument', `title.${name}`);
  }
  get text(): string {
    return this.got('text');
  }
  set text(v: string) {
    this.context.enqueue('title.text', () => {
      assertWritable(this.sheet()!, 'title.text');
      this.assign(v);
    }, utf8(v));
  }
}

class FakeSeriesCollection extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    readonly sheet: () => SheetState | undefined,
    readonly chart: () => ChartState | undefined,
  ) {
    super(ctx);
  }
  protected readProperty(name: string): unknown {
    throw new RichApiError('InvalidArgument', `series.${name}`);
  }
  getItemAt(index: number): FakeSeries {
    return new FakeSeries(this.context, this.sheet, () => this.chart()?.series[index]).made('ChartSeriesCollection.getItemAt');
  }
  add(name?: string): FakeSeries {
    this.context.requireSet('ExcelApi', '1.7', 'ChartSeriesCollection.add');
    let made: ChartState['series'][number] | undefined;
    this.context.enqueue('series.add', () => {
      made = { name: name ?? null, values: null, xValues: null };
      this.chart()!.series.push(made);
    }, utf8(name ?? ''));
    return new FakeSeries(this.context, this.sheet, () => made).made('ChartSeriesCollection.add');
  }
}

class FakeSeries extends FakeClientObject {
  /**
   * ChartSeries.format (ExcelApi 1.1) and its line (ChartSeriesFormat.line, 1.1): color ("HTML color code representing the
   * color of lines in the chart", 1.1) and lineStyle (1.7: "Represents the line style. See Excel.ChartLineStyle";
   * learn.microsoft.com/javascript/api/excel/excel.chartlineformat).
   */
  readonly format: { line: { lineStyle: string; color: string } };
  constructor(
    ctx: FakeRequestContext,
    readonly sheet: () => SheetState | undefined,
    readonly target: () => ChartState['series'][number] | undefined,
  ) {
    super(ctx);
    const styles = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Grey25', 'Grey50', 'Grey75', 'Automatic', 'RoundDot'];
    const series = this;
    this.format = {
      line: {
        get lineStyle(): string {
          throw new RichApiError('InvalidArgument', 'ChartLineFormat.lineStyle read without load', 'ChartLineFormat.lineStyle');
        },
        set lineStyle(v: string) {
          series.context.requireSet('ExcelApi', '1.7', 'ChartLineFormat.lineStyle');
          series.write('series.format.line.lineStyle', () => {
            if (!styles.includes(v)) throw new RichApiError('InvalidArgument', `no line style ${v}`, 'ChartLineFormat.lineStyle');
            series.target()!.lineStyle = v;
          });
        },
        get color(): string {
          throw new RichApiError('InvalidArgument', 'ChartLineFormat.color read without load', 'ChartLineFormat.color');
        },
        set color(v: string) {
          series.write('series.format.line.color', () => (series.target()!.lineColor = v), utf8(v));
        },
      },
    };
  }
  /** ChartSeries.markerBackgroundColor and markerForegroundColor (ExcelApi 1.7): "Specifies the marker … color of a chart series". */
  set markerBackgroundColor(v: string) {
    this.context.requireSet('ExcelApi', '1.7', 'ChartSeries.markerBackgroundColor');
    this.write('series.markerBackgroundColor', () => {
      const t = this.target()!;
      t.markerColors = [v, t.markerColors?.[1] ?? null];
    }, utf8(v));
  }
  set markerForegroundColor(v: string) {
    this.context.requireSet('ExcelApi', '1.7', 'ChartSeries.markerForegroundColor');
    this.write('series.markerForegroundColor', () => {
      const t = this.target()!;
      t.markerColors = [t.markerColors?.[0] ?? null, v];
    }, utf8(v));
  }
  protected override exists(): boolean {
    return this.target() !== undefined;
  }
  protected readProperty(name: string): unknown {
    throw new RichApiError('InvalidArgument', `series.${name}`);
  }
  get name(): string {
    return this.got('name');
  }
  /**
   * Literal text, shown as it is in the legend: the reference (ChartSeries.name, "Specifies the
   * name of a series in a chart. The name's length should not be greater than 255 characters" —
   * learn.microsoft.com/javascript/api/excel/excel.chartseries#excel-excel-chartseries-name-member)
   * takes no formula, so "'集計'!$B$5" assigned here is what the legend reads.
   */
  set name(v: string) {
    this.write('series.name', () => {
      if (v.length > 255) throw new RichApiError('InvalidArgument', 'a series name over 255 characters', 'ChartSeries.name');
      this.target()!.name = v;
    }, utf8(v));
  }
  private addressOf(r: FakeRange): string {
    const { s, a } = r.resolve();
    return `${quoteSheet(s.name)}!${areaAddress(a)}`;
  }
  setValues(source: FakeRange): void {
    this.context.requireSet('ExcelApi', '1.7', 'ChartSeries.setValues');
    this.write('series.setValues', () => (this.target()!.values = this.addressOf(source)));
  }
  setXAxisValues(source: FakeRange): void {
    this.context.requireSet('ExcelApi', '1.7', 'ChartSeries.setXAxisValues');
    this.write('series.setXAxisValues', () => (this.target()!.xValues = this.addressOf(source)));
  }
  delete(): void {
    this.write('series.delete', () => {
      const chart = this.sheet()!.charts.find((c) => c.series.includes(this.target()!))!;
      chart.series = chart.series.filter((x) => x !== this.target());
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Tables

/**
 * Excel.TableCollection and Excel.Table (ExcelApi 1.1; learn.microsoft.com/javascript/api/excel/
 * excel.tablecollection, excel.table), the members saiken uses:
 * - `add(address, hasHeaders)`: "If the table cannot be added (e.g., because the address is
 *   invalid, or the table would overlap with another table), an error will be thrown" — Excel
 *   throws InvalidArgument, "A table can't overlap another table" (OfficeDev/office-js#1199), and
 *   MergedRangeConflict over merged cells. A new table is named TableN, the first N no table uses.
 * - `Table.name`: unique in the whole workbook, whatever the sheet, without regard to case, and not
 *   the name of a defined name; letters, digits, "_" and "." only, starting with a letter, "_" or
 *   "\", and not like a cell reference ("Rename an Excel table", support.microsoft.com; the
 *   Excel.Table.name reference points to it, OfficeDev/office-js-docs-reference#555). Otherwise
 *   InvalidArgument, "The argument is invalid or missing or has an incorrect format"
 *   (OfficeDev/office-js#551, a second table of the same name, on the same or another sheet).
 * - `Table.style` ("TableStyleMedium2" …), `Table.delete()` (the cells stay, the table goes).
 * - A table has a header row and a data row at least. With hasHeaders false "Excel will automatically generate a
 *   header and shift the data down by one row" (excel.tablecollection#add): the cells from the range's first row down,
 *   in its columns, move down one row ("Cells below the specified range move down by one when the table is added";
 *   by design, "tables by definition require a header row, and hence the line needs to be moved": office-js#196), and
 *   the header reads Column1, Column2 … (the names are an assumption: Excel's English defaults; they follow Excel's
 *   language). A range of one row with hasHeaders true gets an empty data row below it the same way: cells under it
 *   are pushed down one row (office-js#1197, by design; #5151). Cells that would leave the sheet refuse it:
 *   NonBlankCellOffSheet (the add-ins' error table). Only cells move: merged areas, validation and formulas that refer
 *   to the cells moved are not modelled as moving.
 * - A string address without a sheet name uses "the currently-active sheet" (excel.tablecollection#add) on the
 *   workbook's collection (the first visible sheet where none was activated: an assumption); on a worksheet's
 *   collection the fake uses that worksheet (an assumption: the sentence is read as the workbook's).
 * Whether Range.clear removes a table is not documented: the fake leaves tables alone there. Not sourced: the default
 * style TableStyleMedium2, and that Table.delete keeps the cells.
 */
const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

function allTables(ctx: FakeRequestContext): { sheet: SheetState; table: TableState }[] {
  return ctx.excel.state.sheets.flatMap((sheet) => (sheet.tables ?? []).map((table) => ({ sheet, table })));
}

class FakeTableCollection extends FakeItemCollection<TableState, FakeTable> {
  protected readonly label = 'tables';
  /** `sheet` null: the workbook's collection (every sheet's tables). */
  constructor(
    ctx: FakeRequestContext,
    readonly sheet: (() => SheetState | undefined) | null,
  ) {
    super(ctx);
  }
  protected states(): TableState[] {
    return this.sheet ? (this.sheet()?.tables ?? []) : allTables(this.context).map((t) => t.table);
  }
  protected proxy(ref: TableState): FakeTable {
    return new FakeTable(this.context, () => allTables(this.context).find((t) => t.table === ref));
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.context, () => allTables(this.context).find((t) => t.table.name.toLowerCase() === name.toLowerCase() && (!this.sheet || t.sheet === this.sheet()))).made('TableCollection.getItem');
  }
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    let made: TableState | undefined;
    this.context.enqueue('TableCollection.add', () => {
      let s: SheetState | undefined;
      let a: Area;
      if (typeof address === 'string') {
        const parsed = parseAddress(address);
        const st = this.context.excel.state;
        const active = () => st.sheets.find((x) => x.name === this.context.excel.active?.sheet) ?? st.sheets.find((x) => x.visibility === 'Visible');
        s = parsed.sheet ? st.sheets.find((x) => x.name.toLowerCase() === parsed.sheet!.toLowerCase()) : this.sheet ? this.sheet() : active();
        a = parsed.area;
      } else ({ s, a } = address.resolve());
      if (!s) throw new RichApiError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.', 'TableCollection.add');
      assertWritable(s, 'TableCollection.add');
      if (allTables(this.context).some((t) => t.sheet === s && intersects(t.table.area, a))) throw new RichApiError('InvalidArgument', "A table can't overlap another table.", 'TableCollection.add');
      // MergedRangeConflict: "A table can't overlap with another table, a PivotTable report, query results, merged
      // cells, or an XML Map" (Office Add-ins docs, Error handling with the application-specific JavaScript APIs, error codes).
      if (s.merges.some((m) => intersects(m, a))) throw new RichApiError('MergedRangeConflict', "A table can't overlap with merged cells.", 'TableCollection.add');
      const used = new Set(allTables(this.context).map((t) => t.table.name.toLowerCase()));
      let n = 1;
      while (used.has(`table${n}`)) n++;
      if (!hasHeaders) {
        insertCellsDown(s, a.top, a.left, a.right, 'TableCollection.add');
        for (let c = a.left; c <= a.right; c++) store(s, key(a.top, c), { value: `Column${c - a.left + 1}` });
        a = { ...a, bottom: a.bottom + 1 };
      } else if (a.top === a.bottom) {
        insertCellsDown(s, a.top + 1, a.left, a.right, 'TableCollection.add');
        a = { ...a, bottom: a.bottom + 1 };
      }
      made = { name: `Table${n}`, area: a, hasHeaders: true, style: 'TableStyleMedium2' };
      (s.tables ??= []).push(made);
    }, utf8(typeof address === 'string' ? address : ''));
    return new FakeTable(this.context, () => allTables(this.context).find((t) => t.table === made)).made('TableCollection.add');
  }
}

/**
 * Cells from `row` down, in columns `left`..`right`, moved down one row, as inserting cells there does; refused where a
 * cell of the last row is not empty: "Microsoft Excel can't insert new cells because it would push non-empty cells off
 * the end of the worksheet" (NonBlankCellOffSheet, learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
function insertCellsDown(s: SheetState, row: number, left: number, right: number, what: string): void {
  const moved = [...s.cells].filter(([k]) => rowOf(k) >= row && colOf(k) >= left && colOf(k) <= right);
  if (moved.some(([k]) => rowOf(k) === MAX_ROWS - 1)) throw new RichApiError('NonBlankCellOffSheet', "Microsoft Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.", what);
  for (const [k] of moved) s.cells.delete(k);
  for (const [k, cell] of moved) s.cells.set(key(rowOf(k) + 1, colOf(k)), cell);
}

class FakeTable extends FakeClientObject implements Pick<Excel.Table, 'name' | 'style'> {
  constructor(
    ctx: FakeRequestContext,
    readonly found: () => { sheet: SheetState; table: TableState } | undefined,
  ) {
    super(ctx);
  }
  /** @internal */
  target(): TableState | undefined {
    return this.found()?.table;
  }
  protected override exists(): boolean {
    return this.found() !== undefined;
  }
  /** Table.getDataBodyRange (ExcelApi 1.1): the rows under the header row (a totals row is not modelled). */
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.context, () => this.found()?.sheet, () => {
      const t = this.target();
      return t ? { ...t.area, top: t.area.top + (t.hasHeaders ? 1 : 0) } : undefined;
    }).made('Table.getDataBodyRange');
  }
  protected readProperty(name: string): unknown {
    const t = this.target()!;
    if (name === 'name' || name === 'style') return t[name];
    throw new RichApiError('InvalidArgument', `Table.${name} is not modelled`);
  }
  /** @internal */
  absorb(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
  }
  get name(): string {
    return this.got('name');
  }
  set name(v: string) {
    this.write('Table.name', () => {
      const { sheet, table } = this.found()!;
      assertWritable(sheet, 'Table.name');
      const taken =
        allTables(this.context).some((t) => t.table !== table && t.table.name.toLowerCase() === v.toLowerCase()) ||
        this.context.excel.state.names.some((n) => n.name.toLowerCase() === v.toLowerCase());
      if (!TABLE_NAME.test(v) || /^[A-Za-z]{1,3}\d+$/.test(v) || /^[RrCc]$/.test(v) || taken) {
        throw new RichApiError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.', 'Table.name');
      }
      table.name = v;
    }, utf8(v));
  }
  get style(): string {
    return this.got('style');
  }
  set style(v: string) {
    this.write('Table.style', () => {
      assertWritable(this.found()!.sheet, 'Table.style');
      this.target()!.style = v;
    }, utf8(v));
  }
  delete(): void {
    this.write('Table.delete', () => {
      const { sheet, table } = this.found()!;
      assertWritable(sheet, 'Table.delete');
      sheet.tables = (sheet.tables ?? []).filter((t) => t !== table);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The host

export class FakeExcel {
  state: BookState;
  readonly syncs: SyncRecord[] = [];
  readonly runs: Excel.RunOptions[] = [];
  idCounter = 0;
  /** The active sheet and selection (Worksheet.activate, Range.select). */
  active: { sheet: string; cell: string } | null = null;
  readonly payloadLimit: number;
  private apiVersion: string;
  private sets: Record<string, string>;
  private cellEdit: { waiters: (() => void)[] } | null = null;
  private failures = new Map<number, RichApiError>();
  private hooks = new Map<number, () => void>();
  private calc: FakeOptions['calculate'];
  private libraryVersion: string | undefined;
  readonly namesStayVisible: boolean;
  readonly mac: boolean;
  readonly desktop: boolean;
  readonly overLimitReadsNull: boolean;
  readonly sizeFailsAsGeneral: boolean;
  readonly mergesClipped: boolean;
  readonly errorsUnlocated: boolean;
  /** The calls that cleared the user's undo stack, in order (UNDO_CLEARED_EVERYWHERE, UNDO_CLEARED_ON_DESKTOP). */
  readonly undoCleared: string[] = [];

  get normalFont(): NormalFont {
    return this.state.normalFont ?? NORMAL_FONTS.calibri11;
  }

  constructor(state: BookState, options: FakeOptions = {}) {
    this.state = state;
    this.apiVersion = options.apiVersion ?? '1.18';
    this.sets = { RibbonApi: '1.1', SharedRuntime: '1.1', DialogApi: '1.2', ...options.sets };
    this.payloadLimit = options.payloadLimit ?? 5 * 1024 * 1024;
    this.calc = options.calculate;
    this.libraryVersion = options.libraryVersion;
    this.namesStayVisible = !!options.namesStayVisible;
    this.mac = !!options.mac;
    this.desktop = this.mac || !!options.desktop;
    this.overLimitReadsNull = !!options.overLimitReadsNull;
    this.sizeFailsAsGeneral = !!options.sizeFailsAsGeneral;
    this.mergesClipped = !!options.mergesClipped;
    this.errorsUnlocated = !!options.errorsUnlocated;
  }

  /** Whether a call of `api` clears the user's undo stack here (UNDO_CLEARED_EVERYWHERE, UNDO_CLEARED_ON_DESKTOP). */
  clearsUndo(api: string): boolean {
    return UNDO_CLEARED_EVERYWHERE.has(api) || (this.desktop && UNDO_CLEARED_ON_DESKTOP.has(api));
  }

  /** @internal a write carried out: whether it cleared the user's undo stack (and every record in it). */
  called(api: string): void {
    if (!this.clearsUndo(api)) return;
    this.undoCleared.push(api);
    this.undoRecords.length = 0;
  }

  /**
   * The user's undo stack: the workbook as it was before each record. "When false, each context.sync() call creates an
   * undo record. When true, all context.sync() calls in a single Excel.run are merged into one undo group"
   * (Excel.RunOptions.mergeUndoGroup, ExcelApi 1.20). A sync that only reads changes nothing and records nothing.
   */
  readonly undoRecords: BookState[] = [];

  /** @internal a sync about to change the workbook: its undo record, unless its run's group has one. */
  record(ctx: FakeRequestContext): void {
    if (ctx.merged && ctx.recorded) return;
    this.undoRecords.push(cloned(this.state));
    ctx.recorded = true;
  }

  /** The user presses Ctrl+Z: the last record taken back. False when there is none. */
  undo(): boolean {
    const before = this.undoRecords.pop();
    if (!before) return false;
    this.state = before;
    return true;
  }

  /** @internal whether the loaded office.js defines the members of ExcelApi `version`. */
  libraryHas(version: string): boolean {
    return versionAtLeast(this.libraryVersion ?? this.apiVersion, version);
  }

  /** The `Excel` namespace of the loaded office.js, as far as feature detection looks at it. */
  get library(): { NoteCollection?: unknown; CommentCollection?: unknown } {
    return { CommentCollection: this.libraryHas('1.10') ? class CommentCollection {} : undefined, NoteCollection: this.libraryHas('1.18') ? class NoteCollection {} : undefined };
  }

  /** A snapshot's cells, merges and hidden flags, as Excel would hold them. */
  static fromWorkbook(wb: Workbook, options?: FakeOptions): FakeExcel {
    const sheets = wb.sheets.map((s) => {
      const st = emptySheet(s.name);
      st.visibility = s.hidden ? 'Hidden' : 'Visible';
      st.merges = s.merges.map((m) => ({ ...m }));
      s.rows.forEach((row, r) => {
        row?.forEach((cell, c) => {
          if (!cell) return;
          const fill: CellState = { value: cell.value };
          if (cell.formula !== undefined) fill.formula = `=${cell.formula}`;
          if (cell.numberFormat) fill.numberFormat = cell.numberFormat;
          store(st, key(r, c), fill);
        });
      });
      for (const area of s.arrays ?? []) addArray(st, area, false);
      if (s.hiddenRows) st.hiddenRows = new Set(s.hiddenRows);
      if (s.hiddenColumns) st.hiddenColumns = new Set(s.hiddenColumns);
      return st;
    });
    const names = Object.entries(wb.names ?? {}).map(([name, value]) => ({ name, formula: `="${value.replace(/"/g, '""')}"`, comment: '', visible: false }));
    return new FakeExcel({ sheets, names, annotations: [], protected: false }, options);
  }

  /** What a save, close and reopen keeps: everything but the add-in's in-memory state. */
  reopened(options?: FakeOptions): FakeExcel {
    return new FakeExcel(cloned(this.state), options ?? { apiVersion: this.apiVersion, sets: this.sets, payloadLimit: this.payloadLimit, calculate: this.calc, libraryVersion: this.libraryVersion, namesStayVisible: this.namesStayVisible, mac: this.mac, desktop: this.desktop, overLimitReadsNull: this.overLimitReadsNull, sizeFailsAsGeneral: this.sizeFailsAsGeneral, mergesClipped: this.mergesClipped, errorsUnlocated: this.errorsUnlocated });
  }

  /**
   * Makes `ref` (its anchor holding the formula) an array formula as Excel holds it (ArrayState):
   * a legacy array's formula in each of its cells, a dynamic array's in its anchor only.
   */
  addArray(sheet: string, ref: string, dynamic: boolean): void {
    addArray(this.sheet(sheet), parseAddress(ref).area, dynamic);
  }

  sheet(name: string): SheetState {
    const s = this.state.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  cell(sheet: string, ref: string): CellState | undefined {
    const { area } = parseAddress(ref);
    return this.sheet(sheet).cells.get(key(area.top, area.left));
  }

  setCell(sheet: string, ref: string, cell: Partial<CellState>): void {
    const { area } = parseAddress(ref);
    const s = this.sheet(sheet);
    const k = key(area.top, area.left);
    store(s, k, { value: null, ...s.cells.get(k), ...cell });
  }

  /** Every cell's fill, for comparing before and after. */
  fills(): Map<string, FillState> {
    const out = new Map<string, FillState>();
    for (const s of this.state.sheets) for (const [k, c] of s.cells) if (c.fill) out.set(`${s.name}!${a1(rowOf(k), colOf(k))}`, c.fill);
    return out;
  }

  /** The whole state as JSON, to prove that a failed command wrote nothing. */
  dump(): string {
    return JSON.stringify(this.state, (_k, v) => (v instanceof Map ? [...v.entries()] : v));
  }

  isSetSupported(name: string, version?: string): boolean {
    const have = name === 'ExcelApi' ? this.apiVersion : this.sets[name];
    return have !== undefined && versionAtLeast(have, version ?? '1.1');
  }

  /** @internal a read of a member of `set` fails its batch where the set is missing. */
  assertSet(set: string, version: string, member: string): void {
    if (!this.isSetSupported(set, version)) throw new RichApiError('ApiNotFound', `${member} needs ${set} ${version}`, member);
  }

  calculate(sheet: string, cell: string, formula: string): CellValue {
    return this.calc ? this.calc(sheet, cell, formula) : null;
  }

  get calculation(): CalculationState {
    return this.state.calculation ?? { mode: 'Automatic', pending: false };
  }

  /** Application.calculate calls, in order. */
  readonly calculations: number[] = [];

  /** @internal Application.calculate: every formula's value from `options.calculate` where given, nothing pending. */
  recalculate(): void {
    this.calculations.push(this.syncs.length);
    if (this.calc) {
      for (const s of this.state.sheets) for (const [k, c] of s.cells) if (c.formula !== undefined) c.value = this.calc(s.name, a1(rowOf(k), colOf(k)), c.formula);
    }
    if (this.state.calculation && !this.state.calculation.stuck) this.state.calculation.pending = false;
  }

  /** The user starts editing a cell: batches fail (or wait, with delayForCellEdit) until they leave it. */
  enterCellEditMode(): void {
    this.cellEdit ??= { waiters: [] };
  }

  exitCellEditMode(): void {
    const waiters = this.cellEdit?.waiters ?? [];
    this.cellEdit = null;
    for (const w of waiters) w();
  }

  get inCellEditMode(): boolean {
    return this.cellEdit !== null;
  }

  /**
   * The user selects several sheets at once (a group: 作業グループ, right-click › すべてのシートを選択): while they stay
   * grouped, "any officejs API" call fails "with strange error … sometimes General Error" (OfficeDev/office-js#2266, a
   * product bug): every sync fails with GeneralException before anything runs.
   */
  groupSheets(names: string[] | null): void {
    this.grouped = names && names.length > 1 ? [...names] : null;
  }
  private grouped: string[] | null = null;

  /** The next sync fails with this error before anything runs (e.g. a lost connection). */
  failNextSync(code: string, message = code): void {
    this.failures.set(this.syncs.length + 1, new RichApiError(code, message));
  }

  /** Sync number `n` (counted from the fake's creation, 1-based) fails before anything runs. */
  failSync(n: number, code: string, message = code): void {
    this.failures.set(n, new RichApiError(code, message));
  }

  /** Runs `fn` (the user doing something) right after sync number `n` completes. */
  afterSync(n: number, fn: () => void): void {
    this.hooks.set(n, fn);
  }

  /** @internal */
  synced(): void {
    const hook = this.hooks.get(this.syncs.length);
    if (hook) {
      this.hooks.delete(this.syncs.length);
      hook();
    }
  }

  /** @internal */
  async beforeSync(options: { delayForCellEdit?: boolean }): Promise<void> {
    const injected = this.failures.get(this.syncs.length);
    if (injected) {
      this.failures.delete(this.syncs.length);
      throw injected;
    }
    if (this.grouped) throw new RichApiError('GeneralException', 'There was an internal error while processing the request.');
    if (this.cellEdit) {
      if (!options.delayForCellEdit) {
        throw new RichApiError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.');
      }
      await new Promise<void>((resolve) => this.cellEdit!.waiters.push(resolve));
    }
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** `Excel.run` with its options: a fresh context, and a last sync of whatever is still queued. */
  run = async <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs.push(options);
    const ctx = new FakeRequestContext(this, options);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    await ctx.sync();
    return result;
  };

  /** The `Office.context.requirements` of this host. */
  get requirements(): { isSetSupported(name: string, minVersion?: string): boolean } {
    return { isSetSupported: (name, v) => this.isSetSupported(name, v) };
  }
}

/** A deep copy of the book's state (plain data, arrays and Maps): the pane's tests run where there is no structuredClone. */
function cloned<T>(v: T): T {
  if (v instanceof Map) return new Map([...(v as Map<unknown, unknown>)].map(([k, x]) => [k, cloned(x)])) as T;
  if (Array.isArray(v)) return v.map(cloned) as T;
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cloned(x)])) as T;
  return v;
}

function addArray(s: SheetState, area: Area, dynamic: boolean): void {
  const formula = s.cells.get(key(area.top, area.left))?.formula;
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      if (r === area.top && c === area.left) continue;
      const k = key(r, c);
      const cell: CellState = { value: null, ...s.cells.get(k) };
      if (dynamic || !formula) delete cell.formula;
      else cell.formula = formula;
      store(s, k, cell);
    }
  }
  (s.arrays ??= []).push({ area: { ...area }, dynamic });
}

export { colLetter };
