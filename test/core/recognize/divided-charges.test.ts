/**
 * 調定額 printed by 区分 and as their 計 (調定額（現年度分） | 調定額（滞納繰越分） | 調定額計 | 収入済額 | 不納欠損額 | 収入未済額 |
 * 収納率): the ledger is the 計's, the 計 the sum of its 区分. (The ledger had taken 調定額（現年度分）: eight false errors on a
 * correct table, and 再計算 wrote B − E − F over every 収入未済額 — △167,900 — and E ÷ B over every rate — 104.7.)
 */
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid as read, observationAt as obs, errorsOf as errors } from '../../fixtures/observations/read-grid';
import { workbookOf } from '../../fixtures/observations/score';
import { recalc } from '../../../src/core/engine';

const grid: GridCell[][] = [
  ['令和4年度 債権別収入状況'],
  [null, null, null, null, null, null, null, '（単位：千円、％）'],
  ['債権名', '調定額（現年度分）', '調定額（滞納繰越分）', '調定額計', '収入済額', '不納欠損額', '収入未済額', '収納率'],
  ['市税', 15234567, 456789, 15691356, 15012345, 34567, 644444, { v: 95.7, fmt: '0.0' }],
  ['国民健康保険税', 2345678, 567890, 2913568, 2456789, 56789, 399990, { v: 84.3, fmt: '0.0' }],
  ['介護保険料', 1876543, 45678, 1922221, 1890123, 4567, 27531, { v: 98.3, fmt: '0.0' }],
  ['下水道使用料', 1023456, 23456, 1046912, 1030123, 1234, 15555, { v: 98.4, fmt: '0.0' }],
  ['※ 収納率＝収入済額÷調定額計×100'],
];
const recalculated = (edits: Record<string, GridCell> = {}) => recalc(workbookOf([{ name: 'S', grid }], { edits }), 'x.xlsx', '2026-12-06 10:00');
const writes = (edits: Record<string, GridCell> = {}) => new Map(recalculated(edits).changes.cells.filter((c) => c.formula !== undefined).map((c) => [c.cell, c]));

describe('調定額 by 区分 beside its 計', () => {
  it('reads the 計 as their 全体 and checks the ledger against it: the table as printed has no finding', () => {
    const r = read(grid);
    expect(obs(r, 'D5')).toMatchObject({ value: 2913568, item: '調定額', division: '全体' });
    expect(obs(r, 'B5')).toMatchObject({ item: '調定額', division: '現年度分' });
    expect(errors(r)).toEqual([]);
  });

  it('finds a 計 typed wrong at its cell only (not again at the 収入未済額 and rate computed from it), and a rate typed wrong', () => {
    expect(errors(read(grid, [], { D5: 2913658 }))).toEqual(['total-mismatch@D5']);
    expect(errors(read(grid, [], { H6: 93.8 }))).toEqual(['rate-mismatch@H6']);
    expect(errors(read(grid, [], { G7: 15655 }))).toEqual(['ledger-identity@G7']);
  });

  it('is recalculated from the 計: the 計 as its 区分’ sum, 収入未済額 and the rate from it, each showing the figure printed', () => {
    const w = writes();
    expect(w.get('D5')).toMatchObject({ formula: 'IF(AND(B5="",C5=""),"",N(B5)+N(C5))', value: 2913568 });
    expect(w.get('G5')).toMatchObject({ formula: 'IF(OR(D5="",E5=""),"",D5-E5-N(F5))', value: 399990 });
    expect(w.get('H5')).toMatchObject({ formula: 'IF(OR(D5="",E5="",D5=0),"",ROUND(E5/D5*100,1))' });
    expect(w.get('H5')!.value).toBeCloseTo(84.3, 12);
    expect(recalculated().report.changes.filter((c) => c.mended)).toEqual([]);
  });

  it('mends a 計 typed wrong and keeps what is computed from it right', () => {
    const w = writes({ D5: 2913658 });
    expect(w.get('D5')!.value).toBe(2913568);
    expect(w.get('G5')!.value).toBe(399990);
    expect(recalculated({ D5: 2913658 }).report.changes.filter((c) => c.mended).map((c) => c.cell)).toEqual(['D5']);
  });
});
