/**
 * saiken's data validation in Excel (Range.dataValidation, ExcelApi 1.8): the rules 検証 plans,
 * written where a range has no rule or only saiken's, never over a rule the user wrote; and the
 * record of what saiken added (the `validations` part of the stored document, beside the marks),
 * so that マーク解除 takes off only those.
 *
 * 検証 stays within its three syncs: the read already knows which cells hold any rule
 * (read.ts: `validationCells`). A planned range with no rule in it is written; a planned range
 * saiken recorded with the very same rule (its fingerprint in the record) and still covered by
 * rules is left as it is — no write, so nothing of the user's can be replaced; a recorded range
 * without rules left needs no clearing. Anything else (a rule on a planned range that saiken did
 * not record there as the same rule) needs to know whose rule it is: one more sync reads each
 * such range's rule type and input message (flat: one load per rule, whatever the rows);
 * saiken's rules carry its signature in the message.
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
  /** The fingerprint of each area's rule (ruleFingerprint), in the order of `areas`; absent in older records. */
  rules: z.array(z.string().max(32)).max(10_000).optional(),
});
export type ValidationRecord = z.infer<typeof ValidationRecordSchema>;

export interface ValidationWork {
  write: ValidationWrite[];
  /** Planned rules already in place as saiken recorded them: nothing written, still recorded. */
  unchanged: ValidationWrite[];
  /** Ranges saiken recorded before and takes off now (マーク解除, or 検証 writing anew). */
  clear: { sheet: string; area: Area }[];
  /** Planned rules not written: the user's rule is there. */
  kept: { sheet: string; range: string }[];
  /** The record to store afterwards; null: leave the stored document as it is. */
  record: ValidationRecord | null;
}

/** One range of the stored record, with its rule's fingerprint when the record has them. */
interface RecordEntry {
  sheet: string;
  area: Area;
  rule?: string;
}

function recordOf(parts: Record<string, unknown>): RecordEntry[] {
  const parsed = ValidationRecordSchema.safeParse(parts.validations);
  if (!parsed.success) return [];
  const rules = parsed.data.rules?.length === parsed.data.areas.length ? parsed.data.rules : undefined;
  return parsed.data.areas.flatMap((a, n) => {
    const i = a.lastIndexOf('!');
    try {
      return [{ sheet: a.slice(0, i), area: parseArea(a.slice(i + 1)), ...(rules ? { rule: rules[n] } : {}) }];
    } catch {
      return [];
    }
  });
}

