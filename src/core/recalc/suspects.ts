/**
 * A figure typed wrong that 再計算 would spread: where two or more figures it mends (a difference and a total, say) each held
 * what one other cell's different figure gives — M9 (K9 − J9) and K16 (SUM(K5:K15)) both of K9 = 330,000 where K9 holds
 * 33,000 —, that cell is more likely the one typed wrong than they, and it is said there, as an error. A rate it mends
 * (E6/B6*100 showing 99.1 of B6 = 5,198,765) bears a sum or a difference out, within its rounding. Where the two figures
 * differ as a slip of the keys makes them (a digit dropped, added or typed for another, two neighbouring digits swapped, the
 * decimal point moved), the writes it explains are held back, with every write over them: the right figures are kept as
 * typed rather than computed from the wrong one. Otherwise (a revised 調定額 whose dependants are stale has the same shape,
 * and changes several digits) they are written, logged and undoable, as the rule says.
 */
import type { SheetCells } from '../cells';
import { dropWrites, type ChangeSet, type LogEntry } from '../changes';
import type { Finding } from '../recognize/model';
import { a1, outsideText, parseA1, parseArea } from '../workbook';
import { findingMessage } from '../../i18n/findings';
import { fewestDecimals, parseNumberText } from '../text/number';
import type { SumCheck } from './matrix';

/**
 * The cells of a formula made of cells added and taken away (E4-C4, SUM(K5:K15), N(B7)+N(C7)), each with its sign, behind
 * 再計算's guard for blanks (IF(OR(E4="",C4=""),"",…)); null for any other (a rate divides).
 */
export function linearTerms(formula: string): Map<string, number> | null {
  let f = formula.replace(/^=/, '');
  if (f.startsWith('IF(')) {
    const at = f.indexOf(',"",');
    if (at < 0 || !f.endsWith(')')) return null;
    f = f.slice(at + 4, -1);
  }
  const terms = new Map<string, number>();
  const term = /([+-]?)(?:N\(([A-Z]+\d+)\)|SUM\(([A-Z0-9:,]+)\)|([A-Z]+\d+))/y;
  let end = 0;
  for (let m; end < f.length && (m = term.exec(f)) !== null; end = term.lastIndex) {
    if (m[1] === '' && end > 0) return null;
    const sign = m[1] === '-' ? -1 : 1;
    const cells: string[] = [];
    if (m[3] !== undefined) {
      for (const range of m[3].split(',')) {
        const { top, bottom, left, right } = parseArea(range);
        if ((bottom - top + 1) * (right - left + 1) > 10_000) return null;
        for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) cells.push(a1(r, c));
      }
    } else cells.push(m[2] ?? m[4]);
    for (const cell of cells) terms.set(cell, (terms.get(cell) ?? 0) + sign);
  }
  return end === f.length && terms.size ? terms : null;
}

/**
 * The cells of a rate 再計算 writes (E5/D5*100, E5/D5 in a cell shown in percent, either rounded or cut down: ROUND(E5/D5*100,1)),
 * behind its guard; null for any other formula.
 */
export function ratioTerms(formula: string): { num: string; den: string; scale: number; cutDown: boolean } | null {
  let f = formula.replace(/^=/, '');
  if (f.startsWith('IF(')) {
    const at = f.indexOf(',"",');
    if (at < 0 || !f.endsWith(')')) return null;
    f = f.slice(at + 4, -1);
  }
  const m = /^(ROUND(?:DOWN)?\()?([A-Z]+\d+)\/([A-Z]+\d+)(\*100)?(?:,\d+\))?$/.exec(f);
  if (!m || (m[1] !== undefined) !== f.endsWith(')')) return null;
  return { num: m[2], den: m[3], scale: m[4] ? 100 : 1, cutDown: m[1] === 'ROUNDDOWN(' };
}

/**
 * The inputs the mended entries of this sheet's run (log entries from `fromLog`) say were typed wrong, given the cells it
 * writes (from `from`); the writes a slip of the keys explains are dropped from `cs`, with the writes over them — unless
 * `check` (検証: what a run would do is said, nothing dropped).
 */
