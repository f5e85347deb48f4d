import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../kompass';
import { captureIo, ROOT } from '../test-io';

function freshDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'kompass-cli-'));
  return { dir, env: { DATABASE_URL: `sqlite:${join(dir, 'kompass.db')}` } };
}

describe('kompass migrate, import and export', () => {
  it('migrates a new database once', async () => {
    const { env } = freshDatabase();
    const first = captureIo('', env);
    expect(await main(['migrate'], first)).toBe(0);
    expect(first.stdout).toBe(
      'Applied: 2026-11-23T19-00_domain, 2026-11-23T20-00_accounts, 2026-11-30T08-00_plans, ' +
        '2026-12-04T10-00_audit_on_behalf_of, 2026-12-04T12-00_sign-in, 2026-12-04T13-00_rubric-versions, ' +
        '2026-12-04T14-00_documents, 2026-12-04T15-00_report-texts, 2026-12-04T16-00_consensus-reasons, ' +
        '2026-12-04T17-00_kommun-part, 2026-12-04T18-30_answer-documents\n',
    );
    const second = captureIo('', env);
    expect(await main(['migrate'], second)).toBe(0);
    expect(second.stdout).toBe('The schema is up to date.\n');
  });

  it('imports a file, prints its id, and exports the same content', async () => {
    const { dir, env } = freshDatabase();
    const io = captureIo('', env);
    expect(await main(['import', 'fixtures/evaluations/enkoping-2016.json'], io)).toBe(0);
    const id = io.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const out = join(dir, 'export.json');
    expect(await main(['export', id, '-o', out], captureIo('', env))).toBe(0);
    const exported = JSON.parse(readFileSync(out, 'utf8'));
    const { $schema: _s, ...fixture } = JSON.parse(
      readFileSync(join(ROOT, 'fixtures/evaluations/enkoping-2016.json'), 'utf8'),
    );
    const { rubricVersion: _v, rubricChecksum: _c, ...rest } = exported;
    expect(rest).toEqual(fixture);
  });

  it('rejects a bad file naming the place, and writes nothing', async () => {
    const { dir, env } = freshDatabase();
    const bad = JSON.parse(
      readFileSync(join(ROOT, 'fixtures/evaluations/enkoping-2016.json'), 'utf8'),
    );
    bad.scores['1.1'] = { points: 99 };
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify(bad));
    const io = captureIo('', env);
    expect(await main(['import', path], io)).toBe(1);
    expect(io.stderr).toBe(
      `${path}: scores["1.1"].points: 99 is more than the question's max 15\n`,
    );
    const listing = captureIo('', env);
    expect(await main(['export', 'anything'], listing)).toBe(1);
    expect(listing.stderr).toBe('kompass export: evaluation anything not found\n');
  });

  it('names a JSON syntax error by line', async () => {
    const { dir, env } = freshDatabase();
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{\n  "format": "kommunkompassen-evaluation/1",\n  oops\n}');
    const io = captureIo('', env);
    expect(await main(['import', path], io)).toBe(1);
    expect(io.stderr).toMatch(/broken\.json: \(root\) \(line 3\): not valid JSON/);
  });
});
