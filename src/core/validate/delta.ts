/**
 * Delta columns (③-①): the stated difference against its operands, and a difference shown
 * although an operand is blank. Rates of change (増減率, 縮減率) and ratios to the year before
 * (前年度比 101.2): the stated rate against its figures.
 */
import type { Finding, PlanRow } from '../recognize/model';
import { cellOf, deltaColumns, figures, finding, halfUnit, hidesPrecision, shown, tolerance, type Rule } from './context';

export const deltaRules: Rule = (table, ctx) => {
  const out: Finding[] = [];
  for (const col of deltaColumns(table)) {
    const { minuendColumn: m, subtrahendColumn: s } = col;
    if (!m || !s) continue;
    const operands = [m, s];
    const [ds, as, bs] = [figures(table, col.column), figures(table, m), figures(table, s)];
    // Its rows another pair's difference than its header's (④−① over ③−① in every row): said once, at its header.
    const rowsPair = col.rowsShow;
    if (rowsPair) {
      const tagOf = (letter: string) => table.columns.find((c) => c.column === letter)?.tag ?? null;
      const named = (a: string, b: string, ta: string | null, tb: string | null) => (ta && tb ? `${ta}−${tb}（${a}−${b}）` : `${a}−${b}`);
      out.push(
        finding(table, 'delta-header-mismatch', 'error', `${col.column}${table.headerBottom + 1}`, {
          stated: named(m, s, col.minuend, col.subtrahend),
          shown: named(rowsPair.minuendColumn, rowsPair.subtrahendColumn, tagOf(rowsPair.minuendColumn), tagOf(rowsPair.subtrahendColumn)),
        }),
      );
    }
    const [xs, ys] = rowsPair ? [figures(table, rowsPair.minuendColumn), figures(table, rowsPair.subtrahendColumn)] : [];
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
      // A row of the pair its rows show is said with them.
      if (xs && xs[i] !== null && ys![i] !== null && Math.abs(d - (xs[i]! - ys![i]!)) <= tolerance(row, col.column, [rowsPair!.minuendColumn, rowsPair!.subtrahendColumn])) continue;
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

/**
 * A typed rate of change against (minuend − subtrahend) ÷ base × 100, read as its column shows it
 * (5.0% for 0.05: recognition reads percent cells × 100): right within half a unit of what it
 * shows, plus what the rounding of its figures makes of it where they hold more than they show.
 * A rate over a blank figure or a base of 0 is recalculation's to blank, not checked here.
 */
export const changeRateRules: Rule = (table) => {
  const out: Finding[] = [];
  for (const col of table.columns) {
    if (!col.changeRate) continue;
    const { minuendColumn: m, subtrahendColumn: s, baseColumn: b, ratio } = col.changeRate;
    const [rs, as, bs] = [figures(table, col.column), figures(table, m), figures(table, s)];
    for (let i = 0; i < rs.length; i++) {
      const stated = rs[i];
      const a = as[i];
      const z = bs[i];
      if (stated === null || a === null || z === null) continue;
      const row = table.rows[i];
      const base = b === m ? a : z;
      if (base === 0) continue;
      // A ratio (前年度比 101.2) is the minuend over the base; a rate of change, their difference over it.
      const expected = ((ratio ? a : a - z) / base) * 100;
      if (stated === expected) continue;
      // The figures' rounding: each moves the change by its half unit, the base the rate by as much relatively.
      const ha = roundingOf(row, m);
      const hz = roundingOf(row, s);
      const tol = halfUnit(row.decimals[col.column]) + (((ratio ? ha : ha + hz) / Math.abs(base)) * 100) + (Math.abs(expected) * (b === m ? ha : hz)) / Math.abs(base);
      if (Math.abs(stated - expected) <= tol) continue;
      const exp = shown(expected, row.decimals[col.column]);
      const formula = ratio ? `${cellOf(row, m)}/${cellOf(row, b)}*100` : `(${cellOf(row, m)}-${cellOf(row, s)})/${cellOf(row, b)}*100`;
      out.push(finding(table, ratio ? 'ratio-mismatch' : 'change-rate-mismatch', 'error', cellOf(row, col.column), { expected: exp, actual: stated, formula }, { expected: exp, actual: stated }));
    }
  }
  return out;
};

/** Half a unit of what a figure shows where it holds more than that (a formula's result), else 0. */
function roundingOf(row: PlanRow, column: string): number {
  const v = row.values[column];
  return v !== null && v !== undefined && hidesPrecision(v, row.decimals[column]) ? halfUnit(row.decimals[column]) : 0;
}
