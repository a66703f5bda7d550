/**
 * Years down the rows with a 区分 column right of the figures saying each row's kind (実績 | 目標): the
 * row's figures are of that kind. The 目標 row was taken as a result, and 取りまとめ published a target
 * as 実績. Written from the rule's words.
 */
import { inspect } from '../../../src/core/engine';
import { currentFiscalYear } from '../../../src/core/dates';
import { workbookOf } from '../../fixtures/observations/score';
import type { GridCell } from '../../fixtures/observations/types';

const grid: GridCell[][] = [
  ['林業改善資金貸付金の収入未済額', null, null, null, null],
  [null, null, null, null, '（単位：千円）'],
  ['年度', '調定額', '収入済額', '収入未済額', '区分'],
  ['令和3年度', 5000, 2000, 3000, '実績'],
  ['令和4年度', 4800, 2200, 2600, '実績'],
  ['令和5年度', 4500, 2300, 2200, '見込'],
  ['令和6年度', 4300, 2300, 2000, '目標'],
];
const read = (g: GridCell[][]) => inspect(workbookOf([{ name: '推移', grid: g }]), 't.xlsx');
const obs = (g: GridCell[][], cell: string) => read(g).tables.flatMap((t) => t.observations).find((o) => o.cell === cell);

test('each row is of the kind its 区分 cell says', () => {
  expect(obs(grid, 'D4')).toMatchObject({ value: 3000, item: '収入未済額', fiscalYear: 2021, kind: 'actual' });
  expect(obs(grid, 'D6')).toMatchObject({ value: 2200, fiscalYear: 2023, kind: 'forecast' });
  expect(obs(grid, 'B7')).toMatchObject({ value: 4300, item: '調定額', fiscalYear: 2024, kind: 'target' });
  expect(obs(grid, 'D7')).toMatchObject({ value: 2000, fiscalYear: 2024, kind: 'target' });
});

test('a column of other words beside the figures (備考) says no kind', () => {
  const noted = grid.map((row, r) => (r === 2 ? [...row.slice(0, 4), '備考'] : r >= 3 ? [...row.slice(0, 4), r === 6 ? '目標は計画による' : null] : row));
  expect(obs(noted, 'D7')).toMatchObject({ value: 2000, fiscalYear: 2024, kind: 'actual' });
});

test('unlabelled, a figure is a result, but one of a year still to come is of no kind known', () => {
  const years: GridCell[][] = [
    ['市営住宅使用料の収入未済額', null, null, null],
    [null, null, null, '（単位：千円）'],
    ['債権名', '令和2年度', '令和5年度', '令和20年度'],
    ['市営住宅使用料', 200, 190, 160],
  ];
  expect(obs(years, 'B4')).toMatchObject({ fiscalYear: 2020, kind: 'actual' });
  expect(obs(years, 'C4')).toMatchObject({ fiscalYear: 2023, kind: 'actual' });
  expect(obs(years, 'D4')).toMatchObject({ fiscalYear: 2038, kind: null });
  // The same down the rows (a matrix).
  const down: GridCell[][] = [
    ['市営住宅使用料の収入未済額の推移', null],
    [null, '（単位：千円）'],
    ['年度', '収入未済額'],
    ['令和2年度', 200],
    ['令和5年度', 190],
    ['令和20年度', 160],
  ];
  expect(obs(down, 'B4')).toMatchObject({ fiscalYear: 2020, kind: 'actual' });
  expect(obs(down, 'B6')).toMatchObject({ fiscalYear: 2038, kind: null });
});

test('the fiscal year under way starts in April', () => {
  expect(currentFiscalYear(new Date(2026, 2, 31))).toBe(2025);
  expect(currentFiscalYear(new Date(2026, 3, 1))).toBe(2026);
});
