/**
 * Years down the rows, one column a tax, the total printed first (市税総額 on the left), and one tax split
 * into its whole and a part of it (固定資産税 › 全体 | うち償却資産分): the part is the tax's, never an addend
 * of the total; the whole is the tax itself; the total is checked against the columns right of it.
 * Written from the rule's words (figures invented, arithmetic kept).
 */
import type { Report } from '../../../src/core/report';
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid, observationAt as obs, errorsOf as errors } from '../../fixtures/observations/read-grid';

function read(edits: Record<string, GridCell> = {}): Report {
  const grid: GridCell[][] = [
    ['市税の推移', null, null, null, null, null],
    ['(単位:百万円)', null, null, null, null, null],
    ['年度', '市税総額', '市民税', '固定資産税', null, 'その他の税'],
    [null, null, null, '全体', 'うち償却資産分', null],
    ['令和3年度', 1000, 400, 500, 120, 100],
    ['令和4年度', 1050, 420, 520, 130, 110],
  ];
  return readGrid(grid, ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4'], edits);
}

test('the part is the tax’s at its stage, the whole the tax itself, the first column the total', () => {
  const r = read();
  expect(obs(r, 'E5')).toMatchObject({ value: 120, debt: '固定資産税', stage: 'うち償却資産分', part: true, derived: null, fiscalYear: 2021 });
  expect(obs(r, 'D5')).toMatchObject({ value: 500, debt: '固定資産税', derived: null });
  expect(obs(r, 'B6')).toMatchObject({ value: 1050, debt: null, derived: 'total', fiscalYear: 2022 });
  expect(errors(r)).toEqual([]);
});

test('a total printed first that is not the sum of the columns right of it (the part left out) is found', () => {
  expect(errors(read({ B5: 1120 }))).toEqual(['total-mismatch@B5']);
  // A wrong part changes no total.
  expect(errors(read({ E6: 230 }))).toEqual([]);
});
