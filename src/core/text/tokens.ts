/**
 * The vocabulary of plan tables: header words for column roles, kinds, ledger items, units,
 * 区分 values, classes, totals, footnotes and section headings. Every function takes compact
 * text (see normalize.compact).
 */
import { LEDGER_ITEMS, type DebtClass, type Item, type Division, type Kind, type LedgerItem, type Role, type Unit } from '../recognize/model';
import { isRateItem, itemAmong, itemOf } from './items';
import { compact, DASH_CLASS } from './normalize';
import { captionNamesOneYear, findYears, fiscalYearIn } from './years';

/**
 * A caption naming a course (or results) and targets together (収入未済額の推移と目標, 実績及び目標): its years are not all of
 * one kind, each column's or row's own label says which.
 */
export function namesCourseAndTargets(t: string): boolean {
  return /(?:推移|実績|現状|状況|経過)(?:と|及び|および|・|、|並びに)(?:今後の)?目標|目標(?:と|及び|および|・|、|並びに)(?:その)?(?:推移|実績|現状|状況)/.test(t);
}

export function kindOf(h: string): Kind | null {
  if (/見込|見通し|推計|予測|予定/.test(h)) return 'forecast';
  // The figure when the plan was made (計画策定時, 策定時) is its starting point: a result.
  if (/策定時/.test(h)) return 'actual';
  // The figure as things stand (現状（令和5年度）, 現状値) beside a 目標: a result, whatever a caption of targets says.
  if (/現状|現況/.test(h) && !/目標/.test(h)) return 'actual';
  if (/目標|計画値|計画/.test(h)) return 'target';
  if (/実績|決算|確定/.test(h)) return 'actual';
  return null;
}

