/**
 * Generated sheets in the written workbook: three native charts with their series ranges, marks
 * that find the sheets again, regeneration that replaces only them, a hand-edited summary
 * reported, and a user's own 集計 sheet never touched.
 */
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { summarize, runAll } from '../../src/core/engine';
import { run } from '../../src/cli/main';

const sample = () => new Uint8Array(readFileSync(join(__dirname, '../../samples/tsuyama-plan2.xlsx')));

async function summarized(data: Uint8Array) {
  const wb = await readWorkbook(data);
  const r = summarize(wb, 'x');
  return { r, data: writeWorkbook(data, r.changes, wb).data };
}

const PLAN_PARTS = ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml', 'xl/sharedStrings.xml'];

describe('summary and chart sheets in the file', () => {
  it('holds three native charts whose series point at the summary sheet', async () => {
    const { data } = await summarized(sample());
    const files = unzipSync(data);
    const charts = Object.keys(files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).sort();
    expect(charts).toHaveLength(3);
    const xml = charts.map((p) => strFromU8(files[p]));
    const refs = (x: string) => [...x.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1].replace(/&apos;/g, "'"));
    expect(xml[0]).toContain('<c:barDir val="col"/>');
    expect(xml[0]).toContain('収入未済額の推移（実績・目標）');
    // The chart data follows the printed layout: sections on pages of their own, the largest-debts
    // table starting a page (with the section title again) rather than split by a page break.
    expect(refs(xml[0])).toEqual(["'集計'!$B$139", "'集計'!$A$140:$A$147", "'集計'!$B$140:$B$147", "'集計'!$C$139", "'集計'!$A$140:$A$147", "'集計'!$C$140:$C$147"]);
    expect(xml[1]).toContain('<c:lineChart>');
    // Each class's results solid and its targets dashed, in the same colour: those of the 1st plan and of the 2nd a line each.
    const lines = [...xml[1].matchAll(/<c:ser>.*?<a:ln w="28575">(.*?)<\/a:ln>.*?<\/c:ser>/g)].map((m) => [/srgbClr val="(\w+)"/.exec(m[1])![1], m[1].includes('<a:prstDash val="dash"/>')]);
    expect(lines).toHaveLength(9);
    expect(lines.slice(3)).toEqual(lines.slice(0, 3).flatMap(([color]) => [[color, true], [color, true]]));
    expect(lines.slice(0, 3).every(([, dashed]) => !dashed)).toBe(true);
    expect(new Set(lines.map(([color]) => color)).size).toBe(3);
    expect(refs(xml[1]).filter((f) => f.endsWith('$157'))).toEqual(['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'].flatMap((c) => ["'集計'!$A$150:$A$157", `'集計'!$${c}$150:$${c}$157`]));
    expect(xml[2]).toContain('<c:barDir val="bar"/>');
    expect(refs(xml[2])).toEqual(["'集計'!$B$160", "'集計'!$A$161:$A$170", "'集計'!$B$161:$B$170"]);
    for (const x of xml) expect(x).toMatch(/<c:catAx>.*<c:title>.*<\/c:catAx><c:valAx>.*<c:title>/);
    // Amounts' bars start at 0 (an axis from 1,750,000 had made a reduction look larger than it is: a colleague's look); rates'
    // lines are left to the application's own scale.
    const valueScaling = (x: string) => /<c:valAx><c:axId val="\d+"\/><c:scaling>(.*?)<\/c:scaling>/.exec(x)![1];
    expect(valueScaling(xml[0])).toBe('<c:orientation val="minMax"/><c:min val="0"/>');
    expect(valueScaling(xml[2])).toBe('<c:orientation val="minMax"/><c:min val="0"/>');
    expect(valueScaling(xml[1])).toBe('<c:orientation val="minMax"/>');
    const wb = await readWorkbook(data);
    expect(wb.sheets.map((s) => s.name)).toEqual(['2-1', '2-2', '3-1', '3-2', '集計', 'グラフ']);
    expect(Object.keys(wb.names ?? {}).sort()).toEqual(['_saiken_gen_charts', '_saiken_gen_summary']);
    expect(wb.names!._saiken_gen_summary).toMatch(/^集計\|[0-9a-f]{8}\/[0-9a-f]{8}$/);
  });

  it('regenerating replaces the generated sheets and only them; plan sheets stay byte-equal', async () => {
    const original = sample();
    const once = await summarized(original);
    const twice = await summarized(once.data);
    const wb = await readWorkbook(twice.data);
    expect(wb.sheets.map((s) => s.name)).toEqual(['2-1', '2-2', '3-1', '3-2', '集計', 'グラフ']);
    expect(twice.r.edited).toEqual([]);
    const a = unzipSync(original);
    const b = unzipSync(twice.data);
    for (const p of PLAN_PARTS) expect([p, Buffer.from(b[p]).equals(Buffer.from(a[p]))]).toEqual([p, true]);
    expect(Object.keys(b).filter((p) => /^xl\/charts\//.test(p))).toHaveLength(3);
    expect(Object.keys(b).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))).toHaveLength(1);
    // The summary is not read as a plan table.
    expect((await import('../../src/core/engine')).inspect(wb, 'x').tables.map((t) => t.sheet)).toEqual(['2-1', '2-2', '3-1', '3-2']);
  });

  it('regenerating adds no cell format or font: the ones the first summary added are found again', async () => {
    const counts = (data: Uint8Array) => {
      const xml = strFromU8(unzipSync(data)['xl/styles.xml']);
      const section = (name: string, item: string) => (new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`).exec(xml)![1].match(new RegExp(`<${item}[ />]`, 'g')) ?? []).length;
      const declared = (name: string) => Number(new RegExp(`<${name} count="(\\d+)"`).exec(xml)![1]);
      expect(declared('cellXfs')).toBe(section('cellXfs', 'xf'));
      return { xfs: section('cellXfs', 'xf'), fonts: section('fonts', 'font'), numFmts: xml.match(/<numFmt /g)?.length ?? 0 };
    };
    const original = sample();
    const once = await summarized(original);
    const twice = await summarized(once.data);
    const thrice = await summarized(twice.data);
    const first = counts(once.data);
    // The first summary adds its formats (headers in bold, figures with their number formats)…
    expect(first.xfs).toBeGreaterThan(counts(original).xfs);
    // …and every summary after it finds them.
    expect(counts(twice.data)).toEqual(first);
    expect(counts(thrice.data)).toEqual(first);
    // The same formats on the same cells: a figure of the 集計 keeps the style index it had.
    const cellStyle = (data: Uint8Array, ref: string) => {
      const sheets = unzipSync(data);
      const part = Object.keys(sheets).find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p) && strFromU8(sheets[p]).includes('債権管理計画 集計'))!;
      return new RegExp(`<c r="${ref}"( s="\\d+")?`).exec(strFromU8(sheets[part]))![1];
    };
    for (const ref of ['A1', 'B6', 'C7']) expect(cellStyle(thrice.data, ref)).toBe(cellStyle(once.data, ref));
  });

  it('reports a generated sheet edited by hand, and the CLI refuses without --force', async () => {
    const once = await summarized(sample());
    // An edit as Excel saves it: the cell changes, the workbook's defined names stay.
    const files = unzipSync(once.data);
    const part = Object.keys(files).find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p) && strFromU8(files[p]).includes('債権管理計画 集計'))!;
    files[part] = strToU8(strFromU8(files[part]).replace('債権管理計画 集計', '債権管理計画 集計（課長確認済み）'));
    const edited = zipSync(files);
    const r = summarize(await readWorkbook(edited), 'x');
    expect(r.edited).toEqual(['集計']);
    const dir = mkdtempSync(join(tmpdir(), 'saiken-sum-'));
    writeFileSync(join(dir, 'in.xlsx'), edited);
    const err: string[] = [];
    const code = await run(['summary', join(dir, 'in.xlsx'), '-o', join(dir, 'out.xlsx')], { out: () => undefined, err: (s) => err.push(s) });
    expect(code).toBe(2);
    expect(err.join('')).toContain('手で編集されています');
    expect(await run(['summary', join(dir, 'in.xlsx'), '-o', join(dir, 'out.xlsx'), '--force'], { out: () => undefined, err: () => undefined })).toBe(0);
  });

  it("never overwrites a user's own sheet named 集計: the generated one takes another name", async () => {
    const ex = new ExcelJS.Workbook();
    await ex.xlsx.load(sample() as unknown as ArrayBuffer);
    ex.addWorksheet('集計').getCell('A1').value = '課内の手作業の集計';
    const mine = new Uint8Array(await ex.xlsx.writeBuffer());
    const { r, data } = await summarized(mine);
    expect(r.sheetNames).toEqual({ summary: '集計 (saiken)', charts: 'グラフ' });
    const wb = await readWorkbook(data);
    expect(wb.sheets.find((s) => s.name === '集計')!.rows[0][0]).toEqual({ value: '課内の手作業の集計' });
    expect(wb.sheets.map((s) => s.name)).toEqual(['2-1', '2-2', '3-1', '3-2', '集計', '集計 (saiken)', 'グラフ']);
  });

  it('a user\'s sheet whose name differs from a generated one only in case is another name to none: the generated sheet takes a free one, and the output reads', async () => {
    const ex = new ExcelJS.Workbook();
    await ex.xlsx.load(sample() as unknown as ArrayBuffer);
    ex.addWorksheet('グラフ').getCell('A1').value = '課のグラフ';
    ex.addWorksheet('グラフ (SAIKEN)').getCell('A1').value = '課のグラフ その二';
    const mine = new Uint8Array(await ex.xlsx.writeBuffer());
    const { r, data } = await summarized(mine);
    expect(r.sheetNames).toEqual({ summary: '集計', charts: 'グラフ (saiken 2)' });
    // Read back: no two sheets Excel takes for one.
    const wb = await readWorkbook(data);
    expect(wb.sheets.map((s) => s.name)).toEqual(['2-1', '2-2', '3-1', '3-2', 'グラフ', 'グラフ (SAIKEN)', '集計', 'グラフ (saiken 2)']);
    expect(wb.sheets.find((s) => s.name === 'グラフ (SAIKEN)')!.rows[0][0]).toEqual({ value: '課のグラフ その二' });
  });

  it('run: recalculation, validation and the summary in one report and one write', async () => {
    const data = sample();
    const wb = await readWorkbook(data);
    const r = runAll(wb, 'x', '2026-11-23 10:00');
    expect(r.report.changes.length).toBeGreaterThan(100);
    expect(r.report.issues.filter((i) => i.code === 'delta-blank-operand')).toEqual([]);
    const out = await readWorkbook(writeWorkbook(data, r.changes, wb).data);
    // The change log sits behind the generated sheets.
    expect(out.sheets.map((s) => s.name)).toEqual(['2-1', '2-2', '3-1', '3-2', '集計', 'グラフ', 'saiken変更履歴']);
  });
});
