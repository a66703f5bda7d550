/**
 * Numbers as Japanese plans type them: △/▲ negatives with or without a space, thousands
 * separators, full-width digits, "96.2%", and dashes for "no value".
 */
import { nfkc, isNoValueText, DASH_CLASS } from './normalize';

export type ParsedNumber =
  /** `note`: words around the number (過去最高 98.3%), or "()" for a figure in parentheses. */
  | { kind: 'number'; value: number; note?: string }
  | { kind: 'blank' }
  | { kind: 'text'; text: string }
  | { kind: 'error'; text: string };

const NUMBER_RE = new RegExp(
  `^([△▲${DASH_CLASS}+]?)(\\d{1,3}(?:,\\d{3})+|\\d+)?(\\.\\d+)?(%|パーセント|ポイント|pt|千円|百万円|億円|円|件|世帯|人|万(?:円|件|世帯|人))?$`,
);

/**
 * A cell's text as figures are read from it: NFKC, no whitespace, マイナス 8 (a minus written out) as -8, and a middle dot
 * between digits before a percent or points as the decimal point (98・70%, 3・80ポイント: a newspaper's typography).
 */
function figureText(raw: string): string {
  return nfkc(raw).replace(/\s+/g, '').replace(/^マイナス(?=[\d.])/, '-').replace(DOT_DECIMAL, '.');
}

const DOT_DECIMAL = /(?<=\d)・(?=\d+(?:%|パーセント|ポイント|pt))/;

/** Parses the text of a cell. Excel error texts (#DIV/0!) come back as errors. */
export function parseNumberText(raw: string): ParsedNumber {
  if (isNoValueText(raw)) return { kind: 'blank' };
  // A unit on a line of its own above the figure (千件 / 4,249, 億円 / 26,606: the first row of a table that gives its
  // columns' units so): the figure, the unit its note.
  const lead = UNIT_LINE.exec(raw);
  if (lead) {
    const p = parseNumberText(lead[2]);
    // A dash under its unit (件 / －) is no figure.
    if (p.kind === 'blank') return p;
    return p.kind === 'number' && p.note === undefined ? { ...p, note: lead[1] } : { kind: 'text', text: raw };
  }
  const s = figureText(raw);
  if (/^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i.test(s)) return { kind: 'error', text: s };
  const m = NUMBER_RE.exec(s);
  if (!m || (m[2] === undefined && m[3] === undefined)) return worded(s) ?? { kind: 'text', text: raw };
  const magnitude = Number(((m[2] ?? '0') + (m[3] ?? '')).replace(/,/g, ''));
  if (!Number.isFinite(magnitude)) return { kind: 'text', text: raw };
  const negative = m[1] !== '' && m[1] !== '+';
  // 184.8万人, 12万円: ten thousands of persons or of yen.
  const value = m[4]?.startsWith('万') ? Number((magnitude * 10000).toPrecision(15)) : magnitude;
  return { kind: 'number', value: negative ? -value : value };
}

/**
 * Is the text prose, a sentence or its part (となりました。, の設定となりました): hiragana in a run, or a full stop, and
 * no digit? A figure typed wrong (26O万円, 2O万円です) or a word for its absence (調査中, 集計中です, 未定です) is not.
 */
export function isProse(raw: string): boolean {
  const s = nfkc(raw);
  return /[\u3041-\u3096]{2}|。/.test(s) && !/\d/.test(s) && !ABSENCE.test(s);
}

/** Words saying a figure is not there yet (調査中, 未定, 不明, 要確認): the figure belongs in the cell. */
const ABSENCE = /中|未|不明|確認|予定|保留/;

/** A unit on the line above a figure. */
const UNIT_LINE = /^\s*[(（]?(千件|件|千人|人|億円|百万円|千円|円|%|％)[)）]?\s*\n\s*(\S.*)$/s;
/** The unit a cell writes on a line above its figure (千件 / 4,249), or null. */
export function unitLineOf(raw: string): string | null {
  const u = UNIT_LINE.exec(raw)?.[1] ?? null;
  return u === '％' ? '%' : u;
}

