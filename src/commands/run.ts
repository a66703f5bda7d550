/**
 * The ribbon commands' work over a WorkbookPort: read, run the engine, write, and say what
 * happened. Loaded lazily by the handlers, so the engine is not part of the page's first script.
 * Nothing here knows Office.js; the Excel port carries that.
 */
import { inspect, inspectWithValidation, recalc, summarize, type CommandResult } from '../core/engine';
import { emptyChangeSet, isEmpty, type ChangeSet } from '../core/changes';
import { marksFromFindings } from '../core/marks';
import { withKept } from '../core/dv/install';
import { undoDoneMessage, undoLastRecalc, undoRefusalMessage } from '../core/undo';
import { DATA_SHEET } from '../core/workbook-data';
import type { Report } from '../core/report';
import type { ApplyResult, WorkbookPort } from '../hosts/port';
import { ExcelHostError, requireCalculated, toHostError } from '../hosts/excel/errors';
import { bilingual } from '../i18n';
import type { CommandName, OutcomeCounts, RibbonEvent } from './state';

interface Applied extends ApplyResult {
  marked?: number;
  cleared?: number;
}

export interface RunContext {
  port: WorkbookPort;
  /** The name the report carries. */
  file: string;
  /** Local time for the change log. */
  now: string;
}

function counts(report: Report, cells: number): OutcomeCounts {
  const n = (s: string) => report.issues.filter((i) => i.severity === s).length;
  return { tables: report.tables.length, errors: n('error'), warnings: n('warning'), infos: n('info'), cells };
}

/** The changes that put the marks of a report on the workbook (and take old ones off). */
export function marksChanges(report: Report): ChangeSet {
  // (A plan on a hidden sheet is said, not marked: nobody sees the sheet, and its cells are left as they are.)
  const shown = report.issues.filter((i) => i.code !== 'hidden-sheet');
  return { ...emptyChangeSet(), marks: marksFromFindings(shown, (sheet) => sheet === DATA_SHEET), clearMarks: true };
}

/**
 * 検証, 再計算 or 集計 of a workbook with no plan table (a staff list, an empty book): nothing done, and said so — not
 * 「問題は見つかりませんでした」, nor empty 集計 sheets (as the CLI refuses to write).
 */
function noTables(command: 'validate' | 'recalc' | 'summary', report: Report): RibbonEvent {
  const key = command === 'validate' ? 'outcomeValidateNoTables' : command === 'recalc' ? 'outcomeRecalcNoTables' : 'outcomeSummaryNoTables';
  return { command, report, outcome: { command, ok: false, message: bilingual(key), counts: counts(report, 0) } };
}

export async function runCommand(command: CommandName, { port, file, now }: RunContext): Promise<RibbonEvent> {
  try {
    // Findings, formulas or a summary worked out from figures Excel has not calculated since cells changed would be wrong:
    // they are calculated first, else refused, nothing written. (認識 shows the tables as they stand; マーク解除 and 元に戻す
    // work from what is there.)
    const figures = command === 'validate' || command === 'recalc' || command === 'summary';
    const wb = await port.read(figures ? { calculate: true } : {});
    if (figures) requireCalculated(wb);
    switch (command) {
      case 'recognize': {
        const report = inspect(wb, file);
        const c = counts(report, 0);
        const key = report.tables.length ? 'outcomeRecognize' : 'outcomeRecognizeNone';
        return { command, report, outcome: { command, ok: true, message: bilingual(key, { ...c }), counts: c } };
      }
      case 'validate': {
        // With the setting on, 検証 also installs data validation (beside any rule the user wrote).
        const inspected = inspectWithValidation(wb, file);
        if (!inspected.report.tables.length) return noTables(command, inspected.report);
        const validations = inspected.validations;
        const applied = (await port.apply({ ...marksChanges(inspected.report), ...(validations.length ? { validations } : {}) })) as Applied & { validationsKept?: { sheet: string; range: string }[] };
        const report = withKept(inspected.report, applied.validationsKept);
        const marked = applied.marked ?? 0;
        const c = counts(report, marked);
        const key = report.issues.length ? 'outcomeValidate' : 'outcomeValidateClean';
        return { command, report, outcome: { command, ok: true, message: bilingual(key, { ...c, marked }), counts: c } };
      }
      case 'recalc': {
        const result: CommandResult = recalc(wb, file, now);
        if (!result.report.tables.length) return noTables(command, result.report);
        const written = isEmpty(result.changes) ? 0 : (await port.apply(result.changes)).cellsWritten;
        const c = counts(result.report, written);
        const key = written ? 'outcomeRecalc' : 'outcomeRecalcNothing';
        const message = bilingual(key, { ...c, replaced: result.report.changes.length, mended: result.report.changes.filter((x) => x.mended).length });
        return { command, report: result.report, outcome: { command, ok: true, message, counts: c } };
      }
      case 'summary': {
        const result = summarize(wb, file);
        if (!result.report.tables.length) return noTables(command, result.report);
        // The ribbon cannot ask; the pane can. Nothing is replaced without the user's word.
        if (result.edited.length) throw new ExcelHostError('summary-edited', { sheets: result.edited.join('、') });
        const applied = await port.apply(result.changes);
        const c = counts(result.report, applied.cellsWritten);
        const message = bilingual('outcomeSummary', { sheets: result.changes.sheets.length, charts: applied.chartsAdded, cells: applied.cellsWritten });
        return { command, report: result.report, outcome: { command, ok: true, message, counts: c } };
      }
      case 'undo': {
        const undo = undoLastRecalc(wb, now);
        if (!undo.ok) {
          const message = undoRefusalMessage(undo);
          return { command, outcome: { command, ok: false, message } };
        }
        const applied = await port.apply(undo.changes);
        const cells = undo.restored.length;
        return { command, outcome: { command, ok: true, message: undoDoneMessage(undo, applied.arraysAsFormulas), counts: { tables: 0, errors: 0, warnings: 0, infos: 0, cells } } };
      }
      case 'clearMarks': {
        const applied = (await port.apply({ ...emptyChangeSet(), clearMarks: true })) as Applied;
        const cleared = applied.cleared ?? 0;
        const message = bilingual(cleared ? 'outcomeClearMarks' : 'outcomeClearNothing', { cleared });
        return { command, outcome: { command, ok: true, message, counts: { tables: 0, errors: 0, warnings: 0, infos: 0, cells: cleared } } };
      }
    }
  } catch (error) {
    const e = toHostError(error);
    if (e.kind === 'generic') console.error(`saiken: ${command} failed`, error);
    return { command, outcome: { command, ok: false, message: e.text, failure: e.kind } };
  }
}
