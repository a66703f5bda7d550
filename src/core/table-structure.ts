/**
 * How a recognized table hangs together: which rows a total row sums, and which value columns
 * form one ledger (調定額 … 収納率 of one year). Validation checks these; recalculation writes them.
 */
import type { LedgerItem, PlanColumn, PlanRow, PlanTable } from './recognize/model';
import { compact } from './text/normalize';

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

/**
 * The rows a total block sums: a 小計 its section; a 合計 the 小計s and the rows after the last of them
 * (a department of one debt has no 小計), or else every data row.
 */
function itemsOf(table: PlanTable, blocks: TotalBlock[], k: number): PlanRow[] {
  const block = blocks[k];
  const prevEnd = k > 0 ? blocks[k - 1].end : -1;
  if (block.sub) return table.rows.slice(prevEnd + 1, block.start).filter((r) => !r.total);
  const earlier = blocks.slice(0, k);
  const lastGrand = earlier.filter((b) => !b.sub).pop();
  const subsSince = earlier.filter((b) => b.sub && (!lastGrand || b.start > lastGrand.end));
  if (subsSince.length) return [...subsSince.flatMap((b) => b.rows), ...table.rows.slice(subsSince[subsSince.length - 1].end + 1, block.start).filter((r) => !r.total)];
  const before = table.rows.slice((lastGrand?.end ?? -1) + 1, block.start).filter((r) => !r.total);
  if (before.length) return before;
  // A total printed above its rows.
  const next = blocks[k + 1]?.start ?? table.rows.length;
  return table.rows.slice(block.end + 1, next).filter((r) => !r.total);
}

const debtKey = (r: PlanRow) => `${r.department ?? ''}|${r.debt ?? ''}`;

export interface TotalGroup {
  total: PlanRow;
  /** The rows it sums, restricted to its 区分 when it has one. */
  items: PlanRow[];
}

export function totalGroups(table: PlanTable): TotalGroup[] {
  const blocks = totalBlocks(table);
  return blocks.flatMap((block, k) => {
    // A part (うち個人市民税) is in the debt above it: never summed again.
    const items = itemsOf(table, blocks, k).filter((r) => !r.part);
    // A debt counts once: its 全体, else its 現年度分 + 滞納繰越分 (a debt may have no 全体 row).
    const withOverall = new Set(items.filter((r) => r.division === '全体').map(debtKey));
    return block.rows.map((total) => ({
      total,
      items: total.division
        ? items.filter((r) => r.division === total.division)
        : items.filter((r) => r.division === null || r.division === '全体' || !withOverall.has(debtKey(r))),
    }));
  });
}

/** Value columns grouped by year and kind: one ledger per group. */
export function ledgerGroups(table: PlanTable): Map<LedgerItem, PlanColumn>[] {
  const groups = new Map<string, Map<LedgerItem, PlanColumn>>();
  for (const c of table.columns) {
    if (c.role !== 'value' || !c.item) continue;
    const key = `${c.fiscalYear}|${c.kind}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = new Map()));
    if (!g.has(c.item)) g.set(c.item, c);
  }
  return [...groups.values()];
}
