/**
 * Rules over the observations of matrix tables (years down, debts across, flow and stage tables):
 * the same checks as row tables have, written once over dimensions rather than positions, and the
 * checks only flow and stage tables need (rollforward, carryover, ratio).
 * Row tables keep their own rules (values, delta, totals, ledger), which know their rows and columns.
 */
import { LAST_YEAR_NOTE, SUPERSEDED_NOTE, type Finding, type Kind, type Observation, type PlanTable } from '../recognize/model';
import { a1, parseA1 } from '../workbook';
import { flowSign, isRateItem } from '../text/items';
import { secondFigure, textDecimals } from '../text/number';
import { monthAtEnd } from '../text/years';
import { blanksAreSlips, finding, halfUnit, hidesPrecision, partBlank, shown, type Rule } from './context';
import { nearestLettered } from '../recognize/lettered';
import { cutDownTo, ratesCutDown } from '../table-structure';
import { grouped } from '../../i18n/findings';

const matrixObservations = (t: PlanTable): Observation[] => (t.shape === 'matrix' ? (t.observations ?? []) : []);

/** Amounts printed in 千円/百万円 are rounded: n of them may drift by about √n half units. */
export function drift(t: PlanTable, o: Observation, terms: number): number {
  const half = halfUnit(o.decimals ?? 0);
  // Only amounts in 円 add up exactly; 千円, 百万円, 億円 are rounded from yen.
  const rounded = o.unit !== '円' && o.unit !== '件' && !(o.unit === null && t.unit === '円');
  return rounded ? half + Math.ceil(Math.sqrt(terms)) * half : half;
}

const isAmount = (o: Observation) => !isRateItem(o.item) && o.unit !== '%';

/** not-a-number, rate-out-of-range, negative-amount for matrix tables. */
export const matrixValues: Rule = (t) => {
  if (t.shape !== 'matrix') return [];
  const out: Finding[] = [];
  for (const { cell, text } of t.cellTexts ?? []) {
    const error = /^#/.test(text.trim());
    out.push(finding(t, error ? 'excel-error' : 'not-a-number', error ? 'warning' : 'error', cell, { text }, { actual: text }));
  }
  for (const o of matrixObservations(t)) {
    if (o.item === '収納率' && o.derived === null && (o.value < 0 || o.value > 100)) {
      out.push(finding(t, 'rate-out-of-range', 'error', o.cell, { value: o.value }, { actual: o.value }));
    } else if (isAmount(o) && o.derived !== 'delta' && o.item !== '調整額' && o.value < 0) {
      out.push(finding(t, 'negative-amount', 'error', o.cell, { value: o.value, item: o.item ?? '金額' }, { actual: o.value }));
    }
  }
  return out;
};

/** The dimensions that make observations one series (everything but item, year and position). */
function seriesKey(o: Observation, withYear: boolean): string {
  return [o.debt, o.department, o.division, o.classification, o.kind, o.stage, o.derived, withYear ? o.fiscalYear : ''].join('\u0001');
}

function groupBy(obs: Observation[], key: (o: Observation) => string): Map<string, Observation[]> {
  const m = new Map<string, Observation[]>();
  for (const o of obs) {
    const k = key(o);
    const list = m.get(k);
    if (list) list.push(o);
    else m.set(k, [o]);
  }
  return m;
}

/**
 * A balance of a matrix table: its start (年度当初) and end (年度末) of one series, and the flows between, each with its
 * direction (balanceSign: +1 owed on top, −1 taken off, 0 signed as printed). A line whose flows include one of no known
 * direction, or a cell holding text, is none. `parts`: an outflow printed beside its own parts (整理済 | 収納額 | 不納欠損額,
 * the others summing to the largest), which may be counted once; `chargedHeld`: a 調定額 that may hold the start.
 */
export interface MatrixBalance {
  start: Observation;
  end: Observation;
  flows: { o: Observation; sign: -1 | 0 | 1 }[];
  parts: Observation[];
  chargedHeld: boolean;
}

/** A flow's part in its balance: the label decides an adjustment's direction whatever its printed sign; other flows are signed as printed (△ 495 collected is −495). */
export const flowTerm = (o: Observation, sign: -1 | 0 | 1, value = o.value) => (sign === 0 ? value : o.item === '調整額' ? sign * Math.abs(value) : sign * value);

export function matrixBalances(t: PlanTable): MatrixBalance[] {
  const out: MatrixBalance[] = [];
  // A total's line balances as its parts' do (全税目: 前期繰越 + 新規発生 − 整理済 = 次期繰越); two totals of one key
  // (小計 rows of no debt) leave no one line, and are not checked.
  const all = matrixObservations(t);
  for (const group of groupBy(all.filter((o) => o.derived === null || o.derived === 'total'), (o) => seriesKey(o, true)).values()) {
    const end = group.filter((o) => o.item === '年度末');
    const start = group.filter((o) => o.item === '年度当初');
    if (end.length !== 1 || start.length !== 1) continue;
    // An amount between whose direction is not known (当期貸付額 in a lending ledger's 前期繰越 … 次期繰越, of any series)
    // leaves the balance unknown; so does a flow between that holds text (要確認: not-a-number says so).
    if (unknownFlowBetween(all, start[0], end[0]) || textBetween(t, start[0], end[0])) continue;
    const flows: MatrixBalance['flows'] = [];
    for (const o of group) {
      const sign = balanceSign(o);
      if (sign !== null) flows.push({ o, sign });
    }
    if (flows.length === 0) continue;
    const outflows = flows.filter((f) => f.sign === -1).map((f) => f.o);
    const largest = outflows.reduce<Observation | null>((m, o) => (m === null || o.value > m.value ? o : m), null);
    const others = largest && outflows.length > 2 ? outflows.filter((o) => o !== largest) : [];
    const partsOf = others.length > 0 && Math.abs(others.reduce((sum, o) => sum + o.value, 0) - largest!.value) <= drift(t, largest!, others.length);
    out.push({ start: start[0], end: end[0], flows, parts: partsOf ? others : [], chargedHeld: group.filter((o) => o.item === '調定額').length === 1 });
  }
  return out;
}

/** rollforward-mismatch: 年度末 = 年度当初 + 調定 − 回収 − 不納欠損 − 執行停止 − 時効 ± 調整 + 現年度発生分. */
export const rollforwardMismatch: Rule = (t) => {
  const out: Finding[] = [];
  const balances = matrixBalances(t);
  // Where a 調定額 may hold the start (繰越調定額 beside 前年度末残高), the way most lines balance is the table's: a line that
  // balances neither way is said as they read (繰越調定額 − 収入額 − 不納欠損額), not with the start counted twice.
  let heldLines = 0;
  let startLines = 0;
  for (const { start, end, flows, chargedHeld } of balances) {
    if (!chargedHeld) continue;
    const moved = flows.reduce((sum, { o, sign }) => sum + flowTerm(o, sign), 0);
    if (Math.abs(start.value + moved - end.value) <= drift(t, end, flows.length + 1)) startLines++;
    else if (Math.abs(moved - end.value) <= drift(t, end, flows.length)) heldLines++;
  }
  for (const { start, end: stated, flows, parts, chargedHeld } of balances) {
    let expected = start.value;
    const ja = [`年度当初 ${grouped(start.value)}`];
    const en = [`opening ${grouped(start.value)}`];
    for (const { o, sign } of flows) {
      const v = flowTerm(o, sign);
      expected += v;
      ja.push(`${v < 0 ? '−' : '＋'} ${o.item} ${grouped(Math.abs(o.value))}`);
      en.push(`${v < 0 ? '−' : '+'} ${o.item} ${grouped(Math.abs(o.value))}`);
    }
    const terms = flows.length + 1;
    // An outflow printed beside its own parts may be counted once: the balance is right where it holds either way.
    const partsValue = parts.reduce((sum, o) => sum + o.value, 0);
    // A 調定額 that holds the start (現年 and 滞繰 調定) balances without it: either is right (balanceSign).
    const startHeld = chargedHeld && Math.abs(expected - start.value - stated.value) <= drift(t, stated, terms - 1);
    if (Math.abs(expected - stated.value) > drift(t, stated, terms) && !(parts.length && Math.abs(expected + partsValue - stated.value) <= drift(t, stated, terms - parts.length)) && !startHeld) {
      const held = chargedHeld && heldLines > startLines;
      const e = shown(held ? expected - start.value : expected, stated.decimals ?? 0);
      const [formula, formulaEn] = held ? [ja.slice(1).join(' ').replace(/^＋ /, ''), en.slice(1).join(' ').replace(/^\+ /, '')] : [ja.join(' '), en.join(' ')];
      out.push(finding(t, 'rollforward-mismatch', 'error', stated.cell, { formula, formulaEn, expected: e, actual: stated.value }, { expected: e, actual: stated.value }));
    }
  }
  return out;
};

