/**
 * A change log as an earlier version of saiken wrote it, made from one this version wrote: its first
 * columns only, and the time (column A) on every entry — this version writes it on a run's first entry.
 */
import { findChangeLog } from '../../src/core/recalc/change-log';
import type { Workbook } from '../../src/core/workbook';

export function earlierLog(wb: Workbook, columns: number): Workbook {
  const log = findChangeLog(wb)!;
  let time: unknown = null;
  const rows = log.rows.map((row) => {
    const kept = row?.slice(0, columns) ?? [];
    if (kept[0]?.value != null) time = kept[0].value;
    else if (kept[1]?.value != null && time !== null && kept[2]?.value != null) kept[0] = { value: time as string };
    return kept;
  });
  return { ...wb, sheets: wb.sheets.map((s) => (s === log ? { ...s, rows } : s)) };
}
