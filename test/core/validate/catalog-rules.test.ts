/**
 * The catalog rules, each with a faulty sheet and its corrected form.
 */
import { check, codes } from './helpers';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { sheetFromGrid } from '../../../src/core/workbook';

/** Hatsukaichi-style sections: a heading names the class of the table under it. */
function section(heading: string, rows: (string | number | null)[][], extra: string[] = []) {
  return [
    [heading],
    [null, null, null, '(単位：%)', ...extra.map(() => null)],
    ['所管部署', '債権名', '令和6年度 実績', '令和8年度 目標', ...extra],
    ...rows,
  ];
}

describe('unknown-debt', () => {
  it('warns on a name the catalog does not know, with the closest names', () => {
    const fs = check(section('(1) 強制徴収公債権', [['税務課', '市税', 99.0, 99.2], ['保険課', '国民健康保健料', 88.6, 89.7]]));
    expect(codes(fs, 'unknown-debt')).toEqual([['B5', 'warning']]);
    expect(fs.find((f) => f.code === 'unknown-debt')!.message).toContain('国民健康保険料');
  });
  it('still warns on a misspelt name the catalog can guess, naming the right one', () => {
    const fs = check(section('(1) 強制徴収公債権', [['下水道課', '下水道使用量', 96.9, 97.0]]));
    expect(codes(fs, 'unknown-debt')).toEqual([['B4', 'warning']]);
    expect(fs.find((f) => f.code === 'unknown-debt')!.expected).toBe('下水道使用料');
  });
  it('knows spelling variants, brackets and suffixes of the seeds', () => {
    const fs = check(
      section('(1) 強制徴収公債権', [
        ['税務課', '市税', 99.0, 99.2],
        ['保険課', '国民健康保険料', 88.6, 89.7],
        ['福祉課', '生活保護費返還金(一部)', 33.6, 38.2],
        ['下水道課', '下水道受益者負担金', 94.6, 96.9],
      ]),
    );
    expect(codes(fs, 'unknown-debt')).toEqual([]);
  });
});

describe('classification-conflict', () => {
  it('is an error when a section puts 市営住宅使用料 under 強制徴収公債権', () => {
    const fs = check(section('(1) 強制徴収公債権', [['税務課', '市税', 99.0, 99.2], ['住宅課', '市営住宅使用料', 81.5, 81.9]]));
    expect(codes(fs, 'classification-conflict')).toEqual([['B5', 'error']]);
    expect(fs.find((f) => f.code === 'classification-conflict')).toMatchObject({ expected: '私債権', actual: '強制徴収公債権' });
  });
  it('is an error when a class column contradicts the catalog', () => {
    const grid = [
      ['債権一覧'],
      [null, null, null, null, '(単位：%)'],
      ['債権名', '債権区分', '令和5年度 実績', '令和6年度 実績', '令和7年度 目標'],
      ['介護保険料', '強制徴収公債権', 98.0, 98.2, 98.4],
      ['学校給食費', '強制徴収公債権', 97.0, 97.1, 97.5],
    ];
    // At the class typed (B5), where it is mended; the message names the debt.
    expect(codes(check(grid), 'classification-conflict')).toEqual([['B5', 'error']]);
    grid[4][1] = '私債権';
    expect(codes(check(grid), 'classification-conflict')).toEqual([]);
  });
  it('is absent when 市営住宅使用料 sits under 私債権', () => {
    const fs = check(section('(3) 私債権', [['住宅課', '市営住宅使用料', 81.5, 81.9]]));
    expect([...codes(fs, 'classification-conflict'), ...codes(fs, 'classification-variant')]).toEqual([]);
  });
});

describe('classification-unknown (a colleague’s look: 強制徴収公債券 had gone unsaid, its debt summed as of no class)', () => {
  const grid = (cls: string) => [
    ['環境課 令和5年度 債権の状況（決算）'],
    [null, null, null, null, '(単位：円)'],
    ['分類', '債権名', '調定額', '収入済額', '収入未済額'],
    ['非強制徴収公債権', '一般廃棄物処理手数料', 34567000, 33456000, 1111000],
    [cls, '公害防止事業費負担金', 5678000, 4567000, 1111000],
  ];
  it('is an error at a class cell that names no class, with the class it is likely meant for', () => {
    const fs = check(grid('強制徴収公債券'));
    expect(codes(fs, 'classification-unknown')).toEqual([['A5', 'error']]);
    expect(fs.find((f) => f.code === 'classification-unknown')).toMatchObject({ actual: '強制徴収公債券', expected: '強制徴収公債権' });
    expect(fs.find((f) => f.code === 'classification-unknown')!.message).toContain('強制徴収公債権');
  });
  it('names no class where none is near (公債権 alone), and is absent for a class as written', () => {
    expect(check(grid('公債権')).find((f) => f.code === 'classification-unknown')).toMatchObject({ cell: 'A5', expected: null });
    expect(codes(check(grid('強制徴収公債権')), 'classification-unknown')).toEqual([]);
    expect(codes(check(grid('私債権')), 'classification-unknown')).toEqual([]);
  });
});

