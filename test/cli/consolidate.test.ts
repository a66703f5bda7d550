/**
 * saiken consolidate on a round of department submissions (test/fixtures/consolidate/build.ts):
 * the totals against sums written here by hand, every file in 提出状況, the cross-file findings
 * at their files and cells, the workbook's sheets, table and links, and LibreOffice's
 * recomputation of 全庁集計 from 明細.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { run } from '../../src/cli/main';
import { readWorkbook } from '../../src/hosts/file/read';
import { ConsolidationSchema, type ConsolidationJson } from '../../src/core/consolidate';
import type { Sheet, Workbook } from '../../src/core/workbook';
import { buildCorpus, buildPrevious, writeCorpus } from '../fixtures/consolidate/build';
import { convert, SOFFICE } from '../integration/libreoffice';

const K = '強制徴収公債権';
const H = '非強制徴収公債権';
const P = '私債権';

/** Sums by hand from the figures in build.ts (千円; 02 and 07 are in 円). */
const EXPECTED: [string, string, number, string, number][] = [
  [K, '調定額', 2024, 'actual', 1_260_000 + (900_000 + 20_000)],
  [K, '収入済額', 2024, 'actual', 1_203_000 + (891_000 + 5_000)],
  [K, '不納欠損額', 2024, 'actual', 3_000 + (0 + 1_000)],
  // 市税 from the re-submission (11), 国保 and 後期 converted from 円, 保育所保育料.
  [K, '収入未済額', 2023, 'actual', 468_570 + 255_610 + 7_107.5 + 65_902],
  // … plus 介護保険料 全体 only (not its divisions again) and 下水道 現年度分 + 滞納繰越分 (no 全体 given).
  [K, '収入未済額', 2024, 'actual', 448_000 + 210_442 + 7_820 + 48_330 + 54_000 + (9_000 + 14_000)],
  [K, '収入未済額', 2025, 'target', 430_000 + 200_000 + 7_000 + 36_000],
  [K, '収入未済額', 2026, 'target', 410_000 + 190_000 + 6_500 + 33_000],
  [K, '収納率', 2024, 'actual', ((1_203_000 + 896_000) / (1_260_000 + 920_000)) * 100],
  [H, '収入未済額', 2023, 'actual', 22_500 + 1_250],
  [H, '収入未済額', 2024, 'actual', 22_000 + 1_100],
  [H, '収入未済額', 2025, 'target', 21_500 + 1_000],
  [H, '収入未済額', 2026, 'target', 21_000 + 900],
  [P, '収入未済額', 2023, 'actual', 221_773 + 1_757_195 + 3_100 + 2_000],
  [P, '収入未済額', 2024, 'actual', 226_004 + 1_498_760 + 2_900 + 1_000],
  [P, '収入未済額', 2025, 'target', 220_000 + 1_250_000 + 2_700 + 800],
  [P, '収入未済額', 2026, 'target', 210_000 + 1_200_000 + 2_500 + 700],
];

/** 全庁集計 部署別 by hand: 収入未済額, and 収納率 = 収入済額 ÷ 調定額 where a department gives both. */
const EXPECTED_DEPT: [string, string, number, string, number][] = [
  ['税務課', '収入未済額', 2023, 'actual', 468_570],
  ['税務課', '収入未済額', 2024, 'actual', 448_000],
  ['保険年金課', '収入未済額', 2023, 'actual', 255_610 + 7_107.5],
  ['保険年金課', '収入未済額', 2026, 'target', 190_000 + 6_500],
  // 04 and 05 under the first spelling.
  ['子ども保育課', '収入未済額', 2023, 'actual', 65_902 + 1_250],
  ['子ども保育課', '収入未済額', 2025, 'target', 36_000 + 1_000],
  ['住宅課', '収入未済額', 2024, 'actual', 226_004 + 1_498_760],
  ['農林水産課', '収入未済額', 2023, 'actual', 3_100],
  ['高齢介護課', '収入未済額', 2024, 'actual', 54_000],
  ['高齢介護課', '収納率', 2024, 'actual', (1_203_000 / 1_260_000) * 100],
  ['上下水道課', '収入未済額', 2024, 'actual', 9_000 + 14_000],
  ['上下水道課', '収納率', 2024, 'actual', ((891_000 + 5_000) / (900_000 + 20_000)) * 100],
];
/** Seven departments give four years of 収入未済額; 高齢介護課 and 上下水道課 one year with its rate. */
const DEPT_COUNT = 7 * 4 + 2 * 2;

