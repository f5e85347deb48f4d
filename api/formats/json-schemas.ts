import { join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../rubrics/project-root';
import { Rubric } from '../../rubrics/rubric';
import { RubricMapping } from '../../rubrics/rubric-mapping';
import { EvaluationFile } from './evaluation-file';
import { GoalsFile } from './goals-file';
import { ReferenceFile } from './reference-file';

/**
 * The published JSON Schemas, generated from the zod schemas so editors validate files as they
 * are typed. Rules that need more than the shape (sums, known ids) are checked by the loaders.
 */
export function jsonSchemaFiles(): { path: string; content: string }[] {
  const entries: [string, z.ZodType, string][] = [
    ['rubrics/rubric.schema.json', Rubric, 'Kommunkompassen rubric (kommunkompassen-rubric/1)'],
    [
      'rubrics/rubric-mapping.schema.json',
      RubricMapping,
      'Mapping between rubric versions (kommunkompassen-rubric-mapping/1)',
    ],
    [
      'api/formats/evaluation-file.schema.json',
      EvaluationFile,
      'Kommunkompassen evaluation file (kommunkompassen-evaluation/1)',
    ],
    [
      'api/formats/reference-file.schema.json',
      ReferenceFile,
      'Published reference results (kommunkompassen-references/1)',
    ],
    [
      'api/formats/goals-file.schema.json',
      GoalsFile,
      'Effektmål of a plan (kommunkompassen-goals/1)',
    ],
  ];
  return entries.map(([path, schema, title]) => ({
    path: join(projectRoot(), path),
    content: `${JSON.stringify({ title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) }, null, 2)}\n`,
  }));
}
