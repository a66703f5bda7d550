/**
 * The reader on the shape corpus (test/fixtures/shapes, built by its build.ts): workbooks other
 * writers make that the ExcelJS-based reader refused, misread or hung on (issue 17, points 1, 3, 4),
 * each with the values it must give. Where ExcelJS read the file differently, the difference is
 * stated and checked here, so that it stays a known one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cell, Sheet, Workbook } from '../../src/core/workbook';
import { parseA1 } from '../../src/core/workbook';
import { readWorkbook, ReadError } from '../../src/hosts/file/read';
import { HOSTILE_STRINGS, MERGE_COUNT, SHAPES } from '../fixtures/shapes/build';
import { asExcelJS, readBefore } from './read-exceljs';

const dir = join(__dirname, '../fixtures/shapes');
const bytes = (f: string) => new Uint8Array(readFileSync(join(dir, f)));
const read = (f: string) => readWorkbook(bytes(f), f);
const at = (s: Sheet, ref: string): Cell | undefined => {
  const { r, c } = parseA1(ref);
  return s.rows[r]?.[c];
};

describe('shape corpus', () => {
  it.each(Object.keys(SHAPES))('%s is what build.ts makes', (f) => {
    expect(Buffer.from(SHAPES[f]()).equals(Buffer.from(bytes(f)))).toBe(true);
  });
});

describe('17.1 date-formatted formula cells whose cached result is text or an error', () => {
  it('keep the text, the error and the boolean; numbers still become dates', async () => {
    const [s] = (await read('date-formula-results.xlsx')).sheets;
    expect(at(s, 'A1')).toEqual({ value: '未定', formula: 'IF(B1="","未定",B1)', numberFormat: 'm/d/yy' });
    expect(at(s, 'B1')).toEqual({ value: { error: '#DIV/0!' }, formula: '1/0', numberFormat: 'mm-dd-yy' });
    expect(at(s, 'C1')).toEqual({ value: '2024-04-01', formula: 'DATE(2024,4,1)', numberFormat: 'm/d/yy' });
    expect(at(s, 'D1')).toEqual({ value: true, formula: 'TRUE', numberFormat: 'm/d/yy' });
    expect(at(s, 'E1')).toEqual({ value: null, formula: '""', numberFormat: 'm/d/yy' });
    expect(at(s, 'A2')).toEqual({ value: '2024-04-01', numberFormat: 'm/d/yy' });
    expect(at(s, 'B2')).toEqual({ value: '1899-12-30', numberFormat: 'mm-dd-yy' });
    expect(at(s, 'C2')).toEqual({ value: '2024-04-01', numberFormat: 'yyyy"年"m"月"d"日"' });
    // beyond JavaScript's dates: the number stays
    expect(at(s, 'D2')).toEqual({ value: 1e300, numberFormat: 'm/d/yy' });
  });

  it('ExcelJS refused the file: "Invalid time value"', async () => {
    await expect(readBefore(bytes('date-formula-results.xlsx'), 'f.xlsx')).rejects.toMatchObject({ reason: 'unreadable', detail: { en: 'Invalid time value' } });
  });

  it('the 1904 date system, as ExcelJS read it', async () => {
    const wb = await read('dates-1904.xlsx');
    expect(wb.sheets[0].rows[0]).toEqual([
      { value: '1904-01-01', numberFormat: 'mm-dd-yy' },
      { value: '2024-04-01', numberFormat: 'mm-dd-yy' },
      { value: 43921 },
    ]);
    expect(wb).toStrictEqual(await readBefore(bytes('dates-1904.xlsx'), 'f.xlsx'));
  });
});

describe("17.3 files that hung the reader (read time: see the bench's reader figures)", () => {
  it('a data validation over A1:XFD1048576 costs nothing: validations are not read', async () => {
    const wb = await read('validation-whole-sheet.xlsx');
    expect(wb.sheets[0].rows).toEqual([[{ value: 1 }]]);
  });

  it(`${MERGE_COUNT.toLocaleString('en')} merged ranges: all kept, each hiding the cell it covers`, async () => {
    const [s] = (await read('merges-50000.xlsx')).sheets;
    expect(s.merges).toHaveLength(MERGE_COUNT);
    expect(s.merges[MERGE_COUNT - 1]).toEqual({ top: MERGE_COUNT - 1, left: 0, bottom: MERGE_COUNT - 1, right: 1 });
    expect(s.rows).toHaveLength(100);
    for (let r = 0; r < 100; r++) expect(s.rows[r]).toEqual([{ value: r + 1 }]);
  });

  it('hostile shared strings: entities in the DTD never expanded, false counts ignored, runs joined, phonetic runs left out', async () => {
    const [s] = (await read('hostile-shared-strings.xlsx')).sheets;
    expect(at(s, 'A1')).toEqual({ value: `A0${'&'.repeat(9)}` });
    expect(at(s, 'B1')).toEqual({ value: `A${HOSTILE_STRINGS - 1}${'&'.repeat(9)}` });
  });
});

describe('17.4 valid workbooks that were refused', () => {
  it('namespace prefixes (x:, s:, ns0:, a relationship prefix of its own), absolute relationship targets', async () => {
    const wb = await read('prefixes.xlsx');
    expect(wb.names).toEqual({ 集計: 'mark|1' });
    const [s] = wb.sheets;
    expect(s.name).toBe('計画');
    expect(s.rows[0]).toEqual([
      { value: '市税' },
      { value: 96.2, numberFormat: '0.0' },
      { value: '△628' },
      { value: 95.2, formula: 'B1-1', numberFormat: '0.0' },
      { value: '名前空間' },
    ]);
    expect(s.merges).toEqual([{ top: 2, left: 0, bottom: 3, right: 1 }]);
    await expect(readBefore(bytes('prefixes.xlsx'), 'f.xlsx')).rejects.toMatchObject({ reason: 'unreadable' });
  });

  it('inline strings: plain, rich, with phonetic runs, given as <v>, with spaces, CDATA; shared strings with escapes and phonetic runs', async () => {
    const [s] = (await read('inline-strings.xlsx')).sheets;
    expect(s.rows[0].map((c) => c?.value)).toEqual(['市税', '△ 628', '国民健康保険料', '値として', '  空白  ', '式でない文字列', '改行\r\n付き', '住宅使用料', 'A&B', '<債権>&']);
    // ExcelJS lost every cell after the first inline string with a phonetic run
    const before = await readBefore(bytes('inline-strings.xlsx'), 'f.xlsx');
    expect(before.sheets[0].rows[0].map((c) => c?.value)).toEqual(['市税', '△ 628']);
  });

  it('UTF-16 parts, with and without a byte order mark, little- and big-endian', async () => {
    const [s] = (await read('utf16.xlsx')).sheets;
    expect(s.rows[0]).toEqual([{ value: 'ユニコード' }, { value: 42 }]);
    await expect(readBefore(bytes('utf16.xlsx'), 'f.xlsx')).rejects.toMatchObject({ reason: 'unreadable' });
  });

  it('a legacy VML drawing that is not well-formed XML is never read', async () => {
    const [s] = (await read('vml-not-xml.xlsx')).sheets;
    expect(s.rows).toEqual([[{ value: 7 }]]);
    await expect(readBefore(bytes('vml-not-xml.xlsx'), 'f.xlsx')).rejects.toMatchObject({ reason: 'unreadable' });
  });

  it('rows and cells without r: the next row, the next column', async () => {
    const [s] = (await read('without-r.xlsx')).sheets;
    expect(at(s, 'A1')).toEqual({ value: 1 });
    expect(at(s, 'B1')).toEqual({ value: 2 });
    expect(at(s, 'E1')).toEqual({ value: 5 });
    expect(at(s, 'F1')).toEqual({ value: 6 });
    expect(at(s, 'A2')).toEqual({ value: '二行目' });
    expect(at(s, 'A5')).toEqual({ value: 50 });
    expect(at(s, 'B5')).toBeUndefined();
    expect(at(s, 'C5')).toEqual({ value: 52 });
    expect(at(s, 'B6')).toEqual({ value: 61 });
    expect(s.rows).toHaveLength(6);
    await expect(readBefore(bytes('without-r.xlsx'), 'f.xlsx')).rejects.toMatchObject({ reason: 'unreadable', detail: { en: 'Invalid row number in model' } });
  });

  it('an XML-map table reads like any sheet (and as ExcelJS read it)', async () => {
    const wb = await read('xml-map-table.xlsx');
    expect(wb.sheets[0].rows).toEqual([[{ value: '債権名' }, { value: '収納率' }], [{ value: '市税' }, { value: 96.2 }]]);
    expect(wb).toStrictEqual(await readBefore(bytes('xml-map-table.xlsx'), 'f.xlsx'));
  });

  it('a workbook part found by the package relationship, with escaped part names', async () => {
    const wb = await read('workbook-elsewhere.xlsx');
    expect(wb.sheets.map((s) => s.name)).toEqual(['別の場所']);
    expect(wb.sheets[0].rows).toEqual([[{ value: 0.5, numberFormat: '0%' }]]);
    await expect(readBefore(bytes('workbook-elsewhere.xlsx'), 'f.xlsx')).rejects.toMatchObject({ reason: 'not-a-workbook' });
  });
});

describe('strict OOXML (ISO/IEC 29500 strict namespaces and relationship types)', () => {
  it('reads values, formats, formulas, merges and a very hidden sheet; an ISO date cell is a date', async () => {
    const wb = await read('strict.xlsx');
    const [s, hidden] = wb.sheets;
    expect(s.rows[0]).toEqual([
      { value: '市税' },
      { value: -1.5, numberFormat: '0.0;"△"0.0' },
      { value: '2024-04-01', numberFormat: 'mm-dd-yy' },
      { value: -3, formula: 'B1*2', numberFormat: '0.0;"△"0.0' },
    ]);
    expect(s.merges).toEqual([{ top: 0, left: 4, bottom: 1, right: 5 }]);
    expect(hidden).toEqual({ name: '設定', rows: [[{ value: true }]], merges: [], hidden: true });
    // ExcelJS read t="d" as parseFloat("2024-04-01T00:00:00") = 2024 days: 1905-07-16
    const before = await readBefore(bytes('strict.xlsx'), 'f.xlsx');
    expect(before.sheets[0].rows[0][2]).toEqual({ value: '1905-07-16', numberFormat: 'mm-dd-yy' });
    expect({ ...before, sheets: [{ ...before.sheets[0], rows: [] }, before.sheets[1]] }).toStrictEqual({ ...wb, sheets: [{ ...s, rows: [] }, hidden] });
  });
});

describe("Excel's own shapes, read as ExcelJS read them", () => {
  let wb: Workbook;
  beforeAll(async () => {
    wb = await read('excel-mix.xlsx');
  });

  it('shared formulas moved to each cell as ExcelJS moved them; an array formula on its first cell, its area kept', () => {
    const [s] = wb.sheets;
    expect(at(s, 'B3')).toEqual({ value: 9.477, formula: 'A3*2+$A$3+データ!A1+LOG10(A3)' });
    expect(at(s, 'B4')).toEqual({ value: 12.6, formula: 'A4*2+$A$3+データ!A2+LOG10(A4)' });
    expect(at(s, 'B5')).toEqual({ value: 15.7, formula: 'A5*2+$A$3+データ!A3+LOG10(A5)' });
    expect(at(s, 'C5')).toEqual({ value: 24, formula: 'SUM(A3:A5*2)' });
    expect(at(s, 'C6')).toEqual({ value: 24 });
    expect(s.arrays).toEqual([{ top: 4, left: 2, bottom: 5, right: 2 }]);
  });

  it('built-in and custom formats, booleans, errors, rows out of order, a dimension that lies, merged cells', () => {
    const [s, data, hidden] = wb.sheets;
    expect(s.rows[0]).toEqual([{ value: { error: '#N/A' } }, { value: 1234.5, numberFormat: '#,##0.00' }, { value: false }]);
    expect(at(s, 'C3')).toEqual({ value: 0.962, numberFormat: '0.00%' });
    expect(at(s, 'C4')).toEqual({ value: -5, numberFormat: '#,##0 ;[Red](#,##0)' });
    expect(at(s, 'D6')).toEqual({ value: 0.5, numberFormat: '0.0\\%' });
    expect(at(s, 'A8')).toEqual({ value: '結合' });
    expect(at(s, 'B8')).toBeUndefined();
    expect(at(s, 'A9')).toBeUndefined();
    expect(at(s, 'C9')).toEqual({ value: 97 });
    expect([data.hidden, hidden.hidden]).toEqual([true, true]);
    expect(wb.names).toEqual({ _saiken_mark: '集計|3f2a & <b>' });
  });

  it('equals the ExcelJS snapshot but for the backslash ExcelJS dropped from 0.0\\% (making it scale by 100)', async () => {
    const before = await readBefore(bytes('excel-mix.xlsx'), 'f.xlsx');
    const { book, escapes } = asExcelJS(wb);
    expect(escapes).toBe(1);
    expect(before.sheets[0].rows[5][3]).toEqual({ value: 0.5, numberFormat: '0.0%' });
    expect(book).toStrictEqual(before);
  });
});

describe('other writers', () => {
  it('SheetJS: t="n", an ISO date with milliseconds and Z, booleans, formula errors and text; as ExcelJS read it but for the date', async () => {
    const wb = await read('sheetjs.xlsx');
    expect(wb.sheets[0].rows[0]).toEqual([
      { value: '市税' },
      { value: 96.2 },
      { value: '2024-04-01', numberFormat: 'mm-dd-yy' },
      { value: true },
      { value: { error: '#DIV/0!' }, formula: '1/0' },
      { value: '市税!', formula: 'A1&"!"' },
    ]);
    const before = await readBefore(bytes('sheetjs.xlsx'), 'f.xlsx');
    expect(before.sheets[0].rows[0][2]).toEqual({ value: '1905-07-16', numberFormat: 'mm-dd-yy' });
    before.sheets[0].rows[0][2] = wb.sheets[0].rows[0][2];
    expect(wb).toStrictEqual(before);
  });

  it('Google Sheets: a custom date format, a formula with its cached value, columns before the data; as ExcelJS read it', async () => {
    const wb = await read('google-sheets.xlsx');
    expect(wb.sheets[0].rows[0]).toEqual([
      { value: '国民健康保険税' },
      { value: '2024-04-01', numberFormat: 'yyyy-mm-dd' },
      { value: 1234567, formula: 'SUM(D1:E1)', numberFormat: '#,##0' },
      { value: 1234000 },
      { value: 567 },
    ]);
    expect(wb).toStrictEqual(await readBefore(bytes('google-sheets.xlsx'), 'f.xlsx'));
  });
});

describe('where ExcelJS read wrongly', () => {
  it('a hyperlinked number, escaped text in t="str", a "false" boolean, an inline escape, a data-table formula', async () => {
    const [s] = (await read('exceljs-differences.xlsx')).sheets;
    const [before] = (await readBefore(bytes('exceljs-differences.xlsx'), 'f.xlsx')).sheets;
    // a hyperlink does not make a number text
    expect([at(s, 'A1'), at(before, 'A1')]).toEqual([{ value: 123 }, { value: '123' }]);
    // XML entities are decoded once: the cell says "&lt;b&gt;"
    expect([at(s, 'B1'), at(before, 'B1')]).toEqual([{ value: '&lt;b&gt;' }, { value: '<b>' }]);
    // xsd:boolean allows "false"; ExcelJS took parseInt("false") !== 0
    expect([at(s, 'C1'), at(before, 'C1')]).toEqual([{ value: false }, { value: true }]);
    // _x0009_ is an escaped tab in every string, inline ones included
    expect([at(s, 'D1'), at(before, 'D1')]).toEqual([{ value: 'tab\there' }, { value: 'tab_x0009_here' }]);
    // a data-table formula has no text of its own: its cached value stays (ExcelJS dropped the cell)
    expect([at(s, 'E1'), at(before, 'E1')]).toEqual([{ value: 5 }, undefined]);
  });

  it('overlapping merged ranges are read (ExcelJS refused the file)', async () => {
    const [s] = (await read('overlapping-merges.xlsx')).sheets;
    expect(s.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 0, left: 1, bottom: 0, right: 2 },
    ]);
    expect(s.rows).toEqual([[{ value: 1 }]]);
    await expect(readBefore(bytes('overlapping-merges.xlsx'), 'f.xlsx')).rejects.toMatchObject({ detail: { en: 'Cannot merge already merged cells' } });
  });

  it('a sheet name past 31 characters is kept whole (ExcelJS refused the file)', async () => {
    const wb = await read('long-sheet-name.xlsx');
    expect(wb.sheets[0].name).toBe('令和6年度債権管理計画（収納率及び滞納額の推移）参考資料その一について');
    await expect(readBefore(bytes('long-sheet-name.xlsx'), 'f.xlsx')).rejects.toMatchObject({ reason: 'unreadable' });
  });
});

describe('refusals name the file and what is wrong', () => {
  it('a shared string index past the table names the sheet and cell', async () => {
    const { unzipSync, zipSync, strToU8, strFromU8 } = await import('fflate');
    const files = unzipSync(bytes('inline-strings.xlsx'));
    files['xl/worksheets/sheet1.xml'] = strToU8(strFromU8(files['xl/worksheets/sheet1.xml']).replace('<c r="I1" t="s"><v>2</v>', '<c r="I1" t="s"><v>9</v>'));
    const err = await readWorkbook(zipSync(files), 'bad.xlsx').catch((e) => e);
    expect(err).toBeInstanceOf(ReadError);
    expect(err).toMatchObject({ reason: 'unreadable', detail: { ja: 'Sheet1!I1: 共有文字列 9 がありません（壊れています）', en: 'Sheet1!I1: shared string 9 is missing' } });
    expect(err.message).toBe('bad.xlsx: ブックを読み込めませんでした（壊れているか、途中で切れています）。詳細: Sheet1!I1: 共有文字列 9 がありません（壊れています）');
    expect(err.messageEn).toBe('bad.xlsx: the workbook could not be read (damaged or truncated). Detail: Sheet1!I1: shared string 9 is missing');
  });
});

describe('files ExcelJS read wrongly, refused (the bad-input corpus)', () => {
  const badFile = (f: string) => new Uint8Array(readFileSync(join(__dirname, '../fixtures/bad', f)));
  /** Row 6 of the plan as ExcelJS gave it: 税務課 市税, then D6 E6 F6 and the delta G6. */
  const row6 = async (f: string) => Array.from((await readBefore(badFile(f), f)).sheets[0].rows[5], (c) => c?.value ?? null);

  it.each([
    // D6 given twice (96.2, then 50): ExcelJS kept the 50, the 96.2 lost without a word.
    ['duplicate-cell.xlsx', [null, '税務課', '市税', 50, 96, 97.3, 1.1]],
    // Row 6 given again with G6 only: ExcelJS kept the second, the row's figures lost.
    ['duplicate-row.xlsx', [null, null, null, null, null, null, 1]],
    // D6 written 96,2: ExcelJS read its prefix, 96.
    ['number-not-a-number.xlsx', [null, '税務課', '市税', 96, 96, 97.3, 1.1]],
    // D6 an ISO date cell holding 2024-02-30: ExcelJS read its prefix, 2024 (days: 1905-07-16).
    ['date-not-a-date.xlsx', [null, '税務課', '市税', 2024, 96, 97.3, 1.1]],
  ])('%s: ExcelJS read row 6 wrongly; the reader refuses it', async (f, before) => {
    expect(await row6(f)).toStrictEqual(before);
    await expect(readWorkbook(badFile(f), f)).rejects.toMatchObject({ reason: 'unreadable', detail: { en: expect.stringMatching(/^計画/) } });
  });

  it('a part twice, in another case: ExcelJS read one copy (which one depends on the tool); the reader refuses', async () => {
    expect((await readBefore(badFile('duplicate-parts-case.xlsx'), 'f.xlsx')).sheets.map((s) => s.name)).toStrictEqual(['計画']);
    await expect(readWorkbook(badFile('duplicate-parts-case.xlsx'), 'f.xlsx')).rejects.toMatchObject({ reason: 'unreadable', detail: { en: expect.stringContaining('XL/worksheets/sheet1.xml') } });
  });

  it('a sheet whose relationship is missing: ExcelJS dropped the sheet (no plan table, no word); the reader refuses it naming the sheet', async () => {
    expect((await readBefore(badFile('sheet-relationship-missing.xlsx'), 'f.xlsx')).sheets).toStrictEqual([]);
    await expect(readWorkbook(badFile('sheet-relationship-missing.xlsx'), 'f.xlsx')).rejects.toMatchObject({
      reason: 'unreadable',
      detail: { en: 'sheet 計画: the relationship its r:id names is not in xl/_rels/workbook.xml.rels' },
    });
  });

  it('a sheet whose part is missing: ExcelJS dropped the sheet (no plan table, no word); the reader refuses it naming the sheet', async () => {
    expect((await readBefore(badFile('sheet-part-missing.xlsx'), 'f.xlsx')).sheets).toStrictEqual([]);
    await expect(readWorkbook(badFile('sheet-part-missing.xlsx'), 'f.xlsx')).rejects.toMatchObject({ reason: 'unreadable', detail: { en: 'sheet 計画: its part xl/worksheets/sheet1.xml is missing' } });
  });
});
