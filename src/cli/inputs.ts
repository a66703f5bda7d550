/**
 * The files a command works on: files as given, folders as the workbooks inside them (sorted,
 * recursively), Excel's owner/lock files (~$name.xlsx) left out; and the name each file goes by in
 * reports and messages. Two policies: the batch commands read every workbook Excel opens and name
 * a file by its place in the folder given (batchNames); consolidate takes every file a department may
 * have sent (SUBMISSION_EXTENSIONS) and names each by its base name unless two share it (submissionNames).
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';

export const WORKBOOK_EXTENSIONS = /\.(xlsx|xlsm|xltx|xltm)$/i;
/**
 * consolidate's round: every file a department may have sent as its workbook. Those saiken cannot
 * read (.xls, .xlsb, .ods, .csv) are listed too, as 読込不可 with the reason, never passed over.
 */
export const SUBMISSION_EXTENSIONS = /\.(xlsx|xlsm|xltx|xltm|xls|xlsb|ods|csv)$/i;

export interface Input {
  file: string;
  /** In a folder given: its path relative to that folder (two folders may each hold a 計画.xlsx). */
  name?: string;
  /** A folder given with no workbook in it: reported, not silently empty. */
  emptyFolder?: true;
}

/**
 * The inputs given, each folder as the files in it whose names `extensions` matches. (LibreOffice's
 * lock files, .~lock.name.xlsx#, end in "#": no extension matches them.)
 */
export async function expandInputs(inputs: string[], extensions = WORKBOOK_EXTENSIONS): Promise<Input[]> {
  const out: Input[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info?.isDirectory()) {
      out.push({ file: input });
      continue;
    }
    const entries = (await readdir(input, { recursive: true }).catch(() => null))?.map(String);
    // An unreadable folder goes on as a file: reading it gives the user the OS's reason.
    if (!entries) {
      out.push({ file: input });
      continue;
    }
    const books = entries.filter((f) => extensions.test(f) && !basename(f).startsWith('~$')).sort();
    if (!books.length) out.push({ file: input, emptyFolder: true });
    out.push(...books.map((f) => ({ file: join(input, f), name: f })));
  }
  return out;
}

/** How many times each name occurs. */
function tally(names: string[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  return count;
}

/**
 * How each file of a batch is named in its report and messages: its path relative to the folder it
 * was found in, a file given by itself its base name; where two files would still share a name
 * (the same folder's name given twice, files of one name from two places), each by its path as given.
 */
export function batchNames(inputs: Input[]): string[] {
  const names = inputs.map((i) => i.name ?? basename(i.file));
  const count = tally(names);
  return names.map((n, k) => (count.get(n)! > 1 ? inputs[k].file : n));
}

/**
 * The name each file of a consolidation round goes by in 提出状況, 明細 and 指摘一覧: its base name,
 * unless another file of the round has it too, ignoring case (two departments' 計画.xlsx in their own
 * folders); then its path relative to the folder given that holds it (税務課/計画.xlsx), or as given
 * when it was named itself.
 */
export function submissionNames(given: string[], files: string[]): string[] {
  const count = tally(files.map((f) => basename(f).toLowerCase()));
  const folders = given.map((i) => resolve(i));
  return files.map((f) => {
    if (count.get(basename(f).toLowerCase()) === 1) return basename(f);
    const full = resolve(f);
    const folder = folders.filter((d) => full.startsWith(d + sep)).sort((a, b) => b.length - a.length)[0];
    return (folder ? relative(folder, full) : f).split(sep).join('/');
  });
}
