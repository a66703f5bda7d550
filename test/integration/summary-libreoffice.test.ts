/**
 * The generated workbook opened by LibreOffice, converted to PDF and the chart page to PNG
 * (pdftoppm): the conversion succeeds, the three charts are drawn with their Japanese titles, and
 * the summary's figures are recalculated from the plan sheets.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../src/hosts/file/read';
import { writeWorkbook } from '../../src/hosts/file/write';
import { runAll } from '../../src/core/engine';
import { convert, requireLibreOffice } from './libreoffice';

const run = requireLibreOffice() ? describe : describe.skip;
const artifacts = join(__dirname, '../../test-artifacts');

run('summary and charts rendered by LibreOffice', () => {
  it('converts to PDF and PNG with the three charts present', async () => {
    const data = new Uint8Array(readFileSync(join(__dirname, '../../samples/tsuyama-plan2.xlsx')));
    const wb = await readWorkbook(data);
    const { changes } = runAll(wb, 'tsuyama-plan2.xlsx', '2026-11-23 10:00');
    const out = writeWorkbook(data, changes, wb).data;
    mkdirSync(artifacts, { recursive: true });
    const pdf = join(artifacts, 'tsuyama-summary.pdf');
    writeFileSync(pdf, convert(out, 'pdf', 'tsuyama-summary.xlsx'));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
    expect(pages).toBeGreaterThan(3);
    // The chart sheet is the last page: its titles and axis titles are drawn as text.
    const last = execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), pdf, '-']).toString().replace(/\s+/g, '');
    for (const t of ['収入未済額の推移（実績・目標）', '債権の区分別収納率の推移', '収入未済額の大きい債権', '収入未済額（千円）', '収納率（%）', '強制徴収公債権', '住宅新築資金等貸付金']) expect(last).toContain(t);
    const summary = execFileSync('pdftotext', [pdf, '-']).toString();
    expect(summary).toContain('2,606,236');
    expect(summary).toContain('543,976');
    const png = join(artifacts, 'tsuyama-charts');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(pages), '-l', String(pages), pdf, png]);
    const file = [`${png}-${pages}.png`, `${png}-${String(pages).padStart(2, '0')}.png`].find((f) => existsSync(f))!;
    expect(statSync(file).size).toBeGreaterThan(20_000);
  }, 180_000);
});
