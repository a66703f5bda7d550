/** A column of classes headed 区分 (強制徴収公債権 | 非強制徴収公債権 | 私債権) gives its rows their classes. */
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid as read, observationAt as obs, errorsOf as errors } from '../../fixtures/observations/read-grid';

describe('a column of classes headed 区分, each class closed by its 小計 and the table by its 合計', () => {
  it('gives each debt its class (its 小計 and 合計 rows are no texts of another kind)', () => {
    // (Three classes among seven texts had been too few: the column was a 区分, every figure's class null.)
    const grid: GridCell[][] = [
      ['債権の区分別 収入未済額'],
      [null, null, null, '（単位：千円）'],
      ['区分', '債権名', '令和3年度', '令和4年度'],
      ['強制徴収公債権', '市税', 548765, 523456],
      [null, '国民健康保険税', 249876, 252345],
      ['小計', null, 798641, 775801],
      ['非強制徴収公債権', '生活保護費返還金', 45678, 48901],
      ['小計', null, 45678, 48901],
      ['私債権', '市営住宅使用料', 34567, 32109],
      ['小計', null, 34567, 32109],
      ['合計', null, 878886, 856811],
    ];
    const merges = ['A4:A5', 'A6:B6', 'A8:B8', 'A10:B10', 'A11:B11'];
    const r = read(grid, merges);
    expect(obs(r, 'C5')).toMatchObject({ debt: '国民健康保険税', classification: '強制徴収公債権' });
    expect(obs(r, 'D7')).toMatchObject({ debt: '生活保護費返還金', classification: '非強制徴収公債権' });
    expect(obs(r, 'C9')).toMatchObject({ debt: '市営住宅使用料', classification: '私債権' });
    expect(errors(r)).toEqual([]);
  });
});
