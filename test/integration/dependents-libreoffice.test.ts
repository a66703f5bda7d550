/**
 * Formulas that read the cells 再計算 or 元に戻す changes (a 報告用 sheet's =計画!G6, a clerk's total of a column) hold results
 * of before. Excel recalculates the whole workbook on load (calcPr fullCalcOnLoad); LibreOffice, as installed, does not
 * recalculate an xlsx on load and shows each formula's stored result — but calculates a formula stored with none. So their
 * stored results are taken away, and a colleague opening the file in LibreOffice sees the figures of now (a colleague's look:
 * 報告用!B3 printed 24,206 beside a plan showing 21,996).
 */
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { recalc } from '../../src/core/engine';
import { undoLastRecalc } from '../../src/core/undo';
import { parseA1, type Workbook } from '../../src/core/workbook';
import { convert, requireLibreOffice } from './libreoffice';

const run = requireLibreOffice() ? describe : describe.skip;
const NOW = '2026-12-07 10:00';

/** A plan whose 収入未済額 G5 is typed wrong (24,206 for 21,996), a report sheet reading it, each formula with its result stored. */
async function book(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet('計画');
  const rows: (string | number | null)[][] = [
    ['収入状況'],
    [null, null, null, null, null, null, '(単位：千円)'],
    ['所管課', '債権名', '区分', '調定額', '収入済額', '不納欠損額', '収入未済額'],
    ['税務課', '市税', '現年度分', 1000000, 990000, 0, 10000],
    [null, null, '滞納繰越分', 50000, 25000, 3004, 24206],
  ];
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && (plan.getCell(r + 1, c + 1).value = v)));
  // The clerk's own total under the table: a formula over the column, its result as saved.
  plan.getCell('G6').value = { formula: 'SUM(G4:G5)', result: 34206 };
  const report = wb.addWorksheet('報告用');
  report.getCell('A3').value = '滞納繰越分 収入未済額';
  report.getCell('B3').value = { formula: '計画!G5', result: 24206 };
  report.getCell('B4').value = { formula: "'計画'!G6*2", result: 68412 };
  report.getCell('B5').value = { formula: '計画!D4', result: 1000000 };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const at = (wb: Workbook, sheet: string, ref: string) => {
  const { r, c } = parseA1(ref);
  return wb.sheets.find((s) => s.name === sheet)?.rows[r]?.[c];
};

run('formulas reading the cells a command changes, opened in LibreOffice as installed', () => {
  it('show the figures of now after 再計算, on the plan’s sheet and on another', async () => {
    const data = await book();
    const { changes } = recalc(await readWorkbook(data), 'book.xlsx', NOW);
    expect(changes.cells.find((c) => c.cell === 'G5')).toMatchObject({ value: 21996 });
    const out = writeWorkbook(data, changes, await readWorkbook(data)).data;
    const lo = await readWorkbook(convert(out, 'xlsx', 'book.xlsx', true));
    expect(at(lo, '計画', 'G5')?.value).toBe(21996);
    expect(at(lo, '報告用', 'B3')?.value).toBe(21996);
    expect(at(lo, '計画', 'G6')?.value).toBe(31996);
    expect(at(lo, '報告用', 'B4')?.value).toBe(63992);
    // A formula reading no cell changed keeps its result.
    expect(at(lo, '報告用', 'B5')?.value).toBe(1000000);
  });

  it('show the figures of before again after 元に戻す of a file saved since (its formulas holding the figures of then)', async () => {
    const data = await book();
    const first = recalc(await readWorkbook(data), 'book.xlsx', NOW);
    // Opened and saved in a spreadsheet that recalculates: 報告用!B3 stored as 21,996.
    const recalculated = convert(writeWorkbook(data, first.changes, await readWorkbook(data)).data, 'xlsx');
    expect(at(await readWorkbook(recalculated), '報告用', 'B3')?.value).toBe(21996);
    const undone = undoLastRecalc(await readWorkbook(recalculated), '2026-12-07 10:05');
    if (!undone.ok) throw new Error(undone.reason);
    const out = writeWorkbook(recalculated, undone.changes, await readWorkbook(recalculated)).data;
    const lo = await readWorkbook(convert(out, 'xlsx', 'book.xlsx', true));
    expect(at(lo, '計画', 'G5')?.value).toBe(24206);
    expect(at(lo, '報告用', 'B3')?.value).toBe(24206);
    expect(at(lo, '報告用', 'B4')?.value).toBe(68412);
  });
});
