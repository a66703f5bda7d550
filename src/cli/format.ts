/**
 * The human-readable report: grouped by sheet and table (a finding under the table holding its cell), in the user's
 * language, with cell addresses.
 */
import type { Report, StreamedReport } from '../core/report';
import type { Language } from '../i18n';
import { CLI_TEXT } from '../i18n/cli';
import { parseA1, parseArea } from '../core/workbook';

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
    const tables = report.tables.filter((x) => x.sheet === sheet);
    const areas = tables.map((x) => parseArea(x.range));
    // Each finding under the first table holding its cell; the others (a sheet's, a 集計's) after the tables.
    const under = tables.map(() => [] as Report['issues']);
    const outside: Report['issues'] = [];
    for (const i of report.issues) {
      if (i.sheet !== sheet) continue;
      const { r, c } = parseA1(i.cell);
      const at = areas.findIndex((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right);
      (at < 0 ? outside : under[at]).push(i);
    }
    const finding = (i: Report['issues'][number], indent: string) => `${indent}${t.severity[i.severity]} ${i.cell}  ${i.message}  (${i.code})`;
    tables.forEach((table, k) => {
      const cls = table.classification ? `・${table.classification}` : '';
      const unit = table.unit ? `（${table.unit}）` : '';
      const size = table.shape === 'matrix' ? t.figures(table.observations.length ?? 0) : ` ${table.rows.length}${t.rows}`;
      lines.push(`  ${t.table} ${table.range}  ${table.title ?? ''}  [${t.measure[table.measure]}${unit}${cls}]${size}`);
      for (const i of under[k]) lines.push(finding(i, '    '));
    });
    for (const i of outside) lines.push(finding(i, '  '));
  }
  // "No findings" only where something was checked.
  if (report.issues.length === 0 && report.tables.length > 0) lines.push('', t.noFindings);
  return lines.join('\n');
}
