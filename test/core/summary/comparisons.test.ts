/**
 * What the summary compares (issue 15, points 11–13): a class's rate over the same debts every
 * year (or weighted), one department however it is spelled, and only the charts the data supports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../../src/hosts/file/read';
import { inspect, summarize } from '../../../src/core/engine';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { defaultCatalog } from '../../../src/core/catalog';
import { summarizeChanges, summaryTable } from '../../../src/core/summary';
import { departmentKey } from '../../../src/core/validate/department-variant';
import { parseA1, sheetFromGrid, type Workbook } from '../../../src/core/workbook';
import type { CellWrite } from '../../../src/core/changes';

const root = join(__dirname, '../../..');
const load = async (f: string) => readWorkbook(readFileSync(join(root, 'samples', f)), f);
const rowOf = (c: CellWrite) => Number(c.cell.replace(/^[A-Z]+/, ''));

/** The debt named on the row of a plan cell "'2-1'!E12": the text in column B of that row. */
function debtAt(wb: Workbook, ref: string): string {
  const m = /^'(.+)'!([A-Z]+\d+)$/.exec(ref)!;
  const { r } = parseA1(m[2]);
  return String(wb.sheets.find((s) => s.name === m[1])!.rows[r][1]?.value).normalize('NFKC');
}
const refsOf = (formula: string) => formula.match(/'[^']+'!\$?[A-Z]+\$?\d+/g) ?? [];

describe('a class rate compares like with like (point 11)', () => {
  it('Tsuyama 私債権: every year averages the same debts, read from the plan cells, and the heading says so', async () => {
    const wb = await load('tsuyama-plan2.xlsx');
    const { changes } = summarize(wb, 'x');
    const cells = changes.cells.filter((c) => c.sheet === '集計');
    const head = cells.find((c) => c.value === '2 収納率（債権の区分別・年度別）')!;
    expect(cells.find((c) => c.cell === `A${rowOf(head) + 1}`)!.value).toBe('算出方法: 収納率のある年度すべてに収納率のある債権だけの単純平均（年度ごとに対象の債権が変わらないようにしています）');
    const label = cells.find((c) => c.value === '私債権' && rowOf(c) > rowOf(head))!;
    const row = cells.filter((c) => rowOf(c) === rowOf(label) && c.formula);
    expect(row).toHaveLength(9);
    const debts = row.map((c) => refsOf(c.formula!).map((r) => debtAt(wb, r)).sort());
    // The same debts in every year (the zigzag 32.3 → 65.6 → 35.7 came from sets that changed).
    for (const d of debts) expect(d).toEqual(debts[0]);
    expect(debts[0].length).toBeGreaterThan(3);
    // Each figure is the plain mean of those plan cells, as the workbook holds them.
    for (const c of row) {
      const values = refsOf(c.formula!).map((ref) => {
        const m = /^'(.+)'!([A-Z]+\d+)$/.exec(ref)!;
        const { r, c: col } = parseA1(m[2]);
        return Number(wb.sheets.find((s) => s.name === m[1])!.rows[r][col]!.value);
      });
      expect(c.value).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 9);
    }
  });

  it('a ledger with 調定額 and 収入済額: the weighted rate, said so', async () => {
    const { changes } = summarize(await load('ledger-sample.xlsx'), 'x');
    const cells = changes.cells.filter((c) => c.sheet === '集計');
    const head = cells.find((c) => typeof c.value === 'string' && /^\d 収納率（債権の区分別/.test(c.value))!;
    expect(cells.find((c) => c.cell === `A${rowOf(head) + 1}`)!.value).toBe('算出方法: 加重平均（収入済額の合計÷調定額の合計×100）');
    const label = cells.find((c) => c.value === '強制徴収公債権' && rowOf(c) > rowOf(head))!;
    const cell = cells.find((c) => c.cell === `B${rowOf(label)}`)!;
    expect(cell.formula).toMatch(/^IF\(SUM\(.+\)=0,"",SUM\(.+\)\/SUM\(.+\)\*100\)$/);
    expect(cell.value).toBeCloseTo(95.85, 1);
  });
});

