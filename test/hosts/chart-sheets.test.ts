/**
 * A user's chart sheet (no worksheet: it holds a chart and no cells). Its name is taken all the
 * same (Excel's sheet names are one namespace): saiken's sheets are named around it, its part is
 * never written into, and a write aimed at it is refused with nothing written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { ReadError } from '../../src/hosts/file/errors';
import { summarize, recalc } from '../../src/core/engine';
import { emptyChangeSet } from '../../src/core/changes';
import { packWorkbook, unpackWorkbook } from '../../src/hosts/file/snapshot-transfer';

const CHART_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></chartsheet>';

/** The Tsuyama sample with a chart sheet of the user's named `name`, after its worksheets. */
function withChartSheet(name: string): Uint8Array {
  const files = unzipSync(new Uint8Array(readFileSync(join(__dirname, '../../samples/tsuyama-plan2.xlsx'))));
  const edit = (path: string, f: (s: string) => string) => (files[path] = strToU8(f(strFromU8(files[path]))));
  edit('xl/workbook.xml', (s) => s.replace('</sheets>', `<sheet sheetId="90" name="${name}" r:id="rIdUserChart"/></sheets>`));
  edit('xl/_rels/workbook.xml.rels', (s) => s.replace('</Relationships>', '<Relationship Id="rIdUserChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>'));
  edit('[Content_Types].xml', (s) => s.replace('</Types>', '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/></Types>'));
  files['xl/chartsheets/sheet1.xml'] = strToU8(CHART_SHEET);
  return zipSync(files);
}

const sheetNames = (data: Uint8Array) => [...strFromU8(unzipSync(data)['xl/workbook.xml']).matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]);

describe('a chart sheet of the user\'s', () => {
  it('is read as no sheet of cells, its name kept as taken (and handed to the workbench\'s pane with the snapshot)', async () => {
    const wb = await readWorkbook(withChartSheet('グラフ'));
    expect(wb.sheets.map((s) => s.name)).toEqual(['2-1', '2-2', '3-1', '3-2']);
    expect(wb.otherSheets).toEqual(['グラフ']);
    expect(unpackWorkbook(packWorkbook(wb).packed).otherSheets).toEqual(['グラフ']);
    // A workbook of worksheets alone has none to name.
    expect(Object.keys(await readWorkbook(new Uint8Array(readFileSync(join(__dirname, '../../samples/tsuyama-plan2.xlsx')))))).not.toContain('otherSheets');
  });

  it.each(['グラフ', '集計'])('named %s: 集計・グラフ names its sheets around it and leaves its part as it was', async (name) => {
    const data = withChartSheet(name);
    const wb = await readWorkbook(data);
    const r = summarize(wb, 'x');
    expect(r.sheetNames).toEqual({ summary: name === '集計' ? '集計 (saiken)' : '集計', charts: name === 'グラフ' ? 'グラフ (saiken)' : 'グラフ' });
    const out = writeWorkbook(data, r.changes, wb).data;
    const names = sheetNames(out);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names).toContain(name);
    expect(strFromU8(unzipSync(out)['xl/chartsheets/sheet1.xml'])).toBe(CHART_SHEET);
    const back = await readWorkbook(out);
    expect(back.otherSheets).toEqual([name]);
    expect(back.sheets.map((s) => s.name)).toContain(r.sheetNames.charts);
  });

  it('named as the change log would be: 再計算 logs into saiken変更履歴 (2)', async () => {
    const data = withChartSheet('saiken変更履歴');
    const wb = await readWorkbook(data);
    const r = recalc(wb, 'x', 'now');
    expect(r.changes.sheets.map((s) => s.name)).toEqual(['saiken変更履歴 (2)']);
    expect(sheetNames(writeWorkbook(data, r.changes, wb).data)).toEqual(['2-1', '2-2', '3-1', '3-2', 'saiken変更履歴', 'saiken変更履歴 (2)']);
  });

  it('a write aimed at it (a snapshot that did not know it) is refused, naming it, and nothing is written', async () => {
    const data = withChartSheet('グラフ');
    const wb = await readWorkbook(data);
    const cells = [{ sheet: 'グラフ', cell: 'A1', value: 1 }];
    let thrown: unknown;
    try {
      writeWorkbook(data, { ...emptyChangeSet(), cells }, { ...wb, otherSheets: undefined });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ReadError);
    expect((thrown as ReadError).reason).toBe('sheet-name-taken');
    expect((thrown as ReadError).message).toContain('「グラフ」はグラフシート');
    expect((thrown as ReadError).messageEn).toContain('"グラフ" is the name of a chart sheet');
    const sheets = [{ name: 'グラフ', mode: 'create' as const, state: 'visible' as const }];
    expect(() => writeWorkbook(data, { ...emptyChangeSet(), sheets: sheets as never }, wb)).toThrow(/グラフシート/);
  });
});
