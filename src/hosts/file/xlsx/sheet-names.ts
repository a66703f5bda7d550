/**
 * Sheet names Excel refuses (it will not open a workbook holding one, and no formula can name
 * such a sheet): empty, "History" (reserved), one of * ? : \ / [ ], a quote first or last, or the
 * same name twice regardless of case. Other tools write them; the message names the sheet.
 */
import { sheetNameDetail, type ReadDetail } from '../../../i18n/read-details';

/** `earlier` holds the lower-cased names of the sheets before this one. */
export function refusedSheetName(name: string, earlier: ReadonlySet<string>): ReadDetail | null {
  if (name === '') return sheetNameDetail.empty();
  if (name === 'History') return sheetNameDetail.reserved(name);
  if (/[*?:/\\[\]]/.test(name)) return sheetNameDetail.forbiddenCharacter(name);
  if (/^'|'$/.test(name)) return sheetNameDetail.quote(name);
  if (earlier.has(name.toLowerCase())) return sheetNameDetail.twice(name);
  return null;
}