describe('department spelled two ways (point 12)', () => {
  it('normalizes kana/kanji こども, width and spaces, never 課 into 係', () => {
    expect(departmentKey('子ども保育課')).toBe(departmentKey('こども保育課'));
    expect(departmentKey('子供保育課')).toBe(departmentKey('こども保育課'));
    expect(departmentKey('税制 収納課')).toBe(departmentKey('税制収納課'));
    expect(departmentKey('税制収納課（保険課）')).toBe(departmentKey('税制収納課(保険課)'));
    expect(departmentKey('ＩＴ推進課')).toBe(departmentKey('IT推進課'));
    expect(departmentKey('保育課')).not.toBe(departmentKey('保育係'));
    expect(departmentKey('こども課')).not.toBe(departmentKey('こども保育課'));
  });

  it('Tsuyama: a warning on 子ども保育課 naming こども保育課, and one summary row under the name used most', async () => {
    const wb = await load('tsuyama-plan2.xlsx');
    const found = inspect(wb, 'x').issues.filter((i) => i.code === 'department-variant');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', sheet: '2-1', cell: 'B24', expected: 'こども保育課', actual: '子ども保育課' });
    expect(found[0].message).toMatch(/^所管課名「子ども保育課」は「こども保育課」/);
    expect(found[0].messageEn).toContain('"子ども保育課"');
    const cells = summarize(wb, 'x').changes.cells.filter((c) => c.sheet === '集計');
    expect(cells.filter((c) => c.value === '子ども保育課')).toEqual([]);
    // One こども保育課 row per department table; its 2019 actual rate is read from the 2-1 rows written
    // 子ども保育課 (保育所負担金: the one debt of the department with a rate in every year).
    const rateHead = cells.find((c) => c.value === '4 収納率（所管課別・年度別）')!;
    const row = cells.find((c) => c.value === 'こども保育課' && rowOf(c) > rowOf(rateHead))!;
    const rates = cells.find((c) => c.cell === `C${rowOf(row)}`)!;
    expect(refsOf(rates.formula!).map((r) => debtAt(wb, r))).toEqual(['保育所負担金']);
    expect(refsOf(rates.formula!).every((r) => r.startsWith("'2-1'!"))).toBe(true);
    expect(cells.some((c) => typeof c.value === 'string' && c.value.startsWith('※ 表記の違う所管課名をまとめて集計しました: こども保育課（子ども保育課）'))).toBe(true);
  });
});

describe('only the charts the data supports (point 13)', () => {
  it('a single-year ledger: no trend charts, and both sheets say which were left out', async () => {
    const { changes } = summarize(await load('ledger-sample.xlsx'), 'x');
    expect(changes.charts.map((c) => [c.type, c.title, c.anchor])).toEqual([['barClustered', '収入未済額の大きい債権（令和元年度 実績、上位10件）', 'A1']]);
    const note = '作成しなかったグラフ: 収入未済額の推移（年度が一つだけのため）、収納率の推移（年度が一つだけのため）';
    expect(changes.cells.find((c) => c.sheet === 'グラフ')).toMatchObject({ cell: 'A22', value: note });
    expect(changes.cells.some((c) => c.sheet === '集計' && c.value === note)).toBe(true);
  });

  it('a table of targets alone: the largest debts of the first target year, titled so', async () => {
    const wb = await load('tsuyama-plan2.xlsx');
    const tables = recognizeWorkbook(wb).tables.filter((t) => t.sheet === '3-2');
    const r = summarizeChanges(wb, tables.map(summaryTable), defaultCatalog());
    const bar = r.changes.charts.find((c) => c.type === 'barClustered')!;
    expect(bar.title).toBe('収入未済額の大きい債権（令和3年度 目標、上位10件）');
    // The trend of targets over five years is drawn too; no empty 実績 series beside it.
    const column = r.changes.charts.find((c) => c.type === 'columnClustered')!;
    expect(column.series).toHaveLength(1);
    expect(r.omittedCharts).toEqual([]);
  });

  it('Tsuyama: all three, two to a printed page', async () => {
    const { changes } = summarize(await load('tsuyama-plan2.xlsx'), 'x');
    expect(changes.charts.map((c) => c.anchor)).toEqual(['A1', 'A22', 'A43']);
    expect(changes.sheets.find((s) => s.name === 'グラフ')!.print).toEqual({ orientation: 'portrait', fitToWidth: true, rowBreaks: [43] });
  });
});

