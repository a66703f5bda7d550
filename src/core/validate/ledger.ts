/**
 * Ledger arithmetic (domain.md §3): 収入未済額 = 調定額 − 収入済額 − 不納欠損額 + 還付未済額 (+ a 繰越額 printed beside, where
 * 調定額 is the year's alone: carriedColumn), and
 * 収納率 = 収入済額 ÷ 調定額 × 100 for each 区分 (全体 from its own summed amounts: weighted); with no 調定額
 * printed, of the amount the rows show it is of (a collection body's 受託額).
 */
import type { Finding, PlanColumn } from '../recognize/model';
import { carriedColumn, figureAt, ledgerGroups, rateAgrees, rateBase } from '../table-structure';
import { cellOf, finding, shown, tolerance, type Rule } from './context';

export const ledgerIdentity: Rule = (table) => {
  const out: Finding[] = [];
  for (const g of ledgerGroups(table)) {
    const [A, E, K, U, R] = (['調定額', '収入済額', '不納欠損額', '収入未済額', '還付未済額'] as const).map((i) => g.get(i));
    if (!A || !E || !U) continue;
    const C = carriedColumn(table, g);
    const operands = [A, E, K, R, C].filter((c): c is PlanColumn => !!c).map((c) => c.column);
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i];
      const a = figureAt(row, A);
      const e = figureAt(row, E);
      const u = figureAt(row, U);
      if (a == null || e == null || u == null) continue;
      const expected = (figureAt(row, C) ?? 0) + a - e - (figureAt(row, K) ?? 0) + (figureAt(row, R) ?? 0);
      // A figure stated exactly needs no tolerance (always above 0).
      if (u !== expected && Math.abs(u - expected) > tolerance(row, U.column, operands)) {
        const exp = shown(expected, row.decimals[U.column]);
        out.push(finding(table, 'ledger-identity', 'error', cellOf(row, U.column), { expected: exp, actual: u }, { expected: exp, actual: u }));
      }
    }
  }
  return out;
};

export const rateMismatch: Rule = (table) => {
  const out: Finding[] = [];
  for (const g of ledgerGroups(table)) {
    const [A, E, K, P] = (['調定額', '収入済額', '不納欠損額', '収納率'] as const).map((i) => g.get(i));
    if (!E || !P) continue;
    const base = A ?? rateBase(table, E, P);
    if (!base) continue;
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i];
      if (rateAgrees(row, base, E, K, P) !== false) continue;
      const a = figureAt(row, base)!;
      const e = figureAt(row, E)!;
      const p = figureAt(row, P)!;
      const exp = shown((e / a) * 100, Math.max(row.decimals[P.column] ?? 1, 1));
      out.push(finding(table, 'rate-mismatch', 'error', cellOf(row, P.column), { expected: exp, actual: p, paid: e, charged: a }, { expected: exp, actual: p }));
    }
  }
  return out;
};
