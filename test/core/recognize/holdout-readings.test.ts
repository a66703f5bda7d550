/**
 * Readings the blind holdout showed missing, each written as a small table of its own (not the
 * holdout's): the rule in the test's name, the figure at its cell, the finding at its cell.
 */
import type { Report } from '../../../src/core/report';
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid as read, observationAt as obs, errorsOf as errors } from '../../fixtures/observations/read-grid';
import { inspect, recalc } from '../../../src/core/engine';
import { sheetFromGrid, type CellValue } from '../../../src/core/workbook';

describe('taxes by row with a 増減額 and a 構成比 column, under a unit line of 千円 and %', () => {
  const grid: GridCell[][] = [
    ['税収の内訳(単位:千円、%)', null, null, null, null],
    ['税目', '令和5年度', '令和4年度', '増減額', '構成比'],
    ['市民税', 6000, 5500, 500, 60.0],
    ['固定資産税', 4000, 4200, -200, 40.0],
  ];

  test('the 構成比 is a ratio in %, and the amounts are amounts in 千円 (not collection rates)', () => {
    const r = read(grid);
    expect(obs(r, 'E3')).toMatchObject({ value: 60, item: '比率', unit: '%', debt: '市民税' });
    expect(obs(r, 'B3')).toMatchObject({ value: 6000, item: '金額', unit: '千円', fiscalYear: 2023, kind: 'actual', debt: '市民税' });
    expect(obs(r, 'C4')).toMatchObject({ value: 4200, item: '金額', unit: '千円', fiscalYear: 2022, debt: '固定資産税' });
    expect(errors(r)).toEqual([]);
  });

  test('the 増減額 is the change of the amounts it stands beside, not an adjustment (調整額)', () => {
    expect(obs(read(grid), 'D4')).toMatchObject({ value: -200, item: '金額', derived: 'delta', unit: '千円', debt: '固定資産税' });
  });

  test('a 増減額 given the wrong sign is found at its cell', () => {
    expect(errors(read(grid, [], { D3: -500 }))).toEqual(['delta-mismatch@D3']);
  });
});

describe('現年 | 滞繰 | 合計 under each item: the 合計 of amounts is their total, of rates the overall rate', () => {
  const grid: GridCell[][] = [
    ['市税の徴収状況(単位:千円)', null, null, null, null, null, null],
    ['区分', '調定額', null, null, '収納率', null, null],
    [null, '現年課税分', '滞納繰越分', '合計', '現年課税分', '滞納繰越分', '合計'],
    ['市民税', 1000, 100, 1100, 99.0, 20.0, 91.8],
    ['固定資産税', 2000, 200, 2200, 98.5, 15.0, 90.9],
  ];
  const merges = ['B2:D2', 'E2:G2'];

  test('the 合計 of amounts is a total of the 区分 全体; the 合計 rate is the debt\'s overall rate', () => {
    const r = read(grid, merges);
    expect(obs(r, 'D4')).toMatchObject({ value: 1100, item: '調定額', derived: 'total', division: '全体', debt: null });
    expect(obs(r, 'G4')).toMatchObject({ value: 91.8, item: '収納率', derived: null, division: '全体', debt: '市民税' });
    expect(errors(r)).toEqual([]);
  });

  test('a 合計 that is not 現年 + 滞繰 is found at its cell', () => {
    expect(errors(read(grid, merges, { D5: 2300 }))).toEqual(['total-mismatch@D5']);
  });
});

describe('a statistical form: taxes as an outline down the rows, rates written as fractions of lettered columns', () => {
  const row = (labels: GridCell[], charged: number[], paid: number[], rates: number[]): GridCell[] => [...labels, ...charged, 0, ...paid, ...rates];
  const grid: GridCell[][] = [
    ['市町村税の徴収実績 (単位:千円)', null, null, null, null, null, null, null, null, null, null, null],
    [null, null, null, '調定済額', null, null, null, '収入済額', null, null, '徴収率(%)', null],
    [null, null, null, null, null, null, 'Cのうち徴収猶予', null, null, null, 'D', 'E'],
    [null, null, null, '現年課税分', '滞納繰越分', '合計', 'に係る分', '現年課税分', '滞納繰越分', '合計', '─ ×100', '─ ×100'],
    [null, null, null, 'A', 'B', 'C', null, 'D', 'E', 'F', 'A', 'B'],
    row(['一 普通税', null, null], [1100, 100, 1200], [1000, 20, 1020], [90.9, 20.0]),
    row([null, '(1) 市町村民税', null], [600, 60, 660], [550, 12, 562], [91.7, 20.0]),
    row([null, null, '(ア) 個 人'], [400, 40, 440], [360, 8, 368], [90.0, 20.0]),
    row([null, null, '(イ) 法 人'], [200, 20, 220], [190, 4, 194], [95.0, 20.0]),
    row([null, '(2) 固定資産税', null], [500, 40, 540], [450, 8, 458], [90.0, 20.0]),
    row([null, null, '上記のうち償却資産分'], [100, 10, 110], [90, 2, 92], [90.0, 20.0]),
  ];
  const merges = ['D2:G2', 'H2:J2', 'K2:L2'];

  test('the outline numbering (一, (1), (ア)) is no part of a name; a part named under its tax is that tax\'s part; 上記のうち names a breakdown', () => {
    const r = read(grid, merges);
    expect(obs(r, 'D6')).toMatchObject({ value: 1100, item: '調定額', debt: '普通税', division: '現年度分' });
    expect(obs(r, 'H7')).toMatchObject({ value: 550, item: '収入済額', debt: '市町村民税', division: '現年度分' });
    expect(obs(r, 'E8')).toMatchObject({ value: 40, item: '調定額', debt: '市町村民税(個人)', division: '滞納繰越分' });
    expect(obs(r, 'D10')).toMatchObject({ value: 500, debt: '固定資産税' });
    // 上記のうち (of the above): a breakdown of the row above, named by what follows.
    expect(obs(r, 'D11')).toMatchObject({ value: 100, debt: '償却資産分' });
    expect(errors(r)).toEqual([]);
  });

  test('a rate written E / ─ ×100 / A is the rate of its columns\' 区分, and a wrong one is found at its cell', () => {
    const r = read(grid, merges);
    expect(obs(r, 'K9')).toMatchObject({ value: 95, item: '収納率', derived: null, division: '現年度分', debt: '市町村民税(法人)' });
    expect(obs(r, 'L9')).toMatchObject({ value: 20, item: '収納率', derived: null, division: '滞納繰越分' });
    expect(errors(read(grid, merges, { L8: 2.0 }))).toEqual(['rate-mismatch@L8']);
  });

  test('a header word of one group (調定済額 › Cのうち徴収猶予) is never carried into the next group (収入済額)', () => {
    const r = read(grid, merges);
    expect(obs(r, 'G8')).toMatchObject({ value: 0, item: '調定額', stage: 'Cのうち徴収猶予 に係る分' });
    expect(obs(r, 'H8')).toMatchObject({ value: 360, item: '収入済額', stage: null });
  });
});

describe('places down the rows, each debt across with its 前年比, and a rate of the year before', () => {
  const grid: GridCell[][] = [
    ['市町村別の状況 (単位:千円、%)', null, null, null, null, null, null, null],
    ['区分', '調定額', null, null, null, '収入歩合', null, null],
    [null, '県民税', '前年比', '住民税', '前年比', '県民税', '住民税', '住民税前年'],
    ['青森市', 1000, 100.8, 2500, 101.0, 94.4, 94.0, 93.5],
    ['弘前市', 800, 99.5, 2000, 99.0, 95.0, 94.8, 94.1],
  ];
  const merges = ['B2:E2', 'F2:H2'];

  test('a 前年比 beside a debt\'s figure is that debt\'s ratio to the year before', () => {
    const r = read(grid, merges);
    expect(obs(r, 'C4')).toMatchObject({ value: 100.8, item: '比率', derived: 'ratio', debt: '県民税', department: '青森市' });
    expect(obs(r, 'E5')).toMatchObject({ value: 99, item: '比率', derived: 'ratio', debt: '住民税', department: '弘前市' });
  });

  test('住民税前年 is the 住民税\'s rate of the year before: the debt 住民税 at the stage 前年', () => {
    const r = read(grid, merges);
    expect(obs(r, 'H4')).toMatchObject({ value: 93.5, item: '収納率', debt: '住民税', department: '青森市', stage: '前年' });
    expect(obs(r, 'G4')).toMatchObject({ value: 94, item: '収納率', debt: '住民税', department: '青森市', stage: null });
    expect(errors(r)).toEqual([]);
  });
});

describe('tables side by side on the same rows: one with its own label column, one past a blank column', () => {
  const grid: GridCell[][] = [
    ['市町村別の状況 (単位:千円)', null, null, null, null, null, null, null, null, null, null, null],
    ['区分', '調定額', '収入済額', '不納欠損額', '収入未済額', null, '区分', '不納欠損額', '収入未済額', null, '調定額', '収入済額'],
    ['青森市', 1000, 900, 10, 90, null, '青森市', 10400, 90100, null, 950, 850],
    ['弘前市', 800, 700, 5, 95, null, '弘前市', 5200, 94900, null, 780, 690],
  ];

  test('each is a table of its own: its names are labels, not figures typed as text', () => {
    const r = read(grid);
    expect(r.tables.map((t) => t.range)).toEqual(['A2:E4', 'G2:I4', 'K2:L4']);
    // 青森市 is a place: the figure is of that city, no debt (as the blind writer of layout 30 reads its cities).
    expect(obs(r, 'H3')).toMatchObject({ value: 10400, item: '不納欠損額', department: '青森市', debt: null });
    expect(obs(r, 'G3')).toBeUndefined();
    expect(errors(r)).toEqual([]);
  });

  test('a 収入未済額 that does not follow 調定額 − 収入済額 − 不納欠損額 is found at its cell', () => {
    expect(errors(read(grid, [], { E4: 195 }))).toEqual(['ledger-identity@E4']);
  });
});

describe('a one-row ledger of a whole account: 歳入 and 歳出 side by side, letters each in brackets ((C)/(A), (C)-(D))', () => {
  const grid: GridCell[][] = [
    ['国民健康保険特別会計の概況', null, null, null, null, null, null],
    [null, null, null, null, null, null, '(単位:千円,%)'],
    ['歳 入', null, null, null, '歳 出', null, '歳入歳出差引額'],
    ['予算現額', '調定額', '収入済額', '執行率', '支出済額', '執行率', null],
    ['(A)', '(B)', '(C)', '(C)/(A)', '(D)', '(D)/(A)', '(C)-(D)'],
    [1000, 1100, 990, 99.0, 950, 95.0, 40],
  ];
  const merges = ['A3:D3', 'E3:F3', 'G3:G4'];

  test('歳入 and 歳出 are the sides of the account, no debt; (C)/(A) is a ratio and (C)-(D) a difference', () => {
    const r = read(grid, merges);
    expect(obs(r, 'C6')).toMatchObject({ value: 990, item: '収入済額', debt: null, stage: '歳入' });
    expect(obs(r, 'E6')).toMatchObject({ value: 950, debt: null, stage: '歳出' });
    expect(obs(r, 'D6')).toMatchObject({ value: 99, item: '比率', derived: 'ratio', debt: null });
    expect(obs(r, 'F6')).toMatchObject({ value: 95, item: '比率', derived: 'ratio', debt: null, stage: '歳出' });
    expect(obs(r, 'G6')).toMatchObject({ value: 40, derived: 'delta', debt: null });
    expect(errors(r)).toEqual([]);
  });

  test('a (C)/(A) that is not C ÷ A is found at its cell', () => {
    expect(errors(read(grid, merges, { D6: 90.0 }))).toEqual(['ratio-mismatch@D6']);
  });

  test('a (C)-(D) that is not C − D is found at its cell, though no column has a year', () => {
    expect(errors(read(grid, merges, { G6: '△40' }))).toEqual(['delta-mismatch@G6']);
    expect(errors(read(grid, merges, { G6: 50 }))).toEqual(['delta-mismatch@G6']);
  });
});

describe('two tables stacked under a heading naming one tax, the first captioned with one 区分', () => {
  const grid: GridCell[][] = [
    ['個人市民税の課税状況', null, null, null],
    ['調定額(現年課税分)', null, null, null],
    [null, '令和4年度', '令和5年度', null],
    ['均等割', 500, 520, null],
    ['所得割', 9000, 9100, null],
    ['合計', 9500, 9620, null],
    ['(参考)収入済額', null, null, null],
    [null, '令和4年度', '令和5年度', null],
    ['現年課税分', 9400, 9500, null],
    ['滞納繰越分', 100, 90, null],
    ['合計', 9500, 9590, null],
  ];

  test('the caption\'s 区分 is every figure\'s, its 合計 too; the table below is of the heading\'s tax', () => {
    const r = read(grid);
    expect(obs(r, 'B4')).toMatchObject({ value: 500, item: '調定額', fiscalYear: 2022, debt: '個人市民税', division: '現年度分' });
    expect(obs(r, 'C6')).toMatchObject({ value: 9620, item: '調定額', derived: 'total', division: '現年度分' });
    expect(obs(r, 'B10')).toMatchObject({ value: 100, item: '収入済額', debt: '個人市民税', division: '滞納繰越分' });
    expect(obs(r, 'C11')).toMatchObject({ value: 9590, derived: 'total', division: '全体' });
    expect(errors(r)).toEqual([]);
  });

  test('a 合計 that is not the sum of its rows is found at its cell', () => {
    expect(errors(read(grid, [], { C6: 9720 }))).toEqual(['total-mismatch@C6']);
  });
});

describe('label columns under one 区分 header, one of them left empty', () => {
  const grid: GridCell[][] = [
    ['県税決算額 (単位:円)', null, null, null, null],
    ['区 分', null, null, '調定額', '収入済額'],
    ['自動車税', null, '現', 1000, 900],
    [null, null, '繰', 100, 20],
    [null, null, '計', 1100, 920],
    ['軽油引取税', null, '現', 500, 500],
    [null, null, '繰', 10, 5],
    [null, null, '計', 510, 505],
  ];
  const merges = ['A2:C2'];

  test('the empty column under the header does not end the labels: each tax names its 現 | 繰 | 計', () => {
    const r = read(grid, merges);
    expect(obs(r, 'D6')).toMatchObject({ value: 500, item: '調定額', debt: '軽油引取税', division: '現年度分' });
    expect(obs(r, 'E8')).toMatchObject({ value: 505, item: '収入済額', derived: 'total', division: '全体' });
    expect(errors(r)).toEqual([]);
  });

  test('a 計 that is not 現 + 繰 of its tax is found at its cell', () => {
    expect(errors(read(grid, merges, { D8: 520 }))).toEqual(['total-mismatch@D8']);
  });
});

test('a part named under its tax, its 区分 after it (県民税 › 法人 › 現), is that tax\'s part', () => {
  const grid: GridCell[][] = [
    ['県税決算額 (単位:円)', null, null, null],
    ['区 分', null, null, '調定額'],
    ['県民税', '法人', '現', 1000],
    [null, null, '繰', 100],
    [null, null, '計', 1100],
  ];
  const r = read(grid, ['A2:C2']);
  expect(obs(r, 'D3')).toMatchObject({ value: 1000, item: '調定額', debt: '県民税(法人)', division: '現年度分' });
  expect(obs(r, 'D4')).toMatchObject({ value: 100, debt: '県民税(法人)', division: '滞納繰越分' });
});

test('a tax\'s name printed in the middle of its 現 | 繰 | 計 rows (a merged cell flattened) names all three', () => {
  const grid: GridCell[][] = [
    ['県税決算額 (単位:円)', null, null],
    ['区 分', null, '調定額'],
    [null, '現', 1000],
    ['法人県民税', '繰', 100],
    [null, '計', 1100],
    [null, '現', 500],
    ['自動車税', '繰', 10],
    [null, '計', 510],
  ];
  const r = read(grid, ['A2:B2']);
  expect(obs(r, 'C3')).toMatchObject({ value: 1000, item: '調定額', debt: '法人県民税', division: '現年度分' });
  expect(obs(r, 'C6')).toMatchObject({ value: 500, debt: '自動車税', division: '現年度分' });
  expect(obs(r, 'C8')).toMatchObject({ value: 510, derived: 'total', division: '全体' });
  expect(errors(r)).toEqual([]);
  expect(errors(read(grid, ['A2:B2'], { C5: 1200 }))).toEqual(['total-mismatch@C5']);
});

describe('rows named by an amount or a count of something (財産差押額, 滞納者数), not by a debt', () => {
  test('such a row is what is measured (its stage), of the caption\'s debt, not a debt of its own', () => {
    const r = read([
      ['市税の滞納整理の状況', null, null],
      ['区分', '件数', '税額(千円)'],
      ['財産差押額', 241, 22543],
      ['換価猶予額', 53, 4442],
      ['滞納者数', 2, 1528],
    ]);
    expect(obs(r, 'B3')).toMatchObject({ value: 241, item: '件数', debt: '市税', stage: '財産差押額' });
    expect(obs(r, 'C4')).toMatchObject({ value: 4442, unit: '千円', debt: '市税', stage: '換価猶予額' });
    expect(obs(r, 'B5')).toMatchObject({ value: 2, item: '件数', debt: '市税', stage: '滞納者数' });
  });

  test('with no debt named above, such rows are of none', () => {
    const r = read([
      ['13 滞納整理の状況', null, null],
      ['区分', '件数', '税額'],
      [null, null, '千円'],
      ['財産差押額', 241, 22543],
      ['交付要求額', 100, 2944],
    ]);
    expect(obs(r, 'C4')).toMatchObject({ value: 22543, unit: '千円', debt: null, stage: '財産差押額' });
    expect(obs(r, 'B5')).toMatchObject({ value: 100, item: '件数', debt: null, stage: '交付要求額' });
  });

  test('an evaluation sheet\'s costs (事業費(A), 人件費(B)) and counts (滞納者数) are of no debt; 総事業費(A+B) their total', () => {
    const grid: GridCell[][] = [
      ['指標・事業費の推移', null, null, null, null],
      ['区分', '単位', '24年度実績', '25年度実績', '26年度当初'],
      ['滞納者数', '人', 6424, 5464, 6430],
      ['事業費(A)', '千円', 7539, 6923, 9046],
      ['人件費(B)', '千円', 1603, 1563, 1565],
      ['総事業費(A+B)', '千円', 9142, 8486, 10611],
    ];
    const r = read(grid);
    expect(obs(r, 'C3')).toMatchObject({ value: 6424, item: '件数', debt: null, stage: '滞納者数' });
    expect(obs(r, 'D4')).toMatchObject({ value: 6923, item: '金額', unit: '千円', fiscalYear: 2013, kind: 'actual', debt: null, stage: '事業費(A)' });
    expect(obs(r, 'E5')).toMatchObject({ value: 1565, kind: 'target', debt: null, stage: '人件費(B)' });
    expect(obs(r, 'C6')).toMatchObject({ value: 9142, derived: 'total', debt: null });
    expect(errors(read(grid, [], { D6: 8586 }))).toEqual(['total-mismatch@D6']);
  });
});

describe('a ledger by year in stacked blocks, the 現年 row\'s 不納欠損額 printed as a dash', () => {
  const grid: GridCell[][] = [
    ['市税の決算 (単位:千円、%)', null, null, null, null, null],
    ['令和 4 年度', '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率'],
    ['現年課税分', 10000, 9800, '-', 200, 98.0],
    ['滞納繰越分', 1000, 300, 50, 650, 30.0],
    ['令和 5 年度', '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率'],
    ['現年課税分', 11000, 10780, '－', 220, 98.0],
    ['滞納繰越分', 900, 270, 30, 600, 30.0],
  ];

  test('the dash is no figure, and the identity holds with it as 0: nothing found', () => {
    const r = read(grid);
    expect(obs(r, 'D3')).toBeUndefined();
    expect(obs(r, 'E3')).toMatchObject({ value: 200, item: '収入未済額', fiscalYear: 2022, division: '現年度分' });
    expect(errors(r)).toEqual([]);
  });

  test('a 現年 収入未済額 that is not 調定額 − 収入済額 (its 不納欠損額 a dash) is found at its cell', () => {
    expect(errors(read(grid, [], { E6: 230 }))).toEqual(['ledger-identity@E6']);
  });

  test('a 不納欠損額 left empty is not read as 0: the identity is not asked of that row', () => {
    expect(errors(read(grid, [], { D6: null, E6: 230 }))).toEqual([]);
  });
});

describe('items down, 現年 | 滞繰 | 合計 across, a part typed as text', () => {
  const grid: GridCell[][] = [
    ['市税の徴収実績 (単位:千円)', null, null, null],
    ['区分', '現年課税分', '滞納繰越分', '合計'],
    ['調定額', 1000, 200, 1200],
    ['収入済額', 980, 50, 1030],
  ];
  const all = (r: Report) => r.issues.map((i) => `${i.code}@${i.cell}`).sort();

  test('a 合計 that is not 現年 + 滞繰 is found at its cell', () => {
    expect(obs(read(grid), 'D3')).toMatchObject({ value: 1200, item: '調定額', derived: 'total' });
    expect(all(read(grid, [], { D4: 1100 }))).toEqual(['total-mismatch@D4']);
  });

  test('a part typed as text is not-a-number, and its 合計 is not checked (the part is unknown, not 0)', () => {
    expect(all(read(grid, [], { B3: '調査中' }))).toEqual(['not-a-number@B3']);
    // Another row's total is still checked.
    expect(all(read(grid, [], { B3: '調査中', D4: 1100 }))).toEqual(['not-a-number@B3', 'total-mismatch@D4']);
  });
});

describe('a tax revenue year by year (市税の推移): amounts that name no item are what was collected', () => {
  const grid = (caption: string): GridCell[][] => [
    [caption, null, null, null],
    ['(単位:百万円)', null, null, null],
    ['年度', '市税総額', '市民税', '固定資産税'],
    ['令和3年', 300, 120, 180],
    ['令和4年', 310, 125, 185],
  ];

  test('under 市税の推移 each figure is a 収入済額 of its tax and year, in 百万円', () => {
    const r = read(grid('市税の推移'));
    expect(obs(r, 'C4')).toMatchObject({ value: 120, item: '収入済額', debt: '市民税', fiscalYear: 2021, kind: 'actual', unit: '百万円' });
    expect(obs(r, 'D5')).toMatchObject({ value: 185, item: '収入済額', debt: '固定資産税', fiscalYear: 2022 });
    expect(obs(r, 'B5')).toMatchObject({ value: 310, item: '収入済額', derived: 'total' });
  });

  test('so under a 市税の状況 or a 市税内訳表', () => {
    expect(obs(read(grid('令和4年度 市税の状況')), 'C4')).toMatchObject({ item: '収入済額' });
    expect(obs(read(grid('市税内訳表')), 'C4')).toMatchObject({ item: '収入済額' });
  });

  test('not under a caption of what is owed or collected against a charge (滞納市税の状況, 市税の徴収状況): an amount', () => {
    expect(obs(read(grid('滞納市税の状況')), 'C4')).toMatchObject({ value: 120, item: '金額', debt: '市民税' });
    expect(obs(read(grid('市税の徴収状況')), 'C4')).toMatchObject({ value: 120, item: '金額' });
  });

  test('a rate beside the amounts stays a rate, and a count a count', () => {
    const r = read([
      ['市税の推移', null, null, null],
      ['年度', '市民税', '構成比', '納税義務者数'],
      ['令和3年', { v: 120000, fmt: '#,##0"千円"' }, { v: 0.4, fmt: '0.0%' }, { v: 5000, fmt: '#,##0"人"' }],
      ['令和4年', { v: 125000, fmt: '#,##0"千円"' }, { v: 0.41, fmt: '0.0%' }, { v: 5100, fmt: '#,##0"人"' }],
    ]);
    expect(obs(r, 'C3')).toMatchObject({ value: 40, item: '比率', unit: '%' });
    expect(obs(r, 'D3')?.item).not.toBe('収入済額');
  });
});

describe('a debt with its 区分 in brackets after it names both (固定資産税(滞納繰越分))', () => {
  const grid: GridCell[][] = [
    ['収入未済額の推移', null, null],
    ['(単位:千円)', null, null],
    ['区分', '令和4年度', '令和5年度'],
    ['固定資産税(現年課税分)', 500, 450],
    ['固定資産税(滞納繰越分)', 1200, 1100],
    ['軽自動車税', 80, 70],
  ];

  test('each row is the debt at its 区分, not a row of no debt', () => {
    const r = read(grid);
    expect(obs(r, 'B4')).toMatchObject({ value: 500, item: '収入未済額', unit: '千円', debt: '固定資産税', division: '現年度分', fiscalYear: 2022 });
    expect(obs(r, 'C5')).toMatchObject({ value: 1100, item: '収入未済額', debt: '固定資産税', division: '滞納繰越分', fiscalYear: 2023 });
    expect(obs(r, 'B6')).toMatchObject({ value: 80, debt: '軽自動車税', division: null });
  });

  test('a part that is no 区分 stays the name it is (固定資産税(土地))', () => {
    const r = read([...grid.slice(0, 3), ['固定資産税(土地)', 300, 280], ['固定資産税(家屋)', 200, 190]]);
    expect(obs(r, 'B4')).toMatchObject({ value: 300, debt: '固定資産税(土地)', division: null });
  });
});

describe("a report's title on the sheet's first line names the year of every table below that names none", () => {
  const grid: GridCell[][] = [
    ['■令和2年度 滞納整理機構 執行概要', null, null, null],
    ['1.処理結果', null, null, null],
    [null, '件数', '金額', null],
    ['完納', 216, 5000, null],
    ['執行停止', 19, 700, null],
    [null, null, null, null],
    ['2.税目別徴収実績', null, null, null],
    [null, null, null, '単位:千円'],
    ['税目', '調定額', '収入済額', '収納率'],
    ['住民税', 37642, 28677, 76.2],
    ['固定資産税', 39469, 20132, 51.0],
    ['国民健康保険税', 70350, 45307, 64.4],
  ];

  test('the figures of a table far below the title (its own heading naming no year) are of that year', () => {
    const r = read(grid);
    expect(obs(r, 'C10')).toMatchObject({ value: 28677, item: '収入済額', debt: '住民税', fiscalYear: 2020 });
    expect(obs(r, 'D12')).toMatchObject({ value: 64.4, item: '収納率', debt: '国民健康保険税', fiscalYear: 2020 });
  });

  test('so are those of a table of items down and 区分 across, far below it', () => {
    const r = read([
      grid[0],
      ...grid.slice(1, 6),
      ['3.徴収実績 (単位:千円)', null, null, null],
      ['区分', '現年課税分', '滞納繰越分', '合計'],
      ['調定額', 1000, 200, 1200],
      ['収入済額', 980, 50, 1030],
    ]);
    expect(r.tables.find((t) => t.range.startsWith('A8'))?.shape).toBe('matrix');
    expect(obs(r, 'C10')).toMatchObject({ value: 50, item: '収入済額', division: '滞納繰越分', fiscalYear: 2020 });
  });

  test('so are those of the table just under it', () => {
    expect(obs(read(grid), 'B4')).toMatchObject({ value: 216, item: '件数', fiscalYear: 2020 });
  });

  test('or the tab naming one year, when the sheet has no title line', () => {
    const r = read(grid.slice(6), [], {}, '令和2年度実績');
    expect(obs(r, 'C4')).toMatchObject({ value: 28677, debt: '住民税', fiscalYear: 2020 });
  });

  test('a heading of its own naming another year wins; a title naming a span of years names none', () => {
    const own = read([grid[0], ['令和元年度 税目別徴収実績', null, null, null], ...grid.slice(7)]);
    expect(obs(own, 'C5')).toMatchObject({ value: 28677, fiscalYear: 2019 });
    const span = read([['■平成30年度～令和2年度 執行概要', null, null, null], ...grid.slice(1)]);
    expect(obs(span, 'C10')?.fiscalYear ?? null).toBeNull();
  });
});

describe('a caption with its unit on the same line is the table\'s caption still', () => {
  test('4.税目別実績 … 単位:千円 says the figures are results (実績), not targets', () => {
    const r = read([
      ['平成22年度 執行状況', null, null, null],
      ['(当初の見込額の目標30%)', null, null, null],
      ['4.税目別実績(本税のみ) 単位:千円', null, null, null],
      ['税目', '受託額', '徴収額', '徴収率'],
      ['住民税', 69402, 21341, 30.7],
      ['固定資産税', 200402, 58022, 29.0],
    ]);
    expect(obs(r, 'C5')).toMatchObject({ value: 21341, debt: '住民税', fiscalYear: 2010, kind: 'actual', unit: '千円' });
  });

  test('an amount whose header names no item (受託額) is an amount (金額) in 千円, as in a matrix table', () => {
    const r = read([
      ['税目別実績 単位:千円', null, null, null],
      ['税目', '受託額', '徴収額', '徴収率'],
      ['住民税', 69402, 21341, 30.7],
      ['固定資産税', 200402, 58022, 29.0],
    ]);
    expect(r.tables[0].shape).toBe('rows');
    expect(obs(r, 'B3')).toMatchObject({ value: 69402, item: '金額', unit: '千円', debt: '住民税' });
    // What a collection body collects of the arrears entrusted to it is arrears recovered (回収額), as six writers of the holdout read it.
    expect(obs(r, 'C4')).toMatchObject({ value: 58022, item: '回収額', unit: '千円', debt: '固定資産税' });
    expect(obs(r, 'D4')).toMatchObject({ value: 29.0, item: '収納率', unit: '%' });
  });
});

describe('months down the rows (4月 … 3月) are periods of the year, not debts', () => {
  test("a month's figures are of the debt its column names", () => {
    const r = read([
      ['令和5年度 月別収納額', null, null],
      ['(単位:千円)', null, null],
      ['月', '市税', '国民健康保険税'],
      ['4月', 39255, 12000],
      ['5月', 33993, 11500],
      ['6月', 29317, 10800],
    ]);
    expect(obs(r, 'B4')).toMatchObject({ value: 39255, debt: '市税', department: null, fiscalYear: 2023 });
    expect(obs(r, 'C6')).toMatchObject({ value: 10800, debt: '国民健康保険税', fiscalYear: 2023 });
  });
});

describe('a month\'s own figures and their running sum (単月 | 累計) under each year', () => {
  const grid: GridCell[][] = [
    ['月別徴収状況', null, null, null, null],
    [null, null, null, '(単位:千円)', null],
    [null, '収入済額', null, null, null],
    [null, '4年度', null, '3年度', null],
    [null, '単月', '累計', '単月', '累計'],
    ['4月', 39255, 39255, 34501, 34501],
    ['5月', 33993, 73248, 36533, 71034],
  ];
  const merges = ['B3:E3', 'B4:C4', 'D4:E4'];

  test('are stages of no debt, of their column\'s year', () => {
    const r = read(grid, merges);
    expect(obs(r, 'B7')).toMatchObject({ value: 33993, item: '収入済額', debt: null, department: null, stage: '単月', fiscalYear: 2022 });
    expect(obs(r, 'E7')).toMatchObject({ value: 71034, item: '収入済額', debt: null, stage: '累計', fiscalYear: 2021 });
  });
});

describe('how far these readings reach (each case a reading they must not make)', () => {
  test('a month down the rows is the figure\'s period (its stage): month-end balances are never one year\'s figure', () => {
    const r = read([
      ['令和5年度 月末滞納額', null, null],
      ['(単位:千円)', null, null],
      ['月', '市税', '国民健康保険税'],
      ['4月', 900, 300],
      ['5月', 880, 290],
    ]);
    expect(obs(r, 'B4')).toMatchObject({ value: 900, debt: '市税', stage: '4月' });
    expect(obs(r, 'B5')).toMatchObject({ value: 880, debt: '市税', stage: '5月' });
  });

  test('a unit line written without a colon ((単位 千円)) is a unit line, not the caption', () => {
    const r = read([
      ['収入未済額の推移', null, null],
      ['(単位 千円)', null, null],
      ['債権名', '令和3年度', '令和4年度'],
      ['市税', 500, 450],
      ['国民健康保険税', 300, 280],
    ]);
    expect(r.tables[0].title).toBe('収入未済額の推移');
    expect(obs(r, 'B4')).toMatchObject({ value: 500, item: '収入未済額', unit: '千円', debt: '市税' });
  });

  test('arrears under a heading of their own are not a revenue because the page is 市税の状況', () => {
    const r = read([
      ['1 市税の状況', null, null],
      ['(2) 滞納額の推移', null, null],
      ['(単位:千円)', null, null],
      ['年度', '市民税', '固定資産税'],
      ['令和3年度', 120, 180],
      ['令和4年度', 110, 170],
    ]);
    expect(obs(r, 'B5')?.item).not.toBe('収入済額');
  });

  test('a count column of a row table in 千円 stays a count, not an amount', () => {
    const r = read([
      ['税目別実績 単位:千円', null, null, null],
      ['税目', '受託額', '徴収額', '件数'],
      ['住民税', 69402, 21341, 12],
      ['固定資産税', 200402, 58022, 30],
    ]);
    expect(obs(r, 'B3')).toMatchObject({ item: '金額' });
    expect(obs(r, 'D3')?.item).not.toBe('金額');
  });

  test('a bare year on the first line is a header, not a report\'s title', () => {
    const r = read([
      [null, '令和4年度', null],
      ['区分', '調定額', '収入済額'],
      ['市税', 1000, 950],
      [null, null, null],
      ['参考', null, null],
      ['区分', '調定額', '収入済額'],
      ['国民健康保険税', 500, 400],
      ['介護保険料', 300, 290],
    ], ['B1:C1']);
    expect(obs(r, 'B7')?.fiscalYear ?? null).toBeNull();
  });
});

test('a row table\'s caption dates its figures by the year it says with 年度, a date beside it none', () => {
  const r = read([
    ['債権管理の状況', null, null],
    ['令和5年度 債権別収入状況 (令和6年7月13日更新)', null, null],
    ['(単位:千円)', null, null],
    ['債権名', '調定額', '収入済額'],
    ['市税', 1000, 950],
    ['国民健康保険税', 500, 400],
  ]);
  expect(r.tables[0].shape).toBe('rows');
  expect(obs(r, 'B5')).toMatchObject({ value: 1000, item: '調定額', debt: '市税', fiscalYear: 2023 });
});

