/**
 * Recalculation: the cells of a recognized table that are derived from others, as live formulas
 * referencing their operands — deltas from their headers, 収入未済額 from the ledger identity,
 * rates from ledger amounts (全体 weighted, from its own amounts), totals (a debt's 全体 too) as SUMs,
 * rates of change (増減率, 縮減率) over their earlier figure. Only computed cells are written; a
 * hand-typed value replaced by a formula is logged, never lost; a cell that already computes the
 * same figure is left alone, so a second run changes nothing. A computed
 * cell that is not the top-left cell of a merged area is not written (Excel keeps only the
 * top-left cell's content; a write elsewhere is hidden or ignored): a `merged-cell-skipped`
 * finding names it instead. Nor is a computed cell that is part of a multi-cell array formula or a
 * spill range (Sheet.arrays), its anchor included: Excel refuses to change part of an array, and a
 * write into a spill range turns its formula into #SPILL!; an `array-cell-skipped` finding names
 * it, and the rest of the table is written. An array formula of one cell is replaced as any
 * formula, logged as `{=…}` so that 元に戻す gives it back as one.
 */
import { a1, areaA1, colLetter, outsideText, parseA1, parseArea, type Area, type Sheet } from '../workbook';
import { cellsOf } from '../cells';
import type { Finding, PlanColumn, PlanRow, PlanTable } from '../recognize/model';
import { findingMessage } from '../../i18n/findings';
import type { Settings } from '../settings';
import type { ChangeSet, LogEntry, Scalar } from '../changes';
import { balanceColumns, carriedColumn, isAmountColumn, ledgerGroups, lossesUnprinted, rateBase, rateRounding, roundedRate, roundingDrift, statedRates, totalGroups, unlikeFormulaCells } from '../table-structure';
import { PERCENT_CHANGE_FORMAT, PERCENT_FORMAT, PLAN_NEGATIVE, RATE_FORMAT, amountFormat, negativeMarkOf, withNegativeMark, type NegativeMark, changeRateFormula, deltaFormula, guarded, rateFormula, sameFormula, sumFormula, uncollectedFormula, wholeFormula, type Fractions } from './formulas';
import { formatInfo } from '../text/format';
import { isNoValueText } from '../text/normalize';
import { displayed, halfUnit, parseNumberText } from '../text/number';
import { hidesPrecision } from '../validate/context';
import { blankSlips, divisionRowsMissing, isSubtotal, totalMismatch, wholeOff } from '../validate/totals';
import { arrayAreaAt, mergeIndex, mergedAreaAt, type MergeIndex } from '../merged-writes';
import { keepOutOfMixedTableColumns } from './list-objects';
import { suspectInputs } from './suspects';
import { afterTheirParts, computeMatrix, labelColumns, type SumCheck } from './matrix';

type Result = number | '';

/**
 * How cells of a column are computed: one rule a loop (every row of a column alike), one a cell
 * for a total's SUM.
 */
export interface Rule {
  format: string;
  /**
   * The cells the formula reads (a user formula reading nothing else may stay): cells of its own
   * row in these columns, named only when compared or written…
   */
  operandColumns: PlanColumn[] | null;
  /** …or named here (a total's rows). */
  operandCells: string[] | null;
  /** The formula over the operands (built only when it is compared or written). */
  build: (operands: string[]) => string;
}

/**
 * A column's computed cells, by row below the table's first: figures in a typed array (NaN for a
 * blank), no object a cell — at a million cells an object each was most of 再計算's computation
 * and of the garbage it left.
 */
interface ComputedColumn {
  column: PlanColumn;
  /** Its place in the table's list. */
  index: number;
  values: Float64Array;
  computed: Uint8Array;
  /** The rule of the column's first cell computed, and of every cell not in `rules`. */
  rule: Rule;
  rules: Map<number, Rule> | null;
}

/** The computed cells of a table, in the order they were computed (the order written and logged). */
interface Computed {
  columns: ComputedColumn[];
  /** Pairs: index in `columns`, row offset. */
  order: number[];
  /** The row at each offset below the table's first. */
  rowAt: PlanRow[];
}

const rule = (build: Rule['build'], format: string, operands: PlanColumn[] | string[]): Rule => {
  const named = typeof operands[0] === 'string';
  return { format, build, operandColumns: named ? null : (operands as PlanColumn[]), operandCells: named ? (operands as string[]) : null };
};

const operandsOf = (r: Rule, row: number): string[] => r.operandCells ?? r.operandColumns!.map((col) => `${col.column}${row}`);

