/**
 * A rate row across years compares like with like. A year whose every figure has its 調定額 and 収入済額 is the weighted rate
 * (Σ収入済額 ÷ Σ調定額): what the class collected of what it charged. The other years (rates alone, a target of rates, say)
 * are the plain mean over the same debts: those with a rate in every one of those years — such a year never averages a
 * different set of debts than the next (the zigzag of a class whose debts come and go). A year is weighted whenever it can
 * be: the plain mean of a 95.0 on 100,000,000 and a 30.0 on 1,000,000 (62.5) says a class collected less than two thirds of
 * what it collected 94.4 of. Each cell carries its method so the sheet and the chart can say which.
 */
import { compact } from '../text/normalize';
import type { Figure, Metric, SeriesKey } from './model';
import { figureRef, meanOf, scaled, scaledRef, scaledSum } from './sheet';

export type RateMethod = 'weighted' | 'common';

export interface RateCell {
  formula: string;
  value: number | '';
  method: RateMethod;
}

export interface RateRow {
  /** By series key "year|kind"; undefined where the row has no figure that year. */
  cells: Map<string, RateCell>;
}

type AmountIndex = Map<string, Figure>;
const amountKey = (m: Metric, f: Figure) => `${m}|${f.sheet}|${f.department}|${f.debt}|${f.year}|${f.kind}`;
export const seriesKey = (s: { year: number; kind: string }) => `${s.year}|${s.kind}`;
export const debtOf = (f: Figure) => `${compact(f.department ?? '')}|${compact(f.debt)}`;
const sum = (ys: number[]) => ys.reduce((a, b) => a + b, 0);

export function indexAmounts(figures: Figure[]): AmountIndex {
  const index: AmountIndex = new Map();
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (f.metric === 'charged' || f.metric === 'paid') index.set(amountKey(f.metric, f), f);
  }
  return index;
}

/** The rate row of one row key: `bySeries` holds the row's rate figures of each column. */
export function rateRow(bySeries: Map<string, Figure[]>, series: SeriesKey[], amounts: AmountIndex): RateRow {
  const has = (f: Figure) => amounts.has(amountKey('charged', f)) && amounts.has(amountKey('paid', f));
  const figuresAt = (s: SeriesKey) => bySeries.get(seriesKey(s)) ?? [];
  const cells = new Map<string, RateCell>();
  const weighable = (s: SeriesKey) => figuresAt(s).length > 0 && figuresAt(s).every(has);
  for (const s of series.filter(weighable)) {
    // A debt whose 調定額 or 収入済額 is not a figure (typed as text, or blank) is left out of both sums: its other amount
    // alone would weigh the rate (a 収入済額 over the others' 調定額 had read 1767.7).
    const fs = figuresAt(s).filter((f) => amounts.get(amountKey('charged', f))!.value !== null && amounts.get(amountKey('paid', f))!.value !== null);
    if (!fs.length) continue;
    const charged = fs.map((f) => amounts.get(amountKey('charged', f))!);
    const paid = fs.map((f) => amounts.get(amountKey('paid', f))!);
    // In the summary's unit: 調定額 of one debt in 円 and of another in 千円 are not added as they are.
    const c = scaledSum(charged, Infinity);
    const p = scaledSum(paid, Infinity);
    const cv = c.value === '' ? 0 : c.value;
    const pv = p.value === '' ? 0 : p.value;
    cells.set(seriesKey(s), { formula: `IF(${c.formula}=0,"",${p.formula}/${c.formula}*100)`, value: cv === 0 ? '' : (pv / cv) * 100, method: 'weighted' });
  }
  // The years of rates alone: the debts with a rate in every one of them, and for each year their cells. A year no debt of
  // the row gives a rate (a column left blank, a class without targets) is blank, and no reason to leave the others blank.
  const filled = (s: SeriesKey) => new Set(figuresAt(s).filter((f) => f.value !== null).map(debtOf));
  const common = series.filter((s) => !weighable(s) && filled(s).size > 0);
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
    cells.set(seriesKey(s), { formula: `IFERROR(${average},"")`, value, method: 'common' });
  }
  return { cells };
}