describe('a collection body\'s table: what it was entrusted (受託額), what it collected and the rate of one to the other', () => {
  const grid: GridCell[][] = [
    ['税目別実績(本税のみ) 単位:千円', null, null, null],
    ['税目', '受託額', '徴収額', '徴収率'],
    ['住民税', 69402, 21341, 30.7],
    ['固定資産税', 200402, 58022, 29.0],
    ['軽自動車税', 3603, 1252, 34.7],
    ['国民健康保険税', 138589, 50088, 36.1],
    ['計', 411996, 130703, 31.7],
  ];

  test('the 受託額 is an amount; its 計 is checked as any total is', () => {
    const r = read(grid);
    expect(obs(r, 'B3')).toMatchObject({ value: 69402, item: '金額', unit: '千円', debt: '住民税' });
    expect(obs(r, 'C3')).toMatchObject({ value: 21341, item: '回収額', unit: '千円', debt: '住民税' });
    expect(obs(r, 'C7')).toMatchObject({ value: 130703, item: '回収額', derived: 'total' });
    expect(errors(r)).toEqual([]);
    expect(errors(read(grid, [], { B7: 412046 }))).toEqual(['total-mismatch@B7']);
  });

  test('the 徴収率 is of the 受託額, as every row shows: a rate that is not is found at its cell', () => {
    expect(errors(read(grid, [], { D5: 43.7 }))).toEqual(['rate-mismatch@D5']);
  });

  test('a rate the rows do not show to be of the 受託額 is not checked against it', () => {
    const rates = grid.map((row, i) => (i >= 2 ? [...row.slice(0, 3), [50.1, 60.2, 70.3, 80.4, 90.5][i - 2]] : row));
    expect(errors(read(rates))).toEqual([]);
  });

  test('再計算 writes the 受託額 計 as the sum of its taxes, and each 徴収率 as 徴収額 ÷ 受託額 (the wrong one too)', () => {
    const { changes } = recalc({ sheets: [sheetFromGrid('S', grid.map((row, i) => (i === 4 ? ['軽自動車税', 3603, 1252, 43.7] : row)) as CellValue[][], [])] }, 'x.xlsx', '2026-12-05 10:00');
    const at = (cell: string) => changes.cells.find((c) => c.sheet === 'S' && c.cell === cell);
    expect(at('B7')).toMatchObject({ formula: 'SUM(B3:B6)', value: 411996 });
    expect(at('D5')?.formula).toMatch(/C5\/B5/);
    expect(at('D5')?.value).toBeCloseTo(34.7, 12);
    expect(at('D7')?.value).toBeCloseTo(31.7, 12);
  });
});

test('徴収金額 and 収納金額 are what was collected, 滞納金額 what is owed: as 徴収額 and 滞納額', () => {
  const r = read([
    ['令和4年度 債権の状況(単位:千円)', null, null, null],
    ['債権名', '調定額', '収納金額', '滞納金額'],
    ['保育料', 1000, 900, 100],
    ['住宅使用料', 2000, 1800, 200],
  ]);
  expect(obs(r, 'C3')).toMatchObject({ value: 900, item: '収入済額', debt: '保育料' });
  expect(obs(r, 'D4')).toMatchObject({ value: 200, item: '収入未済額', debt: '住宅使用料' });
  expect(errors(read([
    ['令和4年度 債権の状況(単位:千円)', null, null, null],
    ['債権名', '調定額', '徴収金額', '滞納金額'],
    ['保育料', 1000, 900, 150],
  ]))).toEqual(['ledger-identity@D3']);
});

test('a growth rate (伸率) beside two items of one year is no rate of change between them', () => {
  const r = read([
    ['令和5年度 債権の状況(単位:千円)', null, null, null],
    ['債権名', '調定額', '収入済額', '伸率'],
    ['保育料', 1000, 900, -5.8],
    ['住宅使用料', 2000, 1800, 2.5],
    ['計', 3000, 2700, 0.1],
  ]);
  expect(errors(r)).toEqual([]);
});

describe('a tax\'s arrears by year across, amounts written in 億 and 万, under a numbered caption and a sentence about taxes', () => {
  const grid: GridCell[][] = [
    ['市税滞納の状況', null, null, null],
    ['税金は、市民の皆さんに公平に負担していただくものです。', null, null, null],
    ['■表1 市税滞納額の推移', null, null, null],
    ['区分', null, '令和3年度', '令和4年度'],
    ['課税額(現年課税分)', null, '120億3000万円', '125億1000万円'],
    ['滞納額', '現年課税分', '2億1000万円', '1億9000万円'],
    [null, '滞納繰り越し分', '5億4000万円', '5億2000万円'],
    ['滞納額計', null, '7億5000万円', '7億1000万円'],
  ];
  const merges = ['A4:B4', 'A5:B5', 'A6:A7', 'A8:B8'];

  test('the amounts are read in yen; 課税額 is what was assessed (調定額), 滞納繰り越し分 the arrears\' 区分, the debt the caption\'s', () => {
    const r = read(grid, merges);
    expect(obs(r, 'C5')).toMatchObject({ value: 12030000000, item: '調定額', unit: '円', fiscalYear: 2021, debt: '市税', division: '現年度分' });
    expect(obs(r, 'D7')).toMatchObject({ value: 520000000, item: '収入未済額', fiscalYear: 2022, debt: '市税', division: '滞納繰越分' });
    expect(obs(r, 'C8')).toMatchObject({ value: 750000000, item: '収入未済額', derived: 'total' });
  });

  test('the 滞納額計 sums the 滞納額 rows, not the 課税額 above them: a wrong one is found at its cell, and only it', () => {
    expect(errors(read(grid, merges))).toEqual([]);
    expect(errors(read(grid, merges, { D8: '7億2000万円' }))).toEqual(['total-mismatch@D8']);
  });
});

describe('an evaluation sheet\'s indicators: a 単位 column of their own units, names that measure, a caption of row pairs', () => {
  const grid: GridCell[][] = [
    ['3.実績(上段・実績/下段・達成率)', null, null, null, null],
    ['活動指標名', null, '単位', '令和3年度', '令和4年度'],
    ['a', '税収の確保', '千円', 3218580, 3130732],
    [null, null, null, '-', '-'],
    ['b', '市税収納率の向上', '%', '97.59 %', '97.38 %'],
    [null, null, null, '―', '―'],
    ['c', '納税に対する啓発活動', '件', '13 件', '9 件'],
    [null, null, null, '―', '―'],
  ];
  const merges = ['A2:B2', 'A3:A4', 'B3:B4', 'C3:C4', 'A5:A6', 'B5:B6', 'C5:C6', 'A7:A8', 'B7:B8', 'C7:C8'];

  test('each row is measured in its own unit; what an indicator names (税収, 収納率) is its item, a debt only where it names one', () => {
    const r = read(grid, merges);
    expect(obs(r, 'D3')).toMatchObject({ value: 3218580, item: '収入済額', unit: '千円', fiscalYear: 2021, kind: 'actual', debt: null });
    expect(obs(r, 'E5')).toMatchObject({ value: 97.38, item: '収納率', unit: '%', fiscalYear: 2022, debt: '市税' });
  });

  test('an indicator that names no item is its figures\' stage, not a debt; its index letter names nothing', () => {
    expect(obs(read(grid, merges), 'D7')).toMatchObject({ value: 13, item: '件数', unit: '件', debt: null, stage: '納税に対する啓発活動' });
  });

  test('a rate typed out of range and a negative amount are found at their cells', () => {
    expect(errors(read(grid, merges, { E5: '973.8 %', D3: -3218580 }))).toEqual(['negative-amount@D3', 'rate-out-of-range@E5']);
  });
});

test('bare years down a column headed 年度 are years however few (3, 4 under a 令和 title: 令和3・4年度)', () => {
  const grid: GridCell[][] = [
    ['機構の活動状況について(令和5年2月末現在)', null, null],
    [null, null, '単位:件、千円'],
    ['年度', '引受件数', '引受滞納額'],
    [3, 678, 380431],
    [4, 665, 384794],
  ];
  const r = read(grid);
  expect(obs(r, 'B4')).toMatchObject({ value: 678, item: '件数', fiscalYear: 2021 });
  expect(obs(r, 'C5')).toMatchObject({ value: 384794, fiscalYear: 2022, unit: '千円' });
  // Unheaded, two small numbers down a column are no years (row numbers, counts).
  expect(obs(read([grid[0], grid[1], ['区分', '引受件数', '引受滞納額'], ...grid.slice(3)]), 'B4')?.fiscalYear ?? null).not.toBe(2021);
});

test('a 差押 table\'s kinds of property (預貯金, 所得税還付金, その他債権) are no debts: its figures are of the caption\'s', () => {
  const r = read([
    ['市税の差押状況', null, null, null, null],
    [null, '預貯金', '給与', '所得税還付金', 'その他債権'],
    ['令和4年度', '502件', '62件', '18件', '21件'],
    ['令和3年度', '557件', '68件', '5件', '21件'],
  ]);
  expect(obs(r, 'B3')).toMatchObject({ value: 502, item: '件数', fiscalYear: 2022, debt: '市税' });
  expect(obs(r, 'D4')).toMatchObject({ value: 5, fiscalYear: 2021, debt: '市税' });
  expect(obs(r, 'E3')).toMatchObject({ value: 21, debt: '市税' });
});

test('a headerless list of years, each amount written with its unit and its change in brackets, is read', () => {
  const r = read([
    ['未収金の状況', null],
    ['平成28年度決算', '478億円(△33億円)'],
    ['平成29年度決算', '442億円(△36億円)'],
    ['平成30年度決算', '403億円(△39億円)'],
  ]);
  expect(obs(r, 'B2')).toMatchObject({ value: 478, item: '収入未済額', fiscalYear: 2016, kind: 'actual' });
  expect(obs(r, 'B4')).toMatchObject({ value: 403, fiscalYear: 2018 });
});

describe('how far the eighth and ninth rounds\' readings reach (each case a reading they must not make)', () => {
  test('a total naming its item (収入未済額合計) sums rows that name none', () => {
    const r = read([
      ['市税の状況 (単位:千円)', null, null],
      ['区分', '令和3年度', '令和4年度'],
      ['現年課税分', 120000, 110000],
      ['滞納繰越分', 80000, 75000],
      ['収入未済額合計', 210000, 185000],
    ]);
    expect(errors(r)).toEqual(['total-mismatch@B5']);
  });

  test('年度末収入未済額 is a ledger\'s 収入未済額 and 調整後調定額 its 調定額: the identity is checked', () => {
    const grid: GridCell[][] = [
      ['令和4年度 債権の状況 (単位:千円)', null, null, null, null, null],
      ['債権名', '調整後調定額', '収入済額', '不納欠損額', '年度末収入未済額', '収納率'],
      ['保育料', 10000, 9000, 100, 900, 90.0],
      ['住宅使用料', 20000, 18000, 0, 2000, 90.0],
    ];
    expect(errors(read(grid))).toEqual([]);
    expect(errors(read(grid, [], { E4: 2500 }))).toEqual(['ledger-identity@E4']);
  });

  test('億円 alone on a sheet that writes yen in 億 and 万 is yen too', () => {
    const r = read([
      ['令和4年度 市税の収入未済額', null],
      ['税目', '収入未済額'],
      ['個人市民税', '5億2000万円'],
      ['固定資産税', '3億円'],
      ['軽自動車税', '4800万円'],
      ['合計', '8億6800万円'],
    ]);
    expect(obs(r, 'B4')?.value).toBe(300000000);
    expect(errors(r)).toEqual([]);
  });

  test('a band of amounts (500千円以上1,000千円未満) is a row\'s label, not a figure', () => {
    const r = read([
      ['令和4年度 滞納額階層別 (単位:千円)', null, null, null],
      ['区分', '件数', '滞納額', '構成比'],
      ['500千円未満', 1200, 148000, 39.2],
      ['500千円以上1,000千円未満', 600, 50000, 13.2],
      ['1,000千円以上', 150, 180000, 47.6],
      ['合計', 1950, 378000, 100.0],
    ]);
    expect(obs(r, 'A3')).toBeUndefined();
    expect(errors(r)).toEqual([]);
    expect(errors(read([['令和4年度 滞納額階層別 (単位:千円)', null, null, null], ['区分', '件数', '滞納額', '構成比'], ['500千円未満', 1200, 148000, 39.2], ['1,000千円以上', 150, 180000, 60.8], ['合計', 1350, 328000, 100.0]], [], { C5: 338000 }))).toEqual(['total-mismatch@C5']);
  });

  test('a ledger whose debts are kept in 千円 and in 円 (a 単位 column) is still a ledger: its identity is checked', () => {
    const r = read([
      ['令和4年度 債権の状況', null, null, null, null, null],
      ['債権名', '単位', '調定額', '収入済額', '収入未済額', '収納率'],
      ['市税', '千円', 10000000, 9800000, 200000, 98.0],
      ['国民健康保険税', '千円', 2000000, 1800000, 200000, 90.0],
      ['災害援護資金貸付金', '円', 5000000, 1000000, 4100000, 20.0],
      ['奨学金貸付金', '円', 3000000, 2400000, 600000, 80.0],
    ]);
    expect(errors(r)).toEqual(['ledger-identity@E5']);
  });

  test('a figure per head (1人当たり税額) is no amount its 計 row sums, and 再計算 writes no SUM there', () => {
    const grid: GridCell[][] = [
      ['令和4年度 市税の状況 (単位:千円)', null, null, null, null],
      ['税目', '調定額', '収入済額', '収納率', '1人当たり税額'],
      ['市民税', 1000000, 980000, 98.0, 50],
      ['固定資産税', 800000, 784000, 98.0, 40],
      ['計', 1800000, 1764000, 98.0, 45],
    ];
    expect(errors(read(grid))).toEqual([]);
    const { changes } = recalc({ sheets: [sheetFromGrid('S', grid as CellValue[][], [])] }, 'x.xlsx', '2026-12-05 10:00');
    expect(changes.cells.find((c) => c.sheet === 'S' && c.cell === 'E5')).toBeUndefined();
  });

  test('a caption naming the 区分 of its row pairs (上段:現年課税分、下段:滞納繰越分) keeps its item', () => {
    const r = read([
      ['市税収納率の推移(上段:現年課税分、下段:滞納繰越分)', null, null, null],
      ['年度', '市民税', '固定資産税', '軽自動車税'],
      ['令和2年度', 99.1, 98.7, 97.9],
      [null, 25.1, 22.0, 20.3],
      ['令和3年度', 99.2, 98.9, 98.0],
      [null, 26.3, 23.5, 21.1],
    ], ['A3:A4', 'A5:A6']);
    expect(obs(r, 'B3')).toMatchObject({ value: 99.1, item: '収納率', unit: '%' });
  });

  test('未収入金額 is what is still owed, not what was collected', () => {
    const r = read([
      ['令和4年度 債権の状況 (単位:千円)', null, null, null, null],
      ['債権名', '調定額', '収入済額', '未収入金額', '収納率'],
      ['保育料', 10000, 9000, 1000, 90.0],
      ['住宅使用料', 20000, 18000, 2000, 90.0],
    ]);
    expect(obs(r, 'D3')).toMatchObject({ value: 1000, item: '収入未済額' });
  });
});

describe('a total printed with a second figure in brackets (103,048 (121,325)): the sum without and with what the brackets add', () => {
  const grid: GridCell[][] = [
    ['受託額ほか', null, null, null],
    [null, null, '単位:千円', null],
    [null, '受託額', '徴収額', '徴収率'],
    ['本税', 2000, 1500, '75.0%'],
    ['督促', 100, 90, '90.0%'],
    ['延滞金', '−', 300, '−'],
    ['計', 2100, '1,590 (1,890)', '75.7%'],
  ];

  test('is right when its figure is the sum of the rows above (1,890, with 延滞金), though the first (1,590) is not', () => {
    const r = read(grid);
    expect(obs(r, 'C7')).toMatchObject({ value: 1590, derived: 'total' });
    expect(errors(r)).toEqual([]);
  });

  test('is wrong when neither figure is the sum', () => {
    expect(errors(read(grid, [], { C7: '1,590 (1,990)' }))).toEqual(['total-mismatch@C7']);
    expect(errors(read(grid, [], { C7: '1,490 (1,790)' }))).toEqual(['total-mismatch@C7']);
  });

  test('a change in the brackets (△, +) is no second figure of the total', () => {
    expect(errors(read(grid, [], { C7: '1,590 (+1,890)' }))).toEqual(['total-mismatch@C7']);
  });
});

test('a row table\'s 計 typed with a second figure in brackets is right when either is the sum of its debts', () => {
  const grid: GridCell[][] = [
    ['令和4年度 債権の状況(単位:千円)', null, null],
    ['債権名', '調定額', '収入済額'],
    ['市民税', 2000, 1500],
    ['固定資産税', 100, 90],
    ['国民健康保険税', 400, 300],
    ['計', 2500, '1,890 (1,590)'],
  ];
  expect(errors(read(grid))).toEqual([]);
  expect(errors(read(grid, [], { C6: '1,590 (1,891)' }))).toEqual([]);
  expect(errors(read(grid, [], { C6: '1,590 (1,990)' }))).toEqual(['total-mismatch@C6']);
  expect(errors(read(grid, [], { C6: '1,690 (△100)' }))).toEqual(['total-mismatch@C6']);
});

describe('a city page\'s lists under sentences: one debt\'s figures with their units, and 差押 counts by kind of property', () => {
  const grid: GridCell[][] = [
    ['令和4年度の国民健康保険税の徴収状況は次のとおりです。', null, null],
    ['国民健康保険税調定額(滞納繰越分を含む)', '2,500,000円', null],
    ['収入額', '2,000,000円', null],
    ['徴収率', '80.00%', null],
    ['令和4年度は合計30件の差押を実施しました。', null, null],
    ['財産名', '件数', null],
    ['預貯金', '20件', null],
    ['給料', '6件', null],
    ['年金', '4件', null],
    ['合計', '30件', null],
  ];

  test('a list whose figures say their unit (円, %) is read; the debt and 区分 its first row names are every row\'s', () => {
    const r = read(grid);
    expect(obs(r, 'B2')).toMatchObject({ value: 2500000, item: '調定額', debt: '国民健康保険税', division: '全体', fiscalYear: 2022, unit: '円' });
    expect(obs(r, 'B3')).toMatchObject({ value: 2000000, item: '収入済額', debt: '国民健康保険税', division: '全体', fiscalYear: 2022 });
    expect(obs(r, 'B4')).toMatchObject({ value: 80, item: '収納率', debt: '国民健康保険税', division: '全体', unit: '%' });
    expect(errors(r)).toEqual([]);
  });

  test('so its rate is checked against its amounts: a 収入額 mistyped is found at the rate', () => {
    expect(errors(read(grid, [], { B3: '2,200,000円' }))).toEqual(['rate-mismatch@B4']);
  });

  test('under a header naming property (財産名), rows are kinds seized, however they end (給料, 年金): no debts; their 合計 is checked', () => {
    const r = read(grid);
    for (const cell of ['B7', 'B8', 'B9']) expect(obs(r, cell)).toMatchObject({ item: '件数', debt: '国民健康保険税' });
    expect(obs(r, 'B10')).toMatchObject({ value: 30, derived: 'total', debt: null });
    expect(errors(read(grid, [], { B8: '9件' }))).toEqual(['total-mismatch@B10']);
  });

  test('a list of two debts\' figures keeps each row\'s own (no row\'s debt is the others\')', () => {
    const r = read([
      ['令和4年度の調定額は次のとおりです。', null],
      ['市税調定額', '2,500,000円'],
      ['国民健康保険税調定額', '900,000円'],
      ['収入額', '3,000,000円'],
    ]);
    expect(obs(r, 'B2')?.debt).toBe('市税');
    expect(obs(r, 'B3')?.debt).toBe('国民健康保険税');
    expect(obs(r, 'B4')?.debt ?? null).toBeNull();
  });
});

describe('rows tagged with circled numbers (徴収決定額①, 滞納残高②) and a ratio of their tags (②/①)', () => {
  const grid: GridCell[][] = [
    ['【億円】', '市税', '国民健康保険税'],
    ['徴収決定額①', '50,000', '12,000'],
    ['滞納残高②', '1,200', '3,600'],
    ['②/①', '2.4%', '30.0%'],
  ];

  test('徴収決定額 is what was determined to be collected (調定額); the tag ratio is a ratio of the tagged rows, not a collection rate', () => {
    const r = read(grid);
    expect(obs(r, 'B2')).toMatchObject({ value: 50000, item: '調定額', debt: '市税' });
    expect(obs(r, 'C3')).toMatchObject({ value: 3600, item: '収入未済額', debt: '国民健康保険税' });
    expect(obs(r, 'B4')).toMatchObject({ value: 2.4, item: '比率', derived: 'ratio', debt: '市税' });
    expect(errors(r)).toEqual([]);
  });

  test('a ratio that is not ② ÷ ① is found at its cell', () => {
    expect(errors(read(grid, [], { C4: '3.0%' }))).toEqual(['ratio-mismatch@C4']);
  });

  test('a circled number opening a label of an outline (① 市民税) is still its numbering, no tag ratio', () => {
    const r = read([
      ['市税の状況(単位:千円)', null],
      ['区分', '令和4年度'],
      ['① 市民税', 5000],
      ['② 固定資産税', 4000],
    ]);
    expect(obs(r, 'B3')).toMatchObject({ value: 5000, debt: '市民税' });
    expect(obs(r, 'B4')).toMatchObject({ value: 4000, debt: '固定資産税' });
  });
});

describe('the eleventh round\'s readings: figures in parentheses written in 億 and 万, a note in brackets, a change headed 増加額△減少額', () => {
  test('a figure in parentheses written in 億 and 万 ((3億4,800万円), (2,900万円)) is a figure, no text where a number belongs', () => {
    const grid: GridCell[][] = [
      ['令和3年度の徴収実績', null, null],
      [null, '引受額', '徴収額'],
      ['本税', '9億1,700万円', '5億4,800万円'],
      [null, '(3億4,800万円)', '(2,900万円)'],
    ];
    const r = read(grid, ['A3:A4']);
    expect(obs(r, 'B4')).toMatchObject({ value: 348000000 });
    expect(obs(r, 'C4')).toMatchObject({ value: 29000000 });
    expect(errors(r)).toEqual([]);
  });

  test('a note in brackets opening with its mark ((*…平成30年度分以降…)) dates nothing: the year is the report\'s', () => {
    const r = read([
      ['令和3年度の徴収実績について', null, null],
      ['(*個人府民税の税率は平成30年度分以降、4%から2%となっています)', null, null],
      ['■市税の徴収実績', null, null],
      [null, '調定額', '収入済額'],
      ['市税', '1,000千円', '900千円'],
    ]);
    expect(obs(r, 'B5')).toMatchObject({ value: 1000, fiscalYear: 2021 });
  });

  test('a column headed 増加額△減少額 is the change of the amounts beside it: its △ figures are no negative amounts', () => {
    const r = read([
      ['債権の年度末現在額(単位:千円)', null, null, null],
      ['区分', '22年度末現在額', '21年度末現在額', '増加額△減少額'],
      ['歳入', 9139, 9198, '△59'],
      ['歳入外', 124, 115, '9'],
    ]);
    expect(obs(r, 'D3')).toMatchObject({ value: -59, derived: 'delta' });
    expect(errors(r)).toEqual([]);
    expect(errors(read([
      ['債権の年度末現在額(単位:千円)', null, null, null],
      ['区分', '22年度末現在額', '21年度末現在額', '増加額△減少額'],
      ['歳入', 9139, 9198, '△69'],
      ['歳入外', 124, 115, '9'],
    ]))).toEqual(['delta-mismatch@D3']);
  });
});

describe('差押 tables: rows under a header naming what was seized, dashes written with their unit', () => {
  const grid: GridCell[][] = [
    ['財産等の差押件数', null, null, null],
    ['差押財産', '令和3年度', '令和4年度', '令和5年度'],
    ['給料', 225, 171, 245],
    ['預貯金', 99, 288, 386],
    ['年金', 8, 13, 23],
    ['合計', 332, 472, 654],
  ];

  test('the rows are kinds of property, no debts however they end (給料, 年金); the caption makes them counts; the 合計 is checked', () => {
    const r = read(grid);
    expect(obs(r, 'C3')).toMatchObject({ value: 171, item: '件数', fiscalYear: 2022, debt: null });
    expect(obs(r, 'D6')).toMatchObject({ value: 654, derived: 'total' });
    expect(errors(r)).toEqual([]);
    // 828 for 288 (two digits swapped) is named at its cell too, its 合計 showing 288.
    expect(errors(read(grid, [], { C4: 828 }))).toEqual(['input-suspect@C4', 'total-mismatch@C6']);
  });

  test('a dash with its unit (-件(-件)) is no figure and no text, and its row is one of the table: the 合計 below it is read', () => {
    const r = read([
      ['令和5年度 町税の差押(括弧内は前年度)', null, null],
      ['差押項目', '件数', '差押金額'],
      ['預貯金', '363件(288件)', '15,497千円(15,361千円)'],
      ['給与・年金', '15件(25件)', '2,077千円(4,517千円)'],
      ['不動産', '-件(-件)', null],
      ['出資金', '-件(-件)', null],
      ['合計', '378件(313件)', '17,574千円(19,878千円)'],
    ]);
    expect(obs(r, 'B7')).toMatchObject({ value: 378, derived: 'total' });
    expect(obs(r, 'B5')).toBeUndefined();
    expect(errors(r)).toEqual([]);
  });
});

describe('how far the tenth to twelfth rounds\' readings reach (each case a reading they must not make)', () => {
  test('counts in brackets under amounts ((120件)) are no amounts: no total of them is checked as one', () => {
    const r = read([
      ['令和4年度 債権の状況(単位:千円)', null, null],
      ['債権名', '調定額', '収入未済額'],
      ['市民税', 2000, 500],
      [null, '(120件)', '(30件)'],
      ['固定資産税', 1000, 100],
      [null, '(60件)', '(10件)'],
      ['合計', 3000, 600],
      [null, '(180件)', '(40件)'],
    ], ['A3:A4', 'A5:A6', 'A7:A8']);
    expect(errors(r).filter((e) => e.startsWith('total-mismatch'))).toEqual([]);
    expect(obs(r, 'B4')?.value).not.toBe(120);
  });

  test('a 増△減率 column is a rate of change, not a difference', () => {
    expect(errors(read([
      ['市税の推移(単位:千円、%)', null, null, null],
      ['税目', '令和3年度', '令和4年度', '増△減率'],
      ['市民税', 2000, 2100, 5.0],
      ['固定資産税', 1000, 950, '△5.0'],
    ]))).toEqual([]);
  });

  test('a debt named after a footnote mark ((※1)国民健康保険税) is a row of the table, not a note ending it', () => {
    const r = read([
      ['令和4年度 債権の状況(単位:千円)', null, null],
      ['債権名', '調定額', '収入済額'],
      ['市民税', 2000, 1500],
      ['(※1)国民健康保険税', 1000, 900],
      ['介護保険料', 800, 780],
      ['合計', 3800, 3180],
    ]);
    expect(obs(r, 'B5')).toMatchObject({ value: 800, debt: '介護保険料' });
    expect(errors(read([
      ['令和4年度 債権の状況(単位:千円)', null, null],
      ['債権名', '調定額', '収入済額'],
      ['市民税', 2000, 1500],
      ['(※1)国民健康保険税', 1000, 900],
      ['介護保険料', 800, 780],
      ['合計', 3900, 3180],
    ]))).toEqual(['total-mismatch@B6']);
  });

  test('a (参考) row at a list\'s end names its own debt, not every row\'s', () => {
    const r = read([
      ['市税の収納状況(単位:千円)', null, null],
      ['区分', '令和3年度', '令和4年度'],
      ['調定額', 10000, 10500],
      ['収入済額', 9500, 10000],
      ['収納率', '95.0%', '95.2%'],
      ['(参考)国民健康保険税収納率', '90.1%', '91.0%'],
    ]);
    expect(obs(r, 'B3')?.debt ?? null).not.toBe('(参考)国民健康保険税');
  });

  test('debts under a 差押件数 corner, or under a 財産名 header of the city\'s own claims, stay debts', () => {
    const counts = read([
      ['滞納処分の状況', null, null],
      ['差押件数', '令和3年度', '令和4年度'],
      ['市民税', 120, 130],
      ['固定資産税', 80, 90],
      ['国民健康保険税', 200, 210],
      ['合計', 400, 430],
    ]);
    expect(obs(counts, 'B3')?.debt).toBe('市民税');
    const claims = read([
      ['財産に関する調書(債権)(単位:千円)', null, null],
      ['財産名', '令和3年度末', '令和4年度末'],
      ['奨学金貸付金', 5000, 4800],
      ['住宅新築資金等貸付金', 1200, 1100],
    ]);
    expect(obs(claims, 'B3')?.debt).toBe('奨学金貸付金');
  });

  test('a list of a tax\'s rates (個人市民税 | 6%) is no list of collection rates', () => {
    const r = read([
      ['本市の市税の税率は次のとおりです。', null],
      ['個人市民税(所得割)', '6%'],
      ['固定資産税', '1.4%'],
      ['都市計画税', '0.3%'],
    ]);
    expect(obs(r, 'B2')?.item ?? null).not.toBe('収納率');
  });

  test('(滞納繰越分を含めない) is no 全体', () => {
    const r = read([
      ['令和4年度 市税(単位:千円)', null, null],
      ['債権名', '調定額(滞納繰越分を含めない)', '収入済額(滞納繰越分を含めない)'],
      ['市民税', 2000, 1900],
      ['固定資産税', 1000, 980],
    ]);
    expect(obs(r, 'B3')?.division ?? null).not.toBe('全体');
  });

  test('under a title saying its brackets hold the year before, a total is not excused by its bracketed figure', () => {
    expect(errors(read([
      ['令和5年度 差押件数(括弧内は前年度)', null, null],
      ['債権名', '件数', '金額(千円)'],
      ['市民税', '10 (10)', '500 (480)'],
      ['固定資産税', '5 (5)', '300 (310)'],
      ['計', '16 (15)', '800 (790)'],
    ]))).toEqual(['total-mismatch@B5']);
  });
});

test('a count of what a column names (調定件数 beside 調定額) is no amount of it: no ledger identity over it', () => {
  const grid: GridCell[][] = [
    ['令和4年度 債権の状況(単位:千円)', null, null, null, null],
    ['債権名', '調定件数', '調定額', '収入済額', '収入未済額'],
    ['市民税', 120, 2000, 1500, 500],
    ['固定資産税', 60, 1000, 900, 100],
    ['合計', 180, 3000, 2400, 600],
  ];
  expect(obs(read(grid), 'C3')).toMatchObject({ value: 2000, item: '調定額' });
  expect(obs(read(grid), 'B3')?.item ?? null).not.toBe('調定額');
  expect(errors(read(grid))).toEqual([]);
  expect(errors(read(grid, [], { E4: 150 }))).toEqual(['ledger-identity@E4', 'total-mismatch@E5']);
});

describe('the thirteenth round: places of one debt down the rows, a change from a named year in points, prose below', () => {
  const grid: GridCell[][] = [
    ['<2006年度(平成18年度)', null, null],
    ['県内市町の', null, null],
    ['市町税徴収率>', null, null],
    [null, '徴収率\n(%)', '05年度比\n(ポイント)'],
    ['大  竹', '97.2', '1.7'],
    ['尾  道', '95.8', '0.4'],
    ['廿日市', '92.3', '▲0.1'],
    ['市部計', '95.1', '0.6'],
    ['本町の町税の徴収率は92.7%', null, null],
  ];

  test('a caption that is a debt\'s 徴収率 alone names the table\'s debt: the rows are its places; their total\'s change is the debt\'s', () => {
    const r = read(grid);
    expect(obs(r, 'B5')).toMatchObject({ value: 97.2, item: '収納率', fiscalYear: 2006, debt: '市町税', department: '大竹' });
    expect(obs(r, 'C7')).toMatchObject({ value: -0.1, item: '収納率', derived: 'delta', debt: '市町税', department: '廿日市' });
    expect(obs(r, 'C8')).toMatchObject({ value: 0.6, derived: 'delta', debt: '市町税' });
  });

  test('a change from a named year counted in points (05年度比(ポイント)) is a difference of the collection rate, no debt', () => {
    expect(obs(read(grid), 'C5')).toMatchObject({ value: 1.7, item: '収納率', derived: 'delta', unit: '%' });
  });

  test('a sentence with a figure below the table (本町の町税の徴収率は92.7%) is prose: no figure, and the names are no text where figures belong', () => {
    const r = read(grid);
    expect(obs(r, 'A9')).toBeUndefined();
    expect(errors(r)).toEqual([]);
    expect(errors(read(grid, [], { B6: '958' }))).toEqual(['rate-out-of-range@B6']);
  });

  test('how far they reach: a caption of a debt\'s state (租税滞納状況) leaves its rows debts; a short note before a figure (過去最高98.3%) is still one; a total over debts has no debt', () => {
    const state = read([
      ['租税滞納状況', null, null],
      ['税目', '前期繰越額', '新規発生滞納額'],
      ['所得税', '702', '640'],
      ['その他税目', '120', '98'],
      ['合計', '822', '738'],
    ]);
    expect(obs(state, 'B4')).toMatchObject({ value: 120, department: null });
    expect(obs(state, 'B4')?.debt).not.toBe('租税');
    const noted = read([
      ['市税の収納率', null, null],
      ['区分', '令和4年度', '令和5年度'],
      ['現年課税分', '99.1%', '過去最高99.4%'],
      ['滞納繰越分', '30.2%', '過去最高31.5%'],
    ]);
    expect(obs(noted, 'C3')).toMatchObject({ value: 99.4, item: '収納率', fiscalYear: 2023 });
    const taxes = read([
      ['市税収納率', null, null],
      ['税目', '収納率', '前年度比(ポイント)'],
      ['市民税', '98.0', '0.2'],
      ['固定資産税', '97.0', '0.4'],
      ['合計', '97.5', '0.3'],
    ]);
    expect(obs(taxes, 'C5')).toMatchObject({ derived: 'delta', debt: null });
  });
});

