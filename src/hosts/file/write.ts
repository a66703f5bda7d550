/**
 * The file host's writing side: a ChangeSet applied to the original .xlsx package part by part.
 * Only the parts the changes touch are rewritten (the sheets written to, styles, the workbook
 * part, relationships, content types); every other part — charts, pictures, comments, data
 * validation, conditional formats, defined names, themes — is carried over byte for byte.
 * Formulas are written with their current results, so readers that do not recalculate still
 * show figures; Excel is asked to recalculate on load.
 */
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import type { ChangeSet, CellWrite, ChartSpec, SheetWrite } from '../../core/changes';
import { chartXml, drawingRelsXml, drawingXml } from './charts-xml';
import { colIndex, parseA1, type Workbook } from '../../core/workbook';
import { SheetXml } from './sheet-xml';
import { StylesXml } from './styles-xml';
import { ReadError } from './errors';
import { applySheetLayout } from './print-xml';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_WORKSHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

type Doc = ReturnType<DOMParser['parseFromString']>;
type El = ReturnType<Doc['createElementNS']>;

export interface WriteResult {
  data: Uint8Array;
  cellsWritten: number;
  sheetsCreated: number;
  chartsAdded: number;
}

class Package {
  private docs = new Map<string, Doc>();
  constructor(readonly files: Record<string, Uint8Array>) {}

  has(path: string): boolean {
    return path in this.files;
  }

  xml(path: string): Doc {
    let d = this.docs.get(path);
    if (!d) {
      const bytes = this.files[path];
      if (!bytes) throw new Error(`missing part ${path}`);
      d = new DOMParser().parseFromString(strFromU8(bytes), 'text/xml');
      this.docs.set(path, d);
    }
    return d;
  }

  setXml(path: string, doc: Doc): void {
    this.docs.set(path, doc);
  }

  remove(path: string): void {
    delete this.files[path];
    this.docs.delete(path);
  }

  /** Serializes the parts that were parsed (and so may have changed); the rest stay as read. */
  zip(): Uint8Array {
    for (const [path, doc] of this.docs) this.files[path] = strToU8(new XMLSerializer().serializeToString(doc));
    return zipSync(this.files, { level: 6 });
  }
}

function elements(parent: Doc | El, local: string): El[] {
  return Array.from(parent.getElementsByTagNameNS(NS_MAIN, local)) as El[];
}

/** The worksheet part of every sheet name, from workbook.xml and its relationships. */
function sheetParts(pkg: Package): Map<string, string> {
  const wb = pkg.xml('xl/workbook.xml');
  const rels = pkg.xml('xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const rel of Array.from(rels.getElementsByTagNameNS(NS_PKG_REL, 'Relationship')) as El[]) {
    const t = rel.getAttribute('Target') ?? '';
    targets.set(rel.getAttribute('Id') ?? '', t.startsWith('/') ? t.slice(1) : `xl/${t}`);
  }
  const out = new Map<string, string>();
  for (const s of elements(wb, 'sheet')) out.set(s.getAttribute('name') ?? '', targets.get(s.getAttributeNS(NS_REL, 'id') ?? '') ?? '');
  return out;
}

/**
 * A new worksheet part. Generated sheets print to the page width (a chart sheet onto one page),
 * so that the summary prints as a document and no chart is cut by a page break.
 */
