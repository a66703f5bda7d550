/**
 * A classification list as a typical city publishes it (債権一覧: name → class), written from
 * general knowledge of such lists, not from either seed. The catalog should agree (usual class
 * or a recognised variant) on at least 90%; disagreements are printed for review.
 */
import { defaultCatalog, type DebtClass } from '../../../src/core/catalog';

const K: DebtClass = '強制徴収公債権';
const N: DebtClass = '非強制徴収公債権';
const P: DebtClass = '私債権';

const PUBLISHED: [string, DebtClass][] = [
  ['市民税', K],
  ['固定資産税', K],
  ['軽自動車税', K],
  ['都市計画税', K],
  ['入湯税', K],
  ['国民健康保険税', K],
  ['介護保険料', K],
  ['後期高齢者医療保険料', K],
  ['保育所保育料', K],
  ['下水道使用料', K],
  ['下水道受益者負担金', K],
  ['道路占用料', K],
  ['生活保護法第78条徴収金', K],
  ['児童扶養手当返還金', K],
  ['行政代執行費用', K],
  ['過料', K],
  ['介護給付費返還金', K],
  ['幼稚園保育料', N],
  ['放課後児童クラブ負担金', N],
  ['農業集落排水使用料', N],
  ['行政財産使用料', N],
  ['生活保護法第63条返還金', N],
  ['一般被保険者返納金', N],
  ['墓地管理料', N],
  ['し尿処理手数料', N],
  ['法定外公共物使用料', N],
  ['行旅死亡人取扱費', N],
  ['公営住宅使用料', N],
  ['学校給食費（公会計）', N],
  ['市営住宅使用料', P],
  ['市営住宅駐車場使用料', P],
  ['水道料金', P],
  ['学校給食費', P],
  ['奨学金貸付金', P],
  ['住宅新築資金等貸付金', P],
  ['災害援護資金貸付金', P],
  ['診療費', P],
  ['損害賠償金', P],
  ['第三者行為求償金', P],
  ['母子父子寡婦福祉資金貸付金', P],
  ['土地貸付料', P],
];

it('agrees with a published list on at least 90%', () => {
  const catalog = defaultCatalog();
  const disagreements: string[] = [];
  for (const [name, cls] of PUBLISHED) {
    const r = catalog.lookup(name);
    if (!r.entry || r.match === 'fuzzy') disagreements.push(`${name}: not in the catalog (${r.match}; ${r.suggestions.join('、') || 'no suggestion'})`);
    else if (catalog.acceptsClass(r.entry, cls) === 'conflict') disagreements.push(`${name}: published ${cls}, catalog ${r.entry.class}${r.entry.variants.length ? ` (variants ${r.entry.variants.map((v) => v.class).join('、')})` : ''}`);
  }
  const agreement = 1 - disagreements.length / PUBLISHED.length;
  console.log(`agreement ${(agreement * 100).toFixed(1)}% of ${PUBLISHED.length}\n${disagreements.join('\n')}`);
  expect(PUBLISHED.length).toBeGreaterThanOrEqual(30);
  expect(agreement).toBeGreaterThanOrEqual(0.9);
});
