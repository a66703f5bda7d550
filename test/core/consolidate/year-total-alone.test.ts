/**
 * A years-down ledger of one debt whose years give 現年度分, 滞納繰越分 and their 計, and whose target year gives its 計 alone
 * (令和6年度（目標） | 計), as departments print a plan year they set no 区分 for: that 計 is the year's figure. It had been read
 * as a total of the 計 rows above (three false total-mismatch errors) and left out of 取りまとめ, with nothing said (a
 * clerk's look), and 集計 left that year out.
 */
import { consolidate, resultOfWorkbook } from '../../../src/core/consolidate';
import { readGrid } from '../../fixtures/observations/read-grid';
import { workbookOf } from '../../fixtures/observations/score';
import type { GridCell } from '../../fixtures/observations/types';
import { summarize } from '../../../src/core/engine';

const grid: GridCell[][] = [
  ['国民健康保険税（強制徴収公債権）の収納状況'],
  [null, null, null, null, null, '（単位：千円、％）'],
  ['年度', '区分', '調定額', '収入済額', '収入未済額', '収納率'],
  ['令和4年度', '現年度分', 1000000, 950000, 50000, 95],
  [null, '滞納繰越分', 200000, 40000, 160000, 20],
  [null, '計', 1200000, 990000, 210000, 82.5],
  ['令和5年度', '現年度分', 1010000, 964550, 45450, 95.5],
  [null, '滞納繰越分', 190000, 41800, 148200, 22],
  [null, '計', 1200000, 1006350, 193650, 83.9],
  ['令和6年度（目標）', '計', 1200000, 1010000, 190000, 84.2],
];

describe('a target year given as its 計 alone', () => {
  it('検証: no total of the 計 rows above it (no error), and it is the year’s 全体', () => {
    const report = readGrid(grid, [], {}, '国保税');
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const e10 = report.tables.flatMap((t) => t.observations).find((o) => o.cell === 'E10');
    expect(e10).toMatchObject({ value: 190000, item: '収入未済額', fiscalYear: 2024, kind: 'target', division: '全体' });
  });

  it('取りまとめ counts it: the 2024 target is the 計, the actual years their 現年度分 and 滞納繰越分', () => {
    const c = consolidate([resultOfWorkbook('保険年金課.xlsx', 1, workbookOf([{ name: '国保税', grid, merges: [] }]))]);
    const total = (year: number, kind: string) => c.totals.find((t) => t.item === '収入未済額' && t.fiscalYear === year && t.kind === kind)?.value;
    expect([total(2022, 'actual'), total(2023, 'actual'), total(2024, 'target')]).toEqual([210000, 193650, 190000]);
    expect(c.rows.filter((r) => r.included && r.item === '収入未済額').map((r) => r.cell)).toEqual(['E4', 'E5', 'E7', 'E8', 'E10']);
    expect(c.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});

describe('集計 of a target year given as its 計 alone', () => {
  it('sums it: 令和6年度 目標 190,000 beside the actual years’ 現年度分 + 滞納繰越分', () => {
    const cells = summarize(workbookOf([{ name: '国保税', grid, merges: [] }]), 'x.xlsx').changes.cells.filter((c) => c.sheet === '集計');
    const header = cells.find((c) => c.value === '令和6年度\n目標');
    expect(header).toBeDefined();
    const column = header!.cell.replace(/\d+$/, '');
    const row = cells.find((c) => c.cell.startsWith('A') && c.value === '強制徴収公債権')!.cell.slice(1);
    expect(cells.find((c) => c.cell === `${column}${row}`)).toMatchObject({ formula: "SUM('国保税'!E10)", value: 190000 });
  });
});

describe('a 合計 of debts, on a sheet of no 区分', () => {
  it('is a total of them, never counted (years down, debts across)', () => {
    const across: GridCell[][] = [
      ['市税の収入未済額の推移'],
      [null, null, null, '（単位：千円）'],
      ['年度', '市民税', '固定資産税', '合計'],
      ['令和4年度', 300, 200, 500],
      ['令和5年度', 280, 190, 470],
    ];
    const c = consolidate([resultOfWorkbook('税務課.xlsx', 1, workbookOf([{ name: '推移', grid: across, merges: [] }]))]);
    expect(c.rows.filter((r) => r.included).map((r) => r.cell)).toEqual(['B4', 'C4', 'B5', 'C5']);
  });
});
