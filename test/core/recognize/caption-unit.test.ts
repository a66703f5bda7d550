/**
 * A unit in brackets closing a table's caption (表2 収入未済額の目標（千円）) is the table's unit, as a unit line is: its figures
 * were of no unit, a warning asked for a unit line, and 集計 left them out.
 */
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid as read, observationAt as obs } from '../../fixtures/observations/read-grid';

const grid = (caption: string): GridCell[][] => [
  [caption],
  ['債権名', '令和5年度実績', '令和6年度見込', '令和9年度目標'],
  ['個人市民税', 170210, 160000, 140000],
  ['法人市民税', 7540, 7000, 6000],
];
const warnings = (g: GridCell[][]) => read(g).issues.filter((i) => i.severity === 'warning').map((i) => `${i.code}@${i.cell}`);

describe('a unit closing the caption', () => {
  test.each([
    ['表2　収入未済額の目標（千円）', '千円'],
    ['収入未済額の推移(円)', '円'],
    ['収入未済額（百万円）', '百万円'],
  ])('%s: the figures are in %s, nothing said', (caption, unit) => {
    expect(obs(read(grid(caption)), 'B3')).toMatchObject({ value: 170210, item: '収入未済額', unit });
    expect(warnings(grid(caption))).toEqual([]);
  });

  test('no unit in the caption: the warning stays', () => {
    expect(warnings(grid('収入未済額の目標'))).toEqual(['unit-unknown@A2']);
  });
});

describe('a unit alone at the right end of the caption’s row (表1　収納率の実績と目標 … （単位：%）)', () => {
  const plan = (unit: string): GridCell[][] => [
    ['○○市債権管理計画(令和5年度改訂)', null, null, null, null, null],
    [null, null, null, null, null, null],
    ['表1　収納率の実績と目標', null, null, null, null, unit],
    ['所管課', '債権名', '令和3年度実績①', '令和4年度実績②', '令和5年度目標③', '③-①'],
    ['税務課', '市民税', 98.5, 98.9, 99.0, 0.5],
    [null, '固定資産税', 97.9, 98.1, 98.5, 0.6],
  ];

  test.each(['（単位：%）', '単位：%', '（単位：％）'])('%s: the caption’s row is no header: each column is of its own kind (a clerk’s look: 実績 read as 目標)', (unit) => {
    const r = read(plan(unit), ['A5:A6']);
    expect(r.tables.map((t) => [t.range, t.title])).toEqual([['A4:F6', '表1 収納率の実績と目標']]);
    expect(obs(r, 'C5')).toMatchObject({ value: 98.5, item: '収納率', fiscalYear: 2021, kind: 'actual', unit: '%' });
    expect(obs(r, 'D6')).toMatchObject({ value: 98.1, fiscalYear: 2022, kind: 'actual' });
    expect(obs(r, 'E5')).toMatchObject({ value: 99.0, fiscalYear: 2023, kind: 'target' });
  });
});
