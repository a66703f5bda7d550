/**
 * The writer on package shapes from other writers (test/fixtures/writer-shapes): strict OOXML,
 * macro-enabled, external links, prefixed XML, rows and cells without `r`, zips with data
 * descriptors and zip64 records. Untouched entries are copied still compressed; a ChangeSet that
 * changes nothing gives back the input; elements are inserted in schema order.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { ReadError } from '../../src/hosts/file/errors';
import { ZipArchive } from '../../src/hosts/file/zip/read';
import { WORKBOOK_ORDER, WORKSHEET_ORDER } from '../../src/hosts/file/sheet-order';
import { children, rootTag } from '../../src/hosts/file/xml-scan';
import { emptyChangeSet, type ChangeSet } from '../../src/core/changes';
import { recalc, runAll, summarize } from '../../src/core/engine';
import { a1, type Workbook } from '../../src/core/workbook';
import { run } from '../../src/cli/main';
import { BUILDERS, fromPrefixed, fromStrict } from '../fixtures/writer-shapes/build';

const NOW = '2026-11-23 10:00';
const SHAPES = join(__dirname, '../fixtures/writer-shapes');
const shape = (f: string) => new Uint8Array(readFileSync(join(SHAPES, f)));
const sample = (f = 'tsuyama-plan2.xlsx') => new Uint8Array(readFileSync(join(__dirname, '../../samples', f)));

function cellsOf(wb: Workbook): Map<string, string> {
  const m = new Map<string, string>();
  for (const s of wb.sheets) s.rows.forEach((row, r) => row?.forEach((c, col) => c && m.set(`${s.name}!${a1(r, col)}`, JSON.stringify(c))));
  return m;
}

/** The local names of a part's root children, in order. */
function order(xml: string): string[] {
  return children(xml, rootTag(xml)).map((c) => c.local);
}

/** Children known to the schema sequence appear in its order. */
function expectInOrder(names: string[], sequence: readonly string[], part: string): void {
  const ranks = names.map((n) => sequence.indexOf(n)).filter((r) => r >= 0);
  expect({ part, names, sorted: ranks.every((r, i) => i === 0 || ranks[i - 1] <= r) }).toEqual({ part, names, sorted: true });
}

function rawEntries(data: Uint8Array): Map<string, { raw: Buffer; crc: number; method: number }> {
  const z = new ZipArchive(data);
  return new Map(z.entries.map((e) => [e.name, { raw: Buffer.from(z.raw(e)), crc: e.crc, method: e.method }]));
}

describe('the writer-shapes fixtures', () => {
  it('are what build.ts makes', async () => {
    for (const [name, build] of Object.entries(BUILDERS)) expect([name, Buffer.from(await build()).equals(Buffer.from(shape(name)))]).toEqual([name, true]);
  });
});

describe('nothing to change, nothing rewritten (issue 17.8)', () => {
  it.each([...Object.keys(BUILDERS), 'tsuyama-plan2.xlsx', 'ledger-sample.xlsx'])('%s: an empty ChangeSet gives back the input bytes', (f) => {
    const data = f in BUILDERS ? shape(f) : sample(f);
    // The snapshot is not consulted when nothing is written.
    const out = writeWorkbook(data, emptyChangeSet(), { sheets: [] });
    expect(Buffer.from(out.data).equals(Buffer.from(data))).toBe(true);
    expect(out.cellsWritten).toBe(0);
  });

  it('recalc of a recalculated file changes nothing and writes the same bytes', async () => {
    const data = sample();
    const wb = await readWorkbook(data);
    const first = writeWorkbook(data, recalc(wb, 'x.xlsx', NOW).changes, wb).data;
    const again = await readWorkbook(first);
    const second = recalc(again, 'x.xlsx', NOW).changes;
    expect(second.cells).toEqual([]);
    expect(Buffer.from(writeWorkbook(first, second, again).data).equals(Buffer.from(first))).toBe(true);
  });

  it('a ChangeSet whose writes leave a part as it was does not re-serialize it', async () => {
    const data = sample();
    const wb = await readWorkbook(data);
    const cs = emptyChangeSet();
    // A plain value, no format, no formula: the sheet is rewritten, nothing else (no styles, no calcPr).
    cs.cells.push({ sheet: '2-2', cell: 'C6', value: 1234 });
    const out = writeWorkbook(data, cs, wb).data;
    const a = rawEntries(data);
    const b = rawEntries(out);
    const rewritten = [...a].filter(([n, e]) => !b.get(n)?.raw.equals(e.raw)).map(([n]) => n);
    expect(rewritten).toEqual(['xl/worksheets/sheet2.xml']);
  });
});

