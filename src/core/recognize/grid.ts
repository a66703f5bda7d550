/**
 * Read access to one sheet for recognition: merged areas resolved, text normalized once,
 * numbers parsed once. Everything is computed lazily and kept per distinct text (the same names
 * fill every row) or per row, not per cell: at a million cells, answers kept per cell held more
 * memory than the cells.
 */
import type { Area, Cell, CellValue, Sheet } from '../workbook';
import { cellsOf, type SheetCells } from '../cells';
import { compact, tidy } from '../text/normalize';
import { isOkuAloneText, isOkuManText, parseNumberText, type ParsedNumber } from '../text/number';
import { memoText } from '../text/memo';
import { formatInfo } from '../text/format';
import { captionYear, isFootnote } from '../text/tokens';
import { fiscalYearOfDate } from '../text/years';

function hasContent(cells: SheetCells, r: number, c: number): boolean {
  const v = cells.value(r, c);
  // A number is content, formula or not (most cells of a plan: told without looking for a formula).
  if (typeof v === 'number') return true;
  // A formula is content even while it shows blank.
  if (cells.formula(r, c)) return true;
  if (v === null || v === undefined) return false;
  if (typeof v !== 'string') return true;
  // Most texts start with a printable ASCII or Japanese character: no trimmed copy to tell.
  const first = v.charCodeAt(0);
  if ((first > 0x20 && first < 0x7f) || (first > 0x3000 && first < 0xfeff)) return true;
  return v.trim() !== '';
}

const BLANK: ParsedNumber = Object.freeze({ kind: 'blank' });
const NO_COLUMNS: readonly number[] = Object.freeze([]);

/** A cell's text read as a number depends on the text only: answered once per distinct text. */
const parseText = memoText(parseNumberText);

/** Rows up to this many columns have their column lists shared by a bit mask of the columns. */
const MASK_COLUMNS = 30;

/** A test of a whole row, asked of each of its header cells: told once a row. */
export function rowMemo(test: (g: SheetGrid, r: number) => boolean): (g: SheetGrid, r: number) => boolean {
  const known = new WeakMap<SheetGrid, Map<number, boolean>>();
  return (g, r) => {
    let rows = known.get(g);
    if (!rows) known.set(g, (rows = new Map()));
    let k = rows.get(r);
    if (k === undefined) rows.set(r, (k = test(g, r)));
    return k;
  };
}

/** A line's number in brackets: (5), （５）. */
const LINE_NUMBER = /^\s*[(（]\s*[0-9０-９]{1,2}\s*[)）]\s*$/;

/**
 * Can a caption line be a table's title: not a note (※…), a sentence (an update note: …確定しました。), nor a year alone
 * (平成15年度: the figures' year, said under the heading).
 */
export function titleLike(t: string): boolean {
  return t.length > 1 && !isFootnote(t) && !t.includes('。') && !YEAR_ALONE.test(compact(t));
}

const YEAR_ALONE = /^(?:(?:平成|令和|昭和)(?:\d{1,2}|元)|[HR]\d{1,2}|\d{4})年度?$/;

/** A form's field name, its value in the next cell: 市町村名, 団体名, 所管課, 作成者. */
const FIELD_NAME = /^(?:市区?町村|団体|自治体|都道府県|部署|所管課?|担当課?|作成者|記入者|担当者)名?[:：]?$/;

/** The cells of a form's fields on a line above a table (市町村名 | 碇ケ関村): each field's name and the value after it. */
export function formFields(g: SheetGrid, r: number, cols: readonly number[]): Set<number> {
  const out = new Set<number>();
  cols.forEach((c, i) => {
    if (!FIELD_NAME.test(compact(g.text(r, c)))) return;
    out.add(c);
    if (i + 1 < cols.length) out.add(cols[i + 1]);
  });
  return out;
}

export class SheetGrid {
  /** The sheet's cells: the file reader's without an object each (see cells.ts), or its rows. */
  private readonly cells: SheetCells;
  readonly rowCount: number;
  readonly colCount: number;
  /** Merged areas by row, for the rows they cover (asked of every cell read: an array, not a map). */
  private readonly mergesByRow: (Area[] | undefined)[];
  /** Compact text of long cells (notes), which the per-text memo leaves out, by cell. */
  private readonly longTexts = new Map<number, string>();
  /** The columns holding content, by row (asked many times of every row). */
  private readonly contentColumns: (readonly number[] | undefined)[] = [];
  /** The columns holding text, by row. */
  private readonly textColumnsByRow: (readonly number[] | undefined)[] = [];
  /** One list for the rows with the same columns (a plan's rows have the same few), by bit mask. */
  private readonly columnLists = new Map<number, readonly number[]>();

