/**
 * Excel's limits on a cell, which the fake now enforces as Excel does (test/fakes/excel.ts:
 * checkLimits): 8,192 characters of formula contents (long text through `formulas` fails), 255
 * characters a text literal inside a formula, 32,767 characters a cell. The host keeps the stored
 * document under them, writes long text through `values`, and refuses a write it cannot make
 * with a message naming the sheet and cell, before anything is written.
 */
import { emptyChangeSet } from '../../../src/core/changes';
import { DATA_SHEET, documentCells, storedDocument } from '../../../src/core/workbook-data';
import { settingsChanges } from '../../../src/hosts/excel/settings';
import { runCommand } from '../../../src/commands/run';
import { FakeExcel, emptySheet, mostArguments } from '../../fakes/excel';
import { sheetFromGrid } from '../../../src/core/workbook';
import { fakeOf, portOn } from './helpers';

const FILE = 'tsuyama-plan2.xlsx';

async function write(fake: FakeExcel, sheet: string, cell: string, input: unknown, via: 'values' | 'formulas') {
  await fake.run({}, async (ctx) => {
    const r = ctx.workbook.worksheets.getItem(sheet).getRange(cell);
    if (via === 'values') r.values = [[input]];
    else r.formulas = [[input]];
    await ctx.sync();
  });
}

