/**
 * The summary of plan tables kept in different units: every amount of 集計 is in the one unit its
 * sections state (the first amount table's, as printed), a table in another unit converted in the
 * formula itself ('B'!C4/1000), and what LibreOffice computes from those formulas is the figure
 * cached. Before, 5,000,000 円 was added to 3,000 千円 and published as 5,003,000 千円.
 */
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { summarize } from '../../src/core/engine';
import type { CellWrite } from '../../src/core/changes';
import { parseA1, type Workbook } from '../../src/core/workbook';
import { convert, requireLibreOffice } from './libreoffice';

type Line = (string | number | null)[];
const HEAD: Line = ['所管課', '債権名', '令和4年度実績 収入未済額', '令和5年度実績 収入未済額', '令和5年度目標 収入未済額'];

/** A workbook of plan sheets under one header, each with its title and unit line. */
function book(head: Line) {
  const wb = new ExcelJS.Workbook();
  const sheet = (name: string, unit: string, rows: Line[], numFmt?: string) => {
    const ws = wb.addWorksheet(name);
    const grid: Line[] = [['収入未済額の推移'], [null, null, null, null, `（単位：${unit}）`], head, ...rows];
    grid.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v;
        if (numFmt && typeof v === 'number') cell.numFmt = numFmt;
      }),
    );
  };
  return { wb, sheet };
}

/**
 * 千円: 市民税 and 国民健康保険税 (強制徴収公債権). 円: 軽自動車税 (強制) and 市営住宅使用料 (私債権).
 * 百万円: 下水道使用料 (強制). 千円 printed through #,##0, over figures kept in 円: 奨学金貸付金 (私).
 */
