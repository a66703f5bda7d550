/**
 * What a difference column subtracts: as its header writes it (the first year less the second), else as every row's figure
 * says where the header leaves it out — and 再計算 writes that, not another pair.
 */
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid as read, observationAt as obs, errorsOf as errors } from '../../fixtures/observations/read-grid';
import { recalc } from '../../../src/core/engine';
import { sheetFromGrid, type CellValue } from '../../../src/core/workbook';

const written = (grid: GridCell[][], merges: string[] = []) =>
  recalc({ sheets: [sheetFromGrid('S', grid as CellValue[][], merges)] }, 'x.xlsx', '2026-12-06 10:00').changes.cells.filter((c) => c.sheet === 'S');
const column = (grid: GridCell[][], letter: string, merges: string[] = []) => read(grid, merges).tables[0].columns.find((c) => c.column === letter)!;

describe('years written as a difference in the header: the first less the second, as written', () => {
  /** Rates R2 … R5 and a difference that is R5 − R2 in every row (市税 98.3 − 97.1 = 1.2). */
  const rates = (header: string): GridCell[][] => [
    ['収納率の推移', null, null, null, null, '（単位：％）'],
    ['債権名', 'R2', 'R3', 'R4', 'R5', header],
    ['市税', 97.1, 97.5, 98.0, 98.3, 1.2],
    ['国民健康保険税', 90.2, 91.0, 91.5, 92.1, 1.9],
    ['保育所保育料', 95.0, 95.5, 96.0, 96.2, 1.2],
  ];
  test.each(['増減（R5−R2）', '増減(R5-R2)', '増減 R5-R2', '差引（R5－R2）', '増減（R5年度−R2年度）', 'R5-R2増減', '増減\nR5-R2', '差（R5-R2）', 'R5−R2'])('%s: R5 less R2, no finding; 再計算 writes E − B', (header) => {
    // (It had been read as R2 − R5: a delta-mismatch on every row, and 再計算 wrote the negated figure, △1.2 for 1.2.)
    const grid = rates(header);
    expect(column(grid, 'F')).toMatchObject({ role: 'delta', minuendColumn: 'E', subtrahendColumn: 'B' });
    expect(obs(read(grid), 'F3')).toMatchObject({ value: 1.2, derived: 'delta', item: '収納率' });
    expect(errors(read(grid))).toEqual([]);
    expect(errors(read(grid, [], { F4: 2.9 }))).toEqual(['delta-mismatch@F4']);
    expect(written(grid).find((c) => c.cell === 'F3')).toMatchObject({ formula: 'IF(OR(E3="",B3=""),"",E3-B3)' });
    expect(written(grid).find((c) => c.cell === 'F3')?.value).toBeCloseTo(1.2, 9);
  });

  test('R2→R5 (no dash): the later less the earlier', () => {
    expect(column(rates('R2→R5増減'), 'F')).toMatchObject({ minuendColumn: 'E', subtrahendColumn: 'B' });
  });

  test('a bare R5−R2 is a difference, not a second figure of R5 (no negative-amount finding on amounts)', () => {
    // (It had been read as a value of 2023: -120000 a negative 収入未済額, and 取りまとめ a repeated figure.)
    const grid: GridCell[][] = [
      ['収入未済額の推移(単位:千円)', null, null, null, null, null], ['債権名', 'R2', 'R3', 'R4', 'R5', 'R5−R2'],
      ['市税', 450000, 420000, 400000, 330000, -120000], ['国民健康保険税', 300000, 290000, 280000, 260000, -40000],
    ];
    expect(column(grid, 'F')).toMatchObject({ role: 'delta', fiscalYear: null, minuendColumn: 'E', subtrahendColumn: 'B' });
    expect(errors(read(grid))).toEqual([]);
  });

  test('a period written with the earlier year first (R2-R5) is no difference', () => {
    expect(column(rates('R2-R5'), 'F').role).toBe('value');
  });

  test('each year with its kind (差引（令和6年度目標－令和4年度実績）): that target less that result', () => {
    // (It had been R4実績 − R6目標.)
    const grid: GridCell[][] = [
      ['収納率(単位:%)', null, null, null, null], ['債権名', '令和3年度実績', '令和4年度実績', '令和6年度目標', '差引（令和6年度目標－令和4年度実績）'],
      ['市税', 97.0, 97.5, 98.0, 0.5], ['国民健康保険税', 90.0, 91.0, 92.5, 1.5],
    ];
    expect(column(grid, 'E')).toMatchObject({ minuendColumn: 'D', subtrahendColumn: 'C' });
    expect(errors(read(grid))).toEqual([]);
  });
});

