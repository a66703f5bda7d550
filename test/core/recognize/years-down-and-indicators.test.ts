/**
 * Small tables written from the words of the seventh round's rules: a heading that starts with the
 * debt it speaks of (国民健康保険料(税)を…, 市税は…) names the table's debt, as one that names it
 * before の does. An evaluation sheet's indicator (指標名 | 徴収率(国民健康保険税現年) over 設定理由 | a sentence
 * over 単位 | 計画策定時 | years, rows 計画 / 実績): the sentence is no header (its 目標値 is not the figures' kind), the
 * item's brackets name the debt and the 区分, and the figure at the plan's making (計画策定時) is a result. A table of
 * places (順位 | 都道府県 | 市区町村 | 類型 | 徴収率): a code written alike on every row (1-1) is no formula of the row, and
 * a row named by a place (…県 › …市) is the place the figure is of, no debt. An outline lettered ア, イ, ウ before
 * the names is no part of them. Persons counted in ten thousands (12.5万人) are counts of persons, rounded to thousands; a column headed
 * 比率 holds ratios, not collection rates; a sheet whose tab names a debt (国民健康保険税の滞納) holds that debt's
 * figures when nothing above the table names one. An amount's 前年比 written in one header with it (調定額前年比(%))
 * is a ratio to the year before, as one under the amount's header is.
 */
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid as read, observationAt as obs, errorsOf as errors } from '../../fixtures/observations/read-grid';

describe('a heading that starts with its debt, years down the rows', () => {
  const grid = (heading: string): GridCell[][] => [
    [heading, null],
    ['年度', '収納率(%)'],
    ['2019年度', { v: 93.1, fmt: '0.0' }],
    ['2020年度', { v: 93.8, fmt: '0.0' }],
    ['2021年度', { v: 94.2, fmt: '0.0' }],
  ];

  test('the debt the heading starts with, its other name in parentheses kept (…料(税)を, …税は, …料が)', () => {
    for (const [heading, debt] of [
      ['介護保険料(税)を納めていない人の割合', '介護保険料(税)'],
      ['市税は前年度を上回りました', '市税'],
      ['下水道使用料が伸びています', '下水道使用料'],
    ]) {
      const r = read(grid(heading));
      expect(obs(r, 'B3')).toMatchObject({ value: 93.1, item: '収納率', fiscalYear: 2019, debt });
      expect(obs(r, 'B5')).toMatchObject({ value: 94.2, fiscalYear: 2021, debt });
    }
  });

  test('a heading whose subject is no debt names none (本市は…, 収納率は…)', () => {
    for (const heading of ['本市は収納率の向上に努めています', '収納率は上がっています']) expect(obs(read(grid(heading)), 'B3')?.debt).toBeNull();
  });

  test('a note above the table saying what a name covers (※…税は…を含む) names no debt of the table', () => {
    const r = read(grid('※国民健康保険税は後期高齢者支援金分を含む'));
    expect(obs(r, 'B3')).toMatchObject({ value: 93.1, item: '収納率', debt: null });
  });
});

describe('an evaluation sheet\'s indicator: its name over a sentence over the years', () => {
  const grid: GridCell[][] = [
    ['成果指標', null, null, null, null, null],
    ['指標名', '徴収率(国民健康保険税現年)', null, null, null, null],
    ['設定理由', '納期内納付が進むことで徴収率が上がるため、その指標として目標値を設定する。', null, null, null, null],
    ['単位', '計画策定時', null, null, '令和2年度', '令和3年度'],
    ['%', 'R1', '94.00%', '計画', '94.50%', '95.00%'],
    [null, null, null, '実績', '94.80%', null],
  ];
  const merges = ['B2:F2', 'B3:F3', 'B4:C4', 'A5:A6', 'B5:B6', 'C5:C6'];

  test('a sentence under the indicator\'s name is no header: the rows\' 計画 / 実績 give the kinds', () => {
    const r = read(grid, merges);
    expect(obs(r, 'E5')).toMatchObject({ value: 94.5, item: '収納率', fiscalYear: 2020, kind: 'target' });
    expect(obs(r, 'F5')).toMatchObject({ value: 95, fiscalYear: 2021, kind: 'target' });
    expect(obs(r, 'E6')).toMatchObject({ value: 94.8, item: '収納率', fiscalYear: 2020, kind: 'actual' });
  });

  test('the item\'s brackets name the debt and the 区分 of every figure', () => {
    const r = read(grid, merges);
    for (const cell of ['C5', 'E5', 'F5', 'E6']) expect(obs(r, cell)).toMatchObject({ debt: '国民健康保険税', division: '現年度分' });
  });

  test('the figure at the plan\'s making (計画策定時) is a result of its year', () => {
    expect(obs(read(grid, merges), 'C5')).toMatchObject({ value: 94, item: '収納率', fiscalYear: 2019, kind: 'actual' });
  });
});

