/**
 * The ChangeSet: the one description of every write the engine asks a host to make. Both hosts
 * (the .xlsx file and Excel through Office.js) apply it; nothing else writes to a workbook. Its
 * schema (changes-schema.ts) defines the types; zod is loaded only by what validates one.
 */
import type { CellWrite, ChangeSet, ChartSpec, LogEntry, Mark, PrintSetup, Scalar, SheetWrite, TableSpec, ValidationWrite } from './changes-schema';

/** The colours of a chart's series, by `color` (or place): both hosts draw a line in them, a target dashed in its class's. */
export const CHART_PALETTE = ['1F4E79', 'C55A11', '548235', '7030A0', 'BF9000'];

export type { CellWrite, ChangeSet, ChartSpec, LogEntry, Mark, PrintSetup, Scalar, SheetWrite, TableSpec, ValidationWrite };

/**
 * Every printed sheet saiken writes is on A4 with these margins, in inches: narrow enough for a landscape table of nine
 * year columns (the file host's pageMargins, the Excel host's PageLayout.setPrintMargins).
 */
export const PRINT_MARGINS_INCHES = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } as const;

/**
 * The manual page breaks a sheet holds at most: "There is a limit of 1,026 horizontal page breaks per sheet"
 * (https://learn.microsoft.com/en-us/office/vba/api/excel.worksheet.hpagebreaks). Past them, Excel's own breaks paginate.
 */
export const MAX_ROW_BREAKS = 1026;

/** A standard row of Calibri 11, Excel's Normal font outside Japan: a line's height where a host knows no other. */
export const STANDARD_LINE_POINTS = 15;

/**
 * A sheet's rows of wrapped text (SheetWrite.rowLines) as [1-based row, points], each line
 * `linePoints` tall (the workbook's standard row), within Excel's 409 points a row ("Row height:
 * 409 points", Excel specifications and limits).
 */
export function wrappedRowPoints(s: SheetWrite, linePoints: number): [number, number][] {
  return (s.rowLines ?? []).map(([row, lines]) => [row, Math.min(409, lines * linePoints)]);
}

export function emptyChangeSet(): ChangeSet {
  return { sheets: [], cells: [], charts: [], marks: [], clearMarks: false, log: [] };
}

export function isEmpty(cs: ChangeSet): boolean {
  return !cs.sheets.length && !cs.cells.length && !cs.charts.length && !cs.marks.length && !cs.clearMarks && !cs.log.length && !cs.validations?.length;
}

/** Text that a spreadsheet would read as a formula if typed: = + - @ at the start. */
export function looksLikeFormula(s: string): boolean {
  return /^[=+\-@]/.test(s);
}

/**
 * Drops the writes to `sheet`'s `cells` made from `from` on (and their change log entries, from `fromLog` on). Matched by
 * cell, not by position: a write need not have an entry (a formula's stale figure brought up to date is logged by none).
 */
export function dropWrites(cs: ChangeSet, sheet: string, cells: ReadonlySet<string>, from: number, fromLog: number): void {
  if (!cells.size) return;
  const kept = <T extends { sheet: string; cell: string }>(list: T[], start: number) => {
    let n = start;
    for (let i = start; i < list.length; i++) if (list[i].sheet !== sheet || !cells.has(list[i].cell)) list[n++] = list[i];
    list.length = n;
  };
  kept(cs.cells, from);
  kept(cs.log, fromLog);
}
