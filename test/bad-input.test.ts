/**
 * The bad-input corpus (test/fixtures/bad, see its README): every file gives either a clear
 * one-line message naming the file (exit 2, no stack trace) or a report (exit 0/1), and no command
 * ever leaves a partial output file.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { run } from '../src/cli/main';
import type { Report } from '../src/core/report';
import { ReportSchema } from '../src/core/report-schema';
import { readWorkbook } from '../src/hosts/file/read';
import { readErrorMessage } from '../src/i18n/cli';
import { CHANGE_LOG_SHEET } from '../src/core/recalc/change-log';
import { BOMB_BYTES, BUILDERS, CORPUS, FORMULA_LIKE, QUOTED_SHEET_NAMES, REFUSED_SHEET_NAMES, type BadFile } from './fixtures/bad/build';

const root = join(__dirname, '..');
const corpus = join(__dirname, 'fixtures/bad');
const fixture = (f: string) => join(corpus, f);

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const STACK = /\n\s+at .+[:(]\d+/;

/** A fresh, empty folder for a command's output. */
function outDir(): string {
  return mkdtempSync(join(tmpdir(), 'saiken-bad-'));
}

/** The clear message for a refused file: the reason's text, naming the file, on one line. */
function expectRefusal(file: string, reason: string, res: { code: number; out: string; err: string }): void {
  expect(res.code).toBe(2);
  expect(res.out).toBe('');
  expect(res.err).not.toMatch(STACK);
  expect(res.err.split('\n')).toHaveLength(1);
  const message = readErrorMessage(reason, file).ja;
  if (reason === 'unreadable') expect(res.err.startsWith(message.replace(/詳細.*$/, ''))).toBe(true);
  else if (reason === 'too-large') expect(res.err).toContain(file);
  // (What the file is, where that can be told, follows: test/cli/inspect.test.ts pins each.)
  else if (reason === 'not-a-workbook') expect(res.err.startsWith(message)).toBe(true);
  else expect(res.err).toBe(message);
}

