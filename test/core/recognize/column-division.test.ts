/**
 * A row table whose column header names the 区分 (現年度分収納率, 滞納繰越分 収入未済額): the figures
 * under it are of that 区分 where the row names none, as a 現年度分 row's are (a 徴収計画 by debt
 * prints 現年度分収納率 beside a 収入未済額 of the whole). Written from the rule's words.
 */
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid as read, observationAt as obs } from '../../fixtures/observations/read-grid';

const n = (v: number, fmt = '#,##0'): GridCell => ({ v, fmt });

test('a column group headed 現年度分収納率 gives its figures the 現年度分; the 収入未済額 beside it stays of no 区分', () => {
  const r = read(
    [
      ['平成28年度 徴収計画', null, null, null, null],
      ['債権名', '現年度分収納率(%)', null, '収入未済額(千円)', null],
      [null, 'H27実績', 'H28目標', 'H27実績', 'H28目標'],
      ['市税', n(98.72, '0.00'), n(98.8, '0.00'), n(1199219), n(1182505)],
      ['保育料', n(98.36, '0.00'), n(99.9, '0.00'), n(60301), n(56420)],
    ],
    ['A2:A3', 'B2:C2', 'D2:E2'],
  );
  expect(obs(r, 'B4')).toMatchObject({ value: 98.72, debt: '市税', item: '収納率', fiscalYear: 2015, kind: 'actual', division: '現年度分' });
  expect(obs(r, 'C5')).toMatchObject({ value: 99.9, debt: '保育料', item: '収納率', fiscalYear: 2016, kind: 'target', division: '現年度分' });
  expect(obs(r, 'D4')).toMatchObject({ value: 1199219, item: '収入未済額', fiscalYear: 2015, division: null });
});

test('滞納繰越分 over a column is that 区分, beside a column of the whole', () => {
  const r = read(
    [
      ['収納率の推移', null, null, null],
      ['債権名', '滞納繰越分収納率(%)', null, '収納率(%)'],
      [null, '令和4年度', '令和5年度', '令和5年度'],
      ['市税', n(30.1, '0.0'), n(31.2, '0.0'), n(97.5, '0.0')],
      ['国民健康保険税', n(20.5, '0.0'), n(22.0, '0.0'), n(90.1, '0.0')],
    ],
    ['A2:A3', 'B2:C2'],
  );
  expect(obs(r, 'B4')).toMatchObject({ value: 30.1, debt: '市税', fiscalYear: 2022, division: '滞納繰越分' });
  expect(obs(r, 'C5')).toMatchObject({ value: 22, debt: '国民健康保険税', fiscalYear: 2023, division: '滞納繰越分' });
  expect(obs(r, 'D5')).toMatchObject({ value: 90.1, debt: '国民健康保険税', fiscalYear: 2023, division: null });
});

test('a row labelled 現年課税分 is of that 区分, as 現年度分 is (its figures were summed with the 合計 row)', () => {
  const r = read(
    [
      ['国民健康保険税の収納状況', null, null, null, null, null],
      ['債権名', '区分', '調定額', '収入済額', '不納欠損額', '収入未済額'],
      ['国民健康保険税', '現年課税分', n(2000), n(1900), n(0), n(100)],
      [null, '滞納繰越分', n(400), n(100), n(20), n(280)],
      [null, '合計', n(2400), n(2000), n(20), n(380)],
    ],
    ['A3:A5'],
  );
  expect(obs(r, 'C3')).toMatchObject({ value: 2000, debt: '国民健康保険税', item: '調定額', division: '現年度分' });
  expect(obs(r, 'C4')).toMatchObject({ value: 400, division: '滞納繰越分' });
  expect(obs(r, 'C5')).toMatchObject({ value: 2400, division: '全体' });
  expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
});
