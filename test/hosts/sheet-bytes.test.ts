/**
 * A sheet without rows written as bytes (editSheetBytes: each row encoded to UTF-8 as it is
 * made, never one text) and held by the package as bytes (Package.setBytes): the bytes are
 * those of the text editSheet makes, encoded as the package encodes a text, and the package
 * written from them is byte for byte the one written from the text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { CellWrite } from '../../src/core/changes';
import { editSheet, editSheetBytes, type SheetEditOptions } from '../../src/hosts/file/sheet-xml';
import { StylesXml } from '../../src/hosts/file/styles-xml';
import { Package, utf8Xml } from '../../src/hosts/file/package';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const STYLES =
  `<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';

function options(): SheetEditOptions {
  const styles = new StylesXml(STYLES);
  return {
    restyle: (base, w) => (w.numberFormat === undefined && !w.bold ? undefined : styles.derive(base, { numberFormat: w.numberFormat, bold: w.bold })),
    rowHeights: new Map([[2, 30]]),
  };
}

const created = (declaration: string) =>
  `${declaration}<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

// Texts in every UTF-8 length: ASCII, kana (3 bytes), a pair of surrogates (4), a lone surrogate (written as U+FFFD).
const WRITES: CellWrite[] = [
  { sheet: 's', cell: 'A1', value: '債権管理計画 集計', bold: true },
  { sheet: 's', cell: 'B2', formula: "SUM('1収入未済額'!D5,'1収入未済額'!D6)", value: 12345, numberFormat: '#,##0' },
  { sheet: 's', cell: 'C2', value: '𠮷野家 & <co>' },
  { sheet: 's', cell: 'D2', value: 'lone \uD842 surrogate' },
  { sheet: 's', cell: 'A3', value: true },
  { sheet: 's', cell: 'B3', formula: 'IF(A3,"達成","未達成")', value: '達成' },
  { sheet: 's', cell: 'C3', value: '' },
];

/** A text as UTF-8 carries it: a lone surrogate becomes U+FFFD (as the package encodes a text too). */
const wellFormed = (s: string) => s.replace('lone \uD842 ', 'lone \uFFFD ');
const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.from(a).equals(Buffer.from(b));

describe('a sheet without rows written as bytes', () => {
  it.each([
    ['declared UTF-8', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'],
    ['declared in another encoding', "<?xml version='1.0' encoding='utf-16'?>"],
    ['without a declaration', ''],
  ])('%s: the bytes of the text editSheet makes, as the package encodes it', (_, declaration) => {
    const part = created(declaration);
    const bytes = editSheetBytes(part, WRITES, options(), utf8Xml)!;
    const text = editSheet(part, WRITES, options());
    expect(sameBytes(bytes, utf8Xml(text))).toBe(true);
    // Not two empty results alike: the rows are in it, the declaration says UTF-8.
    const back = new TextDecoder().decode(bytes);
    expect(back).toContain('<row r="2" ht="30" customHeight="1">');
    expect(back).toContain('𠮷野家 &amp; &lt;co&gt;');
    expect(back).toContain('lone \uFFFD surrogate');
    if (declaration) expect(back.startsWith(declaration.replace(/utf-16/, 'UTF-8'))).toBe(true);
  });

  it('rows over many megabytes (the chunks the bytes are gathered in): the same bytes', () => {
    const writes: CellWrite[] = [];
    for (let r = 1; r <= 30_000; r++) {
      writes.push({ sheet: 's', cell: `A${r}`, value: `介護保険第三者返納金${r % 97}` });
      writes.push({ sheet: 's', cell: `B${r}`, formula: `IF('1収入未済額'!P${r}="","",'1収入未済額'!P${r})`, value: r * 7, numberFormat: '#,##0' });
    }
    const part = created('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');
    const bytes = editSheetBytes(part, writes, options(), utf8Xml)!;
    expect(bytes.length).toBeGreaterThan(3 << 20);
    expect(sameBytes(bytes, utf8Xml(editSheet(part, writes, options())))).toBe(true);
  });

  it('a sheet with rows is not written as bytes (it is edited as text)', () => {
    const part = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`;
    expect(editSheetBytes(part, WRITES, options(), utf8Xml)).toBeUndefined();
  });
});

describe('a package part given as bytes', () => {
  const sample = () => new Uint8Array(readFileSync(join(__dirname, '../../samples/tsuyama-plan2.xlsx')));
  const SHEET = created('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');

  it('writes the package the text would, its entries in the same order', () => {
    const text = editSheet(SHEET, WRITES, options());
    const ways = [false, true].map((asBytes) => {
      const pkg = new Package(sample());
      pkg.setText('xl/worksheets/sheet90.xml', SHEET);
      pkg.setText('xl/worksheets/sheet91.xml', SHEET);
      expect(pkg.takesBytes('xl/worksheets/sheet90.xml')).toBe(true);
      if (asBytes) pkg.setBytes('xl/worksheets/sheet90.xml', editSheetBytes(pkg.text('xl/worksheets/sheet90.xml'), WRITES, options(), utf8Xml)!);
      else pkg.setText('xl/worksheets/sheet90.xml', text);
      // Opened earlier, edited after: written behind it, as the order of opening says.
      pkg.setText('xl/worksheets/sheet91.xml', SHEET.replace('<sheetData/>', '<sheetData></sheetData>'));
      return pkg.toBytes();
    });
    expect(sameBytes(ways[0], ways[1])).toBe(true);
    const names = Object.keys(unzipSync(ways[1]));
    expect(names.indexOf('xl/worksheets/sheet90.xml')).toBeLessThan(names.indexOf('xl/worksheets/sheet91.xml'));
    expect(strFromU8(unzipSync(ways[1])['xl/worksheets/sheet90.xml'])).toBe(wellFormed(text));
  });

  it('read again as text: the text it encodes, in its place', () => {
    const pkg = new Package(sample());
    const text = editSheet(SHEET, WRITES, options());
    pkg.setBytes('xl/worksheets/sheet90.xml', utf8Xml(text));
    expect(pkg.text('xl/worksheets/sheet90.xml')).toBe(wellFormed(text));
  });

  it('a part read from the package as text takes a text, not bytes (its text is compared with the one it had)', () => {
    const pkg = new Package(sample());
    const path = 'xl/worksheets/sheet1.xml';
    const text = pkg.text(path);
    expect(pkg.takesBytes(path)).toBe(false);
    expect(() => pkg.setBytes(path, utf8Xml(text))).toThrow(/read as text/);
    // Unchanged, it is copied as stored: the package is the original.
    expect(sameBytes(pkg.toBytes(), sample())).toBe(true);
  });
});
