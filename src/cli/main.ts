/**
 * saiken: the engine's commands on .xlsx files.
 * Exit status: 0 no errors, 1 errors found, 2 the input could not be processed.
 */
import { Command } from 'commander';
import { readFile, readdir, stat, writeFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { readWorkbook, ReadError } from '../hosts/file/read';
import { inspect, recalc, summarize, runAll, exitCodeOf, type SummaryCommandResult } from '../core/engine';
import { writeWorkbook } from '../hosts/file/write';
import type { Workbook } from '../core/workbook';
import { CLI_TEXT } from '../i18n/cli';
import { formatReport } from './format';
import { registerUndo } from './undo';
import { nodeCodec } from '../hosts/file/zip/node-codec';
import { registerConsolidate } from './consolidate';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** A progress bar, only where a person watches a terminal. */
  progress?: (done: number, total: number, current: string) => void;
}

function terminalProgress(done: number, total: number, current: string): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${current}`;
  process.stderr.write(`\r${line.slice(0, (process.stderr.columns ?? 80) - 1).padEnd(Math.min(line.length, 79))}${done === total ? '\n' : ''}`);
}

const stdio: Io = {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  progress: process.stdout.isTTY && process.stderr.isTTY ? terminalProgress : undefined,
};

class UsageError extends Error {}

/** Files as given, folders as the .xlsx files inside them (sorted, recursively). */
async function expandInputs(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info?.isDirectory()) {
      out.push(input);
      continue;
    }
    const entries = (await readdir(input, { recursive: true })).map(String).filter((f) => /\.xlsx$/i.test(f) && !basename(f).startsWith('~$'));
    out.push(...entries.sort().map((f) => join(input, f)));
  }
  return out;
}

/**
 * One report per workbook, read one at a time (memory bounded by the largest); a workbook that
 * cannot be read is reported and skipped. The exit code is the worst of the batch.
 */
async function inspectBatch(files: string[], json: boolean, io: Io): Promise<number> {
  const bar = !json && io.progress ? io.progress : null;
  let worst = 0;
  for (const [i, file] of files.entries()) {
    bar?.(i, files.length, basename(file));
    try {
      const wb = await load(file);
      const report = inspect(wb, basename(file));
      io.out(json ? JSON.stringify(report) : formatReport(report, wb.sheets.map((s) => s.name)) + '\n');
      worst = Math.max(worst, exitCodeOf(report));
    } catch (e) {
      if (!(e instanceof ReadError)) throw e;
      io.err(e.message);
      worst = 2;
    }
  }
  bar?.(files.length, files.length, '');
  return worst;
}

async function loadWithBytes(file: string): Promise<{ data: Uint8Array; wb: Workbook }> {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch {
    throw new ReadError('not-found', file);
  }
  return { data, wb: await readWorkbook(data, basename(file)) };
}

async function load(file: string): Promise<Workbook> {
  return (await loadWithBytes(file)).wb;
}

/** Written beside the target and renamed: never a partial output file. */
async function writeAtomically(path: string, data: Uint8Array): Promise<void> {
  const tmp = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

export async function run(argv: string[], io: Io = stdio): Promise<number> {
  let code = 0;
  const program = new Command()
    .name('saiken')
    .description('債権管理計画の計画表を認識・検証します (recognize and validate receivables plan tables)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });

  program
    .command('inspect')
    .description('認識と検証（ブックは変更しません）。複数のファイルやフォルダーも可 / recognize + validate, change nothing; files or folders')
    .argument('<books...>')
    .option('--json', 'JSON のレポートを出力（複数なら1行に1件） / print the JSON report (one per line for several)')
    .action(async (inputs: string[], opts: { json?: boolean }) => {
      const files = await expandInputs(inputs);
      if (files.length === 1) {
        const wb = await load(files[0]);
        const report = inspect(wb, basename(files[0]));
        io.out(opts.json ? JSON.stringify(report, null, 2) : formatReport(report, wb.sheets.map((s) => s.name)));
        code = exitCodeOf(report);
        return;
      }
      code = await inspectBatch(files, !!opts.json, io);
    });

  program
    .command('recalc')
    .description('計算列（差引・収納率・合計）を数式で書き込む / write computed columns as live formulas')
    .argument('<book.xlsx>')
    .requiredOption('-o, --output <out.xlsx>', '出力先 / output workbook')
    .option('--in-place', '入力ファイルを上書きする / allow overwriting the input')
    .option('--json', 'JSON のレポートを出力 / print the JSON report')
    .action(async (file: string, opts: { output: string; inPlace?: boolean; json?: boolean }) => {
      const { data, wb } = await loadWithBytes(file);
      if (resolve(opts.output) === resolve(file) && !opts.inPlace) throw new UsageError(CLI_TEXT.ja.refuseOverwrite(file));
      const { report, changes } = recalc(wb, basename(file));
      const written = writeWorkbook(data, changes, wb, basename(file), { outputName: basename(opts.output), codec: nodeCodec });
      await writeAtomically(opts.output, written.data);
      io.out(opts.json ? JSON.stringify(report, null, 2) : formatReport(report, wb.sheets.map((s) => s.name)) + '\n' + CLI_TEXT.ja.written(opts.output, report.changes.length));
      code = exitCodeOf(report);
    });

  const generate = (name: 'summary' | 'run', description: string, make: (wb: Workbook, file: string) => SummaryCommandResult) =>
    program
      .command(name)
      .description(description)
      .argument('<book.xlsx>')
      .requiredOption('-o, --output <out.xlsx>', '出力先 / output workbook')
      .option('--in-place', '入力ファイルを上書きする / allow overwriting the input')
      .option('--force', '手で編集された集計・グラフシートも作り直す / regenerate sheets edited by hand')
      .option('--json', 'JSON のレポートを出力 / print the JSON report')
      .action(async (file: string, opts: { output: string; inPlace?: boolean; force?: boolean; json?: boolean }) => {
        const { data, wb } = await loadWithBytes(file);
        if (resolve(opts.output) === resolve(file) && !opts.inPlace) throw new UsageError(CLI_TEXT.ja.refuseOverwrite(file));
        const result = make(wb, basename(file));
        if (result.edited.length && !opts.force) throw new UsageError(CLI_TEXT.ja.editedGenerated(file, result.edited));
        const written = writeWorkbook(data, result.changes, wb, basename(file), { outputName: basename(opts.output), codec: nodeCodec });
        await writeAtomically(opts.output, written.data);
        const { report } = result;
        io.out(
          opts.json
            ? JSON.stringify(report, null, 2)
            : [formatReport(report, wb.sheets.map((s) => s.name)), CLI_TEXT.ja.generated(opts.output, result.sheetNames.summary, result.sheetNames.charts, written.chartsAdded)].join('\n'),
        );
        code = exitCodeOf(report);
      });
  generate('summary', '集計シートとグラフシートを作成 / add the summary and chart sheets', summarize);
  generate('run', '再計算・検証・集計をまとめて実行 / recalc, validate, summarize', (wb, file) => runAll(wb, file));

  registerUndo(program, io, (c) => (code = c));
  registerConsolidate(program, io, (c) => (code = c));

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof ReadError || e instanceof UsageError) {
      io.err(e.message);
      return 2;
    }
    if (e && typeof e === 'object' && 'exitCode' in e) {
      const ce = e as { exitCode: number; code?: string };
      return ce.code === 'commander.helpDisplayed' || ce.code === 'commander.version' ? 0 : 2;
    }
    io.err(`saiken: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  return code;
}
