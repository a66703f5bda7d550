/**
 * A sheet's cells without an object each: a kind, a number, a number format and a formula per cell
 * in typed arrays, texts and formulas as indexes into lists of strings, a row's cells side by side
 * in column order. A `Cell` object each (a heap number besides for a figure that is no small
 * integer, a place in its row's array) cost 40 to 60 bytes a cell, all of it for the garbage
 * collector to trace; this holds 21 (a text's or a formula's string aside), in a few large arrays.
 *
 * The file reader fills one; SheetGrid (recognition) reads it directly. `Sheet.rows` is made from
 * it only when asked for (see `storedSheet`), once, and from then on the rows are the sheet's cells.
 */
import type { Area, Cell, CellValue, Sheet } from './workbook';

const enum Kind {
  Empty,
  Number,
  Text,
  Bool,
  Error,
  /** A formula's cell that holds no value. */
  Null,
}

/** The most cells a store makes room for before it is given any (a part's declared size may lie). */
const MAX_CAPACITY = 2 * 1024 * 1024;

/** Typed arrays grown by doubling. */
function grown<T extends Int32Array | Float64Array | Uint8Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  let n = a.length * 2;
  while (n < need) n *= 2;
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}

/** A sheet's cells as recognition reads them, whatever holds them. */
export interface SheetCells {
  /** 1 + the last row (of a host's rows, their number: they may run past their last cell). */
  readonly rowCount: number;
  /** The length of row r: 1 + the column of its last cell (of a host's row, its length). */
  rowLength(r: number): number;
  value(r: number, c: number): CellValue | undefined;
  formula(r: number, c: number): string | undefined;
  numberFormat(r: number, c: number): string | undefined;
  /** The cell as the snapshot's object (of a store, made on this call). */
  cell(r: number, c: number): Cell | undefined;
}

/** Cells a sheet holds in place of its rows until they are asked for (see `storedSheet`). */
export interface StoredCells extends SheetCells {
  /** The rows of the snapshot: every row up to the last holding a cell, its cells at their columns. */
  rows(): (Cell | undefined)[][];
  /** How many cells there are. */
  cellCount(): number;
}

/** The cells of a sheet's rows (a host other than the file reader, or rows made and changed since). */
class RowCells implements SheetCells {
  readonly rowCount: number;
  constructor(private readonly rows: readonly (readonly (Cell | undefined)[] | undefined)[]) {
    this.rowCount = rows.length;
  }
  rowLength(r: number): number {
    return this.rows[r]?.length ?? 0;
  }
  cell(r: number, c: number): Cell | undefined {
    const row = this.rows[r];
    return row ? row[c] : undefined;
  }
  value(r: number, c: number): CellValue | undefined {
    return this.cell(r, c)?.value;
  }
  formula(r: number, c: number): string | undefined {
    return this.cell(r, c)?.formula;
  }
  numberFormat(r: number, c: number): string | undefined {
    return this.cell(r, c)?.numberFormat;
  }
}

export class CellStore implements StoredCells {
  /** Per cell, in the order of the rows' slices. */
  private kinds: Uint8Array;
  private nums: Float64Array;
  private cols: Int32Array;
  private formats: Int32Array;
  /** 0: no formula; k: `formulaTexts[k - 1]`. */
  private formulaIds: Int32Array;
  /** Per row: where its cells start and how many there are (0: none). */
  private starts = new Int32Array(64);
  private lens = new Int32Array(64);
  private readonly texts: string[] = [];
  private readonly formulaTexts: string[] = [];
  /** Cells in use (a row moved to the end leaves its old place unused). */
  private end = 0;
  /** The row whose cells end at `end` (it grows in place). */
  private last = -1;
  /** 1 + the last row holding a cell. */
  rowCount = 0;

  /**
   * `formatCodes[k]`: the number format of a cell stored with format k (undefined: General).
   * `capacity`: how many cells to make room for at once (a guess from the part's size): the arrays
   * grown by doubling from a few hundred cells were made anew, zeroed, faulted in and copied a dozen
   * times over (reading a million cells in the CLI: 55 ms; 400k in the browser's worker: 85 ms).
   */
  constructor(
    private readonly formatCodes: readonly (string | undefined)[],
    capacity = 0,
  ) {
    const n = Math.max(256, Math.min(capacity, MAX_CAPACITY));
    this.kinds = new Uint8Array(n);
    this.nums = new Float64Array(n);
    this.cols = new Int32Array(n);
    this.formats = new Int32Array(n);
    this.formulaIds = new Int32Array(n);
  }

