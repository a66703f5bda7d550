/**
 * The change-log sheet: every value recalculation replaced, readable by a person, so that a
 * hand-typed figure can be looked up and restored (with the number format it had, where 再計算
 * changed that too, so that 元に戻す puts back what the cell showed). Appended to, never rewritten. It sits behind
 * every other sheet, and prints only its explanation (a print area), not pages of formulas.
 */
import { parseA1, type Sheet } from '../workbook';
import type { CellWrite, ChangeSet, PrintSetup } from '../changes';
import { CHANGE_LOG_TEXT as T } from '../../i18n/workbook';

export const CHANGE_LOG_SHEET = 'saiken変更履歴';

/** The explanation above the log: title, how to restore, what prints, the count of records. */
const HEAD_ROWS = 2 + T.lead.length;
const HEADER_ROW = HEAD_ROWS + 2;
/** The log table's header row (1-based); records follow it. */
export const CHANGE_LOG_HEADER_ROW = HEADER_ROW;
const PRINT: PrintSetup = { orientation: 'portrait', area: `A1:E${HEAD_ROWS}`, fitToWidth: true };
const COLUMNS = 'ABCDEF';
/** Column F: the number format a cell had where 再計算 changed it (older logs have no column F). */
const FORMAT_COLUMN = 5;

/**
 * The number formats that the writes to `sheet` (from index `from` on) replace, by `sheet!cell`: what the cell showed
 * before ("General" where it had none). Read while the sheet's cells are at hand (a caller going
 * sheet by sheet lets them go), for changeLogWrites.
 */
export function replacedFormats(sheet: Sheet, writes: readonly CellWrite[], from: number, into: Map<string, string>): void {
  for (let i = from; i < writes.length; i++) {
    const w = writes[i];
    if (w.numberFormat === undefined || w.sheet !== sheet.name) continue;
    const { r, c } = parseA1(w.cell);
    const was = sheet.rows[r]?.[c]?.numberFormat ?? 'General';
    if (was !== w.numberFormat) into.set(`${w.sheet}!${w.cell}`, was);
  }
}

/**
 * The change log's writes for `cs.log`, appended to `cs`: the log sheet made (or appended to, when
 * `existing`), with the formats the changes replaced (from replacedFormats).
 */
export function changeLogWrites(existing: Sheet | undefined, cs: ChangeSet, now: string, formats: ReadonlyMap<string, string>): void {
  let row = existing ? existing.rows.length + 1 : HEADER_ROW + 1;
  const text = (cell: string, value: string, more: { bold?: boolean; wrap?: boolean } = {}) => cs.cells.push({ sheet: CHANGE_LOG_SHEET, cell, value, ...more });
  if (!existing) {
    cs.sheets.push({ name: CHANGE_LOG_SHEET, mode: 'create', state: 'visible', columnWidths: [16, 12, 7, 14, 50, 14], print: PRINT, position: 'last' });
    text('A1', T.title, { bold: true });
    T.lead.forEach((line, i) => text(`A${i + 2}`, line));
    text(`A${HEAD_ROWS}`, T.count, { bold: true });
    // A count as a value, brought up to date on every append: the log holds no formulas of its own.
    cs.cells.push({ sheet: CHANGE_LOG_SHEET, cell: `B${HEAD_ROWS}`, value: cs.log.length, align: 'right' });
    T.header.forEach((h, i) => text(`${COLUMNS[i]}${HEADER_ROW}`, h, { bold: true }));
  } else {
    if (existing.rows[0]?.[0]?.value === T.title && cs.log.length) {
      cs.cells.push({ sheet: CHANGE_LOG_SHEET, cell: `B${HEAD_ROWS}`, value: existing.rows.length - HEADER_ROW + cs.log.length, align: 'right' });
    }
    // A log begun before column F existed gets its header when a format is first recorded.
    if (formats.size && existing.rows[HEADER_ROW - 1]?.[FORMAT_COLUMN]?.value == null) text(`F${HEADER_ROW}`, T.header[FORMAT_COLUMN], { bold: true });
    // Still last after sheets added since (the summary made after a first recalculation).
    cs.sheets.push({ name: CHANGE_LOG_SHEET, mode: 'create', state: existing.hidden ? 'hidden' : 'visible', position: 'last' });
  }
  for (const e of cs.log) {
    const format = formats.get(`${e.sheet}!${e.cell}`);
    const values = [now, e.sheet, e.cell, e.before, e.formula, ...(format === undefined ? [] : [format])];
    values.forEach((v, i) => cs.cells.push({ sheet: CHANGE_LOG_SHEET, cell: `${COLUMNS[i]}${row}`, value: v, ...(i === 4 ? { wrap: true } : {}) }));
    row++;
  }
}
