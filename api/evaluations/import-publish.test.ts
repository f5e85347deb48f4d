import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../cli/kompass';
import { captureIo } from '../cli/test-io';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { enkopingFile } from '../test-support/test-app';

/** Enköping 2016 as a file that says `published` but holds one consensus score only. */
function oneScorePublished() {
  const file = enkopingFile();
  file.status = 'published';
  file.scores = { '1.1': file.scores['1.1'] };
  return file;
}

describe.each(DIALECTS)('importing a file that says published on %s', (dialect) => {
  const test = apiTest(dialect);

  test('an incomplete file is imported as a draft, saying why; readers never see it', async ({
    api,
  }) => {
    const reader = await api.user('reader', { municipalityCode: '0381' });
    const imported = await api.call('POST', '/api/evaluations/import', oneScorePublished());
    expect(imported.status).toBe(201);
    expect(imported.body).toEqual({
      id: expect.any(String),
      status: 'draft',
      team: { linked: [], unlinked: expect.any(Array) },
      notice: expect.stringMatching(
        /^imported as a draft, not published: every delfråga needs a consensus score before publishing; missing: 1\.2, /,
      ),
    });
    const summary = await api.call('GET', `/api/evaluations/${imported.body.id}`);
    expect(summary.body.status).toBe('draft');
    const asReader = await api.call(
      'GET',
      `/api/evaluations/${imported.body.id}/result`,
      undefined,
      { cookie: reader.cookie },
    );
    expect(asReader.status).toBe(404);
    const audit = await api.call('GET', `/api/evaluations/${imported.body.id}/audit`);
    expect(audit.body.entries.map((e: { action: string }) => e.action)).toEqual([
      'evaluation.import',
      'evaluation.status',
    ]);
  });

  test('a complete file is published, by an admin and by the importing evaluator', async ({
    api,
  }) => {
    const eva = await api.user('evaluator', { name: 'Eva' });
    for (const cookie of [api.adminCookie, eva.cookie]) {
      const imported = await api.call('POST', '/api/evaluations/import', enkopingFile(), {
        cookie,
      });
      expect(imported.status).toBe(201);
      expect(imported.body).toEqual({
        id: expect.any(String),
        status: 'published',
        notice: null,
        team: expect.objectContaining({ unlinked: expect.any(Array) }),
      });
    }
  });
});

describe('kompass import of a file that says published', () => {
  it('prints the id, and says on stderr that it was imported as a draft and why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kompass-import-'));
    const env = { DATABASE_URL: `sqlite:${join(dir, 'kompass.db')}` };
    const path = join(dir, 'one-score.json');
    writeFileSync(path, JSON.stringify(oneScorePublished()));
    const io = captureIo('', env);
    expect(await main(['import', path], io)).toBe(0);
    expect(io.stdout).toMatch(/^[0-9a-f-]{36}\n$/);
    expect(io.stderr).toMatch(
      /one-score\.json: imported as a draft, not published: every delfråga needs a consensus score before publishing; missing: 1\.2, /,
    );
  });
});
