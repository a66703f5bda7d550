/**
 * Rows and columns the user hid in Excel (a clerk's look): a hidden row is still a row of the table — a SUM over the rows,
 * 集計 and 取りまとめ count it, as Excel's SUM does — so 検証 says so (hidden-rows, once a table, every row named); a hidden
 * helper column (作業用: no year, kind or tag, no difference's operand) is no column of figures — it had been checked as one
 * (total-mismatch on cells the user cannot see) and written to by 再計算.
 */
import ExcelJS from 'exceljs';
import { inspect, recalc, summarize } from '../../../src/core/engine';
import { sheetFromGrid, type CellValue, type Sheet } from '../../../src/core/workbook';
import { readWorkbook } from '../../../src/hosts/file/read';

const grid: CellValue[][] = [
  ['収入未済額の実績と目標'],
  [null, null, null, null, null, '（単位：千円）'],
  ['所管課', '債権名', '令和3年度\n決算値①', '令和5年度\n決算値②', '②-①', '作業用'],
  ['税務課', '市税', 481383, 322509, -158874, 354760],
  ['保険年金課', '国民健康保険税', 300000, 250000, -50000, 275000],
  ['保険年金課', '旧老人保健医療費返還金', 5000, 4000, -1000, 4400],
  ['住宅課', '市営住宅使用料', 40000, 36000, -4000, 39600],
  // The 合計 typed over the rows shown (the hidden 旧老人保健医療費返還金 left out).
  ['合計', null, 821383, 608509, -212874, 0],
];
const sheet = (hiddenRows?: number[], hiddenColumns?: number[]): Sheet => Object.assign(sheetFromGrid('収入未済額', grid), hiddenRows ? { hiddenRows } : {}, hiddenColumns ? { hiddenColumns } : {});

describe('a hidden row of a table', () => {
  it('is read and counted, and said once at its first cell: the 合計 the user typed over the rows shown is found wrong (its ②-① agrees with them), the row named', () => {
    const r = inspect({ sheets: [sheet([5], [5])] }, 'x.xlsx');
    expect(r.tables[0].rows.map((row) => row.row)).toEqual([4, 5, 6, 7, 8]);
    expect(r.issues.filter((i) => i.code === 'hidden-rows').map((i) => [i.severity, i.cell, i.message])).toEqual([
      ['warning', 'B6', '非表示の行（6行目）も表の行として読んでいます。合計（SUM）、集計・取りまとめにもその数値が含まれます。表に含めない行であれば、削除するか（参考）と記入してください。'],
    ]);
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell, i.expected])).toEqual([
      ['total-mismatch', 'C8', 826383],
      ['total-mismatch', 'D8', 612509],
    ]);
  });

  it('several hidden rows in one finding; a hidden total row or a sheet with none hidden says nothing', () => {
    const two = inspect({ sheets: [sheet([3, 5])] }, 'x.xlsx').issues.filter((i) => i.code === 'hidden-rows');
    expect(two.map((i) => [i.cell, i.message])).toEqual([['B4', expect.stringContaining('（4・6行目）')]]);
    expect(inspect({ sheets: [sheet([7])] }, 'x.xlsx').issues.some((i) => i.code === 'hidden-rows')).toBe(false);
    expect(inspect({ sheets: [sheet()] }, 'x.xlsx').issues.some((i) => i.code === 'hidden-rows')).toBe(false);
  });

  it('is counted by 集計 as by Excel’s SUM', () => {
    const cells = summarize({ sheets: [sheet([5], [5])] }, 'x.xlsx').changes.cells.filter((c) => c.sheet === '集計');
    const head = cells.find((c) => c.value === '令和3年度\n実績')!;
    const total = cells.find((c) => c.value === '合計' && Number(c.cell.slice(1)) > Number(head.cell.slice(1)))!;
    expect(cells.find((c) => c.cell === `${head.cell.replace(/\d+$/, '')}${total.cell.slice(1)}`)?.value).toBe(826383);
  });
});

describe('a hidden helper column', () => {
  it('is no column of figures: nothing checked in it, nothing written to it', () => {
    const r = inspect({ sheets: [sheet(undefined, [5])] }, 'x.xlsx');
    expect(r.tables[0].columns.find((c) => c.column === 'F')?.role).toBe('other');
    expect(r.issues.filter((i) => i.cell.startsWith('F'))).toEqual([]);
    expect(recalc({ sheets: [sheet(undefined, [5])] }, 'x.xlsx', '2026-12-07 10:00').changes.cells.filter((c) => c.sheet === '収入未済額' && c.cell.startsWith('F'))).toEqual([]);
  });

  it('shown, it is read as before (a column of figures the table holds)', () => {
    const r = inspect({ sheets: [sheet()] }, 'x.xlsx');
    expect(r.tables[0].columns.find((c) => c.column === 'F')?.role).toBe('value');
  });

  it('a hidden column of a year stays a column of figures (last year’s 実績, an operand)', () => {
    const r = inspect({ sheets: [sheet(undefined, [2])] }, 'x.xlsx');
    expect(r.tables[0].columns.find((c) => c.column === 'C')).toMatchObject({ role: 'value', fiscalYear: 2021 });
  });
});

it('end to end: a workbook saved with a hidden row and a hidden helper column', async () => {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('収入未済額');
  grid.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  ws.getRow(6).hidden = true;
  ws.getColumn(6).hidden = true;
  const wb = await readWorkbook(new Uint8Array(await book.xlsx.writeBuffer()), 'x.xlsx');
  const r = inspect(wb, 'x.xlsx');
  expect(r.issues.map((i) => [i.code, i.cell]).filter(([code]) => code === 'hidden-rows' || code === 'total-mismatch')).toEqual([
    ['total-mismatch', 'C8'],
    ['total-mismatch', 'D8'],
    ['hidden-rows', 'B6'],
  ]);
});

it('a table of years down its rows: a hidden year’s row is said too, at its first cell', () => {
  const years: CellValue[][] = [
    ['市税 収入未済額の推移'],
    [null, null, '（単位：千円）'],
    ['年度', '実績', '目標'],
    ['令和3年度', 5800, 5900],
    ['令和4年度', 5300, 5600],
    ['令和5年度', 5000, 5200],
  ];
  const r = inspect({ sheets: [Object.assign(sheetFromGrid('推移', years), { hiddenRows: [4] })] }, 'x.xlsx');
  expect(r.tables[0].shape).toBe('matrix');
  expect(r.issues.filter((i) => i.code === 'hidden-rows').map((i) => [i.cell, i.message])).toEqual([['A5', expect.stringContaining('（5行目）')]]);
});
