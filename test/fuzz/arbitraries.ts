/**
 * Random workbooks for the engine's fuzz tests, the properties checked over them, and the harness
 * that runs a property in a worker thread under a watchdog (a synchronous endless loop in the
 * engine cannot be interrupted in-process; in a worker it can, and the test reports the grid's run
 * number instead of stalling CI).
 *
 * Generators:
 * - randomSheet: a grid of header-like text, debt names, △/▲ strings, extreme numbers, Excel
 *   errors and junk, random merges (overlapping, out of bounds), formulas and number formats,
 *   sometimes a value at column index 16383 (XFD), sometimes nothing at all;
 * - planSheet: a plan table built from the vocabulary (labels, years, kinds, tags, deltas, 合計,
 *   unit and title lines) with random figures, then damaged by random overwrites;
 * - layoutWorkbook: a workbook of the unseen-layouts corpus (test/fixtures/layouts) or of the
 *   observations corpus (test/fixtures/observations: transposed, flow and stage tables), damaged the
 *   same way, so that mutations hit tables the recognizer does read;
 * - a hidden `_saiken` data sheet with valid or junk settings and catalog overrides.
 *
 * Runs and seed: SAIKEN_FUZZ_RUNS (runs per property, overrides the CI counts) and
 * SAIKEN_FUZZ_SEED (default FUZZ_SEED). See docs/robustness.md.
 */
import fc from 'fast-check';
import { z } from 'zod';
import type { Area, Cell, CellValue, Sheet, Workbook } from '../../src/core/workbook';
import { colCount, colLetter, parseA1, parseArea, sheetFromGrid, sourceOf } from '../../src/core/workbook';
import { inspect, inspectStreamed, recalc, recalcSheets, runAll, runSheets, summarize, summarizeSheets } from '../../src/core/engine';
import { writeJsonBytes } from '../../src/core/report-json';
import { applyToSnapshot } from '../../src/core/apply-snapshot';
import { isDeepStrictEqual } from 'node:util';
import type { Report } from '../../src/core/report';
import { ReportSchema } from '../../src/core/report-schema';
import { ChangeSetSchema, type ChangeSet } from '../../src/core/changes-schema';
import { DATA_SHEET, workbookDataCells } from '../../src/core/workbook-data';
import { layouts } from '../fixtures/layouts';
import { observationWorkbooks } from '../fixtures/observations';

// ---------------------------------------------------------------------------------------------
// Configuration

export const FUZZ_SEED = 20_261_123;
/** Wall-clock bound for one workbook through inspect + recalc + apply + recalc. */
export const GRID_BOUND_MS = Number(process.env.SAIKEN_FUZZ_BOUND_MS ?? 2000);
/** A CI run (and its shrinking) stops and fails after this long: CI keeps its time limit. */
export const CI_TIME_LIMIT_MS = 100_000;
/** No progress from the worker for this long: the engine hangs; the worker is terminated. */
export const HANG_MS = Number(process.env.SAIKEN_FUZZ_HANG_MS ?? 20_000);

export function fuzzSeed(): number {
  const s = process.env.SAIKEN_FUZZ_SEED;
  return s === undefined || s === '' ? FUZZ_SEED : Number(s);
}