describe('a class rate is weighted in the years whose debts all give their amounts', () => {
  // 私債権: 市営住宅使用料 95.0% of 100,000,000 and 奨学金返還金 30.0% of 1,000,000. Weighted, the class collected
  // 95,300,000 of 101,000,000 (94.4%); the plain mean of the two rates (62.5) says the class collected less than two thirds.
  // The targets are rates alone: each weighted by its debt's 調定額 of the latest results (令和4年度), so that a target is
  // measured as the results beside it are — their plain mean (65.75) read as a fall from 95.4 where every debt plans a rise.
  const book = (): Workbook => ({
    sheets: [
      sheetFromGrid('実績', [
        ['表1 債権別の収入状況（実績）'],
        [null, null, null, null, null, null, null, null, null, null, null, null, '（単位：円、%）'],
        ['所管課', '債権名', '債権の区分', '令和3年度決算', null, null, null, null, '令和4年度決算'],
        [null, null, null, '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率', '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率'],
        ['住宅課', '市営住宅使用料', '私債権', 100_000_000, 95_000_000, 0, 5_000_000, 95, 100_000_000, 96_000_000, 0, 4_000_000, 96],
        ['学校教育課', '奨学金返還金', '私債権', 1_000_000, 300_000, 0, 700_000, 30, 1_000_000, 320_000, 0, 680_000, 32],
        ['税務課', '市税', '強制徴収公債権', 50_000_000, 49_000_000, 0, 1_000_000, 98, 50_000_000, 49_500_000, 0, 500_000, 99],
      ]),
      sheetFromGrid('目標', [
        ['表2 収納率の目標'],
        [null, null, null, null, '（単位：%）'],
        ['所管課', '債権名', '令和6年度', '令和7年度'],
        ['住宅課', '市営住宅使用料', 96.5, 97],
        ['学校教育課', '奨学金返還金', 35, 40],
        ['税務課', '市税', 99.1, 99.2],
      ]),
    ],
  });

  it('私債権: 94.4 and 95.4 for the years of amounts, weighted by formula; the targets by 令和4年度’s 調定額; the heading says which', () => {
    const cells = summarize(book(), 'x.xlsx').changes.cells.filter((c) => c.sheet === '集計');
    const head = cells.find((c) => typeof c.value === 'string' && /^\d 収納率（債権の区分別/.test(c.value))!;
    expect(cells.find((c) => c.cell === `A${rowOf(head) + 1}`)!.value).toBe(
      '算出方法: 加重平均（収入済額の合計÷調定額の合計×100）＝令和3年度 実績・令和4年度 実績／直近の実績年度の調定額による加重平均（収納率だけの年度）＝令和6年度 目標・令和7年度 目標',
    );
    const label = cells.find((c) => c.value === '私債権' && rowOf(c) > rowOf(head))!;
    const row = ['B', 'C', 'D', 'E'].map((col) => cells.find((c) => c.cell === `${col}${rowOf(label)}`)!);
    expect(row[0].formula).toBe("IF(SUM('実績'!D5,'実績'!D6)=0,\"\",SUM('実績'!E5,'実績'!E6)/SUM('実績'!D5,'実績'!D6)*100)");
    expect(row[0].value).toBeCloseTo(94.356, 3);
    expect(row[1].value).toBeCloseTo(95.366, 3);
    expect(row[2].formula).toBe("IFERROR(('目標'!C4*'実績'!I5+'目標'!C5*'実績'!I6)/('実績'!I5+'実績'!I6),\"\")");
    // (96.5 × 100,000,000 + 35 × 1,000,000) ÷ 101,000,000; (97 × 100,000,000 + 40 × 1,000,000) ÷ 101,000,000.
    expect(row[2].value).toBeCloseTo(9_685_000_000 / 101_000_000, 10);
    expect(row[3].value).toBeCloseTo(9_740_000_000 / 101_000_000, 10);
  });

  it('the rate chart is titled with both methods', () => {
    const chart = summarize(book(), 'x.xlsx').changes.charts.find((c) => c.type === 'line')!;
    expect(chart.title).toBe('債権の区分別 収納率の推移（加重平均・目標は実績の調定額で加重）');
  });
});

