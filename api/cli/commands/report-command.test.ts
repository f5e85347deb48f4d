import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
    expect(html.stdout).toContain(
      '<span class="analysis">Analysis of</span> <span class="kommun"><bdi>Enköpings kommun</bdi></span>',
    );
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
    // Each error once: the message, not the message and then its issues again.
    expect(reference.stderr.match(/nowhere-2020/g)).toHaveLength(1);
    expect(format.stderr.match(/--format is one of/g)).toHaveLength(1);
    expect(format.stderr).not.toContain('kompass report: kompass report');
  });

  it('takes several references after one --with, a --mean period, and --help', async () => {
    const { dir, env, id } = await importedEnkoping();
    const refs = captureIo('', env);
    expect(await main(['references', 'import', 'fixtures/references/orebro.json'], refs)).toBe(0);
    expect(
      await main(['references', 'import', 'fixtures/references/grastorp.json'], captureIo('', env)),
    ).toBe(0);
    const html = captureIo('', env);
    expect(
      await main(
        ['report', id, '--with', 'orebro-2012', 'orebro-2010', 'grastorp-2014', '--lang', 'sv'],
        html,
      ),
    ).toBe(0);
    for (const label of ['Örebro 2012', 'Örebro 2010', 'Grästorp 2014']) {
      expect(html.stdout).toContain(label);
    }
    // The explicit mean is of stored published evaluations: add one of another kommun.
    const other = JSON.parse(readFileSync('fixtures/evaluations/enkoping-2016.json', 'utf8'));
    other.municipality = { name: 'Götene', code: '1471' };
    other.date = '2012-05';
    delete other.visit;
    const otherFile = join(dir, 'testby.json');
    writeFileSync(otherFile, JSON.stringify(other));
    expect(await main(['import', otherFile], captureIo('', env))).toBe(0);
    const mean = captureIo('', env);
    expect(await main(['report', id, '--mean', '2010-2014'], mean)).toBe(0);
    expect(mean.stdout).toMatch(/Snitt 2010–2014 \(n = 1\)/);
    // Nothing chosen: the mean of every published result of the version, said so.
    const byDefault = captureIo('', env);
    expect(await main(['report', id], byDefault)).toBe(0);
    expect(byDefault.stdout).toContain('snittet av 4 publicerade resultat av samma version');
    const help = captureIo('', env);
    expect(await main(['report', '--help'], help)).toBe(0);
    expect(help.stdout).toContain('--with REF...');
    expect(help.stdout).toContain('--mean FROM-TO');
  }, 60_000);
});

describe('the README’s report commands', () => {
  it('run from an empty database', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /```sh\n(npx kompass serve[\s\S]*?)```/.exec(readme)?.[1] ?? '';
    // All but the server and the backups, in the README's order.
    const commands = block
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, '').trim())
      .filter((line) => /^npx kompass (migrate|references|import|export|report)\b/.test(line));
    expect(commands.filter((line) => line.startsWith('npx kompass report')).length).toBeGreaterThan(
      0,
    );
    const dir = mkdtempSync(join(tmpdir(), 'kompass-readme-'));
    const env = { DATABASE_URL: `sqlite:${join(dir, 'kompass.db')}` };
    let id = '';
    for (const command of commands) {
      const words = command.replace(/^npx kompass /, '').split(/\s+/);
      // The evaluation's id from the import; files written into a scratch folder.
      const args = words.map((arg, i) =>
        arg === 'ID' ? id : words[i - 1] === '-o' ? join(dir, arg) : arg,
      );
      const io = captureIo('', env);
      const code = await main(args, io);
      expect(code, `${command}: ${io.stderr}`).toBe(0);
      if (args[0] === 'import') id = io.stdout.trim();
    }
    expect(id).not.toBe('');
  }, 120_000);
});
