/**
 * The Excel host reads what the file host reads: the same snapshot of the same workbook, in two
 * syncs, whatever its size.
 */
import { SAMPLES, fakeOf, normalized, portOn, sample } from './helpers';
import { FakeExcel } from '../../fakes/excel';
import { sheetFromGrid } from '../../../src/core/workbook';
import { DATA_SHEET } from '../../../src/core/workbook-data';
import { runCommand } from '../../../src/commands/run';

describe('ExcelPort.read', () => {
  it.each(SAMPLES)('%s: the same snapshot as the file host, in 2 syncs', async (file) => {
    const expected = await sample(file);
    const fake = await fakeOf(file);
    const port = portOn(fake);
    const got = await port.read();
    expect(normalized(got)).toEqual(normalized(expected));
    expect(fake.syncCount).toBe(2);
    expect(fake.runs).toEqual([{ delayForCellEdit: true }]);
  });
});

describe('ExcelPort.read: hidden rows and columns', () => {
  it('are read from the cells shown, in the same 2 syncs, as the file host reads them from the file', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const { readWorkbook } = await import('../../../src/hosts/file/read');
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('計画');
    for (let r = 1; r <= 8; r++) ws.addRow(['税務課', `債権${r}`, r * 100, r, null, r * 10]);
    ws.getRow(3).hidden = true;
    ws.getRow(6).hidden = true;
    ws.getColumn(4).hidden = true;
    const expected = await readWorkbook(new Uint8Array(await book.xlsx.writeBuffer()), 'x.xlsx');
    expect([expected.sheets[0].hiddenRows, expected.sheets[0].hiddenColumns]).toEqual([[2, 5], [3]]);
    const fake = FakeExcel.fromWorkbook(expected);
    const got = await portOn(fake).read();
    expect(normalized(got)).toEqual(normalized(expected));
    expect(fake.syncCount).toBe(2);
  });
});

