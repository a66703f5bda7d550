import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { run } from '../../src/cli/main';
import { cli } from './helpers';
import { ReportSchema } from '../../src/core/report-schema';
import { SCHEMA_PATH, schemaText } from '../../scripts/export-schema';
import { writePlanWorkbook } from '../../scripts/bench/plan-xml';

const root = join(__dirname, '../..');
const sample = (f: string) => join(root, 'samples', f);

describe('saiken inspect', () => {
  it('prints the report contract with --json', async () => {
    const { code, out, err } = await cli(['inspect', sample('tsuyama-plan2.xlsx'), '--json']);
    expect(err).toBe('');
    const report = ReportSchema.parse(JSON.parse(out));
    expect(report.file).toBe('tsuyama-plan2.xlsx');
    expect(report.tables.map((t) => t.sheet)).toEqual(['2-1', '2-2', '3-1', '3-2']);
    const t21 = report.tables[0];
    expect(t21.columns.find((c) => c.column === 'G')).toMatchObject({ role: 'delta', minuend: '③', subtrahend: '①', fiscalYear: null });
    expect(t21.rows.find((r) => r.row === 6)).toEqual({
      row: 6,
      department: '人権啓発課',
      debt: '生活改善資金貸付金',
      division: null,
      classification: null,
      total: false,
      values: { C: 73.6, D: 98.8, E: 1.5, F: 99.2, G: -72.1, H: -97.3, I: -97.7 },
    });
    expect(report.issues.filter((i) => i.code === 'era-year-mismatch').map((i) => [i.sheet, i.cell, i.severity])).toEqual([
      ['2-1', 'C4', 'warning'],
      ['2-2', 'C4', 'warning'],
    ]);
    expect(code).toBe(0);
  });

  it('prints a Japanese summary grouped by sheet without --json', async () => {
    const { code, out } = await cli(['inspect', sample('hatsukaichi-plan3.xlsx')]);
    expect(code).toBe(0);
    expect(out).toContain('計画表 3件');
    expect(out).toContain('■ 7 収納率');
    expect(out).toContain('表 A40:G55');
  });

  it('exits 2 with a one-line message for a file that is not a workbook', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'saiken-'));
    const bad = join(dir, 'renamed.xlsx');
    writeFileSync(bad, '債権名,収納率\n市税,96.2\n');
    const { code, out, err } = await cli(['inspect', bad, '--json']);
    expect([code, out]).toEqual([2, '']);
    // Text whatever its name: said so (it had said only that it is not an Excel workbook).
    expect(err).toBe('renamed.xlsx: Excel ブック（.xlsx）ではありません。テキスト（CSV など）のファイルです。Excel で開いて .xlsx 形式に保存し直してください。');
  });

  it('a file that is no workbook says what it is where that can be told: empty, an .ods, a CSV, Excel’s lock file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'saiken-'));
    const { zipSync, strToU8 } = await import('fflate');
    const files: [string, Uint8Array | string, string][] = [
      ['empty.xlsx', '', 'ファイルが空です（0 バイト）。保存し直したブックを指定してください。'],
      ['環境課_計画.ods', zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<office:document-content/>') }), 'OpenDocument 形式（.ods）のファイルです。Excel か LibreOffice で .xlsx 形式に保存し直してください。'],
      ['計画.csv', '債権名,収納率\n市税,96.2\n', 'テキスト（CSV など）のファイルです。Excel で開いて .xlsx 形式に保存し直してください。'],
      ['~$計画.xlsx', new Uint8Array([5, 0x61, 0x64, 0x6d, 0x69, 0x6e, 0, 0]), 'Excel がブックを開いている間に作る一時ファイル（~$ で始まる名前）です。元のブックを指定してください。'],
    ];
    for (const [name, bytes, what] of files) {
      writeFileSync(join(dir, name), bytes);
      const { code, out, err } = await cli(['inspect', join(dir, name)]);
      // (Each had said only that it is not an Excel workbook.)
      expect([code, out, err]).toEqual([2, '', `${name}: Excel ブック（.xlsx）ではありません。${what}`]);
    }
  });

  it('exits 2 for a missing file', async () => {
    const { code, err } = await cli(['inspect', join(root, 'nope.xlsx')]);
    expect(code).toBe(2);
    expect(err).toContain('ファイルが見つかりません');
  });

  it('runs as a process through bin/saiken.js, with no stack trace on bad input', async () => {
    const exec = promisify(execFile);
    // A large report through a pipe arrives whole (the process must not exit before stdout drains).
    const ok = await exec('node', [join(root, 'bin/saiken.js'), 'inspect', sample('tsuyama-plan2.xlsx'), '--json'], { maxBuffer: 1 << 26 });
    expect(JSON.parse(ok.stdout).tables).toHaveLength(4);
    const bad = await exec('node', [join(root, 'bin/saiken.js'), 'inspect', join(root, 'package.json')]).catch((e) => e);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).not.toMatch(/at .*\.ts:\d+/);
  }, 30000);
});

