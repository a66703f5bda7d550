/**
 * npm run bench: the performance budgets of product.md §10, measured and reported (never asserted
 * in unit tests).
 *
 *   npm run bench                     a table with each budget and PASS / MISS
 *   npm run bench -- --json           one JSON object per line (records, then verdicts)
 *   npm run bench -- --only=engine,bundle,cli-batch,excel-syncs
 *   npm run bench -- --quick          fewer runs (a rough look in a minute)
 *   npm run bench -- --build          rebuild dist/ before measuring the bundle
 *   npm run bench -- --profile        CPU profile of the engine on the largest workbook: the
 *                                     functions with the most self time, and a .cpuprofile file
 *   npm run bench -- --strict         exit 1 when a budget is missed
 *   npm run bench -- --only=e2e       whole CLI processes against the floor (scripts/bench/e2e.ts), 100k and 1M cells
 *                                     (inspect --json, inspect-text: the same without --json, recalc, summary, run)
 *   npm run bench -- --only=e2e --big also the workbooks over 1M cells: one sheet of 1.64M cells
 *                                    (63.5 MB, inflated whole) and 4 sheets × 1M cells (minutes)
 *   npm run bench -- --only=e2e --max-cells=100000    only the sizes up to this many cells
 *   npm run bench -- --only=workbench the browser workbench on 400k cells: open and 再計算 in Chromium
 *                                     (scripts/bench/workbench.ts; needs dist/: add --build to make it)
 *   npm run bench -- --only=consolidate   saiken consolidate over 50 and 200 department workbooks
 *   npm run bench -- --e2e-timeout=120                the CLI's per-file limit for each command (s)
 *   npm run bench -- --e2e-commands=inspect,recalc    some commands only (the floor always runs)
 *   npm run bench -- --e2e-runs=5                     runs of each e2e command per size, in rounds (medians; default 3 up to 1M cells, 1 beyond)
 *
 * Records: {"bench":"engine","cells":400000,"loadMs":…,"engineMs":…}, {"bench":"bundle","file":
 * "taskpane","gzipBytes":…}, {"bench":"cli-batch","workbooks":50,"ms":…,"peakRssMB":…},
 * {"bench":"excel-syncs","command":…,"rows":…,"syncs":…}, {"bench":"e2e","what":"inspect","cells":…,"cpuS":…,
 * "peakRssMB":…}, {"bench":"e2e-startup","what":"saiken --help",…}, {"bench":"workbench","what":"open"|"recalc",
 * "cells":…,"ms":…,"heapMB":…}; verdicts: {"bench":"budget",…}.
 */
import { cpus } from 'node:os';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchEngine, engineVerdicts, profileEngine, SIZES, type EngineRecord, type Verdict } from './bench/engine';
import { benchBundle, bundleVerdicts, ensureDist, type BundleRecord } from './bench/bundle';
import { benchCliBatch, cliBatchVerdicts, type CliBatchRecord } from './bench/cli-batch';
import { benchE2e, benchStartup, e2eVerdicts, E2E_COMMANDS, type E2eRecord, type E2eWhat, type StartupRecord } from './bench/e2e';

interface ExcelSyncRecord {
  bench: 'excel-syncs';
  command: string;
  rows: number;
  syncs: number;
}

const BENCHES = ['engine', 'bundle', 'cli-batch', 'excel-syncs', 'e2e', 'workbench', 'consolidate'] as const;
type BenchName = (typeof BENCHES)[number];

interface Options {
  json: boolean;
  only: Set<BenchName>;
  quick: boolean;
  build: boolean;
  profile: boolean;
  strict: boolean;
  maxCells: number;
  e2eTimeout: number;
  e2eCommands?: E2eWhat[];
  /** Runs of each e2e command per size (medians); undefined: 3 up to 1M cells, 1 beyond. */
  e2eRuns?: number;
}

