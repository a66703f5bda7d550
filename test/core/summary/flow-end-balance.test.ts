/**
 * A flow table's balance at the year's end (収入未済額（年度末）, 18年度末の滞納繰越額) is the debt's 収入未済額 in 集計, where the
 * table gives none other: a flow of 市税 and 国民健康保険料 had made 集計 say it had 「収入未済額がないため」 nothing to chart, and a
 * flow of no debt named was left out with nothing said (a look at other cities' tables).
 */
import { inspect, summarize } from '../../../src/core/engine';
import { workbookOf } from '../../fixtures/observations/score';
import { observationLayouts } from '../../fixtures/observations';
import type { CellWrite } from '../../../src/core/changes';
import { consolidate, resultOfWorkbook } from '../../../src/core/consolidate';
import { sheetFromGrid, type CellValue } from '../../../src/core/workbook';

const layout = (name: string) => observationLayouts.find((l) => l.name === name)!;
const summaryOf = (name: string): CellWrite[] => summarize(workbookOf(layout(name).sheets), `${name}.xlsx`).changes.cells.filter((c) => c.sheet === '集計');
const texts = (cells: CellWrite[]) => cells.filter((c) => typeof c.value === 'string').map((c) => String(c.value));

describe('集計 of a flow table', () => {
  it('of debts across (浜松市 市税 | 国民健康保険料): each debt’s 年度末 is its 収入未済額, summed by class', () => {
    const l = layout('hamamatsu-h18-flow-by-debt');
    const ends = l.observations.filter((o) => o.item === '年度末');
    expect(ends.length).toBeGreaterThan(0);
    const cells = summaryOf(l.name);
    // The class row of 強制徴収公債権 sums both debts' 年度末 cells.
    const row = cells.find((c) => c.cell.startsWith('A') && c.value === '強制徴収公債権')!.cell.slice(1);
    const formula = cells.find((c) => c.cell === `B${row}`)?.formula ?? '';
    for (const o of ends.filter((x) => x.fiscalYear === ends[0].fiscalYear)) expect(formula).toContain(`'滞納状況'!${o.cell}`);
    expect(texts(cells).some((t) => t.includes('収入未済額がないため'))).toBe(false);
  });

  it('of no debt named (茨城県 税外収入（全体）): left out, and said so', () => {
    const cells = summaryOf('ibaraki-h27-flow');
    expect(texts(cells).some((t) => t.startsWith('※ 債権名が読み取れない数値は集計していません'))).toBe(true);
  });
});

describe('集計 of a flow table of debts down (債権名 | 所管課 | 前年度末残高 | 調定額 | 収入額 | 不納欠損額 | 年度末残高)', () => {
  const grid: CellValue[][] = [
    ['令和5年度 収入未済額の増減状況'],
    [null, null, null, null, null, null, '(単位：千円)'],
    ['債権名', '所管課', '前年度末残高', '調定額', '収入額', '不納欠損額', '年度末残高'],
    ['市税', '納税課', 325420, 13801250, 13690431, 11095, 425144],
    ['国民健康保険税', '納税課', 352110, 3120456, 3095012, 30215, 347339],
    ['保育料', '保育課', 18220, 412330, 409870, 1850, 17830],
  ];
  it('counts each debt’s 年度末残高 as its 収入未済額 of the year, not its 前年度末残高 (a colleague’s look: 集計 had been empty)', () => {
    const cells = summarize({ sheets: [sheetFromGrid('未済額増減', grid)] }, 'flow.xlsx').changes.cells.filter((c) => c.sheet === '集計');
    expect(texts(cells).some((t) => t.includes('収入未済額がないため'))).toBe(false);
    const row = cells.find((c) => c.cell.startsWith('A') && c.value === '強制徴収公債権')!.cell.slice(1);
    const b = cells.find((c) => c.cell === `B${row}`)!;
    expect(b.formula).toContain("'未済額増減'!G4");
    expect(b.formula).toContain("'未済額増減'!G5");
    expect(b.formula).not.toContain('C4');
    // 保育料 is 強制徴収公債権 too (児童福祉法).
    expect(b.value).toBe(425144 + 347339 + 17830);
  });

  it('取りまとめ counts them so too, and the report names the balances (年度末, 年度当初)', () => {
    const book = { sheets: [sheetFromGrid('未済額増減', grid)] };
    const c = consolidate([resultOfWorkbook('納税課.xlsx', 1, book)]);
    const total = c.totals.filter((t) => t.item === '収入未済額' && t.fiscalYear === 2023 && t.kind === 'actual').reduce((s, t) => s + t.value, 0);
    expect(total).toBe(425144 + 347339 + 17830); // 千円, as 取りまとめ counts
    const obs = inspect(book, 'flow.xlsx').tables[0].observations;
    expect(obs.find((o) => o.cell === 'G4')).toMatchObject({ item: '年度末', value: 425144 });
    expect(obs.find((o) => o.cell === 'C4')).toMatchObject({ item: '年度当初', value: 325420 });
  });
});

describe('取りまとめ of a flow table', () => {
  it('counts each debt’s 年度末 as its 収入未済額 (浜松市: 6,998 + 5,372 百万円)', () => {
    const l = layout('hamamatsu-h18-flow-by-debt');
    const c = consolidate([resultOfWorkbook('収納課.xlsx', 1, workbookOf(l.sheets))]);
    const total = c.totals.filter((t) => t.item === '収入未済額' && t.fiscalYear === 2006 && t.kind === 'actual').reduce((s, t) => s + t.value, 0);
    expect(total).toBe((6998 + 5372) * 1000);
    expect(c.rows.filter((r) => r.item === '年度末')).toEqual([]);
  });
});
