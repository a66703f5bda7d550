/**
 * What 再計算 did to the printed figures: a value typed into the sheet that a formula now shows
 * as blank, because an operand of that formula is blank (the rule that a calculation with a
 * blank gives a blank, unless the workbook keeps the older "blank is zero" convention). The
 * pane says how many, so a clerk is not surprised by figures that vanished.
 */
import type { ChangeSet } from '../core/changes';
import { cellAt, parseA1, type Workbook } from '../core/workbook';
import { parseNumberText } from '../core/text/number';

/** The references of a formula's leading blank test: IF(A1="",…) or IF(OR(A1="",B1=""),…). */
function blankTested(formula: string): string[] {
  const m = /^IF\((?:OR\()?((?:\$?[A-Z]{1,3}\$?\d+="",?)+)\)?,"",/.exec(formula);
  if (!m) return [];
  return m[1]
    .split(',')
    .filter(Boolean)
    .map((t) => t.replace(/="".*$/, '').replace(/\$/g, ''));
}

const blank = (v: unknown) => v === null || v === undefined || v === '';

/**
 * How many cells held a printed number before and now compute blank because one of the
 * operands their formula tests for blank is blank in `after` (the workbook as written).
 */
export function blankedByBlankOperands(changes: ChangeSet, after: Workbook): number {
  const before = new Map(changes.log.map((e) => [`${e.sheet}!${e.cell}`, e.before]));
  const sheets = new Map(after.sheets.map((s) => [s.name, s]));
  let n = 0;
  for (const c of changes.cells) {
    if (c.formula === undefined || !blank(c.value)) continue;
    // A figure typed as text ("318", as 2-2 of the Tsuyama plan stores its differences) was printed too.
    const was = before.get(`${c.sheet}!${c.cell}`);
    if (typeof was !== 'number' && !(typeof was === 'string' && parseNumberText(was).kind === 'number')) continue;
    const sheet = sheets.get(c.sheet);
    if (!sheet) continue;
    const operandBlank = blankTested(c.formula).some((ref) => {
      const { r, c: col } = parseA1(ref);
      return blank(cellAt(sheet, r, col)?.value);
    });
    if (operandBlank) n++;
  }
  return n;
}
