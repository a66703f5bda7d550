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
export function outlineParents(g: SheetGrid, rows: readonly number[], c: number, close: boolean, parentRows?: Map<number, number>): Map<number, string> {
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
  const stack: { depth: number; name: string; r: number }[] = [];
  for (const { r, depth } of labelled) {
    if (r > numbered[numbered.length - 1].r) break;
    while (stack.length && stack[stack.length - 1].depth >= depth) stack.pop();
    if (stack.length) {
      out.set(r, stack[stack.length - 1].name);
      parentRows?.set(r, stack[stack.length - 1].r);
    }
    stack.push({ depth, name: outlineless(g, r, c, close), r });
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
 * A part's name under its debt: 個人, 法人 (市民税's), 土地, 家屋, 償却資産 (固定資産税's), 普通徴収, 特別徴収, 一般被保険者分,
 * 退職被保険者等分 — not any name (その他 under a debt left blank is a row of its own).
 */
export const isPartName = (t: string) => /^(?:個人|法人|土地|家屋|償却資産)|普通徴収|特別徴収|.分$|被保険者/.test(t);

/**
 * Rows under lines of their own that head them (【現年度分】 over the debts, 市民税 over 現年課税分 | 滞納繰越分 | 計), as a
 * label column to their left would: each row's line, up to the line's own total (the first after its rows, included),
 * the next line, or a row of the line's own kind (`alike`: a debt after a debt's 区分). A total of everything (合計)
 * after two lines or more is the whole's, not the last group's, unless the groups before were closed by totals so named
 * (市民税 › … › 合計, 固定資産税 › … › 合計); so is any total that ends the table's last group where the groups before
 * ended with none. `lineOf`: a row's line text, or null; `labelOf`: a row's label (compact) and whether it is a total, or
 * null for a row of no label. Each row under a line with that line's row, and each line's text.
 */
export function rowsUnderLines(
  rows: readonly number[],
  lineOf: (r: number) => string | null,
  labelOf: (r: number) => { text: string; total: boolean } | null,
  alike: (line: string, r: number) => boolean = () => false,
): { of: Map<number, number>; lines: Map<number, string> } {
  /** Each row under a line: the line's row. */
  const of = new Map<number, number>();
  const lines = new Map<number, string>();
  const closers = new Set<string>();
  /** Whether a group ended at the next line, with no total of its own. */
  let open = false;
  let group: number | null = null;
  let members = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const line = lineOf(r);
    if (line !== null) {
      lines.set(r, line);
      open ||= group !== null && members > 0;
      group = r;
      members = 0;
      continue;
    }
    const label = group === null ? null : labelOf(r);
    if (group === null || label === null) continue;
    if (label.total) {
      let next: { total: boolean } | null = null;
      for (let k = i + 1; k < rows.length && next === null; k++) next = labelOf(rows[k]);
      const whole = lines.size >= 2 && ((GRAND_TOTAL.test(label.text) && !closers.has(label.text)) || (open && closers.size === 0 && !next?.total));
      if (members > 0 && !whole) {
        of.set(r, group);
        closers.add(label.text);
      }
      group = null;
      continue;
    }
    if (alike(lines.get(group)!, r)) {
      group = null;
      continue;
    }
    of.set(r, group);
    members++;
  }
  return { of, lines };
}
