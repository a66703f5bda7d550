/**
 * Readings of tables cities print of their own receivables (ledgers in stacked year blocks, rates with their operands and
 * ranks, lists with units typed in each cell, evaluation sheets' indicator rows), one rule a test. Each table is small and
 * written from the rule's words.
 */
import type { GridCell } from '../../fixtures/observations/types';
import { readGrid as read, observationAt as obs, errorsOf } from '../../fixtures/observations/read-grid';

describe('years down as stacked blocks, each block with its own header', () => {
  const grid: GridCell[][] = [
    ['市税の状況', null, null, null],
    ['令和 4 年度', '調定額', '収入済額', '収納率'],
    ['現年課税分', 1000, 980, 98],
    ['滞納繰越分', 200, 50, 25],
    ['合計', 1200, 1030, 85.8],
    ['令和 5 年度', '調定額', '収入済額', '収納率'],
    ['現年課税分', 1100, 1080, 98.2],
    ['滞納繰越分', 150, 60, 40],
    ['合計', 1250, 1140, 91.2],
  ];

  test('the year alone over the label column is the year of its block\'s figures', () => {
    const r = read(grid);
    expect(obs(r, 'B3')).toMatchObject({ value: 1000, item: '調定額', fiscalYear: 2022, division: '現年度分' });
    expect(obs(r, 'D4')).toMatchObject({ value: 25, item: '収納率', fiscalYear: 2022, division: '滞納繰越分' });
    expect(obs(r, 'C7')).toMatchObject({ value: 1080, item: '収入済額', fiscalYear: 2023, division: '現年度分' });
    expect(obs(r, 'D9')).toMatchObject({ value: 91.2, item: '収納率', fiscalYear: 2023 });
  });

  test('a word over the label column (区分) gives no year: the caption\'s stays', () => {
    const r = read([['令和4年度 市税の状況', null, null], ['区分', '調定額', '収入済額'], ['市民税', 1000, 980], ['固定資産税', 900, 890]]);
    expect(obs(r, 'B3')).toMatchObject({ value: 1000, fiscalYear: 2022 });
  });
});

describe('a total under rows of 現年 and 滞繰', () => {
  const grid: GridCell[][] = [
    ['国民健康保険税の状況', null, null, null],
    ['令和5年度', '調定額', '収入済額', '不納欠損額'],
    ['現年課税分', 1000, 980, '-'],
    ['滞納繰越分', 200, 50, 12],
    ['国民健康保険税 合計', 1200, 1030, 12],
  ];

  test('a total row that names no 区分 is the 全体 of the rows it sums, in every column (a dash above too)', () => {
    const r = read(grid);
    expect(obs(r, 'B5')).toMatchObject({ value: 1200, derived: 'total', division: '全体', fiscalYear: 2023 });
    expect(obs(r, 'D5')).toMatchObject({ value: 12, derived: 'total', division: '全体' });
  });

  test('a total of 現年 rows alone is no 全体', () => {
    const r = read(grid.slice(0, 3).concat([['現年課税分', 300, 290, 1], ['国民健康保険税 合計', 1300, 1270, 1]]));
    expect(obs(r, 'B5')).toMatchObject({ value: 1300, derived: 'total' });
    expect(obs(r, 'B5')!.division).not.toBe('全体');
  });
});

