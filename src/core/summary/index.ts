/**
 * The summary (集計) and chart (グラフ) sheets, generated inside the workbook. Every figure is a
 * formula over the plan sheets, so later edits flow through without the add-in; the charts are
 * native charts over the summary's chart data. Generated sheets are marked; a user's own sheet
 * is never overwritten.
 *
 * The summary is also a printed document: numbered sections (only those with data, numbered
 * consecutively), each from a new landscape A4 page at full size, tables whose header row comes
 * again on every page they run onto, long names wrapped rather than clipped.
 */
import { blanksAreSlips } from '../validate/context';
import { a1, freeSheetName, heldByOtherSheet, parseA1, type Sheet, type Workbook } from '../workbook';
import type { Finding, Kind } from '../recognize/model';
import { findingMessage } from '../../i18n/findings';
import { columnKinds } from '../recognize/observations';
import { fiscalYearText } from '../text/years';
import { fewestDecimals, roundAsExcel } from '../text/number';
import { rateFormat } from '../recalc/formulas';
import { figureItem, yearNotationOf } from '../table-structure';
import type { Catalog } from '../catalog';
import { emptyChangeSet, type CellWrite, type ChangeSet } from '../changes';
import { departmentGroups } from '../validate/department-variant';
import { findChangeLog } from '../recalc/change-log';
import { figuresOf, seriesOf, summaryUnit, type ClassKey, type Figure, type Metric, type SeriesKey, type SummaryTable, type YearText } from './model';
export { summaryTable, type SummaryTable } from './model';
import { SheetLayout, blankOf, canonicalFormula, textUnits, fingerprintOfSheet, fingerprintOfWrites, flat, scaled, scaledRef, scaledSum, sumOfFitting, blankWhileNone, cellRefs } from './sheet';
import { debtOf, indexAmounts, rateRow, seriesKey, type RateCell, type RateMethod, type RateRow } from './rates';
import { chartData, CHART_SHEET_PRINT, label } from './charts';
import { SUMMARY_TEXT as T } from '../../i18n/workbook';

export const AMOUNT = '#,##0;"△"#,##0';
export const RATE = '0.0;"△"0.0';
const CLASSES: ClassKey[] = ['強制徴収公債権', '非強制徴収公債権', '私債権', 'その他'];

/**
 * Label column, then figure columns: nine years fit a landscape A4 page at 100 % (scaled to its width where a year written in
 * its era, 令和元年度, needs a wider column than 2019年度).
 */
const columnWidths = (yearUnits: number) => [26, ...Array<number>(12).fill(Math.max(11, yearUnits + 2))];
const MAX_SERIES = 9;
/** Lines of the default row height a landscape A4 page holds below the repeated title row. */
const PAGE_LINES = 28;

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
  /** Charts the data does not support, with why (also written on both sheets). */
  omittedCharts: string[];
}

/**
 * What a generated sheet's mark holds after its name ("<sheet>|…"): the fingerprint of its cells, "/", the fingerprint of their
 * shape (fingerprintOfSheet); a mark made before shapes were fingerprinted holds the first alone.
 */
const fingerprintsOf = (cells: CellWrite[]) => `${fingerprintOfWrites(cells)}/${fingerprintOfWrites(cells, 'shape')}`;

/**
 * The sheet a generated sheet's mark names, and whether it was edited by hand since it was made: neither its cells nor their
 * shape are what the mark says. A summary whose references only moved with the plan's rows, or with a plan sheet renamed, is
 * not edited (its shape is the same); it is stale (staleSummary).
 */
function markedSheet(wb: Workbook, kind: GeneratedKind): { sheet: Sheet; edited: boolean; fingerprint: string } | null {
  const mark = wb.names?.[markName(kind)];
  if (!mark) return null;
  const name = mark.slice(0, mark.lastIndexOf('|'));
  const [cells, shape] = mark.slice(mark.lastIndexOf('|') + 1).split('/');
  const sheet = wb.sheets.find((s) => s.name === name);
  if (!sheet) return null;
  // (The fingerprint of its cells as they stand, given back: staleSummary compares it with what 集計 would write.)
  const fingerprint = fingerprintOfSheet(sheet);
  const same = fingerprint === cells || fingerprintOfSheet(sheet, 'asWritten') === cells || (shape !== undefined && fingerprintOfSheet(sheet, 'shape') === shape);
  return { sheet, edited: !same, fingerprint };
}

/** Where a generated sheet goes: its marked sheet again, else a name no user sheet holds. */
function placeSheet(wb: Workbook, kind: GeneratedKind): { name: string; exists: boolean; edited: boolean } {
  const marked = markedSheet(wb, kind);
  if (marked) return { name: marked.sheet.name, exists: true, edited: marked.edited };
  return { name: freeSheetName(wb.sheets, GENERATED_KINDS[kind], (n) => heldByOtherSheet(wb, n)), exists: false, edited: false };
}