/** A short digest of everything a rule shows (type, bounds, list, prompt, alert): equal rules, equal prints. */
export function ruleFingerprint(v: ValidationWrite): string {
  const text = JSON.stringify([v.kind, v.type, v.min, v.max, v.items, v.promptTitle, v.prompt, v.errorTitle, v.error]);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

const meets = (a: Area, b: Area) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** Cells of `area` covered by `areas` (which do not overlap, as Excel returns special cells). */
function covered(area: Area, areas: readonly Area[]): number {
  let n = 0;
  for (const x of areas) {
    if (!meets(area, x)) continue;
    n += (Math.min(area.bottom, x.bottom) - Math.max(area.top, x.top) + 1) * (Math.min(area.right, x.right) - Math.max(area.left, x.left) + 1);
  }
  return n;
}

/**
 * The work decided from what the read knows (where rules exist), or null when some range holds
 * a rule whose owner only a probe can tell.
 */
function withoutProbe(
  cs: ChangeSet,
  planned: ValidationWrite[],
  recorded: RecordEntry[],
  all: RecordEntry[],
  rulesAt: ReadonlyMap<string, { cells: readonly Area[]; scope: Area | null }>,
): ValidationWork | null {
  const work: ValidationWork = { write: [], unchanged: [], clear: [], kept: [], record: null };
  const cells = (sheet: string) => rulesAt.get(sheet)?.cells ?? [];
  // Rules were looked for in each sheet's used range only: a range reaching beyond it is unknown.
  const inScope = (sheet: string, a: Area) => {
    const s = rulesAt.get(sheet)?.scope;
    return !!s && s.top <= a.top && a.bottom <= s.bottom && s.left <= a.left && a.right <= s.right;
  };
  if (planned.some((v) => !inScope(v.sheet, v.area)) || (cs.clearMarks && recorded.some((r) => !inScope(r.sheet, r.area)))) return null;
  const same = new Set<(typeof recorded)[number]>();
  for (const v of planned) {
    const hit = cells(v.sheet).filter((x) => meets(x, v.area));
    if (!hit.length) {
      work.write.push(v);
      continue;
    }
    const print = ruleFingerprint(v);
    const size = (v.area.bottom - v.area.top + 1) * (v.area.right - v.area.left + 1);
    const r = recorded.find((x) => x.sheet === v.sheet && x.rule === print && x.area.top === v.area.top && x.area.left === v.area.left && x.area.bottom === v.area.bottom && x.area.right === v.area.right);
    if (!r || covered(v.area, hit) !== size) return null;
    work.unchanged.push(v);
    same.add(r);
  }
  // A recorded range not planned the same again: nothing to clear only where no rule is left.
  if (cs.clearMarks) for (const r of recorded) if (!same.has(r) && cells(r.sheet).some((x) => meets(x, r.area))) return null;
  work.record = recordFrom([...work.unchanged, ...work.write], all, cs.clearMarks);
  return work;
}

/**
 * The record after this write: each rule written (or left unchanged) with its fingerprint, and —
 * without マーク解除 in the same changes — every earlier entry not written again, as it was.
 */
function recordFrom(written: readonly ValidationWrite[], earlier: readonly RecordEntry[], clearMarks: boolean): ValidationRecord {
  const entries = written.map((v) => ({ area: `${v.sheet}!${areaRef(v.area)}`, rule: ruleFingerprint(v) }));
  if (!clearMarks) {
    const seen = new Set(entries.map((e) => e.area));
    for (const r of earlier) {
      const area = `${r.sheet}!${areaRef(r.area)}`;
      if (seen.has(area)) continue;
      seen.add(area);
      entries.push({ area, rule: r.rule ?? '' });
    }
  }
  return { version: 1, areas: entries.map((e) => e.area), rules: entries.map((e) => e.rule) };
}

/**
 * One sync: the rule type and input message of each range to write or to clear. A range with no
 * rule, or with saiken's one rule throughout, is written; anything else is the user's and stays.
 */
export async function probeValidations(
  ctx: Excel.RequestContext,
  cs: ChangeSet,
  parts: Record<string, unknown>,
  sheets: ReadonlySet<string>,
  rulesAt?: ReadonlyMap<string, { cells: readonly Area[]; scope: Area | null }>,
): Promise<{ work: ValidationWork; syncs: number } | null> {
  const planned = (cs.validations ?? []).filter((v) => sheets.has(v.sheet));
  const all = recordOf(parts);
  const recorded = all.filter((r) => sheets.has(r.sheet));
  if (!planned.length && !(cs.clearMarks && recorded.length)) return null;
  const known = rulesAt && withoutProbe(cs, planned, recorded, all, rulesAt);
  if (known) return { work: known, syncs: 0 };
  const load = (sheet: string, area: Area) => ctx.workbook.worksheets.getItem(sheet).getRange(areaRef(area)).dataValidation.load('type,prompt');
  const recordedProbes = cs.clearMarks ? recorded.map((r) => ({ r, dv: load(r.sheet, r.area) })) : [];
  // A table grown since the last 検証: the part saiken recorded is checked as its own range (and
  // cleared), the rest apart, so that our old rule on part of the range is not taken for the user's.
  const plannedProbes = planned.map((v) => {
    const under = recordedProbes.filter(({ r }) => r.sheet === v.sheet && r.area.left <= v.area.left && r.area.right >= v.area.right && r.area.top <= v.area.bottom && v.area.top <= r.area.bottom);
    const parts = without(v.area, under.map((u) => u.r.area));
    return { v, under, parts, dvs: parts.map((a) => load(v.sheet, a)) };
  });
  try {
    await ctx.sync();
  } catch (e) {
    throw toHostError(e);
  }
  const ours = (dv: Excel.DataValidation) => !['None', 'Inconsistent', 'MixedCriteria'].includes(dv.type) && (dv.prompt?.message ?? '').includes(SAIKEN_SIGNATURE);
  const work: ValidationWork = { write: [], unchanged: [], clear: [], kept: [], record: null };
  for (const { r, dv } of recordedProbes) if (ours(dv)) work.clear.push(r);
  // No rule (type None) is no validation only where no input message is held either: one set alone (Allow: Any value)
  // reads as None, its message where the range holds it throughout, its cells among the read's cells of validation
  // anyway. It is the user's, and Excel on the web refuses a rule over part of it (OfficeDev/office-js#2594).
  const messageAlone = (sheet: string, part: Area, dv: Excel.DataValidation) => !!dv.prompt?.message || (rulesAt?.get(sheet)?.cells ?? []).some((x) => meets(x, part));
  for (const { v, under, parts, dvs } of plannedProbes) {
    const free = dvs.every((dv, k) => (dv.type === 'None' && !messageAlone(v.sheet, parts[k], dv)) || ours(dv)) && under.every((u) => work.clear.includes(u.r));
    if (free) work.write.push(v);
    else work.kept.push({ sheet: v.sheet, range: areaRef(v.area) });
  }
  work.record = recordFrom(work.write, all, cs.clearMarks);
  return { work, syncs: 1 };
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
  return work.write.length + work.unchanged.length;
}
