/**
 * Recalculation of matrix tables (years down the rows, debts across, items as rows): the cells validation checks
 * against others are written as formulas over those others, found by the same rules (validate/observations.ts) —
 * 収入未済額 from its ledger, totals as SUMs of the figures they total, 収納率 from its ledger's amounts, differences
 * from their two figures, a balance's 年度末 from its start and the flows between, a rate of change from its figure's two years. As in a row table: a figure typed as text (or at another scale than its neighbours) is no
 * operand, what depends on it is left to the user; a figure's cell that says more than the figure (過去最高 98.3%) is
 * left as the user wrote it.
 */
import type { SheetCells } from '../cells';
import type { Finding, Observation, PlanTable } from '../recognize/model';
import type { Settings } from '../settings';
import { rateRounding, roundedRate, unlikeFormulaCells } from '../table-structure';
import { formatInfo } from '../text/format';
import { displayed, fewestDecimals, halfUnit } from '../text/number';
import { differenceSlack, drift, flowTerm, growthOf, growthSlack, lastYearComparisons, matrixBalances, matrixDifferences, matrixGrowths, ledgerRates, matrixLedgers, matrixSums, rateSlack, type BlankSlot, type MatrixBalance } from '../validate/observations';
import { a1, colLetter } from '../workbook';
import { isNoValueText } from '../text/normalize';
import { findingMessage } from '../../i18n/findings';
import { PERCENT_CHANGE_FORMAT, PERCENT_FORMAT, amountFormat, changeRateFormula, deltaFormula, guarded, rateFormat, rateFormula, sumFormula, uncollectedFormula } from './formulas';
import { sumOfFitting } from '../summary/sheet';
import type { Rule } from './index';

/** A computed cell of a matrix table (0-based r, c): its figure, how it is computed, over which cells. */
export interface MatrixCell {
  cell: string;
  r: number;
  c: number;
  value: number;
  rule: Rule;
  operands: string[];
}

const made = (format: string, build: (o: string[]) => string): Rule => ({ format, build, operandColumns: null, operandCells: null });

/** The columns of a matrix table left of its first figure: its rows' labels (logged with each write). */
export function labelColumns(t: PlanTable): number[] {
  let first = t.area.right + 1;
  for (const o of t.observations ?? []) if (o.c < first) first = o.c;
  const out: number[] = [];
  for (let c = t.area.left; c < first; c++) out.push(c);
  return out;
}

/**
 * A total left unwritten whose figure is not its parts' sum (an outline's 一 普通税 typed 224,539 over rows of 224,439, a 合計
 * over a 市税計): either it or a part was typed wrong; what each figure of the sum would then have to be is for suspectInputs
 * to weigh.
 */
export interface SumCheck {
  cell: string;
  /** The figure the row shows. */
  figure: number;
  /** The sum of the rows under it, and their cells. */
  sum: number;
  parts: string[];
  /** What rounding explains (amounts each rounded to 千円). */
  slack: number;
}

/**
 * The computed cells of a matrix table, in dependency order (a total after the 収入未済額 it sums, a difference after its
 * total); a total whose formula no cell could hold is added to `skipped`; a total left unwritten that is not its parts'
 * sum, to `checks`.
 */
