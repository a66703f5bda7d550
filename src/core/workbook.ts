/**
 * The snapshot model: what a host reads from a workbook and hands to the engine.
 * Rows and columns are 0-based here; A1 helpers convert to Excel's addresses.
 */
import type { StoredCells } from './cells';

/** A cell value as the engine sees it. Errors keep Excel's text (#DIV/0!). */
export type CellValue = string | number | boolean | null | { error: string };

export interface Cell {
  value: CellValue;
  /** The formula without its leading "=", when the cell holds one. */
  formula?: string;
  /** Excel number format code, e.g. `0.0;"△"0.0`. "General" is left out. */
  numberFormat?: string;
}

/** A rectangular area, inclusive, 0-based. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Sheet {
  name: string;
  /** Dense rows of sparse cells: rows[r][c]; missing means empty. */
  rows: (Cell | undefined)[][];
  /**
   * The same cells without an object each, where the host read them so (the file reader): until
   * `rows` is first asked for, which makes the rows from them and ends this (see cells.ts).
   */
  cells?: StoredCells;
  merges: Area[];
  /**
   * The array formulas (legacy Ctrl+Shift+Enter arrays) and dynamic-array spill ranges, each as its
   * whole area, its anchor (top-left) cell included. One of several cells is never written: Excel
   * refuses a change to part of an array, and a value written into a spill range turns its formula
   * into #SPILL!. One of one cell is written over as any formula is, and logged as `{=…}` so that
   * 元に戻す gives it back as an array formula. Absent where there are none.
   */
  arrays?: Area[];
  /**
   * The Excel tables (ListObjects, テーブルとして書式設定) on the sheet, each by its name and its data
   * body (the rows under its header). Excel fills a formula written into a table column down the
   * whole column, so 再計算 writes such a column only where its rows then hold one formula alike
   * (recalc/list-objects.ts). Read by the Excel host, where the fill happens; absent elsewhere.
   */
  listObjects?: { name: string; body: Area }[];
  /** Hidden sheets are still read (settings live there) but never recognized as plans. */
  hidden?: boolean;
  /**
   * The rows (0-based, ascending) Excel does not show — hidden by the user or by a filter — where the host tells; absent
   * where none is. A table's 合計 (a SUM) and 集計 count them as Excel's SUM does: validation says so (hidden-rows).
   */
  hiddenRows?: number[];
  /** The columns (0-based, ascending) Excel does not show, likewise. */
  hiddenColumns?: number[];
}

export interface Workbook {
  sheets: Sheet[];
  /** Workbook-level defined names whose value is a text constant (saiken's generated-sheet marks). */
  names?: Record<string, string>;
  /**
   * Names of the workbook's sheets that hold no cells (chart sheets, dialog and macro sheets): no
   * sheet saiken adds may take one (Excel's sheet names are one namespace). Absent where the host
   * cannot see them (Office.js lists worksheets only).
   */
  otherSheets?: readonly string[];
  /**
   * The host calculates manually and cells changed since it last did: formulas hold the figures of before (Excel's
   * Application.calculationMode Manual, calculationState not Done). Absent where the host cannot tell (a file).
   */
  calculationPending?: boolean;
  /**
   * When the workbook was last saved, as the file says (its core properties' dcterms:modified), ms since the epoch: which of
   * two submissions of a department is the newer (取りまとめ). Absent where it says none or the host cannot tell (Office.js).
   */
  saved?: number;
}

/**
 * A workbook whose sheets are read one at a time, when asked for: a command that needs one sheet's
 * cells at a time (inspect) never holds every sheet of a big workbook at once.
 */
export interface SheetSource {
  names?: Record<string, string>;
  otherSheets?: readonly string[];
  sheets: readonly { name: string; hidden?: boolean }[];
  /** The sheet at `index`, read on this call (a second call reads it again). */
  read(index: number): Sheet;
  /**
   * Said when the sheet last read is no longer held (its tables are kept apart from its cells): a
   * host that reads large sheets may reclaim their memory here, before the next sheet or phase.
   */
  release?(): void;
}

/** A snapshot already in memory as a SheetSource. */
export function sourceOf(wb: Workbook): SheetSource {
  return { names: wb.names, otherSheets: wb.otherSheets, sheets: wb.sheets, read: (i) => wb.sheets[i] };
}

