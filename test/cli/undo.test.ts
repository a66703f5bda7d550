/**
 * saiken undo: the last recalc undone in the .xlsx (the file host), read back; refused with the
 * cell named where it was edited since, no file written.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli } from './helpers';
import { readWorkbook } from '../../src/hosts/file/read';
import { recalc } from '../../src/core/engine';
import { parseA1, type Workbook } from '../../src/core/workbook';

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

  it("speaks the user's language alone, as the other commands do: the outcome and a refusal", async () => {
    const en = { ...process.env, SAIKEN_LANG: 'en' };
    const output = join(dir, 'undone-en.xlsx');
    const done = await cli(['undo', recalced, '-o', output], en);
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/^Undo: the \d+ cells the last recalculation rewrote have their former values back\.$/);
    const again = await cli(['undo', output, '-o', join(dir, 'again-en.xlsx')], en);
    expect([again.code, again.err]).toEqual([2, `${output}: Undo: there is no recalculation to undo (the change log records none, or it was already undone).`]);
    const ja = await cli(['undo', output, '-o', join(dir, 'again-ja.xlsx')]);
    expect(ja.err).toBe(`${output}: 元に戻す：元に戻せる再計算がありません（変更履歴シートに記録がないか、すでに元に戻しています）。`);
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

  /** The sample edited as a user would with `edit`, saved beside the others. */
  async function edited(from: string, name: string, edit: (book: ExcelJS.Workbook) => void): Promise<string> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(from);
    edit(book);
    const path = join(dir, name);
    await book.xlsx.writeFile(path);
    return path;
  }
  const cellOf = (wb: Workbook, sheet: string, cell: string) => {
    const { r, c } = parseA1(cell);
    return wb.sheets.find((s) => s.name === sheet)?.rows[r]?.[c];
  };

  it('gives back text that starts with "=" as text, in the written file', async () => {
    const link = '=HYPERLINK("http://example.invalid/","クリック")';
    const typed = await edited(input, 'text.xlsx', (book) => {
      book.getWorksheet('2-2')!.getCell('G6').value = link;
    });
    expect(cellOf(await readWorkbook(readFileSync(typed)), '2-2', 'G6')).toMatchObject({ value: link });
    const r = join(dir, 'text-r.xlsx');
    expect((await cli(['recalc', typed, '-o', r])).code).toBe(0);
    expect(cellOf(await readWorkbook(readFileSync(r)), '2-2', 'G6')?.formula).toBe('IF(OR(E6="",C6=""),"",E6-C6)');
    const u = join(dir, 'text-u.xlsx');
    expect((await cli(['undo', r, '-o', u])).code).toBe(0);
    const back = cellOf(await readWorkbook(readFileSync(u)), '2-2', 'G6');
    expect(back?.formula).toBeUndefined();
    expect(back?.value).toBe(link);
  });

  it("leaves a user's own sheet named saiken変更履歴 alone: the log takes a free name, undo reads it", async () => {
    const mine = await edited(input, 'mine.xlsx', (book) => {
      const s = book.addWorksheet('saiken変更履歴');
      s.getCell('A1').value = 'ユーザーの履歴';
      s.getCell('A2').value = 789;
    });
    const r = join(dir, 'mine-r.xlsx');
    const done = await cli(['recalc', mine, '-o', r]);
    expect(done.code).toBe(0);
    // The message names the log's sheet, not the user's.
    expect(done.out).toMatch(/変更前の値は「saiken変更履歴 \(2\)」シートに記録）。$/);
    const recalced = await readWorkbook(readFileSync(r));
    expect(recalced.sheets.map((s) => s.name).slice(-2)).toEqual(['saiken変更履歴', 'saiken変更履歴 (2)']);
    const own = (wb: Workbook) => wb.sheets.find((s) => s.name === 'saiken変更履歴')!.rows.map((row) => row.map((c) => c?.value ?? null));
    expect(own(recalced)).toEqual([['ユーザーの履歴'], [789]]);
    // A note typed under the log is no entry.
    const noted = await edited(r, 'mine-noted.xlsx', (book) => {
      const log = book.getWorksheet('saiken変更履歴 (2)')!;
      log.getCell(`A${log.rowCount + 2}`).value = '確認済み 12/3 山田';
    });
    const u = join(dir, 'mine-u.xlsx');
    const { code, out } = await cli(['undo', noted, '-o', u]);
    expect(code).toBe(0);
    const original = await readWorkbook(readFileSync(input));
    expect(out).toContain(`${recalc(original, 'plan.xlsx', 'x').changes.log.length} セル`);
    const back = await readWorkbook(readFileSync(u));
    expect(own(back)).toEqual([['ユーザーの履歴'], [789]]);
    expect(cellOf(back, '2-2', 'G6')).toEqual(cellOf(original, '2-2', 'G6'));
  });

  it('refuses a named pipe as its input before reading it (the read blocked for ever), exit 2, nothing written', () => {
    const pipe = join(dir, 'pipe.xlsx');
    execFileSync('mkfifo', [pipe]);
    const output = join(dir, 'from-pipe.xlsx');
    // As a process: the read of a pipe nobody writes to never ends, and the process with it.
    const r = spawnSync(process.execPath, [join(root, 'bin/saiken.js'), 'undo', pipe, '-o', output], { env: { ...process.env, SAIKEN_LANG: 'ja' }, encoding: 'utf8', timeout: 60_000 });
    expect(r.signal).toBeNull();
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `${pipe}: 通常のファイルではありません（名前付きパイプやデバイスなど）。ブックのファイルを指定してください。\n`]);
    expect(existsSync(output)).toBe(false);
  }, 120_000);

  it('names a file that is no workbook in the user\'s language, as recalc does; exit 2, nothing written', async () => {
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, 'not a workbook');
    const output = join(dir, 'from-bad.xlsx');
    const en = await cli(['undo', bad, '-o', output], { ...process.env, SAIKEN_LANG: 'en' });
    expect([en.code, en.out, en.err]).toEqual([2, '', 'bad.xlsx: not an Excel workbook (.xlsx): a text file (CSV or the like); open it in Excel and save it as .xlsx.']);
    const ja = await cli(['undo', bad, '-o', output]);
    expect([ja.code, ja.out, ja.err]).toEqual([2, '', 'bad.xlsx: Excel ブック（.xlsx）ではありません。テキスト（CSV など）のファイルです。Excel で開いて .xlsx 形式に保存し直してください。']);
    expect(existsSync(output)).toBe(false);
  });

  it('refuses to write into a sheet protected since, naming it in the user\'s language; nothing written', async () => {
    const locked = await edited(recalced, 'locked.xlsx', (book) => void book.getWorksheet('2-2')!.protect('', {}));
    const output = join(dir, 'from-locked.xlsx');
    const { code, out, err } = await cli(['undo', locked, '-o', output], { ...process.env, SAIKEN_LANG: 'en' });
    expect([code, out]).toEqual([2, '']);
    expect(err).toMatch(/^locked\.xlsx: The sheet "2-2" is protected, so it could not be written to\..* The workbook was not changed\. \(first cell to write: 2-2![A-Z]+\d+\)$/);
    expect(existsSync(output)).toBe(false);
  });
});