/** Runs for one property: the CI count, or SAIKEN_FUZZ_RUNS for a long local run. */
export function fuzzRuns(ci: number): number {
  const n = Number(process.env.SAIKEN_FUZZ_RUNS ?? '');
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : ci;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

export const HEADER_WORDS = [
  '債権名', '債権の名称', '所管課', '所管部署', '担当課', '区分', '債権区分', '年度区分', '備考', 'No.', '番号',
  '令和3年度', '令和元年度', 'R3', 'R1', 'H28', 'H30', '平成30年度', '平成31年度', '2021年度', 'FY2021', 'Ｒ３', '令和３年度',
  '決算①', '目標②', '決算③', '目標④', '見込⑤', '実績', '計画値', '見通し',
  '③-①', '③－②', '②-①', '⑤-③', '目標との差', '対H28決算', '増減', '差',
  '合計', '計', '小計', '総計', '単位：%', '(単位：千円)', '（単位：円、%）', '単位:百万円',
  '(1) 強制徴収公債権', '(2) 非強制徴収公債権', '(3) 私債権', '強制徴収公債権', '非強制徴収公債権', '私債権',
  '現年度分', '滞納繰越分', '全体', '現年', '滞繰',
  '調定額', '収入済額', '不納欠損額', '収入未済額', '還付未済額', '収納率', '徴収率', '収納率(%)',
  '※R1は見込値', '(注) 端数処理のため合計と一致しない', '２－１　収納率の実績値', '第2次債権管理計画', '徴収の手段', '措置',
] as const;

export const DEBT_NAMES = [
  '市税', '国民健康保険税', '介護保険料', '後期高齢者医療保険料', '保育所負担金', '市営住宅使用料', '水道料金',
  '下水道使用料', '奨学金貸付金', '生活保護費返還金(一部)', '児童扶養手当返還金(一部)', '森林環境整備負担金',
  '税務課', '収納課', '上下水道課', '福祉課', '=HYPERLINK("http://evil","x")', '+81-3', '-', '@SUM(A1)',
] as const;

const ERRORS = ['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA'];

const NUMBER_FORMATS = ['0.0', '0.0;"△"0.0', '0.0;"▲"0.0', '#,##0', '#,##0;"△"#,##0', '0.0%', '0%', '@', '0.00_ ', '[Red]0.0', 'yyyy/m/d', '"R"0', ';;;'];

const EXTREME_NUMBERS = [
  1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, -5e-324, 0, -0, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER,
  2 ** 53 + 2, 1e-300, 0.1 + 0.2, 1e21, 2019, 2021, 1950, 2100, 100, 100.0000001, -100, 1.5, -1.5,
];

// ---------------------------------------------------------------------------------------------
// Cells

const circled = fc.integer({ min: 0, max: CIRCLED.length - 1 }).map((i) => CIRCLED[i]);

export const yearText = fc.oneof(
  fc.integer({ min: 1, max: 9 }).map((n) => `令和${n}年度`),
  fc.integer({ min: 1, max: 9 }).map((n) => `R${n}`),
  fc.integer({ min: 20, max: 31 }).map((n) => `H${n}`),
  fc.integer({ min: 20, max: 31 }).map((n) => `平成${n}年度`),
  fc.integer({ min: 2010, max: 2030 }).map((n) => `${n}年度`),
  fc.constantFrom('令和元年度', 'Ｒ３', 'R元', '平成31年度(令和元年度)', 'FY2021', '2021'),
);

const kindWord = fc.constantFrom('決算', '目標', '見込', '実績', '計画', '');

export const headerText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HEADER_WORDS) },
  { weight: 2, arbitrary: yearText },
  { weight: 2, arbitrary: fc.tuple(kindWord, circled).map(([k, c]) => `${k}${c}`) },
  { weight: 1, arbitrary: fc.tuple(circled, fc.constantFrom('-', '－', '−', 'ー'), circled).map(([a, s, b]) => `${a}${s}${b}`) },
  { weight: 1, arbitrary: fc.tuple(yearText, fc.constantFrom(' ', '\n', ''), kindWord, circled).map(([y, s, k, c]) => `${y}${s}${k}${c}`) },
);

/** △/▲ and other printed numbers typed as text. */
export const printedNumber: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('△', '▲', '△ ', '▲ ', '-', '－', '', '', '+'),
    fc.integer({ min: 0, max: 99_999_999 }),
    fc.constantFrom('', '.1', '.25', '%', ',000', ' 千円'),
  )
  .map(([sign, n, tail]) => `${sign}${n.toLocaleString('en-US')}${tail}`);

export const finiteNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10) },
  { weight: 2, arbitrary: fc.integer({ min: -5_000_000, max: 50_000_000 }) },
  { weight: 2, arbitrary: fc.constantFrom(...EXTREME_NUMBERS) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);

export const errorValue: fc.Arbitrary<CellValue> = fc.constantFrom(...ERRORS).map((error) => ({ error }));

/** A value any cell may hold. Empty ('' and null) is common: real sheets are sparse. */
export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 8, arbitrary: fc.constant(null) },
  { weight: 5, arbitrary: finiteNumber },
  { weight: 4, arbitrary: headerText },
  { weight: 2, arbitrary: fc.constantFrom(...DEBT_NAMES) },
  { weight: 2, arbitrary: printedNumber },
  { weight: 1, arbitrary: fc.constantFrom('△', '▲', '－', '—', '-', '…', '#N/A', '', ' ', '\n', '　') },
  { weight: 1, arbitrary: errorValue },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }) },
);

export const formulaText: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 40 })).map(
    ([a, b, r]) => `${colLetter(a)}${r}-${colLetter(b)}${r}`,
  ),
  fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 })).map(
    ([c, a, b]) => `SUM(${colLetter(c)}${Math.min(a, b)}:${colLetter(c)}${Math.max(a, b)})`,
  ),
  fc.constantFrom('A1', 'B1', '1/0', 'IF(OR(E6="",C6=""),"",E6-C6)', "'計画'!A1", '[1]表!A1', 'XFD1048576', 'NOW()', ''),
  fc.string({ maxLength: 20 }),
);

export const numberFormat = fc.constantFrom(...NUMBER_FORMATS);

export const sheetName: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('計画', "'計画'", '[1]表', "O'Neil's", '2-1', '2-1収納率', 'Sheet1', 'saiken変更履歴', ' ', '=1+1', '表 (2)', 'a'.repeat(31)) },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 31, unit: 'grapheme' }) },
);

