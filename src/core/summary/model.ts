/**
 * What the summary sums: every figure of every recognized table, attributed to a debt, its class
 * (table, then row, then catalog), its department, a fiscal year and a kind, with the cell it
 * lives in — so the summary can be written as formulas over those cells.
 */
import type { DebtClass, Division, Kind, Observation, PlanRow, PlanTable } from '../recognize/model';
import type { Catalog } from '../catalog';
import { compact } from '../text/normalize';
import { balanceNamed } from '../text/items';
import { columnKinds, figureLetters, figuresOfRows, type FigureAt } from '../recognize/observations';
import { storedUnit, unitScale } from '../text/format';
import { scaled, scaledRef, type ScaledFigure } from './sheet';
import { unlikeFormulaCells } from '../table-structure';

export type Metric = 'uncollected' | 'rate' | 'charged' | 'paid';
export type ClassKey = DebtClass | 'その他';
/** How the summary writes a fiscal year: as the plan's tables do (令和3年度, or 2021年度). */
export type YearText = (year: number) => string;

export interface Figure extends ScaledFigure {
  debt: string;
  department: string | null;
  cls: ClassKey;
  year: number;
  kind: Kind;
  metric: Metric;
  /**
   * What the figure is multiplied by to be in the summary's unit: 1/1000 for a figure in 円 (a table
   * in 円, or one in 千円 shown through #,##0,) summed in 千円; 1 for a rate, or where a unit is not stated;
   * 100 for a rate kept as a fraction (0.962 shown as 96.2%), whose value is then that fraction.
   */
  scale: number;
}

/** What the figures of one table column share. */
interface FigureColumn {
  column: string;
  /** Its place among the table's figure columns (figureLetters), where a row's figure is read. */
  at: number;
  year: number;
  kind: Kind;
  metric: Metric;
  scale: number;
  /** year|kind|metric: the column's part of the key a figure is counted once by. */
  key: string;
}

/** What the figures of one table row share. */
interface FigureRow {
  sheet: string;
  row: number;
  debt: string;
  department: string | null;
  cls: ClassKey;
}

/**
 * A figure as a row and a column it shares with the others of its row and column, and its value:
 * three fields rather than nine and its cell's address (a plan of four million cells has 2.8
 * million figures, all alive while the summary is laid out). The value is read from its row once:
 * the summary asks for it several times a figure, and a row's values are looked up by name.
 */
class TableFigure implements Figure {
  constructor(
    private readonly r: FigureRow,
    private readonly c: FigureColumn,
    readonly value: number | null,
  ) {}
  get sheet(): string {
    return this.r.sheet;
  }
  get cell(): string {
    return `${this.c.column}${this.r.row}`;
  }
  get debt(): string {
    return this.r.debt;
  }
  get department(): string | null {
    return this.r.department;
  }
  get cls(): ClassKey {
    return this.r.cls;
  }
  get year(): number {
    return this.c.year;
  }
  get kind(): Kind {
    return this.c.kind;
  }
  get metric(): Metric {
    return this.c.metric;
  }
  get scale(): number {
    return this.c.scale;
  }
}

export interface SeriesKey {
  year: number;
  kind: Kind;
}

function metricOf(table: PlanTable, item: string | null): Metric | null {
  switch (item) {
    case '収入未済額':
      return 'uncollected';
    // A flow table's balance at the year's end (収入未済額（年度末）) is its 収入未済額, where it gives none other.
    case '年度末':
      return endIsUncollected(table) ? 'uncollected' : null;
    case '収納率':
      return 'rate';
    case '調定額':
      return 'charged';
    case '収入済額':
      return 'paid';
    default:
      return item === null && table.measure === 'amount' ? 'uncollected' : item === null && table.measure === 'rate' ? 'rate' : null;
  }
}

const endBalances = new WeakMap<PlanTable, boolean>();
/** Whether a table's 年度末 figures are its 収入未済額: it gives no 収入未済額 of its own (a flow table). */
function endIsUncollected(table: PlanTable): boolean {
  let is = endBalances.get(table);
  if (is === undefined) {
    is = table.shape === 'matrix' ? !(table.observations ?? []).some((o) => o.item === '収入未済額') : !table.columns.some((c) => c.role === 'value' && c.item === '収入未済額');
    endBalances.set(table, is);
  }
  return is;
}

