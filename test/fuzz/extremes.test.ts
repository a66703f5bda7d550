/**
 * The extremes the random generators reach too rarely to count on, each checked with the same
 * property as the fuzz (engineProperty: no throw, within the time bound, findings on existing
 * cells, recalc idempotent): a million rows of nothing, 16,384 columns, empty workbooks and sheets,
 * sheet-wide merges, sheets of errors, and every corpus layout and sample as it is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cell, Sheet, Workbook } from '../../src/core/workbook';
import { parseArea, sheetFromGrid } from '../../src/core/workbook';
import { inspect } from '../../src/core/engine';
import { readWorkbook } from '../../src/hosts/file/read';
import { layouts } from '../fixtures/layouts';
import { GRID_BOUND_MS, engineProperty } from './arbitraries';

const MILLION = 1_000_000;
const XFD = 16_383;

/** A small rate plan (title, unit, two header rows, rows with a wrong delta) at `top`. */
function planRows(top = 0, rows = 4): (Cell | undefined)[][] {
  const grid = [
    ['２－１　収納率の実績'],
    [null, null, null, null, '単位：%'],
    ['所管課', '債権名', 'R1', 'R2', '増減'],
    [null, null, '決算①', '決算②', '②-①'],
    ...Array.from({ length: rows }, (_, i) => [i === 0 ? '税務課' : null, ['市税', '国民健康保険税', '介護保険料', '保育所負担金'][i % 4] + (i >= 4 ? i : ''), 90 + i, 91 + i, i === 1 ? 5 : 1]),
  ];
  const sheet = sheetFromGrid('x', grid);
  return [...Array.from({ length: top }, () => []), ...sheet.rows];
}

function sheet(name: string, rows: (Cell | undefined)[][], merges: string[] = []): Sheet {
  return { name, rows, merges: merges.map(parseArea) };
}

describe('a million rows of nothing', () => {
  it('a plan at the top and one at the bottom of 1,000,000 empty rows', () => {
    const rows: (Cell | undefined)[][] = Array.from({ length: MILLION }, () => []);
    planRows().forEach((r, i) => (rows[i] = r));
    planRows().forEach((r, i) => (rows[MILLION - 10 + i] = r));
    const wb: Workbook = { sheets: [sheet('計画', rows)] };
    const report = inspect(wb, 'million.xlsx');
    expect(report.tables.map((t) => t.range)).toEqual(['A3:E8', 'A999993:E999998']);
    engineProperty(wb);
  });

  it('a rows array of length 1,000,000 with holes (sparse), and a value in the last row', () => {
    const rows = new Array<(Cell | undefined)[]>(MILLION);
    rows[MILLION - 1] = [{ value: '債権名' }, { value: 96.2 }];
    engineProperty({ sheets: [sheet('疎', rows)] });
  });

  it('a million rows each holding one number far below a header', () => {
    const rows: (Cell | undefined)[][] = Array.from({ length: MILLION }, (_, i) => (i % 1000 === 999 ? [undefined, { value: i }] : []));
    rows[0] = [{ value: '債権名' }, { value: '令和3年度' }];
    engineProperty({ sheets: [sheet('数値', rows)] }, GRID_BOUND_MS * 2);
  });
});

describe('16,384 columns', () => {
  it('a row with a value at column index 16383 (XFD)', () => {
    const row: (Cell | undefined)[] = [];
    row[XFD] = { value: '備考' };
    engineProperty({ sheets: [sheet('広い', [row, [{ value: 1 }]])] });
  });

  it('a plan beside a value at XFD in a data row', () => {
    const rows = planRows(0, 40);
    rows[6][XFD] = { value: 5 };
    engineProperty({ sheets: [sheet('広い', rows)] });
  });

  it('a title merged across the whole row (A1:XFD1) above a plan', () => {
    engineProperty({ sheets: [sheet('結合', planRows(0, 40), ['A1:XFD1'])] });
  });

  // Known slowness: the header block takes the merged area's full width (src/core/recognize/header.ts,
  // headerBlock), so every per-column step runs over 16,384 columns: about 1.7 s today (close to the
  // fuzz's 2 s bound), 0.01 s once the width is bounded by the sheet's columns.
  it('a sheet-wide merge (A1:XFD1048576) over a plan takes under half a second', () => {
    engineProperty({ sheets: [sheet('全体結合', planRows(0, 40), ['A1:XFD1048576'])] }, 500);
  });

  // Known slowness (see docs/robustness.md): the header block of a table reaches the stray cell at
  // XFD (src/core/recognize/header.ts, splitSideBySide glues the unlabelled segment on the right to
  // the table across any gap), so every per-column step runs over 16,384 columns for every row.
  it('a 300-row plan with a note typed at XFD in its header row takes under a second', () => {
    const rows = planRows(0, 300);
    rows[2][XFD] = { value: '備考' };
    // About 8 s today, a fraction of a second once the width is bounded.
    engineProperty({ sheets: [sheet('広い表', rows)] }, 1000);
  });
});

