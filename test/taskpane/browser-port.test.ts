/**
 * @jest-environment node
 *
 * The file host's browser port over the bundled sample: read, recalculate through the port, and
 * the bytes 保存 downloads hold the formulas.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect, recalc } from '../../src/core/engine';
import { BrowserPort } from '../../src/hosts/file/browser-port';
import { readWorkbook } from '../../src/hosts/file/read';

const sample = () => new Uint8Array(readFileSync(join(__dirname, '../../samples/tsuyama-plan2.xlsx')));

describe('BrowserPort', () => {
  it('reads the sample once and caches it until a write', async () => {
    const port = new BrowserPort(sample(), 'tsuyama-plan2.xlsx');
    const a = await port.read();
    expect(await port.read()).toBe(a);
    expect(inspect(a, port.fileName).tables).toHaveLength(4);
    expect(port.modified).toBe(false);
  });

  it('apply writes through the file writer, keeps the new bytes and holds what they read as', async () => {
    const original = sample();
    const port = new BrowserPort(original, 'tsuyama-plan2.xlsx');
    const { changes } = recalc(await port.read(), port.fileName, '2026-11-23 10:00');
    const result = await port.apply(changes);
    expect(result.cellsWritten).toBe(changes.cells.length);
    expect(port.modified).toBe(true);
    const after = await port.read();
    expect(after.sheets.find((s) => s.name === '2-2')!.rows[5][6]?.formula).toBe('IF(OR(E6="",C6=""),"",E6-C6)');
    // What 保存 downloads is what the port reads.
    const saved = await readWorkbook(port.download());
    expect(saved.sheets.find((s) => s.name === '2-2')!.rows[5][6]?.formula).toBe('IF(OR(E6="",C6=""),"",E6-C6)');
    expect(port.blob().type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(port.download()).not.toBe(original);
  });

  it('an unreadable file is a clear error, and reading again retries', async () => {
    const port = new BrowserPort(new TextEncoder().encode('not a workbook'), 'memo.xlsx');
    await expect(port.read()).rejects.toThrow(/memo\.xlsx/);
    await expect(port.read()).rejects.toThrow(/memo\.xlsx/);
  });
});