/**
 * A figure's direction in a balance: its flow's (flowSign), and a year's 調定額 between the balances (前年度末残高 | 調定額 | 収入額 |
 * 不納欠損額 | 年度末残高) owed on top of the start. Null where it is not known.
 */
function balanceSign(o: Observation): -1 | 0 | 1 | null {
  if (o.item === null) return null;
  return o.item === '調定額' ? 1 : flowSign(o.item, o.label ?? '');
}

/** Whether an amount whose direction in a flow is not known lies on the line strictly between `a` and `b` (a row or a column). */
function unknownFlowBetween(obs: Observation[], a: Observation, b: Observation): boolean {
  if (a.r !== b.r && a.c !== b.c) return false;
  const [lo, hi] = a.r === b.r ? [Math.min(a.c, b.c), Math.max(a.c, b.c)] : [Math.min(a.r, b.r), Math.max(a.r, b.r)];
  return obs.some((o) => {
    const at = a.r === b.r ? (o.r === a.r ? o.c : -1) : o.c === a.c ? o.r : -1;
    if (at <= lo || at >= hi || o.derived === 'delta' || o.derived === 'ratio' || isRateItem(o.item) || o.item === '件数' || o.unit === '件') return false;
    return balanceSign(o) === null;
  });
}

/** Whether a cell holding text (not a figure) lies on the line from `a` to `b` (a row or a column), ends included. */
function textBetween(t: PlanTable, a: Observation, b: Observation): boolean {
  if (!t.cellTexts?.length || (a.r !== b.r && a.c !== b.c)) return false;
  return t.cellTexts.some(({ cell }) => {
    const { r, c } = parseA1(cell);
    return a.r === b.r ? r === a.r && c >= Math.min(a.c, b.c) && c <= Math.max(a.c, b.c) : c === a.c && r >= Math.min(a.r, b.r) && r <= Math.max(a.r, b.r);
  });
}

/**
 * carryover-mismatch: a year's 年度当初 against the previous year's 年度末 in the same table. A 滞納繰越分 balance that opens
 * higher carries that year's 現年度分 収入未済額 in (前年度末残高 = 年度末残高 + 現年度分の未済, as such tables say in a note):
 * nothing is said where the sheet's tables give that figure, and a warning where they give none (carryover-current).
 */
export const carryoverMismatch: Rule = (t, ctx) => {
  const out: Finding[] = [];
  const relevant = matrixObservations(t).filter((o) => o.derived === null && o.fiscalYear !== null && (o.item === '年度当初' || o.item === '年度末'));
  let current: Observation[] | undefined;
  for (const series of groupBy(relevant, (o) => seriesKey(o, false)).values()) {
    const ends = new Map(series.filter((o) => o.item === '年度末').map((o) => [o.fiscalYear!, o]));
    for (const start of series.filter((o) => o.item === '年度当初')) {
      const prev = ends.get(start.fiscalYear! - 1);
      if (!prev) continue;
      const slack = halfUnit(start.decimals ?? 0);
      if (Math.abs(prev.value - start.value) <= slack) continue;
      const added = start.value - prev.value;
      if (start.division === '滞納繰越分' && added > 0) {
        current ??= currentArrears(t, ctx.sheetTables ?? []);
        const given = current.filter((o) => o.debt === start.debt && o.fiscalYear === prev.fiscalYear && o.unit === prev.unit);
        if (given.some((o) => Math.abs(o.value - added) <= slack + halfUnit(o.decimals ?? 0))) continue;
        // Where the sheet gives another figure, the opening is wrong as any other.
        if (!given.length) {
          out.push(finding(t, 'carryover-current', 'warning', start.cell, { year: start.fiscalYear, expected: prev.value, actual: start.value, from: prev.cell, value: added }, { expected: prev.value, actual: start.value }));
          continue;
        }
      }
      out.push(finding(t, 'carryover-mismatch', 'error', start.cell, { year: start.fiscalYear, expected: prev.value, actual: start.value, from: prev.cell }, { expected: prev.value, actual: start.value }));
    }
  }
  return out;
};

/** The 収入未済額 of a year's own charges (現年度分, or of no 区分) the sheet's other matrix tables print. */
function currentArrears(t: PlanTable, tables: readonly PlanTable[]): Observation[] {
  const out: Observation[] = [];
  for (const other of tables) {
    if (other === t || other.shape !== 'matrix') continue;
    for (const o of matrixObservations(other)) if (o.item === '収入未済額' && o.derived === null && (o.division === '現年度分' || o.division === null)) out.push(o);
  }
  return out;
}

/**
 * A collection rate written with the numbers of the rows it divides (償還率((4)/(1))), those rows there down its column:
 * checked as they say (ratioMismatch), not as 収入済額 ÷ 調定額 — its numerator may be more than what was paid ((4) =
 * 償還済 + 免除). Letters ((C)/(B)×100) name those two in practice, and a letter misread from a neighbour's formula would
 * mislead: such a rate is checked by its items, as is a numbered one whose rows are not there.
 */
const numberedOperands = (o: Observation, obs: Observation[]) =>
  o.item === '収納率' &&
  o.derived === null &&
  o.ratio !== undefined &&
  [o.ratio.num, o.ratio.den].every((n) => /^\d+$/.test(n) && obs.some((x) => x.c === o.c && x.letter === n && x.derived !== 'ratio'));

/** ratio-mismatch: 【B/A】 = B ÷ A × 100, 目標進捗率 = 実績 ÷ 目標 × 100, as shown. */
export const ratioMismatch: Rule = (t, ctx) => {
  const out: Finding[] = [];
  const obs = matrixObservations(t);
  // (A 前年度比 is read from its rows: matrixLastYearRatios.)
  const checked = (o: Observation) => (o.derived === 'ratio' && !o.lastYear) || numberedOperands(o, obs);
  if (!obs.some(checked)) return out;
  // Letters defined by an earlier table of the sheet (【C/A】 with A in the table above).
  const elsewhere = (ctx.sheetTables ?? []).filter((x) => x !== t && x.sheet === t.sheet).flatMap(matrixObservations);
  const line = (o: Observation, byRow: boolean) => obs.filter((x) => x !== o && (byRow ? x.r === o.r : x.c === o.c) && x.derived !== 'ratio');
  for (const o of obs) {
    if (!checked(o)) continue;
    const pairs: [Observation, Observation][] = [];
    for (const byRow of [true, false]) {
      const peers = line(o, byRow);
      if (o.ratio) {
        // The same row of the other table by its labels: a row without any (a page that lost them) is no row to find so.
        const same = (x: Observation) => x.letter !== undefined && !!o.rowKey && x.rowKey === o.rowKey && x.derived !== 'ratio';
        const num = nearestLettered(peers, o, o.ratio.num, byRow) ?? (byRow ? elsewhere.find((x) => same(x) && x.letter === o.ratio!.num) : undefined);
        const den = nearestLettered(peers, o, o.ratio.den, byRow) ?? (byRow ? elsewhere.find((x) => same(x) && x.letter === o.ratio!.den) : undefined);
        if (num && den) pairs.push([num, den]);
      } else {
        // 実績 ÷ 目標 of its own year where it has one; else the 実績 and 目標 nearest before it (目標 | 実績 | 達成率 under
        // each year), else any on its line.
        const at = (x: Observation) => (byRow ? x.c : x.r);
        const before = peers.filter((x) => at(x) < at(o)).sort((p, q) => at(q) - at(p));
        const nearest = before.find((x) => x.kind === 'actual');
        const ofYear =
          o.fiscalYear !== null
            ? peers.filter((x) => x.fiscalYear === o.fiscalYear)
            : nearest && before.some((x) => x.kind === 'target' && x.item === nearest.item && x.fiscalYear === nearest.fiscalYear)
              ? before.filter((x) => x.fiscalYear === nearest.fiscalYear)
              : peers;
        for (const a of ofYear.filter((x) => x.kind === 'actual')) {
          const target = ofYear.find((x) => x.kind === 'target' && x.item === a.item);
          if (target) pairs.push([a, target]);
        }
      }
      if (pairs.length) break;
    }
    const checks = pairs.filter(([, den]) => den.value !== 0).map(([num, den]) => ({ num, den, expected: (num.value / den.value) * 100 }));
    if (!checks.length) continue;
    // A ratio printed as a fraction (0.85) rather than in percent.
    const scale = checks.every((c) => Math.abs(c.expected / 100 - o.value) < Math.abs(c.expected - o.value)) ? 0.01 : 1;
    // Operands shown rounded (億円 with two decimals) move the ratio computed from them.
    const spread = (c: { num: Observation; den: Observation }) =>
      isAmount(c.num) && c.num.unit !== '円' && c.num.unit !== '件' && c.num.decimals !== null
        ? 100 * scale * (halfUnit(c.num.decimals) / Math.abs(c.den.value) + (Math.abs(c.num.value) * halfUnit(c.den.decimals ?? c.num.decimals)) / c.den.value ** 2)
        : 0;
    const tol = halfUnit(o.decimals ?? 1);
    if (checks.some((c) => Math.abs(c.expected * scale - o.value) <= tol + spread(c) + 1e-9)) continue;
    const c = checks.find((x) => x.num.item === '金額') ?? checks[0];
    const e = shown(c.expected * scale, o.decimals ?? 1);
    out.push(finding(t, o.derived === 'ratio' ? 'ratio-mismatch' : 'rate-mismatch', 'error', o.cell, { formula: `${c.num.cell}÷${c.den.cell}×100`, expected: e, actual: o.value }, { expected: e, actual: o.value }));
  }
  return out;
};

