/**
 * How a written sheet prints and reads, in SpreadsheetML: page setup (A4, orientation, fit to
 * the page width only), manual row breaks, the print area and the rows repeated on every page
 * (the _xlnm.Print_Area / _xlnm.Print_Titles defined names), cell alignment and wrap, and a
 * sheet moved to the end of the workbook. The XML is built by pure functions; `applySheetLayout`
 * splices it into the parsed parts the writer holds.
 *
 * Element order follows CT_Worksheet (ECMA-376 Part 1, 18.3.1.99): … printOptions, pageMargins,
 * pageSetup, headerFooter, rowBreaks, colBreaks, … drawing, legacyDrawing, … ; defined names
 * are 18.2.5 (localSheetId is the 0-based position of the sheet in <sheets>).
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import type { ChangeSet, CellWrite, PrintSetup, SheetWrite } from '../../core/changes';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

type Doc = ReturnType<DOMParser['parseFromString']>;
type El = ReturnType<Doc['createElementNS']>;

/** The part's own main namespace: transitional or strict (ISO/IEC 29500 strict) alike. */
const nsOf = (d: Doc): string => (d.documentElement as El | null)?.namespaceURI ?? NS;

/** A4 (paperSize 9). Fitting to the width leaves the height free: fitToHeight 0 = as many pages as needed. */
export function pageSetupXml(p: PrintSetup): string {
  const fit = p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
  return `<pageSetup paperSize="9" orientation="${p.orientation ?? 'portrait'}"${fit}/>`;
}

/** Margins in inches: narrow enough for a landscape table of nine year columns at 100 %. */
export function pageMarginsXml(): string {
  return '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
}

/** Page numbers at the foot of every page ("- 1 -"), as printed municipal documents carry them. */
export function headerFooterXml(): string {
  return '<headerFooter><oddFooter>&amp;C- &amp;P -</oddFooter></headerFooter>';
}

/** Rows that begin a new page → <rowBreaks>; a break's id is the row after which it falls. */
export function rowBreaksXml(rows: number[]): string {
  const ids = [...new Set(rows)].filter((r) => r > 1).sort((a, b) => a - b);
  if (!ids.length) return '';
  return `<rowBreaks count="${ids.length}" manualBreakCount="${ids.length}">${ids.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join('')}</rowBreaks>`;
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;
const absCell = (a1: string) => a1.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');

/** The built-in defined names of a sheet's print area and print titles. */
export function printNames(sheet: string, p: PrintSetup): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  if (p.area) {
    const [a, b] = p.area.split(':');
    out.push({ name: '_xlnm.Print_Area', text: `${quoteSheet(sheet)}!${absCell(a)}:${absCell(b)}` });
  }
  if (p.titleRows) {
    const [a, b] = p.titleRows.split(':');
    out.push({ name: '_xlnm.Print_Titles', text: `${quoteSheet(sheet)}!$${a}:$${b}` });
  }
  return out;
}

/** An <xf> like `xf` with a horizontal alignment and/or wrap (18.8.1 alignment). */
export function alignedXf(xf: string, align: CellWrite['align'], wrap: boolean | undefined): string {
  const attrs = `${align ? ` horizontal="${align}"` : ''}${wrap ? ' wrapText="1"' : ''}`;
  const open = /^<xf\b([^>]*?)(\/?)>/.exec(xf);
  if (!open) return xf;
  const head = `<xf${open[1].replace(/\s+applyAlignment="[^"]*"/, '')} applyAlignment="1">`;
  const rest = open[2] === '/' ? '</xf>' : xf.slice(open[0].length).replace(/<alignment\b[^>]*\/>|<alignment\b[^>]*>[\s\S]*?<\/alignment>/, '');
  return `${head}<alignment${attrs}/>${rest}`;
}

// ---- splicing into the writer's parsed parts ----------------------------------------------

const ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges',
  'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting',
  'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks',
  'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF',
  'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];

function children(el: El, local?: string): El[] {
  const out: El[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (!local || (n as El).localName === local)) out.push(n as El);
  return out;
}

function parseFragment(doc: Doc, xml: string): El {
  // The fragment is ours and well-formed: parse it in the main namespace and import it.
  const frag = new DOMParser().parseFromString(`<x xmlns="${nsOf(doc)}">${xml}</x>`, 'text/xml');
  return doc.importNode(children(frag.documentElement as El)[0], true) as El;
}

