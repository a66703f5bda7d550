/**
 * total-mismatch: a total row (合計, 計, 小計) against the sum of the rows it totals, per 区分.
 * Rates in total rows are checked through the ledger (rate-mismatch), where amounts exist.
 */
import type { Finding, PlanRow, PlanTable } from '../recognize/model';
import { compact } from '../text/normalize';
import { cellOf, finding, hidesPrecision, halfUnit, isAmountColumn, shown, valueColumns, type Rule } from './context';

interface TotalBlock {
  rows: PlanRow[];
  sub: boolean;
  start: number;
  end: number;
}

function totalBlocks(table: PlanTable): TotalBlock[] {
  const blocks: TotalBlock[] = [];
  table.rows.forEach((row, i) => {
    if (!row.total) return;
    const last = blocks[blocks.length - 1];
    if (last && last.end === i - 1 && compact(last.rows[0].debt ?? '') === compact(row.debt ?? '')) {
      last.rows.push(row);
      last.end = i;
    } else {
      blocks.push({ rows: [row], sub: /小計/.test(row.debt ?? ''), start: i, end: i });
    }
  });
  return blocks;
}

/** The rows a total block sums: a 小計 its section, a 合計 the 小計s or else every data row. */
function itemsOf(table: PlanTable, blocks: TotalBlock[], k: number): PlanRow[] {
  const block = blocks[k];
  const prevEnd = k > 0 ? blocks[k - 1].end : -1;
  if (block.sub) return table.rows.slice(prevEnd + 1, block.start).filter((r) => !r.total);
  const subs = blocks.slice(0, k).filter((b) => b.sub);
  const lastGrand = blocks.slice(0, k).filter((b) => !b.sub).pop();
  const subsSince = subs.filter((b) => !lastGrand || b.start > lastGrand.end);
  if (subsSince.length) return subsSince.flatMap((b) => b.rows);
  const before = table.rows.slice((lastGrand?.end ?? -1) + 1, block.start).filter((r) => !r.total);
  if (before.length) return before;
  // A total printed above its rows.
  const next = blocks[k + 1]?.start ?? table.rows.length;
  return table.rows.slice(block.end + 1, next).filter((r) => !r.total);
}

export const totalMismatch: Rule = (table) => {
  const out: Finding[] = [];
  const blocks = totalBlocks(table);
  const cols = valueColumns(table).filter((c) => isAmountColumn(table, c));
  blocks.forEach((block, k) => {
    const items = itemsOf(table, blocks, k);
    for (const total of block.rows) {
      const group = total.division ? items.filter((r) => r.division === total.division) : items.filter((r) => r.division === null || r.division === '全体' || !items.some((x) => x.division === '全体'));
      for (const col of cols) {
        const stated = total.values[col.column];
        const figures = group.map((r) => r.values[col.column]).filter((v): v is number => v !== null && v !== undefined);
        if (stated === null || stated === undefined || figures.length === 0) continue;
        const sum = figures.reduce((a, b) => a + b, 0);
        // Amounts in 千円/百万円 are rounded from yen (単位未満四捨五入): the parts need not add
        // up to the rounded total exactly (domain.md §3); allow the typical drift of n roundings.
        let tol = halfUnit(total.decimals[col.column]);
        if (table.unit === '千円' || table.unit === '百万円') tol += Math.ceil(Math.sqrt(figures.length)) * halfUnit(total.decimals[col.column]);
        for (const r of group) {
          const v = r.values[col.column];
          if (v !== null && v !== undefined && hidesPrecision(v, r.decimals[col.column])) tol += halfUnit(r.decimals[col.column]);
        }
        if (Math.abs(sum - stated) > tol) {
          const expected = shown(sum, total.decimals[col.column]);
          const first = group[0]?.row;
          const last = group[group.length - 1]?.row;
          out.push(
            finding(table, 'total-mismatch', 'error', cellOf(total, col.column), { expected, actual: stated, range: `${col.column}${first}:${col.column}${last}` }, { expected, actual: stated }),
          );
        }
      }
    }
  });
  return out;
};