/**
 * A table's computed cells, evaluated in dependency order against the snapshot's figures; a total
 * whose formula no cell could hold is added to `skipped`.
 */
function computeTable(table: PlanTable, settings: Settings, skipped: Finding[]): Computed {
  let first = Infinity;
  let last = -Infinity;
  for (const r of table.rows) {
    if (r.row < first) first = r.row;
    if (r.row > last) last = r.row;
  }
  const span = table.rows.length ? last - first + 1 : 0;
  const rowAt: PlanRow[] = [];
  for (const r of table.rows) rowAt[r.row - first] = r;
  const columns: ComputedColumn[] = [];
  /** By the column's index on the sheet. */
  const byIndex: (ComputedColumn | undefined)[] = [];
  const order: number[] = [];
  // Figures a formula over would not read as read (typed as text, a rate at another scale than its column's).
  const typedAsText = unlikeFormulaCells(table);
  /** A cell's figure as Excel holds it (percent-formatted rates are fractions); undefined where it holds text. */
  const raw = (c: PlanColumn, r: PlanRow): Result | undefined => {
    const done = byIndex[c.c];
    if (done !== undefined && done.computed[r.row - first] === 1) {
      const v = done.values[r.row - first];
      return v !== v ? '' : v;
    }
    if (r.texts[c.column] !== undefined) return undefined;
    if (typedAsText.size && typedAsText.has(`${c.column}${r.row}`)) return undefined;
    const v = r.values[c.column];
    if (v === null || v === undefined) return '';
    return c.percentScaled ? v / 100 : v;
  };
  const put = (c: PlanColumn, r: PlanRow, how: Rule, value: Result | undefined) => {
    if (value === undefined) return; // an operand holds text: leave the cell to the user
    let col = byIndex[c.c];
    if (col === undefined) {
      col = { column: c, index: columns.length, values: new Float64Array(span), computed: new Uint8Array(span), rule: how, rules: null };
      byIndex[c.c] = col;
      columns.push(col);
    }
    const at = r.row - first;
    if (how !== col.rule) (col.rules ??= new Map()).set(at, how);
    else if (col.rules !== null) col.rules.delete(at);
    // A figure too large for a double (a sum of 1e308s) is left for Excel to show as it will.
    col.values[at] = typeof value === 'number' && Number.isFinite(value) ? value : NaN;
    if (col.computed[at] === 0) {
      col.computed[at] = 1;
      order.push(col.index, at);
    }
  };
  const blankZero = settings.blankAsZero;
  /** A figure typed as a number (no formula) at the row's cell of the column. */
  const typedFigure = (c: PlanColumn, r: PlanRow) => typeof r.values[c.column] === 'number' && r.formulas[c.column] === undefined;
  /**
   * How far a figure typed as a number lies beyond half a unit of what it shows from the one computed (0 where it shows
   * the same, or is no plain typed figure). Within rounding (a total of amounts each rounded to 千円 — 単位未満四捨五入, the
   * parts need not add up to it —, a difference of rates rounded before they were subtracted) it is the figure published,
   * validation accepts it: it is left as typed, not replaced by a formula showing another.
   */
  const shownOff = (c: PlanColumn, r: PlanRow, computed: Result | undefined): number => {
    if (typeof computed !== 'number' || c.percentScaled) return 0;
    const typed = r.values[c.column];
    // (Most computed cells hold their figure already: told at once.)
    if (typeof typed !== 'number' || typed === computed) return 0;
    const d = r.decimals[c.column];
    const off = Math.abs(typed - computed) - halfUnit(d);
    if (r.formulas[c.column] !== undefined || r.texts[c.column] !== undefined || typedAsText.has(`${c.column}${r.row}`)) return 0;
    if (off > 0) return off;
    // Within half a unit, yet shown otherwise (−0.15 computed shows △0.2 where △0.1 was typed): off by as little as can be.
    return d !== null && d !== undefined && displayed(computed, d) !== displayed(typed, d) ? Number.EPSILON : 0;
  };
  /** Half a unit of what an operand shows where its figure (as computed or typed) hides more behind it. */
  const hidden = (c: PlanColumn, r: PlanRow, v: Result | undefined) => {
    if (typeof v !== 'number' || Number.isInteger(v)) return 0;
    const d = r.decimals[c.column];
    return hidesPrecision(inPoints(c, v), d) ? halfUnit(d) : 0;
  };

  const groups = ledgerGroups(table);
  const totals = totalGroups(table);
  const totalRows = new Set(totals.map((t) => t.total));
  const dataRows = table.rows.filter((r) => !totalRows.has(r));

  // 0. A column of a whole (合計, 調定額計) beside its 現年度分 and 滞納繰越分 columns: their sum, on every row of figures —
  // before the ledger reads it. A published whole validation accepts (within the rounding of 千円 figures) is kept.
  for (const w of table.columns) {
    if (w.role !== 'value' || !w.sumOf) continue;
    const [cur, arr] = w.sumOf.map((l) => table.columns.find((c) => c.column === l)!);
    const how = rule(([a, b]) => wholeFormula(a, b, blankZero), amountFormat(w.shownDivided), [cur, arr]);
    for (let i = 0; i < dataRows.length; i++) {
      const r = dataRows[i];
      const [a, b] = [raw(cur, r), raw(arr, r)];
      const v = a === undefined || b === undefined ? undefined : a === '' && b === '' && !blankZero ? '' : (a || 0) + (b || 0);
      if (shownOff(w, r, v) > 0 && wholeOff(table, w, r) === null) continue;
      put(w, r, how, v);
    }
  }

  // 1. Ledger rows: 収入未済額 from the identity, then the rate from the amounts.
  // Each group's rate rule made once (the data rows' rates, then the totals', are written by it).
  const rates = new Map<(typeof groups)[number], { how: Rule; rounding: ReturnType<typeof rateRounding> } | null>();
  const ledgerRate = (g: (typeof groups)[number], rows: PlanRow[]) => {
    const [E, P] = [g.get('収入済額'), g.get('収納率')];
    if (!E || !P) return;
    let made = rates.get(g);
    if (made === undefined) {
      // Of the 調定額, or with none printed of the amount the rows show the rate is of (受託額).
      const base = g.get('調定額') ?? rateBase(table, E, P);
      // Rounded or cut down to the decimals the table's rates show, as they are (rateRounding).
      const rounding = base ? rateRounding(statedRates(table, base, E, P), 1) : null;
      made = base ? { how: rule(([paid, charged]) => rateFormula(paid, charged, P.percentScaled, rounding), P.percentScaled ? PERCENT_FORMAT : RATE_FORMAT, [E, base]), rounding } : null;
      rates.set(g, made);
    }
    if (!made) return;
    const { how, rounding } = made;
    const A = how.operandColumns![1];
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const a = raw(A, r);
      const e = raw(E, r);
      // A rate printed without its 調定額 and 収入済額 (a debt giving its rate alone): the plan's figure, none the blanks give.
      if (a === '' && e === '' && typedFigure(P, r)) continue;
      const rate = a === undefined || e === undefined ? undefined : a === '' || e === '' || a === 0 ? '' : (e / a) * 100;
      const v = typeof rate !== 'number' ? rate : roundedRate(rate, rounding) / (P.percentScaled ? 100 : 1);
      put(P, r, how, v);
    }
  };
  for (const g of groups) {
    const [A, E, K, U, R] = (['調定額', '収入済額', '不納欠損額', '収入未済額', '還付未済額'] as const).map((i) => g.get(i));
    if (A && E && U) {
      // Operands: 調定額, 収入済額, then 不納欠損額, 還付未済額 and a 繰越額 beside (carriedColumn) where the table has them.
      const C = carriedColumn(table, g);
      const ops = [A, E];
      if (K) ops.push(K);
      if (R) ops.push(R);
      if (C) ops.push(C);
      const how = rule((o) => uncollectedFormula(o[0], o[1], K ? o[2] : null, R ? o[K ? 3 : 2] : null, blankZero, C ? o[ops.length - 1] : null), amountFormat(A.shownDivided), ops);
      const unprinted = lossesUnprinted(table, g);
      for (let i = 0; i < dataRows.length; i++) {
        const r = dataRows[i];
        // Read one by one: no list of the four a row.
        const a = raw(A, r);
        const e = raw(E, r);
        const k = K ? raw(K, r) : 0;
        const x = R ? raw(R, r) : 0;
        const c = C ? raw(C, r) : 0;
        // A 収入未済額 printed without its 調定額 and 収入済額 (a debt giving what is owed alone): the plan's figure.
        if (a === '' && e === '' && typedFigure(U, r)) continue;
        // Text in an operand: left to the user; 調定額 or 収入済額 blank: blank (unless blanks count as 0).
        const v = a === undefined || e === undefined || k === undefined || x === undefined || c === undefined ? undefined : !blankZero && (a === '' || e === '') ? '' : (c || 0) + (a || 0) - (e || 0) - (k || 0) + (x || 0);
        // Below 調定額 − 収入済額 where the table prints no 不納欠損額 (lossesUnprinted): what is owed after it, kept as printed.
        if (unprinted && typeof v === 'number' && typeof r.values[U.column] === 'number' && r.values[U.column]! < v) continue;
        // A figure published in 千円 one off its rounded parts (単位未満四捨五入) is kept as published, as validation accepts it.
        const off = shownOff(U, r, v);
        if (off > 0 && off <= roundingDrift(table, r, U.column, ops.length + 1)) continue;
        put(U, r, how, v);
      }
    }
    ledgerRate(g, dataRows);
    // A balance carried to the next year (翌年度繰越額, 期末残高) from the one carried in (前年度繰越額, 期首残高) and the year's
    // flows — or from the flows alone where 調定額 holds the start, as most rows show it (as validation reads either).
    const balance = A && E ? balanceColumns(table, A) : undefined;
    if (A && E && balance) {
      const { start: S, end: Z } = balance;
      const flows = (r: PlanRow) => (r.values[A.column] ?? 0) - (r.values[E.column] ?? 0) - (K ? (r.values[K.column] ?? 0) : 0);
      const shows = (r: PlanRow, v: number) => Math.abs((r.values[Z.column] ?? NaN) - v) <= halfUnit(r.decimals[Z.column]);
      const held = dataRows.filter((r) => shows(r, flows(r))).length > dataRows.filter((r) => shows(r, (r.values[S.column] ?? 0) + flows(r))).length;
      const ops = held ? [A, E, ...(K ? [K] : [])] : [S, A, E, ...(K ? [K] : [])];
      const how = rule((o) => guarded(held ? [o[0], o[1]] : [o[1], o[2]], held ? `${o[0]}-${o[1]}${K ? `-N(${o[2]})` : ''}` : `N(${o[0]})+${o[1]}-${o[2]}${K ? `-N(${o[3]})` : ''}`, blankZero), amountFormat(Z.shownDivided), ops);
      for (let i = 0; i < dataRows.length; i++) {
        const r = dataRows[i];
        const [s0, a, e, k] = [raw(S, r), raw(A, r), raw(E, r), K ? raw(K, r) : 0];
        const v = s0 === undefined || a === undefined || e === undefined || k === undefined ? undefined : !blankZero && (a === '' || e === '') ? '' : (held ? 0 : s0 || 0) + (a || 0) - (e || 0) - (k || 0);
        put(Z, r, how, v);
      }
    }
  }

  // 2. Total rows: amounts as SUMs of the rows they total; rates from the total's own amounts.
  let mismatched: Set<string> | undefined;
  let slips: boolean | undefined;
  /**
   * A total left to the user, and what reads it too where it is not the sum of the figures read
   * (a SUM that skips a figure typed as text): a difference over it would be as wrong.
   */
  const leave = (cell: string) => {
    if ((mismatched ??= new Set(totalMismatch(table).map((f) => f.cell))).has(cell)) typedAsText.add(cell);
  };
  const amountCols = table.columns.filter((c) => c.role === 'value' && isAmountColumn(table, c));
  // A 全体 row whose other 区分 row is missing (division-row-missing) is the debt's figure: left as typed.
  const missing = divisionRowsMissing(table, totals);
  for (const { total, items } of afterTheirParts(totals, (g) => g.total, (g) => g.items)) {
    if (items.length === 0) continue;
    if (missing.has(total)) {
      for (const c of amountCols) leave(`${c.column}${total.row}`);
      continue;
    }
    const rowNumbers = items.map((r) => r.row);
    columns: for (const c of amountCols) {
      const cell = `${c.column}${total.row}`;
      let sum = 0;
      let figures = 0;
      let blanks = 0;
      for (const r of items) {
        const v = raw(c, r);
        if (v === undefined) {
          leave(cell); // a part holds text
          continue columns;
        }
        if (v === '') {
          // (A dash is none, 0: no blank.)
          if (!r.dashes.includes(c.column)) blanks++;
          continue;
        }
        sum += v;
        figures++;
      }
      const formula = sumFormula(c.column, rowNumbers);
      if (formula === undefined) {
        // Longer than Excel holds in a cell (thousands of rows apart): not written, and said.
        skipped.push({ code: 'long-formula-skipped', severity: 'warning', sheet: table.sheet, cell, ...findingMessage('long-formula-skipped', { cell, rows: items.length }) });
        leave(cell);
        continue;
      }
      const value: Result = figures ? sum : blankZero ? 0 : '';
      const off = shownOff(c, total, value);
      if (off > 0 && (table.unit === '千円' || table.unit === '百万円') && off <= Math.ceil(Math.sqrt(figures)) * halfUnit(total.decimals[c.column])) continue;
      // Over a part left blank, a total showing more than the others' sum may hold the blank's figure: left as typed
      // (total-part-blank says so), not mended to a SUM that leaves it out.
      if (off > 0 && blanks && !blankZero && (slips ??= blankSlips(table))) continue;
      put(c, total, rule(() => formula, amountFormat(c.shownDivided), refsOf(formula)), value);
    }
  }
  for (const g of groups) ledgerRate(g, [...totalRows]);

  // 3. Deltas, on every row, from the (possibly computed) operands.
  const byLetter = new Map(table.columns.map((c) => [c.column, c]));
  // A difference whose rows show another pair than its header (rowsShow) is the user's to settle: left as typed.
  for (const d of table.columns.filter((c) => c.role === 'delta' && c.minuendColumn && c.subtrahendColumn && !c.rowsShow)) {
    const m = byLetter.get(d.minuendColumn!)!;
    const s = byLetter.get(d.subtrahendColumn!)!;
    const isRate = (d.item ?? m.item) === '収納率' || (d.item === null && table.measure === 'rate');
    // Rates kept as fractions (0.962 shown as 96.2%) differ in points: the difference × 100, or the
    // fraction × 100 where the other rate is typed in percent…
    const both = m.percentScaled && s.percentScaled;
    // …unless the difference is kept as a fraction too (0.049 shown as 4.9%): then the fractions' difference as it is.
    const asFraction = d.percentScaled && both;
    // A difference shown in percent of rates typed in percent (or one of each) is left to the user.
    if (d.percentScaled && !both) continue;
    const fractions: Fractions = asFraction ? [false, false] : [m.percentScaled, s.percentScaled];
    const format = asFraction ? PERCENT_CHANGE_FORMAT : isRate ? RATE_FORMAT : amountFormat(m.shownDivided);
    const how = rule(([mr, sr]) => deltaFormula(mr, sr, blankZero, fractions), format, [m, s]);
    for (let i = 0; i < table.rows.length; i++) {
      const r = table.rows[i];
      const a = raw(m, r);
      const b = raw(s, r);
      const v = a === undefined || b === undefined ? undefined : !blankZero && (a === '' || b === '') ? '' : asFraction ? (a || 0) - (b || 0) : both ? ((a || 0) - (b || 0)) * 100 : inPoints(m, a || 0) - inPoints(s, b || 0);
      const off = asFraction ? 0 : shownOff(d, r, v);
      if (off > 0 && off <= hidden(m, r, a) + hidden(s, r, b)) continue;
      put(d, r, how, v);
    }
  }

  // 4. Rates of change (増減率, 縮減率) and ratios (前年度比), on every row, from the (possibly computed) figures.
  for (const c of table.columns) {
    if (!c.changeRate) continue;
    const { minuendColumn, subtrahendColumn, baseColumn, ratio = false } = c.changeRate;
    const [m, s] = [byLetter.get(minuendColumn)!, byLetter.get(subtrahendColumn)!];
    const baseIsMinuend = baseColumn === minuendColumn;
    const fractions: Fractions = [m.percentScaled, s.percentScaled];
    const how = rule(([mr, sr]) => changeRateFormula(mr, sr, baseIsMinuend, fractions, ratio), RATE_FORMAT, [m, s]);
    // Of a fraction and a rate typed in percent, both in percent (of two fractions, the ratio is the same).
    const mixed = m.percentScaled !== s.percentScaled;
    const [pm, ps] = [(x: number) => (mixed ? inPoints(m, x) : x), (x: number) => (mixed ? inPoints(s, x) : x)];
    for (let i = 0; i < table.rows.length; i++) {
      const r = table.rows[i];
      const a = raw(m, r);
      const b = raw(s, r);
      // A ratio is the minuend over the base, nothing taken from it.
      const v = a === undefined || b === undefined ? undefined : a === '' || b === '' ? '' : rateOfChange(pm(a), ratio ? 0 : ps(b), baseIsMinuend ? pm(a) : ps(b));
      put(c, r, how, v);
    }
  }
  return { columns, order, rowAt };
}

