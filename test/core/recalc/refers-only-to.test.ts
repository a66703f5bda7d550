/**
 * A user's formula in a computed cell is kept when it reads nothing but the computed formula's
 * operands. The common formulas (E5-C5) are scanned without a regex; the scan must agree with the
 * reading by regex on every formula, which this test holds it to with random formulas.
 */
import fc from 'fast-check';
import { refersOnlyTo } from '../../../src/core/recalc';

/** The reference reading: every A1 reference outside string literals must be an operand. */
function byRegex(formula: string, operands: string[]): boolean {
  if (/!|\[/.test(formula)) return false;
  const refs = (formula.toUpperCase().replace(/"[^"]*"/g, '').match(/\$?[A-Z]{1,3}\$?\d+/g) ?? []).map((r) => r.replace(/\$/g, ''));
  return refs.every((r) => operands.includes(r));
}

describe('refersOnlyTo', () => {
  it.each([
    ['E5-C5', ['E5', 'C5'], true],
    ['C5-E5', ['E5', 'C5'], true],
    ['E5-C6', ['E5', 'C5'], false],
    ['E5-C5+F5', ['E5', 'C5'], false],
    ['ABS(E5)-C5', ['E5', 'C5'], true],
    ['LOG10(E5)', ['E5'], false],
    ['E5-100', ['E5'], true],
    ['$E$5-C5', ['E5', 'C5'], true],
    ['e5-c5', ['E5', 'C5'], true],
    ['Sheet2!E5-C5', ['E5', 'C5'], false],
    ['IF(E5="",C5,E5)', ['E5', 'C5'], true],
    ['"Z9"&E5', ['E5'], true],
    ['SUM(C5:C9)', ['C5', 'C9'], true],
  ])('%s reads only %j: %s', (formula, operands, expected) => {
    expect(refersOnlyTo(formula, operands)).toBe(expected);
    expect(byRegex(formula, operands)).toBe(expected);
  });

  it('agrees with the regex reading on random formulas', () => {
    const cell = fc.tuple(fc.constantFrom('', '$'), fc.constantFrom('C', 'E', 'AB', 'XFD', 'ABCD', 'LOG', 'SUM'), fc.constantFrom('', '$'), fc.constantFrom('', '5', '10', '1048576'));
    const token = fc.oneof(
      cell.map((p) => p.join('')),
      fc.constantFrom('+', '-', '*', '/', '(', ')', ':', ',', '"', '!', ' ', '.', '100', '1.5', 'IF(', '""', 'N('),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), fc.subarray(['C5', 'E5', 'AB10', 'XFD1048576', 'BCD5', 'LOG10']), (tokens, operands) => {
        const f = tokens.join('');
        expect(refersOnlyTo(f, operands)).toBe(byRegex(f, operands));
      }),
      { seed: 20261123, numRuns: 5000 },
    );
  });
});
