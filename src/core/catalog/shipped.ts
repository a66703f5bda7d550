/**
 * The shipped catalog (national defaults from domain.md and both seeds' lists, defaults.json) as
 * every command uses it, without loading zod: the file is held to CatalogDataSchema by the tests
 * (test/core/catalog/schema.test.ts), not parsed at each start. Overrides stored in a workbook are
 * untrusted and still validated (createCatalog).
 */
import defaults from './defaults.json';
import { catalogOf, type Catalog } from './lookup';
import type * as Schemas from './schema';
import type { CatalogData, CatalogEntry, CatalogEntryInput, WorkbookOverrides } from './schema';

/** The shipped data, unvalidated JSON. */
export const DEFAULT_CATALOG_DATA: unknown = defaults;

/** An entry of the shipped file with the fields it may leave out filled in, as EntrySchema fills them. */
function complete(e: CatalogEntryInput): CatalogEntry {
  return { ...e, aliases: e.aliases ?? [], variants: e.variants ?? [], splitByBasis: e.splitByBasis ?? false, basis: e.basis ?? '', unconfirmed: e.unconfirmed ?? false };
}

/** The shipped data as CatalogDataSchema.parse gives it (the tests hold the two equal). */
export function shippedCatalogData(): CatalogData {
  const data = defaults as unknown as Omit<CatalogData, 'entries'> & { entries: CatalogEntryInput[] };
  return { ...data, entries: data.entries.map(complete) };
}

let shared: Catalog | null = null;

/** The catalog without overrides, built once. */
export function defaultCatalog(): Catalog {
  return (shared ??= catalogOf(shippedCatalogData()));
}

/**
 * The catalog a workbook sees: defaults plus the overrides stored in it. The overrides are
 * validated (zod loaded for them); the shipped data is not parsed again.
 */
export function catalogWithOverrides(overrides: WorkbookOverrides | null | undefined): Catalog {
  if (!overrides || overrides.entries.length === 0) return defaultCatalog();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { WorkbookOverridesSchema } = require('./schema') as typeof Schemas;
  return catalogOf(shippedCatalogData(), WorkbookOverridesSchema.parse(overrides));
}
