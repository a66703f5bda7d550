/**
 * How a written sheet prints and reads, in SpreadsheetML: page setup (A4, orientation, fit to
 * the page width only), manual row breaks, the print area and the rows repeated on every page
 * (the _xlnm.Print_Area / _xlnm.Print_Titles defined names), cell alignment and wrap, and a
 * sheet moved to the end of the workbook. The XML is built by pure functions; `applySheetLayouts`
 * splices it into the parts' text by position (no DOM: a large sheet costs one scan, and every
 * byte not edited is kept).
 *
 * Element order follows CT_Worksheet (ECMA-376 Part 1, 18.3.1.99): … printOptions, pageMargins,
 * pageSetup, headerFooter, rowBreaks, colBreaks, … drawing, legacyDrawing, … ; defined names
 * are 18.2.5 (localSheetId is the 0-based position of the sheet in <sheets>).
 */
import { PRINT_MARGINS_INCHES, STANDARD_LINE_POINTS, wrappedRowPoints, type ChangeSet, type CellWrite, type PrintSetup, type SheetWrite } from '../../core/changes';
import { insertSheetElement, insertWorkbookElement } from './sheet-order';
import { attr, children, elementEnd, escapeAttr, escapeText, findTag, flatEnd, nextTag, prefixOf, removeAttr, rootTag, setAttr, type Tag } from './xml-scan';

/** A4 (paperSize 9). Fitting to the width leaves the height free: fitToHeight 0 = as many pages as needed. */
export function pageSetupXml(p: PrintSetup): string {
  const fit = p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
  return `<pageSetup paperSize="9" orientation="${p.orientation ?? 'portrait'}"${fit}/>`;
}

/** Margins in inches (PRINT_MARGINS_INCHES). */
export function pageMarginsXml(): string {
  const m = PRINT_MARGINS_INCHES;
  return `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
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

/** An <xf> like `xf` with a horizontal alignment and/or wrap (18.8.1 alignment); a prefixed `x:xf` keeps its prefix. */
export function alignedXf(xf: string, align: CellWrite['align'], wrap: boolean | undefined): string {
  const attrs = `${align ? ` horizontal="${align}"` : ''}${wrap ? ' wrapText="1"' : ''}`;
  const open = /^<((?:[\w.-]+:)?)xf\b([^>]*?)(\/?)>/.exec(xf);
  if (!open) return xf;
  const P = open[1];
  const head = `<${P}xf${open[2].replace(/\s+applyAlignment="[^"]*"/, '')} applyAlignment="1">`;
  const rest = open[3] === '/' ? `</${P}xf>` : xf.slice(open[0].length).replace(/<(?:[\w.-]+:)?alignment\b[^>]*\/>|<((?:[\w.-]+:)?alignment)\b[^>]*>[\s\S]*?<\/\1>/, '');
  return `${head}<${P}alignment${attrs}/>${rest}`;
}

// ---- splicing into the parts' text --------------------------------------------------------

/** The <sheet> elements of workbook.xml's <sheets>, in order. */
function sheetElements(wb: string): { start: number; end: number; name: string }[] {
  const sheets = findTag(wb, 'sheets');
  if (!sheets || sheets.kind !== 'open') return [];
  return children(wb, sheets)
    .filter((c) => c.tag.local === 'sheet')
    .map((c) => ({ start: c.tag.start, end: c.end, name: attr(wb.slice(c.tag.start, c.tag.end), 'name') ?? '' }));
}

/** Every open or empty tag of one of these local names, its text passed through `edit`. */
function editTags(xml: string, locals: Set<string>, edit: (tag: string) => string): string {
  const edits: { tag: Tag; text: string }[] = [];
  for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
    if (t.kind === 'close' || !locals.has(t.local)) continue;
    const text = xml.slice(t.start, t.end);
    const next = edit(text);
    if (next !== text) edits.push({ tag: t, text: next });
  }
  return spliceTags(xml, edits);
}

/** The names of the workbook's sheets, in their order. */
export function sheetNames(wb: string): string[] {
  return sheetElements(wb).map((s) => s.name);
}

/** Moves a sheet behind all others; sheet-scoped names and the active tab follow their sheets. */
export function moveSheetLast(wb: string, name: string): string {
  const all = sheetElements(wb);
  const from = all.findIndex((s) => s.name === name);
  if (from < 0 || from === all.length - 1) return wb;
  const last = all.length - 1;
  const remap = (i: number) => (i === from ? last : i > from ? i - 1 : i);
  const el = all[from];
  const lastEnd = all[last].end;
  wb = wb.slice(0, el.start) + wb.slice(el.end, lastEnd) + wb.slice(el.start, el.end) + wb.slice(lastEnd);
  return editTags(wb, new Set(['definedName', 'workbookView']), (tag) => {
    for (const a of ['localSheetId', 'activeTab', 'firstSheet']) {
      const v = attr(tag, a);
      if (v !== undefined) tag = setAttr(tag, a, String(remap(Number(v))));
    }
    return tag;
  });
}

