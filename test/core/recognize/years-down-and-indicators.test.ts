/**
 * Small tables written from the words of the seventh round's rules: a heading that starts with the
 * debt it speaks of (国民健康保険料(税)を…, 市税は…) names the table's debt, as one that names it
 * before の does.
 */
import { inspect } from '../../../src/core/engine';
import type { Report } from '../../../src/core/report';
import { workbookOf } from '../../fixtures/observations/score';
import type { GridCell } from '../../fixtures/observations/types';

function read(grid: GridCell[][], merges: string[] = [], name = 'S'): Report {
  return inspect(workbookOf([{ name, grid, merges }]), 't.xlsx');
}
const obs = (r: Report, cell: string) => r.tables.flatMap((t) => t.observations).find((o) => o.cell === cell);

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
