/**
 * Total rows (合計, 小計) as recalculation writes them, recalculated by LibreOffice: each sums the
 * rows it totals — a debt once (its 全体, else its 現年度分 + 滞納繰越分), every group of the table.
 */
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { inspect, recalc } from '../../src/core/engine';
import { parseA1, type Workbook } from '../../src/core/workbook';
import { convert, requireLibreOffice } from './libreoffice';

type Line = (string | number | null)[];
const NOW = '2026-12-04 10:00';

/** A one-sheet workbook from a grid (row 1 first) and its merged areas. */
async function book(grid: Line[], merges: string[] = []): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('計画');
  grid.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
  for (const m of merges) ws.mergeCells(m);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const valueAt = (wb: Workbook, ref: string) => {
  const { r, c } = parseA1(ref);
  return wb.sheets[0].rows[r]?.[c]?.value ?? null;
};

/** Recalculates the book; the formulas written by cell, and the figures LibreOffice computes from them. */
async function recalculated(data: Uint8Array) {
  const wb = await readWorkbook(data);
  const { changes } = recalc(wb, 'book.xlsx', NOW);
  const own = changes.cells.filter((c) => c.sheet === '計画');
  const formulas = new Map(own.filter((c) => c.formula !== undefined).map((c) => [c.cell, c.formula]));
  const lo = await readWorkbook(convert(writeWorkbook(data, changes, wb).data, 'xlsx'));
  return { formulas, at: (ref: string) => valueAt(lo, ref), cached: new Map(own.map((c) => [c.cell, c.value])) };
}

/** total-mismatch findings of a book: [cell, expected, actual]. */
async function mismatches(data: Uint8Array) {
  return inspect(await readWorkbook(data), 'book.xlsx').issues.filter((i) => i.code === 'total-mismatch').map((i) => [i.cell, i.expected, i.actual]);
}

const run = requireLibreOffice() ? describe : describe.skip;

run('a 合計 over debts with and without a 全体 row', () => {
  // 市税 has 全体; 住宅新築資金等貸付金 only 滞納繰越分; 生活保護費返還金 現年度分 + 滞納繰越分 and no 全体.
  const grid = (total: Line): Line[] => [
    ['収入未済額の実績と目標'],
    [null, null, null, null, '(単位：千円)'],
    ['所管課', '債権名', '区分', '令和5年度 実績', '令和6年度 目標'],
    ['税務課', '市税', '現年度分', 100, 90],
    [null, null, '滞納繰越分', 300, 250],
    [null, null, '全体', 400, 340],
    ['人権課', '住宅新築資金等貸付金', '滞納繰越分', 500, 450],
    ['福祉課', '生活保護費返還金', '現年度分', 60, 50],
    [null, null, '滞納繰越分', 40, 30],
    total,
  ];

  it('counts each debt once: its 全体, else its 区分 rows', async () => {
    const { formulas, at, cached } = await recalculated(await book(grid(['合計', null, null, null, null])));
    expect(formulas.get('D10')).toBe('SUM(D6:D9)');
    expect([at('D10'), at('E10')]).toEqual([1000, 870]);
    expect([cached.get('D10'), cached.get('E10')]).toEqual([1000, 870]);
  }, 120_000);

  it('takes the right 合計 typed by hand as right, and a wrong one as wrong', async () => {
    expect(await mismatches(await book(grid(['合計', null, null, 1000, 870])))).toEqual([]);
    expect(await mismatches(await book(grid(['合計', null, null, 400, 870])))).toEqual([['D10', 1000, 400]]);
  });
});

run('a 合計 printed above its 小計 groups', () => {
  const grid = (total: Line): Line[] => [
    ['収入未済額の実績と目標'],
    [null, null, null, '(単位：千円)'],
    ['所管課', '債権名', '令和5年度 実績', '令和6年度 目標'],
    total,
    ['福祉課', '生活保護費返還金', 300, 280],
    [null, '児童扶養手当返還金', 100, 90],
    [null, '小計', null, null],
    ['税務課', '市税', 1000, 900],
    [null, '小計', null, null],
  ];

  it('sums every 小計 below it, not the first group alone', async () => {
    const { formulas, at, cached } = await recalculated(await book(grid(['合計', null, null, null])));
    expect([formulas.get('C4'), formulas.get('C7'), formulas.get('C9')]).toEqual(['SUM(C7,C9)', 'SUM(C5:C6)', 'SUM(C8)']);
    expect([at('C4'), at('D4'), at('C7'), at('C9')]).toEqual([1400, 1270, 400, 1000]);
    // The figure saved with the formula (what a reader that does not recalculate shows) is the same.
    expect([cached.get('C4'), cached.get('D4')]).toEqual([1400, 1270]);
  }, 120_000);

  it('takes the right 合計 typed by hand as right', async () => {
    const typed = grid(['合計', null, 1400, 1270]);
    typed[6] = [null, '小計', 400, 370];
    typed[8] = [null, '小計', 1000, 900];
    expect(await mismatches(await book(typed))).toEqual([]);
  });
});
