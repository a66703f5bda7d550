/**
 * 集計 and グラフ write fiscal years as the plan's tables write them: 令和5年度 for a plan in its era (most municipal plans),
 * 2023年度 for one in the western calendar — in the headers, the 達成 rows, the 縮減 note and the chart titles; and so do
 * the findings' Japanese messages (the English ones say FY2023).
 */
import { inspect, summarize } from '../../../src/core/engine';
import { sheetFromGrid, type Workbook } from '../../../src/core/workbook';
import type { CellWrite } from '../../../src/core/changes';

type Grid = (string | number | null)[][];
const book = (...sheets: [string, Grid][]): Workbook => ({ sheets: sheets.map(([name, grid]) => sheetFromGrid(name, grid)) });
const plan = (years: [string, string, string]): Grid => [
  ['収入未済額の目標'],
  [null, null, null, null, '（単位：千円）'],
  ['所管課', '債権名', `${years[0]}\n実績`, `${years[1]}\n実績`, `${years[2]}\n目標`],
  ['税務課', '市税', 5200, 4800, 4000],
  ['住宅課', '市営住宅使用料', 1300, 1250, 1000],
];
const texts = (cells: CellWrite[], sheet = '集計') => cells.filter((c) => c.sheet === sheet && typeof c.value === 'string').map((c) => c.value as string);

describe('years in 集計 as the plan writes them', () => {
  it('a plan in its era: 令和 headers, 達成 years, the 縮減 note and the chart titles', () => {
    const { changes } = summarize(book(['計画', plan(['令和4年度', '令和5年度', '令和7年度'])]), 'x.xlsx');
    const t = texts(changes.cells);
    expect(t).toEqual(expect.arrayContaining(['令和4年度\n実績', '令和5年度\n実績', '令和7年度\n目標', '基準: 令和5年度 実績、目標: 令和7年度 目標']));
    expect(t.some((s) => /20\d\d年度/.test(s))).toBe(false);
    expect(changes.charts.find((c) => c.type === 'barClustered')?.title).toBe('収入未済額の大きい債権（令和5年度 実績、上位10件）');
    // The chart's categories: the years as the header shows them.
    expect(t).toEqual(expect.arrayContaining(['令和4年度', '令和5年度', '令和7年度']));
    // 令和4年度 is as wide as 2022年度 (nine units): the columns are as before.
    expect(changes.sheets.find((s) => s.name === '集計')!.columnWidths!.slice(1, 4)).toEqual([11, 11, 11]);
  });

  it('R5 and the pair 令和5年 2023年 are the era too; 令和元年度 for the year begun in April 2019', () => {
    const { changes } = summarize(book(['計画', plan(['R1', '令和5年 2023年', 'R7'])]), 'x.xlsx');
    expect(texts(changes.cells)).toEqual(expect.arrayContaining(['令和元年度\n実績', '令和5年度\n実績', '令和7年度\n目標']));
    // 令和元年度 is wider than 2019年度 (ten units): the figure columns hold it on one line.
    expect(changes.sheets.find((s) => s.name === '集計')!.columnWidths!.slice(1, 4)).toEqual([12, 12, 12]);
  });

  it('a plan in the western calendar keeps it, its columns as narrow as before', () => {
    const { changes } = summarize(book(['計画', plan(['2022年度', '2023年度', '2025年度'])]), 'x.xlsx');
    const t = texts(changes.cells);
    expect(t).toEqual(expect.arrayContaining(['2022年度\n実績', '2023年度\n実績', '2025年度\n目標', '基準: 2023年度 実績、目標: 2025年度 目標']));
    expect(t.some((s) => /令和/.test(s))).toBe(false);
    expect(changes.sheets.find((s) => s.name === '集計')!.columnWidths!.slice(1, 4)).toEqual([11, 11, 11]);
  });

  it('follows most of the tables: two in the era and one western give the era', () => {
    const { changes } = summarize(
      book(['A', plan(['令和4年度', '令和5年度', '令和7年度'])], ['B', plan(['令和4年度', '令和5年度', '令和7年度'])], ['C', plan(['2022年度', '2023年度', '2025年度'])]),
      'x.xlsx',
    );
    expect(texts(changes.cells)).toContain('令和5年度\n実績');
    const western = summarize(book(['A', plan(['令和4年度', '令和5年度', '令和7年度'])], ['C', plan(['2022年度', '2023年度', '2025年度'])], ['D', plan(['2022年度', '2023年度', '2025年度'])]), 'x.xlsx');
    expect(texts(western.changes.cells)).toContain('2023年度\n実績');
  });

  it('a table of years down its rows, its caption naming none: by its row labels', () => {
    const grid: Grid = [
      ['市税 収入未済額の推移'],
      [null, null, '（単位：千円）'],
      ['年度', '実績', '目標'],
      ['平成30年度', 6100, null],
      ['令和元年度', 5800, 5900],
      ['令和2年度', 5300, 5600],
    ];
    const { changes } = summarize(book(['推移', grid]), 'x.xlsx');
    expect(texts(changes.cells)).toEqual(expect.arrayContaining(['平成30年度\n実績', '令和元年度\n実績', '令和2年度\n目標']));
  });

  it('a column of years written in full once (平成14年度, then 15, 16 as a yearbook prints them): in its era', () => {
    const grid: Grid = [
      ['県税決算額の推移'],
      [null, null, null, null, '（単位：円）'],
      ['年度', '調定済額', '収入済額', '収入未済額', '収入歩合'],
      ['平成14年度', 117948191665, 115410895179, 2374497725, 97.8],
      [15, 119279883217, 116668449020, 2427039260, 97.8],
      [16, 119984950023, 117236641616, 2463854667, 97.7],
    ];
    const t = texts(summarize(book(['推移', grid]), 'x.xlsx').changes.cells);
    expect(t).toEqual(expect.arrayContaining(['平成14年度\n実績', '平成15年度\n実績', '平成16年度\n実績']));
    expect(t.some((s) => /20\d\d年度/.test(s))).toBe(false);
  });

  it('a table whose columns name no year, its caption one: by its caption', () => {
    const grid: Grid = [
      ['令和5年度 債権別収入状況'],
      [null, null, null, null, null, '（単位：円）'],
      ['所管課', '債権名', '調定額', '収入済額', '収入未済額', '収納率'],
      ['税務課', '市税', 1000000, 950000, 50000, 95],
    ];
    expect(texts(summarize(book(['状況', grid]), 'x.xlsx').changes.cells)).toContain('令和5年度\n実績');
  });
});

