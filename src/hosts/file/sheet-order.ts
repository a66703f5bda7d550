/**
 * Where an element goes in a worksheet, a workbook or a stylesheet part: the order of their
 * schema sequences (ECMA-376 Part 1 §18.3.1.99 CT_Worksheet, §18.2.28 CT_Workbook, §18.8.39
 * CT_Stylesheet; the same in ISO/IEC 29500 strict). Excel refuses, or offers to repair, a part
 * whose children are out of this order, so every element a writer adds goes through here.
 */
import { insertInOrder, rootTag } from './xml-scan';

export const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection',
  'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells',
  'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup',
  'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing',
  'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts',
  'extLst',
] as const;

export const WORKBOOK_ORDER = [
  'fileVersion', 'fileSharing', 'workbookPr', 'absPath', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups',
  'externalReferences', 'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr',
  'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst',
] as const;

export const STYLESHEET_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'] as const;

/** An element the caller wrote without a prefix, bound to the root's namespace when the part uses a prefix for it. */
function bound(partXml: string, xml: string): string {
  const root = rootTag(partXml);
  if (root.name === root.local) return xml;
  const text = partXml.slice(root.start, root.end);
  const ns = new RegExp(`xmlns:${root.name.slice(0, -root.local.length - 1)}\\s*=\\s*["']([^"']*)["']`).exec(text)?.[1];
  if (!ns) return xml;
  // An element the caller already prefixed is left as it is.
  return xml.replace(/^(\s*<[\w.-]+)(?=[\s/>])/, `$1 xmlns="${ns}"`);
}

/**
 * Puts `xml` (one element named `elementName`, written without a prefix) into a worksheet part at
 * its CT_Worksheet place. With `replace`, an existing element of that name is replaced; without,
 * the new one follows any existing ones (for repeatable elements such as conditionalFormatting).
 * Every other byte of the part is kept.
 */
export function insertSheetElement(sheetXml: string, elementName: string, xml: string, options: { replace?: boolean } = {}): string {
  return insertInOrder(sheetXml, rootTag(sheetXml), WORKSHEET_ORDER, elementName, bound(sheetXml, xml), options.replace ?? false);
}

/** The same for workbook.xml (definedNames, calcPr, …). */
export function insertWorkbookElement(workbookXml: string, elementName: string, xml: string, options: { replace?: boolean } = {}): string {
  return insertInOrder(workbookXml, rootTag(workbookXml), WORKBOOK_ORDER, elementName, bound(workbookXml, xml), options.replace ?? false);
}

/** The same for styles.xml (numFmts, fonts, cellXfs, …). */
export function insertStylesElement(stylesXml: string, elementName: string, xml: string, options: { replace?: boolean } = {}): string {
  return insertInOrder(stylesXml, rootTag(stylesXml), STYLESHEET_ORDER, elementName, bound(stylesXml, xml), options.replace ?? false);
}