export function suspectInputs(sheet: string, cells: SheetCells, cs: ChangeSet, from: number, fromLog: number, check = false, sums: readonly SumCheck[] = []): Finding[] {
  // A figure mended (or an outline row not its rows' sum) at least, or nothing to look at (most runs: no map of the cells
  // written made).
  let mendedCount = sums.length;
  for (let i = fromLog; i < cs.log.length && mendedCount < 1; i++) if (cs.log[i].sheet === sheet && cs.log[i].mended) mendedCount++;
  if (mendedCount < 1) return [];
  const written = new Map<string, number>();
  const formulas = new Map<string, string>();
  for (let i = from; i < cs.cells.length; i++) {
    const w = cs.cells[i];
    if (w.sheet !== sheet || w.formula === undefined) continue;
    written.set(w.cell, typeof w.value === 'number' ? w.value : NaN);
    formulas.set(w.cell, w.formula);
  }
  /**
   * What each operand (not itself written) would have to hold for each mended figure to be right, within the rounding of
   * what it showed (`slack`); `exact` for a sum or a difference, not for a rate (which only bears the others out).
   */
  const implied = new Map<string, Implied[]>();
  const imply = (operand: string, entry: Implied) => {
    const list = implied.get(operand);
    if (list) list.push(entry);
    else implied.set(operand, [entry]);
  };
  const typedAt = (cell: string) => {
    const at = parseA1(cell);
    const v = cells.value(at.r, at.c);
    return typeof v === 'number' ? v : NaN;
  };
  // A figure as typed, or written as the very figure it showed (a total written live over the rows it sums).
  const figureAt = (cell: string) => {
    const at = parseA1(cell);
    const now = cells.value(at.r, at.c);
    return typeof now === 'number' && (!written.has(cell) || written.get(cell) === now) ? now : null;
  };
  for (let i = fromLog; i < cs.log.length; i++) {
    const e: LogEntry = cs.log[i];
    if (e.sheet !== sheet || !e.mended) continue;
    const value = written.get(e.cell);
    const { r, c } = parseA1(e.cell);
    const shown = e.kind === 'formula' ? cells.value(r, c) : e.before;
    const parsed = typeof shown === 'number' ? shown : typeof shown === 'string' ? parseNumberText(shown) : null;
    const before = typeof parsed === 'number' ? parsed : parsed?.kind === 'number' ? parsed.value : null;
    if (value === undefined || Number.isNaN(value) || before === null) continue;
    const half = 0.5 * 10 ** -fewestDecimals(before) + 1e-9;
    const terms = linearTerms(e.formula);
    if (terms) {
      for (const [operand, sign] of terms) {
        const now = sign === 1 || sign === -1 ? figureAt(operand) : null;
        if (now !== null) imply(operand, { cell: e.cell, figure: now + (before - value) / sign, slack: half, exact: true, ownSlip: slipOfKeys(before, value) });
      }
      continue;
    }
    const ratio = ratioTerms(e.formula);
    if (!ratio || before <= 0) continue;
    // The rate it showed, as a fraction of one; cut down (ROUNDDOWN), the rate was up to a shown unit more.
    const low = (ratio.cutDown ? before : before - half) / ratio.scale;
    const high = (before + (ratio.cutDown ? 2 * half : half)) / ratio.scale;
    const num = figureAt(ratio.num);
    const den = figureAt(ratio.den);
    if (num === null || den === null) continue;
    if (low > 0) imply(ratio.den, { cell: e.cell, figure: (num / low + num / high) / 2, slack: (num / low - num / high) / 2, exact: false });
    imply(ratio.num, { cell: e.cell, figure: ((low + high) / 2) * den, slack: ((high - low) / 2) * den, exact: false });
  }
  // A total left unwritten not the sum of its parts (an outline's 一 普通税 224,539 over rows of 224,439): as printed, it says what
  // each of them would have to hold, and they (their sum, written B8+B30) what it would.
  // A part written with another figure than it shows (a 市税計 mended under the 合計 over it) stands for the cells it sums: the
  // sum was taken of its figure written. (Not where the total shows its parts' sum as typed: it restates the part's figure,
  // and tells no more than the part's mending does.)
  const leavesOf = (cell: string, sign: number, out: Map<string, number>, depth = 0): Map<string, number> => {
    const terms = depth < 4 && written.has(cell) && figureAt(cell) === null ? linearTerms(formulas.get(cell)!) : null;
    if (terms) for (const [term, s] of terms) leavesOf(term, sign * s, out, depth + 1);
    else out.set(cell, (out.get(cell) ?? 0) + sign);
    return out;
  };
  for (const x of sums) {
    const leaves = new Map<string, number>();
    const restates = Math.abs(x.parts.reduce((sum, part) => sum + typedAt(part), 0) - x.figure) <= x.slack;
    for (const part of x.parts) {
      if (restates) leaves.set(part, 1);
      else leavesOf(part, 1, leaves);
    }
    for (const [part, sign] of leaves) {
      const now = sign === 1 || sign === -1 ? figureAt(part) : null;
      if (now !== null) imply(part, { cell: x.cell, figure: now + (x.figure - x.sum) / sign, slack: x.slack, exact: true });
    }
    if (!written.has(x.cell)) imply(x.cell, { cell: x.parts.join('+'), figure: x.sum, slack: x.slack, exact: true });
  }
  // Each cell the mended figures could all be of, by the figures it would explain: E6 (B6 − C6) and F6 (C6 ÷ B6) are of a
  // B6 100,000 less or a C6 100,000 more alike, and one finding names both.
  const candidates = new Map<string, { operand: string; actual: number; figure: number; slip: boolean }[]>();
  // A figure one mended figure alone shows (a 計 of 10,415,881 over a 現年度分 of 10,290,050: 10,290,005), named where it
  // differs from that by two neighbouring digits swapped, the mended figure not from its own by a slip of the keys, and no
  // other of its operands does: the 計 is right, the slip is the operand's. (Not a digit typed for another: a stale total
  // off by 300 makes every part one, a figure revised since.)
  const alone = new Map<string, { operand: string; actual: number; figure: number; slip: boolean }[]>();
  for (const [operand, list] of implied) {
    if (list.length !== 1 || !list[0].exact || list[0].ownSlip !== false) continue;
    const { r, c } = parseA1(operand);
    const actual = cells.value(r, c);
    if (typeof actual !== 'number') continue;
    // (5,141,234,567.000001 of a ledger in yen is 5,141,234,567.)
    const figure = toDecimalsOf(actual, list[0].figure, list[0].slack);
    if (!neighboursSwapped(actual, figure)) continue;
    const same = alone.get(list[0].cell) ?? [];
    same.push({ operand, actual, figure, slip: true });
    alone.set(list[0].cell, same);
  }
  for (const [cell, list] of alone) if (list.length === 1) candidates.set(cell, list);
  for (const [operand, list] of implied) {
    if (list.length < 2) continue;
    // Figures that agree with the most exact one on what it should hold, each within the rounding of what it showed; a
    // sum or a difference among them (a rate alone says too little).
    const first = list.reduce((a, b) => (b.slack < a.slack ? b : a));
    if (!first.exact) continue;
    const agreeing = list.filter((x) => Math.abs(x.figure - first.figure) <= x.slack + first.slack);
    if (agreeing.length < 2) continue;
    const { r, c } = parseA1(operand);
    const actual = cells.value(r, c) as number;
    const figure = Math.round(first.figure * 1e9) / 1e9;
    // (330,000.4 of figures in 千円 is 330,000.)
    const shown = toDecimalsOf(actual, figure, first.slack);
    const key = inReadingOrder(agreeing.map((x) => x.cell)).join(',');
    const same = candidates.get(key) ?? [];
    same.push({ operand, actual, figure: shown, slip: slipOfKeys(actual, shown) });
    candidates.set(key, same);
  }
  const out: Finding[] = [];
  // A cell whose figures are some of another's (C5 of D5 and E5, B5 of those and the total B6 over it) is not named: the other
  // explains more.
  const sets = [...candidates.keys()].map((key) => new Set(key.split(',')));
  const explainedMore = (set: Set<string>) => sets.some((other) => other.size > set.size && [...set].every((cell) => other.has(cell)));
  for (const [key, list] of candidates) {
    const mended = key.split(',');
    if (explainedMore(new Set(mended))) continue;
    // Where a slip of the keys gives one of them only (C7's 1,669,801 for 1,668,901, not B7's 1,765,432 for 1,766,332), it.
    const slips = list.filter((x) => x.slip);
    const named = slips.length === 1 ? slips : list;
    const [one, other] = inReadingOrder(named.map((x) => x.operand)).map((cell) => named.find((x) => x.operand === cell)!);
    const slip = slips.length > 0;
    // What a slip explains is held back, and every figure computed from the cell typed wrong (a 合計 of it that shows the
    // same, the rate over that): nothing is computed from it. (An outline's row, not written, holds nothing back itself.)
    const held = slip && !check ? heldBack(sheet, cs, from, fromLog, mended.filter((cell) => written.has(cell)), one.operand) : [];
    const said = (lang: 'ja' | 'en') => mended.map((cell) => (!cell.includes('+') ? cell : lang === 'ja' ? `${cell.split('+').join('、')} の合計` : `the sum of ${cell.split('+').join(', ')}`));
    const params = {
      cell: one.operand, actual: one.actual, expected: one.figure, cells: said('ja').join('、'), cellsEn: said('en').join(', '), held: held.join('、'), heldEn: held.join(', '),
      ...(other ? { otherCell: other.operand, other: other.figure } : {}),
    };
    // 検証's or 再計算's words, for figures held back as typed or computed from the input.
    const template = `input-suspect${check ? '-check' : ''}${slip ? '-held' : ''}`;
    out.push({ code: 'input-suspect', severity: 'error', sheet, cell: one.operand, ...findingMessage(template, params), expected: one.figure, actual: one.actual });
  }
  return out;
}

