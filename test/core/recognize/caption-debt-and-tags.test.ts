/**
 * Small tables not a debt a row, each written from the rule's words: a column of counts beside
 * years down the rows is counts (3, 5, 8, 12 under 件数 are no era years); a caption that ends with
 * one debt in parentheses names the table's debt; a column of row tags (①②③) names nothing; a
 * unit alone on a row under its header (千円) names nothing; a ②のうち… row is a part of ②, left
 * out of the 計; a row whose only figure is mistyped (90.O9) does not end the table; figures written
 * with their change in parentheses (98.10%(+0.20)) or their unit (12億円), under a caption that names
 * the debt before its 徴収対策, in rows of 現年賦課分 and 滞納繰越分.
 */
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid as read, observationAt as obs, errorsOf as errors } from '../../fixtures/observations/read-grid';

describe('arrears by the year they were charged, the debt in the caption', () => {
  const grid: GridCell[][] = [
    ['令和5年度末 滞納額の内訳（後期高齢者医療保険料）', null, '(単位:件、円)'],
    ['賦課年度', '件数', '滞納額'],
    ['令和元年度', 3, 45600],
    ['令和2年度', 5, 81200],
    ['令和3年度', 8, 120500],
    ['令和4年度', 12, 230100],
  ];

  test('the counts are counts of their row’s year, however they rise; the years are the rows’', () => {
    const r = read(grid);
    expect(obs(r, 'B3')).toMatchObject({ value: 3, item: '件数', fiscalYear: 2019, unit: '件' });
    expect(obs(r, 'B6')).toMatchObject({ value: 12, item: '件数', fiscalYear: 2022 });
    expect(obs(r, 'C4')).toMatchObject({ value: 81200, item: '収入未済額', fiscalYear: 2020, unit: '円' });
  });

  test('every figure is of the debt the caption names in parentheses', () => {
    const r = read(grid);
    for (const cell of ['B3', 'C3', 'B6', 'C6']) expect(obs(r, cell)?.debt).toBe('後期高齢者医療保険料');
  });

  test('a 区分 in parentheses is still a 区分, not a debt', () => {
    const r = read([['調定額の推移（現年課税分）', null, null], [null, '令和3年度', '令和4年度'], ['個人市民税', 5000, 5200], ['固定資産税', 8000, 8100]]);
    expect(obs(r, 'B3')).toMatchObject({ debt: '個人市民税', division: '現年度分', item: '調定額', fiscalYear: 2021 });
  });
});

describe('stages tagged ①②③ in a column of their own, a unit on a row under its header, a part of ②', () => {
  const grid: GridCell[][] = [
    ['差押え等の状況', null, null, null],
    ['区分', null, '件数', '金額'],
    [null, null, null, '千円'],
    ['差押', '①', 120, 15000],
    ['交付要求', '②', 40, 3000],
    ['②のうち参加差押', null, null, 1200],
    ['執行停止', '③', 30, 2500],
    ['計', null, 190, 20500],
  ];
  const merges = ['A2:B3', 'C2:C3', 'A6:B6', 'A8:B8'];

  test('the tags and the unit name nothing: each row is named by its label', () => {
    const r = read(grid, merges);
    expect(obs(r, 'C4')).toMatchObject({ value: 120, item: '件数', debt: '差押' });
    expect(obs(r, 'D5')).toMatchObject({ value: 3000, item: '金額', unit: '千円', debt: '交付要求' });
    for (const o of r.tables.flatMap((t) => t.observations)) expect([o.debt, o.stage]).not.toContain('千円');
    for (const o of r.tables.flatMap((t) => t.observations)) expect(o.debt ?? '').not.toMatch(/^[①-⑳]$/);
  });

  test('②のうち… is a part of ②, never added into the 計: the 計 as printed is right, a wrong one is found', () => {
    const r = read(grid, merges);
    expect(obs(r, 'D6')).toMatchObject({ value: 1200, debt: '参加差押', part: true });
    expect(errors(r)).toEqual([]);
    expect(errors(read(grid, merges, { D8: 21700 }))).toEqual(['total-mismatch@D8']);
  });
});

describe('a years-down table whose one figure of a year is mistyped as text', () => {
  const grid: GridCell[][] = [
    ['収納率の推移'],
    ['年度', '収納率(%)'],
    ...[2016, 2017, 2018, 2019, 2020].map((y, i): GridCell[] => [`${y}年度`, { v: 90 + i / 10, fmt: '0.0' }]),
  ];

  test('the text is found at its cell, and the years after it are still read', () => {
    const r = read(grid, [], { B5: '90.2O' });
    expect(errors(r)).toEqual(['not-a-number@B5']);
    expect(obs(r, 'B6')).toMatchObject({ value: 90.3, item: '収納率', fiscalYear: 2019 });
    expect(obs(r, 'B7')).toMatchObject({ value: 90.4, fiscalYear: 2020 });
  });
});

describe('rates written with their change in parentheses, amounts with their unit, the debt in a title', () => {
  const grid: GridCell[][] = [
    ['介護保険料徴収対策の状況について', null, null],
    ['収納率の推移(括弧書きは対前年度比増減)', null, null],
    [null, '令和4年度', '令和5年度'],
    ['現年賦課分', '98.10%(+0.20)', '97.95%(−0.15)'],
    ['滞納繰越分', '20.5%(+1.1', '22.0%(+1.5'],
    ['滞納額', '12億円', '11億円'],
    ['うち時効', '3,400千円', '2,900千円'],
  ];

  test('each is its figure, of the debt the title names, in its 区分, in its own unit', () => {
    const r = read(grid);
    expect(obs(r, 'B4')).toMatchObject({ value: 98.1, item: '収納率', fiscalYear: 2022, kind: 'actual', debt: '介護保険料', division: '現年度分', unit: '%', note: '(+0.20)' });
    expect(obs(r, 'C5')).toMatchObject({ value: 22, item: '収納率', fiscalYear: 2023, division: '滞納繰越分' });
    expect(obs(r, 'C6')).toMatchObject({ value: 11, item: '収入未済額', debt: '介護保険料', unit: null });
    expect(obs(r, 'B7')).toMatchObject({ value: 3400, unit: '千円', part: true });
  });

  test('a rate above 100 is found, however it is written', () => {
    expect(errors(read(grid, [], { C4: '979.5%(−0.15)' }))).toEqual(['rate-out-of-range@C4']);
  });
});

describe('a note between the caption and the header', () => {
  test('is no title: the caption above it is (a user’s look: ※単位未満四捨五入… had been the table’s title)', () => {
    const grid: GridCell[][] = [
      ['収入未済額（単位：千円）', null],
      ['※単位未満四捨五入のため、内訳と合計が一致しない場合があります。', null],
      ['債権名', '令和5年度実績'],
      ['市税', 465400],
      ['国民健康保険税', 258300],
      ['合計', 723700],
    ];
    expect(read(grid).tables[0]).toMatchObject({ title: '収入未済額(単位:千円)', unit: '千円' });
  });
});