/** The month a row of months is labelled with (4月, 4月分, ４月), or null. */
const monthOf = (o: Observation) => monthAtEnd(o.rowKey ?? '');

/**
 * A running sum down months (累計 beside 単月): the month before's sum and the months' own figures since (a month between
 * whose sum is blank adds its own; rows between that are no months, 第1四半期計, add nothing). The first month of a run — a
 * table begun mid-year, a section starting again at 4月, a month that does not follow — gives the base and is not checked.
 * A sum typed wrong breaks the step into it and the step out of it by as much the other way: it is found at its own cell
 * only, not again at the month after. Where the rows are no months, nothing is checked.
 */
function runningMismatch(t: PlanTable, total: Observation, sums: Observation[], at: Map<string, Observation>): Finding | null {
  const ownCol = total.runningOf;
  if (ownCol === undefined) return null;
  const step = (k: number) => {
    const prev = sums[k - 1];
    const cur = sums[k];
    if (!prev || !cur || Number.isNaN(prev.value) || Number.isNaN(cur.value)) return null;
    // Each month from the one after prev's to cur's, one after another, with its own figure (one typed as text, NaN,
    // leaves the step unknown); rows between that are no months add nothing.
    const owns: Observation[] = [];
    let m = monthOf(prev);
    for (let r = prev.r + 1; r <= cur.r; r++) {
      const x = at.get(`${r}:${ownCol}`);
      if (!x || monthOf(x) === null) continue;
      if (m === null || monthOf(x) !== (m % 12) + 1 || Number.isNaN(x.value)) return null;
      owns.push(x);
      m = monthOf(x);
    }
    if (!owns.length || owns[owns.length - 1].r !== cur.r) return null;
    const expected = owns.reduce((a, x) => a + x.value, prev.value);
    return { expected, off: cur.value - expected, range: `${prev.cell}+${owns.length > 1 ? `${owns[0].cell}:${owns[owns.length - 1].cell}` : owns[0].cell}` };
  };
  const k = sums.indexOf(total);
  const here = step(k);
  const tol = drift(t, total, 3);
  if (!here || Math.abs(here.off) <= tol) return null;
  // The month before's sum typed wrong, not this one: the step into it off by as much the other way (each step's rounding aside).
  const before = step(k - 1);
  if (before && Math.abs(before.off) > tol && Math.abs(before.off + here.off) <= 2 * tol) return null;
  const e = shown(here.expected, total.decimals ?? 0);
  return finding(t, 'total-mismatch', 'error', total.cell, { expected: e, actual: total.value, range: here.range }, { expected: e, actual: total.value });
}

/** Figures in parentheses under a row's own (old targets, the year before's): no parts of this year's total. */
const inParentheses = (x: Observation) => x.note === SUPERSEDED_NOTE || x.note === LAST_YEAR_NOTE;

/** A total of a matrix table and the figures it sums (none of them unknown). */
export interface MatrixSum {
  total: Observation;
  parts: Observation[];
  /** An outline's row over its numbered rows (一 普通税 over 1 法定普通税 …): itself a figure typed, no 合計 the table computes. */
  outline?: true;
  /** Cells among its parts left blank (no figure, no dash, no text) where the table has figures beside them. */
  blanks?: string[];
}

/**
 * The amount totals of a matrix table with what each sums: the rows its labels name, the rows above (or below, for a
 * total printed first), or the columns beside it; and an outline's rows over theirs (outlineSums). Running sums (累計) and
 * totals over a figure that holds text are left out.
 */
export function matrixSums(t: PlanTable): MatrixSum[] {
  const out: MatrixSum[] = [];
  const obs = matrixObservations(t);
  // Cells holding text where a figure belongs stand in the sums as unknown (NaN): a total over one is not summed.
  const at = new Map([...(t.unreadFigures ?? []), ...obs].map((o) => [`${o.r}:${o.c}`, o]));
  // The totals that name each row as theirs (東部 over 徳島, 吉野川; 小計 under its taxes): a total walking over such a total
  // counts the rows by it, not again. (A sum printed beyond the total, 税計(A+B) after the 合計, leaves it its rows.)
  const namedBy = new Map<string, number[]>();
  for (const o of obs) {
    if (o.derived !== 'total' || !o.members) continue;
    for (const r of o.members) {
      const by = namedBy.get(`${r}:${o.c}`);
      if (by) by.push(o.r);
      else namedBy.set(`${r}:${o.c}`, [o.r]);
    }
  }
  // The rows and columns holding figures (of each item), and the cells printed as none or holding text: a cell between a
  // total's parts in such a line, and none of these, is a part left blank.
  let lines: FigureLines | undefined;
  const filled = () => (lines ??= figureLines(t, obs, at));
  /** Is row r named by a total on the side `total` walks (above it, or below)? */
  const summedOn = (r: number, total: Observation, above: boolean) => (namedBy.get(`${r}:${total.c}`) ?? []).some((t) => (above ? t < total.r : t > total.r));
  for (const total of obs) {
    // A difference printed in a total row is a difference of its own operands (delta-mismatch checks it):
    // adding the differences above it would only report their error a second time, at a correct cell.
    if (total.derived !== 'total' || !isAmount(total) || total.totalOf === 'running') continue;
    const rowTotal = total.totalOf !== 'columns';
    const parts: Observation[] = [];
    if (total.members) {
      // The rows its labels say it sums.
      for (const r of total.members) {
        const x = at.get(`${r}:${total.c}`);
        // Of its own year and kind: a group's rows may hold another year's figures in parentheses (前年度, 旧目標).
        if (x && x.derived !== 'delta' && x.derived !== 'ratio' && !x.part && x.fiscalYear === total.fiscalYear && x.kind === total.kind) parts.push(x);
      }
    } else if (rowTotal) {
      // The rows above; a subtotal above stands for the rows it sums (合計 = 現年課税分計 + 滞納繰越分); a row of
      // another item (課税額 above 滞納額 | 滞納額計) is none of its parts.
      const named = (item: Observation['item']) => item !== null && item !== '金額';
      // A row of another item, or (a total of a year: 計 of 令和6年度) of another year or kind, is none of its parts: a year
      // given as its 計 alone (令和6年度（目標） | 計) is no total of the years' 計 above it.
      const otherItem = (x: Observation) =>
        (named(x.item) && named(total.item) && x.item !== total.item) || (total.fiscalYear !== null && x.fiscalYear !== null && (x.fiscalYear !== total.fiscalYear || x.kind !== total.kind));
      let inSubtotal = false;
      for (let r = total.r - 1; r >= t.area.top && !total.sumsBelow; r--) {
        const x = at.get(`${r}:${total.c}`);
        if (!x || x.part || inParentheses(x) || otherItem(x) || summedOn(r, total, true)) continue;
        if (x.derived === 'total') {
          parts.push(x);
          // A subtotal that names its rows has them skipped by name: a row above them of none (本庁 over 東部's offices) is a part.
          inSubtotal ||= !x.members;
        } else if (x.derived === null && !inSubtotal) parts.push(x);
      }
      // A total printed above its parts (県税全体 first): the rows below, a subtotal standing for those below it.
      if (parts.length === 0) {
        let skipping = false;
        for (let r = total.r + 1; r <= t.area.bottom; r++) {
          const x = at.get(`${r}:${total.c}`);
          if (!x || x.part || inParentheses(x) || otherItem(x) || summedOn(r, total, false)) continue;
          if (x.derived === 'total') {
            parts.push(x);
            skipping ||= !x.members;
          } else if (x.derived === null && !skipping) parts.push(x);
        }
      }
    } else {
      // A part's row (個人 under 市町村民税) adds up along itself as any row does.
      const adds = (x: Observation | undefined): x is Observation =>
        !!x && !!x.part === !!total.part && x.derived === null && x.item === total.item && x.kind === total.kind && x.fiscalYear === total.fiscalYear;
      // The columns left of it up to the total before (its group); or, where that is what its figure is, the totals before
      // and the columns after the last of them (合計 over 市民税 | 固定資産税 | 市税計 | 国保税: 市税計 + 国保税).
      const subtotals: Observation[] = [];
      let past = false;
      for (let c = total.c - 1; c >= t.area.left; c--) {
        const x = at.get(`${total.r}:${c}`);
        if (x?.derived === 'total') {
          past = true;
          if (x.item === total.item && x.kind === total.kind && x.fiscalYear === total.fiscalYear && !!x.part === !!total.part) subtotals.push(x);
        } else if (!past && adds(x)) parts.push(x);
      }
      if (subtotals.length && !subtotals.some((x) => Number.isNaN(x.value))) {
        const sum = (xs: Observation[]) => xs.reduce((s, x) => s + x.value, 0);
        const over = [...parts, ...subtotals];
        // Where neither is its figure (it, or a part, typed wrong: 1,000 over), the nearer: a 合計 of 16,312,346,802 is of
        // 市税計 and the debts after it (1,000 off), not of those debts alone (12 billion off).
        const [alone, all] = [Math.abs(sum(parts) - total.value), Math.abs(sum(over) - total.value)];
        if (alone > drift(t, total, parts.length) && (all <= drift(t, total, over.length) || all < alone)) parts.push(...subtotals);
      }
      // A total printed first (市税総額 left of the taxes): the columns right of it, up to the next total.
      if (parts.length === 0) {
        for (let c = total.c + 1; c <= t.area.right; c++) {
          const x = at.get(`${total.r}:${c}`);
          if (x?.derived === 'total') break;
          if (adds(x)) parts.push(x);
        }
      }
      // A total right after totals, none after it (市税計 | … | その他計 | 合計): the totals before it — or the one beside it
      // alone where that is its figure (総合計 beside 合計).
      if (parts.length === 0 && subtotals.length && !subtotals.some((x) => Number.isNaN(x.value))) {
        const alone = subtotals[0];
        const sum = subtotals.reduce((s, x) => s + x.value, 0);
        const besideIsIt = subtotals.length > 1 && Math.abs(alone.value - total.value) <= drift(t, total, 1) && Math.abs(sum - total.value) > drift(t, total, subtotals.length);
        parts.push(...(besideIsIt ? [alone] : subtotals));
      }
    }
    // One figure under a total is summed too where the other rows say none (-).
    if (parts.length < 1) continue;
    // A part that holds text (不明) is unknown: not-a-number says so, the total cannot be summed.
    if (parts.some((x) => Number.isNaN(x.value) || textBetween(t, x, total))) continue;
    const blanks = blanksAmong(total, parts, at, filled);
    out.push(blanks.length ? { total, parts, blanks } : { total, parts });
  }
  out.push(...outlineSums(t, obs, at));
  return out;
}

