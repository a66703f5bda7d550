/**
 * Data validation rules (src/core/dv/rules.ts) as the `<dataValidations>` element of a
 * worksheet part (ECMA-376 Part 1, §18.3.1.32–33: CT_DataValidations / CT_DataValidation), for
 * the file host to splice into the sheet XML after `<conditionalFormatting>`, before
 * `<hyperlinks>` (the order the schema fixes). Pure: text in, text out. Excel's limits are kept:
 * a list's items as one quoted formula of at most 255 characters, titles of 32 characters, an
 * input message of 255 and an error message of 225.
 */
import type { DataValidationRule } from '../../core/dv/rules';
import { a1, parseArea, type Area } from '../../core/workbook';
import { insertSheetElement } from './sheet-order';
import { attr, children, elementEnd, rootTag, setAttr } from './xml-scan';

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

/**
 * saiken's rules carry their signature in the input message (「saiken の入力規則」, every text of
 * DATA_VALIDATION_TEXT): the record, kept in the rule itself, of what saiken added, so that a
 * later 検証 replaces them and マーク解除 removes them, and no rule the user wrote is touched.
 */
export const SAIKEN_SIGNATURE = 'saiken の入力規則';
export const isSaikenRule = (text: string) => (attr(text.slice(0, text.indexOf('>') + 1), 'prompt') ?? '').includes(SAIKEN_SIGNATURE);

/** The areas of a `sqref` ("A1:A9 C3"), dollar signs ignored; an unreadable piece is skipped. */
export function sqrefAreas(sqref: string): Area[] {
  const out: Area[] = [];
  for (const piece of sqref.replace(/\$/g, '').split(/\s+/)) {
    if (!/^[A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?$/i.test(piece)) continue;
    out.push(parseArea(piece.toUpperCase()));
  }
  return out;
}

export const sqrefOf = (a: Area) => (a.top === a.bottom && a.left === a.right ? a1(a.top, a.left) : `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`);

const overlaps = (a: Area, b: Area) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** The rules a sheet part holds: each `<dataValidation>` as its text and its areas. */
export function sheetValidations(sheetXml: string): { text: string; sqref: string; areas: Area[] }[] {
  const el = ownElement(sheetXml);
  if (!el || el.kind !== 'open') return [];
  return children(sheetXml, el)
    .filter((c) => c.local === 'dataValidation')
    .map((c) => {
      const sqref = attr(sheetXml.slice(c.tag.start, c.tag.end), 'sqref') ?? '';
      return { text: sheetXml.slice(c.tag.start, c.end), sqref, areas: sqrefAreas(sqref) };
    });
}

/** The worksheet's own <dataValidations> (a child of the root, never the x14 one inside extLst). */
function ownElement(sheetXml: string) {
  return children(sheetXml, rootTag(sheetXml)).find((c) => c.local === 'dataValidations')?.tag ?? null;
}

/**
 * Rules Excel keeps in the extension list (x14:dataValidation, a list whose source is on another
 * sheet): the user's too, so their areas are never given one of ours.
 */
function extensionAreas(sheetXml: string): Area[] {
  const out: Area[] = [];
  for (const m of sheetXml.matchAll(/<(?:[\w.-]+:)?dataValidation\b[^>]*>(?:(?!<\/(?:[\w.-]+:)?dataValidation>)[\s\S])*?<(?:[\w.-]+:)?sqref>([^<]*)<\/(?:[\w.-]+:)?sqref>/g)) out.push(...sqrefAreas(m[1]));
  return out;
}

export interface MergedValidations {
  xml: string;
  /** The rules written (sqref each), for the record of what saiken added. */
  added: string[];
  /** Our rules not written because the user's rule covers part of the range. */
  kept: DataValidationRule[];
}

/**
 * The sheet part with saiken's rules added beside the user's: every rule the user wrote stays as
 * it was stored; saiken's earlier rules (`ours`: by default those whose input message carries saiken's signature) give
 * way to the new ones; a rule of ours that would overlap one of the user's is not written
 * (`kept`), so a cell never has two rules. The element's other attributes are kept and its
 * `count` set to the rules it holds.
 */
export function mergeDataValidations(sheetXml: string, rules: readonly DataValidationRule[], ours: (text: string) => boolean = isSaikenRule): MergedValidations {
  const existing = sheetValidations(sheetXml);
  const theirs = existing.filter((e) => !ours(e.text));
  const extension = extensionAreas(sheetXml);
  const kept = rules.filter((r) => theirs.some((t) => t.areas.some((a) => overlaps(a, r.area))) || extension.some((a) => overlaps(a, r.area)));
  const mine = rules.filter((r) => !kept.includes(r));
  const total = theirs.length + mine.length;
  const open = ownElement(sheetXml);
  if (!total) {
    // Nothing left: the element goes (an empty <dataValidations> is invalid: minOccurs 1 child).
    if (!open) return { xml: sheetXml, added: [], kept };
    const end = elementEnd(sheetXml, open);
    return { xml: sheetXml.slice(0, open.start) + sheetXml.slice(end), added: [], kept };
  }
  const ownXml = dataValidationsXml(mine);
  const ownItems = ownXml ? ownXml.slice(ownXml.indexOf('>') + 1, ownXml.lastIndexOf('</dataValidations>')) : '';
  let head = '<dataValidations>';
  if (open) {
    // The user's element attributes (disablePrompts, window position) stay; the name is unprefixed, as insertSheetElement expects.
    const tag = sheetXml.slice(open.start, open.end).replace(/^<[\w.-]*:?dataValidations/, '<dataValidations').replace(/\/>$/, '>');
    head = tag;
  }
  head = setAttr(head, 'count', String(total));
  const xml = `${head}${theirs.map((t) => t.text).join('')}${ownItems}</dataValidations>`;
  return { xml: insertSheetElement(sheetXml, 'dataValidations', xml, { replace: true }), added: mine.map((r) => sqrefOf(r.area)), kept };
}
