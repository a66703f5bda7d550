/**
 * Settings that change results, stored in the workbook and validated as untrusted input.
 */
import { z } from 'zod';

/** The limits of the expected departments' list. */
export const DEPARTMENTS_MAX = 2000;
export const DEPARTMENT_LENGTH = 100;

export const SettingsSchema = z
  .object({
    /** The older convention: a blank operand counts as zero in deltas and totals. */
    blankAsZero: z.boolean().default(false),
    /** large-change: a rate moving more than this many points between consecutive years. */
    largeChangePoints: z.number().min(0).max(100).default(20),
    /** large-change: an amount changing by more than this fraction between consecutive years. */
    largeChangeRatio: z.number().min(0).max(100).default(0.5),
    /** Install Excel data validation on recognized tables (Excel host). */
    installDataValidation: z.boolean().default(false),
    /** 取りまとめ: the departments expected to submit; those no file names are listed as 未提出. */
    expectedDepartments: z.array(z.string().trim().min(1).max(DEPARTMENT_LENGTH)).max(DEPARTMENTS_MAX).default([]),
  })
  .strict();

export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** A list typed or saved one department a line: trimmed, blanks and repeats dropped. */
export function departmentLines(text: string): string[] {
  return [...new Set(text.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean))];
}
