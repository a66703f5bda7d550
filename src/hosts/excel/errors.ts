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
  | 'array-cell'
  | 'sheet-name-taken'
  | 'excel-state'
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
  'array-cell': 'errorArrayCell',
  'sheet-name-taken': 'errorSheetNameTaken',
  'excel-state': 'errorExcelState',
  'calculation-pending': 'errorCalculationPending',
  generic: 'errorGeneric',
};

export class ExcelHostError extends Error {
  readonly text: Bilingual;
  constructor(
    readonly kind: FailureKind,
    readonly params: Record<string, string> = {},
    override readonly cause?: unknown,
    /** Excel stopped a write of several requests after some of them: what they wrote is in the workbook. */
    readonly partlyWritten = false,
  ) {
    const key = kind === 'protected-sheet' && params.sheetList ? 'errorProtectedSheets' : KEYS[kind];
    const text = bilingual(key, { detail: '', sheet: '', sheets: '', feature: '', command: '', cell: '', ...params });
    if (partlyWritten) {
      const partly = bilingual('errorPartlyWritten', {});
      text.ja = `${text.ja.replace(/ブックは変更していません。$/, '')}${partly.ja}`;
      text.en = `${text.en.replace(/ ?The workbook was not changed\.$/, '')} ${partly.en}`;
    }
    super(text.ja);
    this.text = text;
  }
  get messageEn(): string {
    return this.text.en;
  }
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

/** The failure as its message says it where some of the write's requests went through before it. */
export function partlyWritten(e: ExcelHostError): ExcelHostError {
  return e.partlyWritten ? e : new ExcelHostError(e.kind, e.params, e.cause, true);
}

/** Any failure as an ExcelHostError. `sheet` names the sheet being written, when known. */
export function toHostError(e: unknown, sheet?: string): ExcelHostError {
  if (e instanceof ExcelHostError) return e;
  const code = errorCode(e);
  const detail = e instanceof Error ? e.message : String(e);
  switch (code) {
    case CODES.cellEdit:
      return new ExcelHostError('cell-edit', {}, e);
    case CODES.accessDenied:
      return sheet ? new ExcelHostError('protected-sheet', { sheet }, e) : new ExcelHostError('protected-workbook', {}, e);
    case CODES.requestTooLarge:
    case CODES.responseTooLarge:
    case CODES.rangeTooLarge:
    case CODES.cellsTooMany:
      return new ExcelHostError('too-large', { detail: code }, e);
    case CODES.apiNotFound:
      return new ExcelHostError('unsupported', { feature: detail }, e);
    case CODES.generalException:
    case CODES.inactiveWorkbook:
    case CODES.invalidSelection:
      return new ExcelHostError('excel-state', { detail: code }, e);
    default:
      return new ExcelHostError('generic', { detail: code ? `${code}: ${detail}` : detail }, e);
  }
}
