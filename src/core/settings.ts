/**
 * Settings that change results, stored in the workbook and validated as untrusted input (their
 * schema: settings-schema.ts, loaded only where settings are read or written).
 */
import type { Settings } from './settings-schema';

export type { Settings };

/** The limits of the expected departments' list. */
export const DEPARTMENTS_MAX = 2000;
export const DEPARTMENT_LENGTH = 100;

/** What SettingsSchema makes of nothing (test/core/settings.test.ts holds them equal). */
export const DEFAULT_SETTINGS: Settings = { blankAsZero: false, largeChangePoints: 20, largeChangeRatio: 0.5, installDataValidation: false, expectedDepartments: [] };

/** A list typed or saved one department a line: trimmed, blanks and repeats dropped. */
export function departmentLines(text: string): string[] {
  return [...new Set(text.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean))];
}
