/**
 * The summary counts every table's figures, whatever its orientation (product.md §3: "the summary
 * … work[s] on observations"): a table whose years run down its rows gives its 収入未済額 by year
 * and kind as a row table's columns do, in formulas over its cells, in the summary's unit — and
 * what LibreOffice computes from those formulas is the figure cached.
 */
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { summarize } from '../../src/core/engine';
import type { CellWrite } from '../../src/core/changes';
import { parseA1, type Workbook } from '../../src/core/workbook';
import { convert, requireLibreOffice } from './libreoffice';

type Line = (string | number | null)[];

/** Sheets of the given lines, each line a row from A1. */
async function workbook(sheets: Record<string, Line[]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, lines] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    lines.forEach((line, r) => line.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const rowOf = (c: { cell: string }) => Number(c.cell.replace(/^[A-Z]+/, ''));
const summaryCell = (cells: CellWrite[], ref: string) => cells.find((c) => c.sheet === '集計' && c.cell === ref);
/** The cell of the summary row labelled `text` (its first, or its n-th) in column `col`. */
const at = (cells: CellWrite[], text: string, col: string, n = 0) => {
  const label = cells.filter((c) => c.sheet === '集計' && c.value === text && c.cell.startsWith('A'))[n];
  if (!label) throw new Error(`no row labelled ${text}`);
  return summaryCell(cells, `${col}${label.cell.slice(1)}`);
};
/** The summary's column of a year and kind, by its header (`令和5年度\n実績`, as the tables write their years) in the first table. */
const columnOf = (cells: CellWrite[], header: string) => summaryCell(cells, cells.find((c) => c.sheet === '集計' && c.value === header)!.cell)!.cell.replace(/\d+$/, '');

/** What LibreOffice computes for every formula written with a number, against the number cached. */
async function recalculated(data: Uint8Array, wb: Workbook, cells: CellWrite[], changes: ReturnType<typeof summarize>['changes']) {
  const lo = await readWorkbook(convert(writeWorkbook(data, changes, wb).data, 'xlsx', 'book.xlsx'));
  const value = (sheet: string, ref: string) => {
    const { r, c } = parseA1(ref);
    return lo.sheets.find((s) => s.name === sheet)?.rows[r]?.[c]?.value ?? null;
  };
  return cells.filter((c) => c.formula && typeof c.value === 'number').map((w) => ({ at: `${w.sheet}!${w.cell}`, got: value(w.sheet, w.cell), cached: w.value }));
}

describe('a table whose years run down its rows', () => {
  // 円 first: the summary's unit; the years-down table in 千円 is converted to it.
  const sheets = {
    台帳: [
      ['収入未済額の状況'],
      [null, null, null, '（単位：円）'],
      ['所管課', '債権名', '令和5年度実績 収入未済額', '令和6年度目標 収入未済額'],
      ['住宅課', '市営住宅使用料', 300000, 250000],
    ],
    推移: [
      ['市税 収入未済額の推移'],
      [null, null, '（単位：千円）'],
      ['年度', '実績', '目標'],
      ['令和3年度', 500, 520],
      ['令和4年度', 450, 480],
      ['令和5年度', 400, 440],
      ['令和6年度', '—', 400],
    ],
  };
  let data: Uint8Array;
  let wb: Workbook;
  let result: ReturnType<typeof summarize>;
  beforeAll(async () => {
    data = await workbook(sheets);
    wb = await readWorkbook(data);
    result = summarize(wb, 'book.xlsx');
  });

  it('is summed by class, year and kind, its cells in the summary’s unit', () => {
    const cells = result.changes.cells;
    const col = (h: string) => columnOf(cells, h);
    // 市税 is 強制徴収公債権: 2021 実績 500 千円 = 500,000 円, from the table's own cell.
    expect(at(cells, '強制徴収公債権', col('令和3年度\n実績'))).toMatchObject({ formula: "SUM('推移'!B4)*1000", value: 500000 });
    expect(at(cells, '強制徴収公債権', col('令和4年度\n目標'))).toMatchObject({ formula: "SUM('推移'!C5)*1000", value: 480000 });
    expect(at(cells, '強制徴収公債権', col('令和6年度\n目標'))).toMatchObject({ formula: "SUM('推移'!C7)*1000", value: 400000 });
    // 2023 実績: 市税 400 千円 and 市営住宅使用料 300,000 円 (私債権) in the total.
    expect(at(cells, '合計', col('令和5年度\n実績'))?.value).toBe(400000 + 300000);
    // No 2024 実績: the dash is no figure.
    expect(cells.some((c) => c.sheet === '集計' && c.value === '令和6年度\n実績')).toBe(false);
    expect(result.omittedCharts.join('')).not.toMatch(/収入未済額がないため/);
  });

  it('has its target compared with its result, and its 縮減 from 2023 実績 to 2024 目標', () => {
    const cells = result.changes.cells;
    const tax = cells.find((c) => c.sheet === '集計' && c.value === '市税' && cells.some((d) => d.sheet === '集計' && d.cell === `F${c.cell.slice(1)}` && typeof d.formula === 'string'))!;
    const row = tax.cell.slice(1);
    expect(summaryCell(cells, `D${row}`)).toMatchObject({ formula: `IF('推移'!B6="","",'推移'!B6*1000)`, value: 400000 });
    expect(summaryCell(cells, `E${row}`)).toMatchObject({ formula: `IF('推移'!C6="","",'推移'!C6*1000)`, value: 440000 });
    expect(summaryCell(cells, `F${row}`)?.value).toBe('達成');
    // 縮減: 700,000 (2023 実績) to 650,000 (2024 目標: 市税 400 千円, 市営住宅使用料 250,000 円).
    const base = cells.find((c) => c.sheet === '集計' && c.value === '基準年度の実績')!;
    const n = Number(base.cell.slice(1)) + 1;
    expect([`A${n}`, `B${n}`, `C${n}`].map((ref) => summaryCell(cells, ref)?.value)).toEqual([700000, 650000, 50000]);
    expect(summaryCell(cells, `D${n}`)?.value).toBeCloseTo((50000 / 700000) * 100, 10);
  });

  (requireLibreOffice() ? it : it.skip)(
    'every figure LibreOffice computes from the written formulas is the one cached',
    async () => {
      const checked = await recalculated(data, wb, result.changes.cells, result.changes);
      expect(checked.length).toBeGreaterThan(10);
      // LibreOffice keeps 15 significant digits.
      for (const { at, got, cached } of checked) expect({ at, got: Number((got as number).toPrecision(15)) }).toEqual({ at, got: Number((cached as number).toPrecision(15)) });
    },
    180_000,
  );
});

describe('a single-year ledger whose year is in its caption only', () => {
  const ledger = (caption: string, head: Line, unitLine: string | null) => ({
    収入状況: [
      [caption],
      [null, null, null, null, null, null, unitLine],
      head,
      ['税務課', '市民税', 1000000, 900000, 10000, 90000, 90],
      ['住宅課', '市営住宅使用料', 500000, 400000, 0, 100000, 80],
    ],
  });

  it('reads the year from the caption, a ledger as 実績, and the unit from the headers: 集計 by class for 2023', async () => {
    const data = await workbook(ledger('令和5年度 決算 債権別収入状況', ['所管課', '債権名', '調定額（円）', '収入済額（円）', '不納欠損額（円）', '収入未済額（円）', '収納率（％）'], null));
    const wb = await readWorkbook(data);
    const result = summarize(wb, 'book.xlsx');
    const table = result.report.tables[0];
    expect(table.unit).toBe('円');
    expect(table.columns.filter((c) => c.role === 'value').map((c) => [c.column, c.fiscalYear, c.kind])).toEqual(['C', 'D', 'E', 'F', 'G'].map((c) => [c, 2023, 'actual']));
    const cells = result.changes.cells;
    expect(at(cells, '強制徴収公債権', 'B')).toMatchObject({ formula: "SUM('収入状況'!F4)", value: 90000 });
    expect(at(cells, '私債権', 'B')).toMatchObject({ formula: "SUM('収入状況'!F5)", value: 100000 });
    expect(at(cells, '合計', 'B')?.value).toBe(190000);
    // The rate of a class: Σ収入済額 ÷ Σ調定額.
    expect(at(cells, '強制徴収公債権', 'B', 1)?.value).toBe(90);
    expect(cells.some((c) => c.sheet === '集計' && c.value === '（単位：円）')).toBe(true);
    expect(result.omittedCharts.join('')).not.toMatch(/収入未済額がないため/);
  });

  it('reads a caption year with no kind word as a result, and headers with a year but no kind word as results', async () => {
    for (const [caption, head] of [
      ['令和5年度 債権別収入状況', ['所管課', '債権名', '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率']],
      ['債権別収入状況', ['所管課', '債権名', '令和5年度\n調定額', '令和5年度\n収入済額', '令和5年度\n不納欠損額', '令和5年度\n収入未済額', '令和5年度\n収納率']],
    ] as [string, Line][]) {
      const wb = await readWorkbook(await workbook(ledger(caption, head, '（単位：円）')));
      const cells = summarize(wb, 'book.xlsx').changes.cells;
      expect(cells.some((c) => c.sheet === '集計' && c.value === '令和5年度\n実績')).toBe(true);
      expect(at(cells, '合計', 'B')?.value).toBe(190000);
    }
  });

  it('says which table’s figures it could not place when no year is stated anywhere, not that there is no 収入未済額', async () => {
    const wb = await readWorkbook(await workbook(ledger('債権別収入状況', ['所管課', '債権名', '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率'], '（単位：円）')));
    const result = summarize(wb, 'book.xlsx');
    const texts = result.changes.cells.filter((c) => c.sheet === '集計' && typeof c.value === 'string').map((c) => c.value);
    expect(texts).toContain('※ 年度または実績・目標・見込の別が読み取れない数値は集計していません: 「収入状況」A3:G5');
    expect(result.omittedCharts).toEqual(['収入未済額の大きい債権（年度・実績/目標の別が読み取れる収入未済額がないため）']);
  });

  it('takes no year from a caption naming a range of years or the plan', async () => {
    for (const caption of ['令和5年度～令和9年度 債権別収入状況', '令和6年度 債権管理計画']) {
      const wb = await readWorkbook(await workbook(ledger(caption, ['所管課', '債権名', '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率'], '（単位：円）')));
      expect(summarize(wb, 'book.xlsx').report.tables[0].columns.map((c) => c.fiscalYear)).toEqual(Array(7).fill(null));
    }
  });
});

describe('a section heading’s class', () => {
  // 2 債権の状況 › (1) 強制徴収公債権 › ア, イ; (2) 非強制徴収公債権 › ア, イ; 3 取組 (a level above: no class).
  const head: Line = ['所管課', '債権名', '令和5年度\n実績', '令和6年度\n目標'];
  const sheets = {
    計画: [
      ['2 債権の状況'],
      ['(1) 強制徴収公債権'],
      ['ア 収入未済額', null, null, '(単位：千円)'],
      head,
      ['税務課', '市民税', 800, 700],
      [],
      ['(2) 非強制徴収公債権'],
      ['ア 収納率', null, null, '(単位：%)'],
      head,
      ['住宅課', '市営住宅使用料', 80, 82],
      ['こども課', '児童扶養手当返還金', 20, 25],
      [],
      ['イ 収入未済額', null, null, '(単位：千円)'],
      head,
      ['住宅課', '市営住宅使用料', 1000, 900],
      ['こども課', '児童扶養手当返還金', 300, 250],
      ['合計', null, 1300, 1150],
      [],
      ['3 取組の目標'],
      ['ア 収入未済額', null, null, '(単位：千円)'],
      head,
      ['水道課', '水道料金', 400, 350],
    ] as Line[],
  };

  it('is every table’s under it up to the next heading of its level or above, in the report and in 集計', async () => {
    const wb = await readWorkbook(await workbook(sheets));
    const result = summarize(wb, 'book.xlsx');
    expect(result.report.tables.map((t) => [t.range, t.classification])).toEqual([
      ['A4:D5', '強制徴収公債権'],
      // Its caption line (ア 収納率 … (単位：%)) no header row of it, as the other tables' lines are not (it had been: a unit
      // of % read as a column's header word).
      ['A9:D11', '非強制徴収公債権'],
      ['A14:D17', '非強制徴収公債権'],
      // Under 3 取組の目標: no class heading; 水道料金 is the catalog's 私債権.
      ['A21:D22', null],
    ]);
    expect(result.report.tables[2].rows.filter((r) => !r.total).map((r) => r.classification)).toEqual(['非強制徴収公債権', '非強制徴収公債権']);
    // 市営住宅使用料 (the catalog's 私債権) under 非強制徴収公債権 is accepted as such in both tables.
    expect(result.report.issues.filter((i) => i.code === 'classification-variant').map((i) => i.cell)).toEqual(['B10', 'B15']);
    const cells = result.changes.cells;
    // 集計 by class, 2023 実績: 非強制 1,000 + 300 (both under (2)); 私債権 only 水道料金.
    expect(at(cells, '非強制徴収公債権', 'B')).toMatchObject({ formula: "SUM('計画'!C15,'計画'!C16)", value: 1300 });
    expect(at(cells, '私債権', 'B')).toMatchObject({ formula: "SUM('計画'!C22)", value: 400 });
    expect(at(cells, '強制徴収公債権', 'B')).toMatchObject({ formula: "SUM('計画'!C5)", value: 800 });
  });
});

describe('a rate-only plan whose rates are all typed as text', () => {
  it('averages the one rate that is a figure, says blank the classes that have none, and draws no chart of one year', async () => {
    const wb = await readWorkbook(
      await workbook({
        収納率: [
          ['収納率'],
          [null, null, null, '(単位：%)'],
          ['所管課', '債権名', '令和5年度\n実績', '令和6年度\n目標'],
          ['税務課', '市税', '96.2%', '97.0%'],
          ['保険課', '国民健康保険料', 85, '８６．５'],
        ],
      }),
    );
    const result = summarize(wb, 'book.xlsx');
    // The text figures are named (number-as-text), and none is summed: every rate row is blank.
    expect(result.report.issues.filter((i) => i.code === 'number-as-text').map((i) => i.cell)).toEqual(['C4', 'D4', 'D5']);
    const texts = result.changes.cells.filter((c) => c.sheet === '集計' && typeof c.value === 'string').map((c) => c.value as string);
    // 国民健康保険料's 85 is the one figure: 強制's 令和5年度 is its mean, 令和6年度 (text alone) is blank, and the year of
    // text takes no debt out of the year of figures.
    const head = result.changes.cells.find((c) => c.sheet === '集計' && c.value === '1 収納率（債権の区分別・年度別）')!;
    const row = result.changes.cells.find((c) => c.sheet === '集計' && c.value === '強制徴収公債権' && rowOf(c) > rowOf(head))!;
    const line = (col: string) => result.changes.cells.find((c) => c.sheet === '集計' && c.cell === `${col}${rowOf(row)}`);
    expect(line('B')).toMatchObject({ formula: `IFERROR(AVERAGE('収納率'!C5),"")`, value: 85 });
    expect(line('C')?.formula).toBeUndefined();
    // By class and by department (保険課's row), each under its title.
    expect(texts.filter((t) => t.startsWith('算出方法'))).toEqual(Array(2).fill('算出方法: 収納率のある年度すべてに収納率のある債権だけの単純平均（年度ごとに対象の債権が変わらないようにしています）'));
    expect(texts).toContain('※ 収納率のある債権がないため空欄: 非強制徴収公債権、私債権');
    expect(result.changes.charts.filter((c) => c.type === 'line')).toEqual([]);
    expect(result.omittedCharts).toContain('収納率の推移（二つ以上の年度に収納率のある区分がないため）');
    expect(result.changes.cells.find((c) => c.sheet === 'グラフ')?.value).toBe('作成しなかったグラフ: 収納率の推移（二つ以上の年度に収納率のある区分がないため）、収入未済額の大きい債権（収入未済額がないため）');
  });
});

describe('a years-down table with a figure typed as text', () => {
  it('names it number-as-text and sums it as Excel does: as nothing', async () => {
    const wb = await readWorkbook(
      await workbook({
        推移: [
          ['市税 収入未済額の推移'],
          [null, null, '（単位：千円）'],
          ['年度', '実績', '目標'],
          ['令和3年度', 500, 520],
          ['令和4年度', '450', 480],
          ['令和5年度', 400, 440],
        ],
      }),
    );
    const result = summarize(wb, 'book.xlsx');
    expect(result.report.issues.filter((i) => i.code === 'number-as-text').map((i) => [i.cell, i.actual])).toEqual([['B5', '450']]);
    const cells = result.changes.cells;
    // 2022 実績: its one figure is text, which SUM and COUNT skip: blank, as Excel shows it.
    expect(at(cells, '強制徴収公債権', columnOf(cells, '令和4年度\n実績'))).toMatchObject({ formula: `IF(COUNT('推移'!B5)=0,"",SUM('推移'!B5))`, value: '' });
    expect(at(cells, '強制徴収公債権', columnOf(cells, '令和3年度\n実績'))).toMatchObject({ formula: "SUM('推移'!B4)", value: 500 });
  });
});

describe('a debt printed as 現年度分 and 滞納繰越分 with no 全体 row', () => {
  // 市税: 区分 rows only (and a うち row, a part of it); 市営住宅使用料: 区分 rows and its 全体.
  const ledger = {
    実績: [
      ['令和5年度 債権別収入状況'],
      [null, null, null, null, null, null, '（単位：千円）'],
      ['所管課', '債権名', '区分', '調定額', '収入済額', '収入未済額', '収納率'],
      ['税務課', '市税', '現年度分', 1000, 900, 100, 90],
      [null, null, '滞納繰越分', 1500, 600, 900, 40],
      [null, 'うち個人市民税', '滞納繰越分', 800, 300, 500, 37.5],
      ['住宅課', '市営住宅使用料', '現年度分', 500, 450, 50, 90],
      [null, null, '滞納繰越分', 300, 60, 240, 20],
      [null, null, '全体', 800, 510, 290, 63.8],
    ] as Line[],
  };
  // Years down, a debt's 区分 in a column: 市税 of 2022 and 2023, 実績 and 目標.
  const yearsDown = {
    推移: [
      ['市税 収入未済額の推移'],
      [null, null, null, '（単位：千円）'],
      ['年度', '区分', '実績', '目標'],
      ['令和4年度', '現年度分', 120, 110],
      [null, '滞納繰越分', 880, 850],
      ['令和5年度', '現年度分', 100, 90],
      [null, '滞納繰越分', 900, 800],
    ] as Line[],
  };

  it('in a row table: its amounts are the sum of its 区分 rows, its rate computed from those sums', async () => {
    const wb = await readWorkbook(await workbook(ledger));
    const cells = summarize(wb, 'book.xlsx').changes.cells;
    // 市税 (強制徴収公債権): 100 + 900 = 1,000, its うち row not counted; 市営住宅使用料 (私債権): its 全体 alone.
    expect(at(cells, '強制徴収公債権', 'B')).toMatchObject({ formula: "SUM('実績'!F4,'実績'!F5)", value: 1000 });
    expect(at(cells, '私債権', 'B')).toMatchObject({ formula: "SUM('実績'!F9)", value: 290 });
    expect(at(cells, '合計', 'B')?.value).toBe(1290);
    expect(at(cells, '税務課', 'B')).toMatchObject({ formula: "SUM('実績'!F4,'実績'!F5)", value: 1000 });
    // Its rate: (900 + 600) ÷ (1,000 + 1,500) × 100 = 60, not the mean of 90 and 40.
    expect(at(cells, '強制徴収公債権', 'B', 1)).toMatchObject({
      formula: `IF(SUM('実績'!D4,'実績'!D5)=0,"",SUM('実績'!E4,'実績'!E5)/SUM('実績'!D4,'実績'!D5)*100)`,
      value: 60,
    });
    // The chart's largest debts: 市税 once, at 1,000.
    expect(cells.filter((c) => c.sheet === '集計' && c.value === '市税').length).toBe(1);
    expect(at(cells, '市税', 'B')).toMatchObject({ formula: "SUM('実績'!F4,'実績'!F5)", value: 1000 });
  });

  it('in a years-down table: the same, its target compared with its result as sums', async () => {
    const wb = await readWorkbook(await workbook(yearsDown));
    const cells = summarize(wb, 'book.xlsx').changes.cells;
    const col = (h: string) => columnOf(cells, h);
    expect(at(cells, '強制徴収公債権', col('令和5年度\n実績'))).toMatchObject({ formula: "SUM('推移'!C6,'推移'!C7)", value: 1000 });
    expect(at(cells, '強制徴収公債権', col('令和5年度\n目標'))).toMatchObject({ formula: "SUM('推移'!D6,'推移'!D7)", value: 890 });
    expect(at(cells, '強制徴収公債権', col('令和4年度\n実績'))).toMatchObject({ formula: "SUM('推移'!C4,'推移'!C5)", value: 1000 });
    // 目標の達成状況: 1,000 against 890.
    expect(at(cells, '市税', 'D')).toMatchObject({ formula: `IF(COUNT('推移'!C6,'推移'!C7)=0,"",SUM('推移'!C6,'推移'!C7))`, value: 1000 });
    expect(at(cells, '市税', 'E')).toMatchObject({ formula: `IF(COUNT('推移'!D6,'推移'!D7)=0,"",SUM('推移'!D6,'推移'!D7))`, value: 890 });
    expect(at(cells, '市税', 'F')?.value).toBe('未達成');
  });

  it('with rates but no 調定額 and 収入済額: its rate is not computed, and the sheet says so', async () => {
    const wb = await readWorkbook(
      await workbook({
        状況: [
          ['収入未済額と収納率'],
          [null, null, null, null, '（単位：千円、%）'],
          ['所管課', '債権名', '区分', '令和5年度\n収入未済額', '令和5年度\n収納率'],
          ['税務課', '市税', '現年度分', 100, 90],
          [null, null, '滞納繰越分', 900, 40],
          ['保険課', '国民健康保険料', '全体', 300, 70],
        ],
      }),
    );
    const cells = summarize(wb, 'book.xlsx').changes.cells;
    // 市税 100 + 900 and 国民健康保険料 300, both 強制徴収公債権.
    expect(at(cells, '強制徴収公債権', 'B')).toMatchObject({ formula: "SUM('状況'!D4,'状況'!D5,'状況'!D6)", value: 1300 });
    // The class's rate is that of 国民健康保険料 alone: 市税's is no mean of 90 and 40.
    expect(at(cells, '強制徴収公債権', 'B', 1)).toMatchObject({ formula: `IFERROR(AVERAGE('状況'!E6),"")`, value: 70 });
    const texts = cells.filter((c) => c.sheet === '集計' && typeof c.value === 'string').map((c) => c.value);
    expect(texts).toContain('※ 現年度分・滞納繰越分の行だけで全体の行がなく、調定額・収入済額もないため収納率を計算できない債権（収納率の集計に含めていません）: 市税');
  });

  (requireLibreOffice() ? it : it.skip)(
    'every figure LibreOffice computes from the written formulas is the one cached',
    async () => {
      for (const sheets of [ledger, yearsDown]) {
        const data = await workbook(sheets);
        const wb = await readWorkbook(data);
        const result = summarize(wb, 'book.xlsx');
        const checked = await recalculated(data, wb, result.changes.cells, result.changes);
        expect(checked.length).toBeGreaterThan(5);
        for (const { at, got, cached } of checked) expect({ at, got: Number((got as number).toPrecision(15)) }).toEqual({ at, got: Number((cached as number).toPrecision(15)) });
      }
    },
    240_000,
  );
});
