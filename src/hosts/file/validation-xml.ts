/**
 * Data validation rules (src/core/dv/rules.ts) as the `<dataValidations>` element of a
 * worksheet part (ECMA-376 Part 1, §18.3.1.32–33: CT_DataValidations / CT_DataValidation), for
 * the file host to splice into the sheet XML after `<conditionalFormatting>`, before
 * `<hyperlinks>` (the order the schema fixes). Pure: text in, text out. Excel's limits are kept:
 * a list's items as one quoted formula of at most 255 characters, titles of 32 characters, an
 * input message of 255 and an error message of 225.
 */
import type { DataValidationRule } from '../../core/dv/rules';
import { a1 } from '../../core/workbook';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cut = (s: string, n: number) => [...s].slice(0, n).join('');

function formulas(r: DataValidationRule): string {
  if (r.type === 'list') {
    const list = `"${(r.items ?? []).join(',')}"`;
    if (list.length > 257) throw new Error(`a list of ${list.length - 2} characters (Excel takes 255)`);
    return `<formula1>${esc(list)}</formula1>`;
  }
  return `<formula1>${r.min ?? 0}</formula1>${r.max !== null ? `<formula2>${r.max}</formula2>` : ''}`;
}

/** The sheet's rules as one `<dataValidations>` element; '' when there are none. */
export function dataValidationsXml(rules: readonly DataValidationRule[]): string {
  if (!rules.length) return '';
  const items = rules.map((r) => {
    const sqref = r.area.top === r.area.bottom && r.area.left === r.area.right ? a1(r.area.top, r.area.left) : `${a1(r.area.top, r.area.left)}:${a1(r.area.bottom, r.area.right)}`;
    const operator = r.type !== 'list' && r.max === null ? ' operator="greaterThanOrEqual"' : '';
    const attrs = [
      `type="${r.type}"`,
      'errorStyle="stop"',
      'allowBlank="1"',
      'showInputMessage="1"',
      'showErrorMessage="1"',
      `errorTitle="${esc(cut(r.errorTitle, 32))}"`,
      `error="${esc(cut(r.error, 225))}"`,
      `promptTitle="${esc(cut(r.promptTitle, 32))}"`,
      `prompt="${esc(cut(r.prompt, 255))}"`,
      `sqref="${sqref}"`,
    ].join(' ');
    return `<dataValidation ${attrs}${operator}>${formulas(r)}</dataValidation>`;
  });
  return `<dataValidations count="${rules.length}">${items.join('')}</dataValidations>`;
}
