/**
 * Tsuyama's header without its western-year row (a clerk's look): years, then 決算値① | 目標値② | 決算値③ merged down over a
 * third row that only the difference column fills (令和3年度 | 決算と比較 | ③-①). The ③-① of that row is the column's
 * operands, not a heading numbered ③: the header is three rows and each row below is a debt — read as a plan of rows
 * (it had been read as figures without debts, and 集計 summed none of them).
 */
import { recognizeWorkbook } from '../../../src/core/recognize';
import { inspect, summarize } from '../../../src/core/engine';
import { sheetFromGrid, type CellValue } from '../../../src/core/workbook';

const body: CellValue[][] = [
  ['税務課', '市税', 481383, 462400, 322509, -158874],
  ['保険年金課', '国民健康保険税', 300000, 280000, 250000, -50000],
  ['住宅課', '市営住宅使用料', 40000, 38000, 36000, -4000],
];
const grid = (delta: [string | null, string | null, string]): CellValue[][] => [
  ['収入未済額の実績と目標'],
  ['（単位：千円）'],
  [],
  ['所管課', '債権名', '令和3年度', '令和5年度', '令和5年度', delta[0]],
  [null, null, '決算値①', '目標値②', '決算値③', delta[1]],
  [null, null, null, null, null, delta[2]],
  ...body,
];
const merges = ['A4:A6', 'B4:B6', 'C5:C6', 'D5:D6', 'E5:E6'];

describe('a difference column whose tags are a header row of their own', () => {
  it.each([
    ['merged as printed', merges, ['令和3年度', '決算と比較', '③-①'] as [string, string, string]],
    ['no merges', [], ['令和3年度', '決算と比較', '③-①'] as [string, string, string]],
    ['the tags alone under the year', [], ['令和3年度', null, '③－①'] as [string | null, string | null, string]],
  ])('%s: a table of rows, each a debt, the difference ③ − ①', (_, m, delta) => {
    const { tables, findings } = recognizeWorkbook({ sheets: [sheetFromGrid('収入未済額', grid(delta), m)] });
    expect(findings).toEqual([]);
    expect(tables).toHaveLength(1);
    const t = tables[0];
    expect(t.shape ?? 'rows').toBe('rows');
    expect([t.range, t.headerBottom]).toEqual(['A4:F9', 5]);
    expect(t.columns.map((c) => [c.column, c.role, c.fiscalYear, c.kind, c.tag])).toEqual([
      ['A', 'department', null, null, null],
      ['B', 'debt', null, null, null],
      ['C', 'value', 2021, 'actual', '①'],
      ['D', 'value', 2023, 'target', '②'],
      ['E', 'value', 2023, 'actual', '③'],
      ['F', 'delta', null, null, null],
    ]);
    expect(t.columns[5]).toMatchObject({ minuendColumn: 'E', subtrahendColumn: 'C' });
    expect(t.rows.map((r) => [r.row, r.department, r.debt, r.values.C, r.values.F])).toEqual([
      [7, '税務課', '市税', 481383, -158874],
      [8, '保険年金課', '国民健康保険税', 300000, -50000],
      [9, '住宅課', '市営住宅使用料', 40000, -4000],
    ]);
  });

  it('集計 sums its debts by year (it had no section at all)', () => {
    const { changes } = summarize({ sheets: [sheetFromGrid('収入未済額', grid(['令和3年度', '決算と比較', '③-①']), merges)] }, 'x.xlsx');
    const head = changes.cells.find((c) => c.sheet === '集計' && c.value === '令和3年度\n実績')!;
    const [col, row] = [head.cell.replace(/\d+$/, ''), Number(head.cell.replace(/^[A-Z]+/, ''))];
    const value = (r: number) => changes.cells.find((c) => c.sheet === '集計' && c.cell === `${col}${r}`);
    // By class (市税 and 国民健康保険税 強制徴収; none 非強制; 市営住宅使用料 私債権), then their total.
    expect([1, 2, 3, 4].map((k) => value(row + k)?.value)).toEqual([781383, '', 40000, 821383]);
    expect(value(row + 1)?.formula).toBe("SUM('収入未済額'!C7,'収入未済額'!C8)");
  });
});

describe('③-① over columns that carry no tag (実績 | 目標 | 実績 under their years)', () => {
  const g = (delta: number): CellValue[][] => [
    ['収入未済額の実績と目標'],
    ['（単位：千円）'],
    [],
    ['所管課', '債権名', '令和3年度', '令和5年度', '令和5年度', '令和3年度'],
    [null, null, '実績', '目標', '実績', '決算と比較'],
    [null, null, null, null, null, '③-①'],
    ['税務課', '市税', 481383, 462400, 322509, delta],
    ['住宅課', '市営住宅使用料', 40000, 38000, 36000, -4000],
  ];

  it('counts the figures’ columns from the left, ① the first: F is E − C, and a wrong one is found (a review’s probe: it went unchecked)', () => {
    const t = recognizeWorkbook({ sheets: [sheetFromGrid('収入未済額', g(-158874))] }).tables[0];
    expect(t.columns[5]).toMatchObject({ role: 'delta', minuendColumn: 'E', subtrahendColumn: 'C' });
    const r = inspect({ sheets: [sheetFromGrid('収入未済額', g(-158000))] }, 'x.xlsx');
    expect(r.issues.map((i) => [i.code, i.cell, i.expected])).toEqual([['delta-mismatch', 'F7', -158874]]);
  });
});
