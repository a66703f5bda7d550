import { consolidate, toJson, ConsolidationSchema, unreadableFile, type FileResult, type Obs } from '../../../src/core/consolidate';
import { nearDepartments } from '../../../src/core/consolidate/names';
import { obsMaker } from './obs';

const obs = obsMaker();

const file = (name: string, modified: number, observations: Obs[], tables = 1): FileResult => ({ file: name, modified, readError: null, tables, observations, issues: [] });

describe('consolidate', () => {
  it('converts 円 to 千円, sums by class × item × year × kind, and says the unit differs', () => {
    const c = consolidate([
      file('a.xlsx', 1, [obs({ cell: 'C5', value: 1200 }), obs({ cell: 'D5', value: 1000, kind: 'target' })]),
      file('b.xlsx', 1, [obs({ cell: 'C6', department: '保険年金課', debt: '国民健康保険税', value: 345_600, unit: '円' })]),
    ]);
    const actual = c.totals.find((t) => t.item === '収入未済額' && t.kind === 'actual' && t.fiscalYear === 2024)!;
    expect(actual.value).toBeCloseTo(1200 + 345.6, 9);
    expect(actual.unit).toBe('千円');
    expect(c.totals.find((t) => t.kind === 'target')!.value).toBe(1000);
    const mismatch = c.issues.filter((i) => i.code === 'unit-mismatch');
    expect(mismatch).toEqual([expect.objectContaining({ file: 'b.xlsx', cell: 'C6', severity: 'warning' })]);
    expect(c.rows.find((r) => r.cell === 'C6')).toMatchObject({ value: 345_600, cityValue: 345.6, included: true });
  });

  it('counts 全体 once, or 現年度分 + 滞納繰越分 when no 全体 is given; never a derived value', () => {
    const c = consolidate([
      file('a.xlsx', 1, [
        obs({ cell: 'C5', division: '現年度分', value: 100 }),
        obs({ cell: 'C6', division: '滞納繰越分', value: 900 }),
        obs({ cell: 'C7', division: '全体', value: 1000 }),
        obs({ cell: 'C8', debt: '介護保険料', classification: '強制徴収公債権', division: '現年度分', value: 20 }),
        obs({ cell: 'C9', debt: '介護保険料', classification: '強制徴収公債権', division: '滞納繰越分', value: 30 }),
        obs({ cell: 'C10', department: null, debt: null, derived: true, value: 1050 }),
      ]),
    ]);
    expect(c.totals.find((t) => t.item === '収入未済額')!.value).toBe(1000 + 20 + 30);
    expect(c.rows.filter((r) => r.included).map((r) => r.cell)).toEqual(['C7', 'C8', 'C9']);
  });

  it('weights 収納率 by 調定額 and 収入済額, and says so where only rates are given', () => {
    const c = consolidate([
      file('a.xlsx', 1, [obs({ cell: 'C5', item: '調定額', value: 1000 }), obs({ cell: 'D5', item: '収入済額', value: 900 }), obs({ cell: 'E5', item: '収納率', unit: '%', value: 90 })]),
      file('b.xlsx', 1, [obs({ cell: 'C5', department: '保険年金課', debt: '国民健康保険税', item: '調定額', value: 3000 }), obs({ cell: 'D5', department: '保険年金課', debt: '国民健康保険税', item: '収入済額', value: 2100 })]),
      file('c.xlsx', 1, [obs({ cell: 'C5', department: '福祉課', debt: '生活保護費返還金', classification: '非強制徴収公債権', item: '収納率', unit: '%', value: 10, fiscalYear: 2023 })]),
    ]);
    const rate = c.totals.find((t) => t.item === '収納率')!;
    expect(rate).toMatchObject({ classification: '強制徴収公債権', unit: '%', fiscalYear: 2024, kind: 'actual' });
    expect(rate.value).toBeCloseTo(((900 + 2100) / (1000 + 3000)) * 100, 9);
    const info = c.issues.filter((i) => i.code === 'rate-not-weighted');
    expect(info).toHaveLength(1);
    // Of which rates: the year and its kind (a class's 目標 rates may be weighted where its 実績 are not: a clerk's look).
    expect(info[0].message).toBe('「非強制徴収公債権」の収納率（2023年度実績）は調定額・収入済額の提出がないため、加重平均の全庁値を計算できません。各課の収納率は明細にあります。');
  });

  it('totals 収入未済額 and weights 収納率 by department × year; no rate for a department without 調定額', () => {
    const c = consolidate([
      file('a.xlsx', 1, [
        obs({ cell: 'C5', item: '調定額', value: 1000 }),
        obs({ cell: 'D5', item: '収入済額', value: 900 }),
        obs({ cell: 'E5', item: '収入未済額', value: 100 }),
        obs({ cell: 'C6', debt: '固定資産税', item: '調定額', value: 3000 }),
        obs({ cell: 'D6', debt: '固定資産税', item: '収入済額', value: 2100 }),
      ]),
      file('b.xlsx', 1, [obs({ cell: 'C5', department: '福祉課', debt: '生活保護費返還金', classification: '非強制徴収公債権', item: '収納率', unit: '%', value: 10 }), obs({ cell: 'D5', department: '福祉課', debt: '生活保護費返還金', value: 5_000, unit: '円' })]),
    ]);
    expect(c.departmentTotals.map((t) => [t.department, t.item, t.fiscalYear, t.kind, t.unit, t.value])).toEqual([
      ['税務課', '収入未済額', 2024, 'actual', '千円', 100],
      ['税務課', '収納率', 2024, 'actual', '%', ((900 + 2100) / (1000 + 3000)) * 100],
      ['福祉課', '収入未済額', 2024, 'actual', '千円', 5],
    ]);
    expect(toJson(c).departmentTotals).toEqual(c.departmentTotals);
  });

  it('finds a class disagreement at both files, and a department spelled two ways', () => {
    const c = consolidate([
      file('a.xlsx', 1, [obs({ cell: 'C5', department: '子ども保育課', debt: '保育所保育料', classification: '強制徴収公債権', value: 10 })]),
      file('b.xlsx', 1, [obs({ cell: 'D9', department: 'こども保育課', debt: '保育所 保育料', classification: '私債権', value: 20 })]),
    ]);
    const dis = c.issues.filter((i) => i.code === 'class-disagreement');
    expect(dis.map((i) => [i.file, i.cell, i.severity])).toEqual([
      ['a.xlsx', 'C5', 'error'],
      ['b.xlsx', 'D9', 'error'],
    ]);
    expect(dis[0].message).toContain('私債権');
    const variant = c.issues.filter((i) => i.code === 'department-variant');
    expect(variant.map((i) => [i.file, i.cell])).toEqual([['b.xlsx', 'D9']]);
    expect(c.rows.map((r) => r.departmentGroup)).toEqual(['子ども保育課', '子ども保育課']);
    expect(c.files.map((f) => f.status)).toEqual(['errors', 'errors']);
  });

  it('groups spellings of one department under the one on the most rows, as each workbook’s 集計 does (not the first seen)', () => {
    const c = consolidate([
      file('a.xlsx', 1, [obs({ cell: 'C24', department: '子ども保育課', debt: '保育所負担金', value: 10 })]),
      file('b.xlsx', 1, [
        obs({ cell: 'C25', department: 'こども保育課', debt: '保育所負担金', value: 20, fiscalYear: 2023 }),
        obs({ cell: 'D25', department: 'こども保育課', debt: '保育所負担金', value: 21 }),
        obs({ cell: 'C26', department: 'こども保育課', debt: '幼稚園使用料', value: 5 }),
      ]),
    ]);
    expect(c.rows.map((r) => r.departmentGroup)).toEqual(['こども保育課', 'こども保育課', 'こども保育課', 'こども保育課']);
    const variant = c.issues.filter((i) => i.code === 'department-variant');
    expect(variant.map((i) => [i.file, i.cell])).toEqual([['a.xlsx', 'C24']]);
    expect(variant[0].message).toContain('こども保育課');
    // Both spellings in one workbook: its own report says so (at the department's row), not a second finding here.
    const one = consolidate([file('a.xlsx', 1, [obs({ cell: 'C24', department: '子ども保育課', value: 10 }), obs({ cell: 'C25', department: 'こども保育課', value: 20 }), obs({ cell: 'C26', department: 'こども保育課', value: 5 })])]);
    expect(one.issues.filter((i) => i.code === 'department-variant')).toEqual([]);
    expect(one.rows.map((r) => r.departmentGroup)).toEqual(['こども保育課', 'こども保育課', 'こども保育課']);
  });

  it('warns of near department names in two files, that they may be one department, and keeps them apart', () => {
    const c = consolidate([
      file('a.xlsx', 1, [obs({ cell: 'C5', department: '高齢介護課', debt: '介護保険料', value: 10 })]),
      file('b.xlsx', 1, [obs({ cell: 'C7', department: '高齢者介護課', debt: '介護保険料', value: 20, fiscalYear: 2023 })]),
      file('c.xlsx', 1, [obs({ cell: 'B4', department: 'こども保育室', debt: '保育所保育料', value: 5 })]),
      file('d.xlsx', 1, [obs({ cell: 'B9', department: '保育課', debt: '保育所保育料', value: 6 })]),
    ]);
    const near = c.issues.filter((i) => i.code === 'department-variant');
    expect(near.map((i) => [i.file, i.cell, i.severity])).toEqual([
      ['b.xlsx', 'C7', 'warning'],
      ['d.xlsx', 'B9', 'warning'],
    ]);
    expect(near[0].message).toContain('「高齢者介護課」は a.xlsx の「高齢介護課」');
    expect(near[0].message).toContain('表記ゆれかもしれません');
    // Not merged: a near name may be another department.
    expect(c.rows.map((r) => r.departmentGroup)).toEqual(['高齢介護課', '高齢者介護課', 'こども保育室', '保育課']);
  });

  it('says a near name at the spelling fewer rows give, in its own file: the one to check (税務課 収納係 beside 税務課)', () => {
    // (Said at 税務課's first cell, in a superseded file, the finding had pointed away from the 税務課 収納係 typed in
    // 保険年金課's file: a colleague's look.)
    const c = consolidate([
      file('保険年金課.xlsx', 1, [obs({ cell: 'D6', department: '税務課 収納係', debt: '国民健康保険税', value: 10 })]),
      file('税務課.xlsx', 1, [obs({ cell: 'D7', department: '税務課', debt: '市税', value: 500 }), obs({ cell: 'D8', department: '税務課', debt: '軽自動車税', value: 20 })]),
    ]);
    const near = c.issues.filter((i) => i.code === 'department-variant');
    expect(near.map((i) => [i.file, i.cell])).toEqual([['保険年金課.xlsx', 'D6']]);
    expect(near[0].message).toContain('「税務課 収納係」は 税務課.xlsx の「税務課」');
  });

  it('does not flag 保険課 / 保健課 when one file names both (two departments), nor short or unrelated names', () => {
    const c = consolidate([
      file('a.xlsx', 1, [obs({ cell: 'C5', department: '保険課', debt: '国民健康保険税', value: 10 }), obs({ cell: 'C6', department: '保健課', debt: '健康診査手数料', classification: '非強制徴収公債権', value: 1 })]),
      file('b.xlsx', 1, [obs({ cell: 'C5', department: '保健課', debt: '予防接種負担金', classification: '非強制徴収公債権', value: 2 })]),
      file('c.xlsx', 1, [obs({ cell: 'C5', department: '保険課', debt: '後期高齢者医療保険料', value: 3 })]),
      file('d.xlsx', 1, [obs({ cell: 'C5', department: '財務', value: 4 })]),
      file('e.xlsx', 1, [obs({ cell: 'C5', department: '税務', value: 5 })]),
      file('f.xlsx', 1, [obs({ cell: 'C5', department: '保険年金課', debt: '国民年金', value: 6 })]),
    ]);
    expect(c.issues.filter((i) => i.code === 'department-variant')).toEqual([]);
  });
  it('lets the newer of two submissions count and lists the other', () => {
    const c = consolidate([
      file('税務課.xlsx', 2000, [obs({ cell: 'C5', value: 500 })]),
      file('税務課_再提出.xlsx', 1000, [obs({ cell: 'C5', value: 400 })]),
      file('税務課_v3.xlsx', 2000, [obs({ cell: 'C5', value: 450 })]),
    ]);
    // Same time for the first and the third: the later name (税務課_v3 > 税務課.xlsx) wins.
    expect(c.totals.find((t) => t.item === '収入未済額')!.value).toBe(450);
    expect(c.issues.filter((i) => i.code === 'duplicate-submission').map((i) => i.file)).toEqual(['税務課.xlsx', '税務課_再提出.xlsx']);
    expect(c.files.map((f) => f.status)).toEqual(['ok', 'ok', 'ok']);
  });

  it('lists a file’s departments as its figures name them: a 合計 row naming none adds no department of the file’s name', () => {
    const c = consolidate([
      file('福祉部.xlsx', 1, [obs({ cell: 'C4', department: '生活福祉課', debt: '生活保護費返還金', value: 40 }), obs({ cell: 'C6', department: null, debt: null, derived: true, value: 40 })]),
    ]);
    expect(c.files.map((f) => f.departments)).toEqual([['生活福祉課']]);
  });

  it('lists unreadable files, plan-less workbooks and missing departments', () => {
    const c = consolidate([unreadableFile('broken.xlsx', 1, 'broken.xlsx: 壊れています'), file('memo.xlsx', 1, [], 0), file('a.xlsx', 1, [obs({ cell: 'C5', value: 1 })])], {
      expectedDepartments: ['税務課', '下水道課'],
    });
    expect(c.files.map((f) => [f.file, f.status, f.message])).toEqual([
      ['broken.xlsx', 'unreadable', 'broken.xlsx: 壊れています'],
      // Read, but with no plan table: 計画表なし, not 取込済 (an empty workbook had looked taken in).
      ['memo.xlsx', 'no-tables', 'このブックには計画表が見つかりませんでした。提出ファイルを確認してください。'],
      ['a.xlsx', 'ok', ''],
    ]);
    expect(c.issues.find((i) => i.code === 'no-plan-tables')?.file).toBe('memo.xlsx');
    expect(c.missing).toEqual(['下水道課']);
  });

  it('a file read with no figures (読込不可, 計画表なし) stands in 提出状況 for the department its name gives', () => {
    // (福祉課_計画.xlsx unreadable: not 未提出, rightly, but its 部署 blank, so that 福祉課 was nowhere on the sheet: a colleague's look.)
    const c = consolidate([unreadableFile('福祉課_計画.xlsx', 1, '福祉課_計画.xlsx: 壊れています'), file('環境課.xlsx', 1, [], 0), file('a.xlsx', 1, [obs({ cell: 'C5', value: 1 })])], {
      expectedDepartments: ['税務課', '福祉課', '環境課'],
    });
    expect(c.files.map((f) => [f.file, f.status, f.departments])).toEqual([
      ['福祉課_計画.xlsx', 'unreadable', ['福祉課']],
      ['環境課.xlsx', 'no-tables', ['環境課']],
      ['a.xlsx', 'ok', ['税務課']],
    ]);
    expect(c.missing).toEqual([]);
  });

  it('reports an actual revised since the previous round, in the city unit', () => {
    const prev = [file('old.xlsx', 1, [obs({ cell: 'C5', value: 1_200_000, unit: '円' }), obs({ cell: 'D5', value: 999, fiscalYear: 2023 })])];
    const c = consolidate([file('a.xlsx', 2, [obs({ cell: 'C5', value: 1300 }), obs({ cell: 'D5', value: 999, fiscalYear: 2023 })])], { previous: prev });
    const revised = c.issues.filter((i) => i.code === 'revised-actual');
    expect(revised.map((i) => [i.file, i.cell])).toEqual([['a.xlsx', 'C5']]);
    expect(revised[0].message).toContain('前回 1,200千円 → 今回 1,300千円');
  });

  it('a table whose amounts are a thousand times the previous round\'s says its unit may be wrong (千円 over figures typed in 円), once for the sheet', () => {
    // (Totalled as typed, 320,000 under （単位：千円） made the city's 私債権 9,214,300 where it is 23,500: a colleague's look.)
    const prev = [file('生涯学習課.xlsx', 1, [obs({ cell: 'C5', department: '生涯学習課', debt: '奨学金貸付金', classification: '私債権', value: 320, fiscalYear: 2023 }), obs({ cell: 'C6', department: '生涯学習課', debt: '放課後児童クラブ負担金', classification: '私債権', value: 12, fiscalYear: 2023 })])];
    const c = consolidate([file('生涯学習課.xlsx', 2, [
      obs({ cell: 'C5', department: '生涯学習課', debt: '奨学金貸付金', classification: '私債権', value: 320_000, fiscalYear: 2023 }),
      obs({ cell: 'C6', department: '生涯学習課', debt: '放課後児童クラブ負担金', classification: '私債権', value: 12_000, fiscalYear: 2023 }),
    ])], { previous: prev });
    expect(c.issues.filter((i) => i.code === 'unit-mismatch').map((i) => [i.file, i.sheet, i.cell, i.severity, i.message])).toEqual([
      ['生涯学習課.xlsx', '計画', 'C5', 'warning', 'シート「計画」の金額 2件が前回の提出のちょうど1000倍です（奨学金貸付金 2023年度 収入未済額: 前回 320千円 → 今回 320,000千円）。表の単位（千円か円か）が正しいか確かめてください。'],
    ]);
    // A figure that only changed is no such sign.
    const changed = consolidate([file('生涯学習課.xlsx', 2, [obs({ cell: 'C5', department: '生涯学習課', debt: '奨学金貸付金', classification: '私債権', value: 330, fiscalYear: 2023 })])], { previous: prev });
    expect(changed.issues.filter((i) => i.code === 'unit-mismatch')).toEqual([]);
  });

  it('tells a target revised since the previous round, as information (a plan’s targets are revised; a central office wants to know)', () => {
    const prev = [file('old.xlsx', 1, [obs({ cell: 'E5', value: 900, kind: 'target', fiscalYear: 2025 }), obs({ cell: 'F5', value: 800, kind: 'target', fiscalYear: 2026 })])];
    const c = consolidate([file('a.xlsx', 2, [obs({ cell: 'E5', value: 950, kind: 'target', fiscalYear: 2025 }), obs({ cell: 'F5', value: 800, kind: 'target', fiscalYear: 2026 })])], { previous: prev });
    expect(c.issues.filter((i) => i.code.startsWith('revised-')).map((i) => [i.code, i.file, i.cell, i.severity, i.message])).toEqual([
      ['revised-target', 'a.xlsx', 'E5', 'info', '税務課「市税」の2025年度の収入未済額（目標）が前回の提出から変わっています（前回 900千円 → 今回 950千円）。'],
    ]);
  });

  it('writes a rate revised as both figures show it, to the same decimals (a colleague’s look: 前回 28% → 今回 28.8%)', () => {
    const rate = (value: number) => obs({ cell: 'E5', item: '収納率', unit: '%', value, kind: 'target', fiscalYear: 2025 });
    const c = consolidate([file('a.xlsx', 2, [rate(28.8)])], { previous: [file('old.xlsx', 1, [rate(28)])] });
    expect(c.issues.find((i) => i.code === 'revised-target')!.message).toContain('前回 28.0% → 今回 28.8%');
  });

  it('says what the previous round had and this one has not: a department’s file gone, a debt a department no longer gives', () => {
    const prev = [
      file('税務課.xlsx', 1, [obs({ cell: 'C5', value: 1200 }), obs({ cell: 'C6', debt: '軽自動車税', value: 80 })]),
      file('水道課.xlsx', 1, [obs({ cell: 'C5', department: '水道課', debt: '水道料金', classification: '私債権', value: 500 })]),
    ];
    const c = consolidate([file('税務課.xlsx', 2, [obs({ cell: 'C5', value: 1150 })])], { previous: prev });
    expect(c.issues.filter((i) => i.code.startsWith('dropped-')).map((i) => [i.code, i.file, i.cell, i.severity, i.message])).toEqual([
      ['dropped-debt', '税務課.xlsx', 'C5', 'warning', '部署「税務課」の債権「軽自動車税」は前回の提出にありましたが、今回はありません。完済などでなくなったのでなければ、提出し直してもらってください。'],
      ['dropped-department', '', '', 'warning', '前回は部署「水道課」の数値（水道課.xlsx、債権「水道料金」）がありましたが、今回の提出にはありません。提出漏れでないか確認してください。'],
    ]);
    // Everything back: nothing said.
    const back = consolidate([file('税務課.xlsx', 2, prev[0].observations), file('水道課.xlsx', 2, prev[1].observations)], { previous: prev });
    expect(back.issues.filter((i) => i.code.startsWith('dropped-'))).toEqual([]);
  });

  it('says nothing of the figures of a submission a newer one replaced (a clerk’s look: the old 47,000 was said revised against last round’s 49,000)', () => {
    const prev = [file('前回.xlsx', 1, [obs({ cell: 'C5', value: 49_000 })])];
    const c = consolidate([file('税務課_計画.xlsx', 1, [obs({ cell: 'C5', value: 47_000 })]), file('税務課_計画_再提出.xlsx', 2, [obs({ cell: 'C5', value: 49_000 })])], { previous: prev });
    expect(c.issues.filter((i) => i.code === 'duplicate-submission')).toHaveLength(1);
    expect(c.issues.filter((i) => i.code === 'revised-actual')).toEqual([]);
    // The newer one changed since: said, of it.
    const changed = consolidate([file('税務課_計画.xlsx', 1, [obs({ cell: 'C5', value: 49_000 })]), file('税務課_計画_再提出.xlsx', 2, [obs({ cell: 'C5', value: 47_000 })])], { previous: prev });
    expect(changed.issues.filter((i) => i.code === 'revised-actual').map((i) => i.file)).toEqual(['税務課_計画_再提出.xlsx']);
  });

  it('prints the JSON of the issue, valid against its schema', () => {
    const c = consolidate([file('a.xlsx', 1, [obs({ cell: 'C5', value: 1200 })])]);
    const json = toJson(c);
    expect(ConsolidationSchema.parse(json)).toEqual(json);
    expect(json.observations[0]).toEqual({
      file: 'a.xlsx', sheet: '計画', cell: 'C5', department: '税務課', debt: '市税', division: null, classification: '強制徴収公債権',
      item: '収入未済額', fiscalYear: 2024, kind: 'actual', unit: '千円', value: 1200,
    });
    expect(json.totals).toEqual([{ classification: '強制徴収公債権', item: '収入未済額', fiscalYear: 2024, kind: 'actual', unit: '千円', value: 1200 }]);
  });
});

