/**
 * A flow of each debt by row: 前年度繰越額 | 調定額 | 収入済額 | 不納欠損額 | 翌年度繰越額. What the year before carried in is
 * the start, and 翌年度繰越額 = 前年度繰越額 + 調定額 − 収入済額 − 不納欠損額. (A 翌年度繰越額 typed wrong had been found
 * only where the column was headed 収入未済額; 再計算 wrote neither it nor the balances' totals.)
 */
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid as read, errorsOf as errors } from '../../fixtures/observations/read-grid';
import { workbookOf } from '../../fixtures/observations/score';
import { recalc } from '../../../src/core/engine';

const grid: GridCell[][] = [
  ['令和4年度 債権別残高の推移'],
  [null, null, null, null, null, '（単位：円）'],
  ['債権名', '前年度繰越額', '調定額', '収入済額', '不納欠損額', '翌年度繰越額'],
  ['市営住宅使用料', 28765432, 312456000, 302011000, 862960, 38347472],
  ['下水道使用料', 15432100, 1023456700, 975061600, 462960, 63364240],
  ['奨学金貸付金', 8765400, 4567800, 5917200, 262960, 7153040],
  ['合計', 52962932, 1340480500, 1282989800, 1588880, 108864752],
];

describe('前年度繰越額 … 翌年度繰越額 by row', () => {
  it('is a balance carried from the one to the other: the table as printed has no finding', () => {
    expect(errors(read(grid))).toEqual([]);
  });

  it('finds a 翌年度繰越額 typed wrong, and its column’s total then off its parts', () => {
    expect(errors(read(grid, [], { F5: 16543210 }))).toEqual(['rollforward-mismatch@F5', 'total-mismatch@F7']);
    expect(read(grid, [], { F5: 16543210 }).issues.find((i) => i.cell === 'F5')).toMatchObject({ expected: 63364240, actual: 16543210 });
    expect(errors(read(grid, [], { F7: 108864852 }))).toEqual(['rollforward-mismatch@F7', 'total-mismatch@F7']);
  });

  it('is written by 再計算: each 翌年度繰越額 from what was carried in and the flows, its total a SUM; one typed wrong mended', () => {
    const { changes, report } = recalc(workbookOf([{ name: 'S', grid }], { edits: { F5: 16543210 } }), 'x.xlsx', '2026-12-06 10:00');
    const w = new Map(changes.cells.filter((c) => c.formula !== undefined).map((c) => [c.cell, c]));
    expect(w.get('F5')).toMatchObject({ formula: 'IF(OR(C5="",D5=""),"",N(B5)+C5-D5-N(E5))', value: 63364240 });
    expect(w.get('F7')).toMatchObject({ formula: 'SUM(F4:F6)', value: 108864752 });
    expect(w.get('B7')).toMatchObject({ formula: 'SUM(B4:B6)', value: 52962932 });
    expect(report.changes.filter((c) => c.mended).map((c) => c.cell)).toEqual(['F5']);
  });

  it('where 調定額 holds what was carried in (most rows show the flows alone), from the flows alone', () => {
    // 調定額 = 前年度繰越額 + the year's charges: 翌年度繰越額 = 調定額 − 収入済額 − 不納欠損額.
    const held = grid.map((row, i) => (i >= 3 && i <= 5 ? [row[0], row[1], (row[1] as number) + (row[2] as number), row[3], row[4], row[5]] : row));
    held[6] = ['合計', 52962932, 1340480500 + 52962932, 1282989800, 1588880, 108864752];
    expect(errors(read(held))).toEqual([]);
    const w = recalc(workbookOf([{ name: 'S', grid: held }]), 'x.xlsx', '2026-12-06 10:00').changes.cells.filter((c) => c.formula !== undefined);
    expect(w.find((c) => c.cell === 'F5')).toMatchObject({ formula: 'IF(OR(C5="",D5=""),"",C5-D5-N(E5))', value: 63364240 });
  });
});
