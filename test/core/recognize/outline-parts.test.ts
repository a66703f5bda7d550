/**
 * Taxes as an outline down one label column (1普通税 › ア 市町村民税 › (ア) 個人分), or down label columns by
 * depth: a part that is no tax of its own (個人分, 土地, 交付金) is its parent tax's.
 */
import type { Report } from '../../../src/core/report';
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid as read, errorsOf as errors } from '../../fixtures/observations/read-grid';

const debtAt = (r: Report, cell: string) => r.tables.flatMap((t) => t.observations).find((o) => o.cell === cell)?.debt;

describe('one label column numbered as an outline', () => {
  const grid: GridCell[][] = [
    ['道府県税の収入状況 (単位:千円)', null, null, null],
    ['区分', '調定額', '収入額', '徴収率(%)'],
    ['1普通税', 3100, 2950, 95.2],
    [' ア 道府県民税', 2000, 1950, 97.5],
    [' (ア) 個人分', 1500, 1455, 97.0],
    [' (イ) 法人分', 400, 396, 99.0],
    [' (ウ) 利子割', 90, 90, 100.0],
    [' イ 事業税', 1000, 980, 98.0],
    [' (ア) 個人分', 200, 190, 95.0],
    [' (イ) 法人分', 800, 792, 99.0],
  ];

  test('a number written close against a tax (1普通税) is the outline\'s, no part of the name', () => {
    expect(debtAt(read(grid), 'B3')).toBe('普通税');
  });

  test('a part that is no tax (個人分) is its parent\'s: 道府県民税(個人分), 事業税(個人分)', () => {
    const r = read(grid);
    expect(debtAt(r, 'B5')).toBe('道府県民税(個人分)');
    expect(debtAt(r, 'C6')).toBe('道府県民税(法人分)');
    expect(debtAt(r, 'D9')).toBe('事業税(個人分)');
    expect(debtAt(r, 'B10')).toBe('事業税(法人分)');
    expect(errors(r)).toEqual([]);
  });

  test('a tax levied as 割 (利子割) is one of its own; its parent keeps its own name', () => {
    const r = read(grid);
    expect(debtAt(r, 'B7')).toBe('利子割');
    expect(debtAt(r, 'B4')).toBe('道府県民税');
  });

  test('a part\'s rate typed wrong is found at its cell, not taken for the other tax\'s part of that name', () => {
    expect(errors(read(grid, [], { D6: 90.9 }))).toEqual(['rate-mismatch@D6']);
  });
});

describe('a tax net of its grant (純固定資産税) and the grant (交付金), in an outline or in label columns by depth', () => {
  test('in an outline: the net\'s parts are the tax\'s (固定資産税(土地)), and so is its 交付金', () => {
    const r = read([
      ['市町村税の収入状況 (単位:千円)', null, null],
      ['区分', '調定額', '収入額'],
      [' イ 固定資産税', 1000, 950],
      [' (ア) 純固定資産税', 880, 836],
      ['土地', 400, 380],
      ['家屋', 470, 446],
      [' (イ) 交付金', 110, 110],
    ]);
    expect(debtAt(r, 'B4')).toBe('純固定資産税');
    expect(debtAt(r, 'B5')).toBe('固定資産税(土地)');
    expect(debtAt(r, 'C6')).toBe('固定資産税(家屋)');
    expect(debtAt(r, 'B7')).toBe('固定資産税(交付金)');
  });

  test('a row without a number after the outline\'s last (その他 after (2) 固定資産税) is the list\'s, no part', () => {
    const r = read([
      ['市税の収入状況 (単位:千円)', null, null, null],
      ['区分', '調定額', '収入額', '徴収率(%)'],
      ['(1) 市民税', 2000, 1950, 97.5],
      ['(2) 固定資産税', 1000, 950, 95.0],
      ['その他', 300, 291, 97.0],
    ]);
    expect(debtAt(r, 'B5')).toBe('その他');
    expect(debtAt(r, 'B4')).toBe('固定資産税');
  });

  test('in label columns by depth: the same', () => {
    const grid: GridCell[][] = [
      ['市町村税の徴収実績 (単位:千円)', null, null, null, null],
      ['区分', null, null, '調定額', null],
      [null, null, null, '現年課税分', '滞納繰越分'],
      ['固定資産税', null, null, 1000, 95],
      [null, '純固定資産税', null, 880, 83],
      [null, null, '土地', 400, 38],
      [null, null, '家屋', 470, 44],
      [null, '交付金', null, 110, 0],
    ];
    const r = read(grid, ['A2:C3', 'D2:E2']);
    expect(debtAt(r, 'D6')).toBe('固定資産税(土地)');
    expect(debtAt(r, 'E7')).toBe('固定資産税(家屋)');
    expect(debtAt(r, 'D8')).toBe('固定資産税(交付金)');
  });
});

test('a count or an amount written close against a name (2期分の保育料, 10万円以上の滞納金) keeps its number', () => {
  const r = read([
    ['保育料の滞納状況 (単位:千円)', null, null, null],
    ['区分', '調定額', '収入額', '収納率(%)'],
    ['1期分の保育料', 2000, 1950, 97.5],
    ['2期分の保育料', 1000, 950, 95.0],
  ]);
  expect(debtAt(r, 'B3')).toBe('1期分の保育料');
  expect(debtAt(r, 'C4')).toBe('2期分の保育料');
});
