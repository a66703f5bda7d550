/**
 * A sheet without rows (one the ChangeSet creates) is written rows-in-order straight into its
 * part instead of by the splice: the text must be exactly what the splice makes of the same part
 * (formulas with cached results, text inline, styles, writes to one cell in their order, the
 * dimension widened), and the written workbook reads back cell for cell.
 */
import { unzipSync, strFromU8 } from 'fflate';
import fc from 'fast-check';
import type { CellWrite } from '../../src/core/changes';
import { consolidate, consolidationChanges, readSubmissions } from '../../src/core/consolidate';
import { editSheet, spliceSheet, type SheetEditOptions } from '../../src/hosts/file/sheet-xml';
import { StylesXml } from '../../src/hosts/file/styles-xml';
import { layoutSheet } from '../../src/hosts/file/print-xml';
import { newWorkbook } from '../../src/hosts/file/new-workbook';
import { readWorkbook } from '../../src/hosts/file/read';
import { colIndex } from '../../src/core/workbook';
import { buildCorpus } from '../fixtures/consolidate/build';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const STYLES =
  `<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** Options as the writer passes them, over a styles part of its own (derive numbers formats in call order). */
function options(): { opts: SheetEditOptions; styles: StylesXml } {
  const styles = new StylesXml(STYLES);
  return {
    styles,
    opts: {
      restyle: (base, w) => (w.numberFormat === undefined && !w.bold && !w.align && !w.wrap ? undefined : styles.derive(base, { numberFormat: w.numberFormat, bold: w.bold, align: w.align, wrap: w.wrap })),
    },
  };
}

/** Both ways over the same part and writes: the text and the styles each leaves. */
function bothWays(xml: string, writes: CellWrite[]) {
  const a = options();
  const b = options();
  const created = editSheet(xml, writes, a.opts);
  const spliced = spliceSheet(xml, writes, b.opts);
  return { created, spliced, stylesCreated: a.styles.xml, stylesSpliced: b.styles.xml };
}

// The shapes a part without rows comes in: as the writer creates it (columns styled or not, no
// dimension), with an open sheetData and whitespace, a dimension to widen, a namespace prefix.
const PARTS: Record<string, string> = {
  created:
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="20" customWidth="1"/><col min="3" max="4" width="9" style="1"/></cols><sheetData/>' +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>',
  open: `<worksheet xmlns="${MAIN}"><dimension ref="B2"/><sheetData>\n  </sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
  prefixed: `<x:worksheet xmlns:x="${MAIN}"><x:dimension ref="A1:C3"/><x:sheetData/></x:worksheet>`,
};

const WRITES: CellWrite[] = [
  // Out of order on purpose; C3 twice (a value, then its format); a formula with a text result.
  { sheet: 's', cell: 'C3', value: 1234.5 },
  { sheet: 's', cell: 'A1', value: '見出し <&> "引用"', bold: true, align: 'center' },
  { sheet: 's', cell: 'AA10', formula: 'SUMIFS(明細!$L:$L,明細!$D:$D,"税務課")', value: 98765, numberFormat: '#,##0' },
  { sheet: 's', cell: 'C3', numberFormat: '#,##0.0' },
  { sheet: 's', cell: 'B1', formula: '=IF(A1="","",A1)', value: '見出し' },
  { sheet: 's', cell: 'D2', value: true },
  { sheet: 's', cell: 'B2', value: 'tab\there\x01 _x0041_', wrap: true },
  { sheet: 's', cell: 'E2', value: '' },
  { sheet: 's', cell: 'F2', value: null },
  { sheet: 's', cell: 'A1', value: '見出し（上書き）' },
  { sheet: 's', cell: 'D3', value: -0.25 },
];

