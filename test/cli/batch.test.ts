/**
 * One bad file never stops a batch or a folder: every file gets a report or a message naming it,
 * and the exit status is the worst of them.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReportSchema } from '../../src/core/report-schema';
import { expandInputs, SUBMISSION_EXTENSIONS } from '../../src/cli/inputs';
import { worst } from '../../src/cli/exit';
import { dateTextResult } from '../fixtures/guard/build';
import { cli } from './helpers';

const sample = (f: string) => join(__dirname, '../../samples', f);

describe('folder expansion', () => {
  const dir = mkdtempSync(join(tmpdir(), 'saiken-folder-'));
  for (const f of ['a.xlsx', 'b.xlsm', 'c.xltx', 'd.XLTM', 'sub/e.xlsx']) {
    mkdirSync(join(dir, 'sub'), { recursive: true });
    copyFileSync(sample('ledger-sample.xlsx'), join(dir, f));
  }
  // Excel's owner file while a.xlsx is open: 165 bytes, the user's name, not a workbook.
  writeFileSync(join(dir, '~$a.xlsx'), Buffer.alloc(165, 0x20));
  // LibreOffice's lock file while a.xlsx is open: its name ends in "#".
  writeFileSync(join(dir, '.~lock.a.xlsx#'), 'user,host');
  writeFileSync(join(dir, 'notes.txt'), 'memo');
  writeFileSync(join(dir, 'old.xls'), 'legacy');

  it('takes .xlsx .xlsm .xltx .xltm (any case), recursively and sorted, and skips owner files', async () => {
    expect((await expandInputs([dir])).map((i) => i.file.slice(dir.length + 1))).toEqual(['a.xlsx', 'b.xlsm', 'c.xltx', 'd.XLTM', join('sub', 'e.xlsx')]);
  });

  it("consolidate's submissions: every workbook, and the old .xls to be said unreadable, the same way (owner and lock files skipped)", async () => {
    expect((await expandInputs([dir], SUBMISSION_EXTENSIONS)).map((i) => i.file.slice(dir.length + 1))).toEqual(['a.xlsx', 'b.xlsm', 'c.xltx', 'd.XLTM', 'old.xls', join('sub', 'e.xlsx')]);
  });

  it('reports every workbook of the folder', async () => {
    const { code, out, err } = await cli(['inspect', dir, '--json']);
    expect(err).toBe('');
    expect(out.split('\n').map((l) => ReportSchema.parse(JSON.parse(l)).file)).toEqual(['a.xlsx', 'b.xlsm', 'c.xltx', 'd.XLTM', join('sub', 'e.xlsx')]);
    expect(code).toBe(0);
  });

  it('says so for a folder with no workbook in it', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'saiken-empty-'));
    const { code, err } = await cli(['inspect', empty, sample('ledger-sample.xlsx'), '--json']);
    expect(err).toBe(`${empty}: フォルダーに Excel ブック（.xlsx, .xlsm, .xltx, .xltm）がありません。`);
    expect(code).toBe(2);
  });
});

describe('a batch with bad files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'saiken-badbatch-'));
  copyFileSync(sample('tsuyama-plan2.xlsx'), join(dir, '1-tsuyama.xlsx'));
  // A workbook a reader has thrown on outside its own errors (a date-formatted formula with a text result).
  writeFileSync(join(dir, '2-date-text.xlsx'), dateTextResult());
  writeFileSync(join(dir, '3-broken.xlsx'), 'not a workbook');
  // A folder named like a workbook: reading it fails with EISDIR.
  mkdirSync(join(dir, '4-folder.xlsx'));
  copyFileSync(sample('hatsukaichi-plan3.xlsx'), join(dir, '5-hatsukaichi.xlsx'));

  it('gives every file a report or one message naming it, in order, and exits with the worst', async () => {
    const { code, out, err } = await cli(['inspect', dir, '--json']);
    const reported = out.split('\n').map((l) => ReportSchema.parse(JSON.parse(l)).file);
    const messages = err.split('\n');
    expect(reported).toEqual(expect.arrayContaining(['1-tsuyama.xlsx', '5-hatsukaichi.xlsx']));
    expect(messages).toEqual(expect.arrayContaining(['3-broken.xlsx: Excel ブック（.xlsx）ではありません。テキスト（CSV など）のファイルです。Excel で開いて .xlsx 形式に保存し直してください。', `${join(dir, '4-folder.xlsx')}: フォルダーです。ブックのファイルを指定してください。`]));
    // The date-text workbook (issue 17.1) reads with the direct reader: its report, and the notice that it holds no plan table.
    expect(reported).toContain('2-date-text.xlsx');
    expect(messages.filter((m) => m.includes('2-date-text.xlsx'))).toEqual(['2-date-text.xlsx: 計画表が見つからず、検査していません。']);
    expect(reported.length + messages.length).toBe(6);
    expect(code).toBe(2);
  });
});

describe('the worst exit status', () => {
  it('orders 2 > 1 > 3 > 0', () => {
    expect([worst(0, 3), worst(3, 1), worst(1, 2), worst(2, 0), worst(3, 0), worst(1, 3)]).toEqual([3, 1, 2, 2, 3, 1]);
  });
});