function newSheetXml(widths: number[] | undefined, fit: 'none' | 'width' | 'page' = 'none'): string {
  const cols = widths?.length ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` : '';
  const sheetPr = fit === 'none' ? '' : '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
  const setup = fit === 'none' ? '' : `<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="${fit === 'page' ? 1 : 0}"/>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${sheetPr}<sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData/>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${setup}</worksheet>`
  );
}

const fitOf = (s: SheetWrite, changes: ChangeSet): 'none' | 'width' | 'page' =>
  !s.generated ? 'none' : changes.charts.some((c) => c.sheet === s.name) ? 'page' : 'width';

/** Adds a worksheet part and registers it in the workbook, its relationships and content types. */
function addSheet(pkg: Package, parts: Map<string, string>, s: SheetWrite, fit: 'none' | 'width' | 'page'): void {
  const wb = pkg.xml('xl/workbook.xml');
  const rels = pkg.xml('xl/_rels/workbook.xml.rels');
  const types = pkg.xml('[Content_Types].xml');
  let n = 1;
  while (pkg.has(`xl/worksheets/sheet${n}.xml`) || [...parts.values()].includes(`xl/worksheets/sheet${n}.xml`)) n++;
  const path = `xl/worksheets/sheet${n}.xml`;
  pkg.files[path] = strToU8(newSheetXml(s.columnWidths, fit));
  const relIds = (Array.from(rels.getElementsByTagNameNS(NS_PKG_REL, 'Relationship')) as El[]).map((r) => r.getAttribute('Id') ?? '');
  let k = relIds.length + 1;
  while (relIds.includes(`rId${k}`)) k++;
  const rel = rels.createElementNS(NS_PKG_REL, 'Relationship');
  rel.setAttribute('Id', `rId${k}`);
  rel.setAttribute('Type', REL_WORKSHEET);
  rel.setAttribute('Target', `worksheets/sheet${n}.xml`);
  rels.documentElement!.appendChild(rel);
  const override = types.createElementNS('http://schemas.openxmlformats.org/package/2006/content-types', 'Override');
  override.setAttribute('PartName', `/${path}`);
  override.setAttribute('ContentType', CT_WORKSHEET);
  types.documentElement!.appendChild(override);
  const sheetsEl = elements(wb, 'sheets')[0];
  const ids = elements(wb, 'sheet').map((e) => Number(e.getAttribute('sheetId') ?? 0));
  const sheet = wb.createElementNS(NS_MAIN, 'sheet');
  sheet.setAttribute('name', s.name);
  sheet.setAttribute('sheetId', String(Math.max(0, ...ids) + 1));
  if (s.state !== 'visible') sheet.setAttribute('state', s.state);
  sheet.setAttributeNS(NS_REL, 'r:id', `rId${k}`);
  sheetsEl.appendChild(sheet);
  parts.set(s.name, path);
}

const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';

const relsPathOf = (part: string) => part.replace(/([^/]+)$/, '_rels/$1.rels');
const resolveTarget = (part: string, target: string) => {
  if (target.startsWith('/')) return target.slice(1);
  const parts = part.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
};

function addContentType(pkg: Package, path: string, type: string): void {
  const types = pkg.xml('[Content_Types].xml');
  const o = types.createElementNS('http://schemas.openxmlformats.org/package/2006/content-types', 'Override');
  o.setAttribute('PartName', `/${path}`);
  o.setAttribute('ContentType', type);
  types.documentElement!.appendChild(o);
}

function removeContentType(pkg: Package, path: string): void {
  const types = pkg.xml('[Content_Types].xml');
  for (const o of Array.from(types.getElementsByTagName('Override')) as El[]) if (o.getAttribute('PartName') === `/${path}`) o.parentNode?.removeChild(o);
}

/** Removes a part and everything only it refers to (a generated sheet's drawing and charts). */
function removeTree(pkg: Package, part: string): void {
  const rels = relsPathOf(part);
  if (pkg.has(rels)) {
    for (const r of Array.from(pkg.xml(rels).getElementsByTagNameNS(NS_PKG_REL, 'Relationship')) as El[]) {
      if (r.getAttribute('TargetMode') === 'External') continue;
      const target = resolveTarget(part, r.getAttribute('Target') ?? '');
      if (/^xl\/(drawings|charts)\//.test(target) && pkg.has(target)) removeTree(pkg, target);
    }
    pkg.remove(rels);
  }
  pkg.remove(part);
  removeContentType(pkg, part);
}

function freePath(pkg: Package, dir: string, stem: string): string {
  let n = 1;
  while (pkg.has(`${dir}/${stem}${n}.xml`)) n++;
  return `${dir}/${stem}${n}.xml`;
}

/** Native charts on a sheet: a drawing part, its chart parts, and the sheet's link to them. */
function addCharts(pkg: Package, sheetPath: string, specs: ChartSpec[]): void {
  const chartPaths = specs.map((spec) => {
    const path = freePath(pkg, 'xl/charts', 'chart');
    pkg.files[path] = strToU8(chartXml(spec));
    addContentType(pkg, path, CT_CHART);
    return path;
  });
  const drawing = freePath(pkg, 'xl/drawings', 'drawing');
  pkg.files[drawing] = strToU8(drawingXml(specs));
  pkg.files[relsPathOf(drawing)] = strToU8(drawingRelsXml(chartPaths));
  addContentType(pkg, drawing, CT_DRAWING);
  const sheetRels = relsPathOf(sheetPath);
  if (!pkg.has(sheetRels)) pkg.files[sheetRels] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}"></Relationships>`);
  const rels = pkg.xml(sheetRels);
  const ids = (Array.from(rels.getElementsByTagNameNS(NS_PKG_REL, 'Relationship')) as El[]).map((r) => r.getAttribute('Id'));
  let k = 1;
  while (ids.includes(`rIdDrawing${k}`)) k++;
  const rel = rels.createElementNS(NS_PKG_REL, 'Relationship');
  rel.setAttribute('Id', `rIdDrawing${k}`);
  rel.setAttribute('Type', REL_DRAWING);
  rel.setAttribute('Target', `../drawings/${drawing.split('/').pop()}`);
  rels.documentElement!.appendChild(rel);
  const sheet = pkg.xml(sheetPath);
  const el = sheet.createElementNS(NS_MAIN, 'drawing');
  el.setAttributeNS(NS_REL, 'r:id', `rIdDrawing${k}`);
  // <drawing> follows pageMargins/pageSetup/headerFooter/breaks in the worksheet schema.
  const after = ['headerFooter', 'pageSetup', 'pageMargins'].map((n) => elements(sheet, n)[0]).find(Boolean);
  const root = sheet.documentElement!;
  root.insertBefore(el, after ? after.nextSibling : null);
}

