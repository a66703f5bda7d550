/**
 * 取りまとめ in Excel (issue 16) on the fake: the departments' files consolidated in the pane and
 * the four sheets written into the open workbook through the Excel port — created beside a user's
 * sheet of the same name (which is never touched), replaced on the next run, and with a number of
 * context.sync() calls that does not grow with the files (1, 3, 10).
 */
import { sheetFromGrid, type Sheet, type Workbook } from '../../../src/core/workbook';
import { readWorkbook } from '../../../src/hosts/file/read';
import { consolidateIntoWorkbook, type PickedFile } from '../../../src/taskpane/ExcelConsolidateRun';
import { DETAIL } from '../../../src/core/consolidate/workbook';
import { FakeExcel } from '../../fakes/excel';
import { saveSettings } from '../../../src/hosts/excel/settings';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { buildCorpus, type Submission } from '../../fixtures/consolidate/build';
import { portOn, sample } from './helpers';

const FILE = 'tsuyama-plan2.xlsx';
const H = '非強制徴収公債権';
const THREE = ['04_子ども保育課.xlsx', '05_こども保育課_放課後児童クラブ.xlsx', '08_生活福祉課.xlsx'];
/** The user's own sheet named like one of 取りまとめ's, with their figures in it. */
const USER_DETAIL = sheetFromGrid('明細', [['自分の明細'], ['市税', 123]]);

let corpus: Submission[];
let base: Workbook;

beforeAll(async () => {
  corpus = await buildCorpus();
  const wb = await sample(FILE);
  base = { ...wb, sheets: [...wb.sheets, USER_DETAIL] };
}, 60_000);

const picked = (names: string[]): PickedFile[] =>
  names.map((n) => corpus.find((s) => s.name === n)!).map((s) => ({ name: s.name, modified: s.modified.getTime(), bytes: async () => s.data }));
const firstTen = () => corpus.filter((s) => !s.name.startsWith('~$')).map((s) => s.name).sort().slice(0, 10);

async function run(fake: FakeExcel, names: string[]) {
  const before = fake.syncCount;
  const r = await consolidateIntoWorkbook(portOn(fake), picked(names), (d, n) => readWorkbook(d, n));
  return { r: r!, syncs: fake.syncCount - before };
}

const sheetOf = (wb: Workbook, name: string): Sheet => wb.sheets.find((s) => s.name === name)!;
const col = (letter: string) => letter.charCodeAt(0) - 65;

