/**
 * A workbook's report reduced to what consolidation keeps: its observations (with the class the
 * observation states, else the catalog's with the file's overrides) and its findings.
 */
import type { Report, ReportObservation } from '../report';
import type { Catalog } from '../catalog';
import type { DebtClass, Item } from '../recognize/model';
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

/**
 * A flow's line as a ledger (年度当初 + 調定額 − 回収額 − 不納欠損額 = 年度末, of one debt and year): its 回収額 is the year's
 * 収入済額, and its 年度当初 what was carried over — the 滞納繰越分 of its 調定額, the 調定額 printed being the year's new charges
 * (現年度分) — where the line's figures say so (start + charges − collected − lost is its end). Where the 調定額 holds the start
 * already (charges − collected − lost is the end), only the 回収額 is its 収入済額. Each figure keeps its cell and value.
 */
function flowsAsLedgers(observations: readonly ReportObservation[]): Map<ReportObservation, Pick<ReportObservation, 'item' | 'division'>> {
  const out = new Map<ReportObservation, Pick<ReportObservation, 'item' | 'division'>>();
  if (!observations.some((o) => o.item === '回収額')) return out;
  const lines = new Map<string, Partial<Record<Item, ReportObservation | null>>>();
  for (const o of observations) {
    if (o.derived !== null || o.division !== null || o.fiscalYear === null || o.item === null) continue;
    const key = [o.department, o.debt, o.fiscalYear, o.kind].join('\u0000');
    const line = lines.get(key) ?? lines.set(key, {}).get(key)!;
    // (Two figures of one item on a line: which to count, no figure tells.)
    line[o.item] = line[o.item] === undefined ? o : null;
  }
  for (const line of lines.values()) {
    const { 年度当初: start, 調定額: charged, 回収額: collected, 不納欠損額: lost, 年度末: end } = line;
    if (!charged || !collected || !end || line.収入済額 !== undefined || lost === null) continue;
    const moved = charged.value - collected.value - (lost?.value ?? 0);
    const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(1, Math.abs(b) * 1e-9);
    if (start && near(start.value + moved, end.value)) {
      out.set(start, { item: '調定額', division: '滞納繰越分' });
      out.set(charged, { item: '調定額', division: '現年度分' });
    } else if (!near(moved, end.value)) continue;
    out.set(collected, { item: '収入済額', division: null });
  }
  return out;
}

export function fileResultOf(file: string, modified: number, report: Report, catalog: Catalog): FileResult {
  const lookup = debtLookup(catalog);
  const observations: Obs[] = [];
  for (const t of report.tables) {
    // A flow table's balance at the year's end is its 収入未済額, where it gives none other (as 集計 counts it).
    const endIsUncollected = t.observations.some((o) => o.item === '年度末') && !t.observations.some((o) => o.item === '収入未済額');
    const ledgers = flowsAsLedgers(t.observations);
    for (const o of t.observations) {
      const debt = o.debt ? lookup(o.debt) : null;
      const { item, division } = ledgers.get(o) ?? o;
      observations.push({
        sheet: t.sheet,
        cell: o.cell,
        department: o.department,
        debt: o.debt,
        division,
        classification: o.classification ?? debt?.cls ?? null,
        item: endIsUncollected && item === '年度末' ? '収入未済額' : item,
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
