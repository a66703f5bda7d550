/**
 * 現年度分 | 滞納繰越分 | 合計 under each year, the quantity named only by the caption (収入未済額の状況): each 合計 is the whole
 * of the 区分 beside it. (Its 合計 had been read as a third figure of no 区分: a 合計 typed wrong went unseen, the column's
 * total was blamed and 再計算 rewrote it to match, and 集計 summed the 現年度分.)
 */
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid as read, observationAt as obs, errorsOf as errors } from '../../fixtures/observations/read-grid';
import { workbookOf } from '../../fixtures/observations/score';
import { recalc, summarize } from '../../../src/core/engine';

const grid: GridCell[][] = [
  ['収入未済額の状況（現年度分・滞納繰越分）'],
  [null, null, null, null, null, null, null, null, '（単位：千円）'],
  ['債権名', '令和5年度決算', null, null, '令和6年度見込', null, null, '増減（見込−決算）', null],
  [null, '現年度分', '滞納繰越分', '合計', '現年度分', '滞納繰越分', '合計', '現年度分', '滞納繰越分'],
  ['個人市民税', 30210, 140000, 170210, 28900, 131100, 160000, '△ 1,310', '△ 8,900'],
  ['固定資産税', 41200, 157100, 198300, 39800, 150200, 190000, '△ 1,400', '△ 6,900'],
  ['軽自動車税', 2380, 9500, 11880, 2200, 8800, 11000, '△ 180', '△ 700'],
  ['国民健康保険税', 98400, 287200, 385600, 95000, 275000, 370000, '△ 3,400', '△ 12,200'],
  ['合計', 172190, 593800, 765990, 165900, 565100, 731000, '△ 6,290', '△ 28,700'],
];
const merges = ['A3:A4', 'B3:D3', 'E3:G3', 'H3:I3'];
const recalculated = (edits: Record<string, GridCell> = {}) => recalc(workbookOf([{ name: 'S', grid, merges }], { edits }), 'x.xlsx', '2026-12-07 10:00');

describe('現年度分 | 滞納繰越分 | 合計 under each year, the item in the caption only', () => {
  it('reads each 合計 as the 全体 of the two beside it; the table as printed has no finding', () => {
    const r = read(grid, merges);
    expect(obs(r, 'D5')).toMatchObject({ value: 170210, item: '収入未済額', division: '全体', fiscalYear: 2023, kind: 'actual' });
    expect(obs(r, 'G6')).toMatchObject({ value: 190000, item: '収入未済額', division: '全体', fiscalYear: 2024, kind: 'forecast' });
    expect(obs(r, 'B5')).toMatchObject({ division: '現年度分' });
    expect(errors(r)).toEqual([]);
  });

  it('finds a 合計 typed wrong at its cell (11,980 for 2,380 + 9,500)', () => {
    expect(errors(read(grid, merges, { D7: 11980 }))).toEqual(['total-mismatch@D7', 'total-mismatch@D9']);
  });

  it('再計算 writes each 合計 as its 区分’ sum, mending the one typed wrong, and leaves the column’s total right', () => {
    const { report, changes } = recalculated({ D7: 11980 });
    const w = new Map(changes.cells.filter((c) => c.formula !== undefined).map((c) => [c.cell, c]));
    expect(w.get('D7')).toMatchObject({ formula: 'IF(AND(B7="",C7=""),"",N(B7)+N(C7))', value: 11880 });
    expect(w.get('D9')).toMatchObject({ formula: 'SUM(D5:D8)', value: 765990 });
    expect(report.changes.filter((c) => c.mended).map((c) => c.cell)).toEqual(['D7']);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('集計 of 区分 columns under each year', () => {
  const rowOf = (cell: string) => Number(/\d+$/.exec(cell)![0]);
  /** The 集計's first section (収入未済額 by class and year): its 合計 row's figures and its 強制徴収公債権 row's formulas. */
  const classSection = (g: GridCell[][], m = merges) => {
    const cells = summarize(workbookOf([{ name: 'S', grid: g, merges: m }]), 'x.xlsx').changes.cells.filter((c) => c.sheet === '集計');
    const head = cells.find((c) => typeof c.value === 'string' && c.value.startsWith('1 収入未済額'))!;
    const rowLabelled = (label: string) => rowOf(cells.find((c) => c.value === label && rowOf(c.cell) > rowOf(head.cell))!.cell);
    const [forced, total] = [rowLabelled('強制徴収公債権'), rowLabelled('合計')];
    return {
      total: cells.filter((c) => rowOf(c.cell) === total && c.formula).map((c) => c.value),
      forced: cells.filter((c) => rowOf(c.cell) === forced && c.formula).map((c) => c.formula),
    };
  };

  it('counts each debt’s 合計 (全体), not its 現年度分', () => {
    const s = classSection(grid);
    expect(s.total).toEqual([765990, 731000]);
    expect(s.forced[0]).toBe("SUM('S'!D5,'S'!D6,'S'!D7,'S'!D8)");
  });

  it('with no 合計 column, sums each debt’s 現年度分 and 滞納繰越分', () => {
    const parts = grid.map((row) => row.filter((_, c) => c !== 3 && c !== 6));
    const s = classSection(parts, ['A3:A4', 'B3:C3', 'D3:E3', 'F3:G3']);
    expect(s.total).toEqual([765990, 731000]);
  });
});

describe('収納率 by 区分 under each year, with its 合計', () => {
  const rates: GridCell[][] = [
    ['収納率の状況（現年度分・滞納繰越分）'],
    [null, null, null, '（単位：％）'],
    ['債権名', '令和5年度決算', null, null],
    [null, '現年度分', '滞納繰越分', '合計'],
    ['個人市民税', 99.3, 28.4, 98.0],
    ['国民健康保険税', 95.8, 24.1, 88.9],
  ];
  const m = ['A3:A4', 'B3:D3'];

  it('reads the 合計 rate as the debt’s 全体 (the corpus’s reading of a 合計 rate column), no sum of the two', () => {
    expect(obs(read(rates, m), 'D5')).toMatchObject({ value: 98.0, item: '収納率', division: '全体', derived: null });
    expect(errors(read(rates, m))).toEqual([]);
  });

  it('a 合計 rate outside its two (98.9 over 95.8 and 24.1) is said, at its cell', () => {
    // (Nothing had been said: the overall rate, a weighted mean of the two, cannot lie outside them.)
    const r = read(rates, m, { D6: 98.9 });
    expect(r.issues.filter((i) => i.code === 'division-inconsistent').map((i) => [i.cell, i.severity])).toEqual([['D6', 'warning']]);
  });
});
