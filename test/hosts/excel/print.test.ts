/**
 * The print setup and layout of the summary through Office.js, on the fake (whose page layout,
 * page breaks, alignment, wrap and row height follow the Office.js reference, ExcelApi 1.1–1.9):
 * the same ChangeSet the file host writes, applied in the write's own syncs.
 */
import { runAll } from '../../../src/core/engine';
import { fakeOf, portOn } from './helpers';
import { MAX_ROW_BREAKS } from '../../../src/core/changes';
import { SheetLayout } from '../../../src/core/summary/sheet';

describe('summary print setup in Excel', () => {
  it('landscape, title row, page breaks, aligned headers, wrapped-row heights, change log last', async () => {
    const fake = await fakeOf('tsuyama-plan2.xlsx');
    const port = portOn(fake);
    const wb = await port.read();
    const { changes } = runAll(wb, 'x', '2026-11-23 10:00');
    await port.apply(changes);
    const summary = changes.sheets.find((s) => s.name === '集計')!;
    const s = fake.sheet('集計');
    expect(s.print).toMatchObject({ orientation: 'Landscape', printTitleRows: '$1:$1', printArea: null });
    // On A4 with the file host's margins (in inches there, in points here), not the printer's default paper (Letter in en-US).
    expect(s.print).toMatchObject({ paperSize: 'A4', margins: { left: 36, right: 36, top: 43.2, bottom: 43.2, header: 21.6, footer: 21.6 } });
    expect(fake.sheet('saiken変更履歴').print).toMatchObject({ paperSize: 'A4' });
    expect(s.print!.rowBreaks).toEqual(summary.print!.rowBreaks);
    expect(s.rowHeights?.get(5)).toBe(30);
    const b5 = s.cells.get([...s.cells.keys()].find((k) => s.cells.get(k)!.value === '平成28年度\n実績')!)!;
    expect([b5.horizontalAlignment, b5.wrapText]).toEqual(['Right', true]);
    expect(fake.sheet('グラフ').print).toMatchObject({ orientation: 'Portrait', rowBreaks: [43] });
    expect(fake.state.sheets.map((x) => x.name)).toEqual(['2-1', '2-2', '3-1', '3-2', '集計', 'グラフ', 'saiken変更履歴']);
    expect(fake.sheet('saiken変更履歴').print).toMatchObject({ orientation: 'Portrait', printArea: 'A1:E6' });
  }, 60_000);

  it('run again on a shorter plan: the sheets replaced keep none of the page breaks and row heights of the run before', async () => {
    const fake = await fakeOf('tsuyama-plan2.xlsx');
    const first = portOn(fake);
    await first.apply(runAll(await first.read(), 'x', '2026-11-23 10:00').changes);
    // The user deletes two plan sheets: the summary is shorter, its breaks and wrapped rows elsewhere.
    fake.state.sheets = fake.state.sheets.filter((s) => s.name !== '3-1' && s.name !== '3-2');
    const port = portOn(fake);
    const { changes } = runAll(await port.read(), 'x', '2026-11-23 11:00');
    const summary = changes.sheets.find((s) => s.name === '集計')!;
    expect(summary.mode).toBe('replace');
    await port.apply(changes);
    // A manual break is the sheet's, not a cell's (Range.clear leaves it): the old ones are removed.
    expect(fake.sheet('集計').print!.rowBreaks).toEqual(summary.print!.rowBreaks ?? []);
    const heights = [...(fake.sheet('集計').rowHeights ?? new Map())].map(([r, h]) => [r + 1, h]).sort((a, b) => a[0] - b[0]);
    expect(heights).toEqual([...(summary.rowLines ?? [])].map(([r, lines]) => [r, lines * 15]).sort((a, b) => a[0] - b[0]));
  }, 60_000);
});

describe('page breaks past what a sheet holds', () => {
  it('Excel refuses a 1,027th horizontal page break; the summary asks for at most 1,026 however long it is', async () => {
    const fake = await fakeOf('tsuyama-plan2.xlsx');
    const port = portOn(fake);
    const wb = await port.read();
    const { changes } = runAll(wb, 'x', '2026-11-23 10:00');
    const summary = changes.sheets.find((s) => s.name === '集計')!;
    // The same ChangeSet with the breaks of a summary of 30,000 lines (a plan of some 30,000 rows).
    const many = Array.from({ length: 1100 }, (_, k) => 2 + k * 28);
    summary.print = { ...summary.print!, rowBreaks: many };
    await expect(port.apply(changes)).rejects.toThrow();
    summary.print = { ...summary.print!, rowBreaks: many.slice(0, MAX_ROW_BREAKS) };
    const again = await fakeOf('tsuyama-plan2.xlsx');
    const port2 = portOn(again);
    await port2.read();
    await port2.apply(changes);
    expect(again.sheet('集計').print!.rowBreaks).toHaveLength(1026);
  }, 60_000);

  it('a summary laid out over more pages than that breaks 1,026 of them and leaves the rest to Excel', () => {
    const layout = new SheetLayout('集計', [10], 28);
    for (let page = 0; page < 1500; page++) {
      layout.line(`section ${page}`);
      layout.pageBreak();
    }
    expect(layout.breaks).toHaveLength(MAX_ROW_BREAKS);
    expect(layout.breaks.slice(0, 2)).toEqual([2, 3]);
  });
});
