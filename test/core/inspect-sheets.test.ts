/**
 * inspect over sheets read one at a time (the CLI's path: src/core/engine.ts inspectStreamed over
 * the reader's openWorkbook, its tables packed, its figures written as bytes): the very text of the
 * report inspect gives over the whole snapshot, each sheet read once, and what the workbook stores
 * (column corrections on the hidden data sheet) still applied.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbook, readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { inspect, inspectStreamed } from '../../src/core/engine';
import { counted } from './counted-source';
import { DATA_SHEET } from '../../src/core/workbook-data';
import { EMPTY_MAPPINGS, mappingsChanges, withColumnMapping } from '../../src/taskpane/mappings';
import type { Report } from '../../src/core/report';
import { streamedText } from '../fuzz/arbitraries';
import { marksChanges } from '../../src/commands/run';

const sample = (file: string) => new Uint8Array(readFileSync(join(__dirname, '../../samples', file)));

describe.each(['tsuyama-plan2.xlsx', 'hatsukaichi-plan3.xlsx', 'ledger-sample.xlsx'])('inspect of %s, sheet by sheet', (file) => {
  it('gives the report inspect gives over the whole snapshot, reading each sheet once', async () => {
    const data = sample(file);
    const whole = inspect(await readWorkbook(data, file), file);
    const { source, reads } = counted(await openWorkbook(data, file));
    expect(streamedText(inspectStreamed(source, file))).toBe(JSON.stringify(whole));
    expect(whole.tables.length).toBeGreaterThan(0);
    // Every visible sheet once (the samples hide none; the data sheet is read only when present).
    expect(reads).toEqual(source.sheets.filter((s) => !s.hidden).map((s) => s.name));
  });
});

describe('a plan table on a hidden sheet', () => {
  it('is no table of the report, and is said at its first cell (a department may hide an old version; nothing is left out unseen)', async () => {
    const file = 'tsuyama-plan2.xlsx';
    const wb = await readWorkbook(sample(file), file);
    const shown = inspect(wb, file);
    const hidden = { sheets: wb.sheets.map((s) => (s.name === '3-2' ? { ...s, hidden: true } : s)) };
    const report = inspect(hidden, file);
    expect(report.tables.map((t) => t.sheet)).toEqual(shown.tables.map((t) => t.sheet).filter((s) => s !== '3-2'));
    const at = shown.tables.find((t) => t.sheet === '3-2')!.range.split(':')[0];
    expect(report.issues.filter((i) => i.sheet === '3-2').map((i) => [i.code, i.severity, i.cell])).toEqual([['hidden-sheet', 'warning', at]]);
    expect(report.issues.find((i) => i.code === 'hidden-sheet')!.message).toContain('非表示のシート「3-2」');
    // 検証 marks no cell of the hidden sheet (nobody sees it; its cells are left as they are).
    expect(marksChanges(report).marks.filter((m) => m.sheet === '3-2')).toEqual([]);
    expect(marksChanges(report).marks.length).toBe(marksChanges(shown).marks.filter((m) => m.sheet !== '3-2').length);
  });
});

describe('a workbook with stored column corrections, read sheet by sheet', () => {
  it('applies the corrections from the hidden data sheet, read before the plans', async () => {
    const file = 'tsuyama-plan2.xlsx';
    const wb = await readWorkbook(sample(file), file);
    // Correct 2-1's column C (平成28年 2017年 決算値①, read as fiscal year 2016) to 2015.
    const m = withColumnMapping(EMPTY_MAPPINGS, { sheet: '2-1', range: 'A3:I43' }, { column: 'C', fiscalYear: 2015 });
    const written = writeWorkbook(sample(file), mappingsChanges(wb, m), wb, file).data;

    const { source, reads } = counted(await openWorkbook(written, file));
    const text = streamedText(inspectStreamed(source, file));
    const report = JSON.parse(text) as Report;
    expect(reads[0]).toBe(DATA_SHEET);
    expect(reads.filter((n) => n === DATA_SHEET)).toHaveLength(1);
    const table = report.tables.find((t) => t.sheet === '2-1' && t.range === 'A3:I43')!;
    expect(table.columns.find((c) => c.column === 'C')!.fiscalYear).toBe(2015);
    expect(table.observations.find((o) => o.cell === 'C6')).toMatchObject({ debt: '生活改善資金貸付金', fiscalYear: 2015, value: 73.6 });
    expect(text).toBe(JSON.stringify(inspect(await readWorkbook(written, file), file)));
  });
});

describe('an unreadable sheet', () => {
  it('is a ReadError naming the file when that sheet is read, as readWorkbook gives it', async () => {
    const { zipSync, unzipSync, strToU8 } = await import('fflate');
    const parts = unzipSync(sample('tsuyama-plan2.xlsx'));
    const sheet = Object.keys(parts).find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))!;
    parts[sheet] = strToU8('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>99999</v></c></row></sheetData></worksheet>');
    const broken = zipSync(parts);
    const viaWhole = await readWorkbook(broken, 'x.xlsx').then(() => null, (e: Error) => e);
    expect(viaWhole).not.toBeNull();
    const source = await openWorkbook(broken, 'x.xlsx');
    expect(() => inspectStreamed(source, 'x.xlsx')).toThrow(viaWhole!.message);
  });
});
