/**
 * One worksheet part into a snapshot sheet, in one pass over its XML: the cells of `<sheetData>`
 * (in any order, with or without their optional `r`), the areas of array formulas
 * (`<f t="array" ref="Q5:Q9">` on the anchor cell: a legacy Ctrl+Shift+Enter array, or a dynamic
 * array's spill range, which Excel saves the same way), and `<mergeCell>`s. The dimension, data
 * validations, conditional formats and everything else are not read, so their size costs nothing.
 *
 * The values are those the snapshot always had: a formula cell holds its cached result, a number
 * under a date format becomes its ISO date (yyyy-mm-dd), a merged area keeps its top-left cell only.
 */
import type { Area, CellValue, Sheet } from '../../../core/workbook';
import { parseArea } from '../../../core/workbook';
import { CellStore, storedSheet } from '../../../core/cells';
import { serialToIso } from '../../../core/dates';
import { scanPart } from './part';
import { attribute, decodeText, detach, endTag, leftOpen, unescapeXstring, XmlScanError, type XmlHandler } from './scanner';
import { CellType, matchCells, plainIndex, plainNumber, type CellSink } from './sheet-cells';
import { RunText } from './shared-strings';
import { slideFormula } from './shared-formula';
import type { CellStyles } from './styles';
import type { ZipReader } from './zip';
import { DetailedError } from '../errors';
import { atCellDetail, cellDetail, xmlDetail, type ReadDetail } from '../../../i18n/read-details';

export interface SheetContext {
  styles: CellStyles;
  strings: (string | null)[];
  date1904: boolean;
}

/** A problem in one cell, named by sheet and cell for the message. */
export class CellReadError extends DetailedError {}

/**
 * An ISO 8601 date cell's value (`t="d"`, ECMA-376 part 1 §18.17.4; xsd:dateTime): a date, or a
 * date and a time to the minute, second or a fraction of it, in UTC unless an offset is given.
 */
const ISO_DATE = /^(\d{4}-\d\d-\d\d)(?:T(\d\d:\d\d(?::\d\d(?:\.\d+)?)?)([zZ]|[+-]\d\d:\d\d)?)?$/;

/**
 * An ISO date cell's value as a serial number of the workbook's date system; NaN when it is not a
 * date of the calendar. Date.parse alone read other forms its own way: 2024-02-30 as March 1st,
 * 2024-4-1 at midnight of the machine's time zone (a fraction of a day off in Japan).
 */
function isoToSerial(s: string, date1904: boolean): number {
  const m = ISO_DATE.exec(s);
  if (!m) return NaN;
  const [, date, time = '00:00', zone = 'Z'] = m;
  const day = Date.parse(`${date}T00:00Z`);
  // A day the month does not have (Date.parse moves it on into the next month).
  if (Number.isNaN(day) || new Date(day).toISOString().slice(0, 10) !== date) return NaN;
  return Date.parse(`${date}T${time}${zone}`) / 86400000 + 25569 - (date1904 ? 1462 : 0);
}

/**
 * A number cell's value as ECMA-376 types it (xsd:double, part 1 §18.3.1.96), whitespace around it
 * allowed; INF and NaN left out (no cell holds them). parseFloat alone reads any prefix: "1,090" as
 * 1, "0x5C" as 0; Excel refuses such a file as damaged, and so does the reader.
 */
const XSD_NUMBER = /^[ \t\n\r]*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[ \t\n\r]*$/;

/** A cell's value as a message shows it: its first 40 characters. */
const shown = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

function parseBool(v: string): boolean {
  const t = v.trim();
  if (t === 'true') return true;
  if (t === 'false') return false;
  return parseInt(t, 10) !== 0;
}

/** A cell reference taken apart: 0-based row (-1 when it has no digits) and column. */
interface Ref {
  row: number;
  col: number;
}

/** "AB12" → row 11, col 27 into `at` (row -1 without digits); false when it is not an address. */
function parseRef(ref: string, at: Ref): boolean {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === 0 || i > 3) return false;
  let row = 0;
  const digits = i;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    row = row * 10 + (c - 48);
  }
  at.row = i === digits ? -1 : row - 1;
  at.col = col - 1;
  return true;
}

/** The `t` a fast-path cell had, as the generic reading holds it. */
const TYPE_NAMES: Record<CellType, string> = { [CellType.None]: '', [CellType.S]: 's', [CellType.N]: 'n', [CellType.Str]: 'str' };

export interface ReadSheetOptions {
  /** false: every element through the generic scanner (the reading the fast path is held to in tests). */
  fast?: boolean;
}

const enum Capture {
  None,
  V,
  F,
  Inline,
}

