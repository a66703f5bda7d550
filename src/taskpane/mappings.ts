/**
 * Table mappings the user corrected in the pane: a column's role, fiscal year or kind, where
 * recognition read the header differently from what the table means. They are stored in the
 * workbook (part `mappings` of the document on the hidden data sheet, next to settings and the
 * catalog) so every colleague's recognition gets the same corrections, and they are read back as
 * untrusted input: validated by zod, a damaged part reported and ignored.
 *
 * A table is named by its sheet and the top-left cell of its range as recognized (the header's
 * first cell), which stays put when rows are added below. Applying the corrections in recognition:
 * after a sheet's tables are read, `correctColumns(table.columns, mappingFor(m, table))` gives the
 * corrected columns (before validation, recalculation and summary see them).
 */
import { z } from 'zod';
import type { ChangeSet } from '../core/changes';
import type { Kind, Role } from '../core/recognize/model';
import type { Workbook } from '../core/workbook';
import { storePart, storedParts } from './stored-data';

export const MAPPINGS_PART = 'mappings';

export const ROLES = ['department', 'debt', 'division', 'classification', 'value', 'delta', 'note', 'other'] as const satisfies readonly Role[];
export const KINDS = ['actual', 'target', 'forecast'] as const satisfies readonly Kind[];

import { ColumnMappingSchema, TableMappingSchema, MappingsSchema } from '../core/workbook-data-schema';

export { ColumnMappingSchema, TableMappingSchema, MappingsSchema };

export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;
export type TableMapping = z.infer<typeof TableMappingSchema>;
export type Mappings = z.infer<typeof MappingsSchema>;

export const EMPTY_MAPPINGS: Mappings = { version: 1, tables: [] };

export interface MappingsRead {
  mappings: Mappings;
  /** Why the stored part was ignored (zod's readable error), or null. */
  problem: string | null;
}

/** The corrections stored in the workbook; none where nothing (valid) is stored. */
export function readMappings(wb: Workbook): MappingsRead {
  const raw = storedParts(wb).parts[MAPPINGS_PART];
  if (raw === undefined) return { mappings: EMPTY_MAPPINGS, problem: null };
  const parsed = MappingsSchema.safeParse(raw);
  return parsed.success ? { mappings: parsed.data, problem: null } : { mappings: EMPTY_MAPPINGS, problem: z.prettifyError(parsed.error) };
}

/** "A3:I43" → "A3". */
export function anchorOf(range: string): string {
  return range.split(':')[0].replace(/\$/g, '');
}

export function mappingFor(m: Mappings, table: { sheet: string; range: string }): TableMapping | undefined {
  const anchor = anchorOf(table.range);
  return m.tables.find((t) => t.sheet === table.sheet && t.anchor === anchor);
}

/**
 * The mappings with one column's correction set (or removed, with `null`). A table left with no
 * corrections is dropped.
 */
export function withColumnMapping(
  m: Mappings,
  table: { sheet: string; range: string },
  correction: ColumnMapping | { column: string; remove: true },
): Mappings {
  const anchor = anchorOf(table.range);
  const others = m.tables.filter((t) => !(t.sheet === table.sheet && t.anchor === anchor));
  const current = mappingFor(m, table)?.columns ?? [];
  const columns = current.filter((c) => c.column !== correction.column);
  if (!('remove' in correction)) columns.push(ColumnMappingSchema.parse(correction));
  columns.sort((a, b) => a.column.length - b.column.length || a.column.localeCompare(b.column));
  const tables = columns.length ? [...others, { sheet: table.sheet, anchor, columns }] : others;
  return { version: 1, tables };
}

interface ColumnLike {
  column: string;
  role: Role;
  fiscalYear: number | null;
  kind: Kind | null;
}

/** Columns with their corrections applied; each corrected column is flagged `corrected`. */
export function correctColumns<C extends ColumnLike>(columns: readonly C[], mapping: TableMapping | undefined): (C & { corrected: boolean })[] {
  const byColumn = new Map((mapping?.columns ?? []).map((c) => [c.column, c]));
  return columns.map((col) => {
    const fix = byColumn.get(col.column);
    if (!fix) return { ...col, corrected: false };
    return {
      ...col,
      ...(fix.role !== undefined ? { role: fix.role } : {}),
      ...(fix.fiscalYear !== undefined ? { fiscalYear: fix.fiscalYear } : {}),
      ...(fix.kind !== undefined ? { kind: fix.kind } : {}),
      corrected: true,
    };
  });
}

/**
 * The corrections as recognition takes them: one entry per corrected column, with the sheet and
 * the anchor (top-left cell of the table's range) that name its table. Filtering by anchor keeps a
 * correction of column C in one table from changing column C of another table on the same sheet.
 */
export function recognitionMappings(m: Mappings): (ColumnMapping & { sheet: string; anchor: string })[] {
  return m.tables.flatMap((t) => t.columns.map((c) => ({ sheet: t.sheet, anchor: t.anchor, ...c })));
}

/** The ChangeSet storing the mappings (every other stored part carried over). */
export function mappingsChanges(wb: Workbook, m: Mappings): ChangeSet {
  return storePart(wb, MAPPINGS_PART, m.tables.length ? MappingsSchema.parse(m) : undefined);
}
