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

jest.mock('../../src/core/recognize/observations', () => {
  const actual = jest.requireActual('../../src/core/recognize/observations');
  return { ...actual, reportObservationsOf: jest.fn(actual.reportObservationsOf) };
});

test('tableViews leaves the observations unmade; reading one table’s makes that table’s, once', async () => {
  const wb = await readWorkbook(new Uint8Array(readFileSync(join(__dirname, '../../samples/tsuyama-plan2.xlsx'))), 'tsuyama-plan2.xlsx');
  const report = inspect(wb, 'tsuyama-plan2.xlsx');
  const views = tableViews(report, EMPTY_MAPPINGS);
  expect(views.map((v) => [v.sheet, v.range])).toEqual(report.tables.map((t) => [t.sheet, t.range]));
  expect(views.every((v) => !('observations' in v))).toBe(true);
  expect(reportObservationsOf).not.toHaveBeenCalled();
  const first = report.tables[0].observations;
  expect(first.length).toBeGreaterThan(0);
  expect(report.tables[0].observations).toBe(first);
  expect(reportObservationsOf).toHaveBeenCalledTimes(1);
});
