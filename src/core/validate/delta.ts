/**
 * Delta columns (③-①): the stated difference against its operands, and a difference shown
 * although an operand is blank.
 */
import type { Finding } from '../recognize/model';
import { cellOf, deltaColumns, figures, finding, shown, tolerance, type Rule } from './context';

export const deltaRules: Rule = (table, ctx) => {
  const out: Finding[] = [];
  for (const col of deltaColumns(table)) {
    const { minuendColumn: m, subtrahendColumn: s } = col;
    if (!m || !s) continue;
    const operands = [m, s];
    const [ds, as, bs] = [figures(table, col.column), figures(table, m), figures(table, s)];
    for (let i = 0; i < ds.length; i++) {
      const d = ds[i];
      if (d === null) continue;
      const row = table.rows[i];
      const a = as[i];
      const b = bs[i];
      const blank = a === null || b === null;
      if (blank && !ctx.settings.blankAsZero) {
        // An operand showing an error or text is no blank: its own finding (excel-error, not-a-number) names it.
        const which = a === null && row.texts[m] === undefined ? m : b === null && row.texts[s] === undefined ? s : null;
        if (which) out.push(finding(table, 'delta-blank-operand', 'warning', cellOf(row, col.column), { operand: cellOf(row, which), minuend: col.minuend ?? m, subtrahend: col.subtrahend ?? s }, { actual: d }));
        continue;
      }
      const expected = (a ?? 0) - (b ?? 0);
      // A difference stated exactly needs no tolerance (always above 0): most are, and it is not worked out for them.
      if (d !== expected && Math.abs(d - expected) > tolerance(row, col.column, operands)) {
        const exp = shown(expected, row.decimals[col.column]);
        out.push(
          finding(table, 'delta-mismatch', 'error', cellOf(row, col.column), { expected: exp, actual: d, formula: `${cellOf(row, m)}-${cellOf(row, s)}` }, { expected: exp, actual: d }),
        );
      }
    }
  }
  return out;
};
