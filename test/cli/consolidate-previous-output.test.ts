/**
 * --previous given as the last round's 取りまとめ, as the README's next round does: what it had and this round has not is said as
 * when it is given the last round's files — also of a department named by its file alone (税務課.xlsx, a table naming no
 * department), whose 明細 rows leave 部署 blank and write 部署（集計）: it had been said of neither (a colleague's look).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli } from './helpers';

async function book(sheet: string, grid: (string | number | null)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  grid.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const tax = () => book('収納状況', [['市税の収入未済額'], [null, null, '（単位：千円）'], ['債権名', '令和4年度', '令和5年度'], ['市民税', 100, 90], ['固定資産税', 80, 70]]);
const water = (sewer: boolean) =>
  book('推移', [['上下水道部 収入未済額'], [null, null, '（単位：千円）'], ['債権名', '令和4年度', '令和5年度'], ['水道料金', 60, 55], ...(sewer ? [['下水道使用料', 30, 25]] : [])]);

it('says the department whose file is gone and the debt a department no longer gives, from the last round’s 取りまとめ', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'saiken-consolidate-previous-'));
  try {
    mkdirSync(join(dir, '前回'));
    writeFileSync(join(dir, '前回', '税務課.xlsx'), await tax());
    writeFileSync(join(dir, '前回', '上下水道部.xlsx'), await water(true));
    expect((await cli(['consolidate', join(dir, '前回'), '-o', join(dir, '前回取りまとめ.xlsx')])).code).toBe(0);
    mkdirSync(join(dir, '今回'));
    writeFileSync(join(dir, '今回', '上下水道部.xlsx'), await water(false));
    const dropped = async (previous: string) => {
      const { out } = await cli(['consolidate', join(dir, '今回'), '-o', join(dir, `今回_${previous.length}.xlsx`), '--previous', previous, '--json']);
      return (JSON.parse(out) as { issues: { code: string; message: string }[] }).issues.filter((i) => i.code.startsWith('dropped-')).map((i) => `${i.code}: ${i.message}`);
    };
    const fromFiles = await dropped(join(dir, '前回'));
    expect(fromFiles).toHaveLength(2);
    expect(fromFiles.find((m) => m.startsWith('dropped-department'))).toContain('部署「税務課」');
    expect(fromFiles.find((m) => m.startsWith('dropped-debt'))).toContain('「下水道使用料」');
    const fromOutput = await dropped(join(dir, '前回取りまとめ.xlsx'));
    expect(fromOutput.find((m) => m.startsWith('dropped-department'))).toContain('部署「税務課」');
    expect(fromOutput.find((m) => m.startsWith('dropped-debt'))).toContain('「下水道使用料」');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// A 区分 row (滞納繰越分 beside its 合計) and a 収納率 given alone are figures 明細 lists without counting them (集計対象 0): the
// last round's 取りまとめ had given only its counted figures to compare with, and their revisions went unsaid there where the
// last round's files said them (a colleague's look).
it('says a revised 区分 row and a revised 収納率 from the last round\'s 取りまとめ as from its files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'saiken-consolidate-previous-'));
  const tax = (arrears: number, rate: number) =>
    book('収納状況', [
      ['市税の収入未済額'], [null, null, null, '（単位：千円）'],
      ['債権名', '区分', '令和4年度', '令和5年度'],
      ['市税', '現年度分', 100, 90], ['市税', '滞納繰越分', 200, arrears], ['市税', '合計', 300, 90 + arrears],
      [], ['市税の収納率'], [null, null, null, '（単位：%）'],
      ['債権名', '区分', '令和4年度', '令和5年度'], ['市税', '合計', 97.0, rate],
    ]);
  try {
    mkdirSync(join(dir, '前回'));
    writeFileSync(join(dir, '前回', '税務課.xlsx'), await tax(180, 97.2));
    expect((await cli(['consolidate', join(dir, '前回'), '-o', join(dir, '前回取りまとめ.xlsx')])).code).toBe(0);
    mkdirSync(join(dir, '今回'));
    writeFileSync(join(dir, '今回', '税務課.xlsx'), await tax(170, 97.4));
    const revised = async (previous: string, n: number) => {
      const { out } = await cli(['consolidate', join(dir, '今回'), '-o', join(dir, `今回_${n}.xlsx`), '--previous', previous, '--json']);
      return (JSON.parse(out) as { issues: { code: string; cell: string; message: string }[] }).issues.filter((i) => i.code === 'revised-actual').map((i) => `${i.cell}: ${i.message}`);
    };
    const fromFiles = await revised(join(dir, '前回'), 1);
    expect(fromFiles).toEqual([
      'D5: 「市税」の2023年度の収入未済額（実績）が前回の提出から変わっています（前回 180千円 → 今回 170千円）。',
      'D6: 「市税」の2023年度の収入未済額（実績）が前回の提出から変わっています（前回 270千円 → 今回 260千円）。',
      'D11: 「市税」の2023年度の収納率（実績）が前回の提出から変わっています（前回 97.2% → 今回 97.4%）。',
    ]);
    expect(await revised(join(dir, '前回取りまとめ.xlsx'), 2)).toEqual(fromFiles);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
