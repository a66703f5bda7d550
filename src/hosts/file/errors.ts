/**
 * A workbook file that cannot be read, with the message the user sees. Its own module so that
 * the writer does not pull the reader (and ExcelJS) into its bundle.
 */
import { readErrorMessage } from '../../i18n/cli';

export class ReadError extends Error {
  constructor(
    readonly reason: 'not-a-workbook' | 'encrypted' | 'legacy-xls' | 'unreadable' | 'not-found' | 'too-large' | 'wrong-extension' | 'merged-cell',
    readonly file: string,
    readonly detail?: string,
    /** The cell a refused write was aimed at (merged-cell). */
    readonly place?: { sheet: string; cell: string },
  ) {
    super(readErrorMessage(reason, file, detail, place).ja);
  }
  get messageEn(): string {
    return readErrorMessage(this.reason, this.file, this.detail, this.place).en;
  }
}
