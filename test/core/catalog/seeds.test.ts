/**
 * Every debt the two seed plans name resolves to a catalog entry, and the class the seed gives
 * (Tsuyama's list by class, Hatsukaichi's sections 7(1)–(3)) is the entry's usual class or a
 * recognised variant. Names are copied from the seed text as printed, cell breaks included.
 */
import { defaultCatalog, type DebtClass } from '../../../src/core/catalog';

const catalog = defaultCatalog();
const K: DebtClass = '強制徴収公債権';
const N: DebtClass = '非強制徴収公債権';
const P: DebtClass = '私債権';

function resolved(name: string) {
  const r = catalog.lookup(name);
  expect({ name, match: r.match }).toEqual({ name, match: expect.stringMatching(/^(exact|normalized)$/) });
  return r.entry!;
}

// 津山市第2次計画 「計画の対象とした債権」, the three lines as printed.
const TSUYAMA_LIST: [DebtClass, string][] = [
  [K, '市税、生活保護費返還金(一部)、介護保険料、国民健康保険料、後期高齢者医療保険料、保育所負担金、児童扶養手当返還金(一部)、道路占用料、下水道受益者負担金・分担金、下水道使用料'],
  [N, '生活保護費返還金(一部)、特別老人施設負担金、一般被保険者返納金、退職被保険者等返納金、幼稚園使用料、児童扶養手当返還金(一部)、法定外公共物使用料、農業集落排水使用料'],
  [
    P,
    '低所得者生業資金貸付金、生活改善資金貸付金、災害復旧資金貸付金、災害援護資金貸付金、補装具補助金・障害児福祉手当返還金、高齢者住宅整備資金貸付金、一般被保険者第三者納付金、定住促進団地貸地料(ハピネス団地)、市営住宅使用料、住宅新築資金等貸付金、水洗便所改造資金貸付金、奨学金返還金(旧加茂町分)、貸地料(五輪原)、有線施設修繕工事損害賠償金、簡易水道料金、水道使用料、嘱託員報酬返還金、津山市奨学金返還金',
  ],
];

const tsuyamaList = TSUYAMA_LIST.flatMap(([cls, line]) => line.split('、').map((name) => [cls, name] as const));

// 津山市 表2-1・2-2 (第1次計画の実績) and 3-1・3-2 (第2次計画の目標): the 債権名 column.
const TSUYAMA_2_1 = [
  '低所得者生業資金貸付金', '生活改善資金貸付金', '市税', '緊急安全措置負担金', '家庭ごみ処理手数料', '生活保護費返還金', '臨時福祉給付金',
  '災害復旧資金貸付金', '災害援護資金貸付金', '補装具補助金・手当返還金', '介護保険料', '特別老人施設負担金', '高齢者住宅整備資金貸付金',
  '介護保険第三者返納金', '国民健康保険料', '後期高齢者医療保険料', '一般被保険者返納金', '一般被保険者第三者納付金', '児童扶養手当返還金',
  '保育所負担金', '幼稚園使用料', '道路占用料', '法定外公物使用料', '市営住宅使用料', '市営住宅共益費', '損害賠償金', '住宅新築資金等貸付金',
  '下水道受益者負担金', '下水道受益者分担金', '下水道使用料', '農業集落排水使用料', '水洗便所改造資金融資損失金', '奨学金返還金',
  '貸地料(五輪原農用地)', '貸地料(定住促進団地)', '有線施設損害賠償金', '水道使用料(旧簡易水道含)', '嘱託員報酬返還金', '津山市奨学金返還金',
];
const TSUYAMA_2_2 = [...TSUYAMA_2_1.filter((n) => n !== '法定外公物使用料'), '法定外公共物使用料'];
const TSUYAMA_3_1 = [
  '生活改善資金貸付金', '市税', '緊急安全措置負担金', '生活保護費返還金', '臨時福祉給付金', '災害援護資金貸付金', '介護保険料', '特別老人施設負担金',
  '高齢者住宅整備資金貸付金', '介護保険第三者返納金', '国民健康保険料', '後期高齢者医療保険料', '一般被保険者返納金', '一般被保険者第三者納付金',
  '児童扶養手当返還金', '保育所負担金', '道路占用料', '法定外公共物使用料', '市営住宅使用料', '市営住宅共益費', '損害賠償金', '住宅新築資金等貸付金',
  '下水道受益者負担金', '下水道受益者分担金', '下水道使用料', '農業集落排水使用料', '水洗便所改造資金融資損失金', '奨学金返還金',
  '貸地料（定住促進団地）', '水道使用料（旧簡易水道含）', '嘱託員報酬返還金', '津山市奨学金返還金',
];
const TSUYAMA_3_2 = [
  ...TSUYAMA_3_1.filter((n) => !['法定外公共物使用料', '貸地料（定住促進団地）', '水道使用料（旧簡易水道含）'].includes(n)),
  '法定外公物使用料', '貸地料(定住促進団地)', '水道使用料(旧簡易水道合)',
];