/** The hidden defined name that marks a generated sheet: "<name>|<fingerprint>". */
function setMark(pkg: Package, kind: string, value: string): void {
  const wb = pkg.xml('xl/workbook.xml');
  let names = elements(wb, 'definedNames')[0];
  if (!names) {
    names = wb.createElementNS(NS_MAIN, 'definedNames');
    const sheets = elements(wb, 'sheets')[0];
    sheets.parentNode!.insertBefore(names, sheets.nextSibling);
  }
  const name = `_saiken_gen_${kind}`;
  for (const d of elements(wb, 'definedName')) if (d.getAttribute('name') === name) d.parentNode?.removeChild(d);
  const d = wb.createElementNS(NS_MAIN, 'definedName');
  d.setAttribute('name', name);
  d.setAttribute('hidden', '1');
  d.appendChild(wb.createTextNode(`"${value.replace(/"/g, '""')}"`));
  names.appendChild(d);
}

/** Formulas changed: Excel rebuilds its calculation chain and recalculates on load. */
function requestRecalculation(pkg: Package): void {
  if (pkg.has('xl/calcChain.xml')) {
    pkg.remove('xl/calcChain.xml');
    const rels = pkg.xml('xl/_rels/workbook.xml.rels');
    for (const r of Array.from(rels.getElementsByTagNameNS(NS_PKG_REL, 'Relationship')) as El[]) {
      if ((r.getAttribute('Target') ?? '').endsWith('calcChain.xml')) r.parentNode?.removeChild(r);
    }
    const types = pkg.xml('[Content_Types].xml');
    for (const o of Array.from(types.getElementsByTagName('Override')) as El[]) {
      if ((o.getAttribute('PartName') ?? '').endsWith('/calcChain.xml')) o.parentNode?.removeChild(o);
    }
  }
  const wb = pkg.xml('xl/workbook.xml');
  let calcPr = elements(wb, 'calcPr')[0];
  if (!calcPr) {
    calcPr = wb.createElementNS(NS_MAIN, 'calcPr');
    // calcPr follows sheets / functionGroups / externalReferences / definedNames in the schema.
    const after = elements(wb, 'definedNames')[0] ?? elements(wb, 'sheets')[0];
    after.parentNode!.insertBefore(calcPr, after.nextSibling);
  }
  calcPr.setAttribute('fullCalcOnLoad', '1');
}

