/**
 * Sheet names Excel refuses (it will not open a workbook holding one, and no formula can name
 * such a sheet): empty, "History" (reserved), one of * ? : \ / [ ], a quote first or last, or the
 * same name twice regardless of case. Other tools write them; the message names the sheet.
 */
/** `earlier` holds the lower-cased names of the sheets before this one. */
export function refusedSheetName(name: string, earlier: ReadonlySet<string>): string | null {
  if (name === '') return 'a sheet without a name';
  if (name === 'History') return `sheet name ${name} is reserved by Excel`;
  if (/[*?:/\\[\]]/.test(name)) return `sheet name ${name} holds one of * ? : \\ / [ ], which Excel refuses`;
  if (/^'|'$/.test(name)) return `sheet name ${name} starts or ends with a quote, which Excel refuses`;
  if (earlier.has(name.toLowerCase())) return `sheet name ${name} is used twice`;
  return null;
}
