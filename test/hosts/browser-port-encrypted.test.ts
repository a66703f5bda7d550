/**
 * The workbench's port on a default-encrypted workbook: read through WebCrypto (the environment's,
 * as in the browser), written from the decrypted package, and 保存 downloads that package
 * unencrypted; before any write, the bytes stay the file as opened.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAll } from '../../src/core/engine';
import { BrowserPort } from '../../src/hosts/file/browser-port';
import { packageBytes, readWorkbook } from '../../src/hosts/file/read';
import type { Workbook } from '../../src/core/workbook';
import { normalized } from './excel/helpers';

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
    // What the port holds after the write is what the downloaded file reads as.
    expect(normalized(await port.read())).toEqual(normalized(back));
  });

  it('decrypts once: the package of the first read serves the reader and the write', async () => {
    const encrypted = shapes('encrypted-agile.xlsx');
    // WebCrypto as the browser has it, counted: one decryption is one key derivation's 100,000
    // hashes and the package's AES blocks, measured on packageBytes itself.
    const subtle = globalThis.crypto.subtle;
    const digest = jest.spyOn(subtle, 'digest');
    const decrypt = jest.spyOn(subtle, 'decrypt');
    try {
      const plain = await packageBytes(encrypted, 'encrypted-agile.xlsx');
      const once = [digest.mock.calls.length, decrypt.mock.calls.length];
      expect(once[0]).toBeGreaterThanOrEqual(100000);
      expect(once[1]).toBeGreaterThan(0);
      digest.mockClear();
      decrypt.mockClear();

      // A reader as a worker is: it is handed the package, never the compound file.
      const handed: Uint8Array[] = [];
      const reader = (data: Uint8Array, name: string): Promise<Workbook> => {
        handed.push(data);
        return readWorkbook(data, name);
      };
      const port = new BrowserPort(encrypted, 'encrypted-agile.xlsx', reader);
      const wb = await port.read();
      expect(await port.read()).toBe(wb);
      const { changes } = runAll(wb, port.fileName);
      await port.apply(changes);
      const back = await port.read();
      expect(back.sheets.length).toBeGreaterThan(wb.sheets.length);
      expect([digest.mock.calls.length, decrypt.mock.calls.length]).toEqual(once);
      // The reader was handed the package once; the write's result is held as its changes leave it,
      // and what it wrote is the package, unencrypted.
      expect(handed).toHaveLength(1);
      expect(handed[0]).toEqual(plain);
      expect([...port.download().subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
      expect(normalized(back)).toEqual(normalized(await readWorkbook(port.download())));
    } finally {
      digest.mockRestore();
      decrypt.mockRestore();
    }
  });
});
