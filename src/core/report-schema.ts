/**
 * The report contract of product.md §9, defined once with zod: the report's types are inferred from
 * it, docs/report.schema.json is exported from it, and tests hold every report to it. The engine
 * uses the types alone (zod is not loaded to make a report).
 */
import { z } from 'zod';
import { DEBT_CLASSES, DIVISIONS, ITEMS, LEDGER_ITEMS } from './recognize/model';

const className = z.enum(DEBT_CLASSES);

export const ColumnSchema = z.object({
  column: z.string().regex(/^[A-Z]{1,3}$/),
  header: z.string(),
  role: z.enum(['department', 'debt', 'division', 'classification', 'value', 'delta', 'note', 'other']),
  fiscalYear: z.number().int().nullable(),
  kind: z.enum(['actual', 'target', 'forecast']).nullable(),
  tag: z.string().nullable(),
  minuend: z.string().nullable(),
  subtrahend: z.string().nullable(),
  minuendColumn: z.string().nullable().describe('column letter of the delta minuend'),
  subtrahendColumn: z.string().nullable().describe('column letter of the delta subtrahend'),
  item: z.enum(LEDGER_ITEMS).nullable().describe('ledger quantity the column holds'),
});

export const RowSchema = z.object({
  row: z.number().int().positive(),
  department: z.string().nullable(),
  debt: z.string().nullable(),
  division: z.enum(DIVISIONS).nullable(),
  classification: className.nullable(),
  total: z.boolean(),
  values: z.record(z.string(), z.number().nullable()),
  part: z.literal(true).optional().describe('a breakdown of the debt above (うち個人市民税 under 市税): never summed with it'),
});

export const ObservationSchema = z.object({
  cell: z.string().regex(/^[A-Z]{1,3}[1-9]\d*$/),
  value: z.number(),
  department: z.string().nullable(),
  debt: z.string().nullable(),
  division: z.enum(DIVISIONS).nullable(),
  classification: className.nullable(),
  item: z.enum(ITEMS).nullable().describe('what the number is (収納率, 収入未済額, 年度末, 件数 …)'),
  fiscalYear: z.number().int().nullable(),
  kind: z.enum(['actual', 'target', 'forecast']).nullable(),
  unit: z.enum(['%', '円', '千円', '百万円', '件']).nullable(),
  derived: z.enum(['delta', 'ratio', 'total']).nullable().describe('a difference, a ratio or a total of other values'),
  stage: z.string().nullable().describe('a column or row group that is neither a year nor a kind (処理目標, 当初【A】)'),
  note: z.string().nullable().describe('text around the number in its cell, or what its label adds'),
  part: z.literal(true).optional().describe('a breakdown of the figure above it (うち個人市民税 under 市税): never summed with it'),
});

export const TableSchema = z.object({
  sheet: z.string(),
  shape: z.enum(['rows', 'matrix']).describe('rows: a row is a debt and rows/columns describe the table; matrix: any other orientation, read as observations'),
  range: z.string(),
  title: z.string().nullable(),
  measure: z.enum(['rate', 'amount', 'ledger', 'other']),
  unit: z.enum(['%', '円', '千円', '百万円']).nullable(),
  classification: className.nullable(),
  confidence: z.number().min(0).max(1),
  reasons: z.array(z.string()),
  columns: z.array(ColumnSchema),
  rows: z.array(RowSchema),
  /** Every numeric value of the table with its dimensions, whatever the orientation. */
  observations: z.array(ObservationSchema),
});

const scalar = z.union([z.number(), z.string(), z.null()]);
const cellScalar = z.union([z.number(), z.string(), z.boolean(), z.null()]);

export const IssueSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  sheet: z.string(),
  cell: z.string(),
  message: z.string(),
  messageEn: z.string(),
  expected: scalar.optional(),
  actual: scalar.optional(),
});

export const ChangeSchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  before: cellScalar,
  formula: z.string(),
  /** What `before` was (formula, text, number, boolean, error, empty): "=A1" as text is not a formula. */
  kind: z.enum(['formula', 'text', 'number', 'boolean', 'error', 'empty']).optional(),
  /** The cell showed another figure than the one written: a mistake mended (without it, its figure was made live). */
  mended: z.literal(true).optional(),
});

export const ReportSchema = z.object({
  schemaVersion: z.literal(1),
  file: z.string(),
  tables: z.array(TableSchema),
  issues: z.array(IssueSchema),
  changes: z.array(ChangeSchema),
});

export type Report = z.infer<typeof ReportSchema>;
export type ReportTable = z.infer<typeof TableSchema>;
export type ReportObservation = z.infer<typeof ObservationSchema>;

/** The report's JSON Schema (docs/report.schema.json). */
export function reportJsonSchema(): unknown {
  return z.toJSONSchema(ReportSchema);
}
