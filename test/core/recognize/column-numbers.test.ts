/**
 * A row numbering the columns under the header ((1) | (2) | (2)/(1), in full width, or 1 | 2 | 2/1): the columns' tags,
 * as ① ② ②/① are, in a table of debts by item (a matrix) and in a plan table (所管課 | 債権名 | years): no figures read
 * from it, no era years, and a rate or difference written with the numbers checked as they say.
 */
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid as read, observationAt as obs, errorsOf as errors } from '../../fixtures/observations/read-grid';
describe('a row of column numbers under the header ((1) | (2) | (2)/(1), 1 | 2 | 2/1): the columns’ tags, no figures', () => {
  const grid = (numbers: GridCell[], rate: number): GridCell[][] => [
    ['市税の徴収状況(単位:千円、%)', null, null, null],
    ['区分', '調定額', '収入済額', '収納率'],
    [null, ...numbers],
    ['市民税', 1000, 900, rate],
    ['固定資産税', 2000, 1900, 95.0],
  ];
  const rows: [string, GridCell[]][] = [
    ['in brackets', ['(1)', '(2)', '(2)/(1)']],
    ['in full-width brackets', ['（１）', '（２）', '（２）／（１）']],
    ['typed as text', ['1', '2', '2/1']],
    ['typed as numbers beside a formula', [1, 2, '2/1']],
  ];

  test.each(rows)('numbers %s: no figure, no finding as printed, the figures below of no year', (_, numbers) => {
    const r = read(grid(numbers, 90.0));
    expect(obs(r, 'B3')).toBeUndefined();
    expect(obs(r, 'C3')).toBeUndefined();
    expect(obs(r, 'B4')).toMatchObject({ value: 1000, item: '調定額', fiscalYear: null, debt: '市民税' });
    expect(obs(r, 'C4')).toMatchObject({ value: 900, item: '収入済額', fiscalYear: null, debt: '市民税' });
    expect(r.issues).toEqual([]);
  });

  test.each(rows)('numbers %s: a rate that is not (2)/(1) is found at its cell', (_, numbers) => {
    expect(errors(read(grid(numbers, 80.0)))).toEqual(['rate-mismatch@D4']);
  });

  test('columns named by no item are checked as their numbers say: a ratio (2)/(1) and a difference (2)-(1)', () => {
    const named = (ratio: number, diff: number): GridCell[][] => [
      ['徴収実績(単位:千円)'],
      ['区分', '目標', '実績', '達成率', '差'],
      [null, '(1)', '(2)', '(2)/(1)', '(2)-(1)'],
      ['市民税', 1000, 900, ratio, diff],
      ['固定資産税', 2000, 1900, 95.0, -100],
    ];
    expect(errors(read(named(90.0, -100)))).toEqual([]);
    expect(errors(read(named(80.0, -100)))).toEqual(['ratio-mismatch@D4']);
    expect(errors(read(named(90.0, -200)))).toEqual(['delta-mismatch@E4']);
  });
});

describe('a row of column numbers under a plan table’s header (所管課 | 債権名 | 令和元年度実績 | 令和7年度目標 | 差引)', () => {
  const grid = (numbers: GridCell[], delta: number): GridCell[][] => [
    ['収入未済額の目標(単位:千円)'],
    ['所管課', '債権名', '令和元年度実績', '令和7年度目標', '差引'],
    [null, null, ...numbers],
    ['税務課', '市民税', 1000, 900, delta],
    ['保険課', '国民健康保険税', 2000, 1900, -100],
    ['子育て課', '保育料', 200, 190, -10],
  ];
  const rows: [string, GridCell[]][] = [
    ['in brackets', ['(1)', '(2)', '(2)-(1)']],
    ['typed as text', ['1', '2', '2-1']],
    ['typed as numbers beside a formula', [1, 2, '2-1']],
  ];

  test.each(rows)('numbers %s: read as the tags ① ② ②-① are, no figure, no finding as printed', (_, numbers) => {
    const r = read(grid(numbers, -100));
    expect(r.tables.map((t) => t.shape)).toEqual(['rows']);
    expect(obs(r, 'C3')).toBeUndefined();
    expect(obs(r, 'C4')).toMatchObject({ value: 1000, item: '収入未済額', fiscalYear: 2019, kind: 'actual', department: '税務課', debt: '市民税' });
    expect(obs(r, 'E4')).toMatchObject({ value: -100, item: '収入未済額', derived: 'delta' });
    expect(r.issues).toEqual([]);
  });

  test.each(rows)('numbers %s: a 差引 that is not (2)-(1) is found at its cell', (_, numbers) => {
    expect(errors(read(grid(numbers, -150)))).toEqual(['delta-mismatch@E4']);
  });
});

describe('what is no row of column numbers (a review of the rule)', () => {
  test('era years typed as text under a 区分 merged down (28 | 29 | 30) are years, not column numbers', () => {
    const r = read([
      ['市税収納率の推移(単位:%)', null, null, null],
      ['区分', '年度', null, null],
      [null, '28', '29', '30'],
      ['市民税', 98.1, 98.3, 98.5],
      ['固定資産税', 97.0, 97.2, 97.4],
    ], ['A2:A3', 'B2:D2']);
    expect(obs(r, 'B4')).toMatchObject({ value: 98.1, fiscalYear: 2016 });
    expect(obs(r, 'D5')).toMatchObject({ value: 97.4, fiscalYear: 2018 });
  });

  test('era years typed as numbers beside their difference (4 | 5 | 5-4) are years, not column numbers', () => {
    const r = read([
      ['市税収納率の推移(単位:%)', null, null, null],
      ['区分', '令和(年度)', null, null],
      [null, 4, 5, '5-4'],
      ['市民税', 98.1, 98.3, 0.2],
      ['固定資産税', 97.0, 97.2, 0.2],
    ], ['A2:A3', 'B2:D2']);
    expect(obs(r, 'B4')).toMatchObject({ value: 98.1, fiscalYear: 2022 });
    expect(obs(r, 'C5')).toMatchObject({ value: 97.2, fiscalYear: 2023 });
  });

  test.each([[['①', '②', '②/①-1']], [['(1)', '(2)', '(2)/(1)-1']]])('a rate of change written %j: the 1 after the minus is a constant, no column', (numbers) => {
    const grid = (e4: number): GridCell[][] => [
      ['収入未済額の目標(単位:千円、%)'],
      ['所管課', '債権名', '令和元年度実績', '令和7年度目標', '増減率'],
      [null, null, ...numbers],
      ['税務課', '市民税', 1000, 900, e4],
      ['保険課', '国民健康保険税', 2000, 1900, -5.0],
      ['子育て課', '保育料', 200, 190, -5.0],
    ];
    expect(read(grid(-10.0)).issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(errors(read(grid(-20.0))).filter((e) => !e.endsWith('@E4'))).toEqual([]);
  });
});
