/**
 * 取りまとめ in the browser workbench, end to end (issue 16): dist/ served over http in Chromium,
 * three departments' workbooks from the corpus picked with the 取りまとめ button, consolidated in
 * the page and downloaded; the downloaded .xlsx read back: 提出状況 lists the three files as
 * 取込済, and 全庁集計 carries the 非強制徴収公債権 収入未済額 of 2023 that the CLI test checks by
 * hand (22,500 from 08 + 1,250 from 05 — 04 holds a 強制徴収公債権 debt only).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { readWorkbook } from '../../src/hosts/file/read';
import type { Sheet } from '../../src/core/workbook';
import { buildCorpus } from '../fixtures/consolidate/build';
import { DIST, artifact, launch, watchedPage } from './browser';
import { serveStatic, type StaticServer } from './static-server';

const PICK = ['04_子ども保育課.xlsx', '05_こども保育課_放課後児童クラブ.xlsx', '08_生活福祉課.xlsx'];

let server: StaticServer;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error('dist/ is missing: run npm run build (scripts/e2e.mjs does)');
  server = await serveStatic(DIST);
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'saiken-e2e-consolidate-'));
  for (const s of (await buildCorpus()).filter((x) => PICK.includes(x.name))) writeFileSync(join(dir, s.name), s.data);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The 全庁集計 figure of a class, item, year and kind, found by its labels (as test/cli/consolidate.test.ts does). */
function figure(s: Sheet, cls: string, item: string, year: number, kind: 'actual' | 'target'): unknown {
  const header = s.rows.findIndex((row) => row?.[0]?.value === '分類');
  const col = s.rows[header].findIndex((c) => c?.value === { actual: '実績', target: '目標' }[kind]);
  const r = s.rows.findIndex((row, i) => i > header && row?.[0]?.value === cls && row?.[1]?.value === item && row?.[2]?.value === year);
  return r < 0 ? undefined : s.rows[r][col]?.value;
}

it('picks three department files, consolidates them in the page and downloads 取りまとめ.xlsx', async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ja-JP', acceptDownloads: true });
  const { page, errors, consoleErrors } = await watchedPage(context);
  await page.goto(`${server.url}taskpane.html`);
  await page.getByRole('status', { name: 'ブックの状態' }).getByText('計画表 4件').waitFor({ timeout: 30_000 });

  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId('consolidate-input').setInputFiles(PICK.map((f) => join(dir, f))),
  ]);
  expect(download.suggestedFilename()).toBe('取りまとめ.xlsx');
  const done = page.getByRole('status').filter({ hasText: /^取りまとめました/ });
  await done.waitFor({ timeout: 30_000 });
  // 4 figures a file (one debt × 4 years); こども保育課 is a spelling variant: a warning, not an error.
  expect(await done.textContent()).toBe('取りまとめました（ファイル 3件・明細 12行・エラー 0件）');
  await page.mouse.move(0, 0);
  await page.waitForTimeout(300);
  await page.screenshot({ path: artifact('30-workbench-consolidated.png') });

  const wb = await readWorkbook(new Uint8Array(readFileSync((await download.path())!)), '取りまとめ.xlsx');
  expect(wb.sheets.map((s) => s.name)).toEqual(['提出状況', '明細', '全庁集計', '指摘一覧']);
  const status = wb.sheets.find((s) => s.name === '提出状況')!;
  expect(status.rows.slice(1, 4).map((r) => [r[0]?.value, r[2]?.value, r[6]?.value])).toEqual([
    ['04_子ども保育課.xlsx', '子ども保育課', '取込済'],
    ['05_こども保育課_放課後児童クラブ.xlsx', 'こども保育課', '取込済'],
    ['08_生活福祉課.xlsx', '生活福祉課', '取込済'],
  ]);
  const totals = wb.sheets.find((s) => s.name === '全庁集計')!;
  expect(figure(totals, '非強制徴収公債権', '収入未済額', 2023, 'actual')).toBeCloseTo(22_500 + 1_250, 6);
  expect(figure(totals, '強制徴収公債権', '収入未済額', 2023, 'actual')).toBeCloseTo(65_902, 6);
  const issues = wb.sheets.find((s) => s.name === '指摘一覧')!;
  expect(issues.rows.some((r) => r?.[3]?.value === 'department-variant')).toBe(true);
  expect(errors).toEqual([]);
  expect(consoleErrors).toEqual([]);
  await context.close();
}, 120_000);
