/**
 * The data the charts draw (the last section of the summary) and the charts themselves, only
 * those the data supports: a trend needs two years or more, a bar chart of the largest debts
 * needs 収入未済額 — of the latest year with actuals, else of the first target year. A chart left
 * out is named, with why, on both sheets.
 */
import type { CellWrite, ChartSpec, PrintSetup } from '../changes';
import type { ClassKey, Figure, SeriesKey, YearText } from './model';
import { SheetLayout, ref, scaled, scaledRef } from './sheet';
import { SUMMARY_TEXT as T } from '../../i18n/workbook';
import type { Block } from './index';

const AMOUNT = '#,##0;"△"#,##0';
const RATE = '0.0;"△"0.0';
/** A series named by its year and kind (令和3年度 実績). */
export const label = (s: SeriesKey, year: YearText) => `${year(s.year)} ${T.kind[s.kind]}`;

/** Charts stack down the chart sheet, 21 rows apart; two to a portrait A4 page at full size. */
const CHART_ROWS = 21;
const anchorOf = (i: number) => `A${1 + i * CHART_ROWS}`;
export const CHART_SHEET_PRINT = (charts: number): PrintSetup => ({
  orientation: 'portrait',
  fitToWidth: true,
  rowBreaks: Array.from({ length: Math.max(0, Math.ceil(charts / 2) - 1) }, (_, k) => 1 + (k + 1) * 2 * CHART_ROWS),
});

/** A line of the rate chart: a class's results, or its targets (of one plan, named where the class has targets of several). */
interface ChartLine {
  k: ClassKey;
  line: 'actual' | 'target';
  color: number;
  years: Set<number>;
  plan?: string;
}

export interface Charts {
  specs: ChartSpec[];
  omitted: string[];
  /** Text on the chart sheet (the charts left out). */
  cells: CellWrite[];
}

