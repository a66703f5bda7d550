import {
  acceptsClass,
  classOfName,
  createCatalog,
  DEFAULT_CATALOG_DATA,
  defaultCatalog,
  normalizeName,
  splitMeasureWords,
  type DebtClass,
} from '../../../src/core/catalog';

const catalog = defaultCatalog();
const K: DebtClass = '強制徴収公債権';
const N: DebtClass = '非強制徴収公債権';
const P: DebtClass = '私債権';

const entryOf = (name: string) => {
  const r = catalog.lookup(name);
  if (!r.entry) throw new Error(`${name}: ${r.match}`);
  return r.entry;
};

describe('normalization', () => {
  it('unifies width, spaces and brackets', () => {
    expect(normalizeName('貸地料（定住促進団地）')).toBe('貸地料(定住促進団地)');
    expect(normalizeName('国民健康保険 税')).toBe('国民健康保険税');
    expect(normalizeName('W i - F i 利用\n料金')).toBe('wi-fi利用料金');
    expect(normalizeName('市税【現年分】')).toBe('市税(現年分)');
  });

  it.each([
    ['国保税', '国民健康保険税', 'exact'],
    ['国保料', '国民健康保険料', 'exact'],
    ['国民健康保険　税', '国民健康保険税', 'normalized'],
    ['水道使用料(旧簡易水道含)', '水道料金', 'exact'],
    ['水道使用料（旧簡易水道含）', '水道料金', 'exact'],
    ['水道使用料(旧簡易水道合)', '水道料金', 'exact'],
    ['水道使用料 (旧簡易水道含)', '水道料金', 'normalized'],
    ['貸地料(定住促進団地)', '定住促進団地貸地料', 'exact'],
    ['貸地料（定住促進団地）', '定住促進団地貸地料', 'exact'],
    ['貸地料 【定住促進団地】', '定住促進団地貸地料', 'normalized'],
    ['補装具補助金・手当返還金', '補装具補助金・障害児福祉手当返還金', 'exact'],
    ['補装具補助金･手当返還金', '補装具補助金・障害児福祉手当返還金', 'normalized'],
    ['津山市奨学金返還金', '奨学金貸付金', 'exact'],
    ['法定外公物使用料', '法定外公共物使用料', 'exact'],
    ['生活保護費返還金(一部)', '生活保護費返還金', 'normalized'],
    ['生活保護費返還金（一部）', '生活保護費返還金', 'normalized'],
    ['市税(現年分)', '市税', 'normalized'],
    ['市税（滞納繰越分）', '市税', 'normalized'],
    ['介護保険料 滞納繰越分', '介護保険料', 'normalized'],
    ['市税等', '市税', 'normalized'],
    ['国民健康保険税(一般)(現年度分)', '国民健康保険税', 'normalized'],
    ['廿日市市住宅新築資金等貸付金', '住宅新築資金等貸付金', 'normalized'],
    ['旧加茂町奨学金返還金', '奨学金貸付金', 'normalized'],
    ['(1) 下水道使用料', '下水道使用料', 'normalized'],
    ['・学校給食費', '学校給食費', 'normalized'],
    ['介護保険料※', '介護保険料', 'normalized'],
  ])('%s → %s (%s)', (q, name, match) => {
    const r = catalog.lookup(q);
    expect([r.match, r.entry?.name]).toEqual([match, name]);
  });

  it('keeps 市営 and the 料/金 endings', () => {
    expect(entryOf('市営住宅使用料').id).toBe('housing-rent');
    expect(entryOf('市営住宅駐車場使用料').id).toBe('housing-parking-fee');
    expect(catalog.lookup('住宅使用料').entry?.id).toBe('housing-rent');
    expect(catalog.lookup('保育所保育料').entry?.class).toBe(K);
    // 料 and 金 differ: 国民健康保険料 is not 国民健康保険税
    expect(entryOf('国民健康保険料').id).not.toBe(entryOf('国民健康保険税').id);
  });

  it('does not take a word ending in 市 as a municipality when nothing follows it', () => {
    expect(catalog.lookup('市税').match).toBe('exact');
    expect(catalog.lookup('市民税').entry?.id).toBe('municipal-inhabitant-tax');
  });
});

