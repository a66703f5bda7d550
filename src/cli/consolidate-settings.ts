/**
 * The departments `saiken consolidate` expects (未提出 in 提出状況), and the settings the output
 * keeps so the next round finds them. One rule, the first that applies:
 *
 *   1. `--departments <list.txt>` (one a line);
 *   2. the settings of `--settings-from <book>` (as the pane's settings view stores them);
 *   3. the settings of the output workbook, when it exists (the previous round's 取りまとめ).
 *
 * The output stores the settings it was made with (the list among them), so running the same
 * command again keeps the list without naming it.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { readBookFile } from './book';
import { DATA_SHEET, documentCells, readWorkbookData } from '../core/workbook-data';
import { DEFAULT_SETTINGS, departmentLines, type Settings } from '../core/settings';
import { SettingsSchema } from '../core/settings-schema';
import type { ChangeSet } from '../core/changes';
import { CONSOLIDATE_CLI as T } from '../i18n/consolidate';

export interface ExpectedDepartments {
  list: string[];
  /** The settings to store in the output; null when there is nothing to keep. */
  settings: Settings | null;
  /** Said on stderr: a damaged stored document, an output that could not be read for its settings. */
  warnings: string[];
}

async function settingsOf(path: string): Promise<{ settings: Settings; stored: boolean; warnings: string[] }> {
  const name = basename(path);
  const { wb } = await readBookFile(path, name);
  const read = readWorkbookData(wb);
  return { settings: read.settings, stored: wb.sheets.some((s) => s.name === DATA_SHEET), warnings: read.findings.map((f) => `${name}: ${f.message}`) };
}

export async function expectedDepartments(opts: { departments?: string; settingsFrom?: string; output: string }): Promise<ExpectedDepartments> {
  const warnings: string[] = [];
  let base: { settings: Settings; stored: boolean } | null = null;
  if (opts.settingsFrom) {
    try {
      const s = await settingsOf(opts.settingsFrom);
      warnings.push(...s.warnings);
      base = s;
    } catch (e) {
      throw new Error(T.settingsFromUnreadable(opts.settingsFrom, e instanceof Error ? e.message : String(e)));
    }
  } else if (await stat(opts.output).then((i) => i.isFile(), () => false)) {
    // The output is about to be replaced: unreadable, it only costs its list, and it is said.
    try {
      const s = await settingsOf(opts.output);
      warnings.push(...s.warnings);
      base = s;
    } catch (e) {
      warnings.push(T.outputSettingsUnreadable(opts.output, e instanceof Error ? e.message : String(e)));
    }
  }
  let list = base?.settings.expectedDepartments ?? [];
  if (opts.departments) {
    let text: string;
    try {
      text = await readFile(opts.departments, 'utf8');
    } catch (e) {
      throw new Error(T.departmentsUnreadable(opts.departments, e instanceof Error ? e.message : String(e)));
    }
    list = departmentLines(text);
  }
  const parsed = SettingsSchema.safeParse({ ...(base?.settings ?? DEFAULT_SETTINGS), expectedDepartments: list });
  if (!parsed.success) throw new Error(T.departmentsInvalid(opts.departments ?? opts.settingsFrom ?? opts.output));
  const keep = list.length > 0 || base?.stored === true;
  return { list, settings: keep ? parsed.data : null, warnings };
}

/** The settings stored on the output's hidden data sheet, as both hosts lay them out. */
export function withStoredSettings(cs: ChangeSet, settings: Settings | null): ChangeSet {
  if (!settings) return cs;
  const texts = documentCells({ settings });
  return {
    ...cs,
    sheets: [...cs.sheets, { name: DATA_SHEET, mode: 'create', state: 'veryHidden' }],
    cells: [...cs.cells, ...texts.map((value, i) => ({ sheet: DATA_SHEET, cell: `A${i + 1}`, value }))],
  };
}