interface FigureLines {
  /** Columns holding a figure (no total), and rows holding a figure of each item ("r:item"). */
  cols: Set<number>;
  rows: Set<string>;
  /** Cells ("r:c") printed as none (a dash), holding text, or a formula with no result. */
  marked: Set<string>;
  /** Whether the table leaves cells blank for none: more than a slip or two among its figures' rows and columns (asked once). */
  blankIsNone: () => boolean;
}

function figureLines(t: PlanTable, obs: readonly Observation[], at: ReadonlyMap<string, Observation>): FigureLines {
  const cols = new Set<number>();
  const rows = new Set<string>();
  const rowNumbers = new Set<number>();
  for (const o of obs) {
    if (o.derived !== null || o.part) continue;
    cols.add(o.c);
    rows.add(`${o.r}:${o.item}`);
    rowNumbers.add(o.r);
  }
  const marked = new Set<string>();
  for (const o of t.noneFigures ?? []) marked.add(`${o.r}:${o.c}`);
  for (const { cell } of [...(t.cellTexts ?? []), ...(t.uncached ?? []).map((cell) => ({ cell }))]) {
    const { r, c } = parseA1(cell);
    marked.add(`${r}:${c}`);
  }
  let none: boolean | undefined;
  const blankIsNone = () => {
    if (none === undefined) {
      let blanks = 0;
      for (const r of rowNumbers) for (const c of cols) if (!at.has(`${r}:${c}`) && !marked.has(`${r}:${c}`)) blanks++;
      none = !blanksAreSlips(blanks, rowNumbers.size * cols.size);
    }
    return none;
  };
  return { cols, rows, marked, blankIsNone };
}

/**
 * The cells between a total's parts, or between them and it, that are left blank where the table holds figures beside
 * them: 国民健康保険税's 収入未済額 blank in a row of debts across (its column holds its other figures), a year's figure blank in
 * a column of years down (its row holds its other items).
 */
function blanksAmong(total: Observation, parts: readonly Observation[], at: ReadonlyMap<string, Observation>, lines: () => FigureLines): string[] {
  const along = parts.every((p) => p.r === total.r) ? 'row' : parts.every((p) => p.c === total.c) ? 'column' : null;
  if (!along) return [];
  const spots = [total, ...parts].map((p) => (along === 'row' ? p.c : p.r));
  const [from, to] = [Math.min(...spots), Math.max(...spots)];
  // Every line between them holding a figure: nothing blank, and the table's lines not looked at (most totals).
  if (to - from + 1 === parts.length + 1) return [];
  const filled = lines();
  const out: string[] = [];
  for (let k = from; k <= to; k++) {
    const [r, c] = along === 'row' ? [total.r, k] : [k, total.c];
    if (at.has(`${r}:${c}`) || filled.marked.has(`${r}:${c}`)) continue;
    if (along === 'row' ? filled.cols.has(c) : filled.rows.has(`${r}:${total.item}`)) out.push(a1(r, c));
  }
  return out.length && !filled.blankIsNone() ? out : [];
}

/**
 * An outline's rows over numbered rows (一 普通税 over 1 法定普通税 and 2 法定外普通税), each figure the sum of theirs in its
 * column, where the row's figures show it: most of its amounts that are not 0 (of rows wholly given) are their sums. A table
 * giving some of a tax's rows only shows none so, and none is summed. Where one figure at most is not 0, the 0 over rows of 0
 * bear it out: a tax levied on nobody (特別土地保有税 over 保有分 and 取得分) is still their sum, and a figure typed under it is
 * found.
 */
function outlineSums(t: PlanTable, obs: readonly Observation[], at: ReadonlyMap<string, Observation>): MatrixSum[] {
  const byRow = new Map<number, MatrixSum[]>();
  for (const total of obs) {
    if (!total.outlineParts || !isAmount(total) || Number.isNaN(total.value)) continue;
    const parts = total.outlineParts.map((r) => at.get(`${r}:${total.c}`));
    if (!parts.every((x): x is Observation => !!x && !Number.isNaN(x.value) && x.derived === null && x.item === total.item && x.kind === total.kind && x.fiscalYear === total.fiscalYear)) continue;
    const sums = byRow.get(total.r) ?? [];
    sums.push({ total, parts, outline: true });
    byRow.set(total.r, sums);
  }
  const out: MatrixSum[] = [];
  for (const sums of byRow.values()) {
    let holds = 0;
    let fails = 0;
    let zeros = 0;
    for (const { total, parts } of sums) {
      const sum = parts.reduce((s, x) => s + x.value, 0);
      if (sum === 0 && total.value === 0) zeros++;
      else if (Math.abs(sum - total.value) <= drift(t, total, parts.length)) holds++;
      else fails++;
    }
    if (holds + (holds + fails <= 1 ? zeros : 0) > fails) out.push(...sums);
  }
  return out;
}

