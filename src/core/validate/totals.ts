/**
 * total-mismatch: a total row (合計, 計, 小計, a debt's 全体) against the sum of the rows it totals, per 区分.
 * Rates in total rows are checked through the ledger (rate-mismatch), where amounts exist.
 */
import type { Division, Finding, PlanColumn, PlanRow, PlanTable } from '../recognize/model';
import { amountsInYen, totalGroups, type TotalGroup } from '../table-structure';
import { parseNumberText, secondFigure } from '../text/number';
import { rowRuns } from '../workbook';
import { blanksAreSlips, cellOf, figures, finding, hidesPrecision, halfUnit, isAmountColumn, partBlank, shown, tolerance, valueColumns } from './context';

export const totalMismatch = (table: PlanTable, ctx?: { settings: { blankAsZero: boolean } }): Finding[] => {
  const out: Finding[] = [];
  const cols = valueColumns(table).filter((c) => isAmountColumn(table, c));
  if (cols.length === 0) return out;
  const sums = new Array<number>(cols.length);
  const counts = new Array<number>(cols.length);
  const hidden = new Array<boolean>(cols.length);
  const unknown = new Array<boolean>(cols.length);
  const blankZero = ctx?.settings.blankAsZero ?? false;
  const yen = amountsInYen(table);
  // Asked only of a total that is off with a part blank (most tables have none).
  let slips: boolean | undefined;
  for (const { total, items: group } of totalGroups(table)) {
    // Every column's sum in one pass down the group (a row's figures read together), each column's
    // figures added in the group's order as before.
    sums.fill(0);
    counts.fill(0);
    hidden.fill(false);
    // A part that holds text (調査中, #N/A) is unknown, not 0: not-a-number names it, and its total cannot be checked.
    // So is an amount typed in 円 among 千円 (amount-in-yen names it).
    for (let k = 0; k < cols.length; k++) unknown[k] = group.some((row) => row.texts[cols[k].column] !== undefined || (yen.size > 0 && yen.has(`${cols[k].column}${row.row}`)));
    const at = placesIn(table.rows, group);
    if (at) {
      // The group's rows found in the table: their figures read from the columns' lists.
      for (let k = 0; k < cols.length; k++) {
        const list = figures(table, cols[k].column);
        for (let i = 0; i < at.length; i++) {
          const v = list[at[i]];
          if (v === null) continue;
          sums[k] += v;
          counts[k]++;
          // A whole number hides nothing: its decimals are not looked up (this runs for every figure summed).
          if (!hidden[k] && !Number.isInteger(v) && hidesPrecision(v, group[i].decimals[cols[k].column])) hidden[k] = true;
        }
      }
    } else {
      for (let i = 0; i < group.length; i++) {
        const values = group[i].values;
        for (let k = 0; k < cols.length; k++) {
          const v = values[cols[k].column];
          if (v === null || v === undefined) continue;
          sums[k] += v;
          counts[k]++;
          if (!hidden[k] && !Number.isInteger(v) && hidesPrecision(v, group[i].decimals[cols[k].column])) hidden[k] = true;
        }
      }
    }
    for (let k = 0; k < cols.length; k++) {
      const col = cols[k];
      const stated = total.values[col.column];
      if (stated === null || stated === undefined) continue;
      const sum = sums[k];
      const figures = counts[k];
      if (figures === 0 || unknown[k]) continue;
      // Amounts in 千円/百万円 are rounded from yen (単位未満四捨五入): the parts need not add
      // up to the rounded total exactly (domain.md §3); allow the typical drift of n roundings.
      let tol = halfUnit(total.decimals[col.column]);
      if (table.unit === '千円' || table.unit === '百万円') tol += Math.ceil(Math.sqrt(figures)) * halfUnit(total.decimals[col.column]);
      // And half a unit for each part that hides precision behind what it shows (added in the rows' order).
      if (hidden[k]) tol = hiddenHalves(group, col, tol);
      if (Math.abs(sum - stated) > tol && !secondIsSum(table, cellOf(total, col.column), sum, tol)) {
        const expected = shown(sum, total.decimals[col.column]);
        // The user's SUBTOTAL (AGGREGATE) leaves out the rows hidden or filtered: a total of the rows shown, by choice.
        if (isSubtotal(total.formulas[col.column])) {
          out.push(finding(table, 'subtotal-kept', 'info', cellOf(total, col.column), { expected, actual: stated, range: summedCells(col.column, group) }, { expected, actual: stated }));
          continue;
        }
        // A part left blank (no dash, no text): the total may hold its figure (typed before the part was cleared, or the part
        // not typed yet). Said with the figure it would take, not as the total's error (再計算 leaves the total so).
        const partsBlank = blankZero ? [] : blankParts(group, col.column);
        const blanks = partsBlank.length && (slips ??= blankSlips(table)) ? partsBlank : [];
        if (blanks.length) {
          out.push(partBlank(table, cellOf(total, col.column), stated, sum, total.decimals[col.column], summedCells(col.column, group), blanks));
          continue;
        }
        out.push(finding(table, 'total-mismatch', 'error', cellOf(total, col.column), { expected, actual: stated, range: summedCells(col.column, group) }, { expected, actual: stated }));
      }
    }
  }
  return out;
};

