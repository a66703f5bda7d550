/**
 * The print setup and layout of the summary through Office.js, on the fake (whose page layout,
 * page breaks, alignment, wrap and row height follow the Office.js reference, ExcelApi 1.1–1.9):
 * the same ChangeSet the file host writes, applied in the write's own syncs.
 */
import { runAll } from '../../../src/core/engine';
import { fakeOf, portOn } from './helpers';

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
    expect(s.print!.rowBreaks).toEqual(summary.print!.rowBreaks);
    expect(s.rowHeights?.get(4)).toBe(30);
    const b5 = s.cells.get([...s.cells.keys()].find((k) => s.cells.get(k)!.value === '2016年度\n実績')!)!;
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