export function computeMatrix(t: PlanTable, cells: SheetCells, settings: Settings, skipped: Finding[], checks?: Map<string, SumCheck>): MatrixCell[] {
  const out: MatrixCell[] = [];
  const blankZero = settings.blankAsZero;
  const unlike = unlikeFormulaCells(t);
  const computed = new Map<string, MatrixCell>();
  /** Does the cell hold a fraction shown in percent (0.962 as 96.2%)? */
  const fraction = (o: Observation) => {
    const v = cells.value(o.r, o.c);
    return typeof v === 'number' && formatInfo(cells.numberFormat(o.r, o.c)).percent && Math.abs(v * 100 - o.value) <= 1e-9 * Math.max(1, Math.abs(o.value));
  };
  /** A figure as Excel holds it, '' where blank; undefined where it holds text or is no figure a formula reads as read. */
  const raw = (o: Observation): number | '' | undefined => {
    const done = computed.get(o.cell);
    if (done) return done.value;
    if (unlike.has(o.cell)) return undefined;
    const v = cells.value(o.r, o.c);
    if (v === null || v === undefined || v === '') return '';
    return typeof v === 'number' ? v : undefined;
  };
  /**
   * Each kind of computed cell (収入未済額, balances, totals, rates, differences) is written where most of the table's cells of that
   * kind show the figure computed (twice as many as not, two at least): the rule is then the table's, and a cell that
   * shows another figure is a mistake to mend, replaced and logged as a row table's is. Otherwise only the cells that
   * show the figure computed (at the decimals they show, or were typed with) are given their formula, which keeps them
   * live; the others are left to the user, validation's finding saying so — a matrix table is read from its labels, not
   * its positions, and where most of its figures disagree with a rule, the rule is more likely misread than they wrong.
   */
  let agreeing = 0;
  let differing = 0;
  let onlyAgreeing = false;
  // A figure typed that shows another than the one computed by no more than rounding explains (`slack`: a total of amounts
  // each rounded to 千円, a difference of rates rounded before they were subtracted) is the figure published, validation
  // accepts it: left as typed, and no disagreement.
  const put = (o: Observation, value: number | '' | undefined, rule: Rule, operands: string[], slack = 0, onlyIfAgrees = false) => {
    // A blank computed (an operand blank) over a figure typed is no mending: the figure may know what the blank does not.
    if (value === undefined || value === '' || !Number.isFinite(value) || computed.has(o.cell)) return;
    // A blank cell where the table's other lines have the figure (BlankSlot) is filled where the rule is the table's: it
    // neither agrees nor disagrees.
    if (Number.isNaN(o.value)) {
      if (onlyAgreeing || onlyIfAgrees) return;
      const m: MatrixCell = { cell: o.cell, r: o.r, c: o.c, value, rule, operands };
      computed.set(o.cell, m);
      out.push(m);
      return;
    }
    const v = cells.value(o.r, o.c);
    // Words beside the figure (過去最高 98.3%) are the user's.
    if (typeof v === 'string' && o.note !== null) return;
    const shownAs = fraction(o) ? value * 100 : value;
    const decimals = o.decimals ?? fewestDecimals(o.value);
    // Within half a unit, yet shown otherwise (−0.15 shows △0.2 where △0.1 was typed): off by as little as can be.
    const off = Math.max(Math.abs(shownAs - o.value) - halfUnit(decimals), displayed(shownAs, decimals) !== displayed(o.value, decimals) ? Number.EPSILON : -1);
    const agrees = off <= 0;
    if (!agrees && off <= slack && !cells.formula(o.r, o.c)) return;
    if (agrees) agreeing++;
    else differing++;
    if ((onlyAgreeing || onlyIfAgrees) && !agrees) return;
    const m: MatrixCell = { cell: o.cell, r: o.r, c: o.c, value, rule, operands };
    computed.set(o.cell, m);
    out.push(m);
  };
  const stage = (body: () => void) => {
    const from = out.length;
    [agreeing, differing, onlyAgreeing] = [0, 0, false];
    body();
    if (differing === 0 || (agreeing >= 2 && differing * 2 <= agreeing)) return;
    for (const m of out.splice(from)) computed.delete(m.cell);
    onlyAgreeing = true;
    body();
  };
  /** Totals whose formula no cell could hold, by cell (said once). */
  const tooLong = new Map<string, Finding>();
  /** What rounding explains beyond half a unit in a figure of `terms` rounded ones (validation's drift). */
  const roundingOf = (o: Observation, terms: number) => drift(t, o, terms) - halfUnit(o.decimals ?? 0);
  const formatOf = (o: Observation, fallback: string) => {
    const f = cells.numberFormat(o.r, o.c);
    return f && !formatInfo(f).text && formatInfo(f).decimals !== null ? f : fallback;
  };

  const ledgers = matrixLedgers(t);
  /** A blank cell to fill, as the figure of its kind on the table's other lines (its decimals), of no figure yet. */
  const slotted = (s: BlankSlot): Observation => ({ ...s.like, r: s.r, c: s.c, cell: s.cell, value: NaN, note: null });
  // 1. 収入未済額 from its ledger, where it is no total (a total sums its parts') and the ledger tells it: a 繰越額 beside
  // counts where the figure printed says so (as validation reads it).
  stage(() => {
    for (const { charged, paid, unpaid: typed, unpaidCell, lost, lostCell, refund, carried } of ledgers) {
      // A blank where the other lines print it is filled (of no 繰越額 beside: which to count, no figure tells).
      const unpaid = typed ?? (unpaidCell && !carried ? slotted(unpaidCell) : undefined);
      // A blank 不納欠損額 (none, or a figure not printed) is counted as none where the 収入未済額 shows as much.
      if (!unpaid || unpaid.derived !== null || (lost === undefined && !lostCell)) continue;
      const owed = charged.value - paid.value - (lost?.value ?? 0) + (refund?.value ?? 0);
      const withCarried = carried !== undefined && Math.abs(unpaid.value - owed - carried.value) < Math.abs(unpaid.value - owed);
      const terms = [charged, paid, ...(lost ? [lost] : []), ...(refund ? [refund] : []), ...(withCarried ? [carried!] : [])];
      const values = terms.map(raw);
      if (values.some((v) => v === undefined)) continue;
      const [a, e] = values as (number | '')[];
      const term = (x: Observation | null | undefined) => (x ? (values[terms.indexOf(x)] as number | '') || 0 : 0);
      const v = !blankZero && (a === '' || e === '') ? '' : term(withCarried ? carried : null) + (a || 0) - (e || 0) - term(lost) + term(refund);
      // A 不納欠損額 of none (a dash, a blank) is named too, so that a figure typed there later counts.
      const losses = lost ? lost.cell : lostCell?.cell;
      const how = made(formatOf(unpaid, amountFormat(1, unpaid.decimals ?? 0)), (o) => uncollectedFormula(o[0], o[1], losses ? o[2] : null, refund ? o[losses ? 3 : 2] : null, blankZero, withCarried ? o[o.length - 1] : null));
      put(unpaid, v, how, [charged.cell, paid.cell, ...(losses ? [losses] : []), ...(refund ? [refund.cell] : []), ...(withCarried ? [carried!.cell] : [])], 0, lost === undefined);
    }
  });

  // 2. Balances: 年度末 = 年度当初 + the flows between, each as its direction says — or, where a 調定額 holds the start (現年 and
  // 滞繰 調定), without it: each line as it shows, else as most of the table's lines do. A line with an outflow printed beside
  // its own parts is left (which to count is the table's to say), and a total's end is its SUM's (below). Before the
  // totals: an end balance mended is a part of them.
  const balances = matrixBalances(t).filter((b) => b.parts.length === 0 && b.end.derived === null);
  const shows = (o: Observation, v: number | '') => typeof v === 'number' && Math.abs(v - o.value) <= halfUnit(o.decimals ?? fewestDecimals(o.value));
  const movedOf = (b: MatrixBalance, values: (number | '' | undefined)[]) => b.flows.reduce((sum, f, i) => sum + flowTerm(f.o, f.sign, (values[i] as number | '') || 0), 0);
  let heldLines = 0;
  let startLines = 0;
  for (const b of balances) {
    if (!b.chargedHeld) continue;
    const moved = movedOf(b, b.flows.map((f) => f.o.value));
    if (shows(b.end, b.start.value + moved)) startLines++;
    else if (shows(b.end, moved)) heldLines++;
  }
  const missing = missingFlows(balances, cells);
  stage(() => {
    for (const b of balances) {
      const { start, end, flows, chargedHeld } = b;
      const s0 = raw(start);
      const values = flows.map((f) => raw(f.o));
      if (s0 === undefined || values.some((v) => v === undefined)) continue;
      const moved = movedOf(b, values);
      const withStart = s0 === '' && !blankZero ? '' : (s0 || 0) + moved;
      const held = chargedHeld && !shows(end, withStart) && (shows(end, moved) || heldLines > startLines);
      const term = (cell: string, f: MatrixBalance['flows'][number]) =>
        f.sign === 0 ? `+N(${cell})` : f.o.item === '調整額' ? `${f.sign < 0 ? '-' : '+'}ABS(N(${cell}))` : `${f.sign < 0 ? '-' : '+'}N(${cell})`;
      // The flows of the line, and those its cells leave blank or dashed that the table's other lines have (a 不納欠損額 of －):
      // named too, so that a figure typed there later counts.
      const all = [...flows.map((f) => ({ cell: f.o.cell, f })), ...(missing.get(b) ?? [])].sort((x, y) => x.f.o.r - y.f.o.r || x.f.o.c - y.f.o.c);
      const build = (o: string[]) => {
        const sum = all.map((x, i) => term(o[i + 1], x.f)).join('');
        return held ? sum.replace(/^\+/, '') : guarded([o[0]], `${o[0]}${sum}`, blankZero);
      };
      put(end, held ? moved : withStart, made(formatOf(end, amountFormat(1, end.decimals ?? 0)), build), [start.cell, ...all.map((x) => x.cell)], roundingOf(end, flows.length + 1));
    }
  });

  // 3. Totals, each after the totals it sums; totals that sum each other (a misreading: no table is so written) none.
  const sums = matrixSums(t);
  const totals = new Set(sums.map((x) => x.total));
  stage(() => {
    const summed = new Set<Observation>();
    const partsOf = new Map(sums.map((x) => [x.total, new Set(x.parts)]));
    for (const { total, parts: read, outline, blanks: left } of afterTheirParts(sums, (x) => x.total, (x) => x.parts)) {
      // A blank part filled above (a 収入未済額 from its ledger) is summed as written.
      const filled = (left ?? []).flatMap((cell) => {
        const m = computed.get(cell);
        return m ? [{ ...read[0], r: m.r, c: m.c, cell, value: m.value }] : [];
      });
      const parts = filled.length ? [...read, ...filled].sort((a, b) => a.r - b.r || a.c - b.c) : read;
      const blanks = left?.filter((cell) => !computed.has(cell));
      if (parts.some((p) => totals.has(p) && !summed.has(p))) continue;
      // A part that is a total of another part would count it twice (計 over 小計 and its own rows: a misreading).
      if (parts.some((p) => parts.some((q) => q !== p && partsOf.get(p)?.has(q)))) continue;
      summed.add(total);
      const values = parts.map(raw);
      if (values.some((v) => v === undefined)) continue;
      const formula = sumOver(parts);
      if (formula === undefined) {
        // Longer than Excel holds in a cell: not written, and said.
        tooLong.set(total.cell, { code: 'long-formula-skipped', severity: 'warning', sheet: t.sheet, cell: total.cell, ...findingMessage('long-formula-skipped', { cell: total.cell, rows: parts.length }) });
        continue;
      }
      const figures = values.filter((v): v is number => v !== '');
      const v = figures.length ? figures.reduce((s, x) => s + x, 0) : blankZero ? 0 : '';
      // Over a part left blank, a total showing more than the others' sum may hold the blank's figure: left as typed
      // (total-part-blank says so), not mended to a SUM that leaves it out.
      if (blanks?.length && !blankZero && typeof v === 'number' && Math.abs(v - total.value) > drift(t, total, parts.length)) continue;
      // Amounts in 千円, 百万円 are each rounded: n of them drift by about √n half units (as validation allows).
      // A total over totals is written only where it shows its sum: one that does not may be misread, its parts' totals
      // perhaps no parts of it (合計 rows of a block read as summing each other); it is left with its finding.
      // An outline's row over its rows is a figure typed: where it is not their sum, it or one of them was typed wrong (it is
      // written only where it shows their sum). A total left so, or as most of the table's totals disagree, is handed to
      // suspectInputs to weigh with the figures mended (a 合計 over a 市税計 mended from a typo shows the typo too).
      put(total, v, made(formatOf(total, formatOf(parts[0], amountFormat(1, total.decimals ?? 0))), () => formula), refsOf(parts), roundingOf(total, parts.length), parts.some((p) => p.derived === 'total') || outline);
      if (checks && typeof v === 'number' && !computed.has(total.cell)) {
        const slack = drift(t, total, parts.length);
        if (Math.abs(v - total.value) > slack) checks.set(total.cell, { cell: total.cell, figure: total.value, sum: v, parts: refsOf(parts), slack });
      }
    }
  });

  // 4. Rates from their ledger's amounts (a total's from its own).
  stage(() => {
    // Rounded or cut down to the decimals the table's rates show, as they are (rateRounding).
    const rounding = rateRounding(ledgerRates(ledgers), 1);
    for (const { charged, paid, rate: typed, rateCell } of ledgers) {
      const rate = typed ?? (rateCell ? slotted(rateCell) : undefined);
      if (!rate) continue;
      const [a, e] = [raw(charged), raw(paid)];
      if (a === undefined || e === undefined) continue;
      const percentCell = fraction(rate);
      const v = a === '' || e === '' || a === 0 ? '' : roundedRate((e / a) * 100, rounding) / (percentCell ? 100 : 1);
      // Amounts shown rounded (億円 with two decimals) move the rate computed from them: a published rate within that is kept.
      put(rate, v, made(formatOf(rate, percentCell ? PERCENT_FORMAT : rateFormat(rate.decimals)), ([p, c]) => rateFormula(p, c, percentCell, rounding)), [paid.cell, charged.cell], rateSlack(charged, paid));
    }
  });

  // 5. Differences of their two figures (in points where the rates are kept as fractions).
  stage(() => {
    for (const { delta, pair } of matrixDifferences(t)) {
      const [m, s] = pair;
      const [a, b] = [raw(m), raw(s)];
      if (a === undefined || b === undefined) continue;
      const fractions = [fraction(m), fraction(s)] as const;
      // A difference kept as a fraction itself (−0.004 shown as −0.4%) is of the fractions as they are.
      const asFraction = fraction(delta);
      if (asFraction && !(fractions[0] && fractions[1])) continue;
      const points = (x: number, f: boolean) => (f && !asFraction ? x * 100 : x);
      const v = !blankZero && (a === '' || b === '') ? '' : points(a || 0, fractions[0]) - points(b || 0, fractions[1]);
      const isRate = m.item === '収納率' || m.unit === '%';
      // Of the decimals the difference shows (△0.01 typed as text in a column of two: 0.00;"△"0.00).
      const fallback = isRate ? (asFraction ? PERCENT_CHANGE_FORMAT : rateFormat(delta.decimals)) : amountFormat(formatInfo(cells.numberFormat(m.r, m.c)).scale || 1, delta.decimals ?? 0);
      // What rounding explains: operands shown rounded, or holding more than they show (a rate computed from its amounts).
      const shownValues = [a, b].map((x, i) => (typeof x === 'number' ? points(x, fractions[i]) * (asFraction ? 100 : 1) : 0));
      const slack = differenceSlack(delta, pair, shownValues);
      put(delta, v, made(formatOf(delta, fallback), ([x, y]) => deltaFormula(x, y, blankZero, asFraction ? [false, false] : fractions)), [m.cell, s.cell], slack);
    }
  });

  // 6. Rates of change (前年度比増減率) of their two figures, over the year before's.
  stage(() => {
    for (const { rate, pair } of matrixGrowths(t)) {
      const [m, s] = pair;
      const [a, b] = [raw(m), raw(s)];
      if (a === undefined || b === undefined || a === '' || b === '') continue;
      const asFraction = fraction(rate);
      const v = growthOf(rate.growth, a, b);
      if (v === null) continue;
      const reduction = rate.growth === 'reduction';
      const how = made(formatOf(rate, asFraction ? PERCENT_CHANGE_FORMAT : rateFormat(rate.decimals)), ([x, y]) =>
        reduction ? changeRateFormula(y, x, true, undefined, false, asFraction) : changeRateFormula(x, y, false, undefined, false, asFraction),
      );
      put(rate, asFraction ? v / 100 : v, how, [m.cell, s.cell], growthSlack(t, rate.growth, pair, [a, b]));
    }
  });

  // 7. A 前年度比 read as the ratio to the year before (前年度＝100): its figure over the year before's × 100.
  stage(() => {
    for (const [o, { pair, ratio }] of lastYearComparisons(t).resolved) {
      if (!ratio) continue;
      const [a, b] = pair.map(raw);
      if (a === undefined || b === undefined || a === '' || b === '' || b === 0) continue;
      const asFraction = fraction(o);
      const v = (growthOf('ratio', a, b) as number) / (asFraction ? 100 : 1);
      const how = made(formatOf(o, asFraction ? PERCENT_FORMAT : rateFormat(o.decimals)), ([x, y]) => changeRateFormula(x, y, false, undefined, true, asFraction));
      put(o, v, how, [pair[0].cell, pair[1].cell], growthSlack(t, 'ratio', pair, [a, b]));
    }
  });

  skipped.push(...tooLong.values());
  return out;
}

