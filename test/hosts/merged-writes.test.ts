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
import { fakeOf, portOn } from './excel/helpers';
import { parseArea } from '../../src/core/workbook';
import { CHANGE_LOG_HEADER_ROW, findChangeLog, readChangeLog } from '../../src/core/recalc/change-log';

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

/**
 * Where the Excel host cannot read a sheet's merged areas — ExcelApi 1.12 has no Range.getMergedAreasOrNullObject (1.13),
 * and on 1.13 a row of more merged areas than it returns (512) leaves them unread — neither the engine nor the host can
 * keep a write out of a merged area, and Excel drops what is written to a cell of one other than its top-left without an
 * error (the fake: insideMerge). The write is read back in its own request: a cell that did not keep what was written is
 * named, and the change log does not record it as done.
 */
describe('再計算 on a sheet whose merged areas could not be read: a write Excel does not keep is said, not logged as done', () => {
  const FILE = 'tsuyama-plan2.xlsx';
  const run = (fake: FakeExcel, command: 'recalc' | 'undo' = 'recalc') => runCommand(command, { port: portOn(fake), file: FILE, now: NOW });
  /** 2-1!G6:G7 merged as Excel merges: G7's figure gone (Merge keeps the top-left cell's), or kept from a file. */
  const mergeG6G7 = (fake: FakeExcel, hidden: boolean) => {
    if (!hidden) fake.setCell('2-1', 'G7', { value: null, formula: undefined });
    fake.sheet('2-1').merges.push(parseArea('G6:G7'));
  };
  const logOf = async (fake: FakeExcel) => readChangeLog(findChangeLog(await portOn(fake).read())!);

  it.each([
    ['ExcelApi 1.12, G7 emptied by the merge', '1.12', false],
    ['ExcelApi 1.12, G7 holding a figure from a file', '1.12', true],
    ['ExcelApi 1.13, a row of more merged areas than one read returns', '1.18', false],
  ] as const)('%s: G7 named, the rest written, the log without G7, 元に戻す whole', async (_what, apiVersion, hidden) => {
    const fake = await fakeOf(FILE, { apiVersion });
    mergeG6G7(fake, hidden);
    // A row of 513 merged areas: no read of the sheet's merges succeeds, even a row at a time.
    if (apiVersion !== '1.12') for (let i = 0; i < 513; i++) fake.sheet('2-1').merges.push({ top: 299, left: 20 + 2 * i, bottom: 299, right: 21 + 2 * i });
    const g7 = fake.cell('2-1', 'G7');
    const event = await run(fake);
    expect(event.outcome).toMatchObject({ ok: false, failure: 'not-kept' });
    expect(event.outcome.message.ja).toContain('2-1!G7');
    expect(event.outcome.message.ja).toContain('シート「2-1」');
    expect(event.outcome.message.ja).toContain('ほかのセルへの書き込みは済んでいます');
    expect(event.outcome.message.en).toContain('2-1!G7');
    expect(event.outcome.message.en).toContain('The other cells were written');
    // Excel kept G6's formula and dropped G7's: the workbook as the message says.
    expect(fake.cell('2-1', 'G6')?.formula).toBe('=IF(OR(E6="",C6=""),"",E6-C6)');
    expect(fake.cell('2-1', 'G7')).toEqual(g7);
    expect(fake.cell('2-1', 'G8')?.formula).toBe('=IF(OR(E8="",C8=""),"",E8-C8)');
    // The log: G6 and the rest as written, G7 not (its row says it was not written, and 元に戻す passes it over).
    const log = await logOf(fake);
    expect(log.map((r) => `${r.sheet}!${r.cell}`)).toContain('2-1!G6');
    expect(log.map((r) => `${r.sheet}!${r.cell}`)).not.toContain('2-1!G7');
    const sheet = fake.state.sheets.find((s) => s.name === 'saiken変更履歴')!;
    expect([...sheet.cells.values()].filter((c) => typeof c.value === 'string' && c.value.includes('書き込めませんでした'))).toHaveLength(1);
    // Its count of records counts those written only.
    expect(fake.cell('saiken変更履歴', `B${CHANGE_LOG_HEADER_ROW - 2}`)?.value).toBe(log.length);
    expect((await run(fake, 'undo')).outcome).toMatchObject({ ok: true });
    expect(fake.cell('2-1', 'G6')).toMatchObject({ value: -72.1 });
    expect(fake.cell('2-1', 'G6')?.formula).toBeUndefined();
  });

  it('ExcelApi 1.12 with no write lost: written as before, the read-back riding on the write (4 syncs)', async () => {
    const fake = await fakeOf(FILE, { apiVersion: '1.12' });
    const event = await run(fake);
    expect(event.outcome).toMatchObject({ ok: true });
    expect(fake.syncCount).toBe(4);
    expect(fake.cell('2-1', 'G7')?.formula).toBe('=IF(OR(E7="",C7=""),"",E7-C7)');
    expect((await logOf(fake)).map((r) => `${r.sheet}!${r.cell}`)).toContain('2-1!G7');
  });
});
