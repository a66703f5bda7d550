/**
 * 目標 | 実績 | 達成率 under each year: 達成率 = 実績 ÷ 目標 × 100, above 100 where a target is beaten. (It had been read as a
 * 収納率: nine false rate-out-of-range errors on a correct table, and a 達成率 typed wrong never found.)
 */
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid as read, observationAt as obs, errorsOf as errors } from '../../fixtures/observations/read-grid';

const R = '0.0';
const v = (x: number): GridCell => ({ v: x, fmt: R });
const grid: GridCell[][] = [
  ['表5 収納率の目標と実績'],
  [null, null, null, null, null, null, null, '（単位：％）'],
  ['債権名', '令和3年度', null, null, '令和4年度', null, null],
  [null, '目標', '実績', '達成率', '目標', '実績', '達成率'],
  ['市税', v(97.5), v(97.8), v(100.3), v(98), v(98.1), v(100.1)],
  ['国民健康保険税', v(90), v(89.6), v(99.6), v(90.5), v(90.8), v(100.3)],
  ['介護保険料', v(98.5), v(98.7), v(100.2), v(98.6), v(98.8), v(100.2)],
];
const MERGES = ['B3:D3', 'E3:G3', 'A3:A4'];

describe('達成率 beside each year’s 目標 and 実績', () => {
  it('is the 実績’s ratio to the 目標, not a 収納率: the table as printed has no finding', () => {
    const r = read(grid, MERGES);
    expect(obs(r, 'D5')).toMatchObject({ value: 100.3, item: '目標進捗率', derived: 'ratio' });
    expect(obs(r, 'C5')).toMatchObject({ value: 97.8, item: '収納率', fiscalYear: 2021, kind: 'actual' });
    expect(errors(r)).toEqual([]);
  });

  it('is checked against its own year’s 目標 and 実績', () => {
    expect(errors(read(grid, MERGES, { G6: v(103.3) }))).toEqual(['ratio-mismatch@G6']);
    expect(read(grid, MERGES, { G6: v(103.3) }).issues[0]).toMatchObject({ expected: 100.3, actual: 103.3 });
    expect(errors(read(grid, MERGES, { D7: v(99.2) }))).toEqual(['ratio-mismatch@D7']);
  });
});
