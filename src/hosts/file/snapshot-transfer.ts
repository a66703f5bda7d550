/**
 * A workbook snapshot as it crosses from the reader's worker to the page: its cells packed into a
 * few typed arrays (handed over, not copied) and string lists, instead of an object a cell. The
 * browser's structured clone copies and rebuilds a 400k-cell snapshot an object, a key and a value
 * at a time (about 100 ms in the worker and 200 ms on the page's thread); packed and rebuilt, it
 * takes a third of that or less (docs/performance.md, "The workbench"). Unpacking gives back the very snapshot that was packed: the same rows (holes
 * where the sheet has none), the same cells with the same keys, merges, arrays, hidden sheets and names
 * (a cell set to undefined, which the reader never makes, comes back as a hole). A sheet the file
 * reader holds in a cell store (src/core/cells.ts) is packed from the store, its rows never made.
 */
import type { Area, Cell, CellValue, Sheet, Workbook } from '../../core/workbook';
import { CellStore } from '../../core/cells';

/** The kind of a cell's value (low 3 bits), and whether it has a formula or a number format. */
const NULL = 0;
const NUMBER = 1;
const TEXT = 2;
const TRUE = 3;
const FALSE = 4;
const ERROR = 5;
const KIND = 7;
const HAS_FORMULA = 8;
const HAS_FORMAT = 16;

export interface PackedSheet {
  name: string;
  hidden?: boolean;
  merges: Area[];
  arrays?: Area[];
  hiddenRows?: number[];
  hiddenColumns?: number[];
  /** Each row's length, or -1 where the sheet has no row (a hole in `rows`). */
  rowLengths: Int32Array;
  /** How many cells each row has (the others are holes). */
  rowCells: Int32Array;
  /** Each cell present, row by row: its column, its kind and flags, its number. */
  cols: Int32Array;
  kinds: Uint8Array;
  numbers: Float64Array;
  /** Texts and error texts, formulas, and the index of each format in `formats`, in the order of the cells that have them. */
  texts: string[];
  formulas: string[];
  formatIndex: Int32Array;
  formats: string[];
}

export interface PackedWorkbook {
  sheets: PackedSheet[];
  names?: Record<string, string>;
  otherSheets?: readonly string[];
  saved?: number;
}

type Visit = (r: number, c: number, value: CellValue, formula: string | undefined, numberFormat: string | undefined) => void;

/** The reader's store of the sheet's cells, if it has one (its rows not made). */
const storeOf = (sheet: Sheet) => (sheet.cells instanceof CellStore ? sheet.cells : undefined);

/** Each cell of the sheet, row by row in column order: from its store where it has one, its rows never made. */
function eachCell(sheet: Sheet, visit: Visit): void {
  const store = storeOf(sheet);
  if (store) return store.forEach(visit);
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell) visit(r, c, cell.value, cell.formula, cell.numberFormat);
    }),
  );
}

/** Each row's length, -1 where the sheet has no row (a store has every row up to its last). */
function rowLengthsOf(sheet: Sheet): Int32Array<ArrayBuffer> {
  const store = storeOf(sheet);
  const lengths = new Int32Array(store ? store.rowCount : sheet.rows.length);
  for (let r = 0; r < lengths.length; r++) lengths[r] = store ? store.rowLength(r) : (sheet.rows[r]?.length ?? -1);
  return lengths;
}

