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
