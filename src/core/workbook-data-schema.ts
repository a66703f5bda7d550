/**
 * The schemas of what saiken stores in a workbook (workbook-data.ts): untrusted input, validated
 * part by part. Loaded only when a workbook stores something, so that zod is not loaded otherwise.
 */
import { z } from 'zod';
import { SettingsSchema } from './settings-schema';
import { WorkbookOverridesSchema } from './catalog/schema';
import { MarksRecordSchema } from './marks-schema';
import { ROLE_NAMES, type WorkbookData } from './workbook-data';
import type { Finding } from './recognize/model';

/** The stored document. Each part is validated on its own: a damaged part does not cost the others. */
const StoredSchema = z.looseObject({ version: z.literal(1) });


/** One column's correction; a field left out keeps what recognition read. */
export const ColumnMappingSchema = z.strictObject({
  column: z.string().regex(/^[A-Z]{1,3}$/),
  role: z.enum(ROLE_NAMES).optional(),
  fiscalYear: z.number().int().min(1900).max(2200).nullable().optional(),
  kind: z.enum(['actual', 'target', 'forecast']).nullable().optional(),
});

/** A table's corrections, the table named by its sheet and the top-left cell of its range. */
export const TableMappingSchema = z.strictObject({
  sheet: z.string().min(1).max(31),
  anchor: z.string().regex(/^[A-Z]{1,3}[1-9]\d{0,6}$/),
  columns: z.array(ColumnMappingSchema).max(300),
});

export const MappingsSchema = z.strictObject({ version: z.literal(1), tables: z.array(TableMappingSchema).max(500) });
export type Mappings = z.infer<typeof MappingsSchema>;

/** Whether `json` is a stored document (an object of version 1) whose parts can be carried over. */
export function isStoredDocument(json: unknown): boolean {
  return StoredSchema.safeParse(json).success;
}

/** Each part of a stored document validated on its own into `out`; a damaged part is a finding (`problem`). */
export function validateStored(json: unknown, out: WorkbookData, problem: (detail: string) => Finding): void {
  const doc = StoredSchema.safeParse(json);
  if (!doc.success) {
    out.findings.push(problem(z.prettifyError(doc.error)));
    return;
  }
  const stored = doc.data as { settings?: unknown; catalog?: unknown; marks?: unknown; mappings?: unknown };
  if (stored.mappings !== undefined) {
    const m = MappingsSchema.safeParse(stored.mappings);
    if (m.success) out.mappings = m.data.tables.flatMap((t) => t.columns.map((c) => ({ sheet: t.sheet, anchor: t.anchor, ...c })));
    else out.findings.push(problem(`mappings: ${z.prettifyError(m.error)}`));
  }
  if (stored.settings !== undefined) {
    const s = SettingsSchema.safeParse(stored.settings);
    if (s.success) out.settings = s.data;
    else out.findings.push(problem(`settings: ${z.prettifyError(s.error)}`));
  }
  if (stored.catalog !== undefined) {
    const c = WorkbookOverridesSchema.safeParse(stored.catalog);
    if (c.success) out.overrides = c.data;
    else out.findings.push(problem(`catalog: ${z.prettifyError(c.error)}`));
  }
  if (stored.marks !== undefined) {
    const m = MarksRecordSchema.safeParse(stored.marks);
    if (m.success) out.marks = m.data;
    else out.findings.push(problem(`marks: ${z.prettifyError(m.error)}`));
  }
}
