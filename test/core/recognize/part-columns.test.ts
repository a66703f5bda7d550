/**
 * Years down the rows, one column a tax, the total printed first (市税総額 on the left), and one tax split
 * into its whole and a part of it (固定資産税 › 全体 | うち償却資産分): the part is the tax's, never an addend
 * of the total; the whole is the tax itself; the total is checked against the columns right of it.
 * Written from the rule's words (figures invented, arithmetic kept).
 */
import type { Report } from '../../../src/core/report';
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid, observationAt as obs, errorsOf as errors } from '../../fixtures/observations/read-grid';
import { recalc, summarize } from '../../../src/core/engine';
import { sheetFromGrid, type CellValue } from '../../../src/core/workbook';

function read(edits: Record<string, GridCell> = {}): Report {
  const grid: GridCell[][] = [
    ['市税の推移', null, null, null, null, null],
    ['(単位:百万円)', null, null, null, null, null],
    ['年度', '市税総額', '市民税', '固定資産税', null, 'その他の税'],
    [null, null, null, '全体', 'うち償却資産分', null],
    ['令和3年度', 1000, 400, 500, 120, 100],
    ['令和4年度', 1050, 420, 520, 130, 110],
  ];
  return readGrid(grid, ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4'], edits);
}

test('the part is the tax’s at its stage, the whole the tax itself, the first column the total', () => {
  const r = read();
  expect(obs(r, 'E5')).toMatchObject({ value: 120, debt: '固定資産税', stage: 'うち償却資産分', part: true, derived: null, fiscalYear: 2021 });
  expect(obs(r, 'D5')).toMatchObject({ value: 500, debt: '固定資産税', derived: null });
  expect(obs(r, 'B6')).toMatchObject({ value: 1050, debt: null, derived: 'total', fiscalYear: 2022 });
  expect(errors(r)).toEqual([]);
});

test('a total printed first that is not the sum of the columns right of it (the part left out) is found', () => {
  expect(errors(read({ B5: 1120 }))).toEqual(['total-mismatch@B5']);
  // A wrong part changes no total.
  expect(errors(read({ E6: 230 }))).toEqual([]);
});

describe('a part in a column of its own beside its debt (うち個人市民税), and a debt listed again after the 合計 ((再掲)市税)', () => {
  // (Each had been read as a debt: a false total-mismatch on every 合計, and 集計 and 取りまとめ summed the part and the listing
  // again with the debts — 1,753,776 for a 合計 of 1,423,900 — a user's look.)
  const grid: GridCell[][] = [
    ['収入未済額の推移'],
    ['（単位：千円）'],
    ['年度', '市民税', 'うち個人市民税', '固定資産税', '軽自動車税', '国民健康保険税', '合計', '（再掲）市税'],
    ['平成30年度', 412345, 329876, 388210, 21034, 602311, 1423900, 821589],
    ['令和元年度', 398120, 318496, 371002, 19876, 588430, 1377428, 788998],
  ];

  test('are parts: the one 市民税’s, the other 市税 again, no addend of the 合計', () => {
    const r = readGrid(grid);
    expect(obs(r, 'C4')).toMatchObject({ debt: '市民税', value: 329876 });
    expect(obs(r, 'H4')).toMatchObject({ debt: '市税', value: 821589 });
    expect(errors(r)).toEqual([]);
    expect(errors(readGrid(grid, [], { G5: 1377528 }))).toEqual(['total-mismatch@G5']);
  });

  test('集計 sums the debts alone: the 合計 printed', () => {
    const sum = summarize({ sheets: [sheetFromGrid('推移', grid as CellValue[][])] }, 'x.xlsx').changes.cells.find((c) => c.sheet === '集計' && typeof c.formula === 'string' && c.formula.includes("'推移'!B4"));
    expect(sum?.formula).not.toContain('C4');
    expect(sum?.formula).not.toContain('H4');
    expect(sum?.value).toBe(1423900);
  });
});

describe('a 合計 column after a subtotal column (市民税 | 固定資産税 | 軽自動車税 | 市税計 | 国民健康保険税 | 合計)', () => {
  // (The 合計 had been checked against 国民健康保険税 alone, the columns after the subtotal: flagged on every row — a user's look.)
  const grid: GridCell[][] = [
    ['収入未済額の推移'],
    ['（単位：千円）'],
    ['年度', '市民税', '固定資産税', '軽自動車税', '市税計', '国民健康保険税', '合計'],
    ['平成30年度', 412345, 388210, 21034, 821589, 602311, 1423900],
    ['令和元年度', 398120, 371002, 19876, 788998, 588430, 1377428],
  ];

  test('is the subtotal and the columns after it: no finding; one typed wrong is found, and the subtotal typed wrong too', () => {
    expect(errors(readGrid(grid))).toEqual([]);
    expect(errors(readGrid(grid, [], { G5: 1377528 }))).toEqual(['total-mismatch@G5']);
    expect(errors(readGrid(grid, [], { E5: 788008 }))).toContain('total-mismatch@E5');
  });

  test('再計算 makes it SUM(E:F), the subtotal SUM(B:D)', () => {
    const cells = recalc({ sheets: [sheetFromGrid('推移', grid as CellValue[][])] }, 'x.xlsx', '2026-12-06 10:00').changes.cells.filter((c) => c.sheet === '推移');
    expect(cells.find((c) => c.cell === 'G4')).toMatchObject({ formula: 'SUM(E4:F4)', value: 1423900 });
    expect(cells.find((c) => c.cell === 'E4')).toMatchObject({ formula: 'SUM(B4:D4)', value: 821589 });
  });
});