/** A column header over figures: the year above its kind, so that narrow figure columns hold it. */
const headLabel = (s: SeriesKey, year: YearText) => `${year(s.year)}\n${T.kind[s.kind]}`;

/**
 * Years written as the plan's tables write them: in their era (令和3年度) where more of the tables write theirs so than in the
 * western calendar (2021年度), else western (yearNotationOf).
 */
function yearsWrittenBy(tables: readonly SummaryTable[]): YearText {
  let era = 0;
  let western = 0;
  for (const { table: t } of tables) {
    const written = yearNotationOf(t);
    if (written === 'era') era++;
    else if (written === 'western') western++;
  }
  return (year) => fiscalYearText(year, era > western);
}

export interface Block {
  /** Address of each (row key, series) cell, for later references; a rate's method (how it compares its years) and sheets. */
  cells: Map<string, { cell: string; value: number | ''; method?: RateMethod; sheets?: string[] }>;
}

const chunks = <X>(xs: X[], n: number): X[][] => {
  const out: X[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};

/**
 * The lines under a rate table's title saying how its rows compare years. Where more than one method is used, each names its
 * years where every row uses it in the same years, else its rows (with their years where a row uses more than one); then
 * the debts a weighted year left out, and the rows left blank.
 */
function methodLines(rows: Map<string, RateRow>, series: SeriesKey[], year: YearText): string[] {
  const filled = [...rows].filter(([, r]) => r.cells.size);
  const lines: string[] = [];
  const yearsText = (ss: SeriesKey[]) => ss.map((s) => label(s, year)).join('・');
  const yearsOf = (r: RateRow, m: RateMethod) => series.filter((s) => r.cells.get(seriesKey(s))?.method === m);
  const used = (['weighted', 'charge', 'common'] as const).filter((m) => filled.some(([, r]) => yearsOf(r, m).length));
  if (used.length > 1) {
    const named = (m: RateMethod) => {
      const withIt = filled.filter(([, r]) => yearsOf(r, m).length);
      const alike = withIt.length === filled.length && withIt.every(([, r]) => yearsText(yearsOf(r, m)) === yearsText(yearsOf(withIt[0][1], m)));
      if (alike) return yearsText(yearsOf(withIt[0][1], m));
      return withIt.map(([k, r]) => (yearsOf(r, m).length === r.cells.size ? k : `${k}（${yearsText(yearsOf(r, m))}）`)).join('、');
    };
    lines.push(T.rateMethod.mixed(used.map((m) => [T.rateMethod.part[m], named(m)] as [string, string])));
  } else if (used.length) lines.push(T.rateMethod.heading(T.rateMethod[used[0]]));
  const leftOut = filled.flatMap(([k, r]) => r.leftOut.map((o) => `${o.debt}（${k}、${label(o.series, year)}）`));
  if (leftOut.length) lines.push(T.rateMethod.leftOut([...new Set(leftOut)].join('、')));
  // No method where no row has a rate: the section says only why its rows are blank.
  const blank = [...rows].filter(([, r]) => !r.cells.size).map(([k]) => k);
  if (blank.length) lines.push(T.rateMethod.blank(blank.join('、')));
  return lines;
}

const KIND_NUMBER: Record<Kind, number> = { actual: 0, forecast: 1, target: 2 };
/** A series' (year, kind) as one small integer: figures are grouped by it without a string each. */
export const seriesNumber = (year: number, kind: Kind) => year * 4 + KIND_NUMBER[kind];

/** A table of rows × (year, kind) columns, nine columns at a time; each cell sums or rates its figures. */
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
  amounts: ReturnType<typeof indexAmounts>,
  year: YearText,
  notes: string[] = [],
): Block {
  const cells: Block['cells'] = new Map();
  // The figures of each cell, grouped once by row key and then by series (its place in `series`):
  // no scan per cell, and no key string per figure.
  const place = new Map<number, number>();
  series.forEach((s, i) => place.set(seriesNumber(s.year, s.kind), i));
  const groups = new Map<string, Figure[][]>();
  // Indexed loops over the figures (hundreds of thousands): no iterator result a figure.
  for (let n = 0; n < figures.length; n++) {
    const f = figures[n];
    if (f.metric !== metric) continue;
    const at = place.get(seriesNumber(f.year, f.kind));
    if (at === undefined) continue;
    const key = keyOf(f);
    let row = groups.get(key);
    if (!row) groups.set(key, (row = []));
    const list = row[at];
    if (list) list.push(f);
    else row[at] = [f];
  }
  // A rate row is decided over all its years at once, so that every year compares the same debts.
  const rates = new Map<string, RateRow>();
  if (metric === 'rate') {
    for (const key of rowKeys) rates.set(key, rateRow(new Map(series.map((s, i) => [seriesKey(s), groups.get(key)?.[i] ?? []])), series, amounts));
  }
  const parts = chunks(series, MAX_SERIES);
  parts.forEach((part, p) => {
    if (p === 0) {
      L.section(title, unit ? { text: unit, col: Math.min(part.length, MAX_SERIES) } : undefined);
      if (metric === 'rate') for (const line of methodLines(rates, series, year)) L.line(line);
    } else L.gap();
    L.header([{ text: T.rowHeader }, ...part.map((s) => ({ text: headLabel(s, year), align: 'right' as const }))]);
    const above = part.map(() => [] as string[]);
    // The total row's cached values: each column's figures summed in row order as they are written
    // (what summing the cells above in that order gives), blank where none is a number.
    const sums = part.map(() => 0);
    const counted = part.map(() => false);
    const keys = totalRow ? [...rowKeys, T.total] : rowKeys;
    for (const key of keys) {
      const total = totalRow && key === T.total;
      const lines = L.rowLines([key]);
      L.fit(lines);
      // Wrapped only where the label needs it: every styled cell is one more request to Excel.
      L.text(L.row, 0, key, total, undefined, lines > 1);
      const row = groups.get(key);
      part.forEach((s, i) => {
        const at = `${key}|${s.year}|${s.kind}`;
        if (total) {
          const value: number | '' = counted[i] ? sums[i] : '';
          const refs = above[i];
          const sum = sumOfFitting(refs.length, (k) => refs[k]);
          const formula = sum !== undefined && value === '' ? blankWhileNone(sum, refs) : sum;
          // The cached value says what Excel will show (the logic keeps the blank): blank where the formula shows blank so, else
          // the 0 of Excel's SUM of blanks.
          const cell = L.put(L.row, i + 1, { formula, value: value === '' && formula === sum ? 0 : value, numberFormat: AMOUNT, bold: true });
          cells.set(at, { cell, value });
          // A row key spelled like the total row is summed by the total row after it, as its cell was.
          if (typeof value === 'number') {
            sums[i] += value;
            counted[i] = true;
          }
          return;
        }
        let value: number | '';
        let cell: string;
        let rated: RateCell | undefined;
        if (metric === 'rate') {
          rated = rates.get(key)!.cells.get(seriesKey(s));
          cell = L.put(L.row, i + 1, rated ? { formula: rated.formula, value: rated.value, numberFormat: RATE } : { value: '' });
          value = rated?.value ?? '';
        } else {
          const fs = row?.[p * MAX_SERIES + i];
          const sum = fs ? scaledSum(fs) : null;
          value = sum ? sum.value : '';
          const formula = sum?.formula !== undefined && value === '' ? blankWhileNone(sum.formula, cellRefs(fs!)) : sum?.formula;
          cell = L.put(L.row, i + 1, sum ? { formula, value: value === '' && formula === sum.formula ? 0 : value, numberFormat: AMOUNT } : { value: '' });
        }
        above[i].push(cell);
        cells.set(at, rated ? { cell, value, method: rated.method, sheets: rated.sheets } : { cell, value });
        if (typeof value === 'number') {
          sums[i] += value;
          counted[i] = true;
        }
      });
      L.advance(lines);
    }
  });
  for (const n of notes) L.line(n);
  return { cells };
}

