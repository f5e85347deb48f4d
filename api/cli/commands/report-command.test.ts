import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutIsolates } from '../../reports/test-support/without-isolates';
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
    // The explicit mean is of every published result in the period: add an evaluation too.
    const other = JSON.parse(readFileSync('fixtures/evaluations/enkoping-2016.json', 'utf8'));
    other.municipality = { name: 'Götene', code: '1471' };
    other.date = '2012-05';
    delete other.visit;
    const otherFile = join(dir, 'testby.json');
    writeFileSync(otherFile, JSON.stringify(other));
    expect(await main(['import', otherFile], captureIo('', env))).toBe(0);
    const mean = captureIo('', env);
    expect(await main(['report', id, '--mean', '2010-2014'], mean)).toBe(0);
    expect(withoutIsolates(mean.stdout)).toContain(
      'Snitt 2010–2014 (n = 4 från 2010, 2012 och 2014)',
    );
    // Nothing chosen: the mean of every published result of the version, said so.
    const byDefault = captureIo('', env);
    expect(await main(['report', id], byDefault)).toBe(0);
    expect(withoutIsolates(byDefault.stdout)).toContain(
      'snittet av 4 publicerade resultat av samma version från 2010, 2012 och 2014 (utan Enköping 2016)',
    );
    const help = captureIo('', env);
    expect(await main(['report', '--help'], help)).toBe(0);
    expect(help.stdout).toContain('--with REF...');
    expect(help.stdout).toContain('--mean FROM-TO');
  }, 60_000);
});

describe('kompass report --mean FROM-TO', () => {
  /** A published evaluation of Götene (1471) in 2012, with Enköping's scores. */
  function gotene2012(dir: string) {
    const other = JSON.parse(readFileSync('fixtures/evaluations/enkoping-2016.json', 'utf8'));
    other.municipality = { name: 'Götene', code: '1471' };
    other.date = '2012-05';
    delete other.visit;
    const file = join(dir, 'gotene-2012.json');
    writeFileSync(file, JSON.stringify(other));
    return file;
  }
  async function run(env: NodeJS.ProcessEnv, args: string[]) {
    const io = captureIo('', env);
    const code = await main(args, io);
    return { code, stdout: withoutIsolates(io.stdout), stderr: io.stderr };
  }
  /** The mean's values as the radar's text alternative lists them. */
  const meanValues = (html: string) => /Snitt [^:]*\): ([\d, –]+)/.exec(html)?.[1];

  it('is of the published references alone when no other evaluation is stored', async () => {
    const { env, id } = await importedEnkoping();
    // Enköping's own published 2016 result and the totals-only results are left out.
    for (const file of ['orebro', 'grastorp', 'enkoping']) {
      expect(
        (await run(env, ['references', 'import', `fixtures/references/${file}.json`])).code,
      ).toBe(0);
    }
    const report = await run(env, ['report', id, '--mean', '2010-2016']);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain(
      'Snitt 2010–2016 (n = 3 från 2010, 2012 och 2014, utan Enköping 2016)',
    );
    expect(report.stdout).toContain(
      'Snittet 2010–2016 är beräknat på publicerade resultat av samma version: 3 referensresultat från 2010, 2012 och 2014.',
    );
    // Örebro 2010 and 2012 and Grästorp 2014, area by area, rounded half up.
    expect(meanValues(report.stdout)).toBe('60, 75, 75, 62, 64, 67, 64, 79');
    const english = await run(env, ['report', id, '--mean', '2010-2016', '--lang', 'en']);
    expect(english.stdout).toContain(
      'Mean 2010–2016 (n = 3 from 2010, 2012 and 2014, without Enköping 2016)',
    );
    expect(english.stdout).toContain('3 reference results from 2010, 2012 and 2014.');
  }, 60_000);

  it('is of the stored published evaluations alone when there are no references', async () => {
    const { dir, env, id } = await importedEnkoping();
    expect((await run(env, ['import', gotene2012(dir)])).code).toBe(0);
    const report = await run(env, ['report', id, '--mean', '2010-2014']);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('Snitt 2010–2014 (n = 1 från 2012)');
    expect(report.stdout).toContain('av samma version: 1 utvärdering från 2012.');
    expect(meanValues(report.stdout)).toBe('54, 55, 63, 42, 43, 55, 56, 66');
  }, 60_000);

  it('takes both, a kommun and year known as both counting once; an empty period is an error', async () => {
    const { dir, env, id } = await importedEnkoping();
    expect((await run(env, ['import', gotene2012(dir)])).code).toBe(0);
    // Götene's 2012 result published as a reference too: the stored evaluation counts.
    const references = join(dir, 'gotene-reference.json');
    writeFileSync(
      references,
      JSON.stringify({
        format: 'kommunkompassen-references/1',
        references: [
          {
            id: 'gotene-2012',
            municipality: { name: 'Götene', code: '1471' },
            year: 2012,
            rubric: 'kk-2010',
            kind: 'municipality',
            areas: { 1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1, 7: 1, 8: 1 },
            total: 8,
            source: 'test',
          },
        ],
      }),
    );
    expect((await run(env, ['references', 'import', references])).code).toBe(0);
    for (const file of ['orebro', 'grastorp']) {
      expect(
        (await run(env, ['references', 'import', `fixtures/references/${file}.json`])).code,
      ).toBe(0);
    }
    const report = await run(env, ['report', id, '--with', 'orebro-2012', '--mean', '2010-2014']);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('Snitt 2010–2014 (n = 4 från 2010, 2012 och 2014)');
    expect(report.stdout).toContain(
      'av samma version: 1 utvärdering och 3 referensresultat från 2010, 2012 och 2014.',
    );
    // The chosen result stays beside the mean: Götene (Enköping's scores), Örebro 2010, 2012, Grästorp.
    expect(report.stdout).toContain('Örebro 2012: 68, 85, 86, 74, 70, 74, 71, 87');
    expect(meanValues(report.stdout)).toBe('59, 70, 72, 57, 59, 64, 62, 76');
    const empty = await run(env, ['report', id, '--mean', '2000-2005']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain(
      'mean: no published kk-2010 results (evaluations or references) dated 2000–2005 besides this one',
    );
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
      .filter((line) =>
        /^npx kompass (migrate|references|import|export|report|report-texts)\b/.test(line),
      );
    expect(commands.filter((line) => line.startsWith('npx kompass report')).length).toBeGreaterThan(
      0,
    );
    const dir = mkdtempSync(join(tmpdir(), 'kompass-readme-'));
    const env = { DATABASE_URL: `sqlite:${join(dir, 'kompass.db')}` };
    let id = '';
    const written = new Set<string>();
    for (const command of commands) {
      const words = command.replace(/^npx kompass /, '').split(/\s+/);
      // The evaluation's id from the import; files written into a scratch folder, and read
      // from there by a later command.
      const args = words.map((arg, i) =>
        arg === 'ID' ? id : words[i - 1] === '-o' || written.has(arg) ? join(dir, arg) : arg,
      );
      words.forEach((arg, i) => {
        if (words[i - 1] === '-o') written.add(arg);
      });
      const io = captureIo('', env);
      const code = await main(args, io);
      expect(code, `${command}: ${io.stderr}`).toBe(0);
      if (args[0] === 'import') id = io.stdout.trim();
    }
    expect(id).not.toBe('');
  }, 120_000);
});
