/**
 * The report of product.md §9: made here, printed by the CLI with --json, read by the pane. The
 * contract itself is defined once with zod in report-schema.ts (docs/report.schema.json is
 * exported from it), which the engine does not load.
 */
import type { Report, ReportObservation, ReportTable } from './report-schema';
import type { Finding, PlanRow, PlanTable } from './recognize/model';
import type { PackedTable } from './packed-table';
import { writeObservations, reportObservationsOf } from './recognize/observations';
import { FieldBytes, JsonArray, type JsonOut } from './report-json';

export type { Report, ReportObservation, ReportTable };

/**
 * A report to be written out once (the CLI's --json): each table's rows and observations are
 * produced as they are written rather than held, its observations as their JSON text.
 */
export type StreamedReport = Omit<Report, 'tables'> & {
  tables: (Omit<ReportTable, 'observations' | 'rows'> & { rows: JsonArray & { readonly length: number }; observations: JsonArray & { readonly length?: number } })[];
};

function tableHead(t: PlanTable): Omit<ReportTable, 'observations' | 'rows'> {
  return {
    sheet: t.sheet,
    shape: t.shape ?? 'rows',
    range: t.range,
    title: t.title,
    measure: t.measure,
    unit: t.unit,
    classification: t.classification,
    confidence: t.confidence,
    reasons: t.reasons,
    columns: t.columns.map((c) => ({
      column: c.column,
      header: c.header,
      role: c.role,
      fiscalYear: c.fiscalYear,
      kind: c.kind,
      tag: c.tag,
      minuend: c.minuend,
      subtrahend: c.subtrahend,
      minuendColumn: c.minuendColumn,
      subtrahendColumn: c.subtrahendColumn,
      item: c.item,
    })),
  };
}

function rowToReport(r: PlanRow): ReportTable['rows'][number] {
  return { row: r.row, department: r.department, debt: r.debt, division: r.division, classification: r.classification, total: r.total, values: r.values, ...(r.part ? { part: true as const } : {}) };
}

/**
 * The report of the tables and findings, each table's observations made when first read (and
 * kept): a report whose observations are printed only with --json does not hold them while a
 * workbook is written, and the pane, which never reads them, does not make them (one object a
 * figure: 400,000 on opening a 400k-cell workbook). JSON, structured clone and equality read
 * them like a plain property, in the same key order.
 */
export function buildReport(file: string, tables: PlanTable[], issues: Finding[]): Report {
  const report: Report = { schemaVersion: 1, file, tables: [], issues: issues.map(issueToReport), changes: [] };
  for (const t of tables) {
    const table = { ...tableHead(t), rows: t.rows.map(rowToReport) } as ReportTable;
    let made: ReportObservation[] | undefined;
    // The recognized table, until its observations are made (then let go with its cells' texts).
    let source: PlanTable | null = t;
    // An accessor that keeps what it made (not one that redefines itself: a frozen report still reads).
    Object.defineProperty(table, 'observations', {
      enumerable: true,
      configurable: true,
      get: () => {
        if (!made) (made = reportObservationsOf(source!)), (source = null);
        return made;
      },
      set: (value: ReportObservation[]) => {
        made = value;
        source = null;
      },
    });
    report.tables.push(table);
  }
  return report;
}

/**
 * A report table without its observations, which are not read (nor made) for the copy: a spread
 * or a rest pattern reads every enumerable property, and so would make them.
 */
export function withoutObservations(t: ReportTable): Omit<ReportTable, 'observations'> {
  const own = Object.getOwnPropertyDescriptors(t) as Partial<Record<keyof ReportTable, PropertyDescriptor>>;
  delete own.observations;
  return Object.defineProperties({}, own) as Omit<ReportTable, 'observations'>;
}

/** The report buildReport gives of the same tables, their rows and observations produced as they are written. */
export function buildStreamedReport(file: string, tables: PackedTable[], issues: Finding[]): StreamedReport {
  return {
    schemaVersion: 1,
    file,
    tables: tables.map((p) => ({
      ...tableHead(p.table),
      // How many, for the text report, without making them.
      rows: Object.assign(new JsonArray((out) => writeRows(p, out)), { length: p.labels.length }),
      // How many, where a matrix table holds them (the text report counts its figures, having no rows).
      observations: Object.assign(new JsonArray((out) => writeObservations(p.table, out, (r, k) => p.figure(r, k))), { length: p.table.observations?.length }),
    })),
    issues: issues.map(issueToReport),
    changes: [],
  };
}

/**
 * A packed table's rows written as JSON into `out` from its labels and figures, each the very text
 * JSON.stringify gives rowToReport's row (the fuzz suite holds the streamed report to the whole one).
 */
function writeRows(p: PackedTable, out: JsonOut): void {
  const j = JSON.stringify;
  const utf8 = (s: string) => UTF8.encode(s);
  const first = p.letters.map((l) => utf8(`${j(l)}:`));
  const later = p.letters.map((l) => utf8(`,${j(l)}:`));
  const head = utf8('{"row":');
  const [department, debt, division, classification, total] = ['department', 'debt', 'division', 'classification', 'total'].map((k) => new FieldBytes(`,${j(k)}:`));
  const values = utf8(',"values":{');
  const nul = utf8('null');
  const end = utf8('}}');
  const partEnd = utf8('},"part":true}');
  for (let r = 0; r < p.labels.length; r++) {
    const row = p.labels[r];
    out.element();
    const kept = p.kept.get(r);
    if (kept) {
      out.text(j(rowToReport({ ...row, values: kept })));
      continue;
    }
    out.bytes(head);
    out.number(row.row);
    out.bytes(department.of(row.department));
    out.bytes(debt.of(row.debt));
    out.bytes(division.of(row.division));
    out.bytes(classification.of(row.classification));
    out.bytes(total.of(row.total));
    out.bytes(values);
    let any = false;
    for (let k = 0; k < p.letters.length; k++) {
      const v = p.figure(r, k);
      if (v === undefined) continue;
      out.bytes(any ? later[k] : first[k]);
      any = true;
      if (v === null) out.bytes(nul);
      else out.number(v);
    }
    out.bytes(row.part ? partEnd : end);
  }
}

const UTF8 = new TextEncoder();

function issueToReport(f: Finding): Report['issues'][number] {
  const out: Report['issues'][number] = { code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message, messageEn: f.messageEn };
  if (f.expected !== undefined) out.expected = f.expected;
  if (f.actual !== undefined) out.actual = f.actual;
  return out;
}