/** total-mismatch for matrix tables: a total row (or column) against the figures it sums. */
export const matrixTotals: Rule = (t, ctx) => {
  const out: Finding[] = [];
  const obs = matrixObservations(t);
  const at = new Map([...(t.unreadFigures ?? []), ...obs].map((o) => [`${o.r}:${o.c}`, o]));
  const running = new Map<number, Observation[]>();
  for (const total of obs) {
    if (total.derived !== 'total' || !isAmount(total) || total.totalOf !== 'running') continue;
    // Each running column's sums down months, in order: gathered once.
    let sums = running.get(total.c);
    if (!sums) running.set(total.c, (sums = obs.filter((x) => x.c === total.c && x.runningOf !== undefined).sort((a, b) => a.r - b.r)));
    const f = runningMismatch(t, total, sums, at);
    if (f) out.push(f);
  }
  for (const { total, parts, blanks } of matrixSums(t)) {
    const sum = parts.reduce((s, x) => s + x.value, 0);
    const tol = drift(t, total, parts.length);
    // A second figure in brackets (103,048 (121,325): without and with 延滞金) is the same total counted otherwise: either may be the sum.
    const second = secondFigure(total.note, t.title);
    if (Math.abs(sum - total.value) > tol && (second === null || Math.abs(sum - second) > tol)) {
      const e = shown(sum, total.decimals ?? 0);
      // A part left blank: the total may hold its figure. Said with the figure it would take, not as the total's error.
      if (blanks && !ctx.settings.blankAsZero) {
        out.push(partBlank(t, total.cell, total.value, sum, total.decimals ?? 0, summedRange(parts), blanks));
        continue;
      }
      out.push(finding(t, 'total-mismatch', 'error', total.cell, { expected: e, actual: total.value, range: summedRange(parts) }, { expected: e, actual: total.value }));
    }
  }
  return out;
};

/**
 * The cells a total sums, as a reader would select them: D4:D6 for cells one after another down a column (or along a row),
 * D4, D7, D10 for cells apart (not D4:D10, which holds other items' figures); the first to the last where they fall in many runs.
 */
function summedRange(parts: readonly Observation[]): string {
  const cols = new Set(parts.map((p) => p.c));
  const rows = new Set(parts.map((p) => p.r));
  const sorted = [...parts].sort((a, b) => a.r - b.r || a.c - b.c);
  const runs: string[] = [];
  if (cols.size === 1 || rows.size === 1) {
    const down = cols.size === 1;
    for (let i = 0; i < sorted.length; ) {
      let j = i;
      while (j + 1 < sorted.length && (down ? sorted[j + 1].r === sorted[j].r + 1 : sorted[j + 1].c === sorted[j].c + 1)) j++;
      runs.push(j === i ? sorted[i].cell : `${sorted[i].cell}:${sorted[j].cell}`);
      i = j + 1;
    }
  } else runs.push(...sorted.map((p) => p.cell));
  return runs.length <= 4 ? runs.join(', ') : `${sorted[0].cell}:${sorted[sorted.length - 1].cell}`;
}

/**
 * delta-mismatch for matrix tables: a change (増減, 前年比, ポイント増) against its operands: the same
 * quantity in the two years on its line (6年度収入率 − 5年度収入率), or, where the line is one year
 * (a row of a years-down table), that year against the year before.
 */
export const matrixDeltas: Rule = (t) => {
  const out: Finding[] = [];
  let ledgered: Map<string, number> | undefined;
  for (const { delta: d, pair } of matrixDifferences(t)) {
    const [cur, prev] = pair;
    const expected = cur.value - prev.value;
    if (differenceOff(d, pair)) {
      // An operand its ledger says is typed wrong (収入未済額 396,648 for 396,548): a difference showing its right figure is
      // right, and said nowhere (ledger-identity names the typo) — a clerk would "correct" it to the wrong figure.
      ledgered ??= ledgerFigures(t);
      const [a, b] = pair.map((x) => (ledgered!.has(x.cell) ? { ...x, value: ledgered!.get(x.cell)! } : x));
      if ((a !== cur || b !== prev) && !differenceOff(d, [a, b])) continue;
      const e = shown(expected, d.decimals ?? 1);
      out.push(finding(t, 'delta-mismatch', 'error', d.cell, { formula: `${cur.cell}−${prev.cell}`, expected: e, actual: d.value }, { expected: e, actual: d.value }));
    }
  }
  return out;
};

/** Is a difference off its two figures' by more than what it shows and their rounding explain? */
const differenceOff = (d: Observation, [cur, prev]: readonly [Observation, Observation]) =>
  Math.abs(cur.value - prev.value - d.value) > halfUnit(d.decimals ?? 1) + differenceSlack(d, [cur, prev]) + 1e-9;

/**
 * What a difference may be off its operands' difference beyond half a unit of what it shows: half a unit of each operand
 * shown rounded (億円, 千円: amounts not in 円), of one showing more decimals than the difference, or of one whose figure
 * (a rate computed from its amounts) holds more than it shows. `values`: the operands' figures where not as read (computed).
 */
export function differenceSlack(d: Observation, pair: readonly Observation[], values: readonly number[] = pair.map((x) => x.value)): number {
  let slack = 0;
  pair.forEach((x, i) => {
    if (x.decimals !== null && ((d.decimals ?? 1) < x.decimals || (isAmount(x) && x.unit !== '円') || hidesPrecision(values[i], x.decimals))) slack += halfUnit(x.decimals);
  });
  return slack;
}

/**
 * What a rate may be off 収入済額 ÷ 調定額 beyond half a unit of what it shows: amounts shown rounded (億円 with two decimals)
 * move the rate computed from them.
 */
export function rateSlack(charged: Observation, paid: Observation): number {
  if (charged.unit === '円' || charged.unit === '件' || charged.value === 0) return 0;
  const hc = 0.5 * 10 ** -(charged.decimals ?? 0);
  const hp = 0.5 * 10 ** -(paid.decimals ?? 0);
  return 100 * (hp / Math.abs(charged.value) + (Math.abs(paid.value) * hc) / charged.value ** 2);
}

/** The differences of a matrix table with their operands (minuend, subtrahend), where they are found. */
export function matrixDifferences(t: PlanTable): { delta: Observation; pair: [Observation, Observation] }[] {
  const out: { delta: Observation; pair: [Observation, Observation] }[] = [];
  const obs = matrixObservations(t);
  // A total row's figures are the operands of the difference printed beside them (合計 A − B).
  const figures = obs.filter((o) => o.derived === null || o.derived === 'total');
  const base = figures.filter((o) => o.fiscalYear !== null);
  // Columns named by letters ((C)-(D)) are found by their letters, in a table with years or without.
  const lettered = figures.filter((o) => o.letter !== undefined);
  const { resolved, unresolved } = lastYearComparisons(t);
  // A 前年度比 none of whose rows' readings fits most of them keeps its figure's own reading where some row shows it
  // (two rows, one typed wrong); where none does, it is misread (a ratio of 収入未済額 taken for 収納率's points): none.
  const unsure = new Map<number, { delta: Observation; pair: [Observation, Observation] }[]>();
  for (const delta of obs) {
    if (delta.derived !== 'delta' || resolved.has(delta)) continue;
    const pair = operandsOf(delta, base, lettered);
    if (!pair) continue;
    if (unresolved.has(delta)) unsure.set(delta.c, [...(unsure.get(delta.c) ?? []), { delta, pair }]);
    else out.push({ delta, pair });
  }
  for (const entries of unsure.values()) if (entries.some((e) => comparisonAgrees(t, e.delta, e.pair, false))) out.push(...entries);
  pairsFromRows(out, base);
  for (const [delta, c] of resolved) if (!c.ratio) out.push({ delta, pair: c.pair });
  return out;
}

/** A 前年度比 read from its rows: the figure it compares with the year before's, as a difference or a ratio (前年度＝100). */
export interface LastYearComparison {
  pair: [Observation, Observation];
  ratio: boolean;
}

/**
 * The 前年度比 columns of a table of years down the rows (合計 | 前年度比; 収入未済額 | 収納率 | 前年度比), each read as what
 * most of its rows are — of which figure on their left, the difference from the year before's or the ratio to it (×100):
 * more rows than not, two at least (a figure typed wrong breaks two of them: the comparison into its year and out of it).
 * A column none fits (two rows at least) is `unresolved`: its own reading stands only where a row shows it.
 */