describe('tax family', () => {
  it('finds 市税 and every member as a tax', () => {
    for (const name of ['市税', '個人市民税', '法人市民税', '固定資産税', '軽自動車税', '都市計画税', '市県民税', '入湯税', '事業所税', '市たばこ税']) {
      const e = entryOf(name);
      expect([name, e.family, e.class]).toEqual([name, '市税', K]);
      expect(catalog.familyRoot(e)?.name).toBe('市税');
    }
  });

  it.each([
    ['固定資産税・都市計画税'],
    ['固定資産税及び都市計画税'],
    ['法人市民税均等割'],
    ['固定資産税償却資産分'],
    ['市税延滞金'],
    ['宿泊税'],
  ])('%s → 市税 (family)', (q) => {
    const r = catalog.lookup(q);
    expect([r.match, r.entry?.name]).toEqual(['family', '市税']);
  });

  it('does not take a misspelt insurance tax for the tax family', () => {
    const r = catalog.lookup('国民健康保健税');
    expect(r.match).toBe('fuzzy');
    expect(r.suggestions[0]).toBe('国民健康保険税');
  });
});

describe('fuzzy', () => {
  it('suggests 国民健康保険料 for the typo 国民健康保健料', () => {
    const r = catalog.lookup('国民健康保健料');
    expect(r.match).toBe('fuzzy');
    expect(r.suggestions[0]).toBe('国民健康保険料');
    expect(r.suggestions.length).toBeLessThanOrEqual(3);
    // 保険料 and 保険税 are both one character away in bigrams: not confident
    expect(r.entry).toBeUndefined();
  });

  it('matches 下水道使用量 to 下水道使用料 confidently', () => {
    const r = catalog.lookup('下水道使用量');
    expect(r.match).toBe('fuzzy');
    expect(r.entry?.name).toBe('下水道使用料');
    expect(r.suggestions[0]).toBe('下水道使用料');
    expect(r.score).toBeGreaterThan(0.75);
  });

  it('suggests 法定外公共物使用料 for a spelling it does not know', () => {
    const r = catalog.lookup('法定外公共物利用料');
    expect(r.match).toBe('fuzzy');
    expect(r.suggestions[0]).toBe('法定外公共物使用料');
  });

  it('gives nothing for names far from every entry', () => {
    expect(catalog.lookup('予防接種事故見舞金')).toEqual({ match: 'none', suggestions: [] });
    expect(catalog.lookup('')).toEqual({ match: 'none', suggestions: [] });
  });

  it('caches and stays fast', () => {
    const t0 = performance.now();
    for (let i = 0; i < 300; i++) catalog.lookup(`未知の債権${i}使用料`);
    const perQuery = (performance.now() - t0) / 300;
    expect(perQuery).toBeLessThan(5);
    const a = catalog.lookup('下水道使用量');
    expect(catalog.lookup('下水道使用量')).toBe(a);
  });
});

describe('class names', () => {
  it.each([
    ['強制徴収公債権', [K]],
    ['強制徴収債権', [K]],
    ['強制公債権', [K]],
    ['(1) 強制徴収公債権', [K]],
    ['非強制徴収公債権', [N]],
    ['公債権（強制徴収できない）', [N]],
    ['公債権(非強制)', [N]],
    ['非強制徴収債権', [N, P]],
    ['私債権', [P]],
    ['私法上の債権', [P]],
    ['③ 私債権', [P]],
    ['公債権', [K, N]],
    ['(3) 非強制徴収公債権・私債権', [N, P]],
    ['非強制徴収公債権及び私債権', [N, P]],
  ])('%s → %j', (text, classes) => expect(classOfName(text)).toEqual(classes));

  it('names no class for other text', () => {
    expect(classOfName('債権名')).toBeNull();
    expect(classOfName('')).toBeNull();
    expect(classOfName('市税')).toBeNull();
  });
});

