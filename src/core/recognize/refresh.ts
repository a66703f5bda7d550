/**
 * Tables after a write confined to their value cells, as recalculation makes it: the written cells
 * are re-read exactly as recognition reads them and the structure (header, columns, rows) is kept.
 *
 * The structure depends on the cells only through what recognition tells apart in them (empty,
 * text and its words, a year-like number, a percent-formatted fraction, another number, an error).
 * When every written cell stays in the same such class, recognizing the written workbook again
 * finds the same structure, so the tables are got for the cost of the cells written; otherwise
 * (a typed "△ 628" becoming a number, a percent format replaced) the caller recognizes again.
 * Tested against fresh recognition on the samples, the corpus of unseen layouts and fuzzed grids.
 */
import type { ChangeSet } from '../changes';
import { cellAt, parseA1, type Cell, type Workbook } from '../workbook';
import { formatInfo } from '../text/format';
import { CHANGE_LOG_SHEET } from '../recalc/change-log';
import { SheetGrid } from './grid';
import { confidenceWithRows, readRowCells } from './table';
import type { PlanColumn, PlanRow, PlanTable } from './model';

/**
 * The tables as the written workbook `after` holds them, or null when a write falls outside the
 * value cells of the tables or changes what recognition sees in a cell (then only recognizing
 * `after` again tells what it holds).
 */
export function refreshTables(tables: PlanTable[], before: Workbook, after: Workbook, cs: ChangeSet): PlanTable[] | null {
  if (cs.sheets.some((s) => s.name !== CHANGE_LOG_SHEET) || cs.charts.length || cs.marks.length || cs.clearMarks) return null;
  const bySheet = new Map<string, PlanTable[]>();
  for (const t of tables) bySheet.set(t.sheet, [...(bySheet.get(t.sheet) ?? []), t]);
  const sheets = new Map(after.sheets.map((s) => [s.name, s]));
  const sheetsBefore = new Map(before.sheets.map((s) => [s.name, s]));
  const grids = new Map<string, SheetGrid>();
  /** The rows written to, with the grid of the written sheet they are read again from. */
  const written = new Map<PlanRow, SheetGrid>();

  for (const w of cs.cells) {
    if (w.sheet === CHANGE_LOG_SHEET) continue;
    const { r, c } = parseA1(w.cell);
    const hit = locate(bySheet.get(w.sheet) ?? [], r, c);
    const sheet = sheets.get(w.sheet);
    if (!hit || !sheet) return null;
    let g = grids.get(w.sheet);
    if (!g) grids.set(w.sheet, (g = new SheetGrid(sheet)));
    // A merged cell is read as the text of other columns too (a label merged over a figure), and
    // a row's first cell is read as its text when a table ends (a note, a heading): either asks
    // for recognizing again, as does any change in what recognition tells apart in the cell.
    if (g.mergeAt(r, c) || g.nonEmptyColumns(r)[0] === c) return null;
    const before = sheetsBefore.get(w.sheet);
    if (cellClass(before && cellAt(before, r, c)) !== cellClass(cellAt(sheet, r, c))) return null;
    written.set(hit.row, g);
  }
  if (written.size === 0) return tables;
  return tables.map((t) => {
    if (!t.rows.some((row) => written.has(row))) return t;
    const valueCols = t.columns.filter((col) => col.role === 'value' || col.role === 'delta');
    const rows = t.rows.map((row) => {
      const g = written.get(row);
      // The row's value cells read again, all of them and in column order, as recognition reads them.
      return g ? { ...row, ...readRowCells(g, row.row - 1, valueCols) } : row;
    });
    return { ...t, rows, confidence: confidenceWithRows(t, rows) };
  });
}

/**
 * What recognition can tell apart in a cell when it finds headers, rows and column roles: no
 * content, a formula showing blank, the exact text, an error, a year-like whole number (2021 may
 * be a header), a percent-formatted fraction, or another number.
 */
function cellClass(cell: Cell | undefined): string {
  if (!cell) return '';
  const v = cell.value;
  if (v === null || v === undefined) return cell.formula ? 'formula' : '';
  if (typeof v === 'string') return v.trim() === '' && !cell.formula ? '' : `text:${v}`;
  if (typeof v === 'boolean') return `text:${v}`;
  if (typeof v === 'object') return `error:${v.error}`;
  if (!Number.isFinite(v)) return `error:${v}`;
  if (Number.isInteger(v) && v >= 1950 && v <= 2100) return `year:${v}`;
  return formatInfo(cell.numberFormat).percent && Math.abs(v) <= 1.5 ? 'percent' : 'number';
}

const rowIndex = new WeakMap<PlanTable, Map<number, PlanRow>>();

/** The table row and value column at a 0-based cell, if the cell is one of a table's value cells. */
function locate(tables: PlanTable[], r: number, c: number): { row: PlanRow; column: PlanColumn } | null {
  for (const t of tables) {
    const a = t.area;
    if (r < a.top || r > a.bottom || c < a.left || c > a.right) continue;
    let rows = rowIndex.get(t);
    if (!rows) rowIndex.set(t, (rows = new Map(t.rows.map((x) => [x.row, x]))));
    const column = t.columns.find((col) => col.c === c && (col.role === 'value' || col.role === 'delta'));
    const row = rows.get(r + 1);
    return column && row ? { row, column } : null;
  }
  return null;
}
