/**
 * Which Excel API features the host uses, decided once per command with
 * `Office.context.requirements.isSetSupported`. Features above the floor degrade; nothing below it
 * is attempted (the manifest already refuses to install below ExcelApi 1.12).
 *
 * | feature                                   | API set        | without it                              |
 * |-------------------------------------------|----------------|-----------------------------------------|
 * | everything (floor: used ranges, 2-D       | ExcelApi 1.12  | the command stops with a message        |
 * |   writes, OrNullObject, copyFrom, fill     |                |   (manifest: MinVersion 1.12)           |
 * |   pattern, comments, workbook protection) |                |                                         |
 * | merged areas (getMergedAreasOrNullObject) | ExcelApi 1.13  | merges read as none (recognition of     |
 * |                                           |                |   merged headers relies on their text); |
 * |                                           |                |   what is written is read back in its   |
 * |                                           |                |   request: a cell Excel did not keep is |
 * |                                           |                |   named, not logged as written          |
 * | marks as notes (worksheet.notes), opt-in  | ExcelApi 1.18  | marks as threaded comments (1.10)       |
 * |   — and only where the office.js loaded    |   + library    |   (also where the host reports 1.18 but |
 * |   defines Excel.NoteCollection             |                |   an old office.js has no notes)        |
 * | ribbon buttons disabled while running     | RibbonApi 1.1  | buttons stay enabled; a second click    |
 * |                                           |                |   is refused with a message             |
 * | the pane opened to show an outcome        | SharedRuntime  | the outcome is kept for the pane        |
 * |   (Office.addin.showAsTaskpane)           |   1.1          |                                         |
 * | a command's write one undo group          | ExcelApi 1.20  | each sync of the write an undo record   |
 * |   (RunOptions.mergeUndoGroup: one Ctrl+Z) |                |   (one Ctrl+Z takes back the last part) |
 *
 * Inside the floor: used ranges and OrNullObject 1.4, chart series 1.7, workbook protection 1.7,
 * Range.copyFrom and RangeFill.pattern / tintAndShade 1.9, comments 1.10.
 *
 * Excel 2021 (perpetual, Windows and Mac) implements ExcelApi up to 1.14 — Microsoft's requirement
 * set table lists 1.15 and later for Microsoft 365 and Office 2024 only — and SharedRuntime 1.1.
 * A user on Excel 2021 therefore gets every command, merged areas, and marks as a fill plus a
 * threaded comment (not a note). RibbonApi 1.1 is decided at run time like the rest; where it is
 * missing the buttons stay clickable and a click during a run is answered with a message.
 * Office 2019 (Internet Explorer webview, no shared runtime) is below the floor: the pane says so.
 */

export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export interface ExcelFeatures {
  /** ExcelApi 1.12: the floor. */
  floor: boolean;
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject. */
  merges: boolean;
  /** ExcelApi 1.10: workbook.comments. */
  comments: boolean;
  /** ExcelApi 1.18: workbook.notes / worksheet.notes. */
  notes: boolean;
  /** RibbonApi 1.1: Office.ribbon.requestUpdate. */
  ribbon: boolean;
  /** SharedRuntime 1.1: Office.addin.showAsTaskpane and visibility events. */
  sharedRuntime: boolean;
  /** ExcelApi 1.20: RunOptions.mergeUndoGroup. */
  undoGroups: boolean;
}

export const FLOOR = { set: 'ExcelApi', version: '1.12' } as const;

/**
 * The Excel namespace office.js defines. A host reports the API sets it implements; the office.js
 * library loaded may be older (the npm package @microsoft/office-js 1.1.110, still bundled by
 * some closed-network builds, defines no Excel.NoteCollection, so `workbook.notes` is undefined
 * there whatever the host reports). A feature is used only where both have it.
 */
export type ExcelLibrary = Partial<Record<'NoteCollection' | 'CommentCollection', unknown>>;

export function detectFeatures(req: Requirements | undefined = officeRequirements(), library: ExcelLibrary | undefined = excelLibrary()): ExcelFeatures {
  const has = (name: string, version: string) => {
    try {
      return !!req?.isSetSupported(name, version);
    } catch {
      return false;
    }
  };
  return {
    floor: has('ExcelApi', '1.12'),
    merges: has('ExcelApi', '1.13'),
    comments: has('ExcelApi', '1.10') && defines(library, 'CommentCollection'),
    notes: has('ExcelApi', '1.18') && defines(library, 'NoteCollection'),
    ribbon: has('RibbonApi', '1.1'),
    sharedRuntime: has('SharedRuntime', '1.1'),
    undoGroups: has('ExcelApi', '1.20'),
  };
}

/**
 * How a mark's text is attached to its cell. Threaded comments by default: every supported Excel
 * (1.10 and up) can remove them, so a workbook marked in Microsoft 365 can be cleared by a
 * colleague on Excel 2021, which has no notes API. Notes only when asked for and where 1.18 is
 * supported (notes already in a workbook are still read and, when saiken's, removed wherever the
 * API allows).
 */
export function annotationKind(f: ExcelFeatures, preferred: 'comment' | 'note' = 'comment'): 'note' | 'comment' | null {
  if (preferred === 'note' && f.notes) return 'note';
  if (f.comments) return 'comment';
  return null;
}

function officeRequirements(): Requirements | undefined {
  try {
    return typeof Office === 'undefined' ? undefined : Office.context?.requirements;
  } catch {
    return undefined;
  }
}

/** Where no library is known (tests of the ribbon), the requirement sets decide alone. */
function defines(library: ExcelLibrary | undefined, name: keyof ExcelLibrary): boolean {
  return library === undefined || typeof library[name] === 'function';
}

function excelLibrary(): ExcelLibrary | undefined {
  return typeof Excel === 'undefined' ? undefined : (Excel as unknown as ExcelLibrary);
}
