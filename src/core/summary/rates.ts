/**
 * A rate row across years compares like with like. A year whose debts give their 調定額 and 収入済額 is the weighted rate
 * (Σ収入済額 ÷ Σ調定額) of those that give both: what the class collected of what it charged (a debt giving its rate alone
 * that year is left out, and named). A year of rates alone (targets, say) is weighted too where every debt of it has a
 * 調定額 in the latest year of results: Σ(収納率 × 調定額) ÷ Σ調定額, so that a target is measured as the results beside it
 * are (a plain mean of a 88.0 on 246,200,000 and a 98.7 on 2,046,700,000 (93.35) read as a fall from 97.4, every debt's
 * target above its result). Only where a debt has no 調定額 at all is the year the plain mean over the same debts: those
 * with a rate in every such year, so that a year never averages a different set of debts than the next. Each cell carries
 * its method so the sheet and the chart can say which.
 */
import { compact } from '../text/normalize';
import type { Figure, Metric, SeriesKey } from './model';
import { figureRef, meanOf, scaled, scaledRef, scaledSum } from './sheet';

export type RateMethod = 'weighted' | 'charge' | 'common';

export interface RateCell {
  formula: string;
  value: number | '';
  method: RateMethod;
  /** The sheets its rates are of, in order: a chart draws targets of different tables (plans) as lines of their own. */
  sheets: string[];
}

const sheetsOf = (fs: readonly Figure[]) => [...new Set(fs.map((f) => f.sheet))].sort();

export interface RateRow {
  /** By series key "year|kind"; undefined where the row has no figure that year. */
  cells: Map<string, RateCell>;
  /** Debts a weighted year left out, giving their rate without 調定額 and 収入済額: each with its year. */
  leftOut: { debt: string; series: SeriesKey }[];
}

/**
 * Each figure's 調定額 and 収入済額 by its cell's debt, year and kind; each debt's 調定額 of its latest year of results, made
 * when a year of rates alone first asks (a key a debt: at a million cells, hundreds of thousands of strings not made for none).
 */
interface AmountIndex {
  cells: Map<string, Figure>;
  chargeOf: (f: Figure) => Figure | undefined;
}
const amountKey = (m: Metric, f: Figure) => `${m}|${f.sheet}|${f.department}|${f.debt}|${f.year}|${f.kind}`;
export const seriesKey = (s: { year: number; kind: string }) => `${s.year}|${s.kind}`;
export const debtOf = (f: Figure) => `${compact(f.department ?? '')}|${compact(f.debt)}`;
const sum = (ys: number[]) => ys.reduce((a, b) => a + b, 0);

export function indexAmounts(figures: Figure[]): AmountIndex {
  const cells = new Map<string, Figure>();
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (f.metric === 'charged' || f.metric === 'paid') cells.set(amountKey(f.metric, f), f);
  }
  let charges: Map<string, Figure> | null = null;
  const latestCharges = () => {
    const out = new Map<string, Figure>();
    for (const f of cells.values()) {
      if (f.metric !== 'charged' || f.kind !== 'actual' || f.value === null) continue;
      const d = debtOf(f);
      const had = out.get(d);
      if (!had || had.year < f.year) out.set(d, f);
    }
    return out;
  };
  return { cells, chargeOf: (f) => (charges ??= latestCharges()).get(debtOf(f)) };
}