describe('a class column headed 債権の種類 beside the 債権名 (a colleague’s look: its classes had been ignored, the catalog’s used)', () => {
  it('is the class column: a class the plan states is checked against the catalog and kept', () => {
    const grid = [
      ['債権一覧'],
      [null, null, null, null, '(単位：千円)'],
      ['所管課', '債権名', '債権の種類', '令和5年度 実績', '令和6年度 実績'],
      ['環境課', '公営墓地管理料', '私債権', 1200, 1100],
      ['環境課', '一般廃棄物処理手数料', '私債権', 800, 700],
      ['こども課', '学校給食費', '非強制徴収公債権', 500, 450],
    ];
    const { tables } = recognizeWorkbook({ sheets: [sheetFromGrid('計画', grid)] });
    expect(tables[0].columns.find((c) => c.column === 'C')?.role).toBe('classification');
    expect(tables[0].rows.map((r) => [r.debt, r.classification])).toEqual([
      ['公営墓地管理料', '私債権'],
      ['一般廃棄物処理手数料', '私債権'],
      ['学校給食費', '非強制徴収公債権'],
    ]);
  });
});

describe('classification-variant', () => {
  it('notes 市営住宅使用料 under 非強制徴収公債権 as a recognised local reading', () => {
    const fs = check(section('(2) 非強制徴収公債権', [['住宅政策課', '市営住宅使用料', 81.5, 81.9]]));
    expect(codes(fs, 'classification-variant')).toEqual([['B4', 'info']]);
    expect(codes(fs, 'classification-conflict')).toEqual([]);
  });
  it('accepts both classes for debts split by legal basis (生活保護費返還金(一部))', () => {
    for (const heading of ['(1) 強制徴収公債権', '(2) 非強制徴収公債権']) {
      const fs = check(section(heading, [['福祉課', '生活保護費返還金(一部)', 33.6, 38.2]]));
      expect([heading, ...codes(fs, 'classification-conflict'), ...codes(fs, 'classification-variant')]).toEqual([heading]);
    }
  });
});

describe('measure-not-allowed', () => {
  const grid = (measure: string) =>
    section('(3) 私債権', [['住宅課', '市営住宅使用料', 81.5, 81.9, measure], ['教育総務課', '奨学金貸付金', 92.8, 93.3, '支払督促、訴訟']], ['主な徴収措置']);
  it('is an error to list 滞納処分 for a 私債権', () => {
    const fs = check(grid('督促、滞納処分'));
    expect(codes(fs, 'measure-not-allowed')).toEqual([['E4', 'error']]);
    expect(fs.find((f) => f.code === 'measure-not-allowed')!.actual).toBe('滞納処分');
  });
  it('does not call 差押え wrong for a 私債権: it may be a civil seizure (強制執行)', () => {
    expect(codes(check(grid('督促、差押え')), 'measure-not-allowed')).toEqual([]);
  });
  it('accepts the measures a 私債権 allows', () => {
    expect(codes(check(grid('督促、支払督促、強制執行')), 'measure-not-allowed')).toEqual([]);
  });
});

describe('classification-conflict with a class the catalog only inferred (unconfirmed)', () => {
  it('is a warning saying the catalog’s class is inferred: 母子父子寡婦福祉資金貸付金 under 非強制徴収公債権', () => {
    // (An error had been raised though the catalog marks its 私債権 as its own estimate; many cities list it 非強制.)
    const fs = check(section('(2) 非強制徴収公債権', [['こども家庭課', '母子父子寡婦福祉資金貸付金', 88.0, 88.5]]));
    expect(codes(fs, 'classification-conflict')).toEqual([['B4', 'warning']]);
    expect(fs.find((f) => f.code === 'classification-conflict')!.message).toBe(
      '「母子父子寡婦福祉資金貸付金」は非強制徴収公債権とされていますが、分類表では私債権です。分類表のこの区分は推定で、確認されていません。貸付け・徴収の根拠（法令・条例・契約）を確かめてください。',
    );
  });
});
