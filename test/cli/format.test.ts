/**
 * The text report (inspect without --json): each finding under the table holding its cell, a sheet's other findings after
 * its tables (two tables on one sheet had every finding listed under the second: a clerk's look).
 */
import { formatReport } from '../../src/cli/format';
import { readGrid } from '../fixtures/observations/read-grid';

const grid = [
  ['表1　収納率の実績と目標'],
  [null, null, null, null, '（単位：%）'],
  ['債権名', '令和3年度\n実績①', '令和5年度\n目標②', '令和5年度\n実績③', '実績と比較\n③-①'],
  ['市民税', 98.1, 98.5, 98.6, 0.9],
  ['国民健康保険税', 90.2, 91.0, 91.5, 1.3],
  [],
  ['表2　収入未済額の実績と目標'],
  [null, null, null, null, '（単位：千円）'],
  ['債権名', '令和3年度\n実績①', '令和5年度\n目標②', '令和5年度\n実績③', '実績と比較\n③-①'],
  ['市民税', 175320, 160000, 158200, -17120],
  ['国民健康保険税', 240510, 230000, 228000, -2510],
];

describe('the text report', () => {
  it('lists each finding under the table holding its cell', () => {
    const report = readGrid(grid, [], {}, '計画');
    const at = (code: string, cell: string) => report.issues.some((i) => i.code === code && i.cell === cell);
    // One wrong difference in each table: 0.9 (98.6 − 98.1 = 0.5) and −2,510 (228,000 − 240,510 = −12,510).
    expect(at('delta-mismatch', 'E4') && at('delta-mismatch', 'E11')).toBe(true);
    const lines = formatReport(report, ['計画'], 'ja').split('\n');
    const line = (start: string) => lines.findIndex((l) => l.trimStart().startsWith(start));
    const [first, second] = [line('表 A3:E5'), line('表 A9:E11')];
    const [e4, e11] = [lines.findIndex((l) => / E4 .*delta-mismatch/.test(l)), lines.findIndex((l) => / E11 .*delta-mismatch/.test(l))];
    expect([first, second, e4, e11].every((n) => n >= 0)).toBe(true);
    expect(first < e4 && e4 < second && second < e11).toBe(true);
  });
});
