/**
 * A streamed report writes each observation of a row table straight from its row and column
 * (writeObservations): the very text JSON.stringify gives the observation object
 * reportObservationsOf makes, for every table of the samples, the seeds' layouts, the observation
 * corpus and random workbooks, including total rows, deltas, nulls and odd numbers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { readWorkbook } from '../../src/hosts/file/read';
import { recognizeWorkbook } from '../../src/core/recognize';
import { writeObservations, reportObservationsOf } from '../../src/core/recognize/observations';
import type { PlanTable } from '../../src/core/recognize/model';
import { JsonArray, writeJsonBytes } from '../../src/core/report-json';
import { layouts } from '../fixtures/layouts';
import { observationWorkbooks } from '../fixtures/observations';
import { workbook as workbookArb } from '../fuzz/arbitraries';

/** What writeObservations writes, as the CLI's report does (UTF-8 chunks, here small ones so that pieces are cut). */
function written(t: PlanTable, chunkBytes: number): string {
  const chunks: Uint8Array[] = [];
  writeJsonBytes(new JsonArray((out) => writeObservations(t, out)), 0, (c) => chunks.push(c), chunkBytes);
  return Buffer.concat(chunks).toString('utf8');
}

function expectSameText(t: PlanTable): number {
  const observations = reportObservationsOf(t);
  for (const size of [1 << 20, 37]) expect(written(t, size)).toBe(JSON.stringify(observations));
  return observations.length;
}

describe('observations written as text', () => {
  it.each(['tsuyama-plan2.xlsx', 'hatsukaichi-plan3.xlsx', 'ledger-sample.xlsx'])('%s', async (file) => {
    const wb = await readWorkbook(new Uint8Array(readFileSync(join(__dirname, '../../samples', file))), file);
    const { tables } = recognizeWorkbook(wb);
    expect(tables.map(expectSameText).reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
  });

  it('the layouts and the observation corpus', () => {
    let n = 0;
    for (const wb of [...layouts.map((l) => l.workbook), ...observationWorkbooks]) for (const t of recognizeWorkbook(wb).tables) n += expectSameText(t);
    expect(n).toBeGreaterThan(1000);
  });

  it('a table with total rows, deltas, blanks, -0, huge and tiny numbers, a column of a 区分 and a part (うち) row', () => {
    const cols = ['C', 'D', 'E'].map((column, k) => ({ column, c: k + 2, yearPair: null, percentScaled: false, shownDivided: k === 1 ? 1000 : 1, header: column, role: k === 2 ? ('delta' as const) : ('value' as const), fiscalYear: k === 2 ? null : 2020 + k, kind: k === 1 ? ('target' as const) : null, tag: null, minuend: null, subtrahend: null, minuendColumn: null, subtrahendColumn: null, item: null, division: k === 0 ? ('現年度分' as const) : null }));
    const row = (n: number, total: boolean, values: Record<string, number | null>) => ({ row: n, department: total ? '合計' : '税務課"\\', debt: total ? null : '市民税\u2028', division: null, classification: '強制徴収公債権' as const, total, part: n === 3, values, texts: {}, decimals: {}, notes: {}, dashes: [], formulas: {} });
    const t: PlanTable = {
      sheet: 's', shape: 'rows', range: 'A1:E4', area: { top: 0, left: 0, bottom: 3, right: 4 }, headerTop: 0, headerBottom: 0, title: '収入未済額の目標', measure: 'amount', unit: '千円', classification: null, columns: cols, confidence: 1, reasons: [],
      rows: [row(2, false, { C: -0, D: 1e21, E: null }), row(3, false, { C: 5e-7, D: Infinity, E: -12.5 }), row(4, true, { C: 0.1 + 0.2, D: null, E: NaN })],
    };
    // Every figure but the two nulls: NaN and Infinity are figures the report writes as null, as JSON.stringify does.
    expect(expectSameText(t)).toBe(7);
  });

  it('random workbooks', () => {
    fc.assert(fc.property(workbookArb, (wb) => void recognizeWorkbook(wb).tables.forEach(expectSameText)), { numRuns: 300, seed: 20261203 });
  });
});
