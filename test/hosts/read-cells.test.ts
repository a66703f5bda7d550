/**
 * The file reader holds a sheet's cells without an object each (src/core/cells.ts): inspect reads
 * them so from end to end, and `rows`, made from them on first access, is the snapshot the reader
 * always gave.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CellStore, cellCount, WrittenCells } from '../../src/core/cells';
import { applyToSnapshot } from '../../src/core/apply-snapshot';
import { emptyChangeSet } from '../../src/core/changes';
import { recalc } from '../../src/core/engine';
import { SheetGrid } from '../../src/core/recognize/grid';
import { inspect, inspectStreamed } from '../../src/core/engine';
import { writeJson } from '../../src/core/report-json';
import type { Sheet } from '../../src/core/workbook';
import { openWorkbook, readWorkbook } from '../../src/hosts/file/read';
import { oneSheetBook } from '../fixtures/one-sheet';

const sample = (f: string) => new Uint8Array(readFileSync(join(__dirname, '../../samples', f)));
const json = (v: unknown) => {
  const parts: string[] = [];
  writeJson(v, 2, (c) => parts.push(c));
  return parts.join('');
};

describe('inspect reads the cells without making the rows', () => {
  it.each(['tsuyama-plan2.xlsx', 'hatsukaichi-plan3.xlsx'])('%s: every sheet read keeps its store; the report is the one from the rows', async (f) => {
    const source = await openWorkbook(sample(f), f);
    const read: Sheet[] = [];
    const open = source.read;
    source.read = (i) => {
      const s = open(i);
      read.push(s);
      return s;
    };
    const streamed = inspectStreamed(source, f);
    expect(read.length).toBeGreaterThan(0);
    for (const s of read) expect(s.cells).toBeInstanceOf(CellStore);
    // The same workbook with its rows made (and so no store): the same report.
    const wb = await readWorkbook(sample(f), f);
    for (const s of wb.sheets) {
      expect(s.rows.length).toBeGreaterThan(0);
      expect(s.cells).toBeUndefined();
    }
    expect(json(streamed)).toBe(json(inspect(wb, f)));
  });
});

describe('rows made from the store', () => {
  it('are the reader`s rows: holes, shapes, a merged area`s cells dropped, empty rows as []', async () => {
    const wb = await readWorkbook(
      oneSheetBook(
        '<sheetData><row r="1"><c r="C1"><v>3</v></c><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>' +
          '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="e"><v>#DIV/0!</v></c></row>' +
          '<row><c r="B1"><f>1=1</f><v>1</v></c></row>' +
          '<row r="5"><c r="A5" t="b"><v>0</v></c><c r="B5"><f>""</f></c><c r="C5"><v>9</v></c></row>' +
          '<row r="6"><c r="B6"><v>7</v></c></row></sheetData>' +
          '<mergeCells count="1"><mergeCell ref="A6:C6"/></mergeCells>',
      ),
      'b.xlsx',
    );
    const [s] = wb.sheets;
    const rows = s.rows;
    expect(rows).toStrictEqual([[{ value: 'a' }, { value: 1, formula: '1=1' }, { value: 3 }], [{ value: 1 }, { value: { error: '#DIV/0!' } }], [], [], [{ value: false }, { value: null, formula: '""' }, { value: 9 }]]);
    expect(Object.keys(rows[4][1]!)).toEqual(['value', 'formula']);
    // Kept: the rows are the sheet's from now on (a host writes to them).
    expect(s.rows).toBe(rows);
    expect(s.cells).toBeUndefined();
  });

  it('a cell given twice is refused, wherever the store holds its row', async () => {
    await expect(readWorkbook(oneSheetBook('<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row><row><c r="A1"><v>3</v></c></row></sheetData>'), 'b.xlsx')).rejects.toMatchObject({
      detail: { en: expect.stringContaining('S!A1') },
    });
  });
});

describe('CellStore', () => {
  it('puts cells in any order, in rows given again after others, and refuses a cell twice', () => {
    const s = new CellStore([undefined, '0.0%']);
    expect(s.put(0, 5, 1, undefined, 0)).toBe(true);
    expect(s.put(0, 2, 'a', undefined, 1)).toBe(true);
    expect(s.put(3, 0, true, undefined, 0)).toBe(true);
    // Row 0 again, after row 3: its cells move to the end, none lost.
    expect(s.put(0, 3, null, 'B1*2', 0)).toBe(true);
    expect(s.put(0, 2, 9, undefined, 0)).toBe(false);
    expect(s.put(3, 0, 9, undefined, 0)).toBe(false);
    expect(s.rowCount).toBe(4);
    expect(s.rowLength(0)).toBe(6);
    expect(s.rowLength(1)).toBe(0);
    expect(s.cell(0, 2)).toStrictEqual({ value: 'a', numberFormat: '0.0%' });
    expect(s.cell(0, 3)).toStrictEqual({ value: null, formula: 'B1*2' });
    expect(s.cell(0, 4)).toBeUndefined();
    expect(s.cell(0, 5)).toStrictEqual({ value: 1 });
    expect(s.cell(3, 0)).toStrictEqual({ value: true });
    expect(s.cell(9, 0)).toBeUndefined();
    expect(s.rows()).toStrictEqual([[, , { value: 'a', numberFormat: '0.0%' }, { value: null, formula: 'B1*2' }, , { value: 1 }], [], [], [{ value: true }]]);
  });

  it('holds the same cells whatever room it is given at first (a guess from a part size that may lie)', () => {
    const fill = (s: CellStore) => {
      for (let r = 0; r < 300; r++) for (let c = 0; c < 7; c++) s.put(r, (c * 3) % 7, r * 7 + c + 0.5, c === 2 ? `A${r + 1}*2` : undefined, c % 2);
      return s;
    };
    const small = fill(new CellStore([undefined, '0.0%']));
    for (const capacity of [0, 1, 2100, 1e9]) {
      const s = fill(new CellStore([undefined, '0.0%'], capacity));
      expect(s.cellCount()).toBe(2100);
      expect(s.rows()).toStrictEqual(small.rows());
    }
    expect(small.cell(299, 6)).toStrictEqual({ value: 299 * 7 + 2 + 0.5, formula: 'A300*2' });
  });

  it('removes cells: the row and the sheet end at the cells left', () => {
    const s = new CellStore([undefined]);
    s.put(0, 0, 1, undefined, 0);
    s.put(0, 1, 2, undefined, 0);
    s.put(1, 0, 3, undefined, 0);
    s.remove(0, 1);
    s.remove(0, 7);
    expect(s.rowLength(0)).toBe(1);
    s.remove(1, 0);
    expect(s.rowCount).toBe(1);
    expect(s.rows()).toStrictEqual([[{ value: 1 }]]);
  });
});

describe('writes applied over the stored cells (recalculation reads its result so)', () => {
  const SHEET =
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="C1" s="1"><v>0.5</v></c></row>' +
    '<row r="2"><c r="A2"><v>1</v></c><c r="B2"><f>A2*2</f><v>2</v></c></row><row r="4"><c r="B4"><v>4</v></c></row></sheetData>';
  /** The same writes over the reader's rows (copied) and over its store. */
  async function both() {
    const cs = emptyChangeSet();
    cs.cells.push(
      { sheet: 'S', cell: 'A1', value: 7 }, // a text replaced by a number
      { sheet: 'S', cell: 'B2', numberFormat: '0' }, // a format alone: the formula and its value stay
      { sheet: 'S', cell: 'A2', value: '' }, // emptied: a hole
      { sheet: 'S', cell: 'E2', formula: 'A2+1' }, // past the row's end
      { sheet: 'S', cell: 'C1', numberFormat: 'General' }, // General is no format
      { sheet: 'S', cell: 'B6', value: 'x' }, // past the sheet's last row
      { sheet: 'S', cell: 'B6', numberFormat: '0.0' }, // the same cell twice
      { sheet: 'S', cell: 'D4', value: '' }, // an empty cell emptied: the row stays as it was, read back to its last cell
    );
    const stored = (await openWorkbook(oneSheetBook(SHEET), 'b.xlsx')).read(0);
    const rows = (await readWorkbook(oneSheetBook(SHEET), 'b.xlsx')).sheets[0];
    return {
      stored: applyToSnapshot({ sheets: [stored] }, cs).sheets[0],
      rows: applyToSnapshot({ sheets: [rows] }, cs).sheets[0],
      before: stored,
    };
  }

  it('reads as the rows written to read, cell for cell, without making the rows', async () => {
    const { stored, rows, before } = await both();
    expect(stored.cells).toBeInstanceOf(WrittenCells);
    const g = new SheetGrid(stored);
    const h = new SheetGrid(rows);
    expect(g.rowCount).toBe(6);
    expect(g.rowCount).toBe(h.rowCount);
    for (let r = 0; r < 7; r++) {
      expect([r, g.rowLength(r)]).toEqual([r, h.rowLength(r)]);
      for (let c = 0; c < 6; c++) expect([r, c, g.cell(r, c)]).toStrictEqual([r, c, h.cell(r, c)]);
    }
    expect(g.cell(0, 0)).toStrictEqual({ value: 7 });
    expect(g.cell(1, 1)).toStrictEqual({ value: 2, formula: 'A2*2', numberFormat: '0' });
    expect(g.cell(1, 0)).toBeUndefined();
    expect(g.cell(0, 2)).toStrictEqual({ value: 0.5 });
    expect(g.cell(5, 1)).toStrictEqual({ value: 'x', numberFormat: '0.0' });
    expect(g.rowLength(3)).toBe(2);
    expect(cellCount(stored)).toBe(6);
    // The sheet read is untouched, and still its store.
    expect(before.cells).toBeInstanceOf(CellStore);
    expect(new SheetGrid(before).cell(0, 0)).toStrictEqual({ value: 'a' });
    // Its rows, when asked for, are the rows written to.
    expect(stored.rows).toStrictEqual(rows.rows);
    expect(stored.cells).toBeUndefined();
  });

  it.each([
    ['tsuyama-plan2.xlsx', true],
    ['hatsukaichi-plan3.xlsx', false],
  ])('%s: 再計算 over the stored sheets reports as over the rows (writes: %s)', async (f, writes) => {
    const source = await openWorkbook(sample(f), f);
    const stored = { names: source.names, sheets: source.sheets.map((_, i) => source.read(i)) };
    const wb = await readWorkbook(sample(f), f);
    const a = recalc(stored, f, '2026-01-01T00:00:00Z');
    const b = recalc(wb, f, '2026-01-01T00:00:00Z');
    expect(a.changes.cells.length > 0).toBe(writes);
    expect(json(a.report)).toBe(json(b.report));
    expect(a.changes).toStrictEqual(b.changes);
  });
});