async function plan(): Promise<Uint8Array> {
  const { wb, sheet } = book(HEAD);
  sheet('千円の表', '千円', [
    ['税務課', '市民税', 1000, 900, 800],
    ['保険年金課', '国民健康保険税', 2000, 1800, 1900],
  ]);
  sheet('円の表', '円', [
    ['税務課', '軽自動車税', 300000, 250500, 200000],
    ['住宅課', '市営住宅使用料', 5000000, 4000000, 4500000],
  ]);
  sheet('百万円の表', '百万円', [['下水道課', '下水道使用料', 3, 2.5, 2]]);
  sheet('千円表示の表', '千円', [['教育総務課', '奨学金貸付金', 7654321, 6543210, 6000000]], '#,##0,');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const at = (cells: CellWrite[], text: string, col: string) => {
  const label = cells.find((c) => c.sheet === '集計' && c.value === text && c.cell.startsWith('A'));
  if (!label) throw new Error(`no row labelled ${text}`);
  return cells.find((c) => c.sheet === '集計' && c.cell === `${col}${label.cell.slice(1)}`)!;
};

describe('the summary of tables in different units', () => {
  let data: Uint8Array;
  let wb: Workbook;
  let cells: CellWrite[];
  beforeAll(async () => {
    data = await plan();
    wb = await readWorkbook(data);
    cells = summarize(wb, 'units.xlsx').changes.cells;
  });

  it('states one unit, the first amount table’s, and names the sheets converted to it', () => {
    const texts = cells.filter((c) => c.sheet === '集計' && typeof c.value === 'string').map((c) => c.value);
    expect(texts).toContain('シート「円の表」「百万円の表」「千円表示の表」の金額は千円に換算して集計しています。');
    expect(texts.filter((t) => t === '（単位：千円）').length).toBe(2);
    expect(texts).toContain('（金額の単位：千円）');
  });

  it('converts each table’s figures in the formula, a unit a SUM: 強制徴収公債権 2022 = 1,000 + 2,000 + 300,000 円 + 3 百万円', () => {
    // By class: 千円 first, then 円 divided, then 百万円 multiplied.
    const cls = at(cells, '強制徴収公債権', 'B');
    expect(cls.formula).toBe("SUM('千円の表'!C4,'千円の表'!C5)+SUM('円の表'!C4)/1000+SUM('百万円の表'!C4)*1000");
    expect(cls.value).toBe(1000 + 2000 + 300 + 3000);
    // 私債権 2023: 4,000,000 円 and 6,543,210 円 kept under a #,##0, format: both divided.
    const own = at(cells, '私債権', 'C');
    expect(own.formula).toBe("SUM('円の表'!D5,'千円表示の表'!D4)/1000");
    expect(own.value).toBe((4000000 + 6543210) / 1000);
    expect(at(cells, '合計', 'C').value).toBe(900 + 1800 + 250.5 + 2500 + (4000000 + 6543210) / 1000);
    // By department.
    expect(at(cells, '住宅課', 'B')).toMatchObject({ formula: "SUM('円の表'!C5)/1000", value: 5000 });
    expect(at(cells, '下水道課', 'B')).toMatchObject({ formula: "SUM('百万円の表'!C4)*1000", value: 3000 });
  });

  it('compares targets and ranks the largest debts in the summary’s unit', () => {
    // 達成状況: 市営住宅使用料 2023, 4,000 against 4,500 千円.
    const house = cells.filter((c) => c.sheet === '集計' && c.value === '市営住宅使用料' && c.cell.startsWith('A'));
    const row = house.map((c) => c.cell.slice(1)).find((r) => cells.some((c) => c.sheet === '集計' && c.cell === `F${r}`));
    expect(cells.find((c) => c.sheet === '集計' && c.cell === `D${row}`)).toMatchObject({ formula: `IF('円の表'!D5="","",'円の表'!D5/1000)`, value: 4000 });
    expect(cells.find((c) => c.sheet === '集計' && c.cell === `E${row}`)).toMatchObject({ formula: `IF('円の表'!E5="","",'円の表'!E5/1000)`, value: 4500 });
    expect(cells.find((c) => c.sheet === '集計' && c.cell === `F${row}`)?.value).toBe('達成');
    // The chart's largest debts of 2023 (in 千円): 奨学金 6,543.21, 市営住宅 4,000, 下水道 2,500, 国保 1,800, 市民税 900, 軽自動車税 250.5.
    const title = cells.find((c) => c.sheet === '集計' && c.value === '債権名' && cells.some((d) => d.sheet === '集計' && d.cell === `B${c.cell.slice(1)}` && d.value === '令和5年度 実績'))!;
    const first = Number(title.cell.slice(1)) + 1;
    const names = Array.from({ length: 6 }, (_, i) => cells.find((c) => c.sheet === '集計' && c.cell === `A${first + i}`)?.value);
    expect(names).toEqual(['軽自動車税', '市民税', '国民健康保険税', '下水道使用料', '市営住宅使用料', '奨学金貸付金']);
    expect(cells.find((c) => c.sheet === '集計' && c.cell === `B${first + 5}`)).toMatchObject({ formula: "'千円表示の表'!D4/1000", value: 6543.21 });
  });

  (requireLibreOffice() ? it : it.skip)(
    'every figure LibreOffice computes from the written formulas is the one cached',
    async () => {
      const { changes } = summarize(wb, 'units.xlsx');
      const lo = await readWorkbook(convert(writeWorkbook(data, changes, wb).data, 'xlsx', 'units.xlsx'));
      const value = (sheet: string, ref: string) => {
        const { r, c } = parseA1(ref);
        return lo.sheets.find((s) => s.name === sheet)?.rows[r]?.[c]?.value ?? null;
      };
      const formulas = changes.cells.filter((c) => c.formula && typeof c.value === 'number');
      expect(formulas.length).toBeGreaterThan(20);
      for (const w of formulas) expect({ at: `${w.sheet}!${w.cell}`, got: value(w.sheet, w.cell) }).toEqual({ at: `${w.sheet}!${w.cell}`, got: w.value });
    },
    180_000,
  );
});

describe('a weighted 収納率 over tables in different units', () => {
  it('adds 調定額 and 収入済額 in the summary’s unit: (900 + 250) ÷ (1,000 + 300) for 強制徴収公債権', async () => {
    const { wb, sheet } = book(['所管課', '債権名', '令和5年度実績 調定額', '令和5年度実績 収入済額', '令和5年度実績 収納率']);
    sheet('千円の表', '千円', [['税務課', '市民税', 1000, 900, 90]]);
    sheet('円の表', '円', [['税務課', '軽自動車税', 300000, 250000, 83.3]]);
    const snapshot = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    const cells = summarize(snapshot, 'rates.xlsx').changes.cells;
    const rate = at(cells, '強制徴収公債権', 'B');
    const charged = "SUM('千円の表'!C4)+SUM('円の表'!C4)/1000";
    const paid = "SUM('千円の表'!D4)+SUM('円の表'!D4)/1000";
    expect(rate.formula).toBe(`IF(${charged}=0,"",${paid}/${charged}*100)`);
    expect(rate.value).toBe(((900 + 250000 / 1000) / (1000 + 300000 / 1000)) * 100);
  });
});

describe('a table in another unit that gives only 収納率 (its 調定額 and 収入済額 weigh the rates)', () => {
  it('is not named as converted: no amount 集計 shows comes from it', async () => {
    const { wb, sheet } = book(HEAD);
    sheet('千円の表', '千円', [['税務課', '市民税', 1000, 900, 800]]);
    const rates = wb.addWorksheet('収納率の表');
    const grid: Line[] = [
      ['収納率の推移'],
      [null, null, null, null, '（単位：円、％）'],
      ['所管課', '債権名', '令和5年度実績 調定額', '令和5年度実績 収入済額', '令和5年度実績 収納率'],
      ['住宅課', '市営住宅使用料', 5000000, 4000000, 80],
      ['保険年金課', '国民健康保険税', 3000000, 2700000, 90],
    ];
    grid.forEach((row, r) => row.forEach((v, c) => v !== null && (rates.getCell(r + 1, c + 1).value = v)));
    const read = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    const cells = summarize(read, 'rates.xlsx').changes.cells;
    const texts = cells.filter((c) => c.sheet === '集計' && typeof c.value === 'string').map((c) => String(c.value));
    // Its rates are summed into 集計 (weighted by its amounts, converted alike: a ratio of them).
    expect(cells.some((c) => c.sheet === '集計' && c.formula?.includes("'収納率の表'!D4"))).toBe(true);
    expect(texts.filter((t) => t.includes('換算して集計'))).toEqual([]);
  });
});
