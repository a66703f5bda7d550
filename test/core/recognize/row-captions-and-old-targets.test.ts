/**
 * Issue 12, points 3 and 6, inside tables of a debt per row (債権名 | years): a caption row above a
 * seed-like header is no super header (its 計画 never turns 決算 columns into targets); a row of
 * superseded targets in parentheses is read as old targets of its debt, never as a header; a row
 * label that says its kind (現年課税分収入率目標値) gives the kind.
 */
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid as read, observationAt as obs, errorsOf as errors } from '../../fixtures/observations/read-grid';

describe('a caption row above a seed-like header', () => {
  const body: GridCell[][] = [
    ['債権名', 'H28決算', 'H29決算', 'H30決算', 'R1目標'],
    ['市税', 96.2, 96.5, 97.3, 97.5],
    ['介護保険料', 98.0, 97.9, 98.5, 98.6],
    ['保育料', 91.7, 92.5, 94.4, 95.0],
  ];
  const captioned = (text: string): GridCell[][] => [[null, text, null, null, null], ...body];

  test.each([
    ['収納率の実績（第1次計画）', []],
    ['収納率の実績（第1次計画）', ['B1:E1']],
    ['第1次計画 収納率の実績', ['B1:E1']],
    ['計画', []],
    ['計画', ['B1:E1']],
  ])('%s over the value columns (merges %j) is the caption: 決算 columns stay results', (text, merges) => {
    const r = read(captioned(text), merges);
    expect(r.tables).toHaveLength(1);
    const t = r.tables[0];
    expect(t.range).toBe('A2:E5');
    expect(t.columns.find((c) => c.column === 'B')!.header).toBe('H28決算');
    for (const cell of ['B3', 'C4', 'D5']) expect(obs(r, cell)).toMatchObject({ kind: 'actual' });
    expect(obs(r, 'B3')).toMatchObject({ value: 96.2, fiscalYear: 2016, debt: '市税' });
    expect(obs(r, 'E3')).toMatchObject({ value: 97.5, kind: 'target', fiscalYear: 2019 });
    // 72 of 129 once came out with the wrong kind: here none does.
    expect(t.observations.filter((o) => o.kind === 'target').map((o) => o.cell)).toEqual(['E3', 'E4', 'E5']);
  });

  test('a caption naming results gives its kind to columns of bare years', () => {
    const r = read([
      [null, '第1次計画 収納率の実績', null, null],
      ['債権名', '平成28年度', '平成29年度', '平成30年度'],
      ['市税', 96.2, 96.5, 97.3],
      ['介護保険料', 98.0, 97.9, 98.5],
    ]);
    expect(obs(r, 'B3')).toMatchObject({ value: 96.2, kind: 'actual', fiscalYear: 2016, item: '収納率' });
    expect(obs(r, 'D4')).toMatchObject({ value: 98.5, kind: 'actual', fiscalYear: 2018 });
  });

  test('a real super header over some year columns (目標 over H29 … R1) still gives their kind', () => {
    const r = read(
      [
        [null, null, '目標', null],
        ['債権名', 'H28決算', 'H29', 'H30'],
        ['市税', 96.2, 96.5, 97.3],
        ['介護保険料', 98.0, 97.9, 98.5],
      ],
      ['C1:D1'],
    );
    expect(obs(r, 'B3')).toMatchObject({ kind: 'actual', fiscalYear: 2016 });
    expect(obs(r, 'C3')).toMatchObject({ kind: 'target', fiscalYear: 2017 });
    expect(obs(r, 'D4')).toMatchObject({ kind: 'target', fiscalYear: 2018 });
  });
});