// ---------------------------------------------------------------------------------------------
// Sheets

/** An area near (or beyond) the grid; sometimes enormous, sometimes inverted in size. */
const mergeArea = (rows: number, cols: number): fc.Arbitrary<Area> =>
  fc.oneof(
    { weight: 40, arbitrary: fc.record({ top: fc.nat(rows + 2), left: fc.nat(cols + 2), h: fc.nat(4), w: fc.nat(4) }).map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w })) },
    { weight: 1, arbitrary: fc.constant(parseArea('A1:XFD1048576')) },
    { weight: 1, arbitrary: fc.nat(rows + 2).map((r) => ({ top: r, left: 0, bottom: r, right: 16383 })) },
  );

interface Decoration {
  r: number;
  c: number;
  formula: string | null;
  numberFormat: string | null;
}

const decoration = (rows: number, cols: number): fc.Arbitrary<Decoration> =>
  fc.record({ r: fc.nat(rows), c: fc.nat(cols), formula: fc.option(formulaText, { freq: 2 }), numberFormat: fc.option(numberFormat, { freq: 2 }) });

function decorate(sheet: Sheet, decorations: Decoration[]): void {
  for (const d of decorations) {
    const row = sheet.rows[d.r];
    const cell = row?.[d.c];
    if (!row) continue;
    const next: Cell = cell ? { ...cell } : { value: null };
    if (d.formula !== null) next.formula = d.formula;
    if (d.numberFormat !== null) next.numberFormat = d.numberFormat;
    row[d.c] = next;
  }
}

/** The value one time in `n`, else null. */
function rarely<T>(arb: fc.Arbitrary<T>, n: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: n - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });
}

/** A value at column index 16383 (XFD) in some row. */
const farCell = fc.record({ r: fc.nat(30), value: fc.oneof(headerText, finiteNumber, fc.constantFrom<CellValue>('備考', '債権名', '合計')) });

function putFar(sheet: Sheet, far: { r: number; value: CellValue } | null): void {
  if (!far || far.value === null || far.value === '') return;
  while (sheet.rows.length <= far.r) sheet.rows.push([]);
  sheet.rows[far.r][16383] = { value: far.value };
}

/** A grid of anything: headers, names, figures, errors and junk, at random. */
export const randomSheet = (name: string): fc.Arbitrary<Sheet> =>
  fc
    .record({
      grid: fc.array(fc.array(cellValue, { maxLength: 14 }), { maxLength: 30 }),
      merges: fc.array(mergeArea(30, 14), { maxLength: 6 }),
      decorations: fc.array(decoration(30, 14), { maxLength: 8 }),
      far: rarely(farCell, 12),
      hidden: fc.constantFrom(false, false, false, false, false, false, false, true),
    })
    .map(({ grid, merges, decorations, far, hidden }) => {
      const sheet = sheetFromGrid(name, grid);
      sheet.merges = merges;
      decorate(sheet, decorations);
      putFar(sheet, far);
      if (hidden) sheet.hidden = true;
      return sheet;
    });

interface PlanSpec {
  top: number;
  left: number;
  title: string | null;
  unit: string | null;
  labels: string[];
  years: { year: string; kind: string }[];
  twoRowHeader: boolean;
  deltas: [number, number, 'formula' | 'value' | 'text' | 'wrong'][];
  rows: { dept: string | null; debt: string; values: (CellValue | 'blank')[] }[];
  total: boolean;
  mergeDepartments: boolean;
  numberFormat: string | null;
}

const planSpec: fc.Arbitrary<PlanSpec> = fc.record({
  top: fc.nat(4),
  left: fc.nat(3),
  title: fc.option(fc.constantFrom('２－１　第１次債権管理計画　収納率の実績値', '(1) 強制徴収公債権', '収入未済額の推移', '私債権')),
  unit: fc.option(fc.constantFrom('単位：%', '(単位：千円)', '(単位：円)', '単位：百万円')),
  labels: fc.subarray(['所管課', '債権名', '区分'], { minLength: 1 }),
  years: fc.array(fc.record({ year: yearText, kind: fc.tuple(kindWord, circled).map(([k, c]) => `${k}${c}`) }), { minLength: 1, maxLength: 6 }),
  twoRowHeader: fc.boolean(),
  deltas: fc.array(fc.tuple(fc.nat(5), fc.nat(5), fc.constantFrom('formula' as const, 'value' as const, 'text' as const, 'wrong' as const)), { maxLength: 3 }),
  rows: fc.array(
    fc.record({
      dept: fc.option(fc.constantFrom('税務課', '収納課', '福祉課', '上下水道課')),
      debt: fc.constantFrom(...DEBT_NAMES),
      values: fc.array(fc.oneof({ weight: 8, arbitrary: finiteNumber }, { weight: 1, arbitrary: fc.constant('blank' as const) }, { weight: 1, arbitrary: cellValue }), { minLength: 6, maxLength: 6 }),
    }),
    { minLength: 1, maxLength: 15 },
  ),
  total: fc.boolean(),
  mergeDepartments: fc.boolean(),
  numberFormat: fc.option(numberFormat),
});

