/**
 * After recalculation the engine re-reads the cells it wrote instead of recognizing the workbook
 * again (refreshTables). These tests hold it to the real thing: on the seed samples and every
 * layout of the unseen corpus (before and after damage), the refreshed tables equal, field by
 * field, what recognizing the written workbook gives; writes outside the tables fall back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../../src/hosts/file/read';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { refreshTables } from '../../../src/core/recognize/refresh';
import { recalcSheet } from '../../../src/core/recalc';
import { applyToSnapshot } from '../../../src/core/apply-snapshot';
import { contextOf, inspect, recalc } from '../../../src/core/engine';
import { emptyChangeSet } from '../../../src/core/changes';
import { sheetFromGrid, type Workbook } from '../../../src/core/workbook';
import { layouts } from '../../fixtures/layouts';

const NOW = '2026-11-23 10:00';

/** Recalculate, then compare the refreshed tables with a fresh recognition of the result. */
function compare(wb: Workbook): { written: number; refreshed: ReturnType<typeof refreshTables>; fresh: ReturnType<typeof recognizeWorkbook>['tables'] } {
  const { ctx, mappings } = contextOf(wb);
  const { tables } = recognizeWorkbook(wb, mappings);
  // Each sheet's computed cells, as the engine recalculates them (the change log's writes come after).
  const changes = emptyChangeSet();
  for (const sheet of wb.sheets) recalcSheet(sheet, tables.filter((t) => t.sheet === sheet.name), ctx.settings, changes);
  const after = applyToSnapshot(wb, changes);
  return { written: changes.cells.length, refreshed: refreshTables(tables, wb, after, changes), fresh: recognizeWorkbook(after, mappings).tables };
}

/** Every other figure typed wrong or as text, so recalc replaces many cells of many kinds. */
function damaged(wb: Workbook): Workbook {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => ({
      ...s,
      rows: s.rows.map((row, r) => row?.map((cell, c) => (cell && typeof cell.value === 'number' && (r + c) % 2 === 0 ? { ...cell, value: (r + c) % 4 === 0 ? `△ ${cell.value}` : cell.value + 7 } : cell))),
    })),
  };
}

/** How many recalculations were refreshed, and how many fell back to recognizing again. */
const tally = { refreshed: 0, fellBack: 0 };

function expectSame(book: Workbook): number {
  const { written, refreshed, fresh } = compare(book);
  if (refreshed === null) tally.fellBack++;
  else {
    tally.refreshed++;
    expect(refreshed).toEqual(fresh);
    // Key for key, in the same order: what a report or a saved JSON shows is the same too.
    expect(JSON.stringify(refreshed)).toBe(JSON.stringify(fresh));
  }
  return written;
}

