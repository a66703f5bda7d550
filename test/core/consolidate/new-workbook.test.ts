/**
 * 取りまとめ's four sheets written as a new workbook: read back cell for cell as the writer writes
 * them into any package (values, formulas, number formats), with its table, chart and links, and
 * without the control characters XML cannot carry.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { consolidate, type FileResult, type Obs } from '../../../src/core/consolidate';
import { consolidationChanges } from '../../../src/core/consolidate/workbook';
import { newWorkbook } from '../../../src/hosts/file/new-workbook';
import { writeWorkbook } from '../../../src/hosts/file/write';
import { blankWorkbook } from '../../../src/hosts/file/blank';
import { readWorkbook } from '../../../src/hosts/file/read';

const obs = (o: Partial<Obs>): Obs => ({
  sheet: '計画',
  cell: 'C5',
  department: '税務課',
  debt: '市税',
  division: null,
  classification: '強制徴収公債権',
  item: '収入未済額',
  fiscalYear: 2024,
  kind: 'actual',
  unit: '千円',
  value: 1,
  derived: false,
  ...o,
});
const file = (name: string, observations: Obs[]): FileResult => ({ file: name, modified: 0, readError: null, tables: 1, observations, issues: [] });

it('writes what the package editor writes', async () => {
  const c = consolidate([
    file('a<&>".xlsx', [obs({ value: 1200 }), obs({ cell: 'D5', kind: 'target', value: 1000 }), obs({ cell: 'E5', item: '調定額', value: 5000 }), obs({ cell: 'F5', item: '収入済額', value: 3800 })]),
    file('b.xlsx', [obs({ cell: 'C6', department: '=1+1', debt: '住宅新築資金等貸付金', classification: '私債権', unit: '円', value: 123_456 }), obs({ cell: 'C7', debt: '国民健康保険税', fiscalYear: 2023, value: 99.5, unit: '%', item: '収納率' })]),
    { file: 'c.xlsx', modified: 0, readError: 'c.xlsx: 壊れています', tables: 0, observations: [], issues: [] },
  ]);
  const { changes } = consolidationChanges(c);
  const fast = newWorkbook(changes);
  const edited = writeWorkbook(blankWorkbook(), changes, { sheets: [] }).data;
  const [a, b] = await Promise.all([readWorkbook(fast), readWorkbook(edited)]);
  expect(a.sheets.map((s) => s.name)).toEqual(['提出状況', '明細', '全庁集計', '指摘一覧']);
  expect(a.sheets.map((s) => s.name)).toEqual(b.sheets.map((s) => s.name));
  let compared = 0;
  a.sheets.forEach((s, i) => {
    const t = b.sheets[i];
    expect(s.rows.length).toBe(t.rows.length);
    s.rows.forEach((row, r) => {
      expect(Array.from(row, (x) => x ?? null)).toEqual(Array.from(t.rows[r], (x) => x ?? null));
      compared += row.filter(Boolean).length;
    });
  });
  expect(compared).toBeGreaterThan(60);
  expect(a.sheets[0].rows[1][0]!.value).toBe('a<&>".xlsx');
  expect(a.sheets[1].rows.some((row) => row[3]?.value === '=1+1' && row[3]?.formula === undefined)).toBe(true);
  const parts = unzipSync(fast);
  expect(strFromU8(parts['xl/tables/table1.xml'])).toContain('ref="A1:U7"');
  expect(strFromU8(parts['xl/workbook.xml'])).toContain('fullCalcOnLoad="1"');
  // The chart beside 全庁集計: its part, its drawing, linked from the sheet (the third).
  expect(changes.charts).toHaveLength(1);
  expect(strFromU8(parts['xl/charts/chart1.xml'])).toContain('収入未済額の推移（分類別・実績）');
  expect(strFromU8(parts['xl/worksheets/_rels/sheet3.xml.rels'])).toContain('Target="../drawings/drawing1.xml"');
  expect(strFromU8(parts['xl/worksheets/sheet3.xml'])).toContain('<drawing r:id="rIdDrawing1"/></worksheet>');
  expect(strFromU8(parts['xl/drawings/_rels/drawing1.xml.rels'])).toContain('Target="../charts/chart1.xml"');
});

it('keeps the control characters XML cannot carry, as Excel does (_xHHHH_ escapes): the file reads and the text is as typed', async () => {
  const data = newWorkbook({
    sheets: [{ name: 'S', mode: 'create', state: 'visible' }],
    cells: [{ sheet: 'S', cell: 'A1', value: 'a\u0007b\u0000c' }],
    charts: [],
    marks: [],
    clearMarks: false,
    log: [],
  });
  expect(strFromU8(unzipSync(data)['xl/worksheets/sheet1.xml'])).toContain('a_x0007_b_x0000_c');
  expect((await readWorkbook(data)).sheets[0].rows[0][0]!.value).toBe('a\u0007b\u0000c');
});

test('指摘一覧 prints across with its header on every page, each message wrapped within its column, its row as tall as its lines', () => {
  // (Printed, its long messages had run on to the pages beside, the ends of sentences apart from their starts.)
  const c = consolidate([file('税務課_計画.xlsx', [obs({ cell: 'C5', unit: null as unknown as Obs['unit'] })]), file('b.xlsx', [obs({ cell: 'C5', department: '住宅課', debt: '市営住宅使用料', classification: '私債権' })])]);
  const { changes } = consolidationChanges(c);
  const sheet = changes.sheets.find((s) => s.name === '指摘一覧')!;
  expect(sheet.print).toEqual({ orientation: 'landscape', titleRows: '1:1', fitToWidth: true });
  const long = c.issues.findIndex((i) => i.code === 'not-counted');
  expect(c.issues[long].message.length).toBeGreaterThan(90);
  expect(changes.cells.find((x) => x.sheet === '指摘一覧' && x.cell === `F${long + 2}`)).toMatchObject({ value: c.issues[long].message, wrap: true });
  expect(sheet.rowLines).toContainEqual([long + 2, expect.any(Number)]);
  expect(sheet.rowLines!.find(([r]) => r === long + 2)![1]).toBeGreaterThanOrEqual(2);
  const xml = strFromU8(unzipSync(newWorkbook(changes))['xl/worksheets/sheet4.xml']);
  expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
  expect(xml).toMatch(new RegExp(`<row r="${long + 2}" ht="\\d+(\\.\\d+)?" customHeight="1">`));
});

test('提出状況, 明細 and 全庁集計 print across, scaled to the page width, the lists\' headers on every page; a reason wraps within its column', () => {
  // (Printed as they were, portrait at full size, 全庁集計's 達成 and 削減額 had come out on pages apart from their departments,
  // 提出状況's 理由 apart from its file, 明細 in twenty pages of column fragments: a colleague's look.)
  const c = consolidate([
    file('税務課_計画.xlsx', [obs({})]),
    { file: '福祉課_計画.xlsx', modified: 0, readError: 'ファイルが壊れているため読み込めませんでした（ZIP として読めません）。Excel で開けるか確かめ、保存し直してから提出し直してもらってください。', tables: 0, observations: [], issues: [] },
  ]);
  const { changes } = consolidationChanges(c);
  const print = (name: string) => changes.sheets.find((s) => s.name === name)!.print;
  expect(print('提出状況')).toEqual({ orientation: 'landscape', titleRows: '1:1', fitToWidth: true });
  expect(print('明細')).toEqual({ orientation: 'landscape', titleRows: '1:1', fitToWidth: true });
  expect(print('全庁集計')).toEqual({ orientation: 'landscape', fitToWidth: true });
  const status = changes.sheets.find((s) => s.name === '提出状況')!;
  const reason = changes.cells.find((x) => x.sheet === '提出状況' && x.cell === 'H3')!;
  expect(reason).toMatchObject({ value: expect.stringContaining('ファイルが壊れている'), wrap: true });
  expect(status.rowLines).toEqual([[3, expect.any(Number)]]);
  expect(status.rowLines![0][1]).toBeGreaterThanOrEqual(2);
  const xml = strFromU8(unzipSync(newWorkbook(changes))['xl/worksheets/sheet1.xml']);
  expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
  expect(xml).toMatch(/<pageSetup [^>]*orientation="landscape" fitToWidth="1" fitToHeight="0"/);
});

test('明細 writes a difference (③-②, 増減) under 種別 as 増減, apart from the year\'s figures a filter of 項目 takes', () => {
  // (Written with 項目 収入未済額 and 年度, 種別 blank, a filter of 項目 = 収入未済額 summed −15,000 of differences with the
  // figures: a colleague's look.)
  const c = consolidate([file('税務課_計画.xlsx', [obs({ cell: 'C5', value: 300 }), obs({ cell: 'E5', value: -15, derived: true, fiscalYear: null, kind: null })])]);
  const { changes } = consolidationChanges(c);
  const kindOf = (cell: string) => {
    const row = changes.cells.find((x) => x.sheet === '明細' && x.cell.startsWith('C') && x.value === cell)!.cell.slice(1);
    return changes.cells.find((x) => x.sheet === '明細' && x.cell === `K${row}`)?.value;
  };
  expect([kindOf('C5'), kindOf('E5')]).toEqual(['実績', '増減']);
});
