import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../context';
import { openAppDeps } from '../../deps';
import { readEnv } from '../../env';
import { selfAssessmentService } from '../../questionnaire/self-assessment.service';
import { docxTableRows, zipEntry } from '../../test-support/zip-entry';
import { main } from '../kompass';
import { captureIo } from '../test-io';

/** Enköping 2016 imported, the kommun having estimated area 1 in full and 2.1 alone. */
async function selfAssessedEnkoping() {
  const dir = mkdtempSync(join(tmpdir(), 'kompass-report-self-'));
  const env = { DATABASE_URL: `sqlite:${join(dir, 'kompass.db')}`, DEMO_DATA: '0' };
  const io = captureIo('', env);
  expect(await main(['import', 'fixtures/evaluations/enkoping-2016.json'], io)).toBe(0);
  const id = io.stdout.trim();
  const deps = await openAppDeps(readEnv(env));
  try {
    // The kommun estimates before the visit; the evaluation is published again afterwards.
    const status = (value: 'draft' | 'published') =>
      deps.store.db
        .updateTable('evaluations')
        .set({ status: value })
        .where('id', '=', id)
        .execute();
    await status('draft');
    const self = selfAssessmentService(deps);
    for (const questionId of ['1.1', '1.2', '1.3', '1.4', '1.5', '2.1']) {
      await self.save(id, questionId, { points: null, level: 'fully', version: 0 }, SYSTEM_ACTOR);
    }
    await status('published');
  } finally {
    await deps.store.close();
  }
  return { dir, env, id };
}

describe('kompass report --self-assessment', () => {
  it('adds "Självskattning och utvärdering" to the Word and HTML reports only when asked for', async () => {
    const { dir, env, id } = await selfAssessedEnkoping();
    const file = join(dir, 'enkoping.docx');
    const wrote = captureIo('', env);
    expect(
      await main(['report', id, '--format', 'docx', '-o', file, '--self-assessment'], wrote),
    ).toBe(0);
    expect(wrote.stderr).toContain(`wrote ${file}`);
    expect(wrote.stderr).not.toContain('no self-assessment');
    const rows = docxTableRows(zipEntry(readFileSync(file), 'word/document.xml'));
    const start = rows.indexOf('Område | Utvärderingen | Kommunens självskattning | Skillnad');
    expect(start).toBeGreaterThan(-1);
    // Enköping's area 1 is 54; every delfråga "Fullt ut" is 100; the difference from exact points.
    expect(rows[start + 1]).toMatch(/^1\. Offentlighet och demokrati \| 54 \| 100 \| \+4[67]$/);
    expect(rows[start + 2]).toMatch(/^2\. .+ \| 55 \| ofullständigt skattat \| –$/);
    expect(rows[start + 9]).toBe('Totalt | 434 | ofullständigt skattat | –');

    const html = captureIo('', env);
    expect(await main(['report', id, '--self-assessment', '--lang', 'en'], html)).toBe(0);
    expect(html.stdout).toContain('<h2>Self-assessment and evaluation</h2>');
    const plain = captureIo('', env);
    expect(await main(['report', id], plain)).toBe(0);
    expect(plain.stdout).not.toContain('id="sjalvskattning"');

    const help = captureIo('', env);
    expect(await main(['report', '--help'], help)).toBe(0);
    expect(help.stdout).toContain('[--self-assessment]');
    expect(help.stdout).toContain('"Självskattning och');
  }, 60_000);

  it('says so, and still writes the report, when the kommun has made no self-assessment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kompass-report-no-self-'));
    const env = { DATABASE_URL: `sqlite:${join(dir, 'kompass.db')}`, DEMO_DATA: '0' };
    const imported = captureIo('', env);
    expect(await main(['import', 'fixtures/evaluations/enkoping-2016.json'], imported)).toBe(0);
    const id = imported.stdout.trim();
    const io = captureIo('', env);
    expect(await main(['report', id, '--self-assessment'], io)).toBe(0);
    expect(io.stderr).toBe(
      'kompass report: the kommun has made no self-assessment for this evaluation; the report has ' +
        'no "Självskattning och utvärdering" section\n',
    );
    expect(io.stdout).toContain(
      '<title>Kommunkompassen: Analys av ⁨Enköpings kommun⁩ maj 2016</title>',
    );
    expect(io.stdout).not.toContain('id="sjalvskattning"');
  }, 60_000);
});