describe('empty and degenerate workbooks', () => {
  it.each<[string, Workbook]>([
    ['no sheets at all', { sheets: [] }],
    ['one empty sheet', { sheets: [sheet('Sheet1', [])] }],
    ['empty rows only', { sheets: [sheet('Sheet1', [[], [], []])] }],
    ['merges but no cells', { sheets: [sheet('Sheet1', [], ['A1:C3', 'B2:D9', 'A1:A1'])] }],
    ['only hidden sheets', { sheets: [{ ...sheet('隠し', planRows()), hidden: true }] }],
    ['a sheet of Excel errors', { sheets: [sheetFromGrid('エラー', Array.from({ length: 20 }, () => Array.from({ length: 10 }, () => ({ error: '#DIV/0!' }))))] }],
    ['a sheet of △ alone', { sheets: [sheetFromGrid('三角', Array.from({ length: 20 }, () => Array.from({ length: 10 }, () => '△')))] }],
    ['header words and nothing else', { sheets: [sheetFromGrid('見出し', [['債権名', '令和3年度', '決算①', '③-①', '合計', '単位：%']])] }],
    ['a plan of extreme numbers', { sheets: [sheetFromGrid('極端', [['債権名', 'R1\n決算①', 'R2\n決算②', '②-①'], ['市税', 1e308, -1e308, 5e-324], ['国保', -0, Number.MAX_VALUE, -Number.MAX_VALUE]])] }],
  ])('%s', (_, wb) => {
    engineProperty(wb);
  });
});

describe('every corpus layout and sample, as it is', () => {
  it.each(layouts.map((l) => [l.name, l.workbook] as const))('%s', (_, wb) => {
    engineProperty(wb);
  });

  it.each(['tsuyama-plan2.xlsx', 'hatsukaichi-plan3.xlsx', 'ledger-sample.xlsx'])('samples/%s', async (file) => {
    engineProperty(await readWorkbook(readFileSync(join(__dirname, '../../samples', file)), file));
  });
});

/** Workbooks the fuzz found (shrunk), kept as they were found: the seed's stream moves on when the generators change. */
describe('counterexamples found by the fuzz', () => {
  const u = undefined;
  const v = (value: Cell['value'], more: Partial<Cell> = {}): Cell => ({ value, ...more });

  it('a plan on a sheet named like the change log: recalc appends its log there, and must not read it as a plan', () => {
    const rows = [
      [v('債権名'), v('区分'), v('令和1年度\n決算⑰'), v('令和元年度\n決算⑰'), v('2010年度\n決算①'), v('⑰-⑰'), v('⑰-⑰')],
      [v('市税'), v('現年度分'), v(0), v(0.1), v(0), v(-0.1, { formula: 'C2-D2' }), v(-0.1, { formula: 'C2-D2' })],
      [v('合計'), u, v(0, { formula: 'SUM(C2:C2)' }), v(0, { formula: 'SUM(D2:D2)' }), v(0, { formula: 'SUM(E2:E2)' })],
    ];
    engineProperty({ sheets: [sheet('saiken変更履歴', rows)] });
  });

  // Found: a row whose only figure is a typed delta over blank operands. recalc writes
  // IF(OR(B3="",B3=""),"",B3-B3) there, which shows blank; on the next run the row read as an
  // empty header row (src/core/recognize/header.ts, headerBlock: isHeaderish('') is true), left the
  // table, and the 合計's SUM range shrank: recalc changed C5. Fixed in recognition since; this test
  // holds it (and a second counterexample below, where such a row was taken for a header's anchor).
  it('a row holding only a typed delta, above a 合計: recalc on its own output changes nothing', () => {
    const rows = [
      [u, u, u, v('(単位：千円)')],
      [v('所管課'), v('2010年度\n決算①'), v('平成20年度\n決算①'), v('①-①')],
      [u, u, u, v(1)],
      [u, v(0), v(1e300), v(-1e300)],
      [v('合計'), v(0, { formula: 'SUM(B3:B4)' }), v(0, { formula: 'SUM(C3:C4)' })],
    ];
    engineProperty({ sheets: [sheet('[1]表', rows)] });
  });

  // Found with seed 271828 (engine, run 1532). Row 2's only figure is a typed delta over blank
  // operands (F2); recalc writes IF(OR(B2="",B2=""),"",B2-B2) there, which shows blank. Read
  // again, row 2 holds a year-like 1950 and a ledger word (収入未済額) and no plain figure, so it
  // was taken for a header anchor (src/core/recognize/header.ts, anchorAt): the table under row 1
  // lost its rows, and the 合計's SUM ranges shrank to row 3.
  it('a data row whose only figure recalc computes to blank is not read as a header on the next run', () => {
    const header: (Cell | undefined)[] = [v('所管課'), v('平成20年度\n決算①'), v('平成20年度\n決算①'), v('令和1年度\n決算①'), v('平成20年度\n決算①'), v('①-①')];
    header[XFD] = v(0);
    const rows = [
      header,
      [v('税務課'), u, v(1950), u, v('収入未済額'), v(1)],
      [v('税務課'), v(0), v(1e308), v(0), v(1e308), v(-1e308)],
      [v('合計'), v(0, { formula: 'SUM(B2:B3)' }), v(0, { formula: 'SUM(C2:C3)' }), v(0, { formula: 'SUM(D2:D3)' }), v(0, { formula: 'SUM(E2:E3)' })],
    ];
    engineProperty({ sheets: [sheet('saiken変更履歴', []), sheet('🩄𝄩ᣐؤ', rows)] });
  });

  // Known slowness, as for the note at XFD above: a sheet-wide merge and a header word at XFD make
  // a 16,384-column header block (header.ts, headerBlock takes a merged area's full width).
  it('a sheet-wide merge over a header with a word at XFD takes under half a second', () => {
    const row: (Cell | undefined)[] = [v('令和元年度 決算①')];
    row[XFD] = v('債権名');
    // Takes 2 to 4 s today, well under 0.1 s once the width is bounded: 0.5 s tells them apart.
    engineProperty(
      { sheets: [sheet("O'Neil's", [row], ['A1:XFD1048576']), sheetFromGrid('x', [['債権名', '平成20年度\n決算①'], ['市税', 0]])] },
      500,
    );
  });
});
