/**
 * 元に戻す (product.md §5): the ChangeSet that puts back what the last 再計算 replaced, read from
 * the change-log sheet (src/core/recalc/change-log.ts) — every cell of the last run gets its
 * former content (a value, a formula of the user's, or nothing) and loses the formula saiken
 * wrote, and the number format it had where 再計算 changed that too (column F of the log; a log
 * written before column F existed restores contents only). The last run is the trailing rows of
 * the log with the same time. A cell edited since
 * (its formula is no longer the one logged) refuses the whole undo, naming the cell: nothing is
 * overwritten. The undo appends a row to the log, so a second undo finds nothing to undo.
 */
import { emptyChangeSet, type ChangeSet, type LogEntry } from './changes';
import type { CellValue, Workbook } from './workbook';
import { parseA1 } from './workbook';
import { CHANGE_LOG_SHEET } from './recalc/change-log';
import { CHANGE_LOG_TEXT } from '../i18n/workbook';

export type UndoResult =
  | { ok: true; changes: ChangeSet; restored: LogEntry[] }
  | { ok: false; reason: 'nothing' }
  | { ok: false; reason: 'edited'; sheet: string; cell: string; now: string };

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : typeof v === 'object' ? v.error : String(v));

export function undoLastRecalc(wb: Workbook, now: string): UndoResult {
  const log = wb.sheets.find((s) => s.name === CHANGE_LOG_SHEET);
  if (!log) return { ok: false, reason: 'nothing' };
  const rows = log.rows.map((row, r) => ({ r, cells: [0, 1, 2, 3, 4, 5].map((c) => row?.[c]?.value ?? null) })).filter((x) => x.r > 0 && x.cells.some((v) => v !== null && v !== ''));
  const last = rows[rows.length - 1];
  if (!last || last.cells[4] === CHANGE_LOG_TEXT.undone) return { ok: false, reason: 'nothing' };
  const time = text(last.cells[0]);
  let first = rows.length - 1;
  while (first > 0 && text(rows[first - 1].cells[0]) === time && rows[first - 1].cells[4] !== CHANGE_LOG_TEXT.undone) first--;
  const run = rows.slice(first);
  const entries: LogEntry[] = run.map(({ cells: [, sheet, cell, before, formula] }) => ({
    sheet: text(sheet),
    cell: text(cell),
    before: before === null || typeof before === 'object' ? (before === null ? null : before.error) : before,
    formula: text(formula),
  }));
  const formatOf = (i: number): string | undefined => {
    const f = run[i].cells[5];
    return typeof f === 'string' && f !== '' ? f : undefined;
  };

  const cs = emptyChangeSet();
  // A cell logged twice in one run: its first `before` is the original content.
  const seen = new Set<string>();
  for (const [i, e] of entries.entries()) {
    const key = `${e.sheet}!${e.cell}`;
    const sheet = wb.sheets.find((s) => s.name === e.sheet);
    let current: { formula?: string; value: CellValue } | undefined;
    try {
      const { r, c } = parseA1(e.cell);
      current = sheet?.rows[r]?.[c];
    } catch {
      return { ok: false, reason: 'edited', sheet: e.sheet, cell: e.cell, now: '' };
    }
    const nowFormula = current?.formula !== undefined ? `=${current.formula}` : undefined;
    if (!sheet || nowFormula !== e.formula) return { ok: false, reason: 'edited', sheet: e.sheet, cell: e.cell, now: nowFormula ?? text(current?.value) };
    if (seen.has(key)) continue;
    seen.add(key);
    const before = e.before;
    const format = formatOf(i);
    const numberFormat = format === undefined ? {} : { numberFormat: format };
    if (typeof before === 'string' && before.startsWith('=') && before.length > 1) cs.cells.push({ sheet: e.sheet, cell: e.cell, formula: before.slice(1), ...numberFormat });
    else cs.cells.push({ sheet: e.sheet, cell: e.cell, value: before === '' ? null : before, ...numberFormat });
  }
  const next = log.rows.length + 1;
  cs.cells.push({ sheet: CHANGE_LOG_SHEET, cell: `A${next}`, value: now }, { sheet: CHANGE_LOG_SHEET, cell: `E${next}`, value: CHANGE_LOG_TEXT.undone });
  return { ok: true, changes: cs, restored: entries };
}
