/**
 * A row's records as recognition reads them, and what rows share: one decimals record for a run of
 * rows that show the same decimals, one empty record for rows without texts, formulas, notes or
 * dashes. Shared records are frozen, so that a change through one row cannot reach another.
 */
import { sheetFromGrid, type Cell } from '../../../src/core/workbook';
import { recognizeWorkbook } from '../../../src/core/recognize';

function sheet() {
  const grid = [
    ['収入未済額'],
    [null, null, null, null, '(単位：千円)'],
    ['所管課', '債権名', '令和5年度決算', '令和6年度決算', '備考'],
    ['税務課', '市税', 1200, 1100, null],
    ['税務課', '国民健康保険税', 800, 700.5, null],
    ['保険年金課', '介護保険料', 300, 250, '分納中'],
    ['保険年金課', '後期高齢者医療保険料', 'ー', '△ 12', null],
    ['水道課', '水道料金', 40, 35, null],
  ];
  const s = sheetFromGrid('表', grid);
  // Figures shown with no decimals, the second row's D with one; a formula in the last row.
  for (const r of [3, 4, 5, 7]) for (const c of [2, 3]) (s.rows[r][c] as Cell).numberFormat = '#,##0';
  (s.rows[4][3] as Cell).numberFormat = '#,##0.0';
  (s.rows[7][3] as Cell).formula = 'C8-5';
  return s;
}

describe('the records of recognized rows', () => {
  const rows = recognizeWorkbook({ sheets: [sheet()] }).tables[0].rows;

  it('hold each row’s own figures, decimals, texts, notes and formulas', () => {
    expect(rows.map((r) => [r.row, r.values, r.decimals, r.texts, r.notes, r.formulas, r.dashes])).toStrictEqual([
      [4, { C: 1200, D: 1100 }, { C: 0, D: 0 }, {}, {}, {}, []],
      [5, { C: 800, D: 700.5 }, { C: 0, D: 1 }, {}, {}, {}, []],
      [6, { C: 300, D: 250 }, { C: 0, D: 0 }, {}, { E: '分納中' }, {}, []],
      [7, { C: null, D: -12 }, { D: 0 }, {}, {}, {}, ['C']],
      [8, { C: 40, D: 35 }, { C: 0, D: 0 }, {}, {}, { D: 'C8-5' }, []],
    ]);
  });

  it('share one decimals record down a run of equal rows, and a new one where the decimals change', () => {
    expect(rows[0].decimals).not.toBe(rows[1].decimals);
    expect(rows[1].decimals).not.toBe(rows[2].decimals);
    expect(rows[3].decimals).not.toBe(rows[4].decimals);
    expect(rows[2].decimals).not.toBe(rows[3].decimals);
    // Row 8 follows row 7's { D: 0 }, so it has a record of its own; rows of a run share theirs.
    const run = recognizeWorkbook({ sheets: [sheetFromGrid('表', [...sheetGrid(), ['水道課', '下水道使用料', 20, 18, null]])] }).tables[0].rows;
    expect(run[run.length - 1].decimals).toBe(run[run.length - 2].decimals);
  });

  it('keep shared records frozen', () => {
    expect(Object.isFrozen(rows[0].decimals)).toBe(true);
    expect(Object.isFrozen(rows[0].texts)).toBe(true);
    expect(Object.isFrozen(rows[0].dashes)).toBe(true);
    expect(() => {
      'use strict';
      (rows[0].texts as Record<string, string>).C = 'x';
    }).toThrow(TypeError);
    expect(rows[1].texts).toStrictEqual({});
  });
});

function sheetGrid() {
  return [
    ['収入未済額'],
    [null, null, null, null, '(単位：千円)'],
    ['所管課', '債権名', '令和5年度決算', '令和6年度決算', '備考'],
    ['水道課', '水道料金', 40, 35, null],
  ];
}
