/**
 * The summary sheet on the seed samples, cell by cell: its figures are formulas over the plan
 * sheets and compute the totals the plans print; the class totals are checked against a class
 * map written here from the Tsuyama plan's own list of debts by class.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../../src/hosts/file/read';
import { inspect, inspectStreamed, runAll, summarize, summarizeSheets } from '../../../src/core/engine';
import { sheetFromGrid, sourceOf } from '../../../src/core/workbook';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { streamedText } from '../../fuzz/arbitraries';
import type { CellWrite } from '../../../src/core/changes';

const root = join(__dirname, '../../..');
const load = async (f: string) => readWorkbook(readFileSync(join(root, 'samples', f)), f);
const at = (cells: CellWrite[], cell: string) => cells.find((c) => c.cell === cell && c.sheet === '集計');

/** Tsuyama's 計画の対象とした債権 by class (2nd plan, I), plus the catalog's reading of the rest. */
const TSUYAMA_CLASS: Record<string, string> = {
  市税: '強制', 介護保険料: '強制', 国民健康保険料: '強制', 後期高齢者医療保険料: '強制', 保育所負担金: '強制', 道路占用料: '強制',
  下水道受益者負担金: '強制', 下水道受益者分担金: '強制', 下水道使用料: '強制',
  生活保護費返還金: '非強制', 特別老人施設負担金: '非強制', 一般被保険者返納金: '非強制', 幼稚園使用料: '非強制', 児童扶養手当返還金: '非強制',
  法定外公共物使用料: '非強制', 法定外公物使用料: '非強制', 農業集落排水使用料: '非強制', 緊急安全措置負担金: '非強制', 家庭ごみ処理手数料: '非強制',
  低所得者生業資金貸付金: '私', 生活改善資金貸付金: '私', 災害復旧資金貸付金: '私', 災害援護資金貸付金: '私', '補装具補助金・手当返還金': '私',
  高齢者住宅整備資金貸付金: '私', 一般被保険者第三者納付金: '私', 市営住宅使用料: '私', 住宅新築資金等貸付金: '私', 水洗便所改造資金融資損失金: '私',
  奨学金返還金: '私', '貸地料(五輪原農用地)': '私', '貸地料(定住促進団地)': '私', '貸地料（定住促進団地）': '私', 有線施設損害賠償金: '私', '水道使用料(旧簡易水道含)': '私',
  '水道使用料(旧簡易水道合)': '私', 嘱託員報酬返還金: '私', 津山市奨学金返還金: '私', 臨時福祉給付金: '私', 介護保険第三者返納金: '私', 市営住宅共益費: '私', 損害賠償金: '私',
};

/** Column sums by class from the seed text (samples/source), independent of the engine. */
function classSums(file: string, columns: number): Record<string, number[]> {
  const out: Record<string, number[]> = { 強制: Array(columns).fill(0), 非強制: Array(columns).fill(0), 私: Array(columns).fill(0) };
  for (const line of readFileSync(join(root, 'samples/source', file), 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 2 + columns || f[0].trim() === '合計' || !f[1].trim() || !f.slice(2, 2 + columns).every((x) => /^[\d,.\s]*$/.test(x))) continue;
    const cls = TSUYAMA_CLASS[f[1].trim()];
    if (!cls) throw new Error(`no class for ${f[1]}`);
    for (let i = 0; i < columns; i++) out[cls][i] += Number((f[2 + i] || '0').replace(/,/g, '')) || 0;
  }
  return out;
}

