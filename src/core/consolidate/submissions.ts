/**
 * The round, whatever reads the files (the CLI from disk, the workbench from the browser): each
 * workbook read, inspected and reduced before the next is read; one that cannot be read is kept
 * as 読込不可 with the reader's message.
 */
import { a1, cellAt, parseArea, type Workbook } from '../workbook';
import { contextOf, inspect } from '../engine';
import type { Report } from '../report';
import { defaultCatalog } from '../catalog/shipped';
import { debtLookup, fileResultOf, unreadableFile } from './collect';
import type { FileIssue, FileResult } from './model';
import { consolidationSheets, detailFigures } from './own-output';
import { CONSOLIDATE_MESSAGES } from '../../i18n/consolidate';

export interface Submission {
  name: string;
  /** ms since the epoch. */
  modified: number;
  read: () => Promise<Workbook>;
}

/**
 * A workbook as a submission. saiken's own 取りまとめ is never one: a workbook of nothing else is
 * left out (除外, said with its name); the 取りまとめ sheets of a workbook that also holds plans are
 * left unread and said at that file.
 */
export function resultOfWorkbook(name: string, modified: number, wb: Workbook): FileResult {
  const own = consolidationSheets(wb);
  const ownSet = new Set(own);
  const rest = own.length ? { ...wb, sheets: wb.sheets.filter((s) => !ownSet.has(s.name)) } : wb;
  const sheets = own.map((s) => `「${s}」`).join('');
  if (own.length && !rest.sheets.some((s) => !s.hidden)) {
    const lookup = debtLookup(contextOf(wb).ctx.catalog ?? defaultCatalog());
    const previousRound = detailFigures(wb, own).map((o) => {
      const id = o.debt ? lookup(o.debt).id : undefined;
      return id ? { ...o, debtId: id } : o;
    });
    return {
      ...unreadableFile(name, modified, ''),
      readError: null,
      skipped: CONSOLIDATE_MESSAGES['consolidation-skipped']({ file: name, sheets }).ja,
      previousRound,
    };
  }
  const report = inspect(rest, name);
  const result = fileResultOf(name, modified, report, contextOf(rest).ctx.catalog ?? defaultCatalog());
  // (A plan on a hidden sheet is said by the report's own hidden-sheet finding.)
  // Said once: as this check's error (its figures are not counted), not also as the report's warning of the same cells.
  const uncounted = formulasWithoutValue(rest, report);
  if (uncounted.length) result.issues = result.issues.filter((i) => i.code !== 'formula-no-value');
  result.issues.push(...uncounted);
  if (own.length) {
    const message = CONSOLIDATE_MESSAGES['consolidation-sheets-skipped']({ file: name, sheets }).ja;
    result.issues.unshift({ code: 'consolidation-skipped', severity: 'warning', sheet: own[0], cell: '', message });
  }
  return result;
}

/**
 * A formula cell in a plan table with no result stored (a program wrote the file and nothing calculated
 * it; Excel stores the result when it saves): no figure can be read there, so the totals lack it. Said
 * once per sheet, at its first cell, with its cells.
 */
function formulasWithoutValue(wb: Workbook, report: Report): FileIssue[] {
  const cells = new Map<string, Set<string>>();
  for (const t of report.tables) {
    const sheet = wb.sheets.find((s) => s.name === t.sheet);
    if (!sheet) continue;
    const area = parseArea(t.range);
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const cell = cellAt(sheet, r, c);
        if (cell?.formula === undefined || (cell.value !== null && cell.value !== '')) continue;
        cells.set(t.sheet, (cells.get(t.sheet) ?? new Set()).add(a1(r, c)));
      }
    }
  }
  return [...cells].map(([sheet, set]) => {
    const list = [...set];
    return { code: 'formula-no-value', severity: 'error', sheet, cell: list[0], message: CONSOLIDATE_MESSAGES['formula-no-value']({ sheet, cells: list }).ja };
  });
}

export async function readSubmissions(subs: Submission[], progress?: (done: number, total: number, current: string) => void): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for (const [i, s] of subs.entries()) {
    progress?.(i, subs.length, s.name);
    try {
      out.push(resultOfWorkbook(s.name, s.modified, await s.read()));
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      out.push(unreadableFile(s.name, s.modified, message.startsWith(s.name) ? message : `${s.name}: ${message}`));
    }
  }
  progress?.(subs.length, subs.length, '');
  return out;
}
