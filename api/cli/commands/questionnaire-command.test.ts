import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../context';
import { openAppDeps } from '../../deps';
import { documentsService } from '../../documents/documents.service';
import { readEnv } from '../../env';
import { answerDocumentsService } from '../../questionnaire/answer-documents.service';
import { questionnaireService } from '../../questionnaire/questionnaire.service';
import { selfAssessmentService } from '../../questionnaire/self-assessment.service';
import { zipEntry } from '../../test-support/zip-entry';
import { main } from '../kompass';
import { captureIo } from '../test-io';

const FORMULA = "=cmd|' /C calc'!A0";
const HOSTILE = `<script>alert(1)</script> "citat"; rad ett\nrad två עברית`;

async function answeredEnkoping() {
  const dir = mkdtempSync(join(tmpdir(), 'kompass-questionnaire-'));
  const env = { DATABASE_URL: `sqlite:${join(dir, 'kompass.db')}`, DEMO_DATA: '0' };
  const io = captureIo('', env);
  expect(await main(['import', 'fixtures/evaluations/enkoping-2016.json'], io)).toBe(0);
  const id = io.stdout.trim();
  const deps = await openAppDeps(readEnv(env));
  try {
    // The kommun answers before the visit: the imported (published) evaluation as a draft.
    await deps.store.db
      .updateTable('evaluations')
      .set({ status: 'draft' })
      .where('id', '=', id)
      .execute();
    const answers = questionnaireService(deps);
    await answers.saveAnswer(
      id,
      '1.1',
      { text: FORMULA, notApplicable: false, notApplicableReason: '', version: 0 },
      SYSTEM_ACTOR,
    );
    await answers.saveAnswer(
      id,
      '1.2',
      { text: HOSTILE, notApplicable: false, notApplicableReason: '', version: 0 },
      SYSTEM_ACTOR,
    );
    await answers.saveAnswer(
      id,
      '1.3',
      { text: '', notApplicable: true, notApplicableReason: '@SUM(A1)', version: 0 },
      SYSTEM_ACTOR,
    );
    // The kommun's documents (as its contacts add them), attached to the answer of 1.1.
    for (const title of [FORMULA, HOSTILE]) {
      const document = await documentsService(deps).upload(
        id,
        { name: 'styrdokument.txt', bytes: new TextEncoder().encode('Mål och budget.') },
        { title },
        SYSTEM_ACTOR,
      );
      await deps.store.db
        .updateTable('documents')
        .set({ added_by_kommun: 1 })
        .where('id', '=', document.id)
        .execute();
      await answerDocumentsService(deps).attach(id, '1.1', document.id, SYSTEM_ACTOR);
    }
    await selfAssessmentService(deps).save(
      id,
      '1.1',
      { points: 7.5, level: null, version: 0 },
      SYSTEM_ACTOR,
    );
  } finally {
    await deps.store.close();
  }
  return { dir, env, id };
}

describe('kompass questionnaire export', () => {
  it('writes the question set with the answers as CSV for Swedish Excel, no cell starting a formula', async () => {
    const { dir, env, id } = await answeredEnkoping();
    const file = join(dir, 'svar.csv');
    const io = captureIo('', env);
    expect(await main(['questionnaire', 'export', id, '--format', 'csv', '-o', file], io)).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFFFråga;Område;Frågetext;Svar;')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(47); // header, 45 delfrågor, final CRLF
    expect(lines[0]).toMatch(/;Poäng;Bifogade dokument$/);
    // The attached documents' titles, one a line, each inert: the hostile title quoted whole.
    expect(lines[1]).toMatch(
      /^1\.1;1;.*;'=cmd\|' \/C calc'!A0;;Poäng;7,5;"'=cmd\|' \/C calc'!A0\n/,
    );
    expect(text).toContain(
      `\n<script>alert(1)</script> ""citat""; rad ett\nrad två עברית"\r\n1.2;`,
    );
    expect(lines.find((line) => line.startsWith('1.4;'))).toMatch(/;$/);
    expect(text).toContain(`"<script>alert(1)</script> ""citat""; rad ett\nrad två עברית"`);
    expect(lines.find((line) => line.startsWith('1.3;'))).toContain(";'@SUM(A1);");
  });

  it('writes a Word document with headings and the answers as text', async () => {
    const { dir, env, id } = await answeredEnkoping();
    const file = join(dir, 'svar.docx');
    expect(
      await main(
        ['questionnaire', 'export', id, '--format', 'docx', '-o', file],
        captureIo('', env),
      ),
    ).toBe(0);
    const xml = zipEntry(readFileSync(file), 'word/document.xml');
    expect(xml).toContain('Frågeunderlag – Enköping');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('rad två עברית');
    expect(xml).toContain('7,5 p');
    expect(xml).toContain('Bifogade dokument:');
    // The answer to 1.2 and the attached document's title, both as text.
    expect(xml.split('&lt;script&gt;alert(1)&lt;/script&gt;')).toHaveLength(3);
  });

  it('refuses a bad format or a missing file with usage, an unknown id by name', async () => {
    const { env, id } = await answeredEnkoping();
    const format = captureIo('', env);
    expect(await main(['questionnaire', 'export', id, '--format', 'odt', '-o', 'x'], format)).toBe(
      2,
    );
    expect(format.stderr).toContain('--format is docx or csv, not "odt"');
    const noFile = captureIo('', env);
    expect(await main(['questionnaire', 'export', id, '--format', 'csv'], noFile)).toBe(2);
    const missing = captureIo('', env);
    expect(
      await main(
        ['questionnaire', 'export', 'no-such-id', '--format', 'csv', '-o', 'x.csv'],
        missing,
      ),
    ).toBe(1);
    expect(missing.stderr).toContain('evaluation no-such-id');
  });
});
