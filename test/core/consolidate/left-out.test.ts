/**
 * Nothing is left out of 取りまとめ silently: a figure the totals cannot count is a finding at its
 * cell; saiken's own 取りまとめ is not a submission.
 */
import { consolidate, resultOfWorkbook, type FileResult, type Obs } from '../../../src/core/consolidate';
import { consolidationSheets } from '../../../src/core/consolidate/own-output';
import { consolidationChanges } from '../../../src/core/consolidate/workbook';
import { sheetFromGrid, type Workbook } from '../../../src/core/workbook';
import { sheetsOf } from './sheets';
import { obsMaker } from './obs';

const obs = obsMaker({ department: '住宅課', debt: '市営住宅使用料', classification: '私債権' });

const file = (name: string, observations: Obs[]): FileResult => ({ file: name, modified: 1, readError: null, tables: 1, observations, issues: [] });

describe('a figure the totals cannot count', () => {
  it('is an error at its file, sheet and first cell, naming every cell and all it lacks', () => {
    const c = consolidate([
      file('a.xlsx', [obs({ cell: 'C4', value: 1, department: '税務課', debt: '市税', classification: '強制徴収公債権' })]),
      file('b.xlsx', [
        obs({ cell: 'C4', value: 120, unit: null as unknown as Obs['unit'], item: null }),
        obs({ cell: 'D4', value: 110, unit: null as unknown as Obs['unit'], item: null }),
        obs({ cell: 'E4', value: 100, sheet: '別表', fiscalYear: null }),
        obs({ cell: 'F4', value: 90, sheet: '別表', kind: null }),
      ]),
    ]);
    const left = c.issues.filter((i) => i.code === 'not-counted');
    expect(left.map((i) => [i.file, i.sheet, i.cell, i.severity])).toEqual([
      ['b.xlsx', '計画', 'C4', 'error'],
      ['b.xlsx', '別表', 'E4', 'error'],
      ['b.xlsx', '別表', 'F4', 'error'],
    ]);
    expect(left[0].message).toBe(
      'シート「計画」の C4、D4 の数値（2件）は項目（調定額・収入未済額など）・金額の単位（円・千円・百万円）が分からないため、全庁集計に含めていません（明細の集計対象は 0）。表題か見出しに項目名（収入未済額など）を書いてください。表の上に「（単位：千円）」のように単位を書いてください。',
    );
    expect(left[1].message).toContain('E4 の数値（1件）は年度が分からない');
    expect(left[2].message).toContain('F4 の数値（1件）は種別（実績・目標・見込）が分からない');
    expect(c.files.map((f) => [f.file, f.status, f.errors, f.message])).toEqual([
      ['a.xlsx', 'ok', 0, ''],
      ['b.xlsx', 'errors', 3, '全庁集計に含めていない数値が 4件あります（計画!C4 ほか1セル、別表!E4、別表!F4）。指摘一覧を見てください。'],
    ]);
    expect(c.totals.map((t) => t.value)).toEqual([1]);
  });

  it('names six cells and counts the rest', () => {
    const cells = ['C4', 'D4', 'E4', 'F4', 'G4', 'H4', 'I4', 'J4'];
    const c = consolidate([file('b.xlsx', cells.map((cell, i) => obs({ cell, value: i, unit: null as unknown as Obs['unit'], fiscalYear: 2020 + i })))]);
    const [left] = c.issues.filter((i) => i.code === 'not-counted');
    expect(left.message).toContain('C4、D4、E4、F4、G4、H4 ほか2セル の数値（8件）');
  });

  it('is not said again where a rule leaves it out on purpose (derived, a division under 全体, a lost duplicate, a rate, a count)', () => {
    const c = consolidate([
      file('a.xlsx', [
        obs({ cell: 'C4', value: 100, division: '全体' }),
        obs({ cell: 'C5', value: 60, division: '現年度分' }),
        obs({ cell: 'C6', value: 40, division: '滞納繰越分' }),
        obs({ cell: 'C7', value: 5, derived: true, item: null }),
        obs({ cell: 'C8', value: 95, item: '収納率', unit: '%' }),
        obs({ cell: 'C9', value: 12, item: null, unit: '件' }),
      ]),
      { ...file('b.xlsx', [obs({ cell: 'D4', value: 80 })]), modified: 2 },
    ]);
    expect(c.issues.filter((i) => i.code === 'not-counted')).toEqual([]);
    expect(c.issues.map((i) => i.code)).toEqual(['duplicate-submission', 'rate-not-weighted']);
  });
});

describe('a figure counted by class with no department', () => {
  it('is in the class totals, not by department, and that is said at its cells', () => {
    const c = consolidate([
      file('a.xlsx', [obs({ cell: 'C4', value: 10 }), obs({ cell: 'C5', value: 20, department: null, debt: '下水道使用料' }), obs({ cell: 'C6', value: 5, department: null, derived: true })]),
    ]);
    expect(c.totals.find((t) => t.item === '収入未済額')!.value).toBe(30);
    expect(c.departmentTotals.map((t) => [t.department, t.value])).toEqual([['住宅課', 10]]);
    const said = c.issues.filter((i) => i.code === 'no-department');
    expect(said.map((i) => [i.file, i.sheet, i.cell, i.severity])).toEqual([['a.xlsx', '計画', 'C5', 'warning']]);
    expect(said[0].message).toBe('シート「計画」の C5 の数値（1件）は部署が分からないため、全庁集計の分類別には含めましたが、部署別には含めていません。所管課の列を設けるか、表の上に「所管課：税務課」のように書いてください。');
  });
});


