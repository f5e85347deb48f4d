import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../rubrics/project-root';

// api/evaluations/ reads and writes whole evaluations, so it uses the parts' repositories. The parts
// (scores, evidence, area texts, references…) must not import it back: the access checks and
// lookups they share live below both, in api/evaluation-core/.
const root = projectRoot();
const BELOW_EVALUATIONS = [
  'api/evaluation-core',
  'api/scores',
  'api/evidence',
  'api/area-texts',
  'api/references',
];

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => join(dir, file));
}

function relativeImports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)].map((match) => match[1] as string);
}

describe('api/evaluations is not a hub', () => {
  it.each(BELOW_EVALUATIONS)('%s imports nothing from api/evaluations', (dir) => {
    const wrong = sources(dir).flatMap((file) =>
      relativeImports(file)
        .filter((specifier) =>
          relative(root, resolve(root, file, '..', specifier)).startsWith('api/evaluations/'),
        )
        .map((specifier) => `${file}: ${specifier}`),
    );
    expect(wrong).toEqual([]);
  });
});
