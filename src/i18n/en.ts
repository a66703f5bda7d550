import type { Messages } from './ja';

/** User-facing strings, English (the second language). */
export const en: Messages = {
  appName: 'Receivables Plan add-in',

  commandRecognize: 'Recognize',
  commandValidate: 'Validate',
  commandRecalc: 'Recalculate',
  commandSummary: 'Summary & charts',
  commandClearMarks: 'Clear marks',
  commandTaskpane: 'Task pane',

  paneTitle: 'Receivables Plan add-in',
  paneIntro:
    'Use the Receivables tab on the ribbon to recognize, validate, recalculate and summarize. Results appear in the workbook cells and in this pane.',
  paneComingSoon: 'A later version lists the recognized tables and the findings in this pane.',

  workbenchTitle: 'saiken Receivables Plan add-in — browser workbench',
  workbenchWhat:
    'This page is the task pane of the Receivables Plan add-in, opened outside Excel in a plain browser.',
  workbenchExcelHeading: 'Use it in Excel',
  workbenchExcel:
    'Open a workbook in Excel (Excel 2021 or later, or Microsoft 365) with the add-in sideloaded, and use the Receivables tab on the ribbon.',
  workbenchCliHeading: 'Try it from the command line',
  workbenchCli: 'Recognizes and validates the bundled sample (Tsuyama city, 2nd plan) and prints the result:',
  workbenchLater:
    'A later version adds a workbench that opens .xlsx files (including the bundled sample) right in the browser, runs the commands and lets you download the result.',

  outcomeRecognize: 'Recognize: {tables} plan tables found ({errors} errors, {warnings} warnings, {infos} infos).',
  outcomeRecognizeNone: 'Recognize: no plan table found. Check that the tables have headers (department, debt name, fiscal years).',
  outcomeValidate: 'Validate: {tables} plan tables, {errors} errors, {warnings} warnings, {infos} infos. {marked} cells marked.',
  outcomeValidateClean: 'Validate: no problem found in {tables} plan tables.',
  outcomeRecalc: 'Recalculate: formulas and formats written to {cells} cells ({tables} plan tables; {replaced} replaced values, {mended} of them another figure, kept on the change-log sheet). {errors} errors and {warnings} warnings remain.',
  outcomeRecalcNothing: 'Recalculate: no cell needed rewriting ({tables} plan tables).',
  outcomeSummary: 'Summary & charts: {sheets} sheets created or updated, {charts} charts and {cells} cells written.',
  outcomeValidateNoTables: 'Validate: no plan table found, so nothing was done. Check that the tables have headers (department, debt name, fiscal years).',
  outcomeRecalcNoTables: 'Recalculate: no plan table found, so nothing was done. Check that the tables have headers (department, debt name, fiscal years).',
  outcomeSummaryNoTables: 'Summary & charts: no plan table found, so nothing was done. Check that the tables have headers (department, debt name, fiscal years).',
  outcomeClearMarks: 'Clear marks: {cleared} cells restored to their formatting before they were marked.',
  outcomeClearNothing: 'Clear marks: there were no marks to clear.',
  outcomeSettingsSaved: 'Settings saved in the workbook.',

  errorCellEdit:
    'A cell is being edited. Press Enter or Esc to finish editing, then run the command again. The workbook was not changed.',
  errorProtectedSheet:
    'The sheet "{sheet}" is protected, so it could not be written to. Unprotect it (Review > Unprotect Sheet) and run the command again. The workbook was not changed.',
  errorProtectedSheets:
    'The sheets {sheetListEn} are protected, so they could not be written to. Unprotect each (Review > Unprotect Sheet) and run the command again. The workbook was not changed.',
  errorSheetNameTaken:
    'A sheet named "{sheet}" already exists (a chart sheet or another sheet the add-in cannot see), so a sheet of that name could not be added. Rename that sheet and run the command again. The workbook was not changed.',
  errorProtectedWorkbook:
    'The workbook structure is protected, so sheets could not be added or changed. Unprotect it (Review > Protect Workbook) and run the command again. The workbook was not changed.',
  errorChanged:
    'The workbook changed while the command ran ({detail}). To avoid overwriting those changes nothing was written. Run the command again.',
  errorMarksDamaged:
    'The record of the marks (hidden sheet "_saiken") is damaged or was edited, so no mark was added or removed. The workbook was not changed. ({detail})',
  errorDataDamaged:
    'The stored settings (hidden sheet "_saiken") are damaged, so they were not overwritten. The workbook was not changed. ({detail})',
  errorTooLarge: 'The workbook is too large for one exchange with Excel ({detail}). Try splitting the sheets.',
  errorUnsupported: 'This version of Excel cannot do this ({feature} is needed). Use Excel 2021 or later, or Microsoft 365.',
  errorBusy: 'Another command is running. Run this one again when it has finished.',
  errorNotAvailable: '{command} is not available in this version yet.',
  errorNotInExcel: 'This command works only inside Excel.',
  errorSummaryEdited:
    'The generated sheets ({sheets}) were edited by hand. Confirm in the task pane (Summary & charts) before they are replaced. The workbook was not changed.',
  errorCalculationPending:
    "Excel's calculation is set to Manual and some changes have not been calculated: stopped so as not to check or write from out-of-date results. Press F9 to calculate, then run the command again. The workbook was not changed.",
  errorExcelState:
    'Stopped: Excel did not accept the request ({detail}). If several sheets are selected (a group), select one sheet; if another workbook is in front, go back to this one; then run the command again. The workbook was not changed.',
  errorOtherWorkbook:
    'Stopped: Excel did not accept the request ({detail}). If another workbook is in front, go back to this one, then run the command again. The workbook was not changed.',
  errorExcelFailed: 'Stopped: Excel could not complete the request ({detail}). Run the command again. The workbook was not changed.',
  errorGeneric: 'Stopped by an unexpected error ({detail}).',
  errorNotChanged: 'The workbook was not changed.',
  errorPartlyWritten:
    'Part of the write was made before Excel stopped it: remove the cause and run the command again to write the rest, or close the workbook without saving to go back to it as it was (where it saves itself, open an earlier version from Version History).',
  errorMaybePartlyWritten:
    'Part of the write may have been made before Excel stopped it: remove the cause and run the command again to write the rest, or close the workbook without saving to go back to it as it was (where it saves itself, open an earlier version from Version History).',

  legacyTitle: 'This add-in needs Excel 2021 or later, or Microsoft 365',
  legacyBody:
    'Your version of Excel (Office 2019 or older) cannot show this task pane. Open the workbook in Excel 2021 or later, or in Microsoft 365.',
  // The Excel host (issue 13): a cell Excel cannot take, refused before anything is written.
  errorCellLimit: 'What would be written to {sheet}!{cell} cannot be written to Excel ({detail}). The workbook was not changed.',
  // Undo of the last recalculation from the change log.
  outcomeUndo: 'Undo: the {cells} cells the last recalculation rewrote have their former values back.',
  outcomeUndoStale: 'Undo: the {cells} cells the last recalculation rewrote have their former values back. But {staleEn} ({count} cells) now hold values other than their formulas computed: a mistake the recalculation mended was put back, or the figures they are computed from were changed since. Check them.',
  undoArraysAsFormulas: '{cellsEn} held an array formula (entered with Ctrl+Shift+Enter). An add-in cannot write array formulas, so it was put back as an ordinary formula; a formula of one result shows the same value. To make it an array formula again, select the cell, press F2, then Ctrl+Shift+Enter.',
  undoNothing: 'Undo: there is no recalculation to undo (the change log records none, or it was already undone).',
  undoEdited: 'Undo: {sheet}!{cell} was edited after the recalculation (it now holds: {now}). Nothing was changed, so as not to overwrite it.',
  // A write into a merged area other than its top-left cell: Excel would not keep it.
  errorMergedCell: '{sheet}!{cell} lies inside the merged cells {detail}, not at their top-left: Excel would not show what is written there, so the workbook was not changed.',
  errorNotKept:
    'Excel did not keep what was written to {cellsEn}: it keeps nothing written to a cell of merged cells other than the top-left one (the merged cells of {sheetsEn} could not be read, so this could not be avoided beforehand). The other cells were written. {logEn}To write these cells, unmerge them and run the command again.',
  errorNotKeptLogFixed: 'The change log "{logSheet}" records them as not written (Undo leaves them out).',
  errorNotKeptLogWrong: 'The change log "{logSheet}" still records them as written, which they were not: Undo will stop at them.',
  // A write into a multi-cell array formula or spill range: Excel refuses to change part of an array.
  errorArrayCell: '{sheet}!{cell} is part of the array formula (or spill range) {detail}: Excel cannot change part of an array, so the workbook was not changed.',
  undoEditedEmpty: 'Undo: {sheet}!{cell} was edited after the recalculation (it is now empty). Nothing was changed, so as not to overwrite it.',
  undoSheetMissing: 'Undo: the sheet "{sheet}" of {sheet}!{cell} in the change log is gone (renamed or deleted). Nothing was changed.',
  undoUnrestorable:
    'Undo: the former content of {sheet}!{cell} ({kindEn}: {before}) cannot be written back as it was. Nothing was changed. Re-enter it by hand from row {row} of the change-log sheet "{log}".',
  undoShifted:
    'Undo: rows of "{sheet}" were inserted, deleted or sorted after the recalculation (the formula written to {cell} is now at {now}, with the row of "{label}"). Nothing was changed, so as not to write into other cells. Put the rows back as they were at the recalculation and undo again, or restore by hand from the change-log sheet.',
  undoMoved:
    'Undo: the row of {sheet}!{cell} was sorted, moved or relabelled after the recalculation ({label} held "{was}", it now holds "{now}"). Nothing was changed, so as not to write into another row. Put the rows back in their order and undo, or restore by hand from the change-log sheet.',
  undoTableColumn:
    'Undo: {sheet}!{cell} lies in column {area} of the table {table}, which the former contents would leave with formulas beside values (or other formulas): Excel copies a formula written into a table column down the whole column, and the former values would be lost. Nothing was changed. Convert the table to a range, then undo.',
};