describe('a year of amounts where a debt gives its rate alone, and a debt with no 調定額 at all', () => {
  const book = (): Workbook => ({
    sheets: [
      sheetFromGrid('債権一覧', [
        ['債権一覧（令和5年度決算）'],
        [null, null, null, null, null, null, null, '（単位：円、%）'],
        ['所管課', '債権名', '債権の区分', '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率'],
        ['生活福祉課', '災害援護資金貸付金', '私債権', 12_100_000, 2_000_000, 0, 10_100_000, 16.5],
        ['生活福祉課', '生活保護費返還金', '非強制徴収公債権', null, null, null, 30_512_000, 25.9],
        ['生活福祉課', '緊急援護貸付金', '私債権', null, null, null, 1_200_000, 40],
      ]),
    ],
  });

  it('weights the debts that give both, names the one it leaves out, and gives a class of rates alone its rate', () => {
    const cells = summarize(book(), 'x.xlsx').changes.cells.filter((c) => c.sheet === '集計');
    const head = cells.find((c) => typeof c.value === 'string' && /^\d 収納率（債権の区分別/.test(c.value))!;
    const at = (label: string) => cells.find((c) => c.cell === `B${rowOf(cells.find((x) => x.value === label && rowOf(x) > rowOf(head))!)}`)!;
    // 私債権: 災害援護資金貸付金 alone (2,000,000 ÷ 12,100,000), 緊急援護貸付金 (40.0, no amounts) left out and named.
    expect(at('私債権').value).toBeCloseTo(200 / 12.1, 10);
    // 非強制: its one debt gives a rate alone and no 調定額 in any year: its rate, the plain mean of one.
    expect(at('非強制徴収公債権')).toMatchObject({ formula: `IFERROR(AVERAGE('債権一覧'!H5),"")`, value: 25.9 });
    const texts = cells.filter((c) => typeof c.value === 'string').map((c) => c.value as string);
    expect(texts).toContain('※ 調定額・収入済額のない債権は加重平均に含めていません: 緊急援護貸付金（私債権、令和5年度 実績）');
  });
});

