/**
 * Headers that letter their columns and write how others are computed from them (調定額 (A), 徴収率
 * (B)/(A)×100, 増減額 (B)−(D) (E)): a letter names its own column only, a formula's letters are its
 * operands, and a difference is of what its operands are.
 */
import type { Report } from '../../../src/core/report';
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid, observationAt as obs, errorsOf as errors } from '../../fixtures/observations/read-grid';

const grid: GridCell[][] = [
  ['市税の収入状況 (単位 千円・%)', null, null, null, null, null, null, null, null, null, null],
  ['区分', '令和5年度', null, null, null, '令和4年度', null, null, '比較', null, null],
  [null, '調定額 (A)', '収入額 (B)', '徴収率 (B)/(A)×100', '(B)の 構成比', '調定額 (C)', '収入額 (D)', '徴収率 (D)/(C)×100', '増減額 (B)−(D) (E)', '増減率 (E)/(D)×100', '前年度 増減率'],
  ['市民税', 1000, 950, 95.0, 66.7, 900, 850, 94.4, 100, 11.8, 3.0],
  ['固定資産税', 500, 475, 95.0, 33.3, 520, 494, 95.0, -19, -3.8, 1.2],
];
const merges = ['A2:A3', 'B2:E2', 'F2:H2', 'I2:K2'];

function read(edits: Record<string, GridCell> = {}): Report {
  return readGrid(grid, merges, edits);
}

describe('lettered columns: 調定額 (A) | 収入額 (B) | 徴収率 (B)/(A)×100 | (B)の構成比 … 比較: 増減額 (B)−(D) (E) | 増減率 (E)/(D)×100', () => {
  test('a rate written (B)/(A)×100 is the collection rate, lettered by neither operand; a share of (B) is a ratio', () => {
    const r = read();
    expect(obs(r, 'D4')).toMatchObject({ value: 95, item: '収納率', derived: null, fiscalYear: 2023, debt: '市民税' });
    expect(obs(r, 'E4')).toMatchObject({ value: 66.7, item: '比率', derived: 'ratio', unit: '%', debt: '市民税' });
    expect(errors(r)).toEqual([]);
  });

  test('増減額 (B)−(D) (E) is the change of 収入額; 増減率 (E)/(D)×100 and 前年度増減率 under 比較 are ratios', () => {
    const r = read();
    expect(obs(r, 'I5')).toMatchObject({ value: -19, item: '収入済額', derived: 'delta', unit: '千円', debt: '固定資産税' });
    expect(obs(r, 'J5')).toMatchObject({ value: -3.8, item: '比率', derived: 'ratio', unit: '%', debt: '固定資産税' });
    expect(obs(r, 'K5')).toMatchObject({ value: 1.2, item: '比率', derived: 'ratio', debt: '固定資産税' });
  });

  test('a difference, a rate of change and a collection rate typed wrong are each found at their cell', () => {
    expect(errors(read({ I4: 150 }))).toEqual(['delta-mismatch@I4', 'ratio-mismatch@J4']);
    expect(errors(read({ J5: -8.3 }))).toEqual(['ratio-mismatch@J5']);
    expect(errors(read({ D4: 59.0 }))).toEqual(['rate-mismatch@D4']);
  });
});