/** A plan's number in a table's title: 第2次津山市債権管理計画, 第３期. */
const PLAN_NUMBER = /第\s*([0-9０-９一二三四五六七八九十]+)\s*([次期])/;

/**
 * The plans the tables of each sheet are of, as their titles number them (第1次計画), null where a title numbers none; and
 * the plan of some sheets' rates: the one their tables' titles number, where they name one and the same, else the sheets.
 */
function plansOf(tables: readonly SummaryTable[]): { numbered: (sheet: string) => (string | null)[]; of: (sheets: readonly string[]) => string } {
  const bySheet = new Map<string, (string | null)[]>();
  for (const { table } of tables) {
    const m = PLAN_NUMBER.exec(table.title ?? '');
    const plan = m ? T.chart.plan(`第${m[1].normalize('NFKC')}${m[2]}`) : null;
    bySheet.set(table.sheet, [...(bySheet.get(table.sheet) ?? []), plan]);
  }
  const numbered = (sheet: string) => bySheet.get(sheet) ?? [null];
  return {
    numbered,
    of: (sheets) => {
      const plans = new Set(sheets.flatMap(numbered));
      const [only] = plans;
      return plans.size === 1 && only ? only : T.chart.planSheets(sheets);
    },
  };
}

/**
 * The years of the targets 集計 shows (収入未済額, 収納率) by the plan their tables' titles number, in the order of the plans'
 * first years; a sheet of no numbered plan, or of several, is in none (two sheets of one plan need not say so).
 */
