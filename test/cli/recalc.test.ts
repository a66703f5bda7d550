import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli } from './helpers';
import { ReportSchema } from '../../src/core/report-schema';
import { readWorkbook } from '../../src/hosts/file/read';

const root = join(__dirname, '../..');

describe('saiken recalc', () => {
  const dir = mkdtempSync(join(tmpdir(), 'saiken-recalc-'));
  const input = join(dir, 'plan.xlsx');
  copyFileSync(join(root, 'samples/tsuyama-plan2.xlsx'), input);

  it('writes the output and reports the replaced values', async () => {
    const output = join(dir, 'out.xlsx');
    const { code, out } = await cli(['recalc', input, '-o', output, '--json']);
    expect(code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(out));
    expect(report.changes.find((c) => c.sheet === '2-2' && c.cell === 'G6')).toEqual({ sheet: '2-2', cell: 'G6', before: '△ 628', formula: '=IF(OR(E6="",C6=""),"",E6-C6)', kind: 'text' });
    const wb = await readWorkbook(readFileSync(output));
    expect(wb.sheets.map((s) => s.name)).toEqual(['2-1', '2-2', '3-1', '3-2', 'saiken変更履歴']);
    // Again on its own output: nothing to change.
    const again = await cli(['recalc', output, '-o', join(dir, 'again.xlsx'), '--json']);
    expect(JSON.parse(again.out).changes).toEqual([]);
  });

  it('refuses to overwrite the input unless --in-place is given', async () => {
    const before = readFileSync(input);
    const refused = await cli(['recalc', input, '-o', input]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--in-place');
    expect(readFileSync(input).equals(before)).toBe(true);
    const ok = await cli(['recalc', input, '-o', input, '--in-place']);
    expect(ok.code).toBe(0);
    expect(readFileSync(input).equals(before)).toBe(false);
  });

  it('leaves no partial output file when the input cannot be read', async () => {
    const output = join(dir, 'never.xlsx');
    const { code } = await cli(['recalc', join(root, 'package.json'), '-o', output]);
    expect(code).toBe(2);
    expect(existsSync(output)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('names the sheet the changes were recorded in: the log continued in saiken変更履歴 (2) once full', async () => {
    const first = join(dir, 'first.xlsx');
    const once = await cli(['recalc', join(root, 'samples/tsuyama-plan2.xlsx'), '-o', first]);
    // The cells that showed another figure named (the first ten, each sheet at its first).
    expect(once.out).toMatch(/に書き込みました（値を置き換えたセル \d+件、うち値の違っていたセル 41件（2-1!G8、G9、G18、G29、G30、G40、H5、H8、H9、H12 ほか）。変更前の値は「saiken変更履歴」シートに記録）。$/);
    // The log's last record moved down to row 1,048,574 (a log of a million records, written
    // sparse): with a row for undo's mark and one naming the next log, it has room for no run.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(first);
    const log = book.getWorksheet('saiken変更履歴')!;
    const last = log.getRow(log.rowCount).values;
    log.spliceRows(log.rowCount, 1);
    log.getRow(1_048_574).values = last;
    // A figure typed again over a delta's formula: the run that needs logging.
    book.getWorksheet('2-2')!.getCell('G6').value = -628;
    const full = join(dir, 'full.xlsx');
    await book.xlsx.writeFile(full);
    const output = join(dir, 'continued.xlsx');
    const ja = await cli(['recalc', full, '-o', output]);
    expect([ja.code, ja.out.split('\n').pop()]).toEqual([0, `${output} に書き込みました（値を置き換えたセル 1件、うち値の違っていたセル 0件。変更前の値は「saiken変更履歴 (2)」シートに記録）。`]);
    const en = await cli(['recalc', full, '-o', output], { ...process.env, SAIKEN_LANG: 'en' });
    expect(en.out.split('\n').pop()).toBe(`${output}: written (1 cell replaced, 0 of them holding another figure; the values before are in the sheet "saiken変更履歴 (2)").`);
    const wb = await readWorkbook(readFileSync(output));
    expect(wb.sheets.map((s) => s.name).slice(-2)).toEqual(['saiken変更履歴', 'saiken変更履歴 (2)']);
    expect(wb.sheets.find((s) => s.name === 'saiken変更履歴 (2)')!.rows[8]?.slice(1, 3).map((c) => c?.value)).toEqual(['2-2', 'G6']);
  }, 120_000);

  it('run says what it replaced and where that was recorded, then the sheets it added', async () => {
    const output = join(dir, 'run.xlsx');
    const ja = await cli(['run', join(root, 'samples/tsuyama-plan2.xlsx'), '-o', output]);
    const [replaced, added] = ja.out.split('\n').slice(-2);
    expect(replaced).toMatch(new RegExp(`^${output.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} に書き込みました（値を置き換えたセル [1-9]\\d*件、うち値の違っていたセル \\d+件（[^）]+）。変更前の値は「saiken変更履歴」シートに記録）。$`));
    expect(added).toBe(`${output} に「集計」シートと「グラフ」シート（グラフ 3件）を作成しました。`);
    // The package holds the three charts it names.
    expect(new Set(readFileSync(output).toString('latin1').match(/xl\/charts\/chart\d+\.xml/g)).size).toBe(3);
    const wb = await readWorkbook(readFileSync(output));
    expect(wb.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['saiken変更履歴', '集計', 'グラフ']));
  }, 120_000);
});