function fmtDelta(v: number): string {
  return v < 0 ? `△${Math.abs(v).toFixed(1)}` : v.toFixed(1);
}

/** Lays out a plan table from its spec. */
export function planGrid(spec: PlanSpec): { grid: CellValue[][]; merges: string[]; formulas: [number, number, string, string | null][] } {
  const grid: CellValue[][] = [];
  const merges: string[] = [];
  const formulas: [number, number, string, string | null][] = [];
  const put = (r: number, c: number, v: CellValue) => {
    while (grid.length <= r) grid.push([]);
    grid[r][c] = v;
  };
  let r = spec.top;
  if (spec.title) put(r++, spec.left, spec.title);
  const nLabels = spec.labels.length;
  const nYears = spec.years.length;
  const deltas = spec.deltas.map(([a, b, how]) => [a % nYears, b % nYears, how] as const).filter(([a, b]) => a !== b);
  const width = nLabels + nYears + deltas.length;
  if (spec.unit) put(r++, spec.left + width - 1, spec.unit);
  spec.labels.forEach((l, i) => put(r, spec.left + i, l));
  spec.years.forEach((y, i) => {
    if (spec.twoRowHeader) {
      put(r, spec.left + nLabels + i, y.year);
      put(r + 1, spec.left + nLabels + i, y.kind);
    } else put(r, spec.left + nLabels + i, `${y.year}\n${y.kind}`);
  });
  deltas.forEach(([a, b], i) => {
    const tagA = /[①-⑳]/.exec(spec.years[a].kind)?.[0] ?? '①';
    const tagB = /[①-⑳]/.exec(spec.years[b].kind)?.[0] ?? '②';
    put(r, spec.left + nLabels + nYears + i, `${tagA}-${tagB}`);
  });
  if (spec.twoRowHeader) {
    for (let i = 0; i < nLabels; i++) merges.push(`${colLetter(spec.left + i)}${r + 1}:${colLetter(spec.left + i)}${r + 2}`);
    r += 2;
  } else r += 1;
  const firstData = r;
  let lastDept: string | null = null;
  let deptStart = r;
  for (const row of spec.rows) {
    const labelValues: Record<string, CellValue> = { 所管課: row.dept, 債権名: row.debt, 区分: '現年度分' };
    spec.labels.forEach((l, i) => put(r, spec.left + i, labelValues[l] ?? null));
    const nums: (number | null)[] = [];
    for (let i = 0; i < nYears; i++) {
      const v = row.values[i % row.values.length];
      const val = v === 'blank' ? null : v;
      put(r, spec.left + nLabels + i, val);
      nums.push(typeof val === 'number' ? val : null);
    }
    deltas.forEach(([a, b, how], i) => {
      const c = spec.left + nLabels + nYears + i;
      const x = nums[a];
      const y = nums[b];
      const diff = x !== null && y !== null ? x - y : null;
      // Cells hold finite numbers only: an overflowing difference is typed as nothing.
      const d = diff !== null && Number.isFinite(diff) && Number.isFinite(diff + 0.3) ? diff : null;
      const ref = `${colLetter(spec.left + nLabels + a)}${r + 1}-${colLetter(spec.left + nLabels + b)}${r + 1}`;
      if (how === 'formula') {
        put(r, c, d);
        formulas.push([r, c, ref, '0.0;"△"0.0']);
      } else if (how === 'value') put(r, c, d);
      else if (how === 'text') put(r, c, d === null ? '' : fmtDelta(d));
      else put(r, c, d === null ? 1 : d + 0.3);
    });
    if (spec.mergeDepartments && row.dept === lastDept && row.dept !== null && spec.labels[0] === '所管課') {
      grid[r][spec.left] = null;
    } else {
      if (spec.mergeDepartments && r - 1 > deptStart && spec.labels[0] === '所管課') merges.push(`${colLetter(spec.left)}${deptStart + 1}:${colLetter(spec.left)}${r}`);
      deptStart = r;
      lastDept = row.dept;
    }
    r++;
  }
  if (spec.total) {
    put(r, spec.left, '合計');
    for (let i = 0; i < nYears; i++) {
      const c = spec.left + nLabels + i;
      put(r, c, 0);
      formulas.push([r, c, `SUM(${colLetter(c)}${firstData + 1}:${colLetter(c)}${r})`, spec.numberFormat]);
    }
  }
  return { grid, merges, formulas };
}

interface Mutation {
  r: number;
  c: number;
  value: CellValue;
}

