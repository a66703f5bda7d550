/**
 * The classification catalog: debt names → usual class, recognised variants, basis, limitation
 * and allowed measures. Data in defaults.json, validated by schema.ts; lookup.ts finds names;
 * shipped.ts is the catalog every command uses. The engine imports lookup.ts and shipped.ts
 * directly: this index (with the schemas, and zod) is for the pane and the tests.
 */
export * from './schema';
export * from './lookup';
export * from './shipped';
