import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from './json-schemas';

describe('published JSON Schemas', () => {
  it('are up to date with the zod schemas (run `npm run schemas` after changing one)', () => {
    const files = jsonSchemaFiles();
    expect(files).toHaveLength(5);
    for (const file of files) expect(readFileSync(file.path, 'utf8')).toBe(file.content);
  });
  it('describe the score shape editors check', () => {
    const schema = JSON.parse(jsonSchemaFiles()[2]?.content ?? '{}');
    expect(schema.required).toEqual([
      'format',
      'rubric',
      'municipality',
      'date',
      'evaluators',
      'scores',
    ]);
    expect(schema.properties.scores.additionalProperties.anyOf[0].properties.percent.maximum).toBe(
      100,
    );
  });
});