/** Label-column roles by header word; null when the header names none. */
export function labelRoleOf(h: string): Role | null {
  if (/備考|摘要|注記|特記事項|コメント|説明|留意/.test(h)) return 'note';
  if (/^(No\.?|NO\.?|no\.?|番号|連番|№|#|順)$/.test(h)) return 'other';
  if (/債権区分|債権の区分|債権分類|債権の分類|分類|種別|法的性質|性質別|公債権・私債権/.test(h)) return 'classification';
  if (/^(区分|年度区分|調定区分|収入区分)$/.test(h)) return 'division';
  if (/債権名|債権の名称|債権の種類|債権|科目|費目|名称|項目|種類|内容/.test(h) && !/額|率/.test(h)) return 'debt';
  if (/所管|担当|課名|部署|部局|所属|部課|課室|^課$|^部$/.test(h)) return 'department';
  if (/措置|取組|対策|手法|手段|徴収方法/.test(h)) return 'other';
  return null;
}

/** A measures column (徴収の手段): validated against the class's allowed measures. */
export function isMeasuresHeader(h: string): boolean {
  return /措置|手法|手段|徴収方法/.test(h);
}

const LEDGER = new Set<Item>(LEDGER_ITEMS);

/**
 * The ledger item a row table's header names, by the item words (年度末収入未済額 is a 収入未済額, 調整後調定額 a 調定額: the
 * flow's words before them aside), a bare rate (率, %) a collection rate; a share or a growth (構成比, 伸率), or a count
 * (調定件数), none.
 */
export function ledgerItemOf(h: string): LedgerItem | null {
  // A count of what it names (調定件数, 徴収決定件数) is no amount of it.
  if (itemOf(h) === '件数') return null;
  const item = itemAmong(h, LEDGER) as LedgerItem | null;
  if (item !== null) return item;
  return /率|%/.test(h) && !isRateItem(itemOf(h)) ? '収納率' : null;
}

export function unitOf(h: string): Unit {
  // 億円 and 万円 are none of the report's units (their figures are read as printed, of no unit): not 円.
  if (/億円|(?<!百)万円/.test(h) && !/円/.test(h.replace(/億円|(?<!百)万円/g, ''))) return null;
  if (/百万円/.test(h)) return '百万円';
  if (/千円/.test(h)) return '千円';
  if (/円/.test(h)) return '円';
  if (/%|パーセント/.test(h)) return '%';
  return null;
}

/** A unit line: "(単位：%)", "単位:千円", "（単位：千円、%）". */
export function isUnitLine(h: string): boolean {
  return /単位/.test(h) && h.length <= 24;
}

/** A unit line that says nothing else ((単位:千円), (単位 千円), 金額単位：円), not a caption written with its unit (4.税目別実績(本税のみ) 単位:千円). */
export function isUnitAlone(h: string): boolean {
  return isUnitLine(h) && !/[\p{L}\p{N}]{2}/u.test(h.replace(/[(（]?(?:金額|数値)?単位[:：]?[^)）]*[)）]?/g, ''));
}

/** The one fiscal year a caption gives its table: said with 年度, not a span (令和5年度～), nor the year of a plan's name. */
export function captionYear(t: string): number | null {
  return captionNamesOneYear(t) && !PLAN_NAME.test(t) ? fiscalYearIn(t) : null;
}

/**
 * The part a breakdown row names (うち個人市民税, 内 源泉所得税, 上記のうち…, (再掲)徳島市分 → 個人市民税, 源泉所得税, 徳島市分; (参考)簡易水道
 * 使用料 → 簡易水道使用料): a part of the row above, a figure listed again or one given for reference, never summed with the rows.
 */
export function partNamed(label: string): string | null {
  return /^(?:内[\s\u3000]+|(?:上記の|その|[\u2460-\u2473]の|[A-Z]の)?うち[\s\u3000]*|[(（【［]?(?:再掲|参考)[)）】］][\s\u3000]*|(?:再掲|参考)[\s\u3000:：]+)(\S.*)$/.exec(label)?.[1] ?? null;
}

/** A label cell holding only the mark of a row listed again or for reference ((参考) | 簡易水道使用料, its debt in the next column). */
export const isPartMark = (label: string): boolean => /^[(（【［]?(?:再掲|参考)[)）】］]?$/.test(label);

/** A 区分 named inside a longer header (現年度分収納率, 滞納繰越分 収入未済額). */
export function divisionNamedIn(h: string): Division | null {
  // 市税調定額(滞納繰越分を含む): the year's and the arrears together.
  if (/(滞納繰り?越し?分|滞繰分?|過年度分)を?含(?:む|め[たて])/.test(h)) return '全体';
  // Both named (現年度分、滞納繰越分を合わせた; 現年分と滞納繰越分の合計): the whole, as a newspaper's row of a tax prints it.
  if (/現年(?:度|課税|賦課)?分?(?:[、,・と+＋]|及び|および)(?:滞納繰り?越し?|滞繰|過年度|滞納)分?(?:を合わせた(?:もの)?|の?合計|計)?$/.test(h)) return '全体';
  if (/現年(度|課税|賦課)?分/.test(h)) return '現年度分';
  // A list headed by the rate of the year's own alone (<現年度納付率> beside <最終納付率>) is of 現年度分; a column's
  // 現年度収納率 beside 前年度収納率 is this year's rate, no 区分.
  if (/^[<＜〈【]現年度(?:収納|徴収|納付|収入)率[>＞〉】]$/.test(h)) return '現年度分';
  if (/滞納繰り?越し?分|滞納分|過年度分|滞繰分/.test(h)) return '滞納繰越分';
  // The 区分 in brackets after what it qualifies: 調定額(現年度), 収納率(過年度), 徴収率(現年+滞繰), or after the debt there (収納率(市税現年)).
  const bracketed = /[(（]([^()（）]+)[)）]$/.exec(h)?.[1];
  return bracketed ? (divisionOf(bracketed) ?? divisionOf(bracketed.replace(DEBT_BEFORE, ''))) : null;
}

/** A debt's name before what follows it (市税 of 市税現年). */
const DEBT_BEFORE = /^.+?(?:税|料|金|費|代|賃|債権)(?=.)/;

export function divisionOf(h: string): Division | null {
  // 現年課税分, 滞納繰越課税分: as 国民健康保険税 and 市税 ledgers print them; 現年賦課分, as 保険料 ledgers do.
  if (/^(現年度分?|現年分|現年|当年度分?|現年(度)?(課税|賦課)分)$/.test(h)) return '現年度分';
  // 滞納繰り越し分: the same with its okurigana written; 滞納 alone, as a row under 現年 (現年 | 滞納 | 合計, Fukuyama's 収納率).
  if (/^(滞納繰越分?|滞納繰り越し分?|滞繰分?|滞納分?|過年度分?|過年分|繰越分|前年度以前分?|滞納繰越課税分)$/.test(h)) return '滞納繰越分';
  if (/^(全体|合計|計|全体計|総計|トータル|現年\+滞繰|現年・滞繰計?)$/.test(h)) return '全体';
  return null;
}

/** The three classes as municipalities write them. 非強制 is tested first: it contains 強制. */
export function classOf(h: string): DebtClass | null {
  if (/非強制徴収公債権|非強制公債権|強制徴収できない公債権|公債権\(強制徴収できない\)|公債権\(非強制\)|非強制徴収の公債権/.test(h)) return '非強制徴収公債権';
  if (/私債権|私法上の債権/.test(h)) return '私債権';
  if (/非強制/.test(h)) return null;
  if (/強制徴収公債権|強制徴収債権|強制公債権|公債権\(強制徴収\)|強制徴収できる公債権/.test(h)) return '強制徴収公債権';
  return null;
}

/**
 * A collection body's table (a 租税債権管理機構, or what cities handed over to one: 受託額, 引受件数, 当機構への移管状況):
 * what it collects is arrears recovered (回収額), of what it was entrusted, not a year's 収入済額 of its 調定額. Not a
 * city's own table that names a body or what it handed over (機構への移管額, 機構改革, 日本学生支援機構).
 */
export const COLLECTION_BODY = /(?:受託|引受)(?:金?額|件数|状況|年度|案件)|(?:債権管理|滞納整理|徴収|回収)機構|当機構|機構の(?:実績|活動|執行)/;

export function isTotalLabel(h: string): boolean {
  // 全税目 (every tax), 全債権: the whole of the rows below or above.
  // 計A, 合計B: a total lettered as a form's row (its letter no operand's: 調定額(A) over it is another A); 合計(A+B) the sum of
  // such rows. 小計（税）, 小計（税外）: a subtotal naming its group in brackets.
  return /^(合計|総計|小計|計|累計|総合計|全体計|合計額|全債権計?|全税目計?|全体合計|.{0,12}計|(?:合|総|小)?計[A-Z]|(?:合|総)?計[A-Z]?[(（][A-Z](?:[+＋][A-Z])+[)）]|(?:小|合)?計[(（][^()（）]{1,8}[)）])$/.test(h) && !/会計|統計|設計|家計|推計/.test(h);
}

/** A note below a table: ※…, (注)…, 注1…, *…. */
export function isFootnote(h: string): boolean {
  // A note in brackets opening with its mark ((*指定都市の…), （※…）) too.
  return /^(※|\*|＊|\(注|注[0-9:：)）]|注$|注記|備考[:：]|出典|資料[:：]|[(（][*＊※](?!\d*[)）]))/.test(h);
}

/** A numbered section heading: "(1) 強制徴収公債権", "1 計画期間", "③ 私債権", "ア 市税". */
export function isSectionHeading(h: string): boolean {
  return headingStyle(h) !== null;
}

/** How section headings are numbered: (1), 1., ①, 第1, I., ア. */
const HEADING_STYLES = [/^\(\d{1,2}\)/, /^\d{1,2}[.．、)]?(?=\D)/, /^[\u2460-\u2473]/, /^第\d+/, /^[IVX]+[.．、]/, /^[ア-ン][ .．、]/];