const FIGURE = `([△▲${DASH_CLASS}+]?)(\\d{1,3}(?:,\\d{3})+|\\d+)?(\\.\\d+)?`;
/** The amount and count units a figure may be written with. */
const AMOUNT = '千円|百万円|億円|円|件';
/** A figure in parentheses: a superseded target printed under the current one ((98.52%)). */
const PARENTHESIZED = new RegExp(`^[(（]${FIGURE}(%|ポイント|pt)?[)）]$`);
/**
 * A figure with another in parentheses after it, its change from the year before: 91.80%(−0.53), 771億円(△25億円) (the ")"
 * may be lost); or a count with its persons (2件(4人): claims, and their debtors with guarantors).
 */
const WITH_CHANGE = new RegExp(`^${FIGURE}(%|ポイント|pt|${AMOUNT})?([(（][△▲${DASH_CLASS}+]?[\\d,.]+(?:%|ポイント|pt|${AMOUNT}|人)?[)）]?)$`);

/**
 * The unsigned figure a cell prints in brackets after its own, from the parser's note ("(121,325)" of
 * 103,048 (121,325): a total without and with 延滞金); null for none, for a change ((△25億円), (+3)), and
 * under a `title` saying its brackets hold the year before's figures (括弧内は前年度).
 */
export function secondFigure(note: string | null | undefined, title: string | null = null): number | null {
  const m = note ? /^\(([\d,]+(?:\.\d+)?)\)$/.exec(note) : null;
  if (!m || (title !== null && BRACKETS_YEAR_BEFORE.test(title))) return null;
  return Number(m[1].replace(/,/g, ''));
}

const BRACKETS_YEAR_BEFORE = /(?:括弧|[(（]\s*[)）]).{0,6}(?:前年|前期|昨年)/;

/** The words a change from the year before is written with after its figure (の減少, 増). */
const CHANGE_WORD = '増加?|減少?|上昇|低下';
/** Letters in brackets computing a figure: (A-B), (C/A). */
const LETTERS = '[(（][A-Z](?:[-−+÷/×*][A-Z])+[)）]';

/** A change in words: 1.3ポイント増, 0.4ポイント減, 2.1%上昇. */
const CHANGE_WORDS = new RegExp(`^${FIGURE}(%|ポイント|pt)(増|減|上昇|低下|改善|悪化|増加|減少|高い?|低い?|上回った|下回った)$`);
/**
 * A change from the year before in words, as a sentence's remark prints it: (前年度比 5,455万円の減少), 前年比88万円増,
 * <===(前年度比5,367万円(69.1%)減) — an arrow before it, its percentage in brackets; signed by its word. Not in percent
 * (前年度比 5.0%減: a growth rate of an amount, or a rate's change in points — which, the words do not say).
 */
const LAST_YEAR_CHANGE = new RegExp(
  `^(?:<?=+>?|[←→⇒⇐])?[(（]?(?:前年度?比|対前年度?比?)${FIGURE}(ポイント|pt|${AMOUNT}|万(?:円|件|人))?(?:[(（][\\d,.]+[%％][)）])?の?(${CHANGE_WORD})[)）]?$`,
);
/** A figure with its lettered formula after it, 216万円(A-B), 95.1%(C/A): the note is the formula. */
const LETTER_FORMULA = new RegExp(`^${FIGURE}(%|ポイント|pt|${AMOUNT}|万(?:円|件|人))?(${LETTERS})$`);
/** The words of a change (増, 減少, 上昇 …) a figure's note may be: the figure is a difference. */
export const CHANGE_NOTE = /^(?:増加?|減少?|上昇|低下|改善|悪化|高い?|低い?|上回った|下回った)$/;
/** A figure's text without the change word or the letters written after it (5,455万円の減少) → 5,455万円, 94.0%(B/A) → 94.0%). */
export function withoutTrailingNote(s: string): string {
  return s.replace(TRAILING_NOTE, '');
}
const TRAILING_NOTE = new RegExp(`(?:${LETTERS}|の?(?:${CHANGE_WORD})[)）]?)$`);

