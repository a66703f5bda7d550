/**
 * An outline of taxes (一 普通税 › 1 法定普通税 › (1) 市町村民税 › (ア) 個人 › ① 個人均等割, the 市町村税の徴収実績 form) prints each
 * numbered row's figures as the sum of the rows numbered under it. A figure typed wrong in a row over others (普通税's
 * 224,539 for 224,439) had been said nowhere but in its own row's 合計, and 再計算 then rewrote that correct 合計 and its rate
 * from it (a look at other cities' tables). The grid is 碇ケ関村's 普通税 block as the prefecture published it (平成16年5月).
 */
import { inspect, recalc } from '../../../src/core/engine';
import { workbookOf } from '../../fixtures/observations/score';
import type { GridCell } from '../../fixtures/observations/types';

const row = (label: string, a: number[], rates: (number | null)[] = []): GridCell[] => [label, ...a, ...rates];
const z = [0, 0, 0, 0, 0, 0, 0, 0, 0];
// 調定済額 現年 | 滞繰 | 合計 | 標準税率超過 | 徴収猶予 ; 収入済額 現年 | 滞繰 | 合計 | 標準税率超過 ; 徴収率 E/A | F/B | G/C
const grid: GridCell[][] = [
  ['市町村名', '碇ケ関村', null, null, '市 町 村 税 の 徴 収 実 績'],
  [null, null, null, null, null, null, null, null, null, null, null, null, null, '(単位:千円)'],
  [null, '調   定   済   額', null, null, null, null, '収  入  済  額', null, null, null, '徴  収  率 (%)'],
  [null, null, null, null, '標準税率', 'Cのうち徴収', null, null, null, '標準税率超', 'E', 'F', 'G'],
  [null, '現年課税分', '滞納繰越分', '合   計', '超過調定額', '猶予に係る調', '現年課税分', '滞納繰越分', '合   計', '過収入済額', '─ ×100', '─ ×100', '─ ×100'],
  [null, 'A', 'B', 'C', 'D', '定済額', 'E', 'F', 'G', 'H', 'A', 'B', 'C'],
  row('一 普  通  税', [224439, 9507, 233946, 0, 0, 219950, 1483, 221433, 0], [98, 15.6, 94.7]),
  row('1 法 定 普 通 税', [224439, 9507, 233946, 0, 0, 219950, 1483, 221433, 0], [98, 15.6, 94.7]),
  row('(1) 市 町 村 民 税', [61975, 2130, 64105, 0, 0, 60840, 594, 61434, 0], [98.2, 27.9, 95.8]),
  row('(ア) 個  人', [50556, 2130, 52686, 0, 0, 49421, 594, 50015, 0], [97.8, 27.9, 94.9]),
  row('① 個人均等割', [1966, 86, 2052, 0, 0, 1920, 24, 1944, 0], [97.7, 27.9, 94.7]),
  row('② 所 得 割', [48590, 2044, 50634, 0, 0, 47501, 570, 48071, 0], [97.8, 27.9, 94.9]),
  row('上記のうち退職所得分', [2110, 0, 2110, 0, 0, 2110, 0, 2110, 0], [100, null, 100]),
  row('(イ) 法  人', [11419, 0, 11419, 0, 0, 11419, 0, 11419, 0], [100, null, 100]),
  row('① 法人均等割', [2974, 0, 2974, 0, 0, 2974, 0, 2974, 0], [100, null, 100]),
  row('② 法人税割', [8445, 0, 8445, 0, 0, 8445, 0, 8445, 0], [100, null, 100]),
  row('(2) 固 定 資 産 税', [138028, 7377, 145405, 0, 0, 134674, 889, 135563, 0], [97.6, 12.1, 93.2]),
  row('(ア) 純固定資産税', [132564, 7377, 139941, 0, 0, 129210, 889, 130099, 0], [97.5, 12.1, 93]),
  row('① 土  地', [30217, 1681, 31898, 0, 0, 29460, 203, 29663, 0], [97.5, 12.1, 93]),
  row('② 家  屋', [56384, 3138, 59522, 0, 0, 54953, 378, 55331, 0], [97.5, 12, 93]),
  row('③ 償却資産', [45963, 2558, 48521, 0, 0, 44797, 308, 45105, 0], [97.5, 12, 93]),
  row('(イ) 交付金', [5464, 0, 5464, 0, 0, 5464, 0, 5464, 0], [100, null, 100]),
  row('(3) 軽 自 動 車 税', [5066, 0, 5066, 0, 0, 5066, 0, 5066, 0], [100, null, 100]),
  row('(4) 市町村たばこ税', [19370, 0, 19370, 0, 0, 19370, 0, 19370, 0], [100, null, 100]),
  row('(5) 鉱  産  税', z),
  row('(6) 特別土地保有税', z),
  row('(ア) 保 有 分', z),
  row('(イ) 取 得 分', z),
  row('(ウ) 遊休土地分', z),
  row('2 法定外普通税', z),
];
const merges = ['B3:F3', 'G3:J3', 'K3:M3'];