/** Replaces (or removes, for empty xml) the worksheet child `local`, keeping schema order. */
function putChild(doc: Doc, local: string, xml: string): void {
  const root = doc.documentElement as El;
  for (const old of children(root, local)) root.removeChild(old);
  if (!xml) return;
  const el = parseFragment(doc, xml);
  const rank = ORDER.indexOf(local);
  const next = children(root).find((c) => ORDER.indexOf(c.localName ?? '') > rank) ?? null;
  root.insertBefore(el, next);
}

/** sheetPr/pageSetUpPr fitToPage: on only when fitting to the width. */
function setFitToPage(doc: Doc, on: boolean): void {
  const root = doc.documentElement as El;
  let pr = children(root, 'sheetPr')[0];
  if (!pr) {
    if (!on) return;
    pr = doc.createElementNS(nsOf(doc), 'sheetPr');
    root.insertBefore(pr, root.firstChild);
  }
  let setup = children(pr, 'pageSetUpPr')[0];
  if (!setup) {
    if (!on) return;
    setup = doc.createElementNS(nsOf(doc), 'pageSetUpPr');
    // pageSetUpPr follows tabColor and outlinePr in CT_SheetPr.
    pr.appendChild(setup);
  }
  if (on) setup.setAttribute('fitToPage', '1');
  else setup.removeAttribute('fitToPage');
}

function sheetElements(wb: Doc): El[] {
  const sheets = wb.getElementsByTagNameNS(nsOf(wb), 'sheets')[0] as El;
  return children(sheets, 'sheet');
}

function definedNamesEl(wb: Doc): El {
  let names = wb.getElementsByTagNameNS(nsOf(wb), 'definedNames')[0] as El | undefined;
  if (!names) {
    names = wb.createElementNS(nsOf(wb), 'definedNames');
    const sheets = wb.getElementsByTagNameNS(nsOf(wb), 'sheets')[0] as El;
    sheets.parentNode!.insertBefore(names, sheets.nextSibling);
  }
  return names;
}

/** Moves a sheet behind all others; sheet-scoped names and the active tab follow their sheets. */
function moveLast(wb: Doc, name: string): void {
  const all = sheetElements(wb);
  const from = all.findIndex((s) => s.getAttribute('name') === name);
  if (from < 0 || from === all.length - 1) return;
  const last = all.length - 1;
  const remap = (i: number) => (i === from ? last : i > from ? i - 1 : i);
  const el = all[from];
  el.parentNode!.removeChild(el);
  all[last].parentNode!.appendChild(el);
  for (const d of Array.from(wb.getElementsByTagNameNS(nsOf(wb), 'definedName')) as El[]) {
    const id = d.getAttribute('localSheetId');
    if (id !== null) d.setAttribute('localSheetId', String(remap(Number(id))));
  }
  for (const v of Array.from(wb.getElementsByTagNameNS(nsOf(wb), 'workbookView')) as El[]) {
    for (const attr of ['activeTab', 'firstSheet']) {
      const a = v.getAttribute(attr);
      if (a !== null) v.setAttribute(attr, String(remap(Number(a))));
    }
  }
}

function setPrintNames(wb: Doc, sheet: string, p: PrintSetup): void {
  const index = sheetElements(wb).findIndex((s) => s.getAttribute('name') === sheet);
  if (index < 0) return;
  const names = definedNamesEl(wb);
  for (const n of printNames(sheet, p)) {
    for (const d of children(names, 'definedName')) {
      if (d.getAttribute('name') === n.name && d.getAttribute('localSheetId') === String(index)) names.removeChild(d);
    }
    const d = wb.createElementNS(nsOf(wb), 'definedName');
    d.setAttribute('name', n.name);
    d.setAttribute('localSheetId', String(index));
    d.appendChild(wb.createTextNode(n.text));
    names.appendChild(d);
  }
}