/**
 * Applies the changes to the package. `snapshot` is the workbook as read (its formulas are used
 * to keep shared formulas intact when one of their cells is rewritten).
 */
export function writeWorkbook(original: Uint8Array, changes: ChangeSet, snapshot: Workbook, file = 'book.xlsx'): WriteResult {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(original);
  } catch (e) {
    throw new ReadError('unreadable', file, e instanceof Error ? e.message : String(e));
  }
  const pkg = new Package(files);
  const parts = sheetParts(pkg);
  let sheetsCreated = 0;
  for (const s of changes.sheets) {
    if (!parts.has(s.name)) {
      addSheet(pkg, parts, s, fitOf(s, changes));
      sheetsCreated++;
    } else if (s.mode === 'replace') {
      const path = parts.get(s.name)!;
      removeTree(pkg, path);
      addContentType(pkg, path, CT_WORKSHEET);
      pkg.setXml(path, new DOMParser().parseFromString(newSheetXml(s.columnWidths, fitOf(s, changes)), 'text/xml'));
      // The relationship from the workbook to the part stays; only its content is new.
      pkg.files[path] = new Uint8Array();
    }
    if (s.generated) setMark(pkg, s.generated.kind, `${s.name}|${s.generated.fingerprint}`);
  }

  const styles = new StylesXml(pkg.xml('xl/styles.xml'));
  const bySheet = new Map<string, CellWrite[]>();
  for (const w of changes.cells) bySheet.set(w.sheet, [...(bySheet.get(w.sheet) ?? []), w]);
  let cellsWritten = 0;
  let formulas = false;
  for (const [name, writes] of bySheet) {
    const path = parts.get(name);
    if (!path) throw new Error(`no sheet named ${name}`);
    const snap = snapshot.sheets.find((s) => s.name === name);
    const sheet = new SheetXml(pkg.xml(path), (ref) => {
      const { r, c } = parseA1(ref);
      return snap?.rows[r]?.[c]?.formula;
    });
    for (const w of [...writes].sort((a, b) => parseA1(a.cell).r - parseA1(b.cell).r || colIndex(a.cell.replace(/\d+/g, '')) - colIndex(b.cell.replace(/\d+/g, '')))) {
      const cell = sheet.cell(w.cell);
      const base = Number(cell.getAttribute('s') ?? sheet.rowStyle(w.cell) ?? 0);
      if (w.numberFormat !== undefined || w.bold) {
        cell.setAttribute('s', String(styles.derive(base, { numberFormat: w.numberFormat, bold: w.bold })));
      }
      if (w.formula !== undefined) {
        sheet.setFormula(cell, w.formula, w.value ?? '');
        formulas = true;
      } else if (w.value !== undefined) {
        sheet.setValue(cell, w.value);
      }
      cellsWritten++;
    }
  }
  const chartsBySheet = new Map<string, ChartSpec[]>();
  for (const c of changes.charts) chartsBySheet.set(c.sheet, [...(chartsBySheet.get(c.sheet) ?? []), c]);
  for (const [name, specs] of chartsBySheet) {
    const path = parts.get(name);
    if (!path) throw new Error(`no sheet named ${name}`);
    addCharts(pkg, path, specs);
  }
  for (const s of changes.sheets) applySheetLayout(s, changes.cells, () => pkg.xml(parts.get(s.name)!), pkg.xml('xl/workbook.xml'), pkg.xml('xl/styles.xml'));
  if (formulas) requestRecalculation(pkg);
  return { data: pkg.zip(), cellsWritten, sheetsCreated, chartsAdded: changes.charts.length };
}
