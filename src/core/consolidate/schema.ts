/**
 * The contract of `saiken consolidate --json` (issue 16), defined once with zod;
 * docs/consolidate.schema.json is exported from it.
 */
import { z } from 'zod';
import { DEBT_CLASSES, DIVISIONS, ITEMS } from '../recognize/model';

const kind = z.enum(['actual', 'target', 'forecast']).nullable();

export const ConsolidatedFileSchema = z.object({
  file: z.string(),
  status: z.enum(['ok', 'errors', 'unreadable', 'skipped', 'no-tables']),
  message: z.string().describe('why the file could not be read, or was left out (skipped: saiken’s own consolidation), or which of its figures the totals leave out (each a not-counted issue); empty otherwise'),
  departments: z.array(z.string()),
  tables: z.number().int().min(0),
  errors: z.number().int().min(0),
  warnings: z.number().int().min(0),
});

export const ConsolidatedObservationSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  cell: z.string().regex(/^[A-Z]{1,3}[1-9]\d*$/),
  department: z.string().nullable(),
  debt: z.string().nullable(),
  division: z.enum(DIVISIONS).nullable(),
  classification: z.enum(DEBT_CLASSES).nullable().describe('the observation’s own class, else the catalog’s with the file’s overrides'),
  item: z.enum(ITEMS).nullable(),
  fiscalYear: z.number().int().nullable(),
  kind,
  unit: z.enum(['%', '円', '千円', '百万円', '件']).nullable(),
  value: z.number().describe('as the file prints it, in its own unit'),
});

export const TotalSchema = z.object({
  classification: z.enum(DEBT_CLASSES).nullable(),
  item: z.enum(ITEMS),
  fiscalYear: z.number().int(),
  kind: z.enum(['actual', 'target', 'forecast']),
  unit: z.enum(['%', '円', '千円', '百万円']).describe('the city’s unit; % for 収納率 (weighted: 収入済額 ÷ 調定額)'),
  value: z.number(),
});

export const DepartmentTotalSchema = z.object({
  department: z.string().describe('the spelling the totals use for names that normalize alike'),
  item: z.enum(['収入未済額', '収納率']),
  fiscalYear: z.number().int(),
  kind: z.enum(['actual', 'target', 'forecast']),
  unit: z.enum(['%', '円', '千円', '百万円']).describe('the city’s unit; % for 収納率 (weighted: 収入済額 ÷ 調定額, given only where the department gives both)'),
  value: z.number(),
});

export const ConsolidatedIssueSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  file: z.string().describe('empty for a finding about no single file'),
  sheet: z.string(),
  cell: z.string(),
  message: z.string(),
});

export const ConsolidationSchema = z.object({
  schemaVersion: z.literal(1),
  files: z.array(ConsolidatedFileSchema),
  observations: z.array(ConsolidatedObservationSchema),
  totals: z.array(TotalSchema),
  /** Added after the first release (missing, departmentTotals): optional, so that a document without them stays valid. */
  missing: z.array(z.string()).optional().describe('expected departments no file names (未提出), as the list spells them'),
  departmentTotals: z.array(DepartmentTotalSchema).optional().describe('収入未済額 and 収納率 by department × year × kind (全庁集計 部署別)'),
  issues: z.array(ConsolidatedIssueSchema),
});

export type ConsolidationJson = z.infer<typeof ConsolidationSchema>;

export function consolidationJsonSchema(): unknown {
  return z.toJSONSchema(ConsolidationSchema);
}