const mutation = (rows: number, cols: number): fc.Arbitrary<Mutation> => fc.record({ r: fc.nat(rows), c: fc.nat(cols), value: cellValue });

function mutate(sheet: Sheet, mutations: Mutation[]): void {
  for (const m of mutations) {
    while (sheet.rows.length <= m.r) sheet.rows.push([]);
    const row = sheet.rows[m.r];
    row[m.c] = m.value === null || m.value === '' ? undefined : { ...(row[m.c] ?? {}), value: m.value };
  }
}

/** A plan table, then damaged. */
export const planSheet = (name: string): fc.Arbitrary<Sheet> =>
  fc
    .record({ spec: planSpec, mutations: fc.array(mutation(24, 14), { maxLength: 6 }), extraMerges: fc.array(mergeArea(24, 14), { maxLength: 2 }), far: rarely(farCell, 12) })
    .map(({ spec, mutations, extraMerges, far }) => {
      const { grid, merges, formulas } = planGrid(spec);
      const sheet = sheetFromGrid(name, grid, merges);
      for (const [r, c, f, fmt] of formulas) {
        const cell = sheet.rows[r][c] ?? { value: null };
        sheet.rows[r][c] = { ...cell, formula: f, ...(fmt ? { numberFormat: fmt } : {}) };
      }
      if (spec.numberFormat) for (const row of sheet.rows) for (const cell of row) if (cell && typeof cell.value === 'number' && !cell.numberFormat) cell.numberFormat = spec.numberFormat;
      mutate(sheet, mutations);
      sheet.merges.push(...extraMerges);
      putFar(sheet, far);
      return sheet;
    });

function cloneSheet(s: Sheet): Sheet {
  return { ...s, rows: s.rows.map((row) => (row ? row.map((c) => (c ? { ...c } : c)) : row)), merges: s.merges.map((m) => ({ ...m })) };
}

/**
 * A workbook of the unseen-layouts corpus or of the observations corpus (transposed, flow, stage
 * and lettered tables), damaged by random overwrites and merges.
 */
const CORPUS: Workbook[] = [...layouts.map((l) => l.workbook), ...observationWorkbooks];
export const layoutWorkbook: fc.Arbitrary<Workbook> = fc
  .record({
    index: fc.nat(CORPUS.length - 1),
    mutations: fc.array(fc.tuple(fc.nat(5), mutation(45, 16)), { maxLength: 8 }),
    merges: fc.array(fc.tuple(fc.nat(5), mergeArea(45, 16)), { maxLength: 2 }),
  })
  .map(({ index, mutations, merges }) => {
    const sheets = CORPUS[index].sheets.map(cloneSheet);
    for (const [i, m] of mutations) mutate(sheets[i % sheets.length], [m]);
    for (const [i, a] of merges) sheets[i % sheets.length].merges.push(a);
    return { sheets };
  });

/** The hidden settings sheet: valid data, junk, or JSON with hostile strings. */
export const dataSheet: fc.Arbitrary<Sheet> = fc
  .oneof(
    fc
      .record({
        blankAsZero: fc.boolean(),
        largeChangePoints: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(-5, 1e308)),
        names: fc.array(fc.oneof(fc.constantFrom(...DEBT_NAMES), fc.string({ minLength: 1, maxLength: 20 })), { maxLength: 4 }),
        cls: fc.constantFrom('強制徴収公債権', '非強制徴収公債権', '私債権', '公債権'),
      })
      .map(({ blankAsZero, largeChangePoints, names, cls }) =>
        workbookDataCells({
          settings: { blankAsZero, largeChangePoints },
          catalog: { version: 1, entries: names.map((name) => ({ name, class: cls as '私債権', note: '=1+1' })) },
        }),
      ),
    fc.array(fc.oneof(fc.string(), fc.constantFrom('{"version":1', '{"version":1,"settings":{"blankAsZero":true}}', '[]', 'null', '{"version":1,"catalog":{"version":1,"entries":[{"name":"x"}]}}')), { minLength: 1, maxLength: 4 }),
  )
  .map((cells) => ({ ...sheetFromGrid(DATA_SHEET, cells.map((t) => [t])), hidden: true }));

/** Any workbook: up to five sheets of random grids and plan tables, or a damaged corpus layout. */
export const workbook: fc.Arbitrary<Workbook> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .uniqueArray(sheetName, { maxLength: 5, selector: (s) => s })
      .chain((names) => fc.tuple(...names.map((n) => fc.oneof(randomSheet(n), planSheet(n)))))
      .chain((sheets) => rarely(dataSheet, 4).map((d) => ({ sheets: d && !sheets.some((s) => s.name === DATA_SHEET) ? [...sheets, d] : sheets }))),
  },
  { weight: 1, arbitrary: layoutWorkbook },
);

// ---------------------------------------------------------------------------------------------
// Properties

