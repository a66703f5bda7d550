/**
 * How a written sheet prints and reads, through Office.js: alignment and wrap of its cells and
 * the height of wrapped rows (RangeFormat, ExcelApi 1.1/1.2), orientation, print area and print
 * title rows (Worksheet.pageLayout, ExcelApi 1.9), manual page breaks
 * (Worksheet.horizontalPageBreaks, ExcelApi 1.9), A4 paper and the margins the file host writes
 * (PageLayout.paperSize and setPrintMargins, ExcelApi 1.9), and a sheet moved behind all others
 * (Worksheet.position). Fitting to the width is left to Excel: PageLayout.zoom's
 * horizontalFitToPages is reported to take effect only while the Page Layout tab is shown
 * (office-js#1860), and whether Excel keeps manual page breaks under it is not documented.
 */
import { PRINT_MARGINS_INCHES, wrappedRowPoints, type CellWrite, type SheetWrite } from '../../core/changes';
import type { WriteBatch } from './batch';
import { parseA1 } from '../../core/workbook';
import { rectangles, type Positioned } from './blocks';
import { areaRef } from './address';
import type { FontSizes } from './read';

const ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;

export async function queueSheetLayout(batch: WriteBatch, ctx: Excel.RequestContext, s: SheetWrite, cells: readonly CellWrite[], last: number | null, font: FontSizes): Promise<void> {
  const ws = () => ctx.workbook.worksheets.getItem(s.name);
  // One action per rectangle of cells styled alike, as for bold: a log of a thousand rows wraps in one.
  const styled = new Map<string, Positioned<true>[]>();
  for (const c of cells) {
    if (c.sheet !== s.name || (!c.align && !c.wrap)) continue;
    const k = `${c.align ?? ''}|${c.wrap ? 1 : 0}`;
    const { r, c: col } = parseA1(c.cell);
    const list = styled.get(k);
    if (list) list.push({ r, c: col, v: true });
    else styled.set(k, [{ r, c: col, v: true }]);
  }
  for (const [k, items] of styled) {
    const [align, wrap] = k.split('|');
    for (const b of rectangles(items, 1_000_000)) {
      await batch.add(40, () => {
        const format = ws().getRange(areaRef(b.area)).format;
        if (align) format.horizontalAlignment = ALIGN[align as keyof typeof ALIGN];
        if (wrap === '1') format.wrapText = true;
      }, align && wrap === '1' ? 2 : 1);
    }
  }
  // Neighbouring rows of one height in one range, each line a standard row of the workbook's font.
  const heights = wrappedRowPoints(s, font.linePoints).sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < heights.length; ) {
    let j = i;
    while (j + 1 < heights.length && heights[j + 1][0] === heights[j][0] + 1 && heights[j + 1][1] === heights[i][1]) j++;
    const [first, points] = heights[i];
    const last = heights[j][0];
    await batch.add(20, () => (ws().getRange(`A${first}:A${last}`).format.rowHeight = points));
    i = j + 1;
  }
  const p = s.print;
  if (p) {
    if (p.orientation) await batch.add(20, () => (ws().pageLayout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait'));
    await batch.add(20, () => (ws().pageLayout.paperSize = 'A4'));
    await batch.add(40, () => ws().pageLayout.setPrintMargins('Inches', { ...PRINT_MARGINS_INCHES }));
    if (p.area) await batch.add(20, () => ws().pageLayout.setPrintArea(p.area!));
    if (p.titleRows) await batch.add(20, () => ws().pageLayout.setPrintTitleRows(p.titleRows!.replace(/(\d+)/g, '$$$1')));
    for (const row of p.rowBreaks ?? []) await batch.add(20, () => ws().horizontalPageBreaks.add(`A${row}`));
  }
  if (s.position === 'last' && last !== null) await batch.add(20, () => (ws().position = last));
}
