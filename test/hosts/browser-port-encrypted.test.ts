/**
 * The workbench's port on a default-encrypted workbook: read through WebCrypto (the environment's,
 * as in the browser), written from the decrypted package, and 保存 downloads that package
 * unencrypted; before any write, the bytes stay the file as opened.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAll } from '../../src/core/engine';
import { BrowserPort } from '../../src/hosts/file/browser-port';
import { readWorkbook } from '../../src/hosts/file/read';

const shapes = (f: string) => new Uint8Array(readFileSync(join(__dirname, '../fixtures/shapes', f)));

describe('BrowserPort on an encrypted workbook', () => {
  it('reads it as the plain workbook, writes the decrypted package and downloads it unencrypted', async () => {
    const encrypted = shapes('encrypted-agile.xlsx');
    const port = new BrowserPort(encrypted, 'encrypted-agile.xlsx');
    const wb = await port.read();
    expect(wb).toStrictEqual(await readWorkbook(shapes('encrypted-plain.xlsx')));
    expect(port.download()).toBe(encrypted);

    const { changes, sheetNames } = runAll(wb, port.fileName);
    const result = await port.apply(changes);
    expect(result.sheetsCreated).toBeGreaterThan(0);
    const saved = port.download();
    expect([...saved.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const back = await readWorkbook(saved);
    expect(back.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([...wb.sheets.map((s) => s.name), sheetNames.summary, sheetNames.charts]));
    expect(await port.read()).toStrictEqual(back);
  });
});