/** Every finding names a sheet of the workbook and an A1 cell. */
function expectSound(report: Report, sheets: string[]): void {
  for (const i of report.issues) {
    expect(sheets).toContain(i.sheet);
    expect(i.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
  }
}

describe('bad-input corpus', () => {
  it('lists every file of the folder, and build.ts makes every file listed', () => {
    const onDisk = readdirSync(corpus).filter((f) => !/\.(ts|md)$/.test(f)).sort();
    expect(CORPUS.map((c) => c.file).sort()).toEqual(onDisk);
    expect(Object.keys(BUILDERS).sort()).toEqual(onDisk);
  });

  it('the committed files are what build.ts makes (the zip bomb checked by its directory)', async () => {
    for (const [name, build] of Object.entries(BUILDERS)) {
      if (name === 'zip-bomb.xlsx') continue; // 480 MiB to deflate: checked below without inflating
      const made = Buffer.from(await build());
      expect({ name, same: made.equals(readFileSync(fixture(name))) }).toEqual({ name, same: true });
    }
  });

  it('the zip bomb is one: a few hundred KB whose shared strings inflate to 480 MiB', () => {
    const data = readFileSync(fixture('zip-bomb.xlsx'));
    const sizes: Record<string, number> = {};
    unzipSync(data, { filter: (f) => ((sizes[f.name] = f.originalSize), false) });
    expect(data.length).toBeLessThan(700_000);
    expect(sizes['xl/sharedStrings.xml']).toBe(BOMB_BYTES);
  });
});

const refused = CORPUS.filter((c): c is BadFile & { expect: { exit: 2 } } => c.expect.exit === 2 && c.file !== 'zip-bomb.xlsx');
const reported = CORPUS.filter((c) => c.expect.exit !== 2);

describe.each(refused)('$file ($expect.reason)', (c) => {
  const test = it;
  const reason = c.expect.reason;

  test('inspect: exit 2 with a one-line message naming the file', async () => {
    expectRefusal(c.file, reason, await cli(['inspect', fixture(c.file), '--json']));
  });

  test.each(['recalc', 'run'])('%s: exit 2 with the message, and no output file at all', async (command) => {
    const dir = outDir();
    const res = await cli([command, fixture(c.file), '-o', join(dir, 'out.xlsx')]);
    expect(readdirSync(dir)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
    expectRefusal(c.file, reason, res);
  });
});

describe('sheet names Excel refuses', () => {
  it('the message names the sheet', async () => {
    const { err } = await cli(['inspect', fixture('sheet-names-excel-refuses.xlsx')]);
    expect(REFUSED_SHEET_NAMES.some((n) => err.includes(n))).toBe(true);
  });
});

describe.each(reported)('$file (a report)', (c) => {
  let sheets: string[] = [];
  beforeAll(async () => {
    sheets = (await readWorkbook(readFileSync(fixture(c.file)), c.file)).sheets.map((s) => s.name);
  });

  it(`inspect: exit ${c.expect.exit} with a report whose findings name existing sheets and cells`, async () => {
    const { code, out, err } = await cli(['inspect', fixture(c.file), '--json']);
    expect(err).toBe('');
    const report = ReportSchema.parse(JSON.parse(out));
    expect(report.file).toBe(c.file);
    expectSound(report, sheets);
    expect(code).toBe(c.expect.exit);
  });

  it('recalc: a complete output file (no temporary left), and recalc on it changes nothing', async () => {
    const dir = outDir();
    const out = join(dir, 'out.xlsx');
    const first = await cli(['recalc', fixture(c.file), '-o', out, '--json']);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
    const written = await readWorkbook(readFileSync(out), 'out.xlsx');
    expect(written.sheets.map((s) => s.name)).toEqual([...sheets, ...(JSON.parse(first.out).changes.length ? [CHANGE_LOG_SHEET] : [])]);
    const again = await cli(['recalc', out, '-o', join(dir, 'again.xlsx'), '--json']);
    expect(JSON.parse(again.out).changes).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('a batch of bad and good workbooks', () => {
  it('reports each readable workbook, a message for each bad one, and exits with the worst', async () => {
    const files = ['truncated.xlsx', 'encrypted.xlsx', 'formula-loop.xlsx', 'csv-renamed.xlsx', 'sheet-names-quotes.xlsx'].map(fixture);
    const { code, out, err } = await cli(['inspect', ...files, '--json']);
    expect(code).toBe(2);
    expect(out.split('\n').map((l) => ReportSchema.parse(JSON.parse(l)).file)).toEqual(['formula-loop.xlsx', 'sheet-names-quotes.xlsx']);
    expect(err.split('\n').map((l) => l.split(':')[0])).toEqual(['truncated.xlsx', 'encrypted.xlsx', 'csv-renamed.xlsx']);
    expect(err).not.toMatch(STACK);
  });
});

describe('what the reports say', () => {
  it('thousand-sheets: the ten plan tables among 1,000 sheets, each with its wrong delta', async () => {
    const report = ReportSchema.parse(JSON.parse((await cli(['inspect', fixture('thousand-sheets.xlsx'), '--json'])).out));
    expect(report.tables.map((t) => t.sheet)).toEqual(Array.from({ length: 10 }, (_, i) => `S${String((i + 1) * 100).padStart(4, '0')}`));
    expect(report.issues.filter((i) => i.code === 'delta-mismatch').map((i) => `${i.sheet}!${i.cell}`)).toHaveLength(10);
  });

  // A user formula is kept only when it refers to its own operands: G6 = G7 caches the right
  // delta but loops, so it is replaced too.
  it('formula-loop: both looping delta formulas are replaced by the deltas, their formulas logged', async () => {
    const dir = outDir();
    const { out } = await cli(['recalc', fixture('formula-loop.xlsx'), '-o', join(dir, 'out.xlsx'), '--json']);
    const changes = JSON.parse(out).changes as { cell: string; before: unknown; formula: string }[];
    rmSync(dir, { recursive: true, force: true });
    expect(changes.filter((c) => ['G6', 'G7'].includes(c.cell)).map((c) => [c.cell, c.before])).toEqual([
      ['G6', '=G7'],
      ['G7', '=G6'],
    ]);
  });

  it('formula-loop: the other loops are left alone, and the report still comes', async () => {
    const dir = outDir();
    const { code, out } = await cli(['recalc', fixture('formula-loop.xlsx'), '-o', join(dir, 'out.xlsx'), '--json']);
    const loop = (await readWorkbook(readFileSync(join(dir, 'out.xlsx')))).sheets.find((s) => s.name === '循環')!;
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(0);
    expect(JSON.parse(out).changes.map((c: { cell: string }) => c.cell)).toContain('G7');
    expect(loop.rows[0].map((c) => c?.formula)).toEqual(['B1', 'A1']);
    expect(loop.rows[1][0]?.formula).toBe('A2+1');
  });

  it('sheet-names-quotes: a table on every sheet, findings under each name as written', async () => {
    const report = ReportSchema.parse(JSON.parse((await cli(['inspect', fixture('sheet-names-quotes.xlsx'), '--json'])).out));
    expect(report.tables.map((t) => t.sheet)).toEqual([...QUOTED_SHEET_NAMES]);
    expect(report.issues.map((i) => `${i.sheet}!${i.cell}`)).toEqual(QUOTED_SHEET_NAMES.map((n) => `${n}!G7`));
  });

  it('formula-like-text: names are reported as written, and written back as text', async () => {
    const report = ReportSchema.parse(JSON.parse((await cli(['inspect', fixture('formula-like-text.xlsx'), '--json'])).out));
    const rows = report.tables[0].rows;
    expect(rows.map((r) => r.debt)).toEqual([FORMULA_LIKE.debt, FORMULA_LIKE.debt2, FORMULA_LIKE.debt3, '-']);
    expect(rows[0].department).toBe(FORMULA_LIKE.dept);
    const dir = outDir();
    await cli(['recalc', fixture('formula-like-text.xlsx'), '-o', join(dir, 'out.xlsx')]);
    const plan = (await readWorkbook(readFileSync(join(dir, 'out.xlsx')))).sheets[0];
    for (const [r, c, text] of [
      [5, 2, FORMULA_LIKE.debt],
      [5, 1, FORMULA_LIKE.dept],
      [5, 7, FORMULA_LIKE.note],
      [6, 7, FORMULA_LIKE.note2],
      [7, 2, FORMULA_LIKE.debt3],
    ] as const) {
      expect(plan.rows[r][c]).toEqual({ value: text });
    }
    rmSync(dir, { recursive: true, force: true });
  });
});

/** The CLI in a child process with a small heap, as a machine with little memory would run it. */
function cliChild(args: string[], heapMB = 384): Promise<{ code: number | null; signal: string | null; err: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [`--max-old-space-size=${heapMB}`, join(root, 'bin/saiken.js'), ...args], { timeout: 90_000, maxBuffer: 1 << 24 }, (error, _out, err) => {
      const e = error as (Error & { code?: number | string; signal?: string }) | null;
      resolve({ code: e ? (typeof e.code === 'number' ? e.code : null) : 0, signal: e?.signal ?? null, err: String(err), ms: Date.now() - started });
    });
  });
}

describe('zip-bomb.xlsx (480 MiB of shared strings)', () => {
  it('recalc under a small heap leaves no output file, whatever happens to the process', async () => {
    const dir = outDir();
    await cliChild(['recalc', fixture('zip-bomb.xlsx'), '-o', join(dir, 'out.xlsx')]);
    expect(readdirSync(dir)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it(
    'inspect under a small heap: exit 2 quickly with a message naming the file (not out of memory)',
    async () => {
      const res = await cliChild(['inspect', fixture('zip-bomb.xlsx'), '--json']);
      expect(res.err).not.toMatch(/heap out of memory|FATAL ERROR/);
      expect(res.code).toBe(2);
      expect(res.err).toContain('zip-bomb.xlsx');
      expect(res.ms).toBeLessThan(10_000);
    },
    120_000,
  );
});
