/**
 * Shared by the Excel host tests: the seed samples through the file host, and the same cells in
 * the fake Excel.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../../src/hosts/file/read';
import type { Workbook } from '../../../src/core/workbook';
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

/** A snapshot compared as data: sparse rows become explicit, merges and arrays sorted. */
export function normalized(wb: Workbook): unknown {
  return {
    names: wb.names ?? {},
    sheets: wb.sheets.map((s) => ({
      name: s.name,
      hidden: !!s.hidden,
      merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left),
      arrays: [...(s.arrays ?? [])].sort((a, b) => a.top - b.top || a.left - b.left),
      cells: s.rows.flatMap((row, r) => (row ?? []).flatMap((c, col) => (c ? [[r, col, c]] : []))),
      rows: s.rows.length,
    })),
  };
}
