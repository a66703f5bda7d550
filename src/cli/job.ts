/**
 * One workbook through one command: read, run the engine, write; everything it prints comes back
 * as text. Anything thrown becomes this file's message, named, so a batch goes on. Runs inside the
 * guard's worker (src/cli/worker.ts); this module is what loads the reader, engine and writer.
 */
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ReadError } from '../hosts/file/read';
import { openBook } from './book';
import { inspect, inspectStreamed, recalc, summarize, runAll, exitCodeOf, type SummaryCommandResult } from '../core/engine';
import { writeWorkbook } from '../hosts/file/write';
import { nodeCodec } from '../hosts/file/zip/node-codec';
import type { Report, StreamedReport } from '../core/report';
import type { Workbook } from '../core/workbook';
import type { Language } from '../i18n';
import { cliText } from './locale';
import { formatReport } from './format';
import { osDetail, osProblem } from './os-errors';
import { worst, type ExitCode } from './exit';
import { writeJson } from '../core/report-json';

export type CommandName = 'inspect' | 'recalc' | 'summary' | 'run';

export interface Job {
  command: CommandName;
  file: string;
  /** recalc/summary/run: where to write (the input itself with --in-place). */
  output?: string;
  inPlace?: boolean;
  force?: boolean;
  json?: boolean;
  /** One JSON report per line (a batch) rather than indented. */
  compact?: boolean;
  language: Language;
}

export interface JobResult {
  out: string[];
  err: string[];
  code: ExitCode;
  /** A --json report was streamed in part and then stopped: what went out is no whole report. */
  cut?: boolean;
}

/** A message already in the user's language, for the file at hand. */
class FileMessage extends Error {}

/**
 * `emit` receives a --json report in pieces as it is written (a large report is never one string);
 * without it the pieces are joined into `out`.
 */
export async function runJob(job: Job, emit?: (chunk: string) => void): Promise<JobResult> {
  const out: string[] = [];
  const err: string[] = [];
  // Everything that can fail before the report (reading, recognizing, validating, writing the
  // workbook) has run before its first piece goes out: a throw after that piece cuts the report.
  let emitted = false;
  const tracked = emit && ((chunk: string) => ((emitted = true), emit(chunk)));
  try {
    const code = await perform(job, out, err, tracked);
    return { out, err, code };
  } catch (e) {
    const t = cliText(job.language);
    if (e instanceof ReadError) err.push(job.language === 'ja' ? e.message : e.messageEn);
    else if (e instanceof FileMessage) err.push(e.message);
    else err.push(t.crashed(job.file, e instanceof Error ? e.message : String(e)));
    return emitted ? { out, err, code: 2, cut: true } : { out, err, code: 2 };
  }
}

async function perform(job: Job, out: string[], err: string[], emit?: (chunk: string) => void): Promise<ExitCode> {
  const t = cliText(job.language);
  const name = basename(job.file);
  // Held here only, so that inspect can let the snapshot go before its report is written.
  const loaded: { data: Uint8Array; wb: Workbook | null } = await load(job);
  const { data } = loaded;
  const sheets = loaded.wb!.sheets.map((s) => s.name);
  const print = (report: Report | StreamedReport, extra?: string) => {
    if (job.json) {
      // One line a report in a batch; indented at its outer levels otherwise, one figure a line.
      if (emit) writeJson(report, job.compact ? 0 : 2, emit);
      else {
        const parts: string[] = [];
        writeJson(report, job.compact ? 0 : 2, (c) => parts.push(c));
        out.push(parts.join(''));
      }
    } else out.push(formatReport(report as Report, sheets, job.language) + (extra ? '\n' + extra : ''));
    if (job.json && report.tables.length === 0) err.push(`${name}: ${t.noTables}`);
  };
  const codeOf = (report: Report | StreamedReport): ExitCode => (report.tables.length === 0 ? worst(exitCodeOf(report), 3) : exitCodeOf(report));

  if (job.command === 'inspect') {
    // For --json, the report's figures are produced as they are written; the CLI drops its hold on
    // the snapshot first (the peak is earlier, while recognizing: see docs/performance.md).
    const report = job.json ? inspectStreamed(loaded.wb!, name) : inspect(loaded.wb!, name);
    loaded.wb = null;
    print(report);
    return codeOf(report);
  }
  const wb = loaded.wb!;
  const output = job.output!;
  await checkOutput(job, output);
  if (job.command === 'recalc') {
    const { report, changes } = recalc(wb, name);
    const written = writeWorkbook(data, changes, wb, name, { outputName: basename(output), codec: nodeCodec });
    await writeAtomically(output, written.data, job.language);
    print(report, t.written(output, report.changes.length));
    return codeOf(report);
  }
  const make: (w: Workbook, f: string) => SummaryCommandResult = job.command === 'summary' ? summarize : (w, f) => runAll(w, f);
  const result = make(wb, name);
  if (result.edited.length && !job.force) throw new FileMessage(t.editedGenerated(job.file, result.edited));
  const written = writeWorkbook(data, result.changes, wb, name, { outputName: basename(output), codec: nodeCodec });
  await writeAtomically(output, written.data, job.language);
  print(result.report, t.generated(output, result.sheetNames.summary, result.sheetNames.charts, written.chartsAdded));
  return codeOf(result.report);
}

async function load(job: Job): Promise<{ data: Uint8Array; wb: Workbook }> {
  let data: Buffer;
  try {
    data = await readFile(job.file);
  } catch (e) {
    throw new FileMessage(cliText(job.language).input(job.file, osProblem(e), osDetail(e)));
  }
  return openBook(data, basename(job.file));
}

/** Before any work is written: never the input without --in-place, never a read-only file. */
async function checkOutput(job: Job, output: string): Promise<void> {
  const t = cliText(job.language);
  if (resolve(output) === resolve(job.file) && !job.inPlace) throw new FileMessage(t.refuseOverwrite(job.file));
  const info = await stat(output).catch(() => null);
  if (info?.isDirectory()) throw new FileMessage(t.output(output, 'is-folder', ''));
  // The owner's write bit, not access(): root may write anything, but a file marked read-only
  // (Windows' read-only attribute maps to it) is the user saying "do not replace this".
  if (info && (info.mode & 0o200) === 0) throw new FileMessage(t.outputReadOnly(output));
  // A missing folder is known before the work, not after it.
  if (!info) await stat(dirname(resolve(output))).catch((e) => Promise.reject(new FileMessage(t.output(output, osProblem(e), osDetail(e)))));
}

/** Written beside the target and renamed: never a partial output file. Errors name the user's path. */
async function writeAtomically(path: string, data: Uint8Array, language: Language): Promise<void> {
  const tmp = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new FileMessage(cliText(language).output(path, osProblem(e), osDetail(e)));
  }
}
