/**
 * Matrix tables (years down the rows, debts across): a rate of change (前年度比増減率, 伸び率, 縮減率) checked against the figure
 * it is of in two years and written as a formula by 再計算; a 合計 column right after two subtotal columns (市税計 | … |
 * その他計 | 合計) checked against them.
 */
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid as read, observationAt as obs, errorsOf as errors } from '../../fixtures/observations/read-grid';
import { workbookOf } from '../../fixtures/observations/score';
import { recalc } from '../../../src/core/engine';

const recalculated = (grid: GridCell[][], edits: Record<string, GridCell> = {}) => recalc(workbookOf([{ name: 'S', grid }], { edits }), 'x.xlsx', '2026-12-06 10:00');
const writes = (grid: GridCell[][], edits: Record<string, GridCell> = {}) =>
  new Map(recalculated(grid, edits).changes.cells.filter((c) => c.formula !== undefined).map((c) => [c.cell, c]));
const issue = (grid: GridCell[][], cell: string, edits: Record<string, GridCell> = {}) => read(grid, [], edits).issues.find((i) => i.cell === cell);

/** 収入未済額 by year, its 合計, the change from the year before and its rate: (D5 − D4) ÷ D4 × 100. */
const yearsDown = (rateHeader = '前年度比増減率'): GridCell[][] => [
  ['収入未済額の推移'],
  [null, null, null, null, null, '（単位：千円、％）'],
  ['年度', '市税', '国民健康保険税', '合計', '前年度比増減額', rateHeader],
  ['令和2年度', 500000, 300000, 800000, null, null],
  ['令和3年度', 460000, 280000, 740000, -60000, -7.5],
  ['令和4年度', 430000, 250000, 680000, -60000, -8.1],
  ['令和5年度', 400000, 230000, 630000, -50000, -7.4],
];

describe('a rate of change in a table of years down the rows', () => {
  it('is read as a ratio of the 合計 in two years, checked at its cell, and the table as printed has no finding', () => {
    expect(obs(read(yearsDown()), 'F6')).toMatchObject({ value: -8.1, item: '比率', derived: null, fiscalYear: 2022 });
    expect(errors(read(yearsDown()))).toEqual([]);
    // −9.1 typed for −8.1: (680,000 − 740,000) ÷ 740,000 × 100 = −8.108…
    expect(errors(read(yearsDown(), [], { F6: -9.1 }))).toEqual(['change-rate-mismatch@F6']);
    expect(issue(yearsDown(), 'F6', { F6: -9.1 })).toMatchObject({ expected: -8.1, actual: -9.1 });
  });

  it('is written by 再計算 as (this year − the year before) ÷ the year before × 100, a typed mistake replaced and logged', () => {
    const w = writes(yearsDown(), { F6: -9.1 });
    expect(w.get('F5')).toMatchObject({ formula: 'IF(OR(D5="",D4="",D4=0),"",(D5-D4)/D4*100)' });
    expect(w.get('F5')!.value).toBeCloseTo(-7.5, 9);
    expect(w.get('F6')).toMatchObject({ formula: 'IF(OR(D6="",D5="",D5=0),"",(D6-D5)/D5*100)' });
    expect(w.get('F6')!.value).toBeCloseTo(-8.108108, 5);
    expect(w.get('F7')!.value).toBeCloseTo(-7.352941, 5);
    expect(recalculated(yearsDown(), { F6: -9.1 }).report.changes.find((c) => c.cell === 'F6')).toMatchObject({ mended: true });
    // Nothing to mend in the table as printed: each rate made live shows what it showed (at one decimal).
    expect(recalculated(yearsDown()).report.changes.filter((c) => c.mended)).toEqual([]);
  });

  it('a 縮減率 counts the fall: (the year before − this year) ÷ the year before × 100', () => {
    const grid = yearsDown('前年度比縮減率').map((row, i) => (i >= 4 ? [...row.slice(0, 5), -(row[5] as number)] : row));
    expect(errors(read(grid))).toEqual([]);
    expect(errors(read(grid, [], { F7: 6.4 }))).toEqual(['change-rate-mismatch@F7']);
    const w = writes(grid);
    expect(w.get('F6')).toMatchObject({ formula: 'IF(OR(D5="",D6="",D5=0),"",(D5-D6)/D5*100)' });
    expect(w.get('F6')!.value).toBeCloseTo(8.108108, 5);
  });

  it('kept as a fraction in a percent cell (−8.0%), it is written as one', () => {
    const grid: GridCell[][] = [
      ['収入未済額の推移'],
      [null, null, null, '（単位：千円）'],
      ['年度', '市税', '合計', '対前年度増減率'],
      ['令和2年度', 500000, 500000, null],
      ['令和3年度', 460000, 460000, { v: -0.08, fmt: '0.0%' }],
      ['令和4年度', 430000, 430000, { v: -0.0652, fmt: '0.0%' }],
      ['令和5年度', 400000, 400000, { v: -0.0698, fmt: '0.0%' }],
    ];
    expect(obs(read(grid), 'D5')).toMatchObject({ value: -8 });
    expect(errors(read(grid))).toEqual([]);
    expect(errors(read(grid, [], { D6: { v: -0.0752, fmt: '0.0%' } }))).toEqual(['change-rate-mismatch@D6']);
    const w = writes(grid);
    expect(w.get('D5')).toMatchObject({ formula: 'IF(OR(C5="",C4="",C4=0),"",(C5-C4)/C4)' });
    expect(w.get('D5')!.value).toBeCloseTo(-0.08, 9);
  });

  it('beside a difference of the same figures that is off (a 合計 typed wrong), only the difference says so', () => {
    // D6 typed 690,000 (the sum is 680,000): its total is wrong, and so are the changes into it and out of it; the rates
    // of those changes would say the same a third time.
    expect(errors(read(yearsDown(), [], { D6: 690000 }))).toEqual(['delta-mismatch@E6', 'delta-mismatch@E7', 'total-mismatch@D6']);
  });
});

