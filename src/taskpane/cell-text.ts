/**
 * A cell as the preview shows it: numbers through the common parts of their Excel number format
 * (sections for negatives and zero, quoted literals such as "△", decimals, thousands separators,
 * percent), everything else as text. Enough to read a plan table the way Excel shows it; not a
 * full implementation of Excel's formats.
 */
import type { CellValue } from '../core/workbook';
import { formatSections, parseSection } from '../core/text/format';

function general(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(10)));
}

/** The digits of a whole number with thousands separators: 20467 → 20,467. */
const withThousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function formatNumber(n: number, format: string | undefined): string {
  if (!format || /^general$/i.test(format) || format === '@') return general(n);
  const parts = formatSections(format);
  let section = parts[0];
  let value = n;
  if (n < 0 && parts.length > 1) {
    section = parts[1];
    value = -n;
  } else if (n === 0 && parts.length > 2) section = parts[2];
  const p = parseSection(section);
  if (!p.hasDigits) return `${p.before}${p.after}` || general(n);
  const scaled = (p.percent ? value * 100 : value) / p.scale;
  const fixed = Math.abs(scaled).toFixed(p.decimals);
  const [int, frac] = fixed.split('.');
  const grouped = p.thousands ? withThousands(int) : int;
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

/**
 * A finding's figure (計算上の値, 記載値) as a plan prints its figures: thousands separated, a negative with △ (20,467;
 * △72.1); text as it is.
 */
export function findingValue(v: number | string | null): string {
  if (v === null) return '—';
  if (typeof v !== 'number') return v;
  const [int, frac] = general(Math.abs(v)).split('.');
  return `${v < 0 ? '△' : ''}${withThousands(int)}${frac ? `.${frac}` : ''}`;
}
