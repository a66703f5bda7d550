import { sheetFromGrid } from '../../../src/core/workbook';
import { recognizeWorkbook } from '../../../src/core/recognize';

describe('column corrections stored in the workbook', () => {
  const grid = [
    ['収納率'],
    [null, null, null, null, '(単位：%)'],
    ['所管課', '債権名', '前回計画', '今回計画', '備考'],
    ['税務課', '市税', 96.2, 97.0, '前回計画は令和2年度決算'],
  ];
  const wb = { sheets: [sheetFromGrid('表', grid)] };

  it('a header without years gives value columns without years', () => {
    const t = recognizeWorkbook(wb).tables[0];
    expect(t.columns.map((c) => [c.column, c.role, c.fiscalYear, c.kind])).toEqual([
      ['A', 'department', null, null],
      ['B', 'debt', null, null],
      ['C', 'value', null, 'target'],
      ['D', 'value', null, 'target'],
      ['E', 'note', null, null],
    ]);
  });

  it('the corrections set a column’s year and kind, and only on their sheet', () => {
    const t = recognizeWorkbook(wb, [
      { sheet: '表', column: 'C', fiscalYear: 2020, kind: 'actual' },
      { sheet: '表', column: 'D', fiscalYear: 2025 },
      { sheet: '別の表', column: 'D', fiscalYear: 1999 },
    ]).tables[0];
    expect(t.columns.filter((c) => c.role === 'value').map((c) => [c.column, c.fiscalYear, c.kind])).toEqual([
      ['C', 2020, 'actual'],
      ['D', 2025, 'target'],
    ]);
  });

  it('a correction can change a role', () => {
    const t = recognizeWorkbook(wb, [{ sheet: '表', column: 'D', role: 'other' }]).tables[0];
    expect(t.rows[0].values).toEqual({ C: 96.2 });
  });
});
