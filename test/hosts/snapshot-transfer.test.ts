/**
 * The snapshot packed for the trip from the workbench's reader worker to the page: unpacked, it is
 * the very snapshot read (same rows and holes, same cells and keys, merges, arrays, hidden sheets, names),
 * on every sample and fixture workbook and on cells of every kind; its typed arrays are what is
 * handed over. A sheet read into a cell store is packed from the store, its rows never made.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CellStore } from '../../src/core/cells';
import { readWorkbook } from '../../src/hosts/file/read';
import { packWorkbook, unpackWorkbook } from '../../src/hosts/file/snapshot-transfer';
import type { Cell, Workbook } from '../../src/core/workbook';
import fc from 'fast-check';
import { fuzzRuns, fuzzSeed, planSheet, randomSheet } from '../fuzz/arbitraries';

const root = join(__dirname, '../..');
const books = [
  ...readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.xlsx')).map((f) => join('samples', f)),
  ...['test/fixtures/bad', 'test/fixtures/shapes', 'test/fixtures/writer-shapes'].flatMap((d) => readdirSync(join(root, d)).filter((f) => f.endsWith('.xlsx')).map((f) => join(d, f))),
];

/** Through a structured clone, as postMessage sends it. */
const sent = (wb: Workbook) => {
  const { packed, transfer } = packWorkbook(wb);
  return { back: unpackWorkbook(structuredClone(packed, { transfer })), packed, transfer };
};

