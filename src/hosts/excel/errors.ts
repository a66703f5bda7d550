/**
 * Failures of the Excel host as the user reads them: a kind, what went wrong in Japanese (and
 * English), and what to do. Office.js errors arrive as OfficeExtension.Error with a `code`; the
 * host's own refusals (checked before anything is written) are thrown as ExcelHostError directly.
 */
import { bilingual, type Bilingual, type MessageKey } from '../../i18n';
import type { Workbook } from '../../core/workbook';

export type FailureKind =
  | 'cell-edit'
  | 'protected-sheet'
  | 'protected-workbook'
  | 'changed'
  | 'marks-damaged'
  | 'data-damaged'
  | 'too-large'
  | 'unsupported'
  | 'busy'
  | 'not-available'
  | 'not-in-excel'
  | 'summary-edited'
  | 'cell-limit'
  | 'merged-cell'
  | 'not-kept'
  | 'array-cell'
  | 'sheet-name-taken'
  | 'excel-state'
  | 'excel-error'
  | 'calculation-pending'
  | 'generic';

const KEYS: Record<FailureKind, MessageKey> = {
  'cell-edit': 'errorCellEdit',
  'protected-sheet': 'errorProtectedSheet',
  'protected-workbook': 'errorProtectedWorkbook',
  changed: 'errorChanged',
  'marks-damaged': 'errorMarksDamaged',
  'data-damaged': 'errorDataDamaged',
  'too-large': 'errorTooLarge',
  unsupported: 'errorUnsupported',
  busy: 'errorBusy',
  'not-available': 'errorNotAvailable',
  'not-in-excel': 'errorNotInExcel',
  'summary-edited': 'errorSummaryEdited',
  'cell-limit': 'errorCellLimit',
  'merged-cell': 'errorMergedCell',
  'not-kept': 'errorNotKept',
  'array-cell': 'errorArrayCell',
  'sheet-name-taken': 'errorSheetNameTaken',
  'excel-state': 'errorExcelState',
  'excel-error': 'errorExcelFailed',
  'calculation-pending': 'errorCalculationPending',
  generic: 'errorGeneric',
};

/**
 * What a failed write left in the workbook, as its message says it: nothing (`none`: the sentence saying so ends it),
 * part of it (`part`: requests of it went through before the one that failed), or perhaps part (`maybe`: the request
 * that failed may have run operations before the one Excel refused). Unset: the message's own words stand.
 */
export type Written = 'none' | 'part' | 'maybe';

const NOT_CHANGED = { ja: /ブックは変更していません。$/, en: / ?The workbook was not changed\.$/ };

export class ExcelHostError extends Error {
  readonly text: Bilingual;
  constructor(
    readonly kind: FailureKind,
    readonly params: Record<string, string> = {},
    override readonly cause?: unknown,
    readonly written?: Written,
  ) {
    const text = bilingual(keyOf(kind, params), { detail: '', sheet: '', sheets: '', feature: '', command: '', cell: '', ...params });
    if (written === 'part' || written === 'maybe') {
      const partly = bilingual(written === 'part' ? 'errorPartlyWritten' : 'errorMaybePartlyWritten', {});
      text.ja = `${text.ja.replace(NOT_CHANGED.ja, '')}${partly.ja}`;
      text.en = `${text.en.replace(NOT_CHANGED.en, '')} ${partly.en}`;
    } else if (written === 'none') {
      const none = bilingual('errorNotChanged', {});
      if (!NOT_CHANGED.ja.test(text.ja)) text.ja = `${text.ja}${none.ja}`;
      if (!NOT_CHANGED.en.test(text.en)) text.en = `${text.en} ${none.en}`;
    }
    super(text.ja);
    this.text = text;
  }
  get messageEn(): string {
    return this.text.en;
  }
}

/** A kind's message: protection of several sheets lists them; another workbook in front says nothing of grouped sheets. */
function keyOf(kind: FailureKind, params: Record<string, string>): MessageKey {
  if (kind === 'protected-sheet' && params.sheetList) return 'errorProtectedSheets';
  if (kind === 'excel-state' && (params.detail === CODES.inactiveWorkbook || params.detail === CODES.invalidSelection)) return 'errorOtherWorkbook';
  return KEYS[kind];
}

/**
 * Refuses a workbook whose formulas hold figures Excel has not calculated since cells changed (Manual calculation): the
 * commands that check or write from the figures (検証, 再計算, 集計) call it, from the ribbon and the pane alike.
 */
export function requireCalculated(wb: Workbook): void {
  if (wb.calculationPending) throw new ExcelHostError('calculation-pending');
}

