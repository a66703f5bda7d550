/**
 * `saiken consolidate <files and folders…> -o <取りまとめ.xlsx>` (issue 16): every department's
 * workbook read one at a time and reduced to its observations and findings, then one new
 * workbook (提出状況 / 明細 / 全庁集計 / 指摘一覧). A workbook that cannot be read is reported
 * and skipped; the output is checked before any file is read and written beside its target and
 * renamed, so it is whole or absent (src/cli/output.ts, as every command that writes).
 * Exit status, as the batch commands (src/cli/exit.ts): 0 no errors, 1 errors in some file or
 * across files, 2 a file could not be read (the others are still consolidated and written), or no
 * input could be read (nothing written), or the output was refused, 3 a file holds no plan table;
 * the worst of them, 2 > 1 > 3 > 0.
 */
import type { Command } from 'commander';
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ReadError } from '../hosts/file/read';
import { readBookFile } from './book';
import { newWorkbook } from '../hosts/file/new-workbook';
import { nodeCodec } from '../hosts/file/zip/node-codec';
import { consolidate, resultOfWorkbook, toJson, unreadableFile, type AmountUnit, type Consolidation, type FileResult, type FileRow } from '../core/consolidate';
import { worst, type ExitCode } from './exit';
import { consolidationChanges } from '../core/consolidate/workbook';
import { CONSOLIDATE_CLI, CONSOLIDATE_MESSAGES, CONSOLIDATE_TEXT as T } from '../i18n/consolidate';
import { CLI_TEXT } from '../i18n/cli';
import type { Io } from './main';
import type { Settings } from '../core/settings';
import { expectedDepartments, withStoredSettings } from './consolidate-settings';
import { cliLanguage } from './locale';
import { checkOutput, isFileMessage, writeAtomically } from './output';
import { expandInputs, SUBMISSION_EXTENSIONS, submissionNames } from './inputs';

/** The submissions: files as given, folders as the .xlsx files inside them (an empty folder adds none). */
async function expandSubmissions(inputs: string[]): Promise<string[]> {
  return (await expandInputs(inputs, SUBMISSION_EXTENSIONS)).flatMap((i) => (i.emptyFolder ? [] : [i.file]));
}

/** The inputs given that are folders. */
async function foldersOf(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) if ((await stat(input).catch(() => null))?.isDirectory()) out.push(input);
  return out;
}

/**
 * Excel's owner file beside a workbook (~$計画.xlsx; for a long name, its first two characters replaced: ~$画.xlsx) while
 * someone has it open: what is read is the workbook as last saved.
 */
async function openInExcel(path: string): Promise<boolean> {
  const [dir, name] = [dirname(path), basename(path)];
  for (const owner of new Set([`~$${name}`, `~$${name.slice(2)}`])) if ((await stat(join(dir, owner)).catch(() => null))?.isFile()) return true;
  return false;
}

