/**
 * saiken consolidate and the departments expected to submit: from --departments, from the settings
 * of --settings-from <book>, else from the settings of the existing output (which stores the list
 * it was made with), each shown as 未提出 in 提出状況, the text report and the JSON.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { readWorkbook } from '../../src/hosts/file/read';
import { readWorkbookData } from '../../src/core/workbook-data';
import type { ConsolidationJson } from '../../src/core/consolidate';
import type { Workbook } from '../../src/core/workbook';
import { buildCorpus, writeCorpus } from '../fixtures/consolidate/build';

let dir: string;
let round: string;

function io() {
  const lines: string[] = [];
  const errs: string[] = [];
  return { lines, errs, io: { out: (s: string) => lines.push(s), err: (s: string) => errs.push(s) } };
}

/** 提出状況's 未提出 rows: the department (column C) of each row whose status (column G) is 未提出. */
function missingRows(wb: Workbook): string[] {
  const status = wb.sheets.find((s) => s.name === '提出状況')!;
  return status.rows.filter((row) => row?.[6]?.value === '未提出').map((row) => String(row[2]?.value));
}

/** A workbook whose settings (stored as the pane stores them) list the expected departments. */
async function settingsBook(path: string, departments: string[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('計画').getCell('A1').value = '債権管理計画';
  const data = wb.addWorksheet('_saiken', { state: 'veryHidden' });
  data.getCell('A1').value = 'saiken settings';
  data.getCell('A2').value = JSON.stringify({ version: 1, settings: { blankAsZero: true, expectedDepartments: departments } });
  await wb.xlsx.writeFile(path);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'saiken-consolidate-depts-'));
  round = join(dir, 'round');
  // Three submissions: 子ども保育課, こども保育課 (the same department), 生活福祉課.
  writeCorpus(round, (await buildCorpus()).filter((s) => /^(04|05|08)_/.test(s.name)));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--departments', () => {
  it('lists the expected departments no file names as 未提出, and the output keeps the list in its settings', async () => {
    const list = join(dir, '部署一覧.txt');
    writeFileSync(list, '\uFEFF税務課\r\nこども保育課\r\n\r\n  環境生活課  \r\n生活福祉課\r\n税務課\r\n');
    const out = join(dir, 'a.xlsx');
    const t = io();
    expect(await run(['consolidate', round, '-o', out, '--departments', list], t.io)).toBe(0);
    expect(t.lines.join('\n')).toMatch(/^未提出\t税務課$/m);
    expect(t.lines.join('\n')).toMatch(/^未提出\t環境生活課$/m);
    const wb = await readWorkbook(new Uint8Array(readFileSync(out)), 'a.xlsx');
    expect(missingRows(wb)).toEqual(['税務課', '環境生活課']);
    expect(readWorkbookData(wb).settings.expectedDepartments).toEqual(['税務課', 'こども保育課', '環境生活課', '生活福祉課']);
    expect(wb.sheets.find((s) => s.name === '_saiken')?.hidden).toBeTruthy();

    // The next round against the same output needs no option: the list comes from its settings.
    const again = io();
    expect(await run(['consolidate', round, '-o', out, '--json'], again.io)).toBe(0);
    const json = JSON.parse(again.lines.join('\n')) as ConsolidationJson;
    expect(json.missing).toEqual(['税務課', '環境生活課']);
    expect(missingRows(await readWorkbook(new Uint8Array(readFileSync(out)), 'a.xlsx'))).toEqual(['税務課', '環境生活課']);
  }, 60_000);

  it('a list file that cannot be read: exit 2 with its name, nothing written', async () => {
    const out = join(dir, 'none.xlsx');
    const t = io();
    expect(await run(['consolidate', round, '-o', out, '--departments', join(dir, 'no-such.txt')], t.io)).toBe(2);
    expect(t.errs.join('\n')).toContain('--departments: ');
    expect(t.errs.join('\n')).toContain('no-such.txt');
    expect(existsSync(out)).toBe(false);
  });
});

describe('--settings-from', () => {
  it('reads the list from the book\'s settings (its other settings kept in the output)', async () => {
    const book = join(dir, '設定.xlsx');
    await settingsBook(book, ['上下水道課', '生活福祉課']);
    const out = join(dir, 'b.xlsx');
    const t = io();
    expect(await run(['consolidate', round, '-o', out, '--settings-from', book, '--json'], t.io)).toBe(0);
    expect((JSON.parse(t.lines.join('\n')) as ConsolidationJson).missing).toEqual(['上下水道課']);
    const wb = await readWorkbook(new Uint8Array(readFileSync(out)), 'b.xlsx');
    expect(missingRows(wb)).toEqual(['上下水道課']);
    expect(readWorkbookData(wb).settings).toMatchObject({ blankAsZero: true, expectedDepartments: ['上下水道課', '生活福祉課'] });
  });

  it('--departments comes first', async () => {
    const book = join(dir, '設定2.xlsx');
    await settingsBook(book, ['上下水道課']);
    const list = join(dir, '一覧2.txt');
    writeFileSync(list, '人権啓発課\n');
    const t = io();
    expect(await run(['consolidate', round, '-o', join(dir, 'c.xlsx'), '--settings-from', book, '--departments', list, '--json'], t.io)).toBe(0);
    expect((JSON.parse(t.lines.join('\n')) as ConsolidationJson).missing).toEqual(['人権啓発課']);
  });

  it('a book that cannot be read: exit 2 naming it, nothing written', async () => {
    const bad = join(dir, '壊れた設定.xlsx');
    writeFileSync(bad, 'not a workbook');
    const out = join(dir, 'd.xlsx');
    const t = io();
    expect(await run(['consolidate', round, '-o', out, '--settings-from', bad], t.io)).toBe(2);
    expect(t.errs.join('\n')).toContain('--settings-from: ');
    expect(t.errs.join('\n')).toContain('壊れた設定.xlsx');
    expect(existsSync(out)).toBe(false);
  });
});

describe('no list anywhere', () => {
  it('shows no 未提出 and stores no settings', async () => {
    const out = join(dir, 'e.xlsx');
    const t = io();
    expect(await run(['consolidate', round, '-o', out, '--json'], t.io)).toBe(0);
    expect((JSON.parse(t.lines.join('\n')) as ConsolidationJson).missing).toEqual([]);
    const wb = await readWorkbook(new Uint8Array(readFileSync(out)), 'e.xlsx');
    expect(missingRows(wb)).toEqual([]);
    expect(wb.sheets.map((s) => s.name)).toEqual(['提出状況', '明細', '全庁集計', '指摘一覧']);
  });

  it('an existing output that cannot be read is said on stderr and replaced', async () => {
    const out = join(dir, 'f.xlsx');
    writeFileSync(out, 'old junk');
    const t = io();
    expect(await run(['consolidate', round, '-o', out], t.io)).toBe(0);
    expect(t.errs.join('\n')).toContain('警告: 出力先');
    expect((await readWorkbook(new Uint8Array(readFileSync(out)), 'f.xlsx')).sheets[0].name).toBe('提出状況');
  });
});

describe('--help', () => {
  it('says where the expected departments come from, with an example', async () => {
    const t = io();
    expect(await run(['consolidate', '--help'], t.io)).toBe(0);
    const help = t.lines.join('\n');
    expect(help).toContain('--settings-from <book.xlsx>');
    expect(help).toContain('saiken consolidate 提出/ -o 取りまとめ.xlsx --departments 部署一覧.txt');
  });
});
