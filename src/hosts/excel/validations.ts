/**
 * saiken's data validation in Excel (Range.dataValidation, ExcelApi 1.8): the rules 検証 plans,
 * written where a range has no rule or only saiken's, never over a rule the user wrote; and the
 * record of what saiken added (the `validations` part of the stored document, beside the marks),
 * so that マーク解除 takes off only those. Whether a range holds the user's rule cannot be known
 * from the snapshot, so one sync reads each target range's rule type and input message first
 * (flat: one load per rule, whatever the rows); saiken's rules carry its signature in the message.
 */
import { z } from 'zod';
import type { ChangeSet, ValidationWrite } from '../../core/changes';
import { parseArea, type Area } from '../../core/workbook';
import { areaRef } from './address';
import type { WriteBatch } from './batch';
import { payloadBytes } from './blocks';
import { toHostError } from './errors';

export const SAIKEN_SIGNATURE = 'saiken の入力規則';

export const ValidationRecordSchema = z.strictObject({
  version: z.literal(1),
  /** "<sheet>!A1:A9" each: ranges saiken gave a rule. */
  areas: z.array(z.string().max(300)).max(10_000),
});
export type ValidationRecord = z.infer<typeof ValidationRecordSchema>;

export interface ValidationWork {
  write: ValidationWrite[];
  /** Ranges saiken recorded before and takes off now (マーク解除, or 検証 writing anew). */
  clear: { sheet: string; area: Area }[];
  /** Planned rules not written: the user's rule is there. */
  kept: { sheet: string; range: string }[];
  /** The record to store afterwards; null: leave the stored document as it is. */
  record: ValidationRecord | null;
}

function recordOf(parts: Record<string, unknown>): { sheet: string; area: Area }[] {
  const parsed = ValidationRecordSchema.safeParse(parts.validations);
  if (!parsed.success) return [];
  return parsed.data.areas.flatMap((a) => {
    const i = a.lastIndexOf('!');
    try {
      return [{ sheet: a.slice(0, i), area: parseArea(a.slice(i + 1)) }];
    } catch {
      return [];
    }
  });
}

/**
 * One sync: the rule type and input message of each range to write or to clear. A range with no
 * rule, or with saiken's one rule throughout, is written; anything else is the user's and stays.
 */
export async function probeValidations(ctx: Excel.RequestContext, cs: ChangeSet, parts: Record<string, unknown>, sheets: ReadonlySet<string>): Promise<ValidationWork | null> {
  const planned = (cs.validations ?? []).filter((v) => sheets.has(v.sheet));
  const recorded = recordOf(parts).filter((r) => sheets.has(r.sheet));
  if (!planned.length && !(cs.clearMarks && recorded.length)) return null;
  const load = (sheet: string, area: Area) => ctx.workbook.worksheets.getItem(sheet).getRange(areaRef(area)).dataValidation.load('type,prompt');
  const recordedProbes = cs.clearMarks ? recorded.map((r) => ({ r, dv: load(r.sheet, r.area) })) : [];
  // A table grown since the last 検証: the part saiken recorded is checked as its own range (and
  // cleared), the rest apart, so that our old rule on part of the range is not taken for the user's.
  const plannedProbes = planned.map((v) => {
    const under = recordedProbes.filter(({ r }) => r.sheet === v.sheet && r.area.left <= v.area.left && r.area.right >= v.area.right && r.area.top <= v.area.bottom && v.area.top <= r.area.bottom);
    const parts = without(v.area, under.map((u) => u.r.area));
    return { v, under, dvs: parts.map((a) => load(v.sheet, a)) };
  });
  try {
    await ctx.sync();
  } catch (e) {
    throw toHostError(e);
  }
  const ours = (dv: Excel.DataValidation) => !['None', 'Inconsistent', 'MixedCriteria'].includes(dv.type) && (dv.prompt?.message ?? '').includes(SAIKEN_SIGNATURE);
  const work: ValidationWork = { write: [], clear: [], kept: [], record: null };
  for (const { r, dv } of recordedProbes) if (ours(dv)) work.clear.push(r);
  for (const { v, under, dvs } of plannedProbes) {
    const free = dvs.every((dv) => dv.type === 'None' || ours(dv)) && under.every((u) => work.clear.includes(u.r));
    if (free) work.write.push(v);
    else work.kept.push({ sheet: v.sheet, range: areaRef(v.area) });
  }
  const areas = work.write.map((v) => `${v.sheet}!${areaRef(v.area)}`);
  // Without マーク解除 in the same changes, earlier entries not cleared stay recorded.
  if (!cs.clearMarks) for (const r of recordOf(parts)) if (!areas.includes(`${r.sheet}!${areaRef(r.area)}`)) areas.push(`${r.sheet}!${areaRef(r.area)}`);
  work.record = { version: 1, areas };
  return work;
}

/** The rows of `area` outside every one of `cut` (each spanning the area's columns). */
export function without(area: Area, cut: readonly Area[]): Area[] {
  let rest: Area[] = [area];
  for (const c of cut) {
    rest = rest.flatMap((a) => {
      if (c.bottom < a.top || c.top > a.bottom) return [a];
      const out: Area[] = [];
      if (c.top > a.top) out.push({ ...a, bottom: c.top - 1 });
      if (c.bottom < a.bottom) out.push({ ...a, top: c.bottom + 1 });
      return out;
    });
  }
  return rest;
}

/** Excel.DataValidationRule for one of saiken's rules. */
export function excelRule(v: ValidationWrite): Excel.DataValidationRule {
  if (v.type === 'list') return { list: { inCellDropDown: true, source: (v.items ?? []).join(',') } };
  const basic = v.max === null ? { formula1: v.min ?? 0, operator: 'GreaterThanOrEqualTo' } : { formula1: v.min ?? 0, formula2: v.max, operator: 'Between' };
  return v.type === 'decimal' ? { decimal: basic as Excel.BasicDataValidation } : { wholeNumber: basic as Excel.BasicDataValidation };
}

/** Clears first, then each rule with its prompt and alert, in the write batch. */
export async function queueValidations(batch: WriteBatch, ctx: Excel.RequestContext, work: ValidationWork): Promise<number> {
  const range = (sheet: string, area: Area) => ctx.workbook.worksheets.getItem(sheet).getRange(areaRef(area));
  for (const c of work.clear) await batch.add(40, () => range(c.sheet, c.area).dataValidation.clear());
  for (const v of work.write) {
    await batch.add(payloadBytes(v), () => {
      const dv = range(v.sheet, v.area).dataValidation;
      dv.rule = excelRule(v);
      dv.prompt = { title: v.promptTitle, message: v.prompt, showPrompt: true };
      dv.errorAlert = { title: v.errorTitle, message: v.error, showAlert: true, style: 'Stop' };
    }, 4);
  }
  return work.write.length;
}