/** The numbering of a section heading, as its place in HEADING_STYLES; null for a line that is no heading. */
export function headingStyle(h: string): number | null {
  const i = HEADING_STYLES.findIndex((style) => style.test(h));
  return i < 0 ? null : i;
}

/** Circled tag alone or in text, outside a delta expression. */
export function tagsIn(h: string): string[] {
  return h.match(/[\u2460-\u2473]/g) ?? [];
}

const DELTA_TAGGED = new RegExp(`([\\u2460-\\u2473])[${DASH_CLASS}]([\\u2460-\\u2473])`);
const DELTA_WORDS = new RegExp(`([\\u2460-\\u2473])(?:と|対|vs\\.?)([\\u2460-\\u2473])(?:の)?(?:比較|差|増減)`);

/** The operands of a delta written with tags: ③-①, ③－①, ③−①, ③と①の比較. */
export function taggedDelta(h: string): { minuend: string; subtrahend: string } | null {
  const m = DELTA_TAGGED.exec(h) ?? DELTA_WORDS.exec(h);
  return m ? { minuend: m[1], subtrahend: m[2] } : null;
}

/** A rate of change (増減率, 伸び率, 縮減率): a ratio of two figures, never their difference. */
export function isChangeRateHeader(h: string): boolean {
  return /(増[△▲]?減|伸び?|縮減|削減|減少|増加)率/.test(h);
}

