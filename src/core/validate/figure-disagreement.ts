/**
 * One figure printed in two tables of the workbook (a plan's 令和5年度 実績 収入未済額 of 国民健康保険税 and the same in its
 * 決算 sheet) with two values beyond their rounding: one of them is likely wrong. Said at the later, naming the earlier.
 * Only debts more than one table names are looked at (a workbook of one table costs nothing).
 */
import type { Finding, Item, PlanTable } from '../recognize/model';
import { figureColumns, figureLetters, type FigureAt } from '../recognize/observations';
import { compact } from '../text/normalize';
import { finding } from './context';
import { KIND_JA } from '../../i18n/consolidate';

/** The items compared, and a yen a unit of each amount unit. */
const ITEMS = new Set<Item | null>(['収入未済額', '調定額', '収入済額', '不納欠損額', '収納率']);
const YEN: Record<string, number> = { 円: 1, 千円: 1000, 百万円: 1_000_000 };

interface Printed {
  table: PlanTable;
  cell: string;
  value: number;
  /** The value in yen (amounts) or percent (rates), and half the unit it is shown to. */
  base: number;
  half: number;
  department: string | null;
}

/** Each figure of a table the rule compares: debt, item, year, kind and 区分 (全体 and none alike) as its key. */
function eachFigure(table: PlanTable, figure: FigureAt, wanted: ReadonlySet<string>, visit: (key: string, debt: string, p: Printed, o: { item: Item; year: number; kind: string }) => void): void {
  const take = (debt: string | null, department: string | null, item: Item | null, year: number | null, kind: string | null, division: string | null, unit: string | null, cell: string, value: number) => {
    if (!debt || !ITEMS.has(item) || year === null || !kind) return;
    const d = compact(debt);
    if (!wanted.has(d)) return;
    const scale = item === '収納率' ? 1 : unit ? YEN[unit] : undefined;
    if (scale === undefined) return;
    const key = `${d}|${item}|${year}|${kind}|${division === '現年度分' || division === '滞納繰越分' ? division : '全体'}`;
    visit(key, debt, { table, cell, value, base: value * scale, half: item === '収納率' ? 0.05 : 0.5 * scale, department }, { item: item!, year, kind });
  };
  if (table.shape === 'matrix') {
    for (const o of table.observations ?? []) if (o.derived === null && !o.part && o.stage === null) take(o.debt, o.department, o.item, o.fiscalYear, o.kind, o.division, o.unit, o.cell, o.value);
    return;
  }
  const letters = figureLetters(table);
  const cols = figureColumns(table)
    .filter((c) => !c.delta && !c.whole)
    .map((c) => ({ ...c, at: letters.indexOf(c.column) }));
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r];
    if (row.total || row.part || !row.debt) continue;
    for (const c of cols) {
      const v = figure(r, c.at);
      if (typeof v === 'number') take(row.debt, row.department, c.item, c.fiscalYear, c.kind, row.division ?? c.division, c.unit, `${c.column}${row.row}`, v);
    }
  }
}

/** The debts a table names (compact). */
function debtsOf(table: PlanTable): Set<string> {
  const out = new Set<string>();
  if (table.shape === 'matrix') {
    for (const o of table.observations ?? []) if (o.debt) out.add(compact(o.debt));
  } else {
    for (const r of table.rows) if (r.debt && !r.total) out.add(compact(r.debt));
  }
  return out;
}

/**
 * Two tables that disagree on most figures they share (four or more, a quarter of them at least) are two editions or two
 * scenarios, not a figure typed wrong: nothing is said of them.
 */
const EDITIONS = { least: 4, share: 0.25 };

export function figureDisagreement(tables: readonly { table: PlanTable; figure: FigureAt }[]): Finding[] {
  if (tables.length < 2) return [];
  const seen = new Map<string, number>();
  for (const { table } of tables) for (const d of debtsOf(table)) seen.set(d, (seen.get(d) ?? 0) + 1);
  const wanted = new Set([...seen].filter(([, n]) => n > 1).map(([d]) => d));
  if (!wanted.size) return [];
  const first = new Map<string, Printed>();
  const out: Finding[] = [];
  for (const { table, figure } of tables) {
    // By the earlier table each finding names: how many figures they share, and the findings.
    const pairs = new Map<PlanTable, { shared: number; found: Finding[] }>();
    eachFigure(table, figure, wanted, (key, debt, p, o) => {
      const before = first.get(key);
      if (!before) {
        first.set(key, p);
        return;
      }
      // Of one table (a debt printed twice: duplicate-debt's), or of two departments' debts of one name: no comparison.
      if (before.table === table || (before.department && p.department && compact(before.department) !== compact(p.department))) return;
      let pair = pairs.get(before.table);
      if (!pair) pairs.set(before.table, (pair = { shared: 0, found: [] }));
      pair.shared++;
      if (Math.abs(before.base - p.base) <= Math.max(before.half, p.half) + 1e-9 * Math.abs(p.base)) return;
      pair.found.push(
        finding(table, 'figure-disagreement', 'warning', p.cell, {
          cell: p.cell, value: p.value, debt, year: o.year, kind: KIND_JA[o.kind as keyof typeof KIND_JA] ?? o.kind, kindEn: o.kind, item: o.item,
          other: before.value, otherAt: `「${before.table.sheet}」${before.cell}`, otherAtEn: `"${before.table.sheet}"!${before.cell}`,
        }, { expected: before.value, actual: p.value }),
      );
    });
    for (const { shared, found } of pairs.values()) if (found.length < EDITIONS.least || found.length < shared * EDITIONS.share) out.push(...found);
  }
  return out;
}
