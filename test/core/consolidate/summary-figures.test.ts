/**
 * A department's workbook with its own summary of its debts beside them — a 区分別 sheet (one line a class) or a 課別まとめ
 * (one line a department): its debts are counted, the summary is not (it had been counted too, the city's totals doubled,
 * nothing said: a clerk's look), and it is checked against them. A department's line where the workbook gives none of that
 * department's debts is the department's own figure, and counts.
 */
import { consolidate, resultOfWorkbook, type FileResult, type Obs } from '../../../src/core/consolidate';
import { workbookOf } from '../../fixtures/observations/score';
import type { GridCell } from '../../fixtures/observations/types';
import { obsMaker } from './obs';

const file = (name: string, observations: Obs[]): FileResult => ({ file: name, modified: 1, readError: null, tables: 1, observations, issues: [] });
const obs = obsMaker({ fiscalYear: 2023, department: '環境課', classification: '非強制徴収公債権' });
const total = (c: ReturnType<typeof consolidate>, cls: string, year = 2023) => c.totals.find((t) => t.item === '収入未済額' && t.classification === cls && t.fiscalYear === year && t.kind === 'actual')?.value;
const said = (c: ReturnType<typeof consolidate>) => c.issues.filter((i) => i.code === 'summary-figures').map((i) => ({ sheet: i.sheet, cell: i.cell, severity: i.severity, message: i.message }));

describe('a workbook’s own summary of its debts', () => {
  it('区分別 as printed (環境課: two debts, one line of their class on another sheet): counted once, said as information', () => {
    const detail: GridCell[][] = [
      ['環境課所管債権 収入未済額の実績と目標'],
      [null, null, null, null, '（単位：千円）'],
      ['所管課', '債権名', '令和4年度\n決算値①', '令和5年度\n決算値②', '決算と比較\n②-①'],
      ['環境課', '一般廃棄物処理手数料', 2000, 1372, '△ 628'],
      [null, 'し尿処理手数料', 800, 750, '△ 50'],
    ];
    const byClass: GridCell[][] = [['債権区分別 収入未済額（環境課）'], [null, null, '（単位：千円）'], ['区分', '令和4年度', '令和5年度'], ['非強制徴収公債権', 2800, 2122]];
    const c = consolidate([resultOfWorkbook('環境課.xlsx', 1, workbookOf([{ name: '環境課', grid: detail, merges: ['A4:A5'] }, { name: '区分別', grid: byClass, merges: [] }]))]);
    // 2,000 + 800 and 1,372 + 750: not twice that.
    expect([total(c, '非強制徴収公債権', 2022), total(c, '非強制徴収公債権', 2023)]).toEqual([2800, 2122]);
    expect(said(c)).toEqual([{ sheet: '区分別', cell: 'B4', severity: 'info', message: expect.stringContaining('B4、C4 の数値（2件）は、同じブックの債権ごとの数値をまとめたもの') }]);
    expect(c.rows.filter((r) => r.sheet === '区分別').map((r) => [r.cell, r.included])).toEqual([['B4', false], ['C4', false]]);
  });

  it('a department’s line that is not its debts’ sum: not counted, and said as a warning with both figures', () => {
    const c = consolidate([
      file('福祉部.xlsx', [
        obs({ cell: 'E4', department: '生活福祉課', debt: '生活保護費返還金', value: 39000 }),
        obs({ cell: 'E5', department: '生活福祉課', debt: '生活保護費徴収金', classification: '強制徴収公債権', value: 4800 }),
        obs({ sheet: '課別まとめ', cell: 'C4', department: '生活福祉課', debt: null, classification: null, value: 43900 }),
      ]),
    ]);
    expect([total(c, '非強制徴収公債権'), total(c, '強制徴収公債権')]).toEqual([39000, 4800]);
    expect(c.totals.some((t) => t.classification === null)).toBe(false);
    expect(said(c)).toEqual([
      { sheet: '課別まとめ', cell: 'C4', severity: 'warning', message: expect.stringContaining('ただし 課別まとめ!C4 の 43,900千円 は、債権ごとの数値の合計 43,800千円 と合いません') },
    ]);
  });

  it('a department’s line where the workbook gives none of its debts: its own figure, counted', () => {
    const c = consolidate([
      file('福祉部.xlsx', [
        obs({ cell: 'E4', department: '生活福祉課', debt: '生活保護費返還金', value: 39000 }),
        obs({ sheet: '課別', cell: 'C5', department: '子育て支援課', debt: null, classification: null, value: 5200 }),
      ]),
    ]);
    expect(c.rows.find((r) => r.cell === 'C5')!.included).toBe(true);
    expect(said(c)).toEqual([]);
  });
});
