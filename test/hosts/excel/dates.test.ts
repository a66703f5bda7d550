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

describe('the 1904 date system', () => {
  /** The same serials and formats in a 1900 and a 1904 workbook, as a real .xlsx and in the fake. */
  async function both(date1904: boolean) {
    const book = new ExcelJS.Workbook();
    book.properties.date1904 = date1904;
    const ws = book.addWorksheet('日付');
    CASES.forEach(([v, fmt], i) => {
      const cell = ws.getCell(i + 1, 1);
      cell.value = v;
      cell.numFmt = fmt;
    });
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const viaFile = await readWorkbook(bytes, 'dates.xlsx');
    const fake = new FakeExcel({ sheets: [], names: [], annotations: [], protected: false, date1904 });
    fake.state.sheets.push({ name: '日付', visibility: 'Visible', protected: false, cells: new Map(), merges: [], charts: [], columnWidths: new Map() });
    CASES.forEach(([v, fmt], i) => fake.setCell('日付', `A${i + 1}`, { value: v, numberFormat: fmt }));
    const before = fake.syncCount;
    const viaExcel = await portOn(fake).read();
    return { bytes, viaFile, viaExcel, syncs: fake.syncCount - before };
  }

  it('the file really says date1904="1", and both hosts read the same dates from it, four years and a day later', async () => {
    const b1904 = await both(true);
    const { unzipSync, strFromU8 } = await import('fflate');
    expect(strFromU8(unzipSync(b1904.bytes)['xl/workbook.xml'])).toMatch(/<workbookPr[^>]*date1904="1"/);
    expect(normalized(b1904.viaExcel)).toEqual(normalized(b1904.viaFile));
    expect(b1904.viaExcel.sheets[0].rows[0][0]?.value).toBe('2025-04-02');
    expect(b1904.viaExcel.sheets[0].rows[5][0]?.value).toBe('1904-03-02');
    // Not a date format: the number as it is, in either system.
    expect(b1904.viaExcel.sheets[0].rows[7][0]?.value).toBe(44287);
    // Still two syncs: the date system rides with the first.
    expect(b1904.syncs).toBe(2);

    const b1900 = await both(false);
    expect(normalized(b1900.viaExcel)).toEqual(normalized(b1900.viaFile));
    expect(b1900.viaExcel.sheets[0].rows[0][0]?.value).toBe('2021-04-01');
    expect(b1900.syncs).toBe(2);
  });

  it('a number beyond JavaScript dates under a date format stays a number (it crashed the read)', async () => {
    const fake = new FakeExcel({ sheets: [], names: [], annotations: [], protected: false });
    fake.state.sheets.push({ name: 'S', visibility: 'Visible', protected: false, cells: new Map(), merges: [], charts: [], columnWidths: new Map() });
    fake.setCell('S', 'A1', { value: 1e300, numberFormat: 'm/d/yy' });
    const wb = await portOn(fake).read();
    expect(wb.sheets[0].rows[0][0]).toEqual({ value: 1e300, numberFormat: 'm/d/yy' });
  });
});

describe('the fake’s Workbook.functions.date', () => {
  const dateIn = async (date1904: boolean, y: number, m: number, d: number) => {
    const fake = new FakeExcel({ sheets: [], names: [], annotations: [], protected: false, date1904 });
    return fake.run({}, async (ctx) => {
      const r = ctx.workbook.functions.date(y, m, d).load('value,error');
      await ctx.sync();
      return { value: r.value, error: r.error };
    });
  };
  it('DATE as ECMA-376 §18.17.7.63 and KB 175753 give it in each date system', async () => {
    expect(await dateIn(false, 1904, 1, 1)).toEqual({ value: 1462, error: undefined });
    expect(await dateIn(true, 1904, 1, 1)).toEqual({ value: 0, error: undefined });
    expect((await dateIn(false, 1900, 1, 1)).value).toBe(1);
    expect((await dateIn(false, 1900, 3, 1)).value).toBe(61);
    expect((await dateIn(false, 2021, 4, 1)).value).toBe(44287);
    expect((await dateIn(true, 2021, 4, 1)).value).toBe(44287 - 1462);
    expect((await dateIn(false, 108, 1, 2)).value).toBe(39449);
    expect((await dateIn(true, 1902, 8, 12)).error).toBe('#NUM!');
    expect((await dateIn(true, 1, 7, 5)).error).toBe('#NUM!');
    expect((await dateIn(false, 1902, 8, 12)).value).toBe(955);
  });
});

it('a plan with a date-stamped title line: both hosts give the same snapshot and the same report, in either date system', async () => {
  const { tsuyamaPlan } = await import('../../../scripts/bench/excel-syncs');
  const { inspect } = await import('../../../src/core/engine');
  for (const date1904 of [false, true]) {
    const plan = tsuyamaPlan(10).sheets[0];
    // 作成日 under a Japanese era format, the serial of 2021-04-01 in this workbook's system.
    plan.rows[1] = [{ value: '作成日' }, { value: date1904 ? 44287 - 1462 : 44287, numberFormat: '[$-ja-JP]ggge"年"m"月"d"日"' }];
    const book = new ExcelJS.Workbook();
    book.properties.date1904 = date1904;
    const ws = book.addWorksheet(plan.name);
    plan.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell) return;
        const x = ws.getCell(r + 1, c + 1);
        x.value = cell.value as ExcelJS.CellValue;
        if (cell.numberFormat) x.numFmt = cell.numberFormat;
      }),
    );
    const viaFile = await readWorkbook(new Uint8Array(await book.xlsx.writeBuffer()), 'plan.xlsx');
    const fake = FakeExcel.fromWorkbook({ sheets: [plan], names: {} });
    fake.state.date1904 = date1904;
    // fromWorkbook takes the snapshot's values as Excel holds them: the serial, not an ISO text.
    fake.setCell(plan.name, 'B2', { value: date1904 ? 44287 - 1462 : 44287, numberFormat: '[$-ja-JP]ggge"年"m"月"d"日"' });
    const viaExcel = await portOn(fake).read();
    expect(viaExcel.sheets[0].rows[1][1]?.value).toBe('2021-04-01');
    expect(normalized(viaExcel)).toEqual(normalized(viaFile));
    expect(inspect(viaExcel, 'plan.xlsx')).toEqual(inspect(viaFile, 'plan.xlsx'));
  }
});
