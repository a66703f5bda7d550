/**
 * The written workbooks opened by LibreOffice, which recalculates every formula: each computed
 * cell must come out at the figure the seed plans print (their arithmetic is consistent), blank
 * where an operand is blank.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import ExcelJS from 'exceljs';
import { recalc, runAll } from '../../src/core/engine';
import { emptyChangeSet } from '../../src/core/changes';
import { parseA1, type Workbook } from '../../src/core/workbook';
import { convert, requireLibreOffice } from './libreoffice';

const run = requireLibreOffice() ? describe : describe.skip;
const valueAt = (wb: Workbook, sheet: string, ref: string) => {
  const { r, c } = parseA1(ref);
  return wb.sheets.find((s) => s.name === sheet)?.rows[r]?.[c]?.value ?? null;
};

run('LibreOffice recalculates what saiken wrote', () => {
  it('recalculates on load (a wrong cached value is corrected)', async () => {
    const data = new Uint8Array(readFileSync(join(__dirname, '../../samples/ledger-sample.xlsx')));
    const wb = await readWorkbook(data);
    const cs = emptyChangeSet();
    cs.cells.push({ sheet: wb.sheets[0].name, cell: 'J5', formula: 'D5*2', value: 1 });
    const lo = await readWorkbook(convert(writeWorkbook(data, cs, wb).data, 'xlsx'));
    expect(valueAt(lo, wb.sheets[0].name, 'J5')).toBe(5403 * 2);
  }, 120_000);

  it.each(['tsuyama-plan2.xlsx', 'ledger-sample.xlsx'])('%s: every computed cell at the printed figure', async (file) => {
    const data = new Uint8Array(readFileSync(join(__dirname, '../../samples', file)));
    const wb = await readWorkbook(data);
    const { changes } = recalc(wb, file, '2026-11-23 10:00');
    const lo = await readWorkbook(convert(writeWorkbook(data, changes, wb).data, 'xlsx', file));
    const formulas = changes.cells.filter((c) => c.formula);
    expect(formulas.length).toBeGreaterThan(100);
    let compared = 0;
    for (const w of formulas) {
      const printed = valueAt(wb, w.sheet, w.cell);
      const got = valueAt(lo, w.sheet, w.cell);
      const label = `${w.sheet}!${w.cell} =${w.formula}`;
      if (w.value === '') {
        expect({ label, got: got ?? '' }).toEqual({ label, got: '' });
        continue;
      }
      expect({ label, type: typeof got }).toEqual({ label, type: 'number' });
      // The figure the plan prints (text such as "△ 628" parsed), shown to its decimals.
      const shown = typeof printed === 'string' ? Number(printed.replace(/[△▲]\s*/, '-').replace(/,/g, '')) : (printed as number);
      const decimals = String(shown).split('.')[1]?.length ?? 0;
      expect({ label, got: Number((got as number).toFixed(decimals)) }).toEqual({ label, got: shown });
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  }, 180_000);
});

run('figures typed as text (「数値が文字列として保存されています」)', () => {
  /** A plan whose C6 is the text "91,000" and D7 the text "93000", its 合計 typed as the figures read (353,500 and 361,000). */
  async function plan(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('計画');
    const grid: (string | number | null)[][] = [
      ['３－１　収入未済額の推移'],
      [null, null, null, null, '（単位：千円）'],
      ['所管課', '債権名', 'R1', 'R2', '増減'],
      [null, null, '決算①', '決算②', '②-①'],
      ['税務課', '市税', 90000, 91000, 1000],
      [null, '国民健康保険税', '91,000', 92000, 1000],
      [null, '介護保険料', 92500, '93000', 500],
      [null, '保育所負担金', 80000, 85000, 5000],
      ['合計', null, 353500, 361000, 7500],
    ];
    grid.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('each is a warning at its cell; the totals and differences over it are left as typed; every cached figure is what LibreOffice computes', async () => {
    const data = await plan();
    const wb = await readWorkbook(data);
    const { report, changes } = runAll(wb, 'text.xlsx', '2026-11-23 10:00');
    expect(report.issues.filter((i) => i.code === 'number-as-text').map((i) => [i.cell, i.severity, i.actual])).toEqual([
      ['C6', 'warning', '91,000'],
      ['D7', 'warning', '93000'],
    ]);
    const written = new Set(changes.cells.filter((c) => c.sheet === '計画' && c.formula).map((c) => c.cell));
    // The totals over a text figure, and the differences that read one, stay the user's.
    for (const kept of ['C9', 'D9', 'E6', 'E7']) expect(written.has(kept)).toBe(false);
    for (const made of ['E5', 'E8', 'E9']) expect(written.has(made)).toBe(true);
    const lo = await readWorkbook(convert(writeWorkbook(data, changes, wb).data, 'xlsx', 'text.xlsx'));
    expect(valueAt(lo, '計画', 'C9')).toBe(353500);
    // Every formula saiken wrote, in the plan and in its summary, computes in LibreOffice the figure saiken cached.
    const formulas = changes.cells.filter((c) => c.formula && typeof c.value === 'number');
    expect(formulas.filter((c) => c.sheet !== '計画').length).toBeGreaterThan(3);
    for (const w of formulas) expect({ at: `${w.sheet}!${w.cell}`, got: valueAt(lo, w.sheet, w.cell) }).toEqual({ at: `${w.sheet}!${w.cell}`, got: w.value });
  }, 180_000);
});

run('an operand written as a dash (－, —, -: no value)', () => {
  // A clerk's look: each formula over a dash computed #VALUE! in Excel and LibreOffice, and so did every SUM over it (the
  // ledger's 全体 and 合計), while saiken stored a blank or a figure without it.
  it('computes blank where saiken does, and the totals over it are numbers, as saiken stored them', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('収入状況');
    ws.addRow(['令和5年度 債権別収入状況']);
    ws.addRow([null, null, null, null, null, null, null, '（単位：千円）']);
    ws.addRow(['所管課', '債権名', '区分', '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率']);
    ws.addRow(['税務課', '市税', '現年度分', 1000, 950, 0, 50, 95]);
    ws.addRow([null, null, '滞納繰越分', 400, '－', '—', 400, 0]);
    ws.addRow([null, null, '全体', 1400, 950, 0, 450, 67.9]);
    ws.addRow(['合計', null, null, 1400, 950, 0, 450, 67.9]);
    const data = new Uint8Array(await book.xlsx.writeBuffer());
    const wb = await readWorkbook(data);
    const { changes } = recalc(wb, 'x.xlsx', '2026-12-07 10:00');
    const written = (cell: string) => changes.cells.find((c) => c.sheet === '収入状況' && c.cell === cell);
    expect(written('G5')).toMatchObject({ formula: 'IF(OR(D5="",NOT(ISNUMBER(E5))),"",D5-E5-N(F5))', value: '' });
    const lo = await readWorkbook(convert(writeWorkbook(data, changes, wb).data, 'xlsx'));
    for (const w of changes.cells.filter((c) => c.sheet === '収入状況' && c.formula)) {
      const got = valueAt(lo, '収入状況', w.cell);
      expect({ cell: w.cell, got: typeof got === 'number' ? Number(got.toFixed(6)) : (got ?? '') }).toEqual({ cell: w.cell, got: typeof w.value === 'number' ? Number(w.value.toFixed(6)) : w.value });
    }
    expect(changes.log.filter((l) => l.mended).map((l) => l.cell)).toEqual(expect.arrayContaining(['G5']));
  }, 120_000);
});