  /** Puts a cell at (r, c) with format index `format`; false (nothing put) when the cell holds one already. */
  put(r: number, c: number, value: CellValue, formula: string | undefined, format: number): boolean {
    const i = this.slotFor(r, c);
    if (i < 0) return false;
    let kind: Kind;
    let num = 0;
    if (typeof value === 'number') {
      kind = Kind.Number;
      num = value;
    } else if (typeof value === 'string') {
      kind = Kind.Text;
      num = this.texts.push(value) - 1;
    } else if (typeof value === 'boolean') {
      kind = Kind.Bool;
      num = value ? 1 : 0;
    } else if (value === null) kind = Kind.Null;
    else {
      kind = Kind.Error;
      num = this.texts.push(value.error) - 1;
    }
    this.kinds[i] = kind;
    this.nums[i] = num;
    this.formats[i] = format;
    this.formulaIds[i] = formula === undefined ? 0 : this.formulaTexts.push(formula);
    return true;
  }

  /** The place for a new cell at (r, c), the row's later cells moved on; -1 when it holds one. */
  private slotFor(r: number, c: number): number {
    if (r >= this.starts.length) {
      this.starts = grown(this.starts, r + 1);
      this.lens = grown(this.lens, r + 1);
    }
    let start = this.starts[r];
    const len = this.lens[r];
    if (r !== this.last) {
      // A row's cells come together: a row given more after another's moves to the end (rare).
      this.reserve(this.end + len + 1);
      if (len) this.copy(start, this.end, len);
      this.starts[r] = start = this.end;
      this.end += len;
      this.last = r;
    }
    this.reserve(this.end + 1);
    // Cells come in column order: the new one goes last, else its place is found and the rest moved on.
    let at = start + len;
    if (len && this.cols[at - 1] >= c) {
      at = this.find(start, len, c);
      if (at < start + len && this.cols[at] === c) return -1;
      this.copy(at, at + 1, start + len - at);
    }
    this.cols[at] = c;
    this.lens[r] = len + 1;
    this.end++;
    if (r >= this.rowCount) this.rowCount = r + 1;
    return at;
  }

  private reserve(n: number): void {
    if (n <= this.kinds.length) return;
    this.kinds = grown(this.kinds, n);
    this.nums = grown(this.nums, n);
    this.cols = grown(this.cols, n);
    this.formats = grown(this.formats, n);
    this.formulaIds = grown(this.formulaIds, n);
  }

  /** Moves `n` cells from `from` to `to` (the places may overlap). */
  private copy(from: number, to: number, n: number): void {
    for (const a of [this.kinds, this.nums, this.cols, this.formats, this.formulaIds]) a.copyWithin(to, from, from + n);
  }

  /** The first place in [start, start + len) whose column is c or more. */
  private find(start: number, len: number, c: number): number {
    let lo = start;
    let hi = start + len;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cols[mid] < c) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Empties (r, c); the row's length and the sheet's row count shrink to the cells left. */
  remove(r: number, c: number): void {
    const i = this.slot(r, c);
    if (i < 0) return;
    const start = this.starts[r];
    const len = this.lens[r];
    this.copy(i + 1, i, start + len - i - 1);
    this.lens[r] = len - 1;
    if (r === this.last) this.end--;
    while (this.rowCount > 0 && this.lens[this.rowCount - 1] === 0) this.rowCount--;
  }

  /** Where (r, c) is held, -1 when empty. */
  private slot(r: number, c: number): number {
    if (r < 0 || r >= this.rowCount) return -1;
    const start = this.starts[r];
    const len = this.lens[r];
    // Most rows hold every column from the first: the cell is at its column's place.
    if (c < len && this.cols[start + c] === c) return start + c;
    if (len === 0 || c > this.cols[start + len - 1]) return -1;
    const i = this.find(start, len, c);
    return this.cols[i] === c ? i : -1;
  }

  /** The length rows[r] has: 1 + its last cell's column (0: none). */
  rowLength(r: number): number {
    if (r < 0 || r >= this.rowCount) return 0;
    const len = this.lens[r];
    return len ? this.cols[this.starts[r] + len - 1] + 1 : 0;
  }

  /** How many cells row r holds. */
  rowCells(r: number): number {
    return r >= 0 && r < this.rowCount ? this.lens[r] : 0;
  }

  cellCount(): number {
    let n = 0;
    for (let r = 0; r < this.rowCount; r++) n += this.lens[r];
    return n;
  }

  value(r: number, c: number): CellValue | undefined {
    return this.valueAt(this.slot(r, c));
  }

  formula(r: number, c: number): string | undefined {
    return this.formulaAt(this.slot(r, c));
  }

  numberFormat(r: number, c: number): string | undefined {
    return this.numberFormatAt(this.slot(r, c));
  }

