import { memoText } from './memo';

/**
 * Text normalization for matching. NFKC turns circled digits (①) into plain digits, so they are
 * kept aside: a circled tag is how plans name their columns.
 */

const CIRCLED = /[\u2460-\u2473]/g;

/** NFKC, keeping circled digits ①…⑳ as they are. */
export function nfkc(s: string): string {
  if (!CIRCLED.test(s)) return s.normalize('NFKC');
  CIRCLED.lastIndex = 0;
  let out = '';
  let last = 0;
  for (const m of s.matchAll(CIRCLED)) {
    out += s.slice(last, m.index).normalize('NFKC') + m[0];
    last = m.index! + m[0].length;
  }
  return out + s.slice(last).normalize('NFKC');
}

/** NFKC with all whitespace (line breaks, ideographic spaces) removed: the form headers are matched in. */
export const compact = memoText((s: string): string => nfkc(s).replace(/\s+/g, ''));

/** Runs of whitespace (line breaks, ideographic spaces) collapsed to one space: names as the user wrote them. */
export function tidy(s: string): string {
  // Most names hold no whitespace at all: returned as they are, without a copy.
  return /\s/.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/** NFKC with runs of whitespace collapsed to one space and trimmed: header text as reported. */
export function clean(s: string): string {
  return nfkc(s).replace(/\s+/g, ' ').trim();
}

/** Dashes and minus signs of every width, as typed in Japanese sheets. */
export const DASH_CLASS = '\\-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015\\u2212\\u30FC\\uFF0D\\uFF70';

/** A cell that says "no value": a dash of any kind, an ellipsis, or nothing. */
const NO_VALUE_RE = new RegExp(`^[\\s${DASH_CLASS}…‥・/／]*$`);

/** A cell that says there is nothing to count: (対象事案なし), 該当なし, なし. */
const NONE_RE = /^[(（]?(?:該当|対象)?(?:事案|案件|者)?(?:なし|無し)[)）]?$/;

/** A dash written with its unit, and the year before's beside it in brackets: -件, －千円(－千円). */
const DASH_WITH_UNIT = new RegExp(`^[${DASH_CLASS}](?:件|円|千円|人|%)(?:[(（][${DASH_CLASS}](?:件|円|千円|人|%)[)）])?$`);

export function isNoValueText(s: string): boolean {
  if (NO_VALUE_RE.test(s)) return true;
  const compacted = s.replace(/\s+/g, '');
  return NONE_RE.test(compacted) || DASH_WITH_UNIT.test(compacted);
}

const CIRCLED_BASE = 0x2460;

export function circledToNumber(ch: string): number | null {
  const code = ch.codePointAt(0)!;
  return code >= CIRCLED_BASE && code <= CIRCLED_BASE + 19 ? code - CIRCLED_BASE + 1 : null;
}
