/**
 * A debt's 全体 row over one 区分 only, where the table's other debts give both (a clerk deleted its 滞納繰越分 row, in Excel or
 * LibreOffice): its figures are the debt's, not that one row's sum. 再計算 had rewritten the 全体 row as SUM(現年度分) in every
 * column — 36,907 → 17,675, and the 合計 under it with it — and then said 「問題は見つかりませんでした」 (a clerk's look at the
 * workbench). It is left as typed, and said.
 */
import { inspect, recalc } from '../../../src/core/engine';
import { sheetFromGrid, type CellValue } from '../../../src/core/workbook';

const grid = (deleted: boolean): CellValue[][] => [
  ['令和元年度 債権別収入状況（決算）'],
  [null, null, null, null, null, null, null, '(単位：千円、%)'],
  ['所管課', '債権名', '区分', '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率'],
  ['環境生活課', '緊急安全措置負担金', '現年度分', 190, 110, 0, 80, 57.9],
  [null, null, '滞納繰越分', 256, 12, 6, 238, 4.7],
  [null, null, '全体', 446, 122, 6, 318, 27.4],
  ['生活福祉課', '生活保護費返還金', '現年度分', 17675, 11858, 0, 5817, 67.1],
  ...(deleted ? [] : [[null, null, '滞納繰越分', 19232, 1318, 465, 17449, 6.9]]),
  [null, null, '全体', 36907, 13176, 465, 23266, 35.7],
];
const book = (deleted: boolean) => ({ sheets: [sheetFromGrid('収入状況', grid(deleted))] });

describe('a 全体 row over one 区分 only (its 滞納繰越分 row deleted)', () => {
  it('再計算 leaves it as typed, and says a 区分 row may be missing', () => {
    const { changes, report } = recalc(book(true), 'x.xlsx', '2026-12-07 10:00');
    const written = new Set(changes.cells.filter((c) => c.sheet === '収入状況').map((c) => c.cell));
    for (const cell of ['D8', 'E8', 'F8', 'G8', 'H8']) expect(written.has(cell)).toBe(false);
    expect(changes.log.filter((e) => e.mended)).toEqual([]);
    const said = report.issues.find((i) => i.code === 'division-row-missing');
    expect(said).toMatchObject({ cell: 'D8', severity: 'warning' });
    expect(said!.message).toContain('滞納繰越分の行');
  });

  it('検証 says so too, beside the totals that do not match', () => {
    const codes = inspect(book(true), 'x.xlsx').issues.map((i) => `${i.code}@${i.cell}`);
    expect(codes).toContain('division-row-missing@D8');
  });

  it('with both 区分 rows, nothing is said and its 全体 is written live', () => {
    const { changes, report } = recalc(book(false), 'x.xlsx', '2026-12-07 10:00');
    expect(report.issues.filter((i) => i.code === 'division-row-missing')).toEqual([]);
    expect(changes.cells.find((c) => c.cell === 'D9')).toMatchObject({ value: 36907 });
  });
});
