/**
 * saiken consolidate never leaves a department out silently: figures the totals cannot count are
 * said at their file, sheet and cells (and the file is not a clean 取込済); the previous round's
 * 取りまとめ left among the submissions is recognized and left out (除外) instead of replacing the
 * departments' files; files that share a name are told apart by their folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli } from './helpers';
import { readWorkbook } from '../../src/hosts/file/read';
import { ConsolidationSchema, type ConsolidationJson } from '../../src/core/consolidate';
import type { Sheet, Workbook } from '../../src/core/workbook';

/** 収入未済額の推移 as departments send it: title, a unit line (or none, or right of the table), years of 決算. */
async function plan(o: { unit: string | null; unitCol?: number; years: number[]; rows: (string | number)[][] }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('収入未済額');
  ws.getCell('A1').value = '収入未済額の推移';
  if (o.unit) ws.getCell(2, o.unitCol ?? 4).value = `（単位：${o.unit}）`;
  ws.getRow(3).values = ['所管課', '債権名', ...o.years.map((y) => `${y}年度\n決算`)];
  o.rows.forEach((r, i) => (ws.getRow(4 + i).values = r));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function put(path: string, data: Uint8Array, day: number): void {
  writeFileSync(path, data);
  const t = new Date(Date.UTC(2026, 0, day));
  utimesSync(path, t, t);
}

const sheetOf = (wb: Workbook, name: string): Sheet => wb.sheets.find((s) => s.name === name)!;
const rowsOf = (s: Sheet) => s.rows.map((row) => Array.from(row ?? [], (c) => c?.value ?? null));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'saiken-consolidate-left-out-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function round(name: string): Promise<string> {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  put(join(d, '税務課.xlsx'), await plan({ unit: '千円', years: [2022, 2023], rows: [['税務課', '市税', 1000, 900]] }), 1);
  // No unit line at all (a common omission).
  put(join(d, '住宅課.xlsx'), await plan({ unit: null, years: [2022, 2023], rows: [['住宅課', '市営住宅使用料', 120000, 110000]] }), 2);
  // The unit right of the table (the table is A:C, the label in D2): read as the table's, as a reader would.
  put(join(d, '福祉課.xlsx'), await plan({ unit: '千円', unitCol: 4, years: [2023], rows: [['福祉課', '生活保護費返還金', 70]] }), 3);
  return d;
}

async function consolidateJson(args: string[]): Promise<{ code: number; json: ConsolidationJson; out: string }> {
  const r = await cli(['consolidate', ...args, '--json']);
  return { code: r.code, json: ConsolidationSchema.parse(JSON.parse(r.out)), out: r.out };
}

