/**
 * A figure typed as text in a total's own cell: 検証 says 再計算 writes the total's SUM there, and it does; where a figure the
 * total sums is text too, 再計算 leaves the total, and 検証 says what it says of any text figure (a clerk's look: it had said
 * 再計算 would not rewrite a total it then rewrote).
 */
import { readGrid } from '../../fixtures/observations/read-grid';
import { workbookOf } from '../../fixtures/observations/score';
import type { GridCell } from '../../fixtures/observations/types';
import { recalc } from '../../../src/core/engine';

const grid = (b4: GridCell): GridCell[][] => [
  ['収入未済額の推移'],
  [null, null, null, '（単位：千円）'],
  ['債権名', '令和4年度実績', '令和5年度実績', '差引'],
  ['市民税', b4, 900, -100],
  ['固定資産税', 800, 700, -100],
  ['合計', '1,800', 1600, -200],
];
const written = (g: GridCell[][]) => recalc(workbookOf([{ name: '計画', grid: g, merges: [] }]), 't.xlsx', '2026-12-07 10:00').changes.cells.find((c) => c.sheet === '計画' && c.cell === 'B6');

describe('number-as-text in a total’s own cell', () => {
  it('says 再計算 writes the total there, and 再計算 does', () => {
    const [f] = readGrid(grid(1000), [], {}, '計画').issues.filter((i) => i.code === 'number-as-text');
    expect(f).toMatchObject({ cell: 'B6', severity: 'warning' });
    expect(f.message).toContain('合計の行のセルなので、再計算を実行すると合計の数式（SUM）に置き換えます');
    expect(written(grid(1000))?.formula).toBe('SUM(B4:B5)');
  });

  it('with a figure it sums typed as text too: said as any text figure, and 再計算 leaves it', () => {
    const found = readGrid(grid('1,000'), [], {}, '計画').issues.filter((i) => i.code === 'number-as-text');
    expect(found.map((f) => f.cell).sort()).toEqual(['B4', 'B6']);
    for (const f of found) expect(f.message).toContain('再計算はこのセルを使う合計・差引を書き換えません');
    expect(written(grid('1,000'))).toBeUndefined();
  });
});
