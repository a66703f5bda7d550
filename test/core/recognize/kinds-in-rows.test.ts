/**
 * A 実績 row and a 目標 row of each debt, the kind in a column beside the debt (区分), the years across with targets left
 * blank where none is set, and a difference naming its years and kinds (差（R9目標−R4実績）) on the 目標 row: its operands
 * are on two rows. (It had been read as a row table of one kind: every 差 flagged or blanked, and 再計算 wrote formulas
 * showing nothing over the three typed differences.)
 */
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid as read, observationAt as obs, errorsOf as errors } from '../../fixtures/observations/read-grid';
import { workbookOf } from '../../fixtures/observations/score';
import { recalc } from '../../../src/core/engine';

const R = '0.0';
const grid: GridCell[][] = [
  ['収納率の実績と目標'],
  [null, null, null, null, null, null, null, null, '（単位：％）'],
  ['債権名', '区分', '令和4年度', '令和5年度', '令和6年度', '令和7年度', '令和8年度', '令和9年度', '差（R9目標−R4実績）'],
  ['市税', '実績', { v: 98.1, fmt: R }, { v: 98.2, fmt: R }],
  [null, '目標', null, null, null, { v: 98.4, fmt: R }, null, { v: 98.8, fmt: R }, { v: 0.7, fmt: '0.0;"△"0.0' }],
  ['国民健康保険税', '実績', { v: 90.8, fmt: R }, { v: 91.1, fmt: R }],
  [null, '目標', null, null, { v: 91.3, fmt: R }, null, null, { v: 92.5, fmt: R }, { v: 1.7, fmt: '0.0;"△"0.0' }],
  ['市営住宅使用料', '実績', { v: 93, fmt: R }, { v: 93.4, fmt: R }],
  [null, '目標', null, null, null, null, null, { v: 95, fmt: R }, { v: 2, fmt: '0.0;"△"0.0' }],
  ['※ 目標欄の空欄は、中間年度の目標を設定していないもの。'],
];
const MERGES = ['A4:A5', 'A6:A7', 'A8:A9'];

describe('実績 and 目標 rows of each debt', () => {
  it('reads each figure with its row’s kind; the table as printed has no finding (no duplicate debt, no blank target missing)', () => {
    const r = read(grid, MERGES);
    expect(obs(r, 'C4')).toMatchObject({ value: 98.1, debt: '市税', item: '収納率', fiscalYear: 2022, kind: 'actual' });
    expect(obs(r, 'H5')).toMatchObject({ value: 98.8, debt: '市税', fiscalYear: 2027, kind: 'target' });
    expect(obs(r, 'I7')).toMatchObject({ value: 1.7, debt: '国民健康保険税', derived: 'delta' });
    expect(r.issues).toEqual([]);
  });

  it('checks 差（R9目標−R4実績） as the 目標 row’s R9 less the 実績 row’s R4', () => {
    expect(errors(read(grid, MERGES, { I7: 2.7 }))).toEqual(['delta-mismatch@I7']);
    expect(read(grid, MERGES, { I7: 2.7 }).issues[0]).toMatchObject({ expected: 1.7, actual: 2.7 });
  });

  it('is recalculated so: each 差 a formula over the two rows, showing the figure typed', () => {
    const w = recalc(workbookOf([{ name: 'S', grid, merges: MERGES }]), 'x.xlsx', '2026-12-06 10:00').changes.cells.filter((c) => c.formula !== undefined);
    expect(w.map((c) => [c.cell, c.formula])).toEqual([
      ['I5', 'IF(OR(H5="",C4=""),"",H5-C4)'],
      ['I7', 'IF(OR(H7="",C6=""),"",H7-C6)'],
      ['I9', 'IF(OR(H9="",C8=""),"",H9-C8)'],
    ]);
    expect(w.map((c) => Math.round((c.value as number) * 10) / 10)).toEqual([0.7, 1.7, 2]);
  });
});
