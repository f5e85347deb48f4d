import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../rubrics/project-root';

// Dependencies point one way: rubrics <- scoring <- api <- web. scoring/ is also pure: no Node
// modules, so the web app and the reports run the very same code.
const root = projectRoot();
const LAYERS = ['rubrics', 'scoring', 'api', 'web'] as const;

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .filter((file) => !file.split(/[\\/]/).includes('node_modules'))
    .map((file) => join(dir, file));
}

function imports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:from|import\()\s*'([^']+)'/g)].map((match) => match[1] as string);
}

/** The top-level folder a relative import of `file` lands in. */
function layerOf(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const target = relative(root, resolve(root, file, '..', specifier));
  return target.split(/[\\/]/)[0] ?? null;
}

describe('layers', () => {
  it.each(LAYERS.map((layer, i) => [layer, LAYERS.slice(i + 1)] as const))(
    '%s imports nothing from the layers above it',
    (layer, above) => {
      const wrong = sources(layer).flatMap((file) =>
        imports(file)
          .filter((specifier) =>
            (above as readonly string[]).includes(layerOf(file, specifier) ?? ''),
          )
          .map((specifier) => `${file}: ${specifier}`),
      );
      expect(wrong).toEqual([]);
    },
  );

  it('scoring uses no Node modules (its test support may)', () => {
    const engine = sources('scoring').filter((file) => !file.includes('test-support'));
    const wrong = engine.flatMap((file) =>
      imports(file)
        .filter((specifier) => specifier.startsWith('node:'))
        .map((specifier) => `${file}: ${specifier}`),
    );
    expect(wrong).toEqual([]);
  });
});
