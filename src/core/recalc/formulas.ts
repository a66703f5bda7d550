/**
 * The formulas recalculation writes. A blank operand gives a blank result (unless the workbook
 * keeps the older "blank is zero" convention), so a colleague without the add-in sees the same
 * figures the engine computed.
 */
import { sumOfFitting } from '../summary/sheet';
import { rowRuns } from '../workbook';

export const RATE_FORMAT = '0.0;"△"0.0';
/** A rate kept as a fraction (0.962), shown as its column shows it: 96.2%. */
export const PERCENT_FORMAT = '0.0%';
/** A difference or a rate of change kept as a fraction (−0.004), shown in percent with the plans' △ for a fall: △0.4%. */
export const PERCENT_CHANGE_FORMAT = '0.0%;"△"0.0%';

const places = (decimals: number) => (decimals > 0 ? `.${'0'.repeat(Math.min(decimals, 10))}` : '');

/** Rates and points with the decimals their figures show (0.01 of 億円 rates: 0.00;"△"0.00); one by default. */
export function rateFormat(decimals: number | null): string {
  return decimals === null || decimals === 1 ? RATE_FORMAT : `0${places(decimals)};"△"0${places(decimals)}`;
}

/**
 * Amounts, shown divided as their column shows them (#,##0, shows 円 figures in 千円 under （単位：千円）), with the decimals
 * their figures show (30.58 億円: #,##0.00).
 */
export function amountFormat(shownDivided: number, decimals = 0): string {
  const commas = ','.repeat(Math.round(Math.log(shownDivided) / Math.log(1000)));
  return `#,##0${places(decimals)}${commas};"△"#,##0${places(decimals)}${commas}`;
}

/** How a table shows its negatives: the mark (△ or ▲) and what follows it (a space, as the seed's 2-2 prints △ 628). */
export type NegativeMark = string;
export const PLAN_NEGATIVE: NegativeMark = '△';

/** A format of the plans (`#,##0;"△"#,##0`) showing its negatives with the table's mark instead. */
export function withNegativeMark(format: string, mark: NegativeMark): string {
  return mark === PLAN_NEGATIVE ? format : format.replace('"△"', `"${mark}"`);
}

/** The mark a negative figure is typed with ("△ 628") or shown with by its format (`#,##0;"▲"#,##0`); null where none. */
export function negativeMarkOf(value: unknown, format: string | undefined): NegativeMark | null {
  if (typeof value === 'string') return /^\s*([△▲][ 　]?)\s*[\d.,]/.exec(value)?.[1] ?? null;
  if (typeof value === 'number' && value < 0 && format) return /([△▲][ 　]?)/.exec(format.split(';')[1] ?? '')?.[1] ?? null;
  return null;
}

const blankTest = (refs: string[]) => (refs.length === 1 ? `${refs[0]}=""` : `OR(${refs.map((r) => `${r}=""`).join(',')})`);

export function guarded(required: string[], expr: string, blankAsZero: boolean): string {
  return blankAsZero ? expr : `IF(${blankTest(required)},"",${expr})`;
}

/** Which operands of a difference are rates kept as fractions (0.962 shown as 96.2%), [minuend, subtrahend]. */
export type Fractions = readonly [boolean, boolean];
const NO_FRACTIONS: Fractions = [false, false];

/** An operand in percent: a fraction's cell × 100. */
const inPercent = (ref: string, fraction: boolean) => (fraction ? `${ref}*100` : ref);

/**
 * ③-①: the minuend cell minus the subtrahend cell of the same row; in points where the rates are
 * kept as fractions (0.985 − 0.981 is 0.4 points), also where one of them is and the other is typed
 * in percent (96.5 − 0.962 is 0.3 points, not 95.538).
 */
export function deltaFormula(minuend: string, subtrahend: string, blankAsZero: boolean, fractions: Fractions = NO_FRACTIONS): string {
  const expr = fractions[0] && fractions[1] ? `(${minuend}-${subtrahend})*100` : `${inPercent(minuend, fractions[0])}-${inPercent(subtrahend, fractions[1])}`;
  return guarded([minuend, subtrahend], expr, blankAsZero);
}

