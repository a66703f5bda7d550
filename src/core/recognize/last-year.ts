/**
 * A column compared with the year before (前年度比, 前年度対比) holds either the later figure over the
 * earlier (101.2 for 506 over 500, or 1.012 shown as 101.2%) or their difference: told by its rows.
 */
import type { SheetGrid } from './grid';

/**
 * Whether the figures of column `c` are ratios of column `later` to column `earlier` (× 100) on the
 * rows `rows`: more of them agree with the ratio than with the difference, and half of those with all
 * three figures at least. A figure is the nearer of the two within the rounding of figures shown whole
 * (a difference of two, half a unit of a ratio), a fraction shown in percent as its cell shows it.
 */
export function ratiosToLastYear(g: SheetGrid, rows: Iterable<number>, c: number, later: number, earlier: number): boolean {
  let n = 0;
  let asRatio = 0;
  let asDifference = 0;
  for (const r of rows) {
    const [x, a, b] = [g.numberValue(r, c), g.numberValue(r, later), g.numberValue(r, earlier)];
    if (x === null || a === null || b === null || b === 0) continue;
    n++;
    const ratio = (a / b) * 100;
    const offDifference = Math.abs(x - (a - b));
    const offRatio = Math.min(Math.abs(x - ratio), Math.abs(x * 100 - ratio));
    if (offDifference <= 1 && offDifference <= offRatio) asDifference++;
    else if (offRatio <= 0.5) asRatio++;
  }
  return asRatio > asDifference && asRatio * 2 >= n;
}