describe('a rate and its operands under one group header per year, with ranks beside them', () => {
  const grid: GridCell[][] = [
    ['介護保険料の収納率', null, null, null, null, null, null, null, null],
    ['区分', '令和4年度 収納率', null, null, null, '令和5年度 収納率', null, null, null],
    [null, '収納率', '順位', '収入', '調定', '収納率', '順位', '収入', '調定'],
    ['現年', '98.00%', '3位', '49.0 億円', '50.0 億円', '97.50%', '12位 (平均 96.10%)', '39.0 億円', '40.0 億円'],
    ['滞繰', '20.00%', '5位', '2.0 億円', '10.0 億円', '25.00%', '4位', '2.5 億円', '10.0 億円'],
    ['合計', '85.00%', '4位', '51.0 億円', '60.0 億円', '83.00%', '9位', '41.5 億円', '50.0 億円'],
  ];
  const merges = ['A2:A3', 'B2:E2', 'F2:I2'];

  test('a column of ranks neither splits the table nor is read: every figure has its 区分', () => {
    const r = read(grid, merges);
    expect(r.tables).toHaveLength(1);
    expect(obs(r, 'C4')).toBeUndefined();
    expect(obs(r, 'G4')).toBeUndefined();
    expect(obs(r, 'F4')).toMatchObject({ value: 97.5, item: '収納率', fiscalYear: 2023, division: '現年度分' });
    expect(obs(r, 'H5')).toMatchObject({ value: 2.5, fiscalYear: 2023, division: '滞納繰越分' });
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('under the group\'s 収納率, 収入 and 調定 are the amounts it is computed from (収入 alone is 収入済額)', () => {
    const r = read(grid, merges);
    expect(obs(r, 'D4')).toMatchObject({ value: 49, item: '収入済額', fiscalYear: 2022, division: '現年度分' });
    expect(obs(r, 'E4')).toMatchObject({ value: 50, item: '調定額', fiscalYear: 2022, division: '現年度分' });
    expect(obs(r, 'I6')).toMatchObject({ value: 50, item: '調定額', derived: 'total', division: '全体' });
  });

  test('so a rate that does not follow from its amounts is found at its cell', () => {
    const wrong = read(grid.map((row, i) => (i === 3 ? row.map((c, k) => (k === 1 ? '89.00%' : c)) : row)), merges);
    expect(wrong.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}@${i.cell}`)).toEqual(['rate-mismatch@B4']);
  });
});

describe('a list under a sentence, each figure typed with its unit', () => {
  const grid: GridCell[][] = [
    ['債権の放棄について', null, null, null],
    ['令和5年3月31日に公布した条例により、令和4年度において放棄した債権は次のとおりです。', null, null, null],
    ['・学校給食費', '教育部', '12件', '345,600円'],
    ['・住宅使用料', '都市整備部', '4件', '1,200,000円'],
    [null, null, '2件', '80,000円'],
    ['・未収金(診療報酬)', '市民病院', '7件', '98,000円'],
  ];
  const merges = ['A1:D1', 'A2:D2', 'A4:A5', 'B4:B5'];

  test('is read with no header: 件 a count, 円 an amount, of the debt its bullet names and of the year its sentence says with 年度', () => {
    const r = read(grid, merges);
    expect(obs(r, 'C3')).toMatchObject({ value: 12, item: '件数', unit: '件', debt: '学校給食費', fiscalYear: 2022, kind: 'actual' });
    expect(obs(r, 'D3')).toMatchObject({ value: 345600, item: '金額', unit: '円', debt: '学校給食費', fiscalYear: 2022 });
    expect(obs(r, 'D5')).toMatchObject({ value: 80000, debt: '住宅使用料' });
  });

  test('the name after the debt ending in 部 (or a hospital) is its department, never part of the debt', () => {
    const r = read(grid, merges);
    expect(obs(r, 'C4')).toMatchObject({ debt: '住宅使用料', department: '都市整備部' });
    expect(obs(r, 'D6')).toMatchObject({ department: '市民病院' });
  });

  test('among debts, one named with an item\'s word (未収金) is a debt, its figures what their units say', () => {
    const r = read(grid, merges);
    expect(obs(r, 'C6')).toMatchObject({ value: 7, item: '件数', debt: '未収金(診療報酬)' });
    expect(obs(r, 'D6')).toMatchObject({ value: 98000, item: '金額', debt: '未収金(診療報酬)' });
  });

  test('a negative amount and a word where a count belongs are found at their cells', () => {
    const errs = (edits: Record<string, GridCell>) =>
      errorsOf(read(grid, merges, edits));
    expect(errs({ D4: '△1,200,000円' })).toEqual(['negative-amount@D4']);
    expect(errs({ C6: '不明' })).toEqual(['not-a-number@C6']);
  });

  test('plain numbers under a sentence, with no header and no unit, are no table', () => {
    const plain = grid.map((row) => row.map((c) => (typeof c === 'string' && /\d(件|円)$/.test(c) ? Number(c.replace(/[,件円]/g, '')) : c)));
    expect(read(plain, merges).tables).toEqual([]);
  });
});

describe('one debt by ward under a dated caption, households and amounts typed with their units', () => {
  const grid: GridCell[][] = [
    ['(令和6年5月1日発表)学童保育料の還付漏れ及び徴収漏れについて', null, null, null, null],
    [null, '【還付漏れ】', null, '【徴収漏れ】', null],
    ['東区', '3世帯', '45,000円', '(対象事案なし)', null],
    ['西区', '2人', '12,000円', '1世帯', '8,000円'],
    ['南区', '(該当なし)', null, '4世帯', '30,500円'],
    ['合計', '5世帯', '57,000円', '5世帯', '38,500円'],
  ];
  const merges = ['A1:E1', 'B2:C2', 'D2:E2', 'D3:E3', 'B5:C5'];

  test('a count typed with 世帯 or 人 is a count (件数), whatever its group names; 還付漏れ is a refund owed (還付未済額)', () => {
    const r = read(grid, merges);
    expect(obs(r, 'B3')).toMatchObject({ value: 3, item: '件数', unit: '件' });
    expect(obs(r, 'B4')).toMatchObject({ value: 2, item: '件数', unit: '件' });
    expect(obs(r, 'C3')).toMatchObject({ value: 45000, item: '還付未済額', unit: '円' });
    expect(obs(r, 'E4')).toMatchObject({ value: 8000, item: '金額', unit: '円' });
  });

  test('the caption names the debt past its note in parentheses; wards and the column groups are no debts', () => {
    const r = read(grid, merges);
    expect(obs(r, 'C3')).toMatchObject({ debt: '学童保育料', department: '東区' });
    expect(obs(r, 'E4')).toMatchObject({ debt: '学童保育料', department: '西区', stage: '【徴収漏れ】' });
  });

  test('(対象事案なし) says there is none: no figure, no text where a number belongs, and the 合計 still closes the table', () => {
    const r = read(grid, merges);
    expect(obs(r, 'D3')).toBeUndefined();
    expect(obs(r, 'D6')).toMatchObject({ value: 5, item: '件数', derived: 'total' });
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const wrong = read(grid, merges, { E5: '3,500円' });
    expect(wrong.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}@${i.cell}`)).toEqual(['total-mismatch@E6']);
  });
});

