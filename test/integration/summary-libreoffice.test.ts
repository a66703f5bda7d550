/**
 * The generated workbook opened by LibreOffice, converted to PDF and its pages to PNG (pdftoppm,
 * kept in test-artifacts/): the summary prints as a document — landscape A4 pages, one numbered
 * section per page (numbers consecutive), headers repeated where a table runs on, 実績 / 目標 /
 * 判定 in columns of their own, long names whole — the charts two to a portrait page, and the
 * change log last, printing only its explanation. Figures are recalculated from the plan sheets.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { runAll } from '../../src/core/engine';
import { convert, requireLibreOffice } from './libreoffice';

const run = requireLibreOffice() ? describe : describe.skip;
const artifacts = join(__dirname, '../../test-artifacts');

interface Page {
  n: number;
  width: number;
  height: number;
  text: string;
  layout: string;
}

/** Renders a sample with everything saiken writes; returns its PDF pages. */
async function render(sample: string): Promise<{ pdf: string; pages: Page[] }> {
  const data = new Uint8Array(readFileSync(join(__dirname, '../../samples', sample)));
  const wb = await readWorkbook(data);
  const { changes } = runAll(wb, sample, '2026-11-23 10:00');
  const out = writeWorkbook(data, changes, wb).data;
  mkdirSync(artifacts, { recursive: true });
  const pdf = join(artifacts, sample.replace(/\.xlsx$/, '-summary.pdf'));
  writeFileSync(pdf, convert(out, 'pdf', sample));
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf]).toString();
  const sizes = [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({ n: Number(m[1]), width: Number(m[2]), height: Number(m[3]) }));
  const pages = sizes.map((p) => ({
    ...p,
    text: execFileSync('pdftotext', ['-f', String(p.n), '-l', String(p.n), pdf, '-']).toString(),
    layout: execFileSync('pdftotext', ['-layout', '-f', String(p.n), '-l', String(p.n), pdf, '-']).toString(),
  }));
  return { pdf, pages };
}

const png = (pdf: string, n: number, name: string) => {
  const stem = join(artifacts, name);
  execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', '-f', String(n), '-l', String(n), pdf, stem]);
  return `${stem}.png`;
};
/** The first section title on a page ("3 収入未済額（所管課別・年度別）"). */
const sectionOf = (p: Page) => p.text.split('\n').find((l) => /^\d+ \S/.test(l)) ?? '';
const squash = (s: string) => s.replace(/\s+/g, '');
/** The summary's pages: they carry its title, repeated on each page. */
const summaryPages = (pages: Page[]) => pages.filter((p) => p.text.startsWith('債権管理計画 集計'));

run('summary and charts rendered by LibreOffice', () => {
  let tsuyama: { pdf: string; pages: Page[] };
  beforeAll(async () => {
    tsuyama = await render('tsuyama-plan2.xlsx');
  }, 180_000);

  it('prints the 集計 on landscape A4 pages, a numbered section per page, 1 to 7 in order', () => {
    const pages = summaryPages(tsuyama.pages);
    for (const p of pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([842, 595]);
    // Each page's section: numbered, or the same section continued.
    const heads = pages.map(sectionOf);
    const numbers = heads.filter((h) => !h.includes('（続き）')).map((h) => Number(h.split(' ')[0]));
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pages[0].text.split('\n')[1]).toBe('このシートは saiken が計画表から作成しました。数値は計画表のセルを参照する数式です（計画表を直すと自動で反映されます）。');
    // Section 1 whole on its page, at a readable size: nine year columns and the totals.
    const first = pages[0].layout;
    expect(first).toMatch(/合計\s+3,299,933\s+2,606,236\s+3,084,701\s+2,990,228\s+2,510,430\s+2,396,126\s+2,284,824\s+2,173,864\s+2,062,260/);
    pages.forEach((p, i) => writeFileSync(join(artifacts, `tsuyama-summary-page-${i + 1}.txt`), p.layout));
    expect(statSync(png(tsuyama.pdf, pages[0].n, 'tsuyama-summary-page-1')).size).toBeGreaterThan(10_000);
  });

  it('§5: 実績 and 目標 in labelled columns, 98.8 apart from 未達成, the header again on each page, names whole', () => {
    const pages = summaryPages(tsuyama.pages).filter((p) => p.text.includes('目標の達成状況'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const p of pages) expect(p.layout).toMatch(/債権名\s+指標\s+年度\s+実績\s+目標\s+判定\s+所管課/);
    const all = pages.map((p) => p.layout).join('\n');
    expect(all).toMatch(/生活改善資金貸付金\s+収納率\s+令和元年度\s+1\.5\s+98\.8\s+未達成\s+人権啓発課/);
    expect(all).not.toMatch(/98\.8未達成/);
    expect(all).toMatch(/水道使用料\(旧簡易水道含\)\s+収納率/);
    expect(all).toMatch(/住宅新築資金等貸付金\s+収入未済額\s+令和元年度\s+1,307,183\s+1,543,392\s+達成\s+管理課/);
    png(tsuyama.pdf, pages[0].n, 'tsuyama-summary-achievement');
  });

  it('figures recalculated from the plan sheets: the reduction 2,606,236 → 2,062,260, 543,976 (20.9)', () => {
    const page = summaryPages(tsuyama.pages).find((p) => p.text.includes('収入未済額の縮減'))!;
    expect(page.layout).toMatch(/2,606,236\s+2,062,260\s+543,976\s+20\.9/);
  });

  it('draws the three charts, two to a portrait page, with titles and axis titles', () => {
    const charts = tsuyama.pages.filter((p) => /収入未済額の推移|収納率の推移|収入未済額の大きい債権/.test(squash(p.text)));
    expect(charts).toHaveLength(2);
    for (const p of charts) expect(p.height).toBeGreaterThan(p.width);
    const text = squash(charts.map((p) => p.text).join(''));
    for (const t of ['収入未済額の推移（実績・目標）', '債権の区分別収納率の推移（全年度に値のある債権の平均）', '収入未済額の大きい債権（令和元年度実績、上位10件）', '収入未済額（千円）', '収納率（%）', '強制徴収公債権', '住宅新築資金等貸付金']) expect(text).toContain(t);
    charts.forEach((p, i) => expect(statSync(png(tsuyama.pdf, p.n, `tsuyama-charts-${i + 1}`)).size).toBeGreaterThan(20_000));
  });

  it('the change log is the last page, and the only page of it: its explanation and count', () => {
    const last = tsuyama.pages.at(-1)!;
    expect(last.text).toContain('saiken 変更履歴');
    expect(last.layout).toMatch(/記録の件数\s+\d{3}/);
    expect(tsuyama.pages.filter((p) => p.text.includes('書き込んだ数式') || /=IF\(/.test(p.text))).toEqual([]);
    png(tsuyama.pdf, last.n, 'tsuyama-change-log');
  });

  it('Hatsukaichi (rates only): sections numbered 1, 2, 3 without gaps, the method said', async () => {
    const { pdf, pages } = await render('hatsukaichi-plan3.xlsx');
    const summary = summaryPages(pages);
    const heads = summary.map(sectionOf).filter((h) => !h.includes('（続き）'));
    expect(heads.map((h) => h.split(' ')[0])).toEqual(['1', '2', '3']);
    expect(summary[0].text).toContain('1 収納率（債権の区分別・年度別）');
    expect(summary[0].text).toContain('算出方法: 収納率のある年度すべてに収納率のある債権だけの単純平均');
    png(pdf, summary[0].n, 'hatsukaichi-summary-page-1');
  }, 180_000);
});
