/**
 * Self-check of the unseen-layouts corpus and its scorer, independent of the recognizer: every
 * expected value agrees with what its cell holds, the hand-typed plan arithmetic is consistent
 * (deltas, totals, ledger identity, rates), and the scorer gives full marks to a recognition that
 * says exactly what the expectations say, and names the cells of one that does not.
 */
import type { Cell, Sheet } from '../../src/core/workbook';
import { colIndex, parseA1 } from '../../src/core/workbook';
import type { PlanColumn, PlanRow, PlanTable, Recognition } from '../../src/core/recognize/model';
import { layouts, type ExpectedTable, type ExpectedValue, type Layout } from '../fixtures/layouts';
import { describeMisses, scoreLayout } from '../fixtures/layouts/score';

const first = <T,>(x: T | readonly T[]): T => (Array.isArray(x) ? (x as readonly T[])[0] : (x as T));

function cellOf(sheet: Sheet, ref: string): Cell | undefined {
  const { r, c } = parseA1(ref);
  return sheet.rows[r]?.[c];
}

/** A deliberately simple reading of typed text, only to cross-check the hand-written meanings. */
function meaning(cell: Cell | undefined): number | null | 'unreadable' {
  if (!cell || cell.value === null) return null;
  const v = cell.value;
  if (typeof v === 'object') return null;
  if (typeof v === 'number') return cell.numberFormat?.includes('%') ? v * 100 : v;
  if (typeof v !== 'string') return 'unreadable';
  const s = v.normalize('NFKC').replace(/\s+/g, '');
  if (['', '-', '—', '−', '―'].includes(s)) return null;
  const neg = /^[△▲]/.test(s);
  const num = Number(s.replace(/^[△▲]/, '').replace(/,/g, '').replace(/%$/, ''));
  if (!Number.isFinite(num)) return 'unreadable';
  return neg ? -num : num;
}

const rowOf = (ref: string) => parseA1(ref).r + 1;
const colOf = (ref: string) => ref.replace(/\d+$/, '');

function byRow(t: ExpectedTable): Map<number, Map<string, ExpectedValue>> {
  const m = new Map<number, Map<string, ExpectedValue>>();
  for (const v of t.values) {
    const r = rowOf(v.cell);
    if (!m.has(r)) m.set(r, new Map());
    m.get(r)!.set(colOf(v.cell), v);
  }
  return m;
}

const unitStep = (t: ExpectedTable): number => (first(t.unit) === '百万円' ? 0.1 : 1);

