/**
 * One workbook through one command: read, run the engine, write; everything it prints comes back
 * as text. Anything thrown becomes this file's message, named, so a batch goes on. Runs inside the
 * guard's worker (src/cli/worker.ts); this module is what loads the reader, engine and writer.
 */
import { basename } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { KeptParts, ReadError } from '../hosts/file/read';
import { openBookSheets, readInput } from './book';
import { inspectStreamed, recalcSheets, summarizeSheets, runSteps, exitCodeOf, type SummaryCommandResult, type SummarySheetsResult } from '../core/engine';
import { changeLogSheetOf } from '../core/recalc/change-log';
import { editedSheets, WorkbookWriter, writeWorkbook, type WriteResult } from '../hosts/file/write';
import { nodeCodec } from '../hosts/file/zip/node-codec';
import type { Report, StreamedReport } from '../core/report';
import type { Workbook } from '../core/workbook';
import { withoutCells } from '../core/cells';
import type { Language } from '../i18n';
import { cliText } from './locale';
import { formatReport } from './format';
import { checkOutput, FileMessage, isFileMessage, writeAtomically } from './output';
import { worst, type ExitCode } from './exit';
import { writeJson, writeJsonBytes } from '../core/report-json';

export type CommandName = 'inspect' | 'recalc' | 'summary' | 'run';

