/**
 * A class's line inside a table, (1) 強制徴收公債権 in the debt column, on the row where the department's cell merged down
 * over its debts begins (建設課 | (1) 強制徴収公債権): the class of the rows below, as the lines (2) and (3) further down are —
 * not a debt named 強制徴収公債権 of 建設課 (unknown-debt, and a row of その他 in 集計). A clerk's look.
 */
import { inspect, summarize } from '../../../src/core/engine';
import { sheetFromGrid, type CellValue } from '../../../src/core/workbook';

const grid: CellValue[][] = [
  ['建設課 収入未済額の実績と目標', null, null, null, null, '（単位：千円）'],
  [],
  ['所管課', '債権名', '令和5年度', '令和6年度', '令和6年度', '③-①'],
  [null, null, '実績①', '目標②', '実績③', null],
  ['建設課', '(1) 強制徴収公債権'],
  [null, '下水道事業受益者負担金', 12000, 11000, 11500, -500],
  [null, '(2) 非強制徴収公債権'],
  [null, '法定外公共物使用料', 100, 80, 90, -10],
  [null, '(3) 私債権'],
  [null, '市営住宅使用料', 40000, 38000, 36000, -4000],
  ['合計', null, 52100, 49080, 47590, -4510],
];
const book = (merges: string[]) => ({ sheets: [sheetFromGrid('建設課', grid, merges)] });

it.each([
  ['merged down from the class line', ['A5:A10']],
  ['merged down over the class lines and the 合計 row left out', ['A5:A9']],
])('the department %s: each debt of its class, of 建設課, nothing else read', (_, merges) => {
  const r = inspect(book(merges), 'x.xlsx');
  expect(r.tables[0].rows.filter((row) => !row.total).map((row) => [row.row, row.department, row.debt, row.classification])).toEqual([
    [6, '建設課', '下水道事業受益者負担金', '強制徴収公債権'],
    [8, '建設課', '法定外公共物使用料', '非強制徴収公債権'],
    [10, '建設課', '市営住宅使用料', '私債権'],
  ]);
  expect(r.issues.map((i) => [i.code, i.cell])).toEqual([]);
});

it('集計 has no その他 row for it', () => {
  const cells = summarize(book(['A5:A10']), 'x.xlsx').changes.cells.filter((c) => c.sheet === '集計');
  expect(cells.map((c) => c.value)).not.toContain('その他');
});
