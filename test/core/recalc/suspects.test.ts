/** The formulas whose figures tell what an operand should hold: cells added and taken away, behind 再計算's blank guard. */
import { linearTerms, ratioTerms, slipOfKeys } from '../../../src/core/recalc/suspects';

describe('linearTerms', () => {
  it('reads differences, sums and wholes, each cell with its sign', () => {
    expect(linearTerms('=IF(OR(E4="",C4=""),"",E4-C4)')).toEqual(new Map([['E4', 1], ['C4', -1]]));
    expect(linearTerms('SUM(K5:K6,K8)')).toEqual(new Map([['K5', 1], ['K6', 1], ['K8', 1]]));
    expect(linearTerms('IF(AND(B7="",C7=""),"",N(B7)+N(C7))')).toEqual(new Map([['B7', 1], ['C7', 1]]));
    expect(linearTerms('IF(OR(D5="",E5=""),"",D5-E5-N(F5))')).toEqual(new Map([['D5', 1], ['E5', -1], ['F5', -1]]));
  });

  it('reads nothing of a rate, a product or another sheet', () => {
    expect(linearTerms('IF(OR(D5="",E5="",D5=0),"",E5/D5*100)')).toBeNull();
    expect(linearTerms("SUM('2-1'!C5:C9)")).toBeNull();
    expect(linearTerms('E4*2')).toBeNull();
    expect(linearTerms('E4C4')).toBeNull();
  });
});

describe('ratioTerms', () => {
  it('reads a rate 再計算 writes: in points, as a fraction shown in percent, cut down', () => {
    expect(ratioTerms('IF(OR(D5="",E5="",D5=0),"",E5/D5*100)')).toEqual({ num: 'E5', den: 'D5', scale: 100, cutDown: false });
    expect(ratioTerms('IF(OR(D5="",E5="",D5=0),"",E5/D5)')).toEqual({ num: 'E5', den: 'D5', scale: 1, cutDown: false });
    expect(ratioTerms('IF(OR(D5="",E5="",D5=0),"",ROUNDDOWN(E5/D5*100,1))')).toEqual({ num: 'E5', den: 'D5', scale: 100, cutDown: true });
  });

  it('reads nothing of a sum, a difference or a rate of a sum', () => {
    expect(ratioTerms('SUM(D5:D9)')).toBeNull();
    expect(ratioTerms('IF(OR(E4="",C4=""),"",E4-C4)')).toBeNull();
    expect(ratioTerms('(E5+F5)/D5*100')).toBeNull();
  });
});

describe('slips of the keys (slipOfKeys): the typed figure against the one its dependants show', () => {
  it.each([
    [33000, 330000, true, 'a zero dropped'],
    [3300000, 330000, true, 'a zero added'],
    [1234567, 123567, true, 'a digit added'],
    [12435, 12345, true, 'two neighbouring digits swapped'],
    [953, 95.3, true, 'the decimal point a place off'],
    [9.53, 95.3, true, 'the decimal point a place off, the other way'],
    [5298765, 5198765, true, 'a digit typed for another'],
    [352000, 330000, false, 'a revision: several digits changed'],
    [3000, 300000, false, 'two digits off'],
    [14325, 12345, false, 'two digits swapped that are no neighbours'],
    [-33000, 330000, false, 'the sign changed'],
    [5, 0, true, 'a digit typed for the 0 of a row of none'],
    [0, 7, true, 'a 0 typed for a digit'],
    [55, 0, false, 'two digits for a 0'],
    [330000, 330000, false, 'the same figure'],
  ])('%s for %s: %s (%s)', (typed, meant, slip) => {
    expect(slipOfKeys(typed, meant)).toBe(slip);
  });
});