function targetYearsByPlan(figures: readonly Figure[], numbered: (sheet: string) => (string | null)[]): Map<string, number[]> {
  const bySheet = new Map<string, Set<number>>();
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (f.kind !== 'target' || (f.metric !== 'uncollected' && f.metric !== 'rate')) continue;
    let years = bySheet.get(f.sheet);
    if (!years) bySheet.set(f.sheet, (years = new Set()));
    years.add(f.year);
  }
  const byPlan = new Map<string, Set<number>>();
  for (const [sheet, years] of bySheet) {
    const plans = new Set(numbered(sheet));
    const [plan] = plans;
    if (plans.size !== 1 || !plan) continue;
    const had = byPlan.get(plan);
    if (had) for (const y of years) had.add(y);
    else byPlan.set(plan, new Set(years));
  }
  const sorted = [...byPlan].map(([plan, years]) => [plan, [...years].sort((a, b) => a - b)] as [string, number[]]);
  return new Map(sorted.sort((a, b) => a[1][0] - b[1][0]));
}

export function summarizeChanges(wb: Workbook, tables: readonly SummaryTable[], catalog: Catalog | null, errorsAt: readonly string[] = []): SummaryResult {
  const cs = emptyChangeSet();
  const groups = departmentGroups(tables.map((t) => t.table));
  // Every amount in one unit: a table in another is converted to it in its formulas.
  const unit = summaryUnit(tables);
  const unitText = unit ? T.unit(unit) : null;
  const { figures, unclassified, nearest, undated, nameless, namelessUncollected, uncomputable, leftOut } = figuresOf(tables, catalog, (d) => groups.get(d) ?? d, unit);
  const summary = placeSheet(wb, 'summary');
  const charts = placeSheet(wb, 'charts');
  const amountSeries = seriesOf(figures, 'uncollected');
  const rateSeries = seriesOf(figures, 'rate');
  const year = yearsWrittenBy(tables);
  let yearUnits = 0;
  for (const s of [...amountSeries, ...rateSeries]) yearUnits = Math.max(yearUnits, textUnits(year(s.year)));
  const widths = columnWidths(yearUnits);
  const L = new SheetLayout(summary.name, widths, PAGE_LINES);

  L.line(T.title, true);
  L.line(T.lead);
  // Errors validation found when it was made (the first five cells named): its figures may carry them.
  if (errorsAt.length) L.line(T.errorsNote(errorsAt.length, `${errorsAt.slice(0, 5).join('、')}${errorsAt.length > 5 ? ' ほか' : ''}`));
  const converted = new Set<string>();
  // Of the amounts 集計 shows (収入未済額): a table's 調定額 and 収入済額 only weigh rates, a ratio of them, converted alike.
  for (let i = 0; i < figures.length; i++) if (figures[i].scale !== 1 && figures[i].metric === 'uncollected') converted.add(figures[i].sheet);
  if (unit && converted.size) L.line(T.convertedNote([...converted], unit));
  if (undated.length) L.line(T.undatedNote(undated.map((t) => `「${t.sheet}」${t.range}`).join('、')));
  if (nameless.length) L.line(T.namelessNote(nameless.map((t) => `「${t.sheet}」${t.range}`).join('、')));
  if (uncomputable.length) L.line(T.uncomputableRateNote(uncomputable.join('、')));
  if (leftOut.length) L.line(T.leftOutNote(leftOut.join('、')));
  const plans = plansOf(tables);
  const targetPlans = targetYearsByPlan(figures, plans.numbered);
  if (targetPlans.size > 1) L.line(T.targetPlansNote([...targetPlans].map(([plan, years]) => `${plan} ${years.map(year).join('・')}`).join('、')));
  const blanks = blankUncollected(figures, new Set(leftOut));
  if (blanks.length) L.line(T.blankNote(blanks.join('、')));
  L.gap();
  const classKeys = CLASSES.filter((c) => c !== 'その他' || figures.some((f) => f.cls === 'その他'));
  const departmentSet = new Set<string>();
  for (let i = 0; i < figures.length; i++) departmentSet.add(figures[i].department ?? T.noDepartment);
  // In the order the plan's tables first name them (a debt summed from its 区分 rows is found after the others).
  const order = departmentOrder(tables, (d) => groups.get(d) ?? d);
  const departments = [...departmentSet].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
  // Each department's other spellings, in one pass over the spellings (not one per department:
  // a plan of thousands of departments made millions of pairs).
  const othersOf = new Map<string, string[]>();
  for (const main of groups.values()) if (!othersOf.has(main)) othersOf.set(main, []);
  for (const [name, main] of groups) if (name !== main) othersOf.get(main)!.push(name);
  const merged = [...othersOf].filter(([, others]) => others.length).map(([main, others]) => `${main}（${others.join('、')}）`);
  const deptNotes = merged.length ? [T.departmentNote(merged.join('、'))] : [];
  const classNotes = [...(unclassified.length ? [T.unclassifiedNote(unclassified.join('、'))] : []), ...(nearest.length ? [T.nearestClassNote(nearest.join('、'))] : [])];

  let byClass: Block | null = null;
  let ratesByClass: Block | null = null;
  const amounts = indexAmounts(figures);
  const byCls = (f: Figure) => f.cls;
  const byDept = (f: Figure) => f.department ?? T.noDepartment;
  // Years given for different numbers of debts (targets for some of them): their totals are of those given, said under them.
  const count = uncollectedCounts(figures);
  const countNote = amountSeries.some((s) => count(s) !== count(amountSeries[0])) ? [T.debtCounts(amountSeries.map((s) => `${label(s, year)} ${count(s)}債権`).join('、'))] : [];
  if (amountSeries.length) byClass = grid(L, T.sections.uncollectedByClass, unitText, classKeys, amountSeries, byCls, figures, 'uncollected', true, amounts, year, [...classNotes, ...countNote]);
  if (rateSeries.length) ratesByClass = grid(L, T.sections.rateByClass, T.unit('%'), classKeys, rateSeries, byCls, figures, 'rate', false, amounts, year, amountSeries.length ? [] : classNotes);
  if (amountSeries.length) grid(L, T.sections.uncollectedByDepartment, unitText, departments, amountSeries, byDept, figures, 'uncollected', true, amounts, year, [...deptNotes, ...countNote]);
  if (rateSeries.length) grid(L, T.sections.rateByDepartment, T.unit('%'), departments, rateSeries, byDept, figures, 'rate', false, amounts, year, amountSeries.length ? [] : deptNotes);

  achievement(L, figures, unit, year);
  if (byClass) reductionBlock(L, byClass, figures, amountSeries, count, unitText, declaredBaseYear(tables), year);

  const drawn = chartData(L, byClass, ratesByClass, amountSeries, rateSeries, classKeys, figures, charts.name, unit, year, plans.of, undated.length > 0, namelessUncollected);

  cs.sheets.push({
    name: summary.name, mode: summary.exists ? 'replace' : 'create', state: 'visible', columnWidths: widths,
    generated: { kind: 'summary', fingerprint: fingerprintsOf(L.cells) },
    // Scaled to the page width only when the columns need it (fonts differ between readers), never to one page.
    print: { orientation: 'landscape', titleRows: '1:1', rowBreaks: L.breaks, fitToWidth: true },
    rowLines: L.tallRows,
  });
  // The layout's own list, not a copy of it (hundreds of thousands of cells; the layout ends here);
  // a spread of it would overflow the call stack.
  cs.cells = L.cells;
  cs.sheets.push({
    name: charts.name, mode: charts.exists ? 'replace' : 'create', state: 'visible',
    generated: { kind: 'charts', fingerprint: fingerprintsOf(drawn.cells) },
    print: CHART_SHEET_PRINT(drawn.specs.length),
  });
  for (const c of drawn.cells) cs.cells.push(c);
  cs.charts.push(...drawn.specs);
  // The change log stays behind the sheets made here.
  const log = findChangeLog(wb);
  if (log) cs.sheets.push({ name: log.name, mode: 'create', state: log.hidden ? 'hidden' : 'visible', position: 'last' });
  const edited = [summary, charts].filter((s) => s.edited).map((s) => s.name);
  return { changes: cs, edited, unclassified, sheetNames: { summary: summary.name, charts: charts.name }, omittedCharts: drawn.omitted };
}