// 廿日市市第3次計画 7(1)–(3): the 債権名 cells as printed (line breaks inside cells become spaces).
const HATSUKAICHI: [DebtClass, string[]][] = [
  [K, ['市税', '国民健康保険 税', '介護保険料', '後期高齢者医 療保険料', '保育料', '漁港艇置施設 使用料', '生活保護費徴 収金', '生活保護費返 還金', '行旅死亡人葬祭費', '道路占用料', '下水道受益者負担金', '下水道受益者分担金', '下水道使用料']],
  [N, ['生活保護のためのその他の収入', '福祉医療費返還金', '児童扶養手当返還金', '市営住宅使用料', '市営住宅駐車場使用料', '小規模下水道使用料', '農業集落排水施設使用料']],
  [P, ['住宅新築資金 等貸付金', '留守家庭児童 会負担金', '保育園給食費 保護者負担金', 'W i - F i 利用 料金に係る代位 弁済精算金', '奨学金貸付金']],
];

// 廿日市市 9 各債権の取組: the headings, department in brackets.
const HATSUKAICHI_9: [DebtClass, string[]][] = [
  [K, ['ア 市税（税制収納課）', 'イ 国民健康保険税（税制収納課、保険課）', 'ウ 介護保険料（税制収納課、高齢介護課）', 'エ 後期高齢者医療保険料（税制収納課、保険課）', 'オ 保育料（税制収納課、こども課）', 'カ 漁港艇置施設使用料（農林水産課）', 'キ 生活保護費徴収金（生活福祉課）', 'ク 生活保護費返還金（生活福祉課）', 'ケ 行旅死亡人葬祭費（生活福祉課）', 'コ 道路占用料（維持管理課）', 'サ 下水道受益者負担金（下水道経営課）', 'シ 下水道受益者分担金（下水道経営課）', 'ス 下水道使用料（下水道経営課）']],
  [N, ['ア 生活保護のためのその他の収入（生活福祉課）', 'イ 福祉医療費返還金（こども課）', 'ウ 児童扶養手当返還金（こども課）', 'オ 小規模下水道使用料（下水道経営課）', 'カ 農業集落排水施設使用料（下水道経営課）']],
  [P, ['ア 住宅新築資金等貸付金（人権・市民生活課）', 'イ 留守家庭児童会負担金（こども課）', 'ウ 保育園給食費保護者負担金（こども課）', 'エ Wi-Fi利用料金に係る代位弁済精算金（観光課）', 'オ 奨学金貸付金（教育総務課）']],
];

describe('津山市第2次計画: 計画の対象とした債権', () => {
  it('lists 36 debts (10 + 8 + 18)', () => expect(tsuyamaList).toHaveLength(36));

  it.each(tsuyamaList)('%s: %s', (cls, name) => {
    const entry = resolved(name);
    expect(catalog.acceptsClass(entry, cls)).not.toBe('conflict');
  });

  it('reads "(一部)" as a debt split by legal basis: both classes usual', () => {
    for (const name of ['生活保護費返還金(一部)', '児童扶養手当返還金(一部)']) {
      const entry = resolved(name);
      expect(entry.splitByBasis).toBe(true);
      expect(catalog.acceptsClass(entry, K)).toBe('usual');
      expect(catalog.acceptsClass(entry, N)).toBe('usual');
      expect(catalog.acceptsClass(entry, P)).toBe('conflict');
    }
  });
});