/** What an operand would have to hold for a mended figure to be right; `ownSlip`: the mended figure differs from its computed one as a slip of the keys. */
interface Implied {
  cell: string;
  figure: number;
  slack: number;
  exact: boolean;
  ownSlip?: boolean;
}

/** What the figures say an operand holds, to its own decimals where their rounding (`slack`) allows. */
function toDecimalsOf(actual: number, figure: number, slack: number): number {
  const places = 10 ** fewestDecimals(actual, 6);
  const rounded = Math.round(figure * places) / places;
  return Math.abs(rounded - figure) <= slack ? rounded : figure;
}

/** Cells in reading order (row, then column); a sum of cells (B8+B30) by its first. */
function inReadingOrder(list: string[]): string[] {
  return list.map((cell) => ({ cell, ...parseA1(cell.split('+')[0]) })).sort((a, b) => a.r - b.r || a.c - b.c).map((x) => x.cell);
}

/**
 * Drops the writes to `cells` made from `from` on, and every write whose formula names one dropped (a total over a
 * difference held back) or the cell typed wrong, with their log entries; the cells held back, in reading order.
 */
function heldBack(sheet: string, cs: ChangeSet, from: number, fromLog: number, cells: string[], typo: string): string[] {
  const held = new Set([...cells, typo]);
  const at = [...cells, typo].map(parseA1);
  for (let grew = true; grew; ) {
    grew = false;
    for (let i = from; i < cs.cells.length; i++) {
      const w = cs.cells[i];
      if (w.sheet !== sheet || held.has(w.cell) || w.formula === undefined || !namesAny(w.formula, at)) continue;
      held.add(w.cell);
      at.push(parseA1(w.cell));
      grew = true;
    }
  }
  dropWrites(cs, sheet, held, from, fromLog);
  held.delete(typo);
  return inReadingOrder([...held]);
}