/** One workbook read, inspected and reduced; it leaves memory before the next is read. */
export async function readSubmission(path: string, name = basename(path)): Promise<FileResult> {
  const info = await stat(path).catch(() => null);
  const modified = info?.mtimeMs ?? 0;
  try {
    const { wb } = await readBookFile(path, name);
    const result = resultOfWorkbook(name, modified, wb);
    if (await openInExcel(path)) result.issues.push({ code: 'open-in-excel', severity: 'warning', sheet: '', cell: '', message: CONSOLIDATE_MESSAGES['open-in-excel']().ja });
    return result;
  } catch (e) {
    // One bad workbook never stops the round: it is listed as 読込不可 with the reason.
    return unreadableFile(name, modified, e instanceof ReadError || isFileMessage(e) ? e.message : `${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function readAll(files: string[], io: Io, bar: boolean, inputs: string[] = []): Promise<FileResult[]> {
  const out: FileResult[] = [];
  const names = submissionNames(inputs, files);
  for (const [i, f] of files.entries()) {
    if (bar) io.progress?.(i, files.length, names[i]);
    out.push(await readSubmission(f, names[i]));
  }
  if (bar) io.progress?.(files.length, files.length, '');
  return out;
}

/** The consolidation workbook: the four sheets written into an empty package. */
export function consolidationWorkbook(c: Consolidation, settings: Settings | null = null): Uint8Array {
  return newWorkbook(withStoredSettings(consolidationChanges(c).changes, settings), nodeCodec);
}

/** The findings of 取りまとめ itself (across the files), printed whatever their number. */
const CROSS_CODES = new Set([
  'class-disagreement', 'duplicate-submission', 'department-variant', 'unit-mismatch', 'revised-actual', 'revised-target', 'dropped-debt', 'no-plan-tables', 'open-in-excel',
  'rate-not-weighted', 'reduction-partial', 'rate-partial', 'target-partial', 'repeated-figure', 'summary-figures', 'same-debt-departments',
  'formula-no-value', 'hidden-sheet', 'not-counted', 'no-department', 'amount-unnamed', 'consolidation-skipped',
]);
/** A file's own errors printed, at most. */
const OWN_ERRORS_SHOWN = 5;

function humanReport(c: Consolidation): string {
  const lines: string[] = [];
  for (const f of c.files) {
    const depts = f.departments.length ? `（${f.departments.join('、')}）` : '';
    lines.push(`${T.status[f.status]}\t${f.file}${depts}\t${CLI_TEXT.ja.counts(f.errors, f.warnings, 0).replace(/・情報 0件$/, '')}${f.message ? `\t${f.message}` : ''}`);
  }
  for (const d of c.missing) lines.push(`${T.status.missing}\t${d}`);
  const crossCode = (i: Consolidation['issues'][number]) => !i.file || CROSS_CODES.has(i.code);
  // What 取りまとめ found across the files, and each file's own errors (its 検証's: the first few a file; 指摘一覧 has all).
  const own = new Map<string, number>();
  const shown = c.issues.filter((i) => {
    if (crossCode(i)) return true;
    if (i.severity !== 'error') return false;
    own.set(i.file, (own.get(i.file) ?? 0) + 1);
    return own.get(i.file)! <= OWN_ERRORS_SHOWN;
  });
  if (shown.length) lines.push('');
  for (const i of shown) lines.push(`${CLI_TEXT.ja.severity[i.severity]} ${i.code}\t${[i.file, i.sheet && `${i.sheet}!${i.cell}`].filter(Boolean).join(' ')}\t${i.message}`);
  for (const [file, n] of own) if (n > OWN_ERRORS_SHOWN) lines.push(T.moreErrors(file, n - OWN_ERRORS_SHOWN));
  const count = (s: string) => c.files.filter((f) => f.status === s).length;
  lines.push('', T.summary(count('ok'), count('errors'), count('unreadable'), c.issues.length, count('skipped'), count('no-tables')));
  return lines.join('\n');
}

const UNITS: AmountUnit[] = ['円', '千円', '百万円'];

const H = CONSOLIDATE_CLI.help;

export function registerConsolidate(program: Command, io: Io, setCode: (code: number) => void): void {
  program
    .command('consolidate')
    .description(H.description)
    .argument('<books...>', H.books)
    .requiredOption('-o, --output <out.xlsx>', H.output)
    .option('--previous <books...>', H.previous)
    .option('--unit <unit>', H.unit, '千円')
    .option('--departments <list.txt>', H.departments)
    .option('--settings-from <book.xlsx>', H.settingsFrom)
    .option('--json', H.json)
    .addHelpText('after', `\n${CONSOLIDATE_CLI.helpDepartments}`)
    .action(async (inputs: string[], opts: { output: string; previous?: string[]; unit: string; departments?: string; settingsFrom?: string; json?: boolean }) => {
      if (!UNITS.includes(opts.unit as AmountUnit)) throw new Error(H.unitInvalid(opts.unit));
      const language = cliLanguage(io.env ?? process.env);
      const files = await expandSubmissions(inputs);
      const previousFiles = opts.previous ? await expandSubmissions(opts.previous) : [];
      // Before any submission is read: never one of them (it would be lost and left out of the
      // totals), never inside a folder of them (the next round would read it as a submission).
      const refused = await checkOutput(opts.output, {
        inputs: [...files, ...previousFiles],
        folders: await foldersOf([...inputs, ...(opts.previous ?? [])]),
        extensions: ['xlsx'],
        noInPlace: true,
        language,
      }).then(
        () => null,
        (e: unknown) => (isFileMessage(e) ? e.message : Promise.reject(e)),
      );
      if (refused !== null) {
        io.err(refused);
        setCode(2);
        return;
      }
      // Before the round is read: a list that cannot be read stops the command at once.
      const expected = await expectedDepartments(opts);
      for (const w of expected.warnings) io.err(w);
      const bar = !opts.json && !!io.progress;
      const results = await readAll(files, io, bar, inputs);
      const previous = opts.previous ? await readAll(previousFiles, io, false, opts.previous) : undefined;
      const c = consolidate(results, { unit: opts.unit as AmountUnit, previous, expectedDepartments: expected.list });
      // A round of nothing but unreadable files and saiken's own 取りまとめ has no submission to consolidate.
      if (!results.some((r) => r.readError === null && !r.skipped)) {
        io.out(opts.json ? JSON.stringify(toJson(c), null, 2) : humanReport(c));
        io.err(`${T.noInput} / ${T.noInputEn}`);
        setCode(2);
        return;
      }
      try {
        await writeAtomically(opts.output, consolidationWorkbook(c, expected.settings), language);
      } catch (e) {
        if (!isFileMessage(e)) throw e;
        io.out(opts.json ? JSON.stringify(toJson(c), null, 2) : humanReport(c));
        io.err(e.message);
        setCode(2);
        return;
      }
      io.out(opts.json ? JSON.stringify(toJson(c), null, 2) : `${humanReport(c)}\n${T.written(opts.output, c.files.length, c.rows.length)}`);
      // As the batch commands: the worst of the files' (a file not read 2, with errors 1, of no plan table 3) and 1 for an
      // error across files.
      const codes: Record<FileRow['status'], ExitCode> = { unreadable: 2, errors: 1, 'no-tables': 3, ok: 0, skipped: 0 };
      const across: ExitCode = c.issues.some((i) => i.severity === 'error') ? 1 : 0;
      setCode(c.files.reduce<ExitCode>((code, f) => worst(code, codes[f.status]), across));
    });
}
