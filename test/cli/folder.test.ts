/**
 * One `saiken inspect` call over a folder of about 300 varied workbooks (issue 17, "Done when"),
 * built by test/fixtures/folder/build.ts (a third re-saved by LibreOffice), run through the
 * bundled CLI as a user runs it: every workbook gets a report or one message naming it, the ones
 * given a message are exactly the ones built broken, files that are no workbook are never named,
 * the exit status is the worst of them, and the run finishes under the guard's default limits.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Report } from '../../src/core/report';
import { ReportSchema } from '../../src/core/report-schema';
import { exitCodeOf } from '../../src/core/engine';
import { worst, type ExitCode } from '../../src/cli/exit';
import { buildFolder, type Folder } from '../fixtures/folder/build';

const root = join(__dirname, '../..');
const NO_TABLES = '計画表が見つからず、検査していません。';

function inspectFolder(dir: string): Promise<{ code: number; out: string; err: string }> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [join(root, 'bin/saiken.js'), 'inspect', dir, '--json'],
      { env: { ...process.env, SAIKEN_LANG: 'ja' }, maxBuffer: 1 << 30, timeout: 600_000 },
      (_e, out, err) => done({ code: child.exitCode ?? -1, out, err }),
    );
  });
}

describe('saiken inspect over a folder of ~300 varied workbooks', () => {
  let folder: Folder;
  let run: { code: number; out: string; err: string };
  let reports: Report[];
  let messages: Map<string, string>;

  beforeAll(async () => {
    folder = await buildFolder(mkdtempSync(join(tmpdir(), 'saiken-300-')));
    run = await inspectFolder(folder.dir);
    reports = run.out.trim().split('\n').map((l) => ReportSchema.parse(JSON.parse(l)));
    // stderr: one message per unreadable file, and a note per readable file without a plan table.
    messages = new Map();
    for (const line of run.err.trim().split('\n').filter(Boolean)) {
      const at = line.indexOf(': ');
      const file = line.slice(0, at);
      if (line.slice(at + 2) === NO_TABLES) continue;
      expect(messages.has(file)).toBe(false);
      messages.set(file, line.slice(at + 2));
    }
  }, 300_000);

  afterAll(() => rmSync(folder.dir, { recursive: true, force: true }));

  it('holds the shapes it should: a few hundred workbooks, a third re-saved by LibreOffice, broken ones among them', () => {
    expect(folder.files.length).toBeGreaterThanOrEqual(280);
    expect(folder.resaved).toBeGreaterThanOrEqual(90);
    expect(folder.files.filter((f) => f.broken).length).toBeGreaterThanOrEqual(35);
    const exts = new Set(folder.files.map((f) => f.path.replace(/^.*\./, '')));
    expect([...exts].sort()).toEqual(['xlsm', 'xlsx', 'xltm', 'xltx']);
  });

  it('gives every workbook a report or one message naming it, never both, never twice', () => {
    const reported = reports.map((r) => r.file);
    expect(new Set(reported).size).toBe(reported.length);
    for (const f of reported) expect(messages.has(f)).toBe(false);
    // Each by its path within the folder given (two departments' folders may each hold a 計画.xlsx).
    const all = folder.files.map((f) => f.path).sort();
    expect([...reported, ...messages.keys()].sort()).toEqual(all);
  });

  it('the files given a message are exactly the ones built broken; files that are no workbook are never named', () => {
    const broken = folder.files.filter((f) => f.broken).map((f) => f.path);
    expect([...messages.keys()].sort()).toEqual(broken.sort());
    for (const f of folder.ignored) {
      expect(run.out).not.toContain(basename(f));
      expect(run.err).not.toContain(basename(f));
    }
    // Cut-short copies say so; the real password says so.
    for (const [f, m] of messages) if (basename(f).startsWith('cut-')) expect(m).toMatch(/途中で切れています/);
    expect([...messages].find(([f]) => basename(f) === 'encrypted-password.xlsx')?.[1]).toBe('パスワードで保護されたブックは読めません。保護を解除して保存し直してください。');
  });

  it('re-saved by LibreOffice, a workbook gives the same plan tables as its original', () => {
    const byFile = new Map(reports.map((r) => [basename(r.file), r]));
    const resaved = reports.filter((r) => basename(r.file).startsWith('lo-'));
    expect(resaved).toHaveLength(folder.resaved);
    for (const r of resaved) {
      const stem = basename(r.file).replace(/^lo-\d+-/, '').replace(/\.xlsx$/, '');
      const original = ['xlsx', 'xlsm', 'xltx', 'xltm'].map((e) => byFile.get(`${stem}.${e}`)).find(Boolean);
      expect([r.file, original ? 'found' : 'missing']).toEqual([r.file, 'found']);
      expect([r.file, r.tables.map((t) => [t.sheet, t.rows.length])]).toEqual([r.file, original!.tables.map((t) => [t.sheet, t.rows.length])]);
    }
  });

  it('exits with the worst status of all the files', () => {
    let expected: ExitCode = messages.size ? 2 : 0;
    for (const r of reports) expected = worst(expected, r.tables.length === 0 ? worst(exitCodeOf(r), 3) : exitCodeOf(r));
    expect(run.code).toBe(expected);
    expect(run.code).toBe(2);
  });
});