/** The snapshot packed, and the buffers to hand over with it (postMessage's transfer list). */
export function packWorkbook(wb: Workbook): { packed: PackedWorkbook; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const sheets = wb.sheets.map((sheet) => {
    let cells = 0;
    let formatted = 0;
    eachCell(sheet, (_r, _c, _v, _f, numberFormat) => {
      cells++;
      if (numberFormat !== undefined) formatted++;
    });
    const rowLengths = rowLengthsOf(sheet);
    const rowCells = new Int32Array(rowLengths.length);
    const cols = new Int32Array(cells);
    const kinds = new Uint8Array(cells);
    const numbers = new Float64Array(cells);
    const formatIndex = new Int32Array(formatted);
    const texts: string[] = [];
    const formulas: string[] = [];
    const formats: string[] = [];
    const formatAt = new Map<string, number>();
    let n = 0;
    let f = 0;
    eachCell(sheet, (r, c, v, formula, numberFormat) => {
      let kind: number;
      if (v === null) kind = NULL;
      else if (typeof v === 'number') (kind = NUMBER), (numbers[n] = v);
      else if (typeof v === 'string') (kind = TEXT), texts.push(v);
      else if (typeof v === 'boolean') kind = v ? TRUE : FALSE;
      else (kind = ERROR), texts.push(v.error);
      if (formula !== undefined) (kind |= HAS_FORMULA), formulas.push(formula);
      if (numberFormat !== undefined) {
        kind |= HAS_FORMAT;
        let i = formatAt.get(numberFormat);
        if (i === undefined) formatAt.set(numberFormat, (i = formats.push(numberFormat) - 1));
        formatIndex[f++] = i;
      }
      cols[n] = c;
      kinds[n++] = kind;
      rowCells[r]++;
    });
    transfer.push(rowLengths.buffer, rowCells.buffer, cols.buffer, kinds.buffer, numbers.buffer, formatIndex.buffer);
    const packed: PackedSheet = { name: sheet.name, merges: sheet.merges, rowLengths, rowCells, cols, kinds, numbers, texts, formulas, formatIndex, formats };
    if (sheet.arrays !== undefined) packed.arrays = sheet.arrays;
    if (sheet.hidden !== undefined) packed.hidden = sheet.hidden;
    if (sheet.hiddenRows !== undefined) packed.hiddenRows = sheet.hiddenRows;
    if (sheet.hiddenColumns !== undefined) packed.hiddenColumns = sheet.hiddenColumns;
    return packed;
  });
  const packed: PackedWorkbook = { sheets };
  if (wb.names !== undefined) packed.names = wb.names;
  if (wb.otherSheets !== undefined) packed.otherSheets = wb.otherSheets;
  if (wb.saved !== undefined) packed.saved = wb.saved;
  return { packed, transfer };
}

export function unpackWorkbook(p: PackedWorkbook): Workbook {
  const sheets = p.sheets.map((s) => {
    const rows: (Cell | undefined)[][] = new Array(s.rowLengths.length);
    let n = 0;
    let t = 0;
    let fo = 0;
    let fm = 0;
    for (let r = 0; r < s.rowLengths.length; r++) {
      const length = s.rowLengths[r];
      if (length < 0) continue;
      const row: (Cell | undefined)[] = new Array(length);
      rows[r] = row;
      for (const end = n + s.rowCells[r]; n < end; ) {
        const kind = s.kinds[n];
        let value: CellValue;
        switch (kind & KIND) {
          case NUMBER:
            value = s.numbers[n];
            break;
          case TEXT:
            value = s.texts[t++];
            break;
          case TRUE:
            value = true;
            break;
          case FALSE:
            value = false;
            break;
          case ERROR:
            value = { error: s.texts[t++] };
            break;
          default:
            value = null;
        }
        const formula = kind & HAS_FORMULA ? s.formulas[fo++] : undefined;
        const format = kind & HAS_FORMAT ? s.formats[s.formatIndex[fm++]] : undefined;
        // The reader's own shapes, keys in its order.
        row[s.cols[n++]] =
          formula === undefined
            ? format === undefined
              ? { value }
              : { value, numberFormat: format }
            : format === undefined
              ? { value, formula }
              : { value, formula, numberFormat: format };
      }
    }
    const sheet: Workbook['sheets'][number] = { name: s.name, rows, merges: s.merges };
    if (s.arrays !== undefined) sheet.arrays = s.arrays;
    if (s.hidden !== undefined) sheet.hidden = s.hidden;
    if (s.hiddenRows !== undefined) sheet.hiddenRows = s.hiddenRows;
    if (s.hiddenColumns !== undefined) sheet.hiddenColumns = s.hiddenColumns;
    return sheet;
  });
  const wb: Workbook = { sheets };
  if (p.names !== undefined) wb.names = p.names;
  if (p.otherSheets !== undefined) wb.otherSheets = p.otherSheets;
  if (p.saved !== undefined) wb.saved = p.saved;
  return wb;
}