export function lastYearComparisons(t: PlanTable): { resolved: Map<Observation, LastYearComparison>; unresolved: Set<Observation> } {
  const resolved = new Map<Observation, LastYearComparison>();
  const unresolved = new Set<Observation>();
  const obs = matrixObservations(t);
  const lastYear = obs.filter((o) => o.lastYear && (o.derived === 'delta' || o.derived === 'ratio'));
  if (!lastYear.length) return { resolved, unresolved };
  const figures = obs.filter((o) => (o.derived === null || o.derived === 'total') && o.fiscalYear !== null && !o.lastYear && o.item !== '比率');
  const byColumn = new Map<number, Observation[]>();
  for (const o of lastYear) byColumn.set(o.c, [...(byColumn.get(o.c) ?? []), o]);
  for (const column of byColumn.values()) {
    // Only where each of its rows is a year (the figures on its left of that row's year).
    const rows = column.map((o) => figures.filter((x) => x.r === o.r && x.c < o.c));
    if (rows.some((xs) => xs.length === 0 || new Set(xs.map((x) => x.fiscalYear)).size !== 1)) continue;
    const candidates = [...new Set(rows.flat().map((x) => x.c))].sort((a, b) => b - a);
    let best: { pairs: ([Observation, Observation] | null)[]; ratio: boolean; yes: number } | null = null;
    for (const c of candidates) {
      const pairs = rows.map((xs) => {
        const cur = xs.find((x) => x.c === c);
        const prev = cur && figures.find((x) => x.c === c && x.fiscalYear === cur.fiscalYear! - 1 && x.kind === cur.kind);
        return cur && prev ? ([cur, prev] as [Observation, Observation]) : null;
      });
      for (const ratio of [false, true]) {
        let [yes, no] = [0, 0];
        column.forEach((o, i) => {
          const p = pairs[i];
          if (!p) return;
          if (comparisonAgrees(t, o, p, ratio)) yes++;
          else no++;
        });
        // More rows than not (a figure typed wrong breaks the comparison into its year and out of it: two rows).
        if (yes < 2 || no >= yes) continue;
        if (!best || yes > best.yes) best = { pairs, ratio, yes };
      }
    }
    if (best) column.forEach((o, i) => best!.pairs[i] && resolved.set(o, { pair: best!.pairs[i]!, ratio: best!.ratio }));
    else if (column.length >= 2) for (const o of column) unresolved.add(o);
  }
  return { resolved, unresolved };
}

/** Does a 前年度比 show its pair's difference (or ratio × 100), within what it shows and its operands' rounding? */
export function comparisonAgrees(t: PlanTable, o: Observation, pair: readonly [Observation, Observation], ratio: boolean, values: readonly number[] = pair.map((x) => x.value)): boolean {
  if (!ratio) return Math.abs(values[0] - values[1] - o.value) <= halfUnit(o.decimals ?? 1) + differenceSlack(o, pair, values) + 1e-9;
  if (values[1] === 0) return false;
  return Math.abs((values[0] / values[1]) * 100 - o.value) <= halfUnit(o.decimals ?? 1) + growthSlack(t, 'ratio', pair, values) + 1e-9;
}

/** ratio-mismatch for a 前年度比 read as the ratio to the year before (前年度＝100). */
export const matrixLastYearRatios: Rule = (t) => {
  const out: Finding[] = [];
  for (const [o, { pair, ratio }] of lastYearComparisons(t).resolved) {
    if (!ratio || pair[1].value === 0 || comparisonAgrees(t, o, pair, true)) continue;
    const e = shown((pair[0].value / pair[1].value) * 100, o.decimals ?? 1);
    out.push(finding(t, 'ratio-mismatch', 'error', o.cell, { formula: `${pair[0].cell}÷${pair[1].cell}×100`, expected: e, actual: o.value }, { expected: e, actual: o.value }));
  }
  return out;
};

/**
 * A difference column named by a bare word (増減 after R2 … R5: no years, no 前年, no 目標) whose rows are another pair of its years than the
 * last two (R5 − R2 in every row): the pair most of its rows are — every row, every row but one of three or more, or three in
 * four — where the last two are not half of them, as a row table's difference is read (operandsFromRows).
 */
function pairsFromRows(out: { delta: Observation; pair: [Observation, Observation] }[], base: Observation[]): void {
  const columns = new Map<number, { delta: Observation; pair: [Observation, Observation] }[]>();
  for (const e of out) {
    const { delta: d, pair } = e;
    if (!d.plainDelta || d.diff || d.versus || pair[0].r !== d.r || pair[1].r !== d.r) continue;
    columns.set(d.c, [...(columns.get(d.c) ?? []), e]);
  }
  const agrees = (d: Observation, a: Observation, b: Observation) => Math.abs(a.value - b.value - d.value) <= halfUnit(d.decimals ?? 1) + differenceSlack(d, [a, b]) + 1e-9;
  for (const entries of columns.values()) {
    if (entries.length < 2 || entries.filter((e) => agrees(e.delta, ...e.pair)).length * 2 >= entries.length) continue;
    // Each row's figures of its item left of the difference, found once (every pair of years is tried over them).
    const lines = entries.map((e) => base.filter((x) => x.r === e.delta.r && x.c < e.delta.c && x.item === e.pair[0].item));
    const years = [...new Set(lines.flat().map((x) => x.fiscalYear!))];
    let best: { pairs: [Observation, Observation][]; yes: number }[] = [];
    for (const ya of years) {
      for (const yb of years) {
        if (ya === yb) continue;
        let [yes, no] = [0, 0];
        const pairs: [Observation, Observation][] = [];
        for (const [i, e] of entries.entries()) {
          const line = lines[i];
          const a = line.filter((x) => x.fiscalYear === ya).sort((p, q) => q.c - p.c)[0];
          const b = line.filter((x) => x.fiscalYear === yb).sort((p, q) => q.c - p.c)[0];
          if (!a || !b) continue;
          pairs.push([a, b]);
          if (agrees(e.delta, a, b)) yes++;
          else no++;
        }
        if (pairs.length !== entries.length || yes < 2 || (no > (yes + no >= 3 ? 1 : 0) && no * 3 > yes)) continue;
        if (!best.length || yes > best[0].yes) best = [{ pairs, yes }];
        else if (yes === best[0].yes) best.push({ pairs, yes });
      }
    }
    if (best.length !== 1) continue;
    entries.forEach((e, i) => (e.pair = best[0].pairs[i]));
  }
}

/** A rate of change of a matrix table with its figures (this year's, the year before's) and the rate they make. */
export interface MatrixGrowth {
  rate: Observation;
  pair: [Observation, Observation];
}

/**
 * A figure over the year before's × 100: the rate of change (cur − prev) ÷ prev, a reduction rate (縮減率) the fall
 * (prev − cur) ÷ prev, or the ratio cur ÷ prev (前年度比, 前年度＝100). Null where prev is 0.
 */
export type Quotient = NonNullable<Observation['growth']> | 'ratio';
export const growthOf = (of: Quotient | undefined, cur: number, prev: number): number | null =>
  prev === 0 ? null : ((of === 'ratio' ? cur : of === 'reduction' ? prev - cur : cur - prev) / prev) * 100;

/**
 * What a figure over the year before's (growthOf) may be off beyond half a unit of what it shows: the rounding of what is
 * divided (both figures for a rate of change, the later alone for a ratio) over the base, the base's moving it by as much
 * relatively. An amount not in 円 was rounded from its yen, and such rates are computed from those (※伸び率は実数で計算):
 * half a unit of what it shows; a figure holding more than it shows (a formula's), half a unit too.
 */
export function growthSlack(t: PlanTable, of: Quotient | undefined, pair: readonly Observation[], values: readonly number[] = pair.map((x) => x.value)): number {
  const base = Math.abs(values[1]);
  if (base === 0) return 0;
  const half = (x: Observation, v: number) =>
    isAmount(x) && x.unit !== '円' && x.unit !== '件' && !(x.unit === null && t.unit === '円')
      ? halfUnit(x.decimals ?? textDecimals(String(v)))
      : hidesPrecision(v, x.decimals)
        ? halfUnit(x.decimals)
        : 0;
  const [hc, hp] = [half(pair[0], values[0]), half(pair[1], values[1])];
  const rate = Math.abs(growthOf(of, values[0], values[1]) ?? 0);
  return (((of === 'ratio' ? 0 : hp) + hc) / base) * 100 + (rate * hp) / base;
}

/**
 * The rates of change of a matrix table (前年度比増減率) with the figures they are of, found as a difference's are: the
 * same quantity in the two years on its line, or — a row of a years-down table — the nearest figure on its left against
 * its year before; a row of rates under the years (増減率 under 令和4年度, 令和5年度) of the two latest above it. Where most
 * of a column's (or row's) rates are not of the figures so found (two at least, fewer than half agreeing), the figures are
 * taken for misread and none of that line is given.
 */
