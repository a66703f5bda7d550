/**
 * Strings the reader keeps are copies of their own (`detach`), not views of the scanned piece of a
 * part. What V8 keeps alive cannot be observed here; what is observable is that the copy is the
 * same text, whatever its length and characters, and that cells read keep their shapes.
 */
import { detach } from '../../src/hosts/file/xlsx/scanner';
import { readWorkbook } from '../../src/hosts/file/read';
import { zipSync, strToU8 } from 'fflate';

describe('detach', () => {
  it.each([
    ['', 'empty'],
    ['P10581-D10581', 'thirteen characters'],
    ['SUM(C5:C49999)+ROUND(D5*0.5,0)', 'a long formula'],
    ['３－1　収入未済額の実績と目標', 'Japanese text'],
    ['\u{20BB7}野家の滞納繰越分と不納欠損額の合計', 'a surrogate pair first'],
  ])('keeps the text of %j (%s)', (s) => {
    const big = `<f>${s}</f>`.repeat(200);
    const slice = big.slice(3, 3 + s.length);
    expect(detach(slice)).toBe(s);
    expect(detach(slice).length).toBe(s.length);
  });
});

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function book(sheetData: string): Uint8Array {
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
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><worksheet ${NS}><sheetData>${sheetData}</sheetData></worksheet>`),
  });
}

describe('cells read', () => {
  it('keep their fields, their long formulas and texts, and the holes of their rows', async () => {
    const wb = await readWorkbook(
      book(
        '<row r="1"><c r="B1" t="str"><f>CONCATENATE("収入未済額の","実績と目標")</f><v>収入未済額の実績と目標</v></c><c r="D1"><f>SUM(A2:A3)+ROUND(A2*0.5,0)</f><v>3</v></c></row>' +
          '<row r="2"><c r="A2"><v>1</v></c><c r="C2" t="inlineStr"><is><t>インライン文字列の長いテキスト</t></is></c></row>' +
          '<row r="3"><c r="A3"><v>2</v></c></row>',
      ),
    );
    const rows = wb.sheets[0].rows;
    expect(rows).toStrictEqual([
      [, { value: '収入未済額の実績と目標', formula: 'CONCATENATE("収入未済額の","実績と目標")' }, , { value: 3, formula: 'SUM(A2:A3)+ROUND(A2*0.5,0)' }],
      [{ value: 1 }, , { value: 'インライン文字列の長いテキスト' }],
      [{ value: 2 }],
    ]);
    expect(Object.keys(rows[0][1]!)).toEqual(['value', 'formula']);
    expect(0 in rows[0]).toBe(false);
  });
});
