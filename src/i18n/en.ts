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

  legacyTitle: 'This add-in needs Excel 2021 or later, or Microsoft 365',
  legacyBody:
    'Your version of Excel (Office 2019 or older) cannot show this task pane. Open the workbook in Excel 2021 or later, or in Microsoft 365.',
};
