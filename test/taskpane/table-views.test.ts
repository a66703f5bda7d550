/**
 * The pane shows a report's tables without making their observations (one object a figure, which
 * it never shows): tableViews copies each table without reading them, and they are made, once,
 * only when something reads them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from '../../src/core/engine';
import { reportObservationsOf } from '../../src/core/recognize/observations';
import { readWorkbook } from '../../src/hosts/file/read';
import { tableViews } from '../../src/taskpane/engine-bridge';
import { EMPTY_MAPPINGS } from '../../src/taskpane/mappings';
import { workbookOf } from '../fixtures/observations/score';

jest.mock('../../src/core/recognize/observations', () => {
  const actual = jest.requireActual('../../src/core/recognize/observations');
  return { ...actual, reportObservationsOf: jest.fn(actual.reportObservationsOf) };
});

let sample: Awaited<ReturnType<typeof readWorkbook>> | undefined;
const readSample = () => sample!;
beforeAll(async () => {
  sample = await readWorkbook(new Uint8Array(readFileSync(join(__dirname, '../../samples/tsuyama-plan2.xlsx'))), 'tsuyama-plan2.xlsx');
});

test('tableViews leaves the observations unmade; reading one table’s makes that table’s, once', async () => {
  const report = inspect(readSample(), 'tsuyama-plan2.xlsx');
  const views = tableViews(report, EMPTY_MAPPINGS);
  expect(views.map((v) => [v.sheet, v.range])).toEqual(report.tables.map((t) => [t.sheet, t.range]));
  expect(views.every((v) => !('observations' in v))).toBe(true);
  expect(reportObservationsOf).not.toHaveBeenCalled();
  const first = report.tables[0].observations;
  expect(first.length).toBeGreaterThan(0);
  expect(report.tables[0].observations).toBe(first);
  expect(reportObservationsOf).toHaveBeenCalledTimes(1);
});

test('a table read figure by figure (no rows) is shown with the count of its figures; a row table’s stay unmade', () => {
  const wb = workbookOf([
    {
      name: '推移',
      grid: [
        ['収入未済額の推移'],
        [null, null, null, '（単位：千円）'],
        ['年度', '市税', '国民健康保険税', '合計'],
        ['令和4年度', 430000, 250000, 680000],
        ['令和5年度', 400000, 230000, 630000],
      ],
    },
  ]);
  const report = inspect(wb, 'x.xlsx');
  const views = tableViews(report, EMPTY_MAPPINGS);
  expect(views.map((v) => [v.shape, v.rows.length, v.figures])).toEqual([['matrix', 0, 6]]);
  const tsuyama = inspect(readSample(), 'tsuyama-plan2.xlsx');
  (reportObservationsOf as jest.Mock).mockClear();
  expect(tableViews(tsuyama, EMPTY_MAPPINGS).map((v) => v.figures)).toEqual([undefined, undefined, undefined, undefined]);
  expect(reportObservationsOf).not.toHaveBeenCalled();
});
