/**
 * Rows and columns Excel does not show: the file host reads them from the sheet part (<row hidden="1">, <col hidden="1">),
 * the Excel host from the cells shown (getSpecialCellsOrNullObject "Visible"); both give the snapshot the same lines.
 */
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readWorkbook } from '../../src/hosts/file/read';
import { hiddenLines } from '../../src/hosts/excel/read';

async function book(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('収入未済額');
  ws.addRow(['所管課', '債権名', '令和5年度', '作業用', '備考']);
  ws.addRow(['税務課', '市税', 100, 1, null]);
  ws.addRow(['保険年金課', '旧老人保健医療費返還金', 5, 2, null]);
  ws.addRow(['住宅課', '市営住宅使用料', 40, 3, null]);
  ws.addRow(['合計', null, 140, null, null]);
  ws.getRow(3).hidden = true;
  ws.getColumn(4).hidden = true;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('the file host', () => {
  it('reads the hidden rows and columns of a sheet (0-based)', async () => {
    const [s] = (await readWorkbook(await book(), 'x.xlsx')).sheets;
    expect([s.hiddenRows, s.hiddenColumns]).toEqual([[2], [3]]);
  });

  it('whatever the order of a row’s attributes, hidden="true" too; a hidden run of columns to XFD counts to the last held', async () => {
    const files = unzipSync(await book());
    const part = 'xl/worksheets/sheet1.xml';
    let xml = strFromU8(files[part]);
    // (The fast path reads <row r="…" …>; a row whose r is not first is read by the general one.)
    xml = xml.replace(/<row r="5"([^>]*)>/, '<row hidden="true"$1 r="5">').replace(/<cols>.*<\/cols>/, '<cols><col min="5" max="16384" hidden="1" width="9"/></cols>');
    files[part] = strToU8(xml);
    const [s] = (await readWorkbook(zipSync(files), 'x.xlsx')).sheets;
    expect([s.hiddenRows, s.hiddenColumns]).toEqual([[2, 4], [4]]);
  });

  it('a sheet with none hidden has neither field', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('s').addRow([1, 2]);
    const [s] = (await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), 'x.xlsx')).sheets;
    expect('hiddenRows' in s || 'hiddenColumns' in s).toBe(false);
  });
});

describe('the Excel host', () => {
  it('takes the lines of the used range no area of the cells shown covers', () => {
    // A1:E5 with row 3 and column D hidden: A1:C2, E1:E2, A4:C5, E4:E5 shown.
    const shown = [
      { top: 0, bottom: 1, left: 0, right: 2 },
      { top: 0, bottom: 1, left: 4, right: 4 },
      { top: 3, bottom: 4, left: 0, right: 2 },
      { top: 3, bottom: 4, left: 4, right: 4 },
    ];
    expect(hiddenLines(shown, { top: 0, bottom: 4, left: 0, right: 4 })).toEqual({ rows: [2], columns: [3] });
    expect(hiddenLines([], { top: 0, bottom: 1, left: 0, right: 0 })).toEqual({ rows: [0, 1], columns: [0] });
  });
});