/**
 * A 集計 saiken made that the plan has moved on from (summary-stale): its cells are not those 集計 would write now. A colleague
 * inserted a debt's row inside a department (a row no sum of it names), deleted one (its references #REF!), typed a target
 * where there was none, or fixed an error the 集計 says it was made with. Nothing where there is no 集計 of saiken's, or where
 * it was edited by hand (集計 says so when run). The finding is at the first cell that would change, both contents quoted.
 */
export function staleSummary(wb: Workbook, tables: readonly SummaryTable[], catalog: Catalog | null, errorsAt: readonly string[]): Finding | null {
  const marked = markedSheet(wb, 'summary');
  if (!marked || marked.edited) return null;
  const s = summarizeChanges(wb, tables, catalog, errorsAt);
  // The fingerprint of its cells 集計 computed as it made them, before the "/" of the shape's.
  const made = s.changes.sheets.find((x) => x.name === marked.sheet.name)?.generated?.fingerprint.split('/')[0];
  if (marked.fingerprint === made) return null;
  const written = s.changes.cells.filter((c) => c.sheet === marked.sheet.name);
  const would = new Map<string, string>();
  for (const c of written) would.set(c.cell, shownContent(c.formula, c.value));
  const now = new Map<string, string>();
  marked.sheet.rows.forEach((row, r) => row?.forEach((c, col) => c && now.set(a1(r, col), shownContent(c.formula, c.value))));
  const differing = [...new Set([...would.keys(), ...now.keys()])]
    .filter((at) => (would.get(at) ?? '') !== (now.get(at) ?? ''))
    .map((at) => ({ at, ...parseA1(at) }))
    .sort((x, y) => x.r - y.r || x.c - y.c);
  const first = differing[0];
  if (!first) return null;
  const params = { cell: first.at, now: clipped(now.get(first.at) ?? ''), would: clipped(would.get(first.at) ?? ''), cells: differing.length };
  return { code: 'summary-stale', severity: 'warning', sheet: marked.sheet.name, cell: first.at, ...findingMessage('summary-stale', params) };
}

