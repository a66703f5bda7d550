/**
 * A --json report streamed to stdout and stopped part way (the guard's time limit, or a throw while
 * it is written) is never taken for a whole one: the cut text is followed by a line naming the file
 * and the error, so a single file's output is no valid JSON and a batch's broken line is followed by
 * {"file":…,"error":…}. Deterministic: the report is cut half way through its first piece by a test
 * hook (SAIKEN_GUARD_SELFTEST stall/throw), as the runaway files of test/cli/guard.test.ts are made.
 */
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { ReportSchema } from '../../src/core/report-schema';

const root = join(__dirname, '../..');
const ledger = join(root, 'samples/ledger-sample.xlsx');
const tsuyama = join(root, 'samples/tsuyama-plan2.xlsx');
const env = (selftest?: string) => ({ ...process.env, SAIKEN_LANG: 'ja', SAIKEN_GUARD_SELFTEST: selftest ?? '' });

/** The CLI as on a terminal's stdout: the report streamed in raw pieces, as main.ts's own stdio does. */
async function cliStreamed(args: string[], environment: NodeJS.ProcessEnv) {
  let stdout = '';
  const err: string[] = [];
  const decoder = new TextDecoder();
  const code = await run(args, {
    out: (s) => (stdout += s + '\n'),
    write: (s) => (stdout += typeof s === 'string' ? s : decoder.decode(s, { stream: true })),
    err: (s) => err.push(s),
    env: environment,
  });
  return { code, stdout, err: err.join('\n') };
}

const timedOut = (f: string, s: number) => `${f}: ${s} 秒以内に処理が終わらなかったため中止しました（--timeout で変更できます）。`;

describe('a --json report cut part way', () => {
  it('stopped by --timeout, a single file: no valid JSON, the cut text then a line naming the file and the error', async () => {
    const whole = await cliStreamed(['inspect', ledger, '--json'], env());
    expect(whole.code).not.toBe(2);
    const full = whole.stdout.trimEnd();
    expect(ReportSchema.parse(JSON.parse(full)).file).toBe('ledger-sample.xlsx');

    const { code, stdout, err } = await cliStreamed(['inspect', ledger, '--json', '--timeout', '3'], env(`stall:${ledger}`));
    expect(err).toBe(timedOut(ledger, 3));
    expect(code).toBe(2);
    expect(() => JSON.parse(stdout)).toThrow();
    const lines = stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(JSON.parse(lines.pop()!)).toEqual({ file: ledger, error: timedOut(ledger, 3) });
    // What went out before is a real part of the report, cut short of it.
    const cut = lines.join('\n');
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.length).toBeLessThan(full.length);
    expect(full.startsWith(cut)).toBe(true);
  });

  it('stopped by --timeout in a batch: the broken line, then {"file","error"}, then the next file\'s report', async () => {
    const { code, stdout, err } = await cliStreamed(['inspect', ledger, tsuyama, '--json', '--timeout', '3'], env(`stall:${ledger}`));
    expect(err).toBe(timedOut(ledger, 3));
    expect(code).toBe(2);
    const lines = stdout.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[0]).toMatch(/^\{"/);
    expect(() => JSON.parse(lines[0])).toThrow();
    expect(JSON.parse(lines[1])).toEqual({ file: ledger, error: timedOut(ledger, 3) });
    const next = ReportSchema.parse(JSON.parse(lines[2]));
    expect([next.file, next.tables.length]).toEqual(['tsuyama-plan2.xlsx', 4]);
  });

  it('a throw while the report is written: the same broken line and {"file","error"}, the worker kept', async () => {
    const { code, stdout, err } = await cliStreamed(['inspect', ledger, tsuyama, '--json'], env(`throw:${ledger}`));
    const message = `${ledger}: このブックの処理中に予期しないエラーが起きました（selftest: report cut）。`;
    expect(err).toBe(message);
    expect(code).toBe(2);
    const lines = stdout.split('\n');
    expect(lines).toHaveLength(4);
    expect(() => JSON.parse(lines[0])).toThrow();
    expect(JSON.parse(lines[1])).toEqual({ file: ledger, error: message });
    expect(ReportSchema.parse(JSON.parse(lines[2])).file).toBe('tsuyama-plan2.xlsx');
  });

  it('a file stopped before any of its report went out leaves stdout to the other reports', async () => {
    const { stdout, err } = await cliStreamed(['inspect', ledger, tsuyama, '--json', '--timeout', '3'], env(`hang:${ledger}`));
    expect(err).toBe(timedOut(ledger, 3));
    expect(stdout.trimEnd().split('\n').map((l) => ReportSchema.parse(JSON.parse(l)).file)).toEqual(['tsuyama-plan2.xlsx']);
  });
});
