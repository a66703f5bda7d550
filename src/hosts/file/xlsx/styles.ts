/**
 * Number formats by cell style index (cellXfs), with the built-in formats a file refers to by id
 * only, and whether each one shows a date.
 */
import { scanPart } from './part';
import { attribute, type XmlHandler } from './scanner';
import type { ZipReader } from './zip';
import { isDateFormat } from '../../../core/dates';

/**
 * Built-in number formats (ECMA-376 part 1, 18.8.30), the locale-independent ones: ids 27–36 and
 * 50–58 depend on the display language and are left out, as the snapshot had them before.
 */
export const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

export interface CellStyles {
  /** The number format of each cellXfs index; undefined for General. */
  format: (string | undefined)[];
  isDate: boolean[];
}

export function readStyles(zip: ZipReader, part: string | undefined): CellStyles {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  if (part) {
    let where = '';
    const handler: XmlHandler = {
      wantText: false,
      open(name, attrs) {
        if (name === 'numFmts' || name === 'cellXfs') where = name;
        else if (name === 'numFmt' && where === 'numFmts') {
          const id = parseInt(attribute(attrs, 'numFmtId') ?? '', 10);
          const code = attribute(attrs, 'formatCode');
          if (id === id && code !== undefined) custom.set(id, code);
        } else if (name === 'xf' && where === 'cellXfs') {
          ids.push(parseInt(attribute(attrs, 'numFmtId') ?? '0', 10) || 0);
        }
      },
      close(name) {
        if (name === where) where = '';
      },
      text() {},
    };
    scanPart(zip, part, handler);
  }
  const format = ids.map((id) => {
    if (!id) return undefined;
    const f = custom.get(id) || BUILTIN_FORMATS[id];
    return f && f !== 'General' ? f : undefined;
  });
  return { format, isDate: format.map((f) => (f ? isDateFormat(f) : false)) };
}
