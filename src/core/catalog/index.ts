/**
 * The classification catalog: debt names → usual class, recognised variants, basis, limitation
 * and allowed measures. Data in defaults.json, validated by schema.ts; lookup.ts finds names.
 */
import defaults from './defaults.json';
import { createCatalog, type Catalog } from './lookup';
import type { WorkbookOverrides } from './schema';

export * from './schema';
export * from './lookup';

/** The shipped data (national defaults from domain.md and both seeds' lists), unvalidated JSON. */
export const DEFAULT_CATALOG_DATA: unknown = defaults;

let shared: Catalog | null = null;

/** The catalog without overrides, built once. */
export function defaultCatalog(): Catalog {
  return (shared ??= createCatalog(defaults));
}

/** The catalog a workbook sees: defaults plus the overrides stored in it. */
export function catalogWithOverrides(overrides: WorkbookOverrides | null | undefined): Catalog {
  return overrides && overrides.entries.length > 0 ? createCatalog(defaults, overrides) : defaultCatalog();
}
