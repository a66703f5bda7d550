/**
 * Computed cells in an Excel table (ListObject, テーブルとして書式設定). Excel's AutoCorrect option "Fill
 * formulas in tables to create calculated columns", on by default, acts on an add-in's writes too:
 * formulas written into a table column make it a calculated column, one of them filled down every
 * row of the column over the rows' own formulas, values and blanks (office-js#5909, #6745, #2093 —
 * closed by design — and #1916). A plan's column whose rows differ (the ledger identity on its data
 * rows, SUMs on its 全体 rows) would end up holding one of them everywhere: wrong figures, no error.
 * So a table column is written only where every row of its data body then holds the same formula,
 * relative to its row — what a calculated column holds anyway. Elsewhere nothing is written in that
 * column, and a `table-column-skipped` finding says where and why. 元に戻す is refused where its writes
 * would leave a table column mixed (mixedTableColumn).
 */
import { areaA1, parseA1, type Sheet } from '../workbook';
import { cellsOf, type SheetCells } from '../cells';
import { dropWrites, type CellWrite, type ChangeSet } from '../changes';
import type { Finding } from '../recognize/model';
import { findingMessage } from '../../i18n/findings';

/**
 * Drops the writes (and their log entries) from `from` and `fromLog` on that fall in a table column its
 * rows would not hold alike; returns the findings saying so.
 */
export function keepOutOfMixedTableColumns(sheet: Sheet, cells: SheetCells, cs: ChangeSet, from: number, fromLog: number): Finding[] {
  const tables = sheet.listObjects;
  if (!tables?.length || cs.cells.length === from) return [];
  const groups = byTableColumn(sheet, cs.cells, from);
  const dropped = new Set<string>();
  const findings: Finding[] = [];
  for (const [key, writes] of groups) {
    const [t, c] = key.split(':').map(Number);
    const { name, body } = tables[t];
    const written = new Map(writes.map((i) => [parseA1(cs.cells[i].cell).r, cs.cells[i].formula]));
    if (alikeDown(body, (r) => (written.has(r) ? written.get(r) : cells.formula(r, c)))) continue;
    for (const i of writes) dropped.add(cs.cells[i].cell);
    const first = cs.cells[writes[0]].cell;
    const area = areaA1({ top: body.top, bottom: body.bottom, left: c, right: c });
    findings.push({ code: 'table-column-skipped', severity: 'warning', sheet: sheet.name, cell: first, ...findingMessage('table-column-skipped', { cell: first, table: name, area }) });
  }
  dropWrites(cs, sheet.name, dropped, from, fromLog);
  return findings;
}

/** The writes to the sheet (indexes into `writes`, from `from` on) that fall in a table's body, by table and column (`${table}:${column}`). */
function byTableColumn(sheet: Sheet, writes: readonly CellWrite[], from: number): Map<string, number[]> {
  const tables = sheet.listObjects ?? [];
  const groups = new Map<string, number[]>();
  for (let i = from; i < writes.length; i++) {
    if (writes[i].sheet !== sheet.name) continue;
    const { r, c } = parseA1(writes[i].cell);
    const t = tables.findIndex(({ body }) => r >= body.top && r <= body.bottom && c >= body.left && c <= body.right);
    if (t < 0) continue;
    const key = `${t}:${c}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  }
  return groups;
}

/**
 * Does the body's column hold what Excel leaves as it is: a formula on every row, the same relative to
 * its row, or none on any (a formula beside values or blanks is copied over them)?
 */
function alikeDown(body: { top: number; bottom: number }, formulaAt: (r: number) => string | undefined): boolean {
  let shape: string | undefined;
  let without = false;
  for (let r = body.top; r <= body.bottom; r++) {
    const f = formulaAt(r);
    if (f === undefined) {
      if (shape !== undefined) return false;
      without = true;
      continue;
    }
    if (without) return false;
    const own = relative(f, r);
    if (shape === undefined) shape = own;
    else if (own !== shape) return false;
  }
  return true;
}

/**
 * The first table column 元に戻す's writes would leave mixed (formulas that differ, or a formula beside
 * values or blanks), which Excel would fill with one formula: its table, the first cell written there and
 * the column's body. null where every column written keeps its rows alike.
 */
export function mixedTableColumn(sheet: Sheet, writes: readonly CellWrite[]): { table: string; cell: string; area: string } | null {
  const tables = sheet.listObjects;
  if (!tables?.length) return null;
  const cells = cellsOf(sheet);
  for (const [key, indexes] of byTableColumn(sheet, writes, 0)) {
    const [t, c] = key.split(':').map(Number);
    const { name, body } = tables[t];
    const written = new Map(indexes.map((i) => [parseA1(writes[i].cell).r, writes[i]]));
    if (alikeDown(body, (r) => (written.has(r) ? written.get(r)!.formula : cells.formula(r, c)))) continue;
    let first = Infinity;
    for (const r of written.keys()) if (r < first) first = r;
    return { table: name, cell: written.get(first)!.cell, area: areaA1({ top: body.top, bottom: body.bottom, left: c, right: c }) };
  }
  return null;
}

/** The formula with each relative row written as its distance from row r (0-based), text in quotes kept: D5-E5 on row 5 is D+0-E+0. */
function relative(formula: string, r: number): string {
  return formula.replace(/("[^"]*")|(\$?[A-Z]{1,3})(\$?)(\d+)(?![\d(])/g, (m, quoted: string | undefined, col: string, anchor: string, row: string) =>
    quoted ? m : anchor ? m : `${col}${Number(row) - 1 - r >= 0 ? '+' : ''}${Number(row) - 1 - r}`,
  );
}