describe('docs/report.schema.json', () => {
  it('is the JSON Schema exported from the zod report schema (run npm run schema)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(schemaText());
  });
});

describe('saiken inspect on several workbooks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'saiken-batch-'));
  for (const f of ['tsuyama-plan2.xlsx', 'hatsukaichi-plan3.xlsx', 'ledger-sample.xlsx']) writeFileSync(join(dir, f), readFileSync(sample(f)));
  writeFileSync(join(dir, 'broken.xlsx'), 'not a workbook');

  it('prints one JSON report per line, reports and skips the bad workbook, exits with the worst code', async () => {
    const { code, out, err } = await cli(['inspect', dir, '--json']);
    const reports = out.split('\n').map((l) => ReportSchema.parse(JSON.parse(l)));
    expect(reports.map((r) => [r.file, r.tables.length])).toEqual([
      ['hatsukaichi-plan3.xlsx', 3],
      ['ledger-sample.xlsx', 1],
      ['tsuyama-plan2.xlsx', 4],
    ]);
    expect(err).toBe('broken.xlsx: Excel ブック（.xlsx）ではありません。テキスト（CSV など）のファイルです。Excel で開いて .xlsx 形式に保存し直してください。');
    expect(code).toBe(2);
  });

  it('shows progress on a terminal, not with --json', async () => {
    const steps: string[] = [];
    const io = { out: () => undefined, err: () => undefined, progress: (d: number, t: number) => steps.push(`${d}/${t}`) };
    expect(await run(['inspect', sample('ledger-sample.xlsx'), sample('hatsukaichi-plan3.xlsx')], io)).toBe(0);
    expect(steps).toEqual(['0/2', '1/2', '2/2']);
    steps.length = 0;
    await run(['inspect', sample('ledger-sample.xlsx'), sample('hatsukaichi-plan3.xlsx'), '--json'], io);
    expect(steps).toEqual([]);
  });
});

describe('saiken inspect --json written in pieces', () => {
  it('streams the report through io.write, the same value as the report it prints whole, one line a report in a batch', async () => {
    const whole = await cli(['inspect', sample('tsuyama-plan2.xlsx'), '--json']);
    const pieces: string[] = [];
    const out: string[] = [];
    const code = await run(['inspect', sample('tsuyama-plan2.xlsx'), '--json'], { out: (s) => out.push(s), write: (s) => pieces.push(typeof s === 'string' ? s : Buffer.from(s).toString('utf8')), err: () => undefined });
    expect(code).toBe(whole.code);
    expect(out).toEqual([]);
    expect(pieces.at(-1)).toBe('\n');
    expect(pieces.join('')).toBe(`${whole.out}\n`);
    const report = JSON.parse(pieces.join(''));
    expect(report.tables.flatMap((t: { observations: { cell: string }[] }) => t.observations).length).toBeGreaterThan(100);

    pieces.length = 0;
    await run(['inspect', sample('ledger-sample.xlsx'), sample('tsuyama-plan2.xlsx'), '--json'], { out: (s) => out.push(s), write: (s) => pieces.push(typeof s === 'string' ? s : Buffer.from(s).toString('utf8')), err: () => undefined });
    const lines = pieces.join('').split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((l) => JSON.parse(l).file)).toEqual(['ledger-sample.xlsx', 'tsuyama-plan2.xlsx']);
  });
});

describe('saiken inspect --json, the buffers of pieces written out', () => {
  // A report of some 25 MB: two dozen pieces of a megabyte.
  const dir = mkdtempSync(join(tmpdir(), 'saiken-pieces-'));
  const plan = join(dir, 'plan.xlsx');
  beforeAll(() => writePlanWorkbook(plan, 1, 5_000), 60_000);

  it('the same report whether the writer hands each piece back once copied (to be filled again) or keeps it', async () => {
    const copied: Buffer[] = [];
    let handedBack = 0;
    const copying = await run(['inspect', plan, '--json'], {
      out: () => undefined,
      err: () => undefined,
      write: (s, written) => {
        copied.push(Buffer.from(s));
        if (written) {
          handedBack++;
          written();
        }
      },
    });
    const kept: Uint8Array[] = [];
    const keeping = await run(['inspect', plan, '--json'], { out: () => undefined, err: () => undefined, write: (s) => kept.push(typeof s === 'string' ? Buffer.from(s) : s) });
    expect(keeping).toBe(copying);
    expect(handedBack).toBeGreaterThan(10);
    // Pieces kept by a writer that never said it was done with them are never taken back (nor emptied).
    const text = Buffer.concat(kept.map((b) => Buffer.from(b))).toString('utf8');
    expect(Buffer.concat(copied).toString('utf8')).toBe(text);
    const report = JSON.parse(text);
    expect(report.tables[0].observations.length).toBeGreaterThan(50_000);
    expect(report.tables[0].observations.at(-1).cell).toMatch(/^[A-Z]+\d{4}$/);
  }, 60_000);
});
