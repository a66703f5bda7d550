/**
 * 元に戻す (product.md §5): the ChangeSet that puts back what the last 再計算 replaced, read from
 * the change-log sheet (src/core/recalc/change-log.ts) — every cell of the last run gets its
 * former content (a value, a formula of the user's, or nothing) and loses the formula saiken
 * wrote, and the number format it had where 再計算 changed that too (column F of the log; a log
 * written before column F existed restores contents only).
 *
 * The last run is the trailing entries with the last run number (column G); in a log written
 * before column G existed, the trailing entries with the same time. The former content goes back
 * as the kind the log records (column H, else column D's own type): text that starts with "=" as
 * text, a formula as a formula (an array formula of one cell, logged `{=…}`, as an array formula; through Excel's add-in API, which writes none, as an ordinary formula, said). An error value cannot be written back as one: the undo is refused,
 * naming the cell and the log's row (a log without column H reads a `before` starting with "=" as a
 * formula, as it always did, and an error as the text it shows).
 *
 * A cell edited since (its formula is no longer the one logged) refuses the whole undo, naming the
 * cell: nothing is overwritten. So does a row whose label is no longer the one logged (column I: sorted,
 * moved or renamed since — a formula of its own row reads the same over another debt). Where a row the run wrote is found
 * some rows away (its labels, and its formula with its references moved), rows were inserted, deleted or sorted since: that
 * is said instead of either, with where the row is now. So is a column of an Excel table that the writes would leave with a
 * formula beside values or other formulas refused (Excel would fill one formula down it: recalc/list-objects.ts). The undo
 * appends a row to the log, so a second undo finds nothing to undo. Rows of the log that are not entries (a note typed under
 * it) are not read.
 */
import { emptyChangeSet, type ChangeSet, type LogEntry } from './changes';
import type { CellValue, Workbook } from './workbook';
import { a1, parseA1 } from './workbook';
import { fewestDecimals, halfUnit } from './text/number';
import { findChangeLog, isArrayFormula, readChangeLog, rowKey, type LogRow } from './recalc/change-log';
import { mixedTableColumn } from './recalc/list-objects';
import { CHANGE_LOG_TEXT } from '../i18n/workbook';
import { bilingual, type Bilingual } from '../i18n';
import { cellList } from '../i18n/consolidate';

export type UndoResult =
  | { ok: true; changes: ChangeSet; restored: LogEntry[]; stale: string[] }
  | { ok: false; reason: 'nothing' }
  | { ok: false; reason: 'edited'; sheet: string; cell: string; now: string }
  | { ok: false; reason: 'missing-sheet'; sheet: string; cell: string }
  | { ok: false; reason: 'unrestorable'; sheet: string; cell: string; before: string; kind: NonNullable<LogEntry['kind']>; log: string; row: number }
  | { ok: false; reason: 'table-column'; sheet: string; cell: string; table: string; area: string }
  | { ok: false; reason: 'moved'; sheet: string; cell: string; label: string; was: string; now: string }
  | { ok: false; reason: 'shifted'; sheet: string; cell: string; label: string; now: string };

export type UndoRefusal = Extract<UndoResult, { ok: false }>;

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : typeof v === 'object' ? v.error : String(v));

/** The last run's rows: by run number where the log has them, else (an older log) by time. */
function lastRun(rows: LogRow[]): LogRow[] {
  const last = rows[rows.length - 1];
  if (!last || last.undone) return [];
  const same = last.run !== undefined ? (r: LogRow) => r.run === last.run : (r: LogRow) => r.run === undefined && r.time === last.time;
  let first = rows.length - 1;
  while (first > 0 && !rows[first - 1].undone && same(rows[first - 1])) first--;
  return rows.slice(first);
}

