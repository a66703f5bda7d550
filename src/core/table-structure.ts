/**
 * How a recognized table hangs together: which rows a total row sums, which value columns
 * form one ledger (調定額 … 収納率 of one year), what a column's figures are and what amount a rate
 * is of. Validation checks these; recalculation writes them.
 */
import type { Item, LedgerItem, PlanColumn, PlanRow, PlanTable } from './recognize/model';
import { compact } from './text/normalize';
import { storedUnit } from './text/format';
import { balanceNamed, isRateItem, isTaxRevenue, itemOf, namesCount } from './text/items';
import { halfUnit, hidesPrecision, roundAsExcel } from './text/number';
import { DEBT_NAME, isTotalLabel } from './text/tokens';
import { yearNotation } from './text/years';
import { GRAND_TOTAL } from './recognize/outline';

/**
 * The item a row table's figure column holds, as the report, validation and recalculation all take it: its
 * header's; in a table of rates alone 収納率; and a figure in an amount unit whose header names no item (受託額) an
 * amount (金額) — under a tax revenue's title (市税の推移) what was collected — as a matrix table's is; a header
 * naming another (件数, 構成比) keeps its own.
 */
export function figureItem(t: Pick<PlanTable, 'measure' | 'unit' | 'title' | 'recovered'>, c: PlanColumn): Item | null {
  // A collection body's collections are arrears recovered.
  if (c.item !== null) return c.item === '収入済額' && t.recovered ? '回収額' : c.item;
  // A count beside amounts (件数 | 金額(円) under 収入未済額の状況).
  if (namesCount(compact(c.header))) return '件数';
  if (t.measure === 'rate') return '収納率';
  const unit = storedUnit(t.unit, c.shownDivided);
  if (unit !== '円' && unit !== '千円' && unit !== '百万円') return null;
  const header = compact(c.header);
  const named = itemOf(header);
  // A flow's balance by row (前年度末残高 | … | 年度末残高): the balance its header names, as a matrix table's.
  const balance = balanceNamed(header);
  if (balance) return balance;
  // Nor a figure per head or an average (1人当たり税額, 過去5年平均): a 計 row's is no sum of the rows'.
  if ((named !== null && named !== '金額') || /当たり|平均|単価/.test(header)) return null;
  return t.title !== null && isTaxRevenue(compact(t.title)) ? '収入済額' : '金額';
}

/** A column of collection rates (収納率). */
export const isRateColumn = (t: PlanTable, c: PlanColumn) => figureItem(t, c) === '収納率';

/** A column of amounts (or counts): what totals sum and what may not be negative; rates, shares and growth are not. */
export function isAmountColumn(t: PlanTable, c: PlanColumn): boolean {
  const item = figureItem(t, c);
  if (item !== null) return !isRateItem(item);
  // A balance beside a ledger (前年度繰越額, 翌年度繰越額, 期首残高, 期末残高): an amount, as its header says.
  const headed = t.measure === 'ledger' ? itemOf(compact(c.header)) : null;
  return headed !== null ? !isRateItem(headed) && headed !== '件数' : t.measure === 'amount';
}

interface TotalBlock {
  rows: PlanRow[];
  sub: boolean;
  start: number;
  end: number;
}

/** A table whose 区分 come from lines over its rows, not from a column of its own. */
const lined = (t: PlanTable) => !t.columns.some((c) => c.role === 'division');

/** A block of a debt's totals (its 計 over its parts, named by the debt), not a section's or the table's. */
const debtTotal = (b: TotalBlock) => b.rows.every((r) => r.debt !== null && !isTotalLabel(compact(r.debt)));

