/**
 * A computed cell the user formatted as Text (@): Excel takes what is entered into such a cell as
 * text, a formula too (the fake models it, test/fakes/excel.ts `input`). 再計算 gives the cell its
 * number format before its formula, so the formula computes, and 元に戻す gives back the user's
 * value and format.
 */
import { recalc } from '../../../src/core/engine';
import { runCommand } from '../../../src/commands/run';
import { fakeOf, portOn } from './helpers';

const FILE = 'ledger-sample.xlsx';

describe('a cell formatted as Text', () => {
  it('takes a formula written to it as text (Excel, as the fake models it)', async () => {
    const fake = await fakeOf(FILE);
    fake.setCell('令和元年度 収入状況', 'Z1', { value: null, numberFormat: '@' });
    await fake.run({}, async (ctx) => {
      ctx.workbook.worksheets.getItem('令和元年度 収入状況').getRange('Z1').formulas = [['=1+1']];
      await ctx.sync();
    });
    expect(fake.cell('令和元年度 収入状況', 'Z1')).toMatchObject({ value: '=1+1' });
    expect(fake.cell('令和元年度 収入状況', 'Z1')?.formula).toBeUndefined();
  });

  it('再計算 writes a formula that computes into a computed cell formatted as Text, and 元に戻す gives back the value and format', async () => {
    const fake = await fakeOf(FILE);
    const planned = recalc(await portOn(fake).read(), FILE, 'now').changes.cells.find((c) => c.formula && c.numberFormat === undefined)!;
    expect(planned).toBeDefined();
    fake.setCell(planned.sheet, planned.cell, { value: 5117, formula: undefined, numberFormat: '@' });
    const ran = await runCommand('recalc', { port: portOn(fake), file: FILE, now: '2026-12-05 10:00' });
    expect(ran.outcome.ok).toBe(true);
    const cell = fake.cell(planned.sheet, planned.cell)!;
    expect(cell.formula).toBe(`=${planned.formula}`);
    expect(cell.numberFormat).not.toBe('@');
    const undone = await runCommand('undo', { port: portOn(fake), file: FILE, now: '2026-12-05 10:05' });
    expect(undone.outcome.ok).toBe(true);
    expect(fake.cell(planned.sheet, planned.cell)).toMatchObject({ value: 5117, numberFormat: '@' });
  });
});