/** Each total after the totals it sums (a 合計 printed above its 小計s), so that its figure is of theirs. */
export function afterTheirParts<T, N>(sums: T[], total: (x: T) => N, parts: (x: T) => readonly N[]): T[] {
  const out: T[] = [];
  let pending = sums;
  while (pending.length) {
    const waiting = new Set(pending.map(total));
    const ready = pending.filter((x) => !parts(x).some((p) => waiting.has(p)));
    // Totals that sum each other (no table is so written) keep the table's order.
    if (ready.length === 0) return [...out, ...pending];
    out.push(...ready);
    const done = new Set(ready);
    pending = pending.filter((x) => !done.has(x));
  }
  return out;
}

/** SUM over the figures' cells: runs down a column or along a row (SUM(C5:C9), SUM(B7:E7)), else each cell. */
function sumOver(parts: Observation[]): string | undefined {
  const cols = new Set(parts.map((p) => p.c));
  if (cols.size === 1) return sumFormula(colLetter(parts[0].c), parts.map((p) => p.r + 1).sort((x, y) => x - y));
  const rows = new Set(parts.map((p) => p.r));
  if (rows.size === 1) {
    const sorted = [...parts].sort((x, y) => x.c - y.c);
    const runs: string[] = [];
    for (let i = 0; i < sorted.length; ) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1].c === sorted[j].c + 1) j++;
      runs.push(j === i ? sorted[i].cell : `${sorted[i].cell}:${sorted[j].cell}`);
      i = j + 1;
    }
    return sumOfFitting(runs.length, (i) => runs[i]);
  }
  return sumOfFitting(parts.length, (i) => parts[i].cell);
}

