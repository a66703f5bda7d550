/**
 * How the Excel host writes: text always as text, cells as a few rectangular 2-D blocks, requests
 * split only when they would pass the request limit — with the same result either way.
 */
import { emptyChangeSet, type ChangeSet } from '../../../src/core/changes';
import { recalc } from '../../../src/core/engine';
import { rectangles } from '../../../src/hosts/excel/blocks';
import { columnWidthPoints } from '../../../src/hosts/excel/apply';
import { ExcelHostError } from '../../../src/hosts/excel/errors';
import { tsuyamaPlan } from '../../../scripts/bench/excel-syncs';
import { FakeExcel } from '../../fakes/excel';
import { fakeOf, portOn } from './helpers';

describe('text is written as text', () => {
  it.each(['=1+1', '+81', '-', '@x', '123', '1/2', 'TRUE', '2021年4月1日', '#DIV/0!', "'quoted"])('%s arrives as the same text, never a formula, number or date', async (text) => {
    const fake = await fakeOf('tsuyama-plan2.xlsx');
    const port = portOn(fake);
    await port.read();
    const cs: ChangeSet = { ...emptyChangeSet(), sheets: [{ name: 'ログ', mode: 'create', state: 'visible' }], cells: [{ sheet: 'ログ', cell: 'B2', value: text }] };
    await port.apply(cs);
    expect(fake.cell('ログ', 'B2')).toMatchObject({ value: text, quotePrefix: true });
    expect(fake.cell('ログ', 'B2')?.formula).toBeUndefined();
  });
});

describe('blocks', () => {
  it('groups side-by-side computed columns into one rectangle and never covers a cell not written', () => {
    const items = [...[6, 7, 8, 10].flatMap((r) => [6, 7, 8].map((c) => ({ r, c, v: `${r}:${c}` }))), { r: 6, c: 10, v: 'x' }];
    const blocks = rectangles(items);
    expect(blocks.map((b) => b.area)).toEqual([
      { top: 6, bottom: 8, left: 6, right: 8 },
      { top: 10, bottom: 10, left: 6, right: 8 },
      { top: 6, bottom: 6, left: 10, right: 10 },
    ]);
    expect(blocks[0].grid[2]).toEqual(['8:6', '8:7', '8:8']);
    expect(blocks.reduce((n, b) => n + b.grid.flat().length, 0)).toBe(items.length);
  });

  it('再計算 on the Tsuyama sample sends a handful of 2-D writes, not one per cell', async () => {
    const fake = await fakeOf('tsuyama-plan2.xlsx');
    const port = portOn(fake);
    const wb = await port.read();
    const { changes } = recalc(wb, 'x.xlsx', '2026-11-23 10:00');
    await port.apply(changes);
    const write = fake.syncs[fake.syncs.length - 1];
    expect(changes.cells.length).toBeGreaterThan(1000);
    expect(write.actions).toBeLessThan(60);
  });

  it('column widths are set in points', () => {
    expect(columnWidthPoints(10)).toBe(56.25);
  });
});

describe('requests under the 5 MB limit', () => {
  it('a write over the chunk size is split over several syncs, with the same result as one', async () => {
    const wb = tsuyamaPlan(1000);
    const whole = FakeExcel.fromWorkbook(wb);
    const p1 = portOn(whole);
    const changes = recalc(await p1.read(), 'x.xlsx', '2026-11-23 10:00').changes;
    await p1.apply(changes);
    const split = FakeExcel.fromWorkbook(wb);
    const p2 = portOn(split, { chunkBytes: 60_000 });
    await p2.read();
    const result = await p2.apply(changes);
    expect(result.syncs).toBeGreaterThan(3);
    expect(split.dump()).toBe(whole.dump());
    for (const s of split.syncs.slice(3)) expect(s.request).toBeLessThan(60_000 * 1.2);
  });

  it('a request Excel refuses as too large is sent again in halves: the same result, nothing lost', async () => {
    const wb = tsuyamaPlan(1000);
    const whole = FakeExcel.fromWorkbook(wb);
    const p1 = portOn(whole);
    const changes = recalc(await p1.read(), 'x.xlsx', '2026-11-23 10:00').changes;
    await p1.apply(changes);
    // Excel's limit below what the host budgets for one request (a host stricter than 5 MB).
    const strict = FakeExcel.fromWorkbook(wb, { payloadLimit: 150_000 });
    const p2 = portOn(strict, { chunkBytes: 400_000, blockBytes: 50_000 });
    await p2.read();
    const result = await p2.apply(changes);
    expect(result.cellsWritten).toBe(changes.cells.length);
    expect(strict.dump()).toBe(whole.dump());
    expect(strict.syncs.filter((s) => s.request > 150_000).length).toBeGreaterThan(0);
  });

  it('at 10,000 rows every request and response stays under 5 MB, in 4 syncs', async () => {
    const fake = FakeExcel.fromWorkbook(tsuyamaPlan(10_000));
    const port = portOn(fake);
    const changes = recalc(await port.read(), 'x.xlsx', '2026-11-23 10:00').changes;
    await port.apply(changes);
    expect(fake.syncCount).toBe(4);
    for (const s of fake.syncs) expect(Math.max(s.request, s.response)).toBeLessThan(5 * 1024 * 1024);
  }, 60_000);

  // Without ExcelApi 1.13 the merged areas are not read: what is written is read back in the write's own request.
  it('ExcelApi 1.12 at 10,000 rows: the write read back in its own request, still 4 syncs, each under 5 MB', async () => {
    const fake = FakeExcel.fromWorkbook(tsuyamaPlan(10_000), { apiVersion: '1.12' });
    const port = portOn(fake);
    const changes = recalc(await port.read(), 'x.xlsx', '2026-11-23 10:00').changes;
    await port.apply(changes);
    expect(fake.syncCount).toBe(4);
    for (const s of fake.syncs) expect(Math.max(s.request, s.response)).toBeLessThan(5 * 1024 * 1024);
    expect(fake.syncs[3].response).toBeGreaterThan(100_000);
  }, 60_000);

  it('ExcelApi 1.12 in small requests: the read-backs split the write where their responses would pass the size, with the same result', async () => {
    const wb = tsuyamaPlan(2_000);
    const whole = FakeExcel.fromWorkbook(wb, { apiVersion: '1.12' });
    const port = portOn(whole);
    const changes = recalc(await port.read(), 'x.xlsx', '2026-11-23 10:00').changes;
    await port.apply(changes);
    const small = FakeExcel.fromWorkbook(wb, { apiVersion: '1.12' });
    const split = portOn(small, { chunkBytes: 60_000 });
    await split.read();
    // The write's syncs, after the read's two and the check's one.
    const from = small.syncCount + 1;
    await split.apply(changes);
    expect(small.syncCount - from).toBeGreaterThan(2);
    for (const s of small.syncs.slice(from)) expect(Math.max(s.request, s.response)).toBeLessThan(60_000 * 1.2);
    expect(small.dump()).toBe(whole.dump());
  }, 60_000);
});

