/**
 * What the add-in stores inside a workbook so that every colleague gets the same result: settings
 * and catalog overrides (product.md §8), and the record of the marks 検証 placed (so that マーク解除
 * restores the cells even after the workbook was saved and reopened elsewhere). It lives on a
 * hidden sheet (DATA_SHEET), as JSON in column A from A2 down (a chunk of at most 8,000
 * characters a cell), so both hosts read it as cells and a finding can name the cell. Everything read
 * back is untrusted: validated, never executed.
 */
import type { Sheet, Workbook } from './workbook';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import type { WorkbookOverrides } from './catalog/schema';
import type { Finding } from './recognize/model';
import type { MarksRecord } from './marks';
import { findingMessage } from '../i18n/findings';
import type * as StoredSchemas from './workbook-data-schema';

export const DATA_SHEET = '_saiken';
/**
 * Characters per cell of the stored JSON. A cell holds 32,767, but Excel fails text over about
 * 8,200 characters written or read through Range.formulas (src/hosts/excel), so every host keeps
 * chunks under 8,000 and the layout is the same whichever host wrote it.
 */
const CHUNK_LIMIT = 8_000;
const DATA_LIMIT = 2_000_000;

export const ROLE_NAMES = ['department', 'debt', 'division', 'classification', 'value', 'delta', 'note', 'other'] as const;

export type { Mappings } from './workbook-data-schema';

export interface WorkbookData {
  /** The user's column corrections, flattened for recognition. */
  mappings: { sheet: string; anchor: string; column: string; role?: (typeof ROLE_NAMES)[number]; fiscalYear?: number | null; kind?: 'actual' | 'target' | 'forecast' | null }[];
  settings: Settings;
  overrides: WorkbookOverrides | null;
  /** The marks placed by 検証, when any are recorded (and the record is valid). */
  marks: MarksRecord | null;
  findings: Finding[];
}

/** The stored document's schemas, loaded when first needed (workbook-data-schema.ts). */
function schemas(): typeof StoredSchemas {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./workbook-data-schema') as typeof StoredSchemas;
}

function problem(detail: string, cell = 'A2'): Finding {
  return { code: 'settings-invalid', severity: 'warning', sheet: DATA_SHEET, cell, ...findingMessage('settings-invalid', { detail }) };
}

function storedText(sheet: Sheet): string {
  let text = '';
  for (let r = 1; r < sheet.rows.length; r++) {
    const v = sheet.rows[r]?.[0]?.value;
    if (typeof v === 'string') text += v;
  }
  return text;
}

/** Reads and validates what the workbook stores; defaults where nothing (valid) is stored. */
export function readWorkbookData(wb: Workbook): WorkbookData {
  const out: WorkbookData = { mappings: [], settings: DEFAULT_SETTINGS, overrides: null, marks: null, findings: [] };
  const sheet = wb.sheets.find((s) => s.name === DATA_SHEET);
  if (!sheet) return out;
  const text = storedText(sheet);
  if (text === '') return out;
  if (text.length > DATA_LIMIT) return { ...out, findings: [problem('2 MB を超えています / larger than 2 MB')] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ...out, findings: [problem(`JSON ではありません / not JSON (${(e as Error).message})`)] };
  }
  // Something is stored: its schemas (and zod) are loaded now, not for a workbook that stores nothing.
  schemas().validateStored(json, out, problem);
  return out;
}

/**
 * The stored document as parsed, every part kept as it is (valid or not), for a host that
 * rewrites one part and must carry the others over unchanged. `null` where nothing is stored;
 * `invalid` where the text is not a JSON object of version 1 (nothing can be carried over then).
 */
export function storedDocument(wb: Workbook): { parts: Record<string, unknown> } | null | 'invalid' {
  const sheet = wb.sheets.find((s) => s.name === DATA_SHEET);
  const text = sheet ? storedText(sheet) : '';
  if (text === '') return null;
  if (text.length > DATA_LIMIT) return 'invalid';
  try {
    const json: unknown = JSON.parse(text);
    if (!schemas().isStoredDocument(json)) return 'invalid';
    return { parts: json as Record<string, unknown> };
  } catch {
    return 'invalid';
  }
}

/** The rows of column A the document occupies (A1 the note, A2… the chunks), for rewriting. */
export function storedRowCount(wb: Workbook): number {
  const sheet = wb.sheets.find((s) => s.name === DATA_SHEET);
  if (!sheet) return 0;
  let n = 0;
  sheet.rows.forEach((row, r) => {
    if (row?.[0] !== undefined) n = r + 1;
  });
  return n;
}

/** The cells that store the data: A1 a note for people, A2… the JSON in chunks. Always text. */
export function workbookDataCells(data: { settings?: Partial<Settings>; catalog?: WorkbookOverrides; marks?: MarksRecord }): string[] {
  return documentCells(data);
}

/**
 * An empty list of expected departments is left out, so that a workbook saved by this version still
 * reads in an add-in from before the setting existed (its settings schema is strict).
 */
function storableSettings(settings: unknown): unknown {
  if (settings === null || typeof settings !== 'object') return settings;
  const { expectedDepartments, ...rest } = settings as { expectedDepartments?: unknown };
  return Array.isArray(expectedDepartments) && expectedDepartments.length === 0 ? rest : settings;
}

/** Same, for a document whose parts are carried over as read (see storedDocument). */
export function documentCells(parts: Record<string, unknown>): string[] {
  const { version: _version, ...rest } = parts;
  const json = JSON.stringify({ version: 1, ...rest, ...(rest.settings ? { settings: storableSettings(rest.settings) } : {}) });
  const chunks = ['saiken の設定（編集しないでください） / saiken settings (do not edit)'];
  for (let i = 0; i < json.length; ) {
    let end = Math.min(json.length, i + CHUNK_LIMIT);
    // Never between the two halves of a surrogate pair (𠮷): each cell holds whole characters.
    if (end < json.length && /[\uD800-\uDBFF]/.test(json[end - 1])) end--;
    chunks.push(json.slice(i, end));
    i = end;
  }
  return chunks;
}