describe('取りまとめ written into the open workbook', () => {
  let fake: FakeExcel;
  let userBefore: string;

  beforeAll(async () => {
    fake = FakeExcel.fromWorkbook(base);
    userBefore = JSON.stringify([...fake.sheet('明細').cells]);
  });

  it('creates the four sheets; the user\'s 明細 stays as it was and saiken\'s goes to 明細 (saiken)', async () => {
    const { r } = await run(fake, THREE);
    expect(r.placement.sheets).toEqual({
      status: { name: '提出状況', replaces: false },
      detail: { name: '明細 (saiken)', replaces: false },
      totals: { name: '全庁集計', replaces: false },
      issues: { name: '指摘一覧', replaces: false },
    });
    expect(fake.state.sheets.map((s) => s.name)).toEqual([...base.sheets.map((s) => s.name), '提出状況', '明細 (saiken)', '全庁集計', '指摘一覧']);
    expect(JSON.stringify([...fake.sheet('明細').cells])).toBe(userBefore);

    const wb = await portOn(fake).read();
    const status = sheetOf(wb, '提出状況');
    expect(status.rows.slice(1, 4).map((row) => [row[0]?.value, row[2]?.value, row[6]?.value])).toEqual([
      ['04_子ども保育課.xlsx', '子ども保育課', '取込済'],
      ['05_こども保育課_放課後児童クラブ.xlsx', 'こども保育課', '取込済'],
      ['08_生活福祉課.xlsx', '生活福祉課', '取込済'],
    ]);
    const detail = sheetOf(wb, '明細 (saiken)');
    const rows = detail.rows.slice(1).filter((row) => row?.[0]?.value);
    expect(rows).toHaveLength(12);
    // What 全庁集計's SUMIFS adds up for 非強制徴収公債権 収入未済額 2023 実績: 08's 22,500 and 05's 1,250 (千円).
    const counted = rows.filter((row) => row[col(DETAIL.classification)]?.value === H && row[col(DETAIL.item)]?.value === '収入未済額' && row[col(DETAIL.year)]?.value === 2023 && row[col(DETAIL.kind)]?.value === '実績' && row[col(DETAIL.included)]?.value === 1);
    expect(counted.map((row) => row[col(DETAIL.cityValue)]?.value).reduce((a, b) => (a as number) + (b as number), 0)).toBe(22_500 + 1_250);

    // The total's formula sums over saiken's 明細, never over the user's.
    const totals = sheetOf(wb, '全庁集計');
    const header = totals.rows.findIndex((row) => row?.[0]?.value === '分類');
    const line = totals.rows.findIndex((row, i) => i > header && row?.[0]?.value === H && row?.[1]?.value === '収入未済額' && row?.[2]?.value === 2023);
    const formula = totals.rows[line][3]!.formula!;
    expect(formula).toContain("SUMIFS('明細 (saiken)'!$N:$N,'明細 (saiken)'!$H:$H,$A");
    expect(formula).not.toContain("'明細'!");
    // 提出状況 links to each file's first finding on 指摘一覧.
    expect(status.rows[2][8]?.formula).toMatch(/^HYPERLINK\("#'指摘一覧'!A\d+","/);
    expect(fake.sheet('全庁集計').charts).toHaveLength(1);
    // 明細 is an Excel table over the header and the 12 rows, with filters, in Excel's default style.
    expect(fake.sheet('明細 (saiken)').tables).toEqual([{ name: '明細表', area: { top: 0, left: 0, bottom: 12, right: col(DETAIL.departmentPlanBasis) }, hasHeaders: true, style: 'TableStyleMedium2' }]);
    // Each sheet carries saiken's mark, so the next run replaces it.
    expect(wb.names?._saiken_gen_consolidationdetail).toMatch(/^明細 \(saiken\)\|/);
    expect(wb.names?._saiken_gen_consolidationstatus).toMatch(/^提出状況\|/);
  });

  it('run again with one file: the same sheets are replaced (no new ones), the user\'s 明細 still untouched', async () => {
    const sheets = fake.state.sheets.map((s) => s.name);
    const { r } = await run(fake, ['08_生活福祉課.xlsx']);
    expect(Object.values(r.placement.sheets).map((s) => [s.name, s.replaces])).toEqual([
      ['提出状況', true],
      ['明細 (saiken)', true],
      ['全庁集計', true],
      ['指摘一覧', true],
    ]);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(sheets);
    expect(JSON.stringify([...fake.sheet('明細').cells])).toBe(userBefore);
    const wb = await portOn(fake).read();
    const status = sheetOf(wb, '提出状況');
    expect(status.rows.slice(1).filter((row) => row?.[0]?.value).map((row) => row[0]!.value)).toEqual(['08_生活福祉課.xlsx']);
    expect(sheetOf(wb, '明細 (saiken)').rows.slice(1).filter((row) => row?.[0]?.value)).toHaveLength(4);
    expect(fake.sheet('全庁集計').charts).toHaveLength(1);
    // The earlier table went with the sheet's old content; the new one covers the 4 rows, under the same name.
    expect(fake.sheet('明細 (saiken)').tables).toEqual([{ name: '明細表', area: { top: 0, left: 0, bottom: 4, right: col(DETAIL.departmentPlanBasis) }, hasHeaders: true, style: 'TableStyleMedium2' }]);
  });

  it('user sheets holding both 提出状況 and 提出状況 (saiken), no mark: saiken writes 提出状況 (saiken 2), the links follow', async () => {
    const mine = { ...base, sheets: [...base.sheets, sheetFromGrid('提出状況', [['自分の表']]), sheetFromGrid('指摘一覧', [['メモ']]), sheetFromGrid('提出状況 (saiken)', [['別の表']])] };
    const other = FakeExcel.fromWorkbook(mine);
    const dump = (name: string) => JSON.stringify([...other.sheet(name).cells]);
    const before = ['提出状況', '指摘一覧', '提出状況 (saiken)', '明細'].map(dump);
    const { r } = await run(other, THREE);
    expect(Object.values(r.placement.sheets).map((s) => s.name)).toEqual(['提出状況 (saiken 2)', '明細 (saiken)', '全庁集計', '指摘一覧 (saiken)']);
    expect(['提出状況', '指摘一覧', '提出状況 (saiken)', '明細'].map(dump)).toEqual(before);
    const wb = await portOn(other).read();
    expect(sheetOf(wb, '提出状況 (saiken 2)').rows[2][8]?.formula).toMatch(/^HYPERLINK\("#'指摘一覧 \(saiken\)'!A\d+","/);
  });
});

describe('明細 as an Excel table', () => {
  it('a user\'s table already named 明細表 is left as it is; saiken\'s is named 明細表_2', async () => {
    const fake = FakeExcel.fromWorkbook(base);
    const user = { name: '明細表', area: { top: 0, left: 0, bottom: 1, right: 1 }, hasHeaders: true, style: 'TableStyleLight1' };
    fake.sheet('明細').tables = [user];
    const { r } = await run(fake, THREE);
    expect(r.consolidation.rows).toHaveLength(12);
    expect(fake.sheet('明細').tables).toEqual([user]);
    expect(fake.sheet('明細 (saiken)').tables?.map((t) => [t.name, t.area.bottom])).toEqual([['明細表_2', 12]]);
  });
});

describe('the sync count', () => {
  it('is the same for 1, 3 and 10 files', async () => {
    const counts: Record<number, number> = {};
    for (const names of [['08_生活福祉課.xlsx'], THREE, firstTen()]) {
      const fake = FakeExcel.fromWorkbook(base);
      const { r, syncs } = await run(fake, names);
      expect(r.consolidation.files).toHaveLength(names.length);
      counts[names.length] = syncs;
    }
    expect(Object.keys(counts)).toEqual(['1', '3', '10']);
    expect(new Set(Object.values(counts)).size).toBe(1);
    // read (a snapshot) + apply (the fingerprint check, then the write).
    expect(counts[10]).toBeLessThanOrEqual(4);
    // Printed for the report: the figure, not a timing.
    process.stdout.write(`excel consolidate syncs by files: ${JSON.stringify(counts)}\n`);
  }, 120_000);

  it('10 files: every one in 提出状況 with its status', async () => {
    const fake = FakeExcel.fromWorkbook(base);
    await run(fake, firstTen());
    const status = sheetOf(await portOn(fake).read(), '提出状況');
    expect(status.rows.slice(1, 11).map((row) => [row[0]?.value, row[6]?.value])).toEqual([
      ['01_税務課.xlsx', '取込済'],
      ['02_保険年金課.xlsx', '取込済'],
      ['03_高齢介護課.xlsx', '取込済'],
      ['04_子ども保育課.xlsx', '取込済'],
      ['05_こども保育課_放課後児童クラブ.xlsx', '取込済'],
      ['06_住宅課.xlsx', '取込済'],
      ['07_上下水道課.xlsx', 'エラーあり'],
      ['08_生活福祉課.xlsx', '取込済'],
      ['09_人権啓発課.xlsx', '取込済'],
      ['10_農林水産課.xlsx', 'エラーあり'],
    ]);
  }, 60_000);
});

describe('the departments expected to submit, kept in the workbook\'s settings', () => {
  it('lists those no file names as 未提出 in 提出状況 (a spelling variant counts as submitted)', async () => {
    const fake = FakeExcel.fromWorkbook(base);
    // Stored through the Excel host, as the pane's settings view does.
    await saveSettings(portOn(fake), { settings: { ...DEFAULT_SETTINGS, expectedDepartments: ['税務課', 'こども保育課', '環境生活課', '生活福祉課'] } });
    const { r } = await run(fake, THREE);
    expect(r.consolidation.missing).toEqual(['税務課', '環境生活課']);
    const status = sheetOf(await portOn(fake).read(), '提出状況');
    const rows = status.rows.slice(1).filter((row) => row?.some((c) => c?.value !== undefined && c?.value !== null));
    expect(rows.map((row) => [row[0]?.value ?? null, row[2]?.value, row[6]?.value])).toEqual([
      ['04_子ども保育課.xlsx', '子ども保育課', '取込済'],
      ['05_こども保育課_放課後児童クラブ.xlsx', 'こども保育課', '取込済'],
      ['08_生活福祉課.xlsx', '生活福祉課', '取込済'],
      [null, '税務課', '未提出'],
      [null, '環境生活課', '未提出'],
    ]);
  }, 60_000);

  it('none stored: no 未提出 row', async () => {
    const fake = FakeExcel.fromWorkbook(base);
    const { r } = await run(fake, ['08_生活福祉課.xlsx']);
    expect(r.consolidation.missing).toEqual([]);
    const status = sheetOf(await portOn(fake).read(), '提出状況');
    expect(status.rows.flat().filter((c) => c?.value === '未提出')).toEqual([]);
  });
});

it('writes nothing when no picked file can be read', async () => {
  const fake = FakeExcel.fromWorkbook(base);
  const before = fake.dump();
  const r = await consolidateIntoWorkbook(portOn(fake), [...picked(['12_環境生活課.xlsx']), { name: '~$01_税務課.xlsx', modified: 0, bytes: async () => new Uint8Array([1]) }], (d, n) => readWorkbook(d, n));
  expect(r).toBeNull();
  expect(fake.dump()).toBe(before);
  expect(fake.syncCount).toBe(0);
});
