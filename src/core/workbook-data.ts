/**
 * What the add-in stores inside a workbook so that every colleague gets the same result: settings
 * and catalog overrides (product.md §8). It lives on a hidden sheet (DATA_SHEET), as JSON in
 * column A from A2 down (a cell holds at most 32,767 characters), so both hosts read it as cells
 * and a finding can name the cell. Everything read back is untrusted: validated, never executed.
 */
import { z } from 'zod';
import type { Sheet, Workbook } from './workbook';
import { SettingsSchema, DEFAULT_SETTINGS, type Settings } from './settings';
import { WorkbookOverridesSchema, type WorkbookOverrides } from './catalog';
import type { Finding } from './recognize/model';
import { findingMessage } from '../i18n/findings';

export const DATA_SHEET = '_saiken';
const CELL_LIMIT = 32_767;
const DATA_LIMIT = 2_000_000;

/** The stored document. Each part is validated on its own: a damaged part does not cost the others. */
const StoredSchema = z.looseObject({ version: z.literal(1) });

export interface WorkbookData {
  settings: Settings;
  overrides: WorkbookOverrides | null;
  findings: Finding[];
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
  const out: WorkbookData = { settings: DEFAULT_SETTINGS, overrides: null, findings: [] };
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
  const doc = StoredSchema.safeParse(json);
  if (!doc.success) return { ...out, findings: [problem(z.prettifyError(doc.error))] };
  const stored = doc.data as { settings?: unknown; catalog?: unknown };
  if (stored.settings !== undefined) {
    const s = SettingsSchema.safeParse(stored.settings);
    if (s.success) out.settings = s.data;
    else out.findings.push(problem(`settings: ${z.prettifyError(s.error)}`));
  }
  if (stored.catalog !== undefined) {
    const c = WorkbookOverridesSchema.safeParse(stored.catalog);
    if (c.success) out.overrides = c.data;
    else out.findings.push(problem(`catalog: ${z.prettifyError(c.error)}`));
  }
  return out;
}

/** The cells that store the data: A1 a note for people, A2… the JSON in chunks. Always text. */
export function workbookDataCells(data: { settings?: Partial<Settings>; catalog?: WorkbookOverrides }): string[] {
  const json = JSON.stringify({ version: 1, ...data });
  const chunks = ['saiken の設定（編集しないでください） / saiken settings (do not edit)'];
  for (let i = 0; i < json.length; i += CELL_LIMIT) chunks.push(json.slice(i, i + CELL_LIMIT));
  return chunks;
}
