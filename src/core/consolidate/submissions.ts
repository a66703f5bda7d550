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
import { consolidationSheets } from './own-output';
import { CONSOLIDATE_MESSAGES } from '../../i18n/consolidate';

export interface Submission {
  name: string;
  /** ms since the epoch. */
  modified: number;
  read: () => Promise<Workbook>;
}

/**
 * A workbook as a submission. saiken's own 取りまとめ is never one: a workbook of nothing else is
 * left out (除外, said with its name); the 取りまとめ sheets of a workbook that also holds plans are
 * left unread and said at that file.
 */
export function resultOfWorkbook(name: string, modified: number, wb: Workbook): FileResult {
  const own = consolidationSheets(wb);
  const ownSet = new Set(own);
  const rest = own.length ? { ...wb, sheets: wb.sheets.filter((s) => !ownSet.has(s.name)) } : wb;
  const sheets = own.map((s) => `「${s}」`).join('');
  if (own.length && !rest.sheets.some((s) => !s.hidden)) {
    return { ...unreadableFile(name, modified, ''), readError: null, skipped: CONSOLIDATE_MESSAGES['consolidation-skipped']({ file: name, sheets }).ja };
  }
  const result = fileResultOf(name, modified, inspect(rest, name), contextOf(rest).ctx.catalog ?? defaultCatalog());
  if (own.length) {
    const message = CONSOLIDATE_MESSAGES['consolidation-sheets-skipped']({ file: name, sheets }).ja;
    result.issues.unshift({ code: 'consolidation-skipped', severity: 'warning', sheet: own[0], cell: '', message });
  }
  return result;
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