/** One operand of a difference written with years: its year, and the kind written after it (令和6年度目標). */
export interface YearOperand {
  year: number;
  kind: Kind | null;
}

const YEARS_DASH = new RegExp(`^[^${DASH_CLASS}]{0,6}[${DASH_CLASS}]$`);

/**
 * Two years written as a difference, the first less the second as written (R5−R2, 増減（R5−R2）, 令和6年度目標－令和4年度実績),
 * each with the kind written after it; null where no dash stands between them (R2→R5, R2とR5の比較).
 */
export function yearDifference(h: string): { minuend: YearOperand; subtrahend: YearOperand } | null {
  const ys = findYears(h);
  if (ys.length !== 2) return null;
  const s = compact(h).toUpperCase();
  const between = s.slice(ys[0].index + ys[0].text.length, ys[1].index);
  if (!YEARS_DASH.test(between)) return null;
  const after = s.slice(ys[1].index + ys[1].text.length).slice(0, 6);
  return { minuend: { year: ys[0].year, kind: kindOf(between) }, subtrahend: { year: ys[1].year, kind: kindOf(after) } };
}

/**
 * Years written as a difference that says its order: the later first (R5−R2), or each with its kind (R6目標−R4実績). The
 * earlier first with a dash (増減(R2-R5)) is as often a period as a difference the other way: not this.
 */
export function writtenDifference(h: string): { minuend: YearOperand; subtrahend: YearOperand } | null {
  const d = /[0-9０-９元]/.test(h) ? yearDifference(h) : null;
  return d !== null && (d.minuend.year > d.subtrahend.year || (d.minuend.kind !== null && d.subtrahend.kind !== null && d.minuend.kind !== d.subtrahend.kind)) ? d : null;
}

/** An operand of a difference its header names: a year, a kind (見込, 目標), or both (R4実績). */
export interface NamedOperand {
  year: number | null;
  kind: Kind | null;
}

/**
 * A difference whose operands its header names by their kinds, with or without their years (見込−R4実績, 差引（見込−R4）,
 * 目標−見込, 差（目標−見込）; 目標と見込の差, whose order only its rows may say: `ordered` false). Each side is a year, a
 * kind or both, and nothing else; one side at least names a kind (two years alone are writtenDifference's). A year
 * alone before a kind alone (R4−実績) reads as a label, not a difference.
 */