describe('figures the totals cannot count', () => {
  it('are said at their file, sheet and cells, and the file is エラーあり, not a clean 取込済', async () => {
    const d = await round('r1');
    const out = join(dir, 'r1.xlsx');
    const { code, json } = await consolidateJson([d, '-o', out]);
    expect(code).toBe(1);
    expect(json.files.map((f) => [f.file, f.status, f.errors, f.message])).toEqual([
      ['住宅課.xlsx', 'errors', 1, '全庁集計に含めていない数値が 2件あります（収入未済額!C4 ほか1セル）。指摘一覧を見てください。'],
      ['福祉課.xlsx', 'ok', 0, ''],
      ['税務課.xlsx', 'ok', 0, ''],
    ]);
    const left = json.issues.filter((i) => i.code === 'not-counted');
    expect(left.map((i) => [i.file, i.sheet, i.cell, i.severity])).toEqual([['住宅課.xlsx', '収入未済額', 'C4', 'error']]);
    expect(left[0].message).toContain('C4、D4');
    expect(left[0].message).toContain('（2件）');
    expect(left[0].message).toContain('金額の単位');
    expect(left[0].message).toContain('全庁集計に含めていません');
    // The totals are 税務課's (強制徴収公債権) and 福祉課's (its unit read right of its table), and every row of 住宅課 is marked out of them.
    expect(json.totals.map((t) => [t.item, t.fiscalYear, t.value])).toEqual([
      ['収入未済額', 2022, 1000],
      ['収入未済額', 2023, 900],
      ['収入未済額', 2023, 70],
    ]);

    const wb = await readWorkbook(new Uint8Array(readFileSync(out)));
    const status = rowsOf(sheetOf(wb, '提出状況'));
    // (Its warning: the unit it states nowhere, unit-unknown.)
    expect(status.find((r) => r[0] === '住宅課.xlsx')!.slice(4, 8)).toEqual([1, 1, 'エラーあり', '全庁集計に含めていない数値が 2件あります（収入未済額!C4 ほか1セル）。指摘一覧を見てください。']);
    expect(status.find((r) => r[0] === '福祉課.xlsx')!.slice(6, 8)).toEqual(['取込済', null]);
    expect(status.find((r) => r[0] === '税務課.xlsx')!.slice(6, 8)).toEqual(['取込済', null]);
    const issues = rowsOf(sheetOf(wb, '指摘一覧'));
    const row = issues.find((r) => r[0] === '住宅課.xlsx' && r[3] === 'not-counted')!;
    expect(row.slice(0, 5)).toEqual(['住宅課.xlsx', '収入未済額', 'C4', 'not-counted', 'エラー']);
    const detail = rowsOf(sheetOf(wb, '明細'));
    expect(detail.filter((r) => r[0] === '住宅課.xlsx').map((r) => [r[2], r[14]])).toEqual([
      ['C4', 0],
      ['D4', 0],
    ]);
  });

  it('are said in the human report with the file, sheet and cell', async () => {
    const d = await round('r2');
    const r = await cli(['consolidate', d, '-o', join(dir, 'r2.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^エラーあり\t住宅課\.xlsx（住宅課）\tエラー 1件/m);
    expect(r.out).toMatch(/^エラー not-counted\t住宅課\.xlsx 収入未済額!C4\t.*C4、D4/m);
  });
});

describe('amounts whose headings name no item (a table captioned only 「(3) 私債権」)', () => {
  it('are said in the human report, with the file, sheet and cell', async () => {
    const d = join(dir, 'unnamed');
    mkdirSync(d, { recursive: true });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('私債権');
    ws.getCell('A1').value = '(3) 私債権';
    ws.getCell('E2').value = '（単位：千円）';
    ws.getRow(3).values = ['所管課', '債権名', '令和3年度実績', '令和4年度実績', '令和5年度実績'];
    ws.getRow(4).values = ['住宅課', '市営住宅使用料', 1200, 1100, 1000];
    put(join(d, '住宅課.xlsx'), new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), 1);
    const r = await cli(['consolidate', d, '-o', join(dir, 'unnamed.xlsx')]);
    expect(r.out).toMatch(/^警告 amount-unnamed\t住宅課\.xlsx 私債権!C4\t.*C4、D4、E4 の金額（3件）/m);
  });
});

describe("the previous round's 取りまとめ among the submissions", () => {
  it('is left out (除外) with a message naming it, and the departments keep their files', async () => {
    const d = await round('r3');
    const first = join(dir, 'r3-first.xlsx');
    await cli(['consolidate', d, '-o', first]);
    // The earlier output copied into the folder, newer than every submission.
    cpSync(first, join(d, '取りまとめ_前回.xlsx'));
    const t = new Date(Date.UTC(2026, 0, 20));
    utimesSync(join(d, '取りまとめ_前回.xlsx'), t, t);

    const out = join(dir, 'r3.xlsx');
    const { json } = await consolidateJson([d, '-o', out]);
    const skipped = json.files.find((f) => f.file === '取りまとめ_前回.xlsx')!;
    expect(skipped).toMatchObject({ status: 'skipped', departments: [], tables: 0, errors: 0, warnings: 0 });
    expect(skipped.message).toContain('取りまとめ_前回.xlsx は saiken の取りまとめ結果');
    expect(json.issues.filter((i) => i.code === 'duplicate-submission')).toEqual([]);
    expect(json.observations.filter((o) => o.file === '取りまとめ_前回.xlsx')).toEqual([]);
    expect(json.totals.map((t) => [t.item, t.fiscalYear, t.value])).toEqual([
      ['収入未済額', 2022, 1000],
      ['収入未済額', 2023, 900],
      ['収入未済額', 2023, 70],
    ]);
    const wb = await readWorkbook(new Uint8Array(readFileSync(out)));
    const status = rowsOf(sheetOf(wb, '提出状況'));
    expect(status.find((r) => r[0] === '取りまとめ_前回.xlsx')!.slice(6, 8)).toEqual(['除外', skipped.message]);
    expect(status.find((r) => r[0] === '税務課.xlsx')![6]).toBe('取込済');
  });

  it('says 除外 in the human report', async () => {
    const d = await round('r4');
    const first = join(dir, 'r4-first.xlsx');
    await cli(['consolidate', d, '-o', first]);
    cpSync(first, join(d, '前回.xlsx'));
    const r = await cli(['consolidate', d, '-o', join(dir, 'r4.xlsx')]);
    expect(r.out).toMatch(/^除外\t前回\.xlsx\t.*前回\.xlsx は saiken の取りまとめ結果/m);
    expect(r.out).toContain('・除外 1件');
  });
  it('alone in the folder, is no input: exit 2 and nothing written', async () => {
    const d = await round('r6');
    const first = join(dir, 'r6-first.xlsx');
    await cli(['consolidate', d, '-o', first]);
    const only = join(dir, 'r6-only');
    mkdirSync(only);
    cpSync(first, join(only, '取りまとめ.xlsx'));
    const out = join(dir, 'r6.xlsx');
    const r = await cli(['consolidate', only, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^除外\t取りまとめ\.xlsx\t/m);
    expect(r.err).toContain('提出ファイルとして読めるブックが1つもありません');
    expect(existsSync(out)).toBe(false);
  });
});

describe('files that share a name', () => {
  it('are named by their path under the folder given; a unique name stays the base name', async () => {
    const d = join(dir, 'r5');
    mkdirSync(join(d, '税務課'), { recursive: true });
    mkdirSync(join(d, '保険年金課'), { recursive: true });
    put(join(d, '税務課', '計画.xlsx'), await plan({ unit: '千円', years: [2023], rows: [['税務課', '市税', 900]] }), 1);
    put(join(d, '保険年金課', '計画.xlsx'), await plan({ unit: '千円', years: [2023], rows: [['保険年金課', '国民健康保険税', 400]] }), 1);
    put(join(d, '住宅課.xlsx'), await plan({ unit: '千円', years: [2023], rows: [['住宅課', '市営住宅使用料', 50]] }), 1);
    const out = join(dir, 'r5.xlsx');
    const { json } = await consolidateJson([d, '-o', out]);
    expect(json.files.map((f) => [f.file, f.departments])).toEqual([
      ['住宅課.xlsx', ['住宅課']],
      ['保険年金課/計画.xlsx', ['保険年金課']],
      ['税務課/計画.xlsx', ['税務課']],
    ]);
    expect(json.observations.filter((o) => o.department === '税務課').map((o) => o.file)).toEqual(['税務課/計画.xlsx']);
    const wb = await readWorkbook(new Uint8Array(readFileSync(out)));
    const detail = rowsOf(sheetOf(wb, '明細'));
    expect(detail.filter((r) => r[3] === '保険年金課').map((r) => r[0])).toEqual(['保険年金課/計画.xlsx']);
  });
});

describe('a submissions folder', () => {
  it('reads a department sent as .xlsm, and lists an old .xls and a .csv as 読込不可 (both were passed over in silence)', async () => {
    const d = join(dir, 'kinds');
    mkdirSync(d, { recursive: true });
    put(join(d, '税務課.xlsx'), await plan({ unit: '千円', unitCol: 3, years: [2023], rows: [['税務課', '市税', 1000]] }), 1);
    // A workbook with macros: the same package, another name.
    put(join(d, '水道課.xlsm'), await plan({ unit: '千円', unitCol: 3, years: [2023], rows: [['水道課', '水道料金', 300]] }), 2);
    writeFileSync(join(d, '住宅課.xls'), 'an Excel 97-2003 workbook');
    writeFileSync(join(d, '福祉課.csv'), '所管課,債権名\n');
    writeFileSync(join(d, 'メモ.txt'), 'not a submission');
    const { code, json } = await consolidateJson([d, '-o', join(dir, 'kinds.xlsx')]);
    expect(code).toBe(2);
    expect(json.files.map((f) => [f.file, f.status])).toEqual([
      ['住宅課.xls', 'unreadable'],
      ['水道課.xlsm', 'ok'],
      ['福祉課.csv', 'unreadable'],
      ['税務課.xlsx', 'ok'],
    ]);
    expect(json.files[0].message).toContain('.xlsx');
    expect(json.totals.filter((t) => t.item === '収入未済額').map((t) => [t.classification, t.value]).sort()).toEqual([
      ['強制徴収公債権', 1000],
      ['私債権', 300],
    ]);
  });

  it('lists a named pipe among the files as 読込不可 without reading it (the read blocked for ever), the others consolidated', async () => {
    const d = join(dir, 'pipe');
    mkdirSync(d, { recursive: true });
    put(join(d, '税務課.xlsx'), await plan({ unit: '千円', unitCol: 3, years: [2023], rows: [['税務課', '市税', 1000]] }), 1);
    execFileSync('mkfifo', [join(d, '住宅課.xlsx')]);
    const out = join(dir, 'pipe.xlsx');
    // As a process: the read of a pipe nobody writes to never ends, and the process with it.
    const r = spawnSync(process.execPath, [join(__dirname, '../../bin/saiken.js'), 'consolidate', d, '-o', out, '--json'], { env: { ...process.env, SAIKEN_LANG: 'ja' }, encoding: 'utf8', timeout: 60_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    const json = ConsolidationSchema.parse(JSON.parse(r.stdout));
    expect(json.files.map((f) => [f.file, f.status, f.message])).toEqual([
      ['住宅課.xlsx', 'unreadable', '住宅課.xlsx: 通常のファイルではありません（名前付きパイプやデバイスなど）。ブックのファイルを指定してください。'],
      ['税務課.xlsx', 'ok', ''],
    ]);
    expect(json.totals.filter((t) => t.item === '収入未済額').map((t) => [t.classification, t.value])).toEqual([['強制徴収公債権', 1000]]);
    expect(existsSync(out)).toBe(true);
  }, 120_000);
});
