/**
 * A workbook's report reduced to what consolidation keeps: its observations (with the class the
 * observation states, else the catalog's with the file's overrides) and its findings.
 */
import type { Report } from '../report';
import type { Catalog } from '../catalog';
import type { DebtClass } from '../recognize/model';
import type { FileResult, Obs } from './model';

/** A debt name as the catalog knows it (each name looked up once): its class, and its entry id where the name is known. */
export function debtLookup(catalog: Catalog): (debt: string) => { cls: DebtClass | null; id: string | undefined } {
  const known = new Map<string, { cls: DebtClass | null; id: string | undefined }>();
  return (debt) => {
    let k = known.get(debt);
    if (k === undefined) {
      const hit = catalog.lookup(debt);
      // A fuzzy match is a guess, and a family's (普通税, 目的税, 法人市民税均等割: 市税's) names a part of the debt, not the debt:
      // two debts are one only where the catalog knows the name. Either still gives the class.
      known.set(debt, (k = { cls: hit.entry?.class ?? null, id: hit.match === 'fuzzy' || hit.match === 'family' ? undefined : hit.entry?.id }));
    }
    return k;
  };
}

export function fileResultOf(file: string, modified: number, report: Report, catalog: Catalog): FileResult {
  const lookup = debtLookup(catalog);
  const observations: Obs[] = [];
  for (const t of report.tables) {
    // A flow table's balance at the year's end is its 収入未済額, where it gives none other (as 集計 counts it).
    const endIsUncollected = t.observations.some((o) => o.item === '年度末') && !t.observations.some((o) => o.item === '収入未済額');
    for (const o of t.observations) {
      const debt = o.debt ? lookup(o.debt) : null;
      observations.push({
        sheet: t.sheet,
        cell: o.cell,
        department: o.department,
        debt: o.debt,
        division: o.division,
        classification: o.classification ?? debt?.cls ?? null,
        item: endIsUncollected && o.item === '年度末' ? '収入未済額' : o.item,
        fiscalYear: o.fiscalYear,
        kind: o.kind,
        unit: o.unit,
        value: o.value,
        // A part (うち個人市民税) is counted in the debt it is part of.
        derived: o.derived !== null || o.part === true,
        ...(debt?.id ? { debtId: debt.id } : {}),
        ...(o.item === '金額' && o.stage === null && o.derived === null ? { unnamedAmount: true as const } : {}),
        ...(o.derived === 'total' && o.division === '全体' && !o.part ? { wholeTotal: true as const } : {}),
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