export function kindDifference(h: string): { minuend: NamedOperand; subtrahend: NamedOperand; ordered: boolean } | null {
  if (!/実績|決算|目標|計画|見込/.test(h)) return null;
  const s = compact(h)
    .toUpperCase()
    .replace(/^(?:差引|差|増減|比較)/, '')
    .replace(/^[(（](.*)[)）]$/, '$1');
  const apart = /^(.+)と(.+)の差$/.exec(s);
  const sides = apart ? [apart[1], apart[2]] : s.split(new RegExp(`[${DASH_CLASS}]`));
  if (sides.length !== 2) return null;
  const [a, b] = sides.map((side): NamedOperand | null => {
    const years = findYears(side);
    if (years.length > 1) return null;
    const rest = (years.length ? side.slice(0, years[0].index) + side.slice(years[0].index + years[0].text.length) : side).replace(/実績|決算|目標|計画|見込み?|年度|年/g, '');
    if (rest !== '') return null;
    const op = { year: years[0]?.year ?? null, kind: kindOf(side) };
    return op.year === null && op.kind === null ? null : op;
  });
  if (!a || !b || (a.kind === null && b.kind === null)) return null;
  if (a.kind === null && b.year === null) return null;
  return { minuend: a, subtrahend: b, ordered: !apart };
}

/** A header that is only two years written as a difference that says its order (R5−R2, R6目標−R4実績). */
function yearsDifferenceAlone(h: string): boolean {
  if (writtenDifference(h) === null) return false;
  const [a, b] = findYears(h);
  const s = compact(h).toUpperCase();
  const rest = (s.slice(0, a.index) + s.slice(a.index + a.text.length, b.index) + s.slice(b.index + b.text.length)).replace(YEAR_WORDS, '');
  return ONE_DASH.test(rest);
}
const YEAR_WORDS = /[()（）]|実績|目標|見込み?|計画|決算|年度|年|^差/g;
const ONE_DASH = new RegExp(`^[${DASH_CLASS}]$`);

/** Words that make a column a difference of others. */
export function isDeltaHeader(h: string): boolean {
  // 対 before a figure (対前年, 対H28) compares; 対象 (what a measure counts) does not.
  // 増加額△減少額, 増△減: an increase, a decrease shown with △.
  return taggedDelta(h) !== null || yearsDifferenceAlone(h) || kindDifference(h) !== null || /比較|増減|差引|差異|との差|^差$|前年度?比|前年度?差|対前年|^対(?!象).+|.+比(?:\((?:ポイント|pt)\))?$|差\((?:ポイント|pt)\)$|伸び|改善幅|縮減額|削減額|増加?額?[△▲]減/.test(h);
}

/** A reduction (縮減額, 削減率): the earlier figure less the later, not the later less the earlier. */
export function isReductionHeader(h: string): boolean {
  return /縮減|削減/.test(h);
}

/** A plan's name (第1次計画, 第2次債権管理計画, …債権管理計画, 計画期間) names the plan, not the kind of its figures. */
export const PLAN_NAME = /第\d+次[^\s]{0,12}?計画|債権管理計画|計画期間/;
const PLAN_NAMES = new RegExp(PLAN_NAME.source, 'g');

export function withoutPlanName(t: string): string {
  return t.replace(PLAN_NAMES, '');
}

/**
 * How a debt's name ends (…税, …料, …金, …費, …代, 家賃, …債権), a note in brackets allowed: an indicator (…比率) or an
 * office does not; nor what is seized for one (預貯金, 所得税還付金, 売掛金, その他債権: a 差押 table's kinds of property).
 */
/** How a department's (or an office's) name ends: 税務課, 収納対策室, 市民係, 健康福祉部, 納税センター. */
export const DEPARTMENT_NAME = /(課|室|係|部|局|センター|事務所|病院)$/;

export const DEBT_NAME = /^(?!(?:預貯金|預金|貯金|(?:所得税|国税)?還付金|売掛金|出資金|その他の?債権)$).*(税|料|金|費|代|賃|債権)([（(].*[）)])?$/;

