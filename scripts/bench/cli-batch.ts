/**
 * The CLI on a batch (product.md §10): 50 generated plan workbooks (100 to 500 rows × 20 columns)
 * in one `node bin/saiken.js inspect <dir> --json` call; wall time and the process's peak RSS.
 * Memory must stay bounded by the largest workbook: the same is measured for the largest
 * workbook alone. Where the CLI cannot take a folder, 50 sequential calls are measured instead
 * (and the record says so: "sequential": true).
 *
 * Peak RSS comes from process.resourceUsage().maxRSS, written by a small preload in the child.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { planWorkbookBytes } from './engine';

export interface CliBatchRecord {
  bench: 'cli-batch';
  workbooks: number;
  ms: number;
  peakRssMB: number;
  /** The largest workbook inspected alone. */
  singleMs: number;
  singleRssMB: number;
  sequential?: true;
}

const root = resolve(__dirname, '../..');
const CLI = join(root, 'bin/saiken.js');
export const WORKBOOKS = 50;

interface ChildRun {
  code: number | null;
  ms: number;
  rssMB: number;
  lines: number;
  err: string;
}

function runCli(args: string[], preload: string, rssFile: string): Promise<ChildRun> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--require', preload, CLI, ...args], { env: { ...process.env, SAIKEN_BENCH_RSS_FILE: rssFile }, stdio: ['ignore', 'pipe', 'pipe'] });
    let lines = 0;
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      for (const b of d) if (b === 10) lines++;
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => {
      let kb = 0;
      try {
        kb = Number(readFileSync(rssFile, 'utf8'));
      } catch {
        /* the child died before writing it */
      }
      done({ code, ms: performance.now() - started, rssMB: Math.round((kb / 1024) * 10) / 10, lines, err });
    });
  });
}

export async function benchCliBatch(workbooks = WORKBOOKS): Promise<CliBatchRecord> {
  const dir = mkdtempSync(join(tmpdir(), 'saiken-bench-batch-'));
  try {
    const books = join(dir, 'books');
    const preload = join(dir, 'rss.cjs');
    writeFileSync(preload, "process.on('exit', () => require('node:fs').writeFileSync(process.env.SAIKEN_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n");
    require('node:fs').mkdirSync(books);
    const sizes = Array.from({ length: workbooks }, (_, i) => 100 + (i % 5) * 100);
    const bytesBySize = new Map<number, Uint8Array>();
    for (const rows of new Set(sizes)) bytesBySize.set(rows, await planWorkbookBytes(1, rows));
    const files = sizes.map((rows, i) => {
      const f = join(books, `plan-${String(i + 1).padStart(2, '0')}-${rows}.xlsx`);
      writeFileSync(f, bytesBySize.get(rows)!);
      return f;
    });
    const largest = files[sizes.indexOf(Math.max(...sizes))];
    const single = await runCli(['inspect', largest, '--json'], preload, join(dir, 'rss-single'));
    const batch = await runCli(['inspect', books, '--json'], preload, join(dir, 'rss-batch'));
    const base = { bench: 'cli-batch' as const, workbooks, singleMs: Math.round(single.ms), singleRssMB: single.rssMB };
    if (batch.code !== 2 && batch.lines >= workbooks) return { ...base, ms: Math.round(batch.ms), peakRssMB: batch.rssMB };
    // No folder batches: one call per workbook.
    let ms = 0;
    let peak = 0;
    for (const [i, f] of files.entries()) {
      const r = await runCli(['inspect', f, '--json'], preload, join(dir, `rss-${i}`));
      ms += r.ms;
      peak = Math.max(peak, r.rssMB);
    }
    return { ...base, ms: Math.round(ms), peakRssMB: peak, sequential: true };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Memory bounded by the largest workbook: the batch's peak RSS within twice that of the largest
 * workbook alone (V8 lets its heap grow lazily over a long run: about 1.5× over 50 to 100
 * workbooks, not growing with their number).
 */
export function cliBatchVerdicts(r: CliBatchRecord): { budget: string; actual: number; limit: number; pass: boolean }[] {
  const ratio = r.peakRssMB / r.singleRssMB;
  return [{ budget: 'batch peak RSS ≤ 2 × largest workbook alone', actual: Math.round(ratio * 100) / 100, limit: 2, pass: ratio <= 2 }];
}
