import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxTableRows, zipEntry } from '../../test-support/zip-entry';
import { main } from '../kompass';
import { captureIo } from '../test-io';

async function importedEnkoping() {
  const dir = mkdtempSync(join(tmpdir(), 'kompass-report-'));
  const env = { DATABASE_URL: `sqlite:${join(dir, 'kompass.db')}` };
  const io = captureIo('', env);
  expect(await main(['import', 'fixtures/evaluations/enkoping-2016.json'], io)).toBe(0);
  return { dir, env, id: io.stdout.trim() };
}

describe('kompass report', () => {
  it('writes Word and PDF files and prints HTML', async () => {
    const { dir, env, id } = await importedEnkoping();
    const docx = join(dir, 'enkoping.docx');
    const wrote = captureIo('', env);
    expect(await main(['report', id, '--format', 'docx', '-o', docx], wrote)).toBe(0);
    expect(wrote.stderr).toContain(`wrote ${docx}`);
    const rows = docxTableRows(zipEntry(readFileSync(docx), 'word/document.xml'));
    expect(rows).toContain('TOTALT | 434');

    const pdf = join(dir, 'enkoping.pdf');
    expect(await main(['report', id, '--format', 'pdf', '-o', pdf], captureIo('', env))).toBe(0);
    expect(execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8')).toMatch(
      /TOTALT\s+434/,
    );

    const html = captureIo('', env);
    expect(await main(['report', id, '--lang', 'en'], html)).toBe(0);
    expect(html.stdout).toContain('<h1>Analysis of <bdi>Enköpings kommun</bdi></h1>');
  }, 60_000);

  it('refuses bad options with usage, and unknown ids and references by name', async () => {
    const { env, id } = await importedEnkoping();
    const format = captureIo('', env);
    expect(await main(['report', id, '--format', 'odt', '-o', 'x.odt'], format)).toBe(2);
    expect(format.stderr).toContain('--format is one of html, pdf, docx, not "odt"');
    const noFile = captureIo('', env);
    expect(await main(['report', id, '--format', 'pdf'], noFile)).toBe(2);
    expect(noFile.stderr).toContain('a pdf report needs -o FILE');
    const missing = captureIo('', env);
    expect(await main(['report', 'no-such-id'], missing)).toBe(1);
    expect(missing.stderr).toContain('evaluation no-such-id');
    const reference = captureIo('', env);
    expect(await main(['report', id, '--with', 'nowhere-2020'], reference)).toBe(1);
    expect(reference.stderr).toContain('with: no reference or evaluation "nowhere-2020"');
  });
});