describe('a row of rates of change under the years (伸び率（％） under 令和4年度, 令和5年度)', () => {
  const grid: GridCell[][] = [
    ['市税収入の推移'],
    [null, null, null, null, '（単位：百万円）'],
    ['区分', '市民税', '固定資産税', '軽自動車税', '計'],
    ['令和4年度', 10000, 8000, 500, 18500],
    ['令和5年度', 10500, 8200, 510, 19210],
    ['伸び率（％）', 5.0, 2.5, 2.0, 3.8],
  ];

  it('is a ratio of each column’s two years, not a difference of collection rates', () => {
    // (It had been read as a 収納率 difference with no operands: never checked.)
    expect(obs(read(grid), 'C6')).toMatchObject({ value: 2.5, item: '比率', derived: null });
    expect(errors(read(grid))).toEqual([]);
    expect(errors(read(grid, [], { C6: 3.5 }))).toEqual(['change-rate-mismatch@C6']);
    expect(issue(grid, 'C6', { C6: 3.5 })).toMatchObject({ expected: 2.5, actual: 3.5 });
    const w = writes(grid);
    expect(w.get('C6')).toMatchObject({ formula: 'IF(OR(C5="",C4="",C4=0),"",(C5-C4)/C4*100)', value: 2.5 });
    expect(w.get('E6')!.value).toBeCloseTo(3.837838, 5);
  });
});

describe('a 合計 column right after two subtotal columns', () => {
  const grid: GridCell[][] = [
    ['滞納額の状況'],
    [null, null, null, null, null, null, null, '（単位：千円）'],
    ['年度', '市民税', '固定資産税', '市税計', '国民健康保険税', '介護保険料', 'その他計', '合計'],
    ['令和3年度', 100000, 200000, 300000, 50000, 20000, 70000, 370000],
    ['令和4年度', 90000, 190000, 280000, 45000, 18000, 63000, 343000],
    ['令和5年度', 80000, 170000, 250000, 40000, 16000, 56000, 306000],
  ];

  it('sums the two subtotals: one typed wrong is found at its cell', () => {
    // (It had been left unchecked: no column between the last subtotal and the 合計 to sum.)
    expect(errors(read(grid))).toEqual([]);
    expect(errors(read(grid, [], { H5: 344000 }))).toEqual(['total-mismatch@H5']);
    expect(issue(grid, 'H5', { H5: 344000 })).toMatchObject({ expected: 343000, actual: 344000 });
  });

  it('is written as the SUM of the subtotals where it shows it; one typed wrong is left with its finding (a total over totals may be misread)', () => {
    const w = writes(grid, { H5: 344000 });
    expect(w.get('H4')).toMatchObject({ formula: 'SUM(D4,G4)', value: 370000 });
    expect(w.get('H6')).toMatchObject({ formula: 'SUM(D6,G6)', value: 306000 });
    expect(w.has('H5')).toBe(false);
    expect(recalculated(grid, { H5: 344000 }).report.issues.map((i) => `${i.code}@${i.cell}`)).toContain('total-mismatch@H5');
  });
});

