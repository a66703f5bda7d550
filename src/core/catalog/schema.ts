/**
 * The classification catalog as data: debt entries (name, aliases, usual class, recognised
 * variants, basis, limitation, measures) and the measure × class matrix of domain.md §2.3.
 * Two schemas: the shipped defaults (trusted, checked for internal consistency) and the
 * overrides a municipality stores in its workbook (untrusted: strict keys, bounded sizes).
 */
import { z } from 'zod';
import { DEBT_CLASSES } from '../recognize/model';

export { DEBT_CLASSES };

export const DebtClassSchema = z.enum(DEBT_CLASSES);

/** The measures of domain.md §2.3, as ids a measures column is checked against. */
export const MEASURES = [
  '督促',
  '延滞金',
  '遅延損害金',
  '滞納処分',
  '執行停止',
  '徴収猶予',
  '換価の猶予',
  '支払督促',
  '訴訟',
  '強制執行',
  '少額訴訟',
  '徴収停止',
  '履行延期',
  '免除',
  '債権放棄',
  '不納欠損',
] as const;

export const MeasureSchema = z.enum(MEASURES);

/** No control characters: a workbook part is untrusted text. */
const PLAIN = /^[^\u0000-\u001f\u007f]*$/;
const text = (max: number) => z.string().trim().min(1).max(max).regex(PLAIN, { message: 'control characters are not allowed' });
const note = (max: number) => z.string().trim().max(max).regex(PLAIN, { message: 'control characters are not allowed' });

export const NAME_MAX = 100;
export const OVERRIDE_ENTRIES_MAX = 500;

const Name = text(NAME_MAX);
const Slug = z.string().max(80).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'an id is a lower-case ascii slug (a-z, 0-9, -)' });
const Source = text(200);

/** A recognised local reading of a debt's class, with the document that reads it so. */
export const VariantSchema = z.strictObject({
  class: DebtClassSchema,
  note: note(500),
  source: Source,
  /** Allowed measures under this reading, when they differ from the class default. */
  measures: z.array(MeasureSchema).max(MEASURES.length).optional(),
});

/** 消滅時効: the period, whether the debtor must invoke it (援用), and the provision. */
export const LimitationSchema = z.strictObject({
  /** Years; null when it varies with the debt's basis or is unknown. */
  years: z.number().int().min(1).max(50).nullable(),
  invocationRequired: z.boolean(),
  basis: note(500),
  /** The period under the civil code before 2020-04-01 (旧民法), for causes arising before then. */
  formerYears: z.number().int().min(1).max(50).nullable().optional(),
});

export const EntrySchema = z.strictObject({
  id: Slug,
  /** Canonical Japanese name. */
  name: Name,
  /** Spelling variants, abbreviations, older names, the seeds' exact spellings. */
  aliases: z.array(Name).max(50).default([]),
  /** A family the entry belongs to (e.g. 市税); the family's root is the entry named so. */
  family: Name.optional(),
  /** The usual (national) class. */
  class: DebtClassSchema,
  /** Recognised local interpretations that differ from the usual class. */
  variants: z.array(VariantSchema).max(10).default([]),
  /** The debt is split by legal basis (the seeds' "(一部)"): every variant class is equally right. */
  splitByBasis: z.boolean().default(false),
  /** Legal basis. */
  basis: note(500).default(''),
  limitation: LimitationSchema,
  /** Allowed measures under the usual class when they differ from the class default. */
  measures: z.array(MeasureSchema).max(MEASURES.length).optional(),
  /** domain.md marks the class UNCONFIRMED, or the catalog inferred it: a soft rule. */
  unconfirmed: z.boolean().default(false),
  sources: z.array(Source).min(1).max(20),
  note: note(1000).optional(),
});

const MeasuresByClassSchema = z.strictObject({
  強制徴収公債権: z.array(MeasureSchema),
  非強制徴収公債権: z.array(MeasureSchema),
  私債権: z.array(MeasureSchema),
});