/** A block of totals of one section (現年度分 or 滞納繰越分). */
const part = (b: TotalBlock) => b.rows.every((r) => r.division === '現年度分' || r.division === '滞納繰越分');

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
  // A section's 計 (現年度分's, then 滞納繰越分's, each closing the rows under its line: no 区分 column) beside a total of both
  // is a subtotal; so is a debt's total over its parts (国民健康保険税 over 一般被保険者分 | 退職被保険者等分 | 計: named by the
  // debt) before another.
  const sections = lined(table) && blocks.some((b) => b.rows.some((r) => r.division === '全体'));
  blocks.forEach((b, k) => {
    if ((sections && part(b)) || (k < blocks.length - 1 && debtTotal(b))) b.sub = true;
  });
  // A 計 lettered as a form's row (計A, 計B) is a subtotal, as a 小計, with a total after it or beside another such 計: each
  // sums its own section, and a 合計(A+B) after them sums them.
  const lettered = blocks.filter((b) => /^計[A-Z]$/.test(blockLabel(b)));
  for (const b of lettered) if (lettered.length > 1 || b !== blocks[blocks.length - 1]) b.sub = true;
  // A 計 closing each group (a department's rows, a class's; 市民税計 its debt's parts) before a 合計 of them all is a subtotal,
  // as a 小計: the 合計 sums the 計s (it had summed nothing, and went unchecked).
  const lastGrand = blocks.findLastIndex((b) => GRAND_TOTAL.test(blockLabel(b)));
  blocks.forEach((b, k) => {
    if (k < lastGrand && (blockLabel(b) === '計' || totalsDebt(b) !== null)) b.sub = true;
  });
  return blocks;
}

/** A total block's label, compact (計, 小計, 市民税計, 合計). */
const blockLabel = (b: TotalBlock) => compact(b.rows[0].debt ?? '');

/** The debt a block totals the parts of: named by the debt (its line's 計), or written before 計 (市民税計), else null. */
function totalsDebt(b: TotalBlock): string | null {
  if (debtTotal(b)) return b.rows[0].debt!;
  const named = /^(.+?)計$/.exec(blockLabel(b))?.[1];
  return named && !/^[小合総]$/.test(named) && DEBT_NAME.test(named) ? named : null;
}

/**
 * The rows each total block sums. A 小計 its section: the rows since the block before — of its own
 * department (or class) only, where the table subtotals by department: a department of one debt
 * has no 小計. A 合計 the 小計s and the rows no 小計 takes, since the 合計 before — or, printed above
 * its rows, up to the next 合計.
 */
function itemsOfBlocks(table: PlanTable, blocks: TotalBlock[]): PlanRow[][] {
  const rows = table.rows;
  const sections = blocks.map((b, k) => (b.sub ? rows.slice(k > 0 ? blocks[k - 1].end + 1 : 0, b.start).filter((r) => !r.total) : []));
  // 小計 printed first in their groups (強制徴収公債権 | 小計, then its debts; the next class's 小計, then its own): where the first
  // has no row above it and rows under it, each sums the rows under it, to the next total.
  const firstSub = blocks.findIndex((b) => b.sub);
  const under = (k: number) => rows.slice(blocks[k].end + 1, blocks[k + 1]?.start ?? rows.length).filter((r) => !r.total);
  if (firstSub >= 0 && sections[firstSub].length === 0 && under(firstSub).length > 0 && /計$|小計/.test(blockLabel(blocks[firstSub]))) {
    blocks.forEach((b, k) => {
      if (b.sub) sections[k] = under(k);
    });
  }
  // The table subtotals by department (or class) where a 小計 sums two debts or more of one department.
  const keys = GROUP_KEYS.filter((key) => sections.some((s) => new Set(s.map((r) => r.debt)).size > 1 && s.every((r) => r[key] !== null && r[key] === s[0][key])));
  // Then a 小計 sums its last department's rows (by the key that leaves it the most).
  const items = sections.map((s) => keys.map((key) => lastGroup(s, key)).reduce((a, b) => (b.length > a.length ? b : a), keys.length ? [] : s));
  // A debt's total over its parts sums its parts (市民税(個人), 市民税(法人)), not a debt printed before them (固定資産税, then
  // 市民税 › 個人 | 法人 | 計, or 市民税(個人) | 市民税(法人) | 市民税計).
  blocks.forEach((b, k) => {
    const debt = b.sub ? totalsDebt(b) : null;
    if (debt === null) return;
    const own = items[k].filter((r) => r.debt === debt || r.debt?.startsWith(`${debt}(`));
    if (own.length) items[k] = own;
  });
  // A section's 計 (of 滞納繰越分) takes its section's rows only: a section before it with no 計 of its own is the 合計's. A
  // debt's total over its parts inside the section (【現年度分】 › 市民税 › 個人 | 法人 | 計, then 固定資産税 and the section's
  // 計) stands there for its parts.
  const nested = new Set<TotalBlock>();
  if (lined(table)) {
    blocks.forEach((b, k) => {
      const division = b.sub && part(b) ? b.rows[0].division : null;
      if (!division) return;
      let j = k;
      while (!debtTotal(b) && j > 0 && blocks[j - 1].sub && debtTotal(blocks[j - 1]) && blocks[j - 1].rows.every((r) => r.division === division)) nested.add(blocks[--j]);
      if (j < k) {
        const inner = blocks.slice(j, k);
        const parts = new Set(inner.flatMap((x) => items[blocks.indexOf(x)]));
        items[k] = rows.slice(j > 0 ? blocks[j - 1].end + 1 : 0, b.start).filter((r) => (!r.total && !parts.has(r)) || inner.some((x) => x.rows.includes(r)));
      }
      items[k] = items[k].filter((r) => r.division === division);
    });
  }
  const taken = new Set(items.flat());
  const subAt = new Map(blocks.filter((b) => b.sub && !nested.has(b)).map((b) => [b.start, b]));
  /** The 小計s and the rows no 小計 takes, of rows [from, to). */
  const within = (from: number, to: number): PlanRow[] => {
    const out: PlanRow[] = [];
    for (let i = from; i < to; i++) {
      const sub = subAt.get(i);
      if (sub) out.push(...sub.rows);
      else if (!rows[i].total && !taken.has(rows[i])) out.push(rows[i]);
    }
    return out;
  };
  const grands = blocks.filter((b) => !b.sub);
  let g = -1;
  blocks.forEach((b, k) => {
    if (b.sub) return;
    g++;
    const before = within(g > 0 ? grands[g - 1].end + 1 : 0, b.start);
    // A total printed above its rows.
    items[k] = before.length ? before : within(b.end + 1, grands[g + 1]?.start ?? rows.length);
  });
  return items;
}