describe('years in the findings as the table writes them', () => {
  const gap = (years: [string, string, string, string]): Grid => [
    ['収納率の推移'],
    [null, null, null, null, null, '（単位：%）'],
    ['所管課', '債権名', ...years.map((y) => `${y}\n実績`)],
    ['税務課', '市税', 97.1, null, 97.6, 97.8],
    ['住宅課', '市営住宅使用料', 88.2, 88.9, 89.4, 90.1],
  ];
  const missing = (grid: Grid) => inspect(book(['推移', grid]), 'x.xlsx').issues.filter((i) => i.code === 'missing-value').map((i) => [i.cell, i.message, i.messageEn]);

  it('in the era: 令和元年度 in Japanese, FY2019 in English', () => {
    expect(missing(gap(['平成30年度', '令和元年度', '令和2年度', '令和3年度']))).toEqual([['D4', '令和元年度の値が空欄です（前後の年度には値があります）。', 'The value for FY2019 is blank although the years around it have values.']]);
  });

  it('in the western calendar: 2019年度', () => {
    expect(missing(gap(['2018年度', '2019年度', '2020年度', '2021年度']))).toEqual([['D4', '2019年度の値が空欄です（前後の年度には値があります）。', 'The value for FY2019 is blank although the years around it have values.']]);
  });
});

