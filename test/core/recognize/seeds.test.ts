/**
 * Every value of every seed table, read back from the sample workbooks at its cell, with its
 * fiscal year and kind. The expected figures come from the seed text (samples/source/*.tsv),
 * parsed here independently of the engine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../../src/hosts/file/read';
import { recognizeWorkbook } from '../../../src/core/recognize';
import type { PlanTable, Recognition } from '../../../src/core/recognize/model';
import { colLetter } from '../../../src/core/workbook';

const root = join(__dirname, '../../..');

async function recognize(file: string): Promise<Recognition> {
  return recognizeWorkbook(await readWorkbook(readFileSync(join(root, 'samples', file)), file));
}

/** The seed's own way of writing numbers: △/▲ minus, thousands commas, — for none. */
function seedNumber(field: string): number | null {
  const s = field.replace(/[\s,]/g, '');
  if (s === '' || s === '—') return null;
  const n = Number(s.replace(/^[△▲]/, '-'));
  if (Number.isNaN(n)) throw new Error(`not a seed number: ${field}`);
  return n;
}

interface SeedRow {
  department: string | null;
  debt: string;
  division: string | null;
  fields: string[];
}

/** Data lines of a seed table: a debt (or 区分) followed by figures. */
function seedRows(file: string, firstValueField: number): SeedRow[] {
  const lines = readFileSync(join(root, 'samples/source', file), 'utf8').split('\n');
  const out: SeedRow[] = [];
  let dept: string | null = null;
  let debt = '';
  for (const line of lines) {
    const f = line.split('\t');
    if (f.length <= firstValueField) continue;
    const figures = f.slice(firstValueField);
    if (!figures.every((x) => /^[\s△▲\d.,—-]*$/.test(x)) || !figures.some((x) => /\d/.test(x))) continue;
    if (f[0].trim()) dept = f[0].trim();
    if (f[1].trim()) debt = f[1].trim();
    const division = firstValueField === 3 ? f[2].replace(/\s/g, '') : null;
    out.push({ department: f[0].trim() === '合計' ? null : dept, debt: f[0].trim() === '合計' ? '合計' : debt, division, fields: f });
  }
  return out;
}

interface ColumnExpectation {
  fiscalYear: number | null;
  kind: 'actual' | 'target' | 'forecast' | null;
}

function expectTable(table: PlanTable, rows: SeedRow[], firstRow: number, firstValueField: number, cols: Record<string, ColumnExpectation>) {
  const byColumn = new Map(table.columns.map((c) => [c.column, c]));
  for (const [letter, e] of Object.entries(cols)) {
    const col = byColumn.get(letter)!;
    expect({ column: letter, role: col.role, fiscalYear: col.fiscalYear, kind: col.kind }).toEqual({ column: letter, role: 'value', ...e });
  }
  expect(table.rows.map((r) => r.row)).toEqual(rows.map((_, i) => firstRow + i));
  rows.forEach((seed, i) => {
    const got = table.rows[i];
    const label = `${table.sheet}!row ${got.row}`;
    expect({ label, debt: got.debt?.replace(/\s/g, ''), total: got.total }).toEqual({ label, debt: seed.debt.replace(/\s/g, ''), total: seed.debt === '合計' });
    if (seed.division !== null) expect({ label, division: got.division }).toEqual({ label, division: seed.division });
    if (!got.total) expect({ label, department: got.department?.replace(/\s/g, '') }).toEqual({ label, department: seed.department?.replace(/\s/g, '') });
    for (let j = firstValueField; j < seed.fields.length; j++) {
      const cell = `${colLetter(j)}${got.row}`;
      expect({ cell, value: got.values[colLetter(j)] }).toEqual({ cell, value: seedNumber(seed.fields[j]) });
    }
  });
}

