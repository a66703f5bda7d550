/**
 * A column of items beside the debts (水道料金 | 収納率, 水道料金 | 収入未済額 under 項目, 区分, 指標 or no header), years
 * across: each row is one measure of its debt. It had been read as a row table of one measure — every 収納率 a 収入未済額 in
 * 千円 (99.1 千円), the 合計 flagged for adding rates to amounts, and 取りまとめ counting the rates as money.
 */
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid as read, observationAt as obs, errorsOf as errors } from '../../fixtures/observations/read-grid';
import { workbookOf } from '../../fixtures/observations/score';
import { recalc, summarize } from '../../../src/core/engine';

const MERGES = ['A4:A5', 'B4:B5', 'A6:A7', 'B6:B7', 'A8:B8'];
const water = (itemHeader: string | null): GridCell[][] => [
  ['上下水道料金の収納率・収入未済額（上下水道局 料金課）'],
  [null, null, null, null, null, null, null, '（単位：千円、％）'],
  ['債権名', '債権の分類', itemHeader, '令和3年度', '令和4年度', '令和5年度', '令和7年度（目標）', '増減（目標－R5）'],
  ['水道料金', '私債権', '収納率', { v: 99.1, fmt: '0.0;"△"0.0' }, { v: 99.2, fmt: '0.0;"△"0.0' }, { v: 99.3, fmt: '0.0;"△"0.0' }, { v: 99.5, fmt: '0.0;"△"0.0' }, { v: 0.2, fmt: '0.0;"△"0.0' }],
  [null, null, '収入未済額', 68420, 65310, 61880, 55000, -6880],
  ['下水道使用料', '強制徴収公債権', '収納率', { v: 99.0, fmt: '0.0;"△"0.0' }, { v: 99.1, fmt: '0.0;"△"0.0' }, { v: 99.2, fmt: '0.0;"△"0.0' }, { v: 99.4, fmt: '0.0;"△"0.0' }, { v: 0.2, fmt: '0.0;"△"0.0' }],
  [null, null, '収入未済額', 31250, 29870, 28140, 25000, -3140],
  ['合計', null, '収入未済額', 99670, 95180, 90020, 80000, -10020],
];

describe.each(['項目', '区分', '指標', null])('items in a column headed %s beside the debts', (header) => {
  it('reads each row as its own item, with its debt, class, year and unit; the table as printed has no finding', () => {
    const r = read(water(header), MERGES);
    expect(obs(r, 'D4')).toMatchObject({ value: 99.1, debt: '水道料金', item: '収納率', fiscalYear: 2021, kind: 'actual', unit: '%', classification: '私債権' });
    expect(obs(r, 'D5')).toMatchObject({ value: 68420, debt: '水道料金', item: '収入未済額', fiscalYear: 2021, unit: '千円' });
    expect(obs(r, 'G6')).toMatchObject({ value: 99.4, debt: '下水道使用料', item: '収納率', fiscalYear: 2025, kind: 'target', classification: '強制徴収公債権' });
    expect(obs(r, 'F8')).toMatchObject({ value: 90020, item: '収入未済額', derived: 'total', fiscalYear: 2023 });
    expect(errors(r)).toEqual([]);
    expect(r.issues.filter((i) => i.code === 'duplicate-debt')).toEqual([]);
  });

  it('finds a 合計 typed wrong against the amounts only (and the difference of it), and a difference typed wrong', () => {
    expect(errors(read(water(header), MERGES, { F8: 91020 }))).toEqual(['delta-mismatch@H8', 'total-mismatch@F8']);
    expect(errors(read(water(header), MERGES, { H7: -3410 }))).toEqual(['delta-mismatch@H7']);
  });
});

describe('a ledger in rows beside one debt (調定額, 収入額, 収入未済額, 収納率（％） under 項目)', () => {
  const grid: GridCell[][] = [
    ['奨学金貸付金の収納状況（教育総務課）'],
    [null, null, null, null, null, '（単位：円、％）'],
    ['債権名', '債権の分類', '項目', '平成30年度', '平成31年/2019年', '令和2年度'],
    ['奨学金貸付金', '私債権', '調定額', 9820000, 10150000, 10480000],
    [null, null, '収入額', 7312000, 7489000, 7602000],
    [null, null, '収入未済額', 2508000, 2661000, 2878000],
    [null, null, '収納率（％）', 74.5, 73.8, 72.5],
  ];
  const merges = ['A4:A7', 'B4:B7'];

  it('reads each item of each year, and checks the rate against the amounts', () => {
    const r = read(grid, merges);
    expect(obs(r, 'E4')).toMatchObject({ value: 10150000, item: '調定額', fiscalYear: 2019, unit: '円', debt: '奨学金貸付金' });
    expect(obs(r, 'D5')).toMatchObject({ value: 7312000, item: '収入済額', fiscalYear: 2018 });
    expect(obs(r, 'F7')).toMatchObject({ value: 72.5, item: '収納率', fiscalYear: 2020, unit: '%' });
    expect(errors(r)).toEqual([]);
    expect(errors(read(grid, merges, { E7: 78.3 }))).toEqual(['rate-mismatch@E7']);
    // (収入未済額 is not checked: with no 不納欠損額 printed, 調定額 − 収入額 need not be it.)
  });
});

