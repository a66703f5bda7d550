/**
 * Plan evidence (issue 17): sheets of unrelated workbooks that merely look like plans — years
 * across, names down, figures — are not recognized, so they get no table and no finding.
 */
import { inspect } from '../../../src/core/engine';
import { sheetFromGrid } from '../../../src/core/workbook';

test('an Italian budget with years across and negative figures is no plan', () => {
  const budget = sheetFromGrid('Bilancio', [
    ['Bilancio di previsione 2021-2023'],
    [],
    ['Voce', 'Anno 2021', 'Anno 2022', 'Anno 2023', 'Variazione'],
    ['Entrate tributarie', 1200, 1250, 1300, 100],
    ['Trasferimenti', 300, 280, -20, -320],
    ['Totale', 1500, 1530, 1280, -220],
  ]);
  const r = inspect({ sheets: [budget] }, 'bilancio.xlsx');
  expect(r.tables).toEqual([]);
  expect(r.issues).toEqual([]);
});

test('a formula test sheet in English is no plan', () => {
  const sheet = sheetFromGrid('Tests', [
    ['Case', 'FY2021', 'FY2022', 'Delta'],
    ['SUM', 10, 12, 5],
    ['AVERAGE', -3, 4, 7],
  ]);
  const r = inspect({ sheets: [sheet] }, 'tests.xlsx');
  expect(r.tables).toEqual([]);
  expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
});

test('the same table in Japanese is read and checked', () => {
  const sheet = sheetFromGrid('計画', [
    ['債権名', '令和3年度', '令和4年度', '増減'],
    ['市税', 10, 12, 5],
  ]);
  const r = inspect({ sheets: [sheet] }, 'plan.xlsx');
  expect(r.tables).toHaveLength(1);
  expect(r.issues.map((i) => `${i.code}@${i.cell}`)).toContain('delta-mismatch@D2');
});

test('financial indicators in Japanese (項目 over …比率, years across) are no plan: no debt, no department, no receivable named', () => {
  const grid = [
    ['(単位:%)'],
    ['項目', '24年度', '23年度', '増減', '早期健全化基準'],
    ['経常収支比率', 89.6, 87.7, '1.9ポイント', '-'],
    ['実質公債費比率', 11.5, 11.7, '△0.2ポイント', 25.0],
    ['将来負担比率', 28.3, 52.9, '△24.0ポイント', 400.0],
  ];
  const r = inspect({ sheets: [sheetFromGrid('財政指標', grid)] }, 'zaisei.xlsx');
  expect(r.tables).toEqual([]);
  expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  // The same shape over debts is a plan, checked: 市税's 増減 is off by 1.
  const debts = grid.map((row, i) => (i === 2 ? ['市税', ...row.slice(1)] : i === 3 ? ['市営住宅使用料', ...row.slice(1)] : i === 4 ? ['下水道使用料', ...row.slice(1)] : row));
  debts[2][3] = '2.9ポイント';
  const plan = inspect({ sheets: [sheetFromGrid('計画', debts)] }, 'plan.xlsx');
  expect(plan.tables).toHaveLength(1);
  expect(plan.issues.map((i) => `${i.code}@${i.cell}`)).toContain('delta-mismatch@D3');
});

test('a staff list with a 採用年度 column is no plan: its figures name no item, year nor unit, its names no debt', () => {
  const staff = sheetFromGrid('職員名簿', [
    ['所属', '氏名', '職名', '内線', '採用年度'],
    ['納税課', '山田 太郎', '課長', 2101, 2001],
    ['納税課', '佐藤 花子', '主査', 2102, 2010],
    ['保育課', '鈴木 一郎', '主任', 3105, 2015],
    ['住宅課', '高橋 次郎', '主事', 4120, 2020],
  ]);
  const r = inspect({ sheets: [staff] }, 'staff.xlsx');
  expect(r.tables).toEqual([]);
  expect(r.issues).toEqual([]);
});

test('debts with figures under headers naming nothing are still read (市税, 国民健康保険税: the names say it)', () => {
  const sheet = sheetFromGrid('計画', [
    ['所管課', '債権名', '第1期', '第2期'],
    ['納税課', '市税', 120, 130],
    ['保険年金課', '国民健康保険税', 40, 45],
  ]);
  expect(inspect({ sheets: [sheet] }, 'plan.xlsx').tables).toHaveLength(1);
});

test('a training schedule (dates, times, lectures on receivables, 定員(人)) is no plan: its figures count people', () => {
  // (Submitted among the departments' plans, it had been read as a plan of three debts — 債権管理室長, 税務課収納係長, 顧問弁護士 —
  // 債権の分類と時効 its item, 私債権の法的措置 its class, with two errors and exit 1: a colleague's look.)
  const sheet = sheetFromGrid('日程', [
    ['令和7年度 債権管理研修会 日程'],
    [],
    ['日付', '時間', '内容', '講師', '定員(人)'],
    ['2025-06-10', '13:30-16:00', '債権の分類と時効', '債権管理室長', 40],
    ['2025-07-08', '13:30-16:00', '滞納処分の実務', '税務課収納係長', 30],
    ['2025-09-02', '10:00-12:00', '私債権の法的措置', '顧問弁護士', 30],
  ]);
  const r = inspect({ sheets: [sheet] }, '債権管理研修_日程.xlsx');
  expect(r.tables).toEqual([]);
  expect(r.issues).toEqual([]);
});
