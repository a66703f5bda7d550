/**
 * The file host's writing side: a ChangeSet applied to the original .xlsx package part by part,
 * by position (no DOM). Only the parts the changes touch are rewritten (the sheets written to,
 * styles, the workbook part, relationships, content types), and in them only the elements
 * edited; every other part — charts, pictures, comments, data validation, conditional formats,
 * defined names, themes, VBA projects — is copied as it was stored, still compressed. Formulas
 * are written with their current results, so readers that do not recalculate still show
 * figures; Excel is asked to recalculate on load. Strict OOXML packages get strict namespaces.
 */
import { staleDependents } from './stale-results';
import { STANDARD_LINE_POINTS, wrappedRowPoints, type ChangeSet, type CellWrite, type ChartSpec, type SheetWrite, type TableSpec } from '../../core/changes';
import { chartXml, drawingRelsXml, drawingXml } from './charts-xml';
import { tableXml } from './table-xml';
import { editSheet, editSheetBytes, editSheetPart, isRowless, type SheetEditOptions } from './sheet-xml';
import { cellXfCount, StylesXml } from './styles-xml';
import { DetailedError, detailOf, ReadError } from './errors';
import { partDetail, sheetPartDetail, xmlDetail } from '../../i18n/read-details';
import { Package, relsPathOf, resolveTarget, utf8Xml } from './package';
import { insertSheetElement, insertWorkbookElement } from './sheet-order';
import { attr, children, escapeAttr, escapeText, findTag, nextTag, prefixOf, rootTag, setAttr } from './xml-scan';
import { ZipArchive, ZipFormatError, type ZipEntry } from './zip/read';
import { inflateAhead, ZipReader } from './xlsx/zip';
import { findWorkbookPart, readWorkbookPart } from './xlsx/workbook-part';
import type { ZipCodec } from './zip/codec';
import type { Compressed } from './zip/write';
import type { Workbook } from '../../core/workbook';
import { applySheetLayouts, layoutSheet, linePointsOf, sheetNames } from './print-xml';
import { arrayWrite, mergedWrite } from '../../core/merged-writes';
import { mergeDataValidations, SAIKEN_SIGNATURE, sqrefOf as sqrefOfArea } from './validation-xml';

/** The namespaces of a package: transitional (ECMA-376) or strict (ISO/IEC 29500 strict). */
export interface Flavor {
  strict: boolean;
  main: string;
  /** Relationship ids in parts (r:id), and the base of relationship types. */
  rel: string;
}

const TRANSITIONAL: Flavor = {
  strict: false,
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};
const STRICT: Flavor = {
  strict: true,
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  rel: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
};
/** Relationships parts and content types are the same in both (ECMA-376 Part 2, OPC). */
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const CT_TABLE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const CT_RELS = 'application/vnd.openxmlformats-package.relationships+xml';

/** The workbook part's content type, and the file extension each one needs (Excel checks both). */
const EXTENSION_OF: Record<string, string> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': 'xlsx',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml': 'xlsm',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml': 'xltx',
  'application/vnd.ms-excel.template.macroEnabled.main+xml': 'xltm',
  'application/vnd.ms-excel.addin.macroEnabled.main+xml': 'xlam',
};

/** Generated parts use the transitional namespaces; a strict package gets the strict ones. */
function flavored(xml: string, f: Flavor): string {
  if (!f.strict) return xml;
  return xml
    .replace(/http:\/\/schemas\.openxmlformats\.org\/drawingml\/2006\//g, 'http://purl.oclc.org/ooxml/drawingml/')
    .replace(/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g, STRICT.main)
    .replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g, STRICT.rel);
}

export interface WriteResult {
  data: Uint8Array;
  cellsWritten: number;
  sheetsCreated: number;
  chartsAdded: number;
  /** Data validation rules saiken wrote, and those not written because the user's rule covers the range. */
  validationsAdded?: number;
  validationsKept?: { sheet: string; range: string }[];
  /** The workbook's sheets as written, in their order (the browser port checks the snapshot it holds against them). */
  sheets?: string[];
  /** Cells given content that show a format the snapshot could not see (SheetEditOptions.unseenStyle). */
  unseenStyles?: number;
}

export interface WriteOptions {
  /**
   * The name the result will be saved under. When given, its extension must fit the package
   * (a macro-enabled workbook saved as .xlsx is a file Excel refuses to open).
   */
  outputName?: string;
  /** How parts are inflated and deflated (the CLI passes Node's zlib); the portable codec when not given. */
  codec?: ZipCodec;
  /** Parts already inflated, by name (inflatedParts: the workbench, which has no native codec). */
  inflated?: Map<string, Uint8Array>;
}

/** What the workbench's writer holds inflated ahead at most, together (the other sheets it edits are inflated as they are read). */
const AHEAD_BYTES = 64 * 1024 * 1024;

/** The sheets whose parts a ChangeSet edits: its cells', its data validation's; not a generated sheet it replaces, whose text is never read. */
export function editedSheets(changes: ChangeSet): Set<string> {
  const replaced = new Set(changes.sheets.filter((s) => s.mode === 'replace').map((s) => s.name));
  return new Set([...changes.cells.map((c) => c.sheet), ...(changes.validations ?? []).map((v) => v.sheet)].filter((name) => !replaced.has(name)));
}

