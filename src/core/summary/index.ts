/**
 * The summary (集計) and chart (グラフ) sheets, generated inside the workbook. Every figure is a
 * formula over the plan sheets, so later edits flow through without the add-in; the charts are
 * native charts over the summary's chart data. Generated sheets are marked; a user's own sheet
 * is never overwritten.
 */
import type { Workbook } from '../workbook';
import type { PlanTable } from '../recognize/model';
import type { Catalog } from '../catalog';
import { emptyChangeSet, type ChangeSet, type ChartSpec } from '../changes';
import { figuresOf, seriesOf, type ClassKey, type Figure, type Metric, type SeriesKey } from './model';
import { SheetLayout, fingerprintOfSheet, fingerprintOfWrites, ref, sumOf } from './sheet';
import { SUMMARY_TEXT as T } from '../../i18n/workbook';

const AMOUNT = '#,##0;"△"#,##0';
const RATE = '0.0;"△"0.0';
const CLASSES: ClassKey[] = ['強制徴収公債権', '非強制徴収公債権', '私債権', 'その他'];

export const GENERATED_KINDS = { summary: '集計', charts: 'グラフ' } as const;
type GeneratedKind = keyof typeof GENERATED_KINDS;
export const markName = (kind: string) => `_saiken_gen_${kind}`;

export interface SummaryResult {
  changes: ChangeSet;
  /** Generated sheets edited by hand since they were made (the CLI refuses without --force). */
  edited: string[];
  /** Debts summed under その他 because their class is unknown. */
  unclassified: string[];
  sheetNames: { summary: string; charts: string };
}

/** Where a generated sheet goes: its marked sheet again, else a name no user sheet holds. */
function placeSheet(wb: Workbook, kind: GeneratedKind): { name: string; exists: boolean; edited: boolean } {
  const mark = wb.names?.[markName(kind)];
  if (mark) {
    const [name, fingerprint] = [mark.slice(0, mark.lastIndexOf('|')), mark.slice(mark.lastIndexOf('|') + 1)];
    const sheet = wb.sheets.find((s) => s.name === name);
    if (sheet) return { name, exists: true, edited: fingerprintOfSheet(sheet) !== fingerprint };
  }
  const base: string = GENERATED_KINDS[kind];
  let name = base;
  for (let n = 1; wb.sheets.some((s) => s.name === name); n++) name = n === 1 ? `${base} (saiken)` : `${base} (saiken ${n})`;
  return { name, exists: false, edited: false };
}

const label = (s: SeriesKey) => `${s.year}年度 ${T.kind[s.kind]}`;
const cached = (xs: (number | null)[], f: (ys: number[]) => number | '') => {
  const ys = xs.filter((x): x is number => x !== null);
  return ys.length ? f(ys) : '';
};
const sum = (ys: number[]) => ys.reduce((a, b) => a + b, 0);

interface Block {
  /** Address of each (row key, series) cell, for later references. */
  cells: Map<string, { cell: string; value: number | '' }>;
}

