/**
 * One figure printed in two tables of the workbook (a plan's 令和5年度 実績 収入未済額 of 国民健康保険税 and the same in its
 * 決算 sheet) with two values beyond their rounding: one of them is likely wrong. Said at the later, naming the earlier.
 * A debt's line (its row, or a matrix table's figures of it) is compared with the first line of that debt and 区分 in each
 * earlier table, column by column of the same item, year and kind, each figure with the first earlier table that gives it:
 * a string a line, not a figure (this runs over every row of every table).
 */
import type { Finding, Item, PlanTable } from '../recognize/model';
import { figureColumns, figureLetters, type FigureAt } from '../recognize/observations';
import { compact } from '../text/normalize';
import { divisionNamedIn } from '../text/tokens';
import { fewestDecimals } from '../text/number';
import { finding } from './context';
import { KIND_JA } from '../../i18n/consolidate';

/** The items compared, and a yen a unit of each amount unit. */
const ITEMS = new Set<Item | null>(['収入未済額', '調定額', '収入済額', '不納欠損額', '収納率']);
const YEN: Record<string, number> = { 円: 1, 千円: 1000, 百万円: 1_000_000 };

/**
 * Two tables that disagree on most figures they share (four or more, a quarter of them at least) are two editions or two
 * scenarios, not a figure typed wrong: nothing is said of them. (Of two tables, a thousand findings at most.)
 */
const EDITIONS = { least: 4, share: 0.25, kept: 1000, told: 100 };

/** What a figure is (item, year, kind) and how it compares (a yen a unit of it; a rate's unit is a point). */
interface Column {
  key: string;
  item: Item;
  year: number;
  kind: string;
  scale: number;
}

/** The unit a figure shows (0.1 of 96.2, 1 of 89 or of 170210), in yen or points: a figure rounded or cut down to it is it. */
function unitOf(value: number, scale: number): number {
  return scale * 10 ** -fewestDecimals(value, 6);
}

/** A debt's line: its row (a row table's, its 区分 where its columns give them) or its figures (a matrix table's). */
interface Line {
  /** debt|区分 (全体 and none alike). */
  key: string;
  debt: string;
  department: string | null;
  /** The row (its index among the table's rows, and Excel's number), and the 区分 of the columns it is read in (undefined: all). */
  r: number;
  row: number;
  division?: string | null;
  /** A matrix table's figures by column. */
  got?: Map<number, { cell: string; value: number }>;
}

/** A table's lines, its columns, and how to read a line's figure of a column (null: none) and that figure's cell. */
interface Source {
  table: PlanTable;
  columns: Column[];
  lines: Line[];
  at: (line: Line, k: number) => number | null;
  cell: (line: Line, k: number) => string;
}

const divisionKey = (d: string | null) => (d === '現年度分' || d === '滞納繰越分' ? d : '全体');

function columnOf(item: Item | null, year: number | null, kind: string | null, unit: string | null): Column | null {
  if (!ITEMS.has(item) || year === null || !kind) return null;
  const scale = item === '収納率' ? 1 : unit ? YEN[unit] : undefined;
  if (scale === undefined) return null;
  return { key: `${item}|${year}|${kind}`, item: item!, year, kind, scale };
}

