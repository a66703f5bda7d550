/**
 * Each arithmetic and value rule: a sheet with the fault (code, cell, severity asserted) and the
 * corrected sheet (code absent).
 */
import { check, checkSheet, codes, rateTable, amountTable, ledgerTable, LEDGER_MERGES } from './helpers';
import { sheetFromGrid, type CellValue } from '../../../src/core/workbook';
import { inspect, recalc } from '../../../src/core/engine';
import { recognizeWorkbook } from '../../../src/core/recognize';
import type { Workbook } from '../../../src/core/workbook';

describe('not-a-number', () => {
  it('flags text where a rate belongs; an Excel error is a warning of its own', () => {
    const fs = check(rateTable([['税務課', '市税', 96.2, 'ー未定', 97.0, 0.8], [null, '国民健康保険料', { error: '#DIV/0!' }, 85, 86, null]]));
    expect(codes(fs, 'not-a-number')).toEqual([['D4', 'error']]);
    expect(codes(fs, 'excel-error')).toEqual([['C5', 'warning']]);
    expect(fs.find((f) => f.cell === 'D4')?.actual).toBe('ー未定');
    // What to do, and what the text stops.
    expect(fs.find((f) => f.cell === 'D4')?.message).toBe('数値が入るべきセルに文字「ー未定」があります。数値を入力してください（文字のままでは、この値を使う合計や差引を検証も再計算もできません）。');
  });
  it('an Excel error’s message says what that error means (#REF!: a reference deleted, not a zero charge)', () => {
    const fs = check(rateTable([['税務課', '市税', { error: '#REF!' }, 96.5, 97.0, 0.5], [null, '国民健康保険料', { error: '#DIV/0!' }, 85, 86, null]]));
    expect(fs.find((f) => f.cell === 'C4')?.message).toBe('セルが Excel のエラー「#REF!」を表示しています（数式の参照先のセルや行・列が削除されています）。値を確認してください。');
    expect(fs.find((f) => f.cell === 'C5')?.message).toBe('セルが Excel のエラー「#DIV/0!」を表示しています（0 で割っています。調定額が 0 の収納率など）。値を確認してください。');
  });
  it('accepts numbers typed as text, △ and dashes', () => {
    const fs = check(rateTable([['税務課', '市税', '96.2', '—', '97.0', '△0.8'], [null, '国民健康保険料', '85.0', '-', 84.2, '▲ 0.8']]));
    expect(codes(fs, 'not-a-number')).toEqual([]);
  });
});

describe('rate-out-of-range', () => {
  it('flags a rate above 100 and below 0', () => {
    const fs = check(rateTable([['税務課', '市税', 962, 96.5, 97.0, -865.0], [null, '介護保険料', 98.0, -1, 98.5, 0.5]]));
    expect(codes(fs, 'rate-out-of-range')).toEqual([['C4', 'error'], ['D5', 'error']]);
    // The figure shown, and no figure it should be: the range's end (100) is none (962 was 96.2).
    expect(fs.filter((f) => f.code === 'rate-out-of-range').map((f) => [f.actual, f.expected])).toEqual([[962, undefined], [-1, undefined]]);
  });
  it('accepts 0 and 100, and negative deltas', () => {
    const fs = check(rateTable([['税務課', '市税', 0, 100, 100, 100], [null, '介護保険料', 98.0, 98, 96.5, -1.5]]));
    expect(codes(fs, 'rate-out-of-range')).toEqual([]);
  });
});

describe('negative-amount', () => {
  it('flags a negative amount outside a delta column', () => {
    const fs = check(amountTable([['税務課', '市税', 481383, '△ 1,200', 322509]]));
    expect(codes(fs, 'negative-amount')).toEqual([['D4', 'error']]);
  });
  it('accepts the corrected amount', () => {
    expect(codes(check(amountTable([['税務課', '市税', 481383, 1200, 322509]])), 'negative-amount')).toEqual([]);
  });
});

describe('delta-mismatch', () => {
  it('checks a ③-① column even where most rows hold words (皆減, 新規) instead of a figure', () => {
    const fs = check(
      rateTable([
        ['税務課', '市税', 96.2, 97, 97.0, 9],
        [null, '国民健康保険料', 85.0, 86, 86.0, 1.0],
        [null, '介護保険料', 90.0, 91, 91.0, '皆減'],
        [null, '後期高齢者医療保険料', 98.0, 98, 99.0, '新規'],
        [null, '保育所保育料', 95.0, 96, 96.0, '廃止'],
      ]),
    );
    expect(codes(fs, 'delta-mismatch')).toEqual([['F4', 'error']]);
    expect(fs.find((f) => f.code === 'delta-mismatch')).toMatchObject({ cell: 'F4', actual: 9 });
  });

  it('flags a delta that is not ③-① beyond display rounding', () => {
    const fs = check(rateTable([['人権啓発課', '生活改善資金貸付金', 73.6, 98.8, 1.5, -71.2], [null, '市税', 96.2, 96.0, 97.3, 1.1]]));
    expect(codes(fs, 'delta-mismatch')).toEqual([['F4', 'error']]);
    expect(fs.find((f) => f.code === 'delta-mismatch')).toMatchObject({ expected: -72.1, actual: -71.2 });
  });
  it('is not wrong by 0.04 when the operands hold more than they show', () => {
    // 97.33 − 96.24 = 1.09: a delta typed as 1.1 shows one decimal and is right.
    expect(codes(check(rateTable([['税務課', '市税', 96.24, 96.0, 97.33, 1.1]])), 'delta-mismatch')).toEqual([]);
    expect(codes(check(rateTable([['税務課', '市税', 96.24, 96.0, 97.33, 1.2]])), 'delta-mismatch')).toEqual([['F4', 'error']]);
  });
  it('accepts the corrected delta', () => {
    expect(codes(check(rateTable([['人権啓発課', '生活改善資金貸付金', 73.6, 98.8, 1.5, -72.1]])), 'delta-mismatch')).toEqual([]);
  });
});

