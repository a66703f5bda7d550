/**
 * The change-log sheet: every value recalculation replaced, readable by a person, so that a
 * hand-typed figure can be looked up and restored (with the number format it had, where 再計算
 * changed that too, so that 元に戻す puts back what the cell showed). Appended to, never rewritten. It sits behind
 * every other sheet, and prints only its explanation (a print area), not pages of formulas.
 */
import { heldByOtherSheet, parseA1, sameSheetName, type Sheet } from '../workbook';
import { MAX_ROW } from '../marks';
import type { CellWrite, ChangeSet, LogEntry, PrintSetup, Scalar } from '../changes';
import { CHANGE_LOG_TEXT as T } from '../../i18n/workbook';

export const CHANGE_LOG_SHEET = 'saiken変更履歴';

/** The explanation above the log: title, how to restore, what prints, the count of records. */
const HEAD_ROWS = 2 + T.lead.length;
const HEADER_ROW = HEAD_ROWS + 2;
/** The log table's header row (1-based); records follow it. */
export const CHANGE_LOG_HEADER_ROW = HEADER_ROW;
const PRINT: PrintSetup = { orientation: 'portrait', area: `A1:E${HEAD_ROWS}`, fitToWidth: true };
const COLUMNS = 'ABCDEFGHI';
/** Column F: the number format a cell had where 再計算 changed it (older logs have no column F). */
const FORMAT_COLUMN = 5;
/**
 * Column G: the run's number, one more than the log's last, so that 元に戻す tells runs apart
 * exactly (column A's time is only to the minute). Older logs have none: their runs go by the time.
 */
const RUN_COLUMN = 6;
/**
 * Column H: what the former content was (T.kinds), where column D's own type does not tell it: text
 * starting with "=" (column D alone reads as the user's formula), an error value (column D alone
 * reads as text) and an array formula of one cell, `{=…}` (column D alone reads as text). A number, TRUE/FALSE, other text and a blank are what D holds; a formula is D's
 * "=…" with H blank, as in logs written before column H existed. (Written for every row it would
 * add a cell per replaced value to the one request 再計算 sends Excel.)
 */
const KIND_COLUMN = 7;
/**
 * Column I: the row's labels as they stood, "A8=税務課", "B8=市税", "C8=現年度分" a line each (LogEntry.key), on the run's
 * first entry of each row (of each table on it): 元に戻す checks they are still there, so that a value goes back to its
 * own row and not to the one a sort has moved under it. Older logs have none. To keep 再計算's one request to Excel within its size, column A's time is written
 * on the run's first entry only (the entries below it are of the same run, column G).
 */
const KEY_COLUMN = 8;
const KEY = /^([A-Z]{1,3}[1-9]\d*)=(.*)$/s;

/** A row key's label cells and their texts ("A8=税務課\nB8=市税", a line each); empty where the log holds none. */
export function rowKey(key: string | undefined): { cell: string; text: string }[] {
  if (key === undefined) return [];
  const out: { cell: string; text: string }[] = [];
  // A line begins with an address: a label's own line break stays in its text.
  for (const line of key.split(/\n(?=[A-Z]{1,3}[1-9]\d*=)/)) {
    const m = KEY.exec(line);
    if (!m) return [];
    out.push({ cell: m[1], text: m[2] });
  }
  return out;
}
const kindLabel = (e: LogEntry): string | null =>
  e.kind === 'error' || (e.kind === 'text' && typeof e.before === 'string' && e.before.startsWith('=')) || (e.kind === 'formula' && isArrayFormula(e.before)) ? T.kinds[e.kind] : null;

/** An array formula of one cell as the log holds it, `{=…}` (as Excel shows one); column D alone would read it as text. */
export function isArrayFormula(before: Scalar): before is string {
  return typeof before === 'string' && before.startsWith('{=') && before.endsWith('}') && before.length > 3;
}

type Kind = NonNullable<LogEntry['kind']>;
const KIND_OF_LABEL = new Map<unknown, Kind>(Object.entries(T.kinds).map(([k, label]) => [label, k as Kind]));

