/**
 * Fiscal years in header text: 令和3年度, 令和元年, R3, H28, 平成28年, 2021年度, FY2021,
 * 令和3(2021)年度 and the pair "令和3年 2021年". Eras per domain.md §4: 平成N = N + 1988,
 * 令和N = N + 2018, 元 = 1, 平成31 ≡ 令和元 ≡ 2019.
 */
import { compact } from './normalize';
import { memoText } from './memo';

/** The year before each era's first (平成N = N + 1988), by its name or initial. */
export const ERA_BASE: Record<string, number> = {
  明治: 1867, 大正: 1911, 昭和: 1925, 平成: 1988, 令和: 2018,
  M: 1867, T: 1911, S: 1925, H: 1988, R: 2018,
};

export interface YearMention {
  year: number;
  /** "era" for 令和3 / R3, "western" for 2021 / FY2021. */
  notation: 'era' | 'western';
  /** The text as written, e.g. "平成28年". */
  text: string;
  index: number;
}

const ERA_RE = /(明治|大正|昭和|平成|令和)(元|\d{1,2})(?:年度|年)?|(?<![A-Za-z])([MTSHR])\.?(元|\d{1,2})(?![\d])(?:年度|年)?/g;
const WESTERN_RE = /(?<!\d)(?:FY)?((?:19|20)\d{2})(?!\d)(?:年度|年)?/gi;

/** Every year mentioned in the text, in order of appearance (memoized: header words repeat). */
export const findYears = memoText(scanYears);

function scanYears(text: string): YearMention[] {
  if (!/[0-9０-９元]/.test(text)) return [];
  const s = compact(text).toUpperCase();
  const found: YearMention[] = [];
  for (const m of s.matchAll(ERA_RE)) {
    const era = m[1] ?? m[3];
    const n = (m[2] ?? m[4]) === '元' ? 1 : Number(m[2] ?? m[4]);
    if (n < 1 || n > 64) continue;
    found.push({ year: ERA_BASE[era] + n, notation: 'era', text: m[0], index: m.index! });
  }
  for (const m of s.matchAll(WESTERN_RE)) {
    const y = Number(m[1]);
    if (y < 1950 || y > 2100) continue;
    found.push({ year: y, notation: 'western', text: m[0], index: m.index! });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A caption naming one fiscal year for its table (令和5年度 債権別収入状況), not a span (令和5年度以降, 令和5年度～). */
export function captionNamesOneYear(text: string): boolean {
  return /年度/.test(text) && !/年度(以降|から|まで)|~|～/.test(text);
}

/** The one fiscal year a text says with 年度 (a date beside it, 令和3年7月13日更新, is none), or null. */
export function fiscalYearIn(t: string): number | null {
  const years = new Set(findYears(t).filter((y) => y.text.endsWith('年度')).map((y) => y.year));
  return years.size === 1 ? [...years][0] : null;
}

/**
 * The fiscal year a title dated by a month says for figures of a year that print none (市町村税の徴収実績調-200305(平成15年5月),
 * …(令和5年2月末現在)): January to May belong to the year that began the April before — still running, or in its 出納整理期間
 * (to 31 May), its collection closing. From June a date may be a year's published results or the new year's first months: none.
 * One date, a month's or a day the figures stand at (5月31日現在), not an event's (3月7日記者発表) nor a document's making
 * (令和6年3月策定, 改定, 作成, 1月号); only for a title of results or a state of things (実績, 状況, 調, 決算, 概要), never a
 * plan's (its targets are of years to come) nor where the text says 年度 (its own year is the caption's).
 */
export function fiscalYearOfDate(t: string): number | null {
  const s = compact(t).normalize('NFKC');
  if (/年度|計画/.test(s) || !/実績|状況|調|決算|概要/.test(s)) return null;
  const dates = new Set<string>();
  for (const m of s.matchAll(/(?:(明治|大正|昭和|平成|令和)(元|\d{1,2})|(?<!\d)((?:19|20)\d{2}))年(\d{1,2})月(?:(\d{1,2})日)?(末?(?:現在|時点))?/g)) {
    // A day is an event's (…3月7日記者発表, 更新) unless the figures are as of it (5月31日時点); a document made then is no date of figures.
    if ((m[5] && !m[6]) || /^(?:策定|改定|改訂|作成|発行|公表|発表|号)/.test(s.slice(m.index! + m[0].length).replace(/^[)）]/, ''))) return null;
    const year = m[3] ? Number(m[3]) : ERA_BASE[m[1]] + (m[2] === '元' ? 1 : Number(m[2]));
    dates.add(`${year}-${Number(m[4])}`);
  }
  if (dates.size !== 1) return null;
  const [year, month] = [...dates][0].split('-').map(Number);
  return month >= 1 && month <= 5 ? year - 1 : null;
}

export function saysFiscal(text: string): boolean {
  return compact(text).includes('年度') || /FY/i.test(text);
}

/** The month a label names alone, at its end (4月, 4月分, ４月; 現年課税分 4月 in a row's joined labels), or null. */
export function monthAtEnd(label: string): number | null {
  const m = /(?:^|\s)(\d{1,2})月分?$/.exec(label.normalize('NFKC'));
  const n = m ? Number(m[1]) : 0;
  return n >= 1 && n <= 12 ? n : null;
}

/**
 * How texts write their years: "era" where more of those naming a year name it in its era (令和3年度, R3, the pair 令和3年
 * 2021年) than in the western calendar alone (2021年度), else "western"; null where none names a year.
 */
export function yearNotation(texts: Iterable<string>): 'era' | 'western' | null {
  let era = 0;
  let western = 0;
  for (const t of texts) {
    const years = findYears(t);
    if (years.some((y) => y.notation === 'era')) era++;
    else if (years.length) western++;
  }
  return era + western === 0 ? null : era > western ? 'era' : 'western';
}

/** The eras a fiscal year is written in, latest first: a year after its base is of that era (令和: 2019 on). */
const ERAS: readonly [string, number][] = [['令和', 2018], ['平成', 1988], ['昭和', 1925]];

/**
 * A fiscal year as a plan writes it: in its era (令和3年度; the era's first year 元: the year begun in April 2019 is 令和元年度, as plans
 * and settlements write it, not 平成31年度), else in the western calendar (2021年度).
 */
export function fiscalYearText(year: number, era: boolean): string {
  return `${era ? eraYearText(year) : year}年度`;
}

/** A year in its era, without 年 (令和5, 令和元, 平成30); the year as it is before 昭和. */
export function eraYearText(year: number): string {
  const e = ERAS.find(([, base]) => year > base);
  if (!e) return String(year);
  const n = year - e[1];
  return `${e[0]}${n === 1 ? '元' : n}`;
}