/** What a table may subtotal by. */
const GROUP_KEYS = ['department', 'classification'] as const;

/** The rows at the end of a section of one department (or class): a row naming none goes with its neighbours. */
function lastGroup(section: PlanRow[], key: (typeof GROUP_KEYS)[number]): PlanRow[] {
  let value: string | null = null;
  let i = section.length;
  while (i > 0) {
    const v = section[i - 1][key];
    if (v !== null && value !== null && v !== value) break;
    value ??= v;
    i--;
  }
  return section.slice(i);
}

const debtKey = (r: PlanRow) => `${r.department ?? ''}|${r.debt ?? ''}`;

export interface TotalGroup {
  total: PlanRow;
  /** The rows it sums, restricted to its 区分 when it has one. */
  items: PlanRow[];
}

/** The total rows of a table and what each sums: a debt's 全体 its 現年度分 + 滞納繰越分, then 小計 and 合計 rows. */
export function totalGroups(table: PlanTable): TotalGroup[] {
  const blocks = totalBlocks(table);
  const blockItems = itemsOfBlocks(table, blocks);
  return [...overallGroups(table), ...blocks.flatMap((block, k) => {
    // A part (うち個人市民税) is in the debt above it: never summed again.
    const items = blockItems[k].filter((r) => !r.part);
    // A debt counts once: its 全体, else its 現年度分 + 滞納繰越分 (a debt may have no 全体 row).
    const withOverall = new Set(items.filter((r) => r.division === '全体').map(debtKey));
    const whole = (r: PlanRow) => r.division === '全体' || !withOverall.has(debtKey(r));
    return block.rows.map((total) => ({
      total,
      items:
        total.division === null
          ? items.filter((r) => r.division === null || whole(r))
          : total.division === '全体'
            ? items.filter((r) => r.division !== null && whole(r))
            : items.filter((r) => r.division === total.division),
    }));
  })];
}

/** A debt's 全体 row (計) as the total of its 現年度分 and 滞納繰越分 rows beside it (domain: 全体 = 現年度分 + 滞納繰越分). */
function overallGroups(table: PlanTable): TotalGroup[] {
  const groups: TotalGroup[] = [];
  const rows = table.rows;
  if (!rows.some((r) => r.division === '全体')) return groups;
  for (let i = 0; i < rows.length; ) {
    // The rows of one debt, one after the other (its parts, うち個人市民税, among them).
    let j = i + 1;
    while (j < rows.length && !rows[i].total && !rows[j].total && (rows[j].part || debtKey(rows[j]) === debtKey(rows[i]))) j++;
    const debt = rows.slice(i, j).filter((r) => !r.part);
    const overall = debt.filter((r) => r.division === '全体');
    const items = debt.filter((r) => r.division === '現年度分' || r.division === '滞納繰越分');
    // Only where the debt is those rows and its 全体 (a row of no 区分 beside them may be in the 全体).
    if (overall.length === 1 && items.length && items.length === debt.length - 1) groups.push({ total: overall[0], items });
    i = j;
  }
  return groups;
}

