import ExcelJS from 'exceljs';
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
