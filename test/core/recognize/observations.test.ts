/**
 * Observations of row tables: every figure of the Tsuyama seed's table 2-2 with its dimensions,
 * read from the sample workbook. The expected figures are the seed's printed ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../../src/hosts/file/read';
import { inspect } from '../../../src/core/engine';
import type { Report } from '../../../src/core/report';
import { ReportSchema } from '../../../src/core/report-schema';

let report: Report;
beforeAll(async () => {
  const file = join(__dirname, '../../../samples/tsuyama-plan2.xlsx');
  report = inspect(await readWorkbook(readFileSync(file), 'tsuyama-plan2.xlsx'), 'tsuyama-plan2.xlsx');
});

const table22 = () => report.tables.find((t) => t.sheet === '2-2')!;
const at = (cell: string) => table22().observations.find((o) => o.cell === cell);

test('the report with observations follows the schema', () => {
  expect(ReportSchema.safeParse(report).success).toBe(true);
  expect(report.tables.every((t) => t.shape === 'rows')).toBe(true);
});

test('a figure of 2-2 carries its department, debt, item, year, kind and unit', () => {
  expect(at('C6')).toEqual({
    cell: 'C6', value: 2432, department: '人権啓発課', debt: '低所得者生業資金貸付金', division: null, classification: null,
    item: '収入未済額', fiscalYear: 2016, kind: 'actual', unit: '千円', derived: null, stage: null, note: null,
  });
  // 市税, 令和元年 目標値② (485,500) and the department carried down from the row above.
  expect(at('D8')).toMatchObject({ value: 485500, debt: '市税', department: '税制課', fiscalYear: 2019, kind: 'target' });
  expect(at('D7')).toMatchObject({ value: 1355, debt: '生活改善資金貸付金', department: '人権啓発課' });
});

test('deltas are derived observations without a year; blanks are no observation', () => {
  expect(at('G6')).toMatchObject({ value: -628, derived: 'delta', fiscalYear: null, kind: null, item: '収入未済額' });
  // 緊急安全措置負担金 has no 平成28年 figure (C9 blank) and no target (D9).
  expect(at('C9')).toBeUndefined();
  expect(at('E9')).toMatchObject({ value: 318, debt: '緊急安全措置負担金' });
});

test('the total row is a derived total with no debt', () => {
  const totals = table22().observations.filter((o) => o.derived === 'total');
  expect(totals.length).toBeGreaterThan(0);
  expect(totals.every((o) => o.debt === null && o.department === null)).toBe(true);
  // Every figure of the table is one observation.
  const t = table22();
  const figures = t.rows.reduce((n, r) => n + Object.values(r.values).filter((v) => v !== null).length, 0);
  expect(t.observations).toHaveLength(figures);
});
