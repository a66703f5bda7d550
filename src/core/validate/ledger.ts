/**
 * Ledger arithmetic (domain.md §3): 収入未済額 = 調定額 − 収入済額 − 不納欠損額 + 還付未済額 (+ a 繰越額 printed beside, where
 * 調定額 is the year's alone: carriedColumn), and
 * 収納率 = 収入済額 ÷ 調定額 × 100 for each 区分 (全体 from its own summed amounts: weighted); with no 調定額
 * printed, of the amount the rows show it is of (a collection body's 受託額).
 */
import type { Finding, PlanColumn, PlanRow, PlanTable } from '../recognize/model';
import { wholeOff } from './totals';
import { amountsInYen, balanceColumns, carriedColumn, figureAt, ledgerGroups, lossesUnprinted, roundingDrift, rateAgrees, rateBase, ratesCutDown, statedRates } from '../table-structure';
import { cellOf, finding, shown, tolerance, type Rule } from './context';
import { grouped } from '../../i18n/findings';

/**
 * Is an operand a whole (調定額計 beside its 現年度分 and 滞納繰越分) that is off its parts on this row? Its total-mismatch says
 * so at its cell; what is computed from it would say it again at a cell that is right.
 */
const wholesOff = (table: PlanTable, row: PlanRow, ...operands: (PlanColumn | undefined)[]) => operands.some((c) => c !== undefined && wholeOff(table, c, row) !== null);

export const ledgerIdentity: Rule = (table) => {
  const out: Finding[] = [];
  const yen = amountsInYen(table);
  for (const g of ledgerGroups(table)) {
    const [A, E, K, U, R] = (['調定額', '収入済額', '不納欠損額', '収入未済額', '還付未済額'] as const).map((i) => g.get(i));
    if (!A || !E || !U) continue;
    // 収入未済額 after a 不納欠損額 the table does not print: said once, at the column; a row below 調定額 − 収入済額 is no error.
    const unprinted = lossesUnprinted(table, g);
    if (unprinted) out.push(finding(table, 'losses-not-printed', 'info', `${U.column}${table.headerBottom + 1}`, { cell: `${U.column}${table.headerBottom + 1}` }));
    const C = carriedColumn(table, g);
    const operands = [A, E, K, R, C].filter((c): c is PlanColumn => !!c).map((c) => c.column);
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i];
      const a = figureAt(row, A);
      const e = figureAt(row, E);
      const u = figureAt(row, U);
      // A 収入未済額 printed as none (－) where the amounts leave one: the dash says what they do not.
      const dashed = u == null && row.dashes.length > 0 && row.dashes.includes(U.column) && row.formulas[U.column] === undefined;
      if (a == null || e == null || (u == null && !dashed) || wholesOff(table, row, A, E, K)) continue;
      // A figure typed in 円 among 千円 (amount-in-yen names it): the ledger is not checked with it.
      if (yen.size && [A, E, K, R, U].some((c) => c && yen.has(`${c.column}${row.row}`))) continue;
      const expected = (figureAt(row, C) ?? 0) + a - e - (figureAt(row, K) ?? 0) + (figureAt(row, R) ?? 0);
      const figure = u ?? 0;
      if (unprinted && figure < expected) continue;
      // A figure stated exactly needs no tolerance (always above 0); figures each rounded from yen to 千円 or 百万円 drift
      // as a total's do (単位未満四捨五入: domain.md §3).
      if (figure !== expected && Math.abs(figure - expected) > tolerance(row, U.column, operands) + roundingDrift(table, row, U.column, operands.length + 1)) {
        const exp = shown(expected, row.decimals[U.column]);
        const actual = u ?? '－';
        out.push(finding(table, 'ledger-identity', 'error', cellOf(row, U.column), { expected: exp, actual }, { expected: exp, actual }));
      }
    }
  }
  return out;
};

/**
 * rollforward-mismatch in a table of debts by row (期首残高 | 調定額 | 収入額 | 不納欠損額 | 期末残高): the balance at the end is the
 * start + 調定額 − 収入済額 − 不納欠損額 — or, as some tables print it, 調定額 holding the start: either is right (as a years-down
 * table's, validate/observations.ts).
 */
export const rowRollforward: Rule = (table) => {
  const out: Finding[] = [];
  for (const g of ledgerGroups(table)) {
    const [A, E, K] = (['調定額', '収入済額', '不納欠損額'] as const).map((i) => g.get(i));
    if (!A || !E) continue;
    const balance = balanceColumns(table, A);
    if (!balance) continue;
    const { start: S, end: Z } = balance;
    const operands = [S, A, E, K].filter((c): c is PlanColumn => !!c).map((c) => c.column);
    for (const row of table.rows) {
      const [s, a, e, z] = [figureAt(row, S), figureAt(row, A), figureAt(row, E), figureAt(row, Z)];
      if (s == null || a == null || e == null || z == null) continue;
      const k = figureAt(row, K) ?? 0;
      const flows = a - e - k;
      const tol = tolerance(row, Z.column, operands);
      if (Math.abs(s + flows - z) <= tol || Math.abs(flows - z) <= tol) continue;
      const expected = shown(s + flows, row.decimals[Z.column]);
      const [gs, ga, ge, gk] = [s, a, e, k].map(grouped);
      const ja = `年度当初 ${gs} ＋ 調定額 ${ga} − 収入済額 ${ge}${K ? ` − 不納欠損額 ${gk}` : ''}`;
      const en = `opening ${gs} + 調定額 ${ga} − 収入済額 ${ge}${K ? ` − 不納欠損額 ${gk}` : ''}`;
      out.push(finding(table, 'rollforward-mismatch', 'error', cellOf(row, Z.column), { formula: ja, formulaEn: en, expected, actual: z }, { expected, actual: z }));
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
    // Rates cut down (切り捨て) where the table's are so, as 再計算 writes them; a rate cut down among rounded ones is found.
    const cutDown = ratesCutDown(statedRates(table, base, E, P));
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i];
      if (rateAgrees(row, base, E, K, P, cutDown) !== false || wholesOff(table, row, base, E)) continue;
      const a = figureAt(row, base)!;
      const e = figureAt(row, E)!;
      const p = figureAt(row, P)!;
      const exp = shown((e / a) * 100, Math.max(row.decimals[P.column] ?? 1, 1));
      out.push(finding(table, 'rate-mismatch', 'error', cellOf(row, P.column), { expected: exp, actual: p, paid: e, charged: a }, { expected: exp, actual: p }));
    }
  }
  return out;
};
