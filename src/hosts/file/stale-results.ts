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

const isUpper = (ch: number) => ch >= 65 && ch <= 90;
const isDigit = (ch: number) => ch >= 48 && ch <= 57;

/**
 * Whether a formula of the plain kind reads an area `hit` says is changed — a plain formula reads cells, ranges, whole
 * columns and rows of its own sheet, with functions, numbers and operators (E5-C5, SUM(C5:C1004), ROUND(D5/C5*100,1)) —,
 * told by a scan of its characters, nothing made (a plan's tens of thousands of formulas are all of this kind, each looked
 * at once a pass); 'any' where a word is no function's name nor a cell's (a defined name); null for any other formula
 * (text, another sheet or workbook, lower case): read by refsOf.
 */
function plainReads(f: string, hit: (top: number, bottom: number, left: number, right: number) => boolean): boolean | 'any' | null {
  let found = false;
  const n = f.length;
  /** A cell or column or row reference at i: [end, row or -1, column or -1], or null. */
  const part = (i: number): [number, number, number] | null => {
    let j = i;
    if (f.charCodeAt(j) === 36) j++;
    const ls = j;
    while (j < n && isUpper(f.charCodeAt(j))) j++;
    const letters = j - ls;
    if (letters > 3) return null;
    let k = j;
    if (letters && f.charCodeAt(k) === 36) k++;
    const ds = k;
    while (k < n && isDigit(f.charCodeAt(k))) k++;
    if (k === ds && letters === 0) return null;
    if (k < n && (isUpper(f.charCodeAt(k)) || f.charCodeAt(k) === 40 || f.charCodeAt(k) === 46)) return null;
    return [k, k > ds ? Number(f.slice(ds, k)) - 1 : -1, letters ? colIndex(f.slice(ls, j)) : -1];
  };
  for (let i = 0; i < n; ) {
    const ch = f.charCodeAt(i);
    if (isUpper(ch) || ch === 36 || isDigit(ch)) {
      // A function's name, followed by "(".
      let w = i;
      while (w < n && isUpper(f.charCodeAt(w))) w++;
      if (w > i && f.charCodeAt(w) === 40) {
        i = w + 1;
        continue;
      }
      const p = part(i);
      if (p === null) {
        if (w > i) {
          const word = f.slice(i, w);
          if (word === 'TRUE' || word === 'FALSE') {
            i = w;
            continue;
          }
          return 'any';
        }
        // A number (1.5, 100).
        while (i < n && (isDigit(f.charCodeAt(i)) || f.charCodeAt(i) === 46)) i++;
        continue;
      }
      let [end, r, c] = p;
      let [r2, c2] = [r, c];
      if (f.charCodeAt(end) === 58) {
        const q = part(end + 1);
        if (q === null) return null;
        [end, r2, c2] = q;
      } else if (r < 0 || c < 0) {
        // A bare number, or letters that are neither a cell nor a function: a number, or a name.
        if (c >= 0) return 'any';
        i = end;
        continue;
      }
      if (!found) found = r < 0 ? hit(0, MAX_ROW, Math.min(c, c2), Math.max(c, c2)) : c < 0 ? hit(Math.min(r, r2), Math.max(r, r2), 0, MAX_COL) : hit(Math.min(r, r2), Math.max(r, r2), Math.min(c, c2), Math.max(c, c2));
      i = end;
      continue;
    }
    // Operators, brackets, separators and spaces; anything else is no plain formula.
    if (ch === 43 || ch === 45 || ch === 42 || ch === 47 || ch === 40 || ch === 41 || ch === 44 || ch === 32 || ch === 60 || ch === 61 || ch === 62 || ch === 38 || ch === 94 || ch === 37) {
      i++;
      continue;
    }
    return null;
  }
  return found;
}

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
  within(top: number, bottom: number, left: number, right: number): boolean {
    const size = (bottom - top + 1) * (right - left + 1);
    if (size <= this.cells.length) {
      for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (this.keys.has(r * 16384 + c)) return true;
      return false;
    }
    return this.cells.some(({ r, c }) => r >= top && r <= bottom && c >= left && c <= right);
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
  // The cells written, and the formulas found stale, by sheet: r × 16384 + c.
  const done = new Map<string, Set<number>>();
  const doneOf = (name: string) => done.get(name) ?? done.set(name, new Set()).get(name)!;
  for (let i = 0; i < writes.length; i++) {
    const { r, c } = parseA1(writes[i].cell);
    doneOf(writes[i].sheet).add(r * 16384 + c);
  }
  /** Does the formula (on `own`, whose changed cells `hit` asks of) read a cell changed? */
  const reads = (formula: string, own: string, hit: (top: number, bottom: number, left: number, right: number) => boolean): boolean => {
    const plain = plainReads(formula, hit);
    if (plain !== null) return plain === 'any' || plain;
    const refs = refsOf(formula);
    return refs === 'any' || refs.some(({ sheet, area: a }) => !!changed.get(sheet ?? own)?.within(a.top, a.bottom, a.left, a.right));
  };
  const stale: CellWrite[] = [];
  // Pass after pass over every formula not written nor found already, until a pass finds none (most workbooks: the first).
  for (let grew = true; grew; ) {
    grew = false;
    for (const sheet of snapshot.sheets) {
      const cells = cellsOf(sheet);
      const arrays = sheet.arrays ?? [];
      const skipped = done.get(sheet.name);
      const hit = (top: number, bottom: number, left: number, right: number) => !!changed.get(sheet.name)?.within(top, bottom, left, right);
      for (let r = 0; r < cells.rowCount; r++) {
        const length = cells.rowLength(r);
        for (let c = 0; c < length; c++) {
          const formula = cells.formula(r, c);
          if (formula === undefined || skipped?.has(r * 16384 + c)) continue;
          // Part of an array formula: written as a whole or not at all (left as it is).
          if (arrays.length && arrays.some((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right)) continue;
          if (!reads(formula, sheet.name, hit)) continue;
          doneOf(sheet.name).add(r * 16384 + c);
          changedOf(sheet.name).add(r, c);
          grew = true;
          if (!skip(sheet.name)) stale.push({ sheet: sheet.name, cell: a1(r, c), formula, value: undefined });
        }
      }
    }
  }
  return stale;
}
