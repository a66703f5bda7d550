/**
 * Excel number formats, read in one place: by the engine (how many decimals a cell shows, whether
 * it shows a percentage) and by the workbench preview (the text a cell shows).
 */
import { memoText } from './memo';

export interface FormatInfo {
  /** Decimals its first (positive) section shows; null when it has no digit placeholder (General, @, text). */
  decimals: number | null;
  /** Shows a percentage (0.962 as 96.2%). */
  percent: boolean;
  /** The text format (@). */
  text: boolean;
  /** What its first section divides the number by: 1000 a comma after the last digit place (#,##0, shows 512,345,678 as 512,346). */
  scale: number;
}

const GENERAL: FormatInfo = { decimals: null, percent: false, text: false, scale: 1 };

/** Read once per format string: a workbook uses a handful of formats over many cells. */
const read = memoText((format: string): FormatInfo => {
  const parts = formatSections(format).map(parseSection);
  return { decimals: parts[0].hasDigits ? parts[0].decimals : null, percent: parts.some((p) => p.percent), text: /@/.test(format), scale: parts[0].scale };
});

/** The last format asked about, and its reading: a column keeps its format down a table, so most figures are answered without a lookup. */
let lastFormat: string | undefined;
let lastInfo: FormatInfo = GENERAL;

export function formatInfo(format: string | undefined): FormatInfo {
  if (format === lastFormat) return lastInfo;
  lastFormat = format;
  return (lastInfo = !format || format === 'General' ? GENERAL : read(format));
}

/** Splits a format code at the semicolons that are not inside quotes. */
export function formatSections(format: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted && i + 1 < format.length) {
      cur += ch + format[++i];
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** One section of a format: its literal text before and after the digits, and how the digits are shown. */
export interface FormatSection {
  before: string;
  after: string;
  /** Digit places after the decimal point. */
  decimals: number;
  thousands: boolean;
  /** An unquoted, unescaped %: the number is shown × 100. */
  percent: boolean;
  /** Any digit place (0, # or ?) at all: a section of only text shows no number. */
  hasDigits: boolean;
  /** 1000 for each comma after the last digit place: the number is shown divided by it. */
  scale: number;
}

/** Reads one section: quoted and escaped characters are literals, [Red]/[>=100] blocks are not shown, _x and *x take a character's room. */
export function parseSection(section: string): FormatSection {
  let before = '';
  let after = '';
  let digits = '';
  let quoted = false;
  /** An unquoted, unescaped % scales the number by 100; "%" and \% are literals. */
  let percent = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      quoted = !quoted;
      continue;
    }
    if (quoted) {
      if (digits) after += ch;
      else before += ch;
      continue;
    }
    if (ch === '\\' && i + 1 < section.length) {
      const lit = section[++i];
      if (digits) after += lit;
      else before += lit;
      continue;
    }
    if (ch === '[') {
      // [Red], [>=100], [$-411]: colours and conditions are not shown.
      const end = section.indexOf(']', i);
      i = end < 0 ? section.length : end;
      continue;
    }
    if (ch === '_' || ch === '*') {
      i++;
      continue;
    }
    if ('0#?,.'.includes(ch) && !after) digits += ch;
    else if (ch === '%') {
      after += '%';
      percent = true;
    }
    else if (digits) after += ch;
    else before += ch;
  }
  const dot = digits.indexOf('.');
  const decimals = dot < 0 ? 0 : digits.slice(dot + 1).replace(/[^0#?]/g, '').length;
  const intPart = dot < 0 ? digits : digits.slice(0, dot);
  const hasDigits = /[0#?]/.test(digits);
  const scale = hasDigits ? 1000 ** /,*$/.exec(digits)![0].length : 1;
  return { before, after, decimals, thousands: intPart.replace(/,+$/, '').includes(','), percent, hasDigits, scale };
}

const AMOUNT_UNITS = ['円', '千円', '百万円'] as const;

/**
 * The unit of figures a format shows divided (#,##0, under （単位：千円）: 円); null where the unit line
 * and the format disagree past 円 (a 円 table shown in thousands), which 取りまとめ then cannot count.
 */
export function storedUnit<U extends string | null>(unit: U, shownDivided: number): U | (typeof AMOUNT_UNITS)[number] | null {
  const at = AMOUNT_UNITS.indexOf(unit as (typeof AMOUNT_UNITS)[number]);
  if (shownDivided === 1 || at < 0) return unit;
  const i = at - Math.round(Math.log(shownDivided) / Math.log(1000));
  return i >= 0 ? AMOUNT_UNITS[i] : null;
}

/**
 * What a figure in unit `from` is multiplied by to be in unit `to` (1/1000 for 円 into 千円, 1000 for
 * 百万円 into 千円); 1 where either is not an amount unit (a rate, or a unit not stated).
 */
export function unitScale(from: string | null, to: string | null): number {
  const a = AMOUNT_UNITS.indexOf(from as (typeof AMOUNT_UNITS)[number]);
  const b = AMOUNT_UNITS.indexOf(to as (typeof AMOUNT_UNITS)[number]);
  return a < 0 || b < 0 ? 1 : 1000 ** (a - b);
}
