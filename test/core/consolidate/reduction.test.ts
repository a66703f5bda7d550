/**
 * 全庁集計's 基準年度比削減額 compares the same debts from year to year: those given in every year from a base year to the
 * latest, the base year chosen for the most such debts. A debt first submitted in a later year is no increase, one given
 * for a longer history does not fix the base year for the rest.
 */
import { consolidate, type FileResult, type Obs } from '../../../src/core/consolidate';
import { consolidationChanges } from '../../../src/core/consolidate/workbook';
import { obsMaker } from './obs';

const obs = obsMaker();
const file = (name: string, observations: Obs[]): FileResult => ({ file: name, modified: 1, readError: null, tables: 1, observations, issues: [] });
const series = (department: string, debt: string, values: Record<number, number>) =>
  Object.entries(values).map(([year, value], i) => obs({ cell: `C${4 + i}`, department, debt, fiscalYear: Number(year), value }));

/** 介護保険課 gives five years; 税務課 and 保険年金課 only the last two (as the 取りまとめ of a user's look). */
const round = () =>
  consolidate([
    file('介護保険課.xlsx', series('介護保険課', '介護保険料', { 2019: 500, 2020: 480, 2021: 460, 2022: 440, 2023: 420 })),
    file('税務課.xlsx', series('税務課', '市税', { 2022: 470_000, 2023: 450_000 })),
    file('保険年金課.xlsx', series('保険年金課', '国民健康保険税', { 2022: 300_000, 2023: 280_000 })),
  ]);

/** 全庁集計's 分類別 line of a class and year: its 実績 (D) and 基準年度比削減額 (H). */
function line(c: ReturnType<typeof consolidate>, cls: string, year: number) {
  const cells = consolidationChanges(c).changes.cells.filter((x) => x.sheet === '全庁集計');
  const at = (ref: string) => cells.find((x) => x.cell === ref);
  const r = cells.find((x) => x.cell.startsWith('A') && x.value === cls && at(`C${x.cell.slice(1)}`)?.value === year)!.cell.slice(1);
  return { actual: at(`D${r}`)?.value, reduction: at(`H${r}`)?.value, formula: at(`H${r}`)?.formula };
}

describe('基準年度比削減額 of a class whose debts are given for different years', () => {
  const c = round();

  it('is from the base year all of them are given in (2022), over all of them', () => {
    // (Its base had been the class's first year, 2019, when only 介護保険料 was given: 2023 showed a 10億円 increase.)
    expect(line(c, '強制徴収公債権', 2023)).toMatchObject({ actual: 420 + 450_000 + 280_000, reduction: 440 + 470_000 + 300_000 - (420 + 450_000 + 280_000) });
    expect(line(c, '強制徴収公債権', 2023).formula).toMatch(/'明細'!\$R:\$R,1\)-SUMIFS\(/);
    // The years before the base have no reduction.
    for (const year of [2020, 2021, 2022]) expect(line(c, '強制徴収公債権', year).reduction).toBeUndefined();
  });

  it('says which years it compares', () => {
    expect(c.issues.filter((i) => i.code === 'reduction-partial').map((i) => i.message)).toEqual([
      '「強制徴収公債権」の基準年度比削減額は、基準年度（2022年度）から毎年度の収入未済額の実績がそろう債権で計算しています（2022・2023年度。年度によって債権が変わると増減が比べられないため）。',
    ]);
  });

  it('of a department giving its own five years is from its own first year, and each cell shows its base year', () => {
    const cells = consolidationChanges(c).changes.cells.filter((x) => x.sheet === '全庁集計');
    const header = Number(cells.find((x) => x.value === '部署')!.cell.slice(1));
    const at = (dept: string) => cells.find((x) => x.cell.startsWith('A') && Number(x.cell.slice(1)) > header && x.value === dept && cells.find((y) => y.cell === `C${x.cell.slice(1)}`)?.value === 2023)!.cell.slice(1);
    const h = (dept: string) => cells.find((x) => x.cell === `H${at(dept)}`);
    expect(h('介護保険課')).toMatchObject({ value: 500 - 420, numberFormat: '#,##0"（2019年度比）";"△"#,##0"（2019年度比）"' });
    // 税務課's from 2022, as its class's: the column holds reductions of different bases, each said (a clerk's look: unlabelled).
    expect(h('税務課')).toMatchObject({ value: 470_000 - 450_000, numberFormat: '#,##0"（2022年度比）";"△"#,##0"（2022年度比）"' });
    expect(line(c, '強制徴収公債権', 2023)).toMatchObject({ reduction: 440 + 470_000 + 300_000 - (420 + 450_000 + 280_000) });
  });
});