describe('a mean of more than 255 rates', () => {
  it('is their sum over their count, nested within 255 arguments, and computes the mean of all 300', () => {
    const rows: (string | number | null)[][] = [['収納率の推移'], [null, null, null, '（単位：%）'], ['所管課', '債権名', '債権の区分', '令和5年度\n実績', '令和6年度\n実績']];
    for (let i = 0; i < 300; i++) rows.push(['住宅課', `貸付金${i + 1}`, '私債権', 50 + (i % 50), i === 7 ? null : 51 + (i % 50)]);
    const sheet = sheetFromGrid('計画', rows);
    const cells = summarize({ sheets: [sheet] }, 'x.xlsx').changes.cells.filter((c) => c.sheet === '集計');
    const head = cells.find((c) => c.value === '1 収納率（債権の区分別・年度別）')!;
    const label = cells.find((c) => c.value === '私債権' && rowOf(c) > rowOf(head))!;
    const [b, c] = ['B', 'C'].map((col) => cells.find((x) => x.cell === `${col}${rowOf(label)}`)!);
    // The formula as Excel computes it: each reference its cell's figure, SUM and COUNT over them.
    const computed = (formula: string) => {
      const js = formula
        .replace(/^IFERROR\((.*),""\)$/, '$1')
        .replace(/'計画'!([A-Z]+\d+)/g, (_m, at: string) => {
          const { r, c: col } = parseA1(at);
          const v = sheet.rows[r]?.[col]?.value;
          return typeof v === 'number' ? String(v) : 'null';
        });
      const nums = (xs: (number | null)[]) => xs.filter((x): x is number => typeof x === 'number');
      const SUM = (...xs: (number | null)[]) => nums(xs).reduce((a, x) => a + x, 0);
      const COUNT = (...xs: (number | null)[]) => nums(xs).length;
      return Function('SUM', 'COUNT', `return ${js}`)(SUM, COUNT) as number;
    };
    expect(b.formula).toMatch(/^IFERROR\(SUM\(SUM\(.+\)\/SUM\(COUNT\(.+\),COUNT\(.+\)\),""\)$/);
    // 令和6年度: 貸付金8 has none, and so takes no part in either year (the same debts every year): 299 of them, 50 … 99 six
    // times over less 貸付金8's 57.
    expect(b.formula!.match(/'計画'!D\d+/g)).toHaveLength(598);
    expect(computed(b.formula!)).toBeCloseTo((6 * 3725 - 57) / 299, 10);
    expect(b.value).toBeCloseTo((6 * 3725 - 57) / 299, 10);
    expect(computed(c.formula!)).toBeCloseTo(c.value as number, 10);
  });
});

describe('the rate chart draws results and targets as lines of their own', () => {
  it('Tsuyama 私債権: 実績 57.7 → 36.8 on one line, the targets on a dashed line of the same colour, never one line through both; the 1st plan\'s targets and the 2nd plan\'s each a line of its own', async () => {
    const { changes } = summarize(await load('tsuyama-plan2.xlsx'), 'x');
    const chart = changes.charts.find((c) => c.type === 'line')!;
    const cells = changes.cells.filter((c) => c.sheet === '集計');
    const text = (ref: string) => cells.find((c) => c.cell === ref.split('!')[1].replace(/\$/g, ''))?.value;
    const names = chart.series.map((s) => text(s.name));
    // '2-1' is titled 第1次津山市債権管理計画 (its targets 令和元・2年度, of 現年分 only, as its note says), '3-1' 第2次: the plans set
    // their targets each of its own, and 63.8 joined to 42.5 had read as a target lowered.
    expect(names).toEqual([
      '強制徴収公債権 実績', '非強制徴収公債権 実績', '私債権 実績',
      '強制徴収公債権 目標（第1次計画）', '強制徴収公債権 目標（第2次計画）',
      '非強制徴収公債権 目標（第1次計画）', '非強制徴収公債権 目標（第2次計画）',
      '私債権 目標（第1次計画）', '私債権 目標（第2次計画）',
    ]);
    expect(chart.series.map((s) => [s.color, !!s.dashed])).toEqual([[0, false], [1, false], [2, false], [0, true], [0, true], [1, true], [1, true], [2, true], [2, true]]);
    // A range's cells, by year: 私債権's 実績 has 平成28年度 and 令和元年度 only.
    const read = (range: string) => {
      const [from, to] = range.split('!')[1].replace(/\$/g, '').split(':');
      const col = from.replace(/\d+/, '');
      const rows = Array.from({ length: Number(to.slice(col.length)) - Number(from.slice(col.length)) + 1 }, (_, k) => Number(from.slice(col.length)) + k);
      return rows.map((r) => cells.find((c) => c.cell === `${col}${r}`)?.value ?? '').map((v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v));
    };
    const column = (i: number) => read(chart.series[i].values);
    expect(read(chart.categories)).toEqual(['平成28年度', '令和元年度', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度']);
    expect(column(2)).toEqual([57.7, 36.8, '', '', '', '', '', '']);
    // The 1st plan's targets of 令和元・2年度 ('2-1'), the 2nd plan's from 令和3年度 ('3-1'), 42.5 its first.
    expect(column(7)).toEqual(['', 62.8, 63.8, '', '', '', '', '']);
    const second = column(8);
    expect(second.slice(0, 3)).toEqual(['', '', '']);
    expect(second[3]).toBe(42.5);
    expect(second.slice(3).every((v) => typeof v === 'number')).toBe(true);
    // Said under the lead, for the tables too (収入未済額's targets of '2-2' and '3-2' alike).
    expect(cells.filter((c) => rowOf(c) < 10).map((c) => c.value)).toContain(
      '※ 目標は計画ごとに定めたものです（グラフでは計画ごとに別の線にしています）: 第1次計画 令和元年度・令和2年度、第2次計画 令和3年度・令和4年度・令和5年度・令和6年度・令和7年度',
    );
  });

  it('targets of tables no title numbers are drawn by their sheets; tables of one plan (第3期) on two sheets, one line', () => {
    const sheet = (name: string, title: string, years: [string, string], rates: [number, number]) =>
      sheetFromGrid(name, [
        [title],
        [null, null, null, '（単位：%）'],
        ['所管課', '債権名', `${years[0]}\n目標`, `${years[1]}\n目標`],
        ['税務課', '市税', rates[0], rates[1]],
        ['住宅課', '市営住宅使用料', rates[0] - 5, rates[1] - 5],
      ]);
    const results = sheetFromGrid('実績', [
      ['収納率の実績'],
      [null, null, null, '（単位：%）'],
      ['所管課', '債権名', '令和4年度\n実績', '令和5年度\n実績'],
      ['税務課', '市税', 97, 97.5],
      ['住宅課', '市営住宅使用料', 90, 90.5],
    ]);
    const names = (wb: Workbook) => {
      const { changes } = summarize(wb, 'x.xlsx');
      const cells = changes.cells.filter((c) => c.sheet === '集計');
      return changes.charts.find((c) => c.type === 'line')!.series.map((s) => cells.find((c) => c.cell === s.name.split('!')[1].replace(/\$/g, ''))?.value);
    };
    expect(names({ sheets: [results, sheet('前', '収納率の目標', ['令和4年度', '令和5年度'], [98, 98.5]), sheet('新', '収納率の目標', ['令和6年度', '令和7年度'], [97.8, 98])] })).toEqual([
      '強制徴収公債権 実績', '私債権 実績',
      '強制徴収公債権 目標（シート「前」）', '強制徴収公債権 目標（シート「新」）', '私債権 目標（シート「前」）', '私債権 目標（シート「新」）',
    ]);
    // Sheets no title numbers need not be of different plans: nothing said of plans under the lead.
    const { changes } = summarize({ sheets: [results, sheet('前', '収納率の目標', ['令和4年度', '令和5年度'], [98, 98.5]), sheet('新', '収納率の目標', ['令和6年度', '令和7年度'], [97.8, 98])] }, 'x.xlsx');
    expect(changes.cells.filter((c) => c.sheet === '集計' && String(c.value).includes('計画ごと'))).toEqual([]);
    expect(names({ sheets: [results, sheet('目標1', '第３期 債権管理計画 収納率の目標（前半）', ['令和6年度', '令和7年度'], [98, 98.5]), sheet('目標2', '第3期債権管理計画 収納率の目標（後半）', ['令和8年度', '令和9年度'], [99, 99.5])] })).toEqual([
      '強制徴収公債権 実績', '私債権 実績', '強制徴収公債権 目標', '私債権 目標',
    ]);
  });

  it('a 見込 year continues the results line, named so; the amount chart draws 見込 beside 実績 and 目標', () => {
    const grid: (string | number | null)[][] = [
      ['収納率と収入未済額'],
      [null, null, null, null, null, null, null, '（単位：千円、%）'],
      ['所管課', '債権名', '令和4年度\n実績', '令和5年度\n見込', '令和7年度\n目標', '令和4年度\n実績', '令和5年度\n見込', '令和7年度\n目標'],
      [null, null, '収納率', '収納率', '収納率', '収入未済額', '収入未済額', '収入未済額'],
      ['税務課', '市税', 97.5, 97.8, 98.5, 5200, 4800, 4000],
      ['住宅課', '市営住宅使用料', 90.1, 90.5, 92, 1300, 1250, 1000],
    ];
    const { changes } = summarize({ sheets: [sheetFromGrid('計画', grid)] }, 'x.xlsx');
    const cells = changes.cells.filter((c) => c.sheet === '集計');
    const text = (ref: string) => cells.find((c) => c.cell === ref.split('!')[1].replace(/\$/g, ''))?.value;
    const rate = changes.charts.find((c) => c.type === 'line')!;
    expect(rate.series.map((s) => text(s.name))).toEqual(['強制徴収公債権 実績・見込', '私債権 実績・見込', '強制徴収公債権 目標', '私債権 目標']);
    const amount = changes.charts.find((c) => c.type === 'columnClustered')!;
    expect(amount.title).toBe('収入未済額の推移（実績・見込・目標）');
    expect(amount.series.map((s) => text(s.name))).toEqual(['実績', '見込', '目標']);
  });
});

describe('the rate chart’s data of a year a class has no rate', () => {
  it('is an empty cell (a gap in the line, blank in print), not a formula printing #N/A where its stored value says blank', () => {
    const grid: (string | number | null)[][] = [
      ['収納率の推移'],
      [null, null, null, null, null, '（単位：%）'],
      ['所管課', '債権名', '債権の区分', '令和3年度\n実績', '令和4年度\n実績', '令和5年度\n実績'],
      ['税務課', '市税', '強制徴収公債権', 98.1, 98.3, 98.6],
      ['生活福祉課', '生活保護費返還金', '非強制徴収公債権', 23.1, null, 25.9],
    ];
    const { changes } = summarize({ sheets: [sheetFromGrid('計画', grid)] }, 'x.xlsx');
    const chart = changes.charts.find((c) => c.type === 'line')!;
    const cells = changes.cells.filter((c) => c.sheet === '集計');
    const column = chart.series[1].values.split('!')[1].replace(/\$/g, '');
    const [from, to] = column.split(':');
    const col = from.replace(/\d+/, '');
    const rows = Array.from({ length: Number(to.slice(col.length)) - Number(from.slice(col.length)) + 1 }, (_, k) => Number(from.slice(col.length)) + k);
    const data = rows.map((r) => cells.find((c) => c.cell === `${col}${r}`));
    expect(data.map((c) => c?.value)).toEqual([23.1, '', 25.9]);
    // The year without: no formula at all (an IF(…="",NA(),…) would print #N/A beside a stored blank).
    expect(data[1]?.formula).toBeUndefined();
    expect(data[0]?.formula).toMatch(/^IF\(.+="",NA\(\),.+\)$/);
  });
});

describe('targets of rates alone in a table without 所管課', () => {
  it('are weighted by each debt’s 調定額 found by its name, the name being one debt’s', () => {
    const book: Workbook = {
      sheets: [
        sheetFromGrid('実績', [
          ['表1 債権別の収入状況（令和4年度決算）'],
          [null, null, null, null, null, null, null, '（単位：円、%）'],
          ['所管課', '債権名', '債権の区分', '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率'],
          ['住宅課', '市営住宅使用料', '私債権', 100_000_000, 96_000_000, 0, 4_000_000, 96],
          ['学校教育課', '奨学金返還金', '私債権', 1_000_000, 320_000, 0, 680_000, 32],
        ]),
        sheetFromGrid('目標', [
          ['表2 収納率の目標'],
          [null, null, null, '（単位：%）'],
          ['債権名', '令和6年度', '令和7年度'],
          ['市営住宅使用料', 96.5, 97],
          ['奨学金返還金', 35, 40],
        ]),
      ],
    };
    const cells = summarize(book, 'x.xlsx').changes.cells.filter((c) => c.sheet === '集計');
    const head = cells.find((c) => typeof c.value === 'string' && /^\d 収納率（債権の区分別/.test(c.value))!;
    const row = rowOf(cells.find((c) => c.value === '私債権' && rowOf(c) > rowOf(head))!);
    const target = cells.find((c) => c.cell === `C${row}`)!;
    expect(target.formula).toBe("IFERROR(('目標'!B4*'実績'!D4+'目標'!B5*'実績'!D5)/('実績'!D4+'実績'!D5),\"\")");
    expect(target.value).toBeCloseTo(9_685_000_000 / 101_000_000, 10);
  });
});
