/**
 * Dates as both hosts read them: a number under a date format becomes its ISO date
 * (yyyy-mm-dd) in the workbook's date system, so the Excel host and the file host give the
 * engine the same snapshot of the same workbook.
 */

/**
 * A format shows a date or time when, outside quotes and [..] sections, it has a date or time letter
 * (ExcelJS's test) that is not a literal: a character after `\` is shown as it is, one after `_` is
 * a space its width, one after `*` fills the cell (`0\m` shows 5m, no date).
 */
export function isDateFormat(format: string): boolean {
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/[\\_*]./g, ''));
}

/**
 * Serial date → "yyyy-mm-dd"; undefined beyond JavaScript's dates. Serial 25569 is 1970-01-01
 * in the 1900 system; the 1904 system's day 0 lies 1462 days later (workbookPr/@date1904).
 */
export function serialToIso(serial: number, date1904: boolean): string | undefined {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
}

/**
 * The fiscal year (April to March) under way: a year after it has no 決算 yet, so a figure of it that
 * its table calls nothing is no result.
 */
export function currentFiscalYear(now = new Date()): number {
  return now.getMonth() >= 3 ? now.getFullYear() : now.getFullYear() - 1;
}