describe('untouched entries are copied still compressed (issue 14.1)', () => {
  it.each(['tsuyama-plan2.xlsx', 'data-descriptor.xlsx', 'zip64.xlsx'])('%s: recalc rewrites only the sheets it writes, the workbook, its relationships, content types and styles', async (f) => {
    const data = f.startsWith('tsuyama') ? sample(f) : shape(f);
    const wb = await readWorkbook(data);
    const { changes } = recalc(wb, 'x.xlsx', NOW);
    const out = writeWorkbook(data, changes, wb).data;
    const a = rawEntries(data);
    const b = rawEntries(out);
    const mayChange = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml']);
    for (const [name, e] of a) {
      if (mayChange.has(name)) continue;
      expect([name, b.get(name)?.raw.equals(e.raw), b.get(name)?.crc === e.crc]).toEqual([name, true, true]);
    }
    // The same cells as the same changes written to the sample.
    const expected = cellsOf(await readWorkbook(writeWorkbook(sample(), changes, wb).data));
    expect(cellsOf(await readWorkbook(out))).toEqual(expected);
  });
});

describe('strict OOXML (issue 17.5)', () => {
  it.each(['summary', 'run'])('%s writes strict parts that read back like the transitional output', async (command) => {
    const data = shape('strict.xlsx');
    const wb = await readWorkbook(data);
    const r = command === 'summary' ? summarize(wb, 'x') : runAll(wb, 'x', NOW);
    const out = writeWorkbook(data, r.changes, wb).data;
    const files = unzipSync(out);
    const xmlParts = Object.keys(files).filter((p) => /\.(xml|rels)$/.test(p));
    for (const p of xmlParts) {
      const xml = strFromU8(files[p]);
      expect([p, /schemas\.openxmlformats\.org\/(spreadsheetml|drawingml|officeDocument)\//.test(xml)]).toEqual([p, false]);
    }
    const charts = Object.keys(files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(3);
    for (const c of charts) expect(strFromU8(files[c])).toContain('xmlns:c="http://purl.oclc.org/ooxml/drawingml/chart"');
    expect(strFromU8(files['xl/_rels/workbook.xml.rels'])).toContain('Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet"');
    expectInOrder(order(strFromU8(files['xl/workbook.xml'])), WORKBOOK_ORDER, 'xl/workbook.xml');
    // Mapped back to transitional, it holds exactly what the transitional sample gets.
    const back: Record<string, Uint8Array> = {};
    for (const [p, d] of Object.entries(files)) back[p] = /\.(xml|rels)$/.test(p) ? strToU8(fromStrict(strFromU8(d))) : d;
    const plain = await readWorkbook(sample());
    const expected = await readWorkbook(writeWorkbook(sample(), (command === 'summary' ? summarize(plain, 'x') : runAll(plain, 'x', NOW)).changes, plain).data);
    const got = await readWorkbook(zipSync(back));
    expect(got.names).toEqual(expected.names);
    expect(cellsOf(got)).toEqual(cellsOf(expected));
  });
});

describe('workbook.xml in schema order (issue 17.6)', () => {
  it('the generated-sheet marks go after functionGroups and externalReferences, before calcPr', async () => {
    const data = shape('external-link.xlsx');
    const wb = await readWorkbook(data);
    const out = writeWorkbook(data, runAll(wb, 'x', NOW).changes, wb).data;
    const files = unzipSync(out);
    const xml = strFromU8(files['xl/workbook.xml']);
    expect(order(xml)).toEqual(['fileVersion', 'workbookPr', 'sheets', 'functionGroups', 'externalReferences', 'definedNames', 'calcPr']);
    expect(xml).toContain('<calcPr calcId="171027" fullCalcOnLoad="1"/>');
    for (const p of Object.keys(files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) expectInOrder(order(strFromU8(files[p])), WORKSHEET_ORDER, p);
    // The link and its part are carried over.
    for (const p of ['xl/externalLinks/externalLink1.xml', 'xl/externalLinks/_rels/externalLink1.xml.rels']) expect(rawEntries(out).get(p)!.raw.equals(rawEntries(data).get(p)!.raw)).toBe(true);
    expect(Object.keys((await readWorkbook(out)).names ?? {}).sort()).toEqual(['_saiken_gen_charts', '_saiken_gen_summary']);
  });
});

describe('a macro workbook (issue 17.7)', () => {
  const changesOf = async (data: Uint8Array) => {
    const wb = await readWorkbook(data);
    return { wb, changes: summarize(wb, 'x').changes };
  };

  it('is refused under a .xlsx name, with a message naming the file and the extension it needs', async () => {
    const data = shape('macro.xlsm');
    const { wb, changes } = await changesOf(data);
    let error: unknown;
    try {
      writeWorkbook(data, changes, wb, 'macro.xlsm', { outputName: 'out.xlsx' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).reason).toBe('wrong-extension');
    expect((error as ReadError).message).toContain('out.xlsx');
    expect((error as ReadError).message).toContain('.xlsm');
    expect((error as ReadError).messageEn).toContain('.xlsm');
  });

  it('keeps its VBA project and content type under a .xlsm name', async () => {
    const data = shape('macro.xlsm');
    const { wb, changes } = await changesOf(data);
    const out = writeWorkbook(data, changes, wb, 'macro.xlsm', { outputName: 'out.xlsm' }).data;
    expect(rawEntries(out).get('xl/vbaProject.bin')!.raw.equals(rawEntries(data).get('xl/vbaProject.bin')!.raw)).toBe(true);
    const files = unzipSync(out);
    expect(strFromU8(files['[Content_Types].xml'])).toContain('ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"');
    expect(strFromU8(files['xl/_rels/workbook.xml.rels'])).toContain('Target="vbaProject.bin"');
  });

  it('the CLI refuses summary -o out.xlsx (exit 2, no file written) and accepts out.xlsm', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'saiken-macro-'));
    writeFileSync(join(dir, 'in.xlsm'), shape('macro.xlsm'));
    const err: string[] = [];
    const code = await run(['summary', join(dir, 'in.xlsm'), '-o', join(dir, 'out.xlsx')], { out: () => undefined, err: (s) => err.push(s) });
    expect(code).toBe(2);
    expect(err.join('')).toContain('out.xlsx: このブックは .xlsm 形式です');
    expect(() => readFileSync(join(dir, 'out.xlsx'))).toThrow();
    expect(await run(['summary', join(dir, 'in.xlsm'), '-o', join(dir, 'out.xlsm')], { out: () => undefined, err: () => undefined })).toBe(0);
    expect((await readWorkbook(new Uint8Array(readFileSync(join(dir, 'out.xlsm'))))).sheets.map((s) => s.name)).toContain('集計');
  });
});

describe('prefixed SpreadsheetML (x:, as the Open XML SDK writes)', () => {
  it('run writes prefixed rows, cells and names, and the content equals the unprefixed output', async () => {
    const plain = await readWorkbook(sample());
    const changes = runAll(plain, 'x', NOW).changes;
    const out = writeWorkbook(shape('prefixed.xlsx'), changes, plain).data;
    const files = unzipSync(out);
    const sheet2 = strFromU8(files['xl/worksheets/sheet2.xml']);
    expect(sheet2).toMatch(/<x:c r="G6" s="\d+"><x:f>IF\(OR\(E6="",C6=""\),"",E6-C6\)<\/x:f><x:v>-628<\/x:v><\/x:c>/);
    expect(sheet2).not.toMatch(/<(c|row|f|v) /);
    expect(strFromU8(files['xl/workbook.xml'])).toMatch(/<x:definedNames><x:definedName name="_saiken_gen_/);
    expectInOrder(order(strFromU8(files['xl/workbook.xml'])), WORKBOOK_ORDER, 'xl/workbook.xml');
    const back: Record<string, Uint8Array> = {};
    for (const [p, d] of Object.entries(files)) back[p] = /\.xml$/.test(p) ? strToU8(fromPrefixed(strFromU8(d))) : d;
    const expected = await readWorkbook(writeWorkbook(sample(), changes, plain).data);
    expect(cellsOf(await readWorkbook(zipSync(back)))).toEqual(cellsOf(expected));
  });
});

describe('rows and cells without r', () => {
  it('recalc numbers the rows and cells it passes, so that every cell keeps its place', async () => {
    const plain = await readWorkbook(sample());
    const changes = recalc(plain, 'x', NOW).changes;
    const out = writeWorkbook(shape('implicit-refs.xlsx'), changes, plain).data;
    // Every cell sits at the address the sample's output gives it, explicit or implied.
    const xml = strFromU8(unzipSync(out)['xl/worksheets/sheet2.xml']);
    const expected = strFromU8(unzipSync(writeWorkbook(sample(), changes, plain).data)['xl/worksheets/sheet2.xml']);
    const got = addresses(xml);
    expect(got.length).toBeGreaterThan(300);
    expect(got).toEqual(addresses(expected));
    // Rows before the first write are passed untouched, without a number.
    expect(xml).toMatch(/<sheetData><row(?! r=)/);
    const strip = (x: string) => x.replace(/\s(r|spans)="[^"]*"/g, '');
    expect(strip(xml)).toEqual(strip(expected));
  });
});

/** Each row's and cell's address in document order, `r` or implied by the one before (CT_Row, CT_Cell). */
function addresses(xml: string): string[] {
  const out: string[] = [];
  let row = 0;
  let col = 0;
  for (const m of xml.matchAll(/<(row|c)\b([^>]*)>/g)) {
    const r = /\sr="([A-Z]*)(\d+)"/.exec(m[2]);
    if (m[1] === 'row') {
      row = r ? Number(r[2]) : row + 1;
      col = 0;
      out.push(String(row));
    } else {
      col = r ? [...r[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : col + 1;
      out.push(`${a1(row - 1, col - 1)}`);
    }
  }
  return out;
}

describe('shared formulas', () => {
  const SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:B3"/><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row><row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row><row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c></row></sheetData></worksheet>`;
  const book = () =>
    zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(SHEET),
    });

  it('rewriting the master gives the other cells of the group their own formulas', async () => {
    const data = book();
    const wb = await readWorkbook(data);
    const cs: ChangeSet = emptyChangeSet();
    cs.cells.push({ sheet: 'S', cell: 'B1', formula: 'A1*10', value: 10, numberFormat: '0.0' });
    const out = writeWorkbook(data, cs, wb).data;
    const after = await readWorkbook(out);
    expect(after.sheets[0].rows.map((r) => r[1])).toEqual([
      { value: 10, formula: 'A1*10', numberFormat: '0.0' },
      { value: 4, formula: 'A2*2' },
      { value: 6, formula: 'A3*2' },
    ]);
    const xml = strFromU8(unzipSync(out)['xl/worksheets/sheet1.xml']);
    expect(xml).not.toContain('t="shared"');
    // No styles part: one is added with the derived format, registered in the relationships and content types.
    expect(strFromU8(unzipSync(out)['xl/_rels/workbook.xml.rels'])).toContain('relationships/styles');
    expect(strFromU8(unzipSync(out)['xl/workbook.xml'])).toContain('<calcPr fullCalcOnLoad="1"/></workbook>');
  });

  it('a format-only write keeps the content of the cell (and its shared formula group); control characters are escaped', async () => {
    const data = book();
    const wb = await readWorkbook(data);
    const cs: ChangeSet = emptyChangeSet();
    cs.cells.push({ sheet: 'S', cell: 'B1', numberFormat: '0.00' }, { sheet: 'S', cell: 'A3', value: 'a\u0001b_x0041_' });
    const out = writeWorkbook(data, cs, wb).data;
    const xml = strFromU8(unzipSync(out)['xl/worksheets/sheet1.xml']);
    expect(xml).toMatch(/<c r="B1" s="1"><f t="shared" ref="B1:B3" si="0">A1\*2<\/f><v>2<\/v><\/c>/);
    expect(xml).toContain('<c r="B2"><f t="shared" si="0"/><v>4</v></c>');
    expect(xml).toContain('<c r="A3" t="inlineStr"><is><t xml:space="preserve">a_x0001_b_x005F_x0041_</t></is></c>');
    const after = await readWorkbook(out);
    expect(after.sheets[0].rows[0][1]).toEqual({ value: 2, formula: 'A1*2', numberFormat: '0.00' });
  });

  it('un-sharing takes the first cell’s formula from the part, entities and CDATA decoded, with no cells of the snapshot', async () => {
    const files = unzipSync(book());
    files['xl/worksheets/sheet1.xml'] = strToU8(SHEET.replace('>A1*2</f>', '>IF(A1&lt;2,<![CDATA[A1&"<"]]>,A1*2)</f>'));
    const data = zipSync(files);
    const read = await readWorkbook(data);
    expect(read.sheets[0].rows[2][1]?.formula).toBe('IF(A3<2,A3&"<",A3*2)');
    const cs: ChangeSet = emptyChangeSet();
    cs.cells.push({ sheet: 'S', cell: 'B1', formula: 'A1*10', value: 10 });
    // The snapshot as the CLI hands it to the writer: the sheet's name, no cells.
    const out = writeWorkbook(data, cs, { sheets: [{ name: 'S', rows: [], merges: [] }] }).data;
    const xml = strFromU8(unzipSync(out)['xl/worksheets/sheet1.xml']);
    expect(xml).toContain('<c r="B2"><f>IF(A2&lt;2,A2&amp;"&lt;",A2*2)</f><v>4</v></c>');
    const after = await readWorkbook(out);
    expect(after.sheets[0].rows.map((r) => r[1]?.formula)).toEqual(['A1*10', 'IF(A2<2,A2&"<",A2*2)', 'IF(A3<2,A3&"<",A3*2)']);
  });

  it('un-sharing gives each cell the formula the reader gives it: its own text, or the last first cell of its group before it', async () => {
    const files = unzipSync(book());
    // Group 0 twice (B1:B2, then B3:B5); B5 has a formula of its own, as a shared cell may.
    const rows =
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1*2</f><v>2</v></c></row>' +
      '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>' +
      '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" ref="B3:B5" si="0">A3+100</f><v>103</v></c></row>' +
      '<row r="4"><c r="A4"><v>4</v></c><c r="B4"><f t="shared" si="0"/><v>104</v></c></row>' +
      '<row r="5"><c r="A5"><v>5</v></c><c r="B5"><f t="shared" si="0">A5*3</f><v>15</v></c></row>';
    files['xl/worksheets/sheet1.xml'] = strToU8(SHEET.replace(/<sheetData>.*<\/sheetData>/, `<sheetData>${rows}</sheetData>`));
    const data = zipSync(files);
    const before = (await readWorkbook(data)).sheets[0].rows.map((r) => r[1]?.formula);
    expect(before).toEqual(['A1*2', 'A2*2', 'A3+100', 'A4+100', 'A5*3']);
    const cs: ChangeSet = emptyChangeSet();
    cs.cells.push({ sheet: 'S', cell: 'B1', formula: 'A1*10', value: 10 });
    const out = writeWorkbook(data, cs, { sheets: [{ name: 'S', rows: [], merges: [] }] }).data;
    expect((await readWorkbook(out)).sheets[0].rows.map((r) => r[1]?.formula)).toEqual(['A1*10', 'A2*2', 'A3+100', 'A4+100', 'A5*3']);
  });

  it('rows and cells out of order (which Excel and LibreOffice read) are put in order, then written', async () => {
    const files = unzipSync(book());
    files['xl/worksheets/sheet1.xml'] = strToU8(
      SHEET.replace(/<sheetData>.*<\/sheetData>/, '<sheetData><row r="2"><c r="B2"><v>4</v></c><c r="A2"><v>2</v></c></row><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'),
    );
    const cs: ChangeSet = emptyChangeSet();
    cs.cells.push({ sheet: 'S', cell: 'C2', value: 9 }, { sheet: 'S', cell: 'B1', value: 'b' });
    const xml = strFromU8(unzipSync(writeWorkbook(zipSync(files), cs, { sheets: [] }).data)['xl/worksheets/sheet1.xml']);
    expect(xml).toContain(
      '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve">b</t></is></c></row><row r="2"><c r="A2"><v>2</v></c><c r="B2"><v>4</v></c><c r="C2"><v>9</v></c></row></sheetData>',
    );
  });

  it('a UTF-16 sheet part (with its byte order mark) is edited and written back as UTF-8, its declaration saying so', () => {
    const files = unzipSync(book());
    const text = SHEET.replace('encoding="UTF-8"', 'encoding="UTF-16"');
    files['xl/worksheets/sheet1.xml'] = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const cs: ChangeSet = emptyChangeSet();
    cs.cells.push({ sheet: 'S', cell: 'C1', value: '債権' });
    const out = unzipSync(writeWorkbook(zipSync(files), cs, { sheets: [] }).data)['xl/worksheets/sheet1.xml'];
    expect([out[0], out[1]]).toEqual([0x3c, 0x3f]);
    const xml = strFromU8(out);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
    expect(xml).toContain('<c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c><c r="C1" t="inlineStr"><is><t xml:space="preserve">債権</t></is></c></row>');
  });

  it('a sheet part cut short is refused with a message naming the file and the sheet', () => {
    const files = unzipSync(book());
    files['xl/worksheets/sheet1.xml'] = strToU8(SHEET.slice(0, SHEET.indexOf('<v>2</v>')));
    const cs: ChangeSet = emptyChangeSet();
    cs.cells.push({ sheet: 'S', cell: 'C5', value: 1 });
    expect(() => writeWorkbook(zipSync(files), cs, { sheets: [] }, 'cut.xlsx')).toThrow(ReadError);
    expect(() => writeWorkbook(zipSync(files), cs, { sheets: [] }, 'cut.xlsx')).toThrow(/^cut\.xlsx: .*シート「S」（xl\/worksheets\/sheet1\.xml）: <row> が閉じられていません/);
    const error = (() => {
      try {
        writeWorkbook(zipSync(files), cs, { sheets: [] }, 'cut.xlsx');
      } catch (e) {
        return e as ReadError;
      }
    })();
    expect(error?.messageEn).toMatch(/^cut\.xlsx: .*S \(xl\/worksheets\/sheet1\.xml\): unclosed element <row>/);
  });

  it('a new cell past the dimension widens it; a row and cells are inserted in order', async () => {
    const data = book();
    const wb = await readWorkbook(data);
    const cs: ChangeSet = emptyChangeSet();
    cs.cells.push({ sheet: 'S', cell: 'D5', value: 'x' }, { sheet: 'S', cell: 'C2', value: true }, { sheet: 'S', cell: 'A4', value: -1.5 });
    const out = writeWorkbook(data, cs, wb).data;
    const xml = strFromU8(unzipSync(out)['xl/worksheets/sheet1.xml']);
    expect(xml).toContain('<dimension ref="A1:D5"/>');
    expect(xml).toContain('<c r="B2"><f t="shared" si="0"/><v>4</v></c><c r="C2" t="b"><v>1</v></c></row><row r="3">');
    expect(xml).toContain('</row><row r="4"><c r="A4"><v>-1.5</v></c></row><row r="5"><c r="D5" t="inlineStr"><is><t xml:space="preserve">x</t></is></c></row></sheetData>');
    const after = await readWorkbook(out);
    expect([after.sheets[0].rows[1][2], after.sheets[0].rows[3][0], after.sheets[0].rows[4][3]]).toEqual([{ value: true }, { value: -1.5 }, { value: 'x' }]);
  });
});
