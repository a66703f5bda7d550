/** The workbench's first workbook: the bundled Tsuyama sample, copied into dist/ by webpack. */
import type { Workbook } from '../core/workbook';

export interface WorkbookFile {
  name: string;
  data: Uint8Array;
  /** Its snapshot, when reading started before the pane was on screen. */
  snapshot?: Promise<Workbook>;
}

export const SAMPLE_URL = 'assets/samples/tsuyama-plan2.xlsx';
const SAMPLE_NAME = 'tsuyama-plan2.xlsx';

/**
 * The sample's bytes, or null when it cannot be fetched (the workbench says so). With a reader,
 * reading starts as soon as the bytes arrive, beside the pane's first render.
 */
export async function fetchSample(read?: (data: Uint8Array, name: string) => Promise<Workbook>): Promise<WorkbookFile | null> {
  let data: Uint8Array;
  try {
    const res = await fetch(SAMPLE_URL);
    if (!res.ok) return null;
    data = new Uint8Array(await res.arrayBuffer());
  } catch {
    return null;
  }
  const snapshot = read?.(data, SAMPLE_NAME);
  // Unobserved until the port takes it; a failure is reported when the port reads.
  snapshot?.catch(() => undefined);
  return { name: SAMPLE_NAME, data, ...(snapshot ? { snapshot } : {}) };
}