const FILES = [
  ['01_税務課.xlsx', 'ok'],
  ['02_保険年金課.xlsx', 'ok'],
  ['03_高齢介護課.xlsx', 'ok'],
  ['04_子ども保育課.xlsx', 'ok'],
  ['05_こども保育課_放課後児童クラブ.xlsx', 'ok'],
  ['06_住宅課.xlsx', 'ok'],
  ['07_上下水道課.xlsx', 'errors'],
  ['08_生活福祉課.xlsx', 'ok'],
  ['09_人権啓発課.xlsx', 'ok'],
  ['10_農林水産課.xlsx', 'errors'],
  ['11_税務課_再提出.xlsx', 'ok'],
  ['12_環境生活課.xlsx', 'unreadable'],
  ['13_会議メモ.xlsx', 'no-tables'],
];

let dir: string;
let out: string;
let json: ConsolidationJson;
let code: number;
let written: Uint8Array;

function io() {
  const lines: string[] = [];
  const errs: string[] = [];
  return { lines, errs, io: { out: (s: string) => lines.push(s), err: (s: string) => errs.push(s) } };
}

const sheetOf = (wb: Workbook, name: string): Sheet => wb.sheets.find((s) => s.name === name)!;
const text = (s: Sheet, r: number, c: number) => s.rows[r]?.[c]?.value;