describe('ExcelPort.read maps Excel as the file host does', () => {
  function fakeWith(build: (fake: FakeExcel) => void, options?: ConstructorParameters<typeof FakeExcel>[1]): FakeExcel {
    const fake = FakeExcel.fromWorkbook({ sheets: [sheetFromGrid('計画', [])] }, options);
    build(fake);
    return fake;
  }

  it('numbers, text, booleans, errors, dates, formulas with and without results, text that looks like a formula', async () => {
    const fake = fakeWith((f) => {
      f.setCell('計画', 'B2', { value: 96.2, numberFormat: '0.0' });
      f.setCell('計画', 'C2', { value: -628, formula: '=E6-C6', numberFormat: '#,##0;"△"#,##0' });
      f.setCell('計画', 'D2', { value: { error: '#DIV/0!' }, formula: '=1/0' });
      f.setCell('計画', 'E2', { value: { error: '#N/A' } });
      f.setCell('計画', 'F2', { value: true });
      f.setCell('計画', 'G2', { value: 44287, numberFormat: 'yyyy/m/d' });
      f.setCell('計画', 'H2', { value: '', formula: '=IF(A1="","",1)' });
      f.setCell('計画', 'I2', { value: '=1+1', quotePrefix: true });
      f.setCell('計画', 'J2', { value: '#DIV/0!', quotePrefix: true });
      f.setCell('計画', 'K2', { numberFormat: '0.0' }); // format only: not part of the snapshot
      f.setCell('計画', 'L2', { value: 3, numberFormat: 'General' });
    });
    const wb = await portOn(fake).read();
    const row = wb.sheets[0].rows[1];
    expect(row[1]).toEqual({ value: 96.2, numberFormat: '0.0' });
    expect(row[2]).toEqual({ value: -628, formula: 'E6-C6', numberFormat: '#,##0;"△"#,##0' });
    expect(row[3]).toEqual({ value: { error: '#DIV/0!' }, formula: '1/0' });
    expect(row[4]).toEqual({ value: { error: '#N/A' } });
    expect(row[5]).toEqual({ value: true });
    expect(row[6]).toEqual({ value: '2021-04-01', numberFormat: 'yyyy/m/d' });
    expect(row[7]).toEqual({ value: '', formula: 'IF(A1="","",1)' });
    expect(row[8]).toEqual({ value: '=1+1' });
    expect(row[9]).toEqual({ value: '#DIV/0!' }); // text, told from the error by its value type
  });

  it('hidden and very hidden sheets are flagged; blank sheets have no rows', async () => {
    const fake = FakeExcel.fromWorkbook({ sheets: [sheetFromGrid('a', [['x']]), sheetFromGrid('b', []), sheetFromGrid('c', [['y']])] });
    fake.sheet('b').visibility = 'VeryHidden';
    fake.sheet('c').visibility = 'Hidden';
    const wb = await portOn(fake).read();
    expect(wb.sheets.map((s) => [s.name, s.hidden, s.rows.length])).toEqual([
      ['a', false, 1],
      ['b', true, 0],
      ['c', true, 1],
    ]);
  });

  it('a merged area reaching past the values is read whole', async () => {
    const fake = FakeExcel.fromWorkbook({ sheets: [sheetFromGrid('a', [['目標', null, null]], ['A1:D1'])] });
    const wb = await portOn(fake).read();
    expect(wb.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
  });

  it('a title merged across its whole row, and a column merged whole, as Excel writes them (1:1, H:H): read, and every command runs', async () => {
    // Merge & Center on row 1's header merges A1:XFD1; Excel gives its address as 1:1 (see the fake's areaAddress).
    const grid = [['市税の収納率(単位:%)'], ['債権名', '令和4年度', '令和5年度'], ['市税', 98.1, 98.5], ['国民健康保険税', 92.0, 93.1]];
    const fake = FakeExcel.fromWorkbook({ sheets: [sheetFromGrid('計画', grid)] });
    fake.sheet('計画').merges.push({ top: 0, left: 0, bottom: 0, right: 16_383 }, { top: 0, left: 7, bottom: 1_048_575, right: 7 });
    const wb = await portOn(fake).read();
    expect(wb.sheets[0].merges).toEqual(expect.arrayContaining([{ top: 0, left: 0, bottom: 0, right: 16_383 }, { top: 0, left: 7, bottom: 1_048_575, right: 7 }]));
    for (const command of ['recognize', 'validate', 'recalc', 'summary'] as const) {
      const event = await runCommand(command, { port: portOn(fake), file: 'x.xlsx', now: '2026-12-06 10:00' });
      expect({ command, ok: event.outcome.ok }).toEqual({ command, ok: true });
    }
  });

  it('more merged areas than getMergedAreasOrNullObject returns (512) on one sheet: every sheet keeps its merges', async () => {
    const grid = Array.from({ length: 1300 }, (_, r) => [`x${r}`, null]);
    const many = grid.map((_, r) => `A${r + 1}:B${r + 1}`);
    const fake = FakeExcel.fromWorkbook({ sheets: [sheetFromGrid('a', grid, many), sheetFromGrid('b', [['見出し', null, null]], ['A1:C1'])] });
    const wb = await portOn(fake).read();
    expect(wb.sheets[0].merges).toHaveLength(1300);
    expect(new Set(wb.sheets[0].merges.map((m) => m.top)).size).toBe(1300);
    expect(wb.sheets[0].merges.every((m) => m.left === 0 && m.right === 1 && m.top === m.bottom)).toBe(true);
    expect(wb.sheets[1].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(wb.sheets[0].rows).toHaveLength(1300);
  });

  it('a merged area across the row blocks of that read, on a host that cuts merged areas to the range asked: read whole', async () => {
    // (Cut at the halving row, the area had been recorded as C1:C300, and a write into C301 let through as outside any merge.)
    const grid = Array.from({ length: 600 }, (_, r) => [`x${r}`, null, null]);
    const merges = [...grid.map((_, r) => `A${r + 1}:B${r + 1}`), 'C1:C600'];
    const fake = FakeExcel.fromWorkbook({ sheets: [sheetFromGrid('a', grid, merges)] }, { mergesClipped: true });
    const wb = await portOn(fake).read();
    expect(wb.sheets[0].merges).toHaveLength(601);
    expect(wb.sheets[0].merges).toContainEqual({ top: 0, left: 2, bottom: 599, right: 2 });
  });

  it('a merged area across the row blocks of that read is counted once', async () => {
    const grid = Array.from({ length: 600 }, (_, r) => [`x${r}`, null, null]);
    const merges = [...grid.map((_, r) => `A${r + 1}:B${r + 1}`), 'C1:C600'];
    const fake = FakeExcel.fromWorkbook({ sheets: [sheetFromGrid('a', grid, merges)] });
    const port = portOn(fake);
    const wb = await port.read();
    expect(wb.sheets[0].merges).toHaveLength(601);
    expect(wb.sheets[0].merges).toContainEqual({ top: 0, left: 2, bottom: 599, right: 2 });
    expect(port.lastRead?.sheets[0].mergesKnown).toBe(true);
  });

  it('a response over the payload limit is read again in row blocks, giving the same snapshot', async () => {
    const grid = Array.from({ length: 3000 }, (_, r) => [`債権${r}`, r * 1.5, `=B${r + 1}*2`, '△ 1.0']);
    const wb0 = { sheets: [sheetFromGrid('a', grid), sheetFromGrid('b', grid.slice(0, 100))] };
    const whole = await portOn(FakeExcel.fromWorkbook(wb0)).read();
    const small = FakeExcel.fromWorkbook(wb0, { payloadLimit: 200_000 });
    const port = portOn(small, { blockBytes: 100_000 });
    const blocked = await port.read();
    expect(normalized(blocked)).toEqual(normalized(whole));
    expect(small.syncCount).toBeGreaterThan(3);
    expect(Math.max(...small.syncs.filter((_s, i) => i !== 1).map((s) => s.response))).toBeLessThanOrEqual(200_000);
  });

  it('a read over the limit failed as GeneralException (Excel on the web): read in row blocks all the same, the same workbook', async () => {
    const grid = Array.from({ length: 3000 }, (_, r) => [`債権${r}`, r, r * 2, r * 3]);
    // (Merged areas too: loaded with the data, they are tried without it first, then read apart.)
    const wb0 = { sheets: [sheetFromGrid('a', grid, ['A1:B1', 'C2900:D2901'])] };
    const whole = await portOn(FakeExcel.fromWorkbook(wb0)).read();
    expect(whole.sheets[0].merges).toHaveLength(2);
    const web = FakeExcel.fromWorkbook(wb0, { payloadLimit: 200_000, sizeFailsAsGeneral: true });
    expect(normalized(await portOn(web, { blockBytes: 100_000 }).read())).toEqual(normalized(whole));
  });

  it('the backup slots\' fills over the response limit (thousands of marks): read in row blocks, the same fills', async () => {
    // The data sheet's used range: 2,000 rows × 12 columns of slots, each with its fill (some 110 bytes of JSON a cell).
    const fill = { color: '#FFFF00', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 };
    const wb0 = { sheets: [sheetFromGrid('a', [['債権名', 'R5'], ['市税', 1]]), sheetFromGrid(DATA_SHEET, [['x']])] };
    const whole = FakeExcel.fromWorkbook(wb0);
    const small = FakeExcel.fromWorkbook(wb0, { payloadLimit: 1_000_000 });
    for (const fake of [whole, small]) for (let r = 1; r <= 2000; r++) for (let c = 0; c < 12; c++) fake.setCell(DATA_SHEET, `${String.fromCharCode(65 + c)}${r}`, { fill: { ...fill, tintAndShade: (r % 5) / 10 } });
    const port = portOn(small, { blockBytes: 400_000 });
    await port.read();
    const wholePort = portOn(whole);
    await wholePort.read();
    expect(port.lastRead?.slotFills?.area).toEqual({ top: 0, left: 0, bottom: 1999, right: 11 });
    expect(port.lastRead?.slotFills?.fills).toEqual(wholePort.lastRead?.slotFills?.fills);
    expect(port.lastRead?.slotFills?.fills[1999][11]).toMatchObject({ color: '#FFFF00', pattern: 'Solid', tintAndShade: 0 });
    // Only the first read's response was over the limit (Excel refused it); every block's was within it.
    expect(small.syncs.filter((s) => s.response > 1_000_000)).toHaveLength(1);
  });

  it('a used range over five million cells on a host that reads it as null (no error): read in row blocks, nothing lost', async () => {
    // A figure typed far down the sheet (E1048576): A1:E1048576, 5,242,880 cells.
    const fake = FakeExcel.fromWorkbook({ sheets: [sheetFromGrid('計画', [['債権名', '令和5年度'], ['市税', 98.5]])] }, { payloadLimit: Infinity, overLimitReadsNull: true });
    fake.setCell('計画', 'E1048576', { value: 7 });
    const wb = await portOn(fake, { blockBytes: 80_000_000 }).read();
    expect(wb.sheets[0].rows[1]?.[1]).toEqual({ value: 98.5 });
    expect(wb.sheets[0].rows[1048575]?.[4]).toEqual({ value: 7 });
  });

  it('a used range over five million cells refused with RangeExceedsLimit (the error table’s code for the cell limit): read in row blocks, nothing lost', async () => {
    const fake = FakeExcel.fromWorkbook({ sheets: [sheetFromGrid('計画', [['債権名', '令和5年度'], ['市税', 98.5]])] }, { payloadLimit: Infinity });
    fake.setCell('計画', 'E1048576', { value: 7 });
    const wb = await portOn(fake, { blockBytes: 80_000_000 }).read();
    expect(wb.sheets[0].rows[1]?.[1]).toEqual({ value: 98.5 });
    expect(wb.sheets[0].rows[1048575]?.[4]).toEqual({ value: 7 });
  });

  it('Japanese text far over the 48-byte estimate: blocks sized from what the first cost, halved when Excel refuses one', async () => {
    // Three bytes a character, in values and in formulas: about 300 bytes a cell, not 48.
    const grid = Array.from({ length: 2000 }, (_, r) => [`滞納繰越分の個人住民税に係る督促および催告の記録${r}`, `第${r}課の債権管理担当者による所見と今後の対応方針`, r]);
    const wb0 = { sheets: [sheetFromGrid('a', grid)] };
    const whole = await portOn(FakeExcel.fromWorkbook(wb0)).read();
    const small = FakeExcel.fromWorkbook(wb0, { payloadLimit: 200_000 });
    const blocked = await portOn(small, { blockBytes: 150_000 }).read();
    expect(normalized(blocked)).toEqual(normalized(whole));
    expect(blocked.sheets[0].rows[1999]?.[0]?.value).toBe('滞納繰越分の個人住民税に係る督促および催告の記録1999');
  });
});

describe('Excel set to calculate manually (Application.calculationMode Manual)', () => {
  const NOW = '2026-12-06 10:00';
  /** The plan as the user left it: 市民税's 調定額 changed to 1,100, the 合計 (=SUM) not calculated since (F9 not pressed). */
  function manualBook(pending: boolean): FakeExcel {
    const grid = [
      ['令和5年度 債権の状況', null, null],
      ['債権名', '調定額', '収入済額'],
      ['市民税', 1100, 900],
      ['固定資産税', 2000, 1800],
      ['合計', 3000, 2700],
    ];
    // Excel calculates SUM over the cells as they stand.
    let fake!: FakeExcel;
    const sum = (_sheet: string, _cell: string, formula: string) => {
      const m = /^=SUM\(([A-Z])(\d+):[A-Z](\d+)\)$/.exec(formula)!;
      let total = 0;
      for (let r = Number(m[2]); r <= Number(m[3]); r++) total += Number(fake.cell('計画', `${m[1]}${r}`)?.value ?? 0);
      return total;
    };
    fake = FakeExcel.fromWorkbook({ sheets: [sheetFromGrid('計画', grid)] }, { calculate: sum });
    fake.setCell('計画', 'B5', { value: pending ? 3000 : 3100, formula: '=SUM(B3:B4)' });
    fake.setCell('計画', 'C5', { value: 2700, formula: '=SUM(C3:C4)' });
    fake.state.calculation = { mode: 'Manual', pending };
    return fake;
  }

  it('a command that checks or writes has Excel calculate first, as F9 would, in the same syncs: no false total-mismatch at B5', async () => {
    const fake = manualBook(true);
    const port = portOn(fake);
    const event = await runCommand('validate', { port, file: 'm.xlsx', now: NOW });
    expect(event.outcome.ok).toBe(true);
    expect(event.report!.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(fake.cell('計画', 'B5')?.value).toBe(3100);
    // Calculated once, inside the read (the data loaded after it): 2 syncs to read, as ever.
    expect(fake.calculations).toHaveLength(1);
    expect(port.lastSyncs.read).toBe(2);
  });

  it('the state stuck at Pending after Excel calculated (office-js#3319, #2883): the command still runs, from the calculated figures', async () => {
    // (It had refused for ever, asking for an F9 that could not help.)
    for (const command of ['validate', 'recalc', 'summary'] as const) {
      const fake = manualBook(true);
      fake.state.calculation!.stuck = true;
      const event = await runCommand(command, { port: portOn(fake), file: 'm.xlsx', now: NOW });
      expect(event.outcome.ok).toBe(true);
      expect(event.report!.issues.filter((i) => i.code === 'total-mismatch')).toEqual([]);
      expect(fake.calculations).toHaveLength(1);
    }
  });

  it('a read for anything else (the pane opening, 認識) calculates nothing: the workbook as Excel holds it, in 2 syncs', async () => {
    const fake = manualBook(true);
    const dump = fake.dump();
    const wb = await portOn(fake).read();
    expect(wb.calculationPending).toBe(true);
    expect(wb.sheets[0].rows[4][1]).toEqual({ value: 3000, formula: 'SUM(B3:B4)' });
    expect(fake.syncCount).toBe(2);
    expect(fake.dump()).toBe(dump);
    expect(fake.calculations).toEqual([]);
  });

  it('認識 and マーク解除 work from what is there: they run', async () => {
    for (const command of ['recognize', 'clearMarks'] as const) {
      expect((await runCommand(command, { port: portOn(manualBook(true)), file: 'm.xlsx', now: NOW })).outcome.ok).toBe(true);
    }
  });

  it('manual with nothing pending, or automatic: commands run as ever', async () => {
    expect((await runCommand('validate', { port: portOn(manualBook(false)), file: 'm.xlsx', now: NOW })).outcome.ok).toBe(true);
    const automatic = manualBook(false);
    automatic.state.calculation = undefined;
    expect((await runCommand('recalc', { port: portOn(automatic), file: 'm.xlsx', now: NOW })).outcome.ok).toBe(true);
  });
});
