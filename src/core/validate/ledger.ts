/**
 * Ledger arithmetic (domain.md §3): 収入未済額 = 調定額 − 収入済額 − 不納欠損額 + 還付未済額, and
 * 収納率 = 収入済額 ÷ 調定額 × 100 for each 区分 (全体 from its own summed amounts: weighted); with no 調定額
 * printed, of the amount the rows show it is of (a collection body's 受託額).
 */
import type { Finding, PlanColumn, PlanRow, PlanTable } from '../recognize/model';
import { figureItem, ledgerGroups } from '../table-structure';
import { cellOf, finding, halfUnit, shown, tolerance, type Rule } from './context';

const num = (row: PlanRow, col: PlanColumn | undefined) => (col ? row.values[col.column] : undefined);

export const ledgerIdentity: Rule = (table) => {
  const out: Finding[] = [];
  for (const g of ledgerGroups(table)) {
    const [A, E, K, U, R] = (['調定額', '収入済額', '不納欠損額', '収入未済額', '還付未済額'] as const).map((i) => g.get(i));
    if (!A || !E || !U) continue;
    const operands = [A, E, K, R].filter((c): c is PlanColumn => !!c).map((c) => c.column);
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i];
      const a = num(row, A);
      const e = num(row, E);
      const u = num(row, U);
      if (a == null || e == null || u == null) continue;
      const expected = a - e - (num(row, K) ?? 0) + (num(row, R) ?? 0);
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
    const base = A ?? amountOfRate(table, E, P);
    if (!base) continue;
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i];
      if (rateAgrees(row, base, E, K, P) !== false) continue;
      const a = num(row, base)!;
      const e = num(row, E)!;
      const p = num(row, P)!;
      const exp = shown((e / a) * 100, Math.max(row.decimals[P.column] ?? 1, 1));
      out.push(finding(table, 'rate-mismatch', 'error', cellOf(row, P.column), { expected: exp, actual: p, paid: e, charged: a }, { expected: exp, actual: p }));
    }
  }
  return out;
};

/** Does the row's rate agree with 収入済額 ÷ its base (null where a figure is missing)? */
function rateAgrees(row: PlanRow, A: PlanColumn, E: PlanColumn, K: PlanColumn | undefined, P: PlanColumn): boolean | null {
  const a = num(row, A);
  const e = num(row, E);
  const p = num(row, P);
  if (a == null || e == null || p == null || a === 0) return null;
  const d = row.decimals[P.column];
  const tol = halfUnit(d);
  const rate = (e / a) * 100;
  // Some plans divide by 調定額 − 不納欠損額, and some cut rates down instead of rounding.
  const k = num(row, K) ?? 0;
  const variants = [rate, a - k > 0 ? (e / (a - k)) * 100 : rate];
  const f = 10 ** (d ?? 10);
  return variants.some((v) => Math.abs(p - v) <= tol || Math.abs(p - Math.floor(v * f + 1e-9) / f) <= 1e-9);
}

/**
 * The amount a rate is of where no 調定額 is printed: a collection body's 徴収率 of what it was entrusted (受託額 |
 * 徴収額 | 徴収率). The one amount column of no item beside them (of their year and kind) is the base only where
 * the rows say so: the rate is 収入済額 ÷ that amount in more than half the rows that print all three, two at least.
 */
function amountOfRate(table: PlanTable, E: PlanColumn, P: PlanColumn): PlanColumn | undefined {
  const bare = table.columns.filter((c) => c.role === 'value' && c.item === null && c.fiscalYear === P.fiscalYear && c.kind === P.kind && figureItem(table, c) === '金額');
  if (bare.length !== 1) return undefined;
  let agree = 0;
  let rows = 0;
  for (const row of table.rows) {
    const ok = rateAgrees(row, bare[0], E, undefined, P);
    if (ok === null) continue;
    rows++;
    if (ok) agree++;
  }
  return agree >= 2 && agree * 2 > rows ? bare[0] : undefined;
}