/** The rate row of one row key: `bySeries` holds the row's rate figures of each column. */
export function rateRow(bySeries: Map<string, Figure[]>, series: SeriesKey[], amounts: AmountIndex): RateRow {
  const amount = (m: Metric, f: Figure) => amounts.cells.get(amountKey(m, f));
  // A debt's 調定額 and 収入済額 both figures (not text, not blank).
  const both = (f: Figure) => amount('charged', f)?.value != null && amount('paid', f)?.value != null;
  const figuresAt = (s: SeriesKey) => bySeries.get(seriesKey(s)) ?? [];
  const rated = (s: SeriesKey) => figuresAt(s).filter((f) => f.value !== null);
  const cells = new Map<string, RateCell>();
  const leftOut: RateRow['leftOut'] = [];
  // The years of rates alone (no debt gives both amounts) where some debt gives a rate.
  const rest: SeriesKey[] = [];
  for (const s of series) {
    // Of the debts that give both: another's 収入済額 alone would weigh the rate (a 収入済額 over the others' 調定額 had read 1767.7).
    const fs = figuresAt(s).filter(both);
    if (!fs.length) {
      if (rated(s).length) rest.push(s);
      continue;
    }
    const counted = new Set(fs);
    for (const f of rated(s)) if (!counted.has(f)) leftOut.push({ debt: f.debt, series: s });
    const charged = fs.map((f) => amount('charged', f)!);
    const paid = fs.map((f) => amount('paid', f)!);
    // In the summary's unit: 調定額 of one debt in 円 and of another in 千円 are not added as they are.
    const c = scaledSum(charged, Infinity);
    const p = scaledSum(paid, Infinity);
    const cv = c.value === '' ? 0 : c.value;
    const pv = p.value === '' ? 0 : p.value;
    cells.set(seriesKey(s), { formula: `IF(${c.formula}=0,"",${p.formula}/${c.formula}*100)`, value: cv === 0 ? '' : (pv / cv) * 100, method: 'weighted', sheets: sheetsOf(fs) });
  }
  // Years of rates alone whose every debt has a 調定額 of its latest results: weighted by it.
  const byCharge = rest.filter((s) => rated(s).every((f) => amounts.chargeOf(f)?.value));
  for (const s of byCharge) {
    const fs = rated(s);
    const charges = fs.map((f) => amounts.chargeOf(f)!);
    // Each rate in percent (a fraction × 100), each 調定額 in the summary's unit.
    const percent = (f: Figure) => (f.scale === 100 ? `${figureRef(f)}*100` : scaledRef(f));
    const terms = fs.map((f, i) => `${percent(f)}*${scaledRef(charges[i])}`).join('+');
    const weights = charges.map(scaledRef).join('+');
    const weightOf = charges.map((c) => scaled(c.value!, c.scale));
    const value = sum(fs.map((f, i) => (f.scale === 100 ? f.value! * 100 : scaled(f.value!, f.scale)) * weightOf[i])) / sum(weightOf);
    cells.set(seriesKey(s), { formula: `IFERROR((${terms})/(${weights}),"")`, value: Number(value.toPrecision(15)), method: 'charge', sheets: sheetsOf(fs) });
  }
  // The other years of rates alone: the debts with a rate in every one of them, and for each year their cells. A year no
  // debt of the row gives a rate (a column left blank, a class without targets) is blank, and no reason to leave the others blank.
  const common = rest.filter((s) => !byCharge.includes(s));
  const filled = (s: SeriesKey) => new Set(rated(s).map(debtOf));
  let keep = common.length ? filled(common[0]) : new Set<string>();
  for (const s of common.slice(1)) {
    const here = filled(s);
    keep = new Set([...keep].filter((d) => here.has(d)));
  }
  for (const s of common) {
    const fs = figuresAt(s).filter((f) => keep.has(debtOf(f)));
    if (!fs.length) continue;
    // Rates kept as fractions (0.962 shown as 96.2%) are averaged as percent: their mean × 100 where
    // all are (a cell left blank later is still skipped), each × 100 among rates typed in percent.
    const fractions = fs.every((f) => f.scale === 100);
    const average = fractions ? `${meanOf(fs.map(figureRef))}*100` : meanOf(fs.map(scaledRef));
    // Stored as the figure it is, to 15 digits as Excel holds a result (83.75, not 83.74999999999999: a reader that shows stored
    // results shows 83.8, as Excel does).
    const value = Number((fractions ? (sum(fs.map((f) => f.value ?? 0)) / fs.length) * 100 : sum(fs.map((f) => scaled(f.value ?? 0, f.scale))) / fs.length).toPrecision(15));
    cells.set(seriesKey(s), { formula: `IFERROR(${average},"")`, value, method: 'common', sheets: sheetsOf(fs) });
  }
  return { cells, leftOut };
}
