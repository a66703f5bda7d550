/**
 * A table's title is the heading over it, as a reader names it (a look at other cities' tables): not a form's field
 * (市町村名 | 碇ケ関村) beside the heading, nor a sentence between the heading and the table (an update note).
 */
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid as read } from '../../fixtures/observations/read-grid';

const titles = (grid: GridCell[][], merges: string[] = []) => read(grid, merges).tables.map((t) => t.title);

describe('a table’s title', () => {
  it('is the form’s heading, not the field 市町村名 and its value written before it on the line', () => {
    const grid: GridCell[][] = [
      ['市町村名', '碇ケ関村', null, '市 町 村 税 の 徴 収 実 績'],
      [null, null, null, '(単位:千円)'],
      ['区分', '調定済額', '収入済額', '徴収率'],
      ['市町村民税', 61975, 60840, 98.2],
      ['固定資産税', 138028, 134674, 97.6],
    ];
    expect(titles(grid)).toEqual(['市 町 村 税 の 徴 収 実 績']);
  });

  it('is the heading, not a line of its year alone under it (平成15年度: the figures’ year)', () => {
    const grid: GridCell[][] = [
      ['市町村名', '碇ケ関村', null, '市 町 村 税 の 徴 収 実 績'],
      ['平成15年度', null, null, null, null, '(単位:千円)'],
      ['区分', '調定済額', '収入済額', '徴収率'],
      ['市町村民税', 61975, 60840, 98.2],
      ['固定資産税', 138028, 134674, 97.6],
    ];
    const r = read(grid);
    expect(r.tables.map((t) => [t.title, t.unit])).toEqual([['市 町 村 税 の 徴 収 実 績', '千円']]);
    expect(r.tables[0].observations[0]).toMatchObject({ cell: 'B4', fiscalYear: 2003 });
  });

  it('is the caption, not the update note under it (a sentence)', () => {
    const grid: GridCell[][] = [
      ['収納率の推移'],
      ['2016年度（平成28年度）決算が議会で承認されましたので，決算数値が確定しました。（2017年11月13日更新）'],
      ['（単位％：小数点第2位まで）'],
      [null, '2015年度', '2016年度'],
      ['現年', 99.26, 99.29],
      ['滞納', 28.22, 29.14],
    ];
    expect(titles(grid)).toEqual(['収納率の推移']);
  });
});

describe('a row table’s title (a debt a row)', () => {
  it('is the caption over the field and the update note', () => {
    const grid: GridCell[][] = [
      ['収入未済額の推移'],
      ['所管課', '税務課'],
      ['令和6年度決算の数値を反映しました。'],
      ['債権名', '令和4年度', '令和5年度'],
      ['市民税', 1200, 1100],
      ['固定資産税', 800, 700],
    ];
    expect(titles(grid)).toEqual(['収入未済額の推移']);
  });
});
