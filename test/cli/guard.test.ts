/**
 * The per-file guard: a file past its time or memory limit becomes a message naming it, and the
 * files after it are still processed. Deterministic: the runaway comes from a test hook
 * (SAIKEN_GUARD_SELFTEST) or from a limit no reader can meet, never from a file being slow.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReportSchema } from '../../src/core/report-schema';
import { writeGuardFixtures } from '../fixtures/guard/build';
import { cli } from './helpers';

const root = join(__dirname, '../..');
const ledger = join(root, 'samples/ledger-sample.xlsx');
const tsuyama = join(root, 'samples/tsuyama-plan2.xlsx');
const env = (selftest?: string) => ({ ...process.env, SAIKEN_LANG: 'ja', SAIKEN_GUARD_SELFTEST: selftest ?? '' });

describe('per-file guard', () => {
  it('stops a file that runs past --timeout, names it, and goes on with the next', async () => {
    const { code, out, err } = await cli(['inspect', ledger, tsuyama, '--json', '--timeout', '3'], env(`hang:${ledger}`));
    expect(err).toBe(`${ledger}: 3 秒以内に処理が終わらなかったため中止しました（--timeout で変更できます）。`);
    const reports = out.split('\n').map((l) => ReportSchema.parse(JSON.parse(l)));
    expect(reports.map((r) => [r.file, r.tables.length])).toEqual([['tsuyama-plan2.xlsx', 4]]);
    expect(code).toBe(2);
  });

  it('stops a file that needs more than --max-memory, names it, and goes on with the next', async () => {
    const { code, out, err } = await cli(['inspect', ledger, tsuyama, '--json', '--max-memory', '96'], env(`grow:${ledger}`));
    expect(err).toBe(`${ledger}: 処理に 96 MB を超えるメモリーが必要になったため中止しました（--max-memory で変更できます）。`);
    expect(out.split('\n').map((l) => JSON.parse(l).file)).toEqual(['tsuyama-plan2.xlsx']);
    expect(code).toBe(2);
  });

  it('takes its limits from the environment, and refuses a limit that is not a positive number', async () => {
    const viaEnv = await cli(['inspect', ledger], { ...env(`hang:${ledger}`), SAIKEN_TIMEOUT: '2' });
    expect(viaEnv.err).toBe(`${ledger}: 2 秒以内に処理が終わらなかったため中止しました（--timeout で変更できます）。`);
    const bad = await cli(['inspect', ledger, '--timeout', 'abc']);
    expect([bad.code, bad.out, bad.err]).toEqual([2, '', '--timeout の値「abc」は正の数ではありません。']);
  });

  it('refuses a named pipe before reading it (a read that never ends would outlive the guard), and the process ends', async () => {
    const pipe = join(mkdtempSync(join(tmpdir(), 'saiken-pipe-')), 'stalled.xlsx');
    execFileSync('mkfifo', [pipe]);
    // As a process: a read blocked in the OS kept it from ever exiting, after the guard's message.
    const r = spawnSync(process.execPath, [join(root, 'bin/saiken.js'), 'inspect', pipe, tsuyama, '--timeout', '2'], { env: env(), encoding: 'utf8', timeout: 60_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${pipe}: 通常のファイルではありません（名前付きパイプやデバイスなど）。ブックのファイルを指定してください。\n`);
    expect(r.stdout).toMatch(/^tsuyama-plan2\.xlsx: 計画表 4件/);
  }, 120_000);

  describe('on workbooks that made the reader run away', () => {
    const files = writeGuardFixtures(mkdtempSync(join(tmpdir(), 'saiken-guard-')));

    it('50,000 merged ranges under a 1 ms limit: a message naming the file', async () => {
      const f = files['merges-50k.xlsx'];
      const { code, out, err } = await cli(['inspect', f, '--timeout', '0.001']);
      expect([code, out, err]).toEqual([2, '', `${f}: 0.001 秒以内に処理が終わらなかったため中止しました（--timeout で変更できます）。`]);
    });

    it('a validation over A1:XFD1048576 under a 4 MB heap: a message naming the file', async () => {
      const f = files['validation-whole-sheet.xlsx'];
      const { code, err } = await cli(['inspect', f, '--max-memory', '4']);
      expect([code, err]).toEqual([2, `${f}: 処理に 4 MB を超えるメモリーが必要になったため中止しました（--max-memory で変更できます）。`]);
    });
  });
});