describe('a difference whose header does not say its operands: the pair every row’s figure is', () => {
  test('差引 after results and targets, a footnote saying 令和6年度目標－令和4年度実績: F − C, and 再計算 writes it', () => {
    const grid: GridCell[][] = [
      ['収納率(単位:%)', null, null, null, null, null], ['債権名', '令和3年度実績', '令和4年度実績', '令和5年度目標', '令和6年度目標', '差引'],
      ['市税', 97.0, 97.2, 97.3, 97.4, 0.2], ['国民健康保険税', 90.0, 91.0, 91.5, 93.0, 2.0], ['保育料', 95.0, 95.5, 95.8, 96.0, 0.5],
      ['※1 差引は令和6年度目標－令和4年度実績', null, null, null, null, null],
    ];
    // (It had been taken for E − D, the last two: three false findings, and 再計算 wrote 0.1 over 0.2.)
    expect(column(grid, 'F')).toMatchObject({ minuendColumn: 'E', subtrahendColumn: 'C' });
    expect(errors(read(grid))).toEqual([]);
    expect(written(grid).find((c) => c.cell === 'F3')).toMatchObject({ formula: 'IF(OR(E3="",C3=""),"",E3-C3)' });
  });

  test('増減 after R2 … R5 that is R5 − R2 in every row: E − B', () => {
    const grid: GridCell[][] = [
      ['収入未済額(単位:千円)', null, null, null, null, null], ['債権名', 'R2', 'R3', 'R4', 'R5', '増減'],
      ['市税', 450000, 420000, 400000, 330000, -120000], ['国民健康保険税', 300000, 290000, 280000, 260000, -40000],
    ];
    expect(column(grid, 'F')).toMatchObject({ minuendColumn: 'E', subtrahendColumn: 'B' });
    expect(errors(read(grid))).toEqual([]);
  });

  test('差引 after 令和5年度① | 令和7年度 | 令和8年度③ whose rows are ③ − ① but two of ten (typed wrong): ③ − ①, the two found, 再計算 writes I − G', () => {
    // (With two rows wrong it had been taken for the last two, 令和8年度 − 令和7年度, a pair no row is: every row flagged, and
    // 再計算 wrote that pair's difference over the correct figures — a user's look.)
    const names = ['市税', '国民健康保険税', '介護保険料', '後期高齢者医療保険料', '保育所保育料', '市営住宅使用料', '水道料金', '下水道使用料', '奨学金貸付金', '生活保護費返還金'];
    const grid: GridCell[][] = [
      ['収入未済額の目標(単位:千円)', null, null, null, null],
      ['債権名', '令和5年度①', '令和7年度', '令和8年度③', '差引'],
      ...names.map((n, i): GridCell[] => [n, 1000 + 100 * i, 900 + 90 * i, 800 + 80 * i, -200 - 20 * i]),
    ];
    grid[4][4] = -90;
    grid[9][4] = -300;
    expect(column(grid, 'E')).toMatchObject({ minuendColumn: 'D', subtrahendColumn: 'B' });
    expect(errors(read(grid))).toEqual(['delta-mismatch@E10', 'delta-mismatch@E5']);
    expect(written(grid).find((c) => c.cell === 'E3')).toMatchObject({ formula: 'IF(OR(D3="",B3=""),"",D3-B3)', value: -200 });
    expect(written(grid).find((c) => c.cell === 'E5')).toMatchObject({ formula: 'IF(OR(D5="",B5=""),"",D5-B5)', value: -240 });
  });

  test('目標との差 whose rows are the target less the result (the gap still to close): G − E, no finding', () => {
    // (目標との差 had been taken as the result less the target whatever the rows: every row flagged — a user's look.)
    const grid: GridCell[][] = [
      ['収納率の推移（単位：％）', null, null, null, null, null, null, null],
      ['債権名', '平成28年度(2016)実績', '平成30年度実績', '2019年度実績', 'R5実績', '令和6年度（見込）', '令和8年度目標', '目標との差'],
      ['市税', 97.1, 97.8, 98.2, 98.9, 99.0, 99.3, 0.4],
      ['介護保険料', 98.0, 98.3, 98.4, 98.6, 98.7, 99.0, 0.4],
      ['下水道使用料', 96.0, 96.4, 96.9, 97.2, 97.3, 97.5, 0.3],
    ];
    expect(column(grid, 'H')).toMatchObject({ minuendColumn: 'G', subtrahendColumn: 'E' });
    expect(errors(read(grid))).toEqual([]);
    // Printed the other way round, the result less the target, as before.
    const other = grid.map((row, i) => (i >= 2 ? [...row.slice(0, 7), -(row[7] as number)] : row));
    expect(column(other, 'H')).toMatchObject({ minuendColumn: 'E', subtrahendColumn: 'G' });
    expect(errors(read(other))).toEqual([]);
  });

  test('差引 whose rows are split, two of four one pair and two another: neither taken over the pair guessed', () => {
    const grid: GridCell[][] = [
      ['収入未済額(単位:千円)', null, null, null, null], ['債権名', 'R5', 'R6', 'R7', '差引'],
      ['市税', 1000, 900, 800, -200], ['国民健康保険税', 500, 450, 400, -100], ['保育料', 100, 90, 80, -10], ['水道料金', 200, 180, 160, -20],
    ];
    expect(column(grid, 'E')).toMatchObject({ minuendColumn: 'D', subtrahendColumn: 'C' });
  });

  test('where most rows are the pair guessed, a wrong row is still found at its cell (the pair is not changed for one row)', () => {
    const grid: GridCell[][] = [
      ['収入未済額(単位:千円)', null, null, null, null], ['債権名', 'R3', 'R4', 'R5', '増減'],
      ['市税', 420000, 400000, 330000, -70000], ['国民健康保険税', 290000, 280000, 260000, -20000], ['保育料', 50000, 48000, 45000, -5000],
    ];
    expect(column(grid, 'E')).toMatchObject({ minuendColumn: 'D', subtrahendColumn: 'C' });
    expect(errors(read(grid))).toEqual(['delta-mismatch@E5']);
  });
});