/**
 * One sheet's computed cells, appended to `cs` (cells and log; the change log's own writes come
 * once every sheet is done, from changeLogWrites): the sheet's cells are needed only here, so a
 * caller recalculating sheet by sheet lets them go before the next. Returns the cells skipped:
 * merged, array, and totals too long to be written.
 */
/**
 * `check`: for 検証, not 再計算 — what a run would do, said of the inputs it finds typed wrong (input-suspect), `cs` a scratch
 * set nothing applies.
 */
export function recalcSheet(sheet: Sheet, tables: readonly PlanTable[], settings: Settings, cs: ChangeSet, check = false): Finding[] {
  const findings: Finding[] = [];
  let merges: MergeIndex | undefined;
  let arrays: MergeIndex | undefined;
  let oneCellArrays: Set<string> | undefined;
  // The cells as they are, read without an object a cell (most computed cells are kept as they are).
  const cells = cellsOf(sheet);
  const [from, fromLog] = [cs.cells.length, cs.log.length];
  /** How each table shows its negatives, as most of its negative figures are typed or shown (△ by default). */
  const marks = new Map<PlanTable, NegativeMark>();
  const markOf = (table: PlanTable): NegativeMark => {
    let mark = marks.get(table);
    if (mark === undefined) {
      const counts = new Map<NegativeMark, number>();
      const { top, bottom, left, right } = parseArea(table.range);
      for (let r = top; r <= bottom; r++) {
        for (let c = left; c <= right; c++) {
          const v = cells.value(r, c);
          // A negative figure shown without a mark counts for the plans' △: one ▲ typed among them changes nothing.
          const m = typeof v === 'string' ? negativeMarkOf(v, undefined) : typeof v === 'number' && v < 0 ? (negativeMarkOf(v, cells.numberFormat(r, c)) ?? PLAN_NEGATIVE) : null;
          if (m !== null) counts.set(m, (counts.get(m) ?? 0) + 1);
        }
      }
      mark = [...counts].reduce<[NegativeMark, number]>((best, e) => (e[1] > best[1] ? e : best), [PLAN_NEGATIVE, 0])[0];
      marks.set(table, mark);
    }
    return mark;
  };
  /**
   * The row's labels as they stand, each label cell of its table (department, debt, 区分, class; of a merged one, the
   * top-left) with its text, a line each: "A8=税務課\nB8=市税\nC8=現年度分" (rowKey).
   */
  const keyOf = (labels: readonly number[], row: number): string | undefined => {
    const lines: string[] = [];
    for (const label of labels) {
      const merged = sheet.merges.length ? mergedAreaAt((merges ??= mergeIndex(sheet.merges)), row, label) : undefined;
      // Two label columns under one merged cell (合計 over 所管課 and 債権名) name it once.
      if (merged && merged.left < label && labels.includes(merged.left)) continue;
      const [r, c] = merged ? [merged.top, merged.left] : [row, label];
      const v = cells.value(r, c);
      if ((typeof v === 'string' && v.trim() !== '') || typeof v === 'number') lines.push(`${a1(r, c)}=${v}`);
    }
    return lines.length ? lines.join('\n') : undefined;
  };
  /**
   * The rule's formula over `operands`, an operand holding text where its figure belongs (－, —: no value) tested as no number
   * rather than as blank: "－"="" is FALSE, and D6-C6 over it would be #VALUE! in Excel (and in every SUM over it), where the
   * engine computed a blank.
   */
  const built = (how: Rule, operands: string[]): string => {
    let out = how.build(operands);
    for (const op of operands) {
      if (!CELL_REF.test(op)) continue;
      const { r, c } = parseA1(op);
      const v = cells.value(r, c);
      if (typeof v === 'string' && v.trim() !== '') out = textAsNoFigure(out, op);
    }
    return out;
  };
  /**
   * A computed cell (0-based r, c) written with its rule's formula over `operands` unless it already computes the
   * figure (NaN: blank), or cannot be written (part of an array or a merged area: said); logged with the row's labels
   * (the cells of `labels`, 0-based columns). `texts`: the row's words where figures belong (a row table's), kept.
   */
  const write = (table: PlanTable, r: number, col: number, figure: number, how: Rule, operands: string[], texts: PlanRow['texts'] | null, labels: readonly number[]) => {
    const array = sheet.arrays?.length ? arrayAreaAt((arrays ??= mergeIndex(sheet.arrays)), r, col) : undefined;
    if (array) {
      const cell = a1(r, col);
      findings.push({ code: 'array-cell-skipped', severity: 'warning', sheet: table.sheet, cell, ...findingMessage('array-cell-skipped', { cell, area: areaA1(array), anchor: a1(array.top, array.left) }) });
      return;
    }
    const merged = sheet.merges.length ? mergedAreaAt((merges ??= mergeIndex(sheet.merges)), r, col) : undefined;
    if (merged) {
      const cell = a1(r, col);
      const area = areaA1(merged);
      findings.push({ code: 'merged-cell-skipped', severity: 'warning', sheet: table.sheet, cell, ...findingMessage('merged-cell-skipped', { cell, area, anchor: a1(merged.top, merged.left) }) });
      return;
    }
    const oldFormula = cells.formula(r, col);
    // A user's SUBTOTAL (the rows shown only, hidden rows left out) is kept: validation says how it differs.
    if (isSubtotal(oldFormula)) return;
    const oldFormat = cells.numberFormat(r, col);
    const value: Result = figure !== figure ? '' : figure;
    // A word where the difference is blank (皆減, 新規: an operand has no figure) says what a blank would not: kept.
    if (value === '' && !oldFormula && texts?.[colLetter(col)] !== undefined) return;
    const keepFormat = !!oldFormat && showsAlike(oldFormat, how.format);
    // Built only when needed (a recalculated sheet keeps most of its formulas as they are).
    let formula: string | undefined;
    if (oldFormula) {
      // The user's own formula: kept when it already computes the same figure. The very formula
      // saiken writes, shown in another format, is written again with the column's format and
      // logged like any write, so that 元に戻す gives the format back too.
      const refersToOperands = sameFigure(cells.value(r, col), value) && refersOnlyTo(oldFormula, operands);
      if (refersToOperands && keepFormat) return;
      formula = built(how, operands);
      if (refersToOperands && !sameFormula(oldFormula, formula)) return;
      if (!refersToOperands && keepFormat && sameFormula(oldFormula, formula)) {
        // The very formula, its stored figure stale (an operand mended in this run, a program's edit never calculated):
        // its figure brought up to date, the formula as it was — no change of the user's, nothing logged.
        cs.cells.push({ sheet: table.sheet, cell: a1(r, col), formula: oldFormula, value });
        return;
      }
    }
    // The address made only for a write (most computed cells are kept as they are).
    const cell = a1(r, col);
    formula ??= built(how, operands);
    cs.cells.push({ sheet: table.sheet, cell, formula, value, ...(keepFormat ? {} : { numberFormat: withNegativeMark(how.format, markOf(table)) }) });
    // An array formula of this one cell is logged as Excel shows one, so that 元に戻す gives it back as one.
    const oldValue = cells.value(r, col);
    const before = oldFormula ? (sheet.arrays?.length && (oneCellArrays ??= oneCellArraysOf(sheet.arrays)).has(cell) ? `{=${oldFormula}}` : `=${oldFormula}`) : scalarOf(oldValue);
    const key = keyOf(labels, r);
    const mended = showedOther(oldFormula ? cells.value(r, col) : oldValue, value, keepFormat ? oldFormat! : how.format);
    cs.log.push({ sheet: table.sheet, cell, before, formula: `=${formula}`, kind: kindOf(oldFormula, oldValue), ...(mended ? { mended } : {}), ...(key ? { key } : {}) });
  };
  /** Outlines' rows not their rows' sums, for suspectInputs. */
  const sumChecks = new Map<string, SumCheck>();
  for (const table of tables) {
    if (table.shape === 'matrix') {
      // The label cells of a row are left of its first figure.
      const labels = labelColumns(table);
      for (const m of computeMatrix(table, cells, settings, findings, sumChecks)) write(table, m.r, m.c, m.value, m.rule, m.operands, null, labels);
      continue;
    }
    const { columns, order, rowAt } = computeTable(table, settings, findings);
    const labels = table.columns.filter((c) => c.role === 'department' || c.role === 'debt' || c.role === 'division' || c.role === 'classification').map((c) => c.c);
    // Indexed loops here and in computeTable: a for…of run before the function is optimized makes
    // an object a step.
    for (let i = 0; i < order.length; i += 2) {
      const computed = columns[order[i]];
      const at = order[i + 1];
      const column = computed.column;
      const row = rowAt[at];
      const how = computed.rules?.get(at) ?? computed.rule;
      write(table, row.row - 1, column.c, computed.values[at], how, operandsOf(how, row.row), row.texts, labels);
    }
  }
  if (sheet.listObjects?.length) findings.push(...keepOutOfMixedTableColumns(sheet, cells, cs, from, fromLog));
  findings.push(...suspectInputs(sheet.name, cells, cs, from, fromLog, check, [...sumChecks.values()]));
  return findings;
}

