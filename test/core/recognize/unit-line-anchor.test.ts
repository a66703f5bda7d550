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