/** A figure with a short note before it: 過去最高98.3%, (参考)97.1%. The unit is required: names hold digits too. */
const NOTED = new RegExp(`^([^\\d△▲${DASH_CLASS}+]{1,12}?|(?:平成|令和|昭和)\\d{1,2}年度?[:：])${FIGURE}(%|ポイント|pt)$`);

function figure(sign: string, int: string | undefined, frac: string | undefined): number | null {
  if (int === undefined && frac === undefined) return null;
  const magnitude = Number(((int ?? '0') + (frac ?? '')).replace(/,/g, ''));
  if (!Number.isFinite(magnitude)) return null;
  return sign !== '' && sign !== '+' ? -magnitude : magnitude;
}

/** Yen written in 億 and 万 (156億5188万円, 4億3000円, 1292万3342円): read in yen, as 12万円 is. 925億円 alone stays as printed. */
const OKU_MAN = new RegExp(`^([△▲${DASH_CLASS}+]?)(?:(\\d{1,4})億(?=\\d))?(?:(\\d{1,4}|\\d,\\d{3})万)?(\\d{1,4}|\\d,\\d{3})?円$`);

/** Is the text a figure of yen written in 億 and 万 (5億2000万円), read in yen? */
export function isOkuManText(raw: string): boolean {
  return raw.includes('億') && OKU_MAN.exec(figureText(raw))?.[2] !== undefined;
}

/** Is the text a figure in 億円 alone (102億円), read as printed? */
export function isOkuAloneText(raw: string): boolean {
  return raw.includes('億') && NUMBER_RE.exec(figureText(raw))?.[4] === '億円';
}

/** Numbers written with words around them; null when the text is not one of those shapes. */
function worded(s: string): ParsedNumber | null {
  // Thousands written with 千 under 万 or 億 (30万3千円, 1億2千万円, 2千万円): read as the digits they stand for.
  if (/千/.test(s) && /[億万]/.test(s)) {
    const digits = s.replace(/(\d)千(\d{0,3})(?=万|円)/g, (_, a: string, b: string) => a + b.padStart(3, '0'));
    if (digits === s) return null;
    const p = parseNumberText(digits);
    return p.kind === 'number' ? p : null;
  }
  let m = OKU_MAN.exec(s);
  // 1292万3342円 too: yen to the unit, written with 万 (12万円 alone is read as a figure of 万円 above).
  if (m && (m[2] !== undefined || (m[3] !== undefined && m[4] !== undefined))) {
    const part = (x: string | undefined) => Number((x ?? '0').replace(',', ''));
    const yen = part(m[2]) * 1e8 + part(m[3]) * 1e4 + part(m[4]);
    return { kind: 'number', value: m[1] !== '' && m[1] !== '+' ? -yen : yen };
  }
  m = PARENTHESIZED.exec(s);
  if (m) {
    const v = figure(m[1], m[2], m[3]);
    return v === null ? null : { kind: 'number', value: v, note: '()' };
  }
  // An amount of yen written with its unit in parentheses ((3億4,800万円), (24,514千円)): read as without them, a figure in
  // parentheses. (A count in them, (120件) under an amount, is another measure: left as text.)
  const inner = /^[(（]([^()（）]+円)[)）]$/.exec(s);
  if (inner) {
    const p = parseNumberText(inner[1]);
    if (p.kind === 'number' && p.note === undefined) return { ...p, note: '()' };
  }
  m = WITH_CHANGE.exec(s);
  if (m) {
    const v = figure(m[1], m[2], m[3]);
    return v === null ? null : { kind: 'number', value: v, note: m[5].replace(/^（/, '(').replace(/[)）]?$/, ')') };
  }
  m = CHANGE_WORDS.exec(s);
  if (m) {
    const v = figure(m[1], m[2], m[3]);
    if (v === null) return null;
    const down = /減|低|悪化|下回/.test(m[5]);
    return { kind: 'number', value: down ? -Math.abs(v) : v, note: m[5] };
  }
  m = LAST_YEAR_CHANGE.exec(s) ?? LETTER_FORMULA.exec(s);
  if (m) {
    const v = figure(m[1], m[2], m[3]);
    if (v === null) return null;
    const value = m[4]?.startsWith('万') ? Number((v * 10000).toPrecision(15)) : v;
    if (m[5].startsWith('(')) return { kind: 'number', value, note: m[5] };
    return { kind: 'number', value: /減|低下/.test(m[5]) ? -Math.abs(value) : value, note: m[5] };
  }
  m = NOTED.exec(s);
  // A note that is a sentence's subject (本町の町税の徴収率は92.7%, …も: prose under a table) is no figure's note; a short
  // one is (目標値は98.0%, うち現年分が99.0%).
  if (m && !/[年度月日号第]$/.test(m[1]) && !/の.*[はがも]$/.test(m[1])) {
    const v = figure(m[2], m[3], m[4]);
    return v === null ? null : { kind: 'number', value: v, note: m[1] };
  }
  return null;
}

