/** The --json object of issue 16 from a consolidation. */
import type { Consolidation, FileResult } from './model';
import type { ConsolidationJson } from './schema';

export function toJson(c: Consolidation, files: readonly Pick<FileResult, 'file'>[] = c.files): ConsolidationJson {
  return {
    schemaVersion: 1,
    files: c.files.map((f) => ({ file: f.file, status: f.status, message: f.message, departments: f.departments, tables: f.tables, errors: f.errors, warnings: f.warnings })),
    observations: c.rows.map((r) => ({
      file: files[r.fileIndex].file,
      sheet: r.sheet,
      cell: r.cell,
      department: r.department,
      debt: r.debt,
      division: r.division,
      classification: r.classification,
      item: r.item,
      fiscalYear: r.fiscalYear,
      kind: r.kind,
      unit: r.unit,
      value: r.value,
    })),
    totals: c.totals.map((t) => ({ ...t })),
    missing: [...c.missing],
    departmentTotals: c.departmentTotals.map((t) => ({ ...t })),
    issues: c.issues.map((i) => ({ code: i.code, severity: i.severity, file: i.file, sheet: i.sheet, cell: i.cell, message: i.message })),
  };
}