/** One row of the log as 元に戻す reads it (1-based `row`). */
export interface LogRow {
  row: number;
  time: string;
  undone: boolean;
  sheet: string;
  cell: string;
  before: Scalar;
  formula: string;
  format?: string;
  run?: number;
  /** Column H's, else what column D holds (see KIND_COLUMN). */
  kind: Kind;
  /** Column I's (see KEY_COLUMN). */
  key?: string;
}

function kindOfColumnD(v: Scalar | { error: string }): Kind {
  if (v === null || v === '') return 'empty';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  return typeof v === 'string' && v.startsWith('=') && v.length > 1 ? 'formula' : 'text';
}

const textOf = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? (v as { error: string }).error : String(v));
const ADDRESS = /^[A-Z]{1,3}[1-9]\d*$/;

/**
 * The 0-based row of the log's header (日時, シート, セル, …, 書き込んだ数式), or -1 when the sheet is
 * not a log saiken made: a user's own sheet of the same name is never read or written as the log.
 * The oldest logs have the header in row 1, the later ones under the explanation.
 */
function headerRowOf(sheet: Sheet): number {
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_ROW + 2); r++) {
    const row = sheet.rows[r];
    if ([0, 1, 2, 3, 4].every((c) => row?.[c]?.value === T.header[c])) return r;
  }
  return -1;
}

/**
 * The change log saiken appends to in `wb`: a sheet named saiken変更履歴 (or the free name it was given,
 * saiken変更履歴 (2) …), compared as Excel compares sheet names, without case, holding the log's header
 * — of several, the one not continued in another (a log full up to Excel's last row ends with a row
 * naming the sheet it goes on in).
 */
export function findChangeLog<S extends Sheet>(wb: { sheets: readonly S[] }): S | undefined {
  const logs = wb.sheets.filter((s) => isChangeLogName(s.name) && headerRowOf(s) >= 0);
  return logs.length > 1 ? (logs.find((s) => !isContinued(s)) ?? logs[logs.length - 1]) : logs[0];
}

/** Does the log end with the row that names the sheet it goes on in? */
function isContinued(log: Sheet): boolean {
  return log.rows[log.rows.length - 1]?.[4]?.value === T.continued;
}

/**
 * Rows a log keeps free below its records: one for 元に戻す's mark, one for the row naming the log
 * it goes on in. A run is logged whole in one sheet (元に戻す reads the last run from one).
 */
const KEPT_ROWS = 2;

/** Whether `name` is one a change log is given (saiken変更履歴, saiken変更履歴 (2) …, in any case). */
export function isChangeLogName(name: string): boolean {
  const base = CHANGE_LOG_SHEET.toLowerCase();
  const lower = name.toLowerCase();
  return lower.startsWith(base) && /^(?: \(\d+\))?$/.test(lower.slice(base.length));
}

/** The name a new log gets: saiken変更履歴, or saiken変更履歴 (2) … where a user's sheet holds it (in any case). */
export function freeChangeLogName(wb: { sheets: readonly { name: string }[]; otherSheets?: readonly string[] }): string {
  const taken = (name: string) => wb.sheets.some((s) => sameSheetName(s.name, name)) || heldByOtherSheet(wb, name);
  let name = CHANGE_LOG_SHEET;
  for (let n = 2; taken(name); n++) name = `${CHANGE_LOG_SHEET} (${n})`;
  return name;
}

/**
 * The log's entries and 元に戻す's marks, in order. Rows that are neither (a note typed under the
 * log, a blank row) are left out: an entry names a sheet, a cell address and the formula written.
 */
