/**
 * The date path: numbers under date formats read by the Excel host as the file host (ExcelJS)
 * reads the same .xlsx — ISO dates, the era and kanji formats of Japanese plans included — and
 * numbers under other formats left as numbers.
 */
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../../src/hosts/file/read';
import { FakeExcel } from '../../fakes/excel';
import { normalized, portOn } from './helpers';

const CASES: [number, string][] = [
  [44287, 'yyyy/m/d'],
  [44287, '[$-ja-JP]ggge"年"m"月"d"日"'],
  [44287, 'yyyy"年"m"月"'],
  [44287.5, 'yyyy/m/d h:mm'],
  [0.75, 'h:mm'],
  [61, 'yyyy-mm-dd'],
  [2958465, 'yyyy/mm/dd'],
  [44287, '#,##0'],
  [96.5, '0.0"%"'],
  [-3, '[Red]0;"△"0'],
];

it('serial numbers under date formats read as the file host reads them', async () => {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('日付');
  CASES.forEach(([v, fmt], i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = v;
    cell.numFmt = fmt;
  });
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  const viaFile = await readWorkbook(bytes, 'dates.xlsx');
  // Excel holds the serials and the formats; the fake is filled with exactly that.
  const fake = new FakeExcel({ sheets: [], names: [], annotations: [], protected: false });
  fake.state.sheets.push({ name: '日付', visibility: 'Visible', protected: false, cells: new Map(), merges: [], charts: [], columnWidths: new Map() });
  CASES.forEach(([v, fmt], i) => fake.setCell('日付', `A${i + 1}`, { value: v, numberFormat: fmt }));
  const viaExcel = await portOn(fake).read();
  expect(normalized(viaExcel)).toEqual(normalized(viaFile));
  expect(viaExcel.sheets[0].rows[0][0]?.value).toBe('2021-04-01');
  expect(viaExcel.sheets[0].rows[7][0]?.value).toBe(44287);
});
