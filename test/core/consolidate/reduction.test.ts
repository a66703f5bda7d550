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