/** A plain cell reference (D6). */
const CELL_REF = /^[A-Z]{1,3}\d+$/;

/** `ref=""` in a formula's guard as `NOT(ISNUMBER(ref))`: true for a blank, and for text (a dash) too. */
function textAsNoFigure(formula: string, ref: string): string {
  return formula.replace(new RegExp(`(?<![A-Z$0-9!])${ref}=""`, 'g'), `NOT(ISNUMBER(${ref}))`);
}

/** A rate of the column in percent: a fraction (0.962 shown as 96.2%) × 100. */
function inPoints(c: PlanColumn, v: number): number {
  return c.percentScaled ? v * 100 : v;
}

/** (minuend − subtrahend) ÷ base × 100; blank where the base is zero. */
function rateOfChange(minuend: number, subtrahend: number, base: number): Result {
  return base === 0 ? '' : ((minuend - subtrahend) / base) * 100;
}

/** Does the user's format show the figure as the computed one would (same decimals, percent, scaling)? Then it is kept. */
function showsAlike(user: string, computed: string): boolean {
  const u = formatInfo(user);
  if (u.text) return false;
  const { decimals, percent, scale } = formatInfo(computed);
  return u.decimals === decimals && u.percent === percent && u.scale === scale;
}

/** The cells ("I8") holding an array formula of their own one cell. */
function oneCellArraysOf(arrays: readonly Area[]): Set<string> {
  return new Set(arrays.filter((a) => a.top === a.bottom && a.left === a.right).map((a) => a1(a.top, a.left)));
}