describe('acceptsClass', () => {
  it('市営住宅使用料: 私債権 usual, 非強制 variant, 強制 conflict', () => {
    const e = entryOf('市営住宅使用料');
    expect(acceptsClass(e, P)).toBe('usual');
    expect(acceptsClass(e, N)).toBe('variant');
    expect(acceptsClass(e, K)).toBe('conflict');
  });

  it('生活保護費返還金: split by basis, both public classes accepted', () => {
    const e = entryOf('生活保護費返還金');
    expect(e.splitByBasis).toBe(true);
    expect(acceptsClass(e, N)).toBe('usual');
    expect(acceptsClass(e, K)).toBe('usual');
    expect(acceptsClass(e, P)).toBe('conflict');
  });

  it('accepts a group when one of its classes fits', () => {
    expect(acceptsClass(entryOf('市営住宅使用料'), classOfName('非強制徴収債権')!)).toBe('usual');
    expect(acceptsClass(entryOf('幼稚園使用料'), classOfName('非強制徴収債権')!)).toBe('usual');
    expect(acceptsClass(entryOf('市税'), classOfName('非強制徴収債権')!)).toBe('conflict');
    expect(acceptsClass(entryOf('国民健康保険料'), classOfName('公債権')!)).toBe('usual');
    expect(acceptsClass(entryOf('水道料金'), classOfName('公債権')!)).toBe('conflict');
  });
});

describe('measures', () => {
  it('writes the §2.3 matrix once', () => {
    expect(catalog.measuresByClass['強制徴収公債権']).toEqual(expect.arrayContaining(['督促', '延滞金', '滞納処分', '執行停止', '換価の猶予', '不納欠損']));
    expect(catalog.measuresByClass['強制徴収公債権']).not.toEqual(expect.arrayContaining(['支払督促']));
    expect(catalog.measuresByClass['強制徴収公債権']).not.toContain('徴収停止');
    expect(catalog.measuresByClass['強制徴収公債権']).not.toContain('履行延期');
    expect(catalog.measuresByClass['非強制徴収公債権']).toContain('延滞金');
    expect(catalog.measuresByClass['非強制徴収公債権']).not.toContain('執行停止');
    expect(catalog.measuresByClass['私債権']).toContain('遅延損害金');
    expect(catalog.measuresByClass['私債権']).not.toContain('延滞金');
  });

  it('allows 滞納処分 for 強制 debts and not for 私債権 ones', () => {
    expect(catalog.allowedMeasures(entryOf('市税'))).toContain('滞納処分');
    expect(catalog.allowedMeasures(entryOf('下水道使用料'))).toContain('滞納処分');
    expect(catalog.allowedMeasures(entryOf('水道料金'))).not.toContain('滞納処分');
    expect(catalog.allowedMeasures(entryOf('市営住宅使用料'))).not.toContain('滞納処分');
    expect(catalog.allowedMeasures(entryOf('市営住宅使用料'))).toContain('訴訟');
    expect(catalog.allowedMeasures(entryOf('学校給食費'))).toContain('遅延損害金');
  });

  it('follows the class the sheet gives: a variant reading gets its class\'s measures', () => {
    const housing = entryOf('市営住宅使用料');
    expect(catalog.allowedMeasures(housing, N)).toContain('延滞金');
    expect(catalog.allowedMeasures(housing, P)).not.toContain('延滞金');
    const welfare = entryOf('生活保護費返還金');
    expect(catalog.allowedMeasures(welfare, K)).toContain('滞納処分');
    expect(catalog.allowedMeasures(welfare, N)).not.toContain('滞納処分');
  });

  it('maps the words municipalities write, conservatively', () => {
    expect(catalog.measureOf('差押え')).toEqual(['滞納処分', '強制執行']);
    expect(catalog.measureOf('訴えの提起')).toEqual(['訴訟']);
    expect(catalog.measureOf('支払督促の申立て')).toEqual(['支払督促']);
    expect(catalog.measureOf('滞納処分の停止')).toEqual(['執行停止']);
    expect(catalog.measureOf('履行延期の特約')).toEqual(['履行延期']);
    expect(catalog.measureOf('滞納処分の実施')).toEqual(['滞納処分']);
    expect(catalog.measureOf('財産調査')).toEqual([]);
    expect(catalog.measureOf('分納')).toEqual([]);
    expect(catalog.measureOf('時効の援用')).toEqual([]);
    expect(catalog.measureOf('何かの措置')).toBeNull();
  });

  it('checks a word against the class', () => {
    const water = entryOf('水道料金');
    const tax = entryOf('市税');
    expect(catalog.checkMeasure(water, P, '滞納処分')).toBe('not-allowed');
    expect(catalog.checkMeasure(water, P, '差押え')).toBe('allowed'); // 強制執行 through a court
    expect(catalog.checkMeasure(water, P, '支払督促')).toBe('allowed');
    expect(catalog.checkMeasure(tax, K, '滞納処分')).toBe('allowed');
    expect(catalog.checkMeasure(tax, K, '支払督促')).toBe('not-allowed');
    expect(catalog.checkMeasure(tax, K, '徴収停止')).toBe('not-allowed');
    expect(catalog.checkMeasure(entryOf('幼稚園使用料'), N, '執行停止')).toBe('not-allowed');
    expect(catalog.checkMeasure(water, P, '催告')).toBe('allowed');
    expect(catalog.checkMeasure(water, P, '謎の措置')).toBe('unknown');
  });

  it('splits a measures cell into words', () => {
    expect(splitMeasureWords('督促、差押え及び公売・訴えの提起')).toEqual(['督促', '差押え', '公売', '訴えの提起']);
  });
});

