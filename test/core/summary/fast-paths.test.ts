/**
 * The summary's cheaper ways to the same result, each held to the plain reading it replaced
 * (written out here as it was): the fingerprint of the written cells (parts sorted as strings),
 * a sum whose formula cannot be held by a cell (made, then dropped for its value), and the ten
 * largest debts of the chart (a stable sort of them all, cut to ten).
 */
import fc from 'fast-check';
import type { CellWrite } from '../../../src/core/changes';
import { fingerprintOfWrites, SheetLayout, sumOf, sumOfFitting } from '../../../src/core/summary/sheet';
import { largest } from '../../../src/core/summary/charts';
import { figuresOf, summaryTable, type ClassKey, type Figure, type Metric } from '../../../src/core/summary/model';
import { PackedTable } from '../../../src/core/packed-table';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../../src/hosts/file/read';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { defaultCatalog } from '../../../src/core/catalog';
import { compact } from '../../../src/core/text/normalize';
import type { DebtClass, PlanRow, PlanTable } from '../../../src/core/recognize/model';

/**
 * The fingerprint as it was computed: every part made, the parts sorted as strings, fnv over them joined by U+0001;
 * a formula's sheet names unquoted outside its string literals ('収納率'!C4 as Excel gives it back: 収納率!C4).
 */
function fingerprintByParts(cells: CellWrite[]): string {
  const unquoted = (f: string) => {
    let out = '';
    for (let k = 0; k < f.length; k++) {
      if (f[k] === '"') {
        const end = f.indexOf('"', k + 1);
        // Not closed: a mark like any other.
        if (end < 0) {
          out += f[k];
          continue;
        }
        out += f.slice(k, end + 1);
        k = end;
        continue;
      }
      const close = f[k] === "'" ? /^'((?:[^']|'')+)'!/.exec(f.slice(k)) : null;
      if (close) {
        out += `${close[1].split("''").join("'")}!`;
        k += close[0].length - 1;
      } else out += f[k];
    }
    return out;
  };
  const parts = cells
    .map((c) => (c.formula !== undefined ? `${c.cell}=${unquoted(c.formula.replace(/^=/, ''))}` : c.value === null || c.value === undefined || c.value === '' ? null : `${c.cell}:${String(c.value)}`))
    .filter((p): p is string => p !== null)
    .sort();
  let h = 0x811c9dc5;
  const text = parts.join('\u0001');
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

const letters = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('A', 'B', 'J', 'M', 'Z') },
  { weight: 2, arbitrary: fc.constantFrom('AA', 'AB', 'BA', 'AZ', 'ZZ') },
  { weight: 1, arbitrary: fc.constantFrom('AAA', 'ABC', 'XFD') },
);
// Rows whose digits are prefixes of one another (1, 10, 100, 19 …), and the largest Excel has.
const rows = fc.oneof(fc.integer({ min: 1, max: 120 }), fc.constantFrom(1, 10, 100, 1000, 1048576, 104857, 99, 999999), fc.integer({ min: 1, max: 1_048_576 }));
const address = fc.tuple(letters, rows).map(([l, r]) => `${l}${r}`);
const text = fc.oneof(fc.string(), fc.constantFrom('債権', '𠮷野家', '\uD842', 'a=b', 'x:y', ''));
const scalar = fc.oneof(fc.double({ noNaN: false }), fc.integer(), text, fc.boolean(), fc.constant(null));
/** Formulas made of quotes, marks and names: quoted sheet names, string literals, and broken ones. */
const quotes = fc.array(fc.constantFrom("'", '"', '!', 'a', '収', "''", 'A1', '&'), { maxLength: 14 }).map((a) => a.join(''));
const write = (cell: fc.Arbitrary<string>) =>
  fc.record(
    { cell, formula: fc.oneof(text, text.map((t) => `=${t}`), quotes, fc.constantFrom("SUM('1収入未済額'!D5,'1収入未済額'!D6)", "'O''Neil'!A1&\"'x'!\"", "'2-1'!B3/収納率!C4")), value: scalar },
    { requiredKeys: ['cell'] },
  ).map((w) => ({ sheet: '集計', ...w }) as CellWrite);

