/**
 * The human-readable report: grouped by sheet and table, in the user's language, with cell addresses.
 */
import type { Report, StreamedReport } from '../core/report';
import type { Language } from '../i18n';
import { CLI_TEXT } from '../i18n/cli';

/** `sheetOrder` is the workbook's sheet order; sheets are listed in it. */
export function formatReport(report: Report | StreamedReport, sheetOrder: string[] = [], language: Language = 'ja'): string {
  const t = CLI_TEXT[language];
  const lines: string[] = [];
  const count = (s: string) => report.issues.filter((i) => i.severity === s).length;
  lines.push(`${report.file}: ${t.tables(report.tables.length)}${language === 'ja' ? '・' : ', '}${t.counts(count('error'), count('warning'), count('info'))}`);
  const used = new Set([...report.tables.map((x) => x.sheet), ...report.issues.map((i) => i.sheet)]);
  const sheets = [...new Set([...sheetOrder.filter((s) => used.has(s)), ...used])];
  if (report.tables.length === 0) lines.push(`  ${t.noTables}`);
  for (const sheet of sheets) {
    lines.push('', `■ ${sheet}`);
    for (const table of report.tables.filter((x) => x.sheet === sheet)) {
      const cls = table.classification ? `・${table.classification}` : '';
      const unit = table.unit ? `（${table.unit}）` : '';
      const size = table.shape === 'matrix' ? t.figures(table.observations.length ?? 0) : ` ${table.rows.length}${t.rows}`;
      lines.push(`  ${t.table} ${table.range}  ${table.title ?? ''}  [${t.measure[table.measure]}${unit}${cls}]${size}`);
    }
    for (const i of report.issues.filter((x) => x.sheet === sheet)) {
      lines.push(`    ${t.severity[i.severity]} ${i.cell}  ${i.message}  (${i.code})`);
    }
  }
  // "No findings" only where something was checked.
  if (report.issues.length === 0 && report.tables.length > 0) lines.push('', t.noFindings);
  return lines.join('\n');
}
