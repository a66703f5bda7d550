/**
 * The workbook's skeleton: where the workbook part is (the package relationship, not a fixed
 * path), its sheets in order with their parts and visibility, the date system, the defined names
 * holding a text constant, and where the styles and shared strings are.
 */
import { scanPart } from './part';
import { attributes, type XmlHandler } from './scanner';
import type { ZipReader } from './zip';
import { textConstant } from '../../../core/workbook';
import { DetailedError } from '../errors';
import { xmlDetail } from '../../../i18n/read-details';

export interface Relationship {
  id: string;
  type: string;
  /** The target as a part name (resolved against the source part, no leading "/"). */
  target: string;
  external: boolean;
}

export interface SheetEntry {
  name: string;
  part: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export interface WorkbookInfo {
  part: string;
  /** False when the part's root is not a `<workbook>` (a document of another kind). */
  isWorkbook: boolean;
  sheets: SheetEntry[];
  /** Names of the sheets that are no worksheets (chart, dialog, macro sheets): they hold no cells, but their names are taken. */
  otherSheets: string[];
  date1904: boolean;
  names: Record<string, string>;
  styles?: string;
  sharedStrings?: string;
}

/** "xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml". */
export function resolvePart(source: string, target: string): string {
  const t = target.replace(/\\/g, '/');
  const segments = t.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const s of t.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') segments.pop();
    else segments.push(s);
  }
  return segments.map((s) => decodeURIComponentSafe(s)).join('/');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return s.includes('%') ? decodeURIComponent(s) : s;
  } catch {
    return s;
  }
}

export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function readRels(zip: ZipReader, source: string): Relationship[] {
  const rels: Relationship[] = [];
  const path = source === '' ? '_rels/.rels' : relsPartOf(source);
  if (!zip.has(path)) return rels;
  const handler: XmlHandler = {
    wantText: false,
    open(name, attrs) {
      if (name !== 'Relationship') return;
      const a = attributes(attrs);
      if (!a.Target) return;
      const external = a.TargetMode === 'External';
      rels.push({ id: a.Id ?? '', type: a.Type ?? '', target: external ? a.Target : resolvePart(source, a.Target), external });
    },
    close() {},
    text() {},
  };
  scanPart(zip, path, handler);
  return rels;
}

const typeIs = (r: Relationship, last: string) => r.type.endsWith(`/${last}`);

/** The workbook part: the package's officeDocument relationship, or xl/workbook.xml. */
export function findWorkbookPart(zip: ZipReader): string | null {
  const doc = readRels(zip, '').find((r) => typeIs(r, 'officeDocument') && !r.external && zip.has(r.target));
  if (doc) return doc.target;
  return zip.has('xl/workbook.xml') ? 'xl/workbook.xml' : null;
}

/**
 * When the package was last saved, as its core properties say (docProps/core.xml's dcterms:modified, a W3CDTF time that Excel,
 * LibreOffice and most libraries write at every save): ms since the epoch, or null where the package says none.
 */
export function readSavedTime(zip: ZipReader): number | null {
  const core = readRels(zip, '').find((r) => typeIs(r, 'core-properties') && !r.external && zip.has(r.target))?.target ?? (zip.has('docProps/core.xml') ? 'docProps/core.xml' : null);
  if (!core) return null;
  let text = '';
  const handler: XmlHandler = {
    wantText: false,
    open(name) {
      if (name === 'modified') this.wantText = true;
    },
    close(name) {
      if (name === 'modified') this.wantText = false;
    },
    text(t) {
      text += t;
    },
  };
  scanPart(zip, core, handler);
  // A time with its zone (2026-05-20T09:00:00Z); one without would be read in the machine's zone.
  const trimmed = text.trim();
  const time = /(?:Z|[+-]\d\d:\d\d)$/.test(trimmed) ? Date.parse(trimmed) : NaN;
  return Number.isFinite(time) ? time : null;
}

export function readWorkbookPart(zip: ZipReader, part: string): WorkbookInfo {
  const rels = new Map(readRels(zip, part).map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  const otherSheets: string[] = [];
  const names: Record<string, string> = {};
  let date1904 = false;
  let root: string | null = null;
  let nameKey: string | null = null;
  let nameText = '';
  const handler: XmlHandler = {
    wantText: false,
    open(name, attrs) {
      root ??= name;
      if (name === 'sheet') {
        const a = attributes(attrs);
        const rel = a.id !== undefined ? rels.get(a.id) : undefined;
        // A sheet whose r:id names no relationship: which part holds it cannot be told (Excel
        // offers to repair the file, LibreOffice shows it empty). Read on without it, it would be
        // left out as though the workbook had no such sheet.
        if (!rel) throw new DetailedError(xmlDetail.sheetRelationshipMissing(a.name ?? '', relsPartOf(part)));
        // Chart sheets, dialog sheets and macro sheets hold no cells to read; their names are taken.
        if (rel.external || !typeIs(rel, 'worksheet')) {
          if (a.name) otherSheets.push(a.name);
          return;
        }
        // A worksheet whose part is gone: Excel reports the file damaged. Read on without it, its
        // tables would be "not found" and a summary written from nothing.
        if (!zip.has(rel.target)) throw new DetailedError(xmlDetail.sheetPartMissing(a.name ?? '', rel.target));
        const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
        sheets.push({ name: a.name ?? '', part: rel.target, state });
      } else if (name === 'workbookPr') {
        const v = attributes(attrs).date1904;
        date1904 = v === '1' || v === 'true';
      } else if (name === 'definedName') {
        nameKey = attributes(attrs).name ?? null;
        nameText = '';
        this.wantText = true;
      }
    },
    close(name) {
      if (name !== 'definedName') return;
      this.wantText = false;
      const text = textConstant(nameText);
      if (nameKey && text !== undefined) names[nameKey] = text;
      nameKey = null;
    },
    text(s) {
      nameText += s;
    },
  };
  scanPart(zip, part, handler);
  const target = (type: string) => [...rels.values()].find((r) => !r.external && typeIs(r, type) && zip.has(r.target))?.target;
  const dir = part.slice(0, part.lastIndexOf('/') + 1);
  const fallback = (file: string) => (zip.has(dir + file) ? dir + file : undefined);
  return {
    part,
    isWorkbook: root === 'workbook',
    sheets,
    otherSheets,
    date1904,
    names,
    styles: target('styles') ?? fallback('styles.xml'),
    sharedStrings: target('sharedStrings') ?? fallback('sharedStrings.xml'),
  };
}