/** A table of rows × (year, kind) columns; each cell sums (or averages) its figures. */
function grid(
  L: SheetLayout,
  title: string,
  unit: string | null,
  rowKeys: string[],
  series: SeriesKey[],
  keyOf: (f: Figure) => string,
  figures: Figure[],
  metric: Metric,
  totalRow: boolean,
  amounts: AmountIndex,
): Block {
  const cells = new Map<string, { cell: string; value: number | '' }>();
  // The figures of each cell, grouped once (row key, year, kind): no scan per cell.
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    if (f.metric !== metric) continue;
    const k = `${keyOf(f)}|${f.year}|${f.kind}`;
    const list = groups.get(k);
    if (list) list.push(f);
    else groups.set(k, [f]);
  }
  L.text(L.row, 0, title, true);
  if (unit) L.text(L.row, series.length, unit);
  L.row++;
  L.text(L.row, 0, T.rowHeader, true);
  series.forEach((s, i) => L.text(L.row, i + 1, label(s), true));
  L.row++;
  const first = L.row;
  const keys = totalRow ? [...rowKeys, T.total] : rowKeys;
  for (const key of keys) {
    L.text(L.row, 0, key, key === T.total);
    series.forEach((s, i) => {
      const cell = `${L.col(i + 1)}${L.row + 1}`;
      if (key === T.total) {
        const above = rowKeys.map((_, k) => `${L.col(i + 1)}${first + k + 1}`);
        const value = cached(rowKeys.map((k) => { const v = cells.get(`${k}|${s.year}|${s.kind}`)?.value; return typeof v === 'number' ? v : null; }), sum);
        L.put(L.row, i + 1, { formula: sumOf(above), value, numberFormat: AMOUNT, bold: true });
        cells.set(`${key}|${s.year}|${s.kind}`, { cell, value });
        return;
      }
      const fs = groups.get(`${key}|${s.year}|${s.kind}`) ?? [];
      if (metric === 'rate') {
        const weighted = weightedRate(fs, amounts);
        if (weighted) {
          L.put(L.row, i + 1, { ...weighted, numberFormat: RATE });
          cells.set(`${key}|${s.year}|${s.kind}`, { cell, value: weighted.value });
          return;
        }
        const value = cached(fs.map((f) => f.value), (ys) => sum(ys) / ys.length);
        const formula = fs.length ? `IFERROR(AVERAGE(${fs.map((f) => ref(f.sheet, f.cell)).join(',')}),"")` : undefined;
        L.put(L.row, i + 1, formula ? { formula, value, numberFormat: RATE } : { value: '' });
        cells.set(`${key}|${s.year}|${s.kind}`, { cell, value });
        return;
      }
      const value = cached(fs.map((f) => f.value), sum);
      L.put(L.row, i + 1, fs.length ? { formula: sumOf(fs.map((f) => ref(f.sheet, f.cell))), value, numberFormat: AMOUNT } : { value: '' });
      cells.set(`${key}|${s.year}|${s.kind}`, { cell, value });
    });
    L.row++;
  }
  L.row++;
  return { cells };
}

/** 収入済額 ÷ 調定額 over the same debts, where the tables give both: the weighted rate. */
type AmountIndex = Map<string, Figure>;
const amountKey = (m: Metric, f: Figure) => `${m}|${f.sheet}|${f.department}|${f.debt}|${f.year}|${f.kind}`;

function indexAmounts(figures: Figure[]): AmountIndex {
  const index: AmountIndex = new Map();
  for (const f of figures) if (f.metric === 'charged' || f.metric === 'paid') index.set(amountKey(f.metric, f), f);
  return index;
}

function weightedRate(rates: Figure[], amounts: AmountIndex): { formula: string; value: number | '' } | null {
  if (rates.length === 0) return null;
  const amount = (m: Metric, f: Figure) => amounts.get(amountKey(m, f));
  const charged = rates.map((f) => amount('charged', f));
  const paid = rates.map((f) => amount('paid', f));
  if (charged.some((x) => !x) || paid.some((x) => !x)) return null;
  const c = sumOf(charged.map((f) => ref(f!.sheet, f!.cell)));
  const p = sumOf(paid.map((f) => ref(f!.sheet, f!.cell)));
  const cv = sum(charged.map((f) => f!.value ?? 0));
  const pv = sum(paid.map((f) => f!.value ?? 0));
  return { formula: `IF(${c}=0,"",${p}/${c}*100)`, value: cv === 0 ? '' : (pv / cv) * 100 };
}