describe('the fake enforces Excel’s cell limits', () => {
  const book = () => new FakeExcel({ sheets: [emptySheet('S')], names: [], annotations: [], protected: false });

  it('NaN and Infinity arrive as null (the request is JSON), which leaves the cell as it was', async () => {
    const fake = book();
    await write(fake, 'S', 'A1', 5, 'values');
    await write(fake, 'S', 'A1', NaN, 'values');
    await write(fake, 'S', 'A1', Infinity, 'formulas');
    expect(fake.cell('S', 'A1')?.value).toBe(5);
  });

  it('text over 8,192 characters fails through formulas, passes through values up to 32,767', async () => {
    const fake = book();
    // GeneralException: what office-js#3256 reports for formula contents of some 8,200 characters.
    await expect(write(fake, 'S', 'A1', `'${'あ'.repeat(9_000)}`, 'formulas')).rejects.toMatchObject({ code: 'GeneralException' });
    await write(fake, 'S', 'A1', `'${'あ'.repeat(32_767)}`, 'values');
    expect(String(fake.cell('S', 'A1')?.value).length).toBe(32_767);
    await expect(write(fake, 'S', 'A2', 'x'.repeat(32_768), 'values')).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('a formula over 8,192 characters or with a text literal over 255 fails, by either property', async () => {
    const fake = book();
    await expect(write(fake, 'S', 'A1', `=${'1+'.repeat(4_100)}1`, 'values')).rejects.toMatchObject({ code: 'GeneralException' });
    // "-…" through values is a formula too (Range.values), with the same limit (office-js#3256).
    await expect(write(fake, 'S', 'A1', `-${'x'.repeat(8_300)}`, 'values')).rejects.toMatchObject({ code: 'GeneralException' });
    await expect(write(fake, 'S', 'A1', `="${'a'.repeat(256)}"`, 'formulas')).rejects.toMatchObject({ code: 'InvalidArgument' });
    await write(fake, 'S', 'A1', `="${'a'.repeat(255)}"&"${'b'.repeat(255)}"`, 'formulas');
    expect(fake.cell('S', 'A1')?.formula?.length).toBe(516);
  });
});

describe('the stored document and long text', () => {
  it('chunks stay under 8,000 characters and never split a surrogate pair (𠮷)', () => {
    // 𠮷 is two UTF-16 units; with an odd prefix one of them falls on every chunk boundary.
    const parts = { version: 1, note: `x${'𠮷'.repeat(12_000)}` };
    const cells = documentCells(parts).slice(1);
    expect(cells.length).toBeGreaterThan(2);
    for (const c of cells) {
      expect(c.length).toBeLessThanOrEqual(8_000);
      expect(/[\uD800-\uDBFF]$/.test(c)).toBe(false);
      expect(/^[\uDC00-\uDFFF]/.test(c)).toBe(false);
    }
    expect(JSON.parse(cells.join(''))).toEqual(parts);
  });

  it('saving settings next to a long stored part: written, read back whole', async () => {
    const fake = await fakeOf(FILE);
    fake.state.sheets.push({ ...emptySheet(DATA_SHEET), visibility: 'VeryHidden' });
    const long = { version: 1, memo: `x${'𠮷'.repeat(12_000)}` };
    // As another host (or an older saiken) may have stored it: one cell of 24,000 characters.
    fake.setCell(DATA_SHEET, 'A2', { value: JSON.stringify(long) });
    const port = portOn(fake);
    const wb = await port.read();
    await port.apply(settingsChanges(wb, { settings: { largeChangePoints: 7 } }));
    const again = await portOn(fake).read();
    const doc = storedDocument(again);
    expect(doc !== null && doc !== 'invalid' && doc.parts.memo).toBe(long.memo);
    expect(doc !== null && doc !== 'invalid' && (doc.parts.settings as { largeChangePoints: number }).largeChangePoints).toBe(7);
    expect([...fake.sheet(DATA_SHEET).cells.values()].some((c) => c.formula)).toBe(false);
  });

  it('検証 with a marks record over 8,192 characters, then マーク解除', async () => {
    const fake = await fakeOf(FILE);
    const port = portOn(fake);
    await port.read();
    const marks = Array.from({ length: 300 }, (_, i) => ({ sheet: '2-1', cell: `Z${i + 1}`, severity: 'warning' as const, note: 'テスト' }));
    await port.apply({ ...emptyChangeSet(), marks, clearMarks: true });
    expect(String(fake.cell(DATA_SHEET, 'A2')?.value).length).toBeGreaterThan(7_000);
    expect(fake.cell('2-1', 'Z300')?.fill?.pattern).toBe('Solid');
    const event = await runCommand('clearMarks', { port: portOn(fake), file: FILE, now: '2026-11-23 10:00' });
    expect(event.outcome).toMatchObject({ ok: true, counts: { cells: 300 } });
    expect(fake.cell('2-1', 'Z300')?.fill).toBeUndefined();
  });

  it('a write Excel cannot take is refused before anything is written, naming the sheet and cell', async () => {
    const fake = await fakeOf(FILE);
    const port = portOn(fake);
    await port.read();
    const dump = fake.dump();
    const cs = emptyChangeSet();
    cs.cells.push({ sheet: '2-1', cell: 'Z1', value: 1 }, { sheet: '2-1', cell: 'Z2', formula: `"${'a'.repeat(300)}"` });
    await expect(port.apply(cs)).rejects.toMatchObject({ kind: 'cell-limit', params: { sheet: '2-1', cell: 'Z2' } });
    expect(fake.dump()).toBe(dump);
  });

  it('a figure that is no finite number (NaN, Infinity) is refused before anything is written, naming the sheet and cell', async () => {
    // Sent as JSON, NaN would arrive as null, which leaves the cell as it was: the write would say done and change nothing.
    for (const value of [NaN, Infinity, -Infinity]) {
      const fake = await fakeOf(FILE);
      const port = portOn(fake);
      await port.read();
      const dump = fake.dump();
      const cs = emptyChangeSet();
      cs.cells.push({ sheet: '2-1', cell: 'Z1', value: 1 }, { sheet: '2-1', cell: 'Z2', value });
      await expect(port.apply(cs)).rejects.toMatchObject({ kind: 'cell-limit', params: { sheet: '2-1', cell: 'Z2' } });
      expect(fake.dump()).toBe(dump);
    }
  });

  it('text of 20,000 characters is written whole (through values)', async () => {
    const fake = await fakeOf(FILE);
    const port = portOn(fake);
    await port.read();
    const cs = emptyChangeSet();
    cs.cells.push({ sheet: '2-1', cell: 'Z1', value: '=長い'.repeat(5_000) });
    await port.apply(cs);
    expect(fake.cell('2-1', 'Z1')).toMatchObject({ value: '=長い'.repeat(5_000), quotePrefix: true });
    expect(fake.cell('2-1', 'Z1')?.formula).toBeUndefined();
  });
});

describe('255 arguments a function', () => {
  it('the fake counts a call’s arguments, not the commas of text, sheet names, array constants or a nested call', () => {
    expect(mostArguments('=SUM(A1,B1,C1)')).toBe(3);
    expect(mostArguments('=SUM()')).toBe(0);
    expect(mostArguments(`=IF(SUM('a,b'!A1,"x,y")=0,"",AVERAGE(A1,{1,2,3}))`)).toBe(3);
    expect(mostArguments(`=SUM(SUM(${Array(255).fill('A1').join(',')}),B1)`)).toBe(255);
    expect(mostArguments(`='it''s,'!A1+("a"",b")`)).toBe(0);
  });

  it('a formula of a function given 256 arguments fails, 255 is written', async () => {
    const fake = new FakeExcel({ sheets: [emptySheet('S')], names: [], annotations: [], protected: false });
    await expect(write(fake, 'S', 'A1', `=AVERAGE(${Array(256).fill('B1').join(',')})`, 'formulas')).rejects.toMatchObject({ code: 'InvalidArgument' });
    await write(fake, 'S', 'A1', `=AVERAGE(${Array(255).fill('B1').join(',')})`, 'formulas');
    expect(fake.cell('S', 'A1')?.formula).toMatch(/^=AVERAGE\(B1,/);
  });

  it('集計 of a class of 300 debts with rates alone is written whole, its mean over all 300 in a formula Excel takes', async () => {
    // 300 debts of 私債権 (a rate each, no amounts): one AVERAGE of 300 references is a formula Excel refuses.
    const rows: (string | number | null)[][] = [['収納率の推移'], [null, null, null, '（単位：%）'], ['所管課', '債権名', '債権の区分', '令和5年度\n実績', '令和6年度\n実績']];
    for (let i = 0; i < 300; i++) rows.push(['住宅課', `貸付金${i + 1}`, '私債権', 50 + (i % 50), 51 + (i % 50)]);
    const fake = FakeExcel.fromWorkbook({ sheets: [sheetFromGrid('計画', rows)] });
    const event = await runCommand('summary', { port: portOn(fake), file: 'many.xlsx', now: '2026-12-07 10:00' });
    expect(event.outcome).toMatchObject({ ok: true });
    const summary = fake.sheet('集計');
    const label = [...summary.cells].find(([, c]) => c.value === '私債権' && [...summary.cells].some(([, h]) => h.value === '1 収納率（債権の区分別・年度別）'));
    expect(label).toBeDefined();
    const row = Math.floor(label![0] / 16_384) + 1;
    const formula = fake.cell('集計', `B${row}`)!.formula!;
    expect(mostArguments(formula)).toBeLessThanOrEqual(255);
    // Every debt's 令和5年度 rate, in the sum and in the count (Excel drops the quotes a sheet name does not need).
    const refs = formula.match(/計画!D\d+/g)!;
    expect(new Set(refs).size).toBe(300);
    expect(refs).toHaveLength(600);
  });
});
