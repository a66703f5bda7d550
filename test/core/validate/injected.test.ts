/**
 * Faults injected into the 24 unseen layouts (test/fixtures/layouts): every correct layout gives
 * no error, and each injected fault is found at its cell with its code.
 */
import { layouts, type Layout } from '../../fixtures/layouts';
import { inspect } from '../../../src/core/engine';
import { parseA1, type Workbook } from '../../../src/core/workbook';

function withCell(wb: Workbook, sheet: string, ref: string, value: number | string): Workbook {
  const { r, c } = parseA1(ref);
  return {
    sheets: wb.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const rows = s.rows.map((row) => [...(row ?? [])]);
      while (rows.length <= r) rows.push([]);
      const old = rows[r][c];
      rows[r][c] = { value, ...(old?.numberFormat ? { numberFormat: old.numberFormat } : {}) };
      return { ...s, rows };
    }),
  };
}

const errorsOf = (wb: Workbook) => inspect(wb, 'x.xlsx').issues.filter((i) => i.severity === 'error');

interface Injection {
  layout: string;
  sheet: string;
  cell: string;
  value: number | string;
  code: string;
}

/** One fault of each applicable kind per layout, picked from the layout's own expectations. */
function injections(layout: Layout): Injection[] {
  const out: Injection[] = [];
  layout.expected.forEach((t) => {
    const deltaCols = new Set((t.deltas ?? []).map((d) => d.column));
    const col = (cell: string) => cell.replace(/\d+/g, '');
    const plain = t.values.filter((v) => !v.total && v.value !== null && !deltaCols.has(col(v.cell)) && v.fiscalYear !== null);
    const measure = Array.isArray(t.measure) ? t.measure[0] : t.measure;
    const first = plain[0];
    if (first) out.push({ layout: layout.name, sheet: t.sheet, cell: first.cell, value: '未記入', code: 'not-a-number' });
    const delta = t.values.find((v) => deltaCols.has(col(v.cell)) && v.value !== null && !v.total);
    if (delta) out.push({ layout: layout.name, sheet: t.sheet, cell: delta.cell, value: delta.value! + 7, code: 'delta-mismatch' });
    if (measure === 'rate' && plain[1]) out.push({ layout: layout.name, sheet: t.sheet, cell: plain[1].cell, value: 130, code: 'rate-out-of-range' });
    if (measure === 'amount' && plain[1]) out.push({ layout: layout.name, sheet: t.sheet, cell: plain[1].cell, value: -500, code: 'negative-amount' });
    const total = t.values.find((v) => v.total && v.value !== null && !deltaCols.has(col(v.cell)) && measure === 'amount');
    if (total) out.push({ layout: layout.name, sheet: t.sheet, cell: total.cell, value: total.value! + 1000, code: 'total-mismatch' });
  });
  return out;
}

describe('validation on unseen layouts', () => {
  it.each(layouts.map((l) => [l.name, l] as const))('%s: a correct layout has no error', (_, layout) => {
    expect(errorsOf(layout.workbook).map((i) => `${i.sheet}!${i.cell} ${i.code}`)).toEqual([]);
  });

  const all = layouts.flatMap(injections);
  it('injects faults of every kind', () => {
    const kinds = new Set(all.map((i) => i.code));
    expect([...kinds].sort()).toEqual(['delta-mismatch', 'negative-amount', 'not-a-number', 'rate-out-of-range', 'total-mismatch']);
    expect(all.length).toBeGreaterThan(50);
  });

  it.each(all.map((i) => [`${i.layout} ${i.sheet}!${i.cell} ${i.code}`, i] as const))('%s is found at its cell', (_, inj) => {
    const layout = layouts.find((l) => l.name === inj.layout)!;
    const found = errorsOf(withCell(layout.workbook, inj.sheet, inj.cell, inj.value)).map((i) => `${i.sheet}!${i.cell} ${i.code}`);
    expect(found).toContain(`${inj.sheet}!${inj.cell} ${inj.code}`);
  });
});