/** Office.js error codes (Excel.ErrorCodes) the host treats specially. */
export const CODES = {
  cellEdit: 'InvalidOperationInCellEditMode',
  accessDenied: 'AccessDenied',
  requestTooLarge: 'RequestPayloadSizeLimitExceeded',
  responseTooLarge: 'ResponsePayloadSizeLimitExceeded',
  rangeTooLarge: 'RangeExceedsLimit',
  cellsTooMany: 'OperationCellsExceedLimit',
  apiNotFound: 'ApiNotFound',
  itemNotFound: 'ItemNotFound',
  itemAlreadyExists: 'ItemAlreadyExists',
  // Excel refusing for a state of its own the user can leave: several sheets selected as a group (every request fails,
  // "sometimes General Error": office-js#2266), another workbook in front (InactiveWorkbook, "multiple workbooks are open
  // and the workbook being called by this API has lost focus": the add-ins' error table; InvalidSelection: office-js#6365).
  generalException: 'GeneralException',
  inactiveWorkbook: 'InactiveWorkbook',
  invalidSelection: 'InvalidSelection',
} as const;

export function errorCode(e: unknown): string | undefined {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') return (e as { code: string }).code;
  return undefined;
}

export function isSizeError(e: unknown): boolean {
  const code = errorCode(e);
  return code === CODES.requestTooLarge || code === CODES.responseTooLarge || code === CODES.rangeTooLarge || code === CODES.cellsTooMany;
}

/**
 * A read's failure that may be its size: the payload codes, or GeneralException, which Excel on the web gives for a read
 * over its limit ("API Error: GeneralException … Works fine with desktop", office-js#1314; office-js-docs#1247). A read
 * refused so is tried again in smaller blocks; one refused for another cause (a group of sheets selected) fails again there.
 */
export function mayBeSizeError(e: unknown): boolean {
  return isSizeError(e) || errorCode(e) === CODES.generalException;
}

/** A write refused for protected sheets: the one named, or several, listed as each language lists them. */
export function protectedSheets(sheets: readonly string[], cause?: unknown): ExcelHostError {
  if (sheets.length < 2) return new ExcelHostError('protected-sheet', { sheet: sheets[0] ?? '' }, cause);
  const quoted = sheets.map((s) => `"${s}"`);
  const sheetListEn = `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
  return new ExcelHostError('protected-sheet', { sheet: sheets[0], sheetList: sheets.map((s) => `「${s}」`).join(''), sheetListEn }, cause);
}

/** The failure as its message says it, with what the write left (Written). */
export function withWritten(e: ExcelHostError, written: Written): ExcelHostError {
  return e.written === written ? e : new ExcelHostError(e.kind, e.params, e.cause, written);
}

/**
 * Whether Excel refused a request whole, running none of its operations: cell-edit mode and a request over the size
 * limit are refused so (Excel.RunOptions.delayForCellEdit: "the batch automatically fails"; the payload limit). Any other
 * error may come at an operation, those queued before it in the same request having run, and staying: a request is not
 * a transaction. An error naming no operation does not show otherwise: OfficeExtension.DebugInfo gives errorLocation
 * and statement "if available" (learn.microsoft.com/javascript/api/office/officeextension.debuginfo). A response over
 * its limit comes after the request ran.
 */
export function refusedWhole(e: unknown): boolean {
  const code = errorCode(e);
  return code === CODES.cellEdit || code === CODES.requestTooLarge;
}

/**
 * Any failure as an ExcelHostError. `first`: the failure came at the command's first request, nothing of it through yet.
 * A GeneralException there is what a group of selected sheets gives (office-js#2266: every call fails while sheets are
 * grouped, so a command run then fails at its first request); one later, after requests went through, is no group's:
 * its message does not speak of one.
 */
export function toHostError(e: unknown, at: { first?: boolean } = {}): ExcelHostError {
  if (e instanceof ExcelHostError) return e;
  const code = errorCode(e);
  const detail = e instanceof Error ? e.message : String(e);
  switch (code) {
    case CODES.cellEdit:
      return new ExcelHostError('cell-edit', {}, e);
    case CODES.accessDenied:
      return new ExcelHostError('protected-workbook', {}, e);
    case CODES.requestTooLarge:
    case CODES.responseTooLarge:
    case CODES.rangeTooLarge:
    case CODES.cellsTooMany:
      return new ExcelHostError('too-large', { detail: code }, e);
    case CODES.apiNotFound:
      return new ExcelHostError('unsupported', { feature: detail }, e);
    case CODES.generalException:
      return at.first ? new ExcelHostError('excel-state', { detail: code }, e) : new ExcelHostError('excel-error', { detail: detail && detail !== code ? `${code}: ${detail}` : code }, e);
    case CODES.inactiveWorkbook:
    case CODES.invalidSelection:
      return new ExcelHostError('excel-state', { detail: code }, e);
    default:
      return new ExcelHostError('generic', { detail: code ? `${code}: ${detail}` : detail }, e);
  }
}
