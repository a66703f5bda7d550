/**
 * A ledger whose year is a column of its own, as a system exports it (年度 | 所管課 | 債権名 | 区分 | 調定額 …, 令和4年度 then
 * 令和5年度 down the rows): one table a year, each year's figures of that year (a clerk's look: its figures had no year,
 * 取りまとめ left all 24 out asking for the year in the heading, and 検証 called each debt "twice in the table").
 */
import { inspect, recalc } from '../../../src/core/engine';
import { consolidate, resultOfWorkbook } from '../../../src/core/consolidate';
import { sheetFromGrid, type CellValue } from '../../../src/core/workbook';

const ledger = (withDepartment: boolean): CellValue[][] => {
  const rows: CellValue[][] = [
    ['令和4年度', '生活福祉課', '生活保護費返還金', '現年度分', 20000, 14000, 0, 6000, 70],
    ['令和4年度', '生活福祉課', '生活保護費返還金', '滞納繰越分', 30000, 3000, 1000, 26000, 10],
    ['令和4年度', '生活福祉課', '生活保護費返還金', '全体', 50000, 17000, 1000, 32000, 34],
    ['令和5年度', '生活福祉課', '生活保護費返還金', '現年度分', 22000, 16500, 0, 5500, 75],
    ['令和5年度', '生活福祉課', '生活保護費返還金', '滞納繰越分', 32000, 3200, 800, 28000, 10],
    ['令和5年度', '生活福祉課', '生活保護費返還金', '全体', 54000, 19700, 800, 33500, 36.5],
  ];
  const head = ['年度', '所管課', '債権名', '区分', '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率'];
  const drop = (r: CellValue[]) => (withDepartment ? r : [r[0], ...r.slice(2)]);
  return [['生活福祉課 債権収入状況'], ['（単位：千円、%）'], [], drop(head), ...rows.map(drop)];
};
const book = (withDepartment = true) => ({ sheets: [sheetFromGrid('収入状況', ledger(withDepartment))] });

describe('a ledger with a column of years', () => {
  it.each([true, false])('is a table a year, each figure of its row’s year (所管課 column: %s)', (withDepartment) => {
    const r = inspect(book(withDepartment), 'x.xlsx');
    expect(r.tables.map((t) => t.range)).toEqual(withDepartment ? ['A4:I7', 'A8:I10'] : ['A4:H7', 'A8:H10']);
    const obs = r.tables.flatMap((t) => t.observations);
    const at = (cell: string) => obs.find((o) => o.cell === cell);
    const [charged, uncollected] = withDepartment ? ['E5', 'H10'] : ['D5', 'G10'];
    expect(at(charged)).toMatchObject({ value: 20000, fiscalYear: 2022, kind: 'actual', item: '調定額', department: '生活福祉課', debt: '生活保護費返還金', division: '現年度分' });
    expect(at(uncollected)).toMatchObject({ value: 33500, fiscalYear: 2023, item: '収入未済額', department: '生活福祉課', division: '全体' });
    // The same debt in two years is no duplicate; its figures agree, so nothing is said.
    expect(r.issues).toEqual([]);
  });

  it('a figure wrong in one year is found in that year’s table', () => {
    const b = book();
    const rows = b.sheets[0].rows;
    rows[8]![7] = { value: 25000 }; // 令和5年度 滞納繰越分 収入未済額: 32,000 − 3,200 − 800 = 28,000
    expect(inspect(b, 'x.xlsx').issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell, i.expected])).toEqual([['ledger-identity', 'H9', 28000], ['total-mismatch', 'H10', 30500]]);
  });

  it('再計算 writes each year’s rows from that year’s figures', () => {
    const { changes } = recalc(book(), 'x.xlsx', '2026-12-07 10:00');
    expect(changes.cells.find((c) => c.cell === 'H8')).toMatchObject({ formula: 'IF(OR(E8="",F8=""),"",E8-F8-N(G8))', value: 5500 });
  });

  it('取りまとめ counts both years', () => {
    const c = consolidate([resultOfWorkbook('生活福祉課_計画.xlsx', 1, book())]);
    const uncollected = (year: number) => c.totals.filter((t) => t.item === '収入未済額' && t.fiscalYear === year && t.kind === 'actual').reduce((s, t) => s + t.value, 0);
    expect([uncollected(2022), uncollected(2023)]).toEqual([32000, 33500]);
    expect(c.issues.filter((i) => i.code === 'not-counted')).toEqual([]);
  });
});

