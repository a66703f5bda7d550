/**
 * Shared by the Excel host tests: the seed samples through the file host, and the same cells in
 * the fake Excel.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../../src/hosts/file/read';
import type { Cell, Sheet, Workbook } from '../../../src/core/workbook';
import { ExcelPort } from '../../../src/hosts/excel/port';
import { FakeExcel, type FakeOptions } from '../../fakes/excel';

export const SAMPLES = ['tsuyama-plan2.xlsx', 'hatsukaichi-plan3.xlsx', 'ledger-sample.xlsx'] as const;

export function sampleBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(__dirname, '../../../samples', file)));
}

export async function sample(file: string): Promise<Workbook> {
  return readWorkbook(sampleBytes(file), file);
}

export function portOn(fake: FakeExcel, options: { chunkBytes?: number; blockBytes?: number; markAnnotation?: 'comment' | 'note' } = {}): ExcelPort {
  return new ExcelPort({ run: fake.run, requirements: fake.requirements, library: fake.library, ...options });
}

export async function fakeOf(file: string, options?: FakeOptions): Promise<FakeExcel> {
  return FakeExcel.fromWorkbook(await sample(file), options);
}

/**
 * A snapshot compared as data: sparse rows become explicit, merges and arrays sorted. A sheet's
 * stored cells are read from their store, its rows not made (the snapshot is left as it was).
 */
export function normalized(wb: Workbook): unknown {
  return {
    names: wb.names ?? {},
    sheets: wb.sheets.map((s) => ({
      name: s.name,
      hidden: !!s.hidden,
      merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left),
      arrays: [...(s.arrays ?? [])].sort((a, b) => a.top - b.top || a.left - b.left),
      hiddenRows: s.hiddenRows ?? [],
      hiddenColumns: s.hiddenColumns ?? [],
      cells: cellsOf(s),
      rows: s.cells ? s.cells.rowCount : s.rows.length,
    })),
  };
}

/** [row, column, cell] of every cell, in order; a cell as its fields (a stored cell may be made with others). */
function cellsOf(s: Sheet): [number, number, Cell][] {
  const out: [number, number, Cell][] = [];
  const put = (r: number, c: number, cell: Cell | undefined) => {
    if (!cell) return;
    const { value, formula, numberFormat } = cell;
    out.push([r, c, { value, ...(formula !== undefined && { formula }), ...(numberFormat !== undefined && { numberFormat }) }]);
  };
  const store = s.cells;
  if (store) for (let r = 0; r < store.rowCount; r++) for (let c = 0; c < store.rowLength(r); c++) put(r, c, store.cell(r, c));
  else s.rows.forEach((row, r) => row?.forEach((cell, c) => put(r, c, cell)));
  return out;
}