describe('fingerprintOfWrites', () => {
  it('is the fnv of the parts sorted as strings, on random writes', () => {
    fc.assert(
      fc.property(fc.array(write(address), { maxLength: 60 }), (cells) => {
        expect(fingerprintOfWrites(cells)).toBe(fingerprintByParts(cells));
      }),
      { numRuns: 2000, seed: 20261203 },
    );
  });

  it('with one address written several times (the parts of a cell in string order)', () => {
    const few = fc.constantFrom('A1', 'A10', 'B1', 'A1', 'AA1');
    fc.assert(
      fc.property(fc.array(write(few), { maxLength: 12 }), (cells) => {
        expect(fingerprintOfWrites(cells)).toBe(fingerprintByParts(cells));
      }),
      { numRuns: 1000, seed: 7 },
    );
  });

  it('with addresses it cannot key (rows past 7 digits): the parts sorted as strings', () => {
    const cells: CellWrite[] = [
      { sheet: 's', cell: 'A12345678', value: 1 },
      { sheet: 's', cell: 'A1', value: 'x' },
      { sheet: 's', cell: 'A1234567', formula: 'B1' },
    ];
    expect(fingerprintOfWrites(cells)).toBe(fingerprintByParts(cells));
    expect(fingerprintOfWrites(cells)).not.toBe(fingerprintByParts(cells.slice(1)));
  });

  it('a laid-out sheet of thousands of cells: the same fingerprint', () => {
    const L = new SheetLayout('集計', [26, 11, 11]);
    for (let r = 0; r < 3000; r++) {
      L.text(r, 0, `債権${r % 37}`);
      L.put(r, 1, { formula: `IF('1収入未済額'!P${r + 5}="","",'1収入未済額'!P${r + 5})`, value: r * 3, numberFormat: '#,##0' });
      L.put(r, 2, { value: r % 5 === 0 ? '' : r / 7 });
    }
    expect(L.cells.length).toBe(9000);
    expect(fingerprintOfWrites(L.cells)).toBe(fingerprintByParts(L.cells));
  });
});

describe('sumOfFitting', () => {
  const LIMIT = 8192;
  const ref = (i: number) => `'1収入未済額'!D${i + 5}`;
  const lengthOf = (n: number) => sumOf(Array.from({ length: n }, (_, i) => ref(i))).length;
  // The fewest references whose sum no cell can hold.
  let over = 1;
  while (lengthOf(over) < LIMIT) over++;
  const cellOf = (formula: string | undefined) => {
    const L = new SheetLayout('s');
    L.put(0, 1, { formula, value: 42, numberFormat: '#,##0' });
    return L.cells[0];
  };
  it.each([0, 1, 255, 256, 300, over - 2, over - 1, over, over + 1, over + 40, 1000, 12_500])(
    '%d references: the sum itself, or none only where it is too long; put writes the same cell',
    (n) => {
      const full = sumOf(Array.from({ length: n }, (_, i) => ref(i)));
      const fitting = sumOfFitting(n, ref);
      if (fitting === undefined) expect(full.length).toBeGreaterThanOrEqual(LIMIT);
      else expect(fitting).toBe(full);
      expect(cellOf(fitting)).toEqual(cellOf(full));
    },
  );

  it('past the boundary the references are not made at all; before it the formula is kept', () => {
    expect(over).toBeGreaterThan(255);
    expect(cellOf(sumOfFitting(over - 1, ref)).formula).toBe(sumOf(Array.from({ length: over - 1 }, (_, i) => ref(i))));
    let made = 0;
    expect(sumOfFitting(12_500, (i) => (made++, ref(i)))).toBeUndefined();
    expect(made).toBeLessThan(700);
  });

  it('a sum too long is written as its value alone, as the formula made and dropped was', () => {
    const a = new SheetLayout('s');
    const b = new SheetLayout('s');
    const refs = Array.from({ length: 1000 }, (_, i) => ref(i));
    a.put(0, 1, { formula: sumOf(refs), value: 42, numberFormat: '#,##0' });
    b.put(0, 1, { formula: sumOfFitting(refs.length, (i) => refs[i]), value: 42, numberFormat: '#,##0' });
    expect(b.cells).toEqual(a.cells);
    expect(b.cells[0]).toEqual({ sheet: 's', cell: 'B1', value: 42, numberFormat: '#,##0' });
  });

  it('short references past 255 nest, as sumOf nests them', () => {
    const short = (i: number) => `A${i + 1}`;
    expect(sumOfFitting(600, short)).toBe(sumOf(Array.from({ length: 600 }, (_, i) => short(i))));
    expect(sumOfFitting(600, short)).toMatch(/^SUM\(SUM\(A1,.*\),SUM\(A256,.*\),SUM\(A511,.*A600\)\)$/);
  });
});

