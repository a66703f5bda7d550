/**
 * The round, whatever reads the files (the CLI from disk, the workbench from the browser): each
 * workbook read, inspected and reduced before the next is read; one that cannot be read is kept
 * as 読込不可 with the reader's message.
 */
import type { Workbook } from '../workbook';
import { contextOf, inspect } from '../engine';
import { defaultCatalog } from '../catalog/shipped';
import { fileResultOf, unreadableFile } from './collect';
import type { FileResult } from './model';

export interface Submission {
  name: string;
  /** ms since the epoch. */
  modified: number;
  read: () => Promise<Workbook>;
}

export function resultOfWorkbook(name: string, modified: number, wb: Workbook): FileResult {
  return fileResultOf(name, modified, inspect(wb, name), contextOf(wb).ctx.catalog ?? defaultCatalog());
}

export async function readSubmissions(subs: Submission[], progress?: (done: number, total: number, current: string) => void): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for (const [i, s] of subs.entries()) {
    progress?.(i, subs.length, s.name);
    try {
      out.push(resultOfWorkbook(s.name, s.modified, await s.read()));
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      out.push(unreadableFile(s.name, s.modified, message.startsWith(s.name) ? message : `${s.name}: ${message}`));
    }
  }
  progress?.(subs.length, subs.length, '');
  return out;
}
