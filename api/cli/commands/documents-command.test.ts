import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simplePdf } from '../../documents/test-support/simple-pdf';
import { main } from '../kompass';
import { captureIo } from '../test-io';

async function importedEnkoping() {
  const dir = mkdtempSync(join(tmpdir(), 'kompass-documents-'));
  const env = { DATABASE_URL: `sqlite:${join(dir, 'kompass.db')}` };
  const io = captureIo('', env);
  expect(await main(['import', 'fixtures/evaluations/enkoping-2016.json'], io)).toBe(0);
  return { dir, env, id: io.stdout.trim() };
}

describe('kompass documents', () => {
  it('adds files, reads them and searches them in Swedish', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kompass-documents-'));
    const env = { DATABASE_URL: `sqlite:${join(dir, 'kompass.db')}` };
    // A draft: a published evaluation is read-only.
    const file = join(dir, 'essunga.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'kommunkompassen-evaluation/1',
        rubric: 'kk-2010',
        municipality: { name: 'Essunga', code: '1445' },
        date: '2025-03',
        evaluators: ['Anna'],
        scores: {},
      }),
    );
    const imported = captureIo('', env);
    expect(await main(['import', file], imported)).toBe(0);
    const id = imported.stdout.trim();
    const pdf = join(dir, 'budget.pdf');
    writeFileSync(
      pdf,
      simplePdf([
        [{ kind: 'paragraph', text: 'Inledning.' }],
        [
          { kind: 'heading', text: 'Resursfördelning' },
          { kind: 'paragraph', text: 'Resursfördelningen görs efter behov.' },
        ],
      ]),
    );
    const added = captureIo('', env);
    const code = await main(
      [
        'documents',
        'add',
        id,
        'fixtures/documents/003_4bca3ae12e78cf2c.txt',
        pdf,
        '--kind',
        'styrdokument',
      ],
      added,
    );
    expect(added.stderr).toBe('');
    expect(code).toBe(0);
    const lines = added.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/\t003 4bca3ae12e78cf2c\tdone \(\d+ passages\)$/);
    expect(lines[1]).toMatch(/\tbudget\tdone \(2 passages, 2 pages\)$/);

    const found = captureIo('', env);
    expect(await main(['documents', 'search', id, 'resursfördelning'], found)).toBe(0);
    expect(found.stdout).toContain(
      'budget (s. 2 · Resursfördelning)\n  **Resursfördelningen** görs efter behov.\n',
    );
    const json = captureIo('', env);
    expect(await main(['documents', 'search', id, 'resursfördelning', '--json'], json)).toBe(0);
    const { hits } = JSON.parse(json.stdout);
    expect(hits.map((hit: { documentTitle: string }) => hit.documentTitle)).toContain(
      '003 4bca3ae12e78cf2c',
    );
  }, 60_000);

  it('refuses a file that is not what its name says, storing none, and bad usage', async () => {
    const { dir, env, id } = await importedEnkoping();
    const fake = join(dir, 'fake.pdf');
    writeFileSync(fake, '<html><body>Inte en PDF</body></html>');
    const refused = captureIo('', env);
    expect(
      await main(
        ['documents', 'add', id, 'fixtures/documents/004_b70e9f325c7f28fe.txt', fake],
        refused,
      ),
    ).toBe(1);
    expect(refused.stderr).toContain('fake.pdf: the name says PDF but the file is HTML');
    const none = captureIo('', env);
    expect(await main(['documents', 'search', id, 'ledningssystem'], none)).toBe(0);
    expect(none.stdout).toBe('');
    const kind = captureIo('', env);
    expect(await main(['documents', 'add', id, fake, '--kind', 'bok'], kind)).toBe(2);
    expect(kind.stderr).toContain(
      '--kind is one of styrdokument, plan, protokoll, webbsida, annat',
    );
    const missing = captureIo('', env);
    expect(await main(['documents', 'search', 'no-such-id', 'mål'], missing)).toBe(1);
    expect(missing.stderr).toContain('evaluation no-such-id not found');
  }, 60_000);
});
