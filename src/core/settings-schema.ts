/**
 * The settings' schema: what a workbook may store (untrusted input, validated). Loaded only where
 * settings are read from or written to a workbook: zod is not loaded for a workbook that stores none.
 */
import { z } from 'zod';
import { DEPARTMENT_LENGTH, DEPARTMENTS_MAX } from './settings';

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
