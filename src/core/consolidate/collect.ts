/**
 * A workbook's report reduced to what consolidation keeps: its observations (with the class the
 * observation states, else the catalog's with the file's overrides) and its findings.
 */
import type { Report } from '../report';
import type { Catalog } from '../catalog';
import type { DebtClass } from '../recognize/model';
import type { FileResult, Obs } from './model';

export function fileResultOf(file: string, modified: number, report: Report, catalog: Catalog): FileResult {
  const classOf = new Map<string, DebtClass | null>();
  const lookup = (debt: string): DebtClass | null => {
    let c = classOf.get(debt);
    if (c === undefined) classOf.set(debt, (c = catalog.lookup(debt).entry?.class ?? null));
    return c;
  };
  const observations: Obs[] = [];
  for (const t of report.tables) {
    for (const o of t.observations) {
      observations.push({
        sheet: t.sheet,
        cell: o.cell,
        department: o.department,
        debt: o.debt,
        division: o.division,
        classification: o.classification ?? (o.debt ? lookup(o.debt) : null),
        item: o.item,
        fiscalYear: o.fiscalYear,
        kind: o.kind,
        unit: o.unit,
        value: o.value,
        // A part (うち個人市民税) is counted in the debt it is part of.
        derived: o.derived !== null || o.part === true,
      });
    }
  }
  return {
    file,
    modified,
    readError: null,
    tables: report.tables.length,
    observations,
    issues: report.issues.map((i) => ({ code: i.code, severity: i.severity, sheet: i.sheet, cell: i.cell, message: i.message })),
  };
}

export function unreadableFile(file: string, modified: number, message: string): FileResult {
  return { file, modified, readError: message, tables: 0, observations: [], issues: [] };
}