describe('a row of superseded targets in parentheses', () => {
  test('under its debt: the old targets of that debt, with a note, never a figure of the next debt', () => {
    const r = read([
      ['債権名', '平成28年度', '平成29年度', '平成30年度'],
      ['市税', 96.2, 96.5, 97.3],
      [null, '(96.0%)', '(96.3%)', '(96.6%)'],
      ['介護保険料', 98.0, 97.9, 98.5],
    ]);
    expect(obs(r, 'C3')).toMatchObject({ value: 96.3, kind: 'target', debt: '市税', fiscalYear: 2017, note: '括弧書き（旧目標）' });
    expect(obs(r, 'C2')).toMatchObject({ value: 96.5, kind: 'actual', debt: '市税', note: null });
    expect(obs(r, 'C4')).toMatchObject({ value: 97.9, debt: '介護保険料', note: null });
  });

  test('right under the header: figures of the row below, not header words', () => {
    const r = read([
      ['債権名', '平成28年度 目標', '平成29年度 目標', '平成30年度 目標'],
      [null, '(96.0)', '(96.3)', '(96.6)'],
      ['市税', 96.2, 96.5, 97.3],
      ['介護保険料', 98.0, 97.9, 98.5],
    ]);
    expect(r.tables[0].range).toBe('A1:D4');
    expect(obs(r, 'B2')).toMatchObject({ value: 96, kind: 'target', debt: '市税', fiscalYear: 2016, note: '括弧書き（旧目標）' });
    expect(obs(r, 'B3')).toMatchObject({ value: 96.2, kind: 'target', debt: '市税', note: null });
  });

  test('a 合計 does not sum the old targets', () => {
    const grid: GridCell[][] = [
      ['債権名', '平成28年度', '平成29年度'],
      ['市税', 100, 200],
      [null, '(90)', '(190)'],
      ['保育料', 10, 20],
      ['合計', 110, 220],
    ];
    const r = read(grid);
    expect(errors(r)).toEqual([]);
    grid[4][2] = 230;
    expect(errors(read(grid))).toEqual(['total-mismatch@C5']);
  });
});

test('a row label that says its kind (現年課税分収入率目標値) gives that kind, under a label header', () => {
  const r = read([
    ['債権名', '平成28年度', '平成29年度', '平成30年度'],
    ['現年課税分収入率実績', 98.2, 98.5, 98.7],
    ['現年課税分収入率目標値', 98.5, 98.8, 99.0],
  ]);
  expect(obs(r, 'B2')).toMatchObject({ value: 98.2, kind: 'actual', item: '収納率', division: '現年度分', fiscalYear: 2016 });
  expect(obs(r, 'C3')).toMatchObject({ value: 98.8, kind: 'target', item: '収納率', division: '現年度分', fiscalYear: 2017 });
});

describe('a figure whose header and caption name no kind', () => {
  const body: GridCell[][] = [
    ['債権名', '平成28年度', '平成29年度', '平成30年度'],
    ['市税', 96.2, 96.5, 97.3],
    ['介護保険料', 98.0, 97.9, 98.5],
  ];
  test.each([[null], ['第1次計画'], ['収納率の推移']])('is an actual result (caption %p)', (caption) => {
    const r = read(caption ? [[caption], ...body] : body);
    expect(r.tables.map((t) => t.shape)).toEqual(['rows']);
    const figures = r.tables.flatMap((t) => t.observations);
    expect(figures).toHaveLength(6);
    expect(figures.every((o) => o.kind === 'actual')).toBe(true);
  });

  test('under a caption naming targets, columns without a year are not taken for results', () => {
    const r = read([
      ['徴収目標'],
      ['債権名', '調定額', '収入済額'],
      ['市税', 1000, 990],
      ['介護保険料', 500, 490],
    ]);
    expect(r.tables.map((t) => t.shape)).toEqual(['rows']);
    const figures = r.tables.flatMap((t) => t.observations);
    expect(figures).toHaveLength(4);
    expect(figures.some((o) => o.kind === 'actual')).toBe(false);
  });
});

test('years printed newest first: the 増減 beside them is the later year less the earlier (issue 12 point 2)', () => {
  const grid: GridCell[][] = [
    ['債権名', '令和2年度', '令和元年度', '増減'],
    ['市税', 97.3, 96.5, 0.8],
    ['介護保険料', 98.5, 97.9, 0.6],
  ];
  const r = read(grid);
  expect(r.tables.map((t) => t.shape)).toEqual(['rows']);
  expect(r.tables[0].columns.find((c) => c.column === 'D')).toMatchObject({ role: 'delta', minuendColumn: 'B', subtrahendColumn: 'C' });
  expect(errors(r)).toEqual([]);
  grid[2][3] = -0.6;
  expect(errors(read(grid))).toEqual(['delta-mismatch@D3']);
});
