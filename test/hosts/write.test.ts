/**
 * The file host's writing side: computed cells become formulas with cached results, every other
 * cell and part is kept, text is never turned into a formula.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { recalc } from '../../src/core/engine';
import { emptyChangeSet } from '../../src/core/changes';
import { workbookWithExtras } from '../fixtures/preserve';
import type { Workbook } from '../../src/core/workbook';
import { a1 } from '../../src/core/workbook';

const NOW = '2026-11-23 10:00';
const sample = (f: string) => new Uint8Array(readFileSync(join(__dirname, '../../samples', f)));

async function recalcFile(data: Uint8Array) {
  const wb = await readWorkbook(data);
  const result = recalc(wb, 'x.xlsx', NOW);
  const out = writeWorkbook(data, result.changes, wb);
  return { before: wb, result, out, after: await readWorkbook(out.data) };
}

function cellsOf(wb: Workbook): Map<string, string> {
  const m = new Map<string, string>();
  for (const s of wb.sheets) s.rows.forEach((row, r) => row?.forEach((c, col) => c && m.set(`${s.name}!${a1(r, col)}`, JSON.stringify(c))));
  return m;
}

describe('writeWorkbook on the samples', () => {
  it.each(['tsuyama-plan2.xlsx', 'ledger-sample.xlsx', 'hatsukaichi-plan3.xlsx'])('%s: every input cell is unchanged; computed cells hold formulas and results', async (file) => {
    const { before, result, after } = await recalcFile(sample(file));
    const written = new Set(result.changes.cells.map((c) => `${c.sheet}!${c.cell}`));
    const b = cellsOf(before);
    const a = cellsOf(after);
    for (const [ref, cell] of b) if (!written.has(ref)) expect([ref, a.get(ref)]).toEqual([ref, cell]);
    for (const s of before.sheets) expect(after.sheets.find((x) => x.name === s.name)!.merges).toEqual(s.merges);
    for (const w of result.changes.cells.filter((c) => c.formula)) {
      const got = JSON.parse(a.get(`${w.sheet}!${w.cell}`) ?? 'null');
      expect({ ref: `${w.sheet}!${w.cell}`, formula: got?.formula }).toEqual({ ref: `${w.sheet}!${w.cell}`, formula: w.formula });
      if (typeof w.value === 'number') expect(got.value).toBeCloseTo(w.value, 9);
      else expect(got?.value ?? '').toBe('');
    }
  });

  it('Tsuyama 2-2: the text delta "△ 628" becomes E6-C6 showing △ 628 as printed, and the total a SUM', async () => {
    const { after } = await recalcFile(sample('tsuyama-plan2.xlsx'));
    const s = after.sheets.find((x) => x.name === '2-2')!;
    expect(s.rows[5][6]).toEqual({ value: -628, formula: 'IF(OR(E6="",C6=""),"",E6-C6)', numberFormat: '#,##0;"△ "#,##0' });
    expect(s.rows[44][2]).toEqual({ value: 3299933, formula: 'SUM(C6:C44)', numberFormat: '#,##0' });
    const log = after.sheets.find((x) => x.name === 'saiken変更履歴')!;
    expect(log.rows.find((r) => r?.[2]?.value === 'G6' && r?.[1]?.value === '2-2')?.[3]).toEqual({ value: '△ 628' });
  });

  it('running it again on the written file changes nothing', async () => {
    const first = await recalcFile(sample('tsuyama-plan2.xlsx'));
    const second = recalc(first.after, 'x.xlsx', NOW);
    expect(second.report.changes).toEqual([]);
    expect(second.changes.cells).toEqual([]);
  });
});

describe('what a save must not lose', () => {
  it('keeps a chart, a picture, a comment, data validation, conditional formats, defined names and styles', async () => {
    const original = await workbookWithExtras();
    const { out, result } = await recalcFile(original);
    expect(result.changes.cells.some((c) => c.formula)).toBe(true);
    const a = unzipSync(original);
    const b = unzipSync(out.data);
    for (const part of ['xl/charts/chart1.xml', 'xl/media/image1.png', 'xl/comments1.xml', 'xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/drawings/vmlDrawing1.vml', 'xl/theme/theme1.xml', 'xl/sharedStrings.xml', 'xl/worksheets/_rels/sheet1.xml.rels']) {
      expect([part, Buffer.from(b[part] ?? []).equals(Buffer.from(a[part]))]).toEqual([part, true]);
    }
    const sheet = strFromU8(b['xl/worksheets/sheet1.xml']);
    expect(sheet).toContain('<dataValidation ');
    expect(sheet).toContain('<conditionalFormatting sqref="E4:E6">');
    expect(sheet).toContain('<drawing r:id=');
    expect(sheet).toContain('<legacyDrawing r:id=');
    expect(strFromU8(b['xl/workbook.xml'])).toContain('<definedName name="決算値">');
    expect(strFromU8(b['[Content_Types].xml'])).toContain('/xl/charts/chart1.xml');
    // B4's bold red font and fill survive: its style index is unchanged.
    expect(sheet).toMatch(/<c r="B4" s="(\d+)"/);
    expect(/<c r="B4" s="(\d+)"/.exec(sheet)![1]).toBe(/<c r="B4" s="(\d+)"/.exec(strFromU8(a['xl/worksheets/sheet1.xml']))![1]);
    // The rewritten package still opens.
    const again = await readWorkbook(out.data);
    expect(again.sheets.map((s) => s.name)).toEqual(['計画', 'saiken変更履歴']);
  });
});

describe('text comes back as it was written', () => {
  // A carriage return (Alt+Enter in a file that came from elsewhere, `_x000D_` as Excel stores it),
  // escapes that share an underscore, a control character: as a cell's text, and as a formula's
  // text result, into an existing sheet (the edit) and a created one (written whole).
  const texts = ['一行目\r\n二行目', 'a\rb', '_x0041_x0042_', '_x005F_x0041_', 'a\u0001b', 'a_x0041_b'];
  it.each(texts.map((t) => [JSON.stringify(t), t]))('%s', async (_, text) => {
    const data = sample('ledger-sample.xlsx');
    const wb = await readWorkbook(data);
    const plan = wb.sheets[0].name;
    const cs = emptyChangeSet();
    cs.sheets.push({ name: 'メモ', mode: 'create', state: 'visible' });
    cs.cells.push(
      { sheet: 'メモ', cell: 'A1', value: text },
      { sheet: 'メモ', cell: 'B1', formula: 'A1', value: text },
      { sheet: plan, cell: 'Z1', value: text },
      { sheet: plan, cell: 'Z2', formula: 'Z1', value: text },
    );
    const after = await readWorkbook(writeWorkbook(data, cs, wb).data);
    const at = (sheet: string, r: number, c: number) => after.sheets.find((s) => s.name === sheet)!.rows[r][c];
    expect(at('メモ', 0, 0)).toEqual({ value: text });
    expect(at('メモ', 0, 1)).toEqual({ value: text, formula: 'A1' });
    expect(at(plan, 0, 25)).toEqual({ value: text });
    expect(at(plan, 1, 25)).toEqual({ value: text, formula: 'Z1' });
  });
});

describe('text is written as text', () => {
  it.each(['=1+1', '+A1', '-A1', '@SUM(A1:A2)', '=HYPERLINK("http://example.com","x")'])('%s stays a string, never a formula', async (text) => {
    const data = sample('ledger-sample.xlsx');
    const wb = await readWorkbook(data);
    const cs = emptyChangeSet();
    cs.sheets.push({ name: 'メモ', mode: 'create', state: 'visible' });
    cs.cells.push({ sheet: 'メモ', cell: 'A1', value: text });
    const after = await readWorkbook(writeWorkbook(data, cs, wb).data);
    expect(after.sheets.find((s) => s.name === 'メモ')!.rows[0][0]).toEqual({ value: text });
  });
});

describe('a formula given back by 元に戻す, its result unknown', () => {
  /** A plan whose user formula (=E5-C4, a row off) 再計算 replaced, then 元に戻す gave back. */
  async function undone() {
    const { undoLastRecalc } = await import('../../src/core/undo');
    const { inspect } = await import('../../src/core/engine');
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('計画');
    const grid: (string | number | null)[][] = [
      ['収納率の実績'], [null, null, null, null, '(単位：%)'],
      ['債権名', '令和4年度\n決算①', '令和5年度\n決算②', '令和6年度\n見込③', '③-①'],
      ['市税', 97.8, 98.0, 98.2, null], ['国民健康保険税', 88.4, 89.1, 89.5, null],
    ];
    grid.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
    ws.getCell('E4').value = { formula: 'D4-B4', result: 0.4 };
    ws.getCell('E5').value = { formula: 'D5-B4', result: -8.3 };
    const data = new Uint8Array(await book.xlsx.writeBuffer());
    const wb = await readWorkbook(data);
    const done = writeWorkbook(data, recalc(wb, 'x.xlsx', NOW).changes, wb).data;
    const again = await readWorkbook(done);
    const undo = undoLastRecalc(again, NOW);
    if (!undo.ok) throw new Error('undo refused');
    const out = writeWorkbook(done, undo.changes, again).data;
    return { out, read: await readWorkbook(out), inspect };
  }

  it('a formula that can give an empty text (再計算’s own IF(…,"",…) over a blank) is not said to lack its result', async () => {
    // (A review found the warning on every blank 再計算 had written: 2-1!H5, 2-2!G9 of the sample.)
    const { inspect } = await import('../../src/core/engine');
    const { result, after } = await recalcFile(sample('tsuyama-plan2.xlsx'));
    expect(result.report.issues.filter((i) => i.code === 'formula-no-value')).toEqual([]);
    expect(inspect(after, 'x.xlsx').issues.filter((i) => i.code === 'formula-no-value')).toEqual([]);
  });

  it('is stored with no result (not an empty text), and inspect says its figure cannot be read rather than reading it blank', async () => {
    const { out, read, inspect } = await undone();
    const xml = strFromU8(unzipSync(out)['xl/worksheets/sheet1.xml']);
    expect(/<c r="E5"[^>]*><f>D5-B4<\/f><\/c>/.test(xml)).toBe(true);
    expect(read.sheets[0].rows[4][4]).toMatchObject({ formula: 'D5-B4' });
    expect(read.sheets[0].rows[4][4]?.value ?? null).toBeNull();
    const found = inspect(read, 'x.xlsx').issues.filter((i) => i.code === 'formula-no-value');
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', sheet: '計画', cell: 'E5' })]);
    expect(found[0].message).toBe('E5 は数式ですが計算結果が保存されていないため、値を読めません（1件）。Excel で開いて保存し直すと計算結果が保存され、検証できます。');
  });
});
