/**
 * A total over a part left blank, the total showing more than the other parts' sum: the total may well hold the blank's
 * figure (typed before the part was cleared, or the part not yet typed in). 再計算 had rewritten the correct typed total as
 * the SUM of the others — 639,136,387 → 337,016,287 in a table of debts across, 805,505 → 784,160 in a table of debts down —
 * logged as a value it mended, and 検証 had said the total was wrong (a colleague's look in LibreOffice). The total is left as
 * typed, and the blank is said, with the figure that would make the total right.
 */
import { inspect, recalc } from '../../../src/core/engine';
import { workbookDataCells, DATA_SHEET } from '../../../src/core/workbook-data';
import { sheetFromGrid, type CellValue } from '../../../src/core/workbook';

// Debts across the columns, items down; 国民健康保険税's 収入未済額 (C7) blank.
const across = (c7: number | null, d6: number | null = 4322100): CellValue[][] => [
  ['令和5年度 債権別収入状況（決算）'],
  [null, null, null, null, null, '(単位：円)'],
  ['項目', '市税', '国民健康保険税', '介護保険料', '後期高齢者医療保険料', '合計'],
  ['調定額', 13801250412, 3120455800, 2654320100, 980213400, 20556239712],
  ['収入済額', 13496011305, 2788120300, 2611458700, 975320100, 19870910405],
  ['不納欠損額', 11095220, 30215400, d6, 560200, 46192920],
  ['収入未済額', 294143887, c7, 38539300, 4333100, 639136387],
  ['収納率(%)', 97.8, 89.3, 98.4, 99.5, 96.7],
];

// Debts down the rows, years across; 介護保険料's 令和5年度 (D6) blank.
const down = (d6: number | null): CellValue[][] => [
  ['債権別収入未済額の推移'],
  [null, null, null, null, '(単位：千円)'],
  ['債権名', '令和3年度', '令和4年度', '令和5年度', '増減(令和5年度-令和3年度)'],
  ['市税', 380210, 352110, 325420, -54790],
  ['国民健康保険税', 402330, 380550, 352110, -50220],
  ['介護保険料', 24550, 23010, d6, d6 === null ? null : d6 - 24550],
  ['保育料', 21010, 19850, 18220, -2790],
  ['市営住宅使用料', 92330, 90120, 88410, -3920],
  ['合計', 920430, 865640, 805505, -114925],
];

/** The plan, with the workbook's settings saying 空欄を 0 とみなす where `zero`. */
const book = (grid: CellValue[][], zero = false) => ({
  sheets: [sheetFromGrid('R5', grid), ...(zero ? [sheetFromGrid(DATA_SHEET, workbookDataCells({ settings: { blankAsZero: true } }).map((t) => [t]))] : [])],
});
const NOW = '2026-12-07 10:00';
const written = (grid: CellValue[][], zero = false) => {
  const { changes } = recalc(book(grid, zero), 'x.xlsx', NOW);
  return { cells: new Map(changes.cells.filter((c) => c.sheet === 'R5').map((c) => [c.cell, c])), mended: changes.log.filter((e) => e.mended).map((e) => e.cell) };
};