describe('an evaluation sheet\'s indicator row: the debt and the 区分 inside the indicator\'s name', () => {
  // Years without their era (3年度), as such sheets print them under a title that names the era.
  const grid: GridCell[][] = [
    ['令和5年度事務事業評価シート', null, null, null, null, null],
    ['事業対象', '市税納税義務者', null, null, null, null],
    ['事業目標', '税収が確保された状態', null, null, null, null],
    ['成果指標', null, '3年度', '4年度', '5年度', '単位'],
    ['指標名', null, null, null, null, null],
    ['市税徴収率(現年+滞繰)', '目標', { v: 95.1, fmt: '0.0' }, { v: 95.4, fmt: '0.0' }, { v: 95.8, fmt: '0.0' }, '%'],
    ['国民健康保険税収納率(過年度)', '目標', { v: 20.1, fmt: '0.0' }, { v: 21, fmt: '0.0' }, { v: 22.5, fmt: '0.0' }, '%'],
  ];
  const merges = ['B2:F2', 'B3:F3', 'A4:B4', 'C4:C5', 'D4:D5', 'E4:E5', 'F4:F5', 'A5:B5'];

  test('指標名 under year headers merged down over its row is the label columns\' header, the lines of the form above no header', () => {
    const r = read(grid, merges);
    expect(obs(r, 'C6')).toMatchObject({ value: 95.1, item: '収納率', fiscalYear: 2021, kind: 'target' });
    expect(obs(r, 'E6')!.stage).toBeNull();
  });

  test('the debt written onto the item (市税徴収率) is the row\'s debt; the 区分 in brackets after it is the row\'s 区分', () => {
    const r = read(grid, merges);
    expect(obs(r, 'C6')).toMatchObject({ debt: '市税', division: '全体' });
    expect(obs(r, 'E7')).toMatchObject({ value: 22.5, item: '収納率', debt: '国民健康保険税', division: '滞納繰越分', fiscalYear: 2023 });
  });

  test('a rate typed out of range is found at its cell', () => {
    const r = read(grid, merges, { D6: 954 });
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}@${i.cell}`)).toEqual(['rate-out-of-range@D6']);
  });
});

describe('indicator blocks with a 単位 column, stacked under one another', () => {
  const grid: GridCell[][] = [
    ['令和5年度事務事業評価シート', null, null, null, null],
    ['【事業実績】', null, null, null, null],
    ['活動指標名', '単位', '令和3年度', '令和4年度', '令和5年度'],
    ['下水道使用料調定額(現年度)', '千円', 52000, 53000, 54000],
    ['下水道使用料収納済額', '千円', 51000, 52100, 53300],
    ['【事業成果】', null, null, null, null],
    ['成果指標名', '単位', '令和3年度', '令和4年度', '令和5年度'],
    ['収納率(現年度)', '%', 98.1, 98.3, 98.7],
    ['収納率(過年度)', '%', 30.2, 31, 33.5],
    ['滞納者数', '人', 120, 110, 95],
  ];

  test('a column headed 単位 is each row\'s unit, never the debt: the debt is the one the indicator writes onto its item', () => {
    const r = read(grid);
    expect(obs(r, 'C4')).toMatchObject({ value: 52000, item: '調定額', debt: '下水道使用料', division: '現年度分', fiscalYear: 2021, unit: '千円' });
    expect(obs(r, 'E5')).toMatchObject({ value: 53300, item: '収入済額', debt: '下水道使用料', fiscalYear: 2023 });
  });

  test('the block stacked below, whose rows name no debt, is of the one debt of the block above', () => {
    const r = read(grid);
    expect(obs(r, 'D8')).toMatchObject({ value: 98.3, item: '収納率', debt: '下水道使用料', division: '現年度分', fiscalYear: 2022 });
    expect(obs(r, 'E9')).toMatchObject({ value: 33.5, debt: '下水道使用料', division: '滞納繰越分' });
    expect(obs(r, 'C10')).toMatchObject({ value: 120, item: '件数', debt: '下水道使用料' });
  });
});

describe('an evaluation sheet\'s indicators and costs, years with their kind fused in', () => {
  const grid: GridCell[][] = [
    ['指標・事業費の推移', null, null, null, null, null],
    ['区分', null, '単位', '3年度実績', '4年度実績', '5年度当初'],
    ['対象指標1', '滞納件数', '件', 900, 850, 800],
    ['事業費 (A)', null, '千円', 5000, 5200, 5400],
    ['人件費(B)', null, '千円', 1500, 1600, 1700],
    ['総事業費 ( A + B )', null, '千円', 6500, 6800, 7100],
  ];
  const merges = ['A2:B2', 'A4:B4', 'A5:B5', 'A6:B6'];

  test('a caption joining two names with ・ names a debt only if each is one; 対象 (what is counted) is no comparison', () => {
    const r = read(grid, merges);
    expect(obs(r, 'D3')).toMatchObject({ value: 900, item: '件数', fiscalYear: 2021, kind: 'actual', derived: null });
    expect(obs(r, 'D3')!.debt).not.toBe('指標・事業費');
  });

  test('5年度当初 after years of 実績 is that year\'s plan (a target), not a balance at the start of the year', () => {
    const r = read(grid, merges);
    expect(obs(r, 'F3')).toMatchObject({ value: 800, item: '件数', fiscalYear: 2023, kind: 'target' });
    expect(obs(r, 'F4')).toMatchObject({ value: 5400, item: '金額', fiscalYear: 2023, kind: 'target' });
  });

  test('総事業費(A+B) is the total of the rows lettered A and B only: a wrong sum is found there, and nowhere else', () => {
    const r = read(grid, merges);
    expect(obs(r, 'E6')).toMatchObject({ value: 6800, derived: 'total' });
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const wrong = read(grid, merges, { E6: 8600 });
    expect(wrong.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}@${i.cell}`)).toEqual(['total-mismatch@E6']);
  });
});
