/**
 * One worksheet part into a snapshot sheet, in one pass over its XML: the cells of `<sheetData>`
 * (in any order, with or without their optional `r`), and `<mergeCell>`s. The dimension, data
 * validations, conditional formats and everything else are not read, so their size costs nothing.
 *
 * The values are those the snapshot always had: a formula cell holds its cached result, a number
 * under a date format becomes its ISO date (yyyy-mm-dd), a merged area keeps its top-left cell only.
 */
import type { Area, Cell, CellValue, Sheet } from '../../../core/workbook';
import { parseArea } from '../../../core/workbook';
import { serialToIso } from '../../../core/dates';
import { scanPart } from './part';
import { attribute, detach, type XmlHandler } from './scanner';
import { RunText } from './shared-strings';
import { slideFormula } from './shared-formula';
import type { CellStyles } from './styles';
import type { ZipReader } from './zip';

export interface SheetContext {
  styles: CellStyles;
  strings: (string | null)[];
  date1904: boolean;
}

/** A problem in one cell, named by sheet and cell for the message. */
export class CellReadError extends Error {}

/** An ISO 8601 date cell (`t="d"`) as a serial number of the workbook's date system. */
function isoToSerial(s: string, date1904: boolean): number {
  const text = /[zZ]|[+-]\d\d:?\d\d$/.test(s) || !s.includes('T') ? s : `${s}Z`;
  const ms = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text);
  return ms / 86400000 + 25569 - (date1904 ? 1462 : 0);
}

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

const enum Capture {
  None,
  V,
  F,
  Inline,
}

export function readSheet(zip: ZipReader, part: string, name: string, ctx: SheetContext): Omit<Sheet, 'hidden'> {
  const rows: (Cell | undefined)[][] = [];
  const merges: Area[] = [];
  const masters = new Map<string, { formula: string | undefined; row: number; col: number }>();
  const { format, isDate } = ctx.styles;

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
  let capture = Capture.None;
  let inIs = false;
  const inline = new RunText();
  const at: Ref = { row: 0, col: 0 };

  const place = (c: Cell) => {
    (rows[row] ??= [])[col] = c;
  };

  /** A number, or an ISO date cell (`t="d"`), shown as a date under a date format. */
  const number = (text: string, dateStyle: boolean): CellValue => {
    const n = type === 'd' ? isoToSerial(text.trim(), ctx.date1904) : parseFloat(text);
    return dateStyle ? serialToIso(n, ctx.date1904) ?? n : n;
  };

  const where = () => `${name}!${colName(col)}${row + 1}`;

  const finishCell = () => {
    const fmt = format[style];
    const dateStyle = isDate[style] ?? false;
    const isFormula = (fText !== undefined && fText !== '') || fType !== '';
    let formula: string | undefined;
    let value: CellValue | undefined;
    if (isFormula) {
      if (fType === 'shared' && fSi !== undefined) {
        if (fRef) masters.set(fSi, { formula: fText, row, col });
        else if (!fText) {
          const m = masters.get(fSi);
          if (m && m.formula) formula = slideFormula(m.formula, row - m.row, col - m.col);
        }
      }
      formula ??= fText || undefined;
      if (vText) {
        if (type === 'str') value = vText;
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
          if (!(k >= 0 && k < ctx.strings.length)) throw new CellReadError(`${where()}: shared string ${vText.trim()} is missing`);
          const s = ctx.strings[k];
          if (s !== null) value = s;
          break;
        }
        case 'str':
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
    place(makeCell(value ?? null, formula, fmt));
  };

  const handler: XmlHandler = {
    wantText: false,
    open(el, attrs) {
      if (!inData) {
        if (el === 'sheetData') inData = true;
        else if (el === 'mergeCell') {
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
          const n = r === undefined ? NaN : parseInt(r, 10);
          rowFromAttr = n >= 1;
          row = rowFromAttr ? n - 1 : row + 1;
          // A row given twice: the later one stands (as it did before).
          if (rowFromAttr && rows[row]) rows[row] = [];
          col = -1;
          return;
        }
        case 'c': {
          const r = attribute(attrs, 'r');
          if (r !== undefined && parseRef(r, at)) {
            if (!rowFromAttr && at.row >= 0) {
              row = at.row;
              rowFromAttr = true;
            }
            col = at.col;
          } else col++;
          if (row < 0) row = 0;
          const s = attribute(attrs, 's');
          style = s === undefined ? 0 : parseInt(s, 10) || 0;
          type = attribute(attrs, 't') ?? '';
          fText = undefined;
          fType = '';
          fSi = fRef = undefined;
          vText = undefined;
          inIs = false;
          inline.take();
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
    },
    close(el) {
      switch (el) {
        case 'sheetData':
          inData = false;
          break;
        case 'row': {
          // A row grown cell by cell has room for twice its cells; the copy has room for its own.
          const line = inData ? rows[row] : undefined;
          if (line) rows[row] = line.slice();
          break;
        }
        case 'c':
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
    },
    text(s) {
      if (capture === Capture.V) vText = vText === undefined ? s : vText + s;
      else if (capture === Capture.F) fText = fText === undefined ? s : fText + s;
      else if (capture === Capture.Inline) inline.parts.push(s);
    },
  };
  scanPart(zip, part, handler);
  dropMergedCells(rows, merges);
  for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
  return { name, rows, merges };
}

/**
 * A cell with its fields in the object itself: a literal of the final shape, never a field added
 * afterwards (V8 would move the added one to a separate property array: 70 bytes a cell instead of
 * 40). Strings kept are copied off the scanned piece of the part (see `detach`).
 */
function makeCell(value: CellValue, formula: string | undefined, fmt: string | undefined): Cell {
  if (typeof value === 'string') value = detach(value);
  if (formula === undefined) return fmt ? { value, numberFormat: fmt } : { value };
  formula = detach(formula);
  return fmt ? { value, formula, numberFormat: fmt } : { value, formula };
}

function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Only a merged area's top-left cell holds its value; the others read as empty. */
function dropMergedCells(rows: (Cell | undefined)[][], merges: Area[]): void {
  if (!merges.length) return;
  const touched = new Set<number>();
  for (const m of merges) {
    const last = Math.min(m.bottom, rows.length - 1);
    for (let r = m.top; r <= last; r++) {
      const line = rows[r];
      if (!line) continue;
      const right = Math.min(m.right, line.length - 1);
      for (let c = r === m.top ? m.left + 1 : m.left; c <= right; c++) {
        if (line[c] !== undefined) {
          delete line[c];
          touched.add(r);
        }
      }
    }
  }
  for (const r of touched) {
    const line = rows[r];
    let n = line.length;
    while (n > 0 && line[n - 1] === undefined) n--;
    line.length = n;
    if (n === 0) delete rows[r];
  }
  let n = rows.length;
  while (n > 0 && !rows[n - 1]) n--;
  rows.length = n;
}
