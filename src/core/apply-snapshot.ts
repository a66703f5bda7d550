/**
 * A ChangeSet applied to a snapshot in memory: what the workbook will hold once a host has
 * written it. Used to report on the result (validation after recalculation) without re-reading.
 */
import { cellAt, parseA1, type Cell, type Sheet, type Workbook } from './workbook';
import { sheetWithCells, WrittenCells } from './cells';
import type { CellWrite, ChangeSet } from './changes';

export function applyToSnapshot(wb: Workbook, cs: ChangeSet): Workbook {
  const sheets = new Map<string, Sheet>(wb.sheets.map((s) => [s.name, copyOf(s)]));
  const order = wb.sheets.map((s) => s.name);
  for (const s of cs.sheets) {
    if (s.mode === 'replace' || !sheets.has(s.name)) {
      if (!sheets.has(s.name)) order.push(s.name);
      sheets.set(s.name, { name: s.name, rows: [], merges: [], hidden: s.state !== 'visible' });
    }
  }
  // Per sheet, per row, per column: the cell each write leaves (a later write over an earlier one).
  const written = new Map<string, Map<number, Map<number, Cell | undefined>>>();
  for (const w of cs.cells) {
    const sheet = sheets.get(w.sheet);
    if (!sheet) continue;
    let rows = written.get(w.sheet);
    if (!rows) written.set(w.sheet, (rows = new Map()));
    const { r, c } = parseA1(w.cell);
    let row = rows.get(r);
    if (!row) rows.set(r, (row = new Map()));
    row.set(c, writtenCell(row.has(c) ? row.get(c) : cellAt(sheet, r, c), w));
  }
  for (const [name, rows] of written) sheets.set(name, withWrites(sheets.get(name)!, rows));
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
  const next: Cell = { value: old?.value ?? null };
  if (w.formula !== undefined) next.formula = w.formula;
  else if (old?.formula && w.value === undefined) next.formula = old.formula;
  if (w.value !== undefined) next.value = w.value === '' ? null : w.value;
  // "General" is no format in a snapshot (the hosts read it as none): 元に戻す writes it back.
  const given = w.numberFormat ?? old?.numberFormat;
  const format = given === 'General' ? undefined : given;
  if (format) next.numberFormat = format;
  return next.value === null && next.formula === undefined && !format ? undefined : next;
}

/**
 * A copy of the sheet with the written cells: over its stored cells without making its rows (see
 * cells.ts), else its rows copied on write (the rows array, and each row written to).
 */
function withWrites(sheet: Sheet, written: Map<number, Map<number, Cell | undefined>>): Sheet {
  if (sheet.cells) return sheetWithCells(sheet, new WrittenCells(sheet.cells, written));
  const rows = sheet.rows.slice();
  for (const [r, cells] of written) {
    while (rows.length <= r) rows.push([]);
    const row = (rows[r] = rows[r] ? [...rows[r]] : []);
    for (const [c, cell] of cells) row[c] = cell;
  }
  return { ...sheet, rows };
}
