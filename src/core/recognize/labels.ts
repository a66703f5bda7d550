/**
 * What one label says (a column header part, a row label, a caption): the dimensions it gives an
 * observation. A label may give several (令和3年度 目標 収納率) or only a name (市税, 回収債権).
 */
import type { DebtClass, Derived, Division, Item, Kind, Unit } from './model';
import { classOf, divisionNamedIn, divisionOf, isChangeRateHeader, isDeltaHeader, isReductionHeader, isTotalLabel, kindOf, taggedDelta, unitOf, writtenDifference } from '../text/tokens';
import { findYears } from '../text/years';
import { itemOf } from '../text/items';
import { memoText } from '../text/memo';

export interface LabelDims {
  year: number | null;
  /** 以降 (平成21年度以降): the year starts a range. */
  yearNote: string | null;
  kind: Kind | null;
  item: Item | null;
  derived: Derived | null;
  division: Division | null;
  classification: DebtClass | null;
  /** 公債権 / 私債権 as a 種別 without the 強制/非強制 split: an identity part, not a class. */
  total: boolean;
  unit: Unit | '件' | null;
  /** A letter tag 【A】, and for a ratio 【B/A】 its numerator and denominator. */
  letter: string | null;
  ratio: { num: string; den: string } | null;
  /** A difference of lettered columns: B-A. */
  diff: { minuend: string; subtrahend: string } | null;
  /** A difference whose header names its years (増減（R5−R2）: 2023 less 2020; 令和2年度比: the latest less 2020). */
  versus: { minuend: number | null; subtrahend: number; kinds?: [Kind, Kind] } | null;
  /** A difference named by a bare word (増減, 差引, 差額): which figures it is of, only its rows say. */
  plainDelta: boolean;
  /** A category of receivables or a stage (回収債権, 公債権, 滞納債権): a name that is not a debt. */
  category: string | null;
  /** The label when it names something (a debt, a category, a stage), not only dimensions. */
  name: string | null;
  /** A year written without its era (18年度末): the era is the table's. */
  bareYear: number | null;
  /** 決算 or 予算: the figures of a revenue, where the amount is collected (or budgeted) revenue. */
  settled: boolean;
  /** 前年比, 対前年度比, 調定額前年比(%): a figure against the year before (of an amount, a ratio in %; of a rate, points). */
  lastYear: boolean;
  /** A difference counted in points (05年度比(ポイント), 差(pt)) naming no item: of the rates it stands beside. */
  points: boolean;
  /** A rate of change (増減率, 伸び率; 縮減率, 削減率 counting a fall as positive): of one figure over two years. */
  growth: 'change' | 'reduction' | null;
}

/** Header words that name a label column, not a value: they give no dimension. */
const GENERIC = /^(区分|種別|項目|年度|年|債権名?|債権の?名称|科目|費目|名称|内訳|区分\/年度|年度\/区分|債権区分|分類|所管課?|担当課?|課名|備考|No\.?|番号|順位)$/;

/** Words that only describe (a year's 年度, a 当初/最終 target) and leave no name behind. */
const FILLER = /[()（）【】\[\]・:：、,]|年度|年|分|額|値|数|率|計画|第\d+次|の|実績|決算|目標|見込|推移|状況|以降|以後|従来|当初|最終|改定|修正|旧|単位.*$/g;

/** A letter tag or a ratio of letters in angle brackets (本税<B>, 徴収率<B/A>, ＜A＞ as NFKC makes it): as in round ones. */
const ANGLED_LETTERS = /[<〈]([A-Z](?:\/[A-Z])?)[>〉]/g;

export const parseLabel = memoText((h: string) => scan(h.replace(ANGLED_LETTERS, '($1)')));

