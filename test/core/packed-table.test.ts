/**
 * A table packed for its report (PackedTable) writes the report a whole table gives, byte for byte,
 * and gives the summary each row's figures as they were — also for rows whose values do not follow
 * the table's figure columns (keys out of order, a key of no column, an undefined value, two figure
 * columns of one letter), which it keeps as they are.
 */
import { PackedTable } from '../../src/core/packed-table';
import { buildReport, buildStreamedReport } from '../../src/core/report';
import type { PlanRow, PlanTable } from '../../src/core/recognize/model';
import { streamedText } from '../fuzz/arbitraries';

const col = (column: string, role: 'debt' | 'value' | 'delta', c: number): PlanTable['columns'][number] =>
  ({ column, c, role, header: column, fiscalYear: role === 'value' ? 2020 : null, kind: role === 'value' ? 'actual' : null, item: null, division: null, yearPair: null, percentScaled: false, shownDivided: 1, tag: null, minuend: null, subtrahend: null, minuendColumn: null, subtrahendColumn: null }) as PlanTable['columns'][number];
const row = (n: number, values: Record<string, number | null>): PlanRow => ({ row: n, department: '税務課', debt: `債権${n}`, division: null, classification: null, total: false, part: false, values, texts: {}, decimals: {}, notes: {}, dashes: [], formulas: {} });
const table = (columns: PlanTable['columns'], rows: PlanRow[]): PlanTable =>
  ({ sheet: 'S', shape: 'rows', range: 'A1:D9', area: { top: 0, left: 0, bottom: 8, right: 3 }, headerTop: 0, headerBottom: 0, title: null, measure: 'amount', unit: '円', classification: null, confidence: 1, reasons: [], columns, rows }) as PlanTable;
const BC = [col('A', 'debt', 0), col('B', 'value', 1), col('C', 'value', 2)];
/** 増減率 between the figure columns: a row holds its rate (validation checks it), no observation does. */
const RATE_OF_CHANGE = [col('A', 'debt', 0), col('B', 'value', 1), { ...col('C', 'value', 2), role: 'other' as const, fiscalYear: null, kind: null, changeRate: { minuendColumn: 'D', subtrahendColumn: 'B', baseColumn: 'B' } }, col('D', 'value', 3)];

describe.each([
  ['in order, with nulls, -0, 1e21, NaN', table(BC, [row(2, { B: 1, C: null }), row(3, { B: -0, C: 1e21 }), row(4, { B: NaN })]), []],
  ['a rate of change among the figures', table(RATE_OF_CHANGE, [row(2, { B: 200, C: 50, D: 300 }), row(3, { B: 100, C: null, D: null })]), []],
  ['keys out of order', table(BC, [row(2, { C: 1, B: 2 }), row(3, { B: 3, C: 4 })]), [0]],
  ['a key of no column', table(BC, [row(2, { B: 1, Z: 5, C: 3 })]), [0]],
  ['an undefined value', table(BC, [row(2, { B: undefined as unknown as null, C: 3 })]), [0]],
  ['two figure columns of one letter', table([col('A', 'debt', 0), col('B', 'value', 1), col('B', 'delta', 1)], [row(2, { B: 4 }), row(3, { B: null })]), [0, 1]],
] as const)('%s', (_, t, kept) => {
  const p = new PackedTable(t);

  it('keeps packed what follows the columns, as it is what does not', () => {
    expect([...p.kept.keys()]).toEqual(kept);
  });

  it('writes the whole table’s report, byte for byte', () => {
    expect(streamedText(buildStreamedReport('f.xlsx', [p], []))).toBe(JSON.stringify(buildReport('f.xlsx', [t], [])));
  });

  it('gives each row’s figures as they were, to the report and the summary alike', () => {
    t.rows.forEach((r, i) => p.letters.forEach((l, k) => expect(p.figure(i, k)).toBe(r.values[l])));
  });
});