export function undoLastRecalc(wb: Workbook, now: string): UndoResult {
  const log = findChangeLog(wb);
  if (!log) return { ok: false, reason: 'nothing' };
  const run = lastRun(readChangeLog(log));
  if (!run.length) return { ok: false, reason: 'nothing' };

  const cs = emptyChangeSet();
  // Each row's labels as they stood, logged on its first entry (of each table on the row): all must still be there.
  const keys = new Map<string, { cell: string; text: string }[]>();
  for (const e of run) {
    const labels = rowKey(e.key);
    if (!labels.length) continue;
    const at = `${e.sheet}!${parseA1(e.cell).r}`;
    keys.set(at, [...(keys.get(at) ?? []), ...labels]);
  }
  // A cell logged twice in one run: its first `before` is the original content.
  const seen = new Set<string>();
  const stale: string[] = [];
  for (const e of run) {
    const key = `${e.sheet}!${e.cell}`;
    const sheet = wb.sheets.find((s) => s.name === e.sheet);
    const { r, c } = parseA1(e.cell);
    const current = sheet?.rows[r]?.[c];
    const nowFormula = current?.formula !== undefined ? `=${current.formula}` : undefined;
    if (!sheet) return { ok: false, reason: 'missing-sheet', sheet: e.sheet, cell: e.cell };
    // An error value cannot be written back: typed again by the user (as the refusal asks), the cell is as it was.
    const value = current?.value;
    if (e.kind === 'error' && nowFormula === undefined && typeof value === 'object' && value !== null && value.error === text(e.before)) {
      seen.add(key);
      continue;
    }
    if (nowFormula !== e.formula) return shiftedRow(wb, run, keys) ?? { ok: false, reason: 'edited', sheet: e.sheet, cell: e.cell, now: nowFormula ?? text(current?.value) };
    // The row's label where the log has it: a sort leaves a formula of its own row as it was, over another debt.
    for (const stood of keys.get(`${e.sheet}!${r}`) ?? []) {
      const at = parseA1(stood.cell);
      const label = text(sheet.rows[at.r]?.[at.c]?.value);
      // Spacing aside (市 民 税, a trailing space): the same label.
      if (label.replace(/[\s\u3000]/g, '') !== stood.text.replace(/[\s\u3000]/g, '')) return shiftedRow(wb, run, keys) ?? { ok: false, reason: 'moved', sheet: e.sheet, cell: e.cell, label: stood.cell, was: stood.text, now: label };
    }
    if (seen.has(key)) continue;
    seen.add(key);
    const before = e.before;
    // A figure put back that the formula shows otherwise now: a mistake 再計算 mended, or an operand changed since (a
    // colleague's revised 調定額) — the figure put back is from before that. Said, for the user to check.
    if (typeof before === 'number' && typeof value === 'number' && Math.abs(value - before) > halfUnit(fewestDecimals(before)) + 1e-9) stale.push(key);
    const numberFormat = e.format === undefined ? {} : { numberFormat: e.format };
    const write = { sheet: e.sheet, cell: e.cell, ...numberFormat };
    switch (e.kind) {
      case 'error':
        return { ok: false, reason: 'unrestorable', sheet: e.sheet, cell: e.cell, before: text(before), kind: 'error', log: log.name, row: e.row };
      case 'formula':
        if (typeof before === 'string' && before.startsWith('=') && before.length > 1) cs.cells.push({ ...write, formula: before.slice(1) });
        else if (isArrayFormula(before)) cs.cells.push({ ...write, formula: before.slice(2, -1), array: true });
        else cs.cells.push({ ...write, value: before });
        break;
      case 'text':
        cs.cells.push({ ...write, value: text(before) });
        break;
      case 'number':
      case 'boolean':
        // Column D's own type (column H names only text and errors).
        cs.cells.push({ ...write, value: before });
        break;
      case 'empty':
        cs.cells.push({ ...write, value: null });
        break;
    }
  }
  // In an Excel table, a column left with a formula beside values or other formulas would be filled with one of them.
  for (const sheet of wb.sheets) {
    const mixed = sheet.listObjects?.length ? mixedTableColumn(sheet, cs.cells) : null;
    if (mixed) return { ok: false, reason: 'table-column', sheet: sheet.name, ...mixed };
  }
  const next = log.rows.length + 1;
  cs.cells.push({ sheet: log.name, cell: `A${next}`, value: now }, { sheet: log.name, cell: `E${next}`, value: CHANGE_LOG_TEXT.undone });
  const restored: LogEntry[] = run.map((e) => ({ sheet: e.sheet, cell: e.cell, before: e.before, formula: e.formula, kind: e.kind }));
  return { ok: true, changes: cs, restored, stale };
}

/**
 * Rows inserted, deleted or sorted since the run (a colleague's, in Excel or LibreOffice): a row the run wrote found some rows
 * away, its labels (logged in column I) and the formula written with it, its references moved with the row (市民税 and =E5-C5 at
 * G5, now 市民税 at B6 and =E6-C6 at G6). A formula alone says nothing: a column of one formula a row reads the same moved.
 * The first found, trying the run's rows in turn; null where none is (an edit, a label changed).
 */