export function chartData(
  L: SheetLayout,
  byClass: Block | null,
  ratesByClass: Block | null,
  amountSeries: SeriesKey[],
  rateSeries: SeriesKey[],
  classKeys: ClassKey[],
  figures: Figure[],
  chartSheet: string,
  unit: string | null,
  /** How a fiscal year is written (as the plan's tables write it). */
  yearText: YearText,
  /** The plan a rate's sheets are of, which a class's targets are drawn by (planOf). */
  planOf: (sheets: readonly string[]) => string,
  /** Whether a table's figures were left out for want of a year or kind, or 収入未済額 for want of a debt's name (then said as the reason). */
  undated = false,
  nameless = false,
): Charts {
  const specs: Omit<ChartSpec, 'anchor'>[] = [];
  const omitted: string[] = [];
  const s = L.name;
  const range = (c: number, r0: number, r1: number) => `${ref(s, `$${L.col(c)}$${r0 + 1}`)}:$${L.col(c)}$${r1 + 1}`;
  L.section(T.sections.chartData);
  /** A small table: its header row, then one row per item; returns the header's 0-based row. */
  const table = (header: { text: string; align?: 'right' }[], rows: ((r: number) => void)[]): [number, number] => {
    // A chart's range is one block of rows: the table is never split by a page break.
    L.keepTogether(2 + rows.length);
    L.header(header);
    const head = L.row - 1;
    for (const write of rows) {
      L.fit(1);
      write(L.row);
      L.advance(1);
    }
    L.gap();
    return [head, L.row - 2];
  };

  const amountYears = [...new Set(amountSeries.map((x) => x.year))];
  if (byClass && amountYears.length >= 2) {
    const kinds = (['actual', 'forecast', 'target'] as const).filter((k) => amountSeries.some((x) => x.kind === k));
    const [head, end] = table(
      [{ text: T.chart.year }, ...kinds.map((k) => ({ text: T.kind[k], align: 'right' as const }))],
      amountYears.map((y) => (r: number) => {
        L.text(r, 0, yearText(y));
        kinds.forEach((k, i) => {
          const c = byClass.cells.get(`${T.total}|${y}|${k}`);
          L.put(r, i + 1, c ? { formula: c.cell, value: c.value, numberFormat: AMOUNT } : { value: '' });
        });
      }),
    );
    specs.push({
      sheet: chartSheet, type: 'columnClustered', title: T.chart.uncollectedTitle(kinds.includes('forecast')), width: 9, height: 20,
      categories: range(0, head + 1, end),
      series: kinds.map((_, i) => ({ name: ref(s, `$${L.col(i + 1)}$${head + 1}`), values: range(i + 1, head + 1, end) })),
      xTitle: T.chart.yearAxis, yTitle: T.chart.amountAxis(unit),
    });
  } else if (amountSeries.length) omitted.push(T.omitted.uncollectedTrend);

  const rateYears = [...new Set(rateSeries.map((x) => x.year))];
  // Results (a 見込 where a year has no 実績, continuing them) and targets are lines of their own: one line through 57.7, 36.8
  // and then a target of 63.8 reads as a course the class took.
  const cellOf = (k: ClassKey, y: number, line: 'actual' | 'target') =>
    line === 'target' ? ratesByClass?.cells.get(`${k}|${y}|target`) : ratesByClass?.cells.get(`${k}|${y}|actual`) ?? ratesByClass?.cells.get(`${k}|${y}|forecast`);
  const filled = (k: ClassKey, line: 'actual' | 'target') => rateYears.filter((y) => { const v = cellOf(k, y, line)?.value; return v !== undefined && v !== ''; });
  // The classes with a course to draw: a rate in two years at least (one point is no course, and a class's rates all blank
  // draw nothing).
  const shown = classKeys.filter((k) => k !== 'その他' && new Set([...filled(k, 'actual'), ...filled(k, 'target')]).size >= 2);
  // A class's targets of different plans are lines of their own, each named by its plan: the 1st plan's 63.8 joined to the
  // 2nd plan's 42.5 reads as a target lowered, where the plans set them each of its own.
  const lines: ChartLine[] = (['actual', 'target'] as const).flatMap((line) =>
    shown.flatMap((k): ChartLine[] => {
      const years = filled(k, line);
      if (!years.length) return [];
      const color = shown.indexOf(k);
      if (line === 'actual') return [{ k, line, color, years: new Set(years) }];
      const runs: { plan: string; years: Set<number> }[] = [];
      for (const y of years) {
        const plan = planOf(cellOf(k, y, line)?.sheets ?? []);
        if (runs.length && runs[runs.length - 1].plan === plan) runs[runs.length - 1].years.add(y);
        else runs.push({ plan, years: new Set([y]) });
      }
      return runs.map((r) => ({ k, line, color, years: r.years, ...(runs.length > 1 && { plan: r.plan }) }));
    }),
  );
  if (ratesByClass && shown.length) {
    const used = new Set(lines.flatMap(({ k, line }) => rateYears.map((y) => cellOf(k, y, line)?.method)));
    const methods = (['weighted', 'charge', 'common'] as const).filter((m) => used.has(m));
    const both = new Set(lines.map((l) => l.line)).size > 1;
    const forecasts = shown.some((k) => rateYears.some((y) => !ratesByClass.cells.get(`${k}|${y}|actual`) && ratesByClass.cells.get(`${k}|${y}|forecast`)));
    const nameOf = ({ k, line, plan }: ChartLine) =>
      `${!both && !forecasts ? k : `${k} ${line === 'target' ? T.kind.target : forecasts ? T.chart.actualAndForecast : T.kind.actual}`}${plan ? T.chart.ofPlan(plan) : ''}`;
    const [head, end] = table(
      [{ text: T.chart.year }, ...lines.map((l) => ({ text: nameOf(l), align: 'right' as const }))],
      rateYears.map((y) => (r: number) => {
        L.text(r, 0, yearText(y));
        lines.forEach(({ k, line, years }, i) => {
          const c = years.has(y) ? cellOf(k, y, line) : undefined;
          // A year the line has no rate: an empty cell, a gap in the line (#N/A of a formula would print in 集計).
          L.put(r, i + 1, c && c.value !== '' ? { formula: `IF(${c.cell}="",NA(),${c.cell})`, value: c.value, numberFormat: RATE } : { value: '' });
        });
      }),
    );
    specs.push({
      sheet: chartSheet, type: 'line', title: T.chart.rateTitle(methods.map((m) => T.rateMethod.short[m]).join('・')), width: 9, height: 20,
      categories: range(0, head + 1, end),
      // A class's target in its results' colour, dashed.
      series: lines.map(({ line, color }, i) => ({ name: ref(s, `$${L.col(i + 1)}$${head + 1}`), values: range(i + 1, head + 1, end), color, ...(line === 'target' && { dashed: true }) })),
      xTitle: T.chart.yearAxis, yTitle: T.chart.rateAxis,
    });
  } else if (rateSeries.length) omitted.push(rateYears.length >= 2 ? T.omitted.rateTrendBlank : T.omitted.rateTrend);

  // The latest year with actuals; a table of targets alone: its first target year.
  const year = amountSeries.filter((x) => x.kind === 'actual').pop() ?? amountSeries.find((x) => x.kind === 'target') ?? amountSeries[0];
  const top = year ? largest(figures, year, 10) : [];
  if (year && top.length) {
    // Largest at the top of a bar chart: Excel draws the first category at the bottom.
    const [head, end] = table(
      [{ text: T.chart.debt }, { text: label(year, yearText), align: 'right' }],
      [...top].reverse().map((f) => (r: number) => {
        L.text(r, 0, f.debt);
        L.put(r, 1, { formula: scaledRef(f), value: f.value === null ? null : scaled(f.value, f.scale), numberFormat: AMOUNT });
      }),
    );
    specs.push({
      sheet: chartSheet, type: 'barClustered', title: T.chart.topTitle(yearText(year.year), T.kind[year.kind]), width: 9, height: 20,
      categories: range(0, head + 1, end),
      series: [{ name: ref(s, `$B$${head + 1}`), values: range(1, head + 1, end) }],
      xTitle: T.chart.debtAxis, yTitle: T.chart.amountAxis(unit),
    });
  } else omitted.push(undated ? T.omitted.topUndated : nameless ? T.omitted.topNameless : T.omitted.top);

  const cells: CellWrite[] = [];
  if (omitted.length) {
    const text = T.omittedCharts(omitted.join('、'));
    L.line(text);
    cells.push({ sheet: chartSheet, cell: `A${1 + specs.length * CHART_ROWS}`, value: text });
  }
  return { specs: specs.map((c, i) => ({ ...c, anchor: anchorOf(i) })), omitted, cells };
}