export function matrixGrowths(t: PlanTable): MatrixGrowth[] {
  const obs = matrixObservations(t);
  if (!obs.some((o) => o.growth)) return [];
  const base = obs.filter((o) => (o.derived === null || o.derived === 'total') && o.fiscalYear !== null && !o.growth && !isRateItem(o.item) && o.item !== '比率');
  const lettered = base.filter((o) => o.letter !== undefined);
  const found: MatrixGrowth[] = [];
  for (const g of obs) {
    if (!g.growth) continue;
    const asDelta: Observation = { ...g, item: null, derived: 'delta', growth: undefined };
    let pair = operandsOf(asDelta, base, lettered);
    if (!pair) {
      const above = base.filter((x) => x.c === g.c && x.r < g.r);
      const years = [...new Set(above.map((x) => x.fiscalYear!))].sort((a, b) => b - a);
      const nearest = (y: number) => above.filter((x) => x.fiscalYear === y).sort((a, b) => b.r - a.r)[0];
      if (years.length >= 2) pair = [nearest(years[0]), nearest(years[1])];
    }
    if (pair) found.push({ rate: g, pair });
  }
  const agrees = ({ rate, pair: [a, b] }: MatrixGrowth) => {
    const e = growthOf(rate.growth, a.value, b.value);
    return e !== null && Math.abs(e - rate.value) <= halfUnit(rate.decimals ?? 1) + growthSlack(t, rate.growth, [a, b]) + 1e-9;
  };
  const lines = new Map<string, MatrixGrowth[]>();
  for (const x of found) {
    const key = x.rate.fiscalYear !== null && x.pair[0].r === x.rate.r ? `c${x.rate.c}` : `r${x.rate.r}`;
    lines.set(key, [...(lines.get(key) ?? []), x]);
  }
  return [...lines.values()].filter((xs) => xs.length < 2 || xs.filter(agrees).length * 2 >= xs.length).flat();
}

/**
 * change-rate-mismatch for matrix tables: a rate of change (前年度比増減率) against its two figures — unless a difference of
 * the same two is off too (増減額 | 伸率 beside a figure typed wrong): its finding says so, the rate would say it again.
 */
export const matrixChangeRates: Rule = (t) => {
  const out: Finding[] = [];
  const growths = matrixGrowths(t);
  if (!growths.length) return out;
  const pairKey = ([a, b]: readonly Observation[]) => `${a.cell}|${b.cell}`;
  const offPairs = new Set(matrixDifferences(t).filter((x) => differenceOff(x.delta, x.pair)).map((x) => pairKey(x.pair)));
  for (const { rate, pair } of growths) {
    if (offPairs.has(pairKey(pair))) continue;
    const [cur, prev] = pair;
    const expected = growthOf(rate.growth, cur.value, prev.value);
    if (expected === null) continue;
    if (Math.abs(expected - rate.value) <= halfUnit(rate.decimals ?? 1) + growthSlack(t, rate.growth, pair) + 1e-9) continue;
    const e = shown(expected, rate.decimals ?? 1);
    const formula = rate.growth === 'reduction' ? `(${prev.cell}−${cur.cell})÷${prev.cell}×100` : `(${cur.cell}−${prev.cell})÷${prev.cell}×100`;
    out.push(finding(t, 'change-rate-mismatch', 'error', rate.cell, { formula, expected: e, actual: rate.value }, { expected: e, actual: rate.value }));
  }
  return out;
};

function operandsOf(d: Observation, base: Observation[], lettered: Observation[]): [Observation, Observation] | null {
  if (d.diff) {
    for (const byRow of [true, false]) {
      const line = lettered.filter((x) => (byRow ? x.r === d.r : x.c === d.c));
      const m = line.find((x) => x.letter === d.diff!.minuend);
      const s = line.find((x) => x.letter === d.diff!.subtrahend);
      if (m && s) return [m, s];
    }
    // Letters printed under the years (平成23年度 A | 平成22年度 B) name no column: the years on its line do.
  }
  const sameItem = (x: Observation) => d.item === null || x.item === d.item || (d.item === '金額' && !isRateItem(x.item));
  // Years its header names (増減（R5−R2）, 令和2年度比: the latest on its line less that year).
  if (d.versus) {
    const kinds = d.versus.kinds;
    for (const byRow of [true, false]) {
      const line = base.filter((x) => (byRow ? x.r === d.r && x.c < d.c : x.c === d.c && x.r < d.r) && sameItem(x));
      const nearest = (y: number, k?: Kind) => line.filter((x) => x.fiscalYear === y && (!k || x.kind === k)).sort((a, b) => (byRow ? b.c - a.c : b.r - a.r))[0];
      const a = nearest(d.versus.minuend ?? Math.max(...line.map((x) => x.fiscalYear!)), kinds?.[0]);
      const b = nearest(d.versus.subtrahend, kinds?.[1]);
      if (a && b && a !== b) return [a, b];
    }
    // Kinds on rows of their own (市税 実績 | 市税 目標, the difference on the 目標 row: R9目標 − R4実績): the debt's figures of
    // those years and kinds, wherever its rows put them.
    if (kinds && d.versus.minuend !== null) {
      const series = base.filter((x) => x.debt === d.debt && x.department === d.department && x.division === d.division && x.c < d.c && sameItem(x));
      const one = (y: number, k: Kind) => {
        const xs = series.filter((x) => x.fiscalYear === y && x.kind === k);
        return xs.length === 1 ? xs[0] : undefined;
      };
      const a = one(d.versus.minuend, kinds[0]);
      const b = one(d.versus.subtrahend, kinds[1]);
      // Not found: no other pair is what its header says.
      return a && b ? [a, b] : null;
    }
  }
  for (const byRow of [true, false]) {
    const line = base.filter((x) => (byRow ? x.r === d.r && x.c < d.c : x.c === d.c && x.r < d.r) && sameItem(x));
    const years = [...new Set(line.map((x) => x.fiscalYear!))].sort((a, b) => b - a);
    if (years.length >= 2 && byRow) {
      const nearest = (y: number) => line.filter((x) => x.fiscalYear === y).sort((a, b) => (byRow ? b.c - a.c : b.r - a.r))[0];
      return [nearest(years[0]), nearest(years[1])];
    }
  }
  // A years-down table: the delta's row is a year; its column's series is the nearest figure column on the left.
  const rowFigures = base.filter((x) => x.r === d.r && x.c < d.c && sameItem(x)).sort((a, b) => b.c - a.c);
  const cur = rowFigures[0];
  if (!cur) return null;
  // The year before of the same kind; else its one figure of another (令和6年度 見込 against 令和5年度 実績).
  const before = base.filter((x) => x.c === cur.c && x.fiscalYear === cur.fiscalYear! - 1 && x.debt === cur.debt && x.division === cur.division && x.department === cur.department);
  const prev = before.find((x) => x.kind === cur.kind) ?? (before.length === 1 ? before[0] : undefined);
  return prev ? [cur, prev] : null;
}

/**
 * rate-mismatch and ledger-identity for matrix tables: within one series (same debt, year, kind,
 * 区分), 収納率 = 収入済額 ÷ 調定額 and 収入未済額 = 調定額 − 収入済額 − 不納欠損額 (+ 還付未済額).
 */
export const matrixLedger: Rule = (t) => {
  const out: Finding[] = [];
  // A figure checked in two groupings is reported once.
  const seen = new Set<string>();
  const report = (f: Finding) => {
    if (!seen.has(f.cell)) out.push(f);
    seen.add(f.cell);
  };
  const ledgers = matrixLedgers(t);
  // Rates cut down (切り捨て) where the table's are so, as 再計算 writes them; a rate cut down among rounded ones is found.
  const cutDown = ratesCutDown(ledgerRates(ledgers));
  for (const { charged, paid, rate, unpaid, lost, refund, carried } of ledgers) {
    if (rate && charged.value !== 0) {
      const expected = (paid.value / charged.value) * 100;
      // Amounts shown rounded (億円 with two decimals) move the rate computed from them: allow for it.
      const tol = halfUnit(rate.decimals ?? 1) + rateSlack(charged, paid);
      if (Math.abs(expected - rate.value) > tol + 1e-9 && !(cutDown && Math.abs(rate.value - cutDownTo(expected, rate.decimals ?? 1)) <= 1e-9)) {
        const e = shown(expected, rate.decimals ?? 1);
        report(finding(t, 'rate-mismatch', 'error', rate.cell, { paid: paid.value, charged: charged.value, expected: e, actual: rate.value }, { expected: e, actual: rate.value }));
      }
    }
    if (unpaid && lost !== undefined) {
      const terms = (refund ? 4 : 3) + (carried ? 1 : 0);
      const without = charged.value - paid.value - (lost?.value ?? 0) + (refund?.value ?? 0);
      const expected = without + (carried?.value ?? 0);
      if (Math.abs(expected - unpaid.value) > drift(t, unpaid, terms) && !(carried && Math.abs(without - unpaid.value) <= drift(t, unpaid, terms - 1))) {
        const e = shown(expected, unpaid.decimals ?? 0);
        report(finding(t, 'ledger-identity', 'error', unpaid.cell, { expected: e, actual: unpaid.value }, { expected: e, actual: unpaid.value }));
      }
    }
  }
  return out;
};