/**
 * An outline's numbering or bullet before a label, shallowest first (一 普通税 or 一.普通税 › 1 法定普通税 or 1.法定普通税 › (1) 市町村民税 ›
 * ア 市町村民税 › (ア) 個人 › ① 個人均等割; ・水道料金): no part of the name. Matched on the label's NFKC form (１．, （１）
 * as 1., (1)). A year (30 年度) is no numbering, nor a count or an amount written close against what follows (2期分,
 * 10万円以上の…); the matrix reader takes a number close against a tax's name (1普通税) for one, as the statistical
 * forms print it, a row table does not (1級河川占用料, 3歳未満児保育料 are names).
 */
const OUTLINE_MARKS = [
  /^[一二三四五六七八九十]{1,3}(?:[\s\u3000]+|[.．、][\s\u3000]*)(?=\S)/,
  /^\d{1,2}(?:[\s\u3000]+(?![年月度])|[.．、](?!\d)[\s\u3000]*|(?=[^\d\s.,)）年月日度号期回人件万千百円%％]\S*(?:税|料|金)$))(?=\S)/,
  /^(?:[(（]\d{1,2}|\d{1,2}(?=[)）]))[)）][\s\u3000]*(?=\S)/,
  /^[ア-ン](?:[\s\u3000]+|[.．、][\s\u3000]*)(?=\S)/,
  /^[(（][ア-ン][)）][\s\u3000]*(?=\S)/,
  /^[\u2460-\u2473][\s\u3000]*(?=[^\s/])/,
  /^[・･][\s\u3000]*(?=\S)/,
];
/** A character a mark can open with, in either width (ｱ, （, １). */
const OUTLINE_START = /^[一二三四五六七八九十0-9０-９(（ア-ンｱ-ﾝ\u2460-\u2473・･]/;
/** The depths outlines have (a label of none is deeper than all). */
export const OUTLINE_DEPTHS = OUTLINE_MARKS.length;
/** A name spaced out to fill its cell (ガ ス 料 金, 一 時 保 育 料): in a row table, its first character is no numbering. */
const SPACED_OUT = /^\S(?:[\s\u3000]+\S){2,}$/;

/** The outline's mark a label opens with: its depth and its length; null where it opens with none. */
function outlineMark(label: string, close: boolean): { depth: number; length: number } | null {
  // Most labels open with no mark: told so without a normalized copy (this runs for every row of a row table).
  if (!OUTLINE_START.test(label)) return null;
  const text = label.normalize('NFKC');
  // The matrix reader tells a spaced-out name from a numbered one (一 普 通 税) by the outline of the rows around it.
  if (!close && SPACED_OUT.test(text)) return null;
  for (let depth = 0; depth < OUTLINE_MARKS.length; depth++) {
    const m = OUTLINE_MARKS[depth].exec(text);
    if (!m) continue;
    // A number close against a name: the matrix's statistical forms only.
    if (depth === 1 && !close && !/^\d{1,2}[\s.、]/.test(text)) return null;
    // The marks' characters keep their length under NFKC (１ → 1, （ → (, ．→ .): the label's own prefix is cut.
    return { depth, length: m[0].length };
  }
  return null;
}

export const outlineDepth = (label: string, close = true): number => outlineMark(label, close)?.depth ?? -1;

/** The outline's numbering or bullet taken off a label (a label without one as it is). */
export function withoutOutline(label: string, close = false): string {
  const mark = outlineMark(label, close);
  return mark ? label.slice(mark.length) : label;
}

/**
 * A file link's note a web page prints after a label (市町村民税(エクセル:81KB), 固定資産税 (PDF 1.2MB), 【PDF:123KB】,
 * (別ウィンドウで開きます)), one or several: no part of the name.
 */
const FILE_LINK = /[\s\u3000]*(?:[(（［[【](?:エクセル|ワード|excel|xlsx?|pdf|word|docx?|csv)[^()（）［\][\]【】]*?\d[\d.,]*[\s\u3000]*(?:[kmg]?b(?:yte)?|キロバイト|メガバイト)[)）］\]】]|[(（]別ウィンドウで開きます[)）])$/i;
export function withoutFileLink(label: string): string {
  let out = label;
  while (FILE_LINK.test(out)) out = out.replace(FILE_LINK, '');
  return out;
}