describe('a ranking of places: one rate a city, a type code on every row', () => {
  const grid: GridCell[][] = [
    ['令和2年度 類型Ⅱ-1 徴収率(滞納繰越分) 順位', null, null, null, null],
    ['順位', '都道府県', '市区町村', '類型', '徴収率(滞繰)'],
    [1, '山形県', '天童市', '1-1', '45.10%'],
    [2, '長野県', '塩尻市', '1-1', '40.20%'],
    [3, '熊本県', '合志市', '1-1', '38.00%'],
    [4, '群馬県', '館林町', '1-1', '35.50%'],
  ];

  test('a code written alike on every row (1-1) is no difference of rows: each rate is a result of the caption\'s year', () => {
    const r = read(grid);
    expect(obs(r, 'E3')).toMatchObject({ value: 45.1, item: '収納率', fiscalYear: 2020, kind: 'actual', derived: null, division: '滞納繰越分' });
    expect(obs(r, 'E6')).toMatchObject({ value: 35.5, fiscalYear: 2020, kind: 'actual', derived: null });
  });

  test('a row named by a place (…県 › …市, …町) is that place\'s figure, of no debt', () => {
    const r = read(grid);
    expect(obs(r, 'E3')).toMatchObject({ debt: null, department: '天童市' });
    expect(obs(r, 'E6')).toMatchObject({ debt: null, department: '館林町' });
  });
});

test('an outline lettered ア, イ, ウ before the names is no part of them', () => {
  const r = read([
    ['市町村税の状況', null, null, null],
    ['区分', '調定額', '収入額', '徴収率'],
    ['ア 市町村民税', 1000, 950, 95.0],
    ['イ 固定資産税', 800, 780, 97.5],
    ['ウ　軽自動車税', 100, 90, 90.0],
  ]);
  expect(obs(r, 'B3')).toMatchObject({ value: 1000, item: '調定額', debt: '市町村民税' });
  expect(obs(r, 'C4')).toMatchObject({ value: 780, item: '収入済額', debt: '固定資産税' });
  expect(obs(r, 'D5')).toMatchObject({ value: 90, item: '収納率', debt: '軽自動車税' });
});

