/**
 * The files a command works on: files as given, folders as the workbooks inside them (sorted,
 * recursively), Excel's owner/lock files (~$name.xlsx) left out.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

export const WORKBOOK_EXTENSIONS = /\.(xlsx|xlsm|xltx|xltm)$/i;

export interface Input {
  file: string;
  /** In a folder given: its path relative to that folder (two folders may each hold a 計画.xlsx). */
  name?: string;
  /** A folder given with no workbook in it: reported, not silently empty. */
  emptyFolder?: true;
}

export async function expandInputs(inputs: string[]): Promise<Input[]> {
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
    const books = entries.filter((f) => WORKBOOK_EXTENSIONS.test(f) && !basename(f).startsWith('~$')).sort();
    if (!books.length) out.push({ file: input, emptyFolder: true });
    out.push(...books.map((f) => ({ file: join(input, f), name: f })));
  }
  return out;
}

/**
 * How each file of a batch is named in its report and messages: its path relative to the folder it
 * was found in, a file given by itself its base name; where two files would still share a name
 * (the same folder's name given twice, files of one name from two places), each by its path as given.
 */
export function batchNames(inputs: Input[]): string[] {
  const names = inputs.map((i) => i.name ?? basename(i.file));
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  return names.map((n, k) => (count.get(n)! > 1 ? inputs[k].file : n));
}
