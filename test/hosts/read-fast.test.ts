/**
 * The fast path of `<sheetData>` (src/hosts/file/xlsx/sheet-cells.ts) against the generic scanner's
 * reading of the same part: the common forms give the cells they must, every odd form reads as the
 * generic scanner reads it, and so does every part cut into pieces anywhere (the reader is fed a part
 * in pieces: 64 KB from a part inflated whole, smaller ones from the streaming inflater).
 */
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import type { Sheet } from '../../src/core/workbook';
import { readSheet, type SheetContext } from '../../src/hosts/file/xlsx/sheet';
import { CellType, matchCells, plainIndex, plainNumber, type CellSink } from '../../src/hosts/file/xlsx/sheet-cells';
import type { ZipReader } from '../../src/hosts/file/xlsx/zip';

const ctx: SheetContext = {
  styles: {
    format: [undefined, '#,##0', '#,##0;"△"#,##0', 'yyyy/m/d', undefined],
    isDate: [false, false, false, true, false],
  },
  strings: ['所管課', '税務課 市民税（滞納繰越分）の収入未済額', null, 'x'],
  date1904: false,
};

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><dimension ref="A1:Z9"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>';
const TAIL = '</sheetData><mergeCells count="1"><mergeCell ref="A40:B40"/></mergeCells></worksheet>';
const part = (sheetData: string) => HEAD + sheetData + TAIL;

/** A zip reader holding one part, handed on in pieces cut at the given byte offsets. */
function pieces(xml: string, cuts: number[] = []): ZipReader {
  const bytes = new TextEncoder().encode(xml);
  const at = [...new Set(cuts.filter((c) => c > 0 && c < bytes.length))].sort((a, b) => a - b);
  return {
    // The declared size the reader makes room for its cells by.
    entry: () => ({ size: bytes.length }),
    read(_name: string, sink: (bytes: Uint8Array, final: boolean) => void) {
      let from = 0;
      for (const c of at) {
        sink(bytes.subarray(from, c), false);
        from = c;
      }
      sink(bytes.subarray(from), true);
    },
  } as unknown as ZipReader;
}

type Outcome = { sheet: Omit<Sheet, 'hidden'> } | { error: string };

function read(xml: string, fast: boolean, cuts: number[] = []): Outcome {
  try {
    return { sheet: readSheet(pieces(xml, cuts), 'xl/worksheets/sheet1.xml', 'S', ctx, { fast }) };
  } catch (e) {
    return { error: `${(e as Error).constructor.name}: ${(e as Error).message}` };
  }
}

/** The generic scanner's reading of the part fed whole: what every other reading must equal. */
const reference = (xml: string) => read(xml, false);

function cellsOf(o: Outcome) {
  if ('error' in o) throw new Error(o.error);
  return o.sheet.rows;
}

// ---------------------------------------------------------------------------------------------

/** Rows as Excel writes them (spans, dyDescent, a style on the row) with every fast form. */
const EXCEL_ROWS =
  '<row r="1" spans="1:6" x14ac:dyDescent="0.4"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="4"/><c r="D1" t="s"><v>2</v></c><c r="E1" s="2"><v>-1234.5</v></c></row>' +
  '<row r="2" spans="1:6" s="4" customFormat="1" ht="18.75" customHeight="1" x14ac:dyDescent="0.4"><c r="A2" s="2"><f>C2-D2</f><v>-3</v></c><c r="B2" s="3"><v>45383</v></c><c r="C2" t="n"><v>0.1</v></c><c r="D2" t="str"><f>B1&amp;"計"</f><v>税務課 市民税（滞納繰越分）の収入未済額計</v></c><c r="F2" s="1"><f>SUM(A2:E2)</f><v>45380.1</v></c></row>' +
  '<row r="3" spans="1:6" x14ac:dyDescent="0.4"/>' +
  '<row r="4"><c r="AB4" s="2"><v>7</v></c><c r="XFD4"><v>8</v></c></row>' +
  // LibreOffice's formulas; an Excel shared formula whose master the generic scanner reads, its other cells the fast path
  '<row r="5" customFormat="false" ht="12.8" hidden="false"><c r="A5" s="2" t="n"><f aca="false">C5-D5</f><v>-801</v></c><c r="B5" s="0" t="n"><f aca="true">A5</f><v>-801</v></c></row>' +
  '<row r="6"><c r="A6" s="2"><f t="shared" ref="A6:A8" si="7">C6-D6</f><v>1</v></c></row><row r="7"><c r="A7" s="2"><f t="shared" si="7"/><v>2</v></c></row><row r="8"><c r="A8"><f t="shared" si="7"/></c></row>';