const isBlank = (row: PlanRow, column: string) => row.values[column] == null && row.texts[column] === undefined && !row.dashes.includes(column);

/** The cells of a total's parts left blank in a column: no figure, no dash, no text. */
function blankParts(group: readonly PlanRow[], column: string): string[] {
  return group.filter((row) => isBlank(row, column)).map((row) => cellOf(row, column));
}

/** Are the table's blank amounts (of rows that are no total) slips, not its way of writing none (blanksAreSlips)? */
export function blankSlips(table: PlanTable): boolean {
  const cols = valueColumns(table).filter((c) => isAmountColumn(table, c));
  let blanks = 0;
  let cells = 0;
  for (const row of table.rows) {
    if (row.total) continue;
    for (const c of cols) {
      cells++;
      if (isBlank(row, c.column) && ++blanks > 2) return false;
    }
  }
  return blanksAreSlips(blanks, cells);
}

/**
 * A debt's 全体 row over one 区分 only (現年度分), where the table's other debts give both: the row of the other (滞納繰越分) is
 * likely deleted, and the 全体 is the debt's figure, not that one row's sum (a clerk's look: 再計算 had rewritten it as
 * SUM(現年度分) in every column). Each such 全体 row, with the 区分 its rows lack, where it is not that row's sum.
 */
export function divisionRowsMissing(table: PlanTable, all: readonly TotalGroup[] = totalGroups(table)): Map<PlanRow, Division> {
  const out = new Map<PlanRow, Division>();
  const groups = all.filter((g) => g.total.division === '全体' && !g.total.total);
  if (!groups.some((g) => g.items.length === 2 && new Set(g.items.map((r) => r.division)).size === 2)) return out;
  const cols = valueColumns(table).filter((c) => isAmountColumn(table, c));
  for (const { total, items } of groups) {
    const one = items.length === 1 ? items[0].division : null;
    if (one !== '現年度分' && one !== '滞納繰越分') continue;
    const differs = cols.some((c) => {
      const [stated, part] = [total.values[c.column], items[0].values[c.column]];
      return typeof stated === 'number' && typeof part === 'number' && Math.abs(stated - part) > halfUnit(total.decimals[c.column]);
    });
    if (differs) out.set(total, one === '現年度分' ? '滞納繰越分' : '現年度分');
  }
  return out;
}

/** division-row-missing: said at the first amount of each such 全体 row (its total-mismatch errors stand beside it). */
export const divisionRowMissing = (table: PlanTable): Finding[] => {
  const first = valueColumns(table).find((c) => isAmountColumn(table, c));
  if (!first) return [];
  return [...divisionRowsMissing(table)].map(([row, missing]) =>
    finding(table, 'division-row-missing', 'warning', cellOf(row, first.column), { debt: row.debt ?? '', missing }),
  );
};

