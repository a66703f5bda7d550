/**
 * The words that name each item (what a number is), for labels in any position: a column header,
 * a row label, a caption. Order matters: the first match wins (収納率 before 収入; 不納欠損 before 欠損).
 * Every function takes compact text (see normalize.compact).
 */
import type { Item } from '../recognize/model';

const ITEM_WORDS: [Item, RegExp][] = [
  // Under 収入歩合 (the yearbooks' collection rate), 対予算 is collection against the budget, 対調定 against the assessed amount.
  ['目標進捗率', /進捗率|達成率|^対予算額?$/],
  // 未収納率, 未収率: the share left uncollected (100 − the rate), no collection rate; nor is a 滞納率 (the share in arrears).
  ['比率', /未収納?率|未納率|未償還率|滞納率/],
  ['収納率', /収納率|徴収率|収入率|納付率|回収率|償還率|歩合|^率$|率\(%\)$|^対調定額?$/],
  // 件(人)数: claims, and their debtors in brackets beside each (2件(4人)).
  ['件数', /件数|^件$|^人数$|^人$|^件\(人\)数$/],
  ['比率', /伸び率|伸率|増[△▲]?減率|構成比|割合|^比率$/],
  // 過誤納額: what was paid in error or too much, owed back (the ledger's 還付未済額); 還付漏れ, a refund owed and never made.
  ['還付未済額', /還付未済|還付漏れ|過誤納/],
  // A loan's repayment waived (償還免除: 災害弔慰金法 §14) ends the claim unpaid, as a write-off does. (A fee's 免除 is
  // taken out of its charge: no write-off.)
  ['不納欠損額', /不納欠損|欠損|償還免除/],
  ['執行停止額', /執行停止|停止/],
  ['時効額', /時効/],
  // A bare 増減額 beside two years is their difference (a delta of their item), not an adjustment.
  ['調整額', /調整|調定減|調定増|更正/],
  ['現年度発生分', /新規滞納|新規発生|新たな滞納|発生額|発生分|現年度発生|現年度からの繰越|現年分からの繰越/],
  // 前期繰越額: what the period before carried into this one (its 次期繰越額, this period's year-end).
  ['年度当初', /年度当初|期首|当初残高|当初滞納|前年度末|前期繰越/],
  // A stage table's 当初 is the receivables it starts from.
  ['収入未済額', /^当初(\(.*\))?$/],
  // 整理中のもの: what is still being worked on when the period ends (期首 + 新規発生 − 整理済), its balance (not うち整理中,
  // a part of what is owed, nor a stage's 整理中 alone).
  ['年度末', /年度末|期末|翌年度へ?の?繰越|次期繰越|(?<!うち)整理中のもの/],
  // 整理済額: what a year's arrears work disposed of (collected, or written off), the flow's outgoing.
  ['回収額', /回収額|^回収$|回収実績|整理額|整理済額|整理済滞納(?!率)/],
  ['金額', /^実収入未済|^実質/],
  ['収入未済額', /収入未済|未済額|未収金|未収額|未収入金?額|未収納金?額|滞納額|滞納金額|未納額|未納金額|滞納残高|未償還/],
  ['滞納繰越額', /滞納繰越額|繰越額/],
  // 課税額, 賦課額: what a tax or premium assessed (a 課税標準額, the base it is assessed on, is none of them).
  // A loan's sum fallen due (償還期日到来額) is its charge; so is what a loan book lent at the start (当初貸付), all of it owed
  // back. A year's lending (貸付額) is none: it falls due years later. (What is repaid, 償還額, is collected: a table of the
  // city's own bonds repaid is no receivables table at all, see recognize/matrix.ts.)
  ['調定額', /調定|課税額|賦課額|徴収決定|当初貸付|期日到来/],
  // 徴収金額, 収納金額: the amount collected, as 徴収額 (not a bare 金額).
  ['収入済額', /収入済|収納済|償還済|償還額|(?<!未)(?:収入|収納|徴収|納付)金?額|納付$|^収入$/],
  ['金額', /金額|^額$|残高|債権額|^税額$/],
];

/** The item a label names, or null. Category names (回収債権, 整理債権) name no item. */
export function itemOf(h: string): Item | null {
  if (h === '' || /債権$/.test(h)) return null;
  for (const [item, re] of ITEM_WORDS) if (re.test(h)) return item;
  return null;
}

/** The balance a header names (前年度末残高: 年度当初, 年度末残高: 年度末, 前年度繰越額: 滞納繰越額), or null: a flow's by row. */
export function balanceNamed(h: string): '年度当初' | '年度末' | '滞納繰越額' | null {
  const item = itemOf(h);
  return item === '年度当初' || item === '年度末' || item === '滞納繰越額' ? item : null;
}

/** A header naming a count (件数, 人数), not an amount (compact text). */
export const namesCount = (h: string): boolean => itemOf(h) === '件数';

/** The first of `items` a label names (another item named before it in the order of the words aside), or null. */
export function itemAmong(h: string, items: ReadonlySet<Item>): Item | null {
  if (h === '' || /債権$/.test(h)) return null;
  for (const [item, re] of ITEM_WORDS) if (items.has(item) && re.test(h)) return item;
  return null;
}

/** Items that are rates (points), not amounts. */
export function isRateItem(item: Item | null): boolean {
  return item === '収納率' || item === '目標進捗率' || item === '比率';
}

/**
 * How a flow item moves the balance from 年度当初 to 年度末: +1 adds, -1 subtracts, 0 takes the
 * figure's own sign (an adjustment that says neither 減 nor 増).
 */
export function flowSign(item: Item, label: string): -1 | 0 | 1 | null {
  switch (item) {
    case '回収額':
    case '収入済額':
    case '不納欠損額':
    case '執行停止額':
    case '時効額':
      return -1;
    case '現年度発生分':
      return 1;
    case '調整額':
      if (/減/.test(label)) return -1;
      if (/増/.test(label) && !/増減/.test(label)) return 1;
      return 0;
    default:
      return null;
  }
}

/**
 * A caption of a tax's revenue, its course or its breakdown (市税の推移, 平成22年度 市税の状況, 市税内訳表, 税収の推移):
 * what a city publishes of its taxes year by year is what was collected, as under a 決算 caption. Compact text.
 */
export function isTaxRevenue(t: string): boolean {
  return /税(?:収入?)?の?(?:推移|状況|内訳)/.test(t) && !isOwedCaption(t);
}

/** A caption of what is owed or being collected (滞納市税の状況, 市税の徴収状況, 固定資産税の課税状況), not of what was collected. */
export function isOwedCaption(t: string): boolean {
  return /滞納|未済|未納|未収|欠損|調定|徴収|収納|還付|差押|停止|減免|課税|納税|債権/.test(t);
}