/**
 * Did the cell show another figure than the one written, in the format it is given? A mistake mended (true); a figure made
 * live, or an empty cell filled, is none. Text that reads as a figure (△ 1.2) is that figure; other text, or an error, is one.
 */
function showedOther(shown: unknown, value: Result, format: string): true | undefined {
  if (shown === undefined || shown === null || shown === '') return undefined;
  // A dash (－, —: no value) where the figure is blank showed the same: none.
  if (value === '') return typeof shown === 'string' && isNoValueText(shown) ? undefined : true;
  const was = typeof shown === 'number' ? shown : typeof shown === 'string' ? parseNumberText(shown) : null;
  const figure = typeof was === 'number' ? was : was?.kind === 'number' ? was.value : null;
  if (figure === null) return true;
  const { decimals, percent } = formatInfo(format);
  const scale = percent ? 100 : 1;
  const places = decimals ?? (String(figure * scale).split('.')[1]?.length ?? 0);
  return Math.abs(figure * scale - value * scale) > halfUnit(places) ? true : undefined;
}

/** What a replaced cell held, logged beside it: text that starts with "=" is not a formula, an error is not text. */
function kindOf(formula: string | undefined, v: unknown): NonNullable<LogEntry['kind']> {
  if (formula) return 'formula';
  if (v === undefined || v === null || v === '') return 'empty';
  if (typeof v === 'object') return 'error';
  return typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'text';
}