function edited(edits: Record<string, number>): GridCell[][] {
  const g = grid.map((r) => [...r]);
  for (const [cell, v] of Object.entries(edits)) {
    const c = cell.charCodeAt(0) - 65;
    const r = Number(cell.slice(1)) - 1;
    g[r][c] = v;
  }
  return g;
}
const book = (g: GridCell[][]) => workbookOf([{ name: '碇ケ関村', grid: g, merges }]);
const errors = (g: GridCell[][]) =>
  inspect(book(g), '徴収実績.xlsx')
    .issues.filter((i) => i.severity === 'error')
    .map((i) => `${i.code} ${i.cell}`);

describe('an outline of taxes: each numbered row over others is their sum', () => {
  it('as printed: no error (退職所得分, うち of 所得割, is in it and no part of its sum)', () => {
    expect(errors(grid)).toEqual([]);
  });

  it('普通税 typed 224,539 for 224,439: said at B7, the sum of 1 法定普通税 and 2 法定外普通税, and named as the typo', () => {
    const report = inspect(book(edited({ B7: 224539 })), '徴収実績.xlsx');
    const b7 = report.issues.find((i) => i.code === 'total-mismatch' && i.cell === 'B7');
    expect(b7?.message).toContain('B8, B30 の合計は 224,439');
    // Its own row's 合計 (B7 + C7) disagrees too, and both say what B7 would be.
    expect(report.issues.filter((i) => i.severity === 'error').map((i) => `${i.code} ${i.cell}`).sort()).toEqual(['input-suspect B7', 'total-mismatch B7', 'total-mismatch D7']);
    expect(report.issues.find((i) => i.code === 'input-suspect')).toMatchObject({ expected: 224439, actual: 224539, message: expect.stringContaining('D7、B8、B30 の合計 はいずれも B7 を 224,439 として記載されています') });
  });

  it('土地 typed 30,271 for 30,217: said at 純固定資産税 (B18), over ① 土地 … ③ 償却資産', () => {
    const found = errors(edited({ B19: 30271 }));
    expect(found).toContain('total-mismatch B18');
    expect(found).toContain('total-mismatch D19');
    expect(found).toContain('input-suspect B19');
  });

  const written = (changes: ReturnType<typeof recalc>['changes']) => new Map(changes.cells.filter((c) => c.sheet === '碇ケ関村').map((c) => [c.cell, c]));

  it('再計算 writes each row over others as their sum, live, where it is', () => {
    const w = written(recalc(book(grid), '徴収実績.xlsx', '2026-12-07 10:00').changes);
    expect(w.get('B7')).toMatchObject({ formula: 'SUM(B8,B30)', value: 224439 });
    expect(w.get('B18')).toMatchObject({ formula: 'SUM(B19:B21)', value: 132564 });
    // 所得割 over 退職所得分 (うち) is none.
    expect(w.has('B12')).toBe(false);
  });

  it('再計算 with 普通税 typed 224,539: names B7, and leaves it, its correct 合計 and its rate as they were', () => {
    const { changes, report } = recalc(book(edited({ B7: 224539 })), '徴収実績.xlsx', '2026-12-07 10:00');
    expect(report.issues.find((i) => i.code === 'input-suspect')).toMatchObject({ cell: 'B7', expected: 224439, actual: 224539 });
    const w = written(changes);
    for (const cell of ['B7', 'D7', 'M7']) expect(w.has(cell)).toBe(false);
    expect(changes.log.filter((e) => e.sheet === '碇ケ関村' && e.mended)).toEqual([]);
  });

  it('再計算 with 土地 typed 30,271: the typo is said at B19, and 純固定資産税 and 土地’s 合計 are kept as printed', () => {
    const { changes, report } = recalc(book(edited({ B19: 30271 })), '徴収実績.xlsx', '2026-12-07 10:00');
    const suspect = report.issues.find((i) => i.code === 'input-suspect');
    expect(suspect).toMatchObject({ cell: 'B19', expected: 30217, actual: 30271 });
    const w = written(changes);
    for (const cell of ['B18', 'D19']) expect(w.has(cell)).toBe(false);
    // The rows over it, their sums as printed, may be written live: at the figures they show.
    for (const [cell, value] of [['B17', 138028], ['B8', 224439], ['B7', 224439]] as const) if (w.has(cell)) expect(w.get(cell)!.value).toBe(value);
    expect(changes.log.filter((e) => e.sheet === '碇ケ関村' && e.mended)).toEqual([]);
  });

  it('再計算 with 土地 typed 30,271 where the clerk’s 合計 and rates are formulas: nothing over it is rewritten', () => {
    // The 合計 columns as the clerk's own formulas, their figures as Excel stores them: D19 shows 31,952 of the typed B19.
    const wb = book(edited({ B19: 30271 }));
    const rows = wb.sheets[0].rows;
    const at = (r: number, c: number) => rows[r - 1][c]!;
    for (let r = 7; r <= 30; r++) {
      for (const [c, a, b] of [[3, 1, 2], [8, 6, 7]]) rows[r - 1][c] = { ...at(r, c), value: (at(r, a).value as number) + (at(r, b).value as number), formula: `${String.fromCharCode(65 + a)}${r}+${String.fromCharCode(65 + b)}${r}` };
    }
    expect(at(19, 3)).toMatchObject({ value: 31952, formula: 'B19+C19' });
    const { changes, report } = recalc(wb, '徴収実績.xlsx', '2026-12-07 10:00');
    const w = written(changes);
    // 純固定資産税 (B18) is confirmed by 固定資産税 over it; it is not its rows' sum because of B19: nothing over B18 changes.
    for (const [cell, value] of [['B18', 132564], ['B17', 138028], ['B8', 224439], ['B7', 224439], ['D18', 139941], ['D7', 233946]] as const) if (w.has(cell)) expect(w.get(cell)!.value).toBe(value);
    expect(report.issues.filter((i) => i.severity === 'error').map((i) => `${i.code} ${i.cell}`)).toContain('total-mismatch B18');
  });

  it('再計算 with 市町村民税 typed 61,795 for 61,975: named, and nothing computed from it (its rate K9 kept at 98.2)', () => {
    const { changes, report } = recalc(book(edited({ B9: 61795 })), '徴収実績.xlsx', '2026-12-07 10:00');
    expect(report.issues.find((i) => i.code === 'input-suspect')).toMatchObject({ cell: 'B9', expected: 61975 });
    const w = written(changes);
    for (const cell of ['D9', 'K9', 'M9']) expect(w.has(cell)).toBe(false);
    expect(changes.log.filter((e) => e.sheet === '碇ケ関村' && e.mended)).toEqual([]);
  });

  it('再計算 with 土地 typed 30,271 and its 合計 typed to agree (31,952): its rates are not computed from them', () => {
    const { changes, report } = recalc(book(edited({ B19: 30271, D19: 31952 })), '徴収実績.xlsx', '2026-12-07 10:00');
    expect(report.issues.find((i) => i.code === 'input-suspect')).toMatchObject({ cell: 'B19', expected: 30217 });
    const w = written(changes);
    for (const cell of ['K19', 'M19']) expect(w.has(cell)).toBe(false);
  });

  it('a 0 typed 5 under a tax levied on nobody (特別土地保有税 › 取得分): named, and its row’s 合計 kept at 0', () => {
    const { changes, report } = recalc(book(edited({ B28: 5 })), '徴収実績.xlsx', '2026-12-07 10:00');
    expect(report.issues.find((i) => i.code === 'input-suspect')).toMatchObject({ cell: 'B28', expected: 0, actual: 5 });
    expect(written(changes).has('D28')).toBe(false);
  });

  it('a table leaving out a tax its rows over it count (特別土地保有税 滞繰 1,250 in 法定普通税 and 普通税): their figures are kept', () => {
    const g = grid.filter((r) => !/特別土地保有税|保 有 分|取 得 分|遊休土地分/.test(String(r[0]))).map((r) => [...r]);
    for (const r of [6, 7]) {
      g[r][2] = (g[r][2] as number) + 1250;
      g[r][3] = (g[r][3] as number) + 1250;
    }
    const { changes } = recalc(book(g), '徴収実績.xlsx', '2026-12-07 10:00');
    const w = written(changes);
    for (const cell of ['C7', 'C8', 'D7', 'D8']) if (w.has(cell)) expect(w.get(cell)!.value).toBe(g[Number(cell.slice(1)) - 1][cell.charCodeAt(0) - 65]);
  });

  it('a うち numbered as a row of the outline (③ うち退職所得分 under (ア) 個人) is in 所得割, no row of 個人’s sum', () => {
    const g = grid.map((r) => [...r]);
    g[12][0] = '③ うち退職所得分';
    expect(errors(g)).toEqual([]);
    const report = inspect(book(g), '徴収実績.xlsx');
    const b13 = report.tables[0].observations.find((o) => o.cell === 'B13');
    expect(b13).toMatchObject({ debt: '退職所得分', part: true });
    // 個人 is still checked as 均等割 + 所得割: a typo there is found.
    expect(errors(g.map((r, i) => (i === 9 ? ['(ア) 個  人', 50656, ...r.slice(2)] : r)))).toContain('total-mismatch B10');
  });

  it('a row over rows that are not all of it (退職所得分 under 所得割; a table giving some taxes only) is not summed', () => {
    // Without (4) 市町村たばこ税 and (3) 軽自動車税, 法定普通税's rows are not all of it: no sum is checked or written.
    const partial = grid.filter((r) => !/たばこ|軽 自 動 車/.test(String(r[0])));
    expect(errors(partial)).toEqual([]);
    const { changes } = recalc(book(partial), '徴収実績.xlsx', '2026-12-07 10:00');
    expect(changes.cells.filter((c) => c.sheet === '碇ケ関村' && (c.cell === 'B8' || c.cell === 'B12'))).toEqual([]);
  });
});
