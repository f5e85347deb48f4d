// `npm run schemas`: rewrites the JSON Schema files from the zod schemas.
import { writeFileSync } from 'node:fs';
import { jsonSchemaFiles } from './json-schemas';

for (const file of jsonSchemaFiles()) {
  writeFileSync(file.path, file.content);
  console.log(`wrote ${file.path}`);
}