it('apply() without a read() first is refused', async () => {
  const fake = await fakeOf('tsuyama-plan2.xlsx');
  await expect(portOn(fake).apply(emptyChangeSet())).rejects.toBeInstanceOf(ExcelHostError);
});

describe('charts', () => {
  it('a series whose first figure is blank keeps it as a figure: every series’ values are set, the first too', async () => {
    // Excel takes a blank or text first cell over numbers for the series' name (the fake models it): the first series' values
    // would start a row down, each figure shown against the category before its own.
    const fake = await fakeOf('tsuyama-plan2.xlsx');
    const port = portOn(fake);
    await port.read();
    const cs: ChangeSet = {
      ...emptyChangeSet(),
      sheets: [{ name: 'グラフ', mode: 'create', state: 'visible' }],
      cells: [
        { sheet: 'グラフ', cell: 'A1', value: '2022' }, { sheet: 'グラフ', cell: 'A2', value: '2023' }, { sheet: 'グラフ', cell: 'A3', value: '2024' },
        { sheet: 'グラフ', cell: 'B1', value: '' }, { sheet: 'グラフ', cell: 'B2', value: 95.1 }, { sheet: 'グラフ', cell: 'B3', value: 96.0 },
        { sheet: 'グラフ', cell: 'C1', value: '' }, { sheet: 'グラフ', cell: 'C2', value: 88.2 }, { sheet: 'グラフ', cell: 'C3', value: 89.0 },
      ],
      charts: [{ sheet: 'グラフ', type: 'line', title: '収納率', anchor: 'E2', width: 6, height: 12, categories: "'グラフ'!A1:A3", series: [{ name: '市税', values: "'グラフ'!B1:B3" }, { name: '国保税', values: "'グラフ'!C1:C3" }] }],
    };
    await port.apply(cs);
    const chart = fake.state.sheets.find((s) => s.name === 'グラフ')!.charts[0];
    expect(chart.series.map((s) => [s.name, s.values])).toEqual([
      ['市税', 'グラフ!B1:B3'],
      ['国保税', 'グラフ!C1:C3'],
    ]);
  });
});

describe('number formats and content', () => {
  it('a formula restored into a cell formatted as Text (@) stays a formula: the Text format is set after the content', async () => {
    // 元に戻す puts back a user's live formula and the Text format the cell had; set first, the format would turn the formula
    // into text as it is entered (excel.tips.net T003087). Set after, the formula stays as it is.
    const fake = await fakeOf('tsuyama-plan2.xlsx');
    const port = portOn(fake);
    await port.read();
    const cs: ChangeSet = {
      ...emptyChangeSet(),
      sheets: [{ name: 'ログ', mode: 'create', state: 'visible' }],
      cells: [
        { sheet: 'ログ', cell: 'B1', value: 21 },
        { sheet: 'ログ', cell: 'A1', formula: 'B1*2', value: 42, numberFormat: '@' },
        { sheet: 'ログ', cell: 'A2', formula: 'B1*3', value: 63, numberFormat: '#,##0' },
      ],
    };
    await port.apply(cs);
    expect(fake.cell('ログ', 'A1')).toMatchObject({ formula: '=B1*2', numberFormat: '@' });
    expect(fake.cell('ログ', 'A2')).toMatchObject({ formula: '=B1*3', numberFormat: '#,##0' });
  });
});
