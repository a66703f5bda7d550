/** Writes docs/consolidate.schema.json from the zod schema of `saiken consolidate --json`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consolidationJsonSchema } from '../src/core/consolidate/schema';

export const CONSOLIDATE_SCHEMA_PATH = join(__dirname, '..', 'docs', 'consolidate.schema.json');

export function consolidateSchemaText(): string {
  return JSON.stringify(consolidationJsonSchema(), null, 2) + '\n';
}

if (require.main === module) {
  writeFileSync(CONSOLIDATE_SCHEMA_PATH, consolidateSchemaText());
  console.log(`wrote ${CONSOLIDATE_SCHEMA_PATH}`);
}
