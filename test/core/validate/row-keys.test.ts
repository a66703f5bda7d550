/**
 * RowKeys (maps of maps) answers as the one map of joined `department|debt|third` keys it replaced
 * in duplicate-debt, division-inconsistent and the catalog rules: names holding a `|` included,
 * where two different rows make the same joined key.
 */
import fc from 'fast-check';
import { RowKeys } from '../../../src/core/validate/row-keys';
import { check, codes, rateTable } from './helpers';

const part = fc.constantFrom('', 'A', 'B', 'A|B', 'B|C', '|', 'C', '税務課', '市税|');
const third = fc.constantFrom('', '現年度分', '滞納繰越分', '全体', '私債権');

describe('RowKeys', () => {
  it('finds a row again exactly where the joined key does', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(part, part, third), { maxLength: 40 }), (rows) => {
        const joined = new Map<string, number>();
        const keys = new RowKeys<number>();
        rows.forEach(([d, e, t], i) => {
          const key = `${d}|${e}|${t}`;
          expect(keys.firstOr(d, e, t, i)).toBe(joined.get(key));
          if (!joined.has(key)) joined.set(key, i);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the joined key’s answer for a department and debt that join alike (A|B + C, A + B|C)', () => {
    const keys = new RowKeys<string>();
    expect(keys.firstOr('A|B', 'C', '', 'first')).toBeUndefined();
    expect(keys.firstOr('A', 'B|C', '', 'second')).toBe('first');
    expect(keys.firstOr('A', 'B', '', 'third')).toBeUndefined();
    expect(keys.firstOr('A', 'B', '現年度分', 'fourth')).toBeUndefined();
    expect(keys.firstOr('A', 'B', '', 'fifth')).toBe('third');
    expect(keys.firstOr('A', 'B', '現年度分', 'sixth')).toBe('fourth');
  });
});

describe('duplicate-debt through RowKeys', () => {
  it('takes department A|B with debt C and department A with debt B|C for one debt, as the joined key did', () => {
    const fs = check(rateTable([['A|B', 'C', 96.2, 96.0, 97.3, 1.1], ['保険課', '国民健康保険料', 84.9, 85.0, 89.2, 4.3], ['A', 'B|C', 96.2, 96.0, 97.3, 1.1]]));
    expect(codes(fs, 'duplicate-debt')).toEqual([['B6', 'warning']]);
  });
});
