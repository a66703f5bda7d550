/**
 * The CLI's text report of 取りまとめ prints each file's own errors (its 検証's), the first five a file and how many more the
 * workbook's 指摘一覧 has: a department's 4 total-mismatch errors had been a count with no line (a clerk's look).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli } from './helpers';

describe('saiken consolidate: a file’s own errors', () => {
  it('prints the first five, at their cells, and how many more 指摘一覧 has', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'saiken-consolidate-errors-'));
    try {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('下水道');
      const years = ['令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度', '令和8年度'];
      const grid: (string | number | null)[][] = [
        ['収入未済額の推移'],
        [null, null, null, null, null, null, null, '（単位：千円）'],
        ['債権名', ...years.map((y) => `${y}\n実績`)],
        ['下水道使用料', 100, 100, 100, 100, 100, 100, 100],
        ['下水道受益者負担金', 50, 50, 50, 50, 50, 50, 50],
        // Seven totals typed wrong (150 each).
        ['合計', 140, 140, 140, 140, 140, 140, 140],
      ];
      grid.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
      mkdirSync(join(dir, '提出'));
      writeFileSync(join(dir, '提出', '下水道課.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
      const { out } = await cli(['consolidate', join(dir, '提出'), '-o', join(dir, '取りまとめ.xlsx')]);
      const lines = out.split('\n').filter((l) => l.startsWith('エラー total-mismatch'));
      expect(lines.map((l) => l.split('\t')[1])).toEqual(['下水道課.xlsx 下水道!B6', '下水道課.xlsx 下水道!C6', '下水道課.xlsx 下水道!D6', '下水道課.xlsx 下水道!E6', '下水道課.xlsx 下水道!F6']);
      expect(lines[0]).toContain('合計が合いません。B4:B5 の合計は 150 ですが、140 と記載されています。');
      expect(out).toContain('エラー\t下水道課.xlsx\tほか 2件のエラーは取りまとめたブックの「指摘一覧」にあります。');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('saiken consolidate: the exit status of a round with no plan table (a colleague’s look: 0, as if all was well)', () => {
  it('is 3 where no file given holds a plan table, as --help says; a round with a plan and a file of none is 3 too (2 > 1 > 3 > 0)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'saiken-consolidate-none-'));
    try {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('日程');
      [['会議日程'], ['日付', '議題'], ['4月10日', '計画の説明']].forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
      mkdirSync(join(dir, '提出'));
      writeFileSync(join(dir, '提出', '会議日程.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
      expect((await cli(['consolidate', join(dir, '提出'), '-o', join(dir, 'a.xlsx')])).code).toBe(3);
      const plan = new ExcelJS.Workbook();
      const ps = plan.addWorksheet('計画');
      [['収入未済額の推移'], [null, null, '（単位：千円）'], ['債権名', '令和4年度', '令和5年度'], ['下水道使用料', 100, 90]].forEach((row, r) => row.forEach((v, c) => v !== null && (ps.getCell(r + 1, c + 1).value = v)));
      writeFileSync(join(dir, '提出', '下水道課.xlsx'), new Uint8Array(await plan.xlsx.writeBuffer()));
      expect((await cli(['consolidate', join(dir, '提出', '下水道課.xlsx'), '-o', join(dir, 'b.xlsx')])).code).toBe(0);
      expect((await cli(['consolidate', join(dir, '提出'), '-o', join(dir, 'c.xlsx')])).code).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
