/**
 * A sheet written as bytes (editSheetBytes: a sheet without rows encoded row by row as its rows
 * are made, never one text; a sheet with rows encoded from the spans it keeps and the cells spliced
 * between them, not joined but where a shared formula is rewritten), in pieces of at most a
 * megabyte, compressed piece by piece as the pieces come (PieceCompressor, with
 * either codec) and held by the package compressed (Package.setCompressed): the bytes are those
 * of the text editSheet makes, encoded as the package encodes a text, and the package written
 * from them holds the part the text would give, in the same place, with its CRC.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 as nodeCrc32 } from 'node:zlib';
import { unzipSync, strFromU8 } from 'fflate';
import fc from 'fast-check';
import type { CellWrite } from '../../src/core/changes';
import { editSheet, editSheetBytes, editSheetPart, type SheetEditOptions } from '../../src/hosts/file/sheet-xml';
import { StylesXml } from '../../src/hosts/file/styles-xml';
import { Package, utf8Xml } from '../../src/hosts/file/package';
import { ZipArchive } from '../../src/hosts/file/zip/read';
import { PieceCompressor, joined } from '../../src/hosts/file/zip/write';
import { portableCodec } from '../../src/hosts/file/zip/codec';
import { nodeCodec } from '../../src/hosts/file/zip/node-codec';
import { writeWorkbook } from '../../src/hosts/file/write';
import { emptyChangeSet } from '../../src/core/changes';

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

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** A sheet part holding `rows`. */
const withRows = (rows: string, dimension = '<dimension ref="A1:B2"/>') => `${HEAD}<worksheet xmlns="${MAIN}">${dimension}<sheetData>${rows}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

/**
 * Rows of random draws: the row numbers in `order`, each row's cells in column order, `r` where
 * `numbered` says (given the draw's own say), the first cell of a shared formula in the first row
 * where `shared`.
 */
function randomRows(order: number[], rows: [number[], string[], boolean][], numbered: (withR: boolean) => boolean, shared: boolean): string {
  return order
    .map((r, k) => {
      const [cols, cells, withR] = rows[k];
      const cs = cols
        .slice()
        .sort((a, b) => a - b)
        .map((c, j) => `<c r="${'ABCDEFG'[c]}${r}"${cells[j]}`)
        .join('');
      const sharedCells = shared && k === 0 ? `<c r="H${r}"><f t="shared" ref="H${r}:H${r + 1}" si="0">G${r}*2</f><v>0</v></c>` : '';
      return `<row${numbered(withR) ? ` r="${r}"` : ''}>${cs}${sharedCells}</row>`;
    })
    .join('');
}

/**
 * editSheetBytes's pieces (each copied as it comes: its buffer is filled again once `out` returns),
 * the bytes they make together, and how many buffers they came in.
 */
function piecesOf(part: string, writes: CellWrite[]): { pieces: Uint8Array[]; bytes: Uint8Array; buffers: number } {
  const pieces: Uint8Array[] = [];
  const buffers = new Set<ArrayBufferLike>();
  editSheetBytes(part, writes, options(), utf8Xml, (p) => {
    buffers.add(p.buffer);
    pieces.push(p.slice());
  });
  return { pieces, bytes: joined(pieces), buffers: buffers.size };
}

describe('a sheet without rows written as bytes', () => {
  it.each([
    ['declared UTF-8', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'],
    ['declared in another encoding', "<?xml version='1.0' encoding='utf-16'?>"],
    ['without a declaration', ''],
  ])('%s: the bytes of the text editSheet makes, as the package encodes it', (_, declaration) => {
    const part = created(declaration);
    const { bytes } = piecesOf(part, WRITES)!;
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
    const { pieces, bytes, buffers } = piecesOf(part, writes)!;
    expect(bytes.length).toBeGreaterThan(3 << 20);
    // Given out as it is made, in pieces of about a megabyte, never whole, all through one buffer.
    expect(pieces.length).toBeGreaterThan(3);
    expect(buffers).toBe(1);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(1 << 20);
    expect(sameBytes(bytes, utf8Xml(editSheet(part, writes, options())))).toBe(true);
  });

  it.each([
    ['cells replaced, added and a row inserted; the dimension widened', withRows('<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="0"><v>2</v></c></row><row r="4"><c r="A4" t="s"><v>0</v></c></row>'), [
      { sheet: 's', cell: 'B1', formula: 'A1*2', value: 2 },
      { sheet: 's', cell: 'D1', value: '収入未済額 & <計>' },
      { sheet: 's', cell: 'C3', value: 3.5, numberFormat: '0.0;"△"0.0' },
      { sheet: 's', cell: 'F9', value: true },
    ]],
    ['rows out of order (put in order first)', withRows('<row r="2"><c r="A2"><v>2</v></c></row><row r="1"><c r="A1"><v>1</v></c></row>'), [{ sheet: 's', cell: 'B2', formula: 'A2+1', value: 3 }]],
    ['a shared formula rewritten in its first cell (its group mended over the whole text)', withRows('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1*2</f><v>2</v></c></row><row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>'), [{ sheet: 's', cell: 'B1', value: 7 }]],
    ['no dimension', withRows('<row r="1"><c r="A1"><v>1</v></c></row>', ''), [{ sheet: 's', cell: 'Z99', value: 1 }]],
  ] as [string, string, CellWrite[]][])('a sheet with rows, %s: the bytes of the text editSheet makes', (_, part, writes) => {
    const text = editSheet(part, writes, options());
    expect(text).not.toBe(part);
    expect(sameBytes(piecesOf(part, writes).bytes, utf8Xml(text))).toBe(true);
  });

  it.each([
    ['one write near the top', ['D2']],
    ['one write near the bottom (the change log appended to)', ['D59999']],
    ['writes at both ends', ['A1', 'D60000']],
  ])('a sheet with rows of many megabytes, %s: pieces of at most a megabyte, the text editSheet makes', (_, cells) => {
    const rows = Array.from({ length: 60_000 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="s"><v>${r % 50}</v></c><c r="B${r + 1}"><v>${r * 3}</v></c><c r="C${r + 1}"><v>${r}</v></c></row>`).join('');
    const part = withRows(rows, '<dimension ref="A1:C60000"/>');
    const writes: CellWrite[] = cells.map((cell) => ({ sheet: 's', cell, value: '変更' }));
    const { pieces, bytes, buffers } = piecesOf(part, writes);
    expect(bytes.length).toBeGreaterThan(3 << 20);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(1 << 20);
    // The spans kept are longer than a chunk (pushed in parts): still one buffer, filled again.
    expect(buffers).toBe(1);
    expect(sameBytes(bytes, utf8Xml(editSheet(part, writes, options())))).toBe(true);
  });

  it('writes that leave every cell as it was: false (the part is best left as stored), the same text given', () => {
    const part = withRows('<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="str"><v>収</v></c></row>');
    const writes: CellWrite[] = [{ sheet: 's', cell: 'A1', value: 1 }];
    const given: Uint8Array[] = [];
    expect(editSheet(part, writes, options())).toBe(part);
    expect(editSheetBytes(part, writes, options(), utf8Xml, (p) => given.push(p.slice()))).toBe(false);
    expect(sameBytes(joined(given), utf8Xml(part))).toBe(true);
    // Anything else written: true.
    expect(editSheetBytes(part, [{ sheet: 's', cell: 'A1', value: 2 }], options(), utf8Xml, () => undefined)).toBe(true);
    expect(editSheetBytes(part, [{ sheet: 's', cell: 'C5', value: 1 }], options(), utf8Xml, () => undefined)).toBe(true);
  });

  it('a sheet with rows of many megabytes: given out in pieces, never whole, the text editSheet makes', () => {
    const rows = Array.from({ length: 60_000 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="s"><v>${r % 50}</v></c><c r="B${r + 1}"><v>${r * 3}</v></c><c r="C${r + 1}"><v>${r}</v></c></row>`).join('');
    const part = withRows(rows, '<dimension ref="A1:C60000"/>');
    const writes: CellWrite[] = Array.from({ length: 2_000 }, (_, k) => ({ sheet: 's', cell: `D${k * 30 + 1}`, formula: `C${k * 30 + 1}-B${k * 30 + 1}`, value: -2 * k * 30, numberFormat: '#,##0;"△"#,##0' }));
    const { pieces, bytes } = piecesOf(part, writes);
    expect(bytes.length).toBeGreaterThan(3 << 20);
    expect(pieces.length).toBeGreaterThan(3);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(1 << 20);
    const text = editSheet(part, writes, options());
    expect(text).toContain('<dimension ref="A1:D60000"/>');
    expect(sameBytes(bytes, utf8Xml(text))).toBe(true);
  });
});

describe('random sheets with rows, random writes', () => {
  // Rows in order or not, with or without `r`, cells of every kind (shared strings, inline text,
  // formulas shared or not), a dimension or none; writes of every kind, sometimes the value a cell has.
  const cellXml = fc.oneof(
    fc.integer({ min: -9999, max: 9999 }).map((v) => `><v>${v}</v></c>`),
    fc.integer({ min: 0, max: 9 }).map((i) => ` t="s"><v>${i}</v></c>`),
    fc.constantFrom(' t="inlineStr"><is><t>収入未済額 &amp; 𠮷</t></is></c>', '/>', ' s="0"><f>A1*2</f><v>2</v></c>'),
  );
  const row = fc.tuple(fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 5 }), fc.array(cellXml, { minLength: 5, maxLength: 5 }), fc.boolean());
  const part = fc
    .tuple(fc.uniqueArray(fc.integer({ min: 1, max: 14 }), { minLength: 1, maxLength: 8 }), fc.array(row, { minLength: 8, maxLength: 8 }), fc.boolean(), fc.constantFrom('', '<dimension ref="A1"/>', '<dimension ref="B2:D9"/>'), fc.boolean())
    .map(([nums, rows, ordered, dimension, shared]) => {
      const order = ordered ? nums.slice().sort((a, b) => a - b) : nums;
      return withRows(randomRows(order, rows, (withR) => withR || !ordered, shared), dimension);
    });
  const write = fc
    .record(
      {
        cell: fc.tuple(fc.constantFrom('A', 'B', 'C', 'D', 'H', 'K'), fc.integer({ min: 1, max: 16 })).map(([c, r]) => `${c}${r}`),
        formula: fc.constantFrom('A1*2', 'SUM(B1:B3)', "'1収入未済額'!C5"),
        value: fc.oneof(fc.integer({ min: -9999, max: 9999 }), fc.constantFrom('変更 <&>', '', true, null)),
        numberFormat: fc.constantFrom('#,##0', '0.0;"△"0.0'),
        bold: fc.boolean(),
      },
      { requiredKeys: ['cell'] },
    )
    .map((w) => ({ sheet: 's', ...w }) as CellWrite);

  it('the bytes of the text editSheet makes, and changed exactly when that text is not the part', () => {
    fc.assert(
      fc.property(part, fc.array(write, { minLength: 1, maxLength: 12 }), fc.boolean(), (xml, random, same) => {
        // Half the time, writes that give numbers cells already hold (the edit may change nothing).
        const held = [...xml.matchAll(/<c r="([A-Z]+\d+)"><v>(-?\d+)<\/v><\/c>/g)].map((m): CellWrite => ({ sheet: 's', cell: m[1], value: Number(m[2]) }));
        const writes = same && held.length ? held : random;
        const text = editSheet(xml, writes, options());
        const pieces: Uint8Array[] = [];
        const changed = editSheetBytes(xml, writes, options(), utf8Xml, (p) => pieces.push(p.slice()));
        expect(sameBytes(joined(pieces), utf8Xml(text))).toBe(true);
        expect(changed).toBe(text !== xml);
      }),
      { numRuns: 1500, seed: 20261203 },
    );
  });
});

describe('content compressed piece by piece', () => {
  // Pieces of every size around the deflate window and the codecs' buffers, of sheet-like text.
  const text = Array.from({ length: 40_000 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="str"><f>IF('1収入未済額'!P${r}="","",'1収入未済額'!P${r})</f><v>${r * 7}</v></c></row>`).join('');
  const content = new TextEncoder().encode(text);
  const cuts = (sizes: number[]) => {
    const pieces: Uint8Array[] = [];
    for (let at = 0, k = 0; at < content.length; k++) pieces.push(content.subarray(at, (at += sizes[k % sizes.length])));
    return pieces;
  };

  it.each([
    ['node', nodeCodec],
    ['portable', portableCodec],
  ] as const)('%s codec: inflates to the content, with its CRC and size, whatever the pieces', (_, codec) => {
    for (const sizes of [[content.length], [1 << 20], [1, 7, 32_768, 65_537, 1_000_003], [0, 100_000]]) {
      const c = new PieceCompressor(codec);
      for (const p of cuts(sizes)) c.push(p);
      const done = c.finish();
      expect(done).toMatchObject({ method: 8, size: content.length, crc: nodeCrc32(content) });
      expect(done.data.length).toBeLessThan(content.length / 4);
      // Both inflaters read it: the other codec's and the one it was made with.
      for (const inflater of [nodeCodec, portableCodec]) expect(sameBytes(inflater.inflate(done.data, done.size), content)).toBe(true);
    }
  });

  it('nothing pushed: the empty content', () => {
    for (const codec of [nodeCodec, portableCodec]) {
      const done = new PieceCompressor(codec).finish();
      expect(done).toMatchObject({ method: 8, size: 0, crc: 0 });
      expect(codec.inflate(done.data, 0).length).toBe(0);
    }
  });

  it('the portable CRC continues from a part as the native one does', () => {
    const a = content.subarray(0, 12_345);
    const b = content.subarray(12_345, 99_999);
    expect(portableCodec.crc32(b, portableCodec.crc32(a))).toBe(nodeCrc32(content.subarray(0, 99_999)));
    expect(nodeCodec.crc32(b, nodeCodec.crc32(a))).toBe(nodeCrc32(content.subarray(0, 99_999)));
  });
});

describe('a package part given compressed', () => {
  const sample = () => new Uint8Array(readFileSync(join(__dirname, '../../samples/tsuyama-plan2.xlsx')));
  const SHEET = created('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');
  const compressed = (pkg: Package, part: string) => {
    const c = pkg.compressor();
    editSheetBytes(part, WRITES, options(), utf8Xml, (p) => c.push(p));
    return c.finish();
  };

  it.each([
    ['node', nodeCodec],
    ['portable', portableCodec],
  ] as const)('%s codec: the package the text would give, its entries in the same order, its CRCs right', (_, codec) => {
    const text = editSheet(SHEET, WRITES, options());
    const ways = [false, true].map((asBytes) => {
      const pkg = new Package(sample(), codec);
      pkg.setText('xl/worksheets/sheet90.xml', SHEET);
      pkg.setText('xl/worksheets/sheet91.xml', SHEET);
      if (asBytes) pkg.setCompressed('xl/worksheets/sheet90.xml', compressed(pkg, pkg.text('xl/worksheets/sheet90.xml')));
      else pkg.setText('xl/worksheets/sheet90.xml', text);
      // Opened earlier, edited after: written behind it, as the order of opening says.
      pkg.setText('xl/worksheets/sheet91.xml', SHEET.replace('<sheetData/>', '<sheetData></sheetData>'));
      return pkg.toBytes();
    });
    const [asText, asBytes] = ways.map((w) => unzipSync(w));
    expect(Object.keys(asBytes)).toEqual(Object.keys(asText));
    for (const name of Object.keys(asText)) expect(sameBytes(asBytes[name], asText[name])).toBe(true);
    const names = Object.keys(asBytes);
    expect(names.indexOf('xl/worksheets/sheet90.xml')).toBeLessThan(names.indexOf('xl/worksheets/sheet91.xml'));
    expect(strFromU8(asBytes['xl/worksheets/sheet90.xml'])).toBe(wellFormed(text));
    // Every entry's stored CRC is that of its content.
    const zip = new ZipArchive(ways[1]);
    for (const e of zip.entries) expect(e.crc).toBe(nodeCrc32(asBytes[e.name]));
  });

  it('a write that leaves its cell as it was: the workbook written is the original, byte for byte', () => {
    const data = new Uint8Array(readFileSync(join(__dirname, '../../samples/ledger-sample.xlsx')));
    const pkg = new Package(data, nodeCodec);
    const sheetName = '令和元年度 収入状況';
    const d5 = /<c r="D5"[^>]*>.*?<v>([^<]*)<\/v>/.exec(pkg.text('xl/worksheets/sheet1.xml'))!;
    const wb = { sheets: [{ name: sheetName, rows: [], merges: [] }] };
    const same = writeWorkbook(data, { ...emptyChangeSet(), cells: [{ sheet: sheetName, cell: 'D5', value: Number(d5[1]) }] }, wb, 'ledger.xlsx', { codec: nodeCodec });
    expect(sameBytes(same.data, data)).toBe(true);
    const other = writeWorkbook(data, { ...emptyChangeSet(), cells: [{ sheet: sheetName, cell: 'D5', value: Number(d5[1]) + 1 }] }, wb, 'ledger.xlsx', { codec: nodeCodec });
    expect(sameBytes(other.data, data)).toBe(false);
  });

  it('read again as text: the text it encodes, in its place', () => {
    const pkg = new Package(sample());
    const text = editSheet(SHEET, WRITES, options());
    pkg.setCompressed('xl/worksheets/sheet90.xml', compressed(pkg, SHEET));
    expect(pkg.text('xl/worksheets/sheet90.xml')).toBe(wellFormed(text));
  });

  it('a part read from the package as text and given compressed: written as given (not compared with its text)', () => {
    const path = 'xl/worksheets/sheet1.xml';
    // Read and left alone: copied as stored, the package is the original.
    const untouched = new Package(sample());
    expect(untouched.text(path)).toContain('<sheetData>');
    expect(sameBytes(untouched.toBytes(), sample())).toBe(true);
    const pkg = new Package(sample(), nodeCodec);
    const text = pkg.text(path);
    const writes: CellWrite[] = [{ sheet: 's', cell: 'Z500', value: '追記' }];
    const c = pkg.compressor();
    editSheetBytes(text, writes, options(), utf8Xml, (p) => c.push(p));
    pkg.setCompressed(path, c.finish());
    const out = unzipSync(pkg.toBytes());
    expect(strFromU8(out[path])).toBe(editSheet(text, writes, options()));
    expect(strFromU8(out[path])).toMatch(/<c r="Z500"[^>]*>.*追記.*?<\/c><\/row>/);
  });
});

describe('the format a new cell inherits', () => {
  // restyle says "keep" (undefined) for a write that asks for no format, as the writer's does; the
  // package's styles part holds 10 cell formats.
  const keep: SheetEditOptions = { restyle: () => undefined, styleCount: 10 };
  it('a new cell keeps its column’s format (<cols> before sheetData), in a sheet with rows and without, and its row’s where the row has one', () => {
    const cols = '<cols><col min="3" max="4" width="9" style="7"/></cols>';
    const withRows = `<worksheet xmlns="${MAIN}">${cols}<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`;
    const rowless = `<worksheet xmlns="${MAIN}">${cols}<sheetData/></worksheet>`;
    for (const xml of [withRows, rowless]) {
      for (const text of [editSheet(xml, [{ sheet: 's', cell: 'D1', value: 5 }, { sheet: 's', cell: 'E1', value: 6 }], keep), bytesText(xml, [{ sheet: 's', cell: 'D1', value: 5 }, { sheet: 's', cell: 'E1', value: 6 }], keep)]) {
        // Written without s, D1 would show the default format (s defaults to 0), not its column's.
        expect(text).toContain('<c r="D1" s="7"><v>5</v></c>');
        expect(text).toContain('<c r="E1"><v>6</v></c>');
      }
    }
    const styledRow = `<worksheet xmlns="${MAIN}">${cols}<sheetData><row r="1" s="9" customFormat="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`;
    const out = editSheet(styledRow, [{ sheet: 's', cell: 'D1', value: 5 }, { sheet: 's', cell: 'E1', formula: '=A1', value: 1 }], keep);
    expect(out).toContain('<c r="D1" s="9"><v>5</v></c>');
    expect(out).toContain('<c r="E1" s="9"><f>A1</f><v>1</v></c>');
    // A write that asks for a format derives it from the inherited one, as before.
    expect(editSheet(withRows, [{ sheet: 's', cell: 'D1', value: 5 }], { restyle: (base) => base + 100 })).toContain('<c r="D1" s="107"><v>5</v></c>');
    // A style the styles part does not hold (7 of 5, or a package with none) is not named.
    for (const styleCount of [5, 0, undefined]) expect(editSheet(withRows, [{ sheet: 's', cell: 'D1', value: 5 }], { ...keep, styleCount })).toContain('<c r="D1"><v>5</v></c>');
  });

  it('a <cols> after sheetData (not where the schema puts it) is not taken', () => {
    const xml = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><cols><col min="3" max="4" style="7"/></cols></worksheet>`;
    expect(editSheet(xml, [{ sheet: 's', cell: 'D1', value: 5 }], keep)).toContain('<c r="D1"><v>5</v></c>');
  });
});

/** editSheetBytes' text, decoded. */
function bytesText(xml: string, writes: CellWrite[], opts: SheetEditOptions): string {
  const pieces: Uint8Array[] = [];
  if (!editSheetBytes(xml, writes, opts, utf8Xml, (b) => pieces.push(b.slice()))) return xml;
  return Buffer.concat(pieces).toString('utf8');
}

describe('a sheet with rows edited from its bytes, a window of rows at a time (editSheetPart)', () => {
  const notProtected = () => false;
  /** editSheetPart's bytes and answer, windows of at least `window` bytes. */
  function part(xml: string, writes: CellWrite[], window?: number): { done: ReturnType<typeof editSheetPart>; bytes: Uint8Array } {
    const pieces: Uint8Array[] = [];
    const done = editSheetPart(new TextEncoder().encode(xml), writes, options(), utf8Xml, (p) => pieces.push(p.slice()), notProtected, window);
    return { done, bytes: joined(pieces) };
  }
  const rows = (n: number, from = 1) =>
    Array.from({ length: n }, (_, k) => {
      const r = from + k * 2;
      return `<row r="${r}" spans="1:3"><c r="A${r}" t="inlineStr"><is><t>債権${r} &amp; 𠮷</t></is></c><c r="B${r}"><v>${r * 3}</v></c><c r="C${r}" t="s"><v>${r % 7}</v></c></row>`;
    }).join('');

  it('windows of every size, writes into rows, between them, before the first and after the last: the bytes editSheet makes', () => {
    const xml = withRows(rows(300, 3), '<dimension ref="A3:C601"/>');
    const writes: CellWrite[] = [
      { sheet: 's', cell: 'D1', value: '前' },
      { sheet: 's', cell: 'B3', formula: 'A3*2', value: 6, numberFormat: '#,##0' },
      { sheet: 's', cell: 'A4', value: '間の行' },
      { sheet: 's', cell: 'D101', value: -1.5, numberFormat: '0.0;"△"0.0' },
      { sheet: 's', cell: 'C101', value: true },
      { sheet: 's', cell: 'A102', value: 2 },
      { sheet: 's', cell: 'B599', formula: "'1収入未済額'!C5", value: '' },
      { sheet: 's', cell: 'E601', value: '最後' },
      { sheet: 's', cell: 'A900', value: '後' },
    ];
    const text = editSheet(xml, writes, options());
    for (const window of [1, 37, 200, 4096, 1 << 16]) {
      const { done, bytes } = part(xml, writes, window);
      expect(done).toBe(true);
      expect(sameBytes(bytes, utf8Xml(text))).toBe(true);
    }
    expect(text).toContain('<dimension ref="A1:E900"/>');
  });

  it('writes that leave every cell as it was: false, the part given as it was', () => {
    const xml = withRows(rows(50), '<dimension ref="A1:C99"/>');
    const { done, bytes } = part(xml, [{ sheet: 's', cell: 'B51', value: 153 }], 100);
    expect(editSheet(xml, [{ sheet: 's', cell: 'B51', value: 153 }], options())).toBe(xml);
    expect(done).toBe(false);
    expect(sameBytes(bytes, utf8Xml(xml))).toBe(true);
  });

  // Each write goes past what the part's rows do wrong (an edit stops at its last write: what
  // lies after it is kept unread, by either edit).
  it.each([
    ['a sheet without rows', withRows(''), 'B1'],
    ['an empty sheetData', created(''), 'B1'],
    ['a row without its number', withRows(`${rows(20)}<row><c><v>1</v></c></row>`), 'B50'],
    ['rows out of order', withRows(rows(5, 20) + rows(5, 1)), 'B30'],
    ['a row repeated', withRows(rows(5) + rows(1, 9)), 'B11'],
    ['cells out of order in a row written to', withRows('<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c></row>'), 'B1'],
    ['a comment among the rows', withRows(`${rows(3)}<!-- </row> -->${rows(3, 10)}`), 'B1'],
    ['a shared formula rewritten in its first cell', withRows('<row r="1"><c r="B1"><f t="shared" ref="B1:B2" si="0">A1*2</f><v>2</v></c></row><row r="2"><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>'), 'B1'],
    ['UTF-16', '\uFEFF' + withRows(rows(3)), 'B1'],
  ])('%s: null (the whole text is edited instead)', (_, xml, cell) => {
    const writes: CellWrite[] = [{ sheet: 's', cell, value: 9 }];
    const bytes = xml.startsWith('\uFEFF') ? new Uint8Array(Buffer.from(xml, 'utf16le')) : new TextEncoder().encode(xml);
    expect(editSheetPart(bytes, writes, options(), utf8Xml, () => undefined, notProtected, 16)).toBeNull();
  });

  it('a protected sheet: said (the protection read after the first </sheetData>, not after a sheetData nested in an extension), and one whose protection is commented out is no protected sheet', () => {
    const isProtected = (tail: string) => /<sheetProtection sheet="1"\/>/.test(tail.replace(/<!--[\s\S]*?-->/g, ''));
    const ask = (xml: string) => editSheetPart(new TextEncoder().encode(xml), [{ sheet: 's', cell: 'B1', value: 9 }], options(), utf8Xml, () => undefined, isProtected, 16);
    expect(ask(withRows(rows(3)).replace('<pageMargins', '<sheetProtection sheet="1"/><pageMargins'))).toBe('protected');
    const nested = withRows(rows(3)).replace('</worksheet>', '<extLst><ext uri="{urn:x}"><d xmlns="urn:other"><sheetData><row r="1"/></sheetData></d></ext></extLst></worksheet>');
    expect(ask(nested.replace('<pageMargins', '<sheetProtection sheet="1"/><pageMargins'))).toBe('protected');
    // Rows with end tags in the extension, in the window that holds the sheet's own </sheetData> or in one of their own.
    const nestedRows = withRows(rows(3)).replace('</worksheet>', '<extLst><ext uri="{urn:x}"><d xmlns="urn:other"><sheetData><row r="1"></row></sheetData></d></ext></extLst></worksheet>');
    for (const window of [16, 1 << 16]) {
      const asked = editSheetPart(new TextEncoder().encode(nestedRows.replace('<pageMargins', '<sheetProtection sheet="1"/><pageMargins')), [{ sheet: 's', cell: 'B1', value: 9 }], options(), utf8Xml, () => undefined, isProtected, window);
      expect([window, asked]).toEqual([window, 'protected']);
    }
    const commented = withRows(rows(3)).replace('<pageMargins', '<!-- was: </sheetData><sheetProtection sheet="1"/> --><pageMargins');
    expect(ask(commented)).toBe(true);
  });

  it('a U+FEFF where a window starts is kept, as the whole edit keeps it', () => {
    const xml = withRows(`\uFEFF${rows(3)}\uFEFF${rows(3, 10)}`);
    const writes: CellWrite[] = [{ sheet: 's', cell: 'B1', value: 9 }];
    for (const window of [1, 16, 1 << 16]) {
      const { done, bytes } = part(xml, writes, window);
      expect(done).toBe(true);
      expect(sameBytes(bytes, utf8Xml(editSheet(xml, writes, options())))).toBe(true);
    }
  });

  it('random parts and writes, windows of random sizes: the bytes of the text editSheet makes wherever it answers, and it answers for every part in order with numbered rows and no shared formula', () => {
    const row = fc.tuple(fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 5 }), fc.array(fc.constantFrom('><v>5</v></c>', ' t="s"><v>1</v></c>', ' t="inlineStr"><is><t>収入 &amp; 𠮷</t></is></c>', '/>', ' s="0"><f>A1*2</f><v>2</v></c>'), { minLength: 5, maxLength: 5 }), fc.boolean());
    const parts = fc
      .tuple(fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 20 }), fc.array(row, { minLength: 20, maxLength: 20 }), fc.boolean(), fc.boolean(), fc.boolean())
      .map(([nums, rs, ordered, numbered, shared]) => {
        const order = ordered ? nums.slice().sort((a, b) => a - b) : nums;
        const body = randomRows(order, rs, (withR) => numbered || withR || !ordered, shared);
        return { xml: withRows(body, '<dimension ref="A1:G30"/>'), plain: ordered && numbered && !shared };
      });
    const write = fc
      .record({ cell: fc.tuple(fc.constantFrom('A', 'B', 'C', 'D', 'H', 'K'), fc.integer({ min: 1, max: 34 })).map(([c, r]) => `${c}${r}`), formula: fc.constantFrom('A1*2', "'1収入未済額'!C5"), value: fc.oneof(fc.integer({ min: -99, max: 99 }), fc.constantFrom('変更 <&>', '', true, null)), numberFormat: fc.constant('#,##0') }, { requiredKeys: ['cell'] })
      .map((w) => ({ sheet: 's', ...w }) as CellWrite);
    fc.assert(
      fc.property(parts, fc.array(write, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 400 }), ({ xml, plain }, writes, window) => {
        const { done, bytes } = part(xml, writes, window);
        if (plain) expect(done).not.toBeNull();
        if (done === null) return;
        const text = editSheet(xml, writes, options());
        expect(sameBytes(bytes, utf8Xml(text))).toBe(true);
        expect(done).toBe(text !== xml);
      }),
      { numRuns: 1000, seed: 20261205 },
    );
  });
});
