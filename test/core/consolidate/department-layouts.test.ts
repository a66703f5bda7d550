/**
 * 取りまとめ of departments' workbooks in their own layouts, from the workbooks: each figure counted once, in the city's
 * unit, under its class — a 収納率 never counted as money, an amount whose unit only its column header states counted.
 */
import { consolidate, resultOfWorkbook } from '../../../src/core/consolidate';
import { workbookOf } from '../../fixtures/observations/score';
import type { GridCell } from '../../fixtures/observations/types';

const fileOf = (name: string, sheet: string, grid: GridCell[][], merges: string[] = []) => resultOfWorkbook(name, 1, workbookOf([{ name: sheet, grid, merges }]));
const R = '0.0;"△"0.0';

/** 税務課: 収納率（％） and 収入未済額（円） side by side, as the seeds print them, with no unit line over the table. */
const tax = (unitLine: string | null): GridCell[][] => [
  ['表1 市税等の収納率及び収入未済額の実績と目標（税務課）'],
  [unitLine],
  ['債権名', '区分', '債権の分類', '収納率（％）', null, null, null, '収入未済額（円）', null, null, null],
  [null, null, null, '実績\n令和4年度\n①', '実績\n令和5年度\n②', '目標\n令和7年度\n③', '③－①', '実績\n令和4年度\n①', '実績\n令和5年度\n②', '目標\n令和7年度\n③', '③－①'],
  ['市税', '現年課税分', '強制徴収公債権', { v: 99.2, fmt: R }, { v: 99.3, fmt: R }, { v: 99.5, fmt: R }, { v: 0.3, fmt: R }, 98500000, 91200000, 80000000, -18500000],
  [null, '滞納繰越分', null, { v: 28.5, fmt: R }, { v: 30.1, fmt: R }, { v: 35, fmt: R }, { v: 6.5, fmt: R }, 412300000, 378900000, 320000000, -92300000],
  [null, '計', null, { v: 96.8, fmt: R }, { v: 97.1, fmt: R }, { v: 97.8, fmt: R }, { v: 1.0, fmt: R }, 510800000, 470100000, 400000000, -110800000],
  ['国民健康保険税', '現年課税分', '強制徴収公債権', { v: 94.1, fmt: R }, { v: 94.6, fmt: R }, { v: 95.5, fmt: R }, { v: 1.4, fmt: R }, 152000000, 140500000, 120000000, -32000000],
  [null, '滞納繰越分', null, { v: 22.3, fmt: R }, { v: 24, fmt: R }, { v: 28, fmt: R }, { v: 5.7, fmt: R }, 398000000, 362000000, 300000000, -98000000],
  [null, '計', null, { v: 78.5, fmt: R }, { v: 80.2, fmt: R }, { v: 83, fmt: R }, { v: 4.5, fmt: R }, 550000000, 502500000, 420000000, -130000000],
];
const TAX_MERGES = ['D3:G3', 'H3:K3', 'A3:A4', 'B3:B4', 'C3:C4', 'A5:A7', 'C5:C7', 'A8:A10', 'C8:C10'];

/** 上下水道局: 収納率 and 収入未済額 rows of each debt under 項目, years across, in 千円. */
const water: GridCell[][] = [
  ['上下水道料金の収納率・収入未済額（上下水道局 料金課）'],
  [null, null, null, null, null, null, '（単位：千円、％）'],
  ['債権名', '債権の分類', '項目', '令和4年度', '令和5年度', '令和7年度（目標）', '増減（目標－R5）'],
  ['水道料金', '私債権', '収納率', { v: 99.2, fmt: R }, { v: 99.3, fmt: R }, { v: 99.5, fmt: R }, { v: 0.2, fmt: R }],
  [null, null, '収入未済額', 65310, 61880, 55000, -6880],
  ['下水道使用料', '強制徴収公債権', '収納率', { v: 99.1, fmt: R }, { v: 99.2, fmt: R }, { v: 99.4, fmt: R }, { v: 0.2, fmt: R }],
  [null, null, '収入未済額', 29870, 28140, 25000, -3140],
];
const WATER_MERGES = ['A4:A5', 'B4:B5', 'A6:A7', 'B6:B7'];

const total = (c: ReturnType<typeof consolidate>, classification: string, item: string, fiscalYear: number) =>
  c.totals.filter((t) => t.classification === classification && t.item === item && t.fiscalYear === fiscalYear && t.kind === 'actual').map((t) => [t.value, t.unit]);

describe.each([null, '（単位：円、％）'])('a 税務課 table of rates and amounts side by side (unit line: %s) with a 上下水道局 table of items in rows', (unitLine) => {
  const c = consolidate([fileOf('税務課_計画.xlsx', '債権管理計画', tax(unitLine), TAX_MERGES), fileOf('上下水道局_料金.xlsx', '水道・下水道', water, WATER_MERGES)]);

  it('counts every 収入未済額 once, in 千円, under its class, and no figure is left out', () => {
    expect(c.issues.filter((i) => i.code === 'not-counted')).toEqual([]);
    // 強制徴収公債権 2023: 市税 470,100 + 国保税 502,500 (円 in the file) + 下水道 28,140 千円.
    expect(total(c, '強制徴収公債権', '収入未済額', 2023)).toEqual([[470100 + 502500 + 28140, '千円']]);
    // 私債権 2022: 水道料金 65,310 千円 — its 収納率 99.2 is no amount.
    expect(total(c, '私債権', '収入未済額', 2022)).toEqual([[65310, '千円']]);
  });

  it('finds nothing wrong in either file', () => {
    expect(c.files.map((f) => [f.file, f.errors])).toEqual([
      ['税務課_計画.xlsx', 0],
      ['上下水道局_料金.xlsx', 0],
    ]);
  });
});

