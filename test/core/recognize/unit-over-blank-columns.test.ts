/**
 * The unit line of the standard 市町村税の徴収実績 form ((単位:千円) at the top right, over columns headed 前年度における徴収率
 * and Gの対前年度増減率 and left blank) is the table's: the figures' last column ends left of it, and the table had been read
 * with no unit (取りまとめ then asked for a unit line that is there). 碇ケ関村, transcribed as printed (its first rows).
 */
import { readGrid, observationAt as obs } from '../../fixtures/observations/read-grid';
import type { GridCell } from '../../fixtures/observations/types';

const grid: GridCell[][] = [
  ['市町村名', '碇ケ関村', null, null, '市 町 村 税 の 徴 収 実 績'],
  [null, null, null, null, null, null, null, null, null, null, null, null, null, '(単位:千円)'],
  [null, '調   定   済   額', null, null, null, null, '収  入  済  額', null, null, null, '徴  収  率 (%)', null, null, null, '収入済額'],
  [null, null, null, null, '標準税率', 'Cのうち徴収', null, null, null, '標準税率超', 'E', 'F', 'G', '前年度に', 'Gの対前'],
  [null, '現年課税分', '滞納繰越分', '合   計', '超過調定額', '猶予に係る調', '現年課税分', '滞納繰越分', '合   計', '過収入済額', '─ ×100', '─ ×100', '─ ×100', 'おける徴', '年度増減'],
  [null, 'A', 'B', 'C', 'D', '定済額', 'E', 'F', 'G', 'H', 'A', 'B', 'C', '収率', '率'],
  ['一 普  通  税', 224439, 9507, 233946, 0, 0, 219950, 1483, 221433, 0, 98, 15.6, 94.7],
  ['1 法 定 普 通 税', 224439, 9507, 233946, 0, 0, 219950, 1483, 221433, 0, 98, 15.6, 94.7],
];

describe('a unit line over header columns left blank', () => {
  it('is the table’s: amounts in 千円, rates in %', () => {
    const r = readGrid(grid, ['B3:F3', 'G3:J3', 'K3:M3'], {}, '碇ケ関村');
    expect(r.tables).toHaveLength(1);
    expect(obs(r, 'B7')).toMatchObject({ value: 224439, unit: '千円' });
    expect(obs(r, 'I7')).toMatchObject({ value: 221433, unit: '千円' });
    expect(obs(r, 'M7')).toMatchObject({ value: 94.7, unit: '%' });
  });
});
