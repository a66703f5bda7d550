/**
 * Which formulas lose their stored result when a write changes a figure they read (stale-results.ts): by reference on
 * their sheet or another, through a whole column, in turn through another formula — and not where they read another
 * workbook, nor a cell whose figure stays.
 */
import { staleDependents } from '../../../src/hosts/file/stale-results';
import { sheetFromGrid, type Workbook } from '../../../src/core/workbook';

const book = (): Workbook => {
  const plan = sheetFromGrid('計画', [
    [1, 2, 3],
    [4, 5, 6],
  ]);
  const report = sheetFromGrid('報告 用', [[null, null, null, null, null, null, null, null]]);
  const f = (c: number, formula: string) => (report.rows[0][c] = { value: 0, formula });
  f(0, '計画!B2*2');
  f(1, "SUM('計画'!A1:A2)");
  f(2, 'VLOOKUP(1,計画!B:C,2,0)');
  f(3, '[1]計画!B2');
  f(4, '計画!A1+1');
  f(5, 'A1+1');
  f(6, '税率*計画!A1');
  f(7, 'ROUND(F1,1)');
  return { sheets: [plan, report] };
};

it('names each formula reading a changed figure, directly or through another, and no other', () => {
  const stale = staleDependents(book(), [{ sheet: '計画', cell: 'B2', formula: 'A2+1', value: 50 }], () => false);
  // A1 (B2), C1 (column B), F1 (A1 in turn), G1 (a name: followed no further, taken to read it), H1 (F1 in turn).
  expect(stale.map((w) => w.cell).sort()).toEqual(['A1', 'C1', 'F1', 'G1', 'H1']);
  expect(stale.every((w) => w.sheet === '報告 用' && w.value === undefined)).toBe(true);
  expect(stale.find((w) => w.cell === 'A1')!.formula).toBe('計画!B2*2');
});

it('names none where the figure written is the one the cell held (a figure made live), nor on a sheet none may be written to', () => {
  expect(staleDependents(book(), [{ sheet: '計画', cell: 'B2', formula: 'A2+1', value: 5 }], () => false)).toEqual([]);
  expect(staleDependents(book(), [{ sheet: '計画', cell: 'A2', formula: 'A1+3', value: 40 }], () => false).map((w) => w.cell).sort()).toEqual(['B1', 'G1']);
  expect(staleDependents(book(), [{ sheet: '計画', cell: 'A2', formula: 'A1+3', value: 40 }], (s) => s === '報告 用')).toEqual([]);
});

it('reads a plain formula’s ranges, whole columns and rows, and takes a word that is no function’s nor a cell’s for a name', () => {
  const plan = sheetFromGrid('計画', [
    [1, 2, 3, null, null, null, null, null],
    [4, 5, 6, null, null, null, null, null],
  ]);
  const f = (c: number, formula: string) => (plan.rows[0][c] = { value: 0, formula });
  f(3, 'SUM(B:B)');
  f(4, 'SUM($A$2:$C$2)*100');
  f(5, 'IF(TRUE,2:2,0)');
  f(6, 'RATE*2');
  f(7, 'ROUND(A1/3,1)+1.5');
  const stale = staleDependents({ sheets: [plan] }, [{ sheet: '計画', cell: 'B2', formula: 'A2+1', value: 50 }], () => false);
  expect(stale.map((w) => w.cell).sort()).toEqual(['D1', 'E1', 'F1', 'G1']);
});