export function readChangeLog(sheet: Sheet): LogRow[] {
  const header = headerRowOf(sheet);
  if (header < 0) return [];
  const out: LogRow[] = [];
  let lastTime = '';
  for (let r = header + 1; r < sheet.rows.length; r++) {
    const v = (c: number) => sheet.rows[r]?.[c]?.value ?? null;
    // A run's entries under its first carry no time of their own.
    const time = textOf(v(0)) || (v(RUN_COLUMN) !== null ? lastTime : '');
    lastTime = time;
    if (v(4) === T.undone) {
      out.push({ row: r + 1, time, undone: true, sheet: '', cell: '', before: null, formula: '', kind: 'empty' });
      continue;
    }
    const [name, cell, formula] = [textOf(v(1)), textOf(v(2)), v(4)];
    if (!name || !ADDRESS.test(cell) || typeof formula !== 'string' || !formula.startsWith('=')) continue;
    const before = v(3);
    const format = v(FORMAT_COLUMN);
    const run = v(RUN_COLUMN);
    const kind = KIND_OF_LABEL.get(v(KIND_COLUMN)) ?? kindOfColumnD(before);
    const key = textOf(v(KEY_COLUMN));
    out.push({
      row: r + 1,
      time,
      undone: false,
      sheet: name,
      cell,
      before: before !== null && typeof before === 'object' ? before.error : before,
      formula,
      ...(typeof format === 'string' && format !== '' ? { format } : {}),
      ...(typeof run === 'number' && Number.isInteger(run) ? { run } : {}),
      kind,
      ...(rowKey(key).length ? { key } : {}),
    });
  }
  return out;
}

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
 * The sheet `cs.log` is recorded in: the log sheet changeLogWrites made or appended to (it lists
 * that one among `cs.sheets`, to be made or moved last; a full log it goes on from is only written
 * to). Undefined when nothing was logged.
 */
export function changeLogSheetOf(cs: ChangeSet): string | undefined {
  return cs.log.length ? cs.sheets.findLast((s) => isChangeLogName(s.name))?.name : undefined;
}

/**
 * The writes that correct, in the log changeLogWrites wrote into `cs`, the entries of cells ("sheet!cell") whose write
 * Excel did not keep: column E of each such row says it was not written (元に戻す passes over a row whose column E holds
 * no formula; readChangeLog does not list it), and the count of records, where the run wrote it, goes down by as many.
 * The rows are found by what the run wrote in them (sheet, cell and formula). Empty where none of the cells is logged.
 */
export function unwrittenLogWrites(cs: ChangeSet, unwritten: ReadonlySet<string>): CellWrite[] {
  const name = changeLogSheetOf(cs);
  if (!name || !unwritten.size) return [];
  const rows = new Map<number, Scalar[]>();
  let count: CellWrite | undefined;
  for (const w of cs.cells) {
    if (w.sheet !== name) continue;
    if (w.cell === `B${HEAD_ROWS}` && typeof w.value === 'number') count = w;
    const { r, c } = parseA1(w.cell);
    if (c > 4) continue;
    const row = rows.get(r) ?? [];
    row[c] = w.value ?? null;
    rows.set(r, row);
  }
  const out: CellWrite[] = [];
  for (const [r, row] of rows) {
    const [, sheet, cell, , formula] = row;
    if (typeof formula !== 'string' || !formula.startsWith('=') || !unwritten.has(`${textOf(sheet)}!${textOf(cell)}`)) continue;
    if (!cs.log.some((e) => e.sheet === sheet && e.cell === cell && e.formula === formula)) continue;
    out.push({ sheet: name, cell: `E${r + 1}`, value: T.unwritten });
  }
  if (out.length && count) out.push({ sheet: name, cell: count.cell, value: (count.value as number) - out.length, align: 'right' });
  return out;
}

/**
 * The change log's writes for `cs.log`, appended to `cs`: the log sheet of `wb` appended to, or made
 * (under a free name where a user's sheet holds saiken変更履歴), with the formats the changes
 * replaced (from replacedFormats), the run's number and each former content's kind.
 */
