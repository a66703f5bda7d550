/**
 * Number formats as the engine reads them: how many decimals a format shows and whether it shows
 * a percentage. A workbook uses a handful of formats over many cells, so each format string is
 * read once.
 */

export interface FormatInfo {
  /** Decimals its first (positive) section shows; null when it has no digit placeholder (General, @, text). */
  decimals: number | null;
  /** Shows a percentage (0.962 as 96.2%). */
  percent: boolean;
  /** The text format (@). */
  text: boolean;
}

const cache = new Map<string, FormatInfo>();
const GENERAL: FormatInfo = { decimals: null, percent: false, text: false };

let last: { format: string; info: FormatInfo } | null = null;

export function formatInfo(format: string | undefined): FormatInfo {
  if (!format || format === 'General') return GENERAL;
  // Cells in a column share their format: the last one asked is most often asked again.
  if (last && last.format === format) return last.info;
  let info = cache.get(format);
  if (!info) {
    // Quoted literals, [colour]/[condition] blocks and escaped characters are not placeholders.
    const first = format.split(';')[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    const places = /[0#?]/.test(first) ? (/\.([0#?]+)/.exec(first)?.[1].length ?? 0) : null;
    // A quoted or escaped % (0.0\%, 0.0"%") is a literal: the cell shows the number as stored.
    info = { decimals: places, percent: /%/.test(format.replace(/"[^"]*"|\\./g, '')), text: /@/.test(format) };
    if (cache.size < 10_000) cache.set(format, info);
  }
  last = { format, info };
  return info;
}
