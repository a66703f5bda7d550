/**
 * One figure in two tables (the plan's 令和5年度 実績 and the 決算 sheet's) with two values: a warning at the later, naming
 * the earlier. (A clerk's 385,600 in the plan and 358,600 in the 決算 had passed unseen.)
 */
import { inspect, inspectStreamed } from '../../../src/core/engine';
import { sheetFromGrid, sourceOf, type CellValue, type Workbook } from '../../../src/core/workbook';

const plan = (kokuho: number): CellValue[][] => [
  ['収入未済額の実績と目標'],
  [null, null, null, null, '（単位：千円）'],
  ['部署', '債権名', '令和5年度実績', '令和6年度見込', '令和9年度目標'],
  ['収納課', '個人市民税', 170210, 160000, 140000],
  ['保険年金課', '国民健康保険税', kokuho, 370000, 330000],
];
const ledger = (unit: string, kokuho: number, scale = 1): CellValue[][] => [
  ['令和5年度 債権別収入状況（決算）'],
  [null, null, null, null, `（単位：${unit}）`],
  ['債権名', '調定額', '収入済額', '不納欠損額', '収入未済額'],
  ['個人市民税', 8520300 * scale, 8349090 * scale, 1000 * scale, 170210 * scale],
  ['国民健康保険税', 3540200 * scale, 3540200 * scale - 1800 * scale - kokuho, 1800 * scale, kokuho],
];
const book = (a: CellValue[][], b: CellValue[][]): Workbook => ({ sheets: [sheetFromGrid('計画表', a), sheetFromGrid('令和5年度決算', b)] });
const found = (wb: Workbook) => inspect(wb, 'x.xlsx').issues.filter((i) => i.code === 'figure-disagreement');

describe('figure-disagreement', () => {
  it('is a warning at the later figure naming the earlier', () => {
    const f = found(book(plan(385600), ledger('千円', 358600)));
    expect(f.map((i) => [i.sheet, i.cell, i.severity])).toEqual([['令和5年度決算', 'E5', 'warning']]);
    expect(f[0].message).toBe('E5 の 358,600 は、同じ国民健康保険税の令和5年度実績の収入未済額を記載した「計画表」C5 の 385,600 と違います。どちらかが誤っていませんか。');
  });

  it('the same figure in two units (千円 and 円), rounded or cut down (切り捨て) to the coarser, is no disagreement', () => {
    expect(found(book(plan(385600), ledger('千円', 385600)))).toEqual([]);
    expect(found(book(plan(385600), ledger('円', 385600_000, 1000)))).toEqual([]);
    expect(found(book(plan(385600), ledger('円', 385600_400, 1000)))).toEqual([]);
    // (170,210 千円 of 170,210,750 円, cut down: a review's probe had been warned of.)
    expect(found(book(plan(385600), ledger('円', 385600_750, 1000)))).toEqual([]);
    expect(found(book(plan(385600), ledger('円', 385602_000, 1000))).map((i) => i.cell)).toEqual(['E5']);
  });

  it('rates compared within a unit of the coarser as shown (89 of 89.4), and tables of different 区分 by their captions are not compared', () => {
    const rates = (caption: string, a: number, b: number): CellValue[][] => [
      [caption],
      [null, null, '（単位：％）'],
      ['債権名', '令和5年度実績'],
      ['市税', a],
      ['国民健康保険税', b],
    ];
    expect(found({ sheets: [sheetFromGrid('A', rates('収納率', 89, 99)), sheetFromGrid('B', rates('収納率', 89.4, 98.7))] })).toEqual([]);
    expect(found({ sheets: [sheetFromGrid('A', rates('収納率（現年度分）', 99.2, 95.8)), sheetFromGrid('B', rates('収納率（滞納繰越分）', 28.4, 24.1))] })).toEqual([]);
    expect(found({ sheets: [sheetFromGrid('A', rates('収納率', 89, 99)), sheetFromGrid('B', rates('収納率', 87.4, 98.7))] }).map((i) => i.cell)).toEqual(['B4']);
  });

  it('two tables disagreeing on most figures they share (two editions of the plan) say nothing of each', () => {
    const edition = (shift: number): CellValue[][] => [
      ['収入未済額の実績と目標'],
      [null, null, null, '（単位：千円）'],
      ['部署', '債権名', '令和5年度実績', '令和9年度目標'],
      ...['個人市民税', '国民健康保険税', '介護保険料', '保育所保育料', '市営住宅使用料'].map((d, i): CellValue[] => ['収納課', d, 1000 * (i + 1) + shift, 900 * (i + 1)]),
    ];
    const wb: Workbook = { sheets: [sheetFromGrid('当初', edition(0)), sheetFromGrid('改定', edition(50))] };
    expect(found(wb)).toEqual([]);
  });

  it('is said alike when the workbook is read a sheet at a time (the CLI)', () => {
    const wb = book(plan(385600), ledger('千円', 358600));
    expect(inspectStreamed(sourceOf(wb), 'x.xlsx').issues.filter((i) => i.code === 'figure-disagreement').map((i) => i.cell)).toEqual(['E5']);
  });
});

it('is found where a table of other figures of the same debts comes first (収納率 before 収入未済額 and 決算: a clerk’s look)', () => {
  const rates: CellValue[][] = [
    ['収納率の実績と目標'],
    [null, null, null, null, '（単位：%）'],
    ['部署', '債権名', '令和5年度実績', '令和6年度見込', '令和9年度目標'],
    ['収納課', '個人市民税', 98.1, 98.2, 98.5],
    ['保険年金課', '国民健康保険税', 89.1, 89.5, 90.5],
  ];
  const wb: Workbook = { sheets: [sheetFromGrid('収納率', rates), sheetFromGrid('計画表', plan(385600)), sheetFromGrid('令和5年度決算', ledger('千円', 358600))] };
  expect(found(wb).map((i) => [i.sheet, i.cell, i.expected, i.actual])).toEqual([['令和5年度決算', 'E5', 385600, 358600]]);
});