const T21 = { C: { fiscalYear: 2016, kind: 'actual' }, D: { fiscalYear: 2019, kind: 'target' }, E: { fiscalYear: 2019, kind: 'actual' }, F: { fiscalYear: 2020, kind: 'target' } } as const;
const T31 = Object.fromEntries(['C', 'D', 'E', 'F', 'G'].map((c, i) => [c, { fiscalYear: 2021 + i, kind: 'target' as const }]));
const H7 = { D: { fiscalYear: 2024, kind: 'actual' }, E: { fiscalYear: 2026, kind: 'target' }, F: { fiscalYear: 2027, kind: 'target' }, G: { fiscalYear: 2028, kind: 'target' } } as const;

describe('Tsuyama 2nd plan (samples/tsuyama-plan2.xlsx)', () => {
  let rec: Recognition;
  beforeAll(async () => {
    rec = await recognize('tsuyama-plan2.xlsx');
  });
  const table = (sheet: string) => {
    const found = rec.tables.filter((t) => t.sheet === sheet);
    expect(found).toHaveLength(1);
    return found[0];
  };

  it('finds one table per sheet and nothing else', () => {
    expect(rec.tables.map((t) => [t.sheet, t.range, t.measure, t.unit])).toEqual([
      ['2-1', 'A3:I43', 'rate', '%'],
      ['2-2', 'A3:I45', 'amount', '千円'],
      ['3-1', 'A3:G35', 'rate', '%'],
      ['3-2', 'A3:G36', 'amount', '千円'],
    ]);
    expect(rec.findings).toEqual([]);
  });

  it('2-1: every rate and delta at its cell, with year and kind', () => {
    expectTable(table('2-1'), seedRows('tsuyama-2-1.tsv', 2), 5, 2, T21);
  });

  it('2-1: the delta operands come from the headers (③-①, ③-②, ③-④)', () => {
    const deltas = table('2-1').columns.filter((c) => c.role === 'delta');
    expect(deltas.map((c) => [c.column, c.minuend, c.subtrahend, c.minuendColumn, c.subtrahendColumn])).toEqual([
      ['G', '③', '①', 'E', 'C'],
      ['H', '③', '②', 'E', 'D'],
      ['I', '③', '④', 'E', 'F'],
    ]);
    expect(table('2-1').columns.filter((c) => c.role === 'value').map((c) => c.tag)).toEqual(['①', '②', '③', '④']);
  });

  it('2-1: 平成28年 over 2017年 is read as FY2016 and its pair kept for era-year-mismatch', () => {
    const c = table('2-1').columns.find((x) => x.column === 'C')!;
    expect(c.yearPair).toEqual({ era: '平成28年', eraYear: 2016, western: 2017, cell: 'C4' });
  });

  it('2-2: three header rows, text deltas with "△ " and the 合計 row', () => {
    const t = table('2-2');
    expect([t.headerTop + 1, t.headerBottom + 1]).toEqual([3, 5]);
    expectTable(t, seedRows('tsuyama-2-2.tsv', 2), 6, 2, T21);
    const first = t.rows[0];
    expect([first.debt, first.values.G, first.values.H]).toEqual(['低所得者生業資金貸付金', -628, 1804]);
    const total = t.rows[t.rows.length - 1];
    expect([total.row, total.total, total.values.C, total.values.E, total.values.G]).toEqual([45, true, 3299933, 2606236, -693697]);
    expect(t.columns.filter((c) => c.role === 'delta').map((c) => [c.minuendColumn, c.subtrahendColumn])).toEqual([
      ['E', 'C'],
      ['E', 'D'],
      ['E', 'F'],
    ]);
  });

  it('3-1 and 3-2: 令和3年 2021年 in one cell, targets by the title, blank targets as null', () => {
    expectTable(table('3-1'), seedRows('tsuyama-3-1.tsv', 2), 4, 2, T31);
    expectTable(table('3-2'), seedRows('tsuyama-3-2.tsv', 2), 4, 2, T31);
    const t = table('3-1');
    const kyufu = t.rows.find((r) => r.debt === '臨時福祉給付金')!;
    expect(kyufu.values).toEqual({ C: 0, D: 0, E: null, F: null, G: null });
    expect(table('3-2').rows.at(-1)).toMatchObject({ row: 36, total: true, values: { G: 2062260 } });
  });

  it('merged department cells carry to every row of the department', () => {
    const rows = table('2-1').rows.filter((r) => r.department === '管理課').map((r) => r.debt);
    expect(rows).toEqual(['道路占用料', '法定外公物使用料', '市営住宅使用料', '市営住宅共益費', '損害賠償金', '住宅新築資金等貸付金']);
  });
});

