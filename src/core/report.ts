/**
 * The report contract of product.md §9, defined once with zod. The CLI prints it with --json,
 * the pane reads it, and docs/report.schema.json is exported from it.
 */
import { z } from 'zod';
import type { Finding, PlanRow, PlanTable } from './recognize/model';
import type { PackedTable } from './packed-table';
import { DEBT_CLASSES, DIVISIONS, ITEMS, LEDGER_ITEMS } from './recognize/model';
import { writeObservations, reportObservationsOf } from './recognize/observations';
import { JsonArray, type JsonOut } from './report-json';

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

/**
 * A report to be written out once (the CLI's --json): each table's rows and observations are
 * produced as they are written rather than held, its observations as their JSON text.
 */
export type StreamedReport = Omit<Report, 'tables'> & {
  tables: (Omit<ReportTable, 'observations' | 'rows'> & { rows: JsonArray & { readonly length: number }; observations: JsonArray })[];
};

function tableToReport(t: PlanTable): ReportTable {
  return { ...tableHead(t), rows: t.rows.map(rowToReport), observations: reportObservationsOf(t) };
}

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
  return { row: r.row, department: r.department, debt: r.debt, division: r.division, classification: r.classification, total: r.total, values: r.values };
}

export function buildReport(file: string, tables: PlanTable[], issues: Finding[]): Report {
  return { schemaVersion: 1, file, tables: tables.map(tableToReport), issues: issues.map(issueToReport), changes: [] };
}

/**
 * buildReport's report, each table's observations made when first read (and kept): a report
 * whose observations are printed only with --json does not hold them while a workbook is written.
 * Same values, same key order.
 */
export function buildReportLazily(file: string, tables: PlanTable[], issues: Finding[]): Report {
  const report: Report = { schemaVersion: 1, file, tables: [], issues: issues.map(issueToReport), changes: [] };
  for (const t of tables) {
    const table = { ...tableHead(t), rows: t.rows.map(rowToReport) } as ReportTable;
    let made: ReportObservation[] | undefined;
    // An accessor that keeps what it made (not one that redefines itself: a frozen report still reads).
    Object.defineProperty(table, 'observations', {
      enumerable: true,
      configurable: true,
      get: () => (made ??= reportObservationsOf(t)),
      set: (value: ReportObservation[]) => {
        made = value;
      },
    });
    report.tables.push(table);
  }
  return report;
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
      observations: new JsonArray((out) => writeObservations(p.table, out, (r, k) => p.figure(r, k))),
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
  const nul = utf8('null');
  const end = utf8('}}');
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
    out.text(`,"department":${j(row.department)},"debt":${j(row.debt)},"division":${j(row.division)},"classification":${j(row.classification)},"total":${j(row.total)},"values":{`);
    let any = false;
    for (let k = 0; k < p.letters.length; k++) {
      const v = p.figure(r, k);
      if (v === undefined) continue;
      out.bytes(any ? later[k] : first[k]);
      any = true;
      if (v === null) out.bytes(nul);
      else out.number(v);
    }
    out.bytes(end);
  }
}

const UTF8 = new TextEncoder();

function issueToReport(f: Finding): Report['issues'][number] {
  const out: Report['issues'][number] = { code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message, messageEn: f.messageEn };
  if (f.expected !== undefined) out.expected = f.expected;
  if (f.actual !== undefined) out.actual = f.actual;
  return out;
}

/** The report's JSON Schema (docs/report.schema.json). */
export function reportJsonSchema(): unknown {
  return z.toJSONSchema(ReportSchema);
}