const refsOf = (parts: Observation[]) => parts.map((p) => p.cell);

/**
 * For each balance on a row (or a column), the flows the table's other lines of the same columns (rows) have that it lacks,
 * where its cell is blank or holds a dash (no figure): the cell, and the other line's flow as its item and direction.
 */
function missingFlows(balances: readonly MatrixBalance[], cells: SheetCells): Map<MatrixBalance, { cell: string; f: MatrixBalance['flows'][number] }[]> {
  const out = new Map<MatrixBalance, { cell: string; f: MatrixBalance['flows'][number] }[]>();
  const across = (b: MatrixBalance) => b.start.r === b.end.r;
  const lineKey = (b: MatrixBalance) => (across(b) ? `r${b.start.c}:${b.end.c}` : b.start.c === b.end.c ? `c${b.start.r}:${b.end.r}` : null);
  const byLine = new Map<string, Map<number, MatrixBalance['flows'][number]>>();
  for (const b of balances) {
    const key = lineKey(b);
    if (key === null) continue;
    const at = byLine.get(key) ?? new Map<number, MatrixBalance['flows'][number]>();
    for (const f of b.flows) if (!at.has(across(b) ? f.o.c : f.o.r)) at.set(across(b) ? f.o.c : f.o.r, f);
    byLine.set(key, at);
  }
  for (const b of balances) {
    const key = lineKey(b);
    if (key === null) continue;
    const own = new Set(b.flows.map((f) => (across(b) ? f.o.c : f.o.r)));
    for (const [pos, f] of byLine.get(key)!) {
      if (own.has(pos)) continue;
      const [r, c] = across(b) ? [b.start.r, pos] : [pos, b.start.c];
      const v = cells.value(r, c);
      if (!(v === null || v === undefined || (typeof v === 'string' && isNoValueText(v)))) continue;
      const list = out.get(b) ?? [];
      list.push({ cell: a1(r, c), f: { ...f, o: { ...f.o, r, c, cell: a1(r, c) } } });
      out.set(b, list);
    }
  }
  return out;
}