/** The sheet's print area and print titles as defined names scoped to it, replacing its earlier ones. */
export function setPrintNames(wb: string, sheet: string, p: PrintSetup): string {
  const index = sheetElements(wb).findIndex((s) => s.name === sheet);
  const names = printNames(sheet, p);
  if (index < 0 || !names.length) return wb;
  const P = prefixOf(rootTag(wb));
  const scoped = (tag: string) => attr(tag, 'localSheetId') === String(index) && names.some((n) => n.name === attr(tag, 'name'));
  const block = findTag(wb, 'definedNames');
  if (block && block.kind === 'open') {
    const out: string[] = [];
    let copied = block.end;
    out.push(wb.slice(0, block.end));
    const kids = children(wb, block);
    for (const k of kids) {
      if (k.tag.local !== 'definedName' || !scoped(wb.slice(k.tag.start, k.tag.end))) continue;
      out.push(wb.slice(copied, k.tag.start));
      copied = k.end;
    }
    const close = wb.indexOf(`</${block.name}`, kids.length ? kids[kids.length - 1].end : block.end);
    out.push(wb.slice(copied, close));
    const Q = prefixOf(block);
    for (const n of names) out.push(`<${Q}definedName name="${escapeAttr(n.name)}" localSheetId="${index}">${escapeText(n.text)}</${Q}definedName>`);
    out.push(wb.slice(close));
    return out.join('');
  }
  const items = names.map((n) => `<definedName name="${escapeAttr(n.name)}" localSheetId="${index}">${escapeText(n.text)}</definedName>`).join('');
  if (block) wb = wb.slice(0, block.start) + wb.slice(block.end); // an empty <definedNames/>
  // Written without prefix: insertWorkbookElement binds it to the part's namespace.
  return insertWorkbookElement(wb, 'definedNames', P ? `<${P}definedNames>${items.replace(/<(\/?)definedName/g, `<$1${P}definedName`)}</${P}definedNames>` : `<definedNames>${items}</definedNames>`);
}

/** sheetPr/pageSetUpPr fitToPage: on only when fitting to the width. */
function setFitToPage(xml: string, on: boolean): string {
  const root = rootTag(xml);
  const pr = children(xml, root).find((c) => c.tag.local === 'sheetPr');
  if (!pr) return on ? insertSheetElement(xml, 'sheetPr', '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>') : xml;
  const P = prefixOf(pr.tag);
  const setup = children(xml, pr.tag).find((c) => c.tag.local === 'pageSetUpPr');
  if (!setup) {
    if (!on) return xml;
    // pageSetUpPr follows tabColor and outlinePr in CT_SheetPr: the last child.
    const item = `<${P}pageSetUpPr fitToPage="1"/>`;
    if (pr.tag.kind === 'empty') return `${xml.slice(0, pr.tag.end - 2).replace(/\s*$/, '')}>${item}</${pr.tag.name}>${xml.slice(pr.tag.end)}`;
    const close = xml.lastIndexOf('<', pr.end - 1);
    return xml.slice(0, close) + item + xml.slice(close);
  }
  const tag = xml.slice(setup.tag.start, setup.tag.end);
  const next = on ? setAttr(tag, 'fitToPage', '1') : removeAttr(tag, 'fitToPage');
  return next === tag ? xml : xml.slice(0, setup.tag.start) + next + xml.slice(setup.tag.end);
}

/** The open tags of <sheetData>'s rows, each with its row number. */
function* sheetRows(xml: string): Generator<{ tag: Tag; row: number }> {
  const data = findTag(xml, 'sheetData');
  if (!data || data.kind !== 'open') return;
  let row = 0;
  for (let t = nextTag(xml, data.end); t && t.kind !== 'close'; ) {
    // A row holds no row: its end found by search, its cells never walked.
    const end = t.local === 'row' ? flatEnd(xml, t) : elementEnd(xml, t);
    if (t.local === 'row') {
      const r = attr(xml.slice(t.start, t.end), 'r');
      row = r !== undefined ? Number(r) : row + 1;
      yield { tag: t, row };
    }
    t = nextTag(xml, end);
  }
}

/** Splices edited open tags into the part (edits in document order). */
function spliceTags(xml: string, edits: { tag: Tag; text: string }[]): string {
  if (!edits.length) return xml;
  const out: string[] = [];
  let copied = 0;
  for (const e of edits) {
    out.push(xml.slice(copied, e.tag.start), e.text);
    copied = e.tag.end;
  }
  out.push(xml.slice(copied));
  return out.join('');
}

