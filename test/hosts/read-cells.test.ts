/**
 * The file reader holds a sheet's cells without an object each (src/core/cells.ts): inspect reads
 * them so from end to end, and `rows`, made from them on first access, is the snapshot the reader
 * always gave.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { CellStore } from '../../src/core/cells';
import { inspect, inspectStreamed } from '../../src/core/engine';
import { writeJson } from '../../src/core/report-json';
import type { Sheet } from '../../src/core/workbook';
import { openWorkbook, readWorkbook } from '../../src/hosts/file/read';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function book(sheet: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(`<?xml version="1.0"?><workbook ${NS}><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><worksheet ${NS}>${sheet}</worksheet>`),
  });
}

const sample = (f: string) => new Uint8Array(readFileSync(join(__dirname, '../../samples', f)));
const json = (v: unknown) => {
  const parts: string[] = [];
  writeJson(v, 2, (c) => parts.push(c));
  return parts.join('');
};

describe('inspect reads the cells without making the rows', () => {
  it.each(['tsuyama-plan2.xlsx', 'hatsukaichi-plan3.xlsx'])('%s: every sheet read keeps its store; the report is the one from the rows', async (f) => {
    const source = await openWorkbook(sample(f), f);
    const read: Sheet[] = [];
    const open = source.read;
    source.read = (i) => {
      const s = open(i);
      read.push(s);
      return s;
    };
    const streamed = inspectStreamed(source, f);
    expect(read.length).toBeGreaterThan(0);
    for (const s of read) expect(s.cells).toBeInstanceOf(CellStore);
    // The same workbook with its rows made (and so no store): the same report.
    const wb = await readWorkbook(sample(f), f);
    for (const s of wb.sheets) {
      expect(s.rows.length).toBeGreaterThan(0);
      expect(s.cells).toBeUndefined();
    }
    expect(json(streamed)).toBe(json(inspect(wb, f)));
  });
});

describe('rows made from the store', () => {
  it('are the reader`s rows: holes, shapes, a merged area`s cells dropped, empty rows as []', async () => {
    const wb = await readWorkbook(
      book(
        '<sheetData><row r="1"><c r="C1"><v>3</v></c><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>' +
          '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="e"><v>#DIV/0!</v></c></row>' +
          '<row><c r="B1"><f>1=1</f><v>1</v></c></row>' +
          '<row r="5"><c r="A5" t="b"><v>0</v></c><c r="B5"><f>""</f></c><c r="C5"><v>9</v></c></row>' +
          '<row r="6"><c r="B6"><v>7</v></c></row></sheetData>' +
          '<mergeCells count="1"><mergeCell ref="A6:C6"/></mergeCells>',
      ),
      'b.xlsx',
    );
    const [s] = wb.sheets;
    const rows = s.rows;
    expect(rows).toStrictEqual([[{ value: 'a' }, { value: 1, formula: '1=1' }, { value: 3 }], [{ value: 1 }, { value: { error: '#DIV/0!' } }], [], [], [{ value: false }, { value: null, formula: '""' }, { value: 9 }]]);
    expect(Object.keys(rows[4][1]!)).toEqual(['value', 'formula']);
    // Kept: the rows are the sheet's from now on (a host writes to them).
    expect(s.rows).toBe(rows);
    expect(s.cells).toBeUndefined();
  });

  it('a cell given twice is refused, wherever the store holds its row', async () => {
    await expect(readWorkbook(book('<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row><row><c r="A1"><v>3</v></c></row></sheetData>'), 'b.xlsx')).rejects.toMatchObject({
      detail: { en: expect.stringContaining('S!A1') },
    });
  });
});

describe('CellStore', () => {
  it('puts cells in any order, in rows given again after others, and refuses a cell twice', () => {
    const s = new CellStore([undefined, '0.0%']);
    expect(s.put(0, 5, 1, undefined, 0)).toBe(true);
    expect(s.put(0, 2, 'a', undefined, 1)).toBe(true);
    expect(s.put(3, 0, true, undefined, 0)).toBe(true);
    // Row 0 again, after row 3: its cells move to the end, none lost.
    expect(s.put(0, 3, null, 'B1*2', 0)).toBe(true);
    expect(s.put(0, 2, 9, undefined, 0)).toBe(false);
    expect(s.put(3, 0, 9, undefined, 0)).toBe(false);
    expect(s.rowCount).toBe(4);
    expect(s.rowLength(0)).toBe(6);
    expect(s.rowLength(1)).toBe(0);
    expect(s.cell(0, 2)).toStrictEqual({ value: 'a', numberFormat: '0.0%' });
    expect(s.cell(0, 3)).toStrictEqual({ value: null, formula: 'B1*2' });
    expect(s.cell(0, 4)).toBeUndefined();
    expect(s.cell(0, 5)).toStrictEqual({ value: 1 });
    expect(s.cell(3, 0)).toStrictEqual({ value: true });
    expect(s.cell(9, 0)).toBeUndefined();
    expect(s.rows()).toStrictEqual([[, , { value: 'a', numberFormat: '0.0%' }, { value: null, formula: 'B1*2' }, , { value: 1 }], [], [], [{ value: true }]]);
  });

  it('removes cells: the row and the sheet end at the cells left', () => {
    const s = new CellStore([undefined]);
    s.put(0, 0, 1, undefined, 0);
    s.put(0, 1, 2, undefined, 0);
    s.put(1, 0, 3, undefined, 0);
    s.remove(0, 1);
    s.remove(0, 7);
    expect(s.rowLength(0)).toBe(1);
    s.remove(1, 0);
    expect(s.rowCount).toBe(1);
    expect(s.rows()).toStrictEqual([[{ value: 1 }]]);
  });
});