function shiftedRow(wb: Workbook, run: readonly LogRow[], keys: ReadonlyMap<string, { cell: string; text: string }[]>): Extract<UndoResult, { reason: 'shifted' }> | null {
  const bare = (t: string) => t.replace(/[\s\u3000]/g, '');
  let tried = 0;
  for (const e of run) {
    const { r, c } = parseA1(e.cell);
    const logged = keys.get(`${e.sheet}!${r}`) ?? [];
    const labels = logged.map((l) => ({ ...parseA1(l.cell), text: bare(l.text) }));
    const sheet = wb.sheets.find((s) => s.name === e.sheet);
    if (!e.formula || !labels.length || !sheet) continue;
    if (tried++ >= 20) break;
    const [first, ...others] = labels;
    for (let at = 0; at < sheet.rows.length; at++) {
      const by = at - first.r;
      if (by === 0 || bare(text(sheet.rows[at]?.[first.c]?.value)) !== first.text) continue;
      if (!others.every((l) => bare(text(sheet.rows[l.r + by]?.[l.c]?.value)) === l.text)) continue;
      const f = sheet.rows[r + by]?.[c]?.formula;
      if (f !== undefined && `=${f}` === movedRows(e.formula, by)) return { ok: false, reason: 'shifted', sheet: e.sheet, cell: e.cell, label: logged.map((l) => l.text).join('・'), now: a1(r + by, c) };
    }
  }
  return null;
}

/** A formula's references to rows moved by `by` rows, as Excel moves them with its cell (rows of $ stay; string literals as they are); '' where one would leave the sheet. */
function movedRows(formula: string, by: number): string {
  let off = false;
  const moved = formula.replace(CELL_REFERENCE, (m, literal: string | undefined, column: string, fixed: string, row: string) => {
    if (literal !== undefined || fixed) return m;
    const to = Number(row) + by;
    if (to < 1) off = true;
    return `${column}${to}`;
  });
  return off ? '' : moved;
}

/** A string literal, or a reference to a cell (its column, "$" before its row, its row) that is not part of a name or a function. */
const CELL_REFERENCE = /("(?:[^"]|"")*")|(?<![A-Za-z0-9_.$])(\$?[A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/g;

/**
 * What to tell the user when 元に戻す is done: the cells put back, those whose figures are from before an operand was changed,
 * and those whose array formula the host put back as an ordinary one (`arraysAsFormulas`, ApplyResult's: Excel's add-in API
 * writes none).
 */
export function undoDoneMessage(undo: Extract<UndoResult, { ok: true }>, arraysAsFormulas: readonly string[] = []): Bilingual {
  const cells = undo.restored.length;
  const done = undo.stale.length
    ? bilingual('outcomeUndoStale', { cells, count: undo.stale.length, ...listed(undo.stale, 'stale') })
    : bilingual('outcomeUndo', { cells });
  if (!arraysAsFormulas.length) return done;
  const arrays = bilingual('undoArraysAsFormulas', listed(arraysAsFormulas, 'cells'));
  return { ja: `${done.ja}${arrays.ja}`, en: `${done.en} ${arrays.en}` };
}

/** Cells listed in a message, the first five and how many more: `{name}` in Japanese, `{name}En` in English. */
function listed(cells: readonly string[], name: string): Record<string, string> {
  return { [name]: cellList([...cells], { max: 5 }), [`${name}En`]: cellList([...cells], { max: 5, sep: ', ', more: (n) => ` and ${n} more` }) };
}

/** What to tell the user when 元に戻す refuses: the cell named, with its sheet (and the log's row). */
export function undoRefusalMessage(undo: UndoRefusal): Bilingual {
  switch (undo.reason) {
    case 'nothing':
      return bilingual('undoNothing');
    case 'edited':
      return undo.now === '' ? bilingual('undoEditedEmpty', { sheet: undo.sheet, cell: undo.cell }) : bilingual('undoEdited', { sheet: undo.sheet, cell: undo.cell, now: undo.now });
    case 'missing-sheet':
      return bilingual('undoSheetMissing', { sheet: undo.sheet, cell: undo.cell });
    case 'moved':
      return bilingual('undoMoved', { sheet: undo.sheet, cell: undo.cell, label: undo.label, was: undo.was, now: undo.now });
    case 'shifted':
      return bilingual('undoShifted', { sheet: undo.sheet, cell: undo.cell, label: undo.label, now: undo.now });
    case 'table-column':
      return bilingual('undoTableColumn', { sheet: undo.sheet, cell: undo.cell, table: undo.table, area: undo.area });
    case 'unrestorable':
      return bilingual('undoUnrestorable', { sheet: undo.sheet, cell: undo.cell, before: undo.before, kind: CHANGE_LOG_TEXT.kinds[undo.kind], kindEn: CHANGE_LOG_TEXT.kindsEn[undo.kind], log: undo.log, row: undo.row });
  }
}
