/**
 * Labels numbered as an outline down a column (一 普通税 › 1 法定普通税 › (1) 市町村民税 › (ア) 個人均等割; (2) 固定資産税 ›
 * (ア) 純固定資産税 › (1) 土地): each row's name without its numbering, its parent, and the name of a part under its debt.
 * The matrix reader and the row reader alike.
 */
import { SheetGrid } from './grid';
import { divisionOf, outlineDepth, withoutFileLink, withoutOutline, DEBT_NAME, OUTLINE_DEPTHS } from '../text/tokens';
import { compact } from '../text/normalize';

/**
 * A label cell's compact text (following merges), without an outline's numbering or a file link's note. `close`:
 * a number close against a tax's name (1普通税) is a numbering (the matrix's statistical forms), see withoutOutline.
 */
export function outlineless(g: SheetGrid, r: number, c: number, close: boolean): string {
  const raw = g.labelText(r, c);
  const named = withoutOutline(withoutFileLink(raw), close);
  return named !== raw ? compact(named) : g.mergedText(r, c);
}

/**
 * In one label column numbered as an outline (1 普通税 › ア 道府県民税 › (ア) 個人分), each row's parent: the nearest
 * row above numbered shallower; a row without a number between numbered ones (土地 under (ア) 純固定資産税, before
 * (イ) 交付金) is deeper than any numbered; one after the last (その他 after (2) 固定資産税) is the list's, no part.
 */
export function outlineParents(g: SheetGrid, rows: readonly number[], c: number, close: boolean): Map<number, string> {
  const out = new Map<number, string>();
  const labelled: { r: number; depth: number }[] = [];
  /**
   * Numbering that starts again from its first ((1), ア, ①) right under a deeper numbered row ((ア) 純固定資産税 › (1) 土地)
   * is a level below that row, until a row as shallow as that one comes.
   */
  const restarted = new Map<number, number>();
  let previous = -1;
  for (const r of rows) {
    const raw = g.labelText(r, c);
    if (raw === '') continue;
    const style = outlineDepth(raw, close);
    if (style < 0) {
      labelled.push({ r, depth: OUTLINE_DEPTHS });
      // A row of no number between (a section's heading, 目的税): what follows starts no level under the row before it.
      previous = -1;
      continue;
    }
    let depth = restarted.get(style) ?? style;
    if (previous > depth && FIRST.test(raw.normalize('NFKC'))) {
      depth = previous + 0.5;
      restarted.set(style, depth);
    }
    for (const [s, d] of restarted) if (s !== style && d > depth) restarted.delete(s);
    labelled.push({ r, depth });
    previous = depth;
  }
  const numbered = labelled.filter((x) => x.depth < OUTLINE_DEPTHS);
  if (numbered.length < 2) return out;
  const stack: { depth: number; name: string }[] = [];
  for (const { r, depth } of labelled) {
    if (r > numbered[numbered.length - 1].r) break;
    while (stack.length && stack[stack.length - 1].depth >= depth) stack.pop();
    if (stack.length) out.set(r, stack[stack.length - 1].name);
    stack.push({ depth, name: outlineless(g, r, c, close) });
  }
  return out;
}

/** The first of a numbering's series: 一, 1, (1), 1), ア, (ア), ①. */
const FIRST = /^(?:一|1(?!\d)|\(1\)|1\)|ア|\(ア\)|\u2460)/;

/**
 * A part named under its debt (市町村民税 › 個人, 県民税 › 法人) is the debt's part: 市町村民税(個人); so is a grant paid in
 * place of a tax (固定資産税 › 交付金). Of a debt's net (純固定資産税 › 土地) the part is the debt's: 固定資産税(土地).
 */
export function partOf(debt: string, part: string): string | null {
  // A 区分 under its debt (市民税 › 現年課税分) is no part of its name.
  if ((DEBT_NAME.test(part) && !/交付金$/.test(part)) || !DEBT_NAME.test(debt) || divisionOf(part) !== null) return null;
  return `${debt.replace(/^純/, '')}(${part})`;
}

/** A total of everything (合計, 総計), as against a group's own (計, 小計, 現年課税分計). */
export const GRAND_TOTAL = /^(?:総?合計|総計|全体計?)$/;

/**
 * Rows under lines of their own that head them (【現年度分】 over the debts, 市民税 over 現年課税分 | 滞納繰越分 | 計), as a
 * label column to their left would: each row's line, up to the line's own total (the first after its rows, included) or
 * the next line. A total of everything (合計) after two lines or more is the whole's, not the last group's — unless the
 * groups before were closed by totals so named (市民税 › … › 合計, 固定資産税 › … › 合計). `lineOf`: a row's line text, or
 * null; `labelOf`: a row's label (compact) and whether it is a total, or null for a row of no label.
 */
export function rowsUnderLines(
  rows: Iterable<number>,
  lineOf: (r: number) => string | null,
  labelOf: (r: number) => { text: string; total: boolean } | null,
): { of: Map<number, string>; lines: Set<number> } {
  const of = new Map<number, string>();
  const lines = new Set<number>();
  const closers = new Set<string>();
  let group: string | null = null;
  let members = 0;
  for (const r of rows) {
    const line = lineOf(r);
    if (line !== null) {
      lines.add(r);
      group = line;
      members = 0;
      continue;
    }
    const label = group === null ? null : labelOf(r);
    if (group === null || label === null) continue;
    if (label.total) {
      const whole = lines.size >= 2 && GRAND_TOTAL.test(label.text) && !closers.has(label.text);
      if (members > 0 && !whole) {
        of.set(r, group);
        closers.add(label.text);
      }
      group = null;
      continue;
    }
    of.set(r, group);
    members++;
  }
  return { of, lines };
}
