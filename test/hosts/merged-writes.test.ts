/**
 * Writes into merged cells, in both hosts alike. Excel keeps a merged area's content in its
 * top-left cell; a value or formula written to another of its cells is hidden or ignored with no
 * error (the fake drops it, test/fakes/excel.ts: insideMerge). 再計算 therefore never writes a
 * computed cell that lies inside a merged area off its top-left: it reports `merged-cell-skipped`
 * at that cell, logs nothing for it, and writes every other cell. A ChangeSet that asks for such
 * a write anyway is refused by either host before anything is written, naming the cell.
 */
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { ReadError } from '../../src/hosts/file/errors';
import { recalc } from '../../src/core/engine';
import { emptyChangeSet } from '../../src/core/changes';
import { runCommand } from '../../src/commands/run';
import { tsuyamaPlan } from '../../scripts/bench/excel-syncs';
import { FakeExcel } from '../fakes/excel';
import { portOn } from './excel/helpers';

const NOW = '2026-11-23 10:00';

/** Table 2-1 with its first delta column (G) merged over rows 8–9, as a real .xlsx (a merge keeps G8 only). */
async function mergedPlan(): Promise<Uint8Array> {
  const plan = tsuyamaPlan(10).sheets[0];
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(plan.name);
  plan.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell || (r === 8 && c === 6)) return;
      const x = ws.getCell(r + 1, c + 1);
      x.value = cell.value as ExcelJS.CellValue;
      if (cell.numberFormat) x.numFmt = cell.numberFormat;
    }),
  );
  ws.mergeCells('G8:G9');
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const cellXml = (bytes: Uint8Array, ref: string): string | undefined => {
  const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']);
  return new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`).exec(xml)?.[0];
};

describe('再計算 over a merged computed cell', () => {
  it('the file host: G9 reported, not written, not logged; G8 and the rest written', async () => {
    const bytes = await mergedPlan();
    const wb = await readWorkbook(bytes, 'plan.xlsx');
    expect(wb.sheets[0].merges).toEqual([{ top: 7, left: 6, bottom: 8, right: 6 }]);
    const { report, changes } = recalc(wb, 'plan.xlsx', NOW);
    expect(report.issues.filter((i) => i.code === 'merged-cell-skipped')).toEqual([
      expect.objectContaining({ severity: 'warning', sheet: '2-1', cell: 'G9', message: expect.stringContaining('結合セル G8:G9') }),
    ]);
    expect(report.changes.map((c) => c.cell)).not.toContain('G9');
    expect(report.changes.map((c) => c.cell)).toContain('G10');
    const out = writeWorkbook(bytes, changes, wb, 'plan.xlsx').data;
    // ExcelJS left G9 as an empty styled cell (<c r="G9" s="1"/>): still no formula, no value.
    expect(cellXml(out, 'G9') ?? '').not.toMatch(/<f>|<v>/);
    expect(cellXml(out, 'G8')).toMatch(/<f>/);
    expect(cellXml(out, 'H9')).toMatch(/<f>/);
  });

  it('the Excel host (fake): the same finding, the same writes, nothing lost', async () => {
    const bytes = await mergedPlan();
    const wb = await readWorkbook(bytes, 'plan.xlsx');
    const fake = FakeExcel.fromWorkbook(wb, { calculate: () => 0 });
    const ev = await runCommand('recalc', { port: portOn(fake), file: 'plan.xlsx', now: NOW });
    expect(ev.outcome.ok).toBe(true);
    expect(ev.report!.issues.filter((i) => i.code === 'merged-cell-skipped')).toEqual([expect.objectContaining({ sheet: '2-1', cell: 'G9' })]);
    // Every change the report lists is in the workbook: the log does not claim a write Excel dropped.
    for (const c of ev.report!.changes) expect({ cell: c.cell, formula: fake.cell(c.sheet, c.cell)?.formula }).toEqual({ cell: c.cell, formula: c.formula });
    expect(ev.report!.changes.map((c) => c.cell)).not.toContain('G9');
    expect(fake.cell('2-1', 'G9')).toBeUndefined();
    // The file host's report on the same workbook: the same changes.
    expect(ev.report!.changes).toEqual(recalc(wb, 'plan.xlsx', NOW).report.changes);
  });
});

describe('a ChangeSet writing into a merged area off its top-left is refused by both hosts, nothing written', () => {
  const cs = () => ({ ...emptyChangeSet(), cells: [{ sheet: '2-1', cell: 'A1', value: '先に書かれるはずのセル' }, { sheet: '2-1', cell: 'G9', formula: 'E9-C9' }] });

  it('the Excel host', async () => {
    const wb = await readWorkbook(await mergedPlan(), 'plan.xlsx');
    const fake = FakeExcel.fromWorkbook(wb);
    const port = portOn(fake);
    await port.read();
    const before = fake.dump();
    await expect(port.apply(cs())).rejects.toMatchObject({ kind: 'merged-cell', message: expect.stringContaining('2-1!G9 は結合セル G8:G9') });
    expect(fake.dump()).toBe(before);
  });

  it('the file host', async () => {
    const bytes = await mergedPlan();
    const wb = await readWorkbook(bytes, 'plan.xlsx');
    let error: unknown;
    try {
      writeWorkbook(bytes, cs(), wb, 'plan.xlsx');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReadError);
    expect(error).toMatchObject({ reason: 'merged-cell', message: expect.stringContaining('2-1!G9 は結合セル G8:G9') });
  });

  it('a merged sheet being replaced is no obstacle (its merges go with it)', async () => {
    const wb = await readWorkbook(await mergedPlan(), 'plan.xlsx');
    const fake = FakeExcel.fromWorkbook(wb);
    const port = portOn(fake);
    await port.read();
    await port.apply({ ...cs(), sheets: [{ name: '2-1', mode: 'replace', state: 'visible' }] });
    expect(fake.cell('2-1', 'G9')?.formula).toBe('=E9-C9');
  });
});
