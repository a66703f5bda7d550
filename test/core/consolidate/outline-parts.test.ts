/**
 * A table of taxes in an outline (1 普通税 › (1) 法定普通税 › ア 道府県民税 › (ア) 個人分, the standard 地方税の状況 form): each
 * numbered row under one with figures is in those figures, a part. 取りまとめ counts the outline's top rows only: it had
 * counted every level, the city's 調定額 several times over (a look at other cities' tables), and 集計 likewise.
 */
import { consolidate, resultOfWorkbook } from '../../../src/core/consolidate';
import { summarize } from '../../../src/core/engine';
import { workbookOf } from '../../fixtures/observations/score';
import { observationLayouts } from '../../fixtures/observations';

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

});