function scalarOf(v: unknown): Scalar {
  if (v === undefined || v === null) return null;
  if (typeof v === 'object') return (v as { error: string }).error;
  return v as Scalar;
}

function sameFigure(a: unknown, b: Result): boolean {
  if (b === '') return a === '' || a === null || a === undefined;
  return typeof a === 'number' && Math.abs(a - b) < 1e-9;
}

/** Is formula[from, to) one of the operands? (Compared in place: this runs for every computed cell.) */
function isOperandAt(formula: string, from: number, to: number, operands: string[]): boolean {
  for (const o of operands) if (o.length === to - from && formula.startsWith(o, from)) return true;
  return false;
}

/** The cell references a formula names (A1 form, $ removed), outside string literals. */
function refsOf(formula: string): string[] {
  const code = outsideText(formula);
  const refs = code.toUpperCase().match(/\$?[A-Z]{1,3}\$?\d+/g) ?? [];
  return code.includes('$') ? refs.map((r) => r.replace(/\$/g, '')) : refs;
}

/** A user formula is kept only if it refers to nothing but the computed formula's operands (no loops, no other sheets). */
export function refersOnlyTo(formula: string, operands: string[]): boolean {
  if (formula.includes('!') || formula.includes('[')) return false;
  // The common case, a plain reference or arithmetic on references (E5-C5), read without a regex.
  if (/^[A-Z0-9+\-*/()]+$/.test(formula)) {
    for (let i = 0; i < formula.length; ) {
      const start = i;
      while (i < formula.length && formula.charCodeAt(i) >= 65 && formula.charCodeAt(i) <= 90) i++;
      const letters = i - start;
      const digitsFrom = i;
      while (i < formula.length && formula.charCodeAt(i) >= 48 && formula.charCodeAt(i) <= 57) i++;
      // Letters then digits name a cell (its last three letters, as Excel's columns go); letters
      // alone are a function's name, digits alone a constant.
      if (letters > 0 && i > digitsFrom && !isOperandAt(formula, Math.max(start, digitsFrom - 3), i, operands)) return false;
      if (i === start) i++;
    }
    return true;
  }
  return refsOf(formula).every((r) => operands.includes(r));
}
