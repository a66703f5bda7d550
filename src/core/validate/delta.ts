/**
 * Delta columns (③-①): the stated difference against its operands, and a difference shown
 * although an operand is blank.
 */
import type { Finding } from '../recognize/model';
import { cellOf, deltaColumns, finding, shown, tolerance, type Rule } from './context';

export const deltaRules: Rule = (table, ctx) => {
  const out: Finding[] = [];
  for (const col of deltaColumns(table)) {
    const { minuendColumn: m, subtrahendColumn: s } = col;
    if (!m || !s) continue;
    const operands = [m, s];
    for (const row of table.rows) {
      const d = row.values[col.column];
      if (d === null || d === undefined) continue;
      const a = row.values[m];
      const b = row.values[s];
      const blank = a === null || a === undefined || b === null || b === undefined;
      if (blank && !ctx.settings.blankAsZero) {
        const which = a === null || a === undefined ? cellOf(row, m) : cellOf(row, s);
        out.push(finding(table, 'delta-blank-operand', 'warning', cellOf(row, col.column), { operand: which, minuend: col.minuend ?? m, subtrahend: col.subtrahend ?? s }, { actual: d }));
        continue;
      }
      const expected = (a ?? 0) - (b ?? 0);
      if (Math.abs(d - expected) > tolerance(row, col.column, operands)) {
        const exp = shown(expected, row.decimals[col.column]);
        out.push(
          finding(table, 'delta-mismatch', 'error', cellOf(row, col.column), { expected: exp, actual: d, formula: `${cellOf(row, m)}-${cellOf(row, s)}` }, { expected: exp, actual: d }),
        );
      }
    }
  }
  return out;
};