/** A cell's content as the formula bar shows it: "=SUM(…)" with its sheet names unquoted, or its value; blank as "". */
const shownContent = (formula: string | undefined, value: unknown) =>
  formula !== undefined ? `=${canonicalFormula(formula.charCodeAt(0) === 61 ? formula.slice(1) : formula)}` : value === null || value === undefined ? '' : String(value);

/** A content quoted in a message: its first 60 characters. */
const clipped = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** Each department's place in the plan: the order its tables, row by row, first name it in (the name it is summed under). */
function departmentOrder(tables: readonly SummaryTable[], main: (d: string) => string): Map<string, number> {
  const order = new Map<string, number>();
  const see = (d: string | null) => {
    if (d !== null && !order.has(main(d))) order.set(main(d), order.size);
  };
  for (const { table: t } of tables) {
    if (t.shape === 'matrix') for (const o of t.observations ?? []) see(o.department);
    else for (const r of t.rows) see(r.department);
  }
  return order;
}

/** For each debt with both, the latest year's actual against its target: 達成 / 未達成. */
function achievement(L: SheetLayout, figures: Figure[], unit: string | null, yearText: YearText): void {
  const rows: { debt: string; department: string | null; metric: Metric; year: number; actual: Figure; target: Figure }[] = [];
  for (const metric of ['rate', 'uncollected'] as Metric[]) {
    const debts = new Map<string, Figure[]>();
    // A row's figures come one after another: its key is made once, not a string a figure.
    let list: Figure[] | undefined;
    let department: string | null = null;
    let debt = '';
    for (let i = 0; i < figures.length; i++) {
      const f = figures[i];
      if (f.metric !== metric) continue;
      if (list && f.department === department && f.debt === debt) {
        list.push(f);
        continue;
      }
      department = f.department;
      debt = f.debt;
      const key = `${department}|${debt}`;
      list = debts.get(key);
      if (list) list.push(f);
      else debts.set(key, (list = [f]));
    }
    for (const fs of debts.values()) {
      // The latest year with both an actual and a target filled in.
      let year = -Infinity;
      for (let i = 0; i < fs.length; i++) {
        const f = fs[i];
        if (f.kind !== 'actual') continue;
        const y = f.year;
        if (y <= year || f.value === null) continue;
        for (let k = 0; k < fs.length; k++) {
          const t = fs[k];
          if (t.kind === 'target' && t.year === y && t.value !== null) {
            year = y;
            break;
          }
        }
      }
      if (year === -Infinity) continue;
      const actual = fs.find((f) => f.kind === 'actual' && f.value !== null && f.year === year)!;
      const target = fs.find((f) => f.kind === 'target' && f.value !== null && f.year === year)!;
      rows.push({ debt: actual.debt, department: actual.department, metric, year, actual, target });
    }
  }
  if (!rows.length) return;
  L.section(T.sections.achievement, unit && rows.some((r) => r.metric !== 'rate') ? { text: T.amountUnit(unit), col: 6 } : undefined);
  // 実績 and 目標 right-aligned under their headers, 判定 in a cell of its own, centred; the 所管課
  // last, where its name runs on into the empty cells beside it rather than being cut.
  L.header(T.achievementHeader.map((text, i) => ({ text, align: i === 3 || i === 4 ? ('right' as const) : i === 5 ? ('center' as const) : ('left' as const) })));
  // One text a year, not one a row.
  const years = new Map<number, string>();
  for (const r of rows) {
    const lines = L.rowLines([r.debt]);
    L.fit(lines);
    const n = L.row + 1;
    L.text(L.row, 0, r.debt, false, undefined, lines > 1);
    L.text(L.row, 1, T.metric[r.metric]);
    let year = years.get(r.year);
    if (year === undefined) years.set(r.year, (year = yearText(r.year)));
    L.put(L.row, 2, { value: year });
    // Amounts in the summary's unit, each as its own table gives it.
    const actual = r.actual.value === null ? null : scaled(r.actual.value, r.actual.scale);
    const target = r.target.value === null ? null : scaled(r.target.value, r.target.scale);
    // A rate compared as shown: to a tenth (as 集計 shows it), or to the target's own decimals where it has more (98.27); in
    // a formula only where a figure has more decimals than that (a rate 再計算 made live: 98.8999…), the others as they are
    // (the formula's length counts: 集計 of 10,000 debts is written in as few requests as before).
    const shownPlaces = r.metric === 'rate' && target !== null ? Math.max(1, fewestDecimals(target, 4)) : null;
    const places = shownPlaces !== null && actual !== null && roundAsExcel(actual, shownPlaces) !== actual ? shownPlaces : null;
    const fmt = r.metric === 'rate' ? rateFormat(shownPlaces) : AMOUNT;
    const a = scaledRef(r.actual);
    const t = scaledRef(r.target);
    L.put(L.row, 3, { formula: flat('IF(', blankOf(r.actual), ',"",', a, ')'), value: actual ?? '', numberFormat: fmt });
    L.put(L.row, 4, { formula: flat('IF(', blankOf(r.target), ',"",', t, ')'), value: target ?? '', numberFormat: fmt });
    // A rate is met at or above its target; an uncollected amount at or below it.
    const cmp = r.metric === 'rate' ? '>=' : '<=';
    const shown = (x: number) => (places === null ? x : roundAsExcel(x, places));
    const met = actual !== null && target !== null ? ((r.metric === 'rate' ? shown(actual) >= shown(target) : actual <= target) ? T.met : T.notMet) : '';
    const [d, e] = places === null ? [`D${n}`, `E${n}`] : [`ROUND(D${n},${places})`, `ROUND(E${n},${places})`];
    L.put(L.row, 5, { formula: flat('IF(OR(D', String(n), '="",E', String(n), '=""),"",IF(', d, cmp, e, ',"', T.met, '","', T.notMet, '"))'), value: met, align: 'center' });
    L.text(L.row, 6, r.department ?? '');
    L.advance(lines);
  }
}

