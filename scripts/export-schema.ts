/** Writes docs/report.schema.json from the report's zod schema (npm run schema). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportJsonSchema } from '../src/core/report';

export const SCHEMA_PATH = join(__dirname, '..', 'docs', 'report.schema.json');

export function schemaText(): string {
  return JSON.stringify(reportJsonSchema(), null, 2) + '\n';
}

if (require.main === module) {
  writeFileSync(SCHEMA_PATH, schemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