/** Letters each in their brackets divided (徴収率 (B)/(A)×100), or subtracted ((B)−(D)), not within a longer sum. */
// Rows numbered in brackets are operands as letters are: 償還率((4)/(1)).
const BRACKETED_RATIO = /(?<![+＋\-−－/])\(([A-Z]|\d{1,2})\)\/\(([A-Z]|\d{1,2})\)(?![+＋\-−－/])/;
const BRACKETED_DIFF = /(?<![+＋\-−－/])\(([A-Z])\)[-−－]\(([A-Z])\)(?![+＋\-−－/])/;
/** A lettered column a label is of ((B)の構成比). */
const LETTER_OF = /[【\[(][A-Z][】\])]の/;

/** A sum of lettered rows written after a label (総事業費(A+B)): the letters summed. */
export const LETTERED_SUM = /[(（]([A-Z](?:[+＋][A-Z])+)[)）]$/;

function scan(h: string): LabelDims {
  const d: LabelDims = {
    year: null, yearNote: null, kind: null, item: null, derived: null, division: null, classification: null,
    total: false, unit: null, letter: null, ratio: null, diff: null, versus: null, plainDelta: false, name: null, category: null, bareYear: null, settled: false, lastYear: false, points: false, growth: null,
  };
  if (h === '' || GENERIC.test(h)) return d;
  if (/^元(年度?)?$/.test(h)) return { ...d, bareYear: 1 };
  // A rank (1位 … 10位, under 順位) orders the rows; it names none.
  if (/^(第)?\d{1,3}位$/.test(h)) return d;
  // A row's tag alone (① … ⑳ in a column of its own beside the names) names nothing.
  if (/^[\u2460-\u2473]$/.test(h)) return d;
  // A ratio of circled tags alone (②/①, (④/①)): a ratio of the rows or columns so tagged, as 【B/A】 of lettered ones.
  const circled = /^[(（]?([\u2460-\u2473])\/([\u2460-\u2473])[)）]?$/.exec(h);
  if (circled) return { ...d, ratio: { num: circled[1], den: circled[2] }, derived: 'ratio' };
  // 種別 abbreviated: 公 (公債権) and 私 (私債権).
  if (h === '公' || h === '私') return { ...d, category: h === '公' ? '公債権' : '私債権', classification: h === '私' ? '私債権' : null };
  // An operand formula (1-2-3-4+5+6, 2/1) names no row: it says how the figures are computed.
  if (/^[\d+\-−*/×÷()=]+$/.test(h)) {
    const ratio = /^(?:(\d)\()?(\d)\/(\d)\)?$/.exec(h);
    const diff = /^(?:(\d)\()?(\d)[-−](\d)\)?$/.exec(h);
    if (ratio) d.ratio = { num: ratio[2], den: ratio[3] };
    if (diff) d.diff = { minuend: diff[2], subtrahend: diff[3] };
    d.letter = (ratio ?? diff)?.[1] ?? (/^\d$/.test(h) ? h : null);
    return d;
  }
  // A date (令和3年5月31日) says when, not which fiscal year.
  const years = /\d年\d{1,2}月/.test(h) ? [] : findYears(h);
  if (years.length) {
    d.year = (years.find((y) => y.notation === 'era') ?? years[0]).year;
    if (/以降|以後|から/.test(h)) d.yearNote = '以降';
  } else {
    const bare = /(?:^|[^\d])(\d{1,2})年度/.exec(h);
    if (bare) d.bareYear = Number(bare[1]);
  }
  // 【C/A】, C/A, or letters each in their brackets after the header's words: 徴収率 (B)/(A)×100.
  // A/B alone, or with its unit after it: A/B(%).
  const ratio = /[【\[(]([A-Z\u2460-\u2473])\/([A-Z\u2460-\u2473])[】\])]/.exec(h) ?? /^([A-Z])\/([A-Z])(?:[(（][^()（）]*[)）])?$/.exec(h) ?? BRACKETED_RATIO.exec(h);
  // B−C alone is a difference, (C)-(D) too, after the header's words (増減額 (B)−(D) (E)); A+B−C (a flow's balance) is not.
  const diff = /(?:^|[^A-Za-z+＋])([A-Z])[-−－]([A-Z])(?:[】\])]|$)/.exec(h) ?? BRACKETED_DIFF.exec(h);
  if (diff) d.diff = { minuend: diff[1], subtrahend: diff[2] };
  // Circled tags subtracted (③－①, ③と①の比較): of the columns or rows so tagged, as lettered ones.
  else if (/[\u2460-\u2473]/.test(h)) {
    const tagged = taggedDelta(h);
    if (tagged && /^[\u2460-\u2473]$/.test(tagged.minuend) && /^[\u2460-\u2473]$/.test(tagged.subtrahend)) d.diff = tagged;
  }
  if (ratio) d.ratio = { num: ratio[1], den: ratio[2] };
  // A letter tag: 【A】, (B), or a capital after a year (H18 A); not the operands of its formula ((B)/(A), (B)−(D) (E) is E),
  // nor the column a share is of ((B)の構成比).
  const operands = h.replace(BRACKETED_RATIO, '').replace(BRACKETED_DIFF, '').replace(LETTER_OF, '');
  // Or a capital after the label's words, before its unit: 税収入額 A(億円).
  const letter =
    /[【\[(]([A-Z])[】\])]/.exec(operands) ?? (years.length ? /^(?:[A-Z]?\d{1,4}(?:年度|年)?)([A-Z])$/.exec(h) : null) ?? /(?<=[^\x00-\x7f])([A-Z])[(（][^()（）A-Z]*[)）]$/.exec(operands);
  if (letter) d.letter = letter[1];
  // A circled tag before or after the label's words (①受託額, 徴収決定額①), its ratio's aside: the row's or column's tag.
  const circledTag = /^([\u2460-\u2473])(?=[^\u2460-\u2473/])|(?<=[^\u2460-\u2473/(（])([\u2460-\u2473])$/.exec(operands.replace(/[(（][\u2460-\u2473]\/[\u2460-\u2473][)）]/, ''));
  if (circledTag) d.letter ??= circledTag[1] ?? circledTag[2];
  // A letter alone over a column (A), or with the sum it stands for (D(A+B−C)): a tag, not a name.
  const tag = /^([A-Z])(?:[(（][A-Z+＋\-−－]+[)）])?$/.exec(h);
  if (tag) d.letter ??= tag[1];
  d.kind = kindOf(h.replace(/目標(額|値)?(との|に対する)?(差|比較|進捗|達成)|進捗率|達成率|都市計画|計画税/g, ''));
  d.settled = /決算|予算/.test(h);
  d.lastYear = /前年度?比(?:[(（][^()（）]*[)）])?$/.test(h);
  if (isChangeRateHeader(h)) d.growth = isReductionHeader(h) ? 'reduction' : 'change';
  if (d.kind === null && /予算/.test(h)) d.kind = 'target';
  d.item = itemOf(h.replace(/[【\[(][A-Z](\/[A-Z])?[】\])]|[(（]単位[:：][^)）]*[)）]/g, ''));
  // A rate of change (伸び率（％）) is a ratio of two figures: no collection rate, no difference in points.
  if (d.growth) d.item = '比率';
  // 現 / 滞: the 区分 abbreviated to one character in a narrow column (現 | 滞 | 計).
  d.division = divisionOf(h) ?? divisionNamedIn(h) ?? (/^現$/.test(h) ? '現年度分' : /^滞$|^繰$/.test(h) ? '滞納繰越分' : /^合計$|^全体(?!に占める)/.test(h) ? '全体' : null);
  d.classification = classOf(h);
  // A sum of lettered rows (総事業費(A+B)) is their total.
  // So does a letter written as the sum of others (全体(A)=(B)+(C)).
  d.total = isTotalLabel(h) || /^(全体|総数|総額|トータル)$|.+全体$|.+税総額$/.test(h) || LETTERED_SUM.test(h) || /[(（][A-Z][)）]=[(（][A-Z][)）](?:[+＋][(（][A-Z][)）])+$/.test(h);
  // A ratio of lettered columns, or a share of one ((B)の構成比: of the column lettered B).
  if (d.ratio || d.item === '目標進捗率' || (d.item === '比率' && LETTER_OF.test(h))) d.derived = 'ratio';
  else if (d.total) d.derived = 'total';
  else if (d.item !== '比率' && !/^対調定額?$/.test(h) && (isDeltaHeader(h) || /ポイント(増|減)?$|^増減|増△減/.test(h))) d.derived = 'delta';
  d.points = d.derived === 'delta' && d.item === null && /ポイント|[(（]pt[)）]/i.test(h);
  d.plainDelta = d.derived === 'delta' && /^(?:増減|差引|差|差額|増減額|増[△▲]減)$/.test(h);
  if (d.derived === 'delta' && !d.lastYear) {
    const written = writtenDifference(h);
    if (written)
      d.versus = {
        minuend: written.minuend.year,
        subtrahend: written.subtrahend.year,
        ...(written.minuend.kind !== null && written.subtrahend.kind !== null ? { kinds: [written.minuend.kind, written.subtrahend.kind] as [Kind, Kind] } : {}),
      };
    else if (years.length === 1 && /比較?|との差|対/.test(h)) d.versus = { minuend: null, subtrahend: years[0].year };
  }
  const u = /[(（]([^)）]*)[)）]/.exec(h)?.[1] ?? (UNIT_ALONE.test(h) ? h : '');
  // 億円 and 万円 are none of the report's units: figures in them are read as printed, of no unit.
  // People counted (定員(人), 参加者(名), 滞納世帯(世帯)) are cases counted, as 件 are.
  d.unit = /件/.test(u) || /^(?:人|名|世帯|者|戸)$/.test(u) ? '件' : /[億万]円/.test(u) ? null : unitOf(u);
  if (d.item === '件数') d.unit = '件';
  // What is left once the dimensions are taken out is a name (市税, 回収債権, 処理目標).
  const rest = h.replace(/[【\[(]([A-Z])(\/[A-Z])?[】\])]/g, '').replace(d.letter && !/[【\[(]/.test(h) ? /[A-Z]$/ : /$^/, '').replace(years.length ? new RegExp(years.map((y) => escape(y.text)).join('|'), 'gi') : /$^/, '');
  // Categories of receivables (回収債権, 整理債権, 公債権, 私債権) are not debts.
  const bare = h.replace(/[(（].*$/, '');
  if (/債権$/.test(bare) && d.item === null) d.category = bare;
  // The sides of an account (歳入 | 歳出) are no debts; nor are a month (4月, 12月分: a period of the year) and a month's own
  // figures and their running sum (単月 | 累計).
  if (/^歳[入出]$|^(?:単月|当月|月計|累計)$|^\d{1,2}月分?$/.test(h)) d.category = h;
  // A unit alone (千円 on a row of its own under 税額, (億円), ポイント) names nothing either (世帯 | 人 under 滞納者数 tell
  // what is counted: kept).
  const unitAlone = UNIT_ALONE.test(h);
  const nameless = d.item !== null || d.division !== null || d.total || d.derived === 'delta' || d.category !== null || tag !== null || d.ratio !== null || d.diff !== null || unitAlone;
  const left = rest.replace(/(?:^|[^\d])\d{1,2}年度/, '').replace(FILLER, '').replace(/^[\d.]+$/, '');
  if (!nameless && left !== '') d.name = h.replace(/[※*＊]\d*$/, '');
  else if (d.kind !== null && d.item === null && /処理|整理|回収|縮減/.test(rest)) d.category = h.replace(/[(（].*$/, '');
  return d;
}

const UNIT_ALONE = /^[(（]?(?:円|千円|百万円|億円|万円|%|％|件|ポイント|pt)[)）]?$/i;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
