/**
 * The values Excel will show, for the preview. A file's cached formula results are what the
 * writer stored; where a SUM was stored blank (a sum over cells that are all blank), Excel and
 * LibreOffice compute 0 when they open the workbook, so the preview shows 0 too. A plain
 * reference (=B12, ='集計'!B12) shows what its target shows; a reference to an empty cell is 0.
 * Other formulas keep their cached result.
 */
import { cellAt, parseA1, parseArea, type Cell, type CellValue, type Sheet, type Workbook } from '../core/workbook';
import { cellsOf } from '../core/cells';
import { withWrites } from '../core/apply-snapshot';

/** 'It''s'!$A$1:$B$2 → sheet and area text; a reference without a sheet stays on `home`. */
const REF = /^(?:'((?:[^']|'')+)'!|([^'!(),\s]+)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/;

export interface RangeRef {
  sheet: string;
  area: string;
}

/** Reads "'集計'!$B$40:$B$45" (or "B12" on `home`); null for anything else. */
export function parseRef(text: string, home: string): RangeRef | null {
  const m = REF.exec(text.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? home);
  return { sheet, area: m[3].replace(/\$/g, '') };
}

/** Splits a function's arguments at the top-level commas (outside quotes and parentheses). */
function splitArgs(text: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) return null;
  }
  out.push(text.slice(start));
  return quote || depth ? null : out;
}

const isBlank = (v: CellValue | undefined) => v === null || v === undefined || v === '';

export class ShownValues {
  private readonly sheets: Map<string, Sheet>;
  private readonly memo = new Map<string, CellValue>();
  private readonly active = new Set<string>();

  constructor(wb: Workbook) {
    this.sheets = new Map(wb.sheets.map((s) => [s.name, s]));
  }

  private cell(sheet: string, r: number, c: number): Cell | undefined {
    const s = this.sheets.get(sheet);
    return s && cellAt(s, r, c);
  }

  /** What Excel shows in the cell (0-based row and column). */
  value(sheet: string, r: number, c: number): CellValue {
    const cell = this.cell(sheet, r, c);
    if (!cell) return null;
    if (!cell.formula || !isBlank(cell.value)) return cell.value;
    const key = `${sheet}\u0001${r}\u0001${c}`;
    if (this.memo.has(key)) return this.memo.get(key)!;
    // A circular reference: Excel would warn; keep what the file holds.
    if (this.active.has(key)) return cell.value;
    this.active.add(key);
    const v = this.evaluate(cell.formula, sheet) ?? cell.value;
    this.active.delete(key);
    this.memo.set(key, v);
    return v;
  }

  /** The values of a range, row by row. */
  range(ref: RangeRef): CellValue[] {
    if (!this.sheets.has(ref.sheet)) return [];
    const a = parseArea(ref.area);
    const out: CellValue[] = [];
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push(this.value(ref.sheet, r, c));
    return out;
  }

  /** SUM(…) and plain references; null for what is left to the cached result. */
  private evaluate(formula: string, home: string): CellValue | null {
    const f = formula.trim();
    const plain = parseRef(f, home);
    if (plain && !plain.area.includes(':')) {
      if (!this.sheets.has(plain.sheet)) return null;
      const { r, c } = parseA1(plain.area);
      const target = this.cell(plain.sheet, r, c);
      // A reference to an empty cell shows 0; to a formula that gives "" shows "".
      if (!target || (isBlank(target.value) && !target.formula)) return 0;
      return this.value(plain.sheet, r, c);
    }
    const sum = this.sum(f, home);
    return sum;
  }

  private sum(f: string, home: string): number | null {
    const m = /^SUM\((.*)\)$/is.exec(f);
    if (!m) return null;
    const args = splitArgs(m[1]);
    if (!args) return null;
    let total = 0;
    for (const arg of args) {
      const a = arg.trim();
      if (/^SUM\(/i.test(a)) {
        const inner = this.sum(a, home);
        if (inner === null) return null;
        total += inner;
        continue;
      }
      const ref = parseRef(a, home);
      if (!ref || !this.sheets.has(ref.sheet)) return null;
      // SUM counts the numbers of a reference and skips text, blanks and logical values.
      for (const v of this.range(ref)) {
        if (typeof v === 'number') total += v;
        else if (v && typeof v === 'object') return null; // an error propagates: leave it to the cache
      }
    }
    return total;
  }
}

/**
 * The workbook with every blank-cached SUM (and reference to one) filled with what Excel shows. A
 * sheet read into a store (the file reader's) is read from it and its fills laid over it as writes
 * are (withWrites): its cells are not made into rows, a million of them objects, for the preview.
 */
export function excelShown(wb: Workbook): Workbook {
  const shown = new ShownValues(wb);
  let changed = false;
  const sheets = wb.sheets.map((sheet) => {
    const cells = cellsOf(sheet);
    const fills = new Map<number, Map<number, Cell>>();
    for (let r = 0; r < cells.rowCount; r++) {
      for (let c = 0, n = cells.rowLength(r); c < n; c++) {
        if (!cells.formula(r, c) || !isBlank(cells.value(r, c))) continue;
        const v = shown.value(sheet.name, r, c);
        if (isBlank(v)) continue;
        let row = fills.get(r);
        if (!row) fills.set(r, (row = new Map()));
        row.set(c, { ...cells.cell(r, c)!, value: v });
      }
    }
    if (!fills.size) return sheet;
    changed = true;
    return withWrites(sheet, fills);
  });
  return changed ? { ...wb, sheets } : wb;
}