/**
 * The 区分 of a debt the summary counts, from those its rows (or figures) have: its 全体, else its
 * figures of no 区分, else each 区分 it has — 現年度分 and 滞納繰越分 with no 全体 row are the debt
 * together (`split`: its amounts their sum, its rate computed from those sums). One choice, for a
 * row table's rows as for a matrix's observations.
 */
function countedDivisions(has: ReadonlySet<Division | null>): { divisions: (Division | null)[]; split: boolean } {
  if (has.has('全体')) return { divisions: ['全体'], split: false };
  if (has.has(null)) return { divisions: [null], split: false };
  const divisions = [...has];
  return { divisions, split: divisions.length > 1 };
}

/** The rows (their indices) that stand for a debt — its first row of each 区分 counted (countedDivisions) — and whether they are several. */
function representative(rows: readonly PlanRow[]): { i: number; split: boolean }[] {
  // By department, then debt (their compact forms): no key string made a row.
  const byDebt = new Map<string, Map<string, number[]>>();
  const groups: number[][] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.total || r.part || !r.debt) continue;
    const list = at(byDebt, compact(r.department ?? ''), compact(r.debt), () => groups[groups.push([]) - 1]);
    list.push(i);
  }
  const chosen: { i: number; split: boolean }[] = [];
  for (const rs of groups) {
    const { divisions, split } = countedDivisions(new Set(rs.map((i) => rows[i].division)));
    for (const d of divisions) chosen.push({ i: rs.find((i) => rows[i].division === d)!, split });
  }
  return chosen;
}

interface Summed {
  o: Observation;
  year: number;
  kind: Kind;
  metric: Metric;
  /** One of the debt's 区分 summed (countedDivisions). */
  split: boolean;
}

/**
 * The observations of a matrix table the summary counts: a debt's figure of a year and kind that
 * is one of its metrics — not a total, a difference or a ratio computed from others, not a part of
 * the debt above, nor a figure of a stage (当初, 処理目標) — of the 区分 countedDivisions counts;
 * and whether it has such figures of no year or no kind, which the summary cannot place.
 */
function summedObservations(table: PlanTable): { summed: Summed[]; undated: boolean; nameless: Metric | null } {
  const out: Summed[] = [];
  const divisions = new Map<string, Map<string, Set<Observation['division']>>>();
  let undated = false;
  /** A metric of figures that name no debt (収入未済額 first: the chart of the largest says so). */
  let nameless: Metric | null = null;
  /** A debt's 計 (全体) of its 区分: its figure of a year where it gives no 区分 (令和6年度（目標） | 計 under 国民健康保険税の…). */
  const wholes: Observation[] = [];
  for (const o of table.observations ?? []) {
    if (o.derived === 'total' && o.division === '全体' && o.debt && !o.part && o.stage === null && o.fiscalYear !== null && o.kind !== null) wholes.push(o);
    if (o.derived !== null || o.part || o.stage !== null) continue;
    const metric = metricOf(table, o.item);
    if (!metric) continue;
    if (!o.debt) {
      if (nameless !== 'uncollected') nameless = metric;
      continue;
    }
    if (o.fiscalYear === null || o.kind === null) {
      undated = true;
      continue;
    }
    out.push({ o, year: o.fiscalYear, kind: o.kind, metric, split: false });
    // The 区分 are chosen for each of a debt's metrics: its 全体 収納率 leaves its amounts of no 区分 (a flow's 年度末) counted.
    at(divisions, compact(o.department ?? ''), `${compact(o.debt)}\u0000${metric}`, () => new Set()).add(o.division);
  }
  const counted = new Map<Set<Observation['division']>, ReturnType<typeof countedDivisions>>();
  const summed = out.filter((s) => {
    const ds = divisions.get(compact(s.o.department ?? ''))!.get(`${compact(s.o.debt!)}\u0000${s.metric}`)!;
    let c = counted.get(ds);
    if (!c) counted.set(ds, (c = countedDivisions(ds)));
    s.split = c.split;
    return c.divisions.includes(s.o.division);
  });
  if (wholes.length) {
    const given = new Set(summed.map((s) => `${compact(s.o.department ?? '')}\u0000${compact(s.o.debt!)}\u0000${s.year}\u0000${s.kind}\u0000${s.metric}`));
    for (const o of wholes) {
      const metric = metricOf(table, o.item);
      const k = `${compact(o.department ?? '')}\u0000${compact(o.debt!)}\u0000${o.fiscalYear}\u0000${o.kind}\u0000${metric}`;
      if (!metric || given.has(k)) continue;
      given.add(k);
      summed.push({ o, year: o.fiscalYear!, kind: o.kind!, metric, split: false });
    }
  }
  return { summed, undated, nameless };
}