export function changeLogWrites(wb: { sheets: readonly Sheet[] }, cs: ChangeSet, now: string, formats: ReadonlyMap<string, string>): void {
  if (HEADER_ROW + cs.log.length + KEPT_ROWS > MAX_ROW) throw new RangeError(T.overflow(cs.log.length));
  let existing = findChangeLog(wb);
  // A log that cannot take the run below its records (Excel's sheet ends at row 1,048,576) goes on in a new sheet.
  const full = existing && existing.rows.length + cs.log.length + KEPT_ROWS > MAX_ROW ? existing : undefined;
  if (full) existing = undefined;
  const name = existing?.name ?? freeChangeLogName(wb);
  let row = existing ? existing.rows.length + 1 : HEADER_ROW + 1;
  const text = (cell: string, value: string, more: { bold?: boolean; wrap?: boolean } = {}) => cs.cells.push({ sheet: name, cell, value, ...more });
  let run = 1;
  if (full) {
    // The runs numbered on from the full log's; its last row names the log it goes on in.
    for (const r of readChangeLog(full)) if (r.run !== undefined && r.run >= run) run = r.run + 1;
    const last = full.rows.length + 1;
    cs.cells.push({ sheet: full.name, cell: `A${last}`, value: now }, { sheet: full.name, cell: `B${last}`, value: name }, { sheet: full.name, cell: `E${last}`, value: T.continued });
  }
  if (!existing) {
    cs.sheets.push({ name, mode: 'create', state: 'visible', columnWidths: [16, 12, 7, 14, 50, 14, 8, 10, 20], print: PRINT, position: 'last' });
    text('A1', T.title, { bold: true });
    T.lead.forEach((line, i) => text(`A${i + 2}`, line));
    text(`A${HEAD_ROWS}`, T.count, { bold: true });
    // A count as a value, brought up to date on every append: the log holds no formulas of its own.
    cs.cells.push({ sheet: name, cell: `B${HEAD_ROWS}`, value: cs.log.length, align: 'right' });
    T.header.forEach((h, i) => text(`${COLUMNS[i]}${HEADER_ROW}`, h, { bold: true }));
  } else {
    const header = headerRowOf(existing);
    const rows = readChangeLog(existing);
    for (const r of rows) if (r.run !== undefined && r.run >= run) run = r.run + 1;
    // The records counted, not a note typed under them.
    if (existing.rows[0]?.[0]?.value === T.title && cs.log.length) cs.cells.push({ sheet: name, cell: `B${HEAD_ROWS}`, value: rows.length + cs.log.length, align: 'right' });
    // A log begun before column F (G, H) existed gets its header when the column is first written.
    const missing = (c: number) => existing.rows[header]?.[c]?.value == null;
    if (formats.size && missing(FORMAT_COLUMN)) text(`F${header + 1}`, T.header[FORMAT_COLUMN], { bold: true });
    for (const c of [RUN_COLUMN, KIND_COLUMN, KEY_COLUMN]) if (missing(c)) text(`${COLUMNS[c]}${header + 1}`, T.header[c], { bold: true });
    // Still last after sheets added since (the summary made after a first recalculation).
    cs.sheets.push({ name, mode: 'create', state: existing.hidden ? 'hidden' : 'visible', position: 'last' });
  }
  const keyed = new Set<string>();
  for (let i = 0; i < cs.log.length; i++) {
    const e = cs.log[i];
    const format = formats.get(`${e.sheet}!${e.cell}`);
    // The row's labels on its first entry (a row's cells are logged column by column, far apart); a second table
    // on the same rows has its own.
    const rowOf = `${e.sheet}!${parseA1(e.cell).r}!${e.key}`;
    const key = e.key !== undefined && !keyed.has(rowOf) ? (keyed.add(rowOf), e.key) : null;
    const values: Scalar[] = [i === 0 ? now : null, e.sheet, e.cell, e.before, e.formula, format ?? null, run, kindLabel(e), key];
    values.forEach((v, i) => {
      if (v !== null) cs.cells.push({ sheet: name, cell: `${COLUMNS[i]}${row}`, value: v, ...(i === 4 ? { wrap: true } : {}) });
    });
    row++;
  }
}
