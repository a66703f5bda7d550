/**
 * A row whose only words are unit lines (単位：%) can look like a header's anchor, yet heads no
 * column: its header block had no left edge (Infinity), and naming its first cell never ended — a
 * 13-row sheet took every byte of memory (found by fuzzing). Such a row heads nothing now; the
 * table under it is read as usual.
 */
import { recognizeWorkbook } from '../../../src/core/recognize';
import { colLetter, type Cell, type Sheet } from '../../../src/core/workbook';

const n = (value: number, formula?: string): Cell => (formula ? { value, formula, numberFormat: '#,##0' } : { value, numberFormat: '#,##0' });
const t = (value: string): Cell => ({ value });

/** The fuzzed sheet as it was: a class name, then a line of two units, then the header and its rows. */
function sheet(): Sheet {
  const rows: (Cell | undefined)[][] = [
    [undefined, undefined, t('私債権')],
    [undefined, undefined, undefined, undefined, undefined, undefined, undefined, t('単位：%'), undefined, undefined, undefined, t('（単位：円、%）')],
    [undefined, undefined, t('所管課'), t('区分'), t('R1\n見込①'), t('市税'), t('①-①'), t('①-①')],
    [undefined, undefined, t('福祉課'), t('現年度分'), n(87), n(0), n(-87, 'F4-E4'), n(87.3)],
    [undefined, undefined, t('税務課'), t('現年度分'), n(17.4), n(41424134), n(41424116.6, 'F5-E5'), n(-41424116.3)],
    [undefined, undefined, t('合計'), undefined, n(104.4, 'SUM(E4:E5)'), n(41424134, 'SUM(F4:F5)')],
  ];
  return { name: 'S', rows, merges: [] };
}

describe('a line of units above a header', () => {
  it('heads nothing: recognition ends, and the table below it is found with its rows', () => {
    const { tables } = recognizeWorkbook({ sheets: [sheet()] });
    expect(tables.map((x) => x.range)).toEqual(['C3:H6']);
    const [table] = tables;
    expect(table.columns.map((c) => [c.column, c.role])).toEqual([
      ['C', 'department'],
      ['D', 'division'],
      ['E', 'value'],
      ['F', 'value'],
      ['G', 'delta'],
      ['H', 'delta'],
    ]);
    expect(table.rows.map((r) => [r.row, r.department, r.values.E])).toEqual([
      [4, '福祉課', 87],
      [5, '税務課', 17.4],
      [6, null, 104.4],
    ]);
  });

  it('a column number that is no column is refused at once, not looped over', () => {
    for (const c of [Infinity, -Infinity, NaN, -1, 1.5]) expect(() => colLetter(c)).toThrow(RangeError);
    expect([0, 25, 26, 16383].map(colLetter)).toEqual(['A', 'Z', 'AA', 'XFD']);
  });
});

describe('captions with their units over tables side by side', () => {
  // (1) 収納率（単位：％） over A:E and (2) 収入未済額（単位：千円） over G:K on the first row, each table's header just under
  // it. (The row had been taken for the first row of both headers: neither table had a measure or unit, the rate of 102 in
  // B3 went unreported and 集計 found no 収入未済額 — a user's look.)
  const grid: (string | number | null)[][] = [
    ['(1) 収納率（単位：％）', null, null, null, null, null, '(2) 収入未済額（単位：千円）'],
    ['債権名', '令和4年度実績①', '令和5年度実績', '令和7年度目標③', '③-①', null, '債権名', '令和4年度実績①', '令和5年度実績', '令和7年度目標③', '③-①'],
    ['市税', 102.0, 99.2, 99.5, -2.5, null, '市税', 465000, 430000, 390000, -75000],
    ['国民健康保険税', 94.5, 95.3, 96.0, 1.5, null, '国民健康保険税', 258000, 245000, 222000, -36000],
    ['介護保険料', 98.0, 98.3, 98.6, 0.6, null, '介護保険料', 28500, 27300, 25000, -3500],
  ];
  const sheetOf = (g: typeof grid): Sheet => ({ name: 'S', rows: g.map((row) => row.map((v) => (v === null ? undefined : typeof v === 'number' ? n(v) : t(v)))), merges: [] });

  it('are each its table’s caption and unit: a rate table and an amount table in 千円, headers on the second row', () => {
    const { tables, findings } = recognizeWorkbook({ sheets: [sheetOf(grid)] });
    expect(tables.map((x) => [x.range, x.measure, x.unit, x.title])).toEqual([
      ['A2:E5', 'rate', '%', '(1) 収納率(単位:%)'],
      ['G2:K5', 'amount', '千円', '(2) 収入未済額(単位:千円)'],
    ]);
    expect(findings.length).toBe(0);
  });

  it('are a header still where they stand next to each other (収納率（単位：％） | 収入未済額（単位：千円） over years down)', () => {
    const g: typeof grid = [
      ['年度', '収納率（単位：％）', '収入未済額（単位：千円）'],
      ['令和3年度', 95.1, 120000],
      ['令和4年度', 95.6, 110000],
    ];
    const { tables } = recognizeWorkbook({ sheets: [sheetOf(g)] });
    expect(tables.map((x) => x.range)).toEqual(['A1:C3']);
  });
});
