/**
 * The summary as a printed document (issue 15, point 10): sections numbered consecutively, each
 * from a new page, the header row (and section title) again on every page a table runs onto,
 * headers aligned with their figures, long names wrapped, landscape A4 scaled to the width only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../../src/hosts/file/read';
import { summarize } from '../../../src/core/engine';
import type { CellWrite, SheetWrite } from '../../../src/core/changes';

const root = join(__dirname, '../../..');
const load = async (f: string) => readWorkbook(readFileSync(join(root, 'samples', f)), f);
const rowOf = (c: CellWrite) => Number(c.cell.replace(/^[A-Z]+/, ''));

async function sheetOf(file: string) {
  const { changes } = summarize(await load(file), file);
  const cells = changes.cells.filter((c) => c.sheet === '集計');
  const sheet = changes.sheets.find((s) => s.name === '集計')! as SheetWrite;
  const titles = cells.filter((c) => /^A\d+$/.test(c.cell) && c.bold && typeof c.value === 'string' && /^\d+ /.test(c.value));
  return { cells, sheet, titles, at: (ref: string) => cells.find((c) => c.cell === ref) };
}

describe('the printed 集計', () => {
  it.each([
    ['tsuyama-plan2.xlsx', ['収入未済額（債権の区分別', '収納率（債権の区分別', '収入未済額（所管課別', '収納率（所管課別', '目標の達成状況', '収入未済額の縮減', 'グラフ用データ']],
    // Rates only: no 収入未済額 sections, and the numbers do not skip (they were 2, 4, 7).
    ['hatsukaichi-plan3.xlsx', ['収納率（債権の区分別', '収納率（所管課別', 'グラフ用データ']],
  ])('%s: sections numbered 1, 2, 3 … in order, each starting a page', async (file, expected) => {
    const { titles, sheet } = await sheetOf(file);
    const first = titles.filter((t) => !String(t.value).endsWith('（続き）'));
    expect(first.map((t) => String(t.value).replace(/^\d+ /, '').slice(0, expected[first.indexOf(t)]?.length ?? 0))).toEqual(expected);
    expect(first.map((t) => Number(String(t.value).split(' ')[0]))).toEqual(expected.map((_, i) => i + 1));
    // Every section but the first begins a page; the first shares the page of the sheet's title.
    for (const t of first.slice(1)) expect(sheet.print!.rowBreaks).toContain(rowOf(t));
    expect(sheet.print!.rowBreaks).not.toContain(rowOf(first[0]));
  });

  it('prints landscape A4 with the title row on every page, fitted to the width only', async () => {
    const { sheet } = await sheetOf('tsuyama-plan2.xlsx');
    expect(sheet.print).toMatchObject({ orientation: 'landscape', titleRows: '1:1', fitToWidth: true });
    expect(sheet.columnWidths![0]).toBeGreaterThanOrEqual(26);
  });

  it('repeats the section title and the header row on each page a table continues on', async () => {
    const { cells, titles, sheet } = await sheetOf('tsuyama-plan2.xlsx');
    const continued = titles.filter((t) => String(t.value) === '5 目標の達成状況（実績と目標がそろう最新年度）（続き）');
    expect(continued.length).toBeGreaterThanOrEqual(2);
    for (const t of continued) {
      const r = rowOf(t);
      expect(sheet.print!.rowBreaks).toContain(r);
      const header = cells.filter((c) => rowOf(c) === r + 1).map((c) => c.value);
      expect(header).toEqual(['債権名', '指標', '年度', '実績', '目標', '判定', '所管課']);
    }
    // No page holds more lines than fit: rows between two breaks, wrapped rows counted by their lines.
    const breaks = [1, ...sheet.print!.rowBreaks!];
    const tall = new Map(sheet.rowLines!);
    for (let i = 0; i < breaks.length - 1; i++) {
      let lines = 0;
      for (let r = breaks[i]; r < breaks[i + 1]; r++) lines += tall.get(r) ?? 1;
      expect({ page: i + 1, lines: lines <= 29 }).toEqual({ page: i + 1, lines: true });
    }
  });

  it('aligns headers with their figures and keeps 実績, 目標 and 判定 in cells of their own', async () => {
    const { cells, at } = await sheetOf('tsuyama-plan2.xlsx');
    // Figure headers right-aligned over right-aligned numbers, the row label left.
    expect(at('B6')).toMatchObject({ value: '平成28年度\n実績', align: 'right', wrap: true, bold: true });
    expect(at('A6')).toMatchObject({ value: '区分' });
    expect(at('A6')!.align).toBeUndefined();
    const head = cells.find((c) => c.value === '債権名' && c.bold && c.cell.startsWith('A'))!;
    const r = rowOf(head);
    const header = (col: string) => at(`${col}${r}`)!;
    expect([header('D').value, header('D').align, header('E').value, header('E').align, header('F').value, header('F').align]).toEqual(['実績', 'right', '目標', 'right', '判定', 'center']);
    const row = cells.find((c) => c.value === '生活改善資金貸付金' && rowOf(c) > r && c.cell.startsWith('A'))!;
    const n = rowOf(row);
    expect([at(`D${n}`)!.value, at(`E${n}`)!.value, at(`F${n}`)!.value]).toEqual([1.5, 98.8, '未達成']);
    expect(at(`F${n}`)!.align).toBe('center');
    // A long debt name wraps in its column instead of being cut off by the next cell.
    const long = cells.find((c) => c.value === '水洗便所改造資金融資損失金' && rowOf(c) > r && c.cell.startsWith('A'))!;
    expect([row.wrap, long.wrap]).toEqual([undefined, true]);
  });

  it('gives wrapped rows the height of their lines (not every reader grows them)', async () => {
    const { sheet } = await sheetOf('tsuyama-plan2.xlsx');
    expect(sheet.rowLines).toContainEqual([6, 2]);
  });
});