describe('packWorkbook / unpackWorkbook', () => {
  it.each(books)('%s: the snapshot read, exactly', async (book) => {
    let wb: Workbook;
    try {
      wb = await readWorkbook(new Uint8Array(readFileSync(join(root, book))), book);
    } catch {
      return; // a bad fixture the reader refuses: nothing crosses
    }
    expect(sent(wb).back).toStrictEqual(wb);
  });

  it.each(['test/fixtures/shapes/excel-mix.xlsx', 'samples/tsuyama-plan2.xlsx'])('%s: packed from the reader`s cell store, its rows never made; unpacked, the rows the store makes', async (book) => {
    const wb = await readWorkbook(new Uint8Array(readFileSync(join(root, book))), book);
    const { back } = sent(wb);
    for (const sheet of wb.sheets) expect(sheet.cells).toBeInstanceOf(CellStore);
    // Only now the reader's rows are made (toStrictEqual reads them): the very rows unpacked.
    expect(back).toStrictEqual(wb);
    for (const sheet of wb.sheets) expect(sheet.cells).toBeUndefined();
  });

  it('from a store: cells of every kind, empty rows, a row with holes, a merged area, hidden sheets', async () => {
    const wb = await readWorkbook(new Uint8Array(readFileSync(join(root, 'test/fixtures/shapes/excel-mix.xlsx'))), 'excel-mix.xlsx');
    const back = sent(wb).back;
    const rows = back.sheets[0].rows;
    expect(rows[0]).toStrictEqual([{ value: { error: '#N/A' } }, { value: 1234.5, numberFormat: '#,##0.00' }, { value: false }]);
    expect(rows[1]).toStrictEqual([]);
    expect(rows[2][1]).toStrictEqual({ value: 9.477, formula: 'A3*2+$A$3+データ!A1+LOG10(A3)' });
    expect(rows[5]).toStrictEqual([, , { value: 24 }, { value: 0.5, numberFormat: '0.0\\%' }]);
    expect(0 in rows[5]).toBe(false);
    expect(rows.slice(7)).toStrictEqual([[{ value: '結合' }], [, , { value: 97 }]]);
    expect(back.sheets[0].merges).toEqual([{ top: 7, left: 0, bottom: 8, right: 1 }]);
    expect(back.sheets.map((s) => s.hidden)).toEqual([false, true, true]);
    expect(wb.sheets[0].cells).toBeInstanceOf(CellStore);
  });

  it('the rows and columns a sheet hides', () => {
    const wb: Workbook = { sheets: [{ name: 's', rows: [[{ value: 1 }], [{ value: 2 }], [{ value: 3 }]], merges: [], hiddenRows: [1], hiddenColumns: [0, 3] }] };
    expect(sent(wb).back).toStrictEqual(wb);
  });

  it('cells of every kind, holes, empty rows, merges, arrays, hidden sheets and names', () => {
    const row: (Cell | undefined)[] = [];
    row[1] = { value: 1.5 };
    row[2] = { value: -0, numberFormat: '0.0' };
    row[4] = { value: '△ 12', formula: 'A1&"x"' };
    row[5] = { value: true };
    row[6] = { value: false, formula: 'A1>2', numberFormat: '"yes";;"no"' };
    row[7] = { value: { error: '#DIV/0!' }, formula: '1/0' };
    row[8] = { value: null, formula: 'NOW()' };
    row[9] = { value: null };
    row[10] = { value: '2024-03-31', numberFormat: 'yyyy/m/d' };
    const rows: (Cell | undefined)[][] = [];
    rows[0] = row;
    rows[2] = [];
    rows[3] = [];
    rows[3][1] = { value: 'x', numberFormat: '0.0' };
    const wb: Workbook = {
      sheets: [
        { name: '計画', rows, merges: [{ top: 0, left: 1, bottom: 1, right: 2 }], arrays: [{ top: 3, left: 1, bottom: 5, right: 1 }] },
        { name: 'data', rows: [[{ value: 'k' }]], merges: [], hidden: true },
        { name: 'empty', rows: [], merges: [] },
      ],
      names: { saiken_generated: '集計' },
    };
    const { back, packed, transfer } = sent(wb);
    expect(back).toStrictEqual(wb);
    expect(Object.is(back.sheets[0].rows[0][2]!.value, -0)).toBe(true);
    expect(1 in back.sheets[0].rows).toBe(false);
    expect(3 in back.sheets[0].rows[0]).toBe(false);
    expect(Object.keys(back.sheets[0].rows[0][6]!)).toEqual(['value', 'formula', 'numberFormat']);
    // Formats listed once a sheet; the typed arrays are the buffers handed over (detached after the trip).
    expect(packed.sheets[0].formats).toEqual(['0.0', '"yes";;"no"', 'yyyy/m/d']);
    expect(transfer.length).toBe(3 * 6);
    expect(transfer.every((b) => b.byteLength === 0)).toBe(true);
    // A cell set to undefined (the reader sets none) comes back as a hole: the same to every reader of the snapshot.
    const unset: Workbook = { sheets: [{ name: 'a', rows: [[undefined, { value: 1 }]], merges: [] }] };
    expect(sent(unset).back).toEqual(unset);
    expect(0 in sent(unset).back.sheets[0].rows[0]).toBe(false);
    const bare: Workbook = { sheets: [{ name: 'a', rows: [[{ value: 1 }]], merges: [] }] };
    expect(sent(bare).back).toStrictEqual(bare);
  });

  it('random grids and plans (the engine fuzz suite’s): every cell back with its keys, every row and hole where it was', () => {
    fc.assert(
      fc.property(fc.tuple(randomSheet('A'), planSheet('B'), randomSheet('C')), fc.option(fc.dictionary(fc.string(), fc.string())), (sheets, names) => {
        const wb: Workbook = { sheets, ...(names ? { names } : {}) };
        const { back } = sent(wb);
        expect(back).toEqual(wb);
        wb.sheets.forEach((sheet, i) => {
          const got = back.sheets[i].rows;
          expect(got.length).toBe(sheet.rows.length);
          sheet.rows.forEach((row, r) => {
            expect(got[r] === undefined).toBe(row === undefined);
            expect(got[r]?.length).toBe(row?.length);
            row?.forEach((cell, c) => {
              if (cell) expect(Object.entries(got[r][c]!)).toEqual(Object.entries(cell));
              else expect(got[r][c]).toBeUndefined();
            });
          });
        });
      }),
      { seed: fuzzSeed(), numRuns: fuzzRuns(200) },
    );
  });
});