/**
 * Value columns grouped by year, kind and 区分: one ledger per group. A column of a 区分 (調定額（現年度分） beside 調定額計 |
 * 収入済額 | 収入未済額) is no part of the whole's ledger; a 計 column (全体) is of the undivided columns'.
 */
export function ledgerGroups(table: PlanTable): Map<LedgerItem, PlanColumn>[] {
  const groups = new Map<string, Map<LedgerItem, PlanColumn>>();
  for (const c of table.columns) {
    if (c.role !== 'value' || !c.item) continue;
    const key = `${c.fiscalYear}|${c.kind}|${c.division === '全体' ? null : c.division}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = new Map()));
    if (!g.has(c.item)) g.set(c.item, c);
  }
  return [...groups.values()];
}

/**
 * A figure column of no ledger item whose header names `item` (滞納繰越額, 年度当初, 年度末), of the year and kind of `of`: a
 * column beside a ledger that the ledger's items do not hold.
 */
export function headedColumn(table: PlanTable, item: Item, of: PlanColumn): PlanColumn | undefined {
  return table.columns.find((c) => c.role === 'value' && c.item === null && c.fiscalYear === of.fiscalYear && c.kind === of.kind && itemOf(compact(c.header)) === item);
}

/**
 * The balance columns beside a ledger by row, of the year and kind of its 調定額: the start — 年度当初 (期首残高), or what the
 * year before carried in (前年度繰越額) — and the end (年度末: 翌年度繰越額, 期末残高); undefined where either is missing.
 */
export function balanceColumns(table: PlanTable, charged: PlanColumn): { start: PlanColumn; end: PlanColumn } | undefined {
  const start = headedColumn(table, '年度当初', charged) ?? headedColumn(table, '滞納繰越額', charged);
  const end = headedColumn(table, '年度末', charged);
  return start && end ? { start, end } : undefined;
}

/**
 * A ledger that prints no 不納欠損額 whose 収入未済額 stand below 調定額 − 収入済額 on most of its rows (two thirds, two at
 * least): what is owed after the year's 不納欠損額, a column the table leaves out. 調定額 − 収入済額 is then no figure of its
 * 収入未済額: a row below it is not wrong (validation says so once), and 再計算 does not rewrite it; one above it still is.
 */
export function lossesUnprinted(table: PlanTable, g: Map<LedgerItem, PlanColumn>): boolean {
  const [A, E, K, U] = (['調定額', '収入済額', '不納欠損額', '収入未済額'] as const).map((i) => g.get(i));
  if (!A || !E || !U || K) return false;
  let rows = 0;
  let below = 0;
  for (const row of table.rows) {
    const [a, e, u] = [figureAt(row, A), figureAt(row, E), figureAt(row, U)];
    if (a == null || e == null || u == null) continue;
    rows++;
    if (u < a - e - halfUnit(row.decimals[U.column] ?? 0)) below++;
  }
  return below >= 2 && below * 3 >= rows * 2;
}

/**
 * A 繰越額 column printed beside a ledger (繰越額 | 調定額 | 収入済額 | 不納欠損額 | 収入未済額, of the same year and kind): owed
 * on top of the 調定額 where that is the year's alone — so where the rows that print all of them say so (most of them, as
 * 収入未済額 = 繰越額 + 調定額 − 収入済額 − 不納欠損額 + 還付未済額), else none (a 調定額 that holds it already).
 */
export function carriedColumn(table: PlanTable, g: Map<LedgerItem, PlanColumn>): PlanColumn | undefined {
  const [A, E, K, U, R] = (['調定額', '収入済額', '不納欠損額', '収入未済額', '還付未済額'] as const).map((i) => g.get(i));
  if (!A || !E || !U) return undefined;
  const C = headedColumn(table, '滞納繰越額', A);
  if (!C) return undefined;
  let carried = 0;
  let not = 0;
  for (const row of table.rows) {
    const [a, e, u, c] = [figureAt(row, A), figureAt(row, E), figureAt(row, U), figureAt(row, C)];
    if (a == null || e == null || u == null || c == null) continue;
    const without = a - e - (figureAt(row, K) ?? 0) + (figureAt(row, R) ?? 0);
    const tol = 0.5 * 10 ** -(row.decimals[U.column] ?? 0) + 1e-9;
    if (Math.abs(u - (without + c)) <= tol) carried++;
    else if (Math.abs(u - without) <= tol) not++;
  }
  return carried >= not ? C : undefined;
}

/**
 * The value cells a formula over would not read as recognition read them: figures typed as text (Excel's SUM skips them),
 * rates kept at another scale than their column's (97.3% among 96.2 …: a formula takes 0.973) and amounts typed in 円 in a
 * table of 千円 (amountsInYen). 再計算 leaves what depends on them as typed; 集計 leaves them out and says so.
 */
export function unlikeFormulaCells(table: PlanTable): Set<string> {
  return new Set([...(table.textFigures ?? []), ...(table.percentOff ?? [])].map((t) => t.cell).concat([...amountsInYen(table).keys()]));
}

/**
 * What figures each rounded from yen to 千円 or 百万円 may drift beyond half a unit, `terms` of them: √terms half units, as a
 * total's parts (validate/totals.ts) and a matrix table's figures (validate/observations.ts drift) are allowed.
 */
export function roundingDrift(table: PlanTable, row: PlanRow, column: string, terms: number): number {
  return table.unit === '千円' || table.unit === '百万円' ? Math.ceil(Math.sqrt(terms)) * halfUnit(row.decimals[column]) : 0;
}

const inYen = new WeakMap<PlanTable, Map<string, { typed: number; read: number }>>();

/**
 * Amounts typed in 円 in a row table of 千円 or 百万円 (1,234,567 among figures of 1,235): on a row whose ledger (調定額 − 収入済額
 * − 不納欠損額 + 還付未済額 = 収入未済額) does not hold, the one figure that, read in the table's unit (÷ 1,000, rounded), makes it
 * hold within rounding. By cell, with the figure typed and that read.
 */
export function amountsInYen(table: PlanTable): Map<string, { typed: number; read: number }> {
  let out = inYen.get(table);
  if (out) return out;
  out = new Map();
  inYen.set(table, out);
  if (table.shape === 'matrix' || (table.unit !== '千円' && table.unit !== '百万円')) return out;
  for (const g of ledgerGroups(table)) {
    const cols = (['調定額', '収入済額', '不納欠損額', '還付未済額', '収入未済額'] as const).map((i) => g.get(i));
    const [A, E, , , U] = cols;
    if (!A || !E || !U) continue;
    const signs = [1, -1, -1, 1, -1];
    for (const row of table.rows) {
      const vs = cols.map((c) => (c ? row.values[c.column] ?? null : null));
      if (vs[0] === null || vs[1] === null || vs[4] === null) continue;
      const off = (xs: (number | null)[]) => Math.abs(xs.reduce<number>((s, x, i) => s + signs[i] * (x ?? 0), 0));
      const tol = halfUnit(row.decimals[U.column]) + roundingDrift(table, row, U.column, cols.filter(Boolean).length);
      if (off(vs) <= tol) continue;
      const fits = cols.flatMap((c, i) => {
        const v = vs[i];
        if (!c || v === null || Math.abs(v) < 1000) return [];
        const read = Math.round(v / 1000);
        return off(vs.map((x, j) => (j === i ? read : x))) <= tol ? [{ cell: `${c.column}${row.row}`, typed: v, read }] : [];
      });
      if (fits.length === 1) out.set(fits[0].cell, { typed: fits[0].typed, read: fits[0].read });
    }
  }
  return out;
}

/** The row's figure in the column (null for none; undefined for no column). */
export const figureAt = (row: PlanRow, col: PlanColumn | undefined) => (col ? row.values[col.column] : undefined);

/** Does the row's rate agree with 収入済額 ÷ its base (null where a figure is missing)? */
export function rateAgrees(row: PlanRow, A: PlanColumn, E: PlanColumn, K: PlanColumn | undefined, P: PlanColumn, cutDown = true): boolean | null {
  const a = figureAt(row, A);
  const e = figureAt(row, E);
  const p = figureAt(row, P);
  if (a == null || e == null || p == null || a === 0) return null;
  const d = row.decimals[P.column];
  const tol = halfUnit(d);
  const rate = (e / a) * 100;
  // Some plans divide by 調定額 − 不納欠損額, and some cut rates down instead of rounding (`cutDown`: where the table's are so).
  const k = figureAt(row, K) ?? 0;
  const variants = [rate, a - k > 0 ? (e / (a - k)) * 100 : rate];
  return variants.some((v) => Math.abs(p - v) <= tol || (cutDown && Math.abs(p - cutDownTo(v, d ?? 10)) <= 1e-9));
}

/** A rate cut down (切り捨て) to `decimals`, as some plans publish their 収納率 (96.765 → 96.7). */
export function cutDownTo(rate: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.floor(rate * f + 1e-9) / f;
}

/** A row table's rates as stated beside the ones their amounts give (A the amount they are of, E 収入済額, P the rate). */
export function statedRates(table: PlanTable, A: PlanColumn, E: PlanColumn, P: PlanColumn): { stated: number; computed: number; decimals: number }[] {
  const pairs: { stated: number; computed: number; decimals: number }[] = [];
  for (const row of table.rows) {
    const [a, e, p] = [figureAt(row, A), figureAt(row, E), figureAt(row, P)];
    if (a == null || e == null || p == null || a === 0) continue;
    pairs.push({ stated: p, computed: (e / a) * 100, decimals: row.decimals[P.column] ?? 1 });
  }
  return pairs;
}

/**
 * Whether a table's rates are cut down rather than rounded: some stated rate is its computed one cut down and not rounded
 * (96.7 for 96.765), and none is rounded up past it (96.8 for 96.765). Each pair: the rate stated, the one its amounts give
 * (in the unit it is stated in), and the decimals it shows.
 */
export function ratesCutDown(pairs: Iterable<{ stated: number; computed: number; decimals: number }>): boolean {
  let cut = 0;
  for (const { stated, computed, decimals } of pairs) {
    const down = cutDownTo(computed, decimals);
    const rounded = Math.abs(stated - computed) <= halfUnit(decimals);
    if (Math.abs(stated - down) <= 1e-9) {
      if (!rounded) cut++;
    } else if (rounded) return false;
  }
  return cut > 0;
}

/**
 * How 再計算 writes a table's rates, as its stated rates are: cut down (切り捨て, ROUNDDOWN) where ratesCutDown says so, else
 * rounded (四捨五入, ROUND) to the decimals they show — the figure printed, so that a difference of two rates printed alike is
 * 0 and a rate compared with its target compares as printed —, but as computed (null) where a rate stated holds more than it
 * shows (the table's own formulas, 89.960… shown 90.0): the table's rule. `fallback`: the decimals where none is stated.
 */
export function rateRounding(pairs: readonly { stated: number; computed: number; decimals: number }[], fallback: number): { cut: boolean; decimals: number } | null {
  if (pairs.some((x) => hidesPrecision(x.stated, x.decimals))) return null;
  return { cut: ratesCutDown(pairs), decimals: pairs.length ? Math.max(...pairs.map((x) => x.decimals)) : fallback };
}

/** A rate computed and then cut down or rounded as `rounding` says. */
export function roundedRate(rate: number, rounding: { cut: boolean; decimals: number } | null): number {
  return rounding === null ? rate : rounding.cut ? cutDownTo(rate, rounding.decimals) : roundAsExcel(rate, rounding.decimals);
}

/**
 * The amount a rate is of where no 調定額 is printed: a collection body's 徴収率 of what it was entrusted (受託額 |
 * 徴収額 | 徴収率). The one amount column of no item beside them (of their year and kind) is the base only where
 * the rows say so: the rate is 収入済額 ÷ that amount in more than half the rows that print all three, two at least.
 */
export function rateBase(table: PlanTable, E: PlanColumn, P: PlanColumn): PlanColumn | undefined {
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

/**
 * How a table writes its years: as most of its year columns' headers do (a matrix's, as its labels do), else as its caption
 * does; null where it names none.
 */
export function yearNotationOf(t: PlanTable): 'era' | 'western' | null {
  // A matrix's labels, or the 年度 column of a row table whose headers name no year; else the headers of its years.
  const written = t.yearNotation ?? (t.shape === 'matrix' ? null : yearNotation(t.columns.filter((c) => c.fiscalYear !== null).map((c) => c.header)));
  return written ?? (t.title ? yearNotation([t.title]) : null);
}