describe('a year or a target the plan leaves blank', () => {
  it('is blank in 集計 (no 0 a reader takes for a figure), by a formula that shows the figure once it is typed', () => {
    const grid: Grid = [
      ['収入未済額の目標'],
      [null, null, null, null, '（単位：千円）'],
      ['所管課', '債権名', '令和4年度\n実績', '令和5年度\n実績', '令和7年度\n目標'],
      ['税務課', '市税', null, 4800, 4000],
      ['住宅課', '市営住宅使用料', null, 1250, null],
    ];
    const cells = summarize(book(['計画', grid]), 'x.xlsx').changes.cells.filter((c) => c.sheet === '集計');
    const head = cells.find((c) => c.value === '1 収入未済額（債権の区分別・年度別）')!;
    const rowOf = (c: CellWrite) => Number(c.cell.replace(/^[A-Z]+/, ''));
    const line = (label: string) => {
      const r = rowOf(cells.find((c) => c.value === label && rowOf(c) > rowOf(head))!);
      return ['B', 'C', 'D'].map((col) => cells.find((c) => c.cell === `${col}${r}`)!);
    };
    // 私債権 (市営住宅使用料): 令和4年度 and its 令和7年度 target blank, 令和5年度 its figure.
    expect(line('私債権').map((c) => [c.formula, c.value])).toEqual([
      [`IF(COUNT('計画'!C5)=0,"",SUM('計画'!C5))`, ''],
      [`SUM('計画'!D5)`, 1250],
      [`IF(COUNT('計画'!E5)=0,"",SUM('計画'!E5))`, ''],
    ]);
    // The total of a column of blanks is blank too; of figures, their sum.
    const total = line('合計');
    expect(total.map((c) => c.value)).toEqual(['', 6050, 4000]);
    expect(total[0].formula).toBe(`IF(COUNT(B6,B7,B8)=0,"",SUM(B6,B7,B8))`);
  });
});

describe('a table whose years are written in a 年度 column', () => {
  it('令和4年度 in the column: 集計 writes 令和4年度, not 2022年度 (the era is the column’s, the headers name no year)', () => {
    const rows: Grid = [['債権別収入状況'], [null, null, null, null, null, null, null, '（単位：千円、%）'], ['年度', '所管課', '債権名', '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率']];
    const data: [string, string, string, number, number, number][] = [
      ['令和4年度', '税務課', '市税', 12000000, 11800000, 20000], ['令和4年度', '住宅課', '市営住宅使用料', 250000, 215000, 3000],
      ['令和5年度', '税務課', '市税', 12300000, 12120000, 18000], ['令和5年度', '住宅課', '市営住宅使用料', 255000, 221000, 2500],
    ];
    for (const [y, d, n, ch, sh, ke] of data) rows.push([y, d, n, ch, sh, ke, ch - sh - ke, Math.round((sh / ch) * 1000) / 10]);
    const t = texts(summarize(book(['台帳', rows]), 'x.xlsx').changes.cells);
    expect(t).toEqual(expect.arrayContaining(['令和4年度\n実績', '令和5年度\n実績']));
    expect(t.some((s) => /20\d\d年度/.test(s))).toBe(false);
  });
});

describe('収入未済額 of years given for different numbers of debts', () => {
  it('says under the sections and their totals how many debts each year sums', () => {
    const grid: Grid = [
      ['収入未済額の目標'],
      [null, null, null, null, '（単位：千円）'],
      ['所管課', '債権名', '令和4年度\n実績', '令和5年度\n実績', '令和7年度\n目標'],
      ['税務課', '市税', 5200, 4800, 4000],
      ['住宅課', '市営住宅使用料', 1300, 1250, null],
      ['水道課', '水道料金', 900, 880, null],
    ];
    const t = texts(summarize(book(['計画', grid]), 'x.xlsx').changes.cells);
    const note = '※ 債権数が年度で異なります（合計は記載のある債権だけの額です）: 令和4年度 実績 3債権、令和5年度 実績 3債権、令和7年度 目標 1債権';
    // Under 1 (by class) and 3 (by department).
    expect(t.filter((s) => s === note)).toHaveLength(2);
    const same = texts(summarize(book(['計画', plan(['令和4年度', '令和5年度', '令和7年度'])]), 'x.xlsx').changes.cells);
    expect(same.some((s) => s.startsWith('※ 債権数が年度で異なります'))).toBe(false);
  });
});
