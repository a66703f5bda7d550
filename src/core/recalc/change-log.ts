/**
 * The change-log sheet: every value recalculation replaced, readable by a person, so that a
 * hand-typed figure can be looked up and restored. Appended to, never rewritten.
 */
import type { Workbook } from '../workbook';
import type { ChangeSet } from '../changes';
import { CHANGE_LOG_TEXT } from '../../i18n/workbook';

export const CHANGE_LOG_SHEET = 'saiken変更履歴';

export function changeLogWrites(wb: Workbook, cs: ChangeSet, now: string): void {
  const existing = wb.sheets.find((s) => s.name === CHANGE_LOG_SHEET);
  let row = existing ? existing.rows.length + 1 : 1;
  if (!existing) {
    cs.sheets.push({ name: CHANGE_LOG_SHEET, mode: 'create', state: 'visible', columnWidths: [20, 14, 8, 18, 40] });
    CHANGE_LOG_TEXT.header.forEach((h, i) => cs.cells.push({ sheet: CHANGE_LOG_SHEET, cell: `${'ABCDE'[i]}1`, value: h, bold: true }));
    row = 2;
  }
  for (const e of cs.log) {
    const values = [now, e.sheet, e.cell, e.before, e.formula];
    values.forEach((v, i) => cs.cells.push({ sheet: CHANGE_LOG_SHEET, cell: `${'ABCDE'[i]}${row}`, value: v }));
    row++;
  }
}