export class PropertyFailure extends Error {}

function check(cond: unknown, msg: () => string): asserts cond {
  if (!cond) throw new PropertyFailure(msg());
}

/** The sheet's bounds: its rows and columns, extended by merged areas and capped at Excel's limits. */
export function boundsOf(sheet: Sheet): { rows: number; cols: number } {
  let rows = sheet.rows.length;
  let cols = colCount(sheet);
  for (const m of sheet.merges) {
    rows = Math.max(rows, m.bottom + 1);
    cols = Math.max(cols, m.right + 1);
  }
  return { rows: Math.min(Math.max(rows, 1), 1_048_576), cols: Math.min(Math.max(cols, 1), 16_384) };
}

const A1 = /^[A-Z]{1,3}[1-9]\d*$/;

function checkCell(wb: Workbook, sheet: string, cell: string, what: string): void {
  const s = wb.sheets.find((x) => x.name === sheet);
  check(s, () => `${what}: names sheet ${JSON.stringify(sheet)}, which does not exist (sheets: ${JSON.stringify(wb.sheets.map((x) => x.name))})`);
  check(A1.test(cell), () => `${what}: ${JSON.stringify(cell)} is not an A1 cell`);
  const { r, c } = parseA1(cell);
  const b = boundsOf(s);
  check(r < b.rows && c < b.cols, () => `${what}: ${sheet}!${cell} is outside the sheet (${b.rows} rows × ${b.cols} columns)`);
}

/** Every finding and every table names an existing sheet and a cell inside it; the report fits its schema. */
export function checkReport(wb: Workbook, report: Report): void {
  const parsed = ReportSchema.safeParse(report);
  check(parsed.success, () => `report does not fit its schema: ${parsed.error ? z.prettifyError(parsed.error).slice(0, 800) : ''}`);
  for (const i of report.issues) {
    checkCell(wb, i.sheet, i.cell, `finding ${i.code}`);
    check(i.message.length > 0 && i.messageEn.length > 0, () => `finding ${i.code} at ${i.sheet}!${i.cell} has no message`);
    for (const v of [i.expected, i.actual]) check(typeof v !== 'number' || Number.isFinite(v), () => `finding ${i.code} at ${i.sheet}!${i.cell}: non-finite figure ${v}`);
  }
  for (const t of report.tables) {
    const [from, to] = t.range.split(':');
    checkCell(wb, t.sheet, from, `table ${t.range}`);
    checkCell(wb, t.sheet, to ?? from, `table ${t.range}`);
    for (const row of t.rows) checkCell(wb, t.sheet, `${t.columns[0]?.column ?? 'A'}${row.row}`, `table ${t.range} row ${row.row}`);
  }
  for (const ch of report.changes) checkCell(wb, ch.sheet, ch.cell, `change ${ch.formula}`);
}

/** Every write targets a sheet that exists or is created, at a valid cell; the ChangeSet fits its schema. */
export function checkChanges(wb: Workbook, cs: ChangeSet): void {
  const parsed = ChangeSetSchema.safeParse(cs);
  check(parsed.success, () => `ChangeSet does not fit its schema: ${parsed.error ? z.prettifyError(parsed.error).slice(0, 800) : ''}`);
  const names = new Set([...wb.sheets.map((s) => s.name), ...cs.sheets.map((s) => s.name)]);
  for (const w of cs.cells) {
    check(names.has(w.sheet), () => `write to ${w.sheet}!${w.cell}: no such sheet`);
    check(A1.test(w.cell) && parseA1(w.cell).c < 16384 && parseA1(w.cell).r < 1_048_576, () => `write to ${w.sheet}!${w.cell}: not a cell`);
    check(typeof w.value !== 'number' || Number.isFinite(w.value), () => `write to ${w.sheet}!${w.cell}: non-finite value ${w.value}`);
  }
}

export interface EngineRun {
  inspectMs: number;
  totalMs: number;
}

/**
 * The engine property: inspect and recalc never throw and finish within the bound; findings and
 * writes name existing sheets and cells; recalc on its own output (applied to the snapshot)
 * changes nothing.
 */