export const CatalogDataSchema = z
  .strictObject({
    version: z.string().min(1).max(40),
    entries: z.array(EntrySchema).min(1),
    /** domain.md §2.3 written once: the measures each class allows by default. */
    measuresByClass: MeasuresByClassSchema,
    /**
     * Words municipalities write in a measures column → measure ids. Several ids: the word may
     * mean either (差押 is 滞納処分 for a 強制徴収公債権, 強制執行 otherwise), so it is allowed
     * when one of them is. An empty list: a known word that is no measure of the matrix
     * (催告, 分納, 財産調査 …), never a finding.
     */
    measureAliases: z.record(z.string().min(1).max(NAME_MAX), z.array(MeasureSchema).max(MEASURES.length)),
    /** Family roots → name endings that still mean a member (… 税 → 市税) when nothing closer matches. */
    familySuffixes: z.record(z.string().min(1).max(NAME_MAX), z.array(z.string().min(1).max(10))).optional(),
  })
  .superRefine((data, ctx) => {
    const ids = new Set<string>();
    const names = new Set(data.entries.map((e) => e.name));
    data.entries.forEach((e, i) => {
      if (ids.has(e.id)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'id'], message: `duplicate id ${e.id}` });
      ids.add(e.id);
      if (e.family !== undefined && !names.has(e.family))
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'family'], message: `family ${e.family} has no root entry of that name` });
      e.variants.forEach((v, j) => {
        if (v.class === e.class)
          ctx.addIssue({ code: 'custom', path: ['entries', i, 'variants', j, 'class'], message: `variant repeats the usual class of ${e.name}` });
      });
    });
  });

/** An entry as a workbook overrides it: name and class at least, every other field optional. */
export const OverrideEntrySchema = z.strictObject({
  id: Slug.optional(),
  name: Name,
  class: DebtClassSchema,
  aliases: z.array(Name).max(50).optional(),
  family: Name.optional(),
  variants: z.array(VariantSchema).max(10).optional(),
  splitByBasis: z.boolean().optional(),
  basis: note(500).optional(),
  limitation: LimitationSchema.optional(),
  measures: z.array(MeasureSchema).max(MEASURES.length).optional(),
  unconfirmed: z.boolean().optional(),
  sources: z.array(Source).max(20).optional(),
  note: note(1000).optional(),
});

/** What a workbook stores: untrusted, so unknown keys and oversized parts are rejected. */
export const WorkbookOverridesSchema = z.strictObject({
  version: z.literal(1),
  entries: z.array(OverrideEntrySchema).max(OVERRIDE_ENTRIES_MAX),
});

export type DebtClass = z.infer<typeof DebtClassSchema>;
export type MeasureId = z.infer<typeof MeasureSchema>;
export type Variant = z.infer<typeof VariantSchema>;
export type Limitation = z.infer<typeof LimitationSchema>;
export type CatalogEntry = z.infer<typeof EntrySchema>;
/** An entry as written in JSON (defaults may be left out). */
export type CatalogEntryInput = z.input<typeof EntrySchema>;
export type CatalogData = z.infer<typeof CatalogDataSchema>;
export type OverrideEntry = z.infer<typeof OverrideEntrySchema>;
export type WorkbookOverrides = z.infer<typeof WorkbookOverridesSchema>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Validates overrides read from a workbook; a tampered part gives zod's readable error, not an exception. */
export function parseOverrides(input: unknown): ParseResult<WorkbookOverrides> {
  const r = WorkbookOverridesSchema.safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, error: z.prettifyError(r.error) };
}

/** Same, from the JSON text a workbook part holds. */
export function parseOverridesJson(json: string): ParseResult<WorkbookOverrides> {
  if (json.length > 2_000_000) return { ok: false, error: 'overrides are larger than 2 MB' };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, error: `overrides are not JSON: ${(e as Error).message}` };
  }
  return parseOverrides(data);
}
