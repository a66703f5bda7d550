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
});
