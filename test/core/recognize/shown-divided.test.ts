/**
 * Figures a format shows divided (#,##0, shows 512,345,678 as 512,346): under （単位：千円） they are
 * 円, the unit line's unit being the one shown. They were taken as 千円, and 取りまとめ published
 * 512,345,678 千円. Written from the rule's words.
 */
import { inspect } from '../../../src/core/engine';
import { consolidate, resultOfWorkbook } from '../../../src/core/consolidate';
import { workbookOf } from '../../fixtures/observations/score';
import type { GridCell } from '../../fixtures/observations/types';

const k = (v: number): GridCell => ({ v, fmt: '#,##0,' });
const grid = (unit: string, cell: (v: number) => GridCell): GridCell[][] => [
  ['収入未済額の推移', null, null, null],
  [null, null, null, `（単位：${unit}）`],
  ['所管課', '債権名', '令和4年度 実績', '令和5年度 実績'],
  ['税務課', '市税', cell(512345678), cell(480123456)],
  ['税務課', '固定資産税', cell(1000000), cell(2000000)],
];
const book = (unit: string, cell: (v: number) => GridCell) => workbookOf([{ name: '計画', grid: grid(unit, cell) }]);
const obs = (unit: string, cell: (v: number) => GridCell, at: string) => inspect(book(unit, cell), 't.xlsx').tables[0].observations.find((o) => o.cell === at);

test('under 千円, figures shown in thousands are 円, as stored', () => {
  expect(obs('千円', k, 'C4')).toMatchObject({ value: 512345678, unit: '円', item: '収入未済額' });
  // Shown as stored: the unit line's.
  expect(obs('千円', (v) => ({ v, fmt: '#,##0' }), 'C4')).toMatchObject({ value: 512345678, unit: '千円' });
  // Two commas under 百万円: 円; one under 百万円: 千円; shown in thousands under 円: no unit that fits.
  expect(obs('百万円', (v) => ({ v, fmt: '#,##0,,' }), 'D5')).toMatchObject({ value: 2000000, unit: '円' });
  expect(obs('百万円', k, 'D5')).toMatchObject({ unit: '千円' });
  expect(obs('円', k, 'D5')).toMatchObject({ unit: null });
});

test('取りまとめ publishes them in the city unit as shown', () => {
  const c = consolidate([resultOfWorkbook('税務課.xlsx', 1, book('千円', k))]);
  const t = c.totals.find((x) => x.item === '収入未済額' && x.fiscalYear === 2022 && x.kind === 'actual');
  expect(t?.unit).toBe('千円');
  expect(t?.value).toBeCloseTo(513345.678, 3);
});

test('the same down the rows (a matrix): a figure shown in thousands under 千円 is 円', () => {
  const down: GridCell[][] = [
    ['市税の収入未済額の推移', null],
    [null, '（単位：千円）'],
    ['年度', '収入未済額'],
    ['令和3年度', k(512345678)],
    ['令和4年度', k(480123456)],
    ['令和5年度', { v: 450000, fmt: '#,##0' }],
  ];
  const o = (cell: string) => inspect(workbookOf([{ name: '推移', grid: down }]), 't.xlsx').tables.flatMap((t) => t.observations).find((x) => x.cell === cell);
  expect(o('B4')).toMatchObject({ value: 512345678, unit: '円', fiscalYear: 2021 });
  expect(o('B6')).toMatchObject({ value: 450000, unit: '千円', fiscalYear: 2023 });
});
