/**
 * うち rows in a row table (うち個人市民税 under 市税): a breakdown of the debt above, named by what
 * follows. Never summed — not into the 合計 row, nor by the summary, nor into 取りまとめ — and said
 * in the report (`part`). Before, each was a debt of its own (うちの個人市民税, unknown), summed with
 * the 市税 it is part of. Written from the rule's words.
 */
import { inspect } from '../../../src/core/engine';
import { consolidate, resultOfWorkbook } from '../../../src/core/consolidate';
import { recalc } from '../../../src/core/engine';
import { workbookOf } from '../../fixtures/observations/score';
import type { GridCell } from '../../fixtures/observations/types';
import { observationAt as obs } from '../../fixtures/observations/read-grid';

const grid: GridCell[][] = [
  ['収入未済額の推移と目標', null, null, null],
  [null, null, null, '（単位：千円）'],
  ['所管課', '債権名', '令和4年度 実績', '令和5年度 実績'],
  ['税務課', '市税', 500, 480],
  ['税務課', 'うち個人市民税', 300, 290],
  ['税務課', 'うち　固定資産税', 150, 140],
  ['保険年金課', '国民健康保険税', 200, 190],
  ['合計', null, 700, 670],
];
const book = () => workbookOf([{ name: '計画', grid }]);

test('a うち row is the part it names, marked as a part, and the 合計 sums the debts without their parts', () => {
  const r = inspect(book(), 't.xlsx');
  expect(obs(r, 'C5')).toMatchObject({ value: 300, department: '税務課', debt: '個人市民税', part: true });
  expect(obs(r, 'D6')).toMatchObject({ value: 140, debt: '固定資産税', part: true });
  expect(obs(r, 'C4')).not.toHaveProperty('part');
  expect(r.tables[0].rows.map((row) => [row.row, row.debt, row.part ?? false])).toEqual([
    [4, '市税', false],
    [5, '個人市民税', true],
    [6, '固定資産税', true],
    [7, '国民健康保険税', false],
    [8, '合計', false],
  ]);
  // 500 + 200 = 700, 480 + 190 = 670: no total-mismatch (with the parts summed it was 1,150 and 1,100).
  expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
});

test('a wrong 合計 is still found, against the debts without their parts', () => {
  const wrong = grid.map((row) => [...row]);
  wrong[7][2] = 1150;
  const r = inspect(workbookOf([{ name: '計画', grid: wrong }]), 't.xlsx');
  expect(r.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell, i.expected])).toEqual([['total-mismatch', 'C8', 700]]);
});

test('再計算 writes the 合計 as the sum of the debts, leaving the parts out', () => {
  const { changes } = recalc(book(), 't.xlsx');
  const c8 = changes.cells.find((w) => w.sheet === '計画' && w.cell === 'C8');
  expect(c8).toMatchObject({ value: 700 });
  expect(c8?.formula).toBe('SUM(C4,C7)');
});

test('取りまとめ counts 市税 once, not with its parts', () => {
  const c = consolidate([resultOfWorkbook('税務課.xlsx', 1, book())]);
  const uncollected = c.totals.filter((t) => t.item === '収入未済額' && t.fiscalYear === 2022 && t.kind === 'actual');
  expect(uncollected.reduce((s, t) => s + t.value, 0)).toBe(700);
});

test('a 合計 over 小計s sums the rows after the last 小計 too (a department of one debt has no 小計)', () => {
  const subtotals: GridCell[][] = [
    ['収入未済額の推移', null, null],
    [null, null, '（単位：千円）'],
    ['所管課', '債権名', '令和5年度 実績'],
    ['税務課', '個人市民税', 100],
    ['税務課', '固定資産税', 200],
    ['税務課', '軽自動車税', 10],
    ['小計', null, 310],
    ['保険年金課', '国民健康保険税', 300],
    ['合計', null, 610],
  ];
  const r = inspect(workbookOf([{ name: '計画', grid: subtotals }]), 't.xlsx');
  expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  const wrong = subtotals.map((row) => [...row]);
  wrong[8][2] = 310;
  const w = inspect(workbookOf([{ name: '計画', grid: wrong }]), 't.xlsx');
  expect(w.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell, i.expected])).toEqual([['total-mismatch', 'C9', 610]]);
});

