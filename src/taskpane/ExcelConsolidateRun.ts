/**
 * 取りまとめ in Excel (issue 16): the departments' picked files are read one at a time and
 * consolidated in the pane (the same core as the workbench), then the open workbook is read and the
 * four sheets written through the port in one apply. The round trips to Excel are the read and the
 * apply only — none per file — so their number does not grow with the files.
 */
import type { WorkbookPort, ApplyResult } from '../hosts/port';
import type { Consolidation } from '../core/consolidate';
import { consolidationChanges } from '../core/consolidate/workbook';
import { placeConsolidation, type Placement } from './ExcelConsolidatePlace';
import { consolidatePicked, type PickedFile, type Reader } from './consolidate-files';

export type { PickedFile, Reader };

export interface ExcelConsolidation {
  consolidation: Consolidation;
  placement: Placement;
  applied: ApplyResult;
}

/** Null when no file could be read: nothing is written then. */
export async function consolidateIntoWorkbook(
  port: WorkbookPort,
  files: PickedFile[],
  reader: Reader,
  progress?: (done: number, total: number) => void,
): Promise<ExcelConsolidation | null> {
  const consolidation = await consolidatePicked(files, reader, progress);
  if (!consolidation) return null;
  const built = consolidationChanges(consolidation).changes;
  // Read last, just before writing: the snapshot the apply checks against is as fresh as can be.
  const wb = await port.read();
  const { changes, placement } = placeConsolidation(wb, built);
  const applied = await port.apply(changes);
  return { consolidation, placement, applied };
}