describe('a total over a part left blank, debts across (国民健康保険税 収入未済額 C7 blank)', () => {
  it('検証 says the blank at the total, with the figure that would make it right — no total-mismatch', () => {
    const issues = inspect(book(across(null)), 'x.xlsx').issues;
    expect(issues.filter((i) => i.code === 'total-mismatch')).toEqual([]);
    const said = issues.find((i) => i.code === 'total-part-blank');
    expect(said).toMatchObject({ cell: 'F7', severity: 'warning', expected: 337016287, actual: 639136387 });
    expect(said!.message).toContain('C7 が空欄です');
    expect(said!.message).toContain('302,120,100');
  });

  it('再計算 fills C7 from its ledger and writes the total over it (no SUM that skips C7), mending nothing', () => {
    const { cells, mended } = written(across(null));
    expect(cells.get('C7')).toMatchObject({ formula: 'IF(OR(C4="",C5=""),"",C4-C5-N(C6))', value: 302120100 });
    expect(cells.get('F7')).toMatchObject({ formula: 'SUM(B7:E7)', value: 639136387 });
    expect(mended).toEqual([]);
    expect(cells.get('F4')).toMatchObject({ formula: 'SUM(B4:E4)', value: 20556239712 });
  });

  it('an input part blank too (介護保険料 不納欠損額 D6): its total F6 is left, not SUM(B6:C6,E6)', () => {
    const { cells, mended } = written(across(302120100, null));
    expect(cells.has('F6')).toBe(false);
    expect(mended).not.toContain('F6');
    expect(inspect(book(across(302120100, null)), 'x.xlsx').issues.find((i) => i.code === 'total-part-blank')).toMatchObject({ cell: 'F6', expected: 41870820 });
  });

  it('with 空欄を 0 とみなす on, the blank is 0: the total is the others’ sum, an error, mended', () => {
    expect(inspect(book(across(302120100, null), true), 'x.xlsx').issues.find((i) => i.code === 'total-mismatch')).toMatchObject({ cell: 'F6' });
    expect(written(across(302120100, null), true).mended).toContain('F6');
  });

  it('filled in, the total is written live and nothing is said', () => {
    const { cells } = written(across(302120100));
    expect(cells.get('F7')).toMatchObject({ formula: 'SUM(B7:E7)', value: 639136387 });
    expect(inspect(book(across(302120100)), 'x.xlsx').issues.filter((i) => i.code === 'total-part-blank' || i.code === 'total-mismatch')).toEqual([]);
  });
});

describe('a total over a part left blank, debts down (介護保険料 令和5年度 D6 blank)', () => {
  it('検証 says the blank at the total, with the figure that would make it right — no total-mismatch', () => {
    const issues = inspect(book(down(null)), 'x.xlsx').issues;
    expect(issues.filter((i) => i.code === 'total-mismatch')).toEqual([]);
    const said = issues.find((i) => i.code === 'total-part-blank');
    expect(said).toMatchObject({ cell: 'D9', severity: 'warning', expected: 784160, actual: 805505 });
    expect(said!.message).toContain('D6 が空欄です');
    expect(said!.message).toContain('21,345');
  });

  it('再計算 leaves the typed total, and the difference over it is computed from it', () => {
    const { cells, mended } = written(down(null));
    expect(cells.has('D9')).toBe(false);
    expect(mended).toEqual([]);
    expect(cells.get('B9')).toMatchObject({ formula: 'SUM(B4:B8)', value: 920430 });
  });

  it('a table that leaves cells blank for none (three blanks and more) has its total checked as the blanks’ 0, as before', () => {
    const grid = down(null);
    grid[4][1] = null;
    grid[4][2] = null;
    const codes = inspect(book(grid), 'x.xlsx').issues.map((i) => `${i.code}@${i.cell}`);
    expect(codes).toContain('total-mismatch@D9');
    expect(codes.filter((c) => c.startsWith('total-part-blank'))).toEqual([]);
  });

  it('a part printed as none (a dash) is 0, no blank: the total off its parts is an error, and mended', () => {
    const grid = down(null);
    grid[5][3] = '－';
    expect(inspect(book(grid), 'x.xlsx').issues.find((i) => i.cell === 'D9')).toMatchObject({ code: 'total-mismatch', severity: 'error' });
    expect(written(grid).mended).toContain('D9');
  });

  it('a blank that is the parts’ 0 (the total is their sum) is nothing to say: written live', () => {
    const grid = down(null);
    grid[8][3] = 784160;
    grid[8][4] = 784160 - 920430;
    expect(inspect(book(grid), 'x.xlsx').issues.filter((i) => i.code === 'total-part-blank' || i.code === 'total-mismatch')).toEqual([]);
    expect(written(grid).cells.get('D9')).toMatchObject({ formula: 'SUM(D4:D8)', value: 784160 });
  });
});