describe('workbook overrides', () => {
  it('adds a new debt', () => {
    const c = createCatalog(DEFAULT_CATALOG_DATA, {
      version: 1,
      entries: [{ name: '市民農園使用料', class: N, aliases: ['農園使用料'] }],
    });
    const r = c.lookup('農園使用料');
    expect(r.match).toBe('exact');
    expect(r.entry?.class).toBe(N);
    expect(r.entry?.id).toMatch(/^local-\d+$/);
    expect(c.isOverridden(r.entry!)).toBe(true);
    expect(r.entry?.sources).toEqual(['ブック内の上書き']);
    expect(c.entries[0].name).toBe('市民農園使用料');
    // the defaults are untouched
    expect(catalog.lookup('農園使用料').match).not.toBe('exact');
  });

  it('replaces the class of a known debt, found by name or alias', () => {
    const c = createCatalog(DEFAULT_CATALOG_DATA, {
      version: 1,
      entries: [{ name: '住宅使用料', class: N, note: '当市の債権管理マニュアルによる' }],
    });
    const e = c.lookup('市営住宅使用料').entry!;
    expect(e.id).toBe('housing-rent');
    expect(e.class).toBe(N);
    expect(e.note).toBe('当市の債権管理マニュアルによる');
    expect(c.acceptsClass(e, N)).toBe('usual');
    expect(c.acceptsClass(e, P)).toBe('conflict');
    expect(c.allowedMeasures(e)).toContain('延滞金');
    expect(e.sources).toContain('ブック内の上書き');
    expect(c.isOverridden(e)).toBe(true);
    expect(c.isOverridden(c.lookup('市税').entry!)).toBe(false);
  });

  it('lets an override claim a name a default entry holds', () => {
    const c = createCatalog(DEFAULT_CATALOG_DATA, {
      version: 1,
      entries: [{ name: '保育所給食費', class: N, aliases: ['給食費'] }],
    });
    // 保育所給食費 was an alias of 保育園給食費保護者負担金: that entry is overridden
    expect(c.lookup('保育所給食費').entry?.id).toBe('nursery-lunch-fee');
    // 給食費 was an alias of 学校給食費: the override comes first
    expect(c.lookup('給食費').entry?.id).toBe('nursery-lunch-fee');
    expect(c.lookup('学校給食費').entry?.id).toBe('school-lunch-fee');
    // a name an override claims on purpose is no collision
    expect(c.collisions).toEqual([]);
  });

  it('narrows measures for one debt', () => {
    const c = createCatalog(DEFAULT_CATALOG_DATA, {
      version: 1,
      entries: [{ name: '道路占用料', class: K, measures: ['督促', '延滞金', '滞納処分', '執行停止', '不納欠損'] }],
    });
    const e = c.lookup('道路占用料').entry!;
    expect(c.allowedMeasures(e)).not.toContain('徴収猶予');
    expect(c.checkMeasure(e, K, '徴収猶予')).toBe('not-allowed');
  });
});