/**
 * The parts of the sheets a ChangeSet edits (its cells', its data validation's; not a generated
 * sheet it replaces, whose text is never read) inflated by the platform's stream (inflateAhead),
 * by part name, for WriteOptions.inflated: the workbench's writer edits them without inflating them
 * in JavaScript. At most 64 MB of them. Undefined where the platform has no raw-deflate stream, or
 * the package cannot be opened (the writer then says what is wrong with it).
 */
export async function inflatedParts(original: Uint8Array, changes: ChangeSet): Promise<Map<string, Uint8Array> | undefined> {
  const edited = editedSheets(changes);
  let archive: ZipArchive;
  const entries: ZipEntry[] = [];
  try {
    archive = new ZipArchive(original);
    const zip = new ZipReader(archive);
    const part = findWorkbookPart(zip);
    if (!part) return undefined;
    for (const s of readWorkbookPart(zip, part).sheets) {
      const e = edited.has(s.name) ? zip.entry(s.part) : undefined;
      if (e) entries.push(e);
    }
  } catch {
    return undefined;
  }
  return (await inflateAhead(archive, entries, AHEAD_BYTES)) ?? undefined;
}

class Writer {
  readonly flavor: Flavor;
  readonly wbPath: string;
  private readonly sheetPaths = new Map<string, string>();
  /** Names held by sheets that are no worksheets (chart, dialog, macro sheets), lower-cased. */
  private readonly otherSheets = new Set<string>();

  constructor(readonly pkg: Package) {
    this.wbPath = pkg.workbookPath();
    if (!pkg.has(this.wbPath)) throw new DetailedError(partDetail.missing(this.wbPath));
    this.flavor = pkg.rootNamespace(this.wbPath).startsWith('http://purl.oclc.org/ooxml/') ? STRICT : TRANSITIONAL;
    const rels = pkg.rels(this.wbPath);
    const targets = new Map(rels.map((r) => [r.id, resolveTarget(this.wbPath, r.target)]));
    const worksheets = new Set(rels.filter((r) => /\/worksheet$/.test(r.type)).map((r) => r.id));
    const xml = pkg.text(this.wbPath);
    const sheets = findTag(xml, 'sheets');
    if (sheets && sheets.kind === 'open') {
      for (const c of children(xml, sheets)) {
        if (c.tag.local !== 'sheet') continue;
        const tag = xml.slice(c.tag.start, c.tag.end);
        const id = Object.entries(attrsWithLocal(tag, 'id'))[0]?.[1] ?? '';
        const name = attr(tag, 'name') ?? '';
        if (worksheets.has(id)) this.sheetPaths.set(name, targets.get(id) ?? '');
        else this.otherSheets.add(name.toLowerCase());
      }
    }
  }

  sheetPath(name: string): string | undefined {
    return this.sheetPaths.get(name);
  }

  /** Whether a sheet that is no worksheet (a chart sheet) holds the name, in any case. */
  heldByOtherSheet(name: string): boolean {
    return this.otherSheets.has(name.toLowerCase());
  }

  private stylesAt: string | undefined;

  /** The styles part: the workbook's styles relationship, else where Excel puts it (and the writer, adding one). */
  stylesPath(): string {
    if (this.stylesAt === undefined) {
      const rel = this.pkg.rels(this.wbPath).find((r) => /\/styles$/.test(r.type));
      this.stylesAt = rel ? resolveTarget(this.wbPath, rel.target) : 'xl/styles.xml';
    }
    return this.stylesAt;
  }

  // ---- content types -------------------------------------------------------------------------