it('a column of labels that are not all years is no year column', () => {
  const g = ledger(true);
  g[8] = ['参考', ...g[8].slice(1)];
  expect(inspect({ sheets: [sheetFromGrid('収入状況', g)] }, 'x.xlsx').tables).toHaveLength(1);
});

describe('a ledger whose years are lines of their own over their rows', () => {
  const lines = (): CellValue[][] => [
    ['生活福祉課 債権収入状況'],
    ['（単位：千円、%）'],
    [],
    ['所管課', '債権名', '区分', '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率'],
    ['令和4年度'],
    ['生活福祉課', '生活保護費返還金', '現年度分', 20000, 14000, 0, 6000, 70],
    ['生活福祉課', '生活保護費返還金', '滞納繰越分', 30000, 3000, 1000, 26000, 10],
    ['令和5年度'],
    ['生活福祉課', '生活保護費返還金', '現年度分', 22000, 16500, 0, 5500, 75],
    ['生活福祉課', '生活保護費返還金', '滞納繰越分', 32000, 3200, 800, 28000, 10],
  ];

  it('is a table a year, the lines no rows of theirs (a clerk’s look: the lines had been rows of department 令和4年度)', () => {
    const r = inspect({ sheets: [sheetFromGrid('収入状況', lines())] }, 'x.xlsx');
    expect(r.tables.map((t) => [t.range, t.rows.map((row) => row.row)])).toEqual([
      ['A4:H7', [6, 7]],
      ['A9:H10', [9, 10]],
    ]);
    const obs = r.tables.flatMap((t) => t.observations);
    expect(obs.find((o) => o.cell === 'G7')).toMatchObject({ value: 26000, fiscalYear: 2022, item: '収入未済額', department: '生活福祉課', division: '滞納繰越分' });
    expect(obs.find((o) => o.cell === 'D9')).toMatchObject({ value: 22000, fiscalYear: 2023, item: '調定額' });
    expect(r.issues).toEqual([]);
  });
});

describe('debts with a row a year each (個人市民税 令和3年度–令和5年度, then 固定資産税’s, then 合計’s), the debt merged over its rows', () => {
  // A clerk's look: read as a table a row, 合計 令和3年度 checked as the sum of 軽自動車税 令和5年度 alone (12 false errors),
  // and 再計算 rewrote the 12 right totals as SUM(C12) — then said nothing.
  const grid = (): CellValue[][] => {
    const debts: [string, number[][]][] = [
      ['個人市民税', [[3456789, 3420123, 1234], [3512345, 3478901, 987], [3567890, 3536789, 876]]],
      ['固定資産税', [[4123456, 4087654, 2345], [4156789, 4123456, 1987], [4189012, 4158765, 1765]]],
      ['軽自動車税', [[234567, 229876, 345], [238765, 234567, 298], [241234, 237345, 276]]],
    ];
    const years = ['令和3年度', '令和4年度', '令和5年度'];
    const rows: CellValue[][] = [['税務課　市税の収納状況（現年度分）'], [null, null, null, null, null, '（単位：千円）'], ['債権名', '年度', '調定額', '収入済額', '不納欠損額', '収入未済額']];
    const total = years.map(() => [0, 0, 0]);
    for (const [debt, figures] of debts) {
      figures.forEach(([c, p, w], i) => {
        rows.push([i === 0 ? debt : null, years[i], c, p, w, c - p - w]);
        total[i] = [total[i][0] + c, total[i][1] + p, total[i][2] + w];
      });
    }
    total.forEach(([c, p, w], i) => rows.push([i === 0 ? '合計' : null, years[i], c, p, w, c - p - w]));
    return rows;
  };
  const book2 = (g = grid()) => ({ sheets: [sheetFromGrid('税務課', g, ['A4:A6', 'A7:A9', 'A10:A12', 'A13:A15'])] });

  it('is a table a year, each 合計 the sum of its year’s debts: nothing wrong said', () => {
    const r = inspect(book2(), 'x.xlsx');
    expect(r.tables.map((t) => t.rows.map((row) => row.row))).toEqual([[4, 7, 10, 13], [5, 8, 11, 14], [6, 9, 12, 15]]);
    const obs = r.tables.flatMap((t) => t.observations);
    expect(obs.find((o) => o.cell === 'C8')).toMatchObject({ value: 4156789, fiscalYear: 2022, item: '調定額', debt: '固定資産税' });
    expect(r.issues).toEqual([]);
  });

  it('a 合計 typed wrong is found against its own year’s debts', () => {
    const g = grid();
    g[13][3] = 7737000; // 合計 令和4年度 収入済額: 3,478,901 + 4,123,456 + 234,567 = 7,836,924
    expect(inspect(book2(g), 'x.xlsx').issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell, i.expected])).toEqual(
      expect.arrayContaining([['total-mismatch', 'D14', 7836924]]),
    );
  });

  it('再計算 writes each 合計 as the sum of its year’s rows, the figures as typed', () => {
    const { changes, report } = recalc(book2(), 'x.xlsx', '2026-12-07 10:00');
    expect(changes.cells.find((c) => c.cell === 'C13')).toMatchObject({ formula: 'SUM(C4,C7,C10)', value: 7814812 });
    expect(changes.cells.find((c) => c.cell === 'F15')).toMatchObject({ formula: 'SUM(F6,F9,F12)', value: 3567890 + 4189012 + 241234 - (3536789 + 4158765 + 237345) - (876 + 1765 + 276) });
    expect(report.changes.filter((c) => c.mended)).toEqual([]);
  });
});

