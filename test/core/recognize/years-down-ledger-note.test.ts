/**
 * A ledger by year down the rows, two debts across (介護保険料 | 後期高齢者医療保険料 over 調定額 | 収入額 | 収入未済額 | 収納率),
 * with a note under it: what the note says of the 区分, and how the report counts such a table.
 */
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid as read, observationAt as obs, errorsOf as errors } from '../../fixtures/observations/read-grid';
import { formatReport } from '../../../src/cli/format';

const ledger = (note: string | null): GridCell[][] => [
  ['介護保険料及び後期高齢者医療保険料の収納状況の推移（介護保険課）'],
  [null, null, null, null, null, null, null, null, '（単位：円、％）'],
  ['年度', '介護保険料', null, null, null, '後期高齢者医療保険料', null, null, null],
  [null, '調定額', '収入額', '収入未済額', '収納率', '調定額', '収入額', '収入未済額', '収納率'],
  ['令和4年度', 2879300000, 2842870000, 36430000, 98.7, 1801900000, 1791910000, 9990000, 99.4],
  ['令和5年度', 2901500000, 2867020000, 34480000, 98.8, 1876200000, 1866930000, 9270000, 99.5],
  [],
  [note],
];
const MERGES = ['B3:E3', 'F3:I3', 'A3:A4'];

describe('a note under the table', () => {
  it('“…、滞納繰越分を含む。” says the figures are the year’s and the arrears together (全体), not the arrears alone', () => {
    // (Every figure had been read as 滞納繰越分: 取りまとめ listed 介護保険料 収納率 98.5 as the arrears' rate.)
    const r = read(ledger('※介護保険料は第1号被保険者保険料（普通徴収・特別徴収の計）、滞納繰越分を含む。'), MERGES);
    expect(obs(r, 'E5')).toMatchObject({ value: 98.7, debt: '介護保険料', item: '収納率', fiscalYear: 2022, division: '全体' });
    expect(obs(r, 'H6')).toMatchObject({ value: 9270000, debt: '後期高齢者医療保険料', item: '収入未済額', division: '全体' });
    expect(errors(r)).toEqual([]);
  });

  it('one naming the arrears alone still makes them so; no note, no 区分', () => {
    expect(obs(read(ledger('※滞納繰越分の状況です。'), MERGES), 'E5')).toMatchObject({ division: '滞納繰越分' });
    expect(obs(read(ledger(null), MERGES), 'E5')).toMatchObject({ division: null });
  });
});

describe('the text report of a table read figure by figure', () => {
  it('counts its figures (it has no rows): 数値 16件, not 0行', () => {
    const r = read(ledger(null), MERGES, {}, '収納状況');
    expect(r.tables.map((t) => [t.shape, t.rows.length, t.observations.length])).toEqual([['matrix', 0, 16]]);
    expect(formatReport(r, ['収納状況'], 'ja')).toContain('[その他（円）] 数値 16件');
    expect(formatReport(r, ['収納状況'], 'en')).toContain(' 16 figures');
  });
});

describe('a note naming the 区分 of some figures only', () => {
  it('“収納率は現年度分。収入未済額は滞納繰越分を含む。” makes no 区分 of every figure', () => {
    // (“…を含む” had made every figure 全体, the rates too, which the note says are 現年度分.)
    const r = read(ledger('※ 収納率は現年度分。収入未済額は滞納繰越分を含む。'), MERGES);
    expect(obs(r, 'E5')).toMatchObject({ item: '収納率', division: null });
  });
});

describe('a table in 億円 (単位：億円), two decimals', () => {
  const grid: GridCell[][] = [
    ['収入未済額の推移（億円表示）'],
    [null, null, null, '（単位：億円）'],
    ['年度', '市税', '国民健康保険税', '合計'],
    ['令和元年度', { v: 6.12, fmt: '0.00' }, { v: 2.88, fmt: '0.00' }, { v: 9, fmt: '0.00' }],
    ['令和2年度', { v: 5.99, fmt: '0.00' }, { v: 2.77, fmt: '0.00' }, { v: 8.75, fmt: '0.00' }],
    ['令和3年度', { v: 5.71, fmt: '0.00' }, { v: 2.62, fmt: '0.00' }, { v: 8.34, fmt: '0.00' }],
    ['※ 億円未満を四捨五入しているため、内訳と合計が一致しない場合がある。'],
  ];

  it('reads its figures as printed, of no unit the report knows (not 円), and allows its totals their rounding', () => {
    // (単位：億円 had been read as 円: 6.12 円, and a 合計 off its rounded parts by 0.01 an error.)
    const r = read(grid);
    expect(obs(r, 'B4')).toMatchObject({ value: 6.12, item: '収入未済額', unit: null });
    expect(errors(r)).toEqual([]);
    expect(errors(read(grid, [], { D5: { v: 8.95, fmt: '0.00' } }))).toEqual(['total-mismatch@D5']);
  });
});