/** A figure made of others (DivisionSum, DivisionRate): its cell, debt, department, class, year and kind are those of `of`. */
abstract class LabelsOf {
  constructor(protected readonly of: Figure) {}
  get sheet(): string {
    return this.of.sheet;
  }
  get cell(): string {
    return this.of.cell;
  }
  get debt(): string {
    return this.of.debt;
  }
  get department(): string | null {
    return this.of.department;
  }
  get cls(): ClassKey {
    return this.of.cls;
  }
  get year(): number {
    return this.of.year;
  }
  get kind(): Kind {
    return this.of.kind;
  }
}

/**
 * A debt's figure of a year, kind and metric given by its 区分 alone (現年度分 + 滞納繰越分, no 全体
 * row): the sum of their cells. Its cells are of one table, year, kind and metric: of one unit.
 */
class DivisionSum extends LabelsOf implements Figure {
  readonly parts: Figure[];
  constructor(first: Figure) {
    super(first);
    this.parts = [first];
  }
  get value(): number | null {
    let sum: number | null = null;
    for (const p of this.parts) if (p.value !== null) sum = (sum ?? 0) + p.value;
    return sum;
  }
  get metric(): Metric {
    return this.of.metric;
  }
  get scale(): number {
    return this.of.scale;
  }
}

/**
 * The rate of such a debt: its 収入済額 over its 調定額 (the sums of its 区分) × 100, in percent —
 * never a mean of its 区分's rates; blank where its 調定額 is 0 or blank.
 */
class DivisionRate extends LabelsOf implements Figure {
  readonly metric = 'rate';
  readonly scale = 1;
  constructor(
    private readonly paid: DivisionSum,
    private readonly charged: DivisionSum,
  ) {
    super(charged);
  }
  get value(): number | null {
    const c = this.charged.value;
    return !c ? null : (scaled(this.paid.value ?? 0, this.paid.scale) / scaled(c, this.charged.scale)) * 100;
  }
  get formula(): { value: string; blank: string } {
    const charged = scaledRef(this.charged);
    return { value: `${scaledRef(this.paid)}/(${charged})*100`, blank: `${charged}=0` };
  }
}

/**
 * The figures of one table's debts given by 区分 alone, one a debt, year, kind and metric
 * (DivisionSum), its rates computed from them (DivisionRate) once the table is read.
 */
class DivisionFigures {
  /** By department, debt (compact) and year|kind|metric. */
  private readonly sums = new Map<string, Map<string, Map<string, DivisionSum>>>();
  private readonly rates: { sums: Map<string, DivisionSum>; year: number; kind: Kind }[] = [];

  constructor(private readonly figures: Figure[]) {}

  /** Whether the table has given the debt a figure of the key (a second 区分 adds to it). */
  has(dept: string, debt: string, key: string): boolean {
    return !!this.sums.get(dept)?.get(debt)?.has(key);
  }

  /** A 区分's figure: a part of its debt's sum, or (a rate) the mark that the debt's rate is computed. */
  add(dept: string, debt: string, key: string, f: Figure): void {
    const sums = at(this.sums, dept, debt, () => new Map<string, DivisionSum>());
    const sum = sums.get(key);
    if (sum) sum.parts.push(f);
    else if (f.metric === 'rate') {
      sums.set(key, new DivisionSum(f));
      this.rates.push({ sums, year: f.year, kind: f.kind });
    } else {
      const made = new DivisionSum(f);
      sums.set(key, made);
      this.figures.push(made);
    }
  }

  /**
   * The debts' rates, each from its 収入済額 and 調定額 of the table; the debts whose rate cannot be
   * computed, for want of them.
   */
  close(): string[] {
    const uncomputable: string[] = [];
    for (const { sums, year, kind } of this.rates) {
      const paid = sums.get(`${year}|${kind}|paid`);
      const charged = sums.get(`${year}|${kind}|charged`);
      if (paid && charged) this.figures.push(new DivisionRate(paid, charged));
      else {
        const debt = sums.get(`${year}|${kind}|rate`)!.debt;
        if (!uncomputable.includes(debt)) uncomputable.push(debt);
      }
    }
    return uncomputable;
  }
}