export function summarizeChanges(wb: Workbook, tables: PlanTable[], catalog: Catalog | null): SummaryResult {
  const cs = emptyChangeSet();
  const { figures, unclassified } = figuresOf(tables, catalog);
  const summary = placeSheet(wb, 'summary');
  const charts = placeSheet(wb, 'charts');
  const L = new SheetLayout(summary.name);
  const unit = tables.find((t) => t.measure === 'amount' || t.measure === 'ledger')?.unit ?? null;
  const unitText = unit ? T.unit(unit) : null;

  L.text(0, 0, T.title, true);
  L.text(1, 0, T.lead);
  L.row = 3;
  const classKeys = CLASSES.filter((c) => c !== 'その他' || figures.some((f) => f.cls === 'その他'));
  const departments = [...new Set(figures.map((f) => f.department ?? T.noDepartment))];
  const amountSeries = seriesOf(figures, 'uncollected');
  const rateSeries = seriesOf(figures, 'rate');

  let byClass: Block | null = null;
  let ratesByClass: Block | null = null;
  const amounts = indexAmounts(figures);
  const byCls = (f: Figure) => f.cls;
  const byDept = (f: Figure) => f.department ?? T.noDepartment;
  if (amountSeries.length) byClass = grid(L, T.sections.uncollectedByClass, unitText, classKeys, amountSeries, byCls, figures, 'uncollected', true, amounts);
  if (rateSeries.length) ratesByClass = grid(L, T.sections.rateByClass, T.unit('%'), classKeys, rateSeries, byCls, figures, 'rate', false, amounts);
  if (amountSeries.length) grid(L, T.sections.uncollectedByDepartment, unitText, departments, amountSeries, byDept, figures, 'uncollected', true, amounts);
  if (rateSeries.length) grid(L, T.sections.rateByDepartment, T.unit('%'), departments, rateSeries, byDept, figures, 'rate', false, amounts);

  achievement(L, figures);
  if (byClass) reductionBlock(L, byClass, amountSeries, unitText);
  if (unclassified.length) {
    L.text(L.row++, 0, T.unclassifiedNote(unclassified.join('、')));
    L.row++;
  }

  const specs = chartData(L, byClass, ratesByClass, amountSeries, rateSeries, classKeys, figures, charts.name, unit);

  cs.sheets.push({ name: summary.name, mode: summary.exists ? 'replace' : 'create', state: 'visible', columnWidths: [26, ...Array(12).fill(14)], generated: { kind: 'summary', fingerprint: fingerprintOfWrites(L.cells) } });
  cs.cells.push(...L.cells);
  cs.sheets.push({ name: charts.name, mode: charts.exists ? 'replace' : 'create', state: 'visible', generated: { kind: 'charts', fingerprint: fingerprintOfWrites([]) } });
  cs.charts.push(...specs);
  const edited = [summary, charts].filter((s) => s.edited).map((s) => s.name);
  return { changes: cs, edited, unclassified, sheetNames: { summary: summary.name, charts: charts.name } };
}