describe('delta-blank-operand', () => {
  it('warns when a delta is shown against a blank target', () => {
    const fs = check(rateTable([['生活福祉課', '臨時福祉給付金', 80.0, null, 16.8, -63.2], [null, '緊急安全措置負担金', null, null, 27.4, 27.4]]));
    expect(codes(fs, 'delta-blank-operand')).toEqual([['F5', 'warning']]);
    expect(codes(fs, 'delta-mismatch')).toEqual([]);
  });
  it('is no blank where the operand shows an error or text: its own finding names it, the delta is not called blank', () => {
    const rows = [
      ['人権啓発課', '生活改善資金貸付金', 73.6, 98.8, 75.1, 1.5],
      ['税務課', '市税', { error: '#DIV/0!' }, 85, 86, 1.1],
      [null, '国民健康保険料', '9８.O', 85, 86, 1.1],
      [null, '介護保険料', { error: '#N/A' }, 85, null, 1.1],
    ];
    const fs = check(rateTable(rows));
    expect(codes(fs, 'excel-error')).toEqual([['C5', 'warning'], ['C7', 'warning']]);
    expect(codes(fs, 'not-a-number')).toEqual([['C6', 'error']]);
    // F7's other operand, E7, is blank: that one is said.
    expect(fs.filter((f) => f.code === 'delta-blank-operand').map((f) => [f.cell, f.message])).toEqual([['F7', '比較元（E7）が空欄なのに差引（③−①）が数値で記載されています。']]);
  });
  it('is silent when the delta is left blank too', () => {
    expect(codes(check(rateTable([[null, '緊急安全措置負担金', null, null, 27.4, null]])), 'delta-blank-operand')).toEqual([]);
  });
  it('under the blank-is-zero setting, checks the delta as a difference with zero', () => {
    const fs = check(rateTable([[null, '緊急安全措置負担金', null, null, 27.4, 26.0]]), [], { blankAsZero: true });
    expect(codes(fs, 'delta-blank-operand')).toEqual([]);
    expect(codes(fs, 'delta-mismatch')).toEqual([['F4', 'error']]);
  });
});

describe('change-rate-mismatch', () => {
  /** 収入未済額 of three years, 前年度比 and 増減率(%): the rate is (E − D) ÷ D × 100. */
  const trend = (rate: CellValue, other: CellValue = 6.0): CellValue[][] => [
    ['収入未済額の推移'],
    [null, null, null, null, null, null, '(単位：千円)'],
    ['所管課', '債権名', '令和3年度 実績', '令和4年度 実績', '令和5年度 実績', '前年度比', '増減率(%)'],
    ['税務課', '市税', 300, 280, 250, -30, rate],
    ['住宅課', '市営住宅使用料', 800, 900, 950, 50, other],
  ];
  /** The same sheet with formats set on cells ({G4: '0.0%'}). */
  const formatted = (grid: CellValue[][], formats: Record<string, string>) => {
    const sheet = sheetFromGrid('計画', grid);
    for (const [ref, format] of Object.entries(formats)) {
      const r = Number(ref.slice(1)) - 1;
      const c = ref.charCodeAt(0) - 65;
      sheet.rows[r][c]!.numberFormat = format;
    }
    return sheet;
  };

  it('accepts a typed rate right within what it shows: -10.7 for (250 − 280) ÷ 280 × 100 = -10.714…, 6 for 5.56', () => {
    expect(codes(check(trend(-10.7)), 'change-rate-mismatch')).toEqual([]);
  });

  it('flags a wrong one at its cell, with the rate its figures give', () => {
    const fs = check(trend(-12.5));
    expect(codes(fs, 'change-rate-mismatch')).toEqual([['G4', 'error']]);
    expect(fs.find((f) => f.code === 'change-rate-mismatch')).toMatchObject({
      sheet: '計画',
      cell: 'G4',
      expected: -10.7,
      actual: -12.5,
      // Negative figures as the plans print them (△), in the Japanese message.
      message: '増減率が合いません。(E4-D4)/D4*100 = △10.7 ですが、△12.5 と記載されています。',
      messageEn: 'The rate of change does not match: (E4-D4)/D4*100 = -10.7, but -12.5 is shown.',
    });
    // 5.56 shown as 7 (no decimals) is more than half a unit off.
    expect(codes(check(trend(-10.7, 7)), 'change-rate-mismatch')).toEqual([['G5', 'error']]);
  });

  it('reads a rate kept as a fraction as its column shows it: -0.107 shown as -10.7% is right, -0.12 is not', () => {
    const percent = { G4: '0.0%', G5: '0.0%' };
    expect(codes(checkSheet(formatted(trend(-0.107, 0.056), percent)), 'change-rate-mismatch')).toEqual([]);
    const fs = checkSheet(formatted(trend(-0.12, 0.056), percent));
    expect(fs.find((f) => f.code === 'change-rate-mismatch')).toMatchObject({ cell: 'G4', expected: -10.7, actual: -12 });
  });

  it('allows the rounding of figures that hold more than they show', () => {
    // 250.4 and 279.6 shown whole: printed 250 and 280 give -10.7, the figures -10.44….
    const grid = trend(-10.7);
    grid[3][3] = 279.6;
    grid[3][4] = 250.4;
    grid[3][5] = -29.2;
    expect(codes(checkSheet(formatted(grid, { D4: '#,##0', E4: '#,##0', F4: '#,##0' })), 'change-rate-mismatch')).toEqual([]);
    // Shown as they hold (General), the same -10.7 is wrong: -10.44 to one decimal is -10.4.
    expect(codes(check(grid), 'change-rate-mismatch')).toEqual([['G4', 'error']]);
  });

  it('checks a 縮減率 over the earlier figure: 実績 less 目標, over 実績', () => {
    const reduction = (rate: number): CellValue[][] => [
      ['収入未済額の縮減目標'],
      [null, null, null, null, null, '(単位：千円)'],
      ['所管課', '債権名', '令和2年度 実績', '令和7年度 目標', '縮減額', '縮減率(%)'],
      ['税務課', '市税', 1000, 800, 200, rate],
    ];
    expect(codes(check(reduction(20.0)), 'change-rate-mismatch')).toEqual([]);
    const fs = check(reduction(25.0));
    expect(fs.find((f) => f.code === 'change-rate-mismatch')).toMatchObject({ cell: 'F4', expected: 20, actual: 25 });
  });
});

