/**
 * Which of two submissions of a department is the newer: the one the workbook says was saved later (its core properties,
 * docProps/core.xml dcterms:modified, written by Excel, LibreOffice and most libraries at every save), whatever times the
 * files took when saved from the mail all at once; the file's own modified time where the workbook says none.
 */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { cli } from './helpers';
import { readWorkbook } from '../../src/hosts/file/read';
import { ConsolidationSchema } from '../../src/core/consolidate';

/** 税務課's 収入未済額 (千円), its 令和6年度 決算 `latest`, saved at `saved`. */
async function plan(latest: number, saved: Date): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = saved;
  wb.modified = saved;
  const ws = wb.addWorksheet('収入未済額');
  ws.getCell('A1').value = '収入未済額の推移';
  ws.getCell('D2').value = '（単位：千円）';
  ws.getRow(3).values = ['所管課', '債権名', '令和5年度\n決算', '令和6年度\n決算'];
  ws.getRow(4).values = ['税務課', '市税', 468_570, latest];
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The package without its core properties (a file some systems export). */
function withoutCore(data: Uint8Array): Uint8Array {
  const parts = unzipSync(data);
  delete parts['docProps/core.xml'];
  parts['_rels/.rels'] = new TextEncoder().encode(strFromU8(parts['_rels/.rels']).replace(/<Relationship [^>]*core-properties[^>]*\/>/, ''));
  return zipSync(parts);
}

/** 税務課's 令和6年度 収入未済額 in the 部署別 totals. */
const latest = (json: ReturnType<typeof ConsolidationSchema.parse>) =>
  (json.departmentTotals ?? []).filter((t) => t.department === '税務課' && t.item === '収入未済額' && t.fiscalYear === 2024 && t.kind === 'actual').map((t) => t.value);

const MAY = (d: number) => new Date(Date.UTC(2026, 4, d, 9));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'saiken-consolidate-saved-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function put(name: string, data: Uint8Array, mtime: Date): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  utimesSync(path, mtime, mtime);
  return path;
}

async function consolidated(files: string[]) {
  const r = await cli(['consolidate', ...files, '-o', join(dir, `取りまとめ${Math.random().toString(36).slice(2)}.xlsx`), '--json']);
  if (r.code > 1) throw new Error(r.err);
  return ConsolidationSchema.parse(JSON.parse(r.out));
}

it('reads when the workbook was last saved from its core properties', async () => {
  const wb = await readWorkbook(await plan(448_000, MAY(20)), 'a.xlsx');
  expect(wb.saved).toBe(MAY(20).getTime());
  expect((await readWorkbook(withoutCore(await plan(448_000, MAY(20))), 'b.xlsx')).saved).toBeUndefined();
});

it('takes the submission saved later, though both files were saved from the mail at one time (the older name sorting later)', async () => {
  const mail = new Date(Date.UTC(2026, 5, 1, 9));
  const newer = put('税務課.xlsx', await plan(448_000, MAY(20)), mail);
  const older = put('税務課_旧版.xlsx', await plan(450_000, MAY(10)), mail);
  const json = await consolidated([newer, older]);
  expect(latest(json)).toEqual([448_000]);
  expect(json.issues.filter((i) => i.code === 'duplicate-submission').map((i) => [i.file, i.cell])).toEqual([['税務課_旧版.xlsx', 'C4']]);
});

it('takes the file modified later where a workbook says nothing of its saving', async () => {
  const newer = put('税務課_再提出.xlsx', withoutCore(await plan(448_000, MAY(10))), MAY(20));
  const older = put('税務課_第1回.xlsx', await plan(450_000, MAY(12)), MAY(12));
  const json = await consolidated([older, newer]);
  expect(latest(json)).toEqual([448_000]);
  expect(json.issues.filter((i) => i.code === 'duplicate-submission').map((i) => i.file)).toEqual(['税務課_第1回.xlsx']);
});
