/**
 * A ChangeSet applied to a snapshot in memory: what the workbook will hold once a host has
 * written it, as the host would read it back — its cells, the sheets created or replaced in their
 * order (a sheet with `position: 'last'` moved behind the others), the arrays of one cell written
 * over or written, the generated sheets' names. Used to report on the result (validation after
 * recalculation), and by the browser port as the workbook after a write instead of reading the
 * written file again (test/taskpane/browser-port-applied.test.ts proves the two the same).
 */
import { cellAt, parseA1, type Area, type Cell, type Sheet, type Workbook } from './workbook';
import { sheetWithCells, WrittenCells } from './cells';
import type { CellWrite, ChangeSet } from './changes';

export function applyToSnapshot(wb: Workbook, cs: ChangeSet): Workbook {
  const sheets = new Map<string, Sheet>(wb.sheets.map((s) => [s.name, copyOf(s)]));
  const order = wb.sheets.map((s) => s.name);
  for (const s of cs.sheets) {
    const existing = sheets.get(s.name);
    if (s.mode === 'replace' || !existing) {
      if (!existing) order.push(s.name);
      // A sheet replaced keeps its tab as it was, shown or hidden (the writer writes its part, not its state).
      sheets.set(s.name, { name: s.name, rows: [], merges: [], hidden: existing ? Boolean(existing.hidden) : s.state !== 'visible' });
    }
  }
  // Per sheet, per row, per column: the cell each write leaves (a later write over an earlier one).
  const written = new Map<string, Map<number, Map<number, Cell | undefined>>>();
  // Per sheet, the cells given content, and whether as an array formula (see withArrays).
  const content = new Map<string, Map<string, boolean>>();
  for (const w of cs.cells) {
    const sheet = sheets.get(w.sheet);
    if (!sheet) continue;
    let rows = written.get(w.sheet);
    if (!rows) written.set(w.sheet, (rows = new Map()));
    const { r, c } = parseA1(w.cell);
    let row = rows.get(r);
    if (!row) rows.set(r, (row = new Map()));
    row.set(c, writtenCell(row.has(c) ? row.get(c) : cellAt(sheet, r, c), w));
    // Only where arrays are at stake: a recalculation of a million cells makes no key a cell.
    if ((w.array || sheet.arrays?.length || content.has(w.sheet)) && (w.value !== undefined || w.formula !== undefined)) {
      let cells = content.get(w.sheet);
      if (!cells) content.set(w.sheet, (cells = new Map()));
      cells.set(`${r},${c}`, w.array === true && w.formula !== undefined);
    }
  }
  for (const [name, rows] of written) sheets.set(name, withArrays(withWrites(sheets.get(name)!, rows), content.get(name)));
  for (const s of cs.sheets) {
    const at = s.position === 'last' ? order.indexOf(s.name) : -1;
    if (at >= 0) order.push(...order.splice(at, 1));
  }
  const names = { ...(wb.names ?? {}) };
  for (const s of cs.sheets) if (s.generated) names[`_saiken_gen_${s.generated.kind}`] = `${s.name}|${s.generated.fingerprint}`;
  return { ...wb, sheets: order.map((n) => sheets.get(n)!), names };
}

/** A copy of the sheet, sharing its cells (of stored cells, its rows not made). */
function copyOf(sheet: Sheet): Sheet {
  return sheet.cells ? sheetWithCells(sheet, sheet.cells) : { ...sheet };
}

/** The cell `w` leaves where `old` was (undefined: empty). */
function writtenCell(old: Cell | undefined, w: CellWrite): Cell | undefined {
  // A formula written without its result keeps the value the cell showed (Excel computes the new
  // one, which no snapshot can; the file host caches none: see BrowserPort.apply).
  const next: Cell = { value: old?.value ?? null };
  // Written as the hosts write it: without a leading "=".
  if (w.formula !== undefined) {
    const formula = w.formula.startsWith('=') ? w.formula.slice(1) : w.formula;
    if (formula) next.formula = formula;
  } else if (old?.formula && w.value === undefined) next.formula = old.formula;
  // -0 is written, and read back, as 0.
  if (w.value !== undefined) next.value = w.value === '' ? null : Object.is(w.value, -0) ? 0 : w.value;
  // "General" is no format in a snapshot (the hosts read it as none): 元に戻す writes it back.
  const given = w.numberFormat ?? old?.numberFormat;
  const format = given === 'General' ? undefined : given;
  if (format) next.numberFormat = format;
  // A cell with a format and nothing in it is read as none (the snapshot holds what a cell shows).
  return next.value === null && !next.formula ? undefined : next;
}

/**
 * A copy of the sheet with the written cells: over its stored cells without making its rows (see
 * cells.ts), else its rows copied on write (the rows array, and each row written to). Either way a
 * row runs to its last cell and the sheet to its last row holding one, as a host reads them back.
 */
export function withWrites(sheet: Sheet, written: ReadonlyMap<number, ReadonlyMap<number, Cell | undefined>>): Sheet {
  if (sheet.cells) return sheetWithCells(sheet, sheet.cells instanceof WrittenCells ? sheet.cells.over(written) : new WrittenCells(sheet.cells, written));
  const rows = sheet.rows.slice();
  for (const [r, cells] of written) {
    while (rows.length <= r) rows.push([]);
    const row = (rows[r] = rows[r] ? [...rows[r]] : []);
    for (const [c, cell] of cells) row[c] = cell;
    // To its last cell, as a host reads a row back (a cell emptied at its end is none).
    while (row.length && row[row.length - 1] === undefined) row.length--;
  }
  while (rows.length && written.has(rows.length - 1) && !rows[rows.length - 1].length) rows.length--;
  return { ...sheet, rows };
}

/**
 * The sheet's arrays once its cells are written. `content`: per cell given a value or a formula
 * (`r,c`), whether its last such write was an array formula (`array: true`, as 元に戻す gives one
 * of one cell back). A one-cell array whose cell got other content is gone (a write into a larger
 * one is refused before anything is written: merged-writes.ts); a cell written as an array is one.
 * None left: no `arrays`, as a host reads a sheet without any.
 */
function withArrays(sheet: Sheet, content: Map<string, boolean> | undefined): Sheet {
  if (!content || (!sheet.arrays?.length && ![...content.values()].includes(true))) return sheet;
  const kept: Area[] = (sheet.arrays ?? []).filter((a) => !(a.top === a.bottom && a.left === a.right && content.has(`${a.top},${a.left}`)));
  for (const [key, array] of content) {
    if (!array) continue;
    const [r, c] = key.split(',').map(Number);
    kept.push({ top: r, left: c, bottom: r, right: c });
  }
  const copy = copyOf(sheet);
  if (kept.length) copy.arrays = kept;
  else delete copy.arrays;
  return copy;
}