/** The 全庁集計 figure of a class, item, year and kind, found by its labels as a reader would. */
function figure(s: Sheet, cls: string, item: string, year: number, kind: string, groupLabel = '分類'): unknown {
  const header = s.rows.findIndex((row) => row?.[0]?.value === groupLabel);
  const col = s.rows[header].findIndex((c) => c?.value === { actual: '実績', target: '目標', forecast: '見込' }[kind]);
  const r = s.rows.findIndex((row, i) => i > header && row?.[0]?.value === cls && row?.[1]?.value === item && row?.[2]?.value === year);
  return r < 0 ? undefined : s.rows[r][col]?.value;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'saiken-consolidate-'));
  writeCorpus(join(dir, 'round'), await buildCorpus());
  writeCorpus(join(dir, 'previous'), await buildPrevious());
  out = join(dir, '取りまとめ.xlsx');
  const t = io();
  code = await run(['consolidate', join(dir, 'round'), '-o', out, '--previous', join(dir, 'previous'), '--json'], t.io);
  json = JSON.parse(t.lines.join('\n'));
  written = new Uint8Array(readFileSync(out));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('saiken consolidate on a round of submissions', () => {
  it('exits 2 (12_環境生活課.xlsx could not be read, as in a batch) and prints the JSON of the issues', () => {
    expect(code).toBe(2);
    expect(ConsolidationSchema.parse(json)).toEqual(json);
  });

  it('lists every file (not the owner file ~$…) with its status', () => {
    expect(json.files.map((f) => [f.file, f.status])).toEqual(FILES);
    expect(json.files.find((f) => f.file === '12_環境生活課.xlsx')!.message).toContain('読み込めませんでした');
    expect(json.files.find((f) => f.file === '04_子ども保育課.xlsx')!.departments).toEqual(['子ども保育課']);
  });

  it('totals every class × item × year × kind to the sums written by hand', () => {
    expect(json.totals).toHaveLength(EXPECTED.length);
    for (const [classification, item, fiscalYear, kind, value] of EXPECTED) {
      const t = json.totals.find((x) => x.classification === classification && x.item === item && x.fiscalYear === fiscalYear && x.kind === kind);
      expect({ classification, item, fiscalYear, kind, value: t?.value }).toEqual({ classification, item, fiscalYear, kind, value: expect.closeTo(value, 6) });
      expect(t!.unit).toBe(item === '収納率' ? '%' : '千円');
    }
  });

  it('totals 収入未済額 and the weighted 収納率 by department × year to the sums written by hand', () => {
    const dept = json.departmentTotals!;
    expect(dept).toHaveLength(DEPT_COUNT);
    for (const [department, item, fiscalYear, kind, value] of EXPECTED_DEPT) {
      const t = dept.find((x) => x.department === department && x.item === item && x.fiscalYear === fiscalYear && x.kind === kind);
      expect({ department, item, fiscalYear, kind, value: t?.value, unit: t?.unit }).toEqual({ department, item, fiscalYear, kind, value: expect.closeTo(value, 6), unit: item === '収納率' ? '%' : '千円' });
    }
    // No rate where a department gives no 調定額 / 収入済額.
    expect(dept.filter((t) => t.item === '収納率').map((t) => t.department).sort()).toEqual(['上下水道課', '高齢介護課'].sort());
  });

  it('keeps observations as the files print them (円 stays 円)', () => {
    expect(json.observations.find((o) => o.file === '02_保険年金課.xlsx' && o.cell === 'C4')).toMatchObject({ department: '保険年金課', debt: '国民健康保険税', unit: '円', value: 255_610_000, fiscalYear: 2023, kind: 'actual' });
  });

  it('puts each cross-file finding at its file and cell', () => {
    const at = (code: string) => json.issues.filter((i) => i.code === code).map((i) => [i.file, i.sheet, i.cell, i.severity]);
    expect(at('class-disagreement')).toEqual([
      ['07_上下水道課.xlsx', '下水道', 'D5', 'error'],
      ['10_農林水産課.xlsx', '農林', 'D4', 'error'],
    ]);
    expect(at('duplicate-submission')).toEqual([['01_税務課.xlsx', '収入未済額', 'C4', 'warning']]);
    expect(at('department-variant')).toEqual([['05_こども保育課_放課後児童クラブ.xlsx', '様式1', 'C4', 'warning']]);
    expect(at('unit-mismatch')).toEqual([
      ['02_保険年金課.xlsx', '保険年金課', 'C4', 'warning'],
      ['07_上下水道課.xlsx', '下水道', 'D5', 'warning'],
    ]);
    expect(at('no-plan-tables')).toEqual([['13_会議メモ.xlsx', '', '', 'warning']]);
    // The previous round had 470,000 for 2023 (now 468,570) and 455,000 for 2024 (now 448,000 in the re-submission).
    const revised = json.issues.filter((i) => i.code === 'revised-actual' && i.file === '11_税務課_再提出.xlsx');
    expect(revised.map((i) => i.cell)).toEqual(['C4', 'D4']);
    expect(revised[0].message).toContain('470,000');
    expect(revised[0].message).toContain('468,570');
  });

  it('writes 提出状況 with every file and a link to its findings, and 指摘一覧', async () => {
    const wb = await readWorkbook(written);
    expect(wb.sheets.map((s) => s.name)).toEqual(['提出状況', '明細', '全庁集計', '指摘一覧']);
    const status = sheetOf(wb, '提出状況');
    const issues = sheetOf(wb, '指摘一覧');
    FILES.forEach(([file, st], i) => {
      expect(text(status, i + 1, 0)).toBe(file);
      expect(text(status, i + 1, 6)).toBe({ ok: '取込済', errors: 'エラーあり', unreadable: '読込不可', 'no-tables': '計画表なし' }[st]);
    });
    const link = status.rows[1][8]!;
    const target = Number(/HYPERLINK\("#'指摘一覧'!A(\d+)"/.exec(link.formula ?? '')![1]);
    expect(text(issues, target - 1, 0)).toBe('01_税務課.xlsx');
    expect(text(issues, target - 2, 0)).not.toBe('01_税務課.xlsx');
    const dis = issues.rows.findIndex((r) => r?.[3]?.value === 'class-disagreement');
    expect([text(issues, dis, 0), text(issues, dis, 1), text(issues, dis, 2), text(issues, dis, 4)]).toEqual(['07_上下水道課.xlsx', '下水道', 'D5', 'エラー']);
  });

  it('writes 明細 as an Excel table, every observation a row, the original and the converted value', async () => {
    const wb = await readWorkbook(written);
    const detail = sheetOf(wb, '明細');
    expect(detail.rows.length).toBe(json.observations.length + 1);
    const r = detail.rows.findIndex((row) => row?.[0]?.value === '02_保険年金課.xlsx' && row?.[2]?.value === 'C4');
    expect(Array.from(detail.rows[r], (c) => c?.value ?? null)).toEqual(['02_保険年金課.xlsx', '保険年金課', 'C4', '保険年金課', '保険年金課', '国民健康保険税', null, K, '収入未済額', 2023, '実績', '円', 255_610_000, 255_610, 1, 0, 0, 1, 1, 0, 0]);
    const v = detail.rows.findIndex((row) => row?.[0]?.value === '05_こども保育課_放課後児童クラブ.xlsx');
    expect([text(detail, v, 3), text(detail, v, 4)]).toEqual(['こども保育課', '子ども保育課']);
    const parts = unzipSync(written);
    const table = strFromU8(parts['xl/tables/table1.xml']);
    expect(table).toContain(`ref="A1:U${json.observations.length + 1}"`);
    expect(table).toContain('<autoFilter');
    // Amounts in the city's unit; the rates' rows hold rates (単位 %).
    expect(table).toContain('name="値（金額は千円）"');
    expect(strFromU8(parts['[Content_Types].xml'])).toContain('/xl/tables/table1.xml');
  });

  it('writes 全庁集計 as SUMIFS over 明細 whose cached values are the totals', async () => {
    const wb = await readWorkbook(written);
    const totals = sheetOf(wb, '全庁集計');
    for (const [cls, item, year, kind, value] of EXPECTED) expect([cls, item, year, kind, figure(totals, cls, item, year, kind)]).toEqual([cls, item, year, kind, expect.closeTo(value, 6)]);
    const r = totals.rows.findIndex((row) => row?.[0]?.value === K && row?.[1]?.value === '収入未済額' && row?.[2]?.value === 2024);
    expect(totals.rows[r][3]!.formula).toMatch(/^IF\(COUNTIFS\('明細'!\$H:\$H,\$A\d+,.*SUMIFS\('明細'!\$N:\$N,/);
    // 2024 against the 2023 base: the reduction of the same debts (市税, 国保, 後期, 保育所: 介護保険料 and 下水道 give 2024
    // only, and would count as an increase), and no target that year.
    expect(totals.rows[r][7]!.value).toBeCloseTo(468_570 + 255_610 + 7_107.5 + 65_902 - (448_000 + 210_442 + 7_820 + 48_330), 6);
    expect(totals.rows[r][7]!.formula).toMatch(/^IF\(OR\(COUNTIFS\(.*'明細'!\$R:\$R,1\)=0,.*SUMIFS\('明細'!\$N:\$N,.*'明細'!\$R:\$R,1\)-SUMIFS\(/);
    expect(json.issues.filter((i) => i.code === 'reduction-partial').map((i) => i.message)).toContain(
      '「強制徴収公債権」の基準年度比削減額は、基準年度（2023年度）から毎年度の収入未済額の実績がそろう債権で計算しています（2023・2024年度。年度によって債権が変わると増減が比べられないため）。含めていない債権: 介護保険料（高齢介護課）、下水道使用料（上下水道課）。',
    );
  });

  it('writes 全庁集計 部署別 with 収納率 as a weighted ratio of SUMIFS over 明細 by department', async () => {
    const wb = await readWorkbook(written);
    const totals = sheetOf(wb, '全庁集計');
    for (const [d, item, year, kind, value] of EXPECTED_DEPT) expect([d, item, year, kind, figure(totals, d, item, year, kind, '部署')]).toEqual([d, item, year, kind, expect.closeTo(value, 6)]);
    const header = totals.rows.findIndex((row) => row?.[0]?.value === '部署');
    const r = totals.rows.findIndex((row, i) => i > header && row?.[0]?.value === '高齢介護課' && row?.[1]?.value === '収納率');
    const f = totals.rows[r][3]!.formula!;
    expect(f).toContain(`SUMIFS('明細'!$N:$N,'明細'!$E:$E,$A${r + 1},'明細'!$I:$I,"収入済額"`);
    expect(f).toContain(`/SUMIFS('明細'!$N:$N,'明細'!$E:$E,$A${r + 1},'明細'!$I:$I,"調定額"`);
  });

  it('exits 2 and writes nothing when no input can be read', async () => {
    const only = join(dir, 'broken');
    writeCorpus(only, (await buildCorpus()).filter((s) => s.name.startsWith('12_')));
    const target = join(dir, 'none.xlsx');
    const t = io();
    expect(await run(['consolidate', only, '-o', target], t.io)).toBe(2);
    expect(existsSync(target)).toBe(false);
    expect(t.errs.join('\n')).toContain('提出ファイルとして読めるブックが1つもありません');
  });

  it('exits 1 when every submission was read and errors were found (the class disagreement)', async () => {
    const round = join(dir, 'round');
    const read = readdirSync(round).filter((f) => /^\d\d_.*\.xlsx$/.test(f) && !f.startsWith('12_')).map((f) => join(round, f));
    const t = io();
    expect(await run(['consolidate', ...read, '-o', join(dir, 'all-read.xlsx')], t.io)).toBe(1);
    expect(t.lines.join('\n')).toMatch(/^エラー class-disagreement\t07_上下水道課\.xlsx 下水道!D5\t/m);
    expect(t.lines.join('\n')).not.toMatch(/^読込不可\t/m);
  });

  it('exits 0 without errors, and 2 when the output cannot be written (nothing left behind)', async () => {
    const round = join(dir, 'round');
    const ok = join(dir, 'ok.xlsx');
    const t = io();
    expect(await run(['consolidate', join(round, '08_生活福祉課.xlsx'), join(round, '09_人権啓発課.xlsx'), '-o', ok], t.io)).toBe(0);
    expect(t.lines.join('\n')).toContain('取りまとめました');
    const bad = join(dir, 'no-such-folder', 'out.xlsx');
    expect(await run(['consolidate', round, '-o', bad], io().io)).toBe(2);
    expect(existsSync(bad)).toBe(false);
  });

  it('takes in the shipped ledger sample alone with no finding: each debt prints its 収納率 beside both its amounts, and all count', async () => {
    const t = io();
    const target = join(dir, 'ledger.xlsx');
    expect(await run(['consolidate', join(__dirname, '..', '..', 'samples', 'ledger-sample.xlsx'), '-o', target], t.io)).toBe(0);
    expect(t.lines.join('\n')).toContain('指摘 0件');
    expect(t.lines.join('\n')).not.toMatch(/rate-partial/);
  });
});

(SOFFICE ? describe : describe.skip)('全庁集計 recomputed by LibreOffice', () => {
  it('gives the same figures as the totals', async () => {
    const recomputed = await readWorkbook(convert(written, 'xlsx', 'consolidated.xlsx'));
    const totals = sheetOf(recomputed, '全庁集計');
    for (const t of json.totals) expect([t.classification, t.item, t.fiscalYear, t.kind, figure(totals, t.classification!, t.item, t.fiscalYear, t.kind)]).toEqual([t.classification, t.item, t.fiscalYear, t.kind, expect.closeTo(t.value, 6)]);
    expect(json.departmentTotals).toHaveLength(DEPT_COUNT);
    for (const t of json.departmentTotals!) expect([t.department, t.item, t.fiscalYear, t.kind, figure(totals, t.department, t.item, t.fiscalYear, t.kind, '部署')]).toEqual([t.department, t.item, t.fiscalYear, t.kind, expect.closeTo(t.value, 6)]);
    // A kind no file gives stays blank (an empty result, read back as nothing), not 0.
    expect(['', null, undefined]).toContain(figure(totals, K, '調定額', 2024, 'target'));
  }, 180_000);

  it('draws the chart beside 全庁集計 with its data', () => {
    const pdf = join(dir, 'consolidated.pdf');
    writeFileSync(pdf, convert(written, 'pdf', 'consolidated.xlsx'));
    const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, '');
    for (const t of ['収入未済額の推移（分類別・実績）', 'グラフ用：収入未済額（実績）', '収入未済額（千円）']) expect(text).toContain(t);
  }, 180_000);

  it('recomputes a corrected 明細 row into 全庁集計', async () => {
    // Not a mutation of our output by our code: the corrected cell is patched in the XML as a user would type it.
    const parts = unzipSync(written);
    const path = Object.keys(parts).find((p) => /^xl\/worksheets\/sheet2\.xml$/.test(p))!;
    const xml = strFromU8(parts[path]);
    const row = json.observations.findIndex((o) => o.file === '08_生活福祉課.xlsx' && o.cell === 'C4') + 2;
    const patched = xml.replace(new RegExp(`(<c r="N${row}"[^>]*><v>)22500(</v>)`), '$132500$2');
    expect(patched).not.toBe(xml);
    const { zipSync, strToU8 } = await import('fflate');
    const data = zipSync({ ...parts, [path]: strToU8(patched) });
    writeFileSync(join(dir, 'patched.xlsx'), data);
    const totals = sheetOf(await readWorkbook(convert(data, 'xlsx', 'patched.xlsx')), '全庁集計');
    expect(figure(totals, H, '収入未済額', 2023, 'actual')).toBeCloseTo(22_500 + 1_250 + 10_000, 6);
  }, 180_000);
});

describe('saiken consolidate --help', () => {
  it('shows the command with an example', async () => {
    const t = io();
    expect(await run(['consolidate', '--help'], t.io)).toBe(0);
    expect(t.lines.join('\n')).toContain('saiken consolidate 提出/ -o 取りまとめ.xlsx');
  });
});

describe('saiken consolidate on a terminal', () => {
  it('shows progress per file and prints each file with its status in Japanese', async () => {
    const calls: [number, number, string][] = [];
    const lines: string[] = [];
    const target = join(dir, 'terminal.xlsx');
    const code = await run(['consolidate', join(dir, 'round'), '-o', target], { out: (s) => lines.push(s), err: () => undefined, progress: (d, t, f) => calls.push([d, t, f]) });
    expect(code).toBe(2);
    expect(calls[0]).toEqual([0, FILES.length, FILES[0][0]]);
    expect(calls.at(-1)).toEqual([FILES.length, FILES.length, '']);
    const text = lines.join('\n');
    expect(text).toMatch(/^読込不可\t12_環境生活課\.xlsx/m);
    expect(text).toMatch(/^エラー class-disagreement\t07_上下水道課\.xlsx 下水道!D5\t/m);
    expect(text).toContain(`${target} に取りまとめました（ファイル ${FILES.length}件`);
  });
});
