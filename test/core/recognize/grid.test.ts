/**
 * The sheet grid answers per distinct text and per row, not per cell: its answers must be those a
 * cell-by-cell reading gives (compact text of what the cell shows, the columns with content, the
 * columns with text), on narrow rows whose column lists are shared and on rows too wide to share.
 */
import { SheetGrid } from '../../../src/core/recognize/grid';
import { compact } from '../../../src/core/text/normalize';
import { parseNumberText } from '../../../src/core/text/number';
import type { Cell, CellValue, Sheet } from '../../../src/core/workbook';

const long = `${'収入未済額の　縮減に向けて '.repeat(20)}ＡＢＣ　１２３`;

function cells(values: (CellValue | Cell | undefined)[]): (Cell | undefined)[] {
  return values.map((v) => (v === undefined ? undefined : v !== null && typeof v === 'object' && 'value' in v ? v : { value: v as CellValue }));
}

function sheet(): Sheet {
  const wide = Array.from({ length: 40 }, (_, c) => (c % 3 === 0 ? `列${c}` : c % 3 === 1 ? c * 10 : undefined));
  return {
    name: 'S',
    rows: [
      cells(['所管課', '債権名', '令和６年度', 1200, undefined, '  ', { value: '', formula: 'A1&""' }, true, { value: { error: '#DIV/0!' } }]),
      cells(['税務課', '市　税', '△ 628', 1100, undefined, ' ', { value: null, formula: 'B2' }, false, { value: { error: '#N/A' } }]),
      cells(['税務課', '固定資産税', '１，２００', 900.5, undefined, '\n', { value: '', formula: 'A1&""' }, true, { value: { error: '#DIV/0!' } }]),
      cells([undefined, long, 'ー', -3e21, NaN]),
      [],
      cells(wide),
      cells(wide),
      // Texts of whitespace only, or starting with it, as trim() tells them (a quick look at the first character decides most texts).
      cells(['\u3000', '\ufeff', '\u00a0x', ' a', '\u3000市税', 'ｘ', '\u2028', '\u200b', '\u1680', '\u205f\u3000', '~', '!', '\u0085']),
    ],
    merges: [],
  };
}

function hasContent(cell: Cell | undefined): boolean {
  if (!cell) return false;
  if (cell.formula) return true;
  const v = cell.value;
  return v !== null && v !== undefined && (typeof v !== 'string' || v.trim() !== '');
}

function shown(cell: Cell | undefined): string {
  const v = cell?.value;
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? v.error : String(v);
}

describe('the sheet grid', () => {
  const s = sheet();
  const g = new SheetGrid(s);

  it('answers every cell as a cell-by-cell reading does', () => {
    for (let r = 0; r < s.rows.length; r++) {
      const row = s.rows[r];
      const content = row.map((_, c) => c).filter((c) => hasContent(row[c]));
      expect([r, g.nonEmptyColumns(r)]).toEqual([r, content]);
      expect([r, g.textColumns(r)]).toEqual([r, content.filter((c) => typeof row[c]?.value === 'string')]);
      for (let c = 0; c < g.colCount; c++) {
        expect([r, c, g.text(r, c)]).toEqual([r, c, compact(shown(row[c]))]);
        const v = row[c]?.value;
        if (typeof v === 'string') expect([r, c, g.number(r, c)]).toEqual([r, c, parseNumberText(v)]);
      }
      expect(g.nonEmptyColumns(r, 1, 3)).toEqual(content.filter((c) => c >= 1 && c <= 3));
      expect(g.nonEmptyColumns(r, 2, 60)).toEqual(content.filter((c) => c >= 2 && c <= 60));
      expect(g.nonEmptyColumns(r, 4, 4)).toEqual(content.filter((c) => c === 4));
    }
    expect(g.text(1, 1)).toBe('市税');
    expect(g.number(1, 2)).toEqual({ kind: 'number', value: -628 });
    expect(g.number(2, 2)).toEqual({ kind: 'number', value: 1200 });
    expect(g.text(3, 1)).toBe(compact(long));
    expect(g.text(3, 3)).toBe('-3e+21');
    expect(g.text(0, 7)).toBe('true');
    expect(g.text(0, 8)).toBe('#DIV/0!');
  });

  it('shares one frozen list among narrow rows with the same columns, and lists rows too wide to share on their own', () => {
    expect(g.nonEmptyColumns(2)).toBe(g.nonEmptyColumns(0));
    expect(g.textColumns(2)).toBe(g.textColumns(0));
    expect(Object.isFrozen(g.nonEmptyColumns(0))).toBe(true);
    expect(g.nonEmptyColumns(1)).toBe(g.nonEmptyColumns(0)); // a formula showing blank is content
    expect(g.nonEmptyColumns(3)).not.toBe(g.nonEmptyColumns(0));
    expect(g.nonEmptyColumns(5)).toEqual(g.nonEmptyColumns(6));
    expect(g.nonEmptyColumns(5)).not.toBe(g.nonEmptyColumns(6));
    expect(g.nonEmptyColumns(5).length).toBe(27);
  });
});