/**
 * The n largest 収入未済額 of a year and kind, largest first, a tie in the order of the figures:
 * what a stable sort of them all, largest first, cut to n gives — without sorting every debt's
 * figure for ten.
 */
export function largest(figures: Figure[], year: SeriesKey, n: number): Figure[] {
  const top: Figure[] = [];
  const values: number[] = [];
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (f.metric !== 'uncollected' || f.year !== year.year || f.kind !== year.kind) continue;
    if (f.value === null) continue;
    // Compared in the summary's unit (a debt in 円 beside others in 千円).
    const v = scaled(f.value, f.scale);
    // A value the comparison cannot order (NaN): the sort itself decides, as before.
    if (Number.isNaN(v)) return sortedLargest(figures, year, n);
    if (top.length === n && !(v > values[n - 1])) continue;
    // After every figure at least as large: a tie keeps the order the figures come in.
    let at = top.length;
    while (at > 0 && !(values[at - 1] >= v)) at--;
    top.splice(at, 0, f);
    values.splice(at, 0, v);
    if (top.length > n) {
      top.pop();
      values.pop();
    }
  }
  return top;
}

function sortedLargest(figures: Figure[], year: SeriesKey, n: number): Figure[] {
  return figures
    .filter((f) => f.metric === 'uncollected' && f.year === year.year && f.kind === year.kind && f.value !== null)
    .sort((a, b) => scaled(b.value ?? 0, b.scale) - scaled(a.value ?? 0, a.scale))
    .slice(0, n);
}