describe('items in a column with the years tagged ① ② ③ and a ③－① column', () => {
  const grid: GridCell[][] = [
    ['債権別の収納率と収入未済額'],
    [null, null, null, null, null, '(単位:千円、%)'],
    ['債権名', '項目', '令和4年度実績①', '令和5年度実績②', '令和9年度目標③', '③－①'],
    ['市税', '収納率', 98.1, 98.3, 99.0, 0.9],
    [null, '収入未済額', 120500, 110200, 90000, -30500],
    ['国民健康保険税', '収納率', 85.2, 86.0, 88.0, 2.8],
    [null, '収入未済額', 250300, 231000, 200000, -50300],
  ];
  const merges = ['A4:A5', 'A6:A7'];

  it('checks ③－① as ③ less ①, not the last two years', () => {
    // (Read figure by figure, a bare ③－① had been taken for ③ − ②: every row flagged, 再計算 writing nothing.)
    expect(obs(read(grid, merges), 'F5')).toMatchObject({ value: -30500, item: '収入未済額', derived: 'delta' });
    expect(errors(read(grid, merges))).toEqual([]);
    expect(errors(read(grid, merges, { F7: -31300 }))).toEqual(['delta-mismatch@F7']);
    expect(read(grid, merges, { F7: -31300 }).issues.find((i) => i.cell === 'F7')).toMatchObject({ expected: -50300 });
    const written = recalc(workbookOf([{ name: 'S', grid, merges }]), 'x.xlsx', '2026-12-06 10:00').changes.cells.filter((c) => c.formula !== undefined);
    expect(written.find((c) => c.cell === 'F5')).toMatchObject({ formula: 'IF(OR(E5="",C5=""),"",E5-C5)', value: -30500 });
  });
});

describe('a 備考 column whose remarks name items (収納率向上のため…)', () => {
  it('leaves the table a row table of its debts: nothing found wrong, ③－① as ③ less ①', () => {
    const grid: GridCell[][] = [
      ['収入未済額の実績と目標'],
      [null, null, null, null, null, '(単位:千円)'],
      ['債権名', '令和4年度実績①', '令和5年度実績②', '令和9年度目標③', '③－①', '備考'],
      ['市税', 120500, 110200, 90000, -30500, '収納率向上のため口座振替を推進'],
      ['国民健康保険税', 250300, 231000, 200000, -50300, '収入未済額の縮減に向け催告を強化'],
      ['介護保険料', 30200, 28100, 25000, -5200, '不納欠損額の抑制'],
    ];
    const r = read(grid);
    expect(r.tables.map((t) => [t.shape, t.rows.length])).toEqual([['rows', 3]]);
    expect(errors(r)).toEqual([]);
  });
});

describe('a class written beside each debt of items in rows (水道料金 | 私債権 | 収納率)', () => {
  it('is the figures’ classification, no stage of theirs: 集計 counts them under their class', () => {
    // (私債権 had been taken for a stage of the figures too, and 集計 left every figure out: 「収入未済額がないため」.)
    expect(obs(read(water('項目'), MERGES), 'E5')).toMatchObject({ item: '収入未済額', classification: '私債権', stage: null });
    const cells = summarize(workbookOf([{ name: 'S', grid: water('項目'), merges: MERGES }]), 'x.xlsx').changes.cells.filter((c) => c.sheet === '集計');
    const row = (label: string) => cells.filter((c) => c.cell.startsWith('A') && c.value === label).map((c) => Number(c.cell.slice(1)));
    const [first] = row('私債権');
    // 私債権 令和3年度 実績: 水道料金 68,420 (千円); 強制徴収公債権: 下水道使用料 31,250.
    expect(cells.find((c) => c.cell === `B${first}`)?.value).toBe(68420);
    expect(cells.find((c) => c.cell === `B${row('強制徴収公債権')[0]}`)?.value).toBe(31250);
  });
});