/**
 * A rate of change (増減率, 縮減率) = (minuend − subtrahend) ÷ base × 100 (blank where the base is zero),
 * the base being the minuend or the subtrahend; a ratio (前年度比, `ratio`) = minuend ÷ base × 100. Of
 * two fractions the ratio is the same; of a fraction and a rate typed in percent, both in percent. `asFraction`: the rate's
 * own cell keeps a fraction (−0.075 shown as −7.5%).
 */
export function changeRateFormula(minuend: string, subtrahend: string, baseIsMinuend: boolean, fractions: Fractions = NO_FRACTIONS, ratio = false, asFraction = false): string {
  const scaled = fractions[0] !== fractions[1] ? fractions : NO_FRACTIONS;
  const [base, baseScaled] = baseIsMinuend ? [minuend, scaled[0]] : [subtrahend, scaled[1]];
  const over = `/${baseScaled ? `(${base}*100)` : base}${asFraction ? '' : '*100'}`;
  const expr = ratio ? `${inPercent(minuend, scaled[0])}${over}` : `(${inPercent(minuend, scaled[0])}-${inPercent(subtrahend, scaled[1])})${over}`;
  return `IF(OR(${minuend}="",${subtrahend}="",${base}=0),"",${expr})`;
}

/** A whole = its 現年度分 + 滞納繰越分 (blank where both are; one blank counts as none). */
export function wholeFormula(current: string, arrears: string, blankAsZero: boolean): string {
  const sum = `N(${current})+N(${arrears})`;
  return blankAsZero ? sum : `IF(AND(${current}="",${arrears}=""),"",${sum})`;
}

/**
 * 収納率 = 収入済額 ÷ 調定額 × 100 (blank where 調定額 is zero), rounded (ROUND) or cut down (ROUNDDOWN) to the decimals the
 * table's rates show as `rounding` says (rateRounding); as computed where it is null.
 */
export function rateFormula(paid: string, charged: string, percentCell: boolean, rounding: { cut: boolean; decimals: number } | null = null): string {
  const ratio = percentCell ? `${paid}/${charged}` : `${paid}/${charged}*100`;
  const shown = rounding === null ? ratio : `${rounding.cut ? 'ROUNDDOWN' : 'ROUND'}(${ratio},${percentCell ? rounding.decimals + 2 : rounding.decimals})`;
  return `IF(OR(${charged}="",${paid}="",${charged}=0),"",${shown})`;
}

/** 収入未済額 = (繰越額 +) 調定額 − 収入済額 − 不納欠損額 + 還付未済額 (a blank 繰越, 欠損 or 還付 counts as none). */
export function uncollectedFormula(charged: string, paid: string, writtenOff: string | null, refunds: string | null, blankAsZero: boolean, carried: string | null = null): string {
  const expr = `${carried ? `N(${carried})+` : ''}${charged}-${paid}${writtenOff ? `-N(${writtenOff})` : ''}${refunds ? `+N(${refunds})` : ''}`;
  return guarded([charged, paid], expr, blankAsZero);
}

/**
 * SUM over rows, as contiguous ranges: SUM(C5:C44) or SUM(D7,D10,D13), nested past Excel's 255
 * arguments; undefined where no cell could hold it (Excel's 8,192 characters: see sumOfFitting).
 */
export function sumFormula(column: string, rows: number[]): string | undefined {
  const runs = rowRuns(column, rows);
  return sumOfFitting(runs.length, (i) => runs[i]);
}

/**
 * Does the user's formula say what the computed one says, as Excel would read it (no "=", no
 * spaces, no $, upper case)? Computed formulas are written in that form already.
 */
export function sameFormula(user: string | undefined, computed: string): boolean {
  if (!user) return false;
  return user === computed || normFormula(user) === computed;
}

const normFormula = (s: string) => s.replace(/^=/, '').replace(/[\s$]/g, '').toUpperCase();
