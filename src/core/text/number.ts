/**
 * Numbers as Japanese plans type them: △/▲ negatives with or without a space, thousands
 * separators, full-width digits, "96.2%", and dashes for "no value".
 */
import { nfkc, isNoValueText, DASH_CLASS } from './normalize';

export type ParsedNumber =
  | { kind: 'number'; value: number }
  | { kind: 'blank' }
  | { kind: 'text'; text: string }
  | { kind: 'error'; text: string };

const NUMBER_RE = new RegExp(
  `^([△▲${DASH_CLASS}+]?)(\\d{1,3}(?:,\\d{3})+|\\d+)?(\\.\\d+)?(%|パーセント|ポイント|pt|千円|百万円|円)?$`,
);

/** Parses the text of a cell. Excel error texts (#DIV/0!) come back as errors. */
export function parseNumberText(raw: string): ParsedNumber {
  if (isNoValueText(raw)) return { kind: 'blank' };
  const s = nfkc(raw).replace(/\s+/g, '');
  if (/^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i.test(s)) return { kind: 'error', text: s };
  const m = NUMBER_RE.exec(s);
  if (!m || (m[2] === undefined && m[3] === undefined)) return { kind: 'text', text: raw };
  const magnitude = Number(((m[2] ?? '0') + (m[3] ?? '')).replace(/,/g, ''));
  if (!Number.isFinite(magnitude)) return { kind: 'text', text: raw };
  const negative = m[1] !== '' && m[1] !== '+';
  return { kind: 'number', value: negative ? -magnitude : magnitude };
}
