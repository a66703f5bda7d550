/**
 * summary over sheets read one at a time (the CLI's path: summarizeSheets over the reader's
 * openWorkbook): the same changes and the same report as summarize over the whole snapshot, on the
 * samples, on a workbook that already has its generated sheets (regenerated in place), and on one
 * whose 集計 was edited by hand (reported as edited); the plan sheets are kept without their cells.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbook, readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { summarize, summarizeSheets } from '../../src/core/engine';
import { counted } from './counted-source';
import { streamedText } from '../fuzz/arbitraries';

const sample = (file: string) => new Uint8Array(readFileSync(join(__dirname, '../../samples', file)));

async function expectSame(data: Uint8Array, file: string): Promise<ReturnType<typeof summarizeSheets>> {
  const whole = summarize(await readWorkbook(data, file), file);
  const { source, reads } = counted(await openWorkbook(data, file));
  const bySheet = summarizeSheets(source, file);
  const { workbook, ...result } = bySheet;
  expect(reads.length).toBe(new Set(reads).size);
  expect(result.changes).toStrictEqual(whole.changes);
  expect(result.edited).toEqual(whole.edited);
  expect(result.sheetNames).toEqual(whole.sheetNames);
  expect(result.omittedCharts).toEqual(whole.omittedCharts);
  // Its tables kept packed, the report is written as it is made: the very text of the whole snapshot's.
  expect(streamedText(result.report)).toBe(JSON.stringify(whole.report));
  // The plan sheets (those with tables) are kept without their cells, their merged areas kept.
  const planSheets = new Set(result.report.tables.map((t) => t.sheet));
  expect(planSheets.size).toBeGreaterThan(0);
  for (const s of workbook.sheets) if (planSheets.has(s.name)) expect(s.rows).toEqual([]);
  return bySheet;
}

describe('summary sheet by sheet', () => {
  it.each(['tsuyama-plan2.xlsx', 'hatsukaichi-plan3.xlsx', 'ledger-sample.xlsx'])('%s', async (file) => {
    const { changes } = await expectSame(sample(file), file);
    expect(changes.cells.length).toBeGreaterThan(100);
  });

  it('a workbook summarized before, then with its 集計 edited by hand', async () => {
    const file = 'tsuyama-plan2.xlsx';
    const wb = await readWorkbook(sample(file), file);
    const first = summarize(wb, file);
    const once = writeWorkbook(sample(file), first.changes, wb, file).data;
    const again = await expectSame(once, file);
    expect(again.edited).toEqual([]);
    expect(again.workbook.sheets.find((s) => s.name === first.sheetNames.summary)!.rows.length).toBeGreaterThan(0);

    const read = await readWorkbook(once, file);
    const edit = { sheets: [], cells: [{ sheet: first.sheetNames.summary, cell: 'A1', value: '手で直した' }], charts: [], marks: [], clearMarks: false, log: [] };
    const edited = writeWorkbook(once, edit, read, file).data;
    const third = await expectSame(edited, file);
    expect(third.edited).toEqual([first.sheetNames.summary]);
  });
});