describe('persons in ten thousands, years down, under a tab naming the debt', () => {
  const grid: GridCell[][] = [
    ['滞納者数', null, null, null],
    ['年度', '納税義務者', '滞納者', '比率'],
    ['2019年', '12.5万人', '1.2万人', '9.6%'],
    ['2020年', '12.8万人', '1.1万人', '8.6%'],
    ['2021年', '13.0万人', '1.0万人', '7.7%'],
  ];

  test('12.5万人 is 125,000 persons: a count of its row\'s year', () => {
    const r = read(grid, [], {}, '国民健康保険税の滞納');
    expect(obs(r, 'B3')).toMatchObject({ value: 125000, item: '件数', unit: '件', fiscalYear: 2019, kind: 'actual' });
    expect(obs(r, 'C5')).toMatchObject({ value: 10000, item: '件数', unit: '件', fiscalYear: 2021 });
  });

  test('a figure in ten thousands shows its rounding in thousands: a 計 off by a rounded thousand is no error', () => {
    const r = read([
      ['滞納者数', null, null],
      ['区分', '2020年', '2021年'],
      ['市民税', '1.24万人', '1.14万人'],
      ['固定資産税', '1.14万人', '1.04万人'],
      ['計', '2.4万人', '2.2万人'],
    ]);
    expect(obs(r, 'B5')).toMatchObject({ value: 24000, item: '件数', derived: 'total' });
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('a column headed 比率 holds ratios, not collection rates', () => {
    expect(obs(read(grid, [], {}, '国民健康保険税の滞納'), 'D4')).toMatchObject({ value: 8.6, item: '比率', unit: '%' });
  });

  test('the tab\'s debt is every figure\'s; the columns name who is counted', () => {
    const r = read(grid, [], {}, '国民健康保険税の滞納');
    expect(obs(r, 'B3')).toMatchObject({ debt: '国民健康保険税', stage: '納税義務者' });
    expect(obs(r, 'C3')).toMatchObject({ debt: '国民健康保険税', stage: '滞納者' });
  });
});

test('an amount\'s 前年比 in one header with it (調定額前年比(%)) is a ratio to the year before, not a difference', () => {
  const r = read([
    ['令和5年度 市税決算見込額', null, null, null],
    ['区分', '調定額', '収入額', '調定額前年比(%)'],
    ['市民税', 5000, 4900, 102.5],
    ['固定資産税', 4000, 3950, 99.1],
  ]);
  expect(obs(r, 'D3')).toMatchObject({ value: 102.5, item: '比率', derived: 'ratio', unit: '%', debt: '市民税' });
  expect(obs(r, 'D4')).toMatchObject({ value: 99.1, item: '比率', derived: 'ratio' });
  expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
});

describe('a 前年度比 after 収納率, years down, under a unit line of 千円 and ％ (（単位：千円、％）)', () => {
  // (The unit line's 千円 had made the change an amount, taken of 収入済額: C5 − C4 = 2,144 against 0.2 on every row — a user's look.)
  const grid: GridCell[][] = [
    ['市税の収納状況'],
    ['（単位：千円、％）'],
    ['年度', '調定額', '収入済額', '収納率', '前年度比'],
    ['令和2年度', 100000, 97000, 97.0, null],
    ['令和3年度', 102000, 99144, 97.2, 0.2],
    ['令和4年度', 104000, 101192, 97.3, 0.1],
  ];
  test('is the rate’s change, in points: no finding, and one typed wrong is found', () => {
    expect(obs(read(grid), 'E5')).toMatchObject({ item: '収納率', unit: '%', derived: 'delta', value: 0.2 });
    expect(errors(read(grid))).toEqual([]);
    expect(errors(read(grid, [], { E6: 0.4 }))).toEqual(['delta-mismatch@E6']);
  });
});

test('a column 現状（令和5年度） under a caption of targets (市税の収納率目標) is a result of 令和5年度, not a target (a clerk’s look: 集計 had judged the result against itself)', () => {
  const r = read(
    [
      ['市税の収納率目標', null, null, null],
      [null, null, null, null],
      ['債権名', '収納率', null, null],
      [null, '現状（令和5年度）', '目標（令和10年度）', '差'],
      ['個人市民税', 99.1, 99.3, 0.2],
      ['固定資産税', 99.3, 99.5, 0.2],
    ],
    ['A3:A4', 'B3:D3'],
  );
  expect(obs(r, 'B5')).toMatchObject({ value: 99.1, kind: 'actual', fiscalYear: 2023, item: '収納率', debt: '個人市民税' });
  expect(obs(r, 'C5')).toMatchObject({ value: 99.3, kind: 'target', fiscalYear: 2028 });
});

describe('a caption naming the debt with its class or 区分 (a clerk’s look: the figures had been of no debt, left out of 集計)', () => {
  const grid = (caption: string): GridCell[][] => [
    [caption, null, null, null, null],
    [null, null, null, null, '単位:円'],
    ['年度', '調定額', '収入済額', '不納欠損額', '収入未済額'],
    ['令和3年度', 5000000, 4800000, 0, 200000],
    ['令和4年度', 5100000, 4900000, 10000, 190000],
  ];
  test.each([
    ['(1) 市営住宅使用料（私債権）', { debt: '市営住宅使用料', classification: '私債権' }],
    ['保育所保育料（強制徴収公債権）', { debt: '保育所保育料', classification: '強制徴収公債権' }],
    ['下水道使用料　滞納繰越分の推移', { debt: '下水道使用料', division: '滞納繰越分' }],
    ['(2) 滞納繰越分の推移（市営住宅使用料）', { debt: '市営住宅使用料', division: '滞納繰越分' }],
    ['市民税（現年度分）の収納状況の推移', { debt: '市民税', division: '現年度分' }],
  ])('%s', (caption, dims) => {
    const r = read(grid(caption));
    expect(obs(r, 'B4')).toMatchObject({ value: 5000000, item: '調定額', fiscalYear: 2021, ...dims });
    expect(obs(r, 'E5')).toMatchObject({ value: 190000, item: '収入未済額', fiscalYear: 2022, ...dims });
  });

  test('a title naming both 区分 gives the table neither (現年度分・滞納繰越分の状況)', () => {
    expect(obs(read(grid('市民税 現年度分・滞納繰越分の状況')), 'B4')?.division).toBeNull();
  });
});

describe('a note under a table of years down the rows saying a year is an estimate (※令和5年度は決算見込額)', () => {
  const grid = (note: string): GridCell[][] => [
    ['市民税（現年度分）の収納状況の推移', null, null],
    ['年度', '調定額', '収入済額'],
    ['令和3年度', 5000, 4900],
    ['令和4年度', 5100, 5000],
    ['令和5年度', 5200, 5100],
    [note, null, null],
  ];

  test.each(['※令和5年度は決算見込額', '※令和5年度の数値は見込み', '注：令和5年度は見込'])('%s: that year’s figures are a forecast, the others results (a clerk’s look: read as 実績)', (note) => {
    const r = read(grid(note));
    expect(obs(r, 'B5')).toMatchObject({ value: 5200, fiscalYear: 2023, kind: 'forecast' });
    expect(obs(r, 'C4')).toMatchObject({ value: 5000, fiscalYear: 2022, kind: 'actual' });
  });

  test.each([
    ['※令和5年度は決算見込額であり、令和6年度以降は目標値です。', [2023]],
    ['※令和5年度の数値は見込みです。滞納繰越分を含みます。', [2023]],
    ['※収納率は調定額に対する割合。令和5年度は決算見込額', [2023]],
    ['※令和4年度及び令和5年度は決算見込額', [2022, 2023]],
    ['※令和4年度、令和5年度は見込み', [2022, 2023]],
    ['※表中、令和5年度は決算見込額', [2023]],
    ['※令和5年度は決算見込額、令和4年度は見込み', [2022, 2023]],
  ])('%s: the sentence saying it is read among the note’s others (a note was read as one whole line only)', (note, years) => {
    const r = read(grid(note as string));
    for (const [row, year] of [[3, 2021], [4, 2022], [5, 2023]]) {
      expect(obs(r, `B${row}`)).toMatchObject({ fiscalYear: year, kind: (years as number[]).includes(year) ? 'forecast' : 'actual' });
    }
  });

  test.each(['※令和5年度は決算見込額を基に算出した目標', '※令和5年度から見込み方を変更'])('%s: a sentence saying something else of the estimate leaves the year a result', (note) => {
    expect(obs(read(grid(note)), 'B5')).toMatchObject({ fiscalYear: 2023, kind: 'actual' });
  });

  test('a note of another sort leaves them results (※令和5年度から税率改正)', () => {
    expect(obs(read(grid('※令和5年度から税率改正')), 'B5')).toMatchObject({ fiscalYear: 2023, kind: 'actual' });
  });
});

describe('targets of no year with a note giving each column its year (※現状の収納率は令和4年度決算、目標は令和9年度)', () => {
  const grid = (note: string): GridCell[][] => [
    ['債権別の収納率目標', null, null, null, null],
    [null, null, null, null, '単位:％'],
    ['債権名', '区分', '現状の収納率', '目標収納率', '差'],
    ['市民税', '強制徴収公債権', 99.2, 99.5, 0.3],
    ['国民健康保険税', '強制徴収公債権', 95, 95.8, 0.8],
    [note, null, null, null, null],
  ];

  test('each column takes the year its note gives (a clerk’s look: 集計 had left the targets out, of no year)', () => {
    const r = read(grid('※現状の収納率は令和4年度決算、目標は令和9年度'));
    expect(obs(r, 'C4')).toMatchObject({ value: 99.2, item: '収納率', fiscalYear: 2022, kind: 'actual', debt: '市民税' });
    expect(obs(r, 'D5')).toMatchObject({ value: 95.8, item: '収納率', fiscalYear: 2027, kind: 'target', debt: '国民健康保険税' });
  });

  test('a note of another sort gives none (※目標は令和9年度までに達成を目指す)', () => {
    const r = read(grid('※目標は令和9年度までに達成を目指す'));
    expect(obs(r, 'D4')?.fiscalYear).toBeNull();
  });
});

test('the note that a year is an estimate under a table of years across (令和5年度 決算 column): that column is a forecast', () => {
  const r = read([
    ['市税の収納率', null, null, null],
    ['債権名', '令和3年度決算', '令和4年度決算', '令和5年度決算'],
    ['市民税', 98.9, 99.0, 99.1],
    ['固定資産税', 99.2, 99.3, 99.3],
    ['※令和5年度は決算見込額', null, null, null],
  ]);
  expect(obs(r, 'D3')).toMatchObject({ value: 99.1, fiscalYear: 2023, kind: 'forecast' });
  expect(obs(r, 'C4')).toMatchObject({ value: 99.3, fiscalYear: 2022, kind: 'actual' });
});
