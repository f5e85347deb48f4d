import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../audit/audit.repository';
import { openAppDeps } from '../../deps';
import { readEnv } from '../../env';
import { main } from '../kompass';
import { captureIo } from '../test-io';

const HOSTILE = `<script>alert("x")</script> =cmd|' /C calc'!A0 "citat" 'citat'\nny rad \u05e9\u05dc\u05d5\u05dd ${'ord'.repeat(200)}`;

function emptyDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'kompass-report-texts-'));
  return { dir, env: { DATABASE_URL: `sqlite:${join(dir, 'kompass.db')}` } };
}

async function run(env: NodeJS.ProcessEnv, args: string[]) {
  const io = captureIo('', env);
  const code = await main(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

async function auditOf(env: NodeJS.ProcessEnv) {
  const deps = await openAppDeps(readEnv(env));
  try {
    return await listAudit(deps.store.db, { entity: 'report_texts' });
  } finally {
    await deps.store.close();
  }
}

describe('kompass report-texts', () => {
  it('exports the texts in force, imports an edited file as the next version, audited', async () => {
    const { dir, env } = emptyDatabase();
    const exported = join(dir, 'texts.json');
    const first = await run(env, ['report-texts', 'export', '-o', exported]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('wrote kk-2010 1.0.0 (sv), version 0');
    const file = JSON.parse(readFileSync(exported, 'utf8'));
    // The page's download: the file format, no version or author.
    expect(Object.keys(file)).toEqual(['format', 'rubric', 'rubricVersion', 'language', 'texts']);
    expect(file).toMatchObject({
      format: 'kommunkompassen-report-texts/1',
      rubric: 'kk-2010',
      rubricVersion: '1.0.0',
      language: 'sv',
    });
    expect(Object.keys(file.texts.areas)).toHaveLength(8);

    file.texts.areas['3'].general = 'Vår egen text om styrning i {kommun}.';
    file.texts.comparisons = 'Se {website}.';
    // Hostile text goes in and comes out as the same characters.
    file.texts.areas['8'].general = HOSTILE;
    writeFileSync(exported, JSON.stringify(file));
    const imported = await run(env, ['report-texts', 'import', exported]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain('saved kk-2010 1.0.0 (sv) as version 1');
    const again = await run(env, ['report-texts', 'import', exported]);
    expect(again.stderr).toContain('kk-2010 1.0.0 (sv) unchanged, version 1');

    const shown = await run(env, ['report-texts', 'export', '--rubric', 'kk-2010@1.0.0']);
    expect(JSON.parse(shown.stdout).texts.areas['3'].general).toBe(
      'Vår egen text om styrning i {kommun}.',
    );
    expect(JSON.parse(shown.stdout).texts.areas['8'].general).toBe(HOSTILE);
    const audit = await auditOf(env);
    expect(audit.map((row) => [row.action, row.entity_id])).toEqual([
      ['report_texts.update', 'kk-2010/1.0.0/sv'],
    ]);
    expect(JSON.parse(audit[0]?.after ?? '{}').texts.comparisons).toBe('Se {website}.');
  }, 60_000);

  it('exports another rubric and language', async () => {
    const { env } = emptyDatabase();
    const english = await run(env, [
      'report-texts',
      'export',
      '--rubric',
      'kk-2020',
      '--language',
      'en',
    ]);
    expect(english.code, english.stderr).toBe(0);
    const file = JSON.parse(english.stdout);
    expect(file).toMatchObject({ rubric: 'kk-2020', language: 'en' });
    expect(file.texts.areas['4'].contentsTitle).toBe('Efficiency');
  }, 60_000);

  it('refuses a bad slot naming it, writing nothing of the file', async () => {
    const { dir, env } = emptyDatabase();
    const path = join(dir, 'texts.json');
    expect((await run(env, ['report-texts', 'export', '-o', path])).code).toBe(0);
    const file = JSON.parse(readFileSync(path, 'utf8'));
    // Good edits beside one bad slot: none of them is kept.
    file.texts.intro = 'Ny inledning.';
    file.texts.areas['2'].general = 'Om {kommunen}.';
    writeFileSync(path, JSON.stringify(file, null, 2));
    const bad = await run(env, ['report-texts', 'import', path]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      /texts\.areas\["2"\]\.general \(line \d+\): unknown placeholder \{kommunen\}/,
    );
    file.texts.areas['2'].general = 'Om {kommun}.';
    file.texts.areas['5'].tableTitle = '';
    writeFileSync(path, JSON.stringify(file, null, 2));
    const empty = await run(env, ['report-texts', 'import', path]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/texts\.areas\["5"\]\.tableTitle \(line \d+\)/);

    // An area the rubric version does not have, and an unknown key, each named.
    file.texts.areas['5'].tableTitle = 'Resultat';
    file.texts.areas['9'] = { general: 'Nio.' };
    writeFileSync(path, JSON.stringify(file, null, 2));
    const area = await run(env, ['report-texts', 'import', path]);
    expect(area.code).toBe(1);
    expect(area.stderr).toContain('texts.areas.9: kk-2010 1.0.0 has no area "9"');
    delete file.texts.areas['9'];
    file.texts.footer = 'x';
    writeFileSync(path, JSON.stringify(file, null, 2));
    const key = await run(env, ['report-texts', 'import', path]);
    expect(key.code).toBe(1);
    expect(key.stderr).toMatch(/texts \(line \d+\): .*footer/);
    const version = await run(env, ['report-texts', 'export', '--rubric', 'kk-2010@9.9.9']);
    expect(version.code).toBe(1);
    expect(version.stderr).toContain('kk-2010@9.9.9');

    expect(await auditOf(env)).toEqual([]);
    const after = await run(env, ['report-texts', 'export']);
    expect(JSON.parse(after.stdout).texts.intro).not.toBe('Ny inledning.');
  }, 60_000);

  it('refuses bad usage with the usage, and says how in --help', async () => {
    const { env } = emptyDatabase();
    const none = await run(env, ['report-texts']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('kompass report-texts import FILE');
    const language = await run(env, ['report-texts', 'export', '--language', 'de']);
    expect(language.code).toBe(2);
    expect(language.stderr).toContain('--language is sv or en, not "de"');
    const missing = await run(env, ['report-texts', 'import', 'no-such-file.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no-such-file.json');
    const help = await run(env, ['report-texts', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('export [--rubric ID[@VERSION]] [--language sv|en] [-o FILE]');
    expect((await run(env, ['--help'])).stdout).toContain('kompass report-texts import FILE');
  });
});