describe('a flow across the columns dated by the years its balances close (平成23年度…(前期繰越額) | … | 平成24年度…(次期繰越額))', () => {
  const grid: GridCell[][] = [
    ['平成24年度 租税滞納状況', null, null, null, null],
    [null, null, null, null, '(単位:百万円)'],
    [null, '平成23年度滞納整理中のものの額(前期繰越額)', '新規発生滞納額', '整理済額', '平成24年度滞納整理中のものの額(次期繰越額)'],
    ['全税目', '4,850', '3,660', '3,904', '4,606'],
    ['うち消費税', '2,560', '2,614', '2,751', '2,423'],
  ];

  test('the 前期繰越額 is the later year\'s 年度当初, the 次期繰越額 its 年度末, the flows between of the later year', () => {
    const r = read(grid);
    expect(obs(r, 'B5')).toMatchObject({ value: 2560, item: '年度当初', fiscalYear: 2012, debt: '消費税' });
    expect(obs(r, 'C5')).toMatchObject({ value: 2614, item: '現年度発生分', fiscalYear: 2012 });
    expect(obs(r, 'E5')).toMatchObject({ value: 2423, item: '年度末', fiscalYear: 2012 });
    expect(errors(r)).toEqual([]);
  });

  test('each line balances, a total\'s too: a 整理済額 typed wrong is found at the 次期繰越額 it no longer gives', () => {
    expect(errors(read(grid, [], { D5: '2,715' }))).toEqual(['rollforward-mismatch@E5']);
    expect(errors(read(grid, [], { D4: '3,094' }))).toEqual(['rollforward-mismatch@E4']);
  });

  test('how far it reaches: a start and an end dated alike (平成24年度…(前期繰越額) | … | 平成24年度…(次期繰越額)) keep their year', () => {
    const alike = grid.map((row) => row.map((c) => (typeof c === 'string' ? c.replace('平成23年度滞納', '平成24年度滞納') : c)));
    const r = read(alike);
    expect(obs(r, 'B5')).toMatchObject({ value: 2560, item: '年度当初', fiscalYear: 2012 });
    expect(obs(r, 'E5')).toMatchObject({ value: 2423, item: '年度末', fiscalYear: 2012 });
  });
});

describe('a ranking of prefectures by 収納率 with its complement, dated only by its source line', () => {
  const grid: GridCell[][] = [
    ['国民健康保険料(税)の収納率は都道府県によって違いがあります。', null, null, null],
    ['表2:保険料(税)収納率が高い都道府県【上位3】', null, null, null],
    ['順位', '都道府県', '収納率(%)', '未収納率(%)'],
    ['1位', '島根県', '95.34', '4.66'],
    ['2位', '富山県', '95.07', '4.93'],
    ['3位', '愛媛県', '94.06', '5.94'],
    ['資料:厚生労働省『平成19年度国民健康保険(市町村)の財政状況について=速報=』', null, null, null],
  ];

  test('the 未収納率 (100 − the rate) is a share, no collection rate; the rate is the debt\'s, the prefectures its places', () => {
    const r = read(grid);
    expect(obs(r, 'D4')).toMatchObject({ value: 4.66, item: '比率', unit: '%' });
    expect(obs(r, 'C4')).toMatchObject({ value: 95.34, item: '収納率', debt: '国民健康保険料(税)', department: '島根県' });
    expect(errors(r)).toEqual([]);
  });

  test('a source line right under the table naming one fiscal year (資料:…『平成19年度…』) dates the figures nothing else dates', () => {
    expect(obs(read(grid), 'C5')).toMatchObject({ value: 95.07, fiscalYear: 2007 });
  });

  test('how far it reaches: a source naming two years dates nothing; a table dated by its header keeps its years', () => {
    const two = grid.map((row) => row.map((c) => (typeof c === 'string' ? c.replace('平成19年度国民健康保険', '平成18・19年度国民健康保険') : c)));
    expect(obs(read(two), 'C5')?.fiscalYear).toBeNull();
    const dated = read([
      ['市税の収納率', null, null],
      ['区分', '令和4年度', '令和5年度'],
      ['市民税', '98.1', '98.4'],
      ['固定資産税', '97.2', '97.9'],
      ['資料:税務課『平成19年度事務報告』', null, null],
    ]);
    expect(obs(dated, 'B3')).toMatchObject({ value: 98.1, fiscalYear: 2022 });
  });
});

describe('how far the thirteenth round\'s readings reach (each case a reading they must not make)', () => {
  test('a lending ledger\'s 前期繰越額 | 当期貸付額 | 当期回収額 | 次期繰越額: a flow with a column of no known direction is not balanced', () => {
    const r = read([
      ['貸付金の状況(単位:千円)', null, null, null, null],
      ['貸付金名', '前期繰越額', '当期貸付額', '当期回収額', '次期繰越額'],
      ['奨学金貸付金', 5000, 1200, 800, 5400],
      ['住宅資金貸付金', 3000, 0, 400, 2600],
      ['合計', 8000, 1200, 1200, 8000],
    ]);
    expect(errors(r)).toEqual([]);
  });

  test('a source line\'s year dates no table that has years of its own (a 計 over three years stays of none), nor an edition\'s or a plan\'s year', () => {
    const sum = read([
      ['不納欠損額の推移(単位:千円)', null, null, null, null],
      ['税目', '令和3年度', '令和4年度', '令和5年度', '計'],
      ['市民税', 100, 120, 110, 330],
      ['固定資産税', 50, 40, 60, 150],
      ['(資料)令和5年度 決算書', null, null, null, null],
    ]);
    expect(obs(sum, 'E3')?.fiscalYear).toBeNull();
    expect(errors(sum)).toEqual([]);
    const undated = (source: string) =>
      read([
        ['国民健康保険料(税)の収納率', null, null],
        ['都道府県', '収納率(%)', '未収納率(%)'],
        ['島根県', '95.34', '4.66'],
        ['富山県', '95.07', '4.93'],
        [source, null, null],
      ]);
    expect(obs(undated('資料:厚生労働省「国民健康保険事業年報」(令和6年度版)'), 'B3')?.fiscalYear).toBeNull();
    expect(obs(undated('(出典)第3次行財政改革大綱(令和3年度策定)'), 'B3')?.fiscalYear).toBeNull();
    expect(obs(undated('資料:厚生労働省『令和3年度国民健康保険の財政状況』'), 'B3')?.fiscalYear).toBe(2021);
  });

  test('a ratio against a plan or a target in % (計画比(%), 目標比(%)) stays a ratio, no difference', () => {
    const r = read([
      ['収納率の状況', null, null, null],
      ['税目', '計画(%)', '実績(%)', '計画比(%)'],
      ['市民税', '98.0', '97.5', '99.5'],
      ['固定資産税', '97.0', '96.5', '99.5'],
    ]);
    expect(obs(r, 'D3')?.derived).not.toBe('delta');
    expect(errors(r)).toEqual([]);
  });

  test('a change in points beside rates of another kind (未収納率, 構成比) is theirs, not the collection rate\'s', () => {
    const uncollected = read([
      ['国保料の収納状況', null, null, null],
      ['区分', '令和4年度未収納率(%)', '令和5年度未収納率(%)', '増減(ポイント)'],
      ['一般', '6.0', '5.5', '▲0.5'],
      ['退職', '3.0', '2.5', '▲0.5'],
    ]);
    // (A table of 未収納率 alone is none of the measures a plan checks: it may go unread, but never as collection rates.)
    expect(obs(uncollected, 'B3')?.item).not.toBe('収納率');
    expect(obs(uncollected, 'D3')?.item).not.toBe('収納率');
    const shares = read([
      ['市税の構成比', null, null, null],
      ['税目', '令和4年度構成比(%)', '令和5年度構成比(%)', '前年度比(ポイント)'],
      ['市民税', '45.0', '46.0', '1.0'],
      ['固定資産税', '40.0', '39.0', '▲1.0'],
      ['その他', '15.0', '15.0', '0.0'],
    ]);
    expect(obs(shares, 'D3')?.item).not.toBe('収納率');
  });

  test('a flow from a year\'s 当初 (令和4年度当初 … 令和5年度末) spans its years: the start keeps its own', () => {
    const r = read([
      ['滞納繰越額の推移(単位:千円)', null],
      ['区分', '市税'],
      ['令和4年度当初滞納額', 1000],
      ['令和4年度収納額', 300],
      ['令和5年度収納額', 200],
      ['令和5年度末滞納額', 500],
    ]);
    expect(obs(r, 'B3')?.fiscalYear).toBe(2022);
    expect(obs(r, 'B4')?.fiscalYear).toBe(2022);
  });

  test('a short note before a figure in a table (目標値は98.0%, うち現年分が99.0%) is still its note; a sentence\'s subject with も is prose too', () => {
    const r = read([
      ['市税の収納率', null, null],
      ['区分', '令和4年度', '令和5年度'],
      ['実績', '98.1%', '98.4%'],
      ['目標', '目標値は98.0%', '目標値は98.5%'],
    ]);
    expect(obs(r, 'C4')).toMatchObject({ value: 98.5 });
    expect(errors(read([
      ['市税の収納率', null, null],
      ['区分', '令和4年度', '令和5年度'],
      ['市民税', '98.1%', 'うち現年分が99.0%'],
      ['固定資産税', '97.1%', '97.5%'],
    ]))).toEqual([]);
    const prose = read([
      ['市町税徴収率', null, null],
      [null, '徴収率\n(%)', '05年度比\n(ポイント)'],
      ['大  竹', '97.2', '1.7'],
      ['尾  道', '95.8', '0.4'],
      ['本町の町税の徴収率も92.7%', null, null],
    ]);
    expect(obs(prose, 'A5')).toBeUndefined();
    expect(errors(prose)).toEqual([]);
  });

  test('under a caption naming one tax\'s 徴収率, its parts (個人 | 法人, 普通徴収 | 特別徴収, 医療給付費分 …) are no places', () => {
    const parts = read([
      ['市民税徴収率', null, null],
      ['区分', '令和4年度', '令和5年度'],
      ['個人', '98.1', '98.4'],
      ['法人', '99.2', '99.5'],
    ]);
    expect(obs(parts, 'B3')?.department).toBeNull();
    const kokuho = read([
      ['国民健康保険税収納率', null, null],
      ['区分', '令和4年度', '令和5年度'],
      ['医療給付費分', '94.1', '94.4'],
      ['後期高齢者支援金分', '94.2', '94.5'],
      ['介護納付金分', '93.0', '93.3'],
    ]);
    expect(obs(kokuho, 'B3')?.department).toBeNull();
    const methods = read([
      ['個人市民税徴収率', null, null],
      ['区分', '令和4年度', '令和5年度'],
      ['普通徴収', '95.1', '95.4'],
      ['特別徴収', '99.9', '99.9'],
    ]);
    expect(obs(methods, 'B3')?.department).toBeNull();
  });

  test('a difference from a target or a year counted in points (差(ポイント), 05年度差(ポイント)) is a difference', () => {
    const r = read([
      ['収納率向上計画の進捗', null, null, null],
      ['税目', '目標(%)', '実績(%)', '差(ポイント)'],
      ['市民税', '98.5', '98.1', '▲0.4'],
      ['固定資産税', '97.5', '97.6', '0.1'],
    ]);
    expect(obs(r, 'D3')).toMatchObject({ value: -0.4, derived: 'delta' });
    expect(errors(r)).toEqual([]);
  });
});

describe('a flow with the years down the rows: bare era years, each stage a count and an amount, units above the first figures', () => {
  const grid: GridCell[][] = [
    ['(国税の滞納の状況)', null, null, null, null, null, null, null, null],
    ['平成8、9及び10年度の国税の新規発生滞納額、整理済滞納額等の状況は、次表のとおりとなっている。', null, null, null, null, null, null, null, null],
    ['年度', '期首滞納〔1〕', null, '新規発生滞納〔2〕', null, '整理済滞納〔3〕', null, '整理中のもの\n(〔1〕 +〔2〕 −〔3〕 )', null],
    ['8', '千件\n4,249', '億円\n26,606', '千件\n4,930', '億円\n15,295', '千件\n4,626', '億円\n14,870', '千件\n4,552', '億円\n27,031'],
    ['9', '4,552', '27,031', '4,712', '15,932', '4,388', '15,133', '4,877', '27,830'],
    ['10', '4,877', '27,830', '4,366', '16,383', '4,170', '16,064', '5,073', '28,149'],
  ];
  const merges = ['A1:I1', 'A2:I2', 'B3:C3', 'D3:E3', 'F3:G3', 'H3:I3'];

  test('the bare years under 年度 (8, 9, 10, typed as text) are the rows\' years, no figures', () => {
    const r = read(grid, merges);
    expect(obs(r, 'A4')).toBeUndefined();
    expect(obs(r, 'C5')).toMatchObject({ value: 27031, fiscalYear: 1997 });
  });

  test('a unit on a line above a column\'s first figure (千件 / 4,249) is the column\'s: counts in thousands, amounts in 億円, no text where figures belong', () => {
    const r = read(grid, merges);
    expect(obs(r, 'B4')).toMatchObject({ value: 4249, item: '件数', unit: null, fiscalYear: 1996 });
    expect(obs(r, 'B6')).toMatchObject({ value: 4877, item: '件数', unit: null });
    expect(obs(r, 'C4')).toMatchObject({ value: 26606, item: '年度当初', unit: null });
    expect(errors(r)).toEqual([]);
  });

  test('each row is its year\'s flow: 期首 + 新規発生 − 整理済 = 整理中のもの, balanced row by row (a column of 整理中のもの is no flow down the years)', () => {
    const r = read(grid, merges);
    expect(obs(r, 'G5')).toMatchObject({ value: 15133, item: '回収額', fiscalYear: 1997 });
    expect(obs(r, 'I5')).toMatchObject({ value: 27830, item: '年度末', fiscalYear: 1997 });
    expect(obs(r, 'I4')).toMatchObject({ item: '年度末', fiscalYear: 1996 });
    expect(errors(read(grid, merges, { G5: '15,313' }))).toEqual(['rollforward-mismatch@I5']);
  });

  test('how far it reaches: a unit line of a count (件 / 42) is in 件; a unit line alone or over text is no figure', () => {
    const r = read([
      ['差押の状況', null, null],
      ['年度', '件数', '金額'],
      ['令和4年度', '件\n42', '千円\n1,200'],
      ['令和5年度', '45', '1,350'],
    ]);
    expect(obs(r, 'B3')).toMatchObject({ value: 42, item: '件数', unit: '件' });
    expect(obs(r, 'C4')).toMatchObject({ value: 1350, unit: '千円' });
    expect(obs(read([
      ['差押の状況', null, null],
      ['年度', '件数', '金額'],
      ['令和4年度', '件\n調査中', '1,200'],
      ['令和5年度', '45', '1,350'],
    ]), 'B3')).toBeUndefined();
  });
});

describe('how far the fourteenth round\'s readings reach (each case a reading they must not make)', () => {
  test('a unit above a row\'s first figure is that row\'s where the items run down the rows (人 / 320 over a flow): the flow is still read and balanced', () => {
    const r = read([
      ['滞納繰越分の状況', null, null],
      ['区分', '令和4年度', '令和5年度'],
      ['滞納者数', '人\n320', '人\n300'],
      ['前年度末滞納額', '10,000', '9,000'],
      ['新規発生額', '3,000', '2,800'],
      ['収納額', '4,000', '3,500'],
      ['年度末滞納額', '9,000', '8,900'],
    ]);
    expect(obs(r, 'C4')?.item).not.toBe('件数');
    expect(errors(r)).toContain('rollforward-mismatch@C7');
  });

  test('a cell\'s own unit line is its own, whatever its column\'s first figure writes; a unit in brackets or % reads too, a dash under a unit is no figure', () => {
    const r = read([
      ['差押の状況', null, null],
      ['年度', '件数', '金額'],
      ['令和4年度', '件\n42', '(千円)\n1,200'],
      ['令和5年度', '件\n45', '(千円)\n1,350'],
      ['令和6年度', '件\n－', '(千円)\n－'],
    ]);
    expect(obs(r, 'C4')).toMatchObject({ value: 1350, unit: '千円' });
    expect(obs(r, 'B5')).toBeUndefined();
    expect(errors(r)).toEqual([]);
  });

  test('整理済率 is no amount collected, and a 整理済 beside its own parts (収納額 | 不納欠損額) is counted once: a balanced flow has no error', () => {
    const rate = read([
      ['滞納整理の状況(単位:千円)', null, null, null, null, null],
      ['年度', '期首滞納', '新規発生滞納', '整理済滞納', '整理済率', '整理中のもの'],
      [8, 26606, 15295, 14870, 35.4, 27031],
      [9, 27031, 15932, 15133, 35.7, 27830],
      [10, 27830, 16383, 16064, 36.6, 28149],
    ]);
    expect(obs(rate, 'E3')?.item).not.toBe('回収額');
    expect(errors(rate)).toEqual([]);
    const parts = read([
      ['滞納整理の状況(単位:千円)', null, null, null, null, null, null],
      ['年度', '期首滞納', '新規発生滞納', '整理済滞納', '収納額', '不納欠損額', '整理中のもの'],
      [8, 26606, 15295, 14870, 13000, 1870, 27031],
      [9, 27031, 15932, 15133, 13500, 1633, 27830],
      [10, 27830, 16383, 16064, 14000, 2064, 28149],
    ]);
    expect(errors(parts)).toEqual([]);
    // Outflows that only happen to sum to the largest (回収 5,000 = 欠損 3,000 + 停止 2,000), all of them owed: balanced with all counted.
    const apart = read([
      ['滞納整理の状況(単位:千円)', null, null, null, null, null],
      ['年度', '年度当初', '回収額', '不納欠損額', '執行停止額', '年度末'],
      [4, 30000, 5000, 3000, 2000, 20000],
      [5, 20000, 4000, 1000, 500, 14500],
    ]);
    expect(errors(apart)).toEqual([]);
    expect(errors(read([
      ['滞納整理の状況(単位:千円)', null, null, null, null, null],
      ['年度', '年度当初', '回収額', '不納欠損額', '執行停止額', '年度末'],
      [4, 30000, 5000, 3000, 2000, 20500],
      [5, 20000, 4000, 1000, 500, 14500],
    ]))).toEqual(['carryover-mismatch@B4', 'rollforward-mismatch@F3']);
  });

  test('うち整理中 (a part of 収入未済額) makes no flow: the collection rate is still checked', () => {
    const r = read([
      ['市税の収入状況', null, null, null, null, null],
      ['年度', '調定額', '収入済額', '収納率', '収入未済額', 'うち整理中'],
      [2, 100000, 95000, 95.0, 5000, 2500],
      [3, 110000, 104500, 97.0, 5500, 3000],
      [4, 120000, 114000, 95.0, 6000, 3500],
    ]);
    expect(errors(r)).toContain('rate-mismatch@D4');
  });

  test('numbers typed as text under コード, 順位, 区 or 月 are no years; under 年度 (full-width too) they are', () => {
    const codes = read([
      ['国保収納率', null, null],
      ['コード', '都道府県', '収納率'],
      ['01', '北海道', '93.5'],
      ['02', '青森県', '92.1'],
      ['03', '岩手県', '94.0'],
      ['04', '宮城県', '91.8'],
    ]);
    expect(obs(codes, 'C3')?.fiscalYear ?? null).toBeNull();
    const months = read([
      ['月別収納状況', null, null],
      ['月', '収納額', '収納率'],
      ['4', '12,345', '10.2'],
      ['5', '12,000', '20.8'],
      ['6', '11,800', '30.1'],
      ['7', '11,000', '40.0'],
    ]);
    expect(obs(months, 'B3')?.fiscalYear ?? null).toBeNull();
    const wide = read([
      ['収入未済額の推移', null, null],
      ['年度', '調定額', '収入未済額'],
      ['２８', '12,345', '1,234'],
      ['２９', '12,000', '1,100'],
      ['３０', '11,800', '1,050'],
    ]);
    expect(obs(wide, 'C4')).toMatchObject({ value: 1100, fiscalYear: 2017 });
  });

  test('整理済 | 整理中 as the groups of a stage table keep their stage', () => {
    const r = read([
      ['滞納整理の状況', null, null, null, null],
      ['区分', '整理済', null, '整理中', null],
      [null, '件数', '金額', '件数', '金額'],
      ['市民税', 120, 3400, 80, 2100],
      ['固定資産税', 90, 2800, 60, 1500],
    ], ['B2:C2', 'D2:E2']);
    expect(obs(r, 'B4')).toMatchObject({ value: 120, item: '件数', stage: '整理済' });
    expect(obs(r, 'D4')).toMatchObject({ value: 80, item: '件数', stage: '整理中' });
  });
});

describe('the fifteenth round: a lettered ledger of taxes as a web table (outline numbers and file links in the labels, 合計 C beside A and B, rates D÷A, the year before)', () => {
  // 大阪府's 市町村税徴収実績: two header rows, each column its letter and unit, the labels as a web page prints them.
  const grid: GridCell[][] = [
    ['市町村税徴収実績(平成26年度)'],
    ['税目', '調定済額', null, null, '収入済額', null, null, '徴収率', null, null, null],
    [null, '現年課税分 A (千円)', '滞納繰越分 B (千円)', '合計 C (千円)', '現年課税分 D (千円)', '滞納繰越分 E (千円)', '合計 F (千円)', 'D÷A ×100 (%)', 'E÷B ×100 (%)', 'F÷C ×100 (%)', '前年度 (%)'],
    ['一.普通税', 1000, 200, 1200, 990, 50, 1040, 99.0, 25.0, 86.7, 85.0],
    ['1.法定普通税', 900, 100, 1000, 891, 30, 921, 99.0, 30.0, 92.1, 91.0],
    ['(1)市町村民税(エクセル:81KB)', 500, 100, 600, 495, 20, 515, 99.0, 20.0, 85.8, 84.0],
    ['(ア)個人均等割', 100, 10, 110, 98, 2, 100, 98.0, 20.0, 90.9, 90.0],
  ];
  const merges = ['A2:A3', 'B2:D2', 'E2:G2', 'H2:K2'];

  it('names each row without its outline number or the link note after it', () => {
    const r = read(grid, merges);
    expect(['B4', 'B5', 'B6', 'B7'].map((c) => obs(r, c)?.debt)).toEqual(['普通税', '法定普通税', '市町村民税', '個人均等割']);
  });

  it('reads 合計 C beside 現年課税分 A and 滞納繰越分 B as their 全体, a total; a rate D÷A of its letters’ 区分; 前年度 as the year before', () => {
    const r = read(grid, merges);
    expect(obs(r, 'B4')).toMatchObject({ item: '調定額', division: '現年度分', derived: null, fiscalYear: 2014 });
    expect(obs(r, 'D4')).toMatchObject({ item: '調定額', division: '全体', derived: 'total', fiscalYear: 2014 });
    expect(obs(r, 'G4')).toMatchObject({ item: '収入済額', division: '全体', derived: 'total' });
    expect(obs(r, 'H4')).toMatchObject({ item: '収納率', division: '現年度分', derived: null });
    expect(obs(r, 'I4')).toMatchObject({ item: '収納率', division: '滞納繰越分' });
    // The rate of the 合計 columns is the overall rate: 全体, no total (the corpus's convention).
    expect(obs(r, 'J4')).toMatchObject({ item: '収納率', division: '全体', derived: null });
    expect(obs(r, 'K4')).toMatchObject({ item: '収納率', fiscalYear: 2013 });
    expect(errors(r)).toEqual([]);
  });

  it('tells no large change between the 現年, 滞繰 and 合計 of one year (no course over years)', () => {
    expect(read(grid, merges).issues.filter((i) => i.code === 'large-change')).toEqual([]);
  });

  it('checks each row’s 合計 against its 現年 and 滞繰, and a rate against its lettered amounts', () => {
    expect(errors(read(grid, merges, { D6: 610 }))).toEqual(['total-mismatch@D6']);
    expect(errors(read(grid, merges, { H7: 89.0 }))).toEqual(['rate-mismatch@H7']);
  });

  it('takes no 合計 for a 全体 where the item has no 現年 and 滞繰 beside it, nor a 前年度比 for the year before', () => {
    const r = read([
      ['市税の収入状況(令和5年度)'],
      ['税目', '調定額 (千円)', '合計 (千円)', '前年度比 (%)'],
      ['市民税', 1000, 1000, 101.0],
      ['固定資産税', 800, 800, 99.0],
    ]);
    expect(obs(r, 'C3')?.division ?? null).toBe(null);
    expect(obs(r, 'C3')?.derived ?? null).toBe(null);
    expect(obs(r, 'B3')?.fiscalYear).toBe(2023);
  });
});