  constructor(readonly sheet: Sheet) {
    const cells = (this.cells = cellsOf(sheet));
    this.rowCount = cells.rowCount;
    let cols = 0;
    // Locals, not the fields being set: read through `this`, this loop over every row (a million at
    // times) ran some 20 times slower in the tests' build.
    for (let r = 0; r < cells.rowCount; r++) {
      const n = cells.rowLength(r);
      if (n > cols) cols = n;
    }
    this.colCount = cols;
    this.mergesByRow = sheet.merges.length ? new Array(this.rowCount) : [];
    for (const m of sheet.merges) {
      const bottom = Math.min(m.bottom, this.rowCount - 1);
      for (let r = Math.max(0, m.top); r <= bottom; r++) (this.mergesByRow[r] ??= []).push(m);
    }
  }

  /** The cell as the snapshot's object (of a store, made on this call: value() and the others make none). */
  cell(r: number, c: number): Cell | undefined {
    return this.cells.cell(r, c);
  }

  value(r: number, c: number): CellValue | undefined {
    return this.cells.value(r, c);
  }

  formula(r: number, c: number): string | undefined {
    return this.cells.formula(r, c);
  }

  numberFormat(r: number, c: number): string | undefined {
    return this.cells.numberFormat(r, c);
  }

  /** How far row r reaches (its length in `rows`; 0: no cells). */
  rowLength(r: number): number {
    return this.cells.rowLength(r);
  }

  mergeAt(r: number, c: number): Area | undefined {
    const list = this.mergesByRow[r];
    if (!list) return undefined;
    for (let i = 0; i < list.length; i++) if (c >= list[i].left && c <= list[i].right) return list[i];
    return undefined;
  }

  /** The text a cell shows as written (numbers as digits), '' when empty. Merges are not followed. */
  raw(r: number, c: number): string {
    const v = this.cells.value(r, c);
    if (v === null || v === undefined) return '';
    if (typeof v === 'object') return v.error;
    return String(v);
  }

  /** The cell's text in compact form (NFKC, no whitespace). */
  text(r: number, c: number): string {
    const v = this.cells.value(r, c);
    if (v === null || v === undefined) return '';
    // Digits and true/false are their own compact form.
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (typeof v === 'object') return compact(v.error);
    if (v.length <= 200) return compact(v);
    const key = r * 16384 + c;
    let s = this.longTexts.get(key);
    if (s === undefined) this.longTexts.set(key, (s = compact(v)));
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
    return !hasContent(this.cells, r, c);
  }

