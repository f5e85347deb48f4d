// Generated invalid and hostile files for the CLI's import and validate commands: an exit code
// with a message, never a crash, and a refused import writes nothing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES } from '../backup/backup';
import { main } from '../cli/kompass';
import { captureIo, ROOT } from '../cli/test-io';
import { connect } from '../db/connect';
import { brokenInOnePlace, hostileCsv, hostileJsonText } from './hostile-input';

const IMPORTS = 500;
const VALIDATIONS = 600;

const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

/** Every table a backup holds, as text (read through a connection of its own). */
async function snapshot(url: string): Promise<string> {
  const store = connect(url);
  try {
    const parts: string[] = [];
    for (const table of BACKUP_TABLES)
      parts.push(JSON.stringify(await store.db.selectFrom(table).selectAll().execute()));
    return parts.join('\n');
  } finally {
    await store.close();
  }
}

describe('hostile files for the CLI', () => {
  it(`kompass import: ${IMPORTS} broken evaluation files exit 1 with a message and write nothing`, {
    timeout: 180_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kompass-fuzz-'));
    const env = { DATABASE_URL: `sqlite:${join(dir, 'kompass.db')}` };
    // The first command that opens the store records the rubric files' versions: before the baseline.
    writeFileSync(join(dir, 'empty.json'), '{}');
    expect(await main(['import', join(dir, 'empty.json')], captureIo('', env))).toBe(1);
    const enkoping = json('fixtures/evaluations/enkoping-2016.json');
    const file = fc.oneof(
      { weight: 3, arbitrary: brokenInOnePlace(enkoping).map((value) => JSON.stringify(value)) },
      { weight: 1, arbitrary: hostileJsonText(Object.keys(enkoping)) },
    );
    let before = await snapshot(env.DATABASE_URL);
    let n = 0;
    await fc.assert(
      fc.asyncProperty(file, async (text) => {
        const path = join(dir, `file-${n++}.json`);
        writeFileSync(path, text);
        const io = captureIo('', env);
        const code = await main(['import', path], io);
        const what = `${text.slice(0, 300)} -> ${code}: ${io.stderr.slice(0, 300)}`;
        if (code === 0) {
          before = await snapshot(env.DATABASE_URL); // a valid file came out: imported
          return;
        }
        expect(code, what).toBe(1);
        expect(io.stderr, what).toMatch(/\S/);
        expect(await snapshot(env.DATABASE_URL), `${what}: wrote`).toBe(before);
      }),
      { numRuns: IMPORTS },
    );
  });

  it(`kompass validate: ${VALIDATIONS} broken reference files (JSON and CSV) exit 1 with a message`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kompass-fuzz-'));
    const references = json('fixtures/references/orebro.json');
    const file = fc.oneof(
      {
        weight: 2,
        arbitrary: brokenInOnePlace(references).map((v) => ({
          ext: 'json',
          text: JSON.stringify(v),
        })),
      },
      {
        weight: 1,
        arbitrary: hostileJsonText(Object.keys(references)).map((text) => ({ ext: 'json', text })),
      },
      { weight: 2, arbitrary: hostileCsv.map((text) => ({ ext: 'csv', text })) },
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(file, async ({ ext, text }) => {
        const path = join(dir, `file-${n++}.${ext}`);
        writeFileSync(path, text);
        const io = captureIo('', {});
        const code = await main(['validate', path], io);
        const what = `${text.slice(0, 300)} -> ${code}: ${io.stderr.slice(0, 300)}`;
        if (code === 0) return; // a valid file came out of the generator
        expect(code, what).toBe(1);
        expect(io.stderr, what).toMatch(/\S/);
      }),
      { numRuns: VALIDATIONS },
    );
  });
});

describe('files the API refuses, the CLI refuses with the same words', () => {
  const evaluation = readFileSync(join(ROOT, 'fixtures/evaluations/enkoping-2016.json'), 'utf8');
  const deep = `{"format":"kommunkompassen-evaluation/1","x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
  const cases: [string, string | Buffer, RegExp][] = [
    ['nested 10,000 levels', deep, /x(\[0\]){63}: nested deeper than 64 levels$/m],
    [
      'a __proto__ key',
      evaluation.replace('"scores": {', '"scores": { "__proto__": { "points": 1 },'),
      /scores\.__proto__ \(line \d+\): the key "__proto__" is not allowed$/m,
    ],
    [
      'a constructor key',
      evaluation.replace('"scores": {', '"scores": { "constructor": { "points": 1 },'),
      /scores\.constructor \(line \d+\): the key "constructor" is not allowed$/m,
    ],
    [
      'U+FFFE in a text',
      evaluation.replace('"Enköping"', '"Enk\\uFFFEöping"'),
      /municipality\.name \(line \d+\): text may not contain U\+FFFE/m,
    ],
    [
      'not UTF-8',
      Buffer.from(evaluation.replace('"Enköping"', '"Enk\u00f6ping"'), 'latin1'),
      /: \(root\): is not UTF-8 text/m,
    ],
  ];

  it.each(cases)(
    'kompass validate and import: %s exits 1 naming the path',
    async (_name, content, message) => {
      const dir = mkdtempSync(join(tmpdir(), 'kompass-files-'));
      const path = join(dir, 'evaluation.json');
      writeFileSync(path, content);
      const env = { DATABASE_URL: `sqlite:${join(dir, 'kompass.db')}` };
      for (const command of ['validate', 'import']) {
        const io = captureIo('', env);
        expect(await main([command, path], io), `${command}: ${io.stderr}`).toBe(1);
        expect(io.stderr).toMatch(message);
      }
    },
  );

  it('a references CSV in UTF-16 is named as not UTF-8, not as missing columns', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kompass-files-'));
    const path = join(dir, 'refs.csv');
    const csv = readFileSync(join(ROOT, 'fixtures/references/example.csv'), 'utf8');
    writeFileSync(path, Buffer.from(`\uFEFF${csv.replace(/^\uFEFF/, '')}`, 'utf16le'));
    const io = captureIo('', {});
    expect(await main(['validate', path], io)).toBe(1);
    expect(io.stderr).toMatch(/refs\.csv: \(root\): is not UTF-8 text/);
    expect(io.stderr).not.toMatch(/missing columns/);
  });
});
