/**
 * A1 addresses as Office.js returns them ("'2-1'!A1:I45", "Sheet1!B3", merged areas joined by
 * commas) and as the host writes them (always quoting the sheet name, which Excel accepts).
 */
import { colIndex, parseArea, type Area, a1 } from '../../core/workbook';
import { MAX_COL, MAX_ROW } from '../../core/marks';

/** Splits "Sheet!A1:B2" into the sheet name (unquoted) and the reference. */
export function splitAddress(address: string): { sheet: string | null; ref: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, ref: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: address.slice(bang + 1).trim() };
}

/**
 * The area of "Sheet!$A$1:$C$3" (0-based). Excel writes whole rows as "$1:$1" and whole columns as
 * "$H:$H" (a title merged across its row, a used range of whole columns), the whole sheet as "1:1048576".
 */
export function areaOfAddress(address: string): Area {
  const ref = splitAddress(address).ref.replace(/\$/g, '');
  const rows = /^(\d+):(\d+)$/.exec(ref);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: MAX_COL - 1 };
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(ref);
  if (cols) {
    const [left, right] = [colIndex(cols[1]), colIndex(cols[2])];
    return { top: 0, left: Math.min(left, right), bottom: MAX_ROW - 1, right: Math.max(left, right) };
  }
  return parseArea(ref);
}

/** "'a,b'!A1:B2, 'a,b'!D4" → its areas: commas inside a quoted sheet name do not split. */
export function areasOfList(list: string): Area[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '').map(areaOfAddress);
}

/** A sheet name as a formula or address prefix: always quoted, which Excel accepts for any name. */
export function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

export function areaRef(a: Area): string {
  const tl = a1(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${a1(a.bottom, a.right)}`;
}