/** A formula that totals the rows shown only (SUBTOTAL(109, …), SUBTOTAL(9, …) of a filter, AGGREGATE): a user's choice, kept. */
export function isSubtotal(formula: string | undefined): boolean {
  return formula !== undefined && /^\s*=?\s*(?:_xlfn\.)?(?:SUBTOTAL|AGGREGATE)\(/i.test(formula);
}

/** The sum a row's whole (a sumOf column) should show where it shows another beyond rounding; null where it agrees or cannot tell. */
export function wholeOff(table: PlanTable, whole: PlanColumn, row: PlanRow): number | null {
  if (!whole.sumOf) return null;
  const [current, arrears] = whole.sumOf;
  const [w, a, b] = [row.values[whole.column], row.values[current], row.values[arrears]];
  if (w == null || a == null || b == null) return null;
  const sum = a + b;
  const rounded = table.unit === '千円' || table.unit === '百万円';
  const tol = tolerance(row, whole.column, whole.sumOf) + (rounded ? 2 * halfUnit(row.decimals[whole.column]) : 0);
  return w !== sum && Math.abs(w - sum) > tol ? sum : null;
}

/**
 * A debt's 全体 printed as a column beside its 現年度分 and 滞納繰越分 of the same amount (調定済額 › 現年課税分 A |
 * 滞納繰越分 B | 合計 C: PlanColumn.sumOf) against their sum, row by row, with the drift of figures rounded to 千円
 * or 百万円 each on its own allowed as for a total row.
 */
export const wholeColumnMismatch = (table: PlanTable): Finding[] => {
  const out: Finding[] = [];
  for (const whole of table.columns) {
    if (!whole.sumOf) continue;
    const [current, arrears] = whole.sumOf;
    for (const row of table.rows) {
      const sum = wholeOff(table, whole, row);
      if (sum !== null) {
        const w = row.values[whole.column]!;
        const expected = shown(sum, row.decimals[whole.column]);
        const range = `${current}${row.row}+${arrears}${row.row}`;
        out.push(finding(table, 'total-mismatch', 'error', cellOf(row, whole.column), { expected, actual: w, range }, { expected, actual: w }));
      }
    }
  }
  return out;
};

/**
 * The cells a total sums, as a reader would select them: B4:B6 for rows one after another, B7, B11 for two 小計 apart (not
 * B7:B11, whose sum is another); the first to the last where they fall in many runs.
 */
function summedCells(column: string, group: PlanRow[]): string {
  const rows = group.map((r) => r.row);
  const runs = rowRuns(column, rows);
  return runs.length <= 4 ? runs.join(', ') : `${column}${rows[0]}:${column}${rows[rows.length - 1]}`;
}

/** Where each row of the group is in the table's rows, when the group lists them in the table's order (it does), else null. */
function placesIn(rows: PlanRow[], group: PlanRow[]): Int32Array | null {
  const at = new Int32Array(group.length);
  let j = 0;
  for (let i = 0; i < group.length; i++) {
    while (j < rows.length && rows[j] !== group[i]) j++;
    if (j === rows.length) return null;
    at[i] = j++;
  }
  return at;
}

/** `tol` with half a unit added for each figure of the column that hides precision, one after the other. */
function hiddenHalves(group: PlanRow[], col: PlanColumn, tol: number): number {
  for (let i = 0; i < group.length; i++) {
    const r = group[i];
    const v = r.values[col.column];
    if (v !== null && v !== undefined && !Number.isInteger(v) && hidesPrecision(v, r.decimals[col.column])) tol += halfUnit(r.decimals[col.column]);
  }
  return tol;
}

/**
 * A total typed as text with a second figure in brackets (103,048 (121,325): without and with 延滞金) is the
 * same total counted otherwise: right when that one is the sum. (Asked only of a total that is not.)
 */
function secondIsSum(table: PlanTable, cell: string, sum: number, tol: number): boolean {
  const text = table.textFigures?.find((t) => t.cell === cell)?.text;
  const p = text === undefined ? null : parseNumberText(text);
  const second = p?.kind === 'number' ? secondFigure(p.note, table.title) : null;
  return second !== null && Math.abs(sum - second) <= tol;
}
