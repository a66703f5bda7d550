/**
 * Sizes in a workbook of another Normal font. Excel counts column widths in characters of the
 * workbook's Normal font and makes its rows as tall as that font needs; Office.js sets both in
 * points. A Japanese workbook (游ゴシック 11: 8-pixel digits, rows of 18.75 pt) needs more points for
 * the same characters and lines than Calibri 11 (7 pixels, 15 pt): the summary's widths and wrapped
 * rows are sized from the workbook read (Worksheet.standardWidth and standardHeight, and a column
 * of the standard width), as the file host's widths are in characters Excel scales itself.
 */
import { runAll } from '../../../src/core/engine';
import { columnPoints, NORMAL_FONTS } from '../../fakes/excel';
import { fakeOf, portOn } from './helpers';
import { DEFAULT_FONT, fontSizes } from '../../../src/hosts/excel/read';

describe('sizes in the workbook Normal font', () => {
  for (const [name, font] of Object.entries(NORMAL_FONTS)) {
    it(`${name}: every column of 集計 as wide as its characters, every wrapped row as tall as its lines`, async () => {
      const fake = await fakeOf('tsuyama-plan2.xlsx');
      fake.state.normalFont = font;
      const port = portOn(fake);
      const { changes } = runAll(await port.read(), 'x', '2026-11-23 10:00');
      await port.apply(changes);
      const summary = changes.sheets.find((s) => s.name === '集計')!;
      const s = fake.sheet('集計');
      expect(summary.columnWidths!.length).toBeGreaterThan(3);
      summary.columnWidths!.forEach((chars, c) => {
        // Never narrower than the characters in this font (a nine-digit amount would show ########), and not a column wider.
        expect(s.columnWidths.get(c)).toBeGreaterThanOrEqual(columnPoints(font, chars));
        expect(s.columnWidths.get(c)).toBeLessThan(columnPoints(font, chars + 1));
      });
      // 2016年度\n実績: two lines of the font's standard row.
      expect(summary.rowLines).toContainEqual([6, 2]);
      expect(s.rowHeights?.get(5)).toBe(2 * font.standardHeight);
      for (const [row, lines] of summary.rowLines!) expect(s.rowHeights?.get(row - 1)).toBe(lines * font.standardHeight);
    }, 60_000);
  }

  it('the digit width from a column of the standard width, the default where that column was resized', () => {
    expect(fontSizes(8.43, 48, 15)).toEqual({ digitPixels: 7, linePoints: 15 });
    expect(fontSizes(8.38, 54, 18.75)).toEqual({ digitPixels: 8, linePoints: 18.75 });
    // MS Pゴシック 11 rows (13.5 pt) get Calibri's 15: a little taller, never cut.
    expect(fontSizes(8.38, 54, 13.5)).toEqual({ digitPixels: 8, linePoints: 15 });
    // XFD hidden (0 pt) or made very wide by the user: nothing to learn from it.
    expect(fontSizes(8.43, 0, 15)).toEqual(DEFAULT_FONT);
    expect(fontSizes(8.43, 400, 15)).toEqual(DEFAULT_FONT);
    expect(fontSizes(8.43, 48, 0)).toEqual(DEFAULT_FONT);
  });

  it('read within the read two syncs', async () => {
    const fake = await fakeOf('tsuyama-plan2.xlsx');
    fake.state.normalFont = NORMAL_FONTS.yuGothic11;
    const port = portOn(fake);
    await port.read();
    expect([port.lastRead!.syncs, port.lastRead!.font]).toEqual([2, { digitPixels: 8, linePoints: 18.75 }]);
  });
});

describe('sizes in the workbook Normal font, where the workbook misleads', () => {
  it('a last column the user resized or hid teaches nothing: Calibri’s digits, never narrower', () => {
    // 游ゴシック 11 (8.38 characters), XFD made 4 characters wide (37 px = 27.75 pt) or hidden.
    expect(fontSizes(8.38, 27.75, 18.75).digitPixels).toBe(DEFAULT_FONT.digitPixels);
    expect(fontSizes(8.38, 0, 18.75).digitPixels).toBe(DEFAULT_FONT.digitPixels);
    // XFD made 12 characters wide: no 11-pixel digits.
    expect(fontSizes(8.38, columnPoints({ digitPixels: 8, standardWidth: 8.38, standardHeight: 18.75 }, 12), 18.75).digitPixels).toBe(DEFAULT_FONT.digitPixels);
  });

  it('rows set low on the first sheet (9 pt, a grid sheet) give no line lower than 15 pt', () => {
    expect(fontSizes(8.43, 48, 9).linePoints).toBe(15);
  });

  it('a wrapped row of many lines stays within Excel’s 409 points', async () => {
    const fake = await fakeOf('tsuyama-plan2.xlsx');
    fake.state.normalFont = NORMAL_FONTS.yuGothic11;
    const port = portOn(fake);
    const { changes } = runAll(await port.read(), 'x', '2026-11-23 10:00');
    const summary = changes.sheets.find((s) => s.name === '集計')!;
    summary.rowLines = [...summary.rowLines!, [3, 27]];
    await port.apply(changes);
    expect(fake.sheet('集計').rowHeights?.get(2)).toBe(409);
  });
});