describe('refreshTables equals recognizing the recalculated workbook', () => {
  // Hatsukaichi's tables hold rates with no delta or total: recalc has nothing to write there.
  it.each([
    ['tsuyama-plan2.xlsx', true],
    ['hatsukaichi-plan3.xlsx', false],
    ['ledger-sample.xlsx', true],
  ])('sample %s', async (file, writes) => {
    const wb = await readWorkbook(readFileSync(join(__dirname, '../../../samples', file)), file);
    for (const book of [wb, damaged(wb)]) expect(expectSame(book) > 0).toBe(writes);
  });

  it.each(layouts.map((l) => [l.name, l] as const))('layout %s', (_name, layout) => {
    for (const book of [layout.workbook, damaged(layout.workbook)]) expectSame(book);
  });

  it('was refreshed, not recognized again, in most of those recalculations', () => {
    expect(tally.refreshed).toBeGreaterThan(tally.fellBack);
  });

  it('re-reads a written cell: a wrong typed delta becomes the formula and its result', () => {
    const wb: Workbook = {
      sheets: [
        sheetFromGrid('計画', [
          ['所管課', '債権名', '令和元年度\n決算①', '令和2年度\n決算②', '比較\n②-①'],
          ['税務課', '市税', 100, 90, -11],
          ['福祉課', '生活保護費返還金', 50.5, 60, 9.5],
        ]),
      ],
    };
    const { refreshed, fresh } = compare(wb);
    expect(refreshed).toEqual(fresh);
    expect(refreshed![0].rows.map((r) => [r.values.E, r.formulas.E, r.decimals.E])).toEqual([
      [-10, 'IF(OR(D2="",C2=""),"",D2-C2)', 0],
      [9.5, 'IF(OR(D3="",C3=""),"",D3-C3)', 0],
    ]);
  });

  it('falls back when a write changes what recognition sees: text △ 11 becoming a number, a percent format replaced', () => {
    const text: Workbook = {
      sheets: [sheetFromGrid('計画', [['所管課', '債権名', '令和元年度\n決算①', '令和2年度\n決算②', '比較\n②-①'], ['税務課', '市税', 100, 90, '△ 11']])],
    };
    expect(compare(text).refreshed).toBeNull();
    const { tables } = recognizeWorkbook(text);
    const reformatted = { ...emptyChangeSet(), cells: [{ sheet: '計画', cell: 'C2', value: 0.5, numberFormat: '0.0%' }] };
    expect(refreshTables(tables, text, applyToSnapshot(text, reformatted), reformatted)).toBeNull();
  });

  it('falls back when the written cell is read as text elsewhere: a side-by-side table ends at "12.5", a label merged over a figure', () => {
    // The row's first cell is read as its text when the right-hand table decides where it ends:
    // 12.5 looks like a section number, 5 did not (found in review).
    const sideBySide: Workbook = {
      sheets: [
        sheetFromGrid('計画', [
          ['債権名', '③-①', '①R4目標', '③R4実績', '', '債権名', 'R4目標', 'R4実績'],
          ['市税', 0, 100, 100, '', '保育料', 50, 60],
          ['', 5, 100, 112.5, '', '給食費', '', ''],
          ['住宅', 0, 10, 10, '', '貸付金', 5, 5],
        ]),
      ],
    };
    // A delta merged into the debt column to its right: the debt name reads the delta's figure.
    const merged: Workbook = {
      sheets: [sheetFromGrid('計画', [['R3実績', 'R4実績', '前年度比較', '債権名'], [100, 110, 10, '市税'], [50, 60, 5, ''], [10, 10, 0, '住宅使用料']], ['C3:D3'])],
    };
    for (const wb of [sideBySide, merged]) {
      const { written, refreshed } = compare(wb);
      expect(written).toBeGreaterThan(0);
      expect(refreshed).toBeNull();
      const r = recalc(wb, 'x.xlsx', NOW);
      expect(r.report).toEqual({ ...inspect(applyToSnapshot(wb, r.changes), 'x.xlsx'), changes: r.report.changes });
    }
    expect(recalc(sideBySide, 'x.xlsx', NOW).report.tables.map((t) => t.range)).toEqual(['A1:D4', 'F1:H2']);
    expect(recalc(merged, 'x.xlsx', NOW).report.tables[0].rows.find((r) => r.row === 3)?.debt).toBe('10');
  });

  it('falls back (null) when a write lands outside the value cells of the tables', () => {
    const wb: Workbook = {
      sheets: [sheetFromGrid('計画', [['所管課', '債権名', '令和元年度\n決算①', '令和2年度\n決算②'], ['税務課', '市税', 100, 90]])],
    };
    const { tables } = recognizeWorkbook(wb);
    const outside = { ...emptyChangeSet(), cells: [{ sheet: '計画', cell: 'B2', value: '固定資産税' }] };
    expect(refreshTables(tables, wb, applyToSnapshot(wb, outside), outside)).toBeNull();
    const below = { ...emptyChangeSet(), cells: [{ sheet: '計画', cell: 'C9', value: 1 }] };
    expect(refreshTables(tables, wb, applyToSnapshot(wb, below), below)).toBeNull();
    const other = { ...emptyChangeSet(), cells: [{ sheet: '別紙', cell: 'A1', value: 1 }] };
    expect(refreshTables(tables, wb, applyToSnapshot(wb, other), other)).toBeNull();
    const inside = { ...emptyChangeSet(), cells: [{ sheet: '計画', cell: 'D2', value: 95 }] };
    expect(refreshTables(tables, wb, applyToSnapshot(wb, inside), inside)![0].rows[0].values.D).toBe(95);
  });
});
