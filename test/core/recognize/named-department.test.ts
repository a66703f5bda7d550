/**
 * A table whose rows and columns name no department, on a department's sheet or under a caption that opens with its name
 * (福祉課 収入未済額の推移): its figures are that department's (a clerk's look: 集計 had put them under （所管課なし）).
 */
import { inspect, summarize } from '../../../src/core/engine';
import { sheetFromGrid, type CellValue } from '../../../src/core/workbook';

const yearsDown = (caption: string): CellValue[][] => [
  [caption],
  ['（単位：千円）'],
  [],
  ['年度', '生活保護費返還金', '災害援護資金貸付金', '合計'],
  ['令和3年度 実績', 56993, 34706, 91699],
  ['令和4年度 実績', 50000, 30000, 80000],
  ['令和5年度 目標', 45000, 28000, 73000],
];
const rows = (caption: string): CellValue[][] => [
  [caption],
  [null, null, '（単位：千円）'],
  ['債権名', '令和4年度 実績', '令和5年度 目標'],
  ['生活保護費返還金', 50000, 45000],
  ['災害援護資金貸付金', 30000, 28000],
  ['合計', 80000, 73000],
];
const observations = (sheet: string, grid: CellValue[][]) =>
  inspect({ sheets: [sheetFromGrid(sheet, grid)] }, 'x.xlsx').tables.flatMap((t) => t.observations.map((o) => [o.cell, o.department, o.debt]));

describe('the department a caption opens with, or a sheet is named for', () => {
  it('a years-down table: each debt’s figure of the caption’s department, the totals of none', () => {
    expect(observations('推移', yearsDown('福祉課 収入未済額の推移')).filter(([cell]) => /^[BD]5$/.test(cell as string))).toEqual([
      ['B5', '福祉課', '生活保護費返還金'],
      ['D5', null, null],
    ]);
  });

  it('a table of rows on a sheet named for its department', () => {
    expect(observations('生活福祉課', rows('収入未済額の推移')).filter(([cell]) => /^B[4-6]$/.test(cell as string))).toEqual([
      ['B4', '生活福祉課', '生活保護費返還金'],
      ['B5', '生活福祉課', '災害援護資金貸付金'],
      ['B6', null, null],
    ]);
  });

  it('集計 sums them under the department, not （所管課なし）', () => {
    const cells = summarize({ sheets: [sheetFromGrid('推移', yearsDown('福祉課 収入未済額の推移'))] }, 'x.xlsx').changes.cells.filter((c) => c.sheet === '集計');
    expect(cells.map((c) => c.value)).toContain('福祉課');
    expect(cells.map((c) => c.value)).not.toContain('（所管課なし）');
  });

  it('a caption or sheet that is no department’s name gives none; a department column keeps its own', () => {
    expect(observations('推移', yearsDown('収入未済額の推移')).find(([cell]) => cell === 'B5')?.[1]).toBeNull();
    expect(observations('市税', rows('市税 収入未済額')).find(([cell]) => cell === 'B4')?.[1]).toBeNull();
    const own: CellValue[][] = [['福祉課 収入未済額'], [null, null, null, '（単位：千円）'], ['所管課', '債権名', '令和4年度 実績', '令和5年度 目標'], ['保護課', '生活保護費返還金', 50000, 45000]];
    expect(observations('福祉課', own)).toEqual([
      ['C4', '保護課', '生活保護費返還金'],
      ['D4', '保護課', '生活保護費返還金'],
    ]);
  });
});

it.each(['各課', '全課', '所管課', '関係課', '賦課', '日課', '税務課・保険年金課', '総務課、財政課'])('%s, as a sheet’s name or a caption’s first word, is no one department (a review’s probes)', (word) => {
  expect(observations(word, rows('収入未済額の推移')).find(([cell]) => cell === 'B4')?.[1]).toBeNull();
  expect(observations('推移', yearsDown(`${word} 収入未済額の推移`)).find(([cell]) => cell === 'B5')?.[1]).toBeNull();
});