function parseArgs(argv: string[]): Options {
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',') ?? [...BENCHES];
  for (const name of only) if (!(BENCHES as readonly string[]).includes(name)) throw new Error(`unknown bench: ${name} (one of ${BENCHES.join(', ')})`);
  return {
    json: argv.includes('--json'),
    only: new Set(only as BenchName[]),
    quick: argv.includes('--quick'),
    build: argv.includes('--build'),
    profile: argv.includes('--profile'),
    strict: argv.includes('--strict'),
    // 4M cells only with --big (minutes).
    maxCells: Number(argv.find((a) => a.startsWith('--max-cells='))?.slice('--max-cells='.length) ?? (argv.includes('--big') ? Infinity : 1_000_000)),
    e2eCommands: argv.find((a) => a.startsWith('--e2e-commands='))?.slice('--e2e-commands='.length).split(',') as E2eWhat[] | undefined,
    e2eTimeout: Number(argv.find((a) => a.startsWith('--e2e-timeout='))?.slice('--e2e-timeout='.length) ?? 300),
    e2eRuns: argv.some((a) => a.startsWith('--e2e-runs=')) ? Number(argv.find((a) => a.startsWith('--e2e-runs='))!.slice('--e2e-runs='.length)) : undefined,
  };
}

/** Round trips to Excel: the Excel host's own bench (scripts/bench/excel-syncs.ts), when present. */
async function benchExcelSyncsHook(): Promise<ExcelSyncRecord[] | { error: string }> {
  if (!existsSync(join(__dirname, 'bench/excel-syncs.ts'))) return { error: 'scripts/bench/excel-syncs.ts is missing' };
  try {
    const mod = (await import('./bench/excel-syncs')) as { benchExcelSyncs: () => Promise<ExcelSyncRecord[]> };
    return await mod.benchExcelSyncs();
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** product.md §10: at most 3 round trips to recognize or validate, 4 to recalc or summarize; flat in the rows (one more allowed for a chunked write). */
function excelSyncVerdicts(records: ExcelSyncRecord[]): Verdict[] {
  const out: Verdict[] = [];
  for (const command of [...new Set(records.map((r) => r.command))]) {
    const rs = records.filter((r) => r.command === command).sort((a, b) => a.rows - b.rows);
    const limit = /recalc|summary|run/.test(command) ? 4 : 3;
    const most = Math.max(...rs.map((r) => r.syncs));
    out.push({ budget: `${command}: syncs ≤ ${limit}`, actual: most, limit, pass: most <= limit });
    const growth = rs[rs.length - 1].syncs - rs[0].syncs;
    out.push({ budget: `${command}: syncs flat from ${rs[0].rows} to ${rs[rs.length - 1].rows} rows (+1 for a chunked write)`, actual: growth, limit: 1, pass: growth <= 1 });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Output

const n = (x: number, digits = 0) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const pad = (s: string | number, w: number) => String(s).padStart(w);

function printVerdicts(vs: Verdict[]): void {
  for (const v of vs) console.log(`  ${v.pass ? 'PASS' : 'MISS'}  ${v.budget}: ${v.actual} (limit ${v.limit})`);
}

function printEngine(rs: EngineRecord[]): void {
  console.log('\nengine: recognize + recalc + validate (the 再計算 command) against the .xlsx load, medians; 検証 (recognize + validate) alongside');
  console.log(`  ${pad('cells', 9)} ${pad('sheets', 6)} ${pad('KB', 7)} ${pad('load ms', 9)} ${pad('engine ms', 10)} ${pad('検証 ms', 8)} ${pad('engine/load', 12)} ${pad('µs/cell', 8)} runs`);
  for (const r of rs) {
    console.log(
      `  ${pad(n(r.cells), 9)} ${pad(r.sheets, 6)} ${pad(n(r.bytes / 1024), 7)} ${pad(n(r.loadMs), 9)} ${pad(n(r.engineMs), 10)} ${pad(n(r.inspectMs), 8)} ${pad(n(r.engineMs / r.loadMs, 2), 12)} ${pad(n((r.engineMs * 1000) / r.cells, 1), 8)} ${r.runs}`,
    );
  }
}

function printBundle(rs: BundleRecord[]): void {
  console.log('\nbundle: gzip -9 of dist/');
  for (const r of rs) console.log(`  ${(r.lazy ? `lazy ${r.file}` : r.file).padEnd(22)} ${pad(n(r.gzipBytes / 1024, 1), 8)} KB gzip ${pad(n(r.bytes / 1024, 1), 9)} KB${r.files ? `   ${r.files.join(' ')}` : ''}`);
}

function printCli(r: CliBatchRecord): void {
  console.log(`\ncli-batch: ${r.workbooks} workbooks in ${r.sequential ? `${r.workbooks} sequential calls (the CLI took no folder)` : 'one `saiken inspect <dir> --json` call'}`);
  console.log(`  ${n(r.ms)} ms, peak RSS ${n(r.peakRssMB, 1)} MB; the largest workbook alone: ${n(r.singleMs)} ms, ${n(r.singleRssMB, 1)} MB`);
}

function printSyncs(rs: ExcelSyncRecord[]): void {
  console.log('\nexcel-syncs: context.sync() round trips per command (fake Excel)');
  const rows = [...new Set(rs.map((r) => r.rows))].sort((a, b) => a - b);
  console.log(`  ${'command'.padEnd(10)} ${rows.map((x) => pad(`${n(x)} rows`, 12)).join(' ')}`);
  for (const command of [...new Set(rs.map((r) => r.command))]) {
    console.log(`  ${command.padEnd(10)} ${rows.map((x) => pad(rs.find((r) => r.command === command && r.rows === x)?.syncs ?? '-', 12)).join(' ')}`);
  }
}

function printE2e(rs: E2eRecord[], startup: StartupRecord[]): void {
  const runs = [...new Set(rs.map((r) => r.runs))].sort((a, b) => a - b).join(' or ');
  console.log(`\ne2e: whole processes, CPU s (user + system) and peak RSS MB, medians of ${runs || 1} runs in rounds; ratios to the floor measured in the same rounds`);
  for (const s of startup) console.log(`  ${s.what.padEnd(36)} ${pad(n(s.cpuS, 2), 6)} CPU s ${pad(n(s.peakRssMB), 6)} MB  (median of ${s.runs})`);
  const sizes = [...new Set(rs.map((r) => r.cells))].sort((a, b) => a - b);
  if (!sizes.length) return;
  console.log(`  ${'command'.padEnd(12)} ${sizes.map((c) => pad(`${n(c)} cells`, 34)).join(' ')}`);
  console.log(`  ${''.padEnd(12)} ${sizes.map(() => `${pad('CPU s', 8)} ${pad('×floor', 7)} ${pad('MB', 6)} ${pad('×floor', 7)} ${pad('µs/c', 5)}`).join(' ')}`);
  for (const what of E2E_COMMANDS) {
    const cells = sizes.map((c) => {
      const r = rs.find((x) => x.what === what && x.cells === c);
      const floor = rs.find((x) => x.what === 'floor' && x.cells === c);
      if (!r || !floor) return pad('-', 34);
      if (r.stopped) return pad(`stopped (${r.stoppedBy}) ${n(r.cpuS, 1)} s ${n(r.peakRssMB)} MB`, 34);
      return `${pad(n(r.cpuS, 2), 8)} ${pad(n(r.cpuS / floor.cpuS, 1), 7)} ${pad(n(r.peakRssMB), 6)} ${pad(n(r.peakRssMB / floor.peakRssMB, 1), 7)} ${pad(n((r.cpuS * 1e6) / r.cells, 1), 5)}`;
    });
    console.log(`  ${what.padEnd(12)} ${cells.join(' ')}`);
  }
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const emit = (o: object) => opts.json && console.log(JSON.stringify(o));
  const verdicts: Verdict[] = [];
  const started = performance.now();
  if (!opts.json) console.log(`saiken bench — node ${process.version}, ${cpus().length} cores${opts.quick ? ', quick' : ''}`);

  if (opts.only.has('bundle')) {
    const rs = benchBundle({ build: opts.build });
    rs.forEach(emit);
    const vs = bundleVerdicts(rs);
    verdicts.push(...vs);
    if (!opts.json) {
      printBundle(rs);
      printVerdicts(vs);
    }
  }

  if (opts.only.has('excel-syncs')) {
    const rs = await benchExcelSyncsHook();
    if ('error' in rs) {
      emit({ bench: 'excel-syncs', error: rs.error });
      if (!opts.json) console.log(`\nexcel-syncs: not measured (${rs.error})`);
    } else {
      rs.forEach(emit);
      const vs = excelSyncVerdicts(rs);
      verdicts.push(...vs);
      if (!opts.json) {
        printSyncs(rs);
        printVerdicts(vs);
      }
    }
  }

  if (opts.only.has('cli-batch')) {
    const r = await benchCliBatch();
    emit(r);
    const vs = cliBatchVerdicts(r);
    verdicts.push(...vs);
    if (!opts.json) {
      printCli(r);
      printVerdicts(vs);
    }
  }

  if (opts.only.has('engine')) {
    const rs = await benchEngine(opts.quick ? { runs: 1 } : {});
    rs.forEach(emit);
    const vs = engineVerdicts(rs);
    verdicts.push(...vs);
    if (!opts.json) {
      printEngine(rs);
      printVerdicts(vs);
    }
    if (opts.profile) {
      const p = await profileEngine(SIZES[SIZES.length - 1].sheets);
      emit({ bench: 'engine-profile', file: p.file, top: p.top });
      if (!opts.json) {
        console.log(`\nengine profile (${n(SIZES[SIZES.length - 1].cells)} cells, the 再計算 command): ${p.file}`);
        for (const t of p.top) console.log(`  ${pad(n(t.selfMs), 7)} ms self ${pad(n(t.totalMs), 7)} ms total  ${t.name}  ${t.where}`);
      }
    }
  }

  if (opts.only.has('e2e')) {
    const startup = await benchStartup();
    const rs = await benchE2e({ maxCells: opts.maxCells, timeoutS: opts.e2eTimeout, commands: opts.e2eCommands, runs: opts.e2eRuns, log: opts.json ? undefined : (s) => process.stderr.write(`\r${s.padEnd(60)}`) });
    if (!opts.json) process.stderr.write(`\r${''.padEnd(60)}\r`);
    [...startup, ...rs].forEach(emit);
    const vs = e2eVerdicts(rs, startup);
    verdicts.push(...vs);
    if (!opts.json) {
      printE2e(rs, startup);
      printVerdicts(vs);
    }
  }

  if (opts.only.has('workbench')) {
    const { benchWorkbench, workbenchVerdicts } = await import('./bench/workbench');
    // dist/ as deployed (built when missing, or with --build unless the bundle bench just built it).
    ensureDist(opts.build && !opts.only.has('bundle'));
    const rs = await benchWorkbench({ log: opts.json ? undefined : (s) => process.stderr.write(`\r${s.padEnd(60)}`) });
    if (!opts.json) process.stderr.write(`\r${''.padEnd(60)}\r`);
    rs.forEach(emit);
    const vs = workbenchVerdicts(rs);
    verdicts.push(...vs);
    if (!opts.json) {
      console.log(`\nworkbench: the browser pane in Chromium on ${n(rs[0].cells)} cells (${n(rs[0].bytes / 1024)} KB), from the action until the pane is idle`);
      for (const r of rs) console.log(`  ${(r.what === 'open' ? 'open (ファイルを開く)' : '再計算').padEnd(22)} ${pad(n(r.ms), 7)} ms   page JS heap after ${pad(n(r.heapMB), 5)} MB`);
      printVerdicts(vs);
    }
  }

  if (opts.only.has('consolidate')) {
    const { benchConsolidate } = await import('./bench/consolidate');
    const rs = await benchConsolidate(opts.quick ? [20] : [50, 200]);
    rs.forEach(emit);
    if (!opts.json) {
      console.log('\nconsolidate: `saiken consolidate <dir> -o …` over department workbooks (one process), time and peak RSS');
      for (const r of rs) console.log(`  ${pad(r.workbooks, 4)} workbooks  ${pad(n(r.ms), 8)} ms  ${pad(n(r.msPerWorkbook), 5)} ms/workbook  peak RSS ${pad(n(r.peakRssMB, 1), 7)} MB  ${pad(n(r.rows), 7)} 明細 rows  (one alone: ${n(r.singleMs)} ms, ${n(r.singleRssMB, 1)} MB)`);
    }
    // §10: memory bounded by the largest few workbooks, whatever their number.
    const [small, large] = [rs[0], rs[rs.length - 1]];
    const vs: Verdict[] = small === large ? [] : [{ budget: `consolidate peak RSS at ${large.workbooks} ≤ 2 × at ${small.workbooks} workbooks`, actual: Math.round((large.peakRssMB / small.peakRssMB) * 100) / 100, limit: 2, pass: large.peakRssMB <= 2 * small.peakRssMB }];
    verdicts.push(...vs);
    if (!opts.json) printVerdicts(vs);
  }

  for (const v of verdicts) emit({ bench: 'budget', ...v });
  const missed = verdicts.filter((v) => !v.pass);
  if (!opts.json) console.log(`\n${verdicts.length - missed.length} of ${verdicts.length} budgets met${missed.length ? `; missed: ${missed.map((v) => v.budget).join('; ')}` : ''} (${n((performance.now() - started) / 1000, 1)} s)`);
  return opts.strict && missed.length ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 2;
  },
);