/**
 * The text of a defined name whose formula is one text constant (`="集計|3f2a…"`, the leading `=`
 * as Excel's API gives it, none as the file stores it), a quote inside it doubled as in any formula
 * (ECMA-376 Part 1, §18.17.2: string constants); undefined for any other formula (`"a"&"b"`, a range).
 */
export function textConstant(formula: string): string | undefined {
  const m = /^=?"((?:[^"]|"")*)"$/.exec(formula);
  return m ? m[1].replace(/""/g, '"') : undefined;
}

/** Whether two sheet names are one in Excel, which compares them without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a === b || a.toLowerCase() === b.toLowerCase();
}

/** Whether a sheet of the workbook that holds no cells (a chart sheet) has the name, by Excel's rule. */
export function heldByOtherSheet(wb: { otherSheets?: readonly string[] }, name: string): boolean {
  return !!wb.otherSheets?.some((o) => sameSheetName(o, name));
}

/**
 * A name for a sheet saiken adds beside the user's: `base` where no sheet holds it (by Excel's rule,
 * whatever the case), else `base (saiken)`, `base (saiken 2)` … so that a user's sheet is never
 * written over. `taken`: names held besides the workbook's own sheets.
 */
export function freeSheetName(sheets: readonly { name: string }[], base: string, taken: (name: string) => boolean = () => false): string {
  const used = (name: string) => taken(name) || sheets.some((s) => sameSheetName(s.name, name));
  let name = base;
  for (let n = 1; used(name); n++) name = n === 1 ? `${base} (saiken)` : `${base} (saiken ${n})`;
  return name;
}

/** The cell at (r, c); of a sheet whose cells are in a store, made on this call (its rows not made). */
export function cellAt(sheet: Sheet, r: number, c: number): Cell | undefined {
  if (sheet.cells) return sheet.cells.cell(r, c);
  const row = sheet.rows[r];
  return row ? row[c] : undefined;
}

export function rowCount(sheet: Sheet): number {
  return sheet.rows.length;
}

export function colCount(sheet: Sheet): number {
  let n = 0;
  for (const row of sheet.rows) if (row && row.length > n) n = row.length;
  return n;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function colLetter(c: number): string {
  // Anything else would never end (Infinity) or give no letters: a caller's bug, said at once.
  if (!Number.isInteger(c) || c < 0) throw new RangeError(`no column ${c}`);
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" → 26. */
export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (0, 0) → "A1". */
export function a1(r: number, c: number): string {
  return `${colLetter(c)}${r + 1}`;
}

/** "B12" → { r: 11, c: 1 }. */
export function parseA1(ref: string): { r: number; c: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`not an A1 reference: ${ref}`);
  return { r: Number(m[2]) - 1, c: colIndex(m[1]) };
}

/** Rows of one column (ascending) as runs of cells: [4, 5, 6, 9] of B → B4:B6, B9. */
export function rowRuns(column: string, rows: readonly number[]): string[] {
  const runs: string[] = [];
  let start = rows[0];
  let prev = rows[0];
  for (let i = 1; i <= rows.length; i++) {
    const r = i < rows.length ? rows[i] : Infinity;
    if (r === prev + 1) {
      prev = r;
      continue;
    }
    runs.push(start === prev ? `${column}${start}` : `${column}${start}:${column}${prev}`);
    start = prev = r;
  }
  return runs;
}

export function areaA1(a: Area): string {
  return `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`;
}

/** A formula without its text constants ("元データ!B2" is no reference): what its references are read from. */
export function outsideText(formula: string): string {
  return formula.includes('"') ? formula.replace(/"[^"]*"/g, '') : formula;
}

/** Parses "A1:C3" (or a single cell) into an area. */
export function parseArea(ref: string): Area {
  const [from, to] = ref.split(':');
  const p = parseA1(from);
  const q = to ? parseA1(to) : p;
  return { top: Math.min(p.r, q.r), left: Math.min(p.c, q.c), bottom: Math.max(p.r, q.r), right: Math.max(p.c, q.c) };
}

/**
 * Builds a sheet from a grid of plain values (tests, generated fixtures).
 * `null`/`undefined`/"" leave the cell empty.
 */
export function sheetFromGrid(name: string, grid: CellValue[][], merges: string[] = []): Sheet {
  const rows: (Cell | undefined)[][] = grid.map((line) =>
    line.map((v) => (v === null || v === undefined || v === '' ? undefined : { value: v })),
  );
  return { name, rows, merges: merges.map(parseArea) };
}