describe('件数 | 金額 under each year and under 前年度比 (収入未済額の状況)', () => {
  const grid: GridCell[][] = [
    ['収入未済額の状況', null, null, null, null, null, null], ['債権名', '令和4年度', null, '令和5年度', null, '前年度比', null],
    [null, '件数', '金額(円)', '件数', '金額(円)', '件数', '金額(円)'],
    ['市営住宅使用料', 50, 5000000, 45, 4500000, -5, -500000], ['保育料', 30, 3000000, 28, 2800000, -2, -200000], ['合計', 80, 8000000, 73, 7300000, -7, -700000],
  ];
  const merges = ['B2:C2', 'D2:E2', 'F2:G2'];
  test('the counts are counts, each difference of its own quantity; 再計算 writes count less count, amount less amount', () => {
    const r = read(grid, merges);
    // (The counts had been read as 収入未済額 in 円, and each 前年度比 as the amount less the count: six false findings, and
    // 再計算 wrote 4,499,950 over -5.)
    expect(obs(r, 'B4')).toMatchObject({ value: 50, item: '件数', unit: '件', fiscalYear: 2022 });
    expect(obs(r, 'C4')).toMatchObject({ value: 5000000, item: '収入未済額', unit: '円', fiscalYear: 2022 });
    expect(obs(r, 'F4')).toMatchObject({ value: -5, item: '件数', derived: 'delta' });
    expect(errors(r)).toEqual([]);
    const cells = written(grid, merges);
    expect(cells.find((c) => c.cell === 'F4')).toMatchObject({ formula: 'IF(OR(D4="",B4=""),"",D4-B4)', value: -5 });
    expect(cells.find((c) => c.cell === 'G4')).toMatchObject({ formula: 'IF(OR(E4="",C4=""),"",E4-C4)', value: -500000 });
  });
});