/** The 収入未済額 its ledger gives, by cell, where the one typed is not it (what ledger-identity says). */
function ledgerFigures(t: PlanTable): Map<string, number> {
  const out = new Map<string, number>();
  for (const { charged, paid, unpaid, lost, refund, carried } of matrixLedgers(t)) {
    if (!unpaid || lost === undefined || carried) continue;
    const expected = charged.value - paid.value - (lost?.value ?? 0) + (refund?.value ?? 0);
    if (Math.abs(expected - unpaid.value) > drift(t, unpaid, refund ? 4 : 3)) out.set(unpaid.cell, expected);
  }
  return out;
}

/**
 * One series' ledger in a matrix table (same debt, year, kind, 区分): its 調定額 and 収入済額, with the rate of them
 * (収納率 = 収入済額 ÷ 調定額, unless numbered to say otherwise) and 収入未済額 (調定額 − 収入済額 − 不納欠損額 + 還付未済額,
 * and a 繰越額 printed beside where 調定額 is the year's alone) where printed. `lost`: undefined where no 不納欠損額 is
 * printed (the identity cannot be told), null where it is printed as none (a dash: 0).
 */
export interface MatrixLedger {
  charged: Observation;
  paid: Observation;
  rate?: Observation;
  unpaid?: Observation;
  lost: Observation | null | undefined;
  /**
   * Where no 不納欠損額 is printed on the line, its cell — a dash (`lost` null: none), or a blank where the table's other lines
   * have one (`lost` undefined: none, or a figure not printed) —, named in the formula 再計算 writes, so that a figure typed
   * there later counts.
   */
  lostCell?: { r: number; c: number; cell: string };
  refund?: Observation;
  carried?: Observation;
  /**
   * Where no 収入未済額 (or no rate) is printed on the line but the table's other lines of the same columns have one, its blank
   * cell, and a figure of the other lines' it is like (its decimals, its dimensions): 再計算 fills it as a row table's.
   */
  unpaidCell?: BlankSlot;
  rateCell?: BlankSlot;
}

/** A blank cell where a line's figure belongs, and one of the other lines' figures in that place. */
export interface BlankSlot {
  r: number;
  c: number;
  cell: string;
  like: Observation;
}

/** The ledgers' rates as stated beside the ones their amounts give (whether the table cuts them down: ratesCutDown). */
export function ledgerRates(ledgers: readonly MatrixLedger[]): { stated: number; computed: number; decimals: number }[] {
  return ledgers.flatMap(({ charged, paid, rate }) => (rate && charged.value !== 0 ? [{ stated: rate.value, computed: (paid.value / charged.value) * 100, decimals: rate.decimals ?? 1 }] : []));
}

export function matrixLedgers(t: PlanTable): MatrixLedger[] {
  const out: MatrixLedger[] = [];
  const obs = matrixObservations(t).filter((o) => o.derived === null || o.derived === 'total');
  const key = (o: Observation) => seriesKey(o, true) + (o.derived ?? '');
  // A 不納欠損額 printed as none (a dash: 現年度分 has no losses) is 0, as in a row table.
  const noneAt = new Map((t.noneFigures ?? []).filter((o) => o.item === '不納欠損額').map((o) => [key(o), o]));
  // Totals alike in every dimension (計A, 計B, 総計; 小計 and 小計) are told apart by their row, or where the items run
  // down the rows by their column: each grouping that holds one figure of each item is checked.
  const totals = obs.filter((o) => o.derived === 'total');
  // A row's 全体 figures (調定額 計 | 収入済額 計 | 収納率 計, years down): its amounts are totals of the 区分 beside them, its
  // rate the overall rate of them (no total), of one ledger still.
  const whole = obs.filter((o) => o.division === '全体');
  const groups = [
    ...groupBy(obs, key).values(),
    ...groupBy(totals, (o) => `${key(o)}|r${o.r}`).values(),
    ...groupBy(totals, (o) => `${key(o)}|c${o.c}`).values(),
    ...groupBy(whole, (o) => [o.r, o.fiscalYear, o.kind, o.stage].join('|')).values(),
  ];
  for (const group of groups) {
    const one = (item: Observation['item']) => {
      const xs = group.filter((o) => o.item === item);
      return xs.length === 1 ? xs[0] : undefined;
    };
    const charged = one('調定額');
    const paid = one('収入済額');
    if (!charged || !paid) continue;
    const rate = one('収納率');
    const lost = one('不納欠損額');
    const none = lost ? undefined : noneAt.get(key(group[0]));
    out.push({
      charged,
      paid,
      rate: rate && !numberedOperands(rate, obs) ? rate : undefined,
      unpaid: one('収入未済額'),
      lost: lost ?? (none ? null : undefined),
      ...(none ? { lostCell: { r: none.r, c: none.c, cell: none.cell } } : {}),
      refund: one('還付未済額'),
      // A 繰越額 printed beside (繰越額 | 調定額 | 収入済額 | 不納欠損額 | 収入未済額) is owed too where 調定額 is the year's alone.
      carried: one('滞納繰越額'),
    });
  }
  blankSlots(t, out);
  return out;
}

/**
 * Ledgers on lines (rows, or columns) with a cell blank where the table's other lines of the same columns have a figure: a
 * 不納欠損額 (令和2年度 with no losses left empty: its cell named, the ledger not checked — the blank may be a figure not
 * printed), a 収入未済額 or a rate (to be filled).
 */
function blankSlots(t: PlanTable, ledgers: MatrixLedger[]): void {
  const across = (l: MatrixLedger) => l.charged.r === l.paid.r;
  const lineOf = (l: MatrixLedger) => (across(l) ? `r${l.charged.c}:${l.paid.c}` : l.charged.c === l.paid.c ? `c${l.charged.r}:${l.paid.r}` : null);
  const places = { lost: new Map<string, Observation>(), unpaid: new Map<string, Observation>(), rate: new Map<string, Observation>() };
  for (const l of ledgers) {
    const line = lineOf(l);
    if (line === null) continue;
    for (const k of ['lost', 'unpaid', 'rate'] as const) {
      const o = l[k];
      if (o && (o.derived === null || k === 'rate') && !places[k].has(line)) places[k].set(line, o);
    }
  }
  if (!places.lost.size && !places.unpaid.size && !places.rate.size) return;
  const taken = new Set((t.observations ?? []).map((o) => o.cell));
  for (const o of [...(t.noneFigures ?? []), ...(t.unreadFigures ?? [])]) taken.add(o.cell);
  for (const { cell } of t.cellTexts ?? []) taken.add(cell);
  const slot = (l: MatrixLedger, like: Observation | undefined): BlankSlot | undefined => {
    if (!like) return undefined;
    const [r, c] = across(l) ? [l.charged.r, like.c] : [like.r, l.charged.c];
    const cell = a1(r, c);
    return !taken.has(cell) && inArea(t.area, r, c) ? { r, c, cell, like } : undefined;
  };
  for (const l of ledgers) {
    const line = lineOf(l);
    if (line === null) continue;
    if (l.lost === undefined) {
      const s = slot(l, places.lost.get(line));
      if (s) l.lostCell = { r: s.r, c: s.c, cell: s.cell };
    }
    // A rate of a total's amounts too (a year's 計); a 収入未済額 of a line's own figures only (a total's is its parts' sum,
    // written so).
    if (!l.rate) l.rateCell = slot(l, places.rate.get(line));
    if (l.charged.derived !== null || l.paid.derived !== null) continue;
    if (!l.unpaid) l.unpaidCell = slot(l, places.unpaid.get(line));
  }
}

const inArea = (a: { top: number; bottom: number; left: number; right: number }, r: number, c: number) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right;

export const OBSERVATION_RULES: Rule[] = [
  matrixLedger, matrixValues, rollforwardMismatch, carryoverMismatch, ratioMismatch, matrixTotals, matrixDeltas, matrixChangeRates, matrixLastYearRatios];
