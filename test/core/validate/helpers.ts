import { sheetFromGrid, type CellValue, type Sheet } from '../../../src/core/workbook';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { validateTables } from '../../../src/core/validate';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import { defaultCatalog } from '../../../src/core/catalog';
import type { Finding } from '../../../src/core/recognize/model';

/** Recognize and validate one sheet built from a grid; findings with code, cell, severity. */
export function check(grid: CellValue[][], merges: string[] = [], settings: Partial<Settings> = {}, sheet = '計画'): Finding[] {
  return checkSheet(sheetFromGrid(sheet, grid, merges), settings);
}

/** Recognize and validate one sheet (with its cells' number formats, say). */
export function checkSheet(sheet: Sheet, settings: Partial<Settings> = {}): Finding[] {
  const { tables, findings } = recognizeWorkbook({ sheets: [sheet] });
  if (tables.length === 0) throw new Error(`no table recognized: ${JSON.stringify(findings)}`);
  return [...findings, ...validateTables(tables, { settings: { ...DEFAULT_SETTINGS, ...settings }, catalog: defaultCatalog() })];
}

export const codes = (fs: Finding[], code: string) => fs.filter((f) => f.code === code).map((f) => [f.cell, f.severity]);

/** A small rate table in the Tsuyama layout, rows given as [department, debt, ①, ②, ③, ③-①]. */
export function rateTable(rows: CellValue[][]): CellValue[][] {
  return [
    ['収納率の実績'],
    [null, null, null, null, null, '(単位：%)'],
    ['所管課', '債権名', '令和元年度\n決算①', '令和2年度\n目標②', '令和2年度\n決算③', '決算と比較\n③-①'],
    ...rows,
  ];
}

/** An amount table with a 合計 row: [department, debt, R1 実績, R2 実績, R3 実績]. */
export function amountTable(rows: CellValue[][]): CellValue[][] {
  return [
    ['収入未済額の実績'],
    [null, null, null, null, '(単位：千円)'],
    ['所管課', '債権名', '令和元年度 実績', '令和2年度 実績', '令和3年度 実績'],
    ...rows,
  ];
}

/** A ledger: [department, debt, 区分, 調定額, 収入済額, 不納欠損額, 収入未済額, 収納率]. */
export function ledgerTable(rows: CellValue[][]): CellValue[][] {
  return [
    ['令和5年度 収入状況'],
    [null, null, null, null, null, null, null, '(単位：千円、%)'],
    ['所管課', '債権名', '区分', '令和5年度 決算', null, null, null, null],
    [null, null, null, '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率'],
    ...rows,
  ];
}
export const LEDGER_MERGES = ['A3:A4', 'B3:B4', 'C3:C4', 'D3:H3'];