describe('(a review’s findings)', () => {
  test('増減(R2-R5), the earlier year first — a period as often as a difference the other way: the later less the earlier, as the rows say', () => {
    // (It had been subtracted as written: a false delta-mismatch on every row, and 再計算 wrote −1.2 over 1.2.)
    const grid: GridCell[][] = [['収納率(単位:%)', null, null, null], ['債権名', 'R2', 'R5', '増減(R2-R5)'], ['市税', 97.1, 98.3, 1.2], ['国民健康保険税', 90.2, 92.1, 1.9]];
    expect(column(grid, 'D')).toMatchObject({ minuendColumn: 'C', subtrahendColumn: 'B' });
    expect(errors(read(grid))).toEqual([]);
    expect(written(grid).find((c) => c.cell === 'D3')).toMatchObject({ formula: 'IF(OR(C3="",B3=""),"",C3-B3)' });
    // Where every row is the earlier less the later (比較（令和4年度－令和5年度）), the rows say so.
    const other: GridCell[][] = [['収納率(単位:%)', null, null, null], ['債権名', 'R4', 'R5', '比較（令和4年度－令和5年度）'], ['市税', 98.3, 97.1, 1.2], ['国民健康保険税', 92.1, 90.2, 1.9]];
    expect(column(other, 'D')).toMatchObject({ minuendColumn: 'B', subtrahendColumn: 'C' });
  });

  test('a 前年度比 is the year less the year before, whatever its rows: figures of R5 − R3 are found wrong, not taken for the pair', () => {
    const grid: GridCell[][] = [['収入未済額(単位:千円)', null, null, null, null], ['債権名', 'R3', 'R4', 'R5', '前年度比'], ['市税', 420000, 400000, 330000, -90000], ['国民健康保険税', 290000, 280000, 260000, -30000]];
    expect(column(grid, 'E')).toMatchObject({ minuendColumn: 'D', subtrahendColumn: 'C' });
    expect(errors(read(grid))).toEqual(['delta-mismatch@E3', 'delta-mismatch@E4']);
  });

  test('件数 | 金額 under 前年度比 with one count typed wrong: the counts’ difference still of the counts, the wrong one found alone', () => {
    const grid: GridCell[][] = [
      ['収入未済額の状況', null, null, null, null, null, null], ['債権名', '令和4年度', null, '令和5年度', null, '前年度比', null],
      [null, '件数', '金額(円)', '件数', '金額(円)', '件数', '金額(円)'],
      ['市営住宅使用料', 50, 5000000, 45, 4500000, -4, -500000], ['保育料', 30, 3000000, 28, 2800000, -2, -200000], ['合計', 80, 8000000, 73, 7300000, -7, -700000],
    ];
    const merges = ['B2:C2', 'D2:E2', 'F2:G2'];
    // (It had fallen back to the amount less the count: F5 and F6 flagged, and 再計算 wrote 2,799,970 over -2.)
    expect(errors(read(grid, merges))).toEqual(['delta-mismatch@F4']);
    expect(written(grid, merges).find((c) => c.cell === 'F5')).toMatchObject({ formula: 'IF(OR(D5="",B5=""),"",D5-B5)', value: -2 });
  });

  test('増減 after R2 … R5 whose rows are R5 − R2 but one: the pair of the others, the odd row found', () => {
    const grid: GridCell[][] = [
      ['収納率の推移', null, null, null, null, '（単位：％）'], ['債権名', 'R2', 'R3', 'R4', 'R5', '増減'],
      ['市税', 97.1, 97.5, 98.0, 98.3, 1.3], ['国民健康保険税', 90.2, 91.0, 91.5, 92.1, 1.9], ['保育所保育料', 95.0, 95.5, 96.0, 96.2, 1.2],
    ];
    expect(column(grid, 'F')).toMatchObject({ minuendColumn: 'E', subtrahendColumn: 'B' });
    expect(errors(read(grid))).toEqual(['delta-mismatch@F3']);
  });
});

/** Items down the rows, 令和2年度 … 令和5年度 across, then a difference headed `header` that is 令和5年度 − 令和2年度 in every row. */
const itemsDown = (header: string): GridCell[][] => [
  ['市税の状況（単位：千円）'],
  ['区分', '令和2年度', '令和3年度', '令和4年度', '令和5年度', header],
  ['調定額', 100000, 101000, 102500, 104000, 4000],
  ['収入済額', 96000, 97500, 99200, 101100, 5100],
  ['収入未済額', 3800, 3300, 3100, 2800, -1000],
];