  /** The value at slot i (undefined for -1). */
  private valueAt(i: number): CellValue | undefined {
    if (i < 0) return undefined;
    switch (this.kinds[i] as Kind) {
      case Kind.Number:
        return this.nums[i];
      case Kind.Text:
        return this.texts[this.nums[i]];
      case Kind.Bool:
        return this.nums[i] !== 0;
      case Kind.Error:
        return { error: this.texts[this.nums[i]] };
      default:
        return null;
    }
  }

  private formulaAt(i: number): string | undefined {
    const k = i < 0 ? 0 : this.formulaIds[i];
    return k ? this.formulaTexts[k - 1] : undefined;
  }

  private numberFormatAt(i: number): string | undefined {
    return i < 0 ? undefined : this.formatCodes[this.formats[i]];
  }

  /** The cell at (r, c) as the snapshot's object, made on this call. */
  cell(r: number, c: number): Cell | undefined {
    const i = this.slot(r, c);
    return i < 0 ? undefined : this.cellAt(i);
  }

  /** The cell at slot i as the snapshot's object (the fields in the order the reader gave them). */
  private cellAt(i: number): Cell {
    const value = this.valueAt(i)!;
    const formula = this.formulaAt(i);
    const fmt = this.numberFormatAt(i);
    if (formula === undefined) return fmt ? { value, numberFormat: fmt } : { value };
    return fmt ? { value, formula, numberFormat: fmt } : { value, formula };
  }

  /**
   * Each cell, row by row in column order, with what `cell` would give (its value, formula and number
   * format), no object made for it: to copy the cells elsewhere without the rows.
   */
  forEach(visit: (r: number, c: number, value: CellValue, formula: string | undefined, numberFormat: string | undefined) => void): void {
    for (let r = 0; r < this.rowCount; r++) {
      const start = this.starts[r];
      for (let i = start; i < start + this.lens[r]; i++) visit(r, this.cols[i], this.valueAt(i)!, this.formulaAt(i), this.numberFormatAt(i));
    }
  }

  /** The rows of the snapshot: every row up to the last holding a cell, its cells at their columns. */
  rows(): (Cell | undefined)[][] {
    const rows: (Cell | undefined)[][] = new Array(this.rowCount);
    for (let r = 0; r < this.rowCount; r++) {
      const line: (Cell | undefined)[] = [];
      const start = this.starts[r];
      for (let i = start; i < start + this.lens[r]; i++) line[this.cols[i]] = this.cellAt(i);
      rows[r] = line;
    }
    return rows;
  }
}

/**
 * A sheet's cells with some written over them (a change applied to the snapshot in memory), the
 * rest read from `base`: what the sheet's rows would hold with the writes made in them — a row
 * written to is as long as its longest write or its own length, an emptied cell a hole — without
 * a copy of the cells not written.
 */
export class WrittenCells implements StoredCells {
  readonly rowCount: number;
  /** Per written row: 1 + its last written column. */
  private readonly lengths = new Map<number, number>();

  /** `written`: per row, per column, the cell now there (undefined: emptied). */
  constructor(
    private readonly base: StoredCells,
    private readonly written: ReadonlyMap<number, ReadonlyMap<number, Cell | undefined>>,
  ) {
    // A row's length and the row count as a host reads them back: to the last cell that holds
    // something, a cell emptied at a row's end (or a sheet's) not counted.
    let rowCount = base.rowCount;
    for (const [r, cells] of written) {
      let length = base.rowLength(r);
      for (const [c, cell] of cells) if (cell && c + 1 > length) length = c + 1;
      while (length > 0 && !this.holds(r, length - 1, cells)) length--;
      this.lengths.set(r, length);
      if (length && r + 1 > rowCount) rowCount = r + 1;
    }
    while (rowCount > 0 && this.rowLength(rowCount - 1) === 0) rowCount--;
    this.rowCount = rowCount;
  }

  /** Whether (r, c) of a row written to (`cells`: its writes) holds a cell, over the base. */
  private holds(r: number, c: number, cells: ReadonlyMap<number, Cell | undefined>): boolean {
    return cells.has(c) ? cells.get(c) !== undefined : this.base.value(r, c) !== undefined;
  }

  /**
   * These cells with more written over them, as one layer over the same base: a workbook written
   * again and again (the workbench holds what each write leaves) keeps one lookup a cell, not one
   * a write.
   */
  over(written: ReadonlyMap<number, ReadonlyMap<number, Cell | undefined>>): WrittenCells {
    const merged = new Map(this.written);
    for (const [r, cells] of written) {
      const before = merged.get(r);
      merged.set(r, before ? new Map([...before, ...cells]) : cells);
    }
    return new WrittenCells(this.base, merged);
  }

