/**
 * A workbook file that cannot be read, with the message the user sees. Its own module so that
 * the writer does not pull the reader (and ExcelJS) into its bundle.
 */
import { readErrorMessage } from '../../i18n/cli';
import { internalDetail, neutral, type ReadDetail } from '../../i18n/read-details';

/**
 * An error about the file's content, with its detail in both languages (src/i18n/read-details.ts).
 * Its message is the English detail, for logs and stack traces.
 */
export class DetailedError extends Error {
  constructor(readonly detail: ReadDetail) {
    super(detail.en);
  }
}

/** The detail of what a catch-all caught: ours as it is, anything else as an internal error. */
export function detailOf(e: unknown): ReadDetail {
  if (e instanceof DetailedError) return e.detail;
  return internalDetail(e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}` : String(e));
}

export class ReadError extends Error {
  /** What is wrong with the file, in both languages (a plain text is the same in both). */
  readonly detail?: ReadDetail;

  constructor(
    readonly reason: 'not-a-workbook' | 'encrypted' | 'legacy-xls' | 'unreadable' | 'not-found' | 'too-large' | 'wrong-extension' | 'merged-cell' | 'array-cell' | 'protected-sheet' | 'protected-workbook' | 'sheet-name-taken',
    readonly file: string,
    detail?: ReadDetail | string,
    /** The cell a refused write was aimed at (merged-cell, array-cell, protected-sheet). */
    readonly place?: { sheet: string; cell: string },
  ) {
    const d = typeof detail === 'string' ? neutral(detail) : detail;
    super(readErrorMessage(reason, file, d, place).ja);
    this.detail = d;
  }
  get messageEn(): string {
    return readErrorMessage(this.reason, this.file, this.detail, this.place).en;
  }
}