/** The value under (a, b) in a map of maps, made by `make` when missing. */
function at<V>(map: Map<string, Map<string, V>>, a: string, b: string, make: () => V): V {
  let inner = map.get(a);
  if (!inner) map.set(a, (inner = new Map()));
  let v = inner.get(b);
  if (v === undefined) inner.set(b, (v = make()));
  return v;
}

/**
 * A plan table as the summary reads it: its columns and rows' labels, and a row's figures read as
 * the report reads them (a PackedTable is one: the CLI's summary holds its tables packed, not a
 * million figures as rows' properties).
 */
export interface SummaryTable {
  readonly table: PlanTable;
  figure: FigureAt;
}

/** A table whose rows hold their values. */
export function summaryTable(table: PlanTable): SummaryTable {
  return { table, figure: figuresOfRows(table) };
}

/**
 * The unit the summary states its amounts in: that of the first amount table that states one, as
 * printed (a table shown in 千円 through #,##0, is read in 千円). Figures in another unit are
 * converted to it. A table whose figures are of several items (measure other: rates and amounts side by side, a years-down
 * matrix) is one where its unit is an amount's.
 */
export function summaryUnit(tables: readonly SummaryTable[]): string | null {
  // A table of amounts, or one whose unit is an amount's (rates and amounts side by side, a matrix of several items).
  const amounts = ({ table: t }: SummaryTable) => t.measure === 'amount' || t.measure === 'ledger' || t.unit === '円' || t.unit === '千円' || t.unit === '百万円';
  return tables.find((t) => amounts(t) && t.table.unit !== null && t.table.unit !== '%')?.table.unit ?? null;
}

/** Each debt's department where the tables give it one and only one (by the debt's compact name). */
function soleDepartments(tables: readonly SummaryTable[]): Map<string, string> {
  const named = new Map<string, string | null>();
  const note = (debt: string | null, dept: string | null) => {
    if (!debt || !dept) return;
    const key = compact(debt);
    const before = named.get(key);
    if (before === undefined) named.set(key, dept);
    else if (before !== null && compact(before) !== compact(dept)) named.set(key, null);
  };
  for (const { table } of tables) {
    if (table.shape === 'matrix') for (const o of table.observations ?? []) note(o.debt, o.department);
    else for (const r of table.rows) if (!r.total) note(r.debt, r.department);
  }
  const out = new Map<string, string>();
  for (const [debt, dept] of named) if (dept !== null) out.set(debt, dept);
  return out;
}

/**
 * `department` maps a department's spelling to the one the summary groups it under (the spelling
 * used most, see validate/department-variant), so one department gives one row.
 */
