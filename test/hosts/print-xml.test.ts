/**
 * The print setup and layout the file writer emits (ECMA-376 Part 1: pageSetup 18.3.1.63,
 * rowBreaks 18.3.1.73, definedName 18.2.5 with the built-in _xlnm.Print_Area / _xlnm.Print_Titles,
 * alignment 18.8.1), read back from the written package.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8, strToU8, zipSync } from 'fflate';
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { recalc, runAll, summarize } from '../../src/core/engine';
import { alignedXf, layoutSheet, linePointsOf, moveSheetLast, pageSetupXml, printNames, rowBreaksXml, setPrintNames } from '../../src/hosts/file/print-xml';
import { StylesXml } from '../../src/hosts/file/styles-xml';

const sample = () => new Uint8Array(readFileSync(join(__dirname, '../../samples/tsuyama-plan2.xlsx')));

describe('print XML, pure', () => {
  it('A4 in the orientation asked, fitted to the width only (never to one page)', () => {
    expect(pageSetupXml({ orientation: 'landscape', fitToWidth: true })).toBe('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(pageSetupXml({})).toBe('<pageSetup paperSize="9" orientation="portrait"/>');
  });

  it('a break before row n has id n-1, manual, across all columns', () => {
    expect(rowBreaksXml([30, 12, 30])).toBe('<rowBreaks count="2" manualBreakCount="2"><brk id="11" max="16383" man="1"/><brk id="29" max="16383" man="1"/></rowBreaks>');
    expect(rowBreaksXml([])).toBe('');
  });

  it('print area and titles as sheet-scoped names, the sheet quoted', () => {
    expect(printNames("O'Neil 集計", { area: 'A1:E6', titleRows: '1:2' })).toEqual([
      { name: '_xlnm.Print_Area', text: "'O''Neil 集計'!$A$1:$E$6" },
      { name: '_xlnm.Print_Titles', text: "'O''Neil 集計'!$1:$2" },
    ]);
  });

  it('an aligned copy of a cell format keeps its font, fill and number format', () => {
    expect(alignedXf('<xf numFmtId="3" fontId="2" fillId="1" borderId="0" xfId="0" applyNumberFormat="1"/>', 'right', true)).toBe(
      '<xf numFmtId="3" fontId="2" fillId="1" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="right" wrapText="1"/></xf>',
    );
    expect(alignedXf('<xf numFmtId="0" fontId="0" applyAlignment="1"><alignment horizontal="left"/><protection locked="0"/></xf>', 'center', false)).toBe(
      '<xf numFmtId="0" fontId="0" applyAlignment="1"><alignment horizontal="center"/><protection locked="0"/></xf>',
    );
  });
});

describe('the written workbook', () => {
  let parts: Record<string, string>;
  beforeAll(async () => {
    const data = sample();
    const wb = await readWorkbook(data);
    const r = runAll(wb, 'x', '2026-11-23 10:00');
    const out = writeWorkbook(data, r.changes, wb).data;
    parts = Object.fromEntries(Object.entries(unzipSync(out)).filter(([p]) => p.endsWith('.xml') || p.endsWith('.rels')).map(([p, b]) => [p, strFromU8(b)]));
  }, 60_000);

  const partOf = (name: string) => {
    const wb = parts['xl/workbook.xml'];
    const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(parts['xl/_rels/workbook.xml.rels'])!;
    return parts[`xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, '')}`];
  };
  const sheetNames = () => [...parts['xl/workbook.xml'].matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);

  it('puts the change log last, behind 集計 and グラフ', () => {
    expect(sheetNames()).toEqual(['2-1', '2-2', '3-1', '3-2', '集計', 'グラフ', 'saiken変更履歴']);
  });

  it('names the print titles of 集計 and the print area of the change log, each scoped to its sheet', () => {
    const names = [...parts['xl/workbook.xml'].matchAll(/<definedName name="(_xlnm\.[^"]+)" localSheetId="(\d+)">([^<]+)<\/definedName>/g)].map((m) => [m[1], sheetNames()[Number(m[2])], m[3]]);
    expect(names).toEqual(expect.arrayContaining([
      ['_xlnm.Print_Titles', '集計', "'集計'!$1:$1"],
      ['_xlnm.Print_Area', 'saiken変更履歴', "'saiken変更履歴'!$A$1:$E$6"],
    ]));
  });

  it('writes the page setup, breaks and footer in schema order; no fit-to-one-page', () => {
    const xml = partOf('集計');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).not.toMatch(/fitToHeight="1"/);
    const order = ['<sheetData', '<pageMargins', '<pageSetup', '<headerFooter', '<rowBreaks'].map((t) => xml.indexOf(t));
    expect(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]))).toBe(true);
    expect((xml.match(/<brk /g) ?? []).length).toBeGreaterThanOrEqual(8);
    // The header row of section 1 is two lines high and right-aligned over its figures.
    expect(xml).toMatch(/<row [^>]*r="6"[^>]*ht="30"[^>]*customHeight="1"|<row [^>]*ht="30"[^>]*customHeight="1"[^>]*r="6"|<row r="6" ht="30" customHeight="1"/);
    const s = /<c r="B6" s="(\d+)"/.exec(xml)![1];
    const xf = [...parts['xl/styles.xml'].split('<cellXfs')[1].matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)][Number(s)][0];
    expect(xf).toContain('<alignment horizontal="right" wrapText="1"/>');
    // The chart sheet: portrait, two charts to a page.
    expect(partOf('グラフ')).toContain('<brk id="42" max="16383" man="1"/>');
  });

  it('is read back as before: the generated-sheet marks are the only text names', async () => {
    const data = sample();
    const wb = await readWorkbook(data);
    const out = writeWorkbook(data, runAll(wb, 'x', '2026-11-23 10:00').changes, wb).data;
    const again = await readWorkbook(out);
    expect(Object.keys(again.names ?? {}).sort()).toEqual(['_saiken_gen_charts', '_saiken_gen_summary']);
    expect(again.sheets.at(-1)!.name).toBe('saiken変更履歴');
  });

  it('a summary made after an earlier recalculation: the log moves behind it, its print area with it', async () => {
    const data = sample();
    const wb = await readWorkbook(data);
    const first = writeWorkbook(data, recalc(wb, 'x', '2026-11-23 10:00').changes, wb).data;
    const wb1 = await readWorkbook(first);
    expect(wb1.sheets.at(-1)!.name).toBe('saiken変更履歴');
    const second = writeWorkbook(first, summarize(wb1, 'x').changes, wb1).data;
    const xml = strFromU8(unzipSync(second)['xl/workbook.xml']);
    const names = [...xml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(['2-1', '2-2', '3-1', '3-2', '集計', 'グラフ', 'saiken変更履歴']);
    const area = /<definedName name="_xlnm\.Print_Area" localSheetId="(\d+)">([^<]+)</.exec(xml)!;
    expect([names[Number(area[1])], area[2]]).toEqual(['saiken変更履歴', "'saiken変更履歴'!$A$1:$E$6"]);
  }, 60_000);
});

describe('layout spliced into the parts by position', () => {
  const WB =
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r"><bookViews><workbookView activeTab="1" firstSheet="0"/></bookViews>' +
    '<sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="Log" sheetId="2" r:id="rId2"/><sheet name="B" sheetId="3" r:id="rId3"/></sheets>' +
    '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">Log!$A$1:$B$2</definedName><definedName name="keep" localSheetId="2">B!$A$1</definedName></definedNames>' +
    '<calcPr calcId="1"/></workbook>';

  it('moves a sheet last; sheet-scoped names and the active tab follow their sheets', () => {
    const xml = moveSheetLast(WB, 'Log');
    expect([...xml.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1])).toEqual(['A', 'B', 'Log']);
    expect(xml).toContain('<definedName name="_xlnm.Print_Area" localSheetId="2">Log!$A$1:$B$2</definedName>');
    expect(xml).toContain('<definedName name="keep" localSheetId="1">B!$A$1</definedName>');
    expect(xml).toContain('<workbookView activeTab="2" firstSheet="0"/>');
    expect(moveSheetLast(xml, 'Log')).toBe(xml);
  });

  it('replaces the sheet’s own print names and keeps every other name', () => {
    const xml = setPrintNames(WB, 'Log', { area: 'A1:E6' });
    expect([...xml.matchAll(/<definedName name="([^"]+)" localSheetId="(\d)">([^<]*)</g)].map((m) => [m[1], m[2], m[3]])).toEqual([
      ['keep', '2', 'B!$A$1'],
      ['_xlnm.Print_Area', '1', "'Log'!$A$1:$E$6"],
    ]);
  });

  it('creates <definedNames> at its schema place (before calcPr), prefixed like the part', () => {
    const bare = WB.replace(/<definedNames>.*<\/definedNames>/, '');
    expect(setPrintNames(bare, 'B', { titleRows: '1:2' })).toContain(`</sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="2">'B'!$1:$2</definedName></definedNames><calcPr`);
    const prefixed = '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheets><x:sheet name="S" sheetId="1"/></x:sheets></x:workbook>';
    expect(setPrintNames(prefixed, 'S', { area: 'A1:B2' })).toBe(
      `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheets><x:sheet name="S" sheetId="1"/></x:sheets><x:definedNames><x:definedName name="_xlnm.Print_Area" localSheetId="0">'S'!$A$1:$B$2</x:definedName></x:definedNames></x:workbook>`,
    );
  });

  it('a prefixed worksheet: setup in schema order, fitToPage in its empty sheetPr, heights on rows numbered or implied, the rest kept', () => {
    const sheet =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetPr/><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row><x:row><x:c r="A2" s="1"><x:v>2</x:v></x:c></x:row></x:sheetData>' +
      '<x:pageSetup orientation="portrait" fitToHeight="1"/><x:drawing r:id="d" xmlns:r="r"/></x:worksheet>';
    const xml = layoutSheet(sheet, { name: 'S', mode: 'create', state: 'visible', print: { orientation: 'landscape', fitToWidth: true, rowBreaks: [2] }, rowLines: [[2, 2]] });
    const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    expect(xml).toBe(
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetPr><x:pageSetUpPr fitToPage="1"/></x:sheetPr><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row><x:row r="2" ht="30" customHeight="1"><x:c r="A2" s="1"><x:v>2</x:v></x:c></x:row></x:sheetData>' +
        `<pageMargins ${NS} left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup ${NS} paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
        `<headerFooter ${NS}><oddFooter>&amp;C- &amp;P -</oddFooter></headerFooter><rowBreaks ${NS} count="1" manualBreakCount="1"><brk id="1" max="16383" man="1"/></rowBreaks><x:drawing r:id="d" xmlns:r="r"/></x:worksheet>`,
    );
  });

  it('an aligned cell format is derived once per base, in a prefixed styles part too', () => {
    const styles = new StylesXml('<x:styleSheet xmlns:x="m"><x:cellXfs count="2"><x:xf numFmtId="0"/><x:xf numFmtId="3" fontId="1"/></x:cellXfs></x:styleSheet>');
    expect(styles.derive(1, { align: 'right' })).toBe(2);
    expect(styles.derive(1, { align: 'right' })).toBe(2);
    expect(styles.derive(0, { numberFormat: '0.00', wrap: true })).toBe(3);
    expect(styles.xml).toBe(
      '<x:styleSheet xmlns:x="m"><x:cellXfs count="4"><x:xf numFmtId="0"/><x:xf numFmtId="3" fontId="1"/><x:xf numFmtId="3" fontId="1" applyAlignment="1"><x:alignment horizontal="right"/></x:xf>' +
        '<x:xf numFmtId="2" applyNumberFormat="1" applyAlignment="1"><x:alignment wrapText="1"/></x:xf></x:cellXfs></x:styleSheet>',
    );
  });

  it('no breaks asked: earlier breaks come off; fitToPage off when not fitting', () => {
    const sheet = '<worksheet><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetData/><rowBreaks count="1"><brk id="3"/></rowBreaks></worksheet>';
    const xml = layoutSheet(sheet, { name: 'S', mode: 'create', state: 'visible', print: {} });
    expect(xml).toBe(
      '<worksheet><sheetPr><pageSetUpPr/></sheetPr><sheetData/><pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="portrait"/><headerFooter><oddFooter>&amp;C- &amp;P -</oddFooter></headerFooter></worksheet>',
    );
  });
});

describe('wrapped rows in the workbook’s Normal font', () => {
  /** The sample with its Normal font (the first font) made another, as Excel saves a workbook made in it. */
  const inFont = (name: string, size: number) => {
    const files = unzipSync(sample());
    const styles = strFromU8(files['xl/styles.xml']).replace(/<font>([\s\S]*?)<sz val="11"\/><name val="Calibri"\/><\/font>/, `<font>$1<sz val="${size}"/><name val="${name}"/></font>`);
    files['xl/styles.xml'] = strToU8(styles);
    return zipSync(files);
  };
  const header = async (data: Uint8Array) => {
    const wb = await readWorkbook(data);
    const out = writeWorkbook(data, summarize(wb, '2026-11-23 10:00').changes, wb).data;
    const parts = unzipSync(out);
    const wbXml = strFromU8(parts['xl/workbook.xml']);
    const id = new RegExp(`<sheet [^>]*name="集計"[^>]*r:id="([^"]+)"`).exec(wbXml)![1];
    const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']);
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
    const xml = strFromU8(parts[`xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, '')}`]);
    return /<row [^>]*r="6"[^>]*>/.exec(xml)![0];
  };

  it('游ゴシック 11: two lines of 18.75 pt', async () => {
    expect(await header(inFont('游ゴシック', 11))).toMatch(/ht="37.5"/);
  });
  it('Calibri 11 and a font not known (MS Pゴシック): two lines of 15 pt', async () => {
    expect(await header(sample())).toMatch(/ht="30"/);
    expect(await header(inFont('ＭＳ Ｐゴシック', 11))).toMatch(/ht="30"/);
  });
  it('游ゴシック 14: its lines in proportion, in whole pixels', () => {
    expect(linePointsOf({ name: '游ゴシック', size: 14 })).toBe(24);
    expect(linePointsOf({ name: 'Yu Gothic', size: 11 })).toBe(18.75);
    expect(linePointsOf({ name: '游ゴシック', size: 8 })).toBe(15);
    expect(linePointsOf(null)).toBe(15);
  });
});