export function engineProperty(wb: Workbook, bound = GRID_BOUND_MS): EngineRun {
  const t0 = performance.now();
  const report = inspect(wb, 'fuzz.xlsx');
  const t1 = performance.now();
  checkReport(wb, report);
  const t2 = performance.now();
  const first = recalc(wb, 'fuzz.xlsx', '2026-01-01 00:00');
  const after = applyToSnapshot(wb, first.changes);
  const second = recalc(after, 'fuzz.xlsx', '2026-01-01 00:00');
  const t3 = performance.now();
  checkChanges(wb, first.changes);
  checkReport(after, first.report);
  // recalc re-reads the cells it wrote instead of recognizing again: it must report what a fresh
  // inspection of the written workbook reports.
  const inspected = inspect(after, 'fuzz.xlsx');
  // Beside its changes, recalc alone reports the computed cells it could not write (inside a
  // merged area, off its top-left), and the cell a figure typed wrong spread from through the
  // figures it rewrote (input-suspect: their figures were its evidence): no inspection of the result can know of them. An
  // inspection says input-suspect of the figures a run held back as typed, as what a run would do: not compared either.
  const fresh = { ...inspected, issues: inspected.issues.filter((i) => i.code !== 'input-suspect'), changes: first.report.changes };
  const own = { ...first.report, issues: first.report.issues.filter((i) => i.code !== 'merged-cell-skipped' && i.code !== 'input-suspect') };
  check(isDeepStrictEqual(own, fresh), () => `recalc's report differs from inspecting its result: ${firstDifference(own, fresh)}`);
  check(
    second.changes.log.length === 0 && second.changes.cells.length === 0 && second.changes.sheets.length === 0,
    () =>
      `recalc on its own output changes again: ${JSON.stringify({ log: second.changes.log.slice(0, 5), cells: second.changes.cells.slice(0, 5), sheets: second.changes.sheets }).slice(0, 1200)}`,
  );
  // The CLI's inspect reads, recognizes and validates one sheet at a time, keeps its tables packed
  // and writes its figures as bytes: the very text of the report, key for key.
  const streamed = streamedText(inspectStreamed(sourceOf(wb), 'fuzz.xlsx'));
  const whole = JSON.stringify(report);
  check(streamed === whole, () => `inspect sheet by sheet writes another report: ${firstDifference(JSON.parse(streamed), JSON.parse(whole))}`);
  // The CLI's recalc likewise (its tables packed once each sheet is recalculated): the same changes
  // and the very text of recalc's report.
  const bySheet = recalcSheets(sourceOf(wb), 'fuzz.xlsx', '2026-01-01 00:00');
  check(isDeepStrictEqual(bySheet.changes, first.changes), () => `recalc sheet by sheet makes other changes: ${firstDifference(bySheet.changes, first.changes)}`);
  const recalcText = streamedText(bySheet.report);
  const recalcWhole = JSON.stringify(first.report);
  check(recalcText === recalcWhole, () => `recalc sheet by sheet writes another report: ${firstDifference(JSON.parse(recalcText), JSON.parse(recalcWhole))}`);
  // The CLI's summary and run keep their tables packed, the summary reading a row's figures from
  // there: the same changes and the very text of the whole snapshot's report.
  for (const [name, packed, whole] of [
    ['summary', summarizeSheets(sourceOf(wb), 'fuzz.xlsx'), summarize(wb, 'fuzz.xlsx')],
    ['run', runSheets(sourceOf(wb), 'fuzz.xlsx', '2026-01-01 00:00'), runAll(wb, 'fuzz.xlsx', '2026-01-01 00:00')],
  ] as const) {
    check(isDeepStrictEqual(packed.changes, whole.changes), () => `${name} sheet by sheet makes other changes: ${firstDifference(packed.changes, whole.changes)}`);
    const text = streamedText(packed.report);
    const wholeText = JSON.stringify(whole.report);
    check(text === wholeText, () => `${name} sheet by sheet writes another report: ${firstDifference(JSON.parse(text), JSON.parse(wholeText))}`);
  }
  const total = t1 - t0 + (t3 - t2);
  check(total <= bound, () => `inspect + recalc took ${total.toFixed(0)} ms (bound ${bound} ms; inspect ${(t1 - t0).toFixed(0)} ms)`);
  return { inspectMs: t1 - t0, totalMs: total };
}

/** A streamed report as the CLI writes it (compact, one line), as text. */
export function streamedText(report: unknown): string {
  const chunks: Uint8Array[] = [];
  writeJsonBytes(report, 0, (c) => chunks.push(c));
  return Buffer.concat(chunks).toString('utf8');
}

/** Where two JSON-like values first differ, as a path and both sides. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string {
  if (isDeepStrictEqual(a, b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 300)} ≠ ${JSON.stringify(b)?.slice(0, 300)}`;
}

/** A short description of a workbook for failure messages (the full grid is in fast-check's counterexample). */
export function describeWorkbook(wb: Workbook): string {
  return wb.sheets.map((s) => `${JSON.stringify(s.name)} ${boundsOf(s).rows}×${boundsOf(s).cols}${s.hidden ? ' hidden' : ''} merges ${s.merges.length}`).join('; ');
}

// ---------------------------------------------------------------------------------------------
// Worker harness

