/**
 * Row-level checks: duplicate debts, gaps inside a row's year sequence, the 全体 rate between
 * its 現年度分 and 滞納繰越分 rates, and large changes between consecutive years.
 */
import type { Finding, PlanColumn, PlanRow, PlanTable } from '../recognize/model';
import { compact } from '../text/normalize';
import { a1 } from '../workbook';
import { RowKeys } from './row-keys';
import { cellOf, figures, finding, halfUnit, isAmountColumn, isRateColumn, valueColumns, type Rule } from './context';

/**
 * Two figure columns of one year, kind, quantity and 区分 (令和5年度 実績① | 令和5年度 実績②, the first meant 令和4年度): one
 * header is likely wrong, and 集計 counts the first only. Said at the second's header, naming the first.
 */
export const duplicateColumn: Rule = (table) => {
  const out: Finding[] = [];
  const seen = new Map<string, PlanColumn>();
  const row = table.headerBottom + 1;
  for (const c of valueColumns(table)) {
    if (c.fiscalYear === null || c.kind === null || c.item === null || c.yearsBefore) continue;
    const key = `${c.fiscalYear}|${c.kind}|${c.item}|${c.division ?? ''}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, c);
      continue;
    }
    // Headers that say how they differ (目標（当初） | 目標（見直し後）) are two figures; alike but for their tags (①, ②), one.
    if (untagged(first.header) !== untagged(c.header)) continue;
    out.push(finding(table, 'duplicate-column', 'warning', `${c.column}${row}`, { first: `${first.column}${row}`, cell: `${c.column}${row}`, year: c.fiscalYear, kind: c.kind, item: c.item }));
  }
  return out;
};

/** A header without its spacing and its tags (①…⑳, (A), 【B】). */
const untagged = (h: string) => compact(h).replace(/[\u2460-\u2473]|[(（【][A-Z][)）】]/g, '');

export const duplicateDebt: Rule = (table) => {
  const out: Finding[] = [];
  const debtCol = table.columns.find((c) => c.role === 'debt');
  if (!debtCol) return out;
  // The first row of each department, debt and division.
  const seen = new RowKeys<PlanRow>();
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    if (row.total || !row.debt) continue;
    const dept = compact(row.department ?? '');
    const debt = compact(row.debt);
    const division = row.division ?? '';
    const first = seen.firstOr(dept, debt, division, row);
    if (first) out.push(finding(table, 'duplicate-debt', 'warning', cellOf(row, debtCol.column), { debt: row.debt, first: cellOf(first, debtCol.column) }));
  }
  return out;
};

/** Value columns of one kind, one item and one 区分, one a year over two years at least, in year order: a row's sequence of figures. */
export function yearSequences(table: PlanTable): PlanColumn[][] {
  const groups = new Map<string, PlanColumn[]>();
  for (const c of valueColumns(table)) {
    if (c.fiscalYear === null) continue;
    // A 区分's own years: 現年 | 滞繰 | 合計 of one year are no course over years (a figure of no 区分 is the whole's).
    const key = `${c.kind}|${c.item}|${c.division ?? '全体'}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  // A year of two columns or more (its 区分 not read) says not which goes on from which: no course.
  const oncePerYear = (cols: PlanColumn[]) => new Set(cols.map((c) => c.fiscalYear)).size === cols.length;
  return [...groups.values()].map((cols) => cols.sort((a, b) => a.fiscalYear! - b.fiscalYear! || a.c - b.c)).filter((cols) => cols.length > 1 && oncePerYear(cols));
}

/**
 * Data rows Excel does not show, read and counted as any other (a SUM over the rows adds them, as do 集計 and 取りまとめ): said
 * once for the table, at the first, with every row named — a row hidden to leave it out is counted all the same.
 */
export const hiddenRows: Rule = (table) => {
  const rows = table.hiddenRows;
  if (!rows?.length) return [];
  // At the row's debt (or department) cell; a matrix's, at its first column.
  const label = table.columns.find((c) => c.role === 'debt') ?? table.columns.find((c) => c.role === 'department');
  const cell = label ? `${label.column}${rows[0]}` : a1(rows[0] - 1, table.area.left);
  return [finding(table, 'hidden-rows', 'warning', cell, { rows: rows.join('・'), count: rows.length })];
};

export const missingValue: Rule = (table) => {
  const out: Finding[] = [];
  for (const seq of yearSequences(table)) {
    const columns = seq.map((c) => figures(table, c.column));
    for (let r = 0; r < table.rows.length; r++) {
      const row = table.rows[r];
      let firstFilled = -1;
      let lastFilled = -1;
      for (let i = 0; i < seq.length; i++) {
        if (columns[i][r] === null) continue;
        if (firstFilled < 0) firstFilled = i;
        lastFilled = i;
      }
      for (let i = firstFilled + 1; i < lastFilled; i++) {
        const col = seq[i];
        if (columns[i][r] !== null || row.texts[col.column] !== undefined || row.dashes.includes(col.column)) continue;
        out.push(finding(table, 'missing-value', 'warning', cellOf(row, col.column), { year: col.fiscalYear, header: col.header }));
      }
    }
  }
  return out;
};

export const divisionInconsistent: Rule = (table) => {
  const out: Finding[] = [];
  const rateCols = valueColumns(table).filter((c) => isRateColumn(table, c));
  // Rows of each department and debt, in the order the debts first appear.
  const byDebt = new RowKeys<number>();
  const groups: PlanRow[][] = [];
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    if (!row.division || !row.debt) continue;
    const dept = compact(row.department ?? '');
    const debt = compact(row.debt);
    const at = byDebt.firstOr(dept, debt, '', groups.length);
    if (at === undefined) groups.push([row]);
    else groups[at].push(row);
  }
  // By columns too: a year's 現年度分 | 滞納繰越分 | 合計 rates, on every row.
  for (const whole of rateCols) {
    if (whole.division !== '全体') continue;
    const alike = (c: PlanColumn) => c !== whole && c.fiscalYear === whole.fiscalYear && c.kind === whole.kind;
    const cur = rateCols.find((c) => alike(c) && c.division === '現年度分');
    const arr = rateCols.find((c) => alike(c) && c.division === '滞納繰越分');
    if (!cur || !arr) continue;
    for (const row of table.rows) {
      const [c, a, w] = [row.values[cur.column], row.values[arr.column], row.values[whole.column]];
      if (c == null || a == null || w == null) continue;
      const tol = halfUnit(row.decimals[whole.column]) + halfUnit(row.decimals[cur.column]);
      if (w < Math.min(c, a) - tol || w > Math.max(c, a) + tol) {
        out.push(finding(table, 'division-inconsistent', 'warning', cellOf(row, whole.column), { value: w, current: c, arrears: a }, { actual: w }));
      }
    }
  }
  for (const rows of groups) {
    const cur = rows.find((r) => r.division === '現年度分');
    const arr = rows.find((r) => r.division === '滞納繰越分');
    const all = rows.find((r) => r.division === '全体');
    if (!cur || !arr || !all) continue;
    for (const col of rateCols) {
      const [c, a, w] = [cur, arr, all].map((r) => r.values[col.column]);
      if (c == null || a == null || w == null) continue;
      const tol = halfUnit(all.decimals[col.column]) + halfUnit(cur.decimals[col.column]);
      if (w < Math.min(c, a) - tol || w > Math.max(c, a) + tol) {
        out.push(finding(table, 'division-inconsistent', 'warning', cellOf(all, col.column), { value: w, current: c, arrears: a }, { actual: w }));
      }
    }
  }
  return out;
};

