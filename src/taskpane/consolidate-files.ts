/**
 * 取りまとめ of the departments' picked files (issue 16), for both doors of the pane: the workbench
 * downloads the result as a new workbook, the Excel pane writes it into the open one. Files are read
 * one at a time; the core loads with this module, when the command is used.
 */
import type { Workbook } from '../core/workbook';
import { consolidate, readSubmissions, type Consolidation, type FileResult } from '../core/consolidate';
import type { ConsolidateOptions } from '../core/consolidate/model';

export interface PickedFile {
  name: string;
  /** Last modified (ms since the epoch): the newer of two submissions wins. */
  modified: number;
  bytes(): Promise<Uint8Array>;
}

export type Reader = (data: Uint8Array, fileName: string) => Promise<Workbook>;

/** Excel's owner files (~$…) and anything not .xlsx are not submissions. */
export const isSubmission = (name: string) => /\.xlsx$/i.test(name) && !name.startsWith('~$');

/** Each picked submission read, inspected and reduced, one at a time; null when none could be read. */
export async function readPicked(files: PickedFile[], reader: Reader, progress?: (done: number, total: number) => void): Promise<FileResult[] | null> {
  const results = await readSubmissions(
    files.filter((f) => isSubmission(f.name)).map((f) => ({ name: f.name, modified: f.modified, read: async () => reader(await f.bytes(), f.name) })),
    progress,
  );
  // saiken's own earlier 取りまとめ (除外) is no submission either.
  return results.some((r) => r.readError === null && !r.skipped) ? results : null;
}

/** The consolidation of the picked submissions; null when no file could be read. */
export async function consolidatePicked(
  files: PickedFile[],
  reader: Reader,
  progress?: (done: number, total: number) => void,
  options: Pick<ConsolidateOptions, 'expectedDepartments'> = {},
): Promise<Consolidation | null> {
  const results = await readPicked(files, reader, progress);
  return results ? consolidate(results, options) : null;
}