/**
 * The 収入未済額 cells left blank where their debt has the figure of another year on the same sheet (介護保険料's 令和5年度 among
 * its 令和3年度 and 令和4年度), on a sheet where such blanks are slips (one or two: blanksAreSlips), not its way of writing none
 * (a plan leaving targets not set blank): the sums count them as 0 until they are typed. Cells of text (leftOut) are said
 * otherwise.
 */
function blankUncollected(figures: readonly Figure[], leftOut: ReadonlySet<string>): string[] {
  const given = new Set<string>();
  const cells = new Map<string, number>();
  for (const f of figures) {
    if (f.metric !== 'uncollected') continue;
    if (f.value !== null) given.add(`${f.sheet}|${f.debt}`);
    cells.set(f.sheet, (cells.get(f.sheet) ?? 0) + 1);
  }
  const bySheet = new Map<string, Set<string>>();
  for (const f of figures) {
    const at = `「${f.sheet}」${f.cell}`;
    if (f.metric !== 'uncollected' || f.value !== null || !given.has(`${f.sheet}|${f.debt}`) || leftOut.has(at)) continue;
    const blanks = bySheet.get(f.sheet) ?? new Set<string>();
    bySheet.set(f.sheet, blanks.add(at));
  }
  return [...bySheet].filter(([sheet, blanks]) => blanksAreSlips(blanks.size, cells.get(sheet)!)).flatMap(([, blanks]) => [...blanks]);
}

/**
 * The base year the plan's tables measure their targets from: the 実績 year of 収入未済額 a target is compared with (③−①: ①
 * 令和4年度 実績) — of a table giving two (③−① and ③−②), the earlier, the base its ② is a step from —, the one most tables
 * name (the later of two as often named); null where no table says.
 */
function declaredBaseYear(tables: readonly SummaryTable[]): number | null {
  const named = new Map<number, number>();
  for (const { table: t } of tables) {
    if (t.shape === 'matrix') continue;
    const kindOf = columnKinds(t);
    const byLetter = new Map(t.columns.map((c) => [c.column, c]));
    let base: number | null = null;
    for (const d of t.columns) {
      if (d.role !== 'delta' || !d.minuendColumn || !d.subtrahendColumn) continue;
      const [m, s] = [byLetter.get(d.minuendColumn), byLetter.get(d.subtrahendColumn)];
      if (!m || !s || s.fiscalYear === null || figureItem(t, s) !== '収入未済額' || kindOf(m) !== 'target' || kindOf(s) !== 'actual') continue;
      if (base === null || s.fiscalYear < base) base = s.fiscalYear;
    }
    if (base !== null) named.set(base, (named.get(base) ?? 0) + 1);
  }
  let best: [number, number] | null = null;
  for (const [year, n] of named) if (!best || n > best[1] || (n === best[1] && year > best[0])) best = [year, n];
  return best?.[0] ?? null;
}

