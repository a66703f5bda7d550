/**
 * 取りまとめ at scale (issue 16): `saiken consolidate <dir> -o <out> --json` on 50 and on 200
 * department workbooks (the corpus of test/fixtures/consolidate, every tenth one the Tsuyama
 * sample with its four tables); wall time, peak RSS, 明細 rows, and the same for the largest
 * workbook alone, so that time per file and memory against the largest can be read.
 *
 *   npx tsx scripts/bench/consolidate.ts [files…]     (default: 50 200)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCorpus } from '../../test/fixtures/consolidate/build';

export interface ConsolidateRecord {
  bench: 'consolidate';
  workbooks: number;
  ms: number;
  msPerWorkbook: number;
  peakRssMB: number;
  rows: number;
  singleMs: number;
  singleRssMB: number;
}

const root = resolve(__dirname, '../..');
const CLI = join(root, 'bin/saiken.js');

function runCli(args: string[], preload: string, rssFile: string): Promise<{ ms: number; rssMB: number; out: string; code: number | null }> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--require', preload, CLI, ...args], { env: { ...process.env, SAIKEN_BENCH_RSS_FILE: rssFile }, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.on('close', (code) => {
      let kb = 0;
      try {
        kb = Number(readFileSync(rssFile, 'utf8'));
      } catch {
        /* the child died before writing it */
      }
      done({ ms: performance.now() - started, rssMB: Math.round((kb / 1024) * 10) / 10, out: Buffer.concat(chunks).toString(), code });
    });
  });
}

export async function benchConsolidate(counts = [50, 200]): Promise<ConsolidateRecord[]> {
  const dir = mkdtempSync(join(tmpdir(), 'saiken-bench-consolidate-'));
  try {
    const preload = join(dir, 'rss.cjs');
    writeFileSync(preload, "process.on('exit', () => require('node:fs').writeFileSync(process.env.SAIKEN_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n");
    const corpus = (await buildCorpus()).filter((s) => !s.name.startsWith('~$'));
    const sample = new Uint8Array(readFileSync(join(root, 'samples/tsuyama-plan2.xlsx')));
    const single = await runCli(['consolidate', join(root, 'samples/tsuyama-plan2.xlsx'), '-o', join(dir, 'single.xlsx'), '--json'], preload, join(dir, 'rss-single'));
    const out: ConsolidateRecord[] = [];
    for (const n of counts) {
      const books = join(dir, `books-${n}`);
      mkdirSync(books);
      for (let i = 0; i < n; i++) {
        const s = corpus[i % corpus.length];
        writeFileSync(join(books, `${String(i + 1).padStart(3, '0')}_${i % 10 === 9 ? 'tsuyama.xlsx' : s.name}`), i % 10 === 9 ? sample : s.data);
      }
      const output = join(dir, `out-${n}.xlsx`);
      const r = await runCli(['consolidate', books, '-o', output, '--json'], preload, join(dir, `rss-${n}`));
      // The round holds a file that cannot be read, as real rounds do: exit 2, the others consolidated and written.
      if (r.code === null || r.code > 2 || !existsSync(output)) throw new Error(`consolidate exited ${r.code}`);
      const rows = (JSON.parse(r.out) as { observations: unknown[] }).observations.length;
      out.push({ bench: 'consolidate', workbooks: n, ms: Math.round(r.ms), msPerWorkbook: Math.round(r.ms / n), peakRssMB: r.rssMB, rows, singleMs: Math.round(single.ms), singleRssMB: single.rssMB });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
  void benchConsolidate(counts.length ? counts : undefined).then((records) => {
    for (const r of records) console.log(JSON.stringify(r));
  });
}
