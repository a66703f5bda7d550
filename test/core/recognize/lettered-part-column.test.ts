/**
 * A column headed as a part of a lettered column (Cのうち徴収猶予に係る分, its words broken over the header's rows) is a part
 * of that row's figure: never counted beside it. Read as a 調定額 of no 区分, it had been 集計's 調定額 of the 市町村税の
 * 徴収実績 form (0, its rates blank) and counted by 取りまとめ (a look at other cities' tables).
 */
import { readGrid, observationAt as obs } from '../../fixtures/observations/read-grid';
import { workbookOf } from '../../fixtures/observations/score';
import type { GridCell } from '../../fixtures/observations/types';
import { consolidate, resultOfWorkbook } from '../../../src/core/consolidate';
import { summarize } from '../../../src/core/engine';

const grid: GridCell[][] = [
  ['市町村税の徴収実績 (単位:千円)', null, null, null, null, null, null, null, null, null],
  ['平成15年度', null, '調定済額', null, null, null, '収入済額', null, null, '徴収率(%)'],
  [null, null, null, null, null, 'Cのうち徴収', null, null, null, 'F'],
  [null, null, '現年課税分', '滞納繰越分', '合計', '猶予に係る調', '現年課税分', '滞納繰越分', '合計', '─ ×100'],
  [null, null, 'A', 'B', 'C', '定額', 'D', 'E', 'F', 'C'],
  ['市町村民税', null, 600, 60, 660, 30, 550, 12, 562, 85.2],
  ['固定資産税', null, 500, 40, 540, 0, 450, 8, 458, 84.8],
];
const merges = ['C2:F2', 'G2:I2'];

describe('a part of a lettered column (Cのうち…)', () => {
  it('is a part of its row’s debt, its stage as printed', () => {
    const r = readGrid(grid, merges, {}, '徴収実績');
    expect(obs(r, 'F6')).toMatchObject({ value: 30, debt: '市町村民税', part: true });
    expect(obs(r, 'F7')).toMatchObject({ value: 0, debt: '固定資産税', part: true });
    expect(obs(r, 'C6')).toMatchObject({ value: 600, item: '調定額', debt: '市町村民税', division: '現年度分' });
    expect(obs(r, 'C6')!.part).toBeUndefined();
  });

  it('is no 調定額 of 取りまとめ or 集計', () => {
    const wb = workbookOf([{ name: '徴収実績', grid, merges }]);
    const c = consolidate([resultOfWorkbook('税務課.xlsx', 1, wb)]);
    expect(c.rows.filter((x) => x.included && x.item === '調定額').map((x) => x.cell).sort()).toEqual(['C6', 'C7', 'D6', 'D7']);
    const formulas = summarize(wb, 'x.xlsx').changes.cells.filter((x) => x.sheet === '集計' && x.formula?.includes('徴収実績')).map((x) => x.formula!);
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(f).not.toMatch(/!F[67]\b/);
  });
});

describe('the part of an amount above the standard rate (標準税率超過調定額 D, 標準税率超過収入済額 H, their words broken over the rows)', () => {
  const excess: GridCell[][] = [
    ['平成15年度 市町村税の徴収実績 (単位:千円)'],
    [null, '調定済額', null, null, null, '収入済額', null, null, null],
    [null, null, null, null, '標準税率', null, null, null, '標準税率超'],
    [null, '現年課税分', '滞納繰越分', '合計', '超過調定額', '現年課税分', '滞納繰越分', '合計', '過収入済額'],
    [null, 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'],
    ['市町村民税', 600, 60, 660, 40, 550, 12, 562, 38],
    ['固定資産税', 500, 40, 540, 0, 450, 8, 458, 0],
  ];
  const m = ['B2:E2', 'F2:I2'];

  it('is a part of its row’s figure, neither another 調定額 nor a figure 取りまとめ cannot place', () => {
    const r = readGrid(excess, m, {}, '徴収実績');
    expect(obs(r, 'E6')).toMatchObject({ value: 40, item: '調定額', debt: '市町村民税', part: true });
    expect(obs(r, 'I6')).toMatchObject({ value: 38, item: '収入済額', debt: '市町村民税', part: true });
    const c = consolidate([resultOfWorkbook('税務課.xlsx', 1, workbookOf([{ name: '徴収実績', grid: excess, merges: m }]))]);
    expect(c.issues.filter((i) => i.code === 'not-counted')).toEqual([]);
    expect(c.totals.find((t) => t.item === '調定額')?.value).toBe(1200);
  });
});