/**
 * The height of a line in the workbook's Normal font, as Excel makes its standard row: 18.75 pt for
 * 游ゴシック 11, the Normal font of Japanese Excel since 2016 ("Excel 2016では「行の高さ」の初期値が
 * 18.75ptに変更されている", news.mynavi.jp/article/exceljyukutatu-4/), in proportion for other sizes,
 * in whole pixels (0.75 pt); never lower than Calibri 11's 15 pt (MS Pゴシック 11's 13.5 pt rows get
 * 15: a little taller, never cut). Excel sizes a row from the font on the machine; a font not known
 * here keeps 15 pt a line.
 */
export function linePointsOf(font: { name: string | null; size: number | null } | null): number {
  if (!font?.name || !/^(?:游ゴシック|Yu ?Gothic)/i.test(font.name)) return STANDARD_LINE_POINTS;
  const points = (18.75 * (font.size ?? 11)) / 11;
  return Math.max(STANDARD_LINE_POINTS, Math.ceil(points / 0.75 - 1e-9) * 0.75);
}

/** Explicit heights for rows of wrapped text (not every reader grows a row to fit it). */
function setRowHeights(xml: string, heights: [number, number][]): string {
  if (!heights.length) return xml;
  const want = new Map(heights);
  const edits: { tag: Tag; text: string }[] = [];
  for (const { tag, row } of sheetRows(xml)) {
    const points = want.get(row);
    if (points === undefined) continue;
    let text = xml.slice(tag.start, tag.end);
    if (attr(text, 'r') === undefined) text = setAttr(text, 'r', String(row));
    edits.push({ tag, text: setAttr(setAttr(text, 'ht', String(points)), 'customHeight', '1') });
  }
  return spliceTags(xml, edits);
}

/**
 * A worksheet's print setup and row heights, spliced into its text. (Alignment and wrap of written
 * cells are cell formats: the writer derives them as it writes each cell, styles-xml.ts.)
 */
export function layoutSheet(xml: string, s: SheetWrite, linePoints = STANDARD_LINE_POINTS): string {
  xml = setRowHeights(xml, wrappedRowPoints(s, linePoints));
  if (!s.print) return xml;
  // The print elements go around <sheetData>, never into it: they are spliced into the part
  // without its rows, which are put back once (each splice of the whole part made one more copy
  // of a sheet of hundreds of thousands of cells).
  const data = findTag(xml, 'sheetData');
  if (data?.kind !== 'open') return printLayout(xml, s.print);
  const close = xml.lastIndexOf('<', flatEnd(xml, data) - 1);
  const laid = printLayout(xml.slice(0, data.end) + xml.slice(close), s.print);
  const at = findTag(laid, 'sheetData')!.end;
  return laid.slice(0, at) + xml.slice(data.end, close) + laid.slice(at);
}

function printLayout(xml: string, print: PrintSetup): string {
  xml = setFitToPage(xml, !!print.fitToWidth);
  xml = insertSheetElement(xml, 'pageMargins', pageMarginsXml(), { replace: true });
  xml = insertSheetElement(xml, 'pageSetup', pageSetupXml(print), { replace: true });
  xml = insertSheetElement(xml, 'headerFooter', headerFooterXml(), { replace: true });
  // No breaks: any earlier ones removed.
  return insertSheetElement(xml, 'rowBreaks', rowBreaksXml(print.rowBreaks ?? []), { replace: true });
}

/** The writer's parts, as text. */
export interface LayoutParts {
  text(path: string): string;
  setText(path: string, xml: string): void;
  sheetPath(name: string): string | undefined;
  workbookPath: string;
  /** Whether the workbook's structure is locked (Review > Protect Workbook): no sheet may move. */
  structureLocked(): boolean;
  /** A line's height in the workbook's Normal font (linePointsOf). */
  linePoints: number;
}

/**
 * Every sheet's layout, spliced into the parts that need it; a ChangeSet without layout leaves
 * every part as it is. Each part is read once and written back once, when it changed. Sheets in
 * `laidOut` had their layoutSheet applied already (by the writer, with their cells): only the
 * workbook's edits are left for them.
 */
export function applySheetLayouts(changes: ChangeSet, parts: LayoutParts, laidOut: ReadonlySet<string> = new Set()): void {
  const wanted = changes.sheets.filter((s) => s.position === 'last' || s.print || s.rowLines?.length);
  if (!wanted.length) return;
  const wbBefore = parts.text(parts.workbookPath);
  let wb = wbBefore;
  // A locked structure forbids moving a sheet as it forbids adding one (Excel refuses both): a sheet stays where it is.
  const movable = !parts.structureLocked();
  for (const s of wanted) {
    const path = parts.sheetPath(s.name);
    if (!path) continue;
    if (s.position === 'last' && movable) wb = moveSheetLast(wb, s.name);
    if (!s.print && !s.rowLines?.length) continue;
    if (!laidOut.has(s.name)) {
      const before = parts.text(path);
      const after = layoutSheet(before, s, parts.linePoints);
      if (after !== before) parts.setText(path, after);
    }
    if (s.print) wb = setPrintNames(wb, s.name, s.print);
  }
  if (wb !== wbBefore) parts.setText(parts.workbookPath, wb);
}