describe("how far the fifteenth round's readings reach (a review's probes)", () => {
  const ledger = (sub: GridCell[], rows: GridCell[][], caption = '令和5年度 市税の収納状況', groups: GridCell[] = ['税目', '調定額', null, null, '収入済額', null, null]) => read([[caption], groups, sub, ...rows], ['A2:A3', 'B2:D2', 'E2:G2']);

  it('pairs a 合計 with the 現年 and 滞繰 of its own block: a second block of the same item is checked against its own', () => {
    const r = read([
      ['令和4年度 市税 収入状況'],
      ['税目', '上半期収入済額', null, null, '下半期収入済額', null, null],
      [null, '現年度分 (千円)', '滞納繰越分 (千円)', '合計 (千円)', '現年度分 (千円)', '滞納繰越分 (千円)', '合計 (千円)'],
      ['市民税', 1000, 200, 1200, 100, 50, 150],
      ['固定資産税', 800, 100, 900, 80, 20, 100],
    ], ['A2:A3', 'B2:D2', 'E2:G2']);
    expect(errors(r)).toEqual([]);
    expect(errors(read([
      ['令和4年度 市税 収入状況'],
      ['税目', '上半期収入済額', null, null, '下半期収入済額', null, null],
      [null, '現年度分 (千円)', '滞納繰越分 (千円)', '合計 (千円)', '現年度分 (千円)', '滞納繰越分 (千円)', '合計 (千円)'],
      ['市民税', 1000, 200, 1200, 100, 50, 160],
      ['固定資産税', 800, 100, 900, 80, 20, 100],
    ], ['A2:A3', 'B2:D2', 'E2:G2']))).toEqual(['total-mismatch@G4']);
  });

  it('allows a 合計 in 千円 the drift of its parts rounded each on its own, as a total row', () => {
    const sub = ['現年課税分 (千円)', '滞納繰越分 (千円)', '合計 (千円)', '現年課税分 (千円)', '滞納繰越分 (千円)', '合計 (千円)'];
    expect(errors(ledger([null, ...sub], [['市民税', 1234, 567, 1802, 1200, 100, 1300]]))).toEqual([]);
    expect(errors(ledger([null, ...sub], [['市民税', 1234, 567, 1805, 1200, 100, 1300]]))).toEqual(['total-mismatch@D4']);
  });

  it('takes a change beside a 前年度 column as this year less the year before', () => {
    const r = read([
      ['令和5年度 市税の収納状況'],
      ['税目', '収納率 (%)', '前年度 (%)', '差 (ポイント)'],
      ['市民税', 98.5, 98.0, 0.5],
      ['固定資産税', 97.0, 97.5, -0.5],
    ]);
    expect(errors(r)).toEqual([]);
    expect(obs(r, 'C3')).toMatchObject({ item: '収納率', fiscalYear: 2022 });
    expect(obs(r, 'B3')).toMatchObject({ item: '収納率', fiscalYear: 2023 });
  });

  it('keeps names that open with a number or a spaced-out first character, and reads 1) as a number', () => {
    const r = read([
      ['令和5年度 債権の状況'],
      ['債権名', '調定額 (円)', '収入済額 (円)'],
      ['1級河川占用料', 100, 90],
      ['3歳未満児保育料', 200, 150],
      ['ガ ス 料 金', 300, 280],
      ['一 時 保 育 料', 50, 50],
      ['1)市民税', 1000, 980],
      ['１．固定資産税', 800, 790],
      ['ア.軽自動車税', 60, 59],
      ['都市計画税(PDF:81KB)(エクセル:60KB)', 70, 69],
      ['国民健康保険税【PDF:123KB】', 90, 80],
      ['介護保険料(別ウィンドウで開きます)', 40, 39],
    ]);
    expect([3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((row) => obs(r, `B${row}`)?.debt)).toEqual([
      '1級河川占用料', '3歳未満児保育料', 'ガ ス 料 金', '一 時 保 育 料', '市民税', '固定資産税', '軽自動車税', '都市計画税', '国民健康保険税', '介護保険料',
    ]);
  });

  it('reads tags that are no letter alone: a rate without ×100, a sum written in the header, circled numbers', () => {
    const noTimes = ledger([null, '現年課税分 A (千円)', '滞納繰越分 B (千円)', '合計 C (千円)', '現年課税分 D (千円)', '滞納繰越分 E (千円)', '合計 F (千円)', 'D÷A (%)', 'E÷B (%)', 'F÷C (%)'],
      [['市民税', 1000, 200, 1200, 990, 50, 1040, 99.0, 25.0, 86.7]], undefined, ['税目', '調定額', null, null, '収入済額', null, null, '徴収率', null, null]);
    expect(['H4', 'I4', 'J4'].map((c) => obs(noTimes, c)?.division)).toEqual(['現年度分', '滞納繰越分', '全体']);
    for (const total of ['合計 (A+B) (千円)', '計 A+B (千円)', 'C=A+B (千円)']) {
      const r = ledger([null, '現年課税分 A (千円)', '滞納繰越分 B (千円)', total, '現年課税分 D (千円)', '滞納繰越分 E (千円)', '合計 F (千円)'], [['市民税', 1000, 200, 1200, 990, 50, 1040]]);
      expect({ total, read: obs(r, 'D4') }).toMatchObject({ total, read: { division: '全体', derived: 'total' } });
    }
    const circled = ledger([null, '現年課税分①', '滞納繰越分②', '合計③', '現年課税分④', '滞納繰越分⑤', '合計⑥', '④/①', '⑤/②', '⑥/③'],
      [['市民税', 1000, 200, 1200, 990, 50, 1040, 99.0, 25.0, 86.7]], undefined, ['税目', '調定額', null, null, '収入済額', null, null, '徴収率', null, null]);
    expect(['D4', 'H4', 'J4'].map((c) => obs(circled, c)?.division)).toEqual(['全体', '現年度分', '全体']);
    // A 収入未済額 written as a formula of letters (C-F) tags nothing: F stays the 合計 of 収入済額.
    const formula = ledger([null, '現年課税分 A (千円)', '滞納繰越分 B (千円)', '合計 C (千円)', '現年課税分 D (千円)', '滞納繰越分 E (千円)', '合計 F (千円)', 'C-F (千円)', 'F÷C ×100 (%)'],
      [['市民税', 1000, 200, 1200, 990, 50, 1040, 160, 86.7]], undefined, ['税目', '調定額', null, null, '収入済額', null, null, '収入未済額', '徴収率']);
    expect(obs(formula, 'I4')?.division).toBe('全体');
  });

  it('dates the year before written other ways, and beside a dated column', () => {
    const r = read([
      ['令和5年度 市税の収納状況'],
      ['税目', '収納率 (%)', '前年度実績 (%)', '前々年度 (%)', '前年度末 (千円)'],
      ['市民税', 98.5, 98.0, 97.0, 5000],
    ]);
    expect(['B3', 'C3', 'D3', 'E3'].map((c) => obs(r, c)?.fiscalYear)).toEqual([2023, 2022, 2021, 2023]);
    const dated = read([
      ['市税の収納状況'],
      ['税目', '令和5年度 (%)', '前年度 (%)'],
      ['市民税', 98.5, 98.0],
    ]);
    expect(['B3', 'C3'].map((c) => obs(dated, c)?.fiscalYear)).toEqual([2023, 2022]);
  });
});

describe('the sixteenth round: a caption whose subject begins with a kanji numeral that is no numbering', () => {
  it('reads 一般税の収納状況 as of 一般税, not 般税 (一 is a numbering only with its separator: 一、市税の…)', () => {
    const grid = (caption: string): GridCell[][] => [[caption], [null, '令和1年度', '平成30年度'], ['現年度分', { v: 69.57, fmt: '0.00' }, { v: 69.28, fmt: '0.00' }], ['滞納繰越分', { v: 35.63, fmt: '0.00' }, { v: 30.85, fmt: '0.00' }]];
    expect(obs(read(grid('一般税の収納率(%)')), 'B3')?.debt).toBe('一般税');
    expect(obs(read(grid('一、市税の収納率(%)')), 'B3')?.debt).toBe('市税');
  });
});

describe('an outline of taxes down a row table, its numbering started again under a net tax', () => {
  it('names the parts under 純固定資産税 as 固定資産税’s, and a tax numbered at its own level after them as itself', () => {
    const r = read([
      ['市町村税徴収実績(平成26年度)'],
      ['税目', '調定済額 (千円)', '収入済額 (千円)', '徴収率 (%)'],
      ['(1)市町村民税', 600, 515, 85.8],
      ['(ア)個人均等割', 110, 100, 90.9],
      ['(イ)所得割', 490, 415, 84.7],
      ['(2)固定資産税', 660, 640, 97.0],
      ['(ア)純固定資産税', 650, 630, 96.9],
      ['(1)土地', 270, 260, 96.3],
      ['(2)家屋', 300, 290, 96.7],
      ['(3)償却資産', 80, 80, 100.0],
      ['(イ)交付金', 10, 10, 100.0],
      ['(3)軽自動車税', 50, 49, 98.0],
    ]);
    expect([3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((row) => obs(r, `B${row}`)?.debt)).toEqual([
      '市町村民税', '個人均等割', '所得割', '固定資産税', '純固定資産税', '固定資産税(土地)', '固定資産税(家屋)', '固定資産税(償却資産)', '固定資産税(交付金)', '軽自動車税',
    ]);
  });
});

describe('a unit in the second bracket of a lettered header', () => {
  it('reads 現年課税分 (A) (千円) as of 千円', () => {
    const r = read([
      ['令和5年度 市税の収納状況'],
      ['税目', '調定額', null, '収入済額', null],
      [null, '現年課税分 (A) (千円)', '滞納繰越分 (B) (千円)', '現年課税分 (C) (千円)', '滞納繰越分 (D) (千円)'],
      ['市民税', 1000, 200, 990, 50],
    ], ['A2:A3', 'B2:C2', 'D2:E2']);
    expect(obs(r, 'B4')).toMatchObject({ item: '調定額', division: '現年度分', unit: '千円' });
  });
});

describe('two header rows whose lower names each column with its letter and no unit', () => {
  it('takes 現年課税分 A … D/A for the header, not a row of text where figures belong', () => {
    const r = read([
      ['令和5年度 市税の収納状況'],
      ['税目', '調定額', null, null, '収入済額', null, null, '徴収率', null, null],
      [null, '現年課税分 A', '滞納繰越分 B', '合計 C', '現年課税分 D', '滞納繰越分 E', '合計 F', 'D/A', 'E/B', 'F/C'],
      ['市民税', 1000, 200, 1200, 990, 50, 1040, 99.0, 25.0, 86.7],
      ['固定資産税', 800, 100, 900, 790, 30, 820, 98.8, 30.0, 91.1],
    ], ['A2:A3', 'B2:D2', 'E2:G2', 'H2:J2']);
    expect(errors(r)).toEqual([]);
    expect(obs(r, 'D4')).toMatchObject({ item: '調定額', division: '全体', derived: 'total', debt: '市民税' });
    expect(obs(r, 'H5')).toMatchObject({ item: '収納率', division: '現年度分', debt: '固定資産税' });
  });
});

describe('how far the outline of a row table reaches (a review’s probes)', () => {
  it('a second list numbered from (1) after a section’s heading is no part of the row before the heading', () => {
    const r = read([
      ['令和5年度 債権の収納状況'],
      ['債権名', '調定額 (千円)', '収入済額 (千円)', '収納率 (%)'],
      ['一般会計', null, null, null],
      ['(1)市税', 1000, 980, 98.0],
      ['ア 市民税', 600, 590, 98.3],
      ['イ 固定資産税', 400, 390, 97.5],
      ['(2)使用料', 100, 90, 90.0],
      ['ア 市営住宅使用料', 60, 54, 90.0],
      ['イ 保育料', 40, 36, 90.0],
      ['特別会計', null, null, null],
      ['(1)国民健康保険', 500, 450, 90.0],
      ['(2)介護保険', 300, 290, 96.7],
    ]);
    expect(['B11', 'B12'].map((c) => obs(r, c)?.debt)).toEqual(['国民健康保険', '介護保険']);
  });

  it('a 区分 under its debt is no part of its name', () => {
    const r = read([
      ['令和5年度 市税の収納状況'],
      ['税目', '調定額 (千円)', '収入済額 (千円)'],
      ['(1)市民税', 1000, 980],
      ['ア 現年課税分', 900, 890],
      ['イ 滞納繰越分', 100, 90],
      ['(2)固定資産税', 800, 790],
    ]);
    expect(obs(r, 'B4')?.debt).not.toBe('市民税(現年課税分)');
  });
});

describe('large changes over years where the 区分 are read in one year and not in another (a review’s probes)', () => {
  it('compares a year’s undivided figure with the next year’s 合計, and not the columns of one year with each other', () => {
    const r = read([
      ['市税の収入未済額'],
      ['税目', '令和4年度収入未済額 (千円)', '令和5年度収入未済額 (千円)', null, null],
      [null, null, '現年課税分', '滞納繰越分', '合計'],
      ['市民税', 1000, 500, 4500, 5000],
    ], ['A2:A3', 'B2:B3', 'C2:E2']);
    expect(r.issues.filter((i) => i.code === 'large-change').map((i) => i.cell)).toEqual(['E4']);
    const unread = read([
      ['市税の収納率'],
      ['税目', '令和3年度', null, null, '令和4年度', null, null],
      [null, '現年 (%)', '滞繰 (%)', '計 (%)', '現年課税分 (%)', '滞納繰越分 (%)', '合計 (%)'],
      ['市民税', 99, 30, 95, 60, 30, 58],
    ], ['A2:A3', 'B2:D2', 'E2:G2']);
    expect(unread.issues.filter((i) => i.code === 'large-change' && /2021年度から2021年度|2022年度から2022年度/.test(i.message))).toEqual([]);
  });
});

describe('the sixteenth round: a tax’s rates by 区分 whose last row, the whole, has no label', () => {
  const grid: GridCell[][] = [
    ['個人の収納率(%)'],
    [null, '令和1年度', '平成30年度', '増減'],
    ['現年度分', { v: 69.57, fmt: '0.00' }, { v: 69.28, fmt: '0.00' }, { v: 0.29, fmt: '0.00' }],
    ['区分 普通徴収', { v: 75.14, fmt: '0.00' }, { v: 74.11, fmt: '0.00' }, { v: 1.03, fmt: '0.00' }],
    ['滞納繰越分', { v: 35.63, fmt: '0.00' }, { v: 30.85, fmt: '0.00' }, { v: 4.78, fmt: '0.00' }],
    [null, { v: 68.72, fmt: '0.00' }, { v: 68.22, fmt: '0.00' }, { v: 0.5, fmt: '0.00' }],
  ];
  it('reads the unlabelled row under 現年度分 and 滞納繰越分 as their 全体', () => {
    const r = read(grid);
    expect(obs(r, 'B6')).toMatchObject({ item: '収納率', division: '全体', fiscalYear: 2019 });
    expect(obs(r, 'C6')).toMatchObject({ division: '全体', fiscalYear: 2018 });
  });
  it('not a row of no label under 現年度分 alone', () => {
    const r = read(grid.filter((_, i) => i !== 4));
    expect(obs(r, 'B5')?.division ?? null).toBe(null);
  });
});

describe('the seventeenth round: a revenue ledger of two years, its rows lettered in a column of their own', () => {
  // An account's ledger as an audit opinion prints it: items down, (A) … (C) and formulas of them beside the names.
  const grid: GridCell[][] = [
    [null, null, null, null, null, '(単位 円・%)'],
    ['区分 年度', null, '6年度', '5年度', '増 減', '前年度 対 比'],
    ['予 算 現 額', '(A)', 1000, 900, 100, 111.1],
    ['調 定 額', '(B)', 1010, 910, 100, 111.0],
    ['収 入 済 額', '(C)', 1005, 901, 104, 111.5],
    ['予算現額と収入済額との差', '(C)−(A)', 5, 1, 4, null],
    ['予算現額に対する収入済額の割合', '(C)/(A)', 100.5, 100.1, '0.4ポイント', null],
    ['調定額に対する収入済額の割合', '(C)/(B)', 99.5, 99.0, '0.5ポイント', null],
    ['収 入 未 済 額', null, 5, 9, '△ 4', 55.6],
  ];
  const merges = ['A2:B2'];

  it('reads the letters as the rows’ tags, not as debts: the items name the rows', () => {
    const r = read(grid, merges);
    expect(obs(r, 'C4')).toMatchObject({ item: '調定額', fiscalYear: 2024, debt: null, derived: null });
    expect(obs(r, 'D5')).toMatchObject({ item: '収入済額', fiscalYear: 2023, debt: null });
    expect(obs(r, 'E5')).toMatchObject({ item: '収入済額', derived: 'delta', debt: null });
  });

  it('reads (C)−(A) as a difference of 収入済額 and (C)/(A) as a ratio, their words naming no debt', () => {
    const r = read(grid, merges);
    expect(obs(r, 'C6')).toMatchObject({ item: '収入済額', derived: 'delta', debt: null });
    expect(obs(r, 'C7')).toMatchObject({ item: '比率', derived: 'ratio', debt: null });
  });

  it('reads 収入済額 (C) over 調定額 (B) as the collection rate of its year, and its change in the 増減 column in points', () => {
    const r = read(grid, merges);
    expect(obs(r, 'C8')).toMatchObject({ item: '収納率', derived: null, fiscalYear: 2024, kind: 'actual', debt: null });
    expect(obs(r, 'E8')).toMatchObject({ item: '収納率', derived: 'delta', value: 0.5 });
    expect(obs(r, 'E7')).toMatchObject({ item: '比率', derived: 'delta', value: 0.4 });
  });

  it('reads 前年度対比 as a ratio to the year before, not a difference: nothing reported as printed', () => {
    const r = read(grid, merges);
    expect(obs(r, 'F3')).toMatchObject({ item: '比率', derived: 'ratio' });
    expect(obs(r, 'F9')).toMatchObject({ item: '比率', derived: 'ratio' });
    expect(errors(r)).toEqual([]);
  });

  it('still finds a rate typed wrong and a 増減 of the wrong sign', () => {
    const bad = grid.map((row) => [...row]);
    bad[7][2] = 97.5;
    bad[3][4] = -100;
    expect(errors(read(bad, merges))).toEqual(expect.arrayContaining(['rate-mismatch@C8', 'delta-mismatch@E4']));
  });

  it('a column of names is still the debts where the letters stand elsewhere (市税 (A) is a name with its tag)', () => {
    const r = read([
      ['所管課', '債権名', '令和5年度 調定額', '令和5年度 収入済額'],
      ['税務課', '市税', 1000, 990],
      ['保育課', '保育料', 200, 180],
    ]);
    expect(obs(r, 'C2')).toMatchObject({ debt: '市税', department: '税務課' });
  });
});

describe('after a review of the seventeenth round’s rules', () => {
  it('a 前年度対比 group over 増減額 | 増減率 keeps its 増減額 a difference, checked', () => {
    const r = read([
      ['区分', '令和5年度', '令和4年度', '前年度対比', null],
      [null, null, null, '増減額', '増減率'],
      ['調定額', 1000, 900, 110, 11.1],
      ['収入済額', 950, 850, 100, 11.8],
      ['収納率', 95.0, 94.4, 0.6, null],
    ], ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1']);
    expect(obs(r, 'D4')).toMatchObject({ item: '収入済額', derived: 'delta' });
    expect(errors(r)).toContain('delta-mismatch@D3');
  });

  it('a 前年度対比 column of differences (△ amounts) stays a difference, checked', () => {
    const r = read([
      ['(単位:千円)'],
      ['区分', '令和5年度', '令和4年度', '前年度対比'],
      ['調定額', 1000, 900, 150],
      ['収入済額', 950, 850, '△100'],
      ['収入未済額', 50, 50, 0],
    ]);
    expect(obs(r, 'D5')).toMatchObject({ item: '収入未済額', derived: 'delta' });
    expect(errors(r)).toEqual(expect.arrayContaining(['delta-mismatch@D3', 'delta-mismatch@D4']));
  });

  it('a 前年度対比 column of ratios (this year ÷ last × 100) is a ratio on every row, a rate’s too', () => {
    const r = read([
      [null, null, null, null, null, '(単位 円・%)'],
      ['区分 年度', null, '6年度', '5年度', '増 減', '前年度 対 比'],
      ['調 定 額', '(B)', 1010, 910, 100, 111.0],
      ['収 入 済 額', '(C)', 1005, 901, 104, 111.5],
      ['調定額に対する収入済額の割合', '(C)/(B)', 99.5, 99.0, '0.5ポイント', 100.5],
    ], ['A2:B2']);
    expect(obs(r, 'F3')).toMatchObject({ item: '比率', derived: 'ratio' });
    expect(obs(r, 'F5')?.derived).not.toBe('delta');
    expect(errors(r)).toEqual([]);
  });

  it('letters used again by a second account in one block are each account’s own: 収入未済額 (C) ÷ 調定額 (A) is no collection rate', () => {
    const r = read([
      ['会計', '区分', null, '6年度', '5年度', '増減'],
      ['一般会計', '調定額', '(A)', 1000, 900, 100],
      [null, '収入済額', '(B)', 950, 850, 100],
      [null, '収入未済額', '(C)', 50, 50, 0],
      [null, '調定額に対する収入未済額の割合', '(C)/(A)', 5.0, 5.6, '△0.6'],
      ['介護保険特別会計', '調定額', '(A)', 2000, 1800, 200],
      [null, '予算現額', '(B)', 1900, 1800, 100],
      [null, '収入済額', '(C)', 1900, 1700, 200],
      [null, '調定額に対する収入済額の割合', '(C)/(A)', 95.0, 94.4, '0.6'],
    ], ['A1:C1', 'A2:A5', 'A6:A9']);
    expect(obs(r, 'D5')).toMatchObject({ item: '比率', derived: 'ratio' });
    expect(obs(r, 'D9')).toMatchObject({ item: '収納率', derived: null, fiscalYear: 2024 });
    expect(errors(r)).toEqual([]);
  });

  it('tags written (C)/(A)×100, 【C/A】, (D)=(C)−(A) or with a long mark for the minus are tags still', () => {
    const grid = (tags: string[]): GridCell[][] => [
      [null, null, null, null, null, '(単位 円・%)'],
      ['区分 年度', null, '6年度', '5年度', '増 減', '前年度 対 比'],
      ['予 算 現 額', tags[0], 1000, 900, 100, 111.1],
      ['調 定 額', tags[1], 1010, 910, 100, 111.0],
      ['収 入 済 額', tags[2], 1005, 901, 104, 111.5],
      ['予算現額と収入済額との差', tags[3], 5, 1, 4, null],
      ['調定額に対する収入済額の割合', tags[4], 99.5, 99.0, '0.5ポイント', null],
    ];
    for (const tags of [['(A)', '(B)', '(C)', '(C)ー(A)', '(C)/(B)×100'], ['【A】', '【B】', '【C】', '【C−A】', '【C/B】'], ['(A)', '(B)', '(C)', '(D)=(C)−(A)', '(C)/(B)']]) {
      const r = read(grid(tags), ['A2:B2']);
      expect([tags[3], obs(r, 'C4')?.debt ?? null, obs(r, 'C7')?.item, errors(r)]).toEqual([tags[3], null, '収納率', []]);
    }
  });

  it('debts down with a 前年度対比 of ratios: ratios, told by their figures, nothing reported', () => {
    const r = read([
      ['税目', '令和5年度 収入済額', '令和4年度 収入済額', '前年度対比'],
      ['市民税', 6000, 5000, 120.0],
      ['固定資産税', 4000, 4000, 100.0],
    ]);
    expect(errors(r)).toEqual([]);
    const d = read([
      ['税目', '令和5年度 収入済額', '令和4年度 収入済額', '前年度対比'],
      ['市民税', 6000, 5000, 1100],
      ['固定資産税', 4000, 4000, 0],
    ]);
    expect(errors(d)).toEqual(['delta-mismatch@D2']);
  });
});

describe('a statement typed as lines of text (善通寺市, holdout 87): figures among sentence parts', () => {
  const grid = (b13: GridCell): GridCell[][] => [
    ['令和4年度の滞納残高減少実行目標及び実績について', null, null, null],
    ['A・現年度滞納繰越圧縮目標設定額 → 所管課実行目標', '6,503万円', null, null],
    ['B・過年度滞納債権集める目標設定額 → 所管課実行目標', '6,719万円', null, null],
    ['C・令和4年度滞納残高減少目標額→', '216万円(A-B)', 'となり期末滞納残高では', '7,551万円'],
    ['・滞納残高は', '2,400万円', 'となりました。[(イ)+(ロ)]', '<===(前年度比5,367万円(69.1%)減)'],
    ['内訳 (イ) 現年度の滞納繰越発生額', '1,161万円', null, '(前年度比 5,455万円の減少)'],
    ['(ロ) 過年度の滞納残高', b13, null, '(前年度比 88万円の増加)'],
  ];

  it('a sentence part among the figures is prose, not a number typed wrong; a change in words is read as the change, a figure with its letters as the figure', () => {
    const r = read(grid('1,239万円'));
    expect(errors(r)).toEqual([]);
    expect(obs(r, 'D6')).toMatchObject({ value: -54550000, derived: 'delta', unit: '円' });
    expect(obs(r, 'D5')).toMatchObject({ value: -53670000, derived: 'delta' });
    expect(obs(r, 'D7')).toMatchObject({ value: 880000, derived: 'delta' });
    expect(obs(r, 'B4')).toMatchObject({ value: 2160000 });
    expect(obs(r, 'C4')).toBeUndefined();
  });

  it('a figure typed wrong among them is still not-a-number', () => {
    expect(errors(read(grid('1,2З9万円')))).toEqual(['not-a-number@B7']);
  });
});

describe('after a review of the rules for changes in words and prose (each a reading they must not make)', () => {
  it('a statement whose rate carries its letters (94.0%(B/A)) or a change in points is read, and its typo found', () => {
    const r = read([
      ['令和5年度 市税の収納状況', null],
      ['調定額(A)', '5,000万円'],
      ['収入済額(B)', '4,7OO万円'],
      ['収入未済額(C)', '300万円'],
      ['収納率', '94.0%(B/A)'],
    ]);
    expect(errors(r)).toEqual(['not-a-number@B3']);
    expect(obs(r, 'B5')).toMatchObject({ value: 94, item: '収納率' });
    const changes = read([
      ['令和5年度 市税の収納状況', null, null],
      ['調定額', '5,000万円', '(前年度比 120万円の増加)'],
      ['収入済額', '4,700万円', '(前年度比 150万円の増加)'],
      ['収納率', '94.0%', '(前年比 1.2ポイント上昇)'],
    ]);
    expect(obs(changes, 'B4')).toMatchObject({ value: 94, item: '収納率' });
    expect(obs(changes, 'C4')).toMatchObject({ value: 1.2, derived: 'delta' });
  });

  it('a 備考 column of 前年度比 remarks beside years down is no column of figures', () => {
    const r = read([
      ['市税収入未済額の推移 (単位:千円)', null, null, null, null],
      ['年度', '市民税', '固定資産税', '軽自動車税', '備考'],
      ['令和3年度', 110000, 85000, 5000, '滞納整理強化'],
      ['令和4年度', 100000, 80000, 4500, '前年度比 15,500千円の減少'],
      ['令和5年度', 95000, 76000, 4000, '(前年度比 9,500千円の減少)'],
    ]);
    expect(errors(r)).toEqual([]);
    expect(obs(r, 'E4')).toBeUndefined();
    expect(obs(r, 'B5')).toMatchObject({ value: 95000, fiscalYear: 2023, debt: '市民税' });
  });

  it('a word for a figure not there yet, or a typo, is not-a-number though hiragana follow it', () => {
    const grid = (x: GridCell): GridCell[][] => [
      ['収入未済額の推移 (単位:千円)', null, null, null],
      ['年度', '市民税', '固定資産税', '合計'],
      ['令和4年度', 100000, 80000, 180000],
      ['令和5年度', x, 76000, 171000],
    ];
    for (const x of ['調査中です', '集計中です', '未定です', '調査中のため未計上', '2O万円です', '95,OOO円となりました']) expect([x, errors(read(grid(x)))]).toEqual([x, ['not-a-number@B4']]);
  });

  it('a change in words where a year’s figure belongs is no figure of the year (not a target of 0.2 %, not a negative balance)', () => {
    const target = read([
      ['債権名', '令和4年度実績', '令和5年度実績', '令和6年度目標'],
      ['市税', 97.6, 97.8, '前年比 0.2ポイント上昇'],
      ['国民健康保険税', 90.1, 90.5, 91.0],
    ]);
    expect(obs(target, 'D2')).toBeUndefined();
    expect(errors(target)).toEqual(['not-a-number@D2']);
    const down = read([
      ['収入未済額の推移 (単位:千円)', null, null, null],
      ['年度', '市民税', '固定資産税', '合計'],
      ['令和4年度', 100000, 80000, 180000],
      ['令和5年度', '前年度比 5,000千円の減少', 76000, 171000],
    ]);
    expect(errors(down)).toEqual(['not-a-number@B4']);
  });

  it('a change in percent (前年度比 5.0%減) is no difference of amounts in 千円', () => {
    const r = read([
      ['市税の収入未済額(単位:千円)', null, null, null],
      ['税目', '令和4年度', '令和5年度', '増減'],
      ['市民税', 100000, 95000, '前年度比 5.0%減'],
      ['固定資産税', 80000, 76000, '前年度比 5.0%減'],
    ]);
    expect(errors(r).filter((e) => e.startsWith('delta-mismatch'))).toEqual([]);
  });

  it('letters after a figure (300万円(A-B)) say how it is made: the balance of its year still, not a change', () => {
    const r = read([
      ['令和5年度 市税の収納状況', null],
      ['調定額(A)', '5,000万円'],
      ['収入済額(B)', '4,700万円'],
      ['収入未済額', '300万円(A-B)'],
    ]);
    expect(obs(r, 'B4')).toMatchObject({ value: 3000000, item: '収入未済額', derived: null, fiscalYear: 2023 });
  });
});

describe('a 合計 row over a part typed as text', () => {
  const grid = (x: GridCell): GridCell[][] => [
    ['市税の収入未済額の推移 (単位:千円)', null, null, null],
    ['税目', '令和3年度', '令和4年度', '令和5年度'],
    ['市民税', 110000, 100000, x],
    ['固定資産税', 85000, 80000, 75000],
    ['合計', 195000, 180000, 175000],
  ];

  it('is not checked: the part is unknown, not 0 (not-a-number names it); the other years still are', () => {
    expect(errors(read(grid('調査中')))).toEqual(['not-a-number@D3']);
    const wrong = grid('調査中');
    wrong[4][2] = 190000;
    expect(errors(read(wrong))).toEqual(['not-a-number@D3', 'total-mismatch@C5']);
    expect(errors(read(grid(100000)))).toEqual([]);
  });
});

describe('a list of years a line each, the year and its rate in one cell (平成14年度:66.9%)', () => {
  const grid = (x: GridCell): GridCell[][] => [
    ['国民年金保険料の納付率'],
    ['<最終納付率>'],
    ['平成29年度:76.3%'],
    ['平成30年度:77.2%'],
    [x],
    ['令和2年度:80.7%'],
  ];

  it('each rate is dated by the year before its colon, and one typed out of range is found', () => {
    const r = read(grid('令和元年度:78.0%'));
    expect(obs(r, 'A3')).toMatchObject({ value: 76.3, item: '収納率', fiscalYear: 2017 });
    expect(obs(r, 'A5')).toMatchObject({ value: 78, fiscalYear: 2019 });
    expect(obs(r, 'A6')).toMatchObject({ value: 80.7, fiscalYear: 2020 });
    expect(errors(r)).toEqual([]);
    expect(errors(read(grid('令和元年度:178.0%')))).toEqual(['rate-out-of-range@A5']);
  });
});

describe('a loan book’s status with no year: rows numbered (1)…(6), their sum and rate written with those numbers', () => {
  const grid = (x: GridCell = 97.5, sum: GridCell = 4100): GridCell[][] => [
    ['奨学金貸付金とは'],
    ['「市奨学金条例」に基づき、修学が困難な学生に学資を貸し付けるものです。'],
    ['奨学金貸付金の償還状況'],
    ['区分', '件数(人)', '金額(千円)'],
    ['(1)当初貸付', 400, 5000],
    ['(2)償還済', 300, 3900],
    ['(3)償還免除', 90, 200],
    ['(4)償還済・償還免除の合計', 390, sum],
    ['(5)償還率((4)/(1))', x, '82.0%'],
    ['(6)未償還((1)-(4))', 10, 900],
  ];

  it('each row names its item (lent, repaid, waived, unrepaid) under a column of amounts; the debt is the heading’s, not a quoted ordinance’s', () => {
    const r = read(grid());
    expect(obs(r, 'C5')).toMatchObject({ value: 5000, item: '調定額', debt: '奨学金貸付金', fiscalYear: null });
    expect(obs(r, 'C6')).toMatchObject({ value: 3900, item: '収入済額', debt: '奨学金貸付金' });
    expect(obs(r, 'C7')).toMatchObject({ value: 200, item: '不納欠損額' });
    expect(obs(r, 'C10')).toMatchObject({ value: 900, item: '収入未済額', derived: null });
    expect(obs(r, 'B6')).toMatchObject({ value: 300, item: '件数' });
    // The rate of the counts is a rate still, under 件数.
    expect(obs(r, 'B9')).toMatchObject({ value: 97.5, item: '収納率', derived: null });
    expect(obs(r, 'C9')).toMatchObject({ value: 82, item: '収納率', derived: null });
    expect(errors(r)).toEqual([]);
  });

  it('(4) sums the rows it names, (2) and (3), not (1): an amount of neither item, found when it is not their sum', () => {
    const r = read(grid());
    expect(obs(r, 'C8')).toMatchObject({ value: 4100, item: '金額', derived: 'total' });
    expect(obs(r, 'B8')).toMatchObject({ value: 390, item: '件数', derived: 'total' });
    expect(errors(read(grid(97.5, 4300)))).toEqual(expect.arrayContaining(['total-mismatch@C8']));
  });

  it('the rate is (4) ÷ (1) as its label says, not 収入済額 ÷ 調定額 (3,900 ÷ 5,000 = 78.0): one typed wrong is found', () => {
    expect(errors(read(grid(79.5)))).toEqual(['rate-mismatch@B9']);
  });
});

describe('years across as bare era numbers typed as text (22 23 24, copied from a page), rows lettered before their unit', () => {
  const grid = (ratio: GridCell = '50.0', years: GridCell[] = ['22', '23', '24']): GridCell[][] => [
    ['市税収入額の推移'],
    ['年度', ...years],
    ['市税収入額\nA(億円)', '500', '510', '480'],
    ['歳入総額\nB(億円)', '1,000', '1,020', '1,000'],
    ['A/B(%)', ratio, '50.0', '48.0'],
  ];

  it('each column is the year its number says (平成22 = 2010), the header row no figure; A/B(%) is the ratio of the rows lettered A and B', () => {
    const r = read(grid());
    expect(obs(r, 'B3')).toMatchObject({ value: 500, fiscalYear: 2010 });
    expect(obs(r, 'D4')).toMatchObject({ value: 1000, fiscalYear: 2012 });
    expect(obs(r, 'B2')).toBeUndefined();
    expect(obs(r, 'C5')).toMatchObject({ value: 50, item: '比率', derived: 'ratio' });
    expect(errors(r)).toEqual([]);
  });

  it('a ratio that is not A ÷ B is found at its cell', () => {
    expect(errors(read(grid('52.0')))).toEqual(['ratio-mismatch@B5']);
  });

  it('numbers from 1 (1 2 3) number the columns: they are no years', () => {
    expect(obs(read(grid('50.0', ['1', '2', '3'])), 'B3')?.fiscalYear ?? null).toBeNull();
  });
});

describe('a collection body’s report: arrears taken over (受託額), then collected, each total a letter written as the sum of others', () => {
  const grid = (part: GridCell = 20, rate: GridCell = '40.0%'): GridCell[][] => [
    ['令和5年度 滞納整理機構 執行状況'],
    ['1.受託額'],
    ['(単位:千円)'],
    [null, '全体(A)=(B)+(C)', '本税(B)', '督促(C)'],
    ['全体', 1000, 960, 40],
    [null, 600, 580, part],
    [null, 400, 380, 20],
    ['2.徴収額'],
    ['(単位:千円)'],
    [null, '全体(D)=(E)+(F)', '本税(E)', '督促(F)'],
    ['全体', 400, 390, 10],
    [null, 300, 295, 5],
    [null, 100, 95, 5],
    ['3.徴収率'],
    [null, '受託額に対する徴収額の割合(D)/(A)'],
    ['全体', rate],
    [null, '50.0%'],
    [null, '25.0%'],
  ];

  it('the amounts taken over are read, their 全体 (A)=(B)+(C) a total of the columns right of it', () => {
    const r = read(grid());
    expect(obs(r, 'C6')).toMatchObject({ value: 580, unit: '千円' });
    expect(obs(r, 'B6')).toMatchObject({ value: 600, derived: 'total' });
    expect(errors(r)).toEqual([]);
    // The two totals each show the part typed wrong: it is named.
    expect(errors(read(grid(30)))).toEqual(['input-suspect@D6', 'total-mismatch@B6', 'total-mismatch@D5']);
  });

  it('a caption of arrears taken over (受託額) under the body that takes them is evidence of receivables', () => {
    expect(obs(read([['租税債権管理機構 執行状況'], ...grid().slice(1, 7)]), 'C5')).toMatchObject({ value: 960, unit: '千円' });
  });

  it('a rate of rows without labels is not paired with another table’s first such row (300 ÷ 600 for 100 ÷ 400); the labelled row still is', () => {
    expect(errors(read(grid(20, '45.0%')))).toEqual(['ratio-mismatch@B16']);
  });
});

describe('after a review of the nineteenth round’s rules', () => {
  it('a year’s lending (貸付額) is no charge: its repayments and 償還率 are not checked against it; the sum fallen due (償還期日到来額) is', () => {
    const yearly: GridCell[][] = [
      ['奨学金貸付事業の実績'], ['(単位:千円)'],
      ['年度', '貸付額', '償還額', '償還率(%)'],
      ['令和3年度', 23000, 19000, 93.0],
      ['令和4年度', 21600, 20500, 94.2],
    ];
    expect(errors(read(yearly))).toEqual([]);
    const due = (rate: GridCell): GridCell[][] => [
      ['貸付金の償還状況'], ['(単位:千円)'],
      ['区分', '貸付額', '償還期日到来額', '償還済額', '償還率(%)'],
      ['災害援護資金', 10000, 6000, 5400, rate],
    ];
    expect(errors(read(due(90.0)))).toEqual([]);
    expect(errors(read(due(95.0)))).toEqual(['rate-mismatch@E4']);
  });

  it('a loan book by year: 未償還額 is the balance, no ledger of the year’s lending; 未償還率 is the share unrepaid, no collection rate', () => {
    expect(errors(read([
      ['災害援護資金貸付金の償還状況'], ['(単位:千円)'],
      ['年度', '貸付額', '償還額', '免除額', '未償還額'],
      ['令和3年度', 0, 1800, 200, 15700],
      ['令和4年度', 0, 1500, 100, 14100],
    ]))).toEqual([]);
    const r = read([
      ['奨学金の償還状況'], ['(単位:千円)'],
      ['年度', '貸付額', '償還額', '未償還額', '未償還率(%)'],
      ['令和3年度', 5000, 3900, 1100, 22.0],
    ]);
    expect(obs(r, 'E4')?.item).toBe('比率');
    expect(errors(r)).toEqual([]);
  });

  it('a fee’s 免除額 (taken out of the charge already) is no write-off', () => {
    expect(errors(read([
      ['保育料の収納状況'], ['(単位:円)'],
      ['年度', '調定額', '収入済額', '免除額', '収入未済額'],
      ['令和4年度', 110000, 106000, 2000, 4000],
    ]))).toEqual([]);
  });

  it('a rate column written (2)/(1) over rows numbered (1) (2) (3) divides its row’s columns, not the rows', () => {
    const grid = (rate: GridCell): GridCell[][] => [
      ['市税の収納状況'],
      ['税目', '調定額(1)', '収入済額(2)', '収納率(2)/(1)', '構成比'],
      ['(1)市民税', 1000, 980, rate, 32.3],
      ['(2)固定資産税', 2000, 1900, 95.0, 64.5],
      ['(3)軽自動車税', 100, 90, 90.0, 3.2],
    ];
    expect(errors(read(grid(98.0)))).toEqual([]);
    expect(errors(read(grid(91.0)))).toEqual(['rate-mismatch@D3']);
  });

  it('a rate written (2)/(1) of rows numbered after their words, or in full-width brackets, is still checked', () => {
    expect(errors(read([
      ['市税の収納状況'],
      ['区分', '令和3年度', '令和4年度'],
      ['調定額(1)', 1000, 1100],
      ['収入済額(2)', 950, 1050],
      ['収納率(2)/(1)', 91.0, 95.5],
    ]))).toEqual(['rate-mismatch@B5']);
    expect(errors(read([
      ['市税の収納状況'],
      ['区分', '令和3年度', '令和4年度'],
      ['（１）調定額', 1000, 1100],
      ['（２）収入済額', 950, 1050],
      ['（３）収納率（２）/（１）', 91.0, 95.5],
    ]))).toEqual(['rate-mismatch@B5']);
  });

  it('a total naming its rows sums the nearest of each above it, not a later section’s of the same name', () => {
    expect(errors(read([
      ['奨学金の償還状況'],
      ['区分', '令和3年度', '令和4年度'],
      ['貸付額', 5000, 5500],
      ['償還済', 3900, 4200],
      ['免除', 200, 250],
      ['償還済・免除の合計', 4100, 4450],
      ['(うち当年度分)', null, null],
      ['償還済', 300, 400],
      ['免除', 20, 30],
    ]))).toEqual([]);
  });

  it('a cumulative group (累計) beside the year’s (当年度) is no total of it', () => {
    expect(errors(read([
      ['奨学金の償還状況'],
      ['区分', '累計', null, '当年度', null],
      [null, '件数', '金額(千円)', '件数', '金額(千円)'],
      ['償還済', 300, 3900, 30, 390],
      ['免除', 90, 200, 9, 20],
    ], ['B2:C2', 'D2:E2']))).toEqual([]);
  });

  it('a month’s figure and the running sum (単月 | 累計) down the months: the sum is no total of the month beside it', () => {
    const r = read([
      ['月別徴収状況'], ['(単位:千円)'],
      [null, '徴収金額', null],
      [null, '単月', '累計'],
      ['4月', 39255, 39255],
      ['5月', 33993, 73248],
      ['6月', 29317, 102565],
    ], ['B3:C3']);
    expect(obs(r, 'C6')).toMatchObject({ value: 73248, derived: 'total' });
    expect(errors(r)).toEqual([]);
  });

  it('the city’s own borrowing (市債: 借入額, 償還額, 未償還額) is no receivable', () => {
    const r = read([
      ['市債の償還状況'], ['(単位:千円)'],
      ['区分', '借入額', '償還額', '未償還額'],
      ['一般会計', 5000, 3000, 2000],
      ['下水道事業', 3000, 1000, 2000],
    ]);
    expect(obs(r, 'D4')?.item ?? null).not.toBe('収入未済額');
    expect(errors(r)).toEqual([]);
  });

  it('numbers as text that are months or ages are no years; captions of insurance or research taken on are no receivables', () => {
    expect(obs(read([
      ['市税の月別収納額'], ['(単位:千円)'],
      ['区分', '4', '5', '6', '7', '8', '9'],
      ['市民税', 100, 200, 300, 150, 120, 110],
    ]), 'B4')?.fiscalYear ?? null).toBeNull();
    expect(obs(read([
      ['国民健康保険税 年齢別滞納世帯数'],
      ['区分', '20', '21', '22', '23'],
      ['滞納世帯数', '5', '7', '9', '11'],
    ]), 'B3')?.fiscalYear ?? null).toBeNull();
    expect(errors(read([
      ['受託研究の受託状況'],
      ['区分', '件数', '金額(千円)'],
      ['国', 10, 5000],
      ['民間企業', 20, 3000],
      ['計', 31, 8100],
    ]))).toEqual([]);
    expect(read([
      ['損害保険の引受状況'],
      ['区分', '件数', '保険料(千円)'],
      ['建物', 100, 5000],
      ['自動車', 200, 3000],
      ['計', 300, 8000],
    ]).tables).toEqual([]);
  });
});

describe('lines numbered in brackets, each with its words and a figure ((5) | 地方負担額 ((3)+(4)) | 201,707千円)', () => {
  const grid: GridCell[][] = [
    ['病院の未収金'],
    ['(1)', '調査した病院 635病院'],
    ['(2)', '未収金のある病院 184病院'],
    ['(3)', '未収金額 184病院計 191,975千円'],
    ['(4)', '都道府県補助金', '5病院 1,098千円'],
    [null, '〃 一般会計繰入金', '2病院 8,634千円'],
    ['(5)', '地方負担額 ((3)+(4))', '201,707千円'],
  ];

  it('the number is the line’s, no figure (it was read as 収入未済額 1, 2, 3, 4), and the words beside it no figure typed wrong', () => {
    const r = read(grid);
    for (const cell of ['A2', 'A3', 'A4', 'A5', 'A7']) expect(obs(r, cell)).toBeUndefined();
    expect(errors(r)).toEqual([]);
  });
});

describe('a running sum down months (単月 | 累計)', () => {
  const grid = (may: GridCell = 73248, june: GridCell = 102565): GridCell[][] => [
    ['月別徴収状況'], ['(単位:千円)'],
    [null, '徴収金額', null],
    [null, '単月', '累計'],
    ['4月', 39255, 39255],
    ['5月', 33993, may],
    ['6月', 29317, june],
  ];

  it('each month’s 累計 is the sum of the months’ 単月 so far: one typed wrong is found at its cell alone', () => {
    expect(errors(read(grid(), ['B3:C3']))).toEqual([]);
    expect(errors(read(grid(73284), ['B3:C3']))).toEqual(['total-mismatch@C6']);
    expect(errors(read(grid(73248, 102656), ['B3:C3']))).toEqual(['total-mismatch@C7']);
  });

  it('a month whose 累計 is blank leaves the next one checked against the months’ own figures; a month’s own typed as text leaves it unchecked', () => {
    expect(errors(read(grid(null), ['B3:C3']))).toEqual([]);
    expect(errors(read(grid(null, 102600), ['B3:C3']))).toEqual(['total-mismatch@C7']);
    const text = grid();
    text[5][1] = '3399З';
    expect(errors(read(text, ['B3:C3']))).toEqual(['not-a-number@B6']);
  });
});

describe('after a review of the running sums and line numbers', () => {
  it('a revenue table with a 市債 row is still a table: only a table about the city’s borrowing is none', () => {
    expect(errors(read([
      ['歳入の収入未済額の推移'], ['(単位:千円)'],
      ['区分', '令和3年度', '令和4年度', '令和5年度'],
      ['市税', 400, 380, 350], ['使用料及び手数料', 20, 18, 15], ['市債', 0, 0, 0], ['合計', 420, 398, 375],
    ]))).toEqual(['total-mismatch@D7']);
    expect(obs(read([
      ['生活資金貸付金の滞納状況'], ['(単位:千円)'],
      ['区分', '借入額', '滞納額'], ['令和4年度', 5000, 300], ['令和5年度', 4000, 250],
    ]), 'C5')).toMatchObject({ value: 250, item: '収入未済額' });
  });

  it('a running sum restarts with its section or a table begun mid-year, and adds months only', () => {
    const sections: GridCell[][] = [
      ['市税月別収納状況'], ['(単位:千円)'], [null, null, '単月', '累計'],
      ['現年課税分', '4月', 100, 100], [null, '5月', 50, 150], ['滞納繰越分', '4月', 10, 10], [null, '5月', 20, 30],
    ];
    expect(errors(read(sections))).toEqual([]);
    const midYear: GridCell[][] = [['市税月別収納状況(10月～3月)'], ['(単位:千円)'], [null, '単月', '累計'], ['10月', 100, 1000], ['11月', 50, 1050], ['12月', 30, 1080]];
    expect(errors(read(midYear))).toEqual([]);
    midYear[4][2] = 1060;
    expect(errors(read(midYear))).toEqual(['total-mismatch@C5']);
    expect(errors(read([
      ['市税月別収納状況'], ['(単位:千円)'], [null, '単月', '累計'],
      ['4月', 100, 100], ['5月', 50, 150], ['6月', 70, 220], ['第1四半期計', 220, null], ['7月', 30, 250],
    ]))).toEqual([]);
  });

  it('figures shown cut to 千円 drift by a unit a month, no error; one 累計 typed wrong is found once', () => {
    const cut: GridCell[][] = [['市税月別収納状況'], ['(単位:千円)'], [null, '単月', '累計'], ['4月', 100, 100], ['5月', 100, 201], ['6月', 100, 302], ['7月', 100, 403]];
    expect(errors(read(cut))).toEqual([]);
    cut[5][2] = 320;
    expect(errors(read(cut))).toEqual(['total-mismatch@C6']);
  });

  it('前年度まで | 当年度 | 累計: the 累計 is the sum of the two beside it', () => {
    expect(errors(read([
      ['災害援護資金貸付金の状況'], ['(単位:千円)'],
      ['区分', '前年度まで', '当年度', '累計'], ['償還済額', 1000, 200, 1300], ['償還免除額', 50, 10, 60],
    ]))).toEqual(['total-mismatch@D4']);
  });

  it('a 合計 row under the months repeats the year’s 累計: no sum of the column', () => {
    expect(errors(read([
      ['市税月別収納状況'], ['(単位:千円)'], [null, '単月', '累計'], ['4月', 100, 100], ['5月', 50, 150], ['合計', 150, 150],
    ]))).toEqual([]);
  });

  it('今月 | 累計 and 前年同月 | 前年同月累計 are running sums too', () => {
    expect(errors(read([['市税月別収納状況'], ['(単位:千円)'], [null, '今月', '累計'], ['4月', 100, 100], ['5月', 50, 150]]))).toEqual([]);
    expect(errors(read([['市税月別収納状況'], ['(単位:千円)'], [null, '前年同月', '前年同月累計'], ['4月', 90, 90], ['5月', 40, 130]]))).toEqual([]);
  });

  it('last year’s count in brackets is a figure, a remark beside it or not', () => {
    const r = read([
      ['滞納処分の実施状況(市税)'], ['区分', '令和5年度', '(前年度)', '備考'],
      ['差押', 12, '(10)', '不動産を含む'], ['捜索', 3, '(2)', null], ['合計', 15, '(12)', null],
    ]);
    expect(obs(r, 'C3')).toMatchObject({ value: 10 });
    expect(errors(r)).toEqual([]);
  });

  it('years as text under 区分 are years, 平成 past 12 and 令和 under a caption of years; months under a caption of months are not', () => {
    expect(obs(read([['市税収納率の推移'], ['(単位:%)'], ['区分', '27', '28', '29', '30'], ['市民税', 95.1, 95.5, 96.0, 96.2]]), 'B4')?.fiscalYear).toBe(2015);
    expect(obs(read([['市税収納率の推移(令和)'], ['(単位:%)'], ['区分', '2', '3', '4', '5'], ['市民税', 95.1, 95.5, 96.0, 96.2]]), 'B4')?.fiscalYear).toBe(2020);
    expect(obs(read([['市税の月別収納額'], ['(単位:千円)'], ['区分', '4', '5', '6', '7'], ['市民税', 100, 200, 300, 150]]), 'B4')?.fiscalYear ?? null).toBeNull();
  });

  it('a unit written beside each row’s count (5 | 件) makes no count of the amounts beside it', () => {
    const r = read([['市税滞納処分の状況'], [null, '件数', null, '金額(千円)'], ['差押', 5, '件', 3456], ['交付要求', 7, '件', 800], ['合計', 12, '件', 4256]]);
    expect(obs(r, 'D3')).toMatchObject({ value: 3456, item: '金額', unit: '千円' });
    expect(obs(r, 'B3')).toMatchObject({ value: 5, item: '件数' });
  });

  it('a loan’s 償還額 under 償還期日到来額 is what was repaid: its 償還率 typed wrong is found', () => {
    expect(errors(read([
      ['奨学金貸付金の償還状況'], ['(単位:千円、%)'],
      ['区分', '償還期日到来額', '償還額', '償還率'], ['令和4年度', 1000, 400, 40.0], ['令和5年度', 1000, 450, 54.0],
    ]))).toEqual(['rate-mismatch@D5']);
  });
});

describe('small tables stacked under a heading of the debt, each titled by its part (市民税 › 個人の収納率(%), 法人の収納率(%))', () => {
  const grid = (heading: string): GridCell[][] => [
    ['市税の収納状況'],
    [heading],
    ['個人の収納率(%)'],
    [null, '令和5年度', '令和4年度', '増減'],
    ['現年度分', 98.5, 98.2, 0.3],
    ['滞納繰越分', 30.1, 28.0, 2.1],
    ['法人の収納率(%)'],
    [null, '令和5年度', '令和4年度', '増減'],
    ['現年度分', 99.5, 99.0, 0.5],
    ['滞納繰越分', 20.0, 25.0, -5.0],
    ['固定資産税の収納率(%)'],
    [null, '令和5年度', '令和4年度', '増減'],
    ['現年度分', 99.1, 99.0, 0.1],
  ];

  test('each part’s figures are of the debt’s part (市民税(個人), 市民税(法人)); the next table’s own debt is its own', () => {
    const r = read(grid('市民税'));
    expect(obs(r, 'B5')).toMatchObject({ value: 98.5, item: '収納率', fiscalYear: 2023, debt: '市民税(個人)', division: '現年度分' });
    expect(obs(r, 'C6')).toMatchObject({ value: 28.0, debt: '市民税(個人)', division: '滞納繰越分' });
    expect(obs(r, 'B9')).toMatchObject({ value: 99.5, item: '収納率', debt: '市民税(法人)' });
    expect(obs(r, 'B13')).toMatchObject({ value: 99.1, debt: '固定資産税' });
    expect(errors(r)).toEqual([]);
  });

  test('a heading of a group of taxes (普通税) is no debt to take a part of', () => {
    const r = read(grid('普通税'));
    expect(obs(r, 'B5')?.debt).not.toBe('普通税(個人)');
    expect(obs(r, 'B9')?.debt).not.toBe('普通税(法人)');
  });
});

test('rows of regions (東部, 南部, 県北地区) are places, the figures theirs (of all the caption’s taxes: no one debt)', () => {
  const r = read([
    ['県税の地域別収納率', null, '(単位:%)'],
    ['区分', '令和4年度', '令和5年度'],
    ['東部', 97.4, 97.5],
    ['南部', 96.9, 96.8],
    ['県北地区', 95.0, 95.2],
    ['県央', 94.0, 94.1],
  ]);
  expect(obs(r, 'B6')).toMatchObject({ value: 94.0, department: '県央', debt: null });
  expect(obs(r, 'B3')).toMatchObject({ value: 97.4, item: '収納率', fiscalYear: 2022, department: '東部', debt: null });
  expect(obs(r, 'C4')).toMatchObject({ value: 96.8, fiscalYear: 2023, department: '南部', debt: null });
  expect(obs(r, 'B5')).toMatchObject({ value: 95.0, department: '県北地区', debt: null });
});

test('a caption written with its unit (県税の収納率(単位:%)) still says the table is of receivables; rows of tax offices are its offices, no debts', () => {
  const r = read([
    ['県税の収納率(単位:%)'],
    ['区分', '令和4年度', '令和5年度'],
    ['東部県税事務所', 97.4, 97.5],
    ['西部県税事務所', 96.9, 96.8],
  ]);
  expect(obs(r, 'B3')).toMatchObject({ value: 97.4, item: '収納率', fiscalYear: 2022, department: '東部県税事務所' });
  expect(obs(r, 'B3')?.debt).not.toBe('東部県税事務所');
  expect(obs(r, 'C4')).toMatchObject({ value: 96.8, item: '収納率', fiscalYear: 2023, department: '西部県税事務所' });
});

describe('a short table of two years down the rows, and a group header merged over columns of figures', () => {
  test('two rows named by years alone (平成28年度, 平成27年度) are the years of a years-down table, no debts', () => {
    const grid = (rate: number): GridCell[][] => [
      ['市税の収納状況', null, null, '(単位:千円、%)'],
      ['年度', '調定額', '収入済額', '収納率'],
      ['平成28年度', 1000, 900, rate],
      ['平成27年度', 1100, 1000, 90.9],
    ];
    const r = read(grid(90.0));
    expect(obs(r, 'B3')).toMatchObject({ value: 1000, item: '調定額', fiscalYear: 2016, debt: '市税' });
    expect(obs(r, 'C4')).toMatchObject({ value: 1000, item: '収入済額', fiscalYear: 2015, debt: '市税' });
    expect(errors(r)).toEqual([]);
    expect(errors(read(grid(80.0)))).toEqual(['rate-mismatch@D3']);
  });

  test('債権 merged over 給与・預貯金等 | 所得税還付金 heads what was seized: the names under it are the header’s lower tier, the figures below counts', () => {
    const grid = (total: number): GridCell[][] => [
      ['【差押執行件数】'],
      ['年度', '不動産', '債権', null, '合計'],
      [null, '土地・建物', '給与・生命保険・預貯金等', '所得税還付金', null],
      ['平成28年度', 231, 784, 59, total],
      ['平成27年度', 168, 795, 89, 1052],
    ];
    const merges = ['A2:A3', 'C2:D2', 'E2:E3'];
    const r = read(grid(1074), merges);
    expect(obs(r, 'B3')).toBeUndefined();
    expect(obs(r, 'C4')).toMatchObject({ value: 784, item: '件数', fiscalYear: 2016 });
    expect(obs(r, 'E5')).toMatchObject({ value: 1052, item: '件数', fiscalYear: 2015, derived: 'total' });
    expect(r.issues).toEqual([]);
    expect(errors(read(grid(1047), merges))).toEqual(['total-mismatch@E4']);
  });
});

describe('a sum row a page leaves unnamed, and a row written in yen under a caption of counts', () => {
  const grid = (edits: Record<number, number> = {}): GridCell[][] => [
    ['差押件数の推移'],
    ['区分', '令和3年度', '令和4年度', '令和5年度'],
    ['預貯金', 365, 344, 313],
    ['給与・年金', 18, 30, 26],
    ['不動産', 7, 11, 11],
    [null, edits[6] ?? 390, 385, 350],
    ['換価による税収', '26,499,466円', '28,646,879円', '29,635,678円'],
  ];

  test('a row of no label whose figures are the sums of the rows above is their total; a row written in 円 is an amount', () => {
    const r = read(grid());
    expect(obs(r, 'B6')).toMatchObject({ value: 390, item: '件数', fiscalYear: 2021, derived: 'total', debt: null });
    expect(obs(r, 'D3')).toMatchObject({ value: 313, item: '件数', fiscalYear: 2023 });
    expect(obs(r, 'C7')).toMatchObject({ value: 28646879, item: '金額', unit: '円', fiscalYear: 2022 });
    expect(errors(r)).toEqual([]);
  });

  test('one of its figures typed wrong is found at its cell', () => {
    expect(errors(read(grid({ 6: 399 })))).toEqual(['total-mismatch@B6']);
  });

  test('a row of no label whose figures are no sums (two columns of three off) is no total', () => {
    const r = read([
      ['差押件数の推移'],
      ['区分', '令和3年度', '令和4年度', '令和5年度'],
      ['預貯金', 365, 344, 313],
      ['給与・年金', 18, 30, 26],
      [null, 100, 385, 200],
    ]);
    expect(obs(r, 'B5')?.derived).not.toBe('total');
    expect(errors(r)).toEqual([]);
  });
});

describe('a caption written with its unit names the debt as the same caption without it does', () => {
  test.each(['市税の収納状況', '市税の収納状況(単位:千円、%)'])('%s: years down are the caption’s debt’s', (caption) => {
    const r = read([
      [caption],
      ['年度', '調定額', '収入済額', '収納率'],
      ['令和4年度', 1000, 900, 90.0],
      ['令和5年度', 1100, 1000, 90.9],
    ]);
    expect(obs(r, 'B3')).toMatchObject({ value: 1000, item: '調定額', fiscalYear: 2022, debt: '市税' });
  });

  test.each(['市税の収入状況', '市税の収入状況 (単位:千円)'])('%s: the list’s その他 is a row of its own, no office of the caption’s debt', (caption) => {
    const r = read([
      [caption, null, null, null],
      ['区分', '調定額', '収入額', '徴収率(%)'],
      ['市民税', 2000, 1950, 97.5],
      ['固定資産税', 1000, 950, 95.0],
      ['その他', 300, 291, 97.0],
    ]);
    expect(obs(r, 'B5')).toMatchObject({ value: 300, debt: 'その他', department: null });
    expect(obs(r, 'B3')).toMatchObject({ value: 2000, debt: '市民税' });
  });
});

test('two groups each under a sum row of no label: each sums its own group, no false total on the second', () => {
  const grid = (b8: number): GridCell[][] => [
    ['収入未済額の推移', null, null, '(単位:千円)'],
    ['区分', '令和3年度', '令和4年度', '令和5年度'],
    ['市民税', 100, 90, 80],
    ['固定資産税', 200, 190, 180],
    [null, 300, 280, 260],
    ['保育料', 10, 9, 8],
    ['住宅使用料', 20, 19, 18],
    [null, b8, 28, 26],
  ];
  expect(obs(read(grid(30)), 'C8')).toMatchObject({ value: 28, derived: 'total' });
  expect(errors(read(grid(30)))).toEqual([]);
  expect(errors(read(grid(40)))).toEqual(['total-mismatch@B8']);
});

test('row numbers under a label header merged over them and the names (債権名 over No. | name) are no figures', () => {
  const r = read([
    ['主な債権の収入未済額(単位:千円)', null, null, null],
    ['債権名', null, '令和4年度', '令和5年度'],
    [1, '市税', 1000, 900],
    [2, '国民健康保険税', 500, 450],
    [3, '保育料', 100, 90],
    [null, '合計', 1600, 1440],
  ], ['A2:B2']);
  expect(obs(r, 'A3')).toBeUndefined();
  expect(obs(r, 'A5')).toBeUndefined();
  expect(obs(r, 'C3')).toMatchObject({ value: 1000, fiscalYear: 2022, debt: '市税' });
});

describe('a part titled under a heading is that debt’s part only where the debt has such parts', () => {
  test('土地の差押件数 under a heading of 市税: 土地 is the property seized, no part of 市税', () => {
    const r = read([['市税'], ['土地の差押件数'], ['(単位:件)'], ['区分', '令和3年度', '令和4年度', '令和5年度'], ['差押件数', 10, 12, 9], ['公売件数', 1, 2, 1]]);
    expect(obs(r, 'B5')?.debt).not.toBe('市税(土地)');
  });

  test('法人の収納率 under a heading of 国民健康保険税, or 法人の事業所税の… stacked under 市民税(個人), takes no part', () => {
    const r = read([['国民健康保険税'], ['法人の収納率(%)'], [null, '令和4年度', '令和5年度'], ['現年度分', 98.5, 98.2]]);
    expect(obs(r, 'B4')?.debt).not.toBe('国民健康保険税(法人)');
    const s = read([
      ['市民税'], ['個人の収納率(%)'], [null, '令和4年度', '令和5年度'], ['現年度分', 98.5, 98.2], ['滞納繰越分', 30.1, 28.0],
      ['法人の事業所税の収納率(%)'], [null, '令和4年度', '令和5年度'], ['現年度分', 99.5, 99.0], ['滞納繰越分', 20.0, 25.0],
    ]);
    expect(obs(s, 'B4')).toMatchObject({ debt: '市民税(個人)' });
    expect(obs(s, 'B8')?.debt).not.toBe('市民税(法人)');
  });

  test('固定資産税 › 土地の収納率 is 固定資産税(土地)', () => {
    const r = read([['固定資産税'], ['土地の収納率(%)'], [null, '令和4年度', '令和5年度'], ['現年度分', 98.5, 98.2], ['家屋の収納率(%)'], [null, '令和4年度', '令和5年度'], ['現年度分', 99.5, 99.0]]);
    expect(obs(r, 'B4')).toMatchObject({ value: 98.5, debt: '固定資産税(土地)' });
    expect(obs(r, 'B7')).toMatchObject({ value: 99.5, debt: '固定資産税(家屋)' });
  });
});

test('two groups each under its own 計: the second 計 sums its own group, not the first 計 with it', () => {
  const grid = (b8: number): GridCell[][] => [
    ['差押件数の推移', null, null, '(単位:件)'],
    ['区分', '令和3年度', '令和4年度', '令和5年度'],
    ['預貯金', 100, 90, 80],
    ['給与', 200, 190, 180],
    ['計', 300, 280, 260],
    ['不動産', 10, 9, 8],
    ['自動車', 20, 19, 18],
    ['計', b8, 28, 26],
  ];
  expect(errors(read(grid(30)))).toEqual([]);
  expect(errors(read(grid(40)))).toEqual(['total-mismatch@B8']);
});

test('the second group’s 計 typed wrong is told against its own group’s sum', () => {
  const r = read([
    ['差押件数の推移', null, null, '(単位:件)'],
    ['区分', '令和3年度', '令和4年度', '令和5年度'],
    ['預貯金', 100, 90, 80],
    ['給与', 200, 190, 180],
    ['計', 300, 280, 260],
    ['不動産', 10, 9, 8],
    ['自動車', 20, 19, 18],
    ['計', 40, 28, 26],
  ]);
  expect(r.issues.find((i) => i.cell === 'B8')).toMatchObject({ code: 'total-mismatch', expected: 30, actual: 40 });
});

test('era years typed as numbers under a header merged across them (収入額 over 20 | 21 | 22, beside 局・庁舎) are years', () => {
  const r = read([
    ['税外収入累年比較(局・庁舎別)', null, null, null],
    ['(単位:千円)', null, null, null],
    [null, '収入額', null, null],
    ['局・庁舎', 20, 21, 22],
    ['南部', 15932, 14977, 16279],
    ['西部', 22916, 13600, 15308],
  ], ['B3:D3']);
  expect(obs(r, 'B4')).toBeUndefined();
  expect(obs(r, 'B5')).toMatchObject({ value: 15932, item: '収入済額', fiscalYear: 2008, department: '南部' });
  expect(obs(r, 'D6')).toMatchObject({ value: 15308, fiscalYear: 2010, department: '西部' });
});

describe('a 差押 table by kind of property, under a page that speaks of one debt', () => {
  const grid = (sentence: string): GridCell[][] => [
    ['滞納処分について'],
    [sentence],
    ['差押件数の推移', null, null, '(単位:件)'],
    ['区分', '令和3年度', '令和4年度', '令和5年度'],
    ['預貯金', 365, 344, 313],
    ['給与・年金', 18, 30, 26],
    ['売掛金・賃料ほか', 17, 20, 23],
    ['不動産', 7, 11, 11],
  ];

  test('the kinds of property are what was seized (their stage), the figures of the debt the page speaks of', () => {
    const r = read(grid('市税を滞納することは、納期内に納付している市民との公平性を欠くことになります。'));
    expect(obs(r, 'B5')).toMatchObject({ value: 365, item: '件数', fiscalYear: 2021, debt: '市税', stage: '預貯金' });
    expect(obs(r, 'D6')).toMatchObject({ value: 26, debt: '市税', stage: '給与・年金' });
    expect(obs(r, 'C8')).toMatchObject({ value: 11, debt: '市税', stage: '不動産' });
  });

  test('a page that speaks of two debts gives none; the kinds of property are still no debts', () => {
    const r = read(grid('市税や国民健康保険税を滞納することは、公平性を欠くことになります。'));
    expect(obs(r, 'B5')).toMatchObject({ value: 365, debt: null, stage: '預貯金' });
  });

  test('rows of property under a caption that is no 差押 (資産の状況) are read as before', () => {
    const r = read([['資産の状況', null, null, '(単位:千円)'], ['区分', '令和3年度', '令和4年度', '令和5年度'], ['預貯金', 365, 344, 313], ['不動産', 7, 11, 11]]);
    expect(obs(r, 'B3')?.stage ?? null).not.toBe('預貯金');
  });
});

test.each([[['億円', '億円', '%']], [['(億円)', '(億円)', '(%)']]])('a row of units under the header (%j) names no stage; figures in 億円 are read as printed, of no unit', (units) => {
  const r = read([['県税の決算状況'], [null, '調定額', '収入額', '収入歩合'], [null, ...units], ['令和4年度', 2661.8, 2634.1, 98.96], ['令和3年度', 2647.1, 2621.7, 99.04]]);
  expect(obs(r, 'B4')).toMatchObject({ value: 2661.8, item: '調定額', fiscalYear: 2022, stage: null });
  expect(obs(r, 'C5')).toMatchObject({ value: 2621.7, item: '収入済額', unit: null, stage: null });
  expect(obs(r, 'D4')).toMatchObject({ value: 98.96, item: '収納率', unit: '%', stage: null });
});

test('a sentence over a list (今後とも税の公平性を確保するため…。) names no debt 今後とも税', () => {
  const r = read([
    ['今後とも税の公平性を確保するため、滞納処分を適切に実施します。', null],
    ['平成25年度滞納処分の状況', null],
    ['給与・報酬', '24件'],
    ['預貯金', '13件'],
    ['捜索', '2件'],
  ]);
  expect(obs(r, 'B4')).toMatchObject({ value: 13, item: '件数' });
  expect(obs(r, 'B4')?.debt).not.toBe('今後とも税');
});

describe('the second review of this session’s rules', () => {
  test('a 合計 after one tax’s own 計 sums every tax, the 計 standing for its parts: a 合計 that left the 計 out is found', () => {
    const grid = (c9: number): GridCell[][] => [
      ['市税収入', null, '(単位:千円)'],
      ['区分', '令和4年度', '令和5年度'],
      ['個人市民税', 600, 620],
      ['法人市民税', 200, 210],
      ['市民税計', 800, 830],
      ['固定資産税', 1000, 1010],
      ['軽自動車税', 50, 52],
      ['たばこ税', 30, 31],
      ['合計', 1880, c9],
    ];
    expect(errors(read(grid(1923)))).toEqual([]);
    expect(errors(read(grid(1093)))).toEqual(['total-mismatch@C9']);
    expect(read(grid(923)).issues.find((i) => i.cell === 'C9')).toMatchObject({ code: 'total-mismatch', expected: 1923 });
  });

  test('the first row of counts under a section heading merged across the table (差押件数 over 不動産 | 7 | 8 | 9) is no row of years', () => {
    const r = read([
      ['滞納処分の状況', null, null, null],
      ['区分', '令和3年度', '令和4年度', '令和5年度'],
      ['差押件数', null, null, null],
      ['不動産', 7, 8, 9],
      ['預貯金', 120, 130, 141],
      ['給与', 20, 22, 25],
    ], ['A3:D3']);
    expect(obs(r, 'B5')?.fiscalYear ?? 2021).toBe(2021);
    expect(obs(r, 'D6')?.fiscalYear ?? 2023).toBe(2023);
  });

  test('a fee in a sentence up the page (督促手数料を加算します) is no debt of a 差押 table', () => {
    const r = read([
      ['納期限までに納付がない場合は督促状を送付し、督促手数料を加算します。', null, null],
      [null, null, null], [null, null, null], [null, null, null], [null, null, null],
      ['差押件数', null, '(単位:件)'],
      ['区分', '令和4年度', '令和5年度'],
      ['預貯金', 100, 120],
      ['給与', 30, 25],
      ['不動産', 10, 12],
    ]);
    expect(obs(r, 'B8')).toMatchObject({ value: 100, stage: '預貯金' });
    expect(obs(r, 'B8')?.debt).not.toBe('督促手数料');
  });

  test('a sentence about seizing over a table of 固定資産税 by 土地 | 家屋 | 償却資産 makes none of them a property seized', () => {
    const r = read([
      ['納期限を過ぎても納付がない場合は、差押えなどの滞納処分を行います。', null, null, null],
      ['固定資産税の収納状況(単位:千円)', null, null, null],
      ['区分', '調定額', '収入済額', '収納率'],
      ['土地', 1000, 980, 98.0],
      ['家屋', 2000, 1970, 98.5],
      ['償却資産', 500, 490, 98.0],
      ['計', 3500, 3440, 98.3],
    ]);
    expect(obs(r, 'B4')?.stage ?? null).not.toBe('土地');
    expect(obs(r, 'B5')?.stage ?? null).not.toBe('家屋');
  });

  test('households and persons under 滞納者数 (世帯 | 人) stay told apart', () => {
    const r = read([['国民健康保険税の滞納状況', null, null, null], ['区分', '滞納者数', null, '滞納額'], [null, '世帯', '人', '千円'], ['令和4年度', 500, 900, 40000], ['令和5年度', 480, 850, 38000]], ['B2:C2']);
    expect(obs(r, 'B4')?.stage).toBe('滞納者数 世帯');
  });

  test('kinds of property written with their group in one cell (不動産 土地・建物) are property too', () => {
    const r = read([['差押執行件数'], ['区分', '令和4年度', '令和5年度'], ['不動産 土地・建物', 231, 168], ['預貯金', 784, 795], ['所得税還付金', 59, 89]]);
    expect(obs(r, 'B3')).toMatchObject({ value: 231, debt: null });
    expect(obs(r, 'B3')?.stage).toMatch(/不動産/);
  });
});

describe('rows a page writes 区分 X under 現年度分 (区分 普通徴収, 区分 特別徴収): parts of the year’s own', () => {
  const grid = (c9: number): GridCell[][] => [
    ['個人市民税の収納率(%)', null, null, null],
    [null, '令和5年度', '令和4年度', '増減'],
    ['現年度分', 99.1, 99.0, 0.1],
    ['区分 普通徴収', 97.5, 97.2, 0.3],
    ['区分 特別徴収', 99.9, 99.9, 0.0],
    ['滞納繰越分', 30.1, 28.0, 2.1],
    ['計', 97.2, 96.9, c9],
  ];

  test('each is of the table’s debt and of 現年度分, at the stage it names; no false finding', () => {
    const r = read(grid(0.3));
    expect(obs(r, 'B4')).toMatchObject({ value: 97.5, item: '収納率', fiscalYear: 2023, debt: '個人市民税', division: '現年度分', stage: '普通徴収' });
    expect(obs(r, 'C5')).toMatchObject({ value: 99.9, debt: '個人市民税', division: '現年度分', stage: '特別徴収' });
    expect(obs(r, 'B3')).toMatchObject({ value: 99.1, debt: '個人市民税', division: '現年度分', stage: null });
    expect(errors(r)).toEqual([]);
  });

  test('a 増減 typed wrong beside them is still found', () => {
    expect(errors(read(grid(0.9)))).toEqual(['delta-mismatch@D7']);
  });
});

test('a table titled as a group of taxes whole (普通税全体の収納率), stacked under a tax’s own, is their total, of no one debt', () => {
  const r = read([
    ['市たばこ税の収納率(%)', null, null, null],
    [null, '令和5年度', '令和4年度', '増減'],
    ['現年度分', 89.63, 88.94, 0.69],
    ['滞納繰越分', 100.0, 95.0, 5.0],
    ['普通税全体の収納率(%)', null, null, null],
    [null, '令和5年度', '令和4年度', '増減'],
    ['現年度分', 76.96, 76.64, 0.32],
    ['滞納繰越分', 32.61, 29.2, 3.41],
  ]);
  expect(obs(r, 'B3')).toMatchObject({ value: 89.63, debt: '市たばこ税', derived: null });
  expect(obs(r, 'B7')).toMatchObject({ value: 76.96, item: '収納率', fiscalYear: 2023, debt: null, derived: 'total', division: '現年度分' });
  expect(obs(r, 'D8')).toMatchObject({ value: 3.41, debt: null, derived: 'delta' });
  expect(errors(r)).toEqual([]);
});

test('a budget’s stages (予算額 over 当初 | 最終) are amounts planned, not the receivables a 当初 starts from', () => {
  const r = read([
    ['県税の決算状況', null, null, null, null, null],
    [null, '予算額', null, '調定額', '収入額', '収入歩合'],
    [null, '当初', '最終', null, null, null],
    ['令和4年度決算', 2580, 2600, 2661.8, 2634.1, 98.96],
    ['令和3年度決算', 2345, 2610, 2647.1, 2621.7, 99.04],
  ], ['B2:C2', 'D2:D3', 'E2:E3', 'F2:F3']);
  expect(obs(r, 'B4')).toMatchObject({ value: 2580, item: '金額', kind: 'target', fiscalYear: 2022, stage: '予算額(当初)' });
  expect(obs(r, 'C5')).toMatchObject({ value: 2610, item: '金額', kind: 'target', fiscalYear: 2021, stage: '予算額(最終)' });
  expect(obs(r, 'E4')).toMatchObject({ value: 2634.1, item: '収入済額', kind: 'actual' });
  expect(errors(r)).toEqual([]);
});

describe('the third review of this session’s rules', () => {
  test.each([['し尿処理手数料の収納状況は次のとおりです。', 'し尿処理手数料'], ['つくば市国民健康保険税の収納状況は以下のとおりです。', 'つくば市国民健康保険税']])('a sentence naming a debt written with kana (%s) still names it', (caption, debt) => {
    const r = read([[caption], ['区分', '調定額', '収入済額', '収納率'], ['令和4年度', 1000, 900, 90.0], ['令和3年度', 1100, 1000, 90.9]]);
    expect(obs(r, 'B3')).toMatchObject({ value: 1000, debt });
  });

  test('区分 rows beside 現年度分 merged down the first label column are the 現年度分, summed into the 合計', () => {
    const r = read([
      ['市民税の調定額(単位:千円)', null, null, null],
      [null, null, '令和5年度', '令和4年度'],
      ['現年度分', '区分 普通徴収', 400, 380],
      [null, '区分 特別徴収', 600, 590],
      ['滞納繰越分', null, 100, 120],
      ['合計', null, 1100, 1090],
    ], ['A3:A4', 'A5:B5', 'A6:B6']);
    expect(errors(r)).toEqual([]);
    expect(obs(r, 'C3')).toMatchObject({ value: 400, debt: '市民税', division: '現年度分', stage: '普通徴収' });
  });

  test('rows all written 区分 X (区分 現年度分 … 区分 合計) are read as their words say', () => {
    const grid = (b7: number): GridCell[][] => [
      ['市民税の調定額(単位:千円)', null, null], [null, '令和5年度', '令和4年度'],
      ['区分 現年度分', 1000, 970], ['区分 普通徴収', 400, 380], ['区分 特別徴収', 600, 590], ['区分 滞納繰越分', 100, 120], ['区分 合計', b7, 1090],
    ];
    expect(obs(read(grid(1100)), 'B6')).toMatchObject({ value: 100, division: '滞納繰越分' });
    expect(obs(read(grid(1100)), 'B7')).toMatchObject({ value: 1100, derived: 'total' });
    expect(errors(read(grid(1200)))).toEqual(['total-mismatch@B7']);
  });

  test('a 区分 row keeps the debt its row carries (市民税 | 現年度分 › 区分 普通徴収)', () => {
    const r = read([['市税の収納状況(単位:千円)', null, null, null], [null, null, '令和5年度', '令和4年度'], ['市民税', '現年度分', 1000, 990], [null, '区分 普通徴収', 400, 390], [null, '区分 特別徴収', 600, 600]]);
    expect(obs(r, 'C4')).toMatchObject({ value: 400, debt: '市民税', division: '現年度分', stage: '普通徴収' });
  });

  test('全体の収納率 of one debt stacked under its parts (一般被保険者分, 退職被保険者分), or 市民税全体の…, is that debt’s, no total', () => {
    const r = read([
      ['国民健康保険料の収納状況', null, null, null], [null, null, null, null],
      ['一般被保険者分の収納率(%)', null, null, null], [null, '令和5年度', '令和4年度', '増減'], ['現年度分', 94.0, 93.8, 0.2], ['滞納繰越分', 25.0, 24.0, 1.0], [null, null, null, null],
      ['全体の収納率(%)', null, null, null], [null, '令和5年度', '令和4年度', '増減'], ['現年度分', 94.5, 94.3, 0.2], ['滞納繰越分', 26.0, 25.0, 1.0],
    ]);
    expect(obs(r, 'B10')?.derived).toBeNull();
    const s = read([['市民税全体の収納率(%)', null, null, null], [null, '令和5年度', '令和4年度', '増減'], ['現年度分', 99.0, 98.8, 0.2], ['滞納繰越分', 30.0, 29.0, 1.0]]);
    expect(obs(s, 'B3')?.derived).toBeNull();
  });

  test('a budget’s stages keep their column’s year, debt and total (令和5年度 › 予算額 › 当初; 市民税 | 合計 › 予算額 › 当初)', () => {
    const r = read([
      ['市税収入の状況(単位:百万円)', null, null, null, null, null],
      ['区分', '令和5年度', null, null, '令和4年度', null],
      [null, '予算額', null, '決算額', '予算額', '決算額'],
      [null, '当初', '最終', null, '最終', null],
      ['市民税', 5000, 5200, 5300, 5100, 5150], ['固定資産税', 4000, 3900, 4000, 3950, 3960], ['計', 9000, 9100, 9300, 9050, 9110],
    ], ['B2:D2', 'E2:F2', 'B3:C3', 'D3:D4', 'F3:F4']);
    expect(obs(r, 'B5')).toMatchObject({ value: 5000, item: '金額', kind: 'target', fiscalYear: 2023, debt: '市民税', stage: '予算額(当初)' });
    expect(obs(r, 'E5')).toMatchObject({ value: 5100, fiscalYear: 2022, debt: '市民税' });
    const s = read([
      ['市税の予算額の推移(単位:千円)', null, null, null, null, null, null],
      [null, '市民税', null, '固定資産税', null, '合計', null],
      [null, '予算額', null, '予算額', null, '予算額', null],
      [null, '当初', '最終', '当初', '最終', '当初', '最終'],
      ['令和5年度', 5000, 5200, 3000, 3100, 8000, 8300], ['令和4年度', 4900, 5000, 2900, 3000, 7800, 8000],
    ], ['B2:C2', 'D2:E2', 'F2:G2', 'B3:C3', 'D3:E3', 'F3:G3']);
    expect(obs(s, 'D5')).toMatchObject({ value: 3000, debt: '固定資産税', item: '金額', kind: 'target' });
    expect(obs(s, 'F5')).toMatchObject({ value: 8000, derived: 'total' });
  });
});

test('a caption of a debt as a whole (県税全体の決算状況) names that debt', () => {
  const r = read([['県税全体の決算状況', null, null, null], [null, '調定額', '収入額', '収入歩合'], ['令和4年度', 2661.8, 2634.1, 98.96], ['令和3年度', 2647.1, 2621.7, 99.04]]);
  expect(obs(r, 'B3')).toMatchObject({ value: 2661.8, item: '調定額', fiscalYear: 2022, debt: '県税' });
});

test('a list of a year’s 滞納処分 (給与・報酬 24件, 所得税・県税の還付, 捜索): kinds of property and acts, no debts', () => {
  const r = read([
    ['町では税などの滞納額を解消するため、差し押さえや捜索などの滞納処分を実施しています。', null],
    ['平成25年度滞納処分の状況', null],
    ['給与・報酬', '24件'],
    ['預貯金債権', '13件'],
    ['所得税・県税の還付', '23件'],
    ['捜索', '2件'],
  ]);
  expect(obs(r, 'B3')).toMatchObject({ value: 24, item: '件数', fiscalYear: 2013, debt: null, stage: '給与・報酬' });
  expect(obs(r, 'B5')).toMatchObject({ value: 23, debt: null, stage: '所得税・県税の還付' });
  expect(obs(r, 'B6')).toMatchObject({ value: 2, debt: null, stage: '捜索' });
});

test('the paying of taxes in a sentence (納税は国民の義務です) is no debt beside the one the page names (市税は、納期限までに…)', () => {
  const r = read([
    ['納税は国民の義務です。市税は、納期限までに納付しましょう。', null],
    ['◆令和5年度滞納処分実績(累計)', null],
    ['家宅捜索', '7件'],
    ['預貯金債権', '898件'],
  ]);
  expect(obs(r, 'B3')).toMatchObject({ value: 7, item: '件数', fiscalYear: 2023, debt: '市税', stage: '家宅捜索' });
  expect(obs(r, 'B4')).toMatchObject({ value: 898, debt: '市税' });
});

describe('a results form that prints no year, under a title dated by the month it was published', () => {
  const grid = (title: string): GridCell[][] => [
    [title, null, null, null],
    ['(単位:千円)', null, null, null],
    ['税目', '調定額', '収入済額', '徴収率'],
    ['市町村民税', 116203, 114224, 98.3],
    ['固定資産税', 137733, 129580, 94.1],
  ];

  test.each([
    ['市町村税の徴収実績調-200305(平成15年5月)', 2002],
    ['徴収状況に関する調-201405(平成26年5月)', 2013],
    ['県税の収入状況(令和5年2月末現在)', 2022],
    ['市税の徴収実績 2014年4月', 2013],
    ['市税収納状況(令和6年5月31日時点)', 2023],
  ])('%s: the fiscal year that closes or runs at that date (April and May close the year before, its 出納整理期間)', (title, year) => {
    const r = read(grid(title));
    expect(obs(r, 'B4')).toMatchObject({ value: 116203, item: '調定額', fiscalYear: year, debt: '市町村民税' });
    expect(obs(r, 'D5')).toMatchObject({ value: 94.1, fiscalYear: year });
  });

  test.each([
    ['市税の収入状況(令和3年7月13日更新)'],
    ['市税の収入状況(平成26年5月)(平成27年5月)'],
    ['市税の収入状況 平成26年10月'],
    ['(平成31年3月7日記者発表)保育料の徴収漏れについて'],
    ['○○市債権管理計画(令和6年3月策定)'],
    ['○○市債権管理計画 令和6年3月'],
    ['債権管理の状況(令和6年3月作成)'],
    ['市税だより 2024年1月号 収納状況'],
    ['令和6年2月 総務常任委員会資料'],
    ['令和6年3月'],
  ])('%s: a date from June on, two dates, the day of an event, a document made then, a plan’s title, or a title saying no results give no year', (title) => {
    expect(obs(read(grid(title)), 'B4')).toMatchObject({ value: 116203, fiscalYear: null });
  });

  test('a rate typed wrong is still found', () => {
    expect(errors(read(grid('市町村税の徴収実績調-200305(平成15年5月)'), [], { D4: 89.3 }))).toEqual(['rate-mismatch@D4']);
  });

  test('a tab naming its 年度 says more than the title’s date (市税収納状況(令和5年4月末現在) on 令和5年度: 2023)', () => {
    expect(obs(read(grid('市税収納状況(令和5年4月末現在)'), [], {}, '令和5年度'), 'B4')).toMatchObject({ fiscalYear: 2023 });
  });

  test('a plan’s targets under a title dated when it was made are of no year taken from that date', () => {
    const plan: GridCell[][] = [['○○市債権管理計画(令和6年3月)', null, null], ['(単位:%)', null, null], ['債権名', '現状の収納率', '目標収納率'], ['市税', 97.2, 98.0], ['国民健康保険税', 92.1, 93.5]];
    expect(obs(read(plan), 'C4')).toMatchObject({ value: 98.0, fiscalYear: null, kind: 'target' });
  });
});

describe('a form’s header five rows deep (groups merged across, tags, 件数 | 税額, a lower tier, units), a 区分 once at its first row, a total lettered 計A', () => {
  const grid: GridCell[][] = [
    ['県税の徴収状況', null, null, null, null, null, null, null, null],
    ['区分', null, null, '調定額', null, '収入額', null, '滞納額', null],
    [null, null, null, '①', null, '②', null, '③', null],
    [null, null, null, '件 数', '税 額', '件 数', '税 額', '差押中', null],
    [null, null, null, null, null, null, null, '件 数', '税 額'],
    [null, null, null, null, '千円', null, '千円', null, '千円'],
    ['現年課税分', null, '個人事業税', 1000, 80000, 900, 70000, 10, 900],
    [null, null, '自動車税', 5000, 160000, 4500, 150000, 20, 1500],
    [null, null, '計A', 6000, 240000, 5400, 220000, 30, 2400],
  ];
  const merges = ['A2:C2', 'D2:E2', 'F2:G2', 'H2:I2', 'D3:E3', 'F3:G3', 'H3:I3', 'H4:I4'];

  test('the top row of groups names each column’s item; the 区分 written once is every row’s; 計A is their total', () => {
    const r = read(grid, merges);
    expect(obs(r, 'E7')).toMatchObject({ value: 80000, item: '調定額', unit: '千円', debt: '個人事業税', division: '現年度分' });
    expect(obs(r, 'G8')).toMatchObject({ value: 150000, item: '収入済額', unit: '千円', debt: '自動車税', division: '現年度分' });
    expect(obs(r, 'D8')).toMatchObject({ value: 5000, item: '件数', division: '現年度分' });
    expect(obs(r, 'E9')).toMatchObject({ value: 240000, item: '調定額', derived: 'total', debt: null });
    expect(errors(r)).toEqual([]);
  });

  test.each(['総計'])('計A and 計B over their groups, then %s: each sums its own group, no false finding; a rate typed wrong on 計A still found', (grand) => {
    const rl: GridCell[][] = [
      ['市税等の収納状況(単位:千円)', null, null, null],
      ['区分', '調定額(A)', '収入済額(B)', '収納率(B/A)'],
      ['市民税', 5000, 4800, 96.0],
      ['固定資産税', 4000, 3900, 97.5],
      ['計A', 9000, 8700, 96.7],
      ['国民健康保険税', 3000, 2700, 90.0],
      ['介護保険料', 1000, 980, 98.0],
      ['計B', 4000, 3680, 92.0],
      [grand, 13000, 12380, 95.2],
    ];
    expect(errors(read(rl))).toEqual([]);
    expect(errors(read(rl, [], { D5: 99.9 }))).toEqual(['rate-mismatch@D5']);
    expect(errors(read(rl, [], { B8: 4100 }))).toEqual(expect.arrayContaining(['total-mismatch@B8']));
  });

  test('a 計A that is not the sum of its rows is found at its cell', () => {
    expect(errors(read(grid, merges, { F9: 5500 }))).toEqual(['total-mismatch@F9']);
  });

  test('a title merged across the table five rows up stays its caption (its year every column’s), not a header', () => {
    const body: GridCell[][] = [
      ['令和4年度 県税の徴収状況', null, null, null, null, null, null, '(単位:件、千円)', null],
      ['区分', null, null, '調定額', null, '収入額', null, '滞納額', null],
      [null, null, null, '①', null, '②', null, '③', null],
      [null, null, null, '件 数', '税 額', '件 数', '税 額', '件 数', '税 額'],
      [null, null, null, null, '千円', null, '千円', null, '千円'],
      ['現年課税分', null, '個人事業税', 1000, 80000, 900, 70000, 100, 10000],
      [null, null, '自動車税', 5000, 160000, 4500, 150000, 500, 10000],
    ];
    const r = read(body, ['A2:C2', 'D2:E2', 'F2:G2', 'H2:I2', 'D3:E3', 'F3:G3', 'H3:I3', 'A1:G1', 'H1:I1']);
    expect(obs(r, 'E6')).toMatchObject({ value: 80000, item: '調定額', fiscalYear: 2022 });
    expect(obs(r, 'I7')).toMatchObject({ value: 10000, fiscalYear: 2022 });
    expect(obs(r, 'E6')?.stage ?? null).not.toBe('令和4年度県税の徴収状況');
  });

  test('so does a caption naming the kind (収納率の目標) over 実績 | 目標 columns', () => {
    const r = read(
      [['令和5年度 収納率の目標', null, null, null, '(単位:%)'], ['債権名', '現年度分', null, '滞納繰越分', null], [null, '実績', '目標', '実績', '目標'], [null, '(A)', '(B)', '(C)', '(D)'], [null, '%', '%', '%', '%'], ['市税', 99.0, 99.2, 30.0, 32.0], ['国保税', 95.0, 95.5, 20.0, 22.0]],
      ['A1:D1', 'B2:C2', 'D2:E2'],
    );
    expect(obs(r, 'B6')).toMatchObject({ value: 99.0, kind: 'actual', fiscalYear: 2023 });
    expect(obs(r, 'E7')).toMatchObject({ value: 22.0, kind: 'target', fiscalYear: 2023 });
  });

  test('with no merge over its groups, a fifth row up is no header (a line of text above a list)', () => {
    const list: GridCell[][] = [
      ['国民健康保険料の収納率'],
      ['収納率は、以下のとおりです。'],
      ['保険料収納率の状況'],
      ['保険料収納率の状況【都道府県別】'],
      ['出所:厚生労働省「国民健康保険の財政状況について」'],
      ['島根県:96.82%'],
      ['佐賀県:96.30%'],
    ];
    expect(obs(read(list), 'A6')).toMatchObject({ value: 96.82, debt: '国民健康保険料' });
  });
});

describe('a collection body named by its page (…租税債権管理機構…), its 徴収額 under years: arrears recovered', () => {
  const grid: GridCell[][] = [
    ['令和4年度 租税債権管理機構の活動状況', null, null],
    ['徴収状況(単位:千円)', null, null],
    ['区分', '令和3年度', '令和4年度'],
    ['徴収額', 52000, 61000],
    ['徴収率', 30.5, 33.1],
  ];

  test('a matrix of years: the 徴収額 is 回収額, the rate a rate', () => {
    const r = read(grid);
    expect(obs(r, 'B4')).toMatchObject({ value: 52000, item: '回収額', fiscalYear: 2021, unit: '千円' });
    expect(obs(r, 'C5')).toMatchObject({ value: 33.1, item: '収納率', fiscalYear: 2022 });
  });

  test.each([
    ['a column of what the city handed over', [['市税滞納繰越分の状況(単位:千円)', null, null, null, null], ['税目', '滞納繰越額', '収入済額', '機構への移管額', '収入未済額'], ['市民税', 1000, 200, 100, 700], ['固定資産税', 2000, 300, 200, 1500]], 'C3'],
    ['a title naming a reform of the bodies', [['市税の収納状況(機構改革後)(単位:千円)', null, null], ['区分', '令和4年度', '令和5年度'], ['収入済額', 9000, 9500], ['収入未済額', 800, 700]], 'B3'],
    ['a loan book under the national body’s rule', [['奨学金貸付金の償還状況(日本学生支援機構の基準による)', null, null, null], ['年度', '収入済額', '収入未済額', '収納率'], ['令和4年度', 900, 100, 90.0], ['令和5年度', 950, 50, 95.0]], 'B3'],
  ] as [string, GridCell[][], string][])('a city’s own collections stay 収入済額: %s', (_what, g, cell) => {
    expect(obs(read(g), cell)).toMatchObject({ item: '収入済額' });
  });

  test('a city’s own 徴収額 (no body, nothing handed over) stays what was collected of its 調定額', () => {
    const own = read([['市税の徴収状況(単位:千円)', null, null], ['税目', '調定額', '徴収額'], ['市民税', 1000, 950], ['固定資産税', 2000, 1900]]);
    expect(obs(own, 'C3')).toMatchObject({ value: 950, item: '収入済額' });
  });
});

test('a list under <現年度納付率> is of the year’s own (現年度分), as 現年度分収納率 is; one under <最終納付率> of no 区分', () => {
  const r = read([['国民年金保険料の納付率'], ['<最終納付率>'], ['平成14年度:66.9%'], ['平成15年度:67.4%'], ['<現年度納付率>'], ['平成14年度:62.8%'], ['平成15年度:63.4%']]);
  expect(obs(r, 'A6')).toMatchObject({ value: 62.8, item: '収納率', fiscalYear: 2002, division: '現年度分' });
  expect(obs(r, 'A3')).toMatchObject({ value: 66.9, fiscalYear: 2002, division: null });
});

test('a 差押 table of kinds of property under its own heading is not of the debt of the table above it (市税の収納率 …), only of one its page’s sentences name', () => {
  const grid: GridCell[][] = [
    ['市税の収納率と滞納繰越額の推移', null, null, null],
    [null, '27年度', '28年度', '29年度'],
    ['収納率', '94.5%', '95.0%', '95.7%'],
    ['滞納繰越額', '7.2億円', '6.4億円', '5.5億円'],
    ['重点的な滞納処分', null, null, null],
    ['納期限を過ぎても納付しない人には、財産を差し押さえ滞納整理を行っています。過去の差押状況は下表のとおりです。', null, null, null],
    [null, '預貯金', '給与', '合計'],
    ['29年度', '502件', '62件', '564件'],
    ['28年度', '557件', '68件', '625件'],
  ];
  expect(obs(read(grid), 'B8')).toMatchObject({ value: 502, item: '件数', debt: null, stage: '預貯金' });
  const named = grid.map((row, i) => (i === 5 ? ['市税を滞納すると、財産を差し押さえ滞納整理を行います。過去の差押状況は下表のとおりです。', null, null, null] : row));
  expect(obs(read(named), 'B8')).toMatchObject({ value: 502, debt: '市税' });
});

test('a note under a table of no year saying whose its bracketed figures are (注1:( )は平成28年度実績) dates the figures beside them the year after', () => {
  const grid: GridCell[][] = [
    ['滞納処分(差押)を実施しております', null, null],
    ['差押項目', '件数', '差押金額'],
    ['預貯金', '363件(288件)', '15,497千円(15,361千円)'],
    ['生命保険', '24件(21件)', '2,828千円(2,708千円)'],
    ['その他債権', '0件(3件)', '(2,514千円)'],
    ['合計', '387件(312件)', '18,325千円(20,583千円)'],
    ['注1:( )は平成28年度実績', null, null],
  ];
  expect(obs(read(grid), 'B3')).toMatchObject({ value: 363, item: '件数', fiscalYear: 2017 });
  expect(obs(read(grid), 'C6')).toMatchObject({ value: 18325, fiscalYear: 2017, derived: 'total' });
  // A cell holding only the bracketed figure: that year's result, no old target.
  expect(obs(read(grid), 'C5')).toMatchObject({ value: 2514, fiscalYear: 2016, kind: 'actual' });
  expect(errors(read(grid, [], { B6: '389件(312件)' }))).toEqual(['total-mismatch@B6']);
});

test('in a column’s header beside 前年度収納率, 現年度収納率 is this year’s rate, no 区分: neither is checked against the other year’s amounts', () => {
  const r = read([['年度', '調定額', '収入済額', '現年度収納率', '前年度収納率'], ['令和4年度', 5000, 4800, 96.0, 95.5], ['令和5年度', 5100, 4900, 96.1, 96.0]]);
  expect(errors(r)).toEqual([]);
  expect(obs(r, 'D2')).toMatchObject({ value: 96.0, item: '収納率' });
});

describe('a row table’s totals lettered as a form’s rows (計A, 計B): subtotals, each of its own section, as 小計 are', () => {
  const rows: GridCell[][] = [
    ['令和5年度 市税等の収納状況(単位:千円)', null, null, null],
    ['税目', '調定額', '収入済額', '収納率'],
    ['市民税', 5000, 4800, 96.0],
    ['固定資産税', 4000, 3900, 97.5],
    ['計A', 9000, 8700, 96.7],
    ['国民健康保険税', 3000, 2700, 90.0],
    ['介護保険料', 1000, 980, 98.0],
    ['計B', 4000, 3680, 92.0],
  ];
  test.each([['nothing after them', []], ['総計', [['総計', 13000, 12380, 95.2]]], ['合計(A+B)', [['合計(A+B)', 13000, 12380, 95.2]]], ['総計(A+B)', [['総計(A+B)', 13000, 12380, 95.2]]]] as [string, GridCell[][]][])('then %s: no debt 計A, no false finding; a 計B not the sum of its section found', (_what, after) => {
    const r = read([...rows, ...after]);
    expect(obs(r, 'B5')).toMatchObject({ value: 9000, item: '調定額', debt: null, derived: 'total' });
    expect(errors(r)).toEqual([]);
    expect(errors(read([...rows, ...after], [], { C8: 3700 }))).toEqual(expect.arrayContaining(['total-mismatch@C8']));
  });

  test('合計(A+B) that is not 計A + 計B is found at its cell', () => {
    expect(errors(read([...rows, ['合計(A+B)', 13100, 12380, 94.5]], [], {}))).toEqual(expect.arrayContaining(['total-mismatch@B9']));
  });
});

describe('a note saying whose the bracketed figures are dates nothing unless it says results', () => {
  const grid = (note: string): GridCell[][] => [
    ['滞納処分(差押)を実施しております', null, null],
    ['差押項目', '件数', '差押金額'],
    ['預貯金', '363件(288件)', '15,497千円(15,361千円)'],
    ['生命保険', '24件(21件)', '2,828千円(2,708千円)'],
    [note, null, null],
  ];
  test.each(['( )内は令和5年度目標', '※( )内は、うち令和4年度課税分', '注1:( )は平成28年度からの累計', '( )内は、令和2年度以前分を含む', '( )は令和5年度見込み', '( )内は令和元年度末現在の件数'])('%s', (note) => {
    expect(obs(read(grid(note)), 'B3')).toMatchObject({ value: 363, fiscalYear: null });
  });

  test('bracketed rows under a note of that year’s results keep their row’s debt', () => {
    const r = read([
      ['債権別の収納率(単位:%)', null, null],
      ['債権名', '現年度分', '滞納繰越分'],
      ['市税', 98.5, 30.2],
      [null, '(98.0)', '(28.0)'],
      ['国民健康保険税', 94.0, 20.1],
      [null, '(95.0)', '(22.0)'],
      ['( )内は令和4年度実績', null, null],
    ]);
    expect(obs(r, 'B4')).toMatchObject({ value: 98.0, fiscalYear: 2022, kind: 'actual', debt: '市税' });
    expect(obs(r, 'B3')).toMatchObject({ value: 98.5, fiscalYear: 2023, debt: '市税' });
  });
});

test('a 差押 table under another of the same page’s 差押 (件数, then 金額) keeps its debt', () => {
  const r = read([
    ['市税の差押状況', null, null, null, null],
    ['差押件数の推移', null, null, null, null],
    ['年度', '預貯金', '給与', '不動産', '合計'],
    ['令和2年度', 380, 90, 30, 500],
    ['令和3年度', 390, 95, 35, 520],
    [null, null, null, null, null],
    ['差押金額の推移(千円)', null, null, null, null],
    ['年度', '預貯金', '給与', '不動産', '合計'],
    ['令和2年度', 50000, 20000, 10000, 80000],
    ['令和3年度', 52000, 21000, 9000, 82000],
  ]);
  expect(obs(r, 'B4')).toMatchObject({ value: 380, debt: '市税' });
  expect(obs(r, 'B9')).toMatchObject({ value: 50000, debt: '市税', fiscalYear: 2020 });
});

describe('a form whose header rows break a word (Cのうち徴収 / 猶予に係る調 / 定済額) and whose rates lost their fractions (─ ×100 alone)', () => {
  const grid: GridCell[][] = [
    ['市町村税の徴収実績(平成14年度)(単位:千円)', null, null, null, null, null, null, null, null, null, null],
    [null, '調 定 済 額', null, null, 'Cのうち徴収', '収 入 済 額', null, null, '徴 収 率 (%)', null, null],
    [null, '現年課税分', '滞納繰越分', '合 計', '猶予に係る調', '現年課税分', '滞納繰越分', '合 計', '─ ×100', '─ ×100', '─ ×100'],
    [null, 'A', 'B', 'C', '定済額', 'E', 'F', 'G', null, null, null],
    ['市町村民税', 1000, 200, 1200, 0, 980, 20, 1000, 98.0, 10.0, 83.3],
    ['固定資産税', 2000, 400, 2400, 5, 1900, 100, 2000, 95.0, 25.0, 83.3],
  ];
  const merges = ['B2:D2', 'F2:H2', 'I2:K2'];

  test('the broken word is read whole: 調定額, not an amount of no item', () => {
    expect(obs(read(grid, merges), 'E5')).toMatchObject({ value: 0, item: '調定額', division: null, fiscalYear: 2002, debt: '市町村民税' });
  });

  test('the rates take the 区分 of the amount groups’ columns in order, and each is checked against its own', () => {
    const r = read(grid, merges);
    expect(obs(r, 'I5')).toMatchObject({ value: 98, item: '収納率', division: '現年度分', debt: '市町村民税' });
    expect(obs(r, 'J6')).toMatchObject({ value: 25, item: '収納率', division: '滞納繰越分', debt: '固定資産税' });
    expect(obs(r, 'K6')).toMatchObject({ value: 83.3, item: '収納率', division: '全体', derived: null, debt: '固定資産税' });
    expect(errors(r)).toEqual([]);
    expect(errors(read(grid, merges, { J5: 1.0 }))).toEqual(['rate-mismatch@J5']);
  });

  test('the broken word’s last line alone in a row of its own (…猶予に係る調 / 定済額) is no caption: the table is read', () => {
    // The same form with its 徴収猶予 column's header one row lower: 定済額 alone under the letters A B C … E F G.
    const lone = [
      grid[0],
      ...[1, 2, 3].map((i) => grid[i].map((v, c) => (c === 4 ? (i === 1 ? null : grid[i - 1][4]) : v))),
      grid[3].map((_, c) => (c === 4 ? '定済額' : null)),
      ...grid.slice(4),
    ];
    const r = read(lone, merges);
    expect(obs(r, 'E7')).toMatchObject({ value: 5, item: '調定額', debt: '固定資産税', fiscalYear: 2002 });
    expect(obs(r, 'J6')).toMatchObject({ value: 10, item: '収納率', division: '滞納繰越分', debt: '市町村民税' });
    expect(errors(r)).toEqual([]);
  });

  test('rates alike under a group of another count than the amount groups’ are left without a 区分', () => {
    const two = grid.map((row) => row.slice(0, 10));
    expect(obs(read(two, ['B2:D2', 'F2:H2', 'I2:J2']), 'I5')).toMatchObject({ value: 98, item: '収納率', division: null });
  });
});

describe('offices indented under a region (東 部 over 徳 島, 吉野川, 自動車税; then 南部, 西部, 計)', () => {
  const grid: GridCell[][] = [
    ['10 県税収入額累年比較(局・庁舎別)', null, null, null, null],
    ['(単位:千円)', null, null, null, null],
    [null, null, '収 入 額', null, null],
    ['局・庁舎', null, 26, 27, 28],
    ['東 部', null, 1300, 1400, 1500],
    [null, '徳 島', 1000, 1100, 1200],
    [null, '吉野川', 200, 200, 200],
    [null, '自動車税', 100, 100, 100],
    ['南部', null, 500, 600, 600],
    ['西部', null, 400, 300, 300],
    ['計', null, 2200, 2300, 2400],
  ];
  const merges = ['A4:B4', 'C3:E3'];

  test('each office is a department, no debt (自動車税 is the office’s name), the region’s row their subtotal', () => {
    const r = read(grid, merges);
    expect(obs(r, 'C6')).toMatchObject({ value: 1000, department: '徳島', debt: null, derived: null, fiscalYear: 2014 });
    expect(obs(r, 'D8')).toMatchObject({ value: 100, department: '自動車税', debt: null, derived: null });
    expect(obs(r, 'C5')).toMatchObject({ value: 1300, department: '東部', debt: null, derived: 'total' });
    expect(obs(r, 'E9')).toMatchObject({ value: 600, department: '南部', debt: null, derived: null });
    expect(errors(r)).toEqual([]);
  });

  test('an office’s figure typed wrong is found at its region’s subtotal, not again at the 計 the region stands in', () => {
    expect(errors(read(grid, merges, { D6: 1190 }))).toEqual(['total-mismatch@D5']);
  });

  test('a row listed again ((再掲)徳島市分) among the offices is no part of their sum', () => {
    const again = [...grid.slice(0, 6), [null, '(再掲)徳島市分', 600, 650, 700], ...grid.slice(6)];
    expect(errors(read(again, merges))).toEqual([]);
    expect(errors(read(again, merges, { C8: 250 }))).toEqual(['total-mismatch@C5']);
  });

  test('regions printed after their offices (徳島市, 鳴門市, then 東部): each sums the offices above it, not the next region’s', () => {
    const after: GridCell[][] = [
      ...grid.slice(0, 4),
      [null, '徳島市', 1000, 1100, 1200],
      [null, '鳴門市', 200, 200, 200],
      ['東部', null, 1200, 1300, 1400],
      [null, '美馬市', 300, 300, 300],
      [null, '三好市', 200, 200, 200],
      ['西部', null, 500, 500, 500],
      ['計', null, 1700, 1800, 1900],
    ];
    const r = read(after, merges);
    expect(errors(r)).toEqual([]);
    expect(obs(r, 'C8')).toMatchObject({ value: 300, department: '美馬市', debt: null });
    expect(obs(r, 'C7')).toMatchObject({ value: 1200, department: '東部', derived: 'total' });
    // A figure typed wrong there is found at its region only.
    expect(errors(read(after, merges, { D6: 250 }))).toEqual(['total-mismatch@D7']);
  });

  test('a region that is not the sum of its offices is found, though no column of it adds up', () => {
    const shifted = grid.map((row, i) => (i === 4 ? ['東 部', null, 1250, 1300, 1400] : i === 10 ? ['計', null, 2150, 2200, 2300] : row));
    expect(errors(read(shifted, merges))).toEqual(['total-mismatch@C5', 'total-mismatch@D5', 'total-mismatch@E5']);
  });
});

test('a subtotal found by its sums above its rows (東部 over 徳島 … in one label column) sums those rows only, not the rows after them', () => {
  const grid: GridCell[][] = [
    ['10 県税収入額累年比較(局・庁舎別)', null, null, null],
    ['(単位:千円)', null, null, null],
    [null, '収 入 額', null, null],
    ['局・庁舎', 26, 27, 28],
    ['東部', 1300, 1400, 1500],
    ['徳島', 1000, 1100, 1200],
    ['吉野川', 200, 200, 200],
    ['鳴門', 100, 100, 100],
    ['南部', 500, 600, 600],
    ['西部', 400, 300, 300],
    ['計', 2200, 2300, 2400],
  ];
  const r = read(grid, ['B3:D3']);
  expect(obs(r, 'B5')).toMatchObject({ value: 1300, derived: 'total' });
  expect(errors(r)).toEqual([]);
  expect(errors(read(grid, ['B3:D3'], { C10: 400 }))).toEqual(['total-mismatch@C11']);
});

test('a debt named across with its letter tag (本税・料(B), 督促(C)) is that debt; the letter stays the column’s, for the sum it is part of', () => {
  const grid: GridCell[][] = [
    ['租税債権管理機構 受託額(単位:千円)', null, null, null],
    [null, '全体(A)=(B)+(C)', '本税・料(B)', '督促(C)'],
    ['令和4年度', 83968, 83485, 483],
    ['令和5年度', 79990, 79538, 452],
  ];
  const r = read(grid);
  expect(obs(r, 'C3')).toMatchObject({ value: 83485, debt: '本税・料', fiscalYear: 2022 });
  expect(obs(r, 'D4')).toMatchObject({ value: 452, debt: '督促', fiscalYear: 2023 });
  expect(errors(r)).toEqual([]);
  expect(errors(read(grid, [], { D4: 542 }))).toEqual(['total-mismatch@B4']);
});

test('letters in angle brackets (滞納額<A>, 差押額<B>, 割合<B/A>) tag and divide as round ones do', () => {
  const grid: GridCell[][] = [
    ['滞納処分の状況(単位:千円、%)', null, null, null],
    ['年度', '滞納額<A>', '差押額<B>', '割合<B/A>'],
    ['令和4年度', 50000, 10000, 20.0],
    ['令和5年度', 40000, 10000, 25.0],
  ];
  const r = read(grid);
  expect(obs(r, 'D3')).toMatchObject({ value: 20, item: '比率', derived: 'ratio' });
  expect(errors(r)).toEqual([]);
  expect(errors(read(grid, [], { D4: 52.0 }))).toEqual(['ratio-mismatch@D4']);
});


test('内 in a label column of its own, the part’s name beside it (内 | 源泉所得税): a part of the row above, not summed again into the total', () => {
  const grid: GridCell[][] = [
    ['令和3年度租税滞納状況(単位:百万円)', null, null, null],
    [null, null, '新規発生滞納額', '整理済額'],
    ['全税目', null, 12000, 9000],
    ['所得税', null, 9000, 7000],
    ['内', '源泉所得税', 2000, 1500],
    ['内', '申告所得税', 7000, 5500],
    ['法人税', null, 3000, 2000],
  ];
  const merges = ['A2:B2', 'A3:B3', 'A4:B4', 'A7:B7'];
  const r = read(grid, merges);
  expect(obs(r, 'C5')).toMatchObject({ value: 2000, debt: '源泉所得税', item: '現年度発生分' });
  expect(obs(r, 'C3')).toMatchObject({ value: 12000, derived: 'total' });
  expect(errors(r)).toEqual([]);
  expect(errors(read(grid, merges, { D7: 2500 }))).toEqual(['total-mismatch@D3']);
});

test('a column of households in arrears (滞納世帯数(世帯)) is a count of them, no debt; a 滞納率 is the share in arrears, no collection rate', () => {
  const grid: GridCell[][] = [
    ['国民健康保険税の滞納世帯数と割合(令和4年度)', null, null, null],
    ['順位', '市町村', '滞納世帯数(世帯)', '滞納率(%)'],
    ['1位', 'A市', 1165, 11.0],
    ['2位', 'B町', 1802, 12.3],
    ['3位', 'C村', 1819, 13.4],
  ];
  const r = read(grid);
  expect(obs(r, 'C3')).toMatchObject({ value: 1165, item: '件数', debt: '国民健康保険税', stage: '滞納世帯数(世帯)', fiscalYear: 2022 });
  expect(obs(r, 'D4')).toMatchObject({ value: 12.3, item: '比率', debt: '国民健康保険税' });
  expect(errors(r)).toEqual([]);
});

describe('totals and captions around subtotals printed over their rows (a review’s findings)', () => {
  test('a lettered or named sum printed after the 合計 leaves the 合計 its own rows', () => {
    const lettered: GridCell[][] = [
      ['市の債権の収入状況(単位:千円)', null, null, null],
      ['区分', '令和3年度', '令和4年度', '令和5年度'],
      ['市税(A)', 10000, 11000, 12000],
      ['国民健康保険税(B)', 5000, 6000, 6500],
      ['介護保険料', 2000, 2100, 2200],
      ['合計', 17000, 19100, 20700],
      ['税計(A+B)', 15000, 17000, 18500],
    ];
    expect(errors(read(lettered))).toEqual([]);
    expect(errors(read(lettered, [], { C5: 2200 }))).toEqual(['total-mismatch@C6']);
    const named: GridCell[][] = [
      ['奨学金貸付金の状況(単位:千円)', null, null, null],
      ['区分', '令和3年度', '令和4年度', '令和5年度'],
      ['償還済', 600, 650, 700],
      ['免除', 100, 100, 100],
      ['未償還', 300, 250, 200],
      ['合計', 1000, 1000, 1000],
      ['償還済・免除の計', 700, 750, 800],
    ];
    expect(errors(read(named))).toEqual([]);
  });

  test('a total printed first sums the rows of 0 right after those that add up: a figure typed there is found', () => {
    const grid: GridCell[][] = [
      ['市税収入額の推移(単位:千円)', null, null, null],
      ['区分', '令和3年度', '令和4年度', '令和5年度'],
      ['市税', 15000, 15500, 16000],
      ['市民税', 8000, 8200, 8500],
      ['固定資産税', 6000, 6200, 6400],
      ['軽自動車税', 1000, 1100, 1100],
      ['旧法による税', 0, 0, 0],
    ];
    expect(errors(read(grid))).toEqual([]);
    expect(errors(read(grid, [], { C7: 50 }))).toEqual(['total-mismatch@C3']);
  });

  test('the next table’s caption in the first figure column, right under a table, is that table’s caption, no header line', () => {
    const grid: GridCell[][] = [
      ['(1) 市税の収納状況(単位:千円)', null, null, null],
      ['区分', '調定額', '収入済額', '収入未済額'],
      ['現年度分', 10000, 9800, 200],
      ['滞納繰越分', 1000, 300, 700],
      ['合計', 11000, 10100, 900],
      [null, '(2) 国民健康保険税の収納状況', null, null],
      ['区分', '調定額', '収入済額', '収入未済額'],
      ['現年度分', 5000, 4700, 300],
      ['滞納繰越分', 800, 200, 600],
      ['合計', 5800, 4900, 900],
    ];
    const r = read(grid);
    expect(obs(r, 'B8')).toMatchObject({ value: 5000, item: '調定額', debt: '国民健康保険税', division: '現年度分' });
    expect(errors(r)).toEqual([]);
  });
});

describe('subtotals, section lines and counted columns (a second review’s findings)', () => {
  const taxesThenKokuho: GridCell[][] = [
    ['収入未済額の推移(単位:千円)', null, null, null],
    ['区分', '令和3年度', '令和4年度', '令和5年度'],
    ['市税', 1500, 1650, 1800],
    ['個人市民税', 700, 800, 900],
    ['法人市民税', 300, 300, 300],
    ['固定資産税', 500, 550, 600],
    ['国民健康保険税', 1000, 1100, 1200],
  ];

  test('a total printed first over some rows (市税 over its taxes), another debt after them and no total below: no finding', () => {
    expect(errors(read(taxesThenKokuho))).toEqual([]);
  });

  test('an unlabelled total printed first with one figure of its rows typed wrong is still their total: the error found at it, in its column only', () => {
    const grid = [...taxesThenKokuho, ['合計', 2500, 2750, 3000]];
    expect(errors(read(grid))).toEqual([]);
    expect(errors(read(grid, [], { B4: 737 }))).toEqual(['total-mismatch@B3']);
  });

  test('a 合計 printed first over groups each closed by a 小計: no finding; an error found at its 小計 only', () => {
    const grid: GridCell[][] = [
      ['債権の滞納状況(単位:千円)', null, null, null],
      ['区分', '令和3年度', '令和4年度', '令和5年度'],
      ['合計', 3000, 3300, 3600],
      ['市民税', 1000, 1100, 1200],
      ['固定資産税', 500, 550, 600],
      ['小計', 1500, 1650, 1800],
      ['国民健康保険税', 1000, 1100, 1200],
      ['介護保険料', 500, 550, 600],
      ['小計', 1500, 1650, 1800],
    ];
    expect(errors(read(grid))).toEqual([]);
    expect(errors(read(grid, [], { C7: 1200 }))).toEqual(['total-mismatch@C9']);
  });

  test('years typed as numbers in the header and a lone (見込) under the last: the table is read', () => {
    const grid: GridCell[][] = [
      ['市税収入未済額の推移(単位:千円)', null, null, null],
      ['区分', 2021, 2022, 2023],
      [null, null, null, '(見込)'],
      ['市民税', 1000, 1100, 1200],
      ['固定資産税', 500, 550, 600],
      ['合計', 1500, 1650, 1800],
    ];
    expect(obs(read(grid), 'D4')).toMatchObject({ value: 1200, debt: '市民税', fiscalYear: 2023, kind: 'forecast' });
    expect(errors(read(grid, [], { C5: 600 }))).toEqual(['total-mismatch@C6']);
  });

  test('a count under a debt’s group (個人住民税 › 滞納者数(人) | 滞納額(千円)) keeps the group’s debt', () => {
    const grid: GridCell[][] = [
      ['市町村別 滞納状況(令和4年度)', null, null, null, null],
      ['市町村', '個人住民税', null, '固定資産税', null],
      [null, '滞納者数(人)', '滞納額(千円)', '滞納者数(人)', '滞納額(千円)'],
      ['A市', 100, 5000, 50, 3000],
      ['B町', 20, 800, 10, 400],
      ['計', 120, 5800, 60, 3400],
    ];
    const r = read(grid, ['B2:C2', 'D2:E2', 'A2:A3']);
    expect(obs(r, 'C4')).toMatchObject({ debt: '個人住民税', department: 'A市' });
    expect(obs(r, 'B4')).toMatchObject({ value: 100, item: '件数', debt: '個人住民税', stage: '滞納者数(人)' });
  });

  test('counts in thousands (被保険者数(千人)) are counts read as printed, of no unit: not single cases', () => {
    const grid: GridCell[][] = [
      ['国民健康保険の状況', null, null, null],
      ['年度', '被保険者数(千人)', '世帯数(千世帯)', '調定額(百万円)'],
      ['令和3年度', 25.3, 15.1, 3000],
      ['令和4年度', 24.8, 14.9, 2900],
    ];
    expect(obs(read(grid), 'B3')).toMatchObject({ value: 25.3, item: '件数', unit: null });
  });

  test('an office before the first region, then regions over their offices (本庁; 東部 over 徳島, 吉野川; 西部 over 美馬, 三好)', () => {
    const grid: GridCell[][] = [
      ['10 県税収入額累年比較(局・庁舎別)', null, null, null, null],
      ['(単位:千円)', null, null, null, null],
      [null, null, '収 入 額', null, null],
      ['局・庁舎', null, 26, 27, 28],
      [null, '本 庁', 900, 900, 900],
      ['東部', null, 1200, 1300, 1400],
      [null, '徳島', 1000, 1100, 1200],
      [null, '吉野川', 200, 200, 200],
      ['西部', null, 500, 500, 500],
      [null, '美馬', 300, 300, 300],
      [null, '三好', 200, 200, 200],
      ['計', null, 2600, 2700, 2800],
    ];
    const merges = ['A4:B4', 'C3:E3'];
    expect(errors(read(grid, merges))).toEqual([]);
    expect(errors(read(grid, merges, { D8: 250 }))).toEqual(['total-mismatch@D6']);
  });
});


describe('rows under a line of their own: a section’s 区分 (現年課税分, 【滞納繰越分】) or a debt’s group (市民税 over 現年 | 滞繰 | 計)', () => {
  /** Two sections under lines, each closed by its 計, and a 合計 of both: the most common shape of a 収納状況 table. */
  const sections = (header: string, current: GridCell[], arrears: GridCell[]): GridCell[][] => [
    ['市税の収納状況(単位:千円)', null, null, null, null],
    [header, '調定額', '収入済額', '収入未済額', '収納率'],
    current,
    ['市民税', 1000, 980, 20, 98.0],
    ['固定資産税', 500, 490, 10, 98.0],
    ['計', 1500, 1470, 30, 98.0],
    arrears,
    ['市民税', 100, 30, 70, 30.0],
    ['固定資産税', 50, 20, 30, 40.0],
    ['計', 150, 50, 100, 33.3],
    ['合計', 1650, 1520, 130, 92.1],
  ];
  /** A line of its own: its text, then `n` blank cells. */
  const line = (text: string, n = 4): GridCell[] => [text, ...Array<null>(n).fill(null)];
  /** The same, in a table of three figure columns. */
  const L = (text: string) => line(text, 3);

  test.each([
    ['in the label column', sections('区分', line('現年課税分'), line('滞納繰越分')), []],
    ['in brackets, merged across the table', sections('区分', line('【現年度分】'), line('【滞納繰越分】')), ['A3:E3', 'A7:E7']],
    ['numbered', sections('区分', line('(1) 現年度分'), line('(2) 過年度分')), []],
    ['in the first figure column', sections('区分', [null, '【現年度分】', null, null, null], [null, '【滞納繰越分】', null, null, null]), []],
    ['under a header naming the debts (科目)', sections('科目', line('現年度分'), line('滞納繰越分')), []],
  ] as [string, GridCell[][], string[]][])('sections %s: each row of its section’s 区分, each 計 its section’s total, the 合計 of both', (_, grid, merges) => {
    const r = read(grid, merges);
    expect(obs(r, 'B4')).toMatchObject({ value: 1000, debt: '市民税', division: '現年度分', item: '調定額', unit: '千円' });
    expect(obs(r, 'B8')).toMatchObject({ value: 100, debt: '市民税', division: '滞納繰越分', item: '調定額' });
    expect(obs(r, 'E9')).toMatchObject({ value: 40, debt: '固定資産税', division: '滞納繰越分', item: '収納率' });
    expect(obs(r, 'C10')).toMatchObject({ value: 50, division: '滞納繰越分', item: '収入済額', derived: 'total' });
    expect(obs(r, 'B11')).toMatchObject({ value: 1650, division: '全体', item: '調定額', derived: 'total' });
    expect(errors(r)).toEqual([]);
    // A figure typed wrong in the second section is found at that section's 計 (and its rate), not at the first's.
    expect(errors(read(grid, merges, { C8: 40 }))).toEqual(expect.arrayContaining(['total-mismatch@C10', 'rate-mismatch@E8']));
    expect(errors(read(grid, merges, { C8: 40 }))).not.toContain('total-mismatch@C6');
    // A 合計 typed wrong is found at it (a row table, which checks 調定額 = 収入済額 + 収入未済額 with no 不納欠損額 printed, at
    // its 収入未済額 too).
    expect(errors(read(grid, merges, { B11: 1600 }))).toEqual(expect.arrayContaining(['rate-mismatch@E11', 'total-mismatch@B11']));
    expect(errors(read(grid, merges, { B11: 1600 })).filter((e) => !e.endsWith('11'))).toEqual([]);
  });

  test('再計算 writes each section’s 計 as the sum of its rows and the 合計 as the sum of the two 計', () => {
    const grid = sections('科目', line('現年度分'), line('滞納繰越分'));
    const { changes } = recalc({ sheets: [sheetFromGrid('S', grid as CellValue[][], [])] }, 'x.xlsx', '2026-12-05 10:00');
    const at = (cell: string) => changes.cells.find((c) => c.sheet === 'S' && c.cell === cell);
    expect(at('B10')).toMatchObject({ formula: 'SUM(B8:B9)', value: 150 });
    expect(at('C11')).toMatchObject({ formula: 'SUM(C6,C10)', value: 1520 });
    expect(at('E11')?.value).toBeCloseTo(92.1, 12);
  });

  test.each(['科目', '区分'])('a 合計 printed first over sections each closed by its 計 (%s): the total of both', (h) => {
    const grid: GridCell[][] = [
      ['市税の収納状況(単位:千円)', null, null, null, null],
      [h, '調定額', '収入済額', '収入未済額', '収納率'],
      ['合計', 1650, 1520, 130, 92.1],
      line('現年課税分'),
      ['市民税', 1000, 980, 20, 98.0],
      ['固定資産税', 500, 490, 10, 98.0],
      ['計', 1500, 1470, 30, 98.0],
      line('滞納繰越分'),
      ['市民税', 100, 30, 70, 30.0],
      ['固定資産税', 50, 20, 30, 40.0],
      ['計', 150, 50, 100, 33.3],
    ];
    expect(obs(read(grid), 'B3')).toMatchObject({ value: 1650, division: '全体', derived: 'total' });
    expect(errors(read(grid))).toEqual([]);
    expect(errors(read(grid, [], { C9: 40 }))).toContain('total-mismatch@C11');
    expect(errors(read(grid, [], { C9: 40 })).filter((e) => e.startsWith('total'))).toEqual(['total-mismatch@C11']);
    expect(errors(read(grid, [], { B3: 1600 }))).toContain('total-mismatch@B3');
  });

  test('sections with no total of their own: the 合計 after the last is the whole’s, not the last section’s', () => {
    const grid: GridCell[][] = [
      ['市税の収納状況(単位:千円)', null, null, null],
      ['区分', '調定額', '収入済額', '収入未済額'],
      ['現年課税分', null, null, null],
      ['市民税', 1000, 980, 20],
      ['固定資産税', 500, 490, 10],
      ['滞納繰越分', null, null, null],
      ['市民税', 100, 30, 70],
      ['固定資産税', 50, 20, 30],
      ['合計', 1650, 1520, 130],
    ];
    const r = read(grid);
    expect(obs(r, 'C7')).toMatchObject({ value: 30, debt: '市民税', division: '滞納繰越分', item: '収入済額' });
    expect(obs(r, 'B9')).toMatchObject({ value: 1650, division: '全体', derived: 'total' });
    expect(errors(r)).toEqual([]);
    expect(errors(read(grid, [], { C4: 990 }))).toEqual(['total-mismatch@C9']);
  });

  /** Debts on lines of their own, each over its 現年課税分 | 滞納繰越分 | 計, and a 合計, under a header `h`. */
  const debtLines = (h: string): GridCell[][] => [
    ['市税の収納状況(単位:千円)', null, null, null, null],
    [h, '調定額', '収入済額', '収入未済額', '収納率'],
    ['市民税', null, null, null, null],
    ['現年課税分', 1000, 980, 20, 98.0],
    ['滞納繰越分', 100, 30, 70, 30.0],
    ['計', 1100, 1010, 90, 91.8],
    ['固定資産税', null, null, null, null],
    ['現年課税分', 500, 490, 10, 98.0],
    ['滞納繰越分', 50, 20, 30, 40.0],
    ['計', 550, 510, 40, 92.7],
    ['合計', 1650, 1520, 130, 92.1],
  ];

  test('debts under lines of their own, each over its 現年課税分 | 滞納繰越分 | 計, and a 合計', () => {
    const grid = debtLines('区分');
    const r = read(grid);
    expect(obs(r, 'B4')).toMatchObject({ value: 1000, debt: '市民税', division: '現年度分', item: '調定額' });
    expect(obs(r, 'C9')).toMatchObject({ value: 20, debt: '固定資産税', division: '滞納繰越分', item: '収入済額' });
    expect(obs(r, 'C10')).toMatchObject({ value: 510, division: '全体', derived: 'total' });
    expect(errors(r)).toEqual([]);
    expect(errors(read(grid, [], { C9: 40 }))).toEqual(expect.arrayContaining(['total-mismatch@C10', 'rate-mismatch@E9']));
    expect(errors(read(grid, [], { C9: 40 }))).not.toContain('total-mismatch@C6');
  });

  test('under a header naming the debts (科目: a row table), debts on lines of their own over 現年課税分 | 滞納繰越分 | 計: each row the debt’s 区分, its 計 the debt’s whole', () => {
    const grid = debtLines('科目');
    const r = read(grid);
    expect(obs(r, 'B4')).toMatchObject({ value: 1000, debt: '市民税', division: '現年度分', item: '調定額' });
    expect(obs(r, 'C10')).toMatchObject({ value: 510, debt: '固定資産税', division: '全体', item: '収入済額' });
    expect(r.issues.map((i) => `${i.code}@${i.cell}`)).toEqual([]);
    expect(errors(read(grid, [], { C9: 40 }))).toEqual(expect.arrayContaining(['total-mismatch@C10']));
    expect(errors(read(grid, [], { B11: 1600 }))).toEqual(expect.arrayContaining(['total-mismatch@B11']));
    const { changes } = recalc({ sheets: [sheetFromGrid('S', grid as CellValue[][], [])] }, 'x.xlsx', '2026-12-06 10:00');
    expect(changes.cells.find((c) => c.cell === 'B10')).toMatchObject({ formula: 'SUM(B8:B9)', value: 550 });
    expect(changes.cells.find((c) => c.cell === 'B11')).toMatchObject({ formula: 'SUM(B6,B10)', value: 1650 });
    // With no 計 of their own, the 合計 is the whole's, not the last debt's.
    const bare = grid.filter((row) => row[0] !== '計');
    expect(errors(read(bare))).toEqual([]);
    expect(errors(read(bare, [], { C8: 40 }))).toEqual(expect.arrayContaining(['total-mismatch@C9']));
  });

  test('under a header naming the debts (税目: a row table), a debt on a line over its parts (一般被保険者分 | 退職被保険者等分 | 計), then another debt and a 合計', () => {
    const grid: GridCell[][] = [
      ['国民健康保険税等の収納状況(単位:千円)', null, null, null, null],
      ['税目', '調定額', '収入済額', '収入未済額', '収納率'],
      ['国民健康保険税', null, null, null, null],
      ['一般被保険者分', 800, 720, 80, 90.0],
      ['退職被保険者等分', 20, 19, 1, 95.0],
      ['計', 820, 739, 81, 90.1],
      ['介護保険料', 300, 290, 10, 96.7],
      ['合計', 1120, 1029, 91, 91.9],
    ];
    const r = read(grid);
    expect(obs(r, 'B4')).toMatchObject({ value: 800, debt: '国民健康保険税(一般被保険者分)', item: '調定額' });
    expect(errors(r)).toEqual([]);
    expect(errors(read(grid, [], { C4: 700 }))).toContain('total-mismatch@C6');
    expect(errors(read(grid, [], { C4: 700 }))).not.toContain('total-mismatch@C8');
    const { changes } = recalc({ sheets: [sheetFromGrid('S', grid as CellValue[][], [])] }, 'x.xlsx', '2026-12-06 10:00');
    expect(changes.cells.find((c) => c.cell === 'B6')).toMatchObject({ formula: 'SUM(B4:B5)', value: 820 });
    expect(changes.cells.find((c) => c.cell === 'B8')).toMatchObject({ formula: 'SUM(B6:B7)', value: 1120 });
  });

  test.each([
    ['classes', '強制徴収公債権', '非強制徴収公債権', { classification: '非強制徴収公債権', stage: null }],
    ['departments', '税務課', '保険年金課', { department: '保険年金課' }],
  ] as const)('%s on lines of their own under a 区分 header, each closed by its 計, and a 合計: each row of its line', (_, first, second, dims) => {
    const grid: GridCell[][] = [
      ['債権の状況(単位:千円)', null, null, null, null],
      ['区分', '調定額', '収入済額', '収入未済額', '収納率'],
      [first, null, null, null, null],
      ['市民税', 1000, 980, 20, 98.0],
      ['固定資産税', 500, 490, 10, 98.0],
      ['計', 1500, 1470, 30, 98.0],
      [second, null, null, null, null],
      ['国民健康保険税', 300, 270, 30, 90.0],
      ['介護保険料', 100, 99, 1, 99.0],
      ['計', 400, 369, 31, 92.3],
      ['合計', 1900, 1839, 61, 96.8],
    ];
    const r = read(grid);
    expect(obs(r, 'B8')).toMatchObject({ value: 300, debt: '国民健康保険税', item: '調定額', ...dims });
    expect(errors(r)).toEqual([]);
    expect(errors(read(grid, [], { C8: 260 }))).toEqual(['input-suspect@C8', 'rate-mismatch@E8', 'total-mismatch@C10']);
    expect(errors(read(grid, [], { B11: 1800 }))).toEqual(['rate-mismatch@E11', 'total-mismatch@B11']);
  });

  test('a section’s line with a remark in the 備考 column beside it (執行停止分を含む) is still its line', () => {
    const grid: GridCell[][] = [
      ['市税の収納状況(単位:千円)', null, null, null, null],
      ['区分', '調定額', '収入済額', '収入未済額', '備考'],
      ['現年課税分', null, null, null, null],
      ['市民税', 1000, 980, 20, null],
      ['固定資産税', 500, 490, 10, null],
      ['計', 1500, 1470, 30, null],
      ['滞納繰越分', null, null, null, '執行停止分を含む'],
      ['市民税', 100, 30, 70, null],
      ['固定資産税', 50, 20, 30, null],
      ['計', 150, 50, 100, null],
      ['合計', 1650, 1520, 130, null],
    ];
    const r = read(grid);
    expect(obs(r, 'B8')).toMatchObject({ value: 100, debt: '市民税', division: '滞納繰越分' });
    expect(errors(r)).toEqual([]);
    expect(errors(read(grid, [], { C8: 40 }))).toEqual(['total-mismatch@C10']);
    expect(errors(read(grid, [], { B11: 1600 }))).toEqual(['total-mismatch@B11']);
  });

  test('two levels of lines under a 区分 header — departments over debts over 現年課税分 | 滞納繰越分 | 計 — and a 合計', () => {
    const grid: GridCell[][] = [
      ['債権の状況(単位:千円)', null, null, null], ['区分', '調定額', '収入済額', '収入未済額'],
      L('税務課'), L('市民税'), ['現年課税分', 1000, 980, 20], ['滞納繰越分', 100, 30, 70], ['計', 1100, 1010, 90],
      L('固定資産税'), ['現年課税分', 500, 490, 10], ['滞納繰越分', 50, 20, 30], ['計', 550, 510, 40],
      L('保険年金課'), L('国民健康保険税'), ['現年課税分', 300, 270, 30], ['滞納繰越分', 200, 40, 160], ['計', 500, 310, 190],
      ['合計', 2150, 1830, 320],
    ];
    const r = read(grid);
    expect(obs(r, 'C6')).toMatchObject({ value: 30, debt: '市民税', division: '滞納繰越分', department: '税務課' });
    expect(obs(r, 'B15')).toMatchObject({ value: 200, debt: '国民健康保険税', division: '滞納繰越分', department: '保険年金課' });
    expect(errors(r)).toEqual([]);
    expect(errors(read(grid, [], { C10: 25 }))).toEqual(['total-mismatch@C11']);
    expect(errors(read(grid, [], { B17: 2100 }))).toEqual(['total-mismatch@B17']);
  });

  describe('lines in a row of other kinds: a 区分 over a debt over its parts, a department over its 区分', () => {
    const head = (h: string): GridCell[][] => [['市税の収納状況(単位:千円)', null, null, null], [h, '調定額', '収入済額', '収入未済額']];
    /** 【現年度分】 over 市民税 over 個人 | 法人 | 計, then 固定資産税 and the section's 計; the same for 滞納繰越分; a 合計. */
    const sectionOverParts = (h: string): GridCell[][] => [...head(h),
      L('現年課税分'), L('市民税'), ['個人', 800, 780, 20], ['法人', 200, 200, 0], ['計', 1000, 980, 20], ['固定資産税', 500, 490, 10], ['計', 1500, 1470, 30],
      L('滞納繰越分'), L('市民税'), ['個人', 80, 20, 60], ['法人', 20, 10, 10], ['計', 100, 30, 70], ['固定資産税', 50, 20, 30], ['計', 150, 50, 100],
      ['合計', 1650, 1520, 130]];
    /** 税務課 over 現年度分 over its debts and 計, 滞納繰越分 likewise, 税務課計; 保険年金課 likewise; a 合計. */
    const departmentOverSections = (h: string): GridCell[][] => [...head(h),
      L('税務課'), L('現年度分'), ['市民税', 1000, 980, 20], ['固定資産税', 500, 490, 10], ['計', 1500, 1470, 30],
      L('滞納繰越分'), ['市民税', 100, 30, 70], ['固定資産税', 50, 20, 30], ['計', 150, 50, 100], ['税務課計', 1650, 1520, 130],
      L('保険年金課'), L('現年度分'), ['国民健康保険税', 300, 270, 30], ['計', 300, 270, 30], L('滞納繰越分'), ['国民健康保険税', 200, 40, 160], ['計', 200, 40, 160], ['保険年金課計', 500, 310, 190],
      ['合計', 2150, 1830, 320]];

    test.each(['区分', '科目'])('a 区分 over a debt over its parts (%s): each part the debt’s in its 区分, the debt’s 計 in its section’s', (h) => {
      const grid = sectionOverParts(h);
      const r = read(grid);
      expect(obs(r, 'B5')).toMatchObject({ value: 800, debt: '市民税(個人)', division: '現年度分' });
      expect(obs(r, 'B8')).toMatchObject({ value: 500, debt: '固定資産税', division: '現年度分' });
      expect(obs(r, 'C15')).toMatchObject({ value: 20, debt: '固定資産税', division: '滞納繰越分' });
      expect(obs(r, 'B9')).toMatchObject({ value: 1500, division: '現年度分', derived: 'total' });
      expect(obs(r, 'B17')).toMatchObject({ value: 1650, division: '全体', derived: 'total' });
      expect(errors(r)).toEqual([]);
      // A part typed wrong is found at its debt's 計, not again at the section's.
      expect(errors(read(grid, [], { B5: 810 }))).toContain('total-mismatch@B7');
      expect(errors(read(grid, [], { B5: 810 }))).not.toContain('total-mismatch@B9');
      // The section's 計 typed wrong is found at it (and at the 合計 over it).
      expect(errors(read(grid, [], { C9: 1400 }))).toContain('total-mismatch@C9');
    });

    test('再計算 writes the section’s 計 over the debt’s 計 and the rows beside it, and the 合計 over the sections', () => {
      const { changes } = recalc({ sheets: [sheetFromGrid('S', sectionOverParts('科目') as CellValue[][], [])] }, 'x.xlsx', '2026-12-06 10:00');
      const at = (cell: string) => changes.cells.find((c) => c.sheet === 'S' && c.cell === cell);
      expect(at('B7')).toMatchObject({ formula: 'SUM(B5:B6)', value: 1000 });
      expect(at('B9')).toMatchObject({ formula: 'SUM(B7:B8)', value: 1500 });
      expect(at('C17')).toMatchObject({ formula: 'SUM(C9,C16)', value: 1520 });
    });

    test('a department over its 区分 over its debts (区分): each row its department’s debt in the 区分, each 計 its section’s', () => {
      const grid = departmentOverSections('区分');
      const r = read(grid);
      expect(obs(r, 'B9')).toMatchObject({ value: 100, department: '税務課', debt: '市民税', division: '滞納繰越分' });
      expect(obs(r, 'C18')).toMatchObject({ value: 40, department: '保険年金課', debt: '国民健康保険税', division: '滞納繰越分' });
      expect(errors(r)).toEqual([]);
      expect(errors(read(grid, [], { C10: 25 }))).toEqual(['total-mismatch@C11']);
      // (Under 科目, a department's line is not read as one yet: no false finding.)
      expect(errors(read(departmentOverSections('科目')))).toEqual([]);
    });

    test.each([['保険年金課', '債権管理課'], ['保険年金課', '収納対策室'], ['税務課', '債権管理課']])('a department line named with a header’s word (%s → %s) is still a department’s', (from, to) => {
      const grid = departmentOverSections('区分').map((row) => row.map((v) => (typeof v === 'string' ? v.replace(from, to) : v)));
      const r = read(grid);
      const second = grid.findIndex((row) => row[0] === '国民健康保険税') + 1;
      expect(obs(r, `B${second}`)).toMatchObject({ value: 300, debt: '国民健康保険税', division: '現年度分', department: from === '保険年金課' ? to : '保険年金課' });
      expect(errors(r)).toEqual([]);
    });
  });

  test('a class over departments over debts, each class closed by its 計, and a 合計', () => {
    const grid: GridCell[][] = [
      ['債権の状況(単位:千円)', null, null, null], ['区分', '調定額', '収入済額', '収入未済額'],
      L('強制徴収公債権'), L('税務課'), ['市民税', 1000, 980, 20], ['固定資産税', 500, 490, 10], L('介護保険課'), ['介護保険料', 300, 290, 10], ['計', 1800, 1760, 40],
      L('私債権'), L('住宅課'), ['市営住宅使用料', 200, 150, 50], ['計', 200, 150, 50],
      ['合計', 2000, 1910, 90],
    ];
    const r = read(grid);
    expect(obs(r, 'B8')).toMatchObject({ value: 300, debt: '介護保険料', classification: '強制徴収公債権', department: '介護保険課' });
    expect(obs(r, 'B12')).toMatchObject({ value: 200, debt: '市営住宅使用料', classification: '私債権', department: '住宅課' });
    expect(errors(r)).toEqual([]);
    expect(errors(read(grid, [], { C6: 480 }))).toEqual(['total-mismatch@C9']);
  });

  describe('(a review’s findings)', () => {
    const head = (h: string): GridCell[][] => [
      ['市税の収納状況(単位:千円)', null, null, null, null],
      [h, '調定額', '収入済額', '収入未済額', '収納率'],
    ];
    const current: GridCell[][] = [line('現年課税分'), ['市民税', 1000, 980, 20, 98.0], ['固定資産税', 500, 490, 10, 98.0]];
    const arrears: GridCell[][] = [line('滞納繰越分'), ['市民税', 100, 30, 70, 30.0], ['固定資産税', 50, 20, 30, 40.0]];

    test('a third section headed 合計 (its rows the debts’ whole), closed by its 計: that 計 sums its own rows, and 再計算 writes it so', () => {
      const grid = [...head('科目'), ...current, ['計', 1500, 1470, 30, 98.0], ...arrears, ['計', 150, 50, 100, 33.3], line('合計'), ['市民税', 1100, 1010, 90, 91.8], ['固定資産税', 550, 510, 40, 92.7], ['計', 1650, 1520, 130, 92.1]];
      expect(errors(read(grid))).toEqual([]);
      expect(errors(read(grid, [], { B14: 1600 }))).toContain('total-mismatch@B14');
      expect(errors(read(grid, [], { C13: 500 }))).toContain('total-mismatch@C14');
      const { changes } = recalc({ sheets: [sheetFromGrid('S', grid as CellValue[][], [])] }, 'x.xlsx', '2026-12-06 10:00');
      expect(changes.cells.find((c) => c.cell === 'B14')).toMatchObject({ formula: 'SUM(B12:B13)', value: 1650 });
    });

    test('sections, then debts under no line and their 小計: the 小計 sums those debts', () => {
      const grid = [...head('科目'), ...current, ['計', 1500, 1470, 30, 98.0], ...arrears, ['計', 150, 50, 100, 33.3], ['市税合計', 1650, 1520, 130, 92.1], ['国民健康保険税', 300, 270, 30, 90.0], ['介護保険料', 200, 190, 10, 95.0], ['小計', 500, 460, 40, 92.0]];
      expect(errors(read(grid))).toEqual([]);
      expect(errors(read(grid, [], { B14: 550 }))).toContain('total-mismatch@B14');
      expect(errors(read(grid, [], { C12: 260 }))).toContain('total-mismatch@C14');
    });

    test('a debt left blank among the debts (法人市民税) is a row with no figure, no line over the debts after it', () => {
      const grid = [...head('区分'), ['市民税', 1000, 980, 20, 98.0], line('法人市民税'), ['固定資産税', 500, 490, 10, 98.0], ['軽自動車税', 50, 48, 2, 96.0], ['計', 1550, 1518, 32, 97.9]];
      expect(errors(read(grid))).toEqual([]);
      expect(errors(read(grid, [], { C5: 480 }))).toEqual(['rate-mismatch@E5', 'total-mismatch@C7']);
    });

    test.each([
      ['the first section closed by its 計, the last by none, then a 合計', [...current, ['計', 1500, 1470, 30, 98.0], ...arrears, ['合計', 1650, 1520, 130, 92.1]]],
      ['the first section closed by none, the last by its 計, then a 合計', [...current, ...arrears, ['計', 150, 50, 100, 33.3], ['合計', 1650, 1520, 130, 92.1]]],
    ] as [string, GridCell[][]][])('%s: the 合計 is the whole’s, no false finding', (_, rows) => {
      for (const h of ['区分', '科目']) expect(errors(read([...head(h), ...rows]))).toEqual([]);
    });

    test('debts under lines, one of a lone 現年課税分 row with no 計 (森林環境税), one with its 滞納繰越分 left blank: each 計 its own debt’s', () => {
      const lone = [...head('区分'), line('市民税'), ['現年課税分', 1000, 980, 20, 98.0], ['滞納繰越分', 100, 30, 70, 30.0], ['計', 1100, 1010, 90, 91.8], line('森林環境税'), ['現年課税分', 80, 78, 2, 97.5], line('固定資産税'), ['現年課税分', 500, 490, 10, 98.0], ['滞納繰越分', 50, 20, 30, 40.0], ['計', 550, 510, 40, 92.7], ['合計', 1730, 1598, 132, 92.4]];
      expect(errors(read(lone))).toEqual([]);
      expect(errors(read(lone, [], { C11: 40 }))).toEqual(['rate-mismatch@E11', 'total-mismatch@C12']);
      const blank = [...lone.slice(0, 8), line('滞納繰越分'), ['計', 80, 78, 2, 97.5], ...lone.slice(8)];
      expect(errors(read(blank))).toEqual([]);
      expect(obs(read(blank), 'B8')).toMatchObject({ value: 80, debt: '森林環境税', division: '現年度分' });
    });
  });

  describe('(a second review’s findings)', () => {
    const title: GridCell[] = ['市税の収納状況(単位:千円)', null, null, null];

    test('a 区分 column merged down over 現年課税分 | 滞納繰越分 | 合計, each closed by its 計 (no lines): each 計 its own section’s, as before', () => {
      const grid: GridCell[][] = [
        [...title, null],
        ['区分', '科目', '調定額', '収入済額', '収入未済額'],
        ['現年課税分', '市民税', 1000, 980, 20], [null, '固定資産税', 500, 490, 10], [null, '計', 1500, 1470, 30],
        ['滞納繰越分', '市民税', 100, 30, 70], [null, '固定資産税', 50, 20, 30], [null, '計', 150, 50, 100],
        ['合計', '市民税', 1100, 1010, 90], [null, '固定資産税', 550, 510, 40], [null, '計', 1650, 1520, 130],
      ];
      const merges = ['A3:A5', 'A6:A8', 'A9:A11'];
      expect(errors(read(grid, merges))).toEqual([]);
      expect(errors(read(grid, merges, { D10: 500 }))).toContain('total-mismatch@D11');
      const { changes } = recalc({ sheets: [sheetFromGrid('S', grid as CellValue[][], merges)] }, 'x.xlsx', '2026-12-06 10:00');
      expect(changes.cells.find((c) => c.cell === 'C11')).toMatchObject({ formula: 'SUM(C9:C10)', value: 1650 });
    });

    test.each(['科目', '区分'])('sections with no 計 of their own, the last total named 計 (%s): the whole’s', (h) => {
      const grid: GridCell[][] = [title, [h, '調定額', '収入済額', '収入未済額'], line('現年課税分', 3), ['市民税', 1000, 980, 20], ['固定資産税', 500, 490, 10], line('滞納繰越分', 3), ['市民税', 100, 30, 70], ['固定資産税', 50, 20, 30], ['計', 1650, 1520, 130]];
      expect(errors(read(grid))).toEqual([]);
      expect(errors(read(grid, [], { C4: 970 }))).toContain('total-mismatch@C9');
    });

    test('a debt on a line over its 区分 with no 計, debts with figures before and after it, then a 合計: the 合計 of all', () => {
      const grid: GridCell[][] = [['債権の状況(単位:千円)', null, null, null], ['区分', '調定額', '収入済額', '収入未済額'], ['市民税', 1100, 1010, 90], line('国民健康保険税', 3), ['現年課税分', 300, 270, 30], ['滞納繰越分', 200, 40, 160], ['介護保険料', 400, 396, 4], ['保育料', 100, 95, 5], ['合計', 2100, 1811, 289]];
      expect(obs(read(grid), 'B5')).toMatchObject({ value: 300, debt: '国民健康保険税', division: '現年度分' });
      expect(obs(read(grid), 'B7')).toMatchObject({ value: 400, debt: '介護保険料', division: null });
      expect(errors(read(grid))).toEqual([]);
      expect(errors(read(grid, [], { C8: 80 }))).toContain('total-mismatch@C9');
    });

    test.each(['その他', '市営住宅駐車場使用料等'])('a debt left blank, then %s with figures, then 計: no line, the 計 over all', (next) => {
      const grid: GridCell[][] = [['債権の状況(単位:千円)', null, null, null], ['区分', '調定額', '収入済額', '収入未済額'], ['市営住宅使用料', 500, 450, 50], line('奨学金貸付金', 3), [next, 30, 20, 10], ['計', 530, 470, 60]];
      expect(errors(read(grid))).toEqual([]);
      expect(errors(read(grid, [], { C3: 440 }))).toContain('total-mismatch@C6');
    });

    test('a 区分 left blank right after a 区分 with figures (現年課税分, then 滞納繰越分 blank) is a row of the list, no line', () => {
      const grid: GridCell[][] = [title, ['区分', '調定額', '収入済額', '収入未済額'], ['現年課税分', 1000, 980, 20], line('滞納繰越分', 3), ['過誤納', 5, 5, 0], ['計', 1005, 985, 20]];
      expect(errors(read(grid))).toEqual([]);
    });

    test('所管課 | 債権名, the department printed once on its first debt’s line: both debts lines, the 合計 over both 計', () => {
      const grid: GridCell[][] = [
        ['債権の状況(単位:千円)', null, null, null, null], ['所管課', '債権名', '調定額', '収入済額', '収入未済額'],
        ['税務課', '市民税', null, null, null], [null, '現年課税分', 1000, 980, 20], [null, '滞納繰越分', 100, 30, 70], [null, '計', 1100, 1010, 90],
        [null, '固定資産税', null, null, null], [null, '現年課税分', 500, 490, 10], [null, '滞納繰越分', 50, 20, 30], [null, '計', 550, 510, 40],
        ['合計', null, 1650, 1520, 130],
      ];
      const merges = ['A11:B11'];
      expect(obs(read(grid, merges), 'C8')).toMatchObject({ value: 500, debt: '固定資産税', division: '現年度分', department: '税務課' });
      expect(errors(read(grid, merges))).toEqual([]);
      const { changes } = recalc({ sheets: [sheetFromGrid('S', grid as CellValue[][], merges)] }, 'x.xlsx', '2026-12-06 10:00');
      expect(changes.cells.find((c) => c.cell === 'C11')).toMatchObject({ formula: 'SUM(C6,C10)', value: 1650 });
    });
  });

  describe('a department column beside debts on lines of their own (所管課 merged down over its debts, or printed once)', () => {
    /** 所管課 | `h`: each debt on a line of its own beside its department, over its 現年課税分 | 滞納繰越分 | 計, and a 合計. */
    const grid = (a: GridCell, h: GridCell): GridCell[][] => [
      ['債権の状況(単位:千円)', null, null, null, null], [a, h, '調定額', '収入済額', '収入未済額'],
      ['税務課', '市民税', null, null, null], [null, '現年課税分', 1000, 980, 20], [null, '滞納繰越分', 100, 30, 70], [null, '計', 1100, 1010, 90],
      [null, '固定資産税', null, null, null], [null, '現年課税分', 500, 490, 10], [null, '滞納繰越分', 50, 20, 30], [null, '計', 550, 510, 40],
      ['保険年金課', '国民健康保険税', null, null, null], [null, '現年課税分', 800, 700, 100], [null, '滞納繰越分', 200, 50, 150], [null, '計', 1000, 750, 250],
      ['合計', null, 2650, 2270, 380],
    ];
    test.each([
      ['所管課 | 区分 (a row table)', '所管課', '区分', []],
      ['区分 merged across both label columns', '区分', null, ['A2:B2']],
      ['no header over the departments', null, '区分', []],
    ] as [string, GridCell, GridCell, string[]][])('%s: each row its department’s debt and 区分, each debt’s 計 checked on its own', (_, a, h, head) => {
      for (const merged of [true, false]) {
        const merges = [...head, ...(merged ? ['A3:A10', 'A11:A14'] : []), 'A15:B15'];
        const r = read(grid(a, h), merges);
        expect(obs(r, 'C5')).toMatchObject({ value: 100, department: '税務課', debt: '市民税', division: '滞納繰越分' });
        expect(obs(r, 'C9')).toMatchObject({ value: 50, department: '税務課', debt: '固定資産税', division: '滞納繰越分' });
        expect(obs(r, 'D13')).toMatchObject({ value: 50, department: '保険年金課', debt: '国民健康保険税', division: '滞納繰越分' });
        expect(obs(r, 'C10')).toMatchObject({ value: 550, department: '税務課', division: '全体' });
        expect(errors(r)).toEqual([]);
        // A figure typed wrong in the second debt is found at its own 計.
        expect(errors(read(grid(a, h), merges, { C9: 60 }))).toContain('total-mismatch@C10');
      }
    });
    test('再計算 writes each debt’s 計 under 所管課 | 区分, and the 合計 over them', () => {
      const merges = ['A3:A10', 'A11:A14', 'A15:B15'];
      const { changes } = recalc({ sheets: [sheetFromGrid('S', grid('所管課', '区分') as CellValue[][], merges)] }, 'x.xlsx', '2026-12-06 10:00');
      const at = (cell: string) => changes.cells.find((c) => c.sheet === 'S' && c.cell === cell);
      expect(at('C6')).toMatchObject({ formula: 'SUM(C4:C5)', value: 1100 });
      expect(at('D14')).toMatchObject({ formula: 'SUM(D12:D13)', value: 750 });
      expect(at('C15')).toMatchObject({ formula: 'SUM(C6,C10,C14)', value: 2650 });
    });
  });

  describe('所管課 | 区分 with 区分 lines in the 区分 column (税務課 beside 現年度分 over its debts and 計, then 滞納繰越分)', () => {
    const grid = (spacer: boolean): GridCell[][] => [
      ['債権の収納状況(単位:千円)', null, null, null, null, null], ['所管課', '区分', '調定額', '収入済額', '収入未済額', '収納率'],
      ['税務課', '現年度分', null, null, null, null], [null, '市民税', 1000, 980, 20, 98], [null, '固定資産税', 500, 490, 10, 98], [null, '計', 1500, 1470, 30, 98],
      ...(spacer ? [[null, null, null, null, null, null]] : []),
      [null, '滞納繰越分', null, null, null, null], [null, '市民税', 100, 30, 70, 30], [null, '固定資産税', 50, 20, 30, 40], [null, '計', 150, 50, 100, 33.3],
      ['合計', null, 1650, 1520, 130, 92.1],
    ];
    const cells = (g: GridCell[][], merges: string[] = []) =>
      recalc({ sheets: [sheetFromGrid('S', g as CellValue[][], merges)] }, 'x.xlsx', '2026-12-06 10:00').changes.cells.filter((c) => c.sheet === 'S');
    test.each([
      ['printed once', []],
      ['merged down', ['A3:A10']],
    ] as [string, string[]][])('the department %s: each row its department’s debt in its section, each 計 the section’s, the 合計 of both', (_, merges) => {
      const r = read(grid(false), merges);
      expect(obs(r, 'C4')).toMatchObject({ value: 1000, department: '税務課', debt: '市民税', division: '現年度分' });
      expect(obs(r, 'D9')).toMatchObject({ value: 20, department: '税務課', debt: '固定資産税', division: '滞納繰越分' });
      expect(obs(r, 'C10')).toMatchObject({ value: 150, division: '滞納繰越分', derived: 'total' });
      expect(obs(r, 'C11')).toMatchObject({ value: 1650, division: '全体', derived: 'total' });
      expect(errors(r)).toEqual([]);
      // (It had been read with no debt in any row, and the 合計 taken for a false total-mismatch.)
      expect(errors(read(grid(false), merges, { C9: 60 }))).toEqual(['input-suspect@C9', 'ledger-identity@E9', 'rate-mismatch@F9', 'total-mismatch@C10']);
      // Its 区分 column holds debts: no list of 区分 is set on it.
      expect(read(grid(false), merges).tables[0].columns.map((c) => c.role)).toEqual(['department', 'debt', 'value', 'value', 'value', 'value']);
    });
    test('with a blank row before the second section’s line: read past it, 再計算 writes each 計 and the 合計 of both', () => {
      // (A third review had found it read past the blank with no debt in any row, 計 rewritten as the sum of the empty line;
      // the table was then ended at the blank.)
      const r = read(grid(true));
      expect(obs(r, 'C9')).toMatchObject({ value: 100, department: '税務課', debt: '市民税', division: '滞納繰越分' });
      expect(errors(r)).toEqual([]);
      const at = (cell: string) => cells(grid(true)).find((c) => c.cell === cell);
      expect(at('C6')).toMatchObject({ formula: 'SUM(C4:C5)', value: 1500 });
      expect(at('D11')).toMatchObject({ formula: 'SUM(D9:D10)', value: 50 });
      expect(at('C12')).toMatchObject({ formula: 'SUM(C6,C11)', value: 1650 });
      expect(at('C10')).toBeUndefined();
    });
  });

  describe('a debt over its parts after a plain debt (固定資産税, then 市民税 › 個人 | 法人 | 計)', () => {
    const cells = (g: GridCell[][]) =>
      recalc({ sheets: [sheetFromGrid('S', g as CellValue[][], [])] }, 'x.xlsx', '2026-12-06 10:00').changes.cells.filter((c) => c.sheet === 'S');
    test('in a table of debts: the debt’s 計 sums its parts, the 合計 the debts — 再計算 does not write the first debt into the 計', () => {
      const grid: GridCell[][] = [
        ['市税の収納状況(単位:千円)', null, null, null], ['税目', '調定額', '収入済額', '収入未済額'],
        ['固定資産税', 500, 490, 10], L('市民税'), ['個人', 800, 780, 20], ['法人', 200, 200, 0], ['計', 1000, 980, 20],
        ['軽自動車税', 100, 90, 10], ['合計', 1600, 1560, 40],
      ];
      expect(obs(read(grid), 'B5')).toMatchObject({ value: 800, debt: '市民税(個人)' });
      // (The 計 had been taken for the sum of 固定資産税 and the parts: a false total-mismatch, and 再計算 wrote 1500 over 1000.)
      expect(errors(read(grid))).toEqual([]);
      expect(errors(read(grid, [], { B5: 810 }))).toEqual(['input-suspect@B5', 'ledger-identity@D5', 'total-mismatch@B7']);
      expect(cells(grid).find((c) => c.cell === 'B7')).toMatchObject({ formula: 'SUM(B5:B6)', value: 1000 });
      expect(cells(grid).find((c) => c.cell === 'B9')).toMatchObject({ formula: 'SUM(B3,B7:B8)', value: 1600 });
    });
    test('inside a section, closed by its 計 and the section’s: the parts of the section’s 区分, each 計 its own', () => {
      const grid: GridCell[][] = [
        ['市税の収納状況(単位:千円)', null, null, null], ['区分', '調定額', '収入済額', '収入未済額'],
        L('現年課税分'), ['固定資産税', 500, 490, 10], L('市民税'), ['個人', 800, 780, 20], ['法人', 200, 200, 0], ['計', 1000, 980, 20], ['計', 1500, 1470, 30],
      ];
      const r = read(grid);
      // (The debt's line had ended the section: its parts and both 計 had taken no 区分, or 全体.)
      expect(obs(r, 'B6')).toMatchObject({ value: 800, debt: '市民税(個人)', division: '現年度分' });
      expect(obs(r, 'B8')).toMatchObject({ value: 1000, division: '現年度分', derived: 'total' });
      expect(obs(r, 'B9')).toMatchObject({ value: 1500, division: '現年度分', derived: 'total' });
      expect(errors(r)).toEqual([]);
      expect(errors(read(grid, [], { B6: 810 }))).toEqual(['total-mismatch@B8']);
    });
  });

  describe('a blank row before a debt’s line (債権名: 市民税 over 現年課税分 | 滞納繰越分 | 計, a blank, 国民健康保険税 …, a blank, 合計)', () => {
    const blank: GridCell[] = [null, null, null, null];
    const grid: GridCell[][] = [
      ['債権の状況(単位:千円)', null, null, null], ['債権名', '調定額', '収入済額', '収入未済額'],
      L('市民税'), ['現年課税分', 1000, 980, 20], ['滞納繰越分', 100, 30, 70], ['計', 1100, 1010, 90], blank,
      L('国民健康保険税'), ['現年課税分', 800, 700, 100], ['滞納繰越分', 200, 50, 150], ['計', 1000, 750, 250], blank,
      ['合計', 2100, 1760, 340],
    ];
    test('the table goes on past each blank row: the second debt and the 合計 read and checked', () => {
      // (The table had ended at the first blank row: 国民健康保険税 and the 合計 unread, with no finding.)
      const r = read(grid);
      expect(r.tables.map((t) => t.range)).toEqual(['A2:D13']);
      expect(obs(r, 'B9')).toMatchObject({ value: 800, debt: '国民健康保険税', division: '現年度分' });
      expect(obs(r, 'B13')).toMatchObject({ value: 2100, derived: 'total' });
      expect(errors(r)).toEqual([]);
      expect(errors(read(grid, [], { B9: 810 }))).toEqual(['input-suspect@B9', 'ledger-identity@D9', 'total-mismatch@B11']);
    });
  });

  describe('department lines in a table of debts (科目 or 債権名: 税務課 over its debts and 計, then 保険年金課 over its own, a 合計)', () => {
    const grid = (h: string): GridCell[][] => [
      ['債権の収納状況(単位:千円)', null, null, null, null], [h, '調定額', '収入済額', '収入未済額', '収納率'],
      line('税務課'), ['市民税', 1000, 980, 20, 98], ['固定資産税', 500, 490, 10, 98], ['計', 1500, 1470, 30, 98],
      line('保険年金課'), ['国民健康保険税', 800, 700, 100, 87.5], ['計', 800, 700, 100, 87.5], ['合計', 2300, 2170, 130, 94.3],
    ];
    test.each(['科目', '債権名'])('under %s: each debt its department’s, each 計 the department’s, the 合計 of both; 再計算 writes them so', (h) => {
      const r = read(grid(h));
      // (The rows had taken no department: 集計 and 取りまとめ had left them out of 部署別.)
      expect(obs(r, 'B4')).toMatchObject({ value: 1000, department: '税務課', debt: '市民税' });
      expect(obs(r, 'B8')).toMatchObject({ value: 800, department: '保険年金課', debt: '国民健康保険税' });
      expect(errors(r)).toEqual([]);
      expect(errors(read(grid(h), [], { B5: 510 }))).toEqual(['input-suspect@B5', 'ledger-identity@D5', 'rate-mismatch@E5', 'total-mismatch@B6']);
      const cells = recalc({ sheets: [sheetFromGrid('S', grid(h) as CellValue[][], [])] }, 'x.xlsx', '2026-12-06 10:00').changes.cells.filter((c) => c.sheet === 'S');
      expect(cells.find((c) => c.cell === 'B6')).toMatchObject({ formula: 'SUM(B4:B5)', value: 1500 });
      expect(cells.find((c) => c.cell === 'B9')).toMatchObject({ formula: 'SUM(B8)', value: 800 });
      expect(cells.find((c) => c.cell === 'B10')).toMatchObject({ formula: 'SUM(B6,B9)', value: 2300 });
    });
    test('a 合計 after the departments’ 計 sums them, and a wrong one is found (it had summed nothing and gone unchecked)', () => {
      expect(errors(read(grid('科目'), [], { B10: 2400 }))).toContain('total-mismatch@B10');
      const columns: GridCell[][] = [
        ['債権の収納状況(単位:千円)', null, null, null, null], ['所管課', '債権名', '調定額', '収入済額', '収入未済額'],
        ['税務課', '市民税', 1000, 980, 20], [null, '固定資産税', 500, 490, 10], [null, '計', 1500, 1470, 30],
        ['保険年金課', '国民健康保険税', 800, 700, 100], [null, '介護保険料', 100, 90, 10], [null, '計', 900, 790, 110], ['合計', null, 2400, 2260, 140],
      ];
      expect(errors(read(columns))).toEqual([]);
      expect(errors(read(columns, [], { C9: 2500 }))).toEqual(['ledger-identity@E9', 'total-mismatch@C9']);
    });
  });

  describe('(a third review’s findings)', () => {
    const cells = (grid: GridCell[][], merges: string[] = []) =>
      recalc({ sheets: [sheetFromGrid('S', grid as CellValue[][], merges)] }, 'x.xlsx', '2026-12-06 10:00').changes.cells.filter((c) => c.sheet === 'S');
    test('所管課 | 区分 with a debt on a line over its parts last: its 計 is no table total (not rewritten as the first debt’s)', () => {
      const grid: GridCell[][] = [
        ['債権の収納状況(単位:千円)', null, null, null, null, null], ['所管課', '区分', '調定額', '収入済額', '収入未済額', '収納率'],
        ['税務課', '市民税', null, null, null, null], [null, '現年課税分', 1000, 980, 20, 98], [null, '滞納繰越分', 100, 30, 70, 30], [null, '計', 1100, 1010, 90, 91.8],
        ['保険年金課', '国民健康保険税', null, null, null, null], [null, '一般被保険者分', 800, 720, 80, 90], [null, '退職被保険者等分', 20, 19, 1, 95], [null, '計', 820, 739, 81, 90.1],
      ];
      for (const merges of [[], ['A3:A6', 'A7:A10']]) {
        expect(errors(read(grid, merges))).toEqual([]);
        expect(cells(grid, merges).find((c) => c.cell === 'C10')).toBeUndefined();
        expect(cells(grid, merges).find((c) => c.cell === 'C6')).toMatchObject({ formula: 'SUM(C4:C5)', value: 1100 });
      }
    });
    test('a unit line right of a narrow table only where none stands over it, and not over a table beside it', () => {
      const over: GridCell[][] = [['市税の収納状況(単位：千円)', null, null, null, null, null], [null, null, null, null, null, '(単位：%)'], ['税目', '調定額', '収入済額', '収入未済額'], ['市民税', 1000, 980, 20], ['固定資産税', 500, 490, 10], ['計', 1500, 1470, 30]];
      expect(read(over).tables.map((t) => t.unit)).toEqual(['千円']);
      const beside: GridCell[][] = [['市税の状況', null, null, null, '(単位：円)', null, null], ['税目', '調定額', '収入済額', null, '区分', '調定額', '収入済額'], ['市民税', 1000, 980, null, '現年度分', 300000, 270000], ['固定資産税', 500, 490, null, '滞納繰越分', 200000, 40000], ['計', 1500, 1470, null, '計', 500000, 310000]];
      expect(read(beside).tables.map((t) => [t.range, t.unit])).toEqual([['A2:C5', null], ['E2:G5', '円']]);
    });
    test('a 区分 over a debt over its parts with no 計 of the debt’s own: the section’s 計 sums the parts and the rows beside them', () => {
      const grid: GridCell[][] = [['市税の収納状況(単位:千円)', null, null, null], ['区分', '調定額', '収入済額', '収入未済額'], L('現年課税分'), L('市民税'), ['個人', 800, 780, 20], ['法人', 200, 200, 0], ['固定資産税', 500, 490, 10], ['計', 1500, 1470, 30]];
      expect(obs(read(grid), 'B5')).toMatchObject({ value: 800, debt: '市民税(個人)', division: '現年度分' });
      expect(errors(read(grid))).toEqual([]);
      expect(errors(read(grid, [], { B5: 810 }))).toEqual(['total-mismatch@B8']);
    });
    test('a caption naming 収入未済額 of counts (滞納者数) leaves the figures counts, no amounts', () => {
      const grid: GridCell[][] = [['収入未済額に係る滞納者数', null, null, null], ['債権名', '令和4年度', '令和5年度', '令和6年度'], ['市営住宅使用料', 50, 45, 40], ['保育料', 30, 28, 25], ['合計', 80, 73, 65]];
      expect(read(grid).tables.map((t) => t.measure)).toEqual(['other']);
      expect(read(grid).issues.filter((i) => i.code === 'unit-unknown')).toEqual([]);
    });
    test('a blank row, a 区分 caption and a header of years typed as numbers start a table of their own', () => {
      const grid: GridCell[][] = [
        ['市税収入未済額(単位:千円)', null, null, null], ['【現年度分】', null, null, null], ['税目', 2022, 2023, 2024], ['市民税', 20, 18, 15], ['固定資産税', 10, 9, 8], ['計', 30, 27, 23],
        [null, null, null, null], ['【滞納繰越分】', null, null, null], ['税目', 2022, 2023, 2024], ['市民税', 70, 60, 50], ['固定資産税', 30, 25, 20], ['計', 100, 85, 70],
      ];
      const r = read(grid);
      expect(r.tables.map((t) => t.range)).toEqual(['A3:D6', 'A9:D12']);
      expect(r.issues).toEqual([]);
    });
  });

  describe('a blank spacer row beside a section’s line', () => {
    const blank: GridCell[] = [null, null, null, null, null];
    /** The two sections, with a blank row after each line, before each line (and before the 合計), or both. */
    const spaced = (header: string, after: boolean, before: boolean): GridCell[][] => {
      const grid = sections(header, line('現年課税分'), line('滞納繰越分'));
      const out: GridCell[][] = [];
      grid.forEach((row, i) => {
        if (before && (i === 6 || i === 10)) out.push(blank);
        out.push(row);
        if (after && (i === 2 || i === 6)) out.push(blank);
      });
      return out;
    };
    test.each([
      ['区分', true, false],
      ['区分', false, true],
      ['区分', true, true],
      ['科目', false, true],
      ['科目', true, true],
    ] as [string, boolean, boolean][])('under %s (a blank after the line: %s, before it: %s): every section read, each 計 its own, the 合計 of both', (header, after, before) => {
      const grid = spaced(header, after, before);
      const rowOf = (label: string, nth = 0) => grid.map((row, i) => (row[0] === label ? i + 1 : 0)).filter((i) => i > 0)[nth];
      const r = read(grid);
      expect(obs(r, `B${rowOf('市民税')}`)).toMatchObject({ value: 1000, debt: '市民税', division: '現年度分' });
      expect(obs(r, `B${rowOf('市民税', 1)}`)).toMatchObject({ value: 100, debt: '市民税', division: '滞納繰越分' });
      expect(obs(r, `C${rowOf('計', 1)}`)).toMatchObject({ value: 50, division: '滞納繰越分', derived: 'total' });
      expect(obs(r, `B${rowOf('合計')}`)).toMatchObject({ value: 1650, division: '全体', derived: 'total' });
      expect(errors(r)).toEqual([]);
      // A figure typed wrong in the second section is found at that section's 計, not at the first's.
      const wrong = errors(read(grid, [], { [`C${rowOf('市民税', 1)}`]: 40 }));
      expect(wrong).toContain(`total-mismatch@C${rowOf('計', 1)}`);
      expect(wrong).not.toContain(`total-mismatch@C${rowOf('計')}`);
    });

    test.each(['区分', '科目'])('a blank row, a 区分 heading and a header of its own (%s) still start a table of their own', (header) => {
      const head: GridCell[] = [header, '調定額', '収入済額', '収入未済額', '収納率'];
      const grid: GridCell[][] = [
        ['市税の収納状況(単位:千円)', null, null, null, null], head,
        ['市民税', 1000, 980, 20, 98.0], ['固定資産税', 500, 490, 10, 98.0], ['計', 1500, 1470, 30, 98.0],
        blank, line('滞納繰越分'), head,
        ['市民税', 100, 30, 70, 30.0], ['固定資産税', 50, 20, 30, 40.0], ['計', 150, 50, 100, 33.3],
      ];
      const r = read(grid);
      expect(r.tables).toHaveLength(2);
      expect(obs(r, 'B11')).toMatchObject({ value: 150, derived: 'total' });
      expect(errors(r)).toEqual([]);
    });
  });
});

describe('a release of loans by its grounds: 債権名 merged down | 債権放棄の事由 | 件(人)数 | 金額', () => {
  const grid: GridCell[][] = [
    ['令和5年度 債権放棄の状況'],
    ['債権名', '債権放棄の事由', '件(人)数', '金額'],
    ['住宅新築資金貸付金', '時効', '3件(5人)', '1,200,000円'],
    [null, '破産などの免責取得', '2件(2人)', '800,000円'],
    ['奨学金貸付金', '破産などの免責取得', '4件(6人)', '500,000円'],
    ['合計額', null, null, '2,500,000円'],
  ];
  const merges = ['A3:A4', 'A6:C6'];

  test('a count with its persons in brackets is the count; a ground is the figures’ stage, the debt the name to its left', () => {
    const r = read(grid, merges);
    expect(obs(r, 'C4')).toMatchObject({ value: 2, item: '件数', debt: '住宅新築資金貸付金', stage: '破産などの免責取得' });
    expect(obs(r, 'D4')).toMatchObject({ value: 800000, debt: '住宅新築資金貸付金', stage: '破産などの免責取得' });
    expect(obs(r, 'D5')).toMatchObject({ value: 500000, debt: '奨学金貸付金', stage: '破産などの免責取得' });
    expect(errors(r)).toEqual([]);
  });

  test('an amount typed wrong is found at the 合計額', () => {
    expect(errors(read(grid, merges, { D5: '550,000円' }))).toEqual(['total-mismatch@D6']);
  });
});

describe('each tax’s whole row over its 現年度分 and 滞繰分, the tax named on its whole row only (a newspaper’s 市税 and 国保税)', () => {
  const grid: GridCell[][] = [
    ['市税の収納状況', null, null, null, null],
    [null, null, '収納額', '収納率', '前年度比'],
    ['市税', '現年度分、滞納繰越分を合わせた', '383億1755万円', '98・70%', '0・03ポイント高い'],
    [null, '現年度分', null, '99・43%', '0・06ポイント低'],
    [null, '滞繰分', null, '38・07%', '1・55ポイント高'],
    ['国民健康保険税', null, '45億2932万円', null, null],
    [null, '現年度分', null, '94・03%', '0・02ポイント高'],
    [null, '滞繰分', null, '22・34%', '1・61ポイント高'],
  ];

  test('a 区分 row is of the tax above it, not of the next tax’s row (no name is moved into a group it does not close)', () => {
    const r = read(grid);
    expect(obs(r, 'D4')).toMatchObject({ value: 99.43, item: '収納率', debt: '市税', division: '現年度分' });
    expect(obs(r, 'E4')).toMatchObject({ value: -0.06, derived: 'delta', debt: '市税', division: '現年度分' });
    expect(obs(r, 'C6')).toMatchObject({ value: 4529320000, item: '収入済額', debt: '国民健康保険税' });
    expect(obs(r, 'D7')).toMatchObject({ value: 94.03, debt: '国民健康保険税', division: '現年度分' });
  });

  test('the row naming both 区分 is the tax’s whole', () => {
    expect(obs(read(grid), 'C3')).toMatchObject({ value: 38317550000, item: '収入済額', debt: '市税', division: '全体' });
  });
});

describe('a caption of a course and its targets (債権別収入未済額の推移と目標): only the column marked 目標 is a target', () => {
  const rows: GridCell[][] = [
    ['債権別収入未済額の推移と目標', null, null, null, null],
    [null, null, null, null, '(単位：千円)'],
    ['債権名', '令和3年度', '令和4年度', '令和5年度', '令和8年度(目標)'],
    ['市税', 380210, 352110, 325420, 280000],
    ['国民健康保険税', 402330, 380550, 352110, 310000],
  ];
  test('a row table: the years printed plainly are results', () => {
    const r = read(rows);
    expect(obs(r, 'B4')).toMatchObject({ fiscalYear: 2021, kind: 'actual', item: '収入未済額' });
    expect(obs(r, 'D5')).toMatchObject({ fiscalYear: 2023, kind: 'actual' });
    expect(obs(r, 'E4')).toMatchObject({ fiscalYear: 2026, kind: 'target' });
  });

  test('years down (a matrix table): likewise', () => {
    const down: GridCell[][] = [
      ['市税収入未済額の推移と目標', null, null],
      [null, null, '(単位：千円)'],
      ['年度', '収入未済額', '収納率'],
      ['令和3年度', 380210, 97.1],
      ['令和4年度', 352110, 97.4],
      ['令和5年度', 325420, 97.8],
      ['令和8年度（目標）', 280000, 98.3],
    ];
    const r = read(down);
    expect(obs(r, 'B4')).toMatchObject({ fiscalYear: 2021, kind: 'actual' });
    expect(obs(r, 'C6')).toMatchObject({ fiscalYear: 2023, kind: 'actual' });
    expect(obs(r, 'B7')).toMatchObject({ fiscalYear: 2026, kind: 'target' });
  });

  test('a caption of targets alone still makes its years targets', () => {
    const only = rows.map((line) => [...line]);
    only[0][0] = '債権別収入未済額の目標';
    only[2][4] = '令和8年度';
    expect(obs(read(only), 'B4')).toMatchObject({ fiscalYear: 2021, kind: 'target' });
  });
});

describe('years down with formulas a program wrote and nothing calculated (no result stored)', () => {
  const sheet = sheetFromGrid('市税収納状況', [
    ['市税の収納状況の推移'],
    [null, null, null, null, null, '(単位：千円、%)'],
    ['年度', '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率'],
    ['令和3年度', 13520770, 13175914, 14203, 330653, 97.4],
    ['令和4年度', 13688415, 13365290, 17817, 305308, 97.6],
    ['令和5年度', 13801250, 13496011, 11095, 294144, 97.8],
  ]);
  sheet.rows[4]![1] = { value: null, formula: '1/0' };
  sheet.rows[5]![2] = { value: null, formula: 'NA()' };

  test('formula-no-value names them, and nothing is checked against them', () => {
    const r = inspect({ sheets: [sheet] }, 't.xlsx');
    const said = r.issues.filter((i) => i.code === 'formula-no-value');
    expect(said).toEqual([expect.objectContaining({ severity: 'warning', cell: 'B5' })]);
    expect(said[0].message).toContain('B5、C6');
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('years down: a 収入未済額 typed 100 over (E5), and the 増減 over it right (a colleague’s look)', () => {
  const grid: GridCell[][] = [
    ['市税の収納状況の推移', null, null, null, null, null],
    [null, null, null, null, null, '(単位：千円)'],
    ['年度', '調定額', '収入済額', '不納欠損額', '収入未済額', '収入未済額の対前年度増減'],
    ['平成30年度', 13250410, 12812335, 21540, 416535, null],
    ['令和元年度', 13412880, 12998102, 18230, 396648, -19987],
    ['令和2年度', 13105330, 12731905, 15880, 357545, -39003],
  ];

  test('the typo is said at E5 (its ledger), not at the differences that show its right figure', () => {
    expect(errors(read(grid))).toEqual(['ledger-identity@E5']);
  });

  test('a difference wrong as well is still said (39,003 for △39,003)', () => {
    expect(errors(read(grid, [], { F6: 39003 }))).toEqual(['delta-mismatch@F6', 'ledger-identity@E5']);
  });
});

describe('debts across under a row of their departments (税務課 merged over 市民税 … 市税計, then 保険年金課 | 介護保険課)', () => {
  const grid: GridCell[][] = [
    ['令和4年度 債権別収納状況（決算）', null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, '（単位：円）'],
    ['所管課', '税務課', null, null, null, '保険年金課', '介護保険課', null],
    ['項目', '市民税', '固定資産税', '軽自動車税', '市税計', '国民健康保険税', '介護保険料', '合計'],
    ['調定額', 6543210123, 5234567890, 312345678, 12090123691, 2345678901, 1876543210, 16312345802],
    ['収入済額', 6412345678, 5141234567, 305432109, 11859012354, 2098765432, 1851234567, 15809012353],
  ];
  const merges = ['B3:E3'];

  test('each column’s department is the row’s name over it, no part of the debt’s name', () => {
    const r = read(grid, merges);
    expect(obs(r, 'B5')).toMatchObject({ debt: '市民税', department: '税務課', item: '調定額' });
    expect(obs(r, 'F6')).toMatchObject({ debt: '国民健康保険税', department: '保険年金課', item: '収入済額' });
    expect(obs(r, 'G5')).toMatchObject({ debt: '介護保険料', department: '介護保険課' });
    expect(errors(r)).toEqual([]);
  });
});