export const largeChange: Rule = (table, ctx) => {
  const out: Finding[] = [];
  const { largeChangePoints, largeChangeRatio } = ctx.settings;
  const rows = table.rows;
  for (const seq of yearSequences(table)) {
    const rate = isRateColumn(table, seq[0]);
    const amount = isAmountColumn(table, seq[0]);
    if (!rate && !amount) continue;
    const columns = seq.map((c) => figures(table, c.column));
    // Amounts: only changes that matter to the table (1% of the columns' largest figure and up; total rows aside).
    let largest = 0;
    if (amount) for (let r = 0; r < rows.length; r++) if (!rows[r].total) for (let k = 0; k < columns.length; k++) largest = Math.max(largest, Math.abs(columns[k][r] ?? 0));
    const floor = largest * 0.01;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (row.total) continue;
      let prev = -1;
      for (let i = 0; i < seq.length; i++) {
        const v = columns[i][r];
        if (v === null) continue;
        if (prev >= 0) {
          const p = columns[prev][r]!;
          const step = Math.abs(v - p);
          // The division last: most steps are below the floor, and are told so without one.
          const big = rate ? step > largeChangePoints : p > 0 && step >= floor && step / p > largeChangeRatio;
          if (big) {
            const change = rate ? Math.round((v - p) * 10) / 10 : Math.round(((v - p) / p) * 1000) / 10;
            const from = seq[prev];
            const col = seq[i];
            out.push(finding(table, 'large-change', 'info', cellOf(row, col.column), { from: p, to: v, fromYear: from.fiscalYear, toYear: col.fiscalYear, change, rate: rate ? 1 : 0 }, { actual: v }));
          }
        }
        prev = i;
      }
    }
  }
  return out;
};