describe('Hatsukaichi 3rd plan (samples/hatsukaichi-plan3.xlsx)', () => {
  let rec: Recognition;
  beforeAll(async () => {
    rec = await recognize('hatsukaichi-plan3.xlsx');
  });

  it('finds the three tables of one sheet, each with the class of its section heading', () => {
    expect(rec.tables.map((t) => [t.sheet, t.range, t.measure, t.unit, t.classification])).toEqual([
      ['7 収納率', 'A5:G33', 'rate', '%', '強制徴収公債権'],
      ['7 収納率', 'A40:G55', 'rate', '%', '非強制徴収公債権'],
      ['7 収納率', 'A59:G70', 'rate', '%', '私債権'],
    ]);
    for (const t of rec.tables) for (const r of t.rows) expect(r.classification).toBe(t.classification);
    expect(rec.findings).toEqual([]);
  });

  it.each([
    [0, 'hatsukaichi-7-1.tsv', 7],
    [1, 'hatsukaichi-7-2.tsv', 42],
    [2, 'hatsukaichi-7-3.tsv', 61],
  ])('table %i: every rate with its 区分, year and kind', (i, file, firstRow) => {
    expectTable(rec.tables[i], seedRows(file, 3), firstRow, 3, H7);
  });

  it('reads the 区分 of each row, "全 体" included, and "—" as no value', () => {
    const t = rec.tables[0];
    expect(t.rows.filter((r) => r.debt === '行旅死亡人葬祭費').map((r) => [r.row, r.division])).toEqual([
      [23, '現年度分'],
      [24, '滞納繰越分'],
      [25, '全体'],
    ]);
    const wifi = rec.tables[2].rows.filter((r) => r.debt === 'Wi-Fi利用料金に係る代位弁済精算金');
    expect(wifi.map((r) => [r.division, r.values])).toEqual([
      ['滞納繰越分', { D: 0, E: 100, F: null, G: null }],
      ['全体', { D: 0, E: 100, F: null, G: null }],
    ]);
  });
});

describe('ledger sample (samples/ledger-sample.xlsx)', () => {
  it('is a ledger table whose columns name their items, for FY2019 actuals', async () => {
    const rec = await recognize('ledger-sample.xlsx');
    expect(rec.tables).toHaveLength(1);
    const t = rec.tables[0];
    expect([t.measure, t.unit]).toEqual(['ledger', '千円']);
    expect(t.columns.map((c) => [c.column, c.role, c.item, c.fiscalYear, c.kind])).toEqual([
      ['A', 'department', null, null, null],
      ['B', 'debt', null, null, null],
      ['C', 'division', null, null, null],
      ['D', 'value', '調定額', 2019, 'actual'],
      ['E', 'value', '収入済額', 2019, 'actual'],
      ['F', 'value', '不納欠損額', 2019, 'actual'],
      ['G', 'value', '収入未済額', 2019, 'actual'],
      ['H', 'value', '収納率', 2019, 'actual'],
    ]);
    expect(t.rows.slice(0, 3).map((r) => [r.row, r.debt, r.division, r.values])).toEqual([
      [5, '生活改善資金貸付金', '現年度分', { D: 5403, E: 286, F: 0, G: 5117, H: 5.3 }],
      [6, '生活改善資金貸付金', '滞納繰越分', { D: 15791, E: 32, F: 409, G: 15350, H: 0.2 }],
      [7, '生活改善資金貸付金', '全体', { D: 21194, E: 318, F: 409, G: 20467, H: 1.5 }],
    ]);
    const total = t.rows.at(-1)!;
    expect(total.total).toBe(true);
    // Every row reads back consistent: the identity holds on what recognition returns.
    for (const r of t.rows) expect(r.values.D! - r.values.E! - r.values.F!).toBe(r.values.G);
  });
});