describe('items down the rows, years across, a difference naming its years (a matrix table)', () => {
  // (Its header had been ignored and the last two years taken: every row flagged, E − D — a user's look.)
  test.each(['増減（R5-R2）', '増減（令和5年度−令和2年度）', '令和2年度比', '令和2年度との比較'])('%s: 令和5年度 less 令和2年度, no finding; one typed wrong found; 再計算 writes E − B', (header) => {
    expect(errors(read(itemsDown(header)))).toEqual([]);
    expect(errors(read(itemsDown(header), [], { F4: 5000 }))).toEqual(['delta-mismatch@F4']);
    expect(written(itemsDown(header)).find((c) => c.cell === 'F3')).toMatchObject({ formula: 'IF(OR(E3="",B3=""),"",E3-B3)', value: 4000 });
  });
});

describe('items down the rows, years across, a bare 増減 whose rows are another pair than the last two (a matrix table)', () => {
  // (The last two years had been taken whatever the rows: every row flagged. Row tables had read their rows already.)
  test.each(['増減', '差引'])('%s: the pair its rows are (令和5年度 − 令和2年度), one typed wrong found; 再計算 writes E − B', (header) => {
    expect(errors(read(itemsDown(header)))).toEqual([]);
    expect(errors(read(itemsDown(header), [], { F4: 5000 }))).toEqual(['delta-mismatch@F4']);
    expect(written(itemsDown(header)).find((c) => c.cell === 'F3')).toMatchObject({ formula: 'IF(OR(E3="",B3=""),"",E3-B3)', value: 4000 });
  });

  test('a 前年度対比 is the year less the year before whatever its rows: each such row found wrong', () => {
    expect(errors(read(itemsDown('前年度対比')))).toEqual(['delta-mismatch@F3', 'delta-mismatch@F4', 'delta-mismatch@F5']);
  });
});

describe('operands named by their kinds, with or without their years (見込−R4実績, 目標−見込)', () => {
  /** 令和4年度実績 | 令和5年度実績 | 令和6年度見込 | 令和9年度目標 and a difference, each row's figures as `rowOf` makes it. */
  const plan = (header: string, rowOf: (r: number[]) => number): GridCell[][] => {
    const rows = [
      ['個人市民税', 97.8, 98.0, 98.2, 98.6],
      ['固定資産税', 97.2, 97.5, 97.7, 98.0],
      ['国民健康保険税', 88.4, 89.1, 89.5, 91.0],
      ['介護保険料', 98.6, 98.7, 98.8, 99.0],
    ] as [string, number, number, number, number][];
    return [
      ['主要債権の収納率', null, null, null, null, '（単位：％）'],
      ['債権名', '令和4年度実績', '令和5年度実績', '令和6年度見込', '令和9年度目標', header],
      ...rows.map(([name, ...r]): GridCell[] => [name, ...r, Math.round(rowOf(r) * 10) / 10]),
    ];
  };
  const cases: [string, string, string, (r: number[]) => number][] = [
    ['差引（見込−R4）', 'D', 'B', (r) => r[2] - r[0]],
    ['見込−R4実績', 'D', 'B', (r) => r[2] - r[0]],
    ['見込－令和4年度実績', 'D', 'B', (r) => r[2] - r[0]],
    ['目標−見込', 'E', 'D', (r) => r[3] - r[2]],
    ['差（目標−見込）', 'E', 'D', (r) => r[3] - r[2]],
    ['R9目標−見込', 'E', 'D', (r) => r[3] - r[2]],
    ['目標−実績', 'E', 'C', (r) => r[3] - r[1]],
    // Its order only its rows say.
    ['目標と見込の差', 'E', 'D', (r) => r[3] - r[2]],
    ['見込と目標の差', 'E', 'D', (r) => r[3] - r[2]],
  ];
  test.each(cases)('%s: %s less %s, no finding; a figure typed wrong found; 再計算 writes it', (header, m, s, rowOf) => {
    // (Each had been read against other columns, or as a column of figures: false errors on every row, 再計算 rewriting them.)
    const grid = plan(header, rowOf);
    expect(column(grid, 'F')).toMatchObject({ role: 'delta', minuendColumn: m, subtrahendColumn: s });
    expect(obs(read(grid), 'F5')).toMatchObject({ derived: 'delta', item: '収納率' });
    expect(errors(read(grid))).toEqual([]);
    expect(errors(read(grid, [], { F4: 7.5 }))).toEqual(['delta-mismatch@F4']);
    expect(written(grid).find((c) => c.cell === 'F3')).toMatchObject({ formula: `IF(OR(${m}3="",${s}3=""),"",${m}3-${s}3)` });
  });

  test('under each year (令和5年度 › 実績 | 目標 | 実績−目標): the kinds of its own year, not the latest 目標', () => {
    // (A review's probe: 令和5年度's 実績−目標 was read as B − F, the 令和6年度 目標: a false delta-header-mismatch.)
    const grid: GridCell[][] = [
      ['主要債権の収納率'],
      [null, null, null, null, null, null, '（単位：％）'],
      ['債権名', '令和5年度', null, null, '令和6年度', null, null],
      [null, '実績', '目標', '実績−目標', '実績', '目標', '実績−目標'],
      ['市税', 98.2, 98.0, 0.2, 98.4, 98.3, 0.1],
      ['国民健康保険税', 91.0, 92.0, -1.0, 91.5, 92.5, -1.0],
      ['介護保険料', 98.8, 98.5, 0.3, 99.0, 98.8, 0.2],
    ];
    const merges = ['A3:A4', 'B3:D3', 'E3:G3'];
    expect(column(grid, 'D', merges)).toMatchObject({ role: 'delta', minuendColumn: 'B', subtrahendColumn: 'C' });
    expect(column(grid, 'G', merges)).toMatchObject({ role: 'delta', minuendColumn: 'E', subtrahendColumn: 'F' });
    expect(errors(read(grid, merges))).toEqual([]);
  });

  test('a year alone before a kind alone (R4−実績) is a label, not a difference', () => {
    expect(column(plan('令和4年度−実績', (r) => r[0]), 'F').role).toBe('value');
  });
});