/** Does the formula name one of the cells (0-based), alone or in a range (SUM(K5:K15) names K9), outside text constants? */
function namesAny(formula: string, cells: readonly { r: number; c: number }[]): boolean {
  for (const m of outsideText(formula).matchAll(/(?<![A-Z0-9!$])\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?![A-Z0-9(!])/g)) {
    const { top, bottom, left, right } = parseArea(m[3] ? `${m[1]}${m[2]}:${m[3]}${m[4]}` : `${m[1]}${m[2]}`);
    if (cells.some(({ r, c }) => r >= top && r <= bottom && c >= left && c <= right)) return true;
  }
  return false;
}

/** Do two figures of the same digits differ by two neighbouring digits swapped (10,290,050 for 10,290,005)? */
export function neighboursSwapped(typed: number, meant: number): boolean {
  if (!Number.isInteger(typed) || !Number.isInteger(meant) || Math.sign(typed) !== Math.sign(meant)) return false;
  const [a, b] = [Math.abs(typed).toString(), Math.abs(meant).toString()];
  if (a.length !== b.length || a === b) return false;
  const at: number[] = [];
  for (let i = 0; i < a.length && at.length <= 2; i++) if (a[i] !== b[i]) at.push(i);
  return at.length === 2 && at[1] === at[0] + 1 && a[at[0]] === b[at[1]] && a[at[1]] === b[at[0]];
}

/**
 * Do two figures differ as a slip of the keys makes them: one digit dropped or added (33,000 for 330,000), one typed for
 * another (5,298,765 for 5,198,765), two neighbouring digits swapped (12,435 for 12,345), or the decimal point a place off
 * (953 for 95.3)? A revision seldom does: it changes several digits.
 */
export function slipOfKeys(typed: number, meant: number): boolean {
  // A sign changed is none; a 0 typed for one digit or one digit for a 0 is (5 for 0: a digit typed for another).
  if (typed === meant || (Math.sign(typed) !== Math.sign(meant) && typed !== 0 && meant !== 0)) return false;
  // Both to the same decimals: 953 and 95.3 are 9530 and 953, a digit apart.
  const d = Math.max(fewestDecimals(typed, 6), fewestDecimals(meant, 6));
  const digits = (x: number) => Math.round(Math.abs(x) * 10 ** d).toString();
  const a = digits(typed);
  const b = digits(meant);
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  // One digit more or fewer.
  if (long.length === short.length + 1) {
    for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
    return false;
  }
  if (a.length !== b.length) return false;
  const at: number[] = [];
  for (let i = 0; i < a.length && at.length <= 2; i++) if (a[i] !== b[i]) at.push(i);
  return at.length === 1 || (at.length === 2 && at[1] === at[0] + 1 && a[at[0]] === b[at[1]] && a[at[1]] === b[at[0]]);
}
