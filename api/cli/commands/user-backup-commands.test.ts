import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../kompass';
import { captureIo } from '../test-io';

function freshDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'kompass-cli-'));
  return { dir, env: { DATABASE_URL: `sqlite:${join(dir, 'kompass.db')}` } };
}

describe('kompass user', () => {
  it('adds users with a piped or generated password, lists them and changes a password', async () => {
    const { env } = freshDatabase();
    const piped = captureIo('ett-langt-losenord\n', env);
    expect(
      await main(
        ['user', 'add', '--email', 'Eva@Kommun.se', '--name', 'Eva', '--role', 'evaluator'],
        piped,
      ),
    ).toBe(0);
    expect(piped.stdout).toBe('Created evaluator eva@kommun.se\n');
    const generated = captureIo('', env);
    expect(
      await main(
        [
          'user',
          'add',
          '--email',
          'las@enkoping.se',
          '--name',
          'Läsare',
          '--role',
          'reader',
          '--municipality',
          '0381',
        ],
        generated,
      ),
    ).toBe(0);
    expect(generated.stdout).toMatch(
      /^Created reader las@enkoping\.se\nPassword \(shown only now\): [A-Za-z0-9]{20}\n$/,
    );
    const list = captureIo('', env);
    expect(await main(['user', 'list'], list)).toBe(0);
    expect(list.stdout).toBe(
      'eva@kommun.se\tevaluator\tEva\nlas@enkoping.se\treader 0381\tLäsare\n',
    );
    const passwd = captureIo('', env);
    expect(await main(['user', 'passwd', '--email', 'eva@kommun.se'], passwd)).toBe(0);
    expect(passwd.stdout).toMatch(
      /^Password changed for eva@kommun\.se; their sessions have ended\.\nNew password \(shown only now\): [A-Za-z0-9]{20}\n$/,
    );
  });

  it('names the bad option or value', async () => {
    const { env } = freshDatabase();
    const noKommun = captureIo('', env);
    expect(
      await main(['user', 'add', '--email', 'r@k.se', '--name', 'R', '--role', 'reader'], noKommun),
    ).toBe(1);
    expect(noKommun.stderr).toBe(
      'kompass user add: municipalityCode: a reader needs the kommunkod of their kommun\n',
    );
    const badRole = captureIo('', env);
    expect(
      await main(['user', 'add', '--email', 'r@k.se', '--name', 'R', '--role', 'boss'], badRole),
    ).toBe(1);
    expect(badRole.stderr).toMatch(/^kompass user add: --role: /);
    const unknown = captureIo('', env);
    expect(await main(['user', 'add', '--mail', 'x'], unknown)).toBe(2);
    const short = captureIo('kort\n', env);
    expect(
      await main(['user', 'add', '--email', 'a@b.se', '--name', 'A', '--role', 'admin'], short),
    ).toBe(1);
    expect(short.stderr).toBe(
      'kompass user add: password: a password has at least 10 characters\n',
    );
    const missing = captureIo('', env);
    expect(await main(['user', 'passwd', '--email', 'nobody@x.se'], missing)).toBe(1);
    expect(missing.stderr).toBe('kompass user passwd: user nobody@x.se not found\n');
  });
});

describe('kompass backup and restore', () => {
  it('round-trips a database and refuses to overwrite data without --replace', async () => {
    const source = freshDatabase();
    expect(
      await main(['import', 'fixtures/evaluations/enkoping-2016.json'], captureIo('', source.env)),
    ).toBe(0);
    const file = join(source.dir, 'backup.json');
    const backup = captureIo('', source.env);
    expect(await main(['backup', file], backup)).toBe(0);
    expect(backup.stdout).toMatch(
      /^Wrote .*backup\.json: \d+ rows from sqlite, schema 2026-12-04T18-30_answer-documents\n$/,
    );

    const target = freshDatabase();
    const restore = captureIo('', target.env);
    expect(await main(['restore', file], restore)).toBe(0);
    expect(restore.stdout).toMatch(
      /^Restored \d+ rows from .*\. Restart a running server; everyone logs in again\.\n$/,
    );
    const id = JSON.parse(readFileSync(file, 'utf8')).tables.evaluations[0].id;
    const exported = captureIo('', target.env);
    expect(await main(['export', id], exported)).toBe(0);
    expect(JSON.parse(exported.stdout).municipality.code).toBe('0381');

    const again = captureIo('', target.env);
    expect(await main(['restore', file], again)).toBe(1);
    expect(again.stderr).toContain('add --replace');
    expect(await main(['restore', file, '--replace'], captureIo('', target.env))).toBe(0);
  });

  it('refuses a backup from a newer schema and names a broken file', async () => {
    const source = freshDatabase();
    const file = join(source.dir, 'b.json');
    expect(await main(['backup', file], captureIo('', source.env))).toBe(0);
    const newer = JSON.parse(readFileSync(file, 'utf8'));
    newer.migrations.push('2099-01-01T00-00_future');
    writeFileSync(file, JSON.stringify(newer));
    const io = captureIo('', freshDatabase().env);
    expect(await main(['restore', file], io)).toBe(1);
    expect(io.stderr).toBe(
      'kompass restore: backup is from a newer schema (unknown migration 2099-01-01T00-00_future): upgrade kompass first\n',
    );
    writeFileSync(file, '{"format": "kommunkompassen-backup/1", "tab');
    const broken = captureIo('', freshDatabase().env);
    expect(await main(['restore', file], broken)).toBe(1);
    expect(broken.stderr).toMatch(/b\.json: \(root\) \(line 1\): not valid JSON/);
  });
});
