/** The formulas whose figures tell what an operand should hold: cells added and taken away, behind 再計算's blank guard. */
import { linearTerms } from '../../../src/core/recalc/suspects';

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
