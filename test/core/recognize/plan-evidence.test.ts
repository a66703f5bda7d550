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