describe('unseen-layouts corpus', () => {
  it('has at least 14 layouts with unique names', () => {
    expect(layouts.length).toBeGreaterThanOrEqual(14);
    const names = layouts.map((l) => l.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^\d\d-[a-z0-9-]+$/);
  });

  describe.each(layouts.map((l) => [l.name, l] as [string, Layout]))('%s', (_name, layout) => {
    const sheets = new Map(layout.workbook.sheets.map((s) => [s.name, s]));

    it('names its sheets consistently', () => {
      expect(sheets.size).toBe(layout.workbook.sheets.length);
      for (const t of layout.expected) {
        expect(sheets.has(t.sheet)).toBe(true);
        expect(sheets.get(t.sheet)!.hidden ?? false).toBe(false);
        expect(t.values.length).toBeGreaterThan(0);
      }
      for (const s of layout.noPlanSheets ?? []) expect(sheets.has(s)).toBe(true);
      expect(layout.description.length).toBeGreaterThan(20);
    });

    it('expects what each cell holds, once per cell, never inside a merge', () => {
      const seen = new Set<string>();
      const problems: string[] = [];
      for (const t of layout.expected) {
        const sheet = sheets.get(t.sheet)!;
        for (const v of t.values) {
          const key = `${t.sheet}!${v.cell}`;
          if (seen.has(key)) problems.push(`${key} expected twice`);
          seen.add(key);
          const got = meaning(cellOf(sheet, v.cell));
          const same = got === null || v.value === null ? got === v.value : got !== 'unreadable' && Math.abs(got - v.value) < 1e-9;
          if (!same) problems.push(`${key}: cell means ${got}, expected ${v.value}`);
          const { r, c } = parseA1(v.cell);
          for (const m of sheet.merges) {
            if (r >= m.top && r <= m.bottom && c >= m.left && c <= m.right) problems.push(`${key} lies in a merged area`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it('keeps rates within 0–100 and amounts non-negative', () => {
      const problems: string[] = [];
      for (const t of layout.expected) {
        const deltaCols = new Set((t.deltas ?? []).map((d) => d.column));
        const items = new Map((t.items ?? []).map((i) => [i.column, i.item]));
        for (const v of t.values) {
          if (v.value === null || deltaCols.has(colOf(v.cell))) continue;
          const isRate = first(t.measure) === 'rate' || items.get(colOf(v.cell)) === '収納率';
          if (isRate && (v.value < 0 || v.value > 100)) problems.push(`${t.sheet}!${v.cell} rate ${v.value}`);
          if (!isRate && v.value < 0) problems.push(`${t.sheet}!${v.cell} negative amount ${v.value}`);
          if (v.fiscalYear !== null && (v.fiscalYear < 2010 || v.fiscalYear > 2030)) problems.push(`${v.cell} year ${v.fiscalYear}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('has deltas that equal their operands', () => {
      const problems: string[] = [];
      for (const t of layout.expected) {
        const tol = first(t.measure) === 'rate' ? 0.051 : unitStep(t) / 2;
        for (const [row, cells] of byRow(t)) {
          for (const d of t.deltas ?? []) {
            const dv = cells.get(d.column)?.value ?? null;
            const m = cells.get(d.minuendColumn)?.value ?? null;
            const s = cells.get(d.subtrahendColumn)?.value ?? null;
            if (m === null || s === null || dv === null) continue;
            if (Math.abs(dv - (m - s)) > tol) problems.push(`${t.sheet}!${d.column}${row}: ${dv} ≠ ${m} − ${s}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it('has totals that equal the sum of their rows (amounts)', () => {
      const problems: string[] = [];
      for (const t of layout.expected) {
        if (first(t.measure) === 'rate') continue;
        const items = new Map((t.items ?? []).map((i) => [i.column, i.item]));
        const rows = [...byRow(t).entries()].sort((a, b) => a[0] - b[0]);
        rows.forEach(([row, cells], idx) => {
          const head = [...cells.values()][0];
          if (!head.total) return;
          for (const [col, v] of cells) {
            if (v.value === null || items.get(col) === '収納率' || (t.deltas ?? []).some((d) => d.column === col)) continue;
            const same = rows.filter(([, c]) => {
              const h = [...c.values()][0];
              return !h.total && h.division === head.division;
            });
            const all = same.filter(([r]) => r < row).reduce((a, [, c]) => a + (c.get(col)?.value ?? 0), 0);
            let since = 0;
            for (let j = idx - 1; j >= 0; j--) {
              const h = [...rows[j][1].values()][0];
              if (h.total && h.division === head.division) break;
              if (!h.total && h.division === head.division) since += rows[j][1].get(col)?.value ?? 0;
            }
            const sumOfSubtotals = rows
              .filter(([r, c]) => r < row && [...c.values()][0].total && [...c.values()][0].division === head.division)
              .reduce((a, [, c]) => a + (c.get(col)?.value ?? 0), 0);
            const tol = (same.length * unitStep(t)) / 2;
            const ok = [all, since, sumOfSubtotals].some((x) => Math.abs(x - v.value!) <= tol);
            if (!ok) problems.push(`${t.sheet}!${v.cell}: ${v.value} vs ${all} / ${since}`);
          }
        });
      }
      expect(problems).toEqual([]);
    });

    it('keeps the ledger identity and rates', () => {
      const problems: string[] = [];
      for (const t of layout.expected) {
        if (!t.items) continue;
        const groups = new Map<number | null, Map<string, string>>();
        const fyOf = new Map(t.values.map((v) => [colOf(v.cell), v.fiscalYear]));
        for (const { column, item } of t.items) {
          const fy = fyOf.get(column) ?? null;
          if (!groups.has(fy)) groups.set(fy, new Map());
          groups.get(fy)!.set(item, column);
        }
        for (const [row, cells] of byRow(t)) {
          for (const cols of groups.values()) {
            const val = (item: string) => {
              const c = cols.get(item);
              return c ? cells.get(c)?.value ?? null : undefined;
            };
            const [a, e, k, refund, u, rate] = ['調定額', '収入済額', '不納欠損額', '還付未済額', '収入未済額', '収納率'].map(val);
            if (typeof a === 'number' && typeof e === 'number' && typeof u === 'number') {
              const identity = a - e - (k ?? 0) + (refund ?? 0);
              if (Math.abs(identity - u) > 0.5) problems.push(`${t.sheet} row ${row}: 未済 ${u} ≠ ${identity}`);
            }
            if (typeof a === 'number' && typeof e === 'number' && typeof rate === 'number' && a > 0) {
              if (Math.abs((e / a) * 100 - rate) > 0.051) problems.push(`${t.sheet} row ${row}: rate ${rate} ≠ ${(e / a) * 100}`);
            }
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it('has a header cell somewhere above each value column', () => {
      const problems: string[] = [];
      for (const t of layout.expected) {
        const sheet = sheets.get(t.sheet)!;
        const top = Math.min(...t.values.map((v) => rowOf(v.cell)));
        for (const col of new Set(t.values.map((v) => colOf(v.cell)))) {
          const c = colIndex(col);
          let found = false;
          for (let r = top - 2; r >= Math.max(0, top - 5); r--) {
            const covering = sheet.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
            const cell = covering ? sheet.rows[covering.top]?.[covering.left] : sheet.rows[r]?.[c];
            if (typeof cell?.value === 'string' && cell.value.trim()) found = true;
          }
          if (!found) problems.push(`${t.sheet} column ${col} has no header`);
        }
      }
      expect(problems).toEqual([]);
    });
  });

  it('counts its expected value cells', () => {
    const total = layouts.reduce((a, l) => a + l.expected.reduce((b, t) => b + t.values.length, 0), 0);
    expect(total).toBeGreaterThan(500);
  });
});

/**
 * A recognition that says exactly what the expectations say. It fills only the fields the scorer
 * reads, so that it keeps compiling while the model grows.
 */
const asColumn = (x: Partial<PlanColumn>) => x as PlanColumn;
const asRow = (x: Partial<PlanRow>) => x as PlanRow;
const asTable = (x: Partial<PlanTable>) => x as PlanTable;

function oracle(layout: Layout): Recognition {
  const tables: PlanTable[] = layout.expected.map((t) => {
    const deltas = new Map((t.deltas ?? []).map((d) => [d.column, d]));
    const items = new Map((t.items ?? []).map((i) => [i.column, i.item]));
    const classes = new Map((t.rowClassifications ?? []).map((r) => [r.row, r.classification]));
    const columns = new Map<string, PlanColumn>();
    const rows = new Map<number, PlanRow>();
    for (const v of t.values) {
      const col = colOf(v.cell);
      const d = deltas.get(col);
      if (!columns.has(col)) {
        columns.set(col, asColumn({
          c: colIndex(col),
          column: col,
          header: '',
          role: d ? 'delta' : 'value',
          fiscalYear: v.fiscalYear,
          kind: v.kind,
          tag: null,
          minuend: null,
          subtrahend: null,
          minuendColumn: d?.minuendColumn ?? null,
          subtrahendColumn: d?.subtrahendColumn ?? null,
          item: items.get(col) ?? null,
          yearPair: null,
          percentScaled: false,
        }));
      }
      const r = rowOf(v.cell);
      if (!rows.has(r)) {
        rows.set(r, asRow({
          row: r,
          department: v.department,
          debt: v.total ? '合計' : v.debt,
          division: v.division,
          classification: classes.get(r) ?? null,
          total: v.total,
          values: {},
          texts: {},
        }));
      }
      rows.get(r)!.values[col] = v.value;
    }
    for (const note of t.noteColumns ?? []) {
      columns.set(note, { ...[...columns.values()][0], c: colIndex(note), column: note, role: 'note', fiscalYear: null, kind: null, item: null, minuendColumn: null, subtrahendColumn: null });
    }
    return asTable({
      sheet: t.sheet,
      range: 'A1:A1',
      area: { top: 0, left: 0, bottom: 0, right: 0 },
      headerTop: 0,
      headerBottom: 0,
      title: null,
      measure: first(t.measure),
      unit: first(t.unit),
      classification: t.classification,
      columns: [...columns.values()],
      rows: [...rows.values()],
      confidence: 1,
      reasons: [],
    });
  });
  return { tables, findings: [] };
}

describe('unseen-layouts scorer', () => {
  it.each(layouts.map((l) => [l.name, l] as [string, Layout]))('gives full marks to the oracle on %s', (_n, layout) => {
    const s = scoreLayout(layout, oracle(layout));
    expect(s.misses).toEqual([]);
    expect(s.checks.filter((c) => !c.ok)).toEqual([]);
    expect(s.noPlan.filter((c) => !c.ok)).toEqual([]);
    expect(s.extraTables).toEqual([]);
    expect(s.accuracy).toBe(1);
  });

  it('names wrong cells with expected and got', () => {
    const layout = layouts.find((l) => l.expected.length > 0)!;
    const rec = oracle(layout);
    const t = rec.tables[0];
    const row = t.rows.find((r) => !r.total)!;
    const col = t.columns.find((c) => c.role === 'value')!;
    row.values[col.column] = (row.values[col.column] ?? 0) + 1;
    col.fiscalYear = 1999;
    const s = scoreLayout(layout, rec);
    expect(s.accuracy).toBeLessThan(1);
    const text = describeMisses(s);
    expect(text).toContain(`${col.column}${row.row}`);
    expect(text).toContain('1999');
  });

  it('fails every cell when the recognizer throws or finds nothing', () => {
    const layout = layouts.find((l) => l.expected.length > 0)!;
    const thrown = scoreLayout(layout, new Error('boom'));
    expect(thrown.correct).toBe(0);
    expect(describeMisses(thrown)).toContain('boom');
    const empty = scoreLayout(layout, { tables: [], findings: [] });
    expect(empty.correct).toBe(0);
    expect(empty.misses[0].got).toBe('table not recognized');
  });

  it('fails a no-plan sheet on which a table is reported', () => {
    const layout = layouts.find((l) => (l.noPlanSheets ?? []).length > 0)!;
    const rec = oracle(layout);
    rec.tables.push({ ...oracle(layouts[0]).tables[0], sheet: layout.noPlanSheets![0] });
    const s = scoreLayout(layout, rec);
    expect(s.noPlan.some((c) => !c.ok)).toBe(true);
  });
});