  contentTypeOf(path: string): string | undefined {
    const xml = this.pkg.text('[Content_Types].xml');
    for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
      if (t.local === 'Override' && t.kind !== 'close') {
        const tag = xml.slice(t.start, t.end);
        if (attr(tag, 'PartName')?.toLowerCase() === `/${path}`.toLowerCase()) return attr(tag, 'ContentType');
      }
    }
    return undefined;
  }

  addContentType(path: string, type: string): void {
    this.removeContentType(path);
    this.appendChild('[Content_Types].xml', `<Override PartName="/${escapeAttr(path)}" ContentType="${type}"/>`);
  }

  removeContentType(path: string): void {
    this.removeChildren('[Content_Types].xml', 'Override', (tag) => attr(tag, 'PartName')?.toLowerCase() === `/${path}`.toLowerCase());
  }

  /** .rels parts need a Default for their extension; packages that list them one by one get one. */
  private ensureRelsDefault(): void {
    const xml = this.pkg.text('[Content_Types].xml');
    if (/<(?:[\w.-]+:)?Default\b[^>]*Extension\s*=\s*["']rels["']/i.test(xml)) return;
    this.appendChild('[Content_Types].xml', `<Default Extension="rels" ContentType="${CT_RELS}"/>`);
  }

  // ---- generic child edits -------------------------------------------------------------------

  /** Appends an element (written without prefix) as the root's last child. */
  private appendChild(path: string, xml: string): void {
    const text = this.pkg.text(path);
    const root = rootTag(text);
    const P = prefixOf(root);
    const el = P ? xml.replace(/^<([\w.-]+)/, `<${P}$1`) : xml;
    if (root.kind === 'empty') {
      this.pkg.setText(path, `${text.slice(0, root.end - 2).replace(/\s*$/, '')}>${el}</${root.name}>${text.slice(root.end)}`);
      return;
    }
    const close = text.lastIndexOf(`</${root.name}`);
    this.pkg.setText(path, text.slice(0, close) + el + text.slice(close));
  }

  private removeChildren(path: string, local: string, match: (tag: string) => boolean): void {
    const text = this.pkg.text(path);
    const out: string[] = [];
    let copied = 0;
    for (let t = nextTag(text, 0); t; ) {
      if (t.local === local && t.kind !== 'close' && match(text.slice(t.start, t.end))) {
        const end = t.kind === 'empty' ? t.end : text.indexOf('>', text.indexOf(`</${t.name}`, t.end)) + 1;
        out.push(text.slice(copied, t.start));
        copied = end;
        t = nextTag(text, end);
      } else t = nextTag(text, t.end);
    }
    if (!copied) return;
    out.push(text.slice(copied));
    this.pkg.setText(path, out.join(''));
  }

  // ---- relationships -------------------------------------------------------------------------

  addRel(part: string, type: string, target: string, idStem = 'rId'): string {
    const path = relsPathOf(part);
    if (!this.pkg.has(path)) {
      this.pkg.setText(path, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}"></Relationships>`);
      this.ensureRelsDefault();
    }
    const ids = new Set(this.pkg.rels(part).map((r) => r.id));
    let k = idStem === 'rId' ? ids.size + 1 : 1;
    while (ids.has(`${idStem}${k}`)) k++;
    const id = `${idStem}${k}`;
    this.appendChild(path, `<Relationship Id="${id}" Type="${this.flavor.rel}/${type}" Target="${escapeAttr(target)}"/>`);
    return id;
  }

  // ---- sheets --------------------------------------------------------------------------------

  private usedPaths(): Set<string> {
    return new Set(this.sheetPaths.values());
  }

  freePath(dir: string, stem: string): string {
    const used = this.usedPaths();
    let n = 1;
    while (this.pkg.has(`${dir}/${stem}${n}.xml`) || used.has(`${dir}/${stem}${n}.xml`)) n++;
    return `${dir}/${stem}${n}.xml`;
  }

  /**
   * A new worksheet part. Generated sheets print to the page width (a chart sheet onto one page),
   * so that the summary prints as a document and no chart is cut by a page break.
   */
  newSheetXml(widths: number[] | undefined, fit: 'none' | 'width' | 'page'): string {
    const cols = widths?.length ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` : '';
    const sheetPr = fit === 'none' ? '' : '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
    const setup = fit === 'none' ? '' : `<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="${fit === 'page' ? 1 : 0}"/>`;
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<worksheet xmlns="${this.flavor.main}" xmlns:r="${this.flavor.rel}">${sheetPr}<sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData/>` +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${setup}</worksheet>`
    );
  }

  /** Adds a worksheet part and registers it in the workbook, its relationships and content types. */
  addSheet(s: SheetWrite, fit: 'none' | 'width' | 'page'): void {
    const path = this.freePath('xl/worksheets', 'sheet');
    this.pkg.setText(path, this.newSheetXml(s.columnWidths, fit));
    this.addContentType(path, CT_WORKSHEET);
    const id = this.addRel(this.wbPath, 'worksheet', relativeTarget(this.wbPath, path));
    let xml = this.pkg.text(this.wbPath);
    const sheets = findTag(xml, 'sheets');
    if (!sheets) throw new DetailedError(xmlDetail.noSheets(this.wbPath));
    const ids = children(xml, sheets)
      .filter((c) => c.tag.local === 'sheet')
      .map((c) => Number(attr(xml.slice(c.tag.start, c.tag.end), 'sheetId') ?? 0));
    const P = prefixOf(sheets);
    const r = this.relPrefix(xml);
    const el =
      `<${P}sheet name="${escapeAttr(s.name)}" sheetId="${Math.max(0, ...ids) + 1}"${s.state !== 'visible' ? ` state="${s.state}"` : ''}` +
      `${r.declare ? ` xmlns:${r.prefix}="${this.flavor.rel}"` : ''} ${r.prefix}:id="${id}"/>`;
    if (sheets.kind === 'empty') xml = `${xml.slice(0, sheets.end - 2).replace(/\s*$/, '')}>${el}</${sheets.name}>${xml.slice(sheets.end)}`;
    else {
      const close = xml.indexOf(`</${sheets.name}`, sheets.end);
      xml = xml.slice(0, close) + el + xml.slice(close);
    }
    this.pkg.setText(this.wbPath, xml);
    this.sheetPaths.set(s.name, path);
  }

  /** The prefix a part binds to the relationships namespace (declared on the element when none). */
  private relPrefix(xml: string): { prefix: string; declare: boolean } {
    const root = rootTag(xml);
    const m = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${this.flavor.rel.replace(/[.]/g, '\\.')}["']`).exec(xml.slice(root.start, root.end));
    return m ? { prefix: m[1], declare: false } : { prefix: 'r', declare: true };
  }

  /** Removes a part and everything only it refers to (a generated sheet's drawing and charts). */
  removeTree(part: string): void {
    for (const r of this.pkg.rels(part)) {
      if (r.external) continue;
      const target = resolveTarget(part, r.target);
      if (/^xl\/(drawings|charts)\//.test(target) && this.pkg.has(target)) this.removeTree(target);
    }
    const rels = relsPathOf(part);
    if (this.pkg.has(rels)) this.pkg.remove(rels);
    this.pkg.remove(part);
    this.removeContentType(part);
  }

  /** Native charts on a sheet: a drawing part, its chart parts, and the sheet's link to them. */
  addCharts(sheetPath: string, specs: ChartSpec[]): void {
    const chartPaths = specs.map((spec) => {
      const path = this.freePath('xl/charts', 'chart');
      this.pkg.setText(path, flavored(chartXml(spec), this.flavor));
      this.addContentType(path, CT_CHART);
      return path;
    });
    const drawing = this.freePath('xl/drawings', 'drawing');
    this.pkg.setText(drawing, flavored(drawingXml(specs), this.flavor));
    this.pkg.setText(relsPathOf(drawing), flavored(drawingRelsXml(chartPaths), this.flavor));
    this.ensureRelsDefault();
    this.addContentType(drawing, CT_DRAWING);
    const id = this.addRel(sheetPath, 'drawing', `../drawings/${drawing.split('/').pop()}`, 'rIdDrawing');
    const sheet = this.pkg.text(sheetPath);
    const r = this.relPrefix(sheet);
    this.pkg.setText(sheetPath, insertSheetElement(sheet, 'drawing', `<drawing${r.declare ? ` xmlns:r="${this.flavor.rel}"` : ''} ${r.prefix}:id="${id}"/>`));
  }

  /** Excel tables (ListObjects) on a sheet: a table part each, ids unique in the workbook, and the sheet's <tableParts>. */
  addTables(sheetPath: string, specs: TableSpec[]): void {
    let id = 0;
    for (const path of this.pkg.paths()) {
      if (/^xl\/tables\/[^/]+\.xml$/.test(path)) id = Math.max(id, Number(/<(?:\w+:)?table\b[^>]*\bid="(\d+)"/.exec(this.pkg.text(path))?.[1] ?? 0));
    }
    const sheet = this.pkg.text(sheetPath);
    const r = this.relPrefix(sheet);
    const refs: string[] = [];
    for (const spec of specs) {
      const path = this.freePath('xl/tables', 'table');
      this.pkg.setText(path, flavored(tableXml(spec, ++id), this.flavor));
      this.addContentType(path, CT_TABLE);
      refs.push(`<tablePart ${r.prefix}:id="${this.addRel(sheetPath, 'table', `../tables/${path.split('/').pop()}`, 'rIdTable')}"/>`);
    }
    const parts = `<tableParts${r.declare ? ` xmlns:r="${this.flavor.rel}"` : ''} count="${refs.length}">${refs.join('')}</tableParts>`;
    this.pkg.setText(sheetPath, insertSheetElement(this.pkg.text(sheetPath), 'tableParts', parts, { replace: true }));
  }

  // ---- workbook ------------------------------------------------------------------------------

  /** The hidden defined name that marks a generated sheet: "<name>|<fingerprint>". */
  setMark(kind: string, value: string): void {
    const name = `_saiken_gen_${kind}`;
    const wb = this.wbPath;
    this.removeChildren(wb, 'definedName', (tag) => attr(tag, 'name') === name);
    const P = prefixOf(rootTag(this.pkg.text(wb)));
    const d = `<${P}definedName name="${name}" hidden="1">${escapeText(`"${value.replace(/"/g, '""')}"`)}</${P}definedName>`;
    const xml = this.pkg.text(wb);
    const names = findTag(xml, 'definedNames');
    if (names && names.kind === 'open') {
      const close = xml.indexOf(`</${names.name}`, names.end);
      this.pkg.setText(wb, xml.slice(0, close) + d + xml.slice(close));
    } else if (names) {
      this.pkg.setText(wb, `${xml.slice(0, names.start)}<${names.name}>${d}</${names.name}>${xml.slice(names.end)}`);
    } else {
      this.pkg.setText(wb, insertWorkbookElement(xml, 'definedNames', P ? `<${P}definedNames>${d}</${P}definedNames>` : `<definedNames>${d}</definedNames>`));
    }
  }

  /** Formulas changed: Excel rebuilds its calculation chain and recalculates on load. */
  requestRecalculation(): void {
    for (const r of this.pkg.rels(this.wbPath)) {
      if (!/\/calcChain$/.test(r.type)) continue;
      const path = resolveTarget(this.wbPath, r.target);
      this.pkg.remove(path);
      this.removeContentType(path);
      this.removeChildren(relsPathOf(this.wbPath), 'Relationship', (tag) => attr(tag, 'Id') === r.id);
    }
    const xml = this.pkg.text(this.wbPath);
    const calcPr = findTag(xml, 'calcPr');
    if (calcPr && calcPr.kind !== 'close') {
      const tag = xml.slice(calcPr.start, calcPr.end);
      if (attr(tag, 'fullCalcOnLoad') === '1' || attr(tag, 'fullCalcOnLoad') === 'true') return;
      this.pkg.setText(this.wbPath, xml.slice(0, calcPr.start) + setAttr(tag, 'fullCalcOnLoad', '1') + xml.slice(calcPr.end));
    } else {
      const P = prefixOf(rootTag(xml));
      this.pkg.setText(this.wbPath, insertWorkbookElement(xml, 'calcPr', P ? `<${P}calcPr fullCalcOnLoad="1"/>` : '<calcPr fullCalcOnLoad="1"/>'));
    }
  }

  /** Whether Review > Protect Workbook locked the structure: no sheet may be added or moved (<workbookProtection lockStructure="1">). */
  structureLocked(): boolean {
    const xml = this.pkg.text(this.wbPath);
    const p = findTag(xml, 'workbookProtection');
    return !!p && isTrue(attr(xml.slice(p.start, p.end), 'lockStructure'));
  }

  /** The extension the package's workbook content type needs. */
  extension(): string | undefined {
    const type = this.contentTypeOf(this.wbPath);
    return type ? EXTENSION_OF[type] : undefined;
  }
}

