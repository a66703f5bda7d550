import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { readWorkbook, ReadError } from '../../src/hosts/file/read';

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readWorkbook', () => {
  it('reads values, formulas with their cached results, number formats, merges and errors', async () => {
    const data = await xlsx((wb) => {
      const ws = wb.addWorksheet('計画');
      ws.getCell('A1').value = '所管課';
      ws.mergeCells('A1:A2');
      ws.getCell('B3').value = 96.2;
      ws.getCell('B3').numFmt = '0.0';
      ws.getCell('C3').value = { formula: 'B3-1', result: 95.2 };
      ws.getCell('C3').numFmt = '0.0;"△"0.0';
      ws.getCell('D3').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
      ws.getCell('E3').value = { richText: [{ text: '△ ' }, { text: '628' }] };
      wb.addWorksheet('設定', { state: 'hidden' });
    });
    const wb = await readWorkbook(data);
    const [s, hidden] = wb.sheets;
    expect(s.name).toBe('計画');
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 0 }]);
    expect(s.rows[0][0]).toEqual({ value: '所管課' });
    expect(s.rows[1][0]).toBeUndefined();
    expect(s.rows[2][1]).toEqual({ value: 96.2, numberFormat: '0.0' });
    expect(s.rows[2][2]).toEqual({ value: 95.2, formula: 'B3-1', numberFormat: '0.0;"△"0.0' });
    expect(s.rows[2][3]).toEqual({ value: { error: '#DIV/0!' } });
    expect(s.rows[2][4]).toEqual({ value: '△ 628' });
    expect(hidden).toMatchObject({ name: '設定', hidden: true });
  });

  it.each([
    ['a CSV renamed to .xlsx', new TextEncoder().encode('債権名,収納率\n市税,96.2\n'), 'not-a-workbook'],
    ['an empty file', new Uint8Array(), 'not-a-workbook'],
    ['a legacy .xls (OLE compound file)', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'legacy-xls'],
    [
      'an encrypted workbook',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(Buffer.from('EncryptionInfo', 'utf16le'))]),
      'encrypted',
    ],
  ])('refuses %s with a clear message', async (_, data, reason) => {
    const err = await readWorkbook(data, 'plan.xlsx').catch((e) => e);
    expect(err).toBeInstanceOf(ReadError);
    expect(err.reason).toBe(reason);
    expect(err.message).toMatch(/^plan\.xlsx: /);
  });

  it('refuses a truncated workbook', async () => {
    const data = await xlsx((wb) => {
      wb.addWorksheet('a').getCell('A1').value = 'x';
    });
    const err = await readWorkbook(data.subarray(0, Math.floor(data.length / 2)), 'cut.xlsx').catch((e) => e);
    expect(err).toBeInstanceOf(ReadError);
    expect(err.reason).toBe('unreadable');
    expect(err.message).toContain('cut.xlsx');
  });
});

describe('the package limits', () => {
  /** The sample with one more part, and that part's size in the zip directory set to `declared`. */
  function withPart(name: string, body: Uint8Array<ArrayBuffer>, declared?: number, level: 0 | 6 = 6): Uint8Array {
    const files = unzipSync(new Uint8Array(readFileSync(join(__dirname, '../../samples/ledger-sample.xlsx'))));
    files[name] = body;
    const zip = zipSync(files, { level });
    if (declared === undefined) return zip;
    // patch the central directory entry of `name`: uncompressed size at offset 24
    const nameBytes = new TextEncoder().encode(name);
    for (let p = zip.length - 22; p > 0; p--) {
      if (zip[p] === 0x50 && zip[p + 1] === 0x4b && zip[p + 2] === 0x01 && zip[p + 3] === 0x02) {
        const len = zip[p + 28] | (zip[p + 29] << 8);
        if (len === nameBytes.length && nameBytes.every((b, i) => zip[p + 46 + i] === b)) {
          new DataView(zip.buffer, zip.byteOffset).setUint32(p + 24, declared, true);
          return zip;
        }
      }
    }
    throw new Error('entry not found');
  }

  it('refuses a part that inflates far past its compressed size even when the directory understates it', async () => {
    const data = withPart('xl/worksheets/sheet1.xml', new Uint8Array(40 * 2 ** 20).fill(0x20), 1000);
    const err = await readWorkbook(data, 'bomb.xlsx').catch((e) => e);
    expect(err).toBeInstanceOf(ReadError);
    expect(err.reason).toBe('too-large');
    expect(err.detail.en).toMatch(/^xl\/worksheets\/sheet1\.xml \d+ MB$/);
    expect(err.detail.ja).toBe(err.detail.en);
  });

  it('reads a package whose parts are stored, not deflated', async () => {
    const stored = await readWorkbook(withPart('xl/media/unused.bin', new Uint8Array(10), undefined, 0), 'stored.xlsx');
    const plain = await readWorkbook(new Uint8Array(readFileSync(join(__dirname, '../../samples/ledger-sample.xlsx'))));
    expect(plain.sheets.length).toBeGreaterThan(0);
    expect(stored).toEqual(plain);
  });
});