/** Alignment and wrap of written cells: each cell's format is copied with them (the copy cached). */
function alignCells(sheet: Doc, styles: Doc, cells: CellWrite[]): void {
  const styled = cells.filter((c) => c.align || c.wrap);
  if (!styled.length) return;
  const xfs = styles.getElementsByTagNameNS(nsOf(styles), 'cellXfs')[0] as El | undefined;
  if (!xfs) return;
  const byRef = new Map<string, El>();
  for (const c of Array.from(sheet.getElementsByTagNameNS(nsOf(sheet), 'c')) as El[]) byRef.set(c.getAttribute('r') ?? '', c);
  const made = new Map<string, number>();
  for (const w of styled) {
    const c = byRef.get(w.cell);
    if (!c) continue;
    const base = Number(c.getAttribute('s') ?? 0);
    const key = `${base}|${w.align ?? ''}|${w.wrap ? 1 : 0}`;
    let id = made.get(key);
    if (id === undefined) {
      const all = children(xfs, 'xf');
      const xml = all[base] ? new XMLSerializer().serializeToString(all[base]).replace(/\s+xmlns="[^"]*"/, '') : '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
      xfs.appendChild(parseFragment(styles, alignedXf(xml, w.align, w.wrap)));
      id = all.length;
      xfs.setAttribute('count', String(id + 1));
      made.set(key, id);
    }
    c.setAttribute('s', String(id));
  }
}

/** Explicit heights for rows of wrapped text (not every reader grows a row to fit it). */
function setRowHeights(doc: Doc, heights: [number, number][]): void {
  const data = doc.getElementsByTagNameNS(nsOf(doc), 'sheetData')[0] as El | undefined;
  if (!data) return;
  const rows = new Map(children(data, 'row').map((r) => [Number(r.getAttribute('r')), r]));
  for (const [n, points] of heights) {
    const row = rows.get(n);
    if (!row) continue;
    row.setAttribute('ht', String(points));
    row.setAttribute('customHeight', '1');
  }
}

/**
 * After a sheet's cells are written: its print setup, alignment and place. `sheet` is called only
 * when there is something to write in the worksheet part.
 */
export function applySheetLayout(s: SheetWrite, cells: CellWrite[], sheet: () => Doc, workbook: Doc, styles: Doc): void {
  const own = cells.filter((c) => c.sheet === s.name);
  if (s.position === 'last') moveLast(workbook, s.name);
  if (!s.print && !s.rowHeights?.length && !own.some((c) => c.align || c.wrap)) return;
  const doc = sheet();
  alignCells(doc, styles, own);
  setRowHeights(doc, s.rowHeights ?? []);
  if (!s.print) return;
  setFitToPage(doc, !!s.print.fitToWidth);
  putChild(doc, 'pageMargins', pageMarginsXml());
  putChild(doc, 'pageSetup', pageSetupXml(s.print));
  putChild(doc, 'headerFooter', headerFooterXml());
  putChild(doc, 'rowBreaks', rowBreaksXml(s.print.rowBreaks ?? []));
  setPrintNames(workbook, s.name, s.print);
}

/** The writer's parts, as text. */
export interface LayoutParts {
  text(path: string): string;
  setText(path: string, xml: string): void;
  sheetPath(name: string): string | undefined;
  workbookPath: string;
  stylesPath: string | null;
}

/**
 * Every sheet's layout, spliced into the parts that need it: those parts are parsed, edited and
 * written back; a ChangeSet without layout leaves every part as it is.
 */
export function applySheetLayouts(changes: ChangeSet, parts: LayoutParts): void {
  const wanted = changes.sheets.filter(
    (s) => s.position === 'last' || s.print || s.rowHeights?.length || changes.cells.some((c) => c.sheet === s.name && (c.align || c.wrap)),
  );
  if (!wanted.length) return;
  const docs = new Map<string, Doc>();
  const doc = (path: string) => {
    let d = docs.get(path);
    if (!d) docs.set(path, (d = new DOMParser().parseFromString(parts.text(path), 'text/xml')));
    return d;
  };
  const noStyles = new DOMParser().parseFromString(`<styleSheet xmlns="${NS}"/>`, 'text/xml');
  for (const s of wanted) {
    const path = parts.sheetPath(s.name);
    if (!path) continue;
    applySheetLayout(s, changes.cells, () => doc(path), doc(parts.workbookPath), parts.stylesPath ? doc(parts.stylesPath) : noStyles);
  }
  for (const [path, d] of docs) parts.setText(path, new XMLSerializer().serializeToString(d));
}