/** Each property: what it generates, and the check run on every generated value. */
export const PROPERTIES = {
  /** Random grids and plan tables (and sometimes a damaged corpus layout). */
  engine: { arbitrary: () => workbook, check: (wb: Workbook) => void engineProperty(wb) },
  /** Random grids only. */
  grids: {
    arbitrary: () => fc.uniqueArray(sheetName, { maxLength: 4, selector: (s) => s }).chain((names) => fc.tuple(...names.map((n) => randomSheet(n)))).map((sheets): Workbook => ({ sheets })),
    check: (wb: Workbook) => void engineProperty(wb),
  },
  /** Damaged layouts of the corpus: recognized tables, so recalc has work to do. */
  layouts: { arbitrary: () => layoutWorkbook, check: (wb: Workbook) => void engineProperty(wb) },
} as const;

export type PropertyName = keyof typeof PROPERTIES;

export interface FuzzOutcome {
  ok: boolean;
  runs: number;
  seed: number;
  ms: number;
  slowestMs: number;
  message?: string;
}

interface WorkerInput {
  saikenFuzz: true;
  tsx: string;
  self: string;
  property: PropertyName;
  runs: number;
  seed: number;
  /** Stop (and fail) after this long, shrinking included; none for a long local run. */
  timeLimitMs?: number;
}

/** Worker side: runs one property and reports progress and the outcome. */
export function workerMain(input: WorkerInput, post: (msg: unknown) => void): void {
  let n = 0;
  let slowest = 0;
  const started = performance.now();
  const { arbitrary, check: predicate } = PROPERTIES[input.property];
  post({ type: 'tick', n: 0 }); // loaded: the watchdog starts counting from here
  const prop = fc.property(arbitrary(), (wb) => {
    n++;
    post({ type: 'tick', n });
    const t = performance.now();
    predicate(wb);
    slowest = Math.max(slowest, performance.now() - t);
  });
  const details = fc.check(prop, {
    seed: input.seed,
    numRuns: input.runs,
    includeErrorInReport: true,
    ...(input.timeLimitMs ? { interruptAfterTimeLimit: input.timeLimitMs, markInterruptAsFailure: true } : {}),
  });
  const outcome: FuzzOutcome = {
    ok: !details.failed,
    runs: details.numRuns,
    seed: input.seed,
    ms: performance.now() - started,
    slowestMs: slowest,
    message: details.failed ? fc.defaultReportMessage(details) : undefined,
  };
  post({ type: 'done', outcome });
}

/**
 * Runs a property in a worker thread. Resolves with the outcome; a worker that stops reporting
 * progress for HANG_MS is terminated and the outcome names the run that hung.
 */
export async function runFuzz(property: PropertyName, runs: number, seed = fuzzSeed(), timeLimitMs?: number): Promise<FuzzOutcome> {
  const { Worker } = await import('node:worker_threads');
  const input: WorkerInput = { saikenFuzz: true, tsx: require.resolve('tsx/cjs'), self: __filename, property, runs, seed, timeLimitMs };
  const code = `
    const { workerData, parentPort } = require('node:worker_threads');
    require(workerData.tsx);
    require(workerData.self).workerMain(workerData, (m) => parentPort.postMessage(m));
  `;
  const started = performance.now();
  return new Promise<FuzzOutcome>((resolve) => {
    const worker = new Worker(code, { eval: true, workerData: input });
    let lastTick = performance.now();
    let lastRun = 0;
    let settled = false;
    const finish = (o: FuzzOutcome) => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      void worker.terminate();
      resolve(o);
    };
    let workerReady = false;
    const watchdog = setInterval(() => {
      // Loading the engine in the worker may take a while on a busy machine: a minute for that.
      if (performance.now() - lastTick > (workerReady ? HANG_MS : Math.max(HANG_MS, 60_000))) {
        finish({
          ok: false,
          runs: lastRun,
          seed,
          ms: performance.now() - started,
          slowestMs: performance.now() - lastTick,
          message:
            lastRun === 0
              ? `the fuzz worker for "${property}" did not start within ${HANG_MS / 1000} s`
              : `run ${lastRun} of property "${property}" did not finish within ${HANG_MS / 1000} s (the engine hangs on that workbook). ` +
                `Reproduce: SAIKEN_FUZZ_SEED=${seed} SAIKEN_FUZZ_RUNS=${lastRun} npx jest test/fuzz — the last run is the one that hangs.`,
        });
      }
    }, 250);
    worker.on('message', (m: { type: 'tick'; n: number } | { type: 'done'; outcome: FuzzOutcome }) => {
      lastTick = performance.now();
      workerReady = true;
      if (m.type === 'tick') lastRun = m.n;
      else finish(m.outcome);
    });
    worker.on('error', (e) => finish({ ok: false, runs: lastRun, seed, ms: performance.now() - started, slowestMs: 0, message: `worker error: ${e.stack ?? e}` }));
    worker.on('exit', (c) => finish({ ok: false, runs: lastRun, seed, ms: performance.now() - started, slowestMs: 0, message: `worker exited with code ${c} before finishing` }));
  });
}