describe('a header naming one pair while its rows are another’s (④−① over ③−① in every row)', () => {
  const grid = (header: string): GridCell[][] => [
    ['収入未済額の実績と目標', null, null, null, null, '（単位：千円）'],
    ['債権名', '令和4年度\n実績①', '令和5年度\n実績②', '令和6年度\n見込③', '令和9年度\n目標④', header],
    ['個人市民税', 182345, 170210, 160000, 140000, -22345],
    ['固定資産税', 205000, 198300, 190000, 170000, -15000],
    ['国民健康保険税', 410000, 385600, 370000, 330000, -40000],
    ['介護保険料', 26000, 23900, 23000, 20000, -3000],
  ];

  test('is one error at its header naming both pairs, not one a row; 再計算 leaves the column as typed', () => {
    const r = read(grid('④−①'));
    expect(column(grid('④−①'), 'F')).toMatchObject({ minuendColumn: 'E', subtrahendColumn: 'B' });
    expect(errors(r)).toEqual(['delta-header-mismatch@F2']);
    expect(r.issues.find((i) => i.code === 'delta-header-mismatch')!.message).toBe(
      '差引の見出しは ④−①（E−B） ですが、値は ③−①（D−B） の差になっています。見出しか値のどちらかを確認してください（再計算はこの列を書き換えません）。',
    );
    expect(written(grid('④−①')).filter((c) => c.cell.startsWith('F'))).toEqual([]);
  });

  test('a row neither pair gives is found as well', () => {
    expect(errors(read(grid('④−①'), [], { F5: -4000 }))).toEqual(['delta-header-mismatch@F2', 'delta-mismatch@F5']);
  });

  test('headed as its rows are (③−①): nothing said, and 再計算 writes D − B', () => {
    expect(errors(read(grid('③−①')))).toEqual([]);
    expect(written(grid('③−①')).find((c) => c.cell === 'F3')).toMatchObject({ formula: 'IF(OR(D3="",B3=""),"",D3-B3)' });
  });

  test('most rows as headed, one not: that row is the one found (no header finding)', () => {
    const g = grid('③−①');
    expect(errors(read(g, [], { F5: -70000 }))).toEqual(['delta-mismatch@F5']);
  });
});
