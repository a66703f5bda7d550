/**
 * 取りまとめ in Excel (issue 16): the departments' picked files are read one at a time and
 * consolidated in the pane (the same core as the workbench) with the departments the open
 * workbook's settings expect, and the four sheets written through the port in one apply. The
 * round trips to Excel are the read and the apply only — none per file — so their number does
 * not grow with the files.
 */
import type { WorkbookPort, ApplyResult } from '../hosts/port';
import { soleWriter, type PaneHost } from './model';
import { consolidate, type Consolidation } from '../core/consolidate';
import { readWorkbookData } from '../core/workbook-data';
import { consolidationChanges } from '../core/consolidate/workbook';
import { placeConsolidation, type Placement } from './ExcelConsolidatePlace';
import { readPicked, type PickedFile, type Reader } from './consolidate-files';

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
  exclusive: NonNullable<PaneHost['exclusive']> = soleWriter,
): Promise<ExcelConsolidation | null> {
  const results = await readPicked(files, reader, progress);
  if (!results) return null;
  // Read last, just before writing, with no command between: the snapshot the apply checks against is as fresh as can be.
  // Its settings name the departments expected to submit (未提出 in 提出状況).
  return exclusive('consolidate', async () => {
    const wb = await port.read();
    const consolidation = consolidate(results, { expectedDepartments: readWorkbookData(wb).settings.expectedDepartments });
    const built = consolidationChanges(consolidation).changes;
    const { changes, placement } = placeConsolidation(wb, built);
    const applied = await port.apply(changes);
    return { consolidation, placement, applied };
  });
}