/** For each debt with both, the latest year's actual against its target: 達成 / 未達成. */
function achievement(L: SheetLayout, figures: Figure[]): void {
  const rows: { debt: string; department: string | null; metric: Metric; year: number; actual: Figure; target: Figure }[] = [];
  for (const metric of ['rate', 'uncollected'] as Metric[]) {
    const debts = new Map<string, Figure[]>();
    for (const f of figures.filter((x) => x.metric === metric)) debts.set(`${f.department}|${f.debt}`, [...(debts.get(`${f.department}|${f.debt}`) ?? []), f]);
    for (const fs of debts.values()) {
      const filled = fs.filter((f) => f.value !== null);
      const years = filled.filter((f) => f.kind === 'actual' && filled.some((t) => t.kind === 'target' && t.year === f.year)).map((f) => f.year);
      if (!years.length) continue;
      const year = Math.max(...years);
      const actual = filled.find((f) => f.kind === 'actual' && f.year === year)!;
      const target = filled.find((f) => f.kind === 'target' && f.year === year)!;
      rows.push({ debt: actual.debt, department: actual.department, metric, year, actual, target });
    }
  }
  if (!rows.length) return;
  L.text(L.row++, 0, T.sections.achievement, true);
  T.achievementHeader.forEach((h, i) => L.text(L.row, i, h, true));
  L.row++;
  for (const r of rows) {
    const n = L.row + 1;
    L.text(L.row, 0, r.department ?? '');
    L.text(L.row, 1, r.debt);
    L.text(L.row, 2, T.metric[r.metric]);
    L.put(L.row, 3, { value: `${r.year}年度` });
    const fmt = r.metric === 'rate' ? RATE : AMOUNT;
    L.put(L.row, 4, { formula: `IF(${ref(r.actual.sheet, r.actual.cell)}="","",${ref(r.actual.sheet, r.actual.cell)})`, value: r.actual.value ?? '', numberFormat: fmt });
    L.put(L.row, 5, { formula: `IF(${ref(r.target.sheet, r.target.cell)}="","",${ref(r.target.sheet, r.target.cell)})`, value: r.target.value ?? '', numberFormat: fmt });
    // A rate is met at or above its target; an uncollected amount at or below it.
    const cmp = r.metric === 'rate' ? '>=' : '<=';
    const met = r.actual.value !== null && r.target.value !== null ? ((r.metric === 'rate' ? r.actual.value >= r.target.value : r.actual.value <= r.target.value) ? T.met : T.notMet) : '';
    L.put(L.row, 6, { formula: `IF(OR(E${n}="",F${n}=""),"",IF(E${n}${cmp}F${n},"${T.met}","${T.notMet}"))`, value: met });
    L.row++;
  }
  L.row++;
}

/** 収入未済額 from the base year (the latest actual) to the last plan year's target. */
function reductionBlock(L: SheetLayout, byClass: Block, series: SeriesKey[], unitText: string | null): { base: string; last: string } | null {
  const actuals = series.filter((s) => s.kind === 'actual');
  if (!actuals.length) return null;
  const base = actuals[actuals.length - 1];
  const targets = series.filter((s) => s.kind === 'target' && s.year > base.year);
  if (!targets.length) return null;
  const last = targets[targets.length - 1];
  const b = byClass.cells.get(`${T.total}|${base.year}|${base.kind}`)!;
  const l = byClass.cells.get(`${T.total}|${last.year}|${last.kind}`)!;
  L.text(L.row, 0, T.sections.reduction, true);
  if (unitText) L.text(L.row, 4, unitText);
  L.row++;
  T.reductionHeader.forEach((h, i) => L.text(L.row, i, h, true));
  L.row++;
  const n = L.row + 1;
  const bv = b.value;
  const lv = l.value;
  L.put(L.row, 0, { formula: b.cell, value: bv, numberFormat: AMOUNT });
  L.put(L.row, 1, { formula: l.cell, value: lv, numberFormat: AMOUNT });
  L.put(L.row, 2, { formula: `IF(OR(A${n}="",B${n}=""),"",A${n}-B${n})`, value: typeof bv === 'number' && typeof lv === 'number' ? bv - lv : '', numberFormat: AMOUNT });
  L.put(L.row, 3, { formula: `IF(OR(A${n}="",A${n}=0,C${n}=""),"",C${n}/A${n}*100)`, value: typeof bv === 'number' && typeof lv === 'number' && bv !== 0 ? ((bv - lv) / bv) * 100 : '', numberFormat: RATE });
  L.row++;
  L.text(L.row++, 0, T.reductionNote(label(base), label(last)));
  L.row++;
  return { base: `A${n}`, last: `B${n}` };
}

