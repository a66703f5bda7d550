/**
 * Recalculation rules: the formula written in each computed cell and the figure it computes.
 */
import { sheetFromGrid, type CellValue, type Workbook } from '../../../src/core/workbook';
import { inspect, recalc, summarize } from '../../../src/core/engine';
import { applyToSnapshot } from '../../../src/core/apply-snapshot';
import { workbookDataCells, DATA_SHEET } from '../../../src/core/workbook-data';
import type { CellWrite } from '../../../src/core/changes';

const NOW = '2026-11-23 10:00';

function book(grid: CellValue[][], merges: string[] = [], extra: Workbook['sheets'] = []): Workbook {
  return { sheets: [sheetFromGrid('計画', grid, merges), ...extra] };
}

const writesOn = (cells: CellWrite[], sheet = '計画') => new Map(cells.filter((c) => c.sheet === sheet && c.formula !== undefined).map((c) => [c.cell, c]));

const rateGrid = (delta: CellValue, target: CellValue = 98.8): CellValue[][] => [
  ['収納率の実績'],
  [null, null, null, null, null, '(単位：%)'],
  ['所管課', '債権名', '令和元年度\n決算①', '令和2年度\n目標②', '令和2年度\n決算③', '決算と比較\n③-①'],
  ['人権啓発課', '生活改善資金貸付金', 73.6, target, 1.5, delta],
];

