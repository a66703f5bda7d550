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
