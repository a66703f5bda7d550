/**
 * A table of taxes in an outline (1 普通税 › (1) 法定普通税 › ア 道府県民税 › (ア) 個人分, the standard 地方税の状況 form): each
 * numbered row under one with figures is in those figures, a part. 取りまとめ counts the outline's top rows only: it had
 * counted every level, the city's 調定額 several times over (a look at other cities' tables), and 集計 likewise.
 */
import { consolidate, resultOfWorkbook } from '../../../src/core/consolidate';
import { summarize } from '../../../src/core/engine';
import { workbookOf } from '../../fixtures/observations/score';
import { observationLayouts } from '../../fixtures/observations';
import type { GridCell } from '../../fixtures/observations/types';

const soumu = observationLayouts.find((l) => l.name === 'soumu-r3-dofukenzei-r1-h30')!;

describe('an outline of taxes', () => {
  it('取りまとめ: the 調定額 of 令和元年度 is 1 普通税’s (18,549,853 百万円), not the sum of every level', () => {
    const c = consolidate([resultOfWorkbook('総務省.xlsx', 1, workbookOf(soumu.sheets))]);
    const charged = c.totals.filter((t) => t.item === '調定額' && t.fiscalYear === 2019 && t.kind === 'actual').reduce((s, t) => s + t.value, 0);
    expect(charged).toBe(18_549_853 * 1000);
    expect(c.rows.filter((r) => r.included && r.item === '調定額' && r.fiscalYear === 2019).map((r) => r.cell)).toEqual(['B5']);
    expect(c.issues.filter((i) => i.code === 'repeated-figure')).toEqual([]);
  });

  it('集計: the rate is of the top row’s amounts', () => {
    const cells = summarize(workbookOf(soumu.sheets), 'x.xlsx').changes.cells.filter((c) => c.sheet === '集計');
    const formulas = cells.map((c) => c.formula ?? '').filter((f) => f.includes('第12表その2'));
    expect(formulas.length).toBeGreaterThan(0);
    // Only row 5 (1 普通税) is read.
    for (const f of formulas) expect([...f.matchAll(/!\$?[A-Z]+\$?(\d+)/g)].map((m) => m[1]).every((row) => row === '5')).toBe(true);
  });


  it('written across the label columns (一 普通税 | (1) 市町村民税 | (ア) 個人): the same, the top row counted', () => {
    const row = (labels: (string | null)[], a: number[], b: number[]): GridCell[] => [...labels, ...a, null, ...b];
    const grid: GridCell[][] = [
      ['市町村税の徴収実績 (単位:千円)'],
      ['平成15年度', null, null, '調定済額', null, null, null, '収入済額'],
      [null, null, null, '現年課税分', '滞納繰越分', '合計', 'Cのうち徴収猶予に係る分', '現年課税分', '滞納繰越分', '合計'],
      row(['一 普通税', null, null], [1100, 100, 1200], [1000, 20, 1020]),
      row([null, '(1) 市町村民税', null], [600, 60, 660], [550, 12, 562]),
      row([null, null, '(ア) 個 人'], [400, 40, 440], [360, 8, 368]),
      row([null, null, '(イ) 法 人'], [200, 20, 220], [190, 4, 194]),
      row([null, '(2) 固定資産税', null], [500, 40, 540], [450, 8, 458]),
    ];
    const c = consolidate([resultOfWorkbook('税務課.xlsx', 1, workbookOf([{ name: '徴収実績', grid, merges: ['D2:G2', 'H2:J2'] }]))]);
    expect(c.rows.filter((r) => r.included && r.item === '調定額').map((r) => r.cell)).toEqual(['D4', 'E4']);
    expect(c.totals.find((t) => t.item === '調定額')?.value).toBe(1200);
  });
});

describe('two outlines on one sheet (一 普通税 …, then 二 目的税 …)', () => {
  const row = (label: string, a: number[]): GridCell[] => [label, ...a];
  const grid: GridCell[][] = [
    ['平成15年度 市町村税の徴収実績 (単位:千円)'],
    [null, '調定済額', null, null, '収入済額', null, null],
    [null, '現年課税分', '滞納繰越分', '合計', '現年課税分', '滞納繰越分', '合計'],
    row('一 普通税', [1100, 100, 1200, 1000, 20, 1020]),
    row('1 法定普通税', [1100, 100, 1200, 1000, 20, 1020]),
    row('(1) 市町村民税', [600, 60, 660, 550, 12, 562]),
    row('(2) 固定資産税', [500, 40, 540, 450, 8, 458]),
    row('2 法定外普通税', [0, 0, 0, 0, 0, 0]),
    row('二 目的税', [300, 30, 330, 280, 6, 286]),
    row('1 法定目的税', [300, 30, 330, 280, 6, 286]),
    row('(1) 入湯税', [100, 0, 100, 100, 0, 100]),
    row('(2) 都市計画税', [200, 30, 230, 180, 6, 186]),
    row('2 法定外目的税', [0, 0, 0, 0, 0, 0]),
  ];
  const c = consolidate([resultOfWorkbook('税務課.xlsx', 1, workbookOf([{ name: '徴収実績', grid, merges: ['B2:D2', 'E2:G2'] }]))]);

  it('counts both top rows: 普通税 and 目的税 are two taxes, not one figure given twice (both are 市税’s in the catalog)', () => {
    expect(c.rows.filter((r) => r.included && r.item === '調定額').map((r) => r.cell)).toEqual(['B4', 'C4', 'B9', 'C9']);
    expect(c.totals.find((t) => t.item === '調定額')?.value).toBe(1530);
    expect(c.issues.filter((i) => i.code === 'repeated-figure')).toEqual([]);
  });
});