describe('ratio-mismatch: a 前年度比 printed as a ratio (101.2), not as a difference', () => {
  /** 収入未済額 of two years and 前年度比: the later over the earlier × 100 (89.3 for 250 over 280). */
  const ratios = (first: CellValue, second: CellValue): CellValue[][] => [
    ['収入未済額の推移'],
    [null, null, null, null, '(単位：千円)'],
    ['所管課', '債権名', '令和4年度 実績', '令和5年度 実績', '前年度比'],
    ['税務課', '市税', 280, 250, first],
    ['住宅課', '市営住宅使用料', 900, 950, second],
  ];
  const ratioColumn = (grid: CellValue[][]) => recognizeWorkbook({ sheets: [sheetFromGrid('計画', grid)] }).tables[0].columns.find((c) => c.column === 'E')!;

  it('reads the column as the ratio of D to C, and accepts figures right within what they show (89.3, 105.6)', () => {
    const col = ratioColumn(ratios(89.3, 105.6));
    expect([col.role, col.changeRate]).toEqual(['other', { minuendColumn: 'D', subtrahendColumn: 'C', baseColumn: 'C', ratio: true }]);
    const fs = check(ratios(89.3, 105.6));
    expect(fs.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('flags a wrong ratio at its cell, with the ratio its figures give (no delta-mismatch)', () => {
    const fs = check(ratios(89.3, 110.2));
    expect(codes(fs, 'ratio-mismatch')).toEqual([['E5', 'error']]);
    expect(codes(fs, 'delta-mismatch')).toEqual([]);
    expect(fs.find((f) => f.code === 'ratio-mismatch')).toMatchObject({
      cell: 'E5',
      expected: 105.6,
      actual: 110.2,
      message: '比率が合いません。D5/C5*100 = 105.6 ですが、110.2 と記載されています。',
    });
  });

  it('reads a ratio kept as a fraction as its column shows it: 0.893 shown as 89.3%', () => {
    const sheet = sheetFromGrid('計画', ratios(0.893, 1.102));
    for (const r of [3, 4]) sheet.rows[r][4]!.numberFormat = '0.0%';
    expect(codes(checkSheet(sheet), 'ratio-mismatch')).toEqual([['E5', 'error']]);
    expect(checkSheet(sheet).find((f) => f.code === 'ratio-mismatch')).toMatchObject({ expected: 105.6, actual: 110.2 });
  });

  it('years printed newest first (令和5年度 | 令和4年度 | 前年度比): the later year against the earlier, as a ratio or a difference', () => {
    const newestFirst = (first: CellValue, second: CellValue): CellValue[][] => [
      ['収入未済額の推移'],
      [null, null, null, null, '(単位：千円)'],
      ['所管課', '債権名', '令和5年度 実績', '令和4年度 実績', '前年度比'],
      ['税務課', '市税', 250, 280, first],
      ['住宅課', '市営住宅使用料', 950, 900, second],
    ];
    expect(ratioColumn(newestFirst(89.3, 105.6)).changeRate).toEqual({ minuendColumn: 'C', subtrahendColumn: 'D', baseColumn: 'D', ratio: true });
    expect(check(newestFirst(89.3, 105.6)).filter((f) => f.severity === 'error')).toEqual([]);
    expect(check(newestFirst(-30, 50)).filter((f) => f.severity === 'error')).toEqual([]);
    expect(codes(check(newestFirst(-30, 60)), 'delta-mismatch')).toEqual([['E5', 'error']]);
  });

  it('keeps a 前年度比 printed as the difference a difference (-30, 50), and its wrong figure a delta-mismatch', () => {
    expect(ratioColumn(ratios(-30, 50)).role).toBe('delta');
    expect(codes(check(ratios(-30, 50)), 'delta-mismatch')).toEqual([]);
    expect(codes(check(ratios(-30, 60)), 'delta-mismatch')).toEqual([['E5', 'error']]);
    // One row of each: no more rows read as a ratio than as a difference, so a difference still.
    expect(ratioColumn(ratios(-30, 105.6)).role).toBe('delta');
  });
});

describe('total-mismatch', () => {
  const rows = [
    ['税務課', '市税', 481383, 400000, 322509],
    [null, '軽自動車税', 1000, 900, 800],
    ['保険課', '国民健康保険料', 255610, 200000, 166329],
  ];
  it('flags a 合計 that is not the sum of its rows', () => {
    const fs = check(amountTable([...rows, ['合計', null, 738003, 600900, 489000]]), ['A7:B7']);
    expect(codes(fs, 'total-mismatch')).toEqual([['C7', 'error'], ['E7', 'error']]);
    expect(fs.find((f) => f.cell === 'C7')).toMatchObject({ expected: 737993, actual: 738003 });
  });
  it('names the cells it sums as a reader would select them: two 小計 apart, not the range between them', () => {
    const grid: CellValue[][] = [
      ['収入未済額の実績と目標', null, null, null, null], [null, null, null, null, '(単位：千円)'],
      ['債権名', '令和5年度 実績', '令和6年度 目標', '令和7年度 目標'],
      ['強制徴収公債権'], ['市税', 100000, 90000, 80000], ['国民健康保険税', 50000, 40000, 35000], ['小計', 150000, 130000, 115000],
      ['私債権'], ['住宅新築資金等貸付金', 10000, 9000, 8000], ['奨学金貸付金', 3000, 2500, 2000], ['小計', 13000, 11500, 10000],
      ['合計', 164000, 141500, 125000],
    ];
    const fs = check(grid);
    expect(codes(fs, 'total-mismatch')).toEqual([['B12', 'error']]);
    expect(fs.find((f) => f.cell === 'B12')!.message).toBe('合計が合いません。B7, B11 の合計は 163,000 ですが、164,000 と記載されています。');
    // Rows one after another: their range.
    expect(check(amountTable([...rows, ['合計', null, 738003, 600900, 489638]]), ['A7:B7']).find((f) => f.cell === 'C7')!.message).toContain('C4:C6 の合計は 737,993');
  });
  it('reads a table of years whose caption names the amount (収入未済額の実績と目標), its unit a column right of it or nowhere', () => {
    const grid = (unitAt: number | null): CellValue[][] => {
      const unitRow: CellValue[] = [null, null, null, null, null];
      if (unitAt !== null) unitRow[unitAt] = '(単位：千円)';
      return [
        ['管理課 収入未済額の実績と目標'], unitRow,
        ['債権名', '令和元年度 実績', '令和2年度 目標', '令和3年度 目標'],
        ['市営住宅使用料', 100000, 90000, 80000], ['住宅新築資金等貸付金', 50000, 40000, 35000], ['合計', 151000, 130000, 115000],
      ];
    };
    for (const at of [3, 4, null]) {
      const fs = check(grid(at));
      // The 合計 checked as a sum of amounts, whatever the headers say.
      expect({ at, mismatches: codes(fs, 'total-mismatch') }).toEqual({ at, mismatches: [['B6', 'error']] });
      // No unit anywhere: said once, at the table.
      expect({ at, unit: codes(fs, 'unit-unknown') }).toEqual({ at, unit: at === null ? [['A3', 'warning']] : [] });
    }
    const { tables } = recognizeWorkbook({ sheets: [sheetFromGrid('計画', grid(4))] });
    expect([tables[0].measure, tables[0].unit]).toEqual(['amount', '千円']);
  });
  it('reads a figure as large as a double holds (9.99E+307, which Excel accepts) as a figure: the 合計 over it is flagged, not the cell left blank', () => {
    // The 合計 is the other two rows' (481,383 + 255,610): read as blank, the huge figure would have passed unseen.
    const fs = check(amountTable([rows[0], [null, '軽自動車税', 9.99e307, 900, 800], rows[2], ['合計', null, 736993, 600900, 489638]]), ['A7:B7']);
    expect(codes(fs, 'total-mismatch')).toEqual([['C7', 'error']]);
    expect(fs.find((f) => f.cell === 'C7')).toMatchObject({ actual: 736993 });
  });
  it('allows the rounding drift of 千円 figures (単位未満四捨五入) but not in 円', () => {
    const grid = amountTable([...rows, ['合計', null, 737994, 600900, 489638]]);
    expect(codes(check(grid, ['A7:B7']), 'total-mismatch')).toEqual([]);
    grid[1][4] = '(単位：円)';
    expect(codes(check(grid, ['A7:B7']), 'total-mismatch')).toEqual([['C7', 'error']]);
  });
  it('accepts the corrected totals', () => {
    expect(codes(check(amountTable([...rows, ['合計', null, 737993, 600900, 489638]]), ['A7:B7']), 'total-mismatch')).toEqual([]);
  });
  it('adds the tolerance in a fixed order: half a unit of the total, the drift, then each part that hides precision', () => {
    // 8.387000003 against 1.599 + 5.738 = 7.337: a hair beyond 0.5 + 0.5 + 0.05. Summed in another
    // order the tolerance differs in its last bit and this total would pass.
    const wb: Workbook = {
      sheets: [
        {
          name: '計画',
          merges: [],
          rows: [
            [{ value: '債権名' }, { value: '令和4年度収入未済額' }],
            [{ value: '市税' }, { value: 1.599, numberFormat: '0' }],
            [{ value: '保育料' }, { value: 5.738, numberFormat: '0.0' }],
            [{ value: '合計' }, { value: 8.387000003, numberFormat: '0' }],
          ],
        },
      ],
    };
    // (And the unit the table states nowhere.)
    expect(inspect(wb, 'x.xlsx').issues.map((i) => [i.code, i.cell, i.expected, i.actual])).toEqual([['total-mismatch', 'B4', 7, 8.387000003], ['unit-unknown', 'A1', undefined, undefined]]);
  });
  it('sums 小計 sections, and the 合計 from the 小計s', () => {
    const grid = amountTable([rows[0], rows[1], [null, '小計', 482383, 400900, 323309], rows[2], [null, '小計', 255610, 200000, 166329], ['合計', null, 737000, 600900, 489638]]);
    expect(codes(check(grid), 'total-mismatch')).toEqual([['C9', 'error']]);
    const fixed = grid.map((r) => [...r]);
    fixed[8][2] = 737993;
    expect(codes(check(fixed), 'total-mismatch')).toEqual([]);
  });
});

describe('小計 printed first in their groups (a class, its 小計, then its debts), a 合計 at the bottom', () => {
  /** The class printed once on its 小計's row, or merged down over its debts. */
  const grid: CellValue[][] = [
    ['収入未済額の実績と目標', null, null, null, null], [null, null, null, null, '（単位：千円）'], ['区分', '債権名', '令和3年度実績', '令和4年度実績', '令和5年度目標'],
    ['強制徴収公債権', '小計', 605000, 568000, 540000], [null, '市税', 320000, 308000, 290000], [null, '国民健康保険税', 285000, 260000, 250000],
    ['非強制徴収公債権', '小計', 60000, 65000, 59000], [null, '生活保護費返還金', 60000, 65000, 59000], ['合計', null, 665000, 633000, 599000],
  ];
  test.each([
    ['printed once', []],
    ['merged down', ['A4:A6', 'A7:A8']],
  ] as [string, string[]][])('the class %s: each 小計 the rows under it, the 合計 the 小計s; a wrong figure found at its own 小計', (_, merges) => {
    // (Each 小計 had been checked against the rows above it — the second against the first class's debts — and 再計算 wrote
    // a 合計 of 1,270,000 for 665,000: a user's look.)
    expect(codes(check(grid, merges), 'total-mismatch')).toEqual([]);
    const wrong = grid.map((row) => [...row]);
    wrong[4][3] = 309000;
    expect(codes(check(wrong, merges), 'total-mismatch')).toEqual([['D4', 'error']]);
    const { changes } = recalc({ sheets: [sheetFromGrid('S', grid, merges)] }, 'x.xlsx', '2026-12-06 10:00');
    const at = (cell: string) => changes.cells.find((c) => c.sheet === 'S' && c.cell === cell);
    expect(at('C4')).toMatchObject({ formula: 'SUM(C5:C6)', value: 605000 });
    expect(at('C7')).toMatchObject({ formula: 'SUM(C8)', value: 60000 });
    expect(at('C9')).toMatchObject({ formula: 'SUM(C4,C7)', value: 665000 });
  });
  test('the debts under a class printed once on its 小計’s row are of that class', () => {
    const { tables } = recognizeWorkbook({ sheets: [sheetFromGrid('S', grid)] });
    expect(tables[0].rows.filter((r) => !r.total).map((r) => [r.debt, r.classification])).toEqual([
      ['市税', '強制徴収公債権'],
      ['国民健康保険税', '強制徴収公債権'],
      ['生活保護費返還金', '非強制徴収公債権'],
    ]);
  });
});

describe('(a review’s findings on totals)', () => {
  const writes = (grid: CellValue[][]) => recalc({ sheets: [sheetFromGrid('S', grid)] }, 'x.xlsx', '2026-12-06 10:00').changes.cells.filter((c) => c.sheet === 'S');
  test('計 printed first in each class’s group (強制徴収公債権 | 計, then its debts), 合計 at the bottom: each 計 its rows under it', () => {
    const grid: CellValue[][] = [
      ['収入未済額(単位:千円)', null, null, null], ['区分', '債権名', '令和3年度', '令和4年度'],
      ['強制徴収公債権', '計', 605000, 568000], [null, '市税', 320000, 308000], [null, '国民健康保険税', 285000, 260000],
      ['非強制徴収公債権', '計', 60000, 65000], [null, '生活保護費返還金', 60000, 65000], ['合計', null, 665000, 633000],
    ];
    // (Four false total-mismatches, and 再計算 had written a 合計 of 1,270,000 over 665,000.)
    expect(codes(check(grid), 'total-mismatch')).toEqual([]);
    expect(writes(grid).find((c) => c.cell === 'C8')).toMatchObject({ formula: 'SUM(C3,C6)', value: 665000 });
  });
  test('小計 naming its group in brackets (小計（税）, 小計（税外）), printed first, no class column: subtotals of the rows under them', () => {
    const grid: CellValue[][] = [
      ['収入未済額(単位:千円)', null, null], ['債権名', '令和3年度', '令和4年度'],
      ['小計（税）', 605000, 568000], ['市税', 320000, 308000], ['国民健康保険税', 285000, 260000],
      ['小計（税外）', 60000, 65000], ['生活保護費返還金', 60000, 65000], ['合計', 665000, 633000],
    ];
    // (They had been read as debts: a false total-mismatch at the 合計, and 再計算 wrote 1,330,000 over 665,000.)
    expect(codes(check(grid), 'total-mismatch')).toEqual([]);
    expect(writes(grid).find((c) => c.cell === 'B8')).toMatchObject({ formula: 'SUM(B3,B6)', value: 665000 });
    expect(writes(grid).find((c) => c.cell === 'B3')).toMatchObject({ formula: 'SUM(B4:B5)', value: 605000 });
  });
  test('a debt’s 計 written with its name (市民税(個人) | 市民税(法人) | 市民税計) after another debt sums its parts', () => {
    const grid: CellValue[][] = [
      ['市税の収納状況(単位:千円)', null, null, null], ['税目', '調定額', '収入済額', '収入未済額'],
      ['固定資産税', 500, 490, 10], ['市民税(個人)', 800, 780, 20], ['市民税(法人)', 200, 200, 0], ['市民税計', 1000, 980, 20], ['合計', 1500, 1470, 30],
    ];
    // (It had summed 固定資産税 too: a false total-mismatch, and 再計算 wrote 1,500 over 1,000.)
    expect(codes(check(grid), 'total-mismatch')).toEqual([]);
    expect(writes(grid).find((c) => c.cell === 'B6')).toMatchObject({ formula: 'SUM(B4:B5)', value: 1000 });
    expect(writes(grid).find((c) => c.cell === 'B7')).toMatchObject({ formula: 'SUM(B3,B6)', value: 1500 });
  });
  test('所管課 | 区分 whose 区分 holds debts alone: each row its department’s debt', () => {
    const grid: CellValue[][] = [['債権の状況(単位:千円)', null, null, null], ['所管課', '区分', '調定額', '収入未済額'], ['税務課', '市民税', 1000, 20], [null, '固定資産税', 500, 10], ['保険年金課', '国民健康保険税', 800, 40], ['合計', null, 2300, 70]];
    const { tables } = recognizeWorkbook({ sheets: [sheetFromGrid('S', grid)] });
    // (The rows had taken no debt and no department: out of 集計.)
    expect(tables[0].rows.filter((r) => !r.total).map((r) => [r.department, r.debt])).toEqual([['税務課', '市民税'], ['税務課', '固定資産税'], ['保険年金課', '国民健康保険税']]);
    expect(codes(check(grid), 'total-mismatch')).toEqual([]);
  });
});

describe('a 繰越額 beside the ledger, and balances carried from year to year (a user’s look)', () => {
  /** Years down the rows (令和4年度's 年度末 typed 53,000: 42,000 + 610,000 − 607,000 − 2,000 = 43,000). */
  const flow = (header: string[]): CellValue[][] => [
    ['市営住宅使用料 残高の推移', null, null, null, null, null], [null, null, null, null, null, '（単位：千円）'], header,
    ['令和3年度', 40000, 600000, 595000, 3000, 42000], ['令和4年度', 42000, 610000, 607000, 2000, 53000], ['令和5年度', 53000, 620000, 610000, 1000, 62000],
  ];
  test.each([
    [['年度', '前年度末残高', '調定額', '収入額', '不納欠損額', '年度末残高'], 'rollforward-mismatch'],
    [['年度', '期首残高', '当年度調定額', '収入済額', '不納欠損額', '期末残高'], 'rollforward-mismatch'],
    [['年度', '繰越額', '調定額', '収入済額', '不納欠損額', '収入未済額'], 'ledger-identity'],
  ])('%s: the year’s balance is the start + 調定額 − 収入 − 不納欠損, the wrong one found at its cell alone', (header, code) => {
    // (The first two had never been checked — 調定額 between the balances was a flow of no known direction — and the third
    // had flagged every correct row, its 繰越額 left out.)
    const fs = check(flow(header));
    expect(fs.filter((f) => f.severity === 'error').map((f) => [f.code, f.cell])).toEqual([[code, 'F5']]);
  });

  test('a 調定額 that holds the start already (年度末 = 調定額 − 収入 − 不納欠損) is right too', () => {
    const grid = flow(['年度', '前年度末残高', '調定額', '収入額', '不納欠損額', '年度末残高']);
    grid[3] = ['令和3年度', 40000, 640000, 595000, 3000, 42000];
    grid[4] = ['令和4年度', 42000, 652000, 607000, 2000, 43000];
    grid[5] = ['令和5年度', 43000, 673000, 610000, 1000, 62000];
    expect(check(grid).filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('where the table’s 調定額 holds the start (繰越調定額 beside 前年度末残高), a line that balances neither way is said as the lines read, the start not counted twice (a clerk’s look)', () => {
    const grid = flow(['年度', '前年度末残高', '繰越調定額', '収入額', '不納欠損額', '年度末残高']);
    grid[3] = ['令和3年度', 40000, 40000, 5000, 3000, 32000];
    grid[4] = ['令和4年度', 32000, 32000, 6000, 2000, 25000]; // 32,000 − 6,000 − 2,000 = 24,000
    grid[5] = ['令和5年度', 25000, 25000, 4000, 1000, 20000];
    const fs = check(grid).filter((f) => f.severity === 'error');
    expect(fs.map((f) => [f.code, f.cell, f.expected])).toEqual([['rollforward-mismatch', 'F5', 24000]]);
    expect(fs[0].message).toBe('年度末の額が合いません。調定額 32,000 − 回収額 6,000 − 不納欠損額 2,000 = 24,000 ですが、25,000 と記載されています。');
  });

  test('by debt (繰越額 | 調定額 | 収入済額 | 不納欠損額 | 収入未済額): checked with the 繰越額, and 再計算 writes it into the formula', () => {
    const grid: CellValue[][] = [
      ['債権の状況(単位:千円)', null, null, null, null, null], ['債権名', '繰越額', '調定額', '収入済額', '不納欠損額', '収入未済額'],
      ['市営住宅使用料', 40000, 600000, 595000, 3000, 42000], ['保育料', 42000, 610000, 607000, 2000, 53000], ['学校給食費', 1000, 5000, 4800, 0, 1200],
    ];
    expect(codes(check(grid), 'ledger-identity')).toEqual([['F4', 'error']]);
    // (再計算 had written 調定額 − 収入済額 − 不納欠損額: 2,000 over a correct 42,000.)
    const { changes } = recalc({ sheets: [sheetFromGrid('S', grid)] }, 'x.xlsx', '2026-12-06 10:00');
    const at = (cell: string) => changes.cells.find((c) => c.sheet === 'S' && c.cell === cell);
    expect(at('F3')).toMatchObject({ formula: 'IF(OR(C3="",D3=""),"",N(B3)+C3-D3-N(E3))', value: 42000 });
    expect(at('F4')).toMatchObject({ value: 43000 });
  });

  test('by debt, between balances (期首残高 | 調定額 | 収入額 | 不納欠損額 | 期末残高): each row’s end balance checked, the wrong one found at its cell', () => {
    const grid: CellValue[][] = [
      ['債権の残高(単位:千円)', null, null, null, null, null], ['債権名', '期首残高', '調定額', '収入額', '不納欠損額', '期末残高'],
      ['市営住宅使用料', 40000, 600000, 595000, 3000, 42000], ['保育料', 42000, 610000, 607000, 2000, 53000], ['学校給食費', 1000, 6000, 4800, 0, 1200],
    ];
    // (A review: never checked. 学校給食費's 調定額 holds its start: 6,000 − 4,800 = 1,200, right as printed.)
    const fs = check(grid);
    expect(fs.filter((f) => f.severity === 'error').map((f) => [f.code, f.cell])).toEqual([['rollforward-mismatch', 'F4']]);
    expect(fs.find((f) => f.cell === 'F4')?.message).toBe('年度末の額が合いません。年度当初 42,000 ＋ 調定額 610,000 − 収入済額 607,000 − 不納欠損額 2,000 = 43,000 ですが、53,000 と記載されています。');
  });

  test('a 繰越額 the rows’ 調定額 holds already (収入未済額 = 調定額 − 収入済額 − 不納欠損額) is left out', () => {
    const grid: CellValue[][] = [
      ['債権の状況(単位:千円)', null, null, null, null, null], ['債権名', '繰越額', '調定額', '収入済額', '不納欠損額', '収入未済額'],
      ['市営住宅使用料', 40000, 640000, 595000, 3000, 42000], ['保育料', 42000, 652000, 607000, 2000, 43000],
    ];
    expect(codes(check(grid), 'ledger-identity')).toEqual([]);
    const { changes } = recalc({ sheets: [sheetFromGrid('S', grid)] }, 'x.xlsx', '2026-12-06 10:00');
    expect(changes.cells.find((c) => c.sheet === 'S' && c.cell === 'F3')).toMatchObject({ formula: 'IF(OR(C3="",D3=""),"",C3-D3-N(E3))', value: 42000 });
  });
});

describe('ledger-identity and rate-mismatch', () => {
  const good = [
    ['税務課', '市税', '現年度分', 10749864, 10669237, 0, 80627, 99.2],
    [null, null, '滞納繰越分', 1433803, 1185471, 6450, 241882, 82.7],
    [null, null, '全体', 12183667, 11854708, 6450, 322509, 97.3],
  ];
  const merges = [...LEDGER_MERGES, 'A5:A7', 'B5:B7'];
  it('flags 収入未済額 ≠ 調定額 − 収入済額 − 不納欠損額', () => {
    const bad = good.map((r) => [...r]);
    bad[1][6] = 241000;
    const fs = check(ledgerTable(bad), merges);
    expect(codes(fs, 'ledger-identity')).toEqual([['G6', 'error']]);
    expect(fs.find((f) => f.code === 'ledger-identity')).toMatchObject({ expected: 241882, actual: 241000 });
  });
  it('flags a 全体 rate that is the mean of its 区分 rates, not the weighted rate', () => {
    const bad = good.map((r) => [...r]);
    bad[2][7] = 91.0; // (99.2 + 82.7) / 2, rounded
    const fs = check(ledgerTable(bad), merges);
    expect(codes(fs, 'rate-mismatch')).toEqual([['H7', 'error']]);
    expect(fs.find((f) => f.code === 'rate-mismatch')).toMatchObject({ expected: 97.3, actual: 91 });
  });
  it('accepts the correct ledger', () => {
    const fs = check(ledgerTable(good), merges);
    expect([...codes(fs, 'ledger-identity'), ...codes(fs, 'rate-mismatch')]).toEqual([]);
  });
  it('flags a 収入未済額 printed as none (－) where its amounts leave one (a colleague’s look: 再計算 wrote 920 over it, 集計 counted 0, nothing said)', () => {
    const bad = good.map((r) => [...r]);
    bad[1][6] = '－';
    const fs = check(ledgerTable(bad), merges);
    expect(codes(fs, 'ledger-identity')).toEqual([['G6', 'error']]);
    expect(fs.find((f) => f.code === 'ledger-identity')).toMatchObject({ expected: 241882, actual: '－' });
    // Where the amounts leave none, the dash says as much.
    const none = good.map((r) => [...r]);
    none[0][4] = 10749864;
    none[0][6] = '－';
    expect(codes(check(ledgerTable(none), merges), 'ledger-identity')).toEqual([]);
  });
});

describe('division-inconsistent', () => {
  const table = (overall: number) => [
    ['収納率'],
    [null, null, null, null, '(単位：%)'],
    ['所管部署', '債権名', '区分', '実績', '目標'],
    [null, null, null, '令和6年度', '令和8年度'],
    ['生活福祉課', '行旅死亡人葬祭費', '現年度分', 100.0, 100.0],
    [null, null, '滞納繰越分', 35.2, 9.1],
    [null, null, '全 体', overall, 9.1],
  ];
  const merges = ['A3:A4', 'B3:B4', 'C3:C4', 'A5:A7', 'B5:B7'];
  it('warns when 全体 lies outside its 現年度分 and 滞納繰越分 rates', () => {
    expect(codes(check(table(20.0), merges), 'division-inconsistent')).toEqual([['D7', 'warning']]);
  });
  it('accepts a 全体 rate between them', () => {
    expect(codes(check(table(50.0), merges), 'division-inconsistent')).toEqual([]);
  });
});

describe('duplicate-debt', () => {
  it('warns on the second occurrence of the same debt', () => {
    const fs = check(rateTable([['税務課', '市税', 96.2, 96.0, 97.3, 1.1], ['保険課', '国民健康保険料', 84.9, 85.0, 89.2, 4.3], ['税務課', '市税', 96.2, 96.0, 97.3, 1.1]]));
    expect(codes(fs, 'duplicate-debt')).toEqual([['B6', 'warning']]);
  });
  it('accepts the same name under different 区分', () => {
    const fs = check(ledgerTable([['税務課', '市税', '現年度分', 100, 99, 0, 1, 99.0], [null, '市税', '滞納繰越分', 10, 5, 0, 5, 50.0]]), LEDGER_MERGES);
    expect(codes(fs, 'duplicate-debt')).toEqual([]);
  });
});

describe('duplicate-column', () => {
  const grid = (second: string): CellValue[][] => [
    ['収入未済額の実績と目標'],
    [null, null, null, null, null, '(単位：千円)'],
    ['所管課', '債権名', '令和5年度\n実績①', second, '令和6年度\n見込③', '令和9年度\n目標④'],
    ['税務課', '市税', 182345, 170210, 160000, 140000],
    ['保険課', '国民健康保険税', 402118, 385600, 370000, 330000],
  ];
  it('warns at the second header of one year and kind (令和5年度 実績① | 令和5年度 実績②), naming the first', () => {
    // (The first was meant 令和4年度: nothing was said, and 集計 took the first column silently.)
    const fs = check(grid('令和5年度\n実績②'));
    expect(codes(fs, 'duplicate-column')).toEqual([['D3', 'warning']]);
    expect(fs.find((f) => f.code === 'duplicate-column')!.message).toBe('D3 は C3 と同じ 令和5年度 実績 の収入未済額の列です。どちらかの見出しの年度か種別が違っていませんか（集計は C3 の列を使います）。');
  });
  it('says nothing of columns of different years or kinds, nor of headers that say how they differ (目標（当初） | 目標（見直し後）)', () => {
    expect(codes(check(grid('令和5年度\n見込②')), 'duplicate-column')).toEqual([]);
    expect(codes(check(grid('令和4年度\n実績②')), 'duplicate-column')).toEqual([]);
    const revised = grid('令和9年度\n目標（見直し後）');
    revised[2][2] = '令和9年度\n目標（当初）';
    expect(codes(check(revised), 'duplicate-column')).toEqual([]);
  });
});

describe('missing-value', () => {
  const grid = (mid: number | null | string) => [
    ['収納率の目標値'],
    [null, null, null, null, '(単位：%)'],
    ['所管課', '債権名', '令和3年度', '令和4年度', '令和5年度'],
    ['税務課', '市税', 96.0, mid, 96.0],
    [null, '臨時福祉給付金', 0.0, null, null],
  ];
  it('warns on a target year left blank between two filled years', () => {
    expect(codes(check(grid(null)), 'missing-value')).toEqual([['D4', 'warning']]);
  });
  it('accepts trailing blanks (a debt that ends) and an explicit dash', () => {
    expect(codes(check(grid(96.0)), 'missing-value')).toEqual([]);
    expect(codes(check(grid('—')), 'missing-value')).toEqual([]);
  });
});

describe('large-change', () => {
  it('notes a rate moving more than the threshold between consecutive years', () => {
    const fs = check(rateTable([['人権啓発課', '生活改善資金貸付金', 73.6, 98.8, 1.5, -72.1], [null, '市税', 96.2, 96.0, 97.3, 1.1]]));
    expect(codes(fs, 'large-change')).toEqual([['E4', 'info']]);
  });
  it('follows the threshold setting', () => {
    const fs = check(rateTable([['人権啓発課', '生活改善資金貸付金', 73.6, 98.8, 1.5, -72.1]]), [], { largeChangePoints: 80 });
    expect(codes(fs, 'large-change')).toEqual([]);
  });
});

describe('a word in a difference column', () => {
  it('is no error where an operand has no figure (皆減, 新規 say why), and is one where both have', () => {
    const fs = check(
      rateTable([
        ['税務課', '市税', 96.2, 97, null, '皆減'],
        [null, '国民健康保険料', null, 86, 86.0, '新規'],
        [null, '介護保険料', 90.0, 91, 91.0, '皆増'],
        [null, '保育所保育料', 95.0, 96, 96.0, 1.0],
      ]),
    );
    expect(codes(fs, 'not-a-number')).toEqual([['F6', 'error']]);
  });
});

describe('a 滞納繰越分 flow whose 前年度末残高 carries the year before’s 現年度分 収入未済額 in (a clerk’s look: five errors on a right table)', () => {
  // 前年度末残高 = 前年度の年度末残高 + 前年度の現年度分の収入未済額, as the table's note says.
  const sheet = (withCurrent: boolean, opening2 = 45000): Workbook => {
    const current: CellValue[][] = [
      ['(1) 市営住宅使用料（現年度分）', null, null, null, null, null],
      [null, null, null, null, null, '単位:円'],
      ['年度', '調定額', '収入済額', '不納欠損額', '収入未済額', null],
      ['令和元年度', 500000, 480000, 0, 20000, null],
      ['令和2年度', 510000, 485000, 0, 25000, null],
      [null, null, null, null, null, null],
    ];
    const flow: CellValue[][] = [
      ['(2) 滞納繰越分の推移（市営住宅使用料）', null, null, null, null, null],
      [null, null, null, null, null, '単位:円'],
      ['年度', '前年度末残高', '繰越調定額', '収入額', '不納欠損額', '年度末残高'],
      ['令和元年度', 40000, 40000, 10000, 5000, 25000],
      ['令和2年度', opening2, opening2, 12000, 3000, opening2 - 15000],
      ['令和3年度', 55000, 55000, 11000, 2000, 42000],
      ['※前年度末残高は前年度の年度末残高に前年度現年度分の収入未済額を加えた額', null, null, null, null, null],
    ];
    return { sheets: [sheetFromGrid('住宅課', withCurrent ? [...current, ...flow] : flow)] };
  };
  const found = (wb: Workbook) => inspect(wb, 'x.xlsx').issues.filter((i) => i.code.startsWith('carryover')).map((i) => `${i.code}@${i.cell}:${i.severity}`);

  test('where the sheet gives that figure (25,000 + 20,000 = 45,000; 30,000 + 25,000 = 55,000): nothing said', () => {
    expect(found(sheet(true))).toEqual([]);
  });

  test('where it does not: a warning at each opening, naming the difference', () => {
    const issues = inspect(sheet(false), 'x.xlsx').issues.filter((i) => i.code.startsWith('carryover'));
    expect(issues.map((i) => `${i.code}@${i.cell}:${i.severity}`)).toEqual(['carryover-current@B5:warning', 'carryover-current@B6:warning']);
    expect(issues[0].message).toBe('令和2年度の年度当初の額 45,000 は、前年度の年度末の額 25,000（F4）より 20,000 多くなっています。前年度の現年度分の収入未済額を繰り越した額であれば正しいものです（その額はこのシートの表にありません）。確認してください。');
  });

  test('an opening that carries in another figure than the 現年度分 the sheet gives, or is lower than the last year’s end, is an error', () => {
    // 令和2年度 opens at 46,000: 21,000 over 25,000, where 令和元年度's 現年度分 left 20,000 (and 令和3年度 then 24,000 over 31,000).
    expect(found(sheet(true, 46000))).toEqual(['carryover-mismatch@B11:error', 'carryover-mismatch@B12:error']);
    // 令和2年度 opens at 20,000, under 25,000: nothing carried in explains it.
    expect(found(sheet(false, 20000))).toEqual(['carryover-mismatch@B5:error', 'carryover-current@B6:warning']);
  });
});

