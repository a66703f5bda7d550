import { CHANGE_NOTE, isProse, parseNumberText, textDecimals } from '../../../src/core/text/number';

const num = (s: string) => {
  const p = parseNumberText(s);
  return p.kind === 'number' ? p.value : p.kind;
};

describe('parseNumberText', () => {
  it.each([
    ['96.2', 96.2],
    ['△72.1', -72.1],
    ['△ 628', -628],
    ['▲ 1,234', -1234],
    ['▲12.5', -12.5],
    ['-0.1', -0.1],
    ['−3', -3],
    ['1,804', 1804],
    ['3,299,933', 3299933],
    ['９６．２', 96.2],
    ['△　２６，３３２', -26332],
    ['96.2%', 96.2],
    ['96.2％', 96.2],
    ['0.0', 0],
    ['+1.5', 1.5],
    ['1.5ポイント', 1.5],
    ['2,606,236千円', 2606236],
  ])('%s → %p', (s, v) => expect(num(s)).toBe(v));

  it.each(['—', '－', '-', '―', 'ー', '', '  ', '…'])('%p is no value', (s) => expect(num(s)).toBe('blank'));

  it.each(['市税', '1,23', '12a', '△', '1.2.3', '令和3年'])('%p is text', (s) => expect(num(s)).toBe('text'));

  it.each([
    ['13件', 13],
    ['13 件', 13],
    ['102億円', 102],
  ])('%s, a figure with its unit → %p', (s, v) => expect(num(s)).toBe(v));

  it('a figure with its change from the year before in parentheses after it is the figure, the change its note (the ")" may be lost)', () => {
    expect(parseNumberText('91.80%(−0.53)')).toEqual({ kind: 'number', value: 91.8, note: '(−0.53)' });
    expect(parseNumberText('8.29%(+0.84')).toEqual({ kind: 'number', value: 8.29, note: '(+0.84)' });
    expect(parseNumberText('1,234（1,100）')).toEqual({ kind: 'number', value: 1234, note: '(1,100)' });
    // In parentheses alone it is still a superseded figure; a stray letter is still text.
    expect(parseNumberText('(97.9)')).toEqual({ kind: 'number', value: 97.9, note: '()' });
    expect(num('91.8O%(−0.53')).toBe('text');
  });

  it.each([
    ['156億5188万円', 15651880000, -4],
    ['5億668万円', 506680000, -4],
    ['△5億668万円', -506680000, -4],
    ['14億4,528万円', 1445280000, -4],
    ['1億2万3円', 100020003, 0],
    ['4億3000円', 400003000, 0],
    ['1292万3342円', 12923342, 0],
    ['1,292万3,342円', 12923342, 0],
  ])('%s, yen written in 億 and 万 → %p yen, shown to 10^-(%p)', (s, v, d) => {
    expect(num(s)).toBe(v);
    expect(textDecimals(s)).toBe(d);
  });

  it('億円 alone stays as printed; 億 with no 円 after it is no figure', () => {
    expect(num('925億円')).toBe(925);
    expect(num('5億668万')).toBe('text');
    expect(num('第5億')).toBe('text');
  });

  it('an amount with its change in brackets is the amount, the change its note; a band (500千円以上) is no figure', () => {
    expect(parseNumberText('771億円(△25億円)')).toEqual({ kind: 'number', value: 771, note: '(△25億円)' });
    expect(parseNumberText('12件(3件)')).toEqual({ kind: 'number', value: 12, note: '(3件)' });
    // Claims with their debtors, guarantors included (練馬区's 債権放棄: 件(人)数).
    expect(parseNumberText('2件(4人)')).toEqual({ kind: 'number', value: 2, note: '(4人)' });
    expect(parseNumberText('26件（26人）')).toEqual({ kind: 'number', value: 26, note: '(26人)' });
    expect(num('5S2億円(△28億円)')).toBe('text');
    expect(num('500千円以上')).toBe('text');
    expect(num('98%以上')).toBe('text');
  });

  it('a change from the year before in words is the change, signed by its word; a figure with its letters keeps them as its note', () => {
    expect(parseNumberText('(前年度比 5,455万円の減少)')).toEqual({ kind: 'number', value: -54550000, note: '減少' });
    expect(parseNumberText('(前年度比 88万円の増加)')).toEqual({ kind: 'number', value: 880000, note: '増加' });
    expect(parseNumberText('<===(前年度比5,367万円(69.1%)減)')).toEqual({ kind: 'number', value: -53670000, note: '減' });
    expect(parseNumberText('前年比 1.2ポイント上昇')).toEqual({ kind: 'number', value: 1.2, note: '上昇' });
    expect(parseNumberText('216万円(A-B)')).toEqual({ kind: 'number', value: 2160000, note: '(A-B)' });
    expect(parseNumberText('95.1%(C/A)')).toEqual({ kind: 'number', value: 95.1, note: '(C/A)' });
    // Typed wrong, or no change: text still.
    expect(num('(前年度比 5,4S5万円の減少)')).toBe('text');
    expect(num('前年度比5,367万円')).toBe('text');
    expect(num('216万円(A)')).toBe('text');
    // In percent the words do not say a growth rate from points: text.
    expect(num('前年度比 5.0%減')).toBe('text');
  });

  it('a newspaper’s figures: a middle dot for the decimal point, a change said 高い, 低, 上回った (松本市, 宮古島市 as printed)', () => {
    expect(parseNumberText('98・70%')).toEqual({ kind: 'number', value: 98.7 });
    expect(parseNumberText('86･39%')).toEqual({ kind: 'number', value: 86.39 });
    expect(textDecimals('98・70%')).toBe(2);
    expect(parseNumberText('0・03ポイント高い')).toEqual({ kind: 'number', value: 0.03, note: '高い' });
    expect(parseNumberText('0・06ポイント低')).toEqual({ kind: 'number', value: -0.06, note: '低' });
    expect(parseNumberText('3・80ポイント増')).toEqual({ kind: 'number', value: 3.8, note: '増' });
    expect(parseNumberText('2・97%上回った')).toEqual({ kind: 'number', value: 2.97, note: '上回った' });
    expect(parseNumberText('1.2ポイント下回った')).toEqual({ kind: 'number', value: -1.2, note: '下回った' });
    for (const note of ['高い', '低', '上回った', '下回った']) expect(CHANGE_NOTE.test(note)).toBe(true);
    // A middle dot between figures that are no decimal (1・2月分, 3・4 listed): text still.
    expect(num('1・2月分')).toBe('text');
    expect(num('3・4')).toBe('text');
  });

  it('yen written with 千 under 万 or 億 (30万3千円, 1億2千万円, 2千万円) read in yen', () => {
    expect(num('30万3千円')).toBe(303000);
    expect(num('1億2千万円')).toBe(120000000);
    expect(num('2千万円')).toBe(20000000);
    expect(num('5万2千5百円')).toBe('text');
    // A figure in 千円 stays as printed (24,514千円: the table's unit).
    expect(num('24,514千円')).toBe(24514);
  });

  it('prose is told from a figure typed wrong', () => {
    expect(isProse('となりました。[(イ)+(ロ)]')).toBe(true);
    expect(isProse('となり期末滞納残高では')).toBe(true);
    for (const t of ['26O万円', '調査中', '(集計中)', '8六6', '十三件', '83l万円(前年度 734万円)', '調査中です', '未定です', '2O万円です']) expect([t, isProse(t)]).toEqual([t, false]);
  });

  it('keeps Excel error texts as errors', () => {
    expect(parseNumberText('#DIV/0!')).toEqual({ kind: 'error', text: '#DIV/0!' });
    expect(parseNumberText('#N/A')).toEqual({ kind: 'error', text: '#N/A' });
  });
});