describe('the fast forms', () => {
  it('read into the cells they hold', () => {
    const rows = cellsOf(read(part(EXCEL_ROWS), true));
    expect(rows[0]).toStrictEqual([{ value: '所管課', numberFormat: '#,##0' }, { value: '税務課 市民税（滞納繰越分）の収入未済額' }, , , { value: -1234.5, numberFormat: '#,##0;"△"#,##0' }]);
    expect(rows[1]).toStrictEqual([
      { value: -3, formula: 'C2-D2', numberFormat: '#,##0;"△"#,##0' },
      { value: '2024-04-01', numberFormat: 'yyyy/m/d' },
      { value: 0.1 },
      { value: '税務課 市民税（滞納繰越分）の収入未済額計', formula: 'B1&"計"' },
      ,
      { value: 45380.1, formula: 'SUM(A2:E2)', numberFormat: '#,##0' },
    ]);
    expect(rows[2]).toStrictEqual([]);
    expect(rows[3][27]).toStrictEqual({ value: 7, numberFormat: '#,##0;"△"#,##0' });
    expect(rows[3][16383]).toStrictEqual({ value: 8 });
    expect(rows[3].filter(Boolean)).toHaveLength(2);
    expect(rows[4]).toStrictEqual([{ value: -801, formula: 'C5-D5', numberFormat: '#,##0;"△"#,##0' }, { value: -801, formula: 'A5' }]);
    expect(rows.slice(5)).toStrictEqual([
      [{ value: 1, formula: 'C6-D6', numberFormat: '#,##0;"△"#,##0' }],
      [{ value: 2, formula: 'C7-D7', numberFormat: '#,##0;"△"#,##0' }],
      [{ value: null, formula: 'C8-D8' }],
    ]);
    expect(read(part(EXCEL_ROWS), true)).toStrictEqual(reference(part(EXCEL_ROWS)));
  });

  it('are matched whole by the fast path, each with its place, style, type and text', () => {
    const calls: unknown[][] = [];
    const sink: CellSink = {
      row: (n, empty) => calls.push(['row', n, empty]),
      endRow: () => calls.push(['end']),
      cell: (buf, r, c, s, t, f0, f1, shared, v0, v1) => calls.push(['c', r, c, s, t, f0 < 0 ? null : `${shared ? 'si ' : ''}${buf.slice(f0, f1)}`, v0 < 0 ? null : buf.slice(v0, v1)]),
    };
    const master = EXCEL_ROWS.indexOf('<c r="A6"');
    expect(matchCells(EXCEL_ROWS, 0, sink)).toBe(master);
    expect(matchCells(EXCEL_ROWS, EXCEL_ROWS.indexOf('</row>', master), sink)).toBe(EXCEL_ROWS.length);
    expect(calls).toStrictEqual([
      ['row', 1, false],
      ['c', 0, 0, 1, CellType.S, null, '0'],
      ['c', 0, 1, 0, CellType.S, null, '1'],
      ['c', 0, 2, 4, CellType.None, null, null],
      ['c', 0, 3, 0, CellType.S, null, '2'],
      ['c', 0, 4, 2, CellType.None, null, '-1234.5'],
      ['end'],
      ['row', 2, false],
      ['c', 1, 0, 2, CellType.None, 'C2-D2', '-3'],
      ['c', 1, 1, 3, CellType.None, null, '45383'],
      ['c', 1, 2, 0, CellType.N, null, '0.1'],
      ['c', 1, 3, 0, CellType.Str, 'B1&amp;"計"', '税務課 市民税（滞納繰越分）の収入未済額計'],
      ['c', 1, 5, 1, CellType.None, 'SUM(A2:E2)', '45380.1'],
      ['end'],
      ['row', 3, true],
      ['row', 4, false],
      ['c', 3, 27, 2, CellType.None, null, '7'],
      ['c', 3, 16383, 0, CellType.None, null, '8'],
      ['end'],
      ['row', 5, false],
      ['c', 4, 0, 2, CellType.N, 'C5-D5', '-801'],
      ['c', 4, 1, 0, CellType.N, 'A5', '-801'],
      ['end'],
      ['row', 6, false],
      ['end'],
      ['row', 7, false],
      ['c', 6, 0, 2, CellType.None, 'si 7', '2'],
      ['end'],
      ['row', 8, false],
      ['c', 7, 0, 0, CellType.None, 'si 7', null],
      ['end'],
    ]);
  });

  it.each([
    ['an inline string', '<c r="A1" t="inlineStr"><is><t>a</t></is></c>'],
    ['attributes in another order', '<c s="1" r="A1"><v>1</v></c>'],
    ['a prefix', '<x:c r="A1"><x:v>1</x:v></x:c>'],
    ['a shared formula\'s master', '<c r="A1"><f t="shared" ref="A1:A3" si="0">B1</f><v>1</v></c>'],
    ['a shared formula\'s cell with text', '<c r="A1"><f t="shared" si="0">B1</f><v>1</v></c>'],
    ['a shared formula\'s cell with its attributes in another order', '<c r="A1"><f si="0" t="shared"/><v>1</v></c>'],
    ['a shared formula\'s cell without digits', '<c r="A1"><f t="shared" si=""/><v>1</v></c>'],
    ['an array formula', '<c r="A1"><f t="array" ref="A1">B1</f><v>1</v></c>'],
    ['another attribute on <f>', '<c r="A1"><f aca="false" ca="1">B1</f><v>1</v></c>'],
    ['a boolean', '<c r="A1" t="b"><v>1</v></c>'],
    ['an error', '<c r="A1" t="e"><v>#N/A</v></c>'],
    ['an ISO date', '<c r="A1" t="d"><v>2024-04-01</v></c>'],
    ['a missing r', '<c s="1"><v>1</v></c>'],
    ['an r without a row number', '<c r="A"><v>1</v></c>'],
    ['four letters', '<c r="ABCD1"><v>1</v></c>'],
    ['a style without digits', '<c r="A1" s=""><v>1</v></c>'],
    ['an attribute it does not know', '<c r="A1" s="1" t="s" cm="1"><v>0</v></c>'],
    ['a space before ">"', '<c r="A1" ><v>1</v></c>'],
    ['whitespace between children', '<c r="A1"> <v>1</v></c>'],
    ['a comment in the cell', '<c r="A1"><!-- x --><v>1</v></c>'],
    ['CDATA', '<c r="A1" t="str"><v><![CDATA[a<b]]></v></c>'],
    ['an empty <v/>', '<c r="A1"><v/></c>'],
    ['an empty formula <f/>', '<c r="A1"><f/><v>1</v></c>'],
    ['a cell cut short', '<c r="A1"><v>1</v>'],
    ['a row without r', '<row><c r="A1"><v>1</v></c></row>'],
    ['row 0', '<row r="0">'],
    ['a row number with a sign', '<row r="+1">'],
    ['a close tag with a space', '</row >'],
  ])('decline %s', (_what, xml) => {
    const sink: CellSink = { row: () => {}, endRow: () => {}, cell: () => {} };
    expect(matchCells(xml, 0, sink)).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------

/** Forms the fast path declines or that sit at its edges, each with what it must read as. */
const ODD: [string, string, (rows: Omit<Sheet, 'hidden'>['rows']) => void][] = [
  ['an inline string with rich text and a phonetic run', '<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>税</t></r><r><t xml:space="preserve">務 _x000D_課</t></r><rPh sb="0" eb="1"><t>ゼイ</t></rPh></is></c></row>', (r) => expect(r[0][0]).toStrictEqual({ value: '税務 \r課' })],
  ['a shared formula', '<row r="2"><c r="E2" s="2"><f t="shared" ref="E2:E4" si="0">C2-D2</f><v>1</v></c></row><row r="3"><c r="E3" s="2"><f t="shared" si="0"/><v>2</v></c></row>', (r) => expect(r[2][4]).toStrictEqual({ value: 2, formula: 'C3-D3', numberFormat: '#,##0;"△"#,##0' })],
  ['an array formula', '<row r="1"><c r="A1"><f t="array" ref="A1">SUM(B1:B2*C1:C2)</f><v>11</v></c></row>', (r) => expect(r[0][0]).toStrictEqual({ value: 11, formula: 'SUM(B1:B2*C1:C2)' })],
  ['entities in a formula', '<row r="1"><c r="A1" t="str"><f>IF(B1&gt;0,&quot;多&quot;,"少")</f><v>少</v></c></row>', (r) => expect(r[0][0]).toStrictEqual({ value: '少', formula: 'IF(B1>0,"多","少")' })],
  ['prefixes', '<x:row r="1" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:c r="B1" s="1"><x:v>5</x:v></x:c></x:row>', (r) => expect(r[0][1]).toStrictEqual({ value: 5, numberFormat: '#,##0' })],
  ['attributes reordered', '<row r="1"><c t="s" s="1" r="C1"><v>0</v></c><c s="2" r="D1"><v>-4</v></c></row>', (r) => expect(r[0].slice(2)).toStrictEqual([{ value: '所管課', numberFormat: '#,##0' }, { value: -4, numberFormat: '#,##0;"△"#,##0' }])],
  ['t="str" without a formula', '<row r="1"><c r="A1" t="str"><v>a &amp; b\r\nc</v></c></row>', (r) => expect(r[0][0]).toStrictEqual({ value: 'a & b\nc' })],
  ['t="inlineStr" with a <v>', '<row r="1"><c r="A1" t="inlineStr"><v>v</v></c></row>', (r) => expect(r[0][0]).toStrictEqual({ value: 'v' })],
  ['booleans, errors and ISO dates', '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#DIV/0!</v></c><c r="C1" t="d" s="3"><v>2024-04-01T00:00:00</v></c></row>', (r) => expect(r[0]).toStrictEqual([{ value: true }, { value: { error: '#DIV/0!' } }, { value: '2024-04-01', numberFormat: 'yyyy/m/d' }])],
  [
    'ISO dates in each form: a date, to the minute, to a fraction of a second, at an offset, the end of a day, the first year',
    '<row r="1"><c r="A1" t="d"><v> 2024-02-29 </v></c><c r="B1" t="d"><v>2024-04-01T06:00</v></c><c r="C1" t="d"><v>2024-04-01T12:00:00.5Z</v></c><c r="D1" t="d"><v>2024-04-01T09:00:00+09:00</v></c><c r="E1" t="d"><v>2024-03-31T24:00:00</v></c><c r="F1" t="d" s="3"><v>0001-01-01</v></c></row>',
    (r) => expect(r[0].map((c) => c!.value)).toStrictEqual([45351, 45383.25, 45383 + (12 * 3600 + 0.5) / 86400, 45383, 45383, '0001-01-01']),
  ],
  ['cells without r', '<row r="2"><c s="1"><v>1</v></c><c><v>2</v></c><c r="E2"><v>5</v></c><c><v>6</v></c></row><row><c><v>3</v></c></row>', (r) => expect([r[1], r[2]]).toStrictEqual([[{ value: 1, numberFormat: '#,##0' }, { value: 2 }, , , { value: 5 }, { value: 6 }], [{ value: 3 }]])],
  ['a row of cells with r but none on the row', '<row><c r="B7"><v>1</v></c></row><row><c r="C8"><v>2</v></c></row>', (r) => expect([r[6][1], r[7][2]]).toStrictEqual([{ value: 1 }, { value: 2 }])],
  ['whitespace and line ends between and in elements', '<row r="1">\n  <c r="A1" s="1" >\n    <v>1</v>\n  </c>\n  <c r="B1"><v> 12 </v></c>\n  <c r="C1" t="s"><v> 1</v></c>\n</row >\n', (r) => expect(r[0]).toStrictEqual([{ value: 1, numberFormat: '#,##0' }, { value: 12 }, { value: '税務課 市民税（滞納繰越分）の収入未済額' }])],
  ['CDATA and comments', '<row r="1"><!-- a comment --><c r="A1" t="str"><v><![CDATA[a<b]]></v></c><c r="B1"><!-- c --><v>2</v></c></row>', (r) => expect(r[0]).toStrictEqual([{ value: 'a<b' }, { value: 2 }])],
  ['attributes the fast path does not expect', '<row r="1"><c r="A1" s="1" t="s" cm="1"><v>0</v></c><c r="B1" vm="1"><v>2</v></c><c r="C1" ph="1" t="s"><v>3</v></c></row>', (r) => expect(r[0]).toStrictEqual([{ value: '所管課', numberFormat: '#,##0' }, { value: 2 }, { value: 'x' }])],
  ['empty <f/>, <v/> and <v></v>', '<row r="1"><c r="A1"><f/><v>1</v></c><c r="B1"><v/></c><c r="C1"><v></v></c><c r="D1" t="s"><v></v></c><c r="E1"><f></f></c></row>', (r) => expect(r[0]).toStrictEqual([{ value: 1 }])],
  ['numbers parseFloat reads, not the fast path', '<row r="1"><c r="A1"><v>1E-3</v></c><c r="B1"><v>+5</v></c><c r="C1"><v>1.5e10</v></c><c r="D1"><v>12345678901234567</v></c><c r="E1"><v>3.14159265358979323846</v></c><c r="F1"><v>1&#48;</v></c><c r="G1"><v>-1.5E+300</v></c><c r="H1" t="n"><v>\n 7 </v></c></row>', (r) => expect(r[0].map((c) => c!.value)).toStrictEqual([0.001, 5, 1.5e10, 12345678901234568, 3.141592653589793, 10, -1.5e300, 7])],
  ['numbers at the fast path\'s edges', '<row r="1"><c r="A1"><v>-0</v></c><c r="B1"><v>.5</v></c><c r="C1"><v>1.</v></c><c r="D1"><v>0012</v></c><c r="E1"><v>999999999999999</v></c><c r="F1"><v>0.000000000000001</v></c></row>', (r) => expect(r[0].map((c) => c!.value)).toStrictEqual([-0, 0.5, 1, 12, 999999999999999, 1e-15])],
  ['shared string indexes parseInt reads', '<row r="1"><c r="A1" t="s"><v> 1</v></c><c r="B1" t="s"><v>3.0</v></c><c r="C1" t="s"><v>0003</v></c><c r="D1" t="s"><v>2</v></c></row>', (r) => expect(r[0]).toStrictEqual([{ value: '税務課 市民税（滞納繰越分）の収入未済額' }, { value: 'x' }, { value: 'x' }])],
  ['a formula with t="s" and one with t="n"', '<row r="1"><c r="A1" t="s"><f>B1</f><v>1</v></c><c r="B1" t="n"><f>1+0</f><v>1</v></c></row>', (r) => expect(r[0]).toStrictEqual([{ value: 1, formula: 'B1' }, { value: 1, formula: '1+0' }])],
  ['styles beyond the table, row 0, lowercase and odd references', '<row r="0"><c r="A1" s="99"><v>1</v></c><c r="b1"><v>2</v></c><c r="ABCD1"><v>3</v></c><c r="D"><v>5</v></c><c r="E0"><v>4</v></c></row>', (r) => expect(r[0]).toStrictEqual([{ value: 1 }, { value: 2 }, { value: 3 }, { value: 5 }, { value: 4 }])],
  ['an empty row given again', '<row r="5"/><row r="5"><c r="C5"><v>3</v></c></row>', (r) => expect(r[4]).toStrictEqual([, , { value: 3 }])],
  ['cells out of order and empty rows', '<row r="9" spans="1:2"/><row r="3"><c r="C3"><v>3</v></c><c r="A3"><v>1</v></c></row>', (r) => expect([r.length, r[2]]).toStrictEqual([3, [{ value: 1 }, , { value: 3 }]])],
  ['a formula cell after one whose inline text went unused', '<row r="1"><c r="A1" t="inlineStr"><f>"v"</f><v>v</v><is><t>unused</t></is></c><c r="B1"><f>A1</f></c></row>', (r) => expect(r[0]).toStrictEqual([{ value: 'v', formula: '"v"' }, { value: null, formula: 'A1' }])],
  ['a stray <is> and <t> around a fast cell', '<row r="1"><is><c r="A1"><v>1</v></c><t>x</t></is></row>', (r) => expect(r[0]).toStrictEqual([{ value: 1 }])],
  ['a null shared string', '<row r="1"><c r="A1" t="s"><v>2</v></c><c r="B1" t="s" s="1"><v>2</v></c></row>', (r) => expect(r).toStrictEqual([])],
  ['a merged area over fast cells', '<row r="40"><c r="A40" s="1"><v>1</v></c><c r="B40" s="1"><v>2</v></c><c r="C40"><v>3</v></c></row>', (r) => expect(r[39]).toStrictEqual([{ value: 1, numberFormat: '#,##0' }, , { value: 3 }])],
  ['a cell with no row open (the first row)', '<c r="E2"><v>1</v></c><c><v>2</v></c>', (r) => expect(r).toStrictEqual([[, , , , { value: 1 }, { value: 2 }]])],
];

/**
 * Parts the reader refuses, each with the message naming the cell or row: read alike by the fast path
 * and the generic scanner, whole or cut anywhere. A number cell's value is an xsd:double (ECMA-376
 * part 1, §18.3.1.96); a cell or row given twice, or a tag lost, would lose or misplace a figure.
 */
const REFUSED: [string, string, string][] = [
  ['a number with a thousands separator', '<row r="5"><c r="C5"><v>1,090</v></c></row>', 'S!C5: number cell value "1,090" is not a number'],
  ['a number with text after it', '<row r="6"><c r="C6" s="1"><v>91円</v></c></row>', 'S!C6: number cell value "91円" is not a number'],
  ['a hex literal', '<row r="7"><c r="C7"><v>0x5C</v></c></row>', 'S!C7: number cell value "0x5C" is not a number'],
  ['text in a t="n" cell', '<row r="8"><c r="C8" t="n"><v>abc</v></c></row>', 'S!C8: number cell value "abc" is not a number'],
  ['a lone sign and point', '<row r="1"><c r="G1"><v>-.</v></c></row>', 'S!G1: number cell value "-." is not a number'],
  ['two points', '<row r="1"><c r="H1"><v>1.2.3</v></c></row>', 'S!H1: number cell value "1.2.3" is not a number'],
  ['NaN', '<row r="1"><c r="A1"><v>NaN</v></c></row>', 'S!A1: number cell value "NaN" is not a number'],
  ['a number beyond a double', '<row r="1"><c r="A1"><v>1e999</v></c></row>', 'S!A1: number cell value "1e999" is not a number'],
  ['a formula whose cached number is not one', '<row r="2"><c r="E2" s="2"><f>D2-C2</f><v>5x</v></c></row>', 'S!E2: number cell value "5x" is not a number'],
  // An ISO date cell (t="d") holds a date of the calendar, as ECMA-376 part 1 §18.17.4 writes it.
  ['a date on a day its month does not have', '<row r="3"><c r="D3" t="d"><v>2023-02-29</v></c></row>', 'S!D3: date cell value "2023-02-29" is not a date'],
  ['a date in month 13', '<row r="3"><c r="D3" t="d" s="3"><v>2024-13-01</v></c></row>', 'S!D3: date cell value "2024-13-01" is not a date'],
  ['a date without its leading zeros', '<row r="3"><c r="D3" t="d"><v>2024-4-1</v></c></row>', 'S!D3: date cell value "2024-4-1" is not a date'],
  ['a date and time with a space for the T', '<row r="3"><c r="D3" t="d"><v>2024-04-01 10:00:00</v></c></row>', 'S!D3: date cell value "2024-04-01 10:00:00" is not a date'],
  ['a time alone in a date cell', '<row r="3"><c r="D3" t="d"><v>13:45:30</v></c></row>', 'S!D3: date cell value "13:45:30" is not a date'],
  ['an hour past the day', '<row r="3"><c r="D3" t="d"><v>2024-04-01T24:30</v></c></row>', 'S!D3: date cell value "2024-04-01T24:30" is not a date'],
  ['text in a date cell, by a formula', '<row r="3"><c r="D3" t="d"><f>B3</f><v>未定</v></c></row>', 'S!D3: date cell value "未定" is not a date'],
  ['a row given twice', '<row r="6"><c r="C6"><v>91</v></c></row><row r="7"/><row r="6"><c r="E6"><v>1</v></c></row>', 'S: row 6 is given twice'],
  ['a cell given twice', '<row r="6"><c r="C6"><v>91</v></c><c r="C6"><v>50</v></c><c r="D6"><v>92</v></c></row>', 'S!C6: the cell is given twice'],
  ['a cell given twice, the second by the generic scanner', '<row r="6"><c r="C6"><v>91</v></c><c r="C6" t="b"><v>1</v></c></row>', 'S!C6: the cell is given twice'],
  ['a reference that names a cell already read', '<row r="1"><c r="A1"><v>1</v></c><c r="A0"><v>4</v></c></row>', 'S!A1: the cell is given twice'],
  ['an unclosed <c> before a fast cell', '<row r="6"><c r="C6"><v>91</v></c><c r="D6"><v>92</v><c r="E6"><v>1</v></c></row><row r="7"><c r="C7"><v>1</v></c></row>', 'xl/worksheets/sheet1.xml: cell D6: element <c> closed by </row>'],
  ['a mismatched end tag', '<row r="6"><c r="D6"><v>92</x></c></row>', 'xl/worksheets/sheet1.xml: cell D6: element <v> closed by </x>'],
  ['a stray end tag after a fast cell', '<row r="1"><c r="A1"><v>1</v></c></c></row>', 'xl/worksheets/sheet1.xml: element <row> closed by </c>'],
  ['a stray <v> after a fast cell', '<row r="1"><c r="A1"><v>1</v></c><v>2</v></c></row>', 'xl/worksheets/sheet1.xml: element <row> closed by </c>'],
  ['an unclosed fast row', '<row r="1"><c r="A1"><v>1</v></c><row r="2"><c r="A2"><v>2</v></c></row>', 'xl/worksheets/sheet1.xml: element <row> closed by </sheetData>'],
];

describe('parts that are refused', () => {
  it.each(REFUSED)('%s', (_what, xml, message) => {
    const whole = reference(part(xml));
    expect(whole).toStrictEqual({ error: expect.stringContaining(message) });
    expect(read(part(xml), true)).toStrictEqual(whole);
    const length = new TextEncoder().encode(part(xml)).length;
    for (let c = 1; c < length; c += 7) expect(read(part(xml), true, [c, c + 50])).toStrictEqual(whole);
  });

  it('a part that ends inside an element names the element', () => {
    const xml = HEAD + '<row r="1"><c r="A1"><v>1</v></c></row>';
    expect(read(xml, true)).toStrictEqual({ error: 'XmlScanError: xl/worksheets/sheet1.xml: unclosed element <sheetData>' });
    expect(reference(xml)).toStrictEqual(read(xml, true));
    const cut = HEAD + '<row r="1"><c r="A1"><v>1</v>';
    expect(read(cut, true)).toStrictEqual({ error: 'XmlScanError: xl/worksheets/sheet1.xml: cell A1: unclosed element <c>' });
  });
});

describe('odd forms read as the generic scanner reads them', () => {
  it.each(ODD.map(([what, xml, check]) => [what, xml, check] as const))('%s', (_what, xml, check) => {
    const fast = read(part(xml), true);
    expect(fast).toStrictEqual(reference(part(xml)));
    check(cellsOf(fast));
  });

  it('a missing shared string is the same message naming the sheet and cell', () => {
    const xml = part('<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="7"><c r="B7" t="s"><v>4</v></c></row>');
    expect(read(xml, true)).toStrictEqual({ error: 'CellReadError: S!B7: shared string 4 is missing' });
    expect(read(xml, true)).toStrictEqual(reference(xml));
  });
});

// ---------------------------------------------------------------------------------------------

// (Without the cell in column XFD: comparing rows of 16,384 places thousands of times is slow.)
/** Each odd form on rows of its own (a row or cell given twice is refused): rows and cell references moved down. */
const movedDown = (xml: string, by: number) =>
  xml.replace(/(<(?:\w+:)?row r=")(\d+)"/g, (_, a, n) => `${a}${Number(n) + by}"`).replace(/(<(?:\w+:)?c\b[^>]*?\br=")([A-Za-z]+)(\d+)"/g, (_, a, c, n) => `${a}${c}${Number(n) + by}"`);
const EVERYTHING = part(EXCEL_ROWS.replace('<c r="XFD4"><v>8</v></c>', '').replace(/<row r="(\d)"/g, (_, n) => `<row r="${Number(n) + 50}"`).replace(/([A-Z]+)(\d)(?=["):-])/g, (_, c, n) => `${c}${Number(n) + 50}`) + ODD.map(([, xml], i) => movedDown(xml, 100 * (i + 1))).join(''));

/**
 * The reading equals `whole`, as toStrictEqual has it (holes, undefined properties, types): Node's
 * strict deep equality first, forty times cheaper than Jest's over a part read 5,000 times, then
 * Jest's own only where they differ, for its message.
 */
function expectSame(o: Outcome, whole: Outcome): void {
  if (!isDeepStrictEqual(o, whole)) expect(o).toStrictEqual(whole);
}

describe('a part cut into pieces anywhere reads as the part fed whole', () => {
  const whole = reference(EVERYTHING);
  const length = new TextEncoder().encode(EVERYTHING).length;

  it('holds every form at once (the test part itself)', () => {
    expect(cellsOf(whole)[50][0]).toStrictEqual({ value: '所管課', numberFormat: '#,##0' });
    expect(read(EVERYTHING, true)).toStrictEqual(whole);
  });

  it('cut in two at every byte', () => {
    for (let c = 1; c < length; c++) expectSame(read(EVERYTHING, true, [c]), whole);
  });

  it('in pieces of one byte, and of 2, 3, 5, 7 and 13 bytes', () => {
    for (const size of [1, 2, 3, 5, 7, 13]) {
      const cuts: number[] = [];
      for (let c = size; c < length; c += size) cuts.push(c);
      expectSame(read(EVERYTHING, true, cuts), whole);
    }
  });

  it('cut at random places', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: length - 1 }), { minLength: 1, maxLength: 40 }), (cuts) => {
        expectSame(read(EVERYTHING, true, cuts), whole);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------

/** Random sheetData from the fast forms and their near misses, read whole and cut at random. */
const element = (): fc.Arbitrary<string> => {
  const ref = fc.tuple(fc.constantFrom('A', 'B', 'Z', 'AA', 'b', 'ABCD', ''), fc.constantFrom('1', '2', '7', '10', '0', '')).map(([c, r]) => c + r);
  const attrs = fc.tuple(
    fc.option(ref, { nil: undefined }),
    fc.option(fc.constantFrom('0', '1', '2', '3', '4', '99', '', 'x'), { nil: undefined }),
    fc.option(fc.constantFrom('s', 'n', 'str', 'b', 'e', 'd', 'inlineStr', ''), { nil: undefined }),
    fc.boolean(),
  ).map(([r, s, t, swap]) => {
    const parts = [r === undefined ? '' : ` r="${r}"`, s === undefined ? '' : ` s="${s}"`, t === undefined ? '' : ` t="${t}"`];
    if (swap) parts.reverse();
    return parts.join('');
  });
  const text = fc.constantFrom('0', '1', '2', '3', '4', '-3', '12.5', '-0.25', '1E-3', '', ' 7', '45383', '1&amp;2', '税', 'a\r\nb', '#N/A', 'true', '2024-04-01', '123456789012345678');
  const formula = fc.constantFrom('C5-D5', 'SUM(A1:A3)', 'B1&amp;"計"', '', 'IF(A1&gt;0,1,2)');
  const children = fc.tuple(fc.option(fc.oneof(formula.map((f) => `<f>${f}</f>`), formula.map((f) => `<f aca="false">${f}</f>`), fc.constantFrom('<f t="shared" si="0"/>', '<f t="shared" si="1"/>', '<f t="shared" si="00"/>', '<f t="shared" ref="A1:C9" si="1">B1+1</f>', '<f/>')), { nil: undefined }), fc.option(text, { nil: undefined }), fc.constantFrom('', '', '', ' ', '<!--x-->', '<is><t>in</t></is>', '<f t="shared" si="0"/>')).map(
    ([f, v, extra]) => (f ?? '') + (v === undefined ? '' : `<v>${v}</v>`) + extra,
  );
  const cell = fc.tuple(attrs, children, fc.boolean()).map(([a, ch, empty]) => (empty && !ch ? `<c${a}/>` : `<c${a}>${ch}</c>`));
  const row = fc.tuple(fc.constantFrom('1', '2', '3', '10', '0', '', 'x'), fc.constantFrom('', ' spans="1:20"', ' ht="18" customHeight="1"'), fc.boolean()).map(
    ([r, rest, empty]) => `<row${r ? ` r="${r}"` : ''}${rest}${empty ? '/' : ''}>`,
  );
  return fc.oneof(
    { weight: 8, arbitrary: cell },
    { weight: 2, arbitrary: row },
    { weight: 2, arbitrary: fc.constant('</row>') },
    { weight: 1, arbitrary: fc.constantFrom('</c>', '<v>9</v>', '\n', '<x:c r="A1"><x:v>1</x:v></x:c>', '<c r="C3"><f t="shared" ref="C3:C9" si="0">A3+1</f><v>1</v></c>') },
  );
};

describe('random sheets', () => {
  it('read as the generic scanner reads them, whole and cut at random', () => {
    fc.assert(
      fc.property(fc.array(element(), { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 8 }), (els, cuts) => {
        const xml = part(els.join(''));
        const whole = reference(xml);
        expect(read(xml, true)).toStrictEqual(whole);
        const length = new TextEncoder().encode(xml).length;
        expect(read(xml, true, cuts.map((c) => c % length))).toStrictEqual(whole);
      }),
      { numRuns: 400 },
    );
  });
});

// ---------------------------------------------------------------------------------------------

describe('plainNumber', () => {
  it('is parseFloat on every plain decimal it accepts, and NaN on the rest', () => {
    const decimal = fc
      .tuple(fc.boolean(), fc.stringMatching(/^[0-9]{0,16}$/), fc.option(fc.stringMatching(/^[0-9]{0,16}$/), { nil: undefined }))
      .map(([neg, a, b]) => `${neg ? '-' : ''}${a}${b === undefined ? '' : `.${b}`}`);
    fc.assert(
      fc.property(fc.oneof(decimal, fc.string({ maxLength: 12 }), fc.double().map(String)), (s) => {
        const n = plainNumber(s, 0, s.length);
        if (n === n) expect(Object.is(n, parseFloat(s))).toBe(true);
        const digits = s.replace(/[^0-9]/g, '').length;
        if (/^-?[0-9]*\.?[0-9]*$/.test(s) && digits > 0 && digits <= 15) expect(n).not.toBeNaN();
        else expect(n).toBeNaN();
      }),
      { numRuns: 20000 },
    );
  });

  it('reads within the bounds given', () => {
    expect(plainNumber('<v>-12.75</v>', 3, 9)).toBe(-12.75);
    expect(plainNumber('0.1', 0, 3)).toBe(0.1);
    expect(plainNumber('0.3', 0, 3)).toBe(0.3);
    expect(plainNumber('123456789012345', 0, 15)).toBe(123456789012345);
    expect(plainNumber('1234567890123456', 0, 16)).toBeNaN();
  });
});

describe('plainIndex', () => {
  it('is parseInt on 1 to 9 digits, -1 otherwise', () => {
    expect(plainIndex('<v>12</v>', 3, 5)).toBe(12);
    expect(plainIndex('007', 0, 3)).toBe(7);
    expect(plainIndex('123456789', 0, 9)).toBe(123456789);
    expect(plainIndex('1234567890', 0, 10)).toBe(-1);
    expect(plainIndex('', 0, 0)).toBe(-1);
    expect(plainIndex(' 1', 0, 2)).toBe(-1);
    expect(plainIndex('1.0', 0, 3)).toBe(-1);
    expect(plainIndex('-1', 0, 2)).toBe(-1);
  });
});
