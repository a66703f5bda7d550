/**
 * Data validation rules for recognized tables, and their `<dataValidations>` XML: the rules per
 * column kind on the Tsuyama sample, a user's own rule never replaced (reported instead), and the
 * XML spliced into a real .xlsx read back by LibreOffice (converted to .ods, where the rules
 * appear as table:content-validation) — an independent check that the element is valid.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { planValidations } from '../../../src/core/dv/rules';
import { dataValidationsXml } from '../../../src/hosts/file/validation-xml';
import { readWorkbook } from '../../../src/hosts/file/read';

const SAMPLE = join(__dirname, '../../../samples/tsuyama-plan2.xlsx');

async function tables() {
  return recognizeWorkbook(await readWorkbook(new Uint8Array(readFileSync(SAMPLE)), 'tsuyama-plan2.xlsx')).tables;
}

it('rates get decimal 0–100, amounts whole ≥ 0, with Japanese messages; delta columns none', async () => {
  const ts = await tables();
  const plan = planValidations(ts);
  const t21 = ts.find((t) => t.sheet === '2-1')!;
  const rates = plan.rules.filter((r) => r.sheet === '2-1');
  const valueColumns = t21.columns.filter((c) => c.role === 'value').map((c) => c.c);
  expect(rates.map((r) => r.area.left).sort()).toEqual(valueColumns.sort());
  for (const r of rates) {
    expect(r).toMatchObject({ type: 'decimal', min: 0, max: 100, kind: 'rate' });
    expect(r.prompt).toContain('0～100');
    expect(r.area.top).toBe(Math.min(...t21.rows.filter((x) => !x.total).map((x) => x.row - 1)));
  }
  expect(t21.columns.filter((c) => c.role === 'delta').every((c) => !plan.rules.some((r) => r.sheet === '2-1' && r.area.left === c.c))).toBe(true);
});

it('a range with the user’s own rule is left alone and reported', async () => {
  const ts = await tables();
  const all = planValidations(ts).rules.filter((r) => r.sheet === '2-1');
  const theirs = all[0];
  const plan = planValidations(ts, [{ sheet: '2-1', areas: [{ top: theirs.area.top + 2, left: theirs.area.left, bottom: theirs.area.top + 2, right: theirs.area.left }] }]);
  expect(plan.rules.filter((r) => r.sheet === '2-1')).toHaveLength(all.length - 1);
  expect(plan.conflicts).toEqual([expect.objectContaining({ sheet: '2-1', range: expect.stringMatching(/^[A-Z]+\d+:[A-Z]+\d+$/) })]);
});

it('the XML: escaped messages, lists as one quoted formula, ≥ 0 as greaterThanOrEqual', () => {
  const xml = dataValidationsXml([
    { sheet: 'S', area: { top: 5, left: 2, bottom: 9, right: 2 }, kind: 'classification', type: 'list', min: null, max: null, items: ['強制徴収公債権', '私債権'], promptTitle: 'A&B', prompt: '<x>', errorTitle: 'e', error: '"q"' },
    { sheet: 'S', area: { top: 5, left: 3, bottom: 9, right: 3 }, kind: 'amount', type: 'whole', min: 0, max: null, items: null, promptTitle: 'p', prompt: 'p', errorTitle: 'e', error: 'e' },
  ]);
  expect(xml).toContain('sqref="C6:C10"');
  expect(xml).toContain('<formula1>&quot;強制徴収公債権,私債権&quot;</formula1>');
  expect(xml).toContain('promptTitle="A&amp;B" prompt="&lt;x&gt;"');
  expect(xml).toContain('type="whole"');
  expect(xml).toMatch(/sqref="D6:D10" operator="greaterThanOrEqual"><formula1>0<\/formula1><\/dataValidation>/);
  expect(dataValidationsXml([])).toBe('');
});

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

(soffice ? it : it.skip)('LibreOffice reads the rules from an .xlsx carrying the element', async () => {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('計画');
  for (let r = 1; r <= 10; r++) ws.getCell(r, 1).value = r;
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  const files = unzipSync(bytes);
  const path = 'xl/worksheets/sheet1.xml';
  const xml = dataValidationsXml([
    { sheet: '計画', area: { top: 1, left: 1, bottom: 9, right: 1 }, kind: 'rate', type: 'decimal', min: 0, max: 100, items: null, promptTitle: '収納率（%）', prompt: '0～100 の数値', errorTitle: '収納率の入力', error: '0～100 で入力してください。' },
    { sheet: '計画', area: { top: 1, left: 2, bottom: 9, right: 2 }, kind: 'division', type: 'list', min: null, max: null, items: ['現年度分', '滞納繰越分', '全体'], promptTitle: '区分', prompt: '一覧から', errorTitle: '区分', error: 'いずれかを' },
  ]);
  // After sheetData (no conditional formatting here): the schema's position for dataValidations.
  files[path] = strToU8(strFromU8(files[path]).replace('</sheetData>', `</sheetData>${xml}`));
  const dir = mkdtempSync(join(tmpdir(), 'saiken-dv-'));
  writeFileSync(join(dir, 'dv.xlsx'), zipSync(files));
  // A profile of its own: a LibreOffice already running on the default one would take the conversion over (suites run side by side).
  execFileSync(soffice!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'ods', '--outdir', dir, join(dir, 'dv.xlsx')], { stdio: 'ignore', timeout: 120_000 });
  const content = strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, 'dv.ods'))))['content.xml']);
  const validations = content.match(/<table:content-validation [^>]*>/g) ?? [];
  expect(validations).toHaveLength(2);
  expect(content).toContain('収納率（%）');
  expect(content).toContain('現年度分');
  expect(validations.some((v) => /between\(0;100\)|between\(0,100\)/.test(v))).toBe(true);
}, 180_000);