describe('docs/consolidate.schema.json', () => {
  it('is the export of the zod schema (npm run schema)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readFileSync } = require('node:fs') as typeof import('node:fs');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { CONSOLIDATE_SCHEMA_PATH, consolidateSchemaText } = require('../../../scripts/export-schema') as typeof import('../../../scripts/export-schema');
    expect(readFileSync(CONSOLIDATE_SCHEMA_PATH, 'utf8')).toBe(consolidateSchemaText());
  });
});

describe('nearDepartments', () => {
  it('is one edit apart, or a stem inside the other with another 課/室/係 ending', () => {
    expect(nearDepartments('保険課', '保健課')).toBe(true);
    expect(nearDepartments('高齢介護課', '高齢者介護課')).toBe(true);
    expect(nearDepartments('税務課', '税務')).toBe(true);
    expect(nearDepartments('保育課', 'こども保育室')).toBe(true);
    expect(nearDepartments('収納対策室', '収納対策係')).toBe(true);
    expect(nearDepartments('税務課', '住宅課')).toBe(false);
    expect(nearDepartments('保険年金課', '保険課')).toBe(false);
    expect(nearDepartments('住宅課', '住宅課')).toBe(false);
    expect(nearDepartments('財務', '税務')).toBe(false);
  });
});
