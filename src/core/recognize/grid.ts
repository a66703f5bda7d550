/**
 * Read access to one sheet for recognition: merged areas resolved, text normalized once,
 * numbers parsed once. Everything is computed lazily per cell and cached.
 */
import type { Area, Cell, Sheet } from '../workbook';
import { compact, tidy } from '../text/normalize';
import { parseNumberText, type ParsedNumber } from '../text/number';
import { formatInfo } from '../text/format';

function hasContent(cell: Cell | undefined): boolean {
  if (!cell) return false;
  // A formula is content even while it shows blank.
  if (cell.formula) return true;
  const v = cell.value;
  if (v === null || v === undefined) return false;
  return typeof v !== 'string' || v.trim() !== '';
}

const BLANK: ParsedNumber = Object.freeze({ kind: 'blank' });
const NO_COLUMNS: readonly number[] = Object.freeze([]);

export class SheetGrid {
  readonly rowCount: number;
  readonly colCount: number;
  /** Merged areas by row, for the rows they cover. */
  private readonly mergesByRow = new Map<number, Area[]>();
  private readonly compactCache = new Map<number, string>();
  /** Parsed text cells (numbers typed as text, △ 628), by cell. */
  private readonly parsedCache = new Map<number, ParsedNumber>();
  /** The columns holding content, by row (asked many times of every row). */
  private readonly contentColumns: (readonly number[] | undefined)[] = [];
  /** The columns holding text, by row. */
  private readonly textColumnsByRow: (readonly number[] | undefined)[] = [];

  constructor(readonly sheet: Sheet) {
    this.rowCount = sheet.rows.length;
    let cols = 0;
    for (const row of sheet.rows) if (row && row.length > cols) cols = row.length;
    this.colCount = cols;
    for (const m of sheet.merges) {
      const bottom = Math.min(m.bottom, this.rowCount - 1);
      for (let r = m.top; r <= bottom; r++) {
        let list = this.mergesByRow.get(r);
        if (!list) this.mergesByRow.set(r, (list = []));
        list.push(m);
      }
    }
  }

  cell(r: number, c: number): Cell | undefined {
    const row = this.sheet.rows[r];
    return row ? row[c] : undefined;
  }

  mergeAt(r: number, c: number): Area | undefined {
    const list = this.mergesByRow.get(r);
    if (!list) return undefined;
    for (const m of list) if (c >= m.left && c <= m.right) return m;
    return undefined;
  }

  /** The text a cell shows as written (numbers as digits), '' when empty. Merges are not followed. */
  raw(r: number, c: number): string {
    const v = this.cell(r, c)?.value;
    if (v === null || v === undefined) return '';
    if (typeof v === 'object') return v.error;
    return String(v);
  }

  /** The cell's text in compact form (NFKC, no whitespace). */
  text(r: number, c: number): string {
    const key = r * 16384 + c;
    let s = this.compactCache.get(key);
    if (s === undefined) {
      s = compact(this.raw(r, c));
      this.compactCache.set(key, s);
    }
    return s;
  }

  /** Compact text, following a merged area to its top-left cell. */
  mergedText(r: number, c: number): string {
    const m = this.mergeAt(r, c);
    return m ? this.text(m.top, m.left) : this.text(r, c);
  }

  /** The text as the user wrote it (whitespace collapsed), following merges: names are reported so. */
  labelText(r: number, c: number): string {
    const m = this.mergeAt(r, c);
    return tidy(m ? this.raw(m.top, m.left) : this.raw(r, c));
  }

  /** Is the cell the continuation (not the top-left) of a merged area? */
  isMergeContinuation(r: number, c: number): boolean {
    const m = this.mergeAt(r, c);
    return !!m && (m.top !== r || m.left !== c);
  }

  isEmpty(r: number, c: number): boolean {
    return !hasContent(this.cell(r, c));
  }

  number(r: number, c: number): ParsedNumber {
    const cell = this.cell(r, c);
    const v = cell?.value;
    if (v === null || v === undefined) return BLANK;
    if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v } : { kind: 'error', text: String(v) };
    if (typeof v === 'boolean') return { kind: 'text', text: String(v) };
    if (typeof v === 'object') return { kind: 'error', text: v.error };
    const key = r * 16384 + c;
    let p = this.parsedCache.get(key);
    if (p === undefined) this.parsedCache.set(key, (p = parseNumberText(v)));
    return p;
  }

  /** Does the cell hold a number (typed, or as text such as "△ 628")? */
  isNumber(r: number, c: number): boolean {
    const v = this.cell(r, c)?.value;
    if (typeof v === 'number') return Number.isFinite(v);
    return typeof v === 'string' && this.number(r, c).kind === 'number';
  }

  /** Is a numeric cell formatted as a percentage (0.962 shown as 96.2%)? */
  isPercentFormatted(r: number, c: number): boolean {
    return formatInfo(this.cell(r, c)?.numberFormat).percent;
  }

  /** Columns of the row holding any value, in order. */
  nonEmptyColumns(r: number, from = 0, to = this.colCount - 1): readonly number[] {
    let all = this.contentColumns[r];
    if (all === undefined) {
      const row = this.sheet.rows[r];
      // Rows of nothing (a million of them, at times) share one empty answer and are not cached.
      if (!row || row.length === 0) return NO_COLUMNS;
      let n = 0;
      if (row) for (let c = 0; c < row.length; c++) if (hasContent(row[c])) n++;
      const found = new Array<number>(n);
      if (row) for (let c = 0, k = 0; k < n; c++) if (hasContent(row[c])) found[k++] = c;
      this.contentColumns[r] = all = found;
    }
    if (from <= 0 && to >= this.colCount - 1) return all;
    return all.filter((c) => c >= from && c <= to);
  }

  /** Columns of the row holding text (not numbers), in order: where header words, names and notes are. */
  textColumns(r: number): readonly number[] {
    let texts = this.textColumnsByRow[r];
    if (texts === undefined) {
      const content = this.nonEmptyColumns(r);
      if (content.length === 0) return NO_COLUMNS;
      this.textColumnsByRow[r] = texts = content.filter((c) => this.isText(r, c));
    }
    return texts;
  }

  /** Is the cell text (not a number, an error or a boolean)? */
  isText(r: number, c: number): boolean {
    return typeof this.cell(r, c)?.value === 'string';
  }
}