  number(r: number, c: number): ParsedNumber {
    const v = this.cells.value(r, c);
    if (v === null || v === undefined) return BLANK;
    if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v } : { kind: 'error', text: String(v) };
    if (typeof v === 'boolean') return { kind: 'text', text: String(v) };
    if (typeof v === 'object') return { kind: 'error', text: v.error };
    const p = parseText(v);
    // A number in brackets opening a line, before its words ((5) | 地方負担額 ((5)+(4)) | 201,707千円), numbers the line: no
    // figure. (After a figure, (10) is one: last year's, beside a remark or not.)
    if (p.kind === 'number' && LINE_NUMBER.test(v) && this.opensLine(r, c) && this.wordsRightOf(r, c)) return { kind: 'text', text: v };
    // 億円 alone is read as printed (102億円 → 102); on a sheet that writes yen in 億 and 万 (5億2000万円 → 520,000,000)
    // it is yen as they are (3億円 → 300,000,000).
    if (p.kind === 'number' && isOkuAloneText(v) && this.writesOkuMan()) return { kind: 'number', value: p.value * 1e8 };
    return p;
  }

  /** Is (r, c) the first cell of its row holding anything? */
  private opensLine(r: number, c: number): boolean {
    for (let k = 0; k < c; k++) if (hasContent(this.cells, r, k)) return false;
    return true;
  }

  /** Is the next cell right of (r, c) holding anything a text that is no figure? */
  private wordsRightOf(r: number, c: number): boolean {
    for (let k = c + 1; k < this.cells.rowLength(r); k++) {
      const v = this.cells.value(r, k);
      if (v === null || v === undefined || v === '') continue;
      return typeof v === 'string' && parseText(v).kind === 'text';
    }
    return false;
  }

  private okuMan: boolean | undefined;
  /** Does any cell of the sheet write a figure of yen in 億 and 万 (5億2000万円)? Asked only where a cell says 億円 alone. */
  writesOkuMan(): boolean {
    if (this.okuMan === undefined) {
      this.okuMan = false;
      scan: for (let r = 0; r < this.rowCount; r++) {
        for (let c = 0; c < this.cells.rowLength(r); c++) {
          const v = this.cells.value(r, c);
          if (typeof v === 'string' && isOkuManText(v)) {
            this.okuMan = true;
            break scan;
          }
        }
      }
    }
    return this.okuMan;
  }

  /** The cell's number (typed, or as text such as "△ 628"), or null: number()'s value alone. */
  numberValue(r: number, c: number): number | null {
    const p = this.number(r, c);
    return p.kind === 'number' ? p.value : null;
  }

  /** Does any merged area cover row r? (Most rows of a plan have none: no cell of theirs need be looked up.) */
  hasMerges(r: number): boolean {
    return this.mergesByRow[r] !== undefined;
  }

  /** Does the cell hold a number (typed, or as text such as "△ 628")? */
  isNumber(r: number, c: number): boolean {
    const v = this.cells.value(r, c);
    if (typeof v === 'number') return Number.isFinite(v);
    return typeof v === 'string' && this.number(r, c).kind === 'number';
  }

  /** Is a numeric cell formatted as a percentage (0.962 shown as 96.2%)? */
  isPercentFormatted(r: number, c: number): boolean {
    return formatInfo(this.cells.numberFormat(r, c)).percent;
  }

  /** Columns of the row holding any value, in order. */
  nonEmptyColumns(r: number, from = 0, to = this.colCount - 1): readonly number[] {
    let all = this.contentColumns[r];
    if (all === undefined) {
      const cells = this.cells;
      const length = cells.rowLength(r);
      // Rows of nothing (a million of them, at times) share one empty answer and are not cached.
      if (length === 0) return NO_COLUMNS;
      // The columns with text are found in the same pass (asked of most rows too): one look at each cell.
      let n = 0;
      let mask = 0;
      let texts = 0;
      let textMask = 0;
      for (let c = 0; c < length; c++) {
        if (hasContent(cells, r, c)) {
          n++;
          mask |= 1 << c;
          if (typeof cells.value(r, c) === 'string') {
            texts++;
            textMask |= 1 << c;
          }
        }
      }
      this.contentColumns[r] = all = this.columnList(r, length, mask, n, false);
      this.textColumnsByRow[r] = this.columnList(r, length, textMask, texts, true);
    }
    if (from <= 0 && to >= this.colCount - 1) return all;
    let n = 0;
    for (let i = 0; i < all.length; i++) if (all[i] >= from && all[i] <= to) n++;
    if (n === all.length) return all;
    if (n === 0) return NO_COLUMNS;
    const out = new Array<number>(n);
    for (let i = 0, k = 0; i < all.length; i++) if (all[i] >= from && all[i] <= to) out[k++] = all[i];
    return out;
  }

  /** The sheet's first non-empty line: its row, and its text when it is one cell of text (else null); undefined until asked. */
  private firstLine: { r: number; text: string | null } | null | undefined;

  /**
   * The one fiscal year of the report the sheet holds, for a table starting at row `top` that names none of its own:
   * said by the sheet's title above it (its first non-empty line, one cell of text that says more than a year:
   * ■令和2年度…執行概要 (令和3年7月13日更新)) or else by its tab; not a span (平成30年度～令和2年度), nor the year of a
   * plan's name (令和2年度 債権管理計画); a title dated by a month alone (…実績調-200305(平成15年5月)) the year that date says.
   */
  titleYear(top: number): number | null {
    const title = this.titleLine(top);
    // A tab's 年度 says more than a date the title was made or stands at.
    return (title !== null ? captionYear(title) : null) ?? captionYear(compact(this.sheet.name)) ?? (title !== null ? fiscalYearOfDate(title) : null);
  }

  /** The sheet's title over a table starting at row `top`: its first non-empty line, one cell of text that says more than a year; else null. */
  titleLine(top: number): string | null {
    if (this.firstLine === undefined) {
      this.firstLine = null;
      for (let r = 0; r < this.rowCount && this.firstLine === null; r++) {
        const cols = this.nonEmptyColumns(r);
        if (cols.length) this.firstLine = { r, text: cols.length === 1 && !this.isNumber(r, cols[0]) ? this.text(r, cols[0]) : null };
      }
    }
    const line = this.firstLine && this.firstLine.r < top ? this.firstLine.text : null;
    // A year alone on the first line is a header over a table's columns, not a report's title.
    return line !== null && /\p{L}{2}/u.test(line.replace(/(?:令和|平成|昭和)?(?:\d+|元)年度/g, '')) ? line : null;
  }

  /** Columns of the row holding text (not numbers), in order: where header words, names and notes are. */
  textColumns(r: number): readonly number[] {
    const texts = this.textColumnsByRow[r];
    if (texts !== undefined) return texts;
    // Found with the row's content columns (none, for a row of nothing).
    this.nonEmptyColumns(r);
    return this.textColumnsByRow[r] ?? NO_COLUMNS;
  }

  /**
   * The `n` columns of the row with content (with text, when `texts`), whose bit mask is `mask` (for
   * the first 30): the list already made for the same columns when the row is that narrow, a list of
   * its own otherwise. (No function passed to say which: that was one more object made a row.)
   */
  private columnList(r: number, length: number, mask: number, n: number, texts: boolean): readonly number[] {
    if (n === 0) return NO_COLUMNS;
    const shared = length <= MASK_COLUMNS;
    if (shared) {
      const known = this.columnLists.get(mask);
      if (known) return known;
    }
    const cells = this.cells;
    const found = new Array<number>(n);
    for (let c = 0, k = 0; k < n; c++) if (hasContent(cells, r, c) && (!texts || typeof cells.value(r, c) === 'string')) found[k++] = c;
    if (shared) this.columnLists.set(mask, Object.freeze(found));
    return found;
  }
}