describe('delta columns', () => {
  it('write ③ minus ① of the same row, blank when an operand is blank', () => {
    const { changes } = recalc(book(rateGrid(-72.1)), 'x.xlsx', NOW);
    const f6 = writesOn(changes.cells).get('F4')!;
    expect(f6).toMatchObject({ formula: 'IF(OR(E4="",C4=""),"",E4-C4)', numberFormat: '0.0;"△"0.0' });
    expect(f6.value).toBeCloseTo(-72.1, 9);
  });

  it('show negatives as the table types them: △ with a space, or ▲ (the seed\'s 2-2 prints △ 628)', () => {
    const amounts = (typed: CellValue[]): CellValue[][] => [
      ['収入未済額の実績'],
      [null, null, null, null, '(単位：千円)'],
      ['所管課', '債権名', '令和元年度\n決算①', '令和2年度\n決算③', '③-①'],
      ...typed.map((d, i): CellValue[] => ['税務課', `債権${i}`, 2432, 1804 + i * 1000, d]),
    ];
    const formatOf = (typed: CellValue[], cell = 'E4', shownAs?: string) => {
      const wb = book(amounts(typed));
      // The last row's figure shown in a format of the user's.
      if (shownAs) wb.sheets[0].rows[3 + typed.length - 1]![4]!.numberFormat = shownAs;
      return writesOn(recalc(wb, 'x.xlsx', NOW).changes.cells).get(cell)!.numberFormat;
    };
    // Typed as text, △ and a space (E4 −628 typed wrong, E5 blank, E6 +372 typed as a figure).
    expect(formatOf(['△ 682', null, 372], 'E5')).toBe('#,##0;"△ "#,##0');
    expect(formatOf(['▲628', null, 372], 'E5')).toBe('#,##0;"▲"#,##0');
    expect(formatOf(['▲ 628', '▲ 9', 372], 'E4')).toBe('#,##0;"▲ "#,##0');
    // A figure formatted with ▲ beside (E6) is the table's way too.
    expect(formatOf([null, 372, -628], 'E4', '#,##0;"▲"#,##0')).toBe('#,##0;"▲"#,##0');
    // Nothing typed negative: the plans' △; nor one ▲ typed among negatives shown without a mark.
    expect(formatOf([null, 372, 1372], 'E4')).toBe('#,##0;"△"#,##0');
    expect(formatOf([null, '▲628', -1000, -2000], 'E4')).toBe('#,##0;"△"#,##0');
  });

  it('replace a wrong hand-typed delta and log the value it held', () => {
    const { report, changes } = recalc(book(rateGrid(-71.2)), 'x.xlsx', NOW);
    // −71.2 showed another figure than −72.1: a mistake mended.
    expect(report.changes).toEqual([{ sheet: '計画', cell: 'F4', before: -71.2, formula: '=IF(OR(E4="",C4=""),"",E4-C4)', kind: 'number', mended: true }]);
    expect(report.issues.filter((i) => i.code === 'delta-mismatch')).toEqual([]);
    // The log's table starts under its explanation (rows 1–6, its print area): header on row 8.
    const log = changes.cells.filter((c) => c.sheet === 'saiken変更履歴' && Number(c.cell.slice(1)) >= 8);
    expect(log.map((c) => [c.cell, c.value])).toEqual([
      ['A8', '日時'], ['B8', 'シート'], ['C8', 'セル'], ['D8', '変更前の値'], ['E8', '書き込んだ数式'], ['F8', '変更前の表示形式'], ['G8', '実行番号'], ['H8', '変更前の種類'], ['I8', '行の見出し'],
      // F: the cell had no number format; 再計算 gave it the table's (元に戻す puts "General" back).
      // G: the first run of this log; H left blank: D's number tells what F4 held; I: the row's label as it stood.
      ['A9', NOW], ['B9', '計画'], ['C9', 'F4'], ['D9', -71.2], ['E9', '=IF(OR(E4="",C4=""),"",E4-C4)'], ['F9', 'General'], ['G9', 1], ['I9', 'A4=人権啓発課\nB4=生活改善資金貸付金'],
    ]);
    expect(changes.sheets).toEqual([expect.objectContaining({ name: 'saiken変更履歴', mode: 'create', position: 'last', print: expect.objectContaining({ area: 'A1:E6' }) })]);
  });

  it('give a blank result against a blank operand, or the older blank-is-zero when the workbook asks', () => {
    const blankTarget = (setting: CellValue[][] | null) => {
      const extra = setting ? [sheetFromGrid(DATA_SHEET, setting)] : [];
      const grid = rateGrid(null, null);
      grid[2][5] = '目標と比較\n③-②';
      return writesOn(recalc(book(grid, [], extra), 'x.xlsx', NOW).changes.cells).get('F4')!;
    };
    expect(blankTarget(null)).toMatchObject({ formula: 'IF(OR(E4="",D4=""),"",E4-D4)', value: '' });
    const zero = blankTarget(workbookDataCells({ settings: { blankAsZero: true } }).map((t) => [t]));
    expect(zero).toMatchObject({ formula: 'E4-D4', value: 1.5 });
  });

  it('leave a user formula that already computes the figure', () => {
    const wb = book(rateGrid(null));
    wb.sheets[0].rows[3][5] = { value: -72.1, formula: 'E4-C4', numberFormat: '0.0;"△"0.0' };
    expect(recalc(wb, 'x.xlsx', NOW).changes.cells).toEqual([]);
  });

  it('keep a difference of rates kept as fractions a fraction where its column shows it in percent (0.049 as 4.9%)', () => {
    // The clerk's own ③-① (=E4-C4) and a typed one, each shown as 4.9%: no finding, and the figure stays 0.049.
    const sheet = sheetFromGrid('計画', [
      ['表2 収納率（滞納繰越分）'],
      [],
      ['所管課', '債権名', '令和4年度決算①', '令和5年度決算②', '令和7年度目標③', '③-①'],
      ['税務課', '市税', 0.301, 0.33, 0.35, 0.049],
      ['保険年金課', '国民健康保険税', 0.205, 0.234, 0.25, 0.045],
      ['こども課', '保育所保育料', 0.25, 0.269, 0.3, 0.04],
    ]);
    for (const r of [3, 4, 5]) for (let c = 2; c <= 5; c++) sheet.rows[r][c]!.numberFormat = '0.0%';
    sheet.rows[3][5]!.formula = 'E4-C4';
    const { report, changes } = recalc({ sheets: [sheet] }, 'x.xlsx', NOW);
    // F6 typed 0.04 (4.0%) where ③-① is 5.0%: the one finding before, replaced by the formula.
    const w = writesOn(changes.cells);
    expect(w.has('F4')).toBe(false);
    expect(w.get('F5')).toMatchObject({ formula: 'IF(OR(E5="",C5=""),"",E5-C5)' });
    expect(w.get('F5')!.numberFormat).toBeUndefined();
    expect(w.get('F5')!.value).toBeCloseTo(0.045, 12);
    expect(w.get('F6')!.value).toBeCloseTo(0.05, 12);
    expect(report.changes.map((c) => c.cell)).toEqual(['F5', 'F6']);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('a difference of fractions written where none was shows a fall with △, as the plans print it (△0.4%, not -0.4%)', () => {
    const sheet = sheetFromGrid('計画', [
      ['表2 収納率'],
      [],
      ['所管課', '債権名', '令和4年度決算①', '令和5年度決算②', '②-①'],
      ['税務課', '市税', 0.301, 0.297, -0.004],
      ['保険年金課', '国民健康保険税', 0.205, 0.234, 0.029],
      ['こども課', '保育所保育料', 0.25, 0.269],
    ]);
    for (const r of [3, 4, 5]) for (let c = 2; c <= 4; c++) if (sheet.rows[r][c]) sheet.rows[r][c]!.numberFormat = c === 4 ? '0.0%;"△"0.0%' : '0.0%';
    const w = writesOn(recalc({ sheets: [sheet] }, 'x.xlsx', NOW).changes.cells);
    expect(w.get('E6')).toMatchObject({ formula: 'IF(OR(D6="",C6=""),"",D6-C6)', numberFormat: '0.0%;"△"0.0%' });
  });

  it('find a difference of fractions shown in percent typed wrong, in points', () => {
    const sheet = sheetFromGrid('計画', [
      ['所管課', '債権名', '令和4年度決算①', '令和7年度目標③', '③-①'],
      ['税務課', '市税', 0.301, 0.35, 0.049],
      ['こども課', '保育所保育料', 0.25, 0.3, 0.04],
    ]);
    for (const r of [1, 2]) for (let c = 2; c <= 4; c++) sheet.rows[r][c]!.numberFormat = '0.0%';
    const issues = inspect({ sheets: [sheet] }, 'x.xlsx').issues.filter((i) => i.severity === 'error');
    expect(issues.map((i) => [i.code, i.cell, i.expected, i.actual])).toEqual([['delta-mismatch', 'E3', 5, 4]]);
  });
});

describe('ledger', () => {
  const grid: CellValue[][] = [
    ['令和5年度 収入状況'],
    [null, null, null, null, null, null, null, '(単位：千円、%)'],
    ['所管課', '債権名', '区分', '令和5年度 決算', null, null, null, null],
    [null, null, null, '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率'],
    ['税務課', '市税', '現年度分', 10749864, 10669237, 0, 80627, 99.2],
    [null, null, '滞納繰越分', 1433803, 1185471, 6450, 241882, 82.7],
    [null, null, '全体', 12183667, 11854708, 6450, 322509, 91.0],
    ['合計', null, null, 12183667, 11854708, 6450, 322509, 97.3],
  ];
  const merges = ['A3:A4', 'B3:B4', 'C3:C4', 'D3:H3', 'A5:A7', 'B5:B7', 'A8:C8'];

  it('computes rates per 区分, 全体 as the weighted rate (not the mean), and 収入未済額 from the identity', () => {
    const w = writesOn(recalc(book(grid, merges), 'x.xlsx', NOW).changes.cells);
    expect(w.get('G5')).toMatchObject({ formula: 'IF(OR(D5="",E5=""),"",D5-E5-N(F5))', value: 80627, numberFormat: '#,##0;"△"#,##0' });
    // Rounded to the one decimal the table's rates show (99.24997 → 99.2).
    expect(w.get('H5')!.formula).toBe('IF(OR(D5="",E5="",D5=0),"",ROUND(E5/D5*100,1))');
    expect(w.get('H5')!.value).toBeCloseTo(99.2, 12);
    expect(w.get('H7')!.formula).toBe('IF(OR(D7="",E7="",D7=0),"",ROUND(E7/D7*100,1))');
    expect(w.get('H7')!.value).toBeCloseTo(97.3, 12);
    expect(Number(w.get('H7')!.value).toFixed(1)).toBe('97.3');
  });

  it('sums the total row over the 全体 rows and takes its rate from the summed amounts', () => {
    const w = writesOn(recalc(book(grid, merges), 'x.xlsx', NOW).changes.cells);
    expect(w.get('D8')).toMatchObject({ formula: 'SUM(D7)', value: 12183667 });
    expect(w.get('G8')).toMatchObject({ formula: 'SUM(G7)', value: 322509 });
    expect(w.get('H8')!.value).toBeCloseTo(97.3, 4);
  });
});

describe('a ledger in 千円 rounded from yen (a colleague’s look: published figures called wrong and replaced)', () => {
  // Each figure is yen rounded to 千円: the rounded parts give 90,987, the yen figure rounds to 90,988 — one off them.
  const grid = (g5: number): CellValue[][] => [
    ['令和5年度 債権別収入状況'],
    [null, null, null, null, null, '(単位：千円)'],
    ['債権名', '調定額', '収入済額', '不納欠損額', '収入未済額'],
    ['市民税', 5234568, 5141234, 2347, g5],
    ['固定資産税', 312346, 305432, 235, 6679],
  ];

  it('a 収入未済額 one off its rounded parts is kept as published, and nothing is said', () => {
    expect(inspect(book(grid(90988)), 'x.xlsx').issues.filter((i) => i.code === 'ledger-identity')).toEqual([]);
    const { changes } = recalc(book(grid(90988)), 'x.xlsx', NOW);
    expect(changes.log.filter((e) => e.mended)).toEqual([]);
    expect(writesOn(changes.cells).has('E4')).toBe(false);
  });

  it('one off by more than rounding explains is still found and mended', () => {
    expect(inspect(book(grid(90998)), 'x.xlsx').issues.filter((i) => i.code === 'ledger-identity').map((i) => i.cell)).toEqual(['E4']);
    expect(writesOn(recalc(book(grid(90998)), 'x.xlsx', NOW).changes.cells).get('E4')).toMatchObject({ value: 90987 });
  });
});

describe('a figure typed in 円 in a table of 千円 (1,234,567 for 1,235: a colleague’s look)', () => {
  const grid = (d5: number): CellValue[][] => [
    ['令和5年度 債権別収入状況'],
    [null, null, null, null, '(単位：千円)'],
    ['債権名', '調定額', '収入済額', '不納欠損額', '収入未済額'],
    ['市民税', 5234568, 5141234, 2347, 90987],
    ['保育料', 35120, 26478, d5, 7407],
    ['固定資産税', 312346, 305432, 235, 6679],
    ['合計', 5582034, 5473144, d5 === 1235 ? 3817 : 3817, 105073],
  ];

  it('is said at its cell, with the figure in 千円, and not its 収入未済額 nor its total', () => {
    const issues = inspect(book(grid(1234567)), 'x.xlsx').issues.filter((i) => i.severity === 'error');
    expect(issues.map((i) => `${i.code}@${i.cell}`)).toEqual(['amount-in-yen@D5']);
    expect(issues[0]).toMatchObject({ actual: 1234567, expected: 1235 });
    expect(issues[0].message).toContain('円で入力されているようです');
  });

  it('再計算 computes nothing from it: its 収入未済額 and the total over it stay as typed', () => {
    const { changes } = recalc(book(grid(1234567)), 'x.xlsx', NOW);
    const w = writesOn(changes.cells);
    expect(w.has('E5')).toBe(false);
    expect(w.has('D7')).toBe(false);
    expect(changes.log.filter((e) => e.mended)).toEqual([]);
    expect(w.get('E4')).toMatchObject({ value: 90987 });
  });

  it('typed in 千円, nothing is said', () => {
    expect(inspect(book(grid(1235)), 'x.xlsx').issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('totals', () => {
  it('SUM over the data rows, as contiguous ranges', () => {
    const grid: CellValue[][] = [
      ['収入未済額'],
      [null, null, null, '(単位：千円)'],
      ['所管課', '債権名', '令和元年度 実績', '令和2年度 実績'],
      ['税務課', '市税', 481383, 322509],
      [null, '軽自動車税', 1000, 800],
      ['保険課', '国民健康保険料', 255610, 166329],
      ['合計', null, 999, 489638],
    ];
    const { report, changes } = recalc(book(grid, ['A7:B7']), 'x.xlsx', NOW);
    const w = writesOn(changes.cells);
    expect(w.get('C7')).toMatchObject({ formula: 'SUM(C4:C6)', value: 737993 });
    expect(report.changes.map((c) => [c.cell, c.before])).toEqual([['C7', 999], ['D7', 489638]]);
  });
});

describe('a total whose SUM no cell could hold', () => {
  /** `debts` debts of three rows each (現年度分, 滞納繰越分, 全体), under a 合計 of their 全体 rows: every third row, no range. */
  const plan = (debts: number, total: [CellValue, CellValue]) => {
    const grid: CellValue[][] = [['収入未済額の推移'], [null, null, null, null, null, '（単位：千円）'], ['所管課', '債権名', '区分', 'R1 決算①', 'R2 決算②', '②-①']];
    for (let i = 0; i < debts; i++) grid.push(['税務課', `債権${i}`, '現年度分', 20, 15, -5], [null, null, '滞納繰越分', 10, 8, -2], [null, null, '全体', 30, 23, -7]);
    grid.push(['合計', null, '全体', ...total, -7 * debts]);
    return book(grid);
  };

  it('is not written (Excel holds 8,192 characters of formula): a warning names it, and every formula written fits', () => {
    // 1,500 debts: SUM(D6,D9,…,D4503) is about 9,000 characters.
    const { report, changes } = recalc(plan(1500, [30 * 1500, 23 * 1500]), 'x.xlsx', NOW);
    const skipped = report.issues.filter((i) => i.code === 'long-formula-skipped');
    expect(skipped.map((i) => [i.sheet, i.cell, i.severity])).toEqual([['計画', 'D4504', 'warning'], ['計画', 'E4504', 'warning']]);
    expect(skipped[0].message).toContain('8,192');
    const writes = writesOn(changes.cells);
    expect(writes.has('D4504') || writes.has('E4504')).toBe(false);
    expect(Math.max(...changes.cells.map((c) => (c.formula ?? '').length + 1))).toBeLessThanOrEqual(8192);
    // The totals as typed are the sums: the difference over them is computed from them.
    expect(writes.get('F4504')).toMatchObject({ formula: 'IF(OR(E4504="",D4504=""),"",E4504-D4504)', value: -7 * 1500 });
  });

  it('typed wrong, it is a total-mismatch and the difference over it is left as typed too', () => {
    const { report, changes } = recalc(plan(1500, [30 * 1500, 0]), 'x.xlsx', NOW);
    expect(report.issues.filter((i) => i.code === 'total-mismatch').map((i) => i.cell)).toEqual(['E4504']);
    expect(writesOn(changes.cells).has('F4504')).toBe(false);
  });

  it('of 1,000 debts fits, and is written', () => {
    const writes = writesOn(recalc(plan(1000, [0, 0]), 'x.xlsx', NOW).changes.cells);
    expect(writes.get('D3004')).toMatchObject({ value: 30 * 1000 });
    expect(writes.get('D3004')!.formula!.length).toBeGreaterThan(5000);
  });
});

describe('idempotence', () => {
  it('running recalc on its own output changes nothing', () => {
    const wb = book(rateGrid(-71.2));
    const first = recalc(wb, 'x.xlsx', NOW);
    const second = recalc(applyToSnapshot(wb, first.changes), 'x.xlsx', NOW);
    expect(second.report.changes).toEqual([]);
    expect(second.changes.cells).toEqual([]);
  });

  it('a percent column whose total recalc rewrites past 150% stays a column of fractions (its delta is not rewritten again)', () => {
    // The 合計 cells held stale results (0); written, D4 is 2 (200%). Told by its format, not by how large its figures
    // are, the column is of fractions before and after, and the difference is (C-D)*100 both times.
    const pct = (v: number) => ({ value: v, numberFormat: '0.0%' });
    const wb: Workbook = {
      sheets: [
        {
          name: '計画',
          rows: [
            [{ value: '収入未済額の推移' }, undefined, undefined, undefined, { value: '(単位：千円)' }],
            [{ value: '債権名' }, { value: '区分' }, { value: '令和5年度 決算①' }, { value: '令和6年度 決算②' }, { value: '①-②' }],
            [{ value: '市税' }, { value: '現年度分' }, pct(0.5), pct(2)],
            [{ value: '合計' }, undefined, { ...pct(0), formula: 'SUM(C3:C3)' }, { ...pct(0), formula: 'SUM(D3:D3)' }],
          ],
          merges: [],
        },
      ],
    };
    const first = recalc(wb, 'x.xlsx', NOW);
    const w = writesOn(first.changes.cells);
    expect(w.get('D4')).toMatchObject({ formula: 'SUM(D3)', value: 2 });
    expect(w.get('E3')).toMatchObject({ formula: 'IF(OR(C3="",D3=""),"",(C3-D3)*100)', value: -150 });
    expect(w.get('E4')).toMatchObject({ formula: 'IF(OR(C4="",D4=""),"",(C4-D4)*100)', value: -150 });
    const second = recalc(applyToSnapshot(wb, first.changes), 'x.xlsx', NOW);
    expect(second.changes.cells).toEqual([]);
  });
});

describe('a figure typed as text', () => {
  const grid: CellValue[][] = [
    ['収入未済額の推移'],
    [null, null, null, null, '（単位：千円）'],
    ['所管課', '債権名', 'R1 決算①', 'R2 決算②', '②-①'],
    ['税務課', '市税', 90000, 91000, 1000],
    [null, '国民健康保険税', '91,000', 92000, 1000],
    [null, '介護保険料', 92500, 93000, 500],
    ['合計', null, 273500, 276000, 2500],
  ];

  it('is a number-as-text warning at its cell, and what reads it is left as typed (Excel\'s SUM would skip it)', () => {
    const { report, changes } = recalc(book(grid), 'x.xlsx', NOW);
    expect(report.issues.filter((i) => i.code === 'number-as-text').map((i) => [i.cell, i.severity, i.actual])).toEqual([['C5', 'warning', '91,000']]);
    const writes = writesOn(changes.cells);
    expect(writes.has('C7')).toBe(false);
    expect(writes.has('E5')).toBe(false);
    expect(writes.get('D7')).toMatchObject({ formula: 'SUM(D4:D6)', value: 276000 });
    expect(writes.get('E4')).toMatchObject({ value: 1000 });
  });

  it('leaves the difference of a total over it as typed where the total does not count it (a SUM skips the text)', () => {
    const wb = book(grid);
    // C7 sums C4:C6 as Excel does, without C5's "91,000": 182500, not the 273500 read.
    wb.sheets[0].rows[6][2] = { value: 182500, formula: 'SUM(C4:C6)' };
    const { report, changes } = recalc(wb, 'x.xlsx', NOW);
    expect(report.issues.filter((i) => i.code === 'total-mismatch').map((i) => i.cell)).toEqual(['C7']);
    const writes = writesOn(changes.cells);
    expect(writes.has('C7')).toBe(false);
    // E7 = D7 − C7 would show 276000 − 182500 = 93500 in place of the 2500 typed.
    expect(writes.has('E7')).toBe(false);
    expect(report.changes.map((c) => c.cell)).toEqual(['D7', 'E4', 'E6']);
    // Typed as the figures read (273500), the total is left too, and the difference over it computed from it.
    expect(writesOn(recalc(book(grid), 'x.xlsx', NOW).changes.cells).get('E7')).toMatchObject({ formula: 'IF(OR(D7="",C7=""),"",D7-C7)', value: 2500 });
  });

  it('is left out of 集計, which names its cell under its lead (not silently)', () => {
    const cells = summarize(book(grid), 'x.xlsx').changes.cells.filter((c) => c.sheet === '集計');
    expect(cells.map((c) => c.value)).toContain('※ 文字列として入力された数値と、列のほかのセルと違う形で入力された収納率（パーセント書式の混在）は集計していません。数値として入力し直してください: 「計画」C5');
  });

  it('typed as a number, the same figure is summed and read as before', () => {
    const typed = grid.map((row) => row.map((v) => (v === '91,000' ? 91000 : v)));
    const { report, changes } = recalc(book(typed), 'x.xlsx', NOW);
    expect(report.issues.filter((i) => i.code === 'number-as-text')).toEqual([]);
    expect(writesOn(changes.cells).get('C7')).toMatchObject({ formula: 'SUM(C4:C6)', value: 273500 });
  });
});

describe('a rate typed as a percentage (97.3%) among rates typed as numbers (96.2)', () => {
  // Excel keeps a typed 97.3% as 0.973 formatted 0.0%; the column's other rates are plain numbers.
  const pct = (v: number) => ({ value: v, numberFormat: '0.0%' });
  const n = (v: number | string) => ({ value: v });
  const wb = (c4: { value: number; numberFormat?: string }): Workbook => ({
    sheets: [
      {
        name: '計画',
        rows: [
          [n('収納率の推移'), undefined, undefined, undefined, n('(単位：%)')],
          [n('所管課'), n('債権名'), n('H28 決算値①'), n('R1 決算値③'), n('③-①')],
          [n('税務課'), n('市税'), n(96.2), c4, n(1.1)],
          [undefined, n('国民健康保険税'), n(90.1), n(91.0), n(0.9)],
          [undefined, n('介護保険料'), n(98.0), n(98.5), n(0.5)],
        ],
        merges: [],
      },
    ],
  });

  it('is read as it shows (97.3), said at its cell, and the difference over it is left as typed (a formula would take 0.973)', () => {
    const { report, changes } = recalc(wb(pct(0.973)), 'x.xlsx', NOW);
    expect(report.tables[0].rows[0].values.D).toBe(97.3);
    expect(report.issues.map((i) => [i.code, i.cell, i.severity])).toEqual([['percent-mixed', 'D3', 'warning']]);
    expect(report.issues[0].message).toContain('97.3%');
    const writes = writesOn(changes.cells);
    expect(writes.has('E3')).toBe(false);
    expect(writes.get('E4')).toMatchObject({ formula: 'IF(OR(D4="",C4=""),"",D4-C4)' });
    expect(writes.get('E4')?.value).toBeCloseTo(0.9, 9);
  });

  it('is left out of 集計, which says so under its lead (its formulas would take 0.973)', () => {
    const cells = summarize(wb(pct(0.973)), 'x.xlsx').changes.cells.filter((c) => c.sheet === '集計');
    expect(cells.map((c) => c.value)).toContain('※ 文字列として入力された数値と、列のほかのセルと違う形で入力された収納率（パーセント書式の混在）は集計していません。数値として入力し直してください: 「計画」D3');
    expect(cells.some((c) => c.value === 0.973 || String(c.formula ?? '').includes('計画\'!D3'))).toBe(false);
  });

  it('a zero formatted 0% among figures is no rate at another scale (0 is 0 either way): nothing said', () => {
    const { report } = recalc(wb({ value: 0, numberFormat: '0%' }), 'x.xlsx', NOW);
    expect(report.issues.filter((i) => i.code === 'percent-mixed')).toEqual([]);
  });

  it('typed as the column’s others are (97.3), nothing is said and the difference is computed', () => {
    const { report, changes } = recalc(wb({ value: 97.3 }), 'x.xlsx', NOW);
    expect(report.issues).toEqual([]);
    expect(writesOn(changes.cells).get('E3')?.value).toBeCloseTo(1.1, 9);
  });
});

describe('a word in a difference column (皆減, 新規)', () => {
  const grid = (g4: CellValue, g5: CellValue): CellValue[][] => [
    ['収入未済額の推移'],
    [null, null, null, null, '（単位：千円）'],
    ['所管課', '債権名', 'R1 決算①', 'R2 決算②', '②-①'],
    ['税務課', '市税', 900, null, g4],
    [null, '国民健康保険税', null, 700, g5],
    [null, '介護保険料', 500, 520, 20],
  ];

  it('is kept where the difference is blank (an operand has no figure), replaced where it has one', () => {
    const { changes } = recalc(book(grid('皆減', '新規')), 'x.xlsx', NOW);
    const writes = writesOn(changes.cells);
    expect(writes.has('E4')).toBe(false);
    expect(writes.has('E5')).toBe(false);
    const filled = grid('皆減', '新規').map((row, r) => (r === 3 ? row.map((v, c) => (c === 3 ? 0 : v)) : row));
    expect(writesOn(recalc(book(filled), 'x.xlsx', NOW).changes.cells).get('E4')).toMatchObject({ formula: 'IF(OR(D4="",C4=""),"",D4-C4)', value: -900 });
  });
});

describe('a figure published rounded (単位未満四捨五入): left as typed where rounding explains it', () => {
  const kisan = (total: CellValue): CellValue[][] => [
    ['収入未済額の実績（単位：千円）'],
    ['債権名', '令和5年度決算'],
    ['市税', 430100],
    ['国民健康保険税', 245000],
    ['介護保険料', 77100],
    ['合計', total],
    ['※単位未満四捨五入のため、内訳と合計が一致しない場合があります。'],
  ];

  it('a 合計 in 千円 one off its parts is the figure published: no finding, not replaced (a user\'s look)', () => {
    // (再計算 had written =SUM(B3:B5), 752,200, over the published 752,201.)
    const { report, changes } = recalc(book(kisan(752201)), 'x.xlsx', NOW);
    expect(writesOn(changes.cells).has('B6')).toBe(false);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('one further off than rounding explains is a mistake: found, and replaced', () => {
    const { changes } = recalc(book(kisan(752250)), 'x.xlsx', NOW);
    expect(writesOn(changes.cells).get('B6')).toMatchObject({ formula: 'SUM(B3:B5)', value: 752200 });
    expect(writesOn(recalc(book(kisan(752200)), 'x.xlsx', NOW).changes.cells).get('B6')).toMatchObject({ formula: 'SUM(B3:B5)', value: 752200 });
  });

  it('a difference of rates rounded before they were subtracted is their difference once the rates are written rounded from their amounts', () => {
    // 収納率 99.7 and 99.8 are 99.737 and 99.769 computed; the published △0.1 is their rounded figures' difference, as the
    // rates written rounded give it: made live, nothing mended.
    const grid: CellValue[][] = [
      ['収納率（単位：円、%）'],
      ['債権名', '令和5年度調定額', '令和5年度収入済額', '令和5年度収納率①', '令和6年度調定額', '令和6年度収入済額', '令和6年度収納率②', '②-①'],
      ['介護保険料', 15460806842, 15425098282, 99.8, 17552967563, 17506841991, 99.7, -0.1],
    ];
    const { report, changes } = recalc(book(grid), 'x.xlsx', NOW);
    const w = writesOn(changes.cells);
    expect(w.get('D3')!.value).toBeCloseTo(99.8, 12);
    expect(w.get('G3')!.value).toBeCloseTo(99.7, 12);
    expect(w.get('H3')).toMatchObject({ formula: 'IF(OR(G3="",D3=""),"",G3-D3)' });
    expect(w.get('H3')!.value).toBeCloseTo(-0.1, 12);
    expect(changes.log.filter((e) => e.mended)).toEqual([]);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('a difference of rates kept as fractions, typed as their shown figures’ difference, is kept where its formula would show another (half a unit off)', () => {
    // 89.1% → 89.0%: △0.1 typed; (0.8897 − 0.8912) × 100 is −0.15, which a cell of one decimal shows △0.2. 98.7% → 98.7%: 0
    // typed; 0.05 shows 0.1. (Both had been replaced by formulas showing another figure.)
    const pct = (v: number) => ({ value: v, numberFormat: '0.0%' });
    const wb: Workbook = {
      sheets: [
        {
          ...sheetFromGrid('計画', [
            ['債権別収納率の推移'],
            ['債権名', '令和2年度', '令和3年度', '令和4年度', '前年度差（ポイント）'],
            ['市税', 0.9745, 0.9781, 0.9812, 0.3],
            ['国民健康保険税', 0.8834, 0.8912, 0.8897, -0.1],
            ['介護保険料', 0.9856, 0.9866, 0.9871, 0],
          ]),
        },
      ],
    };
    for (const row of wb.sheets[0].rows.slice(2)) for (const c of [1, 2, 3]) Object.assign(row[c]!, pct(row[c]!.value as number));
    for (const row of wb.sheets[0].rows.slice(2)) Object.assign(row[4]!, { numberFormat: '0.0;"△"0.0' });
    const w = writesOn(recalc(wb, 'x.xlsx', NOW).changes.cells);
    expect(w.get('E3')).toMatchObject({ formula: 'IF(OR(D3="",C3=""),"",(D3-C3)*100)' });
    expect(w.has('E4')).toBe(false);
    expect(w.has('E5')).toBe(false);
  });
});

describe('a figure typed wrong that 再計算 would spread (the difference and the total over it both rewritten from it)', () => {
  const grid = (target: CellValue): CellValue[][] => [
    ['収入未済額の実績と目標'],
    [null, null, null, null, '(単位：千円)'],
    ['所管課', '債権名', '令和6年度\n見込①', '令和9年度\n目標②', '②-①'],
    ['税務課', '市税', 160000, 140000, -20000],
    [null, '国民健康保険税', 370000, target, -40000],
    ['介護保険課', '介護保険料', 23000, 20000, -3000],
    ['合計', null, 553000, 490000, -63000],
  ];

  it('a digit dropped (33,000 for 330,000): an error at that cell; what it explains, and the total over them, are left as typed', () => {
    const { report, changes } = recalc(book(grid(33000)), 'x.xlsx', NOW);
    const suspect = report.issues.filter((i) => i.code === 'input-suspect');
    expect(suspect).toEqual([
      expect.objectContaining({
        severity: 'error', sheet: '計画', cell: 'D5', expected: 330000, actual: 33000,
        message: 'D5 は 33,000 ですが、E5、D7 はいずれも D5 を 330,000 として記載されています。桁の抜け・余分・打ち違い・入れ替えによる D5 の入力誤りと思われるため、E5、D7、E7 は計算し直さず、記載のままにしました。D5 を直してから再計算してください（D5 が正しい場合は、E5、D7、E7 を消してから再計算すると数式で埋めます）。',
      }),
    ]);
    const w = writesOn(changes.cells);
    for (const cell of ['E5', 'D7', 'E7']) expect(w.has(cell)).toBe(false);
    expect(report.changes.filter((c) => c.mended)).toEqual([]);
    expect(report.changes.map((c) => c.cell)).not.toEqual(expect.arrayContaining(['E5']));
    // The rows it does not explain are still computed: 令和6年度's total, 市税's difference.
    expect(w.get('C7')).toMatchObject({ formula: expect.stringContaining('C4:C6'), value: 553000 });
    expect(w.get('E4')).toMatchObject({ value: -20000 });
    // What stays off is still said where it stands.
    expect(report.issues.filter((i) => i.cell === 'E5' || i.cell === 'D7').map((i) => `${i.code}@${i.cell}`).sort()).toEqual(['delta-mismatch@E5', 'total-mismatch@D7']);
  });

  it('run again before the cell is put right: the same error, nothing written', () => {
    const wb = book(grid(33000));
    const second = recalc(applyToSnapshot(wb, recalc(wb, 'x.xlsx', NOW).changes), 'x.xlsx', NOW);
    expect(second.report.changes).toEqual([]);
    expect(second.report.issues.filter((i) => i.code === 'input-suspect').map((i) => i.cell)).toEqual(['D5']);
  });

  it('put right (330,000), the figures it held back are made formulas, none of them mended', () => {
    const wb = book(grid(33000));
    const held = applyToSnapshot(wb, recalc(wb, 'x.xlsx', NOW).changes);
    held.sheets[0].rows[4][3] = { value: 330000 };
    const { report, changes } = recalc(held, 'x.xlsx', NOW);
    expect(report.issues.filter((i) => i.code === 'input-suspect')).toEqual([]);
    expect(report.changes.filter((c) => c.mended)).toEqual([]);
    expect(writesOn(changes.cells).get('E5')).toMatchObject({ value: -40000 });
    expect(writesOn(changes.cells).get('D7')).toMatchObject({ value: 490000 });
  });

  it('a figure revised rather than mistyped (352,000: no slip of the keys gives it): said, and the figures it explains rewritten from it, logged', () => {
    const { report, changes } = recalc(book(grid(352000)), 'x.xlsx', NOW);
    expect(report.issues.filter((i) => i.code === 'input-suspect')).toEqual([
      expect.objectContaining({
        severity: 'error', cell: 'D5', expected: 330000, actual: 352000,
        message: 'D5 は 352,000 ですが、再計算で書き換えた E5、D7 はいずれも D5 を 330,000 として記載されていました。D5 の入力誤りではありませんか（E5、D7 は D5 から計算し直しました。変更履歴から元に戻せます）。',
      }),
    ]);
    expect(report.changes.filter((c) => c.mended).map((c) => c.cell)).toEqual(expect.arrayContaining(['E5', 'D7']));
    expect(writesOn(changes.cells).get('E5')!.value).toBe(-18000);
  });

  it('a difference typed wrong alone is no suspect (only it was rewritten): nothing said', () => {
    const g = grid(330000);
    g[4][4] = -4000;
    const { report } = recalc(book(g), 'x.xlsx', NOW);
    expect(report.changes.filter((c) => c.mended).map((c) => c.cell)).toEqual(['E5']);
    expect(report.issues.filter((i) => i.code === 'input-suspect')).toEqual([]);
  });

  it('run again on the output of a revision: nothing to say', () => {
    const wb = book(grid(352000));
    const second = recalc(applyToSnapshot(wb, recalc(wb, 'x.xlsx', NOW).changes), 'x.xlsx', NOW);
    expect(second.report.changes).toEqual([]);
    expect(second.report.issues.filter((i) => i.code === 'input-suspect')).toEqual([]);
  });
});

describe('a 調定額 typed wrong in a ledger of years down the rows (its 収入未済額 and 収納率 both of the right one)', () => {
  const grid = (charged: CellValue): CellValue[][] => [
    ['市民税（現年度分）の収納状況'],
    [null, null, null, null, '（単位：千円）'],
    ['年度', '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率'],
    ['令和元年度', 5102334, 5051003, 1023, 50308, 99.0],
    ['令和2年度', 5150876, 5098012, 1130, 51734, 99.0],
    ['令和3年度', charged, 5150431, 1103, 47231, 99.1],
    ['令和4年度', 5230991, 5184002, 998, 45991, 99.1],
  ];
  const rates = (wb: Workbook) => {
    for (const row of wb.sheets[0].rows.slice(3)) Object.assign(row[5]!, { numberFormat: '0.0' });
    return wb;
  };

  it('one digit typed for another (5,298,765 for 5,198,765): said at B6 (or C6, 100,000 more: the figures cannot tell), the 収入未済額 and 収納率 kept as typed', () => {
    const { report, changes } = recalc(rates(book(grid(5298765))), 'x.xlsx', NOW);
    expect(report.issues.filter((i) => i.code === 'input-suspect')).toEqual([
      expect.objectContaining({
        severity: 'error', cell: 'B6', actual: 5298765, expected: 5198765,
        message: 'B6 は 5,298,765 ですが、E6、F6 はいずれも B6 を 5,198,765、または C6 を 5,250,431 として記載されています。桁の抜け・余分・打ち違い・入れ替えによる B6 か C6 の入力誤りと思われるため、E6、F6 は計算し直さず、記載のままにしました。B6 か C6 を直してから再計算してください（B6 か C6 が正しい場合は、E6、F6 を消してから再計算すると数式で埋めます）。',
      }),
    ]);
    const w = writesOn(changes.cells);
    expect(w.has('E6')).toBe(false);
    expect(w.has('F6')).toBe(false);
    // The other years are made formulas, their figures as typed.
    expect(w.get('E7')).toMatchObject({ formula: expect.stringContaining('B7-C7'), value: 45991 });
    expect(w.get('F7')!.value).toBeCloseTo(99.1, 1);
  });

  it('two digits of 収入済額 swapped (5,105,431 for 5,150,431): C6 named alone, no slip giving B6 the figures’ 5,153,765', () => {
    const g = grid(5198765);
    g[5][2] = 5105431;
    const { report, changes } = recalc(rates(book(g)), 'x.xlsx', NOW);
    expect(report.issues.filter((i) => i.code === 'input-suspect').map((i) => [i.cell, i.actual, i.expected])).toEqual([['C6', 5105431, 5150431]]);
    expect(writesOn(changes.cells).has('E6')).toBe(false);
  });

  it('検証 names it too, before anything is rewritten, and says what 再計算 will do (a clerk’s look: only E6 and F6 had been marked)', () => {
    const report = inspect(rates(book(grid(5298765))), 'x.xlsx');
    expect(report.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}@${i.cell}`).sort()).toEqual(['input-suspect@B6', 'ledger-identity@E6', 'rate-mismatch@F6']);
    expect(report.issues.find((i) => i.code === 'input-suspect')!.message).toBe(
      'B6 は 5,298,765 ですが、E6、F6 はいずれも B6 を 5,198,765、または C6 を 5,250,431 として記載されています。桁の抜け・余分・打ち違い・入れ替えによる B6 か C6 の入力誤りと思われます（E6、F6 を直す前に B6 か C6 を確認してください。再計算は E6、F6 を書き換えません）。',
    );
    // A revision: 再計算 will carry it through, and 検証 says so.
    expect(inspect(rates(book(grid(5201310))), 'x.xlsx').issues.find((i) => i.code === 'input-suspect')!.message).toContain('再計算すると E6、F6 は B6 か C6 から計算し直されます');
  });

  it('a 調定額 revised (5,201,310: several digits) is carried into both, logged, and said', () => {
    const { report, changes } = recalc(rates(book(grid(5201310))), 'x.xlsx', NOW);
    expect(report.issues.filter((i) => i.code === 'input-suspect').map((i) => [i.cell, i.expected])).toEqual([['B6', 5198765]]);
    const w = writesOn(changes.cells);
    expect(w.get('E6')).toMatchObject({ value: 49776 });
    expect(report.changes.filter((c) => c.mended).map((c) => c.cell)).toEqual(expect.arrayContaining(['E6', 'F6']));
  });

  it('a 収納率 typed wrong alone (91.9 for 99.1) is mended alone: no input named', () => {
    const g = grid(5198765);
    g[5][5] = 91.9;
    const { report } = recalc(rates(book(g)), 'x.xlsx', NOW);
    expect(report.issues.filter((i) => i.code === 'input-suspect')).toEqual([]);
    expect(report.changes.filter((c) => c.mended).map((c) => c.cell)).toEqual(['F6']);
  });
});

describe('a total the user made with SUBTOTAL (the rows shown only: a hidden old debt’s row left out)', () => {
  const wb = () => {
    const b = book([
      ['収入未済額の実績'],
      [null, null, null, '(単位：千円)'],
      ['所管課', '債権名', '令和5年度\n実績①', '令和6年度\n見込②'],
      ['税務課', '市税', 160000, 150000],
      // Hidden by the user (a debt no longer planned); a row marked 参考 would be no debt of the total at all.
      [null, '旧簡易水道使用料', 5100, 4700],
      ['保険年金課', '国民健康保険税', 370000, 360000],
      ['合計', null, 530000, 510000],
    ]);
    const total = b.sheets[0].rows[6];
    total[2] = { value: 530000, formula: 'SUBTOTAL(109,C4:C6)' };
    total[3] = { value: 510000, formula: 'SUBTOTAL(109,D4:D6)' };
    return b;
  };

  it('is no total-mismatch but said (info), and 再計算 keeps it', () => {
    const { report, changes } = recalc(wb(), 'x.xlsx', NOW);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const kept = report.issues.filter((i) => i.code === 'subtotal-kept');
    expect(kept.map((i) => [i.cell, i.severity, i.expected, i.actual])).toEqual([['C7', 'info', 535100, 530000], ['D7', 'info', 514700, 510000]]);
    expect(kept[0].message).toBe('この合計は SUBTOTAL（非表示・フィルターで隠れた行を除く合計）のため、C4:C6 の合計 535,100 と違う 530,000 をそのままにしました。');
    expect(writesOn(changes.cells).has('C7')).toBe(false);
    expect(writesOn(changes.cells).has('D7')).toBe(false);
  });

  it('a SUM typed wrong in its place is still found and rewritten', () => {
    const b = wb();
    b.sheets[0].rows[6][2] = { value: 530000, formula: 'SUM(C4:C5)' };
    const { report, changes } = recalc(b, 'x.xlsx', NOW);
    expect(report.changes.find((c) => c.cell === 'C7')).toMatchObject({ before: '=SUM(C4:C5)', formula: '=SUM(C4:C6)' });
    expect(writesOn(changes.cells).get('C7')!.value).toBe(535100);
  });
});

describe('the change log’s row labels', () => {
  it('name a 合計 merged over 所管課 and 債権名 once', () => {
    const grid: CellValue[][] = [
      ['収入未済額の実績と目標'],
      [null, null, null, null, '(単位：千円)'],
      ['所管課', '債権名', '令和6年度\n見込①', '令和9年度\n目標②', '②-①'],
      ['税務課', '市税', 160000, 140000, -20000],
      ['保険年金課', '国民健康保険税', 370000, 330000, -40000],
      ['合計', null, 530000, 470000, -6000],
    ];
    const { changes } = recalc(book(grid, ['A6:B6']), 'x.xlsx', NOW);
    const log = changes.cells.filter((c) => c.sheet === 'saiken変更履歴');
    // (The total's first record, C6, carries its row's labels.)
    const row = log.find((c) => c.value === 'C6')!.cell.slice(1);
    expect(log.find((c) => c.cell === `I${row}`)!.value).toBe('A6=合計');
  });
});

describe('a formula already the one 再計算 writes, its stored figure stale', () => {
  it('has its figure brought up to date, its formula as it was, nothing logged — and no stale total-mismatch after', () => {
    // (A 合計 =SUM(D5:D11) over a 全体 再計算 mended kept 834,310 where LibreOffice computes 834,210: two false errors, exit 1.)
    const b = book([
      ['収入未済額の実績'],
      [null, null, null, '(単位：千円)'],
      ['所管課', '債権名', '令和5年度\n実績①', '令和6年度\n見込②'],
      ['税務課', '市税', 160000, 150000],
      ['保険年金課', '国民健康保険税', 375100, 360000],
      ['合計', null, 530000, 510000],
    ]);
    b.sheets[0].rows[5][2] = { value: 530000, formula: 'SUM(C4:C5)', numberFormat: '#,##0' };
    b.sheets[0].rows[5][3] = { value: 510000, formula: 'SUM(D4:D5)', numberFormat: '#,##0' };
    const { report, changes } = recalc(b, 'x.xlsx', NOW);
    expect(writesOn(changes.cells).get('C6')).toMatchObject({ formula: 'SUM(C4:C5)', value: 535100 });
    expect(writesOn(changes.cells).has('D6')).toBe(false);
    expect(report.changes.map((c) => c.cell)).not.toContain('C6');
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('a difference over an operand written as a dash (no value)', () => {
  const wb = () =>
    book([
      ['収納率の実績と目標'],
      [null, null, null, null, '(単位：%)'],
      ['所管課', '債権名', '令和4年度\n実績①', '令和5年度\n実績②', '②-①'],
      ['税務課', '市税', 96.0, 96.8, 0.8],
      ['保険年金課', '国民健康保険税', 85.1, '－', '－'],
    ]);

  it('is written blank where Excel computes blank too (no #VALUE!), the dash it held no figure mended', () => {
    const { changes } = recalc(wb(), 'x.xlsx', NOW);
    expect(changes.cells.find((c) => c.cell === 'E5')).toMatchObject({ formula: 'IF(OR(NOT(ISNUMBER(D5)),C5=""),"",D5-C5)', value: '' });
    // The dash showed what the blank shows: logged (元に戻す gives it back), not counted as a figure mended.
    expect(changes.log.find((l) => l.cell === 'E5')).toMatchObject({ before: '－' });
    expect(changes.log.find((l) => l.cell === 'E5')?.mended).toBeUndefined();
    // A blank operand: the usual guard.
    expect(changes.cells.find((c) => c.cell === 'E4')?.formula ?? 'kept').toMatch(/^(kept|IF\(OR\(D4="",C4=""\),"",D4-C4\))$/);
  });
});

describe('a 収納率 written rounded to the decimals the table shows (小数点以下第2位を四捨五入: a colleague’s look)', () => {
  // 国民健康保険税's 収入済額 ÷ 調定額 is 89.960…: printed 90.0, beside a target of 90.0. Written unrounded, its ③−② showed
  // △0.0, and a clerk's 達成 check (rate ≥ target) and a rule colouring rates under 90 turned on a figure printed 90.0.
  const grid = (rate: CellValue): CellValue[][] => [
    ['収納率の実績と目標'],
    [null, null, null, null, null, null, '(単位：千円、%)'],
    ['所管課', '債権名', '令和5年度 調定額', '令和5年度 収入済額', '令和5年度 収納率②', '令和7年度 目標③', '③-②'],
    ['税務課', '市税', 1234567, 1209876, 98.0, 98.5, 0.5],
    ['保険年金課', '国民健康保険税', 2345678, 2110173, rate, 90.0, 0.0],
  ];
  const formatted = (rate: CellValue) => {
    const b = book(grid(rate));
    for (const r of [3, 4]) for (const c of [4, 5, 6]) if (b.sheets[0].rows[r][c]) b.sheets[0].rows[r][c]!.numberFormat = '0.0;"△"0.0';
    return b;
  };

  it('a blank rate is written ROUND(…,1), its figure the one printed, and the difference beside it is 0, not △0.0', () => {
    const { changes } = recalc(formatted(null), 'x.xlsx', NOW);
    const w = writesOn(changes.cells);
    expect(w.get('E5')).toMatchObject({ formula: 'IF(OR(C5="",D5="",C5=0),"",ROUND(D5/C5*100,1))', value: 90 });
    expect(w.get('G5')).toMatchObject({ value: 0 });
    expect(changes.log.filter((e) => e.mended)).toEqual([]);
  });

  it('a clerk’s own =ROUND(D5/C5*100,1) is kept as it is', () => {
    const b = formatted(90);
    b.sheets[0].rows[4][4]!.formula = 'ROUND(D5/C5*100,1)';
    const { changes } = recalc(b, 'x.xlsx', NOW);
    expect(writesOn(changes.cells).has('E5')).toBe(false);
    expect(changes.log.find((e) => e.cell === 'E5')).toBeUndefined();
  });

  it('rates the table holds unrounded (its own formulas, 89.960… shown 90.0) are written unrounded, as its others are', () => {
    const b = formatted(2110173 / 2345678 * 100);
    b.sheets[0].rows[4][4]!.formula = 'D5/C5*100';
    b.sheets[0].rows[3][4] = { value: 1209876 / 1234567 * 100, formula: 'D4/C4*100', numberFormat: '0.0;"△"0.0' };
    b.sheets[0].rows[3][6] = { value: null };
    const w = writesOn(recalc(b, 'x.xlsx', NOW).changes.cells);
    expect(w.get('G4')?.value).toBeCloseTo(98.5 - (1209876 / 1234567) * 100, 9);
  });
});

describe('a total under the column with no label (a clerk’s =SUM(G4:G5): a colleague’s look)', () => {
  // Read as a row of the table, its 収入未済額 computed blank from its blank 調定額 and 収入済額: the clerk's total had been
  // replaced by a formula showing nothing.
  const grid: CellValue[][] = [
    ['収入状況'],
    [null, null, null, null, null, null, '(単位：千円)'],
    ['所管課', '債権名', '区分', '調定額', '収入済額', '不納欠損額', '収入未済額'],
    ['税務課', '市税', '現年度分', 1000000, 990000, 0, 10000],
    [null, null, '滞納繰越分', 50000, 25000, 3004, 24206],
    [null, null, null, null, null, null, 34206],
  ];
  const withSum = () => {
    const b = book(grid);
    b.sheets[0].rows[5][6] = { value: 34206, formula: 'SUM(G4:G5)' };
    return b;
  };
  it('is the total of the rows above it: kept as the clerk wrote it, and brought up to date', () => {
    const { changes } = recalc(withSum(), 'x.xlsx', NOW);
    const w = writesOn(changes.cells);
    expect(w.get('G5')).toMatchObject({ value: 21996 });
    // The clerk's formula as written, its figure that of the mended row.
    expect(w.get('G6')).toMatchObject({ formula: 'SUM(G4:G5)', value: 31996 });
  });
});

describe('a ledger printing no 不納欠損額 whose 収入未済額 are each below 調定額 − 収入済額 (a colleague’s look: run rewrote all 39)', () => {
  // Each 収入未済額 is what is owed after the year's 不納欠損額, a column the table does not print: 調定額 − 収入済額 is no
  // figure of it. 検証 had said 39 ledger-identity errors (printed on 集計's first line) and 再計算 had rewritten every one
  // as C − D, 集計 then publishing 597,190 where the plan gives 567,330.
  const grid = (e6: number): CellValue[][] => [
    ['表1 債権別収入状況'],
    [null, null, null, null, null, '（単位：千円、%）'],
    ['所管課', '債権名', '調定額', '収入済額', '収入未済額', '収納率'],
    ['税務課', '市税', 11989033, 11894949, 89380, 99.2],
    ['保険年金課', '国民健康保険税', 2566650, 2311297, e6, 90.1],
    ['介護保険課', '介護保険料', 1777501, 1769993, 7133, 99.6],
    ['住宅課', '市営住宅使用料', 244891, 211298, 31913, 86.3],
  ];
  it('is no error of any row, said once at the column, and 再計算 leaves the figures as printed', () => {
    const r = inspect(book(grid(242585)), 'x.xlsx');
    expect(r.issues.filter((i) => i.code === 'ledger-identity')).toEqual([]);
    expect(r.issues.filter((i) => i.code === 'losses-not-printed').map((i) => [i.cell, i.severity])).toEqual([['E3', 'info']]);
    const w = writesOn(recalc(book(grid(242585)), 'x.xlsx', NOW).changes.cells);
    expect(['E4', 'E5', 'E6', 'E7'].filter((c) => w.has(c))).toEqual([]);
    expect(w.get('F4')).toMatchObject({ formula: 'IF(OR(C4="",D4="",C4=0),"",ROUND(D4/C4*100,1))' });
  });
  it('a 収入未済額 above 調定額 − 収入済額 is still an error: what is not printed only lowers it', () => {
    const issues = inspect(book(grid(355353)), 'x.xlsx').issues.filter((i) => i.code === 'ledger-identity');
    expect(issues.map((i) => i.cell)).toEqual(['E5']);
  });
});
