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
