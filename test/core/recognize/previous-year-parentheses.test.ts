/**
 * A table of one year by debt and 区分 (現年 / 滞繰 / 合計), each figure with last year's under it in
 * parentheses, and a 前年比 column: the parentheses are the year before's (not old targets) because
 * the 前年比 is this year's figure less the one in parentheses. A debt written with its department in
 * parentheses (市民税(税務課)) is that debt of that department. Each table is small and written from
 * the rule's words (figures invented, arithmetic kept).
 */
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid as read, observationAt as obs, errorsOf as errors } from '../../fixtures/observations/read-grid';

const grid: GridCell[][] = [
  ['令和5年度 市税等の収納状況', null, null, null, null],
  ['債権名(所管課)', '区分', '収納額(千円)', '収納率(%)', '収納率前年比'],
  ['市民税\n(税務課)', '現年', 50000, 99.1, 0.3],
  [null, null, '(48,000)', '(98.8)', null],
  [null, '滞納繰越', 2000, 30.5, -1.5],
  [null, null, '(2,500)', '(32.0)', null],
  [null, '合計', 52000, 96.2, 0.4],
  [null, null, '(50,500)', '(95.8)', null],
  ['介護保険料\n(介護保険課)', '現年', 8000, 99.5, 0.1],
  [null, null, '(7,900)', '(99.4)', null],
];
const merges = ['A3:A8', 'B3:B4', 'E3:E4', 'B5:B6', 'E5:E6', 'B7:B8', 'E7:E8', 'A9:A10', 'B9:B10', 'E9:E10'];

describe('last year in parentheses under each figure, told by the 前年比 column', () => {
  test('the figures are this year’s results; those in parentheses the year before’s', () => {
    const r = read(grid, merges);
    expect(obs(r, 'C3')).toMatchObject({ value: 50000, item: '収入済額', fiscalYear: 2023, kind: 'actual', division: '現年度分' });
    expect(obs(r, 'C4')).toMatchObject({ value: 48000, item: '収入済額', fiscalYear: 2022, kind: 'actual', division: '現年度分', note: '括弧書き（前年度）' });
    expect(obs(r, 'D6')).toMatchObject({ value: 32, item: '収納率', fiscalYear: 2022, kind: 'actual', division: '滞納繰越分' });
    expect(obs(r, 'C10')).toMatchObject({ value: 7900, fiscalYear: 2022, debt: '介護保険料' });
  });

  test('a debt with its department in parentheses is that debt of that department', () => {
    const r = read(grid, merges);
    expect(obs(r, 'C3')).toMatchObject({ debt: '市民税', department: '税務課' });
    expect(obs(r, 'D9')).toMatchObject({ debt: '介護保険料', department: '介護保険課' });
  });

  test('the 合計 of each year sums that year’s 区分, and its 前年比 is the debt’s', () => {
    const r = read(grid, merges);
    expect(obs(r, 'E7')).toMatchObject({ value: 0.4, derived: 'delta', debt: '市民税', division: '全体' });
    expect(errors(r)).toEqual([]);
    // Last year's 合計 against last year's 区分: 2,500 typed 3,500 no longer adds up to (50,500).
    expect(errors(read(grid, merges, { C6: '(3,500)' }))).toEqual(['total-mismatch@C8']);
  });

  test('a 前年比 is checked against the figure and its parenthesized one of the same 区分', () => {
    expect(errors(read(grid, merges, { E5: 1.5 }))).toEqual(['delta-mismatch@E5']);
  });
});

test('parentheses without a 前年比 that says so stay old targets of the same year', () => {
  const plain = grid.map((row) => row.slice(0, 4));
  const r = read(plain, merges.filter((m) => !m.startsWith('E')));
  expect(obs(r, 'C4')).toMatchObject({ value: 48000, fiscalYear: 2023, kind: 'target', note: '括弧書き（旧目標）' });
});
