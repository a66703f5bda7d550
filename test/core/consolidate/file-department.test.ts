/**
 * A file whose figures name no department stands for the department its name begins with (税務課_計画.xlsx), in every part
 * of 取りまとめ: 提出状況, 部署別, the findings — and a file that came in unreadable is no 未提出.
 */
import { consolidate, type FileResult, type Obs } from '../../../src/core/consolidate';
import { obsMaker } from './obs';

const obs = obsMaker({ fiscalYear: 2023, department: null });
const file = (name: string, observations: Obs[], readError: string | null = null): FileResult => ({ file: name, modified: 1, readError, tables: readError ? 0 : 1, observations, issues: [] });

describe('figures that name no department, in a file named for one', () => {
  const c = consolidate(
    [
      file('税務課_計画.xlsx', [obs({ cell: 'C4', value: 500 }), obs({ cell: 'C5', debt: '軽自動車税', value: 20 })]),
      file('こども課_計画.xlsx', [obs({ cell: 'D4', department: 'こども課', debt: '保育料', classification: '非強制徴収公債権', value: 30 })]),
      file('福祉課_計画.xlsx', [], '読み込めませんでした'),
    ],
    { expectedDepartments: ['税務課', 'こども課', '福祉課', '下水道課'] },
  );

  it('are counted under that department in 部署別, with no no-department finding', () => {
    // (部署別 had held こども課 alone, and each figure of 税務課 had been said to have no department.)
    expect(c.departmentTotals.filter((t) => t.item === '収入未済額').map((t) => [t.department, t.value])).toEqual([
      ['こども課', 30],
      ['税務課', 520],
    ]);
    expect(c.issues.filter((i) => i.code === 'no-department')).toEqual([]);
    expect(c.rows.filter((r) => r.fileIndex === 0).map((r) => r.departmentGroup)).toEqual(['税務課', '税務課']);
  });

  it('name the department in 提出状況', () => {
    expect(c.files.map((f) => [f.file, f.departments])).toEqual([
      ['税務課_計画.xlsx', ['税務課']],
      ['こども課_計画.xlsx', ['こども課']],
      // An unreadable file stands for its name's department here too (its 部署 had been blank, 福祉課 nowhere on the sheet).
      ['福祉課_計画.xlsx', ['福祉課']],
    ]);
  });

  it('a department whose file came in unreadable is 読込不可, not also 未提出', () => {
    // (福祉課 had been listed twice: its file unreadable, and the department as not submitted.)
    expect(c.files[2].status).toBe('unreadable');
    expect(c.missing).toEqual(['下水道課']);
  });
});

describe('a file named for a 局 or a 部', () => {
  it('stands for it as a 課 does: 上下水道局_料金収納.xlsx is 上下水道局, no 未提出', () => {
    // (上下水道局 had been listed 未提出 although its file was read, its figures missing from 部署別.)
    const c = consolidate(
      [file('上下水道局_料金収納.xlsx', [obs({ cell: 'D5', debt: '水道料金', classification: '私債権', value: 61880 })]), file('建設部_縮減目標.xlsx', [obs({ cell: 'D4', debt: '市営住宅使用料', classification: '私債権', value: 900 })])],
      { expectedDepartments: ['上下水道局', '建設部'] },
    );
    expect(c.missing).toEqual([]);
    expect(c.files.map((f) => f.departments)).toEqual([['上下水道局'], ['建設部']]);
    expect(c.issues.filter((i) => i.code === 'no-department')).toEqual([]);
  });
});

describe('a workbook read with no plan table in it', () => {
  it('is 計画表なし, saying why, and its department is not also 未提出', () => {
    const empty: FileResult = { file: '市民課_空ブック.xlsx', modified: 1, readError: null, tables: 0, observations: [], issues: [] };
    const c = consolidate([empty, file('税務課_計画.xlsx', [obs({ cell: 'C4', value: 500 })])], { expectedDepartments: ['市民課', '税務課', '下水道課'] });
    expect(c.files.map((f) => [f.file, f.status, f.message])).toEqual([
      ['市民課_空ブック.xlsx', 'no-tables', 'このブックには計画表が見つかりませんでした。提出ファイルを確認してください。'],
      ['税務課_計画.xlsx', 'ok', ''],
    ]);
    expect(c.missing).toEqual(['下水道課']);
  });
});
