/**
 * Settings and catalog overrides stored with the workbook (product.md §8), through the port: read
 * with the engine's readWorkbookData (validated as untrusted input — a damaged part becomes a
 * settings-invalid finding and is ignored), written as the cells workbook-data.ts lays out, the
 * other parts of the stored document (the marks record among them) carried over as they are.
 */
import type { WorkbookPort } from '../port';
import { emptyChangeSet, type ChangeSet } from '../../core/changes';
import type { WorkbookOverrides } from '../../core/catalog';
import type { Settings } from '../../core/settings';
import type { Workbook } from '../../core/workbook';
import { DATA_SHEET, documentCells, readWorkbookData, storedDocument, storedRowCount, type WorkbookData } from '../../core/workbook-data';
import { ExcelHostError } from './errors';

export async function readSettings(port: WorkbookPort): Promise<WorkbookData> {
  return readWorkbookData(await port.read());
}

export interface SettingsUpdate {
  settings?: Partial<Settings>;
  /** null removes the overrides. */
  catalog?: WorkbookOverrides | null;
}

/** The ChangeSet that stores `update` on the hidden data sheet, keeping every other part. */
export function settingsChanges(wb: Workbook, update: SettingsUpdate): ChangeSet {
  const doc = storedDocument(wb);
  if (doc === 'invalid') throw new ExcelHostError('data-damaged', { detail: 'JSON' });
  const parts: Record<string, unknown> = { ...(doc?.parts ?? {}) };
  if (update.settings !== undefined) parts.settings = update.settings;
  if (update.catalog === null) delete parts.catalog;
  else if (update.catalog !== undefined) parts.catalog = update.catalog;
  const texts = documentCells(parts);
  const old = storedRowCount(wb);
  const cs = emptyChangeSet();
  if (!wb.sheets.some((s) => s.name === DATA_SHEET)) cs.sheets.push({ name: DATA_SHEET, mode: 'create', state: 'veryHidden' });
  for (let i = 0; i < Math.max(texts.length, old); i++) cs.cells.push({ sheet: DATA_SHEET, cell: `A${i + 1}`, value: i < texts.length ? texts[i] : null });
  return cs;
}

export async function saveSettings(port: WorkbookPort, update: SettingsUpdate): Promise<void> {
  const wb = await port.read();
  await port.apply(settingsChanges(wb, update));
}
