/**
 * A cell as the preview shows it: numbers through the common parts of their Excel number format
 * (sections for negatives and zero, quoted literals such as "△", decimals, thousands separators,
 * percent), everything else as text. Enough to read a plan table the way Excel shows it; not a
 * full implementation of Excel's formats.
 */
import type { CellValue } from '../core/workbook';

/** Splits a format code at the semicolons that are not inside quotes. */
function sections(format: string): string[] {
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

/** The section's literal text before and after its digits, and how the digits are shown. */
function parse(section: string): { before: string; after: string; decimals: number; thousands: boolean; percent: boolean; hasDigits: boolean } {
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
  return { before, after, decimals, thousands: intPart.includes(','), percent, hasDigits: /[0#?]/.test(digits) };
}

function general(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(10)));
}

export function formatNumber(n: number, format: string | undefined): string {
  if (!format || /^general$/i.test(format) || format === '@') return general(n);
  const parts = sections(format);
  let section = parts[0];
  let value = n;
  if (n < 0 && parts.length > 1) {
    section = parts[1];
    value = -n;
  } else if (n === 0 && parts.length > 2) section = parts[2];
  const p = parse(section);
  if (!p.hasDigits) return `${p.before}${p.after}` || general(n);
  const scaled = p.percent ? value * 100 : value;
  const fixed = Math.abs(scaled).toFixed(p.decimals);
  const [int, frac] = fixed.split('.');
  const grouped = p.thousands ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  const sign = scaled < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${p.before}${grouped}${frac ? `.${frac}` : ''}${p.after}`;
}

export function cellText(value: CellValue | undefined, format?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, format);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') return value.error;
  return value;
}
