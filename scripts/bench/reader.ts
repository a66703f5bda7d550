/**
 * The direct .xlsx reader against the ExcelJS-based one it replaced (kept in
 * test/hosts/read-exceljs.ts): CPU time and peak memory of reading the 400k-cell bench workbook
 * (20 sheets × 1,000 rows × 20 columns, scripts/bench/engine.ts) and a 1M-cell sheet (50,000 rows
 * × 20 columns), each read in a fresh process so that one reading does not warm or load the other.
 *
 *   npx tsx scripts/bench/reader.ts [--runs N]
 *
 * Prints one JSON line per reading and the medians; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Reading {
  reader: 'direct' | 'exceljs';
  file: string;
  cells: number;
  cpuMs: number;
  peakRssMb: number;
}

async function child(reader: Reading['reader'], file: string): Promise<void> {
  const data = new Uint8Array(readFileSync(file));
  const read =
    reader === 'direct'
      ? (await import('../../src/hosts/file/read')).readWorkbook
      : (await import('../../test/hosts/read-exceljs')).readBefore;
  const before = process.cpuUsage();
  const wb = await read(data, file);
  const cpu = process.cpuUsage(before);
  let cells = 0;
  for (const s of wb.sheets) for (const row of s.rows) for (const c of row) if (c) cells++;
  const out: Reading = { reader, file, cells, cpuMs: Math.round((cpu.user + cpu.system) / 1000), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
  process.stdout.write(JSON.stringify(out));
}

async function main(): Promise<void> {
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;
  const { planWorkbookBytes } = await import('./engine');
  const dir = mkdtempSync(join(tmpdir(), 'saiken-reader-bench-'));
  try {
    const files = [
      { name: '400k cells (20 sheets)', path: join(dir, 'b400k.xlsx'), bytes: await planWorkbookBytes(20, 1_000) },
      { name: '1M cells (one sheet)', path: join(dir, 'b1m.xlsx'), bytes: await planWorkbookBytes(1, 50_000) },
    ];
    for (const f of files) writeFileSync(f.path, f.bytes);
    for (const f of files) {
      for (const reader of ['direct', 'exceljs'] as const) {
        const readings: Reading[] = [];
        for (let i = 0; i < runs; i++) {
          const out = execFileSync(process.execPath, ['--import', 'tsx', __filename, '--child', reader, f.path], { encoding: 'utf8', maxBuffer: 1 << 20 });
          readings.push(JSON.parse(out) as Reading);
        }
        const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        console.log(
          JSON.stringify({
            bench: 'reader',
            file: f.name,
            reader,
            cells: readings[0].cells,
            cpuMs: median(readings.map((r) => r.cpuMs)),
            peakRssMb: median(readings.map((r) => r.peakRssMb)),
            runs,
          }),
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const at = process.argv.indexOf('--child');
if (at > 0) void child(process.argv[at + 1] as Reading['reader'], process.argv[at + 2]);
else void main();
