/**
 * The round, whatever reads the files (the CLI from disk, the workbench from the browser): each
 * workbook read, inspected and reduced before the next is read; one that cannot be read is kept
 * as 読込不可 with the reader's message.
 */
import { a1, cellAt, outsideText, parseArea, type Workbook } from '../workbook';
import { cellsOf } from '../cells';
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
 * left unread and said at that file. Its time (the newer of two submissions wins) is when the workbook says it was last saved,
 * else the file's own (`fileModified`).
 */
export function resultOfWorkbook(name: string, fileModified: number, wb: Workbook): FileResult {
  const modified = wb.saved ?? fileModified;
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
  // Figures another sheet's formulas take ('元データ'!B2 under a plan's 令和4年度 実績) are counted there: those the totals
  // could not count where they stand (no item, unit, year or kind: a source list) are not also said uncounted.
  const taken = takenByOtherSheets(rest);
  if (taken.size) result.observations = result.observations.filter((o) => !taken.has(`${o.sheet}!${o.cell}`) || (o.item !== null && o.unit !== null && o.fiscalYear !== null && o.kind !== null));
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

/** The cells (sheet!A1) formulas of another sheet refer to ('元データ'!B2, 元データ!B2:C3), ranges of up to 10,000 cells. */
function takenByOtherSheets(wb: Workbook): Set<string> {
  const out = new Set<string>();
  const ref = /(?:'((?:[^']|'')+)'|([^\s!'(),=+\-*/&^<>:;"{}]+))!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;
  for (const sheet of wb.sheets) {
    // Through the sheet's cells, its rows not made.
    const cells = cellsOf(sheet);
    for (let r = 0; r < cells.rowCount; r++) {
      for (let c = 0, n = cells.rowLength(r); c < n; c++) {
        const formula = cells.formula(r, c);
        if (!formula || !formula.includes('!')) continue;
        // Not inside a text constant ("元データ!B2" is no reference).
        for (const m of outsideText(formula).matchAll(ref)) {
          const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
          if (name === sheet.name) continue;
          const area = parseArea(`${m[3]}${m[4]}${m[5] ? `:${m[5]}${m[6]}` : ''}`);
          if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > 10_000) continue;
          for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) out.add(`${name}!${a1(r, c)}`);
        }
      }
    }
  }
  return out;
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
