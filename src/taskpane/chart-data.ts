/**
 * A ChangeSet chart (ChartSpec) resolved against the workbook, as the preview draws it: category
 * labels as their cells show them, series names, and each value as Excel plots it (a number, a
 * gap for a blank cell, or #N/A, which Excel skips and joins across). The value axis is scaled
 * the way Excel scales an automatic axis.
 */
import { CHART_PALETTE, type ChartSpec } from '../core/changes';
import { cellAt, parseArea, type Workbook } from '../core/workbook';
import { cellText } from './cell-text';
import { ShownValues, parseRef } from './shown-values';

/** A plotted value: a number, a gap (blank), or #N/A (no point, the line joins across it). */
export type Point = number | null | 'na';

export interface ChartData {
  spec: ChartSpec;
  categories: string[];
  series: { name: string; values: Point[] }[];
  axis: ValueAxis;
  /** The number format of the value axis' labels (as the file host writes it). */
  format: string;
}

export interface ValueAxis {
  min: number;
  max: number;
  step: number;
  ticks: number[];
}

/** The same colours, in the same order, as the chart parts the file host writes. */
export const SERIES_COLORS = CHART_PALETTE.map((c) => `#${c}`);

/** A series' colour (its `color`, else its place) and whether it is drawn dashed (a target), as both hosts draw it. */
export const seriesLook = (s: ChartSpec['series'][number], k: number) => ({ color: SERIES_COLORS[(s.color ?? k) % SERIES_COLORS.length], dash: s.dashed ? '6 4' : undefined });

function niceStep(span: number, intervals: number): number {
  const rough = span / intervals;
  const p = 10 ** Math.floor(Math.log10(rough));
  for (const m of [1, 2, 5, 10]) if (m * p >= rough - 1e-12 * p) return m * p;
  return 10 * p;
}

/**
 * Excel's automatic value axis, in short: it starts at 0 unless every value lies in the top
 * sixth of the range above 0 (then the minimum is lowered to a round number below the data);
 * the maximum leaves 5% headroom above the largest value; the major unit is the smallest 1, 2
 * or 5 × 10ⁿ that divides that span into at most ten intervals (0–1,500 → 0–1,600 by 200), or
 * fewer where the labels of a horizontal axis would not fit side by side.
 */
export function valueAxis(values: number[], maxIntervals = 10): ValueAxis {
  const finite = values.filter((v) => Number.isFinite(v));
  let lo = finite.length ? Math.min(...finite) : 0;
  let hi = finite.length ? Math.max(...finite) : 1;
  if (lo === hi) {
    if (hi === 0) hi = 1;
    else if (hi > 0) lo = 0;
    else hi = 0;
  }
  let min = 0;
  if (lo > 0 && (hi - lo) / hi < 1 / 6) min = lo - (hi - lo) / 2;
  else if (lo < 0) min = lo - (Math.max(hi, 0) - lo) * 0.05;
  const max = hi > 0 ? hi + (hi - min) * 0.05 : 0;
  const step = niceStep(max - min, maxIntervals);
  const bottom = Math.floor(min / step + 1e-9) * step;
  const top = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let k = 0; bottom + k * step <= top + step / 2; k++) ticks.push(Number((bottom + k * step).toPrecision(12)));
  return { min: bottom, max: top, step, ticks };
}

export function chartData(spec: ChartSpec, wb: Workbook, shown = new ShownValues(wb)): ChartData | null {
  const cats = parseRef(spec.categories, spec.sheet);
  if (!cats) return null;
  const sheet = wb.sheets.find((s) => s.name === cats.sheet);
  const catCells = shown.range(cats);
  const start = parseArea(cats.area);
  // Labels as the cells show them (their number formats); the ranges run down a column.
  const categories = catCells.map((v, i) => cellText(v, sheet && cellAt(sheet, start.top + i, start.left)?.numberFormat));
  const series = spec.series.map((s) => {
    const nameRef = parseRef(s.name, spec.sheet);
    const name = nameRef ? cellText(shown.range(nameRef)[0] ?? null) : s.name;
    const ref = parseRef(s.values, spec.sheet);
    const values: Point[] = (ref ? shown.range(ref) : []).map((v) => {
      if (typeof v === 'number') return v;
      if (v && typeof v === 'object') return v.error === '#N/A' ? 'na' : null;
      return null;
    });
    while (values.length < categories.length) values.push(null);
    return { name, values };
  });
  const numbers = series.flatMap((s) => s.values.filter((v): v is number => typeof v === 'number'));
  return { spec, categories, series, axis: valueAxis(numbers), format: spec.type === 'line' ? '0.0' : '#,##0' };
}
