/**
 * Writes into array formulas, in both hosts alike. Excel refuses to change part of a multi-cell
 * array formula ("You can't change part of an array"), and a value written into a dynamic array's
 * spill range turns its formula into #SPILL! (the fake models both: test/fakes/excel.ts, arrays).
 * 再計算 therefore never writes a computed cell of a multi-cell array or spill range, its anchor
 * included: it reports `array-cell-skipped` at that cell, logs nothing for it, and writes every
 * other cell. An array of one cell (`<f t="array" ref="I8">`, which Excel writes for many a plain
 * formula) is written over as any formula is, logged as `{=…}` and given back as an array formula by
 * 元に戻す. A ChangeSet that asks for a write into an array
 * anyway is refused by either host before anything is written, naming the cell.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { ReadError } from '../../src/hosts/file/errors';
import { recalc } from '../../src/core/engine';
import { undoLastRecalc } from '../../src/core/undo';
import { emptyChangeSet } from '../../src/core/changes';
import { parseArea } from '../../src/core/workbook';
import { tsuyamaPlan } from '../../scripts/bench/excel-syncs';
import { arrayPlan } from '../fixtures/array-plan';
import { runCommand } from '../../src/commands/run';
import { FakeExcel, MAX_COLS } from '../fakes/excel';
import { portOn, normalized } from './excel/helpers';
import { convert, requireLibreOffice } from '../integration/libreoffice';
import { cli } from '../cli/helpers';

const NOW = '2026-11-23 10:00';
const SHEET = 'xl/worksheets/sheet1.xml';

/** A cell's element in the first sheet's XML. */
const cellXml = (bytes: Uint8Array, ref: string): string | undefined => {
  const xml = strFromU8(unzipSync(bytes)[SHEET]);
  return new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`).exec(xml)?.[0];
};


describe('再計算 over array formulas, the file host', () => {
  it('reads the arrays into the snapshot, the one of one cell too', async () => {
    const wb = await readWorkbook(await arrayPlan(), 'plan.xlsx');
    expect(wb.sheets[0].arrays).toEqual([parseArea('G8:G10'), parseArea('H8:H10'), parseArea('I8')]);
    expect(wb.sheets[0].rows[7][6]).toMatchObject({ formula: 'E8:E10-C8:C10' });
    expect(wb.sheets[0].rows[8][6]?.formula).toBeUndefined();
  });

  it('G8:G10 and H8:H10 reported, not written, not logged; the rest written; the arrays intact in the file', async () => {
    const bytes = await arrayPlan();
    const wb = await readWorkbook(bytes, 'plan.xlsx');
    const { report, changes } = recalc(wb, 'plan.xlsx', NOW);
    const skipped = report.issues.filter((i) => i.code === 'array-cell-skipped');
    expect(skipped.map((i) => i.cell).sort()).toEqual(['G10', 'G8', 'G9', 'H10', 'H8', 'H9']);
    expect(skipped.find((i) => i.cell === 'G9')).toMatchObject({ severity: 'warning', sheet: '2-1', message: expect.stringContaining('配列数式（またはスピル範囲）G8:G10（先頭は G8）'), messageEn: expect.stringContaining('part of the array formula (or spill range) G8:G10') });
    const written = changes.cells.filter((c) => c.sheet === '2-1').map((c) => c.cell);
    for (const cell of ['G8', 'G9', 'G10', 'H8', 'H9', 'H10']) expect(written).not.toContain(cell);
    expect(changes.log.map((e) => e.cell)).toEqual(expect.arrayContaining(['G7', 'G11', 'H7', 'I8']));
    // The single-cell array is a formula to replace as any other, logged as Excel shows an array formula.
    expect(changes.log.find((e) => e.cell === 'I8')).toEqual({ sheet: '2-1', cell: 'I8', before: '{=E8-F8+0*B1}', formula: '=IF(OR(E8="",F8=""),"",E8-F8)', kind: 'formula', key: expect.stringContaining('B8=市民税') });

    const out = writeWorkbook(bytes, changes, wb, 'plan.xlsx').data;
    expect(cellXml(out, 'G8')).toContain('<f t="array" ref="G8:G10">E8:E10-C8:C10</f>');
    expect(cellXml(out, 'H8')).toContain('<f t="array" ref="H8:H10">E8:E10-D8:D10</f>');
    expect(cellXml(out, 'G9')).not.toContain('<f');
    expect(cellXml(out, 'G7')).toContain('<f>IF(OR(E7="",C7=""),"",E7-C7)</f>');
    expect(cellXml(out, 'I8')).toContain('<f>IF(OR(E8="",F8=""),"",E8-F8)</f>');
    const back = await readWorkbook(out, 'out.xlsx');
    expect(back.sheets[0].arrays).toEqual([parseArea('G8:G10'), parseArea('H8:H10')]);
    expect(back.sheets[0].rows[8][6]).toEqual(wb.sheets[0].rows[8][6]);

    // 元に戻す leaves the arrays as they are (nothing of them was logged) and gives I8 back as an array formula.
    const undo = undoLastRecalc(back, NOW);
    if (!undo.ok) throw new Error('undo refused');
    expect(undo.changes.cells.find((w) => w.cell === 'I8')).toMatchObject({ formula: 'E8-F8+0*B1', array: true });
    const undone = writeWorkbook(out, undo.changes, back, 'out.xlsx').data;
    expect(cellXml(undone, 'G8')).toContain('<f t="array" ref="G8:G10">E8:E10-C8:C10</f>');
    expect(cellXml(undone, 'I8')).toContain('<f t="array" ref="I8">E8-F8+0*B1</f>');
    expect((await readWorkbook(undone, 'undone.xlsx')).sheets[0].arrays).toEqual(wb.sheets[0].arrays);
  });

  it('saiken recalc (the CLI, sheet by sheet): the arrays intact in the output, the cells named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'saiken-array-'));
    writeFileSync(join(dir, 'plan.xlsx'), await arrayPlan());
    const { code, out } = await cli(['recalc', join(dir, 'plan.xlsx'), '-o', join(dir, 'out.xlsx')]);
    expect(code).toBe(0);
    expect(out).toContain('G9 は配列数式（またはスピル範囲）G8:G10（先頭は G8）の一部のため');
    const written = new Uint8Array(readFileSync(join(dir, 'out.xlsx')));
    expect(cellXml(written, 'G8')).toContain('<f t="array" ref="G8:G10">E8:E10-C8:C10</f>');
    expect(cellXml(written, 'H8')).toContain('<f t="array" ref="H8:H10">E8:E10-D8:D10</f>');
    expect(cellXml(written, 'G7')).toContain('<f>IF(OR(E7="",C7=""),"",E7-C7)</f>');
  });

  it('LibreOffice reads the written arrays as arrays and computes them', async () => {
    if (!requireLibreOffice()) return;
    const bytes = await arrayPlan();
    const wb = await readWorkbook(bytes, 'plan.xlsx');
    const out = writeWorkbook(bytes, recalc(wb, 'plan.xlsx', NOW).changes, wb, 'plan.xlsx').data;
    const again = convert(out, 'xlsx');
    const sheet = (await readWorkbook(again, 'lo.xlsx')).sheets.find((s) => s.name === '2-1')!;
    expect(sheet.arrays).toEqual(expect.arrayContaining([parseArea('G8:G10'), parseArea('H8:H10')]));
    const cells = wb.sheets[0].rows;
    for (const r of [7, 8, 9]) expect(sheet.rows[r][6]?.value).toBeCloseTo((cells[r][4]?.value as number) - (cells[r][2]?.value as number), 9);
  }, 180_000);
});

describe('a ChangeSet writing into an array is refused by the file host, nothing written', () => {
  it.each([
    ['G9', 'a cell of a legacy array', 'G8:G10'],
    ['G8', 'the anchor of a legacy array', 'G8:G10'],
    ['H10', 'a cell of a spill range', 'H8:H10'],
  ])('%s (%s)', async (cell, _what, area) => {
    const bytes = await arrayPlan();
    const wb = await readWorkbook(bytes, 'plan.xlsx');
    const cs = { ...emptyChangeSet(), cells: [{ sheet: '2-1', cell: 'A1', value: '先に書かれるはずのセル' }, { sheet: '2-1', cell, formula: 'E9-C9' }] };
    let error: unknown;
    try {
      writeWorkbook(bytes, cs, wb, 'plan.xlsx');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReadError);
    expect(error).toMatchObject({ reason: 'array-cell', message: expect.stringContaining(`2-1!${cell} は配列数式（またはスピル範囲）${area} の一部です`) });
    expect((error as ReadError).messageEn).toContain(`2-1!${cell} is part of the array formula (or spill range) ${area}`);
  });

  it('a single-cell array is written over as any formula', async () => {
    const bytes = await arrayPlan();
    const wb = await readWorkbook(bytes, 'plan.xlsx');
    const out = writeWorkbook(bytes, { ...emptyChangeSet(), cells: [{ sheet: '2-1', cell: 'I8', formula: 'E8-F8' }] }, wb, 'plan.xlsx').data;
    expect(cellXml(out, 'I8')).toMatch(/<f>E8-F8<\/f>/);
  });
});

/**
 * The same workbook in the fake Excel: G8:G10 a legacy array (its formula in each cell, as Excel
 * holds one), H8:H10 a dynamic array spilled from H8 (its formula in H8 only).
 */
async function arrayFake(payloadLimit?: number): Promise<{ fake: FakeExcel; wb: Awaited<ReturnType<typeof readWorkbook>> }> {
  const wb = await readWorkbook(await arrayPlan(), 'plan.xlsx');
  const legacy = [parseArea('G8:G10'), parseArea('I8')];
  const fake = FakeExcel.fromWorkbook({ ...wb, sheets: wb.sheets.map((s) => ({ ...s, arrays: legacy })) }, { calculate: () => 0, payloadLimit });
  fake.addArray('2-1', 'H8:H10', true);
  return { fake, wb };
}

describe('再計算 over array formulas, the Excel host (fake)', () => {
  it('reads the arrays and spill ranges into the same snapshot as the file host, in one more sync', async () => {
    const { fake, wb } = await arrayFake();
    const port = portOn(fake);
    const read = await port.read();
    expect(read.sheets[0].arrays).toEqual([parseArea('H8:H10'), parseArea('G8:G10'), parseArea('I8')]);
    expect(normalized(read)).toEqual(normalized(wb));
    expect(fake.syncCount).toBe(3);
  });

  it('thousands of formulas besides the arrays: a probe request Excel refuses as too large is sent again in halves, each probe read once', async () => {
    const { fake, wb } = await arrayFake(300_000);
    // 3,000 formulas of a sheet with a spill: each probed (savedAsArray, spill range), more than the lowered limit takes at once.
    for (let r = 0; r < 3000; r++) fake.setCell('2-1', `Z${r + 20}`, { formula: `=C${r + 20}`, value: 0 });
    const read = await portOn(fake).read();
    expect(read.sheets[0].arrays).toEqual([parseArea('H8:H10'), parseArea('G8:G10'), parseArea('I8')]);
    expect(read.sheets[0].rows[3018]?.[25]?.formula).toBe('C3019');
    // The plan's own rows as the file host reads them (the formulas added lie below them).
    const planRows = wb.sheets[0].rows.length;
    expect(normalized({ ...read, sheets: read.sheets.map((s) => ({ ...s, rows: s.rows.slice(0, planRows) })) })).toEqual(normalized(wb));
  });

  it('neighbouring plain formulas of the same text are no array; a workbook without arrays costs no sync more', async () => {
    const { fake } = await arrayFake();
    fake.setCell('2-1', 'K7', { formula: '=$C$7', value: 1 });
    fake.setCell('2-1', 'K8', { formula: '=$C$7', value: 1 });
    expect((await portOn(fake).read()).sheets[0].arrays).toEqual([parseArea('H8:H10'), parseArea('G8:G10'), parseArea('I8')]);
    const plain = FakeExcel.fromWorkbook(tsuyamaPlan(10));
    expect((await portOn(plain).read()).sheets[0].arrays).toBeUndefined();
    expect(plain.syncCount).toBe(2);
  });

  it('the same findings and writes as the file host; the arrays intact, no #SPILL!', async () => {
    const { fake, wb } = await arrayFake();
    const ev = await runCommand('recalc', { port: portOn(fake), file: 'plan.xlsx', now: NOW });
    expect(ev.outcome.ok).toBe(true);
    // The read's two syncs and the one telling the arrays, the check before writing, the write.
    expect(fake.syncCount).toBe(5);
    const skipped = ev.report!.issues.filter((i) => i.code === 'array-cell-skipped');
    expect(skipped.map((i) => i.cell).sort()).toEqual(['G10', 'G8', 'G9', 'H10', 'H8', 'H9']);
    for (const cell of ['G8', 'G9', 'G10']) expect(fake.cell('2-1', cell)?.formula).toBe('=E8:E10-C8:C10');
    expect(fake.cell('2-1', 'H8')).toMatchObject({ formula: '=E8:E10-D8:D10', value: wb.sheets[0].rows[7][7]?.value });
    expect(fake.cell('2-1', 'H9')).toEqual(expect.objectContaining({ value: wb.sheets[0].rows[8][7]?.value }));
    expect(fake.cell('2-1', 'H9')?.formula).toBeUndefined();
    expect(fake.sheet('2-1').arrays).toHaveLength(2);
    for (const c of ev.report!.changes) expect({ cell: c.cell, formula: fake.cell(c.sheet, c.cell)?.formula }).toEqual({ cell: c.cell, formula: c.formula });
    expect(ev.report!.changes).toEqual(recalc(wb, 'plan.xlsx', NOW).report.changes);
  });

  it('元に戻す: the log holds I8 as {=…} (column H: 数式), the undo gives its formula back; the arrays untouched', async () => {
    const { fake } = await arrayFake();
    expect((await runCommand('recalc', { port: portOn(fake), file: 'plan.xlsx', now: NOW })).outcome.ok).toBe(true);
    const log = fake.sheet('saiken変更履歴');
    const at = [...log.cells.entries()].find(([, c]) => c.value === '{=E8-F8+0*B1}')![0];
    const row = Math.floor(at / MAX_COLS) + 1;
    expect([fake.cell(log.name, `C${row}`)?.value, fake.cell(log.name, `H${row}`)?.value]).toEqual(['I8', '数式']);
    const ev = await runCommand('undo', { port: portOn(fake), file: 'plan.xlsx', now: NOW });
    expect(ev.outcome.ok).toBe(true);
    expect(fake.cell('2-1', 'I8')?.formula).toBe('=E8-F8+0*B1');
    for (const cell of ['G8', 'G9', 'G10']) expect(fake.cell('2-1', cell)?.formula).toBe('=E8:E10-C8:C10');
    expect(fake.cell('2-1', 'H8')?.formula).toBe('=E8:E10-D8:D10');
  });

  it.each([
    ['G9', 'a cell of a legacy array', 'G8:G10'],
    ['H9', 'a spilled cell', 'H8:H10'],
  ])('a ChangeSet writing into %s (%s) is refused, nothing written', async (cell, _what, area) => {
    const { fake } = await arrayFake();
    const port = portOn(fake);
    await port.read();
    const before = fake.dump();
    const cs = { ...emptyChangeSet(), cells: [{ sheet: '2-1', cell: 'A1', value: '先に書かれるはずのセル' }, { sheet: '2-1', cell, formula: 'E9-C9' }] };
    await expect(port.apply(cs)).rejects.toMatchObject({ kind: 'array-cell', message: expect.stringContaining(`2-1!${cell} は配列数式（またはスピル範囲）${area} の一部です`) });
    expect(fake.dump()).toBe(before);
  });
});
