/**
 * A figure typed wrong that 再計算 would spread: where two or more figures it mends (a difference and a total, say) each held
 * what one other cell's different figure gives — M9 (K9 − J9) and K16 (SUM(K5:K15)) both of K9 = 330,000 where K9 holds
 * 33,000 —, that cell is more likely the one typed wrong than they. 再計算 still writes them (the rule, logged and undoable),
 * and says so, at that cell, as an error: it had rewritten the right figures from the wrong one and reported nothing.
 */
import type { SheetCells } from '../cells';
import type { ChangeSet, LogEntry } from '../changes';
import type { Finding } from '../recognize/model';
import { a1, parseA1, parseArea } from '../workbook';
import { findingMessage } from '../../i18n/findings';
import { fewestDecimals, parseNumberText } from '../text/number';

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

/** The mended entries of this sheet's run (log entries from `fromLog`), and the cells it writes (from `from`). */
export function suspectInputs(sheet: string, cells: SheetCells, cs: ChangeSet, from: number, fromLog: number): Finding[] {
  // Two figures mended at least, or nothing to look at (most runs: no map of the cells written made).
  let mendedCount = 0;
  for (let i = fromLog; i < cs.log.length && mendedCount < 2; i++) if (cs.log[i].sheet === sheet && cs.log[i].mended) mendedCount++;
  if (mendedCount < 2) return [];
  const written = new Map<string, number>();
  for (let i = from; i < cs.cells.length; i++) {
    const w = cs.cells[i];
    if (w.sheet === sheet && w.formula !== undefined) written.set(w.cell, typeof w.value === 'number' ? w.value : NaN);
  }
  /** What each operand (not itself written) would have to hold for each mended figure to be right. */
  const implied = new Map<string, { cell: string; figure: number; slack: number }[]>();
  for (let i = fromLog; i < cs.log.length; i++) {
    const e: LogEntry = cs.log[i];
    if (e.sheet !== sheet || !e.mended) continue;
    const value = written.get(e.cell);
    const { r, c } = parseA1(e.cell);
    const shown = e.kind === 'formula' ? cells.value(r, c) : e.before;
    const parsed = typeof shown === 'number' ? shown : typeof shown === 'string' ? parseNumberText(shown) : null;
    const before = typeof parsed === 'number' ? parsed : parsed?.kind === 'number' ? parsed.value : null;
    const terms = value === undefined || Number.isNaN(value) || before === null ? null : linearTerms(e.formula);
    if (!terms) continue;
    for (const [operand, sign] of terms) {
      if (sign !== 1 && sign !== -1) continue;
      if (written.has(operand)) continue;
      const at = parseA1(operand);
      const now = cells.value(at.r, at.c);
      if (typeof now !== 'number') continue;
      const list = implied.get(operand) ?? [];
      list.push({ cell: e.cell, figure: now + (before! - value!) / sign, slack: 0.5 * 10 ** -fewestDecimals(before!) + 1e-9 });
      implied.set(operand, list);
    }
  }
  const out: Finding[] = [];
  for (const [operand, list] of implied) {
    if (list.length < 2) continue;
    // Figures that agree on what it should hold, each within the rounding of what it showed.
    const [first] = list;
    const agreeing = list.filter((x) => Math.abs(x.figure - first.figure) <= x.slack + first.slack);
    if (agreeing.length < 2) continue;
    const { r, c } = parseA1(operand);
    const actual = cells.value(r, c) as number;
    const figure = Math.round(first.figure * 1e9) / 1e9;
    // In reading order (row, then column).
    const mended = agreeing.map((x) => ({ cell: x.cell, ...parseA1(x.cell) })).sort((a, b) => a.r - b.r || a.c - b.c).map((x) => x.cell);
    const params = { cell: operand, actual, expected: figure, cells: mended.join('、'), cellsEn: mended.join(', ') };
    out.push({ code: 'input-suspect', severity: 'error', sheet, cell: operand, ...findingMessage('input-suspect', params), expected: figure, actual });
  }
  return out;
}