/**
 * 収入未済額 from the base year to the last plan year's target, as the plans print it: the totals of the two years (Tsuyama:
 * 2,606,236 → 2,062,260 千円). Years that only a few debts have are not the plan's: the base year, where the tables name
 * none, is the latest actual year at least half as many debts have as the actual year most have, and the last target year
 * likewise among the target years after it (a department with a later 実績, or whose plan runs a year longer, does not make
 * the comparison one of its debts against another's). Where the two totals are of different numbers of debts, a line says so.
 */
function reductionBlock(L: SheetLayout, byClass: Block, figures: Figure[], series: SeriesKey[], count: (s: SeriesKey) => number, unitText: string | null, baseYear: number | null, year: YearText): void {
  const widest = (xs: SeriesKey[]) => {
    const most = Math.max(0, ...xs.map(count));
    return xs.filter((s) => count(s) > 0 && count(s) * 2 >= most).pop();
  };
  const actuals = series.filter((s) => s.kind === 'actual');
  const base = actuals.find((s) => s.year === baseYear) ?? widest(actuals);
  const last = base && widest(series.filter((s) => s.kind === 'target' && s.year > base.year));
  if (!base || !last) return;
  const b = byClass.cells.get(`${T.total}|${base.year}|${base.kind}`)!;
  const l = byClass.cells.get(`${T.total}|${last.year}|${last.kind}`)!;
  L.section(T.sections.reduction, unitText ? { text: unitText, col: 3 } : undefined);
  L.header(T.reductionHeader.map((text) => ({ text, align: 'right' as const })));
  reductionRow(L, { formula: b.cell, value: b.value }, { formula: l.cell, value: l.value });
  L.line(T.reductionNote(label(base, year), label(last, year)));
  // Totals of different debts, as the plans print them (Tsuyama's 39 debts' 実績 against 29 debts' 目標), and then the same
  // debts each year: a debt the base year alone gives is no reduction.
  const fromBase = uncollectedOf(figures, base);
  const toLast = uncollectedOf(figures, last);
  const both = [...fromBase.keys()].filter((d) => toLast.has(d));
  if (both.length === fromBase.size && both.length === toLast.size) return;
  L.line(T.reductionCounts(fromBase.size, toLast.size));
  if (both.length) {
    const sum = (fs: Figure[]) => {
      const s = scaledSum(fs);
      return s.formula === undefined ? { value: s.value } : { formula: s.formula, value: s.value };
    };
    L.line(T.reductionSame(both.length));
    reductionRow(L, sum(both.map((d) => fromBase.get(d)!)), sum(both.map((d) => toLast.get(d)!)));
  }
  // Debts with a target and no result of the base year: new ones, or one debt written two ways (水道使用料(旧簡易水道含) /
  // (旧簡易水道合)), which the reader can tell.
  const targetsOnly = [...toLast.keys()].filter((d) => !fromBase.has(d)).map((d) => toLast.get(d)!.debt);
  if (targetsOnly.length) L.line(T.reductionTargetsOnly(targetsOnly.join('、')));
}

/**
 * How many debts give a 収入未済額 of each year and kind: a figure each (a debt is summed once: figuresOf), counted without a
 * key a debt (at a million cells, hundreds of thousands of strings).
 */
function uncollectedCounts(figures: Figure[]): (s: SeriesKey) => number {
  const debts = new Map<number, number>();
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (f.metric !== 'uncollected' || f.value === null) continue;
    const at = seriesNumber(f.year, f.kind);
    debts.set(at, (debts.get(at) ?? 0) + 1);
  }
  return (s) => debts.get(seriesNumber(s.year, s.kind)) ?? 0;
}

/** The 収入未済額 given for a year and kind, by debt (of the two years 縮減 compares: a key a debt of those alone). */
const uncollectedOf = (figures: Figure[], s: SeriesKey) =>
  new Map(figures.filter((f) => f.metric === 'uncollected' && f.value !== null && f.year === s.year && f.kind === s.kind).map((f) => [debtOf(f), f]));

/** One row of the reduction: the base year's 収入未済額, the last year's, what it falls by, and by what percent of the base. */
function reductionRow(L: SheetLayout, b: { formula?: string; value: number | '' }, l: { formula?: string; value: number | '' }): void {
  const n = L.row + 1;
  const bv = b.value;
  const lv = l.value;
  L.put(L.row, 0, { ...b, numberFormat: AMOUNT });
  L.put(L.row, 1, { ...l, numberFormat: AMOUNT });
  L.put(L.row, 2, { formula: `IF(OR(A${n}="",B${n}=""),"",A${n}-B${n})`, value: typeof bv === 'number' && typeof lv === 'number' ? bv - lv : '', numberFormat: AMOUNT });
  L.put(L.row, 3, { formula: `IF(OR(A${n}="",A${n}=0,C${n}=""),"",C${n}/A${n}*100)`, value: typeof bv === 'number' && typeof lv === 'number' && bv !== 0 ? ((bv - lv) / bv) * 100 : '', numberFormat: RATE });
  L.advance(1);
}