/**
 * The fewest decimals that hold a number (96.7: 1; 1000: 0; a formula's 1.0900000001 at most `max`), no string made: this
 * runs for every figure.
 */
export function fewestDecimals(x: number, max = 10): number {
  let scaled = x;
  for (let d = 0; d < max; d++, scaled *= 10) if (Math.abs(scaled - Math.round(scaled)) < 1e-7 * Math.max(1, Math.abs(scaled))) return d;
  return max;
}

/** The decimals a figure typed as text shows (12.35%: 2); in ten thousands (184.8万人: a thousand persons), 4 fewer. */
export function textDecimals(s: string): number {
  const m = /[.．](\d+)/.exec(s) ?? /(?<=\d)[・･](\d+)(?=%|％|パーセント|ポイント|pt)/.exec(s);
  // Shown to the 万 where nothing follows it but the unit (5億668万円), not where yen follow (1万2345円).
  return (m ? m[1].length : 0) - (/\d万[^\d]*$/.test(s) ? 4 : 0);
}

/** A figure as a cell showing `decimals` decimals shows it: rounded half away from zero, as Excel does (−0.15 shows △0.2). */
export function displayed(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * f + 1e-9)) / f;
}

/** Excel's ROUND: half away from zero, on the figure as its 15 significant digits give it (98.25 → 98.3, 1.005 → 1.01). */
export function roundAsExcel(x: number, places: number): number {
  const p = 10 ** places;
  return (Math.sign(x) * Math.round(Number((Math.abs(x) * p).toPrecision(15)))) / p;
}

/** Powers of ten for the decimals cells show (0–10), computed once: rules ask for every figure. */
const POWERS = Array.from({ length: 11 }, (_, d) => 10 ** d);

/** Does the value hold more precision than it shows (a formula result, say)? */
export function hidesPrecision(value: number, decimals: number | null | undefined): boolean {
  if (decimals === null || decimals === undefined) return false;
  // A whole number hides nothing at any number of decimals.
  if (Number.isInteger(value)) return false;
  const f = POWERS[decimals] ?? 10 ** decimals;
  return Math.abs(Math.round(value * f) / f - value) > 1e-9;
}

/** Half a shown unit: a table showing one decimal is not wrong by 0.04. */
export function halfUnit(decimals: number | null | undefined): number {
  if (decimals === null || decimals === undefined) return 1e-9;
  return (HALF_UNITS[decimals] ?? 0.5 * 10 ** -decimals) + 1e-9;
}

/** Half units for the decimals cells show (0–10), computed once: rules ask for every figure. */
const HALF_UNITS = Array.from({ length: 11 }, (_, d) => 0.5 * 10 ** -d);