const PLAN = sheetFromGrid('収入未済額', [
  ['収入未済額の推移'],
  [null, null, null, '（単位：千円）'],
  ['所管課', '債権名', '2022年度\n決算', '2023年度\n決算'],
  ['税務課', '市税', 1000, 900],
]);

describe("saiken's own 取りまとめ", () => {
  const c = consolidate([file('a.xlsx', [obs({ cell: 'C4', value: 1 })])], { unit: '百万円' });
  const built = consolidationChanges(c).changes;
  const names = built.sheets.map((s) => s.name);

  it('is known by the headers the command writes, in any city unit', () => {
    const wb: Workbook = { sheets: sheetsOf(built.cells, names) };
    expect(consolidationSheets(wb)).toEqual(['提出状況', '明細', '全庁集計', '指摘一覧']);
    expect(consolidationSheets({ sheets: [PLAN] })).toEqual([]);
  });

  it('a workbook of nothing else is 除外, with a message naming it, and gives no figure', () => {
    const wb: Workbook = { sheets: [...sheetsOf(built.cells, names), { name: '_saiken', rows: [], merges: [], hidden: true }] };
    const r = resultOfWorkbook('取りまとめ_前回.xlsx', 5, wb);
    expect(r).toMatchObject({ file: '取りまとめ_前回.xlsx', readError: null, tables: 0, observations: [], issues: [] });
    expect(r.skipped).toBe('取りまとめ_前回.xlsx は saiken の取りまとめ結果（シート 「提出状況」「明細」「全庁集計」「指摘一覧」）のため、提出ファイルとして読み込まず、集計に含めていません。');
    const after = consolidate([r, file('b.xlsx', [obs({ cell: 'C4', value: 7 })])]);
    expect(after.files.map((f) => [f.file, f.status, f.message])).toEqual([
      ['取りまとめ_前回.xlsx', 'skipped', r.skipped],
      ['b.xlsx', 'ok', ''],
    ]);
    // No no-plan-tables warning for a file left out on purpose.
    expect(after.issues).toEqual([]);
  });

  it('placed by the pane (marked, renamed) beside a plan: only its sheets are left out, and that is said', () => {
    const placed = sheetsOf(built.cells, names).map((s) => ({ ...s, name: `${s.name} (saiken)` }));
    // A marked sheet is known by its mark even when its cells were changed.
    placed[1].rows[0] = [{ value: '編集済み' }];
    const wb: Workbook = {
      sheets: [PLAN, ...placed],
      names: { _saiken_gen_consolidationdetail: '明細 (saiken)|abc', _saiken_gen_consolidationstatus: '提出状況 (saiken)|def' },
    };
    expect(consolidationSheets(wb)).toEqual(['提出状況 (saiken)', '明細 (saiken)', '全庁集計 (saiken)', '指摘一覧 (saiken)']);
    const r = resultOfWorkbook('本庁.xlsx', 5, wb);
    expect(r.skipped).toBeUndefined();
    expect(r.observations.map((o) => [o.sheet, o.cell, o.department, o.value])).toEqual([
      ['収入未済額', 'C4', '税務課', 1000],
      ['収入未済額', 'D4', '税務課', 900],
    ]);
    expect(r.issues[0]).toMatchObject({ code: 'consolidation-skipped', severity: 'warning', sheet: '提出状況 (saiken)' });
    expect(r.issues[0].message).toContain('本庁.xlsx のシート 「提出状況 (saiken)」「明細 (saiken)」「全庁集計 (saiken)」「指摘一覧 (saiken)」');
  });
});

describe('a source list another sheet’s formulas take (a clerk’s look)', () => {
  // 計画's figures are formulas over 元データ (債権 | R4 | R5: no item, no unit), which 取りまとめ had said uncounted (an error,
  // the file エラーあり) though every figure is counted through 計画.
  const book = (): Workbook => {
    const source = sheetFromGrid('元データ', [['債権', 'R4', 'R5'], ['市税', 320000, 293000], ['国保税', 150000, 145000]]);
    const plan = sheetFromGrid('計画', [
      ['収入未済額の実績'],
      ['（単位：千円）'],
      ['所管課', '債権名', '令和4年度\n実績', '令和5年度\n実績'],
      ['税務課', '市税', 320000, 293000],
      ['保険年金課', '国民健康保険税', 150000, 145000],
    ]);
    const at = (r: number, c: number, formula: string) => (plan.rows[r][c] = { ...plan.rows[r][c]!, formula });
    at(3, 2, "'元データ'!B2");
    at(3, 3, "'元データ'!C2");
    at(4, 2, '元データ!B3');
    at(4, 3, '元データ!C3');
    return { sheets: [source, plan] };
  };

  it('is not said uncounted, and the plan’s figures are counted once', () => {
    const c = consolidate([resultOfWorkbook('税務課_計画.xlsx', 1, book())]);
    expect(c.issues.filter((i) => i.code === 'not-counted')).toEqual([]);
    expect(c.files[0].status).toBe('ok');
    expect(c.totals.filter((t) => t.item === '収入未済額' && t.fiscalYear === 2022).reduce((s, t) => s + t.value, 0)).toBe(470000);
  });

  it('a list no formula takes is still said', () => {
    const wb = book();
    for (const row of wb.sheets[1].rows) for (const cell of row ?? []) if (cell) delete cell.formula;
    expect(consolidate([resultOfWorkbook('税務課_計画.xlsx', 1, wb)]).issues.filter((i) => i.code === 'not-counted').map((i) => i.cell)).toEqual(['B2']);
  });
});