describe('a total-mismatch message of a matrix table', () => {
  it('names the cells the total sums, not a range holding others (a うち row between)', () => {
    // (It had said C4:C7 — the うち row's figure among them — for a total of C4, C6:C7.)
    const grid: GridCell[][] = [
      ['債権別収入未済額'],
      [null, null, null, '（単位：千円）'],
      ['区分', '令和3年度', '令和4年度', '令和5年度'],
      ['市税', 300000, 280000, 250000],
      ['うち固定資産税', 200000, 190000, 170000],
      ['国民健康保険税', 50000, 45000, 40000],
      ['介護保険料', 20000, 18000, 16000],
      ['合計', 370000, 343000, 306000],
    ];
    expect(issue(grid, 'C8', { C8: 344000 })?.message).toBe('合計が合いません。C4, C6:C7 の合計は 343,000 ですが、344,000 と記載されています。');
  });
});

describe('a 前年度比 in a table of years down the rows, read from its rows', () => {
  /** 収入未済額 by debt, its 合計 and a 前年度比 that is the 合計's difference from the year before (−40,281). */
  const difference: GridCell[][] = [
    ['表3 収入未済額の推移'],
    [null, null, null, null, '（単位：千円、％）'],
    ['年度', '市税', '国民健康保険税', '合計', '前年度比'],
    ['平成30年度', 511777, 289848, 801625, '－'],
    ['令和元年度', 485160, 276184, 761344, -40281],
    ['令和2年度', 459081, 263053, 722134, -39210],
    ['令和3年度', 416753, 235988, 652741, -69393],
  ];
  /** 調定額 | 収入済額 | 収入未済額 | 収納率 | 前年度比, the 前年度比 the 収入未済額's ratio to the year before (前年度＝100). */
  const ratio: GridCell[][] = [
    ['市営住宅使用料の収納状況'],
    [null, null, null, null, null, '（単位：千円、％）'],
    ['年度', '調定額', '収入済額', '収入未済額', '収納率', '前年度比'],
    ['平成30年度', 412345, 371111, 41234, { v: 90, fmt: '0.0' }, '－'],
    ['令和元年度', 408889, 370000, 38889, { v: 90.5, fmt: '0.0' }, { v: 94.3, fmt: '0.0' }],
    ['令和2年度', 405433, 368889, 36544, { v: 91, fmt: '0.0' }, { v: 94, fmt: '0.0' }],
    ['令和3年度', 401977, 365978, 35999, { v: 91, fmt: '0.0' }, { v: 98.5, fmt: '0.0' }],
    ['令和4年度', 398521, 366667, 31854, { v: 92, fmt: '0.0' }, { v: 88.5, fmt: '0.0' }],
    ['※ 前年度比は収入未済額の対前年度比（前年度＝100）。'],
  ];

  it('as the 合計’s difference from the year before where its rows are (−40,281): checked and written so', () => {
    // (Read as a ratio, it had never been checked: a typo −69,933 passed.)
    expect(errors(read(difference))).toEqual([]);
    expect(errors(read(difference, [], { E7: -69933 }))).toEqual(['delta-mismatch@E7']);
    expect(issue(difference, 'E7', { E7: -69933 })).toMatchObject({ expected: -69393 });
    expect(writes(difference).get('E6')).toMatchObject({ formula: 'IF(OR(D6="",D5=""),"",D6-D5)', value: -39210 });
  });

  it('as the 収入未済額’s ratio to the year before where its rows are (94.3): checked and written so, not as 収納率’s points', () => {
    // (Read as the 収納率's change in points: five false errors, E5 − E4 = 0.5 against 94.3.)
    expect(errors(read(ratio))).toEqual([]);
    expect(errors(read(ratio, [], { F7: { v: 95.8, fmt: '0.0' } }))).toEqual(['ratio-mismatch@F7']);
    expect(issue(ratio, 'F7', { F7: { v: 95.8, fmt: '0.0' } })).toMatchObject({ expected: 98.5, actual: 95.8 });
    const w = writes(ratio);
    expect(w.get('F6')).toMatchObject({ formula: 'IF(OR(D6="",D5="",D5=0),"",D6/D5*100)' });
    expect(w.get('F6')!.value).toBeCloseTo(93.97, 2);
  });
});
