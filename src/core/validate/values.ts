/**
 * Single cells: text where a number belongs, rates outside 0–100, negative amounts.
 */
import type { Finding } from '../recognize/model';
import { cellOf, deltaColumns, figures, finding, hasTexts, isAmountColumn, isRateColumn, valueColumns, type Rule } from './context';
import { cellList, cellListEn } from '../../i18n/consolidate';
import { amountsInYen } from '../table-structure';

/** amount-in-yen: an amount typed in 円 in a table of 千円 or 百万円, its ledger showing it (table-structure amountsInYen). */
export const amountInYen: Rule = (table) =>
  [...amountsInYen(table)].map(([cell, { typed, read }]) => finding(table, 'amount-in-yen', 'error', cell, { actual: typed, expected: read, unit: table.unit ?? '' }, { expected: read, actual: typed }));

export const notANumber: Rule = (table) => {
  const out: Finding[] = [];
  const cols = [...valueColumns(table), ...deltaColumns(table)].sort((a, b) => a.c - b.c);
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    if (!hasTexts(row)) continue;
    for (const col of cols) {
      const text = row.texts[col.column];
      if (text === undefined) continue;
      // A word in a difference whose operand has no figure (皆減, 新規) says why it has none; 再計算 keeps it too.
      if (col.role === 'delta' && [col.minuendColumn, col.subtrahendColumn].some((k) => k && row.values[k] === null && row.texts[k] === undefined)) continue;
      // An Excel error (#DIV/0! where 調定額 is 0) is a formula's outcome, not a typing mistake.
      if (/^#[A-Z0-9/!?_]+[!?A]$/i.test(text.trim())) {
        out.push(finding(table, 'excel-error', 'warning', cellOf(row, col.column), { text }, { actual: text }));
      } else {
        out.push(finding(table, 'not-a-number', 'error', cellOf(row, col.column), { text, header: col.header }, { actual: text }));
      }
    }
  }
  return out;
};

/**
 * A figure typed as text ("91,000" entered as text, Excel's green corner): saiken reads the number,
 * but Excel's SUM skips the cell and its arithmetic may not read it, so the sheet's own totals and
 * saiken's formulas would not add it. Recalculation leaves what depends on it to the user; a total's own cell it writes its
 * SUM into (said so).
 */
export const numberAsText: Rule = (table) => {
  const said = table.textFigures ?? [];
  if (!said.length) return [];
  // A total's own cell is one 再計算 writes its SUM into, where no figure it sums is text too (that total it leaves).
  const totals = new Set(table.shape === 'matrix' ? [] : table.rows.filter((r) => r.total).map((r) => r.row));
  const column = (cell: string) => cell.replace(/\d+$/, '');
  const row = (cell: string) => Number(cell.replace(/^[A-Z]+/, ''));
  const textAbove = new Set(said.filter((s) => !totals.has(row(s.cell))).map((s) => column(s.cell)));
  return said.map(({ cell, text }) => {
    const total = totals.has(row(cell)) && !textAbove.has(column(cell));
    return finding(table, 'number-as-text', 'warning', cell, { text, ...(total ? { total: 1 } : {}) }, { actual: text });
  });
};

/**
 * Formulas with no result stored (a program wrote them and nothing calculated them since; saiken's 元に戻す restores a formula
 * so): no figure can be read there, and the checks over them lack it. Said once a table, at its first such cell.
 */
export const formulaNoValue: Rule = (table) => {
  const cells = table.uncached;
  if (!cells?.length) return [];
  return [finding(table, 'formula-no-value', 'warning', cells[0], { cells: cellList(cells, { more: () => ' ほか' }), cellsEn: cellListEn(cells), count: cells.length })];
};

/** A rate kept at another scale than its column's (97.3% typed among 96.2 …): read as it shows, said at its cell. */
export const percentMixed: Rule = (table) => (table.percentOff ?? []).map(({ cell, shown }) => finding(table, 'percent-mixed', 'warning', cell, { shown }, { actual: shown }));

export const rateOutOfRange: Rule = (table) => {
  const out: Finding[] = [];
  for (const col of valueColumns(table).filter((c) => isRateColumn(table, c))) {
    const vs = figures(table, col.column);
    for (let i = 0; i < vs.length; i++) {
      const v = vs[i];
      if (v === null || (v >= 0 && v <= 100)) continue;
      // The range's end is no figure the rate should have (579 was 57.9): only the figure shown is given, as a matrix table's.
      out.push(finding(table, 'rate-out-of-range', 'error', cellOf(table.rows[i], col.column), { value: v }, { actual: v }));
    }
  }
  return out;
};

export const negativeAmount: Rule = (table) => {
  const out: Finding[] = [];
  for (const col of valueColumns(table).filter((c) => isAmountColumn(table, c))) {
    const vs = figures(table, col.column);
    for (let i = 0; i < vs.length; i++) {
      const v = vs[i];
      if (v === null || v >= 0) continue;
      out.push(finding(table, 'negative-amount', 'error', cellOf(table.rows[i], col.column), { value: v, item: col.item ?? '金額' }, { actual: v }));
    }
  }
  return out;
};

/**
 * An amount table whose unit no line or header states ((単位：千円), 調定額（円）): its figures cannot be set beside another
 * table's (集計, 取りまとめ). Said once, at the table's first cell.
 */
export const unitUnknown: Rule = (table) =>
  table.shape !== 'matrix' && (table.measure === 'amount' || table.measure === 'ledger') && table.unit === null
    ? [finding(table, 'unit-unknown', 'warning', table.range.split(':')[0], {}, {})]
    : [];