/** The value of the first attribute with this local name and a prefix (r:id), by prefix. */
function attrsWithLocal(tag: string, local: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(new RegExp(`\\s([\\w.-]+):${local}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g'))) if (m[1] !== 'xmlns') out[m[1]] = m[2] ?? m[3];
  return out;
}

/** A relationship target from `from`'s folder to `to`. */
function relativeTarget(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

const fitOf = (s: SheetWrite, changes: ChangeSet): 'none' | 'width' | 'page' =>
  !s.generated ? 'none' : changes.charts.some((c) => c.sheet === s.name) ? 'page' : 'width';

function openPackage(original: Uint8Array, file: string, options: WriteOptions): Package {
  try {
    return new Package(original, options.codec, options.inflated);
  } catch (e) {
    throw new ReadError('unreadable', file, detailOf(e));
  }
}

/** Refuses a package whose type does not fit the name it is to be saved under. */
function checkExtension(w: Writer, outputName: string): void {
  const need = w.extension();
  const ext = /\.([^./\\]+)$/.exec(outputName)?.[1]?.toLowerCase();
  if (need && ext && ext !== need && Object.values(EXTENSION_OF).includes(ext)) throw new ReadError('wrong-extension', outputName, need);
}

/**
 * Applies the changes to the package. `snapshot` is the workbook as read: its sheets' merged areas
 * (a write inside one is refused) and names; the cells are not read.
 */
export function writeWorkbook(original: Uint8Array, changes: ChangeSet, snapshot: Workbook, file = 'book.xlsx', options: WriteOptions = {}): WriteResult {
  return new WorkbookWriter(original, snapshot, file, options).apply(changes).finish();
}

/**
 * A package written by ChangeSets applied in turn, each as writeWorkbook applies one, then its
 * bytes: the parts one ChangeSet merged from them (engine.ts mergeChanges) would write, but for the
 * order of elements each ChangeSet appends (defined names; relationships and their ids where the
 * package gets a styles part) and of the zip's entries. Data validation and clearMarks come only
 * in the first. The CLI's `run` writes the recalculation before the summary is laid out, so that
 * the plan sheets are edited, and held compressed, while the heap holds little (docs/performance.md).
 */
export class WorkbookWriter {
  private readonly pkg: Package;
  private readonly w: Writer;
  private applied = false;
  private readonly counts: Required<Omit<WriteResult, 'data' | 'sheets'>> = { cellsWritten: 0, sheetsCreated: 0, chartsAdded: 0, validationsAdded: 0, validationsKept: [], unseenStyles: 0 };

  /** The cell formats the package's styles part held as read (a new cell may keep one it inherits). */
  private readonly xfCount: number;

  constructor(
    original: Uint8Array,
    private readonly snapshot: Workbook,
    private readonly file = 'book.xlsx',
    options: WriteOptions = {},
  ) {
    const pkg = (this.pkg = openPackage(original, file, options));
    this.w = this.guard(() => {
      const w = new Writer(pkg);
      if (options.outputName) checkExtension(w, options.outputName);
      return w;
    });
    this.xfCount = this.guard(() => {
      const path = this.w.stylesPath();
      return pkg.has(path) ? cellXfCount(pkg.text(path)) : 0;
    });
  }

  apply(changes: ChangeSet): this {
    // saiken's data validation rules are merged (and with clearMarks cleared) per ChangeSet: a later
    // one would clear what an earlier one added, unlike one merged ChangeSet.
    if (this.applied && (changes.clearMarks || changes.validations?.length)) throw new Error('data validation and clearMarks belong to the first ChangeSet applied');
    this.applied = true;
    const c = this.guard(() => apply(this.pkg, this.w, changes, this.snapshot, this.file, this.xfCount));
    this.counts.cellsWritten += c.cellsWritten;
    this.counts.unseenStyles += c.unseenStyles;
    this.counts.sheetsCreated += c.sheetsCreated;
    this.counts.chartsAdded += changes.charts.length;
    this.counts.validationsAdded += c.validationsAdded;
    this.counts.validationsKept.push(...c.validationsKept);
    return this;
  }

  finish(): WriteResult {
    return { data: this.guard(() => this.pkg.toBytes()), ...this.counts, sheets: this.guard(() => sheetNames(this.pkg.text(this.w.wbPath))) };
  }

  /** The package's content (a part missing, a zip entry damaged): the file named, its detail in both languages. */
  private guard<T>(f: () => T): T {
    try {
      return f();
    } catch (e) {
      if (e instanceof DetailedError) throw new ReadError('unreadable', this.file, e.detail);
      throw e;
    }
  }
}

/** One ChangeSet applied to the package (see WorkbookWriter), and what it wrote. */
function apply(pkg: Package, w: Writer, changes: ChangeSet, snapshot: Workbook, file: string, xfCount: number): Required<Omit<WriteResult, 'data' | 'chartsAdded' | 'sheets'>> {
  const merged = mergedWrite(changes, snapshot);
  if (merged) throw new ReadError('merged-cell', file, merged.area, merged);
  const array = arrayWrite(changes, snapshot);
  if (array) throw new ReadError('array-cell', file, array.area, array);
  // Protection refused as the add-in refuses it (src/hosts/excel/apply.ts): a sheet added to a
  // locked structure here, a protected sheet where its part is edited (below). Nothing reaches the file.
  if (changes.sheets.some((s) => !w.sheetPath(s.name)) && w.structureLocked()) throw new ReadError('protected-workbook', file);
  // A chart sheet (no worksheet: no cells) is never written into, nor given a worksheet's name beside it (Excel's
  // sheet names are one namespace: two sheets of one name make a file Excel repairs).
  const held = [...changes.sheets.map((s) => s.name), ...changes.cells.map((c) => c.sheet)].find((n) => w.heldByOtherSheet(n));
  if (held !== undefined) throw new ReadError('sheet-name-taken', file, undefined, { sheet: held, cell: '' });
  const refuseProtected = (name: string, xml: string) => {
    if (sheetProtected(xml)) throw protectedSheet(name);
  };
  const protectedSheet = (name: string) => new ReadError('protected-sheet', file, undefined, { sheet: name, cell: changes.cells.find((c) => c.sheet === name)?.cell ?? '' });
  let sheetsCreated = 0;
  for (const s of changes.sheets) {
    const path = w.sheetPath(s.name);
    if (path && s.mode === 'replace') refuseProtected(s.name, pkg.text(path));
    if (!path) {
      w.addSheet(s, fitOf(s, changes));
      sheetsCreated++;
    } else if (s.mode === 'replace') {
      w.removeTree(path);
      // The relationship from the workbook to the part stays; only its content is new.
      pkg.setText(path, w.newSheetXml(s.columnWidths, fitOf(s, changes)));
      w.addContentType(path, CT_WORKSHEET);
    }
    if (s.generated) w.setMark(s.generated.kind, `${s.name}|${s.generated.fingerprint}`);
  }

  // Charts and tables before cells: <drawing> and <tableParts> go into the part while it is
  // small, so a sheet of hundreds of thousands of cells (取りまとめ's 明細) is not unpacked and
  // copied again for them. They do not depend on the cells.
  const chartsBySheet = new Map<string, ChartSpec[]>();
  for (const c of changes.charts) chartsBySheet.set(c.sheet, [...(chartsBySheet.get(c.sheet) ?? []), c]);
  for (const [name, specs] of chartsBySheet) {
    const path = w.sheetPath(name);
    if (!path) throw new Error(`no sheet named ${name}`);
    w.addCharts(path, specs);
  }
  const tablesBySheet = new Map<string, TableSpec[]>();
  for (const t of changes.tables ?? []) tablesBySheet.set(t.sheet, [...(tablesBySheet.get(t.sheet) ?? []), t]);
  for (const [name, specs] of tablesBySheet) {
    const path = w.sheetPath(name);
    if (!path) throw new Error(`no sheet named ${name}`);
    w.addTables(path, specs);
  }

  const bySheet = new Map<string, CellWrite[]>();
  // Indexed: a summary or 取りまとめ writes hundreds of thousands of cells (no iterator result each).
  for (let i = 0; i < changes.cells.length; i++) {
    const c = changes.cells[i];
    const list = bySheet.get(c.sheet);
    if (list) list.push(c);
    else bySheet.set(c.sheet, [c]);
  }
  // Formulas reading a figure changed lose their stored result, for a reader that shows it rather than calculate
  // (stale-results.ts); not on a sheet no write may touch (protected: left as they are).
  const untouchable = (name: string) => {
    if (bySheet.has(name)) return false;
    const path = w.sheetPath(name);
    return !path || sheetProtected(pkg.text(path));
  };
  for (const d of changes.cells.length ? staleDependents(snapshot, changes.cells, untouchable) : []) {
    const list = bySheet.get(d.sheet);
    if (list) list.push(d);
    else bySheet.set(d.sheet, [d]);
  }
  let styles: StylesXml | null = null;
  // Wrapped rows are as tall as their lines in the workbook's Normal font (read only where a sheet has some).
  let linePoints = STANDARD_LINE_POINTS;
  if (changes.sheets.some((s) => s.rowLines?.length) && pkg.has(w.stylesPath())) linePoints = linePointsOf((styles = new StylesXml(pkg.text(w.stylesPath()))).normalFont());
  /** Whether the package has a styles part or this write makes one (see restyle). */
  let stylesWritten: boolean | undefined;
  let cellsWritten = 0;
  let unseenStyles = 0;
  let formulas = false;
  // Sheets whose print layout and row heights went in with their cells, while the text was at
  // hand: not inflated, decoded and compressed once more for them (the 集計 of a million-cell plan).
  const laidOut = new Set<string>();
  // The formats derived lately, most recent first: a generated sheet's rows repeat a few formats
  // across their columns (text, amount, centred), each asked for again without a key string.
  const recent: { base: number; numberFormat: string | undefined; bold: boolean; align: CellWrite['align']; wrap: boolean; s: number }[] = [];
  for (const [name, writes] of bySheet) {
    const path = w.sheetPath(name);
    if (!path) throw new Error(`no sheet named ${name}`);
    // Data validation comes before the layout (below): a sheet it edits is laid out there, after it.
    const layouts = changes.clearMarks || changes.validations?.some((v) => v.sheet === name) ? [] : changes.sheets.filter((s) => s.name === name && (s.print || s.rowLines?.length));
    const withHeights = layouts.filter((s) => s.rowLines?.length);
    let heights: SheetWrite | undefined;
    let xml: string | undefined;
    // A sheet written row by row gets its print layout before its rows (the layout is spliced
    // around sheetData, never into it: the same text as after them). The edited part is encoded
    // and compressed as it is made (editSheetBytes) unless a layout is still to be spliced into its
    // text: it never exists as one array of bytes, and a sheet written row by row never as one
    // text — for the 集計 of a million-cell plan 110 MB of rows, the same again joined, a copy of
    // it when the layout was spliced around it, and 55 MB of UTF-8 held until compressed; for the
    // plan recalc writes into, its text joined, copied again to widen its dimension, and encoded.
    // Row heights for a sheet written row by row come with the rows.
    let compressed: Compressed | undefined;
    let unchanged = false;
    const sheetOpts = (rowHeights: ReadonlyMap<number, number> | undefined): SheetEditOptions => ({
      rowHeights,
      styleCount: xfCount,
      unseenStyle: () => unseenStyles++,
      restyle: (base, cw) => {
        if (cw.numberFormat === undefined && !cw.bold && !cw.align && !cw.wrap) return undefined;
        for (let k = 0; k < recent.length; k++) {
          const r = recent[k];
          if (r.base === base && r.numberFormat === cw.numberFormat && r.bold === !!cw.bold && r.align === cw.align && r.wrap === !!cw.wrap) return r.s;
        }
        // Alignment and wrap only where the package has cell formats to copy, or gets them in this
        // write (a number format or bold makes the part): decided for the whole ChangeSet, so that
        // neither the order of its cells nor that of ChangeSets applied in turn changes it.
        if (cw.numberFormat === undefined && !cw.bold && !(stylesWritten ??= pkg.has(w.stylesPath()) || changes.cells.some((c) => c.numberFormat !== undefined || !!c.bold))) return undefined;
        styles ??= new StylesXml(pkg.has(w.stylesPath()) ? pkg.text(w.stylesPath()) : minimalStyles(w.flavor));
        const s = styles.derive(base, { numberFormat: cw.numberFormat, bold: cw.bold, align: cw.align, wrap: cw.wrap });
        recent.unshift({ base, numberFormat: cw.numberFormat, bold: !!cw.bold, align: cw.align, wrap: !!cw.wrap, s });
        if (recent.length > 8) recent.pop();
        return s;
      },
    });
    try {
      // A sheet with rows and no layout to splice (a plan sheet recalc writes into): edited from
      // its bytes a window of rows at a time, where the part is one that edit follows.
      const bytes = layouts.length ? undefined : pkg.unopenedBytes(path);
      if (bytes) {
        const c = pkg.compressor();
        const done = editSheetPart(bytes, writes, sheetOpts(undefined), utf8Xml, (piece) => c.push(piece), (tail) => protectionAfter(tail, 0));
        if (done === 'protected') throw protectedSheet(name);
        if (done === true) compressed = c.finish();
        unchanged = done === false;
      }
      if (!compressed && !unchanged) {
        let text = pkg.text(path, bytes);
        refuseProtected(name, text);
        const rowless = isRowless(text);
        heights = withHeights.length === 1 && rowless ? withHeights[0] : undefined;
        const inOnePass = rowless && (withHeights.length === 0 || !!heights);
        if (inOnePass) for (const s of layouts) text = layoutSheet(text, s === heights ? { ...s, rowLines: undefined } : s, linePoints);
        const opts = sheetOpts(heights && new Map(wrappedRowPoints(heights, linePoints)));
        if (inOnePass || !layouts.length) {
          const c = pkg.compressor();
          // Unchanged (writes that leave every cell as it was): the text as read, copied as stored.
          if (editSheetBytes(text, writes, opts, utf8Xml, (piece) => c.push(piece))) compressed = c.finish();
          else xml = text;
        } else {
          xml = editSheet(text, writes, opts);
          for (const s of layouts) xml = layoutSheet(xml, s === heights ? { ...s, rowLines: undefined } : s, linePoints);
        }
      }
    } catch (e) {
      // A sheet part the scan cannot follow (not well-formed): the file is named, nothing is written.
      if (e instanceof ReadError || e instanceof ZipFormatError) throw e;
      throw new ReadError('unreadable', file, sheetPartDetail(name, path, detailOf(e)));
    }
    if (layouts.length) laidOut.add(name);
    if (compressed) pkg.setCompressed(path, compressed);
    else if (!unchanged) pkg.setText(path, xml!);
    // One sheet's text at a time: the next sheet is edited while this one is held compressed. A
    // sheet laid out already stays open until the end, as it did when the layout re-opened it.
    if (!laidOut.has(name)) pkg.seal(path);
    for (let i = 0; !formulas && i < writes.length; i++) if (writes[i].formula !== undefined) formulas = true;
    cellsWritten += writes.length;
  }
  const st = styles as StylesXml | null;
  if (st?.changed) {
    const path = w.stylesPath();
    if (!pkg.has(path)) {
      w.addContentType(path, 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml');
      w.addRel(w.wbPath, 'styles', relativeTarget(w.wbPath, path));
    }
    pkg.setText(path, st.xml);
  }

  const dv = applyValidations(changes, snapshot, {
    text: (path) => pkg.text(path),
    refuseProtected,
    setText: (path, xml) => pkg.setText(path, xml),
    sheetPath: (name) => w.sheetPath(name),
  });
  // Where the layout used to re-open the sheets laid out above, they go behind the parts open now,
  // so that the package's entries keep the order they had.
  const requeued = new Set<string>();
  for (const s of changes.sheets) {
    if (!laidOut.has(s.name) || requeued.has(s.name) || (!s.print && !s.rowLines?.length)) continue;
    requeued.add(s.name);
    pkg.requeue(w.sheetPath(s.name)!);
  }
  // Print setup, row heights and a sheet moved last: only the parts of the sheets that ask for it.
  applySheetLayouts(changes, {
    text: (path) => pkg.text(path),
    setText: (path, xml) => pkg.setText(path, xml),
    sheetPath: (name) => w.sheetPath(name),
    workbookPath: w.wbPath,
    structureLocked: () => w.structureLocked(),
    linePoints,
  }, laidOut);
  if (formulas) w.requestRecalculation();
  return { cellsWritten, sheetsCreated, validationsAdded: dv.added, validationsKept: dv.kept, unseenStyles };
}

/**
 * saiken's data validation: each sheet's rules added beside the user's (src/hosts/file/validation-xml.ts);
 * with clearMarks, saiken's earlier rules come off every sheet that gets no new ones.
 */
function applyValidations(
  changes: ChangeSet,
  snapshot: Workbook,
  io: { text(path: string): string; refuseProtected(name: string, xml: string): void; setText(path: string, xml: string): void; sheetPath(name: string): string | undefined },
): { added: number; kept: { sheet: string; range: string }[] } {
  const bySheet = new Map<string, NonNullable<ChangeSet['validations']>>();
  for (const v of changes.validations ?? []) bySheet.set(v.sheet, [...(bySheet.get(v.sheet) ?? []), v]);
  if (changes.clearMarks) for (const s of snapshot.sheets) if (!bySheet.has(s.name)) bySheet.set(s.name, []);
  const out = { added: 0, kept: [] as { sheet: string; range: string }[] };
  for (const [name, rules] of bySheet) {
    const path = io.sheetPath(name);
    if (!path) {
      if (rules.length) throw new Error(`no sheet named ${name}`);
      continue;
    }
    const xml = io.text(path);
    if (!rules.length && !xml.includes(SAIKEN_SIGNATURE)) continue;
    const m = mergeDataValidations(xml, rules);
    if (m.xml !== xml) {
      io.refuseProtected(name, xml);
      io.setText(path, m.xml);
    }
    out.added += m.added.length;
    for (const k of m.kept) out.kept.push({ sheet: name, range: sqrefOfArea(k.area) });
  }
  return out;
}

const isTrue = (v: string | undefined) => v === '1' || v === 'true';

/** Whether Review > Protect Sheet protects a worksheet part: <sheetProtection sheet="1">, after sheetData (ECMA-376 §18.3.1.85). */
function sheetProtected(xml: string): boolean {
  const data = findTag(xml, 'sheetData');
  // A part cut short in its rows has nothing after them: the edit that follows names what is wrong.
  const after = data?.kind === 'open' ? xml.indexOf(`</${data.name}`, data.end) : (data?.end ?? 0);
  return after >= 0 && protectionAfter(xml, after);
}

/** Whether a <sheetProtection> at or after `from` protects the sheet. */
function protectionAfter(xml: string, from: number): boolean {
  const p = findTag(xml, 'sheetProtection', from);
  return !!p && isTrue(attr(xml.slice(p.start, p.end), 'sheet'));
}

function minimalStyles(f: Flavor): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${f.main}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
  );
}