function sourceOf(table: PlanTable, figure: FigureAt, wanted: ReadonlySet<string>): Source {
  // A 区分 its caption or sheet names (収納率（滞納繰越分）): its figures' where no row or column names one.
  const named = divisionNamedIn(table.title ?? '') ?? divisionNamedIn(table.sheet);
  const divisionOf = (d: string | null) => divisionKey(d ?? named);
  if (table.shape === 'matrix') {
    const columns: Column[] = [];
    const index = new Map<string, number>();
    const byLine = new Map<string, Line>();
    for (const o of table.observations ?? []) {
      if (o.derived !== null || o.part || o.stage !== null || !o.debt || !wanted.has(compact(o.debt))) continue;
      const col = columnOf(o.item, o.fiscalYear, o.kind, o.unit);
      if (!col) continue;
      let k = index.get(col.key);
      if (k === undefined) index.set(col.key, (k = columns.push(col) - 1));
      const key = `${compact(o.debt)}|${divisionOf(o.division)}`;
      const at = `${key}|${o.department ?? ''}`;
      let line = byLine.get(at);
      if (!line) byLine.set(at, (line = { key, debt: o.debt, department: o.department, r: -1, row: -1, got: new Map() }));
      if (!line.got!.has(k)) line.got!.set(k, { cell: o.cell, value: o.value });
    }
    return { table, columns, lines: [...byLine.values()], at: (l, k) => l.got!.get(k)?.value ?? null, cell: (l, k) => l.got!.get(k)!.cell };
  }
  const letters = figureLetters(table);
  const cols = figureColumns(table).flatMap((c) => {
    const col = !c.delta && !c.whole ? columnOf(c.item, c.fiscalYear, c.kind, c.unit) : null;
    return col ? [{ ...col, letter: c.column, at: letters.indexOf(c.column), division: c.division }] : [];
  });
  const lines: Line[] = [];
  const colDivisions = [...new Set(cols.map((c) => c.division))];
  if (cols.length) {
    for (let r = 0; r < table.rows.length; r++) {
      const row = table.rows[r];
      if (row.total || row.part || !row.debt) continue;
      const debt = compact(row.debt);
      if (!wanted.has(debt)) continue;
      // A column's 区分 where the row names none (現年度分 | 滞納繰越分 | 合計 under a year): a line a 区分.
      if (row.division) lines.push({ key: `${debt}|${divisionOf(row.division)}`, debt: row.debt, department: row.department, r, row: row.row });
      else for (const division of colDivisions) lines.push({ key: `${debt}|${divisionOf(division)}`, debt: row.debt, department: row.department, r, row: row.row, division });
    }
  }
  return {
    table,
    columns: cols,
    lines,
    at: (l, k) => {
      const c = cols[k];
      if (l.division !== undefined && c.division !== l.division) return null;
      const v = figure(l.r, c.at);
      return typeof v === 'number' ? v : null;
    },
    cell: (l, k) => `${cols[k].letter}${l.row}`,
  };
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

export function figureDisagreement(tables: readonly { table: PlanTable; figure: FigureAt }[]): Finding[] {
  if (tables.length < 2) return [];
  const seen = new Map<string, number>();
  for (const { table } of tables) for (const d of debtsOf(table)) seen.set(d, (seen.get(d) ?? 0) + 1);
  const wanted = new Set([...seen].filter(([, n]) => n > 1).map(([d]) => d));
  if (!wanted.size) return [];
  // Each debt's first line in each table, in the tables' order: a figure is compared with the first earlier table giving it
  // (a 収入未済額 with the 決算's, where a table of 収納率 of the same debts comes before both).
  const first = new Map<string, { source: Source; line: Line }[]>();
  const out: Finding[] = [];
  for (const { table, figure } of tables) {
    const source = sourceOf(table, figure, wanted);
    // By the earlier table: its column of each of this one's (-1: none), how many figures they share, and the findings.
    const pairs = new Map<Source, { columns: number[]; shared: number; differ: number; editions: boolean; found: (() => Finding)[] }>();
    for (const line of source.lines) {
      const earlier = first.get(line.key);
      if (!earlier) {
        first.set(line.key, [{ source, line }]);
        continue;
      }
      const compared = new Set<number>();
      for (const before of earlier) {
        // Every figure compared (most often with the first table): the later tables are not asked.
        if (compared.size === source.columns.length) break;
        // Of one table (a debt printed twice: duplicate-debt's), or of two departments' debts of one name: no comparison.
        if (before.source === source || (before.line.department && line.department && compact(before.line.department) !== compact(line.department))) continue;
        compareLines(before, line, compared);
      }
      if (earlier[earlier.length - 1].source !== source) earlier.push({ source, line });
    }
    for (const { shared, differ, editions, found } of pairs.values()) if (!editions && (differ < EDITIONS.least || differ < shared * EDITIONS.share)) for (const f of found) out.push(f());

    /** The line's figures against those of an earlier table's line, each of its columns (k) once (`compared`). */
    function compareLines(before: { source: Source; line: Line }, line: Line, compared: Set<number>): void {
      let pair = pairs.get(before.source);
      if (!pair) {
        const index = new Map(before.source.columns.map((c, k) => [c.key, k]));
        pairs.set(before.source, (pair = { columns: source.columns.map((c) => index.get(c.key) ?? -1), shared: 0, differ: 0, editions: false, found: [] }));
      }
      // Two editions are told by their first hundred figures shared: the rest of them is not compared.
      if (pair.editions) return;
      if (pair.shared >= EDITIONS.told && pair.differ >= pair.shared * EDITIONS.share) {
        pair.editions = true;
        return;
      }
      for (let k = 0; k < source.columns.length; k++) {
        const j = pair.columns[k];
        if (j < 0 || compared.has(k)) continue;
        const a = before.source.at(before.line, j);
        const b = a === null ? null : source.at(line, k);
        if (a === null || b === null) continue;
        compared.add(k);
        pair.shared++;
        const ca = before.source.columns[j];
        const cb = source.columns[k];
        const y = b * cb.scale;
        // Within a unit of the coarser of the two as shown: rounded or cut down (切り捨て) to it (170,210 千円 of 170,210,750 円).
        if (Math.abs(a * ca.scale - y) <= Math.max(unitOf(a, ca.scale), unitOf(b, cb.scale)) + 1e-9 * Math.abs(y)) continue;
        // Made only where said (two editions disagree on every figure), the first thousand a pair of tables.
        if (++pair.differ > EDITIONS.kept) continue;
        const [earlier, lineNow] = [before, line];
        pair.found.push(() => {
          const [cell, otherCell] = [source.cell(lineNow, k), earlier.source.cell(earlier.line, j)];
          return finding(table, 'figure-disagreement', 'warning', cell, {
            cell, value: b, debt: lineNow.debt, year: cb.year, kind: KIND_JA[cb.kind as keyof typeof KIND_JA] ?? cb.kind, kindEn: cb.kind, item: cb.item,
            other: a, otherAt: `「${earlier.source.table.sheet}」${otherCell}`, otherAtEn: `"${earlier.source.table.sheet}"!${otherCell}`,
          }, { expected: a, actual: b });
        });
      }
    }
  }
  return out;
}