export function figuresOf(
  tables: readonly SummaryTable[],
  catalog: Catalog | null,
  department: (name: string) => string = (name) => name,
  unit: string | null = summaryUnit(tables),
): { figures: Figure[]; unclassified: string[]; nearest: string[]; undated: PlanTable[]; nameless: PlanTable[]; namelessUncollected: boolean; uncomputable: string[]; leftOut: string[] } {
  const figures: Figure[] = [];
  // Tables with figures of no debt named (a years-down table under 収納状況の推移 on a sheet named 表1): said.
  const nameless: PlanTable[] = [];
  let namelessUncollected = false;
  const unclassified = new Set<string>();
  /** Debts classed as the catalog's nearest name: debt → "name: class". */
  const nearest = new Map<string, string>();
  // Cells whose figure the summary leaves out (typed as text, or a rate kept at another scale than its column's): said.
  const leftOut = new Set<string>();
  // Tables with a debt's figures the summary cannot place: of no year, or of no kind.
  const undated: PlanTable[] = [];
  // A debt counted once per year, kind and metric, even when two tables repeat it: the columns
  // seen, by department and debt (no key string a row, one a column, rather than one a figure) —
  // for a debt met once, as most are, its table's column list itself rather than a set of its keys.
  const seen = new Map<string, Map<string, FigureColumn[] | Set<string>>>();
  // A debt a table names with no department (a 決算 sheet beside the plan) is of the one department other tables give it,
  // where they give one: its figures are then counted once, not again under （所管課なし）.
  const soleDepartment = soleDepartments(tables);
  const departmentOf = (name: string | null, debt: string) => {
    const given = name ?? soleDepartment.get(compact(debt)) ?? null;
    return given ? department(given.trim()) : given;
  };
  // Whether every key of a table's columns is among those of an earlier table's (a debt met again
  // in a table of the same years, kinds and metrics adds nothing): asked once per pair of tables.
  const covered = new Map<FigureColumn[], Map<FigureColumn[], boolean>>();
  const covers = (before: FigureColumn[], now: FigureColumn[]): boolean => {
    let row = covered.get(before);
    if (!row) covered.set(before, (row = new Map()));
    let answer = row.get(now);
    if (answer === undefined) {
      const keys = new Set(before.map((c) => c.key));
      row.set(now, (answer = now.every((c) => keys.has(c.key))));
    }
    return answer;
  };
  // The keys a debt met again has counted, as a set (its first table's column list made one).
  const countedOf = (debts: Map<string, FigureColumn[] | Set<string>>, debtKey: string): Set<string> => {
    const before = debts.get(debtKey);
    const done = !before ? new Set<string>() : Array.isArray(before) ? new Set(before.map((c) => c.key)) : before;
    debts.set(debtKey, done);
    return done;
  };
  const debtsOf = (dept: string | null) => {
    const deptKey = compact(dept ?? '');
    let debts = seen.get(deptKey);
    if (!debts) seen.set(deptKey, (debts = new Map()));
    return debts;
  };
  const classOf = (table: PlanTable, classification: DebtClass | null, debt: string): ClassKey => {
    const given = table.classification ?? classification;
    if (given) return given;
    const found = catalog?.lookup(debt);
    // A name the catalog does not hold but one closely (旧簡易水道使用料: 簡易水道料金) takes that one's class, as validation
    // checks it by, and is said (validation's unknown-debt names it too).
    if (found?.entry && found.match === 'fuzzy') nearest.set(debt, `${found.entry.name}: ${found.entry.class}`);
    const cls: ClassKey = (found?.entry?.class as DebtClass | undefined) ?? 'その他';
    if (cls === 'その他') unclassified.add(debt);
    return cls;
  };
  // Debts whose rate their 区分 alone give, with no 調定額 and 収入済額 to compute it from.
  const uncomputable = new Set<string>();
  for (const summed of tables) {
    const table = summed.table;
    // Figures the summary's formulas would not read as read (typed as text: none to SUM and AVERAGE; a rate at another scale).
    const unlike = unlikeFormulaCells(table);
    const asText = unlike.size ? unlike : null;
    const divided = new DivisionFigures(figures);
    if (table.shape === 'matrix') {
      // A table of another orientation (years down, debts across): its observations, as a row table's columns give them.
      const { summed: observations, undated: unplaced, nameless: unnamed } = summedObservations(table);
      if (unplaced) undated.push(table);
      if (unnamed) nameless.push(table);
      if (unnamed === 'uncollected') namelessUncollected = true;
      for (const { o, year, kind, metric, split } of observations) {
        const dept = departmentOf(o.department, o.debt!);
        const cls = classOf(table, o.classification, o.debt!);
        const key = `${year}|${kind}|${metric}`;
        const deptKey = compact(dept ?? '');
        const debtKey = compact(o.debt!);
        const done = countedOf(debtsOf(dept), debtKey);
        // A key counted already, unless by this table's other 区分 of the debt.
        if (done.has(key) && !(split && divided.has(deptKey, debtKey, key))) continue;
        done.add(key);
        const scale = metric === 'rate' ? 1 : unitScale(o.unit, unit);
        if (asText?.has(o.cell)) leftOut.add(`「${table.sheet}」${o.cell}`);
        const f: Figure = { sheet: table.sheet, cell: o.cell, value: asText?.has(o.cell) ? null : o.value, debt: o.debt!, department: dept, cls, year, kind, metric, scale };
        if (split) divided.add(deptKey, debtKey, key, f);
        else figures.push(f);
      }
      for (const debt of divided.close()) uncomputable.add(debt);
      continue;
    }
    const columns: FigureColumn[] = [];
    const letters = figureLetters(table);
    const kindOf = columnKinds(table);
    let unplaced = false;
    for (const col of table.columns) {
      if (col.role !== 'value') continue;
      // A balance column of a flow by row (前年度末残高 | … | 年度末残高) is known by its header, as the flow's check knows it.
      const metric = metricOf(table, col.item ?? balanceNamed(compact(col.header)));
      if (!metric) continue;
      const kind = kindOf(col);
      if (col.fiscalYear === null || kind === null) {
        unplaced = true;
        continue;
      }
      const scale = metric === 'rate' ? (col.percentScaled ? 100 : 1) : unitScale(storedUnit(table.unit, col.shownDivided), unit);
      columns.push({ column: col.column, at: letters.indexOf(col.column), year: col.fiscalYear, kind, metric, scale, key: `${col.fiscalYear}|${kind}|${metric}` });
    }
    if (unplaced && table.rows.some((r) => r.debt && !r.total)) undated.push(table);
    // Columns of one year, kind and metric by 区分 (現年度分 | 滞納繰越分 | 合計 under a year): those countedDivisions
    // counts — the 全体, else the one of no 区分 —, or of 区分 alone each a part of the debt's figure (splitKeys).
    const splitKeys = new Set<string>();
    if (new Set(columns.map((c) => c.key)).size < columns.length) {
      const divisionOf = new Map(table.columns.map((c) => [c.column, c.division]));
      const byKey = new Map<string, FigureColumn[]>();
      for (const c of columns) {
        const group = byKey.get(c.key);
        if (group) group.push(c);
        else byKey.set(c.key, [c]);
      }
      const kept = new Set<FigureColumn>();
      for (const [key, group] of byKey) {
        const { divisions, split } = countedDivisions(new Set(group.map((c) => divisionOf.get(c.column) ?? null)));
        for (const c of group) if (divisions.includes(divisionOf.get(c.column) ?? null)) kept.add(c);
        if (split) splitKeys.add(key);
      }
      columns.splice(0, columns.length, ...columns.filter((c) => kept.has(c)));
    }
    // A table names each year, kind and metric once (else the columns' keys are checked one by one).
    const distinct = new Set(columns.map((c) => c.key)).size === columns.length;
    const figureAt = (r: number, row: PlanRow, col: FigureColumn) => {
      const odd = asText?.has(`${col.column}${row.row}`) ?? false;
      if (odd) leftOut.add(`「${table.sheet}」${col.column}${row.row}`);
      const v = odd ? null : (summed.figure(r, col.at) ?? null);
      // Recognition reads a fraction rate as percent (96.2): the figure is the fraction its cell holds.
      return v !== null && col.metric === 'rate' ? v / col.scale : v;
    };
    for (const { i: r, split } of representative(table.rows)) {
      const row = table.rows[r];
      const dept = departmentOf(row.department, row.debt!);
      const cls = classOf(table, row.classification, row.debt!);
      if (!columns.length) continue;
      const debtKey = compact(row.debt!);
      const debts = debtsOf(dept);
      const shared: FigureRow = { sheet: table.sheet, row: row.row, debt: row.debt!, department: dept, cls };
      if (!split) {
        const before = debts.get(debtKey);
        if (Array.isArray(before) && covers(before, columns)) continue;
        if (!before && distinct) {
          // Met first: every column counts.
          for (let i = 0; i < columns.length; i++) figures.push(new TableFigure(shared, columns[i], figureAt(r, row, columns[i])));
          debts.set(debtKey, columns);
          continue;
        }
      }
      const done = countedOf(debts, debtKey);
      const deptKey = compact(dept ?? '');
      for (const col of columns) {
        if (split || splitKeys.has(col.key)) {
          // One of the debt's 区分 (its row, or its column under a year): added to its other 区分's of the key in this table.
          if (done.has(col.key) && !divided.has(deptKey, debtKey, col.key)) continue;
          done.add(col.key);
          divided.add(deptKey, debtKey, col.key, new TableFigure(shared, col, figureAt(r, row, col)));
          continue;
        }
        if (done.has(col.key)) continue;
        done.add(col.key);
        figures.push(new TableFigure(shared, col, figureAt(r, row, col)));
      }
    }
    for (const debt of divided.close()) uncomputable.add(debt);
  }
  return { figures, unclassified: [...unclassified], nearest: [...nearest].map(([debt, as]) => `${debt}（${as}）`), undated, nameless, namelessUncollected, uncomputable: [...uncomputable], leftOut: [...leftOut] };
}

const KIND_ORDER: Record<Kind, number> = { actual: 0, forecast: 1, target: 2 };

/** The (year, kind) columns of a metric, in year order, actual before forecast before target. */
export function seriesOf(figures: Figure[], metric: Metric): SeriesKey[] {
  // Keyed by year and kind as one integer (no string a figure); the order is the sort's.
  const keys = new Map<number, SeriesKey>();
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (f.metric !== metric) continue;
    const year = f.year;
    const kind = f.kind;
    const key = year * 4 + KIND_ORDER[kind];
    if (!keys.has(key)) keys.set(key, { year, kind });
  }
  return [...keys.values()].sort((a, b) => a.year - b.year || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}
