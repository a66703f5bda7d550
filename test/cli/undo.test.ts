/**
 * saiken undo: the last recalc undone in the .xlsx (the file host), read back; refused with the
 * cell named where it was edited since, no file written.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli } from './helpers';
import { readWorkbook } from '../../src/hosts/file/read';
import { recalc } from '../../src/core/engine';
import { parseA1 } from '../../src/core/workbook';

const root = join(__dirname, '../..');

describe('saiken undo', () => {
  const dir = mkdtempSync(join(tmpdir(), 'saiken-undo-'));
  const input = join(dir, 'plan.xlsx');
  copyFileSync(join(root, 'samples/tsuyama-plan2.xlsx'), input);
  const recalced = join(dir, 'recalced.xlsx');

  it('restores every replaced value and removes the formulas, in the written file', async () => {
    expect((await cli(['recalc', input, '-o', recalced])).code).toBe(0);
    const original = await readWorkbook(readFileSync(input));
    const log = recalc(original, 'plan.xlsx', 'x').changes.log;
    const output = join(dir, 'undone.xlsx');
    const { code, out } = await cli(['undo', recalced, '-o', output]);
    expect(code).toBe(0);
    expect(out).toContain(`${log.length} セル`);
    const back = await readWorkbook(readFileSync(output));
    const mid = await readWorkbook(readFileSync(recalced));
    let formatsChanged = 0;
    for (const e of log) {
      const { r, c } = parseA1(e.cell);
      const was = original.sheets.find((s) => s.name === e.sheet)!.rows[r]?.[c];
      const now = back.sheets.find((s) => s.name === e.sheet)!.rows[r]?.[c];
      expect({ cell: `${e.sheet}!${e.cell}`, formula: now?.formula, value: now?.value ?? null }).toEqual({ cell: `${e.sheet}!${e.cell}`, formula: was?.formula, value: was?.formula === undefined ? (was?.value ?? null) : expect.anything() });
      // The numFmt the cell had in the file, where 再計算 changed it.
      if (mid.sheets.find((s) => s.name === e.sheet)!.rows[r]?.[c]?.numberFormat !== was?.numberFormat) formatsChanged++;
      expect({ cell: `${e.sheet}!${e.cell}`, numberFormat: now?.numberFormat }).toEqual({ cell: `${e.sheet}!${e.cell}`, numberFormat: was?.numberFormat });
    }
    expect(formatsChanged).toBeGreaterThan(0);
    // Undone once: a second undo has nothing to do.
    const again = await cli(['undo', output, '-o', join(dir, 'again.xlsx')]);
    expect(again.code).toBe(2);
    expect(again.err).toContain('元に戻せる再計算がありません');
  });

  it('refuses where a logged cell was edited since, naming it; nothing written', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(recalced);
    book.getWorksheet('2-2')!.getCell('G6').value = 999;
    const edited = join(dir, 'edited.xlsx');
    await book.xlsx.writeFile(edited);
    const output = join(dir, 'refused.xlsx');
    const { code, err } = await cli(['undo', edited, '-o', output]);
    expect(code).toBe(2);
    expect(err).toContain('2-2!G6');
    expect(existsSync(output)).toBe(false);
  });
});
