/**
 * End to end (issue: speed close to the physical floor): whole processes, as a user runs them.
 * Plan workbooks of 100k, 1M and 4M cells (1 sheet × 5,000 rows, 1 × 50,000, 4 × 50,000; 20 columns,
 * the engine bench's layout) through `saiken inspect --json`, `recalc -o`, `summary -o` and `run -o`,
 * each beside the floor measured in the same run (scripts/bench/floor.cjs: unzip with node's zlib and
 * one scan of every cell, shared string and number format). Also `saiken --help` against `node -e 0`,
 * and `inspect` of the Tsuyama sample.
 *
 * CPU seconds (user + system, every thread) and peak RSS come from process.resourceUsage(), written
 * at exit by a small preload in the child. A command past its --timeout is stopped by the CLI's own
 * per-file guard and recorded as stopped.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writePlanWorkbook } from './plan-xml';

const root = resolve(__dirname, '../..');
const CLI = join(root, 'bin/saiken.js');
const FLOOR = join(__dirname, 'floor.cjs');

export const E2E_SIZES = [
  { cells: 100_000, sheets: 1, rows: 5_000 },
  { cells: 1_000_000, sheets: 1, rows: 50_000 },
  // One sheet of 63.5 MB of XML: the largest the CLI's reader inflates in one call (WHOLE_PART_BYTES).
  { cells: 1_640_000, sheets: 1, rows: 82_000 },
  { cells: 4_000_000, sheets: 4, rows: 50_000 },
] as const;

/** `inspect-text`: inspect without --json (the text report), to tell the engine from writing the JSON report. */
export const E2E_COMMANDS = ['floor', 'inspect', 'inspect-text', 'recalc', 'summary', 'run'] as const;
export type E2eWhat = (typeof E2E_COMMANDS)[number];

export interface E2eRecord {
  bench: 'e2e';
  what: E2eWhat;
  cells: number;
  bytes: number;
  cpuS: number;
  peakRssMB: number;
  exit: number | null;
  /** How many times the command ran (its figures are their medians). */
  runs: number;
  /** Stopped by the CLI's per-file guard (time or memory), or the process died. */
  stopped?: true;
  stoppedBy?: 'time' | 'memory' | 'other';
}

export interface StartupRecord {
  bench: 'e2e-startup';
  what: 'node -e 0' | 'saiken --help' | 'saiken inspect tsuyama-plan2.xlsx';
  cpuS: number;
  peakRssMB: number;
  runs: number;
}

interface Usage {
  cpuS: number;
  rssMB: number;
  code: number | null;
  err: string;
}

