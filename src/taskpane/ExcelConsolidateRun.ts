/**
 * 取りまとめ in Excel (issue 16): the departments' picked files are read one at a time and
 * consolidated in the pane (the same core as the workbench), then the open workbook is read and the
 * four sheets written through the port in one apply. The round trips to Excel are the read and the
 * apply only — none per file — so their number does not grow with the files.
 */
import type { WorkbookPort, ApplyResult } from '../hosts/port';
import type { Workbook } from '../core/workbook';
import { consolidate, readSubmissions, type Consolidation } from '../core/consolidate';
import { consolidationChanges } from '../core/consolidate/workbook';
import { placeConsolidation, type Placement } from './ExcelConsolidatePlace';

export interface PickedFile {
  name: string;
  /** Last modified (ms since the epoch): the newer of two submissions wins. */
  modified: number;
  bytes(): Promise<Uint8Array>;
}

export type Reader = (data: Uint8Array, fileName: string) => Promise<Workbook>;

export interface ExcelConsolidation {
  consolidation: Consolidation;
  placement: Placement;
  applied: ApplyResult;
}

/** Excel's owner files (~$…) and anything not .xlsx are not submissions. */
export const isSubmission = (name: string) => /\.xlsx$/i.test(name) && !name.startsWith('~$');

/** Null when no file could be read: nothing is written then. */
export async function consolidateIntoWorkbook(
  port: WorkbookPort,
  files: PickedFile[],
  reader: Reader,
  progress?: (done: number, total: number) => void,
): Promise<ExcelConsolidation | null> {
  const picked = files.filter((f) => isSubmission(f.name));
  const results = await readSubmissions(
    picked.map((f) => ({ name: f.name, modified: f.modified, read: async () => reader(await f.bytes(), f.name) })),
    progress,
  );
  if (!results.some((r) => r.readError === null)) return null;
  const consolidation = consolidate(results);
  const built = consolidationChanges(consolidation).changes;
  // Read last, just before writing: the snapshot the apply checks against is as fresh as can be.
  const wb = await port.read();
  const { changes, placement } = placeConsolidation(wb, built);
  const applied = await port.apply(changes);
  return { consolidation, placement, applied };
}
