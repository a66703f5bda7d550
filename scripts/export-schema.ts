/**
 * Writes the JSON Schemas of what the CLI prints, from their zod schemas (npm run schema):
 * docs/report.schema.json (inspect, recalc, summary, run) and docs/consolidate.schema.json (consolidate).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportJsonSchema } from '../src/core/report-schema';
import { consolidationJsonSchema } from '../src/core/consolidate/schema';

export const SCHEMA_PATH = join(__dirname, '..', 'docs', 'report.schema.json');
export const CONSOLIDATE_SCHEMA_PATH = join(__dirname, '..', 'docs', 'consolidate.schema.json');

const text = (schema: unknown) => JSON.stringify(schema, null, 2) + '\n';

export function schemaText(): string {
  return text(reportJsonSchema());
}

export function consolidateSchemaText(): string {
  return text(consolidationJsonSchema());
}

if (require.main === module) {
  for (const [path, t] of [
    [SCHEMA_PATH, schemaText()],
    [CONSOLIDATE_SCHEMA_PATH, consolidateSchemaText()],
  ]) {
    writeFileSync(path, t);
    console.log(`wrote ${path}`);
  }
}