function measure(dir: string, args: string[]): Promise<Usage> {
  const preload = join(dir, 'usage.cjs');
  const file = join(dir, `usage-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(
    preload,
    "process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeFileSync(process.env.SAIKEN_BENCH_USAGE, JSON.stringify({ cpu: u.userCPUTime + u.systemCPUTime, rss: u.maxRSS })); });\n",
  );
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--require', preload, ...args], { env: { ...process.env, SAIKEN_BENCH_USAGE: file, SAIKEN_LANG: 'en' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => {
      try {
        const u = JSON.parse(readFileSync(file, 'utf8')) as { cpu: number; rss: number };
        rmSync(file, { force: true });
        done({ cpuS: u.cpu / 1e6, rssMB: u.rss / 1024, code, err });
      } catch {
        done({ cpuS: NaN, rssMB: NaN, code, err });
      }
    });
  });
}

/** Exit 0/1 is a finished command (1: the generated plans carry wrong deltas on purpose). */
const stoppedRun = (u: Usage) => !(u.code === 0 || u.code === 1) || Number.isNaN(u.cpuS);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const r2 = (x: number) => Math.round(x * 100) / 100;

export async function benchStartup(runs = 5): Promise<StartupRecord[]> {
  // The bundled build must be current before the first measured call (a rebuild is not a start-up).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(join(root, 'bin/build.js')).ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'saiken-bench-startup-'));
  try {
    const out: StartupRecord[] = [];
    const cases: [StartupRecord['what'], string[], number][] = [
      ['node -e 0', ['-e', '0'], runs],
      ['saiken --help', [CLI, '--help'], runs],
      ['saiken inspect tsuyama-plan2.xlsx', [CLI, 'inspect', join(root, 'samples/tsuyama-plan2.xlsx')], 3],
    ];
    for (const [what, args, n] of cases) {
      const us: Usage[] = [];
      for (let i = 0; i < n; i++) us.push(await measure(dir, args));
      out.push({ bench: 'e2e-startup', what, cpuS: r2(median(us.map((u) => u.cpuS))), peakRssMB: Math.round(median(us.map((u) => u.rssMB))), runs: n });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Each size's commands are run `runs` times (default: 3 up to a million cells, once beyond), in
 * rounds — the floor, then each command, then the floor again — and each figure is the median of
 * its runs: the ratios compare processes that ran side by side, and one slow run on a shared
 * machine does not decide a verdict (at 1M, recalc ÷ inspect read 1.18 and 1.49 in two single runs).
 */
export async function benchE2e(opts: { maxCells?: number; timeoutS?: number; commands?: readonly E2eWhat[]; runs?: number; log?: (s: string) => void } = {}): Promise<E2eRecord[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(join(root, 'bin/build.js')).ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'saiken-bench-e2e-'));
  const timeout = String(opts.timeoutS ?? 300);
  const out: E2eRecord[] = [];
  try {
    for (const size of E2E_SIZES.filter((s) => s.cells <= (opts.maxCells ?? Infinity))) {
      const book = join(dir, `plan-${size.cells}.xlsx`);
      await writePlanWorkbook(book, size.sheets, size.rows);
      const bytes = statSync(book).size;
      const runs = opts.runs ?? (size.cells <= 1_000_000 ? 3 : 1);
      const whats = E2E_COMMANDS.filter((c) => c === 'floor' || (opts.commands ?? E2E_COMMANDS).includes(c));
      const usages = new Map<E2eWhat, Usage[]>(whats.map((w) => [w, []]));
      for (let round = 1; round <= runs; round++) {
        for (const what of whats) {
          // A command stopped once (by time or memory) is not run again: it would be stopped again.
          if (usages.get(what)!.some(stoppedRun)) continue;
          opts.log?.(`  e2e: ${what} at ${size.cells.toLocaleString('en-US')} cells${runs > 1 ? ` (${round}/${runs})` : ''}…`);
          const output = join(dir, `out-${what}.xlsx`);
          const args =
            what === 'floor'
              ? [FLOOR, book]
              : what === 'inspect'
                ? [CLI, 'inspect', book, '--json', '--timeout', timeout]
                : what === 'inspect-text'
                  ? [CLI, 'inspect', book, '--timeout', timeout]
                  : [CLI, what, book, '-o', output, '--timeout', timeout];
          usages.get(what)!.push(await measure(dir, args));
          rmSync(output, { force: true });
        }
      }
      for (const what of whats) {
        const us = usages.get(what)!;
        const u = us.find(stoppedRun);
        if (u) {
          out.push({ bench: 'e2e', what, cells: size.cells, bytes, cpuS: r2(u.cpuS), peakRssMB: Math.round(u.rssMB), exit: u.code, runs: us.length, stopped: true, stoppedBy: /memory/.test(u.err) ? 'memory' : /not finished within/.test(u.err) ? 'time' : 'other' });
        } else {
          out.push({ bench: 'e2e', what, cells: size.cells, bytes, cpuS: r2(median(us.map((x) => x.cpuS))), peakRssMB: Math.round(median(us.map((x) => x.rssMB))), exit: us[0].code, runs: us.length });
        }
      }
      rmSync(book, { force: true });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Verdict {
  budget: string;
  actual: number;
  limit: number;
  pass: boolean;
}

/** The issue's targets: inspect ≤ 2 × floor CPU, recalc ≤ 1.3 × inspect, per cell ≤ 1.2 × from the smallest to the largest, every command's peak RSS ≤ 2 × floor. */
export function e2eVerdicts(rs: E2eRecord[], startup: StartupRecord[]): Verdict[] {
  const out: Verdict[] = [];
  const v = (budget: string, actual: number, limit: number) => out.push({ budget, actual: r2(actual), limit, pass: Number.isFinite(actual) && actual <= limit });
  const at = (what: E2eWhat, cells: number) => rs.find((r) => r.what === what && r.cells === cells);
  const cellsRun = [...new Set(rs.map((r) => r.cells))].sort((a, b) => a - b);
  const k = (c: number) => `${c / 1000 >= 1000 ? `${c / 1e6}M` : `${c / 1000}k`}`;
  for (const cells of cellsRun) {
    const floor = at('floor', cells)!;
    const inspect = at('inspect', cells);
    const recalc = at('recalc', cells);
    if (inspect) v(`inspect CPU ≤ 2 × floor at ${k(cells)} cells`, inspect.stopped ? Infinity : inspect.cpuS / floor.cpuS, 2);
    if (inspect && recalc) v(`recalc CPU ≤ 1.3 × inspect at ${k(cells)} cells`, recalc.stopped || inspect.stopped ? Infinity : recalc.cpuS / inspect.cpuS, 1.3);
    // The issue bounds the memory of all four commands ("linear to 4 million cells … with memory bounded … peak RSS ≤ 2 × the floor's").
    for (const what of ['inspect', 'recalc', 'summary', 'run'] as const) {
      const r = at(what, cells);
      if (r) v(`${what} peak RSS ≤ 2 × floor at ${k(cells)} cells`, r.stopped ? Infinity : r.peakRssMB / floor.peakRssMB, 2);
    }
  }
  if (cellsRun.length > 1) {
    const [lo, hi] = [cellsRun[0], cellsRun[cellsRun.length - 1]];
    for (const what of ['inspect', 'recalc', 'summary', 'run'] as const) {
      const a = at(what, lo);
      const b = at(what, hi);
      if (!a || !b) continue;
      v(`${what} CPU per cell at ${k(hi)} ≤ 1.2 × at ${k(lo)}`, a.stopped || b.stopped ? Infinity : b.cpuS / b.cells / (a.cpuS / a.cells), 1.2);
    }
  }
  const node = startup.find((s) => s.what === 'node -e 0');
  const help = startup.find((s) => s.what === 'saiken --help');
  const sample = startup.find((s) => s.what === 'saiken inspect tsuyama-plan2.xlsx');
  if (node && help) v('saiken --help CPU ≤ 3 × node -e 0', help.cpuS / node.cpuS, 3);
  if (sample) v('inspect of the Tsuyama sample ≤ 0.8 CPU s', sample.cpuS, 0.8);
  return out;
}
