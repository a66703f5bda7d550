/**
 * 再計算 over every public table of the corpora as printed (the observations corpus and the blind holdout): a formula
 * written computes the figure its cell shows, at the decimals it shows — a figure validation accepts is made live, never
 * replaced by another (a rate computed from amounts rounded to 億円, a difference of rounded rates, a 千円 total off its
 * rounded parts) — except where the table as printed is wrong (its writers' findingsAsPrinted) and what follows from
 * such a cell. A misread table gets nothing it does not already show, and a figure keeps the decimals it showed.
 */
import { observationLayouts } from '../../fixtures/observations';
import { holdoutLayouts } from '../../fixtures/holdout';
import { workbookOf } from '../../fixtures/observations/score';
import { recalc } from '../../../src/core/engine';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { parseA1 } from '../../../src/core/workbook';
import { halfUnit } from '../../../src/core/text/number';
import { formatInfo } from '../../../src/core/text/format';

const NOW = '2026-12-06 10:00';

describe.each([...observationLayouts, ...holdoutLayouts].map((l) => [l.name, l] as const))('%s', (_, layout) => {
  it('has every formula written show the figure its cell showed, but where the table is wrong as printed', () => {
    // Each figure as recognition reads it, with the decimals its cell (its format, or its text) shows.
    const shown = new Map<string, { value: number; decimals: number | null }>();
    for (const t of recognizeWorkbook(workbookOf(layout.sheets)).tables) {
      for (const o of t.observations ?? []) shown.set(`${t.sheet}!${o.cell}`, o);
      for (const r of t.rows) {
        for (const c of t.columns) {
          const value = r.values[c.column];
          if (typeof value === 'number') shown.set(`${t.sheet}!${c.column}${r.row}`, { value, decimals: r.decimals[c.column] ?? null });
        }
      }
    }
    const wrong = new Set((layout.findingsAsPrinted ?? []).map((f) => f.cell));
    const { changes } = recalc(workbookOf(layout.sheets), 'x.xlsx', NOW);
    const moved: string[] = [];
    for (const w of changes.cells) {
      const was = shown.get(`${w.sheet}!${w.cell}`);
      if (!was || typeof w.value !== 'number' || wrong.has(w.cell)) continue;
      // The cells a printed error feeds (a total over it, a difference of it) are written from it: not compared.
      const { r } = parseA1(w.cell);
      if ([...wrong].some((c) => parseA1(c).r === r || w.formula?.includes(c))) continue;
      // At the decimals the cell shows, or, as stored, those it was typed with (99.21: 2).
      const typed = String(was.value).split('.')[1]?.length ?? 0;
      const tol = halfUnit(was.decimals ?? typed) + 1e-9;
      if (Math.abs(w.value - was.value) > tol && Math.abs(w.value * 100 - was.value) > tol) moved.push(`${w.sheet}!${w.cell} ${was.value} → ${w.value} (=${w.formula})`);
      // Shown with the decimals it showed, where its format or its text says how many (△30.58 typed as text in 億円 is not
      // made △31; a 100 typed in General among rates of one decimal may become 100.0).
      if (w.numberFormat !== undefined && was.decimals !== null && formatInfo(w.numberFormat).decimals !== was.decimals) moved.push(`${w.sheet}!${w.cell} shown with ${w.numberFormat} (${was.decimals} decimals)`);
    }
    expect(moved).toEqual([]);
  });
});