describe('debts with a row a year each, the last year’s label marked 目標 (令和7年度（目標）) under a caption of results and targets (a colleague’s look)', () => {
  // 取りまとめ had left all 30 figures out (種別 unknown), advising the department to write 決算 or 目標 in the headings.
  const grid: CellValue[][] = [
    ['国民健康保険税及び後期高齢者医療保険料の収納状況と目標'],
    [null, null, null, null, null, null, '（単位：円）'],
    ['債権名', '年度', '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率(%)'],
    ['国民健康保険税', '令和4年度', 2345678900, 2045678900, 45678900, 254321100, 87.2],
    [null, '令和5年度', 2298765400, 2034567800, 38765400, 225432200, 88.5],
    [null, '令和7年度（目標）', 2250000000, 2025000000, 30000000, 195000000, 90],
    ['後期高齢者医療保険料', '令和4年度', 678901200, 674123400, 1234500, 3543300, 99.3],
    [null, '令和5年度', 712345600, 708234500, 987600, 3123500, 99.4],
    [null, '令和7年度（目標）', 730000000, 726350000, 650000, 3000000, 99.5],
  ];
  const book3 = () => ({ sheets: [sheetFromGrid('国保・後期', grid, ['A4:A6', 'A7:A9'])] });

  it('reads the marked year as a target and the others as results', () => {
    const obs = inspect(book3(), 'x.xlsx').tables.flatMap((t) => t.observations);
    expect(obs.find((o) => o.cell === 'F6')).toMatchObject({ value: 195000000, item: '収入未済額', fiscalYear: 2025, kind: 'target', debt: '国民健康保険税' });
    expect(obs.find((o) => o.cell === 'F8')).toMatchObject({ value: 3123500, fiscalYear: 2023, kind: 'actual', debt: '後期高齢者医療保険料' });
    expect(obs.find((o) => o.cell === 'G4')).toMatchObject({ value: 87.2, fiscalYear: 2022, kind: 'actual' });
  });

  it('取りまとめ counts every figure, results and targets', () => {
    const c = consolidate([resultOfWorkbook('保険年金課_計画.xlsx', 1, book3())]);
    const sum = (year: number, kind: string) => c.totals.filter((t) => t.item === '収入未済額' && t.fiscalYear === year && t.kind === kind).reduce((s, t) => s + t.value, 0);
    expect([sum(2022, 'actual'), sum(2023, 'actual'), sum(2025, 'target')]).toEqual([257864.4, 228555.7, 198000]); // 千円
    expect(c.issues.filter((i) => i.code === 'not-counted')).toEqual([]);
  });
});