export interface Job {
  command: CommandName;
  file: string;
  /** How reports and messages name the file: in a batch, its path relative to the folder given; its base name by default. */
  name?: string;
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

/**
 * `emit` receives a --json report in pieces as it is written (a large report is never one string);
 * without it the pieces are joined into `out`. `recycled` hands back the buffer of a piece once it
 * was written out, to be filled with a later one.
 */
export async function runJob(job: Job, emit?: (chunk: Uint8Array) => void, recycled?: () => ArrayBuffer | undefined): Promise<JobResult> {
  const out: string[] = [];
  const err: string[] = [];
  // Everything that can fail before the report (reading, recognizing, validating, writing the
  // workbook) has run before its first piece goes out: a throw after that piece cuts the report.
  let emitted = false;
  const tracked = emit && ((chunk: Uint8Array) => ((emitted = true), emit(chunk)));
  try {
    const code = await perform(job, out, err, tracked, recycled);
    return { out, err, code };
  } catch (e) {
    const t = cliText(job.language);
    if (e instanceof ReadError) err.push(job.language === 'ja' ? e.message : e.messageEn);
    else if (isFileMessage(e)) err.push(e.message);
    else err.push(t.crashed(job.file, e instanceof Error ? e.message : String(e)));
    return emitted ? { out, err, code: 2, cut: true } : { out, err, code: 2 };
  }
}

async function perform(job: Job, out: string[], err: string[], emit?: (chunk: Uint8Array) => void, recycled?: () => ArrayBuffer | undefined): Promise<ExitCode> {
  const t = cliText(job.language);
  const name = job.name ?? basename(job.file);
  const bytes = await readInput(job.file, job.language);
  const print = (report: Report | StreamedReport, sheets: string[], extra?: string) => {
    if (job.json) {
      // One line a report in a batch; indented at its outer levels otherwise, one figure a line.
      if (emit) writeJsonBytes(report, job.compact ? 0 : 2, emit, undefined, recycled);
      else {
        const parts: string[] = [];
        writeJson(report, job.compact ? 0 : 2, (c) => parts.push(c));
        out.push(parts.join(''));
      }
    } else out.push(formatReport(report, sheets, job.language) + (extra ? '\n' + extra : ''));
    if (job.json && report.tables.length === 0) err.push(`${name}: ${t.noTables}`);
  };
  const codeOf = (report: Report | StreamedReport): ExitCode => (report.tables.length === 0 ? worst(exitCodeOf(report), 3) : exitCodeOf(report));

  heapGrowth(job.command);
  if (job.command === 'inspect') {
    // Sheets are read one at a time and let go once recognized, their tables kept packed, the
    // report's rows and figures produced as they are written (see docs/performance.md).
    const { source } = await openBookSheets(bytes, name);
    const report = inspectStreamed(source, name);
    print(report, source.sheets.map((s) => s.name));
    return codeOf(report);
  }
  const output = job.output!;
  const { result, written, logSheet } = await writeChanges(job, bytes, name, output);
  const { report, sheets } = result;
  if (report.tables.length === 0) {
    // Nothing checked, nothing to write: a workbook that is no plan gets no generated sheets, no copy.
    print(report, sheets, job.json ? undefined : t.notWritten(output));
    if (job.json) err.push(t.notWritten(output));
    return codeOf(report);
  }
  await writeAtomically(output, written.data, job.language);
  // run recalculates before it summarizes: it says what it replaced (and where that was recorded) as recalc does.
  // The cells mended, each sheet named at its first (2-1!G8, G9, 2-2!G6).
  const mended = () => report.changes.filter((c) => c.mended).map((c, i, all) => (i > 0 && all[i - 1].sheet === c.sheet ? c.cell : `${c.sheet}!${c.cell}`));
  const replaced = () => t.written(output, report.changes.length, logSheet!, mended());
  const added = () => t.generated(output, result.sheetNames!.summary, result.sheetNames!.charts, written.chartsAdded);
  print(report, sheets, job.command === 'recalc' ? replaced() : job.command === 'run' ? `${replaced()}\n${added()}` : added());
  return codeOf(report);
}

/**
 * How far V8 lets the heap grow past what was live at its last full collection. inspect reads a
 * sheet at a time and leaves each sheet's cells behind as garbage: with V8's default (up to four
 * times) the worker held three sheets' worth of it at 4M cells (680 MB against 480 MB at twice, for
 * the same CPU time; docs/performance.md). The other commands hold their tables, changes and (for a
 * summary) the 集計 being laid out until the write: twice cost them 20–35 % more CPU at 1M cells for
 * 5–10 % less memory, so they keep the default (0). A V8 flag of the
 * process, read at each full collection; a Node that ignores it set at run time keeps its default.
 */
function heapGrowth(command: CommandName): void {
  setFlagsFromString(`--heap-growing-percent=${command === 'inspect' ? 100 : 0}`);
}

/**
 * What recalc, summary or run wrote, with the report and the sheets' names; for recalc and run, the
 * sheet the replaced values were recorded in (undefined where none was replaced).
 */
type Written = { result: { report: Report | StreamedReport; sheets: string[] } & Partial<SummaryOnly>; written: WriteResult; logSheet?: string };
/** What a summary's result has beside a recalculation's. */
type SummaryOnly = Omit<SummaryCommandResult, 'report' | 'changes'>;

/**
 * recalc, summary or run over the plan sheets read one at a time (recalcSheets, summarizeSheets,
 * runSteps), written into the package in memory. Of the reader nothing outlives the engine, and
 * of the workbook only what the writer reads. `run` writes the recalculation before the summary
 * is laid out: the plan sheets are edited, and held compressed, while the heap holds only the
 * tables, and the summary's cells never share the heap with a plan sheet's text.
 */
async function writeChanges(job: Job, bytes: Uint8Array, name: string, output: string): Promise<Written> {
  await checkOutput(output, { inputs: [job.file], inPlace: job.inPlace, language: job.language });
  // recalc and run write into the sheets they read: their parts, inflated to be read, are handed to
  // the writer rather than inflated again (summary only adds sheets).
  const kept = job.command === 'summary' ? undefined : new KeptParts();
  const { data, source, settle } = await openBookSheets(bytes, name, kept);
  const options = { outputName: basename(output), codec: nodeCodec, inflated: kept?.parts };
  const refuseEdited = (edited: string[]) => {
    if (edited.length && !job.force) throw new FileMessage(cliText(job.language).editedGenerated(job.file, edited));
  };
  if (job.command === 'run') {
    const steps = runSteps(source, name);
    const recalculated = steps.takeChanges();
    kept?.keepOnly(editedSheets(recalculated));
    settle();
    const logSheet = changeLogSheetOf(recalculated);
    const writer = new WorkbookWriter(data, forWriter(steps.workbook), name, options).apply(recalculated);
    // The plan sheets' texts let go before the summary is laid out, and the layout before its cells are written.
    settle();
    const { changes, ...summary } = steps.summarize();
    refuseEdited(summary.edited);
    settle();
    writer.apply(changes);
    return { result: { ...summary, report: steps.report, sheets: steps.workbook.sheets.map((s) => s.name) }, written: writer.finish(), logSheet };
  }
  const done: Omit<SummarySheetsResult, keyof SummaryOnly> & Partial<SummaryOnly> = job.command === 'summary' ? summarizeSheets(source, name) : recalcSheets(source, name);
  refuseEdited(done.edited ?? []);
  const { workbook, changes, ...result } = done;
  kept?.keepOnly(editedSheets(changes));
  // What the engine made and let go (the summary's layout, the recalculated sheets' copies), before the writer's buffers.
  settle();
  return {
    result: { ...result, sheets: workbook.sheets.map((s) => s.name) },
    written: writeWorkbook(data, changes, forWriter(workbook), name, options),
    logSheet: changeLogSheetOf(changes),
  };
}

/** The snapshot as the writer reads it: each sheet's name, state and merged areas, not its cells. */
function forWriter(wb: Workbook): Workbook {
  return { ...wb, sheets: wb.sheets.map(withoutCells) };
}