  rowLength(r: number): number {
    return this.lengths.get(r) ?? this.base.rowLength(r);
  }

  cell(r: number, c: number): Cell | undefined {
    const row = this.written.get(r);
    return row?.has(c) ? row.get(c) : this.base.cell(r, c);
  }

  value(r: number, c: number): CellValue | undefined {
    const row = this.written.get(r);
    return row?.has(c) ? row.get(c)?.value : this.base.value(r, c);
  }

  formula(r: number, c: number): string | undefined {
    const row = this.written.get(r);
    return row?.has(c) ? row.get(c)?.formula : this.base.formula(r, c);
  }

  numberFormat(r: number, c: number): string | undefined {
    const row = this.written.get(r);
    return row?.has(c) ? row.get(c)?.numberFormat : this.base.numberFormat(r, c);
  }

  rows(): (Cell | undefined)[][] {
    const rows = this.base.rows();
    while (rows.length < this.rowCount) rows.push([]);
    for (const [r, cells] of this.written) {
      const row = rows[r];
      // Past the last row holding a cell: only cells emptied.
      if (!row) continue;
      for (const [c, cell] of cells) row[c] = cell;
      row.length = this.rowLength(r);
    }
    rows.length = this.rowCount;
    return rows;
  }

  cellCount(): number {
    let n = this.base.cellCount();
    for (const [r, cells] of this.written) for (const [c, cell] of cells) n += (cell ? 1 : 0) - (this.base.cell(r, c) ? 1 : 0);
    return n;
  }
}

/**
 * A sheet whose cells are in `cells`: its `rows` made on first access and kept (from then on the
 * rows, which a host may change, are the cells, and `cells` is gone). `cells` is not enumerable, so
 * a copy or comparison of the sheet sees the rows alone; the fields are in the order a sheet
 * written as a literal has them.
 */
export function storedSheet(name: string, cells: StoredCells, merges: Area[], arrays: Area[], hiddenRows: number[] = [], hiddenColumns: number[] = []): Sheet {
  const sheet = { name } as Sheet;
  holdCells(sheet, cells);
  sheet.merges = merges;
  if (arrays.length) sheet.arrays = arrays;
  if (hiddenRows.length) sheet.hiddenRows = hiddenRows;
  if (hiddenColumns.length) sheet.hiddenColumns = hiddenColumns;
  return sheet;
}

/** A copy of `sheet` (its other fields, in their order) whose cells are `cells`. */
export function sheetWithCells(sheet: Sheet, cells: StoredCells): Sheet {
  return copyWithRows(sheet, (copy) => holdCells(copy, cells));
}

/**
 * `{ ...sheet, rows: [] }` without asking for the rows: of a sheet whose cells are in a store, the
 * spread would make them all only to let them go.
 */
export function withoutCells(sheet: Sheet): Sheet {
  return copyWithRows(sheet, (copy) => (copy.rows = []));
}

/** A copy of `sheet`'s fields in their order, its rows set by `rows` in their place (the sheet's own not asked for). */
function copyWithRows(sheet: Sheet, rows: (copy: Sheet) => void): Sheet {
  const copy = {} as Record<string, unknown>;
  for (const key of Object.keys(sheet)) {
    if (key === 'rows') rows(copy as unknown as Sheet);
    else copy[key] = sheet[key as keyof Sheet];
  }
  return copy as unknown as Sheet;
}

/** Gives `sheet` its `cells` and the `rows` made from them when first asked for. */
function holdCells(sheet: Sheet, cells: StoredCells): void {
  let rows: (Cell | undefined)[][] | undefined;
  Object.defineProperty(sheet, 'cells', { value: cells, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(sheet, 'rows', {
    enumerable: true,
    configurable: true,
    get: () => {
      // (The cells are let go once their rows are made: nothing here holds them.)
      if (rows === undefined) {
        rows = sheet.cells!.rows();
        sheet.cells = undefined;
      }
      return rows;
    },
    set: (value: (Cell | undefined)[][]) => {
      rows = value;
      sheet.cells = undefined;
    },
  });
}

/** The sheet's cells: its store, or its rows. */
export function cellsOf(sheet: Sheet): SheetCells {
  return sheet.cells ?? new RowCells(sheet.rows);
}

/** How many cells the sheet holds (of rows, counted by their lengths), its rows not made. */
export function cellCount(sheet: Sheet): number {
  if (sheet.cells) return sheet.cells.cellCount();
  let n = 0;
  for (const row of sheet.rows) if (row) n += row.length;
  return n;
}
