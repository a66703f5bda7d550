/**
 * A shared formula as each of its cells holds it: the master's text with its relative references
 * moved by the cell's offset. The rule is the one the snapshot had from ExcelJS (utils/shared-formula.js,
 * `slideFormula`), kept character for character so that formulas read the same as before: any run of
 * letters and digits that looks like a cell address moves, unless a "(" follows it (a function name).
 */
import { colIndex, colLetter } from '../../../core/workbook';

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/** Moves `formula`, written for (row, col) of the master, to (row + dr, col + dc); 0-based offsets. */
export function slideFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  return formula.replace(CANDIDATE, (match: string, sheet: string | undefined, _s: string, addr: string, paren: string | undefined) => {
    if (paren) return match;
    const m = CELL.exec(addr);
    if (!m) return match;
    const letters = m[2].toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return match; // a name, not a column
    let col = colIndex(letters) + 1;
    let row = parseInt(m[4], 10);
    if (!m[1]) col += dc;
    if (!m[3]) row += dr;
    if (col < 1 || col > 16384) return match;
    return `${sheet || ''}${m[1] || ''}${colLetter(col - 1)}${m[3] || ''}${row}`;
  });
}
