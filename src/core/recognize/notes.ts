/**
 * The notes under a table (※…), read for what they say of its figures: a year that is an estimate (※令和5年度は決算見込額),
 * the years of its columns (※現状の収納率は令和4年度決算、目標は令和9年度).
 */
import type { SheetGrid } from './grid';
import type { Kind, PlanColumn } from './model';
import { isFootnote } from '../text/tokens';
import { compact } from '../text/normalize';
import { findYears } from '../text/years';

/**
 * The years the notes say are estimates (※令和5年度は決算見込額, ※令和5年度の数値は見込み, ※令和4年度及び令和5年度は見込み), each
 * sentence of a note read (※令和5年度は決算見込額であり、令和6年度以降は目標値です。), and each clause of one
 * (令和5年度は決算見込額、令和6年度は見込み).
 */
export function forecastYears(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const t of lines) {
    if (!isFootnote(t)) continue;
    for (const sentence of t.replace(/^[※*＊注()（）\d.:：\s]+/, '').split('。')) {
      let rest = sentence.trim();
      for (let m; (m = ESTIMATE_CLAUSE.exec(rest)); rest = rest.slice(m[0].length)) {
        const years = findYears(m[1]);
        // Every year where only joiners lie between them (令和4年度及び令和5年度), else the last, the one the clause is of (表中、令和5年度).
        const joined = years.reduce((s, y) => s.replace(y.text, ''), m[1]).replace(/[、，,・と\s]|及び|および|並びに/g, '') === '';
        for (const y of joined ? years : years.slice(-1)) out.add(y.year);
      }
    }
  }
  return out;
}

/** A clause saying years are estimates, at the start of what is left of a sentence: the years, then 見込 and nothing else. */
const ESTIMATE_CLAUSE = /^(.{2,40}?年度)(?:分|の数値|の(?:実績|決算|額|金額))?は(?:決算)?見込(?:み|額|値)?(?:です|である|であり|で)?(?:[、，,]\s*|$)/;

/** The lines right under a table (its notes, its source): the first text of each of the `rows` rows below it. */
export function linesBelow(g: SheetGrid, bottom: number, rows = 2): string[] {
  const lines: string[] = [];
  for (let r = bottom + 1; r <= Math.min(g.rowCount - 1, bottom + rows); r++) {
    const cols = g.nonEmptyColumns(r);
    if (cols.length) lines.push(g.text(r, cols[0]));
  }
  return lines;
}

/** The words a note names a column of figures by (現状の収納率は…, 目標は…). */
const NOTED_COLUMN = ['現状', '目標', '実績', '決算', '見込', '計画'];

/**
 * A note under the table giving its columns' years (※現状の収納率は令和4年度決算、目標は令和9年度): each column of figures of
 * no year whose header holds the note's word for it (現状, 目標) takes that year, and a result's or an estimate's kind
 * where the note says so (決算, 見込) and its header none.
 */
export function notedYears(g: SheetGrid, bottom: number, columns: PlanColumn[]): void {
  const values = columns.filter((c) => c.role === 'value' && c.fiscalYear === null);
  if (!values.length) return;
  for (const t of linesBelow(g, bottom, 3)) {
    if (!isFootnote(t)) continue;
    for (const clause of t.replace(/^[※*＊注:：\s]+/, '').split(/[、,，。]/)) {
      const m = /^(.{1,12}?)は(.+)$/.exec(clause);
      const years = m ? findYears(m[2]) : [];
      // The clause says a year and nothing else (令和4年度決算, 令和9年度): not 令和5年度から改正.
      if (!m || years.length !== 1 || m[2].replace(years[0].text, '').replace(/年度|の?(?:決算|実績|見込み?|目標|計画)(?:値|額)?/g, '') !== '') continue;
      const word = NOTED_COLUMN.find((w) => m[1].includes(w));
      if (!word) continue;
      const kind: Kind | null = /決算|実績/.test(m[2]) ? 'actual' : /見込/.test(m[2]) ? 'forecast' : null;
      for (const c of values) {
        if (c.fiscalYear !== null || !compact(c.header).includes(word)) continue;
        c.fiscalYear = years[0].year;
        if (kind !== null) c.kind ??= kind;
      }
    }
  }
}
