/**
 * Sheet and workbook protection, in the CLI as in the add-in (src/hosts/excel/apply.ts): a command
 * that would write into a protected sheet, or add a sheet to a workbook whose structure is
 * protected, is refused before anything is written, naming the sheet, and tells the user to
 * unprotect first. A sheet that is protected but not written to stays as it was.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { cli } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'saiken-protection-'));

/** A rate table whose 増減 column (D) recalc turns into formulas; the sheet protected (Review > Protect Sheet) when asked. */
async function plan(name: string, protect: { sheet?: boolean; structure?: boolean }): Promise<string> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('収納率');
  ws.getCell('A1').value = '収納率の実績';
  ws.getRow(3).values = ['債権名', '令和元年度 決算', '令和2年度 決算', '増減'];
  ws.getRow(4).values = ['市税', 90.5, 91.2, 0.7];
  ws.getRow(5).values = ['保育料', 80.1, 82.4, 2.3];
  if (protect.sheet) await ws.protect('', {});
  const parts = unzipSync(new Uint8Array(await book.xlsx.writeBuffer()));
  // Review > Protect Workbook (structure): ExcelJS does not write it.
  if (protect.structure) parts['xl/workbook.xml'] = strToU8(strFromU8(parts['xl/workbook.xml']).replace(/(<sheets>)/, '<workbookProtection lockStructure="1"/>$1'));
  const path = join(dir, name);
  writeFileSync(path, zipSync(parts));
  return path;
}

const part = (file: string, path: string) => strFromU8(unzipSync(readFileSync(file))[path]);

describe('protected sheets and workbooks', () => {
  it('recalc refuses to write into a protected sheet, naming the sheet and the cell; nothing is written', async () => {
    const input = await plan('sheet.xlsx', { sheet: true });
    const before = readFileSync(input);
    const output = join(dir, 'sheet-out.xlsx');
    const { code, err } = await cli(['recalc', input, '-o', output]);
    expect(code).toBe(2);
    expect(err).toBe(
      'sheet.xlsx: シート「収納率」は保護されているため書き込めませんでした。［校閲］タブの［シート保護の解除］で保護を解除してから、もう一度実行してください。ブックは変更していません。（最初に書き込むセル: 収納率!D4）',
    );
    expect(existsSync(output)).toBe(false);
    expect(readFileSync(input).equals(before)).toBe(true);
    const inPlace = await cli(['recalc', input, '--in-place', '--json'], { ...process.env, SAIKEN_LANG: 'en' });
    expect(inPlace.code).toBe(2);
    expect(inPlace.err).toContain('The sheet "収納率" is protected, so it could not be written to. Unprotect it (Review > Unprotect Sheet)');
    expect(inPlace.err).toContain('(first cell to write: 収納率!D4)');
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('run, recalc and summary refuse to add sheets to a workbook whose structure is protected', async () => {
    const input = await plan('structure.xlsx', { structure: true });
    for (const command of ['run', 'recalc', 'summary']) {
      const output = join(dir, `structure-${command}.xlsx`);
      const { code, err } = await cli([command, input, '-o', output]);
      expect(code).toBe(2);
      expect(err).toBe(
        'structure.xlsx: ブックの構成が保護されているため、シートを追加・変更できませんでした。［校閲］タブの［ブックの保護］を解除してから、もう一度実行してください。ブックは変更していません。',
      );
      expect(existsSync(output)).toBe(false);
    }
  });

  it('summary adds its sheets beside a protected plan sheet it does not write to, the protection kept', async () => {
    const input = await plan('summary.xlsx', { sheet: true });
    const output = join(dir, 'summary-out.xlsx');
    const { code } = await cli(['summary', input, '-o', output]);
    expect(code).toBe(0);
    expect(part(output, 'xl/workbook.xml')).toContain('name="集計"');
    expect(part(output, 'xl/worksheets/sheet1.xml')).toMatch(/<sheetProtection[^>]*sheet="1"/);
    expect(part(output, 'xl/worksheets/sheet1.xml')).toContain('<v>0.7</v>');
  });

  it('recalc in a workbook whose structure is protected and whose change log is no longer last: done, no sheet moved', async () => {
    const first = join(dir, 'moved-first.xlsx');
    expect((await cli(['recalc', await plan('moved.xlsx', {}), '-o', first])).code).toBe(0);
    // Next year's sheet added after the log, a computed cell typed over, then Review > Protect Workbook.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(first);
    book.addWorksheet('令和7年度');
    book.getWorksheet('収納率')!.getCell('D4').value = 5;
    const parts = unzipSync(new Uint8Array(await book.xlsx.writeBuffer()));
    parts['xl/workbook.xml'] = strToU8(strFromU8(parts['xl/workbook.xml']).replace(/(<sheets>)/, '<workbookProtection lockStructure="1"/>$1'));
    const input = join(dir, 'moved-locked.xlsx');
    writeFileSync(input, zipSync(parts));
    const names = (file: string) => [...part(file, 'xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names(input)).toEqual(['収納率', 'saiken変更履歴', '令和7年度']);
    const output = join(dir, 'moved-out.xlsx');
    const { code, out } = await cli(['recalc', input, '-o', output]);
    expect(code).toBe(0);
    expect(out).toContain('値を置き換えたセル 1件');
    // Excel forbids moving a sheet of a locked structure as it forbids adding one: the log stays where it is.
    expect(names(output)).toEqual(['収納率', 'saiken変更履歴', '令和7年度']);
    expect(part(output, 'xl/workbook.xml')).toContain('<workbookProtection lockStructure="1"/>');
    expect(part(output, 'xl/worksheets/sheet1.xml')).toMatch(/<c r="D4"[^>]*><f>[^<]*C4[^<]*<\/f>/);
  });
});
