/**
 * A figure typed where the figures it is computed from are blank (生活保護費返還金's 令和5年度 収納率 25.9 printed, its 調定額 and
 * 収入済額 not): the plan's figure, which no formula over the blanks gives. 再計算 had replaced it with a formula showing blank,
 * logging 「値の違っていたセル」 while 検証 had said nothing (a colleague's look). It is left as typed; the rows with their
 * amounts are written live.
 */
import { inspect, recalc } from '../../../src/core/engine';
import { sheetFromGrid, type CellValue } from '../../../src/core/workbook';

const grid: CellValue[][] = [
  ['債権一覧（令和5年度決算）'],
  [null, null, null, null, null, null, null, '（単位：円、%）'],
  ['所管課', '債権名', '債権の区分', '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率'],
  ['生活福祉課', '災害援護資金貸付金', '私債権', 12_100_000, 2_000_000, 0, 10_100_000, 16.5],
  ['生活福祉課', '生活保護費返還金', '非強制徴収公債権', null, null, null, 30_512_000, 25.9],
  ['住宅課', '市営住宅使用料', '私債権', 246_200_000, 214_900_000, 1_300_000, 30_000_000, 87.3],
];
const book = () => ({ sheets: [sheetFromGrid('債権一覧', grid)] });

describe('a figure typed where its operands are blank', () => {
  it('再計算 leaves the typed 収納率 and 収入未済額 as they are, and writes the other rows live', () => {
    const { changes } = recalc(book(), 'x.xlsx', '2026-12-07 10:00');
    const written = new Map(changes.cells.filter((c) => c.sheet === '債権一覧').map((c) => [c.cell, c]));
    expect(written.has('H5')).toBe(false);
    expect(written.has('G5')).toBe(false);
    expect(changes.log.filter((e) => e.cell === 'H5' || e.cell === 'G5')).toEqual([]);
    expect(written.get('H4')?.formula).toMatch(/E4\/D4\*100/);
    expect(written.get('H6')?.formula).toMatch(/E6\/D6\*100/);
  });

  it('検証 finds nothing wrong with it', () => {
    expect(inspect(book(), 'x.xlsx').issues.filter((i) => i.cell === 'H5' || i.cell === 'G5')).toEqual([]);
  });
});