export function readSheet(zip: ZipReader, part: string, name: string, ctx: SheetContext, options: ReadSheetOptions = {}): Sheet {
  const merges: Area[] = [];
  const arrays: Area[] = [];
  // Rows and columns Excel does not show (<row hidden="1">, <col min max hidden="1">: ECMA-376 part 1 §18.3.1.73, §18.3.1.13).
  const hiddenRows: number[] = [];
  const hiddenColumns: number[] = [];
  const masters = new Map<string, { formula: string | undefined; row: number; col: number }>();
  const { format, isDate } = ctx.styles;
  // A cell's number format is kept as its style's index into `format`.
  // Room for a cell per 32 bytes of the part (a figure's `<c r="D12" s="5"><v>12345</v></c>` is 33):
  // one allocation for most sheets, one doubling where cells are shorter.
  const cells = new CellStore(format, Math.floor((zip.entry(part)?.size ?? 0) / 32));
  const { strings, date1904 } = ctx;

  let inData = false;
  let row = -1;
  let rowFromAttr = true;
  let col = -1;
  let style = 0;
  let type = '';
  let fText: string | undefined;
  let fType = '';
  let fSi: string | undefined;
  let fRef: string | undefined;
  let vText: string | undefined;
  // A fast-path cell's <v> text, left in its piece of the part until something asks for vText.
  let vPiece: string | null = null;
  let vFrom = 0;
  let vTo = 0;
  let capture = Capture.None;
  let inIs = false;
  const inline = new RunText();
  const at: Ref = { row: 0, col: 0 };

  /** The cell at (row, col) under `style`; a text already a copy of its own (a shared string). */
  const place = (value: CellValue, formula?: string) => {
    // A cell given twice: which <c> holds the figure cannot be told (Excel refuses the file).
    if (!cells.put(row, col, value, formula, style)) throw new CellReadError(cellDetail.cellTwice(where()));
  };

  /**
   * A cell whose strings are copied off the scanned piece of the part (see `detach`): kept, a
   * slice would keep the whole piece.
   */
  const placeCopied = (value: CellValue, formula: string | undefined) =>
    place(typeof value === 'string' ? detach(value) : value, formula === undefined ? undefined : detach(formula));

  /**
   * The elements open, by local name: a part that is not well-formed (an end tag lost or mistyped)
   * is refused, never read on as though the tag were there. The fast path's cells are whole
   * elements; its rows are pushed and popped here like the generic ones.
   */
  const stack: string[] = [];
  /** Where the generic `<c>` open now stands in `stack` (-1: none), and its cell. */
  let cellDepth = -1;
  let cellRow = 0;
  let cellCol = 0;
  const illFormed = (detail: ReadDetail) =>
    new XmlScanError(cellDepth >= 0 && cellDepth < stack.length ? atCellDetail(`${colName(cellCol)}${cellRow + 1}`, detail) : detail);
  const closed = (el: string) => {
    const wrong = endTag(stack, el);
    if (wrong) throw illFormed(wrong);
  };

  const vTextNow = () => {
    if (vPiece !== null) {
      vText = decodeText(vPiece.slice(vFrom, vTo));
      vPiece = null;
    }
    return vText;
  };

  const openRow = (n: number) => {
    rowFromAttr = n >= 1;
    row = rowFromAttr ? n - 1 : row + 1;
    // A row given twice (Excel refuses the file): the cells of one would be lost.
    if (cells.rowCells(row) > 0) throw new CellReadError(cellDetail.rowTwice(name, row + 1));
    col = -1;
  };

  /** A cell's place from its `r` (refCol -1: none, or not an address), else the next column. */
  const locate = (refRow: number, refCol: number) => {
    if (refCol >= 0) {
      if (!rowFromAttr && refRow >= 0) {
        row = refRow;
        rowFromAttr = true;
      }
      col = refCol;
    } else col++;
    if (row < 0) row = 0;
  };

  /** A number, or an ISO date cell (`t="d"`), shown as a date under a date format. */
  const number = (text: string, dateStyle: boolean): CellValue => {
    let n: number;
    if (type === 'd') {
      n = isoToSerial(text.trim(), ctx.date1904);
      if (Number.isNaN(n)) throw new CellReadError(cellDetail.notADate(where(), shown(text)));
    } else {
      n = parseFloat(text);
      if (!XSD_NUMBER.test(text) || n === Infinity || n === -Infinity) throw new CellReadError(cellDetail.notANumber(where(), shown(text)));
    }
    return dateStyle ? serialToIso(n, ctx.date1904) ?? n : n;
  };

  const where = () => `${name}!${colName(col)}${row + 1}`;

  /** An array formula's `ref` (one that is not a range is left out, as a merge's is). */
  const addArray = (ref: string) => {
    try {
      arrays.push(parseArea(ref));
    } catch {
      // not a range
    }
  };

  const finishCell = () => {
    vTextNow();
    const dateStyle = isDate[style] ?? false;
    const isFormula = (fText !== undefined && fText !== '') || fType !== '';
    let formula: string | undefined;
    let value: CellValue | undefined;
    if (isFormula) {
      if (fType === 'array' && fRef) addArray(fRef);
      if (fType === 'shared' && fSi !== undefined) {
        if (fRef) masters.set(fSi, { formula: fText, row, col });
        else if (!fText) {
          const m = masters.get(fSi);
          if (m && m.formula) formula = slideFormula(m.formula, row - m.row, col - m.col);
        }
      }
      formula ??= fText || undefined;
      if (vText) {
        // A formula's text result, escaped as any ST_Xstring is (`_x000D_`).
        if (type === 'str') value = unescapeXstring(vText);
        else if (type === 'b') value = parseBool(vText);
        else if (type === 'e') value = { error: vText };
        else if (type === 'inlineStr') value = vText;
        else value = number(vText, dateStyle);
      } else if (inline.seen) value = inline.take();
    } else if (inline.seen) {
      const s = inline.take();
      if (s !== '') value = s;
    } else if (vText !== undefined) {
      switch (type) {
        case 's': {
          const k = parseInt(vText, 10);
          if (!(k >= 0 && k < ctx.strings.length)) throw new CellReadError(cellDetail.sharedStringMissing(where(), vText.trim()));
          const s = ctx.strings[k];
          // The table's text is a copy of its own already (see detach).
          if (s !== null) place(s);
          return;
        }
        case 'str':
          value = unescapeXstring(vText);
          break;
        case 'inlineStr':
          value = vText;
          break;
        case 'b':
          value = parseBool(vText);
          break;
        case 'e':
          value = { error: vText };
          break;
        default:
          value = number(vText, dateStyle);
      }
    }
    if (value === undefined && formula === undefined) return;
    placeCopied(value ?? null, formula);
  };

  const handler: XmlHandler = {
    wantText: false,
    // Set while in sheetData between elements (in the literal: the handler keeps one shape).
    fast: null,
    open(el, attrs) {
      stack.push(el);
      if (!inData) {
        if (el === 'sheetData') {
          inData = true;
          this.fast = capture === Capture.None ? fast : null;
        } else if (el === 'col') {
          if (isTrue(attribute(attrs, 'hidden'))) {
            const min = parseInt(attribute(attrs, 'min') ?? '', 10);
            const max = parseInt(attribute(attrs, 'max') ?? '', 10);
            // A hidden run to the sheet's last column (max 16384) counts up to the columns that hold cells only.
            if (min >= 1 && max >= min) for (let c = min - 1; c < Math.min(max, min + MAX_HIDDEN_RUN); c++) hiddenColumns.push(c);
          }
        } else if (el === 'mergeCell') {
          const ref = attribute(attrs, 'ref');
          if (ref) {
            try {
              merges.push(parseArea(ref));
            } catch {
              // not a range: Excel ignores it too
            }
          }
        }
        return;
      }
      switch (el) {
        case 'row': {
          const r = attribute(attrs, 'r');
          openRow(r === undefined ? NaN : parseInt(r, 10));
          if (isTrue(attribute(attrs, 'hidden')) && row >= 0) hiddenRows.push(row);
          return;
        }
        case 'c': {
          const r = attribute(attrs, 'r');
          if (r !== undefined && parseRef(r, at)) locate(at.row, at.col);
          else locate(-1, -1);
          // (A <c> inside one left open: the message names the one left open.)
          if (cellDepth < 0) {
            cellDepth = stack.length - 1;
            cellRow = row;
            cellCol = col;
          }
          const s = attribute(attrs, 's');
          style = s === undefined ? 0 : parseInt(s, 10) || 0;
          type = attribute(attrs, 't') ?? '';
          fText = undefined;
          fType = '';
          fSi = fRef = undefined;
          vText = undefined;
          vPiece = null;
          inIs = false;
          inline.reset();
          return;
        }
        case 'v':
          capture = Capture.V;
          break;
        case 'f':
          fType = attribute(attrs, 't') ?? '';
          fSi = attribute(attrs, 'si');
          fRef = attribute(attrs, 'ref');
          capture = Capture.F;
          break;
        case 'is':
          inIs = true;
          break;
        default:
          if (inIs && inline.open(el)) capture = inline.wantText ? Capture.Inline : Capture.None;
      }
      this.wantText = capture !== Capture.None;
      this.fast = inData && capture === Capture.None ? fast : null;
    },
    close(el) {
      closed(el);
      switch (el) {
        case 'sheetData':
          inData = false;
          break;
        case 'c':
          if (stack.length <= cellDepth) cellDepth = -1;
          if (inData) finishCell();
          break;
        case 'v':
        case 'f':
          capture = Capture.None;
          break;
        case 'is':
          inIs = false;
          break;
        default:
          if (inIs) {
            inline.close(el);
            capture = inline.wantText ? Capture.Inline : Capture.None;
          }
      }
      this.wantText = capture !== Capture.None;
      this.fast = inData && capture === Capture.None ? fast : null;
    },
    text(s) {
      if (capture === Capture.V) vText = vTextNow() === undefined ? s : vText + s;
      else if (capture === Capture.F) fText = fText === undefined ? s : fText + s;
      else if (capture === Capture.Inline) inline.parts.push(s);
    },
  };
  /**
   * A fast-path cell leaves the state the generic reading of its tags leaves (a stray `</c>` or
   * `<v>` after it reads as before); a plain number or shared string goes into its cell at once.
   */
  const sink: CellSink = {
    row(n, empty, hidden) {
      openRow(n);
      if (hidden) hiddenRows.push(row);
      if (!empty) stack.push('row');
    },
    endRow() {
      closed('row');
    },
    cell(buf, r, c, s, t, f0, f1, shared, v0, v1) {
      locate(r, c);
      style = s;
      type = TYPE_NAMES[t];
      fRef = undefined;
      if (shared) {
        fText = undefined;
        fType = 'shared';
        fSi = buf.slice(f0, f1);
      } else {
        fText = f1 > f0 ? decodeText(buf.slice(f0, f1)) : undefined;
        fType = '';
        fSi = undefined;
      }
      vText = undefined;
      vPiece = null;
      inIs = false;
      inline.reset();
      if (v1 > v0 && !shared) {
        if (fText !== undefined) {
          // A formula with a plain number cached; other cached types go through finishCell.
          if (t === CellType.None || t === CellType.N) {
            const n = plainNumber(buf, v0, v1);
            if (n === n) {
              vPiece = buf;
              vFrom = v0;
              vTo = v1;
              placeCopied(isDate[s] ? serialToIso(n, date1904) ?? n : n, fText);
              return;
            }
          }
        } else if (t === CellType.S) {
          const k = plainIndex(buf, v0, v1);
          if (k >= 0 && k < strings.length) {
            vPiece = buf;
            vFrom = v0;
            vTo = v1;
            const text = strings[k];
            if (text !== null) place(text);
            return;
          }
        } else if (t !== CellType.Str) {
          const n = plainNumber(buf, v0, v1);
          if (n === n) {
            vPiece = buf;
            vFrom = v0;
            vTo = v1;
            place(isDate[s] ? serialToIso(n, date1904) ?? n : n);
            return;
          }
        }
      }
      if (v1 > v0) vText = decodeText(buf.slice(v0, v1));
      finishCell();
    },
  };
  const fast = options.fast === false ? null : (buf: string, at: number) => matchCells(buf, at, sink);

  scanPart(zip, part, handler);
  const open = leftOpen(stack);
  if (open) throw new XmlScanError(xmlDetail.inPart(part, illFormed(open).detail));
  dropMergedCells(cells, merges);
  const held = hiddenColumns.length ? colsHeld(cells) : 0;
  const columns = [...new Set(hiddenColumns)].sort((a, b) => a - b).filter((c) => c < held);
  return storedSheet(name, cells, merges, arrays, [...new Set(hiddenRows)].sort((a, b) => a - b), columns);
}

/** The most columns a row of the sheet holds. */
function colsHeld(cells: CellStore): number {
  let n = 0;
  for (let r = 0; r < cells.rowCount; r++) n = Math.max(n, cells.rowLength(r));
  return n;
}

/** An XML boolean attribute set (xsd:boolean: "1" or "true"). */
const isTrue = (v: string | undefined) => v === '1' || v === 'true';

/** Columns of one hidden <col> run counted at most (a run to XFD is 16,384). */
const MAX_HIDDEN_RUN = 16384;

function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Only a merged area's top-left cell holds its value; the others read as empty. */
function dropMergedCells(cells: CellStore, merges: Area[]): void {
  for (const m of merges) {
    const last = Math.min(m.bottom, cells.rowCount - 1);
    for (let r = m.top; r <= last; r++) {
      const right = Math.min(m.right, cells.rowLength(r) - 1);
      for (let c = r === m.top ? m.left + 1 : m.left; c <= right; c++) cells.remove(r, c);
    }
  }
}
