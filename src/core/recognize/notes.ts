/**
 * The notes under a table (※…), read for what they say of its figures: a year that is an estimate (※令和5年度は決算見込額).
 */
import type { SheetGrid } from './grid';
import { isFootnote } from '../text/tokens';
import { findYears } from '../text/years';

/** The years the notes say are estimates (※令和5年度は決算見込額, ※令和5年度の数値は見込み). */
export function forecastYears(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const t of lines) {
    if (!isFootnote(t)) continue;
    const m = /^[※*＊注()（）\d.:：\s]*(.{2,20}?年度)(?:分|の数値|の(?:実績|決算|額|金額))?は(?:決算)?見込(?:み|額|値)?(?:です|である)?。?$/.exec(t);
    const years = m ? findYears(m[1]) : [];
    if (years.length === 1) out.add(years[0].year);
  }
  return out;
}

/** The lines right under a table (its notes, its source): the first text of each of the `rows` rows below it. */
export function linesBelow(g: SheetGrid, bottom: number, rows = 2): string[] {
  const lines: string[] = [];
  for (let r = bottom + 1; r <= Math.min(g.rowCount - 1, bottom + rows); r++) {
    const cols = g.nonEmptyColumns(r);
    if (cols.length) lines.push(g.text(r, cols[0]));
  }
  return lines;
}
