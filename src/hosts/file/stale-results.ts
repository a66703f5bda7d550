/**
 * Formulas whose stored results a write makes stale: every formula of the workbook, not itself written, that reads a cell
 * whose figure the write changes — on its own sheet or another (=計画!G5, ='計画'!G6*2) — and every formula that reads one of
 * those in turn. Excel recalculates a workbook on load (calcPr fullCalcOnLoad, which the writer sets); LibreOffice as
 * installed does not recalculate an xlsx on load, showing each formula's stored result, but calculates a formula stored with
 * none. So these are written again as they are, with no result: a colleague opening the file in LibreOffice sees the figures
 * of now, not those of before (a colleague's look: 報告用!B3 printed 24,206 beside a plan showing 21,996).
 * A formula that names what cannot be followed here (a defined name, a table's column, INDIRECT, OFFSET) is taken to read a
 * changed cell where any is; one of another workbook ([1]Sheet!A1) reads none of this one.
 */
import { cellsOf } from '../../core/cells';
import type { CellWrite } from '../../core/changes';
import { a1, colIndex, outsideText, parseA1, type Area, type Workbook } from '../../core/workbook';

/** A reference a formula makes: its sheet (null: the formula's own) and area (0-based; a whole column or row to the edge). */
interface Ref {
  sheet: string | null;
  area: Area;
}

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

/**
 * A sheet qualifier ('計画'!, 計画!, Sheet1!) and a cell, a range, a whole column (A:C) or a whole row (3:5), $ anchors
 * aside. (?<![\w.]) keeps a function's name or a number from being read as a reference.
 */
const REF =
  /(?:'((?:[^']|'')+)'!|([^\s!'"(),;:+\-*/&=<>^%{}[\]]+)!)?(?<![\w.$])(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?(?![\w(])|\$?[A-Z]{1,3}:\$?[A-Z]{1,3}(?![\w(])|\$?\d+:\$?\d+(?![\w(]))/g;

/** What a formula reads of this workbook, or 'any' where it names what cannot be followed here. */
function refsOf(formula: string): Ref[] | 'any' {
  // Another workbook's cells ([1]Sheet!A1, '[Book.xlsx]Sheet'!A1:B2) are none of this one's.
  const code = outsideText(formula).replace(/'\[[^\]]*\](?:[^']|'')*'!|\[[^\]]*\][^\s!'"(),;:+\-*/&=<>^%{}]*!/g, '#EXT!');
  if (/\b(?:INDIRECT|OFFSET)\s*\(/i.test(code)) return 'any';
  const refs: Ref[] = [];
  let rest = '';
  let last = 0;
  for (const m of code.matchAll(REF)) {
    rest += code.slice(last, m.index);
    last = m.index! + m[0].length;
    if (m[2] === '#EXT') continue;
    const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
    const body = m[3].replace(/\$/g, '');
    const [from, to = from] = body.split(':');
    const at = (s: string, end: boolean) => {
      if (/^\d+$/.test(s)) return { r: Number(s) - 1, c: end ? MAX_COL : 0 };
      if (/^[A-Z]+$/.test(s)) return { r: end ? MAX_ROW : 0, c: colIndex(s) };
      return parseA1(s);
    };
    const p = at(from, false);
    const q = at(to, true);
    refs.push({ sheet, area: { top: Math.min(p.r, q.r), left: Math.min(p.c, q.c), bottom: Math.max(p.r, q.r), right: Math.max(p.c, q.c) } });
  }
  rest += code.slice(last);
  // A word left that is no function's name (followed by "("), no TRUE or FALSE, no number: a defined name; a [ a table's column.
  if (rest.includes('[') || /(?<![\w.])(?!TRUE\b|FALSE\b)[A-Za-z_\u3040-\u30ff\u3400-\u9fff][\w.\u3040-\u30ff\u3400-\u9fff]*(?![\w.(\u3040-\u30ff\u3400-\u9fff])/.test(rest)) return 'any';
  return refs;
}

/** The cells of a sheet changed so far, by key r × 16384 + c, and as a list (for a range larger than they are many). */
class Changed {
  readonly keys = new Set<number>();
  readonly cells: { r: number; c: number }[] = [];
  add(r: number, c: number): void {
    const key = r * 16384 + c;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.cells.push({ r, c });
  }
  within(a: Area): boolean {
    const size = (a.bottom - a.top + 1) * (a.right - a.left + 1);
    if (size <= this.cells.length) {
      for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) if (this.keys.has(r * 16384 + c)) return true;
      return false;
    }
    return this.cells.some(({ r, c }) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right);
  }
}

const sameFigure = (a: unknown, b: unknown) =>
  a === b || ((a === null || a === undefined || a === '') && (b === null || b === undefined || b === '')) || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));

/**
 * The formulas (not among `writes`) whose stored results `writes` make stale, each as a write of its formula with no result;
 * `skip(sheet)`: sheets none may be written to (a protected one: its stale results are left as they are).
 */
export function staleDependents(snapshot: Workbook, writes: readonly CellWrite[], skip: (sheet: string) => boolean): CellWrite[] {
  const bySheet = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const changed = new Map<string, Changed>();
  const changedOf = (name: string) => changed.get(name) ?? changed.set(name, new Changed()).get(name)!;
  for (let i = 0; i < writes.length; i++) {
    const w = writes[i];
    const sheet = bySheet.get(w.sheet);
    if (!sheet) continue;
    const { r, c } = parseA1(w.cell);
    if (w.value !== undefined && sameFigure(cellsOf(sheet).value(r, c), w.value)) continue;
    changedOf(w.sheet).add(r, c);
  }
  // (Most writes make live the figure a cell shows: nothing to look for.)
  if (changed.size === 0) return [];
  const written = new Set<string>();
  for (let i = 0; i < writes.length; i++) written.add(`${writes[i].sheet}!${writes[i].cell}`);
  // Every formula not written, with what it reads (made once).
  const formulas: { sheet: string; r: number; c: number; formula: string; refs: Ref[] | 'any' }[] = [];
  for (const sheet of snapshot.sheets) {
    const cells = cellsOf(sheet);
    const arrays = sheet.arrays ?? [];
    for (let r = 0; r < cells.rowCount; r++) {
      const length = cells.rowLength(r);
      for (let c = 0; c < length; c++) {
        const formula = cells.formula(r, c);
        if (formula === undefined) continue;
        // Part of an array formula: written as a whole or not at all (left as it is).
        if (arrays.length && arrays.some((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right)) continue;
        if (written.has(`${sheet.name}!${a1(r, c)}`)) continue;
        formulas.push({ sheet: sheet.name, r, c, formula, refs: refsOf(formula) });
      }
    }
  }
  const stale: CellWrite[] = [];
  const done = new Set<number>();
  for (let grew = true; grew; ) {
    grew = false;
    for (let i = 0; i < formulas.length; i++) {
      if (done.has(i)) continue;
      const f = formulas[i];
      const reads = f.refs === 'any' || f.refs.some((ref) => changed.get(ref.sheet ?? f.sheet)?.within(ref.area));
      if (!reads) continue;
      done.add(i);
      grew = true;
      changedOf(f.sheet).add(f.r, f.c);
      if (!skip(f.sheet)) stale.push({ sheet: f.sheet, cell: a1(f.r, f.c), formula: f.formula, value: undefined });
    }
  }
  return stale;
}