/** The data the three charts draw, on the summary sheet, and the charts themselves. */
function chartData(
  L: SheetLayout,
  byClass: Block | null,
  ratesByClass: Block | null,
  amountSeries: SeriesKey[],
  rateSeries: SeriesKey[],
  classKeys: ClassKey[],
  figures: Figure[],
  chartSheet: string,
  unit: string | null,
): ChartSpec[] {
  const specs: ChartSpec[] = [];
  const s = L.name;
  const range = (c: number, r0: number, r1: number) => `${ref(s, `$${L.col(c)}$${r0 + 1}`)}:$${L.col(c)}$${r1 + 1}`;
  L.text(L.row++, 0, T.sections.chartData, true);
  L.row++;

  if (byClass) {
    const years = [...new Set(amountSeries.map((x) => x.year))];
    L.text(L.row, 0, T.chart.year, true);
    L.text(L.row, 1, T.kind.actual, true);
    L.text(L.row, 2, T.kind.target, true);
    const head = L.row++;
    for (const y of years) {
      L.text(L.row, 0, `${y}年度`);
      (['actual', 'target'] as const).forEach((k, i) => {
        const c = byClass.cells.get(`${T.total}|${y}|${k}`);
        L.put(L.row, i + 1, c ? { formula: c.cell, value: c.value, numberFormat: AMOUNT } : { value: '' });
      });
      L.row++;
    }
    specs.push({
      sheet: chartSheet, type: 'columnClustered', title: T.chart.uncollectedTitle, anchor: 'A1', width: 9, height: 20,
      categories: range(0, head + 1, L.row - 1),
      series: [1, 2].map((c) => ({ name: `${ref(s, `$${L.col(c)}$${head + 1}`)}`, values: range(c, head + 1, L.row - 1) })),
      xTitle: T.chart.yearAxis, yTitle: T.chart.amountAxis(unit),
    });
    L.row++;
  }

  if (ratesByClass) {
    const years = [...new Set(rateSeries.map((x) => x.year))];
    const shown = classKeys.filter((k) => k !== 'その他');
    L.text(L.row, 0, T.chart.year, true);
    shown.forEach((k, i) => L.text(L.row, i + 1, k, true));
    const head = L.row++;
    for (const y of years) {
      L.text(L.row, 0, `${y}年度`);
      shown.forEach((k, i) => {
        const c = ratesByClass.cells.get(`${k}|${y}|actual`) ?? ratesByClass.cells.get(`${k}|${y}|forecast`) ?? ratesByClass.cells.get(`${k}|${y}|target`);
        L.put(L.row, i + 1, c ? { formula: `IF(${c.cell}="",NA(),${c.cell})`, value: c.value, numberFormat: RATE } : { value: '' });
      });
      L.row++;
    }
    specs.push({
      sheet: chartSheet, type: 'line', title: T.chart.rateTitle, anchor: 'A22', width: 9, height: 20,
      categories: range(0, head + 1, L.row - 1),
      series: shown.map((_, i) => ({ name: ref(s, `$${L.col(i + 1)}$${head + 1}`), values: range(i + 1, head + 1, L.row - 1) })),
      xTitle: T.chart.yearAxis, yTitle: T.chart.rateAxis,
    });
    L.row++;
  }

  const latest = amountSeries.filter((x) => x.kind === 'actual').pop();
  if (latest) {
    const top = figures
      .filter((f) => f.metric === 'uncollected' && f.year === latest.year && f.kind === 'actual' && f.value !== null)
      .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
      .slice(0, 10);
    L.text(L.row, 0, T.chart.debt, true);
    L.text(L.row, 1, label(latest), true);
    const head = L.row++;
    // Largest at the top of a bar chart: Excel draws the first category at the bottom.
    for (const f of [...top].reverse()) {
      L.text(L.row, 0, f.debt);
      L.put(L.row, 1, { formula: ref(f.sheet, f.cell), value: f.value, numberFormat: AMOUNT });
      L.row++;
    }
    specs.push({
      sheet: chartSheet, type: 'barClustered', title: T.chart.topTitle(latest.year), anchor: 'A43', width: 9, height: 22,
      categories: range(0, head + 1, L.row - 1),
      series: [{ name: ref(s, `$B$${head + 1}`), values: range(1, head + 1, L.row - 1) }],
      xTitle: T.chart.debtAxis, yTitle: T.chart.amountAxis(unit),
    });
  }
  return specs;
}
