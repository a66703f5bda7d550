/**
 * The state's tables of every prefecture: rows named by the prefecture without 都, 府 or 県 (青森,
 * 東京, 大阪), and a forecast of one year (…年度…見込額調) printed beside the year before's result.
 */
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid as read, observationAt as obs, errorsOf as errors } from '../../fixtures/observations/read-grid';

describe('prefectures down the rows by their bare names', () => {
  const grid: GridCell[][] = [
    ['道府県税の徴収実績 (単位:千円)', null, null, null],
    ['区分', '調定額', '収入額', '徴収率(%)'],
    ['宮城', 200000, 190000, 95.0],
    ['神奈川', 800000, 784000, 98.0],
    ['鹿児島', 100000, 96000, 96.0],
  ];

  test('a row named by a prefecture (神奈川) is that place\'s figures, of no debt', () => {
    const r = read(grid);
    expect(obs(r, 'B4')).toMatchObject({ value: 800000, item: '調定額', department: '神奈川', debt: null });
    expect(obs(r, 'D5')).toMatchObject({ value: 96, item: '収納率', department: '鹿児島', debt: null });
    expect(errors(r)).toEqual([]);
  });

  test('a prefecture\'s rate typed wrong is found at its cell', () => {
    expect(errors(read(grid, [], { D3: 59.0 }))).toEqual(['rate-mismatch@D3']);
  });
});

describe('a year\'s forecast of every prefecture (令和5年度…見込額) beside the year before', () => {
  const grid: GridCell[][] = [
    ['令和5年度 道府県税決算見込額', null, null, null],
    [null, null, '(単位:千円)', '令和4年度'],
    ['区分', '調定額', '収入額', '調定額'],
    ['宮城', 5000, 4900, 4800],
    ['神奈川', 3000, 2950, 2900],
  ];

  test('the caption\'s year is forecast; the year before it is a result', () => {
    const r = read(grid);
    expect(obs(r, 'B4')).toMatchObject({ value: 5000, item: '調定額', fiscalYear: 2023, kind: 'forecast', department: '宮城' });
    expect(obs(r, 'D4')).toMatchObject({ value: 4800, item: '調定額', fiscalYear: 2022, kind: 'actual', department: '宮城' });
    expect(obs(r, 'D5')).toMatchObject({ value: 2900, fiscalYear: 2022, kind: 'actual', department: '神奈川' });
  });
});

describe('a note that a year is an estimate (※令和5年度は決算見込額) under tables whose headers name no kind', () => {
  test('debts across the years (令和3年度 | 令和4年度 | 令和5年度): 令和5年度 is a forecast, the years before results', () => {
    const r = read([
      ['債権別収入未済額の推移', null, null, null, null],
      [null, null, null, null, '（単位：千円）'],
      ['所管課', '債権名', '令和3年度', '令和4年度', '令和5年度'],
      ['税務課', '市税', 232410, 215380, 198260],
      ['住宅課', '市営住宅使用料', 35100, 33100, 31100],
      ['※令和5年度は決算見込額', null, null, null, null],
    ]);
    expect(obs(r, 'E4')).toMatchObject({ value: 198260, fiscalYear: 2023, kind: 'forecast', debt: '市税' });
    expect(obs(r, 'D4')).toMatchObject({ value: 215380, fiscalYear: 2022, kind: 'actual' });
  });

  test('a ledger whose years are in a 年度 column: the rows of 令和5年度 are a forecast', () => {
    const r = read([
      ['債権別収入状況', null, null, null, null, null, null],
      [null, null, null, null, null, null, '（単位：千円、%）'],
      ['年度', '所管課', '債権名', '調定額', '収入済額', '収入未済額', '収納率'],
      ['令和4年度', '税務課', '市税', 12000, 11800, 200, 98.3],
      ['令和4年度', '住宅課', '市営住宅使用料', 250, 215, 35, 86.0],
      ['令和5年度', '税務課', '市税', 12300, 12120, 180, 98.5],
      ['令和5年度', '住宅課', '市営住宅使用料', 255, 221, 34, 86.7],
      ['※令和5年度は決算見込額', null, null, null, null, null, null],
    ]);
    expect(obs(r, 'D6')).toMatchObject({ value: 12300, fiscalYear: 2023, kind: 'forecast', debt: '市税' });
    expect(obs(r, 'D4')).toMatchObject({ value: 12000, fiscalYear: 2022, kind: 'actual', debt: '市税' });
  });
});