describe('a row given for reference, (参考) in its department’s cell or before its debt (a clerk’s look)', () => {
  // 簡易水道使用料 is billed within 水道料金: printed for reference, not summed. It had been a debt of department （参考）,
  // summed into the 合計 (a total-mismatch on a right 90,000, which 再計算 then overwrote with 95,000) and into 集計.
  const referenced = (mark: 'department' | 'debt'): GridCell[][] => [
    ['収入未済額の実績と目標', null, null, null],
    [null, null, null, '（単位：千円）'],
    ['所管課', '債権名', '令和4年度 実績', '令和5年度 目標'],
    ['水道課', '水道料金', 50000, 48000],
    mark === 'department' ? ['（参考）', '簡易水道使用料（水道料金に含む）', 5000, 4800] : [null, '【参考】簡易水道使用料', 5000, 4800],
    ['住宅課', '市営住宅使用料', 40000, 38000],
    ['合計', null, 90000, 86000],
  ];

  it.each(['department', 'debt'] as const)('(参考) in the %s cell: a part, of the department above, never summed', (mark) => {
    const r = inspect(workbookOf([{ name: '計画', grid: referenced(mark) }]), 't.xlsx');
    expect(r.tables[0].rows.map((row) => [row.row, row.department, row.debt, row.part ?? false])).toEqual([
      [4, '水道課', '水道料金', false],
      [5, '水道課', mark === 'department' ? '簡易水道使用料(水道料金に含む)' : '簡易水道使用料', true],
      [6, '住宅課', '市営住宅使用料', false],
      [7, null, '合計', false],
    ]);
    expect(obs(r, 'C5')).toMatchObject({ value: 5000, part: true });
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const { changes } = recalc(workbookOf([{ name: '計画', grid: referenced(mark) }]), 't.xlsx');
    expect(changes.cells.find((w) => w.sheet === '計画' && w.cell === 'C7')).toMatchObject({ formula: 'SUM(C4,C6)', value: 90000 });
  });

  it('(参考) beside a うち line: the part it names', () => {
    const g = referenced('department').map((row) => [...row]);
    g[4] = ['（参考）', 'うち簡易水道使用料', 5000, 4800];
    expect(inspect(workbookOf([{ name: '計画', grid: g }]), 't.xlsx').tables[0].rows[1]).toMatchObject({ debt: '簡易水道使用料', part: true });
  });

  it('a (参考) row the table’s 合計 counts is one of its rows (a review’s probe: a right 合計 was found wrong and rewritten)', () => {
    const g = referenced('department').map((row) => [...row]);
    g[6] = ['合計', null, 95000, 90800];
    const r = inspect(workbookOf([{ name: '計画', grid: g }]), 't.xlsx');
    expect(r.tables[0].rows[1]).toMatchObject({ department: '水道課', debt: '簡易水道使用料(水道料金に含む)' });
    expect(r.tables[0].rows[1].part).toBeUndefined();
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(recalc(workbookOf([{ name: '計画', grid: g }]), 't.xlsx').changes.cells.find((w) => w.sheet === '計画' && w.cell === 'C7')).toMatchObject({ formula: 'SUM(C4:C6)', value: 95000 });
  });

  it('a debt whose name begins with 参考 as a word is no reference row', () => {
    const g = referenced('department').map((row) => [...row]);
    g[4] = ['水道課', '参考書代', 5000, 4800];
    g[6] = ['合計', null, 95000, 90800];
    const r = inspect(workbookOf([{ name: '計画', grid: g }]), 't.xlsx');
    expect(r.tables[0].rows[1]).toMatchObject({ debt: '参考書代' });
    expect(r.tables[0].rows[1].part).toBeUndefined();
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