describe('a sheet without rows, written rows-in-order', () => {
  it.each(Object.keys(PARTS))('%s: the same text as the splice makes', (name) => {
    const r = bothWays(PARTS[name], WRITES);
    expect(r.created).toBe(r.spliced);
    expect(r.stylesCreated).toBe(r.stylesSpliced);
    // The writes are there (not two empty results alike): the later A1 won, C3 has its value and format.
    expect(r.created).toMatch(/<(x:)?t xml:space="preserve">見出し（上書き）<\/(x:)?t>/);
    expect(r.created).toMatch(/<(x:)?c r="C3" s="\d+"><(x:)?v>1234.5<\/(x:)?v><\/(x:)?c>/);
    expect(r.created.indexOf('r="AA10"')).toBeGreaterThan(r.created.indexOf('r="D3"'));
  });

  it('the dimension is widened to the written cells', () => {
    expect(editSheet(PARTS.open, WRITES, options().opts)).toContain('<dimension ref="A1:AA10"/>');
    expect(editSheet(PARTS.prefixed, WRITES, options().opts)).toContain('<x:dimension ref="A1:AA10"/>');
  });

  it('no writes: sheetData stays empty, as the splice leaves it', () => {
    const r = bothWays(PARTS.created, []);
    expect(r.created).toBe(r.spliced);
    expect(r.created).toContain('<sheetData></sheetData>');
  });

  it('a bad address is refused as by the splice', () => {
    const bad: CellWrite[] = [{ sheet: 's', cell: 'A1', value: 1 }, { sheet: 's', cell: 'a1' as never, value: 2 }];
    expect(() => editSheet(PARTS.created, bad, options().opts)).toThrow('bad cell address a1');
    expect(() => spliceSheet(PARTS.created, bad, options().opts)).toThrow('bad cell address a1');
  });

  it('a new cell is written as the same cell present and empty would be', () => {
    // Every written cell present as <c r=".."/> in one part, absent from the other (same rows):
    // the first goes through the edit of an existing cell, the second is made straight out.
    const rows = new Map<number, string[]>();
    for (const w of WRITES) {
      const n = Number(/\d+$/.exec(w.cell)![0]);
      const cells = rows.get(n) ?? [];
      if (!cells.includes(w.cell)) cells.push(w.cell);
      rows.set(n, cells);
    }
    const sorted = [...rows].sort((a, b) => a[0] - b[0]);
    const part = (cells: boolean) =>
      `<worksheet xmlns="${MAIN}"><sheetData>${sorted.map(([n, refs]) => `<row r="${n}">${cells ? refs.sort((a, b) => colIndex(a.replace(/\d+$/, '')) - colIndex(b.replace(/\d+$/, ''))).map((r) => `<c r="${r}"/>`).join('') : ''}</row>`).join('')}</sheetData></worksheet>`;
    const present = spliceSheet(part(true), WRITES, options().opts);
    const absent = spliceSheet(part(false), WRITES, options().opts);
    expect(absent).toBe(present);
    expect(absent).toContain('<c r="B1" t="str"><f>IF(A1="","",A1)</f><v>見出し</v></c>');
    expect(absent).toMatch(/<c r="A1" s="\d+" t="inlineStr"><is><t xml:space="preserve">見出し（上書き）<\/t><\/is><\/c>/);
    expect(absent).toContain('<c r="D2" t="b"><v>1</v></c>');
  });

  it('row heights given to the rows-in-order write: the text layoutSheet makes after it', () => {
    const heights: [number, number][] = [[1, 30], [3, 45], [7, 30], [10, 60]];
    // In lines, 15 pt each (the host's standard row).
    const sheet = { name: 's', mode: 'create' as const, state: 'visible' as const, rowLines: heights.map(([r, points]): [number, number] => [r, points / 15]) };
    for (const name of Object.keys(PARTS)) {
      const direct = editSheet(PARTS[name], WRITES, { ...options().opts, rowHeights: new Map(heights) });
      expect([name, direct]).toEqual([name, layoutSheet(editSheet(PARTS[name], WRITES, options().opts), sheet)]);
      // Row 7 has no cell written: no row is made for its height.
      expect(direct).toMatch(/<(x:)?row r="10" ht="60" customHeight="1">/);
      expect(direct).not.toMatch(/r="7"/);
    }
  });

  it('取りまとめ of the corpus: 明細 and every other created sheet as the splice makes them, read back cell for cell', async () => {
    const corpus = await buildCorpus();
    const results = await readSubmissions(corpus.map((s) => ({ name: s.name, modified: s.modified.getTime(), read: () => readWorkbook(s.data, s.name) })));
    const { changes } = consolidationChanges(consolidate(results));
    const sheets = [...new Set(changes.cells.map((c) => c.sheet))];
    expect(sheets).toEqual(expect.arrayContaining(['提出状況', '明細', '全庁集計', '指摘一覧']));
    for (const sheet of sheets) {
      const r = bothWays(PARTS.created, changes.cells.filter((c) => c.sheet === sheet));
      expect([sheet, r.created === r.spliced]).toEqual([sheet, true]);
      expect([sheet, r.stylesCreated === r.stylesSpliced]).toEqual([sheet, true]);
    }
    // The written workbook: each of 明細's writes read back at its cell.
    const data = newWorkbook(changes);
    const wb = await readWorkbook(data);
    const detail = wb.sheets.find((s) => s.name === '明細')!;
    const writes = changes.cells.filter((c) => c.sheet === '明細');
    expect(writes.length).toBeGreaterThan(500);
    for (const w of writes) {
      const m = /^([A-Z]+)(\d+)$/.exec(w.cell)!;
      const cell = detail.rows[Number(m[2]) - 1]?.[colIndex(m[1])];
      const want = w.value === null || w.value === '' ? undefined : w.value;
      expect([w.cell, cell?.value]).toEqual([w.cell, want]);
    }
    // 明細 holds its rows in order, each once.
    const xml = Object.entries(unzipSync(data)).map(([, v]) => strFromU8(v)).find((x) => x.includes('<tableParts'))!;
    const rowNumbers = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rowNumbers).toEqual(rowNumbers.slice().sort((a, b) => a - b));
    expect(new Set(rowNumbers).size).toBe(rowNumbers.length);
    expect(rowNumbers.at(-1)).toBe(detail.rows.length);
  }, 60_000);

  it('random writes (values of every type, formulas with and without "=", texts to escape, formats): the text of the splice', () => {
    const text = fc.oneof(fc.string(), fc.constantFrom('見出し <&> "引用"', 'tab\there\x01 _x0041_', '', '達成'));
    const write = fc.record(
      {
        cell: fc.tuple(fc.constantFrom('A', 'B', 'C', 'AA'), fc.integer({ min: 1, max: 12 })).map(([c, r]) => `${c}${r}`),
        formula: fc.oneof(text, text.map((t) => `=${t}`)),
        value: fc.oneof(fc.double(), fc.integer(), text, fc.boolean(), fc.constant(null)),
        numberFormat: fc.constantFrom('#,##0', '0.0;"△"0.0'),
        bold: fc.boolean(),
        align: fc.constantFrom<'left' | 'center' | 'right'>('left', 'center', 'right'),
        wrap: fc.boolean(),
      },
      { requiredKeys: ['cell'] },
    ).map((w) => ({ sheet: 's', ...w }) as CellWrite);
    fc.assert(
      fc.property(fc.array(write, { maxLength: 30 }), fc.constantFrom(...Object.keys(PARTS)), (writes, name) => {
        const r = bothWays(PARTS[name], writes);
        expect(r.created).toBe(r.spliced);
        expect(r.stylesCreated).toBe(r.stylesSpliced);
      }),
      { numRuns: 500, seed: 20261203 },
    );
  });

  it('the print layout spliced in before the rows: the text it makes spliced in after them', () => {
    const prints = [
      { orientation: 'landscape' as const, titleRows: '1:1', rowBreaks: [3, 10], fitToWidth: true },
      { orientation: 'portrait' as const, fitToWidth: false },
    ];
    // A sheet with the page elements already there (a replaced generated sheet keeps none, a user's may).
    const parts = {
      ...PARTS,
      paged: `<worksheet xmlns="${MAIN}"><sheetPr><tabColor rgb="FF00FF00"/></sheetPr><sheetData>\n</sheetData><pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/><pageSetup orientation="portrait"/><rowBreaks count="1" manualBreakCount="1"><brk id="4" max="16383" man="1"/></rowBreaks><drawing r:id="rId1" xmlns:r="r"/></worksheet>`,
    };
    for (const [name, part] of Object.entries(parts)) {
      for (const print of prints) {
        const sheet = { name: 's', mode: 'create' as const, state: 'visible' as const, print };
        const after = layoutSheet(editSheet(part, WRITES, options().opts), sheet);
        const before = editSheet(layoutSheet(part, sheet), WRITES, options().opts);
        expect([name, before]).toEqual([name, after]);
        expect(before).toMatch(/<(x:)?pageSetup [^>]*paperSize="9"/);
      }
    }
  });
});