describe('a table whose headings name no item (captioned only “(3) 私債権”: its amounts are 金額)', () => {
  const grid: GridCell[][] = [
    ['(3) 私債権'],
    [null, null, null, null, '（単位：千円）'],
    ['所管課', '債権名', '令和3年度実績', '令和4年度実績', '令和5年度実績'],
    ['住宅課', '市営住宅使用料', 1200, 1100, 1000],
    ['住宅課', '住宅新築資金貸付金', 800, 760, 700],
  ];

  it('is summed apart as 金額, and said: no total of 収入未済額 has it (it had been absent from 部署別 with nothing said)', () => {
    const c = consolidate([fileOf('住宅課.xlsx', '私債権', grid)]);
    const said = c.issues.filter((i) => i.code === 'amount-unnamed');
    expect(said.map((i) => [i.file, i.sheet, i.cell, i.severity])).toEqual([['住宅課.xlsx', '私債権', 'C4', 'warning']]);
    expect(said[0].message).toBe(
      'シート「私債権」の C4、D4、E4、C5、D5、E5 の金額（6件）は何の額（調定額・収入済額・収入未済額など）か書かれていないため、全庁集計では「金額」として別に集計し、収入未済額などの集計（部署別を含む）には含めていません。列の見出しか表題に「収入未済額」のように項目名を書いてください。',
    );
    expect(c.totals.filter((t) => t.item === '収入未済額')).toEqual([]);
    expect(c.totals.filter((t) => t.item === '金額' && t.fiscalYear === 2023).map((t) => t.value)).toEqual([1700]);
  });

  it('is not said once its heading names the item (収入未済額の推移)', () => {
    const named = grid.map((row, i) => (i === 0 ? ['(3) 私債権 収入未済額の推移'] : row));
    const c = consolidate([fileOf('住宅課.xlsx', '私債権', named)]);
    expect(c.issues.filter((i) => i.code === 'amount-unnamed')).toEqual([]);
    expect(c.totals.filter((t) => t.item === '収入未済額' && t.fiscalYear === 2023).map((t) => t.value)).toEqual([1700]);
  });
});

describe('a department’s own sheet, named for it (税務課), its rows 現年 | 滞繰 | 合計 across under each amount', () => {
  const grid: GridCell[][] = [
    ['平成15年度 市町村税の徴収実績（碇ケ関村）'],
    [null, null, null, null, null, null, null, null, null, null, null, null, null, '(単位:千円)'],
    [null, '調定済額', null, null, '収入済額', null, null, '徴収率(%)'],
    [null, '現年課税分', '滞納繰越分', '合計', '現年課税分', '滞納繰越分', '合計', '現年課税分', '滞納繰越分', '合計'],
    ['市町村民税', 61975, 2130, 64105, 60840, 594, 61434, 98.2, 27.9, 95.8],
  ];
  const c = consolidate([fileOf('税務課.xlsx', '税務課', grid, ['B3:D3', 'E3:G3', 'H3:J3'])]);

  it('counts each amount once: the 合計 is of the same department and debt as its 現年 and 滞繰 (it had been counted beside them)', () => {
    expect(c.totals.filter((t) => t.kind === 'actual' && t.item !== '収納率').map((t) => [t.item, t.value])).toEqual([
      ['調定額', 64105],
      ['収入済額', 61434],
    ]);
    expect(c.rows.filter((r) => r.cell === 'D5').map((r) => [r.department, r.included])).toEqual([['税務課', false]]);
  });
});

describe('a 上下水道部 flow of each year (前年度末残高 | 調定額 | 収入額 | 不納欠損額 | 年度末残高) beside a ledger (a colleague’s look)', () => {
  // Its 調定額 is the year's new charges, its 前年度末残高 what was carried over: the debt's whole 調定額 is their sum, its
  // 収入済額 the 収入額. 取りまとめ had summed the new charges alone as the class's 調定額 and left 収入額 out (a 私債権 rate of
  // 10.0, the class's 調定額 − 収入済額 − 不納欠損額 no longer its 収入未済額), telling the department to write both.
  const flow: GridCell[][] = [
    ['水道料金の収入未済額の推移', null, null, null, null, '（単位：千円）'],
    ['年度', '前年度末残高', '調定額', '収入額', '不納欠損額', '年度末残高'],
    ['令和4年度', 56789, 2456789, 2434567, 2345, 76666],
    ['令和5年度', 76666, 2478901, 2480123, 3456, 71988],
  ];
  const loan: GridCell[][] = [
    ['災害援護資金貸付金の状況', null, null, null, '（単位：千円）'],
    ['債権名', '調定額', '収入済額', '不納欠損額', '収入未済額'],
    ['災害援護資金貸付金', 12345, 1234, 0, 11111],
  ];
  const c = consolidate([fileOf('上下水道部_計画.xlsx', '推移', flow), fileOf('福祉課_計画.xlsx', '令和4年度', loan)]);
  const whole = (item: string) => c.totals.find((t) => t.classification === '私債権' && t.item === item && t.fiscalYear === 2022 && t.kind === 'actual')?.value;

  it('counts the flow as a ledger: 調定額 with what was carried over, 収入済額 its 収入額, 収入未済額 its 年度末残高', () => {
    expect(whole('調定額')).toBeCloseTo(56789 + 2456789 + 12345, 6);
    expect(whole('収入済額')).toBeCloseTo(2434567 + 1234, 6);
    expect(whole('収入未済額')).toBeCloseTo(76666 + 11111, 6);
    expect(whole('収納率')).toBeCloseTo(((2434567 + 1234) / (56789 + 2456789 + 12345)) * 100, 6);
    expect(c.issues.filter((i) => i.code === 'rate-partial')).toEqual([]);
  });
});
