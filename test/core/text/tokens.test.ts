import { compact, nfkc } from '../../../src/core/text/normalize';
import { classOf, divisionNamedIn, divisionOf, isDeltaHeader, isFootnote, isTotalLabel, kindOf, labelRoleOf, ledgerItemOf, taggedDelta, unitOf } from '../../../src/core/text/tokens';

describe('normalization', () => {
  it('keeps circled tags through NFKC', () => {
    expect(nfkc('決算値①')).toBe('決算値①');
    expect(compact('目標と比較\n③－①')).toBe('目標と比較③-①');
    expect(compact('全 体')).toBe('全体');
  });
});

describe('header vocabulary', () => {
  it.each([
    ['③-①', '③', '①'],
    ['③－①', '③', '①'],
    ['③−①', '③', '①'],
    ['③ー①', '③', '①'],
    ['③と①の比較', '③', '①'],
    ['決算と比較③-②', '③', '②'],
  ])('delta %p', (h, m, s) => expect(taggedDelta(compact(h))).toEqual({ minuend: m, subtrahend: s }));

  it('recognizes delta words without tags', () => {
    for (const h of ['前年度比', '目標との差', '対H28決算', '増減', 'R1比較']) expect(isDeltaHeader(compact(h))).toBe(true);
    for (const h of ['決算値①', '令和3年度', '債権名', '目標']) expect(isDeltaHeader(compact(h))).toBe(false);
  });

  it.each([
    ['実績', 'actual'],
    ['決算値①', 'actual'],
    ['目標値②', 'target'],
    ['計画', 'target'],
    ['見込', 'forecast'],
    ['決算見込', 'forecast'],
    ['現状（令和5年度）', 'actual'],
    ['現状値', 'actual'],
    ['目標（現状維持）', 'target'],
    ['令和3年度', null],
  ])('kind of %p', (h, k) => expect(kindOf(h)).toBe(k));

  it.each([
    ['所管課', 'department'],
    ['所管部署', 'department'],
    ['担当課', 'department'],
    ['債権名', 'debt'],
    ['債権の名称', 'debt'],
    ['科目', 'debt'],
    ['区分', 'division'],
    ['債権区分', 'classification'],
    ['分類', 'classification'],
    ['備考', 'note'],
    ['令和3年度', null],
  ])('role of %p', (h, r) => expect(labelRoleOf(h)).toBe(r));

  it.each([
    ['現年度分', '現年度分'],
    ['現年分', '現年度分'],
    ['滞納繰越分', '滞納繰越分'],
    ['過年度分', '滞納繰越分'],
    ['全体', '全体'],
    ['合計', '全体'],
    ['トータル', '全体'],
    ['市税', null],
  ])('division of %p', (h, d) => expect(divisionOf(h)).toBe(d));

  // A row naming both (松本市's 市税 row over its 現年度分 and 滞繰分, as a newspaper printed it) is the whole.
  it.each([
    ['現年度分、滞納繰越分を合わせた', '全体'],
    ['現年分と滞納繰越分の合計', '全体'],
    ['現年度分及び滞納繰越分', '全体'],
    ['うち現年度分', '現年度分'],
  ])('division named in %p', (h, d) => expect(divisionNamedIn(h)).toBe(d));

  it.each([
    ['(1)強制徴収公債権', '強制徴収公債権'],
    ['(2)非強制徴収公債権', '非強制徴収公債権'],
    ['公債権(強制徴収できない)', '非強制徴収公債権'],
    ['強制徴収債権', '強制徴収公債権'],
    ['私債権', '私債権'],
    ['非強制徴収債権', null],
    ['市税', null],
  ])('class of %p', (h, c) => expect(classOf(compact(h))).toBe(c));

  it('reads units, items, totals and notes', () => {
    expect(unitOf(compact('(単位：千円)'))).toBe('千円');
    expect(unitOf(compact('単位:%'))).toBe('%');
    expect(unitOf(compact('（単位：百万円）'))).toBe('百万円');
    expect(ledgerItemOf('調定額')).toBe('調定額');
    expect(ledgerItemOf('収入済額')).toBe('収入済額');
    expect(ledgerItemOf('不納欠損額')).toBe('不納欠損額');
    expect(ledgerItemOf('収入未済額')).toBe('収入未済額');
    expect(ledgerItemOf('収納率(%)')).toBe('収納率');
    for (const t of ['合計', '計', '小計', '総計']) expect(isTotalLabel(t)).toBe(true);
    for (const t of ['市税', '特別会計', '全体']) expect(isTotalLabel(t)).toBe(false);
    for (const t of ['※第1次債権管理計画で', '(注)生活保護費', '注1:']) expect(isFootnote(compact(t))).toBe(true);
  });
});
