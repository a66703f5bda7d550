/**
 * A ChangeSet applied to a snapshot in memory: what the workbook will hold once a host has
 * written it. Used to report on the result (validation after recalculation) without re-reading.
 */
import type { Cell, Sheet, Workbook } from './workbook';
import { parseA1 } from './workbook';
import type { ChangeSet } from './changes';

export function applyToSnapshot(wb: Workbook, cs: ChangeSet): Workbook {
  const sheets = new Map<string, Sheet>(wb.sheets.map((s) => [s.name, { ...s, rows: s.rows }]));
  const order = wb.sheets.map((s) => s.name);
  for (const s of cs.sheets) {
    if (s.mode === 'replace' || !sheets.has(s.name)) {
      if (!sheets.has(s.name)) order.push(s.name);
      sheets.set(s.name, { name: s.name, rows: [], merges: [], hidden: s.state !== 'visible' });
    }
  }
  // Copy on write: the rows array once per sheet, a row only when a cell of it is written.
  const copiedRows = new Map<string, Set<number>>();
  for (const w of cs.cells) {
    const sheet = sheets.get(w.sheet);
    if (!sheet) continue;
    let rowsCopied = copiedRows.get(w.sheet);
    if (!rowsCopied) {
      sheet.rows = sheet.rows.slice();
      copiedRows.set(w.sheet, (rowsCopied = new Set()));
    }
    const { r, c } = parseA1(w.cell);
    while (sheet.rows.length <= r) sheet.rows.push([]);
    if (!rowsCopied.has(r)) {
      sheet.rows[r] = sheet.rows[r] ? [...sheet.rows[r]] : [];
      rowsCopied.add(r);
    }
    const old = sheet.rows[r][c];
    const next: Cell = { value: old?.value ?? null };
    if (w.formula !== undefined) next.formula = w.formula;
    else if (old?.formula && w.value === undefined) next.formula = old.formula;
    if (w.value !== undefined) next.value = w.value === '' ? null : w.value;
    // "General" is no format in a snapshot (the hosts read it as none): 元に戻す writes it back.
    const given = w.numberFormat ?? old?.numberFormat;
    const format = given === 'General' ? undefined : given;
    if (format) next.numberFormat = format;
    sheet.rows[r][c] = next.value === null && next.formula === undefined && !format ? undefined : next;
  }
  const names = { ...(wb.names ?? {}) };
  for (const s of cs.sheets) if (s.generated) names[`_saiken_gen_${s.generated.kind}`] = `${s.name}|${s.generated.fingerprint}`;
  return { ...wb, sheets: order.map((n) => sheets.get(n)!), names };
}