describe('the reduction a plan\'s targets make', () => {
  // 市税 gives its 2024 result and targets for 2025 and 2026; 軽自動車税 its 2024 result and a 2025 target, its 2026 left blank.
  const c = consolidate([
    file('税務課.xlsx', [
      obs({ cell: 'C4', department: '税務課', debt: '市税', fiscalYear: 2023, value: 520 }),
      obs({ cell: 'D4', department: '税務課', debt: '市税', fiscalYear: 2024, value: 500 }),
      obs({ cell: 'E4', department: '税務課', debt: '市税', fiscalYear: 2025, kind: 'target', value: 450 }),
      obs({ cell: 'F4', department: '税務課', debt: '市税', fiscalYear: 2026, kind: 'target', value: 400 }),
      obs({ cell: 'C5', department: '税務課', debt: '軽自動車税', fiscalYear: 2023, value: 110 }),
      obs({ cell: 'D5', department: '税務課', debt: '軽自動車税', fiscalYear: 2024, value: 100 }),
      obs({ cell: 'E5', department: '税務課', debt: '軽自動車税', fiscalYear: 2025, kind: 'target', value: 90 }),
    ]),
  ]);

  it('is each target year\'s reduction from the latest year of results, of the debts given in both and in every target year', () => {
    // (全庁集計 had given the reduction of results alone, 2023 → 2024, and nothing for the plan's target years: the plan's headline
    // 縮減, 集計's base year to its last target, was missing from the city's plan: a colleague's look.)
    const cells = consolidationChanges(c).changes.cells.filter((x) => x.sheet === '全庁集計');
    const at = (ref: string) => cells.find((x) => x.cell === ref);
    const lineOf = (group: string, year: number) => cells.find((x) => x.cell.startsWith('A') && x.value === group && at(`C${x.cell.slice(1)}`)?.value === year && at(`B${x.cell.slice(1)}`)?.value === '収入未済額')!.cell.slice(1);
    for (const group of ['強制徴収公債権', '税務課']) {
      // 市税 alone is given in 2024 and in every target year: 500 − 450, 500 − 400.
      const [r25, r26] = [lineOf(group, 2025), lineOf(group, 2026)];
      expect([at(`E${r25}`)?.value, at(`H${r25}`)?.value, at(`E${r26}`)?.value, at(`H${r26}`)?.value]).toEqual([540, 50, 400, 100]);
      expect(at(`H${r26}`)?.numberFormat).toBe('#,##0"（2024年度実績比）";"△"#,##0"（2024年度実績比）"');
      const flag = group === '税務課' ? 'U' : 'T';
      expect(at(`H${r26}`)?.formula).toContain(`SUMIFS('明細'!$N:$N,'明細'!$${group === '税務課' ? 'E' : 'H'}:$${group === '税務課' ? 'E' : 'H'},$A${r26},'明細'!$I:$I,$B${r26},'明細'!$J:$J,2024,'明細'!$K:$K,D$`);
      expect(at(`H${r26}`)?.formula).toContain(`'明細'!$${flag}:$${flag},1)`);
      // The 2024 line keeps the reduction of results, 2023 → 2024.
      expect(at(`H${lineOf(group, 2024)}`)?.value).toBe(630 - 600);
    }
    // 明細 marks the figures compared: 市税's 2024 result and its targets, not 軽自動車税's.
    expect(c.rows.map((r) => [r.debt, r.fiscalYear, r.kind, r.classPlanBasis, r.departmentPlanBasis])).toEqual([
      ['市税', 2023, 'actual', false, false],
      ['市税', 2024, 'actual', true, true],
      ['市税', 2025, 'target', true, true],
      ['市税', 2026, 'target', true, true],
      ['軽自動車税', 2023, 'actual', false, false],
      ['軽自動車税', 2024, 'actual', false, false],
      ['軽自動車税', 2025, 'target', false, false],
    ]);
    // Said under the block: of which debts the targets' reduction is.
    expect(cells.map((x) => x.value)).toContain('※ 目標年度の基準年度比削減額は、最新の実績の年度（2024年度）の実績とすべての目標年度の目標がそろう債権だけで比べています（目標のない年度がある債権は含みません）。');
  });
});