describe('津山市 tables 2-1, 2-2, 3-1, 3-2', () => {
  const all = [...new Set([...TSUYAMA_2_1, ...TSUYAMA_2_2, ...TSUYAMA_3_1, ...TSUYAMA_3_2])];
  it.each(all)('%s resolves', (name) => expect(resolved(name).id).toMatch(/^[a-z0-9-]+$/));

  it('reads the tables\' spellings as the list\'s debts', () => {
    const same: [string, string][] = [
      ['法定外公物使用料', '法定外公共物使用料'],
      ['補装具補助金・手当返還金', '補装具補助金・障害児福祉手当返還金'],
      ['有線施設損害賠償金', '有線施設修繕工事損害賠償金'],
      ['貸地料(五輪原農用地)', '貸地料(五輪原)'],
      ['貸地料(定住促進団地)', '定住促進団地貸地料(ハピネス団地)'],
      ['貸地料（定住促進団地）', '貸地料(定住促進団地)'],
      ['水道使用料(旧簡易水道含)', '水道使用料'],
      ['水道使用料（旧簡易水道含）', '水道使用料'],
      ['水道使用料(旧簡易水道合)', '水道使用料'],
      ['奨学金返還金', '奨学金返還金(旧加茂町分)'],
      ['津山市奨学金返還金', '奨学金返還金'],
      ['保育所負担金', '保育料'],
    ];
    for (const [a, b] of same) expect([a, resolved(a).id]).toEqual([a, resolved(b).id]);
  });

  it('classes the debts the list leaves out, marking inferred ones unconfirmed', () => {
    const expected: [string, DebtClass][] = [
      ['緊急安全措置負担金', N],
      ['家庭ごみ処理手数料', N],
      ['臨時福祉給付金', P],
      ['介護保険第三者返納金', P],
      ['市営住宅共益費', P],
      ['損害賠償金', P],
      ['水洗便所改造資金融資損失金', P],
    ];
    for (const [name, cls] of expected) {
      const e = resolved(name);
      expect([name, e.class]).toEqual([name, cls]);
    }
    for (const name of ['緊急安全措置負担金', '家庭ごみ処理手数料', '臨時福祉給付金', '介護保険第三者返納金', '市営住宅共益費']) expect(resolved(name).unconfirmed).toBe(true);
  });
});

describe('廿日市市第3次計画 7(1)–(3)', () => {
  const rows = HATSUKAICHI.flatMap(([cls, names]) => names.map((n) => [cls, n] as const));
  it('lists the 25 debts of the three tables', () => expect(rows).toHaveLength(25));

  it.each(rows)('%s: %s', (cls, name) => {
    const entry = resolved(name);
    expect(catalog.acceptsClass(entry, cls)).not.toBe('conflict');
  });

  it('records where the city reads a class differently from the usual one', () => {
    const reading = (name: string, cls: DebtClass) => catalog.acceptsClass(resolved(name), cls);
    expect(reading('市営住宅使用料', N)).toBe('variant');
    expect(reading('市営住宅駐車場使用料', N)).toBe('variant');
    expect(reading('行旅死亡人葬祭費', K)).toBe('variant');
    expect(reading('留守家庭児童 会負担金', P)).toBe('variant');
    // split by date of payment: both readings are the law
    expect(reading('生活保護費返 還金', K)).toBe('usual');
    expect(reading('生活保護費徴 収金', K)).toBe('usual');
    expect(reading('生活保護費徴 収金', N)).toBe('usual');
    expect(reading('市税', K)).toBe('usual');
    expect(reading('保育料', K)).toBe('usual');
  });

  it('keeps the variants\' sources', () => {
    const housing = resolved('市営住宅使用料');
    expect(housing.class).toBe(P);
    expect(housing.variants.find((v) => v.class === N)?.source).toContain('廿日市市第3次計画');
    const vagrant = resolved('行旅死亡人葬祭費');
    expect(vagrant.class).toBe(N);
    expect(vagrant.unconfirmed).toBe(true);
    expect(vagrant.variants.find((v) => v.class === K)?.source).toContain('廿日市市第3次計画');
  });
});

describe('廿日市市 chapter 9 headings', () => {
  const rows = HATSUKAICHI_9.flatMap(([cls, names]) => names.map((n) => [cls, n] as const));
  it.each(rows)('%s: %s', (cls, name) => {
    const entry = resolved(name);
    expect(catalog.acceptsClass(entry, cls)).not.toBe('conflict');
  });

  it('resolves the two debts of the combined heading エ one by one', () => {
    const [a, b] = 'エ 市営住宅使用料及び市営住宅駐車場使用料（住宅政策課）'.replace(/^エ /, '').replace(/（.*）$/, '').split('及び');
    expect(resolved(a).id).toBe('housing-rent');
    expect(resolved(b).id).toBe('housing-parking-fee');
  });
});