describe('Tsuyama summary (集計)', () => {
  it('収入未済額 by class and year: formulas over the plan sheets, at the figures the seed adds up to', async () => {
    const { changes } = summarize(await load('tsuyama-plan2.xlsx'), 'x');
    // Each header prints on two lines (year above kind) so that narrow figure columns hold it.
    const header = ['B6', 'C6', 'D6', 'E6', 'F6', 'G6', 'H6', 'I6', 'J6'].map((c) => at(changes.cells, c)?.value);
    expect(header.map((h) => String(h).replace('\n', ' '))).toEqual(['平成28年度 実績', '令和元年度 実績', '令和元年度 目標', '令和2年度 目標', '令和3年度 目標', '令和4年度 目標', '令和5年度 目標', '令和6年度 目標', '令和7年度 目標']);
    const s22 = classSums('tsuyama-2-2.tsv', 4); // ① 2016 actual, ② 2019 target, ③ 2019 actual, ④ 2020 target
    const s32 = classSums('tsuyama-3-2.tsv', 5); // 2021 … 2025 targets
    const expected = (k: string) => [s22[k][0], s22[k][2], s22[k][1], s22[k][3], ...s32[k]];
    const rows: [string, string][] = [['7', '強制'], ['8', '非強制'], ['9', '私']];
    for (const [row, k] of rows) {
      const got = ['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'].map((c) => at(changes.cells, `${c}${row}`)!);
      expect({ row, values: got.map((c) => c.value) }).toEqual({ row, values: expected(k) });
      for (const c of got) expect(c.formula).toMatch(/^SUM\('(2-2|3-2)'!/);
    }
    const total = ['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'].map((c) => at(changes.cells, `${c}10`)!);
    expect(total.map((c) => c.value)).toEqual([3299933, 2606236, 3084701, 2990228, 2510430, 2396126, 2284824, 2173864, 2062260]);
    expect(total[0].formula).toBe('SUM(B7,B8,B9)');
  });

  it('the reduction from the base year to the last plan year: 2,606,236 → 2,062,260 千円, 543,976 (20.9%)', async () => {
    const { changes } = summarize(await load('tsuyama-plan2.xlsx'), 'x');
    const head = changes.cells.find((c) => c.value === '6 収入未済額の縮減')!;
    const n = Number(head.cell.slice(1)) + 2;
    const [base, last, amount, rate] = ['A', 'B', 'C', 'D'].map((c) => at(changes.cells, `${c}${n}`)!);
    expect([base.formula, base.value, last.formula, last.value]).toEqual(['C10', 2606236, 'J10', 2062260]);
    expect([amount.formula, amount.value]).toEqual([`IF(OR(A${n}="",B${n}=""),"",A${n}-B${n})`, 543976]);
    expect(rate.formula).toBe(`IF(OR(A${n}="",A${n}=0,C${n}=""),"",C${n}/A${n}*100)`);
    expect(Number((rate.value as number).toFixed(1))).toBe(20.9);
  });

  it('actual against target for the latest year with 達成 / 未達成', async () => {
    const { changes } = summarize(await load('tsuyama-plan2.xlsx'), 'x');
    // 債権名 in column A (wide, wrapped), then 指標, 年度, 実績, 目標, 判定, 所管課: nothing clipped in print.
    const rowOf = (debt: string, metric: string) => {
      const d = changes.cells.filter((c) => c.value === debt && /^A\d+$/.test(c.cell)).map((c) => c.cell.slice(1));
      return d.find((n) => at(changes.cells, `B${n}`)?.value === metric)!;
    };
    const judge = (debt: string, metric: string) => at(changes.cells, `F${rowOf(debt, metric)}`)!;
    expect(judge('市税', '収納率').value).toBe('達成'); // 97.3 ≥ 96.0
    expect(judge('生活改善資金貸付金', '収納率').value).toBe('未達成'); // 1.5 < 98.8
    expect(judge('市税', '収入未済額').value).toBe('達成'); // 322,509 ≤ 485,500
    expect(judge('介護保険料', '収入未済額').value).toBe('未達成'); // 25,525 > 17,400
    const n = rowOf('市税', '収納率');
    expect(judge('市税', '収納率').formula).toBe(`IF(OR(D${n}="",E${n}=""),"",IF(D${n}>=E${n},"達成","未達成"))`);
    expect(at(changes.cells, `D${n}`)!.formula).toBe(`IF('2-1'!E7="","",'2-1'!E7)`);
    expect(at(changes.cells, `G${n}`)!.value).toBe('税制課');
  });
});

describe('Hatsukaichi summary (rates only)', () => {
  it('rates by class are the mean of the debts\' 全体 rates, said so, as AVERAGE over the plan cells', async () => {
    const { changes } = summarize(await load('hatsukaichi-plan3.xlsx'), 'x');
    // No 収入未済額 table: the rate section is the first, numbered 1 (not 2).
    const head = changes.cells.find((c) => typeof c.value === 'string' && c.value.startsWith('1 収納率'))!;
    expect(head.cell).toBe('A4');
    expect(at(changes.cells, 'A5')!.value).toContain('単純平均');
    const r = changes.cells.find((c) => c.value === '非強制徴収公債権' && c.cell.startsWith('A'))!.cell.slice(1);
    // 2024 actual 全体 rates of (2) 非強制徴収公債権: 12.3, 44.9, 5.5, 81.5, 97.0, 98.7, 99.2
    const cell = at(changes.cells, `B${r}`)!;
    expect(cell.formula).toMatch(/^IFERROR\(AVERAGE\('7 収納率'!D43,/);
    expect(cell.value).toBeCloseTo((12.3 + 44.9 + 5.5 + 81.5 + 97.0 + 98.7 + 99.2) / 7, 9);
  });
});

test('a sum over blank figures shows blank, not 0, and caches what it shows', async () => {
  const r = summarize(await load('tsuyama-plan2.xlsx'), 'tsuyama-plan2.xlsx');
  // 緊急安全措置負担金 has no 平成28年 figure (2-2!C9): 環境生活課's 平成28年 is blank, not a 0 a reader takes for one.
  const overBlank = r.changes.cells.filter((c) => c.sheet === '集計' && c.formula?.includes("SUM('2-2'!C9)"));
  expect(overBlank.length).toBeGreaterThan(0);
  for (const c of overBlank) expect(c).toMatchObject({ formula: `IF(COUNT('2-2'!C9)=0,"",SUM('2-2'!C9))`, value: '' });
});

test("inspect's and the summary's reports, their observations made when first read, are the report the CLI streams, to the byte", async () => {
  for (const f of ['tsuyama-plan2.xlsx', 'hatsukaichi-plan3.xlsx', 'ledger-sample.xlsx']) {
    const wb = await load(f);
    // The CLI's --json, its observations written straight from the tables (never made as objects).
    const streamed = streamedText(inspectStreamed(sourceOf(wb), f));
    const eager = inspect(wb, f);
    // Not made until read (the pane shows the tables without them: test/taskpane/table-views.test.ts).
    expect(Object.getOwnPropertyDescriptor(eager.tables[0], 'observations')?.get).toBeDefined();
    const lazy = summarize(wb, f).report;
    expect(eager.tables.some((t) => t.observations.length > 0)).toBe(true);
    // Same keys in the same order, same values: the JSON the CLI prints with --json.
    expect([f, JSON.stringify(eager)]).toEqual([f, streamed]);
    expect([f, JSON.stringify(lazy)]).toEqual([f, streamed]);
    // Read again: the same array, not made twice.
    expect(lazy.tables[0].observations).toBe(lazy.tables[0].observations);
    // A frozen report still reads.
    const frozen = Object.freeze(summarize(wb, f).report.tables[0]);
    expect(frozen.observations).toEqual(eager.tables[0].observations);
  }
});

describe('a years-down table of one debt (年度 | 調定額 | 収入済額 | 不納欠損額 | 収入未済額 | 収納率: a user’s look)', () => {
  const grid = [
    ['収納状況の推移', null, null, null, null, null], [null, null, null, null, null, '（単位：千円）'], ['年度', '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率'],
    ['R3', 1000, 950, 10, 40, 95.0], ['R4', 1100, 1050, 10, 40, 95.5], ['R5（見込）', 1200, 1150, 10, 40, 95.8], ['R7（目標）', 1300, 1260, 0, 40, 96.9],
  ];
  const texts = (sheet: string) =>
    summarize({ sheets: [sheetFromGrid(sheet, grid)] }, 'x.xlsx')
      .changes.cells.filter((c) => c.sheet === '集計' && typeof c.value === 'string')
      .map((c) => c.value as string);

  it('the debt its sheet is named for (介護保険料) is the table’s: counted, its amounts under a unit line', () => {
    // (The figures had named no debt, and 集計 had been empty but for a chart “not made for want of 収入未済額”.)
    const { tables } = recognizeWorkbook({ sheets: [sheetFromGrid('介護保険料', grid)] });
    expect(tables[0].observations?.find((o) => o.cell === 'E4')).toMatchObject({ debt: '介護保険料', item: '収入未済額', fiscalYear: 2021, value: 40 });
    const t = texts('介護保険料');
    expect(t).toContain('1 収入未済額（債権の区分別・年度別）');
    // (The amount sections had no unit line; the rates' had one.)
    expect(t).toContain('（単位：千円）');
    expect(t.some((x) => x.startsWith('作成しなかったグラフ'))).toBe(false);
  });

  it('a tab naming a kind of debts (使用料, 手数料) names no debt', () => {
    for (const name of ['使用料', '手数料']) {
      const { tables } = recognizeWorkbook({ sheets: [sheetFromGrid(name, grid)] });
      expect(tables[0].observations?.find((o) => o.cell === 'E4')?.debt).toBeNull();
    }
  });

  it('a caption naming the debt before its balance (市営住宅使用料 残高の推移) names the table’s debt', () => {
    const flow = [['市営住宅使用料 残高の推移', null, null, null, null, null], [null, null, null, null, null, '（単位：千円）'], ['年度', '前年度末残高', '調定額', '収入額', '不納欠損額', '年度末残高'], ['令和3年度', 40000, 600000, 595000, 3000, 42000], ['令和4年度', 42000, 610000, 607000, 2000, 43000]];
    const { tables } = recognizeWorkbook({ sheets: [sheetFromGrid('表1', flow)] });
    expect(tables[0].observations?.find((o) => o.cell === 'F5')).toMatchObject({ debt: '市営住宅使用料', item: '年度末', fiscalYear: 2022, value: 43000 });
  });

  it('rates naming no debt are said under the lead, but give the chart of the largest 収入未済額 no reason of theirs', () => {
    const rates = [['収納率の推移', null, null], [null, null, '（単位：%）'], ['年度', '現年度分', '滞納繰越分'], ['R3', 98.1, 25.0], ['R4', 98.3, 26.1]];
    const t = summarize({ sheets: [sheetFromGrid('表1', grid), sheetFromGrid('表2', rates)] }, 'x.xlsx')
      .changes.cells.filter((c) => c.sheet === '集計' && typeof c.value === 'string')
      .map((c) => c.value as string);
    expect(t.find((x) => x.startsWith('※ 債権名が読み取れない数値'))).toContain('「表2」');
    const alone = summarize({ sheets: [sheetFromGrid('表2', rates)] }, 'x.xlsx')
      .changes.cells.filter((c) => c.sheet === '集計' && typeof c.value === 'string')
      .map((c) => c.value as string);
    // (A review: the reason had said no 収入未済額 named a debt where there was none, only rates naming none.)
    expect(alone).toContain('作成しなかったグラフ: 収入未済額の大きい債権（収入未済額がないため）');
  });

  it('with no debt named anywhere (a sheet named 表1): said under the lead, and the chart’s reason says why', () => {
    const t = texts('表1');
    expect(t).toContain('※ 債権名が読み取れない数値は集計していません（表の見出しかシート名に債権名を書いてください）: 「表1」A3:F7');
    expect(t).toContain('作成しなかったグラフ: 収入未済額の大きい債権（債権名の読み取れる収入未済額がないため）');
  });
});

describe('a debt the catalog does not hold by that name', () => {
  const grid = (name: string) => [
    ['収入未済額（単位：千円）'],
    ['債権名', '令和4年度実績', '令和7年度目標'],
    ['市税', 465000, 390000],
    [name, 1100, 900],
  ];
  const notes = (name: string) =>
    summarize({ sheets: [sheetFromGrid('計画', grid(name))] }, 'x.xlsx')
      .changes.cells.filter((c) => c.sheet === '集計' && typeof c.value === 'string' && (c.value as string).startsWith('※'))
      .map((c) => c.value);

  it('but one closely (旧簡易水道使用料) is summed under that one’s class, and said so (a user’s look: it had been silently 私債権)', () => {
    expect(notes('旧簡易水道使用料')).toEqual(['※ 分類表にない名前のため、最も近い債権の区分で集計した債権: 旧簡易水道使用料（簡易水道料金: 私債権）']);
  });

  it('nor any close is summed under その他, and said so', () => {
    expect(notes('ふるさと応援寄附返還金')).toEqual(['※ 区分が不明のため「その他」に集計した債権: ふるさと応援寄附返還金']);
  });
});

describe('a summary made while the plan has errors', () => {
  /** 収入未済額 by debt, its 合計 typed wrong (F7: the sum is 1,650). */
  const plan = () => ({
    sheets: [
      sheetFromGrid('計画', [
        ['収入未済額の推移'],
        [null, null, null, null, null, '（単位：千円）'],
        ['所管課', '債権名', '令和4年度 実績', '令和5年度 実績', '令和7年度 目標', '③－①'],
        ['税務課', '市税', 1000, 900, 800, -200],
        ['保険年金課', '国民健康保険税', 600, 550, 500, -100],
        ['住宅課', '市営住宅使用料', 200, 200, 150, -50],
        ['合計', null, 1800, 1660, 1450, -350],
      ]),
    ],
  });
  const noteOf = (cells: CellWrite[]) => cells.filter((c) => c.sheet === '集計' && typeof c.value === 'string' && c.value.includes('検証エラー')).map((c) => c.value);

  it('says so under its lead, naming the cells: its figures carry them as typed', () => {
    // (A 集計 had been made from a plan with errors without a word, ready to publish.)
    const { changes, report } = summarize(plan(), 'x.xlsx');
    expect(report.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}@${i.cell}`)).toEqual(['total-mismatch@D7']);
    expect(noteOf(changes.cells)).toEqual(['※ 作成時、元の表に検証エラーが 1件ありました（計画!D7）。誤りを含む数値がそのまま集計されています。表を直してから集計を作り直してください。']);
    // The same by sheets (the CLI's path).
    expect(noteOf(summarizeSheets(sourceOf(plan()), 'x.xlsx').changes.cells)).toEqual(noteOf(changes.cells));
  });

  it('says nothing once 再計算 has mended them (run)', () => {
    expect(noteOf(runAll(plan(), 'x.xlsx', '2026-12-06 10:00').changes.cells)).toEqual([]);
  });
});

describe('the reduction of 収入未済額 in 集計', () => {
  /** 建設部's targets, measured from ① 令和4年度 実績 (③−①), with 令和5年度 実績 between. */
  const plan = (delta = '③－①') => ({
    sheets: [
      sheetFromGrid('収入未済額', [
        ['表3 所管課別 収入未済額の縮減目標（建設部）'],
        [null, null, null, null, null, null, '（単位：円）'],
        ['所管課', '債権名', '債権の分類', '令和4年度\n実績①', '令和5年度\n実績②', '令和7年度\n目標③', delta],
        ['建築住宅課', '市営住宅使用料', '私債権', 48230000, 45110000, 38000000, delta === '③－①' ? -10230000 : -7110000],
        ['建築住宅課', '住宅新築資金等貸付金', '私債権', 86400000, 84900000, 80000000, delta === '③－①' ? -6400000 : -4900000],
        ['土木管理課', '道路占用料', '強制徴収公債権', 1320000, 1045000, 800000, delta === '③－①' ? -520000 : -245000],
      ]),
    ],
  });
  const reduction = (cells: CellWrite[]) => {
    const title = cells.find((c) => c.sheet === '集計' && typeof c.value === 'string' && c.value.endsWith(' 収入未済額の縮減'))!;
    const row = Number(title.cell.slice(1)) + 2;
    const value = (col: string) => cells.find((c) => c.sheet === '集計' && c.cell === `${col}${row}`)?.value;
    const note = cells.find((c) => c.sheet === '集計' && typeof c.value === 'string' && c.value.startsWith('基準:'))?.value;
    return { base: value('A'), target: value('B'), note };
  };

  it('is measured from the year the plan’s ③−① names (① 令和4年度 実績), not the latest actual', () => {
    // (集計 had measured it from 令和5年度 実績 while the table's own ③−① is from 令和4年度.)
    expect(reduction(summarize(plan(), 'x.xlsx').changes.cells)).toEqual({ base: 48230000 + 86400000 + 1320000, target: 38000000 + 80000000 + 800000, note: '基準: 令和4年度 実績、目標: 令和7年度 目標' });
  });

  it('is between years most debts have: not one department’s later 実績 against another’s longer plan (a clerk’s look)', () => {
    // 税務課 plans to 令和7年度 from 令和5年度 実績; 住宅課 has 令和6年度 実績 and a 令和6年度 目標. 集計 measured 住宅課's 39,000 of
    // 令和6年度 against 税務課's 650,000 of 令和7年度: a "reduction" of −611,000.
    const book = {
      sheets: [
        sheetFromGrid('税務課', [['収入未済額の実績と目標'], ['（単位：千円）'], [], ['所管課', '債権名', '令和5年度', '令和7年度'], [null, null, '実績', '目標'], ['税務課', '市税', 500000, 400000], ['税務課', '国民健康保険税', 300000, 250000]]),
        sheetFromGrid('住宅課', [['収入未済額の実績と目標'], ['（単位：千円）'], [], ['所管課', '債権名', '令和5年度', '令和6年度', '令和6年度'], [null, null, '実績', '実績', '目標'], ['住宅課', '市営住宅使用料', 40000, 39000, 38000]]),
      ],
    };
    const cells = summarize(book, 'x.xlsx').changes.cells;
    expect(reduction(cells)).toEqual({ base: 840000, target: 650000, note: '基準: 令和5年度 実績、目標: 令和7年度 目標' });
    expect(cells.map((c) => c.value)).toContain('※ 基準年度の実績は3債権、最終年度の目標は2債権の合計です（対象の債権が同じではありません）');
    // And the same debts each year (the two of 税務課): 800,000 → 650,000, a reduction of 150,000 (18.75%), not 190,000
    // (22.6%) with 住宅課's 40,000 counted in the base alone (a colleague's look).
    const line = cells.find((c) => c.sheet === '集計' && c.value === '両年度に数値のある2債権に限ると:')!;
    const row = Number(line.cell.slice(1)) + 1;
    const same = ['A', 'B', 'C', 'D'].map((col) => cells.find((c) => c.sheet === '集計' && c.cell === `${col}${row}`)!);
    expect(same.map((c) => c.value)).toEqual([800000, 650000, 150000, 18.75]);
    expect(same[0].formula).toBe("SUM('税務課'!C6,'税務課'!C7)");
    expect(same[1].formula).toBe("SUM('税務課'!D6,'税務課'!D7)");
    expect(same[2].formula).toBe(`IF(OR(A${row}="",B${row}=""),"",A${row}-B${row})`);
    // Every debt with a target has a result of the base year: none named.
    expect(cells.some((c) => typeof c.value === 'string' && c.value.startsWith('※ 基準年度の実績がなく'))).toBe(false);
  });

  it('of no debt both years give: says the counts, and no row of the same debts', () => {
    const book = { sheets: [sheetFromGrid('計画', [['収入未済額の実績と目標'], ['（単位：千円）'], [], ['所管課', '債権名', '令和5年度', '令和7年度'], [null, null, '実績', '目標'], ['税務課', '市税', 500000, null], ['住宅課', '市営住宅使用料', null, 38000]])] };
    const texts = summarize(book, 'x.xlsx').changes.cells.filter((c) => c.sheet === '集計' && typeof c.value === 'string').map((c) => c.value as string);
    expect(texts).toContain('※ 基準年度の実績は1債権、最終年度の目標は1債権の合計です（対象の債権が同じではありません）');
    expect(texts.some((t) => t.startsWith('両年度に数値のある'))).toBe(false);
    expect(texts).toContain('※ 基準年度の実績がなく比べていない債権（名称の表記の違いがないかご確認ください）: 市営住宅使用料');
  });

  it('Tsuyama: names the debts with a target and no result of 令和元年度, among them names the plans write two ways', async () => {
    const cells = summarize(await load('tsuyama-plan2.xlsx'), 'x').changes.cells.filter((c) => c.sheet === '集計');
    const note = cells.find((c) => typeof c.value === 'string' && c.value.startsWith('※ 基準年度の実績がなく'))!.value as string;
    expect(note).toBe('※ 基準年度の実績がなく比べていない債権（名称の表記の違いがないかご確認ください）: 法定外公物使用料、水道使用料(旧簡易水道合)');
  });

  it('names no count where both totals are of the same debts', () => {
    expect(summarize(plan(), 'x.xlsx').changes.cells.some((c) => typeof c.value === 'string' && c.value.includes('債権の合計です'))).toBe(false);
  });

  it('is from ① where the table gives ③−① and ③−② both (a colleague’s look: 集計 had taken ②, the later)', () => {
    const both = plan();
    const rows = both.sheets[0].rows;
    // A ③−② column after the ③−①.
    rows[2]![7] = { value: '③－②' };
    [-7110000, -4900000, -245000].forEach((v, i) => (rows[3 + i]![7] = { value: v }));
    expect(reduction(summarize(both, 'x.xlsx').changes.cells)).toMatchObject({ base: 48230000 + 86400000 + 1320000, note: '基準: 令和4年度 実績、目標: 令和7年度 目標' });
  });

  it('is from the latest actual where the tables name it (③−②), or name none', () => {
    expect(reduction(summarize(plan('③－②'), 'x.xlsx').changes.cells)).toMatchObject({ base: 45110000 + 84900000 + 1045000, note: '基準: 令和5年度 実績、目標: 令和7年度 目標' });
  });
});

describe('the unit of 集計’s amounts and of its charts', () => {
  /** 収納率 and 収入未済額 side by side under one unit line (（単位：％、千円）), as the seeds' 3-1 and 3-2 in one table. */
  const book = (unitLine: string | null) => ({
    sheets: [
      sheetFromGrid('計画表', [
        ['主要債権の収納率及び収入未済額'],
        [null, null, null, null, unitLine],
        ['債権名', '収納率（％）', null, '収入未済額', null],
        [null, '令和4年度実績', '令和5年度実績', '令和4年度実績', '令和5年度実績'],
        ['個人市民税', 97.8, 98.0, 182345, 170210],
        ['国民健康保険税', 88.4, 89.1, 410000, 385600],
      ], ['A3:A4', 'B3:C3', 'D3:E3']),
    ],
  });
  const unitsOf = (cells: CellWrite[]) => cells.filter((c) => c.sheet === '集計' && typeof c.value === 'string' && c.value.startsWith('（単位')).map((c) => c.value);

  it('a table of rates and amounts in 千円: its amount sections and charts say 千円', () => {
    // (The sections of 収入未済額 had no unit, and the charts' axes said 円 of figures in 千円.)
    const { changes } = summarize(book('（単位：％、千円）'), 'x.xlsx');
    // By class and by department, amounts and rates.
    expect(unitsOf(changes.cells)).toEqual(['（単位：千円）', '（単位：%）', '（単位：千円）', '（単位：%）']);
    const axes = changes.charts.map((c) => c.yTitle);
    expect(axes.filter((t) => t?.startsWith('収入未済額'))).toEqual(['収入未済額（千円）', '収入未済額（千円）']);
  });

  it('with no unit anywhere, the charts say so rather than 円', () => {
    const { changes } = summarize(book(null), 'x.xlsx');
    const axes = changes.charts.map((c) => c.yTitle).filter((t) => t?.startsWith('収入未済額'));
    expect(axes.length).toBeGreaterThan(0);
    for (const t of axes) expect(t).toBe('収入未済額（単位不明）');
  });
});

describe('a 決算 sheet beside the plan, its debts of no department', () => {
  const book = () => ({
    sheets: [
      sheetFromGrid('計画表', [
        ['収入未済額の実績と目標'],
        [null, null, null, null, '（単位：千円）'],
        ['部署', '債権名', '令和5年度実績', '令和6年度見込', '令和9年度目標'],
        ['収納課', '個人市民税', 170210, 160000, 140000],
        ['保険年金課', '国民健康保険税', 385600, 370000, 330000],
        ['住宅課', '市営住宅使用料', 34200, 36100, 30000],
      ]),
      sheetFromGrid('令和5年度決算', [
        ['令和5年度 債権別収入状況（決算）'],
        [null, null, null, null, null, '（単位：千円、％）'],
        ['債権名', '調定額', '収入済額', '不納欠損額', '収入未済額', '収納率'],
        ['個人市民税', 8520300, 8349090, 1000, 170210, 98.0],
        ['国民健康保険税', 3540200, 3152800, 1800, 385600, 89.1],
      ]),
    ],
  });

  it('counts each debt’s 収入未済額 once, under the department the plan gives it (not again under （所管課なし）)', () => {
    // (2023 had been 1,145,820: the ledger's two debts added again under （所管課なし）.)
    const cells = summarize(book(), 'x.xlsx').changes.cells.filter((c) => c.sheet === '集計');
    const head = cells.find((c) => c.value === '1 収入未済額（債権の区分別・年度別）')!;
    const totalRow = cells.find((c) => c.value === '合計' && Number(c.cell.slice(1)) > Number(head.cell.slice(1)))!.cell.slice(1);
    expect(cells.find((c) => c.cell === `B${totalRow}`)!.value).toBe(170210 + 385600 + 34200);
    expect(cells.some((c) => c.value === '（所管課なし）')).toBe(false);
  });
});

describe('the departments of 集計', () => {
  it('come in the order the plan names them, whatever table first gives a figure of theirs (a clerk’s look)', () => {
    // The 収納率 sheet first: 市税 and 国民健康保険税 by 区分 alone, no 全体 and no 調定額 — no rate of theirs is summed, so
    // 住宅課 and こども課 gave the first figures and were listed first.
    const book = {
      sheets: [
        sheetFromGrid('収納率', [
          ['収納率の推移'],
          [null, null, null, null, '（単位：%）'],
          ['所管課', '債権名', '区分', '令和4年度\n実績', '令和5年度\n目標'],
          ['税務課', '市税', '現年度分', 99.1, 99.2],
          [null, null, '滞納繰越分', 30.1, 31.2],
          ['保険年金課', '国民健康保険税', '現年度分', 95, 95.5],
          [null, null, '滞納繰越分', 20, 21],
          ['住宅課', '市営住宅使用料', null, 97, 97.5],
          ['こども課', '保育所保育料', null, 98, 98.5],
        ]),
        sheetFromGrid('収入未済額', [
          ['収入未済額の推移'],
          [null, null, null, '（単位：千円）'],
          ['所管課', '債権名', '令和4年度\n実績', '令和5年度\n目標'],
          ['税務課', '市税', 500000, 480000],
          ['保険年金課', '国民健康保険税', 300000, 280000],
          ['住宅課', '市営住宅使用料', 40000, 36000],
          ['こども課', '保育所保育料', 20000, 18000],
        ]),
      ],
    };
    const cells = summarize(book, 'x.xlsx').changes.cells.filter((c) => c.sheet === '集計');
    const title = cells.find((c) => typeof c.value === 'string' && c.value.endsWith(' 収入未済額（所管課別・年度別）'))!;
    const row = Number(title.cell.slice(1));
    const labels = cells.filter((c) => c.cell.startsWith('A') && Number(c.cell.slice(1)) > row + 1 && Number(c.cell.slice(1)) <= row + 6).map((c) => c.value);
    expect(labels).toEqual(['税務課', '保険年金課', '住宅課', 'こども課', '合計']);
    expect(at(cells, `B${row + 2}`)?.value).toBe(500000);
  });
});

describe('達成 / 未達成 as the figures show', () => {
  /** 収納率 targets and results, 令和4年度; 市民税's result the rate 再計算 writes from another table's amounts (98.89999…). */
  const plan = (result: number, target: number, format = '0.0') => {
    const sheet = sheetFromGrid('計画', [
      ['収納率の実績と目標', null, null],
      ['債権名', '令和4年度目標', '令和4年度実績'],
      ['市民税', target, result],
      ['固定資産税', 98.1, 98],
    ]);
    sheet.rows[2][2] = { value: result, formula: '決算!D3/決算!C3*100', numberFormat: format };
    return { sheets: [sheet] };
  };
  const judged = (wb: ReturnType<typeof plan>) => {
    const { changes } = summarize(wb, 'x');
    const n = changes.cells.find((c) => c.sheet === '集計' && c.value === '市民税' && at(changes.cells, `B${c.cell.slice(1)}`)?.value === '収納率')!.cell.slice(1);
    return { n, cell: at(changes.cells, `F${n}`)! };
  };

  it('a result computed to 98.8999… against a target of 98.9, both shown 98.9, is 達成 (a clerk’s look: 未達成 after 再計算)', () => {
    const { n, cell } = judged(plan(98.899999993473, 98.9));
    expect(cell.value).toBe('達成');
    expect(cell.formula).toBe(`IF(OR(D${n}="",E${n}=""),"",IF(ROUND(D${n},1)>=ROUND(E${n},1),"達成","未達成"))`);
  });

  it('a result shown a tenth under its target is 未達成; figures of the target’s decimals are compared as they are', () => {
    const { n, cell } = judged(plan(98.8, 98.9));
    expect(cell.value).toBe('未達成');
    expect(cell.formula).toBe(`IF(OR(D${n}="",E${n}=""),"",IF(D${n}>=E${n},"達成","未達成"))`);
  });

  it('rates shown to two decimals are compared to two (98.25 against 98.27: 未達成)', () => {
    const { n, cell } = judged(plan(98.2500001, 98.27, '0.00'));
    expect(cell.value).toBe('未達成');
    expect(cell.formula).toContain(`ROUND(D${n},2)>=ROUND(E${n},2)`);
  });
});

describe('集計 over a 収入未済額 left blank among a debt’s years', () => {
  it('names the blank under its title: its sums count it as 0 until it is typed (a colleague’s look: 784,160 beside the plan’s 805,505)', () => {
    const book = {
      sheets: [
        sheetFromGrid('収入未済額', [
          ['債権別収入未済額の推移'],
          [null, null, null, '(単位：千円)'],
          ['債権名', '令和3年度', '令和4年度', '令和5年度'],
          ['市税', 380210, 352110, 325420],
          ['介護保険料', 24550, 23010, null],
          ['保育料', 21010, 19850, 18220],
        ]),
      ],
    };
    const texts = summarize(book, 'x.xlsx').changes.cells.filter((c) => c.sheet === '集計' && typeof c.value === 'string').map((c) => String(c.value));
    expect(texts).toContain('※ 空欄の収入未済額は 0 として合計しています（入力すると反映されます）: 「収入未済額」D5');
  });

  it('says nothing where a debt has no figure of any year there (a debt not yet planned is none)', () => {
    const book = { sheets: [sheetFromGrid('収入未済額', [['債権別収入未済額の推移'], [null, null, '(単位：千円)'], ['債権名', '令和4年度', '令和5年度'], ['市税', 352110, 325420], ['介護保険料', null, null], ['保育料', 19850, 18220]])] };
    const texts = summarize(book, 'x.xlsx').changes.cells.filter((c) => c.sheet === '集計' && typeof c.value === 'string').map((c) => String(c.value));
    expect(texts.some((t) => t.startsWith('※ 空欄の収入未済額'))).toBe(false);
  });
});

describe('集計’s rates over a 調定額 typed as text ("10,311,420")', () => {
  it('leave that debt’s pair out of both sums: its 収入済額 had stayed in, and the class rate read 1767.7', () => {
    const book = {
      sheets: [
        sheetFromGrid('収納状況', [
          ['令和5年度 債権別収納状況'],
          [null, null, null, null, '(単位：千円、%)'],
          ['債権名', '調定額', '収入済額', '収入未済額', '収納率'],
          ['市税', '10,311,420', 10180777, 130643, 98.7],
          ['国民健康保険税', 2345679, 2098765, 246914, 89.5],
          ['介護保険料', 1876543, 1851235, 25308, 98.7],
        ]),
      ],
    };
    const cells = summarize(book, 'x.xlsx').changes.cells.filter((c) => c.sheet === '集計');
    const row = cells.find((c) => c.cell.startsWith('A') && c.value === '強制徴収公債権' && Number(c.cell.slice(1)) > 10)!.cell.slice(1);
    const rate = cells.find((c) => c.cell === `B${row}`)!;
    expect((rate.value as number).toFixed(1)).toBe(((2098765 + 1851235) / (2345679 + 1876543) * 100).toFixed(1));
    expect(rate.formula).not.toContain("'収納状況'!C4");
  });
});

test('a mean of rates is stored as the figure it is (83.75, not 83.74999999999999, which a reader not recalculating shows 83.7: a colleague’s look)', () => {
  const grid = [
    ['収納率の推移'],
    [null, null, null, '(単位：%)'],
    ['所管課', '債権名', '令和4年度 実績', '令和5年度 実績'],
    ...[99.8, 91.6, 99.3, 26, 86.6, 99.2].map((rate, i) => ['税務課', ['市民税', '固定資産税', '軽自動車税', '国民健康保険税', '介護保険料', '後期高齢者医療保険料'][i], rate, rate]),
  ];
  const { changes } = summarize({ sheets: [sheetFromGrid('計画', grid)] }, 'x');
  const means = changes.cells.filter((c) => c.sheet === '集計' && c.formula?.startsWith('IFERROR(AVERAGE(') && typeof c.value === 'number');
  expect(means.length).toBeGreaterThan(0);
  expect(means.every((c) => c.value === 83.75)).toBe(true);
});