describe('the largest debts of the chart', () => {
  const figure = (value: number | null, i: number, year = 2024, kind: Figure['kind'] = 'actual', metric: Figure['metric'] = 'uncollected'): Figure => ({
    sheet: 's', cell: `D${i + 1}`, value, debt: `債権${i}`, department: null, cls: '私債権', year, kind, metric, scale: 1,
  });
  const sorted = (fs: Figure[], n: number) =>
    fs
      .filter((f) => f.metric === 'uncollected' && f.year === 2024 && f.kind === 'actual' && f.value !== null)
      .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
      .slice(0, n);

  it('are what a stable sort of every figure gives, ties in their order', () => {
    const value = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(null, Infinity, -Infinity, 0, -0, 1e15));
    const other = fc.record({ year: fc.constantFrom(2023, 2024), kind: fc.constantFrom<Figure['kind']>('actual', 'target'), metric: fc.constantFrom<Figure['metric']>('uncollected', 'rate') });
    fc.assert(
      fc.property(fc.array(fc.tuple(value, other), { maxLength: 40 }), fc.integer({ min: 0, max: 12 }), (xs, n) => {
        const fs = xs.map(([v, o], i) => figure(v, i, o.year, o.kind, o.metric));
        expect(largest(fs, { year: 2024, kind: 'actual' }, n)).toEqual(sorted(fs, n));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('a figure that is not a number (NaN) leaves the order to the sort', () => {
    const fs = [3, NaN, 5, 1].map((v, i) => figure(v, i));
    expect(largest(fs, { year: 2024, kind: 'actual' }, 10)).toEqual(sorted(fs, 10));
  });
});

/** figuresOf as it was written, with a key string a row and a set of column keys a debt met again. */
function figuresByKeys(tables: PlanTable[], catalog: ReturnType<typeof defaultCatalog>) {
  const metricOf = (t: PlanTable, item: string | null): Metric | null =>
    item === '収入未済額' ? 'uncollected' : item === '収納率' ? 'rate' : item === '調定額' ? 'charged' : item === '収入済額' ? 'paid' : item === null && t.measure === 'amount' ? 'uncollected' : item === null && t.measure === 'rate' ? 'rate' : null;
  const representative = (rows: PlanRow[]) => {
    const by = new Map<string, PlanRow[]>();
    for (const r of rows) {
      if (r.total || !r.debt) continue;
      const k = `${compact(r.department ?? '')}|${compact(r.debt)}`;
      by.set(k, [...(by.get(k) ?? []), r]);
    }
    return [...by.values()].map((rs) => rs.find((r) => r.division === '全体') ?? rs.find((r) => r.division === null) ?? (rs.length === 1 ? rs[0] : null)).filter((r): r is PlanRow => !!r);
  };
  const out: Figure[] = [];
  const seen = new Map<string, Set<string>>();
  for (const t of tables) {
    const cols = t.columns.flatMap((c) => {
      const metric = c.role === 'value' && c.fiscalYear !== null && c.kind !== null ? metricOf(t, c.item) : null;
      return metric ? [{ column: c.column, year: c.fiscalYear!, kind: c.kind!, metric, key: `${c.fiscalYear}|${c.kind}|${metric}` }] : [];
    });
    for (const row of representative(t.rows)) {
      const cls: ClassKey = t.classification ?? row.classification ?? (catalog.lookup(row.debt!).entry?.class as DebtClass | undefined) ?? 'その他';
      const key = `${compact(row.department?.trim() ?? '')}|${compact(row.debt!)}`;
      const done = seen.get(key) ?? new Set<string>();
      seen.set(key, done);
      for (const c of cols) {
        if (done.has(c.key)) continue;
        done.add(c.key);
        out.push({ sheet: t.sheet, cell: `${c.column}${row.row}`, value: row.values[c.column] ?? null, debt: row.debt!, department: row.department?.trim() ?? row.department, cls, year: c.year, kind: c.kind, metric: c.metric, scale: 1 });
      }
    }
  }
  return out;
}

describe('figuresOf', () => {
  const plain = (fs: Figure[]) => fs.map((f) => ({ sheet: f.sheet, cell: f.cell, value: f.value, debt: f.debt, department: f.department, cls: f.cls, year: f.year, kind: f.kind, metric: f.metric, scale: f.scale }));
  it.each(['tsuyama-plan2.xlsx', 'hatsukaichi-plan3.xlsx'])('%s: the figures counted once per debt, year, kind and metric, tables repeated or not', async (file) => {
    const wb = await readWorkbook(readFileSync(join(__dirname, '../../../samples', file)), file);
    const tables = recognizeWorkbook(wb).tables;
    const catalog = defaultCatalog();
    // The plan as it is; every table twice (the second adds nothing); the tables in reverse order.
    for (const ts of [tables, [...tables, ...tables], [...tables].reverse()]) {
      const figures = figuresOf(ts.map(summaryTable), catalog).figures;
      expect(plain(figures)).toEqual(figuresByKeys(ts, catalog));
      // The same figures from the tables packed (the CLI's summary and run hold them so).
      expect(plain(figuresOf(ts.map((t) => new PackedTable(t)), catalog).figures)).toEqual(plain(figures));
    }
    const of = (ts: PlanTable[]) => figuresOf(ts.map(summaryTable), catalog).figures.length;
    expect(of([...tables, ...tables])).toBe(of(tables));
    expect(of(tables)).toBeGreaterThan(50);
  });

  it('keeps apart debts a joined key would have merged: department "A|B" with debt "C", department "A" with debt "B|C"', () => {
    const row = (r: number, department: string, debt: string) => ({ row: r, department, debt, division: null, classification: null, total: false, values: { C: r * 100 }, texts: {}, decimals: {}, notes: {}, dashes: [] });
    const table = {
      sheet: 'S', shape: 'rows', range: 'A1:C3', area: { top: 0, left: 0, bottom: 2, right: 2 }, title: null, measure: 'amount', unit: '円', classification: null,
      columns: [{ column: 'C', c: 2, role: 'value', fiscalYear: 2024, kind: 'actual', item: '収入未済額' }],
      rows: [row(2, 'A|B', 'C'), row(3, 'A', 'B|C')],
      confidence: 1, reasons: [],
    } as unknown as PlanTable;
    // Before, both rows had the key "A|B|C" and the second was taken for the first one met again.
    expect(figuresOf([summaryTable(table)], null).figures.map((f) => [f.department, f.debt, f.cell, f.value])).toEqual([
      ['A|B', 'C', 'C2', 200],
      ['A', 'B|C', 'C3', 300],
    ]);
  });
});
