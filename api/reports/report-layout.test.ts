// The printed report as a reader meets it: every PDF page checked for near-emptiness (text per
// page, pdftotext -bbox), and the Word file's language, fonts, properties and cover read from
// its XML and opened in LibreOffice.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMULA_STRINGS, LONG_WORDS } from '../reliability/hostile-input';
import { xmlText, zipEntry } from '../test-support/zip-entry';
import { reportDocx } from './report-docx';
import { reportHtml } from './report-html';
import { PdfRenderer } from './report-pdf';
import { fixtureReportModel } from './test-support/fixture-model';
import { nearEmptyPages, pdfPages } from './test-support/pdf-pages';
import { withoutIsolates } from './test-support/without-isolates';

const pdf = new PdfRenderer();
const work = mkdtempSync(join(tmpdir(), 'kompass-layout-'));
afterAll(async () => {
  await pdf.close();
  rmSync(work, { recursive: true, force: true });
});

const orebro2012 = {
  id: 'orebro-2012',
  label: 'Örebro 2012',
  areas: { 1: 68, 2: 85, 3: 86, 4: 74, 5: 70, 6: 74, 7: 71, 8: 87 },
  total: 615,
};
const vallentuna2021 = {
  id: 'vallentuna-2021',
  label: 'Vallentuna 2021',
  areas: { 1: 73, 2: 75, 3: 80, 4: 83, 5: 86, 6: 82, 7: 86, 8: 83 },
  total: 648,
  rubric: 'kk-2020',
};
const oneAreaScored = (
  file: Parameters<NonNullable<Parameters<typeof fixtureReportModel>[0]>['edit'] & {}>[0],
) => ({
  ...file,
  status: 'visit' as const,
  scores: Object.fromEntries(Object.entries(file.scores).filter(([id]) => id.startsWith('1.'))),
  areas: { 1: file.areas?.['1'] ?? {} },
});

async function pagesOf(name: string, model: ReturnType<typeof fixtureReportModel>) {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, await pdf.render(reportHtml(model)));
  return pdfPages(file);
}

describe('PDF layout: no near-empty pages', () => {
  it.each([
    ['Enköping 2016', fixtureReportModel({ compareWith: [orebro2012] })],
    [
      'Enköping 2016 against a 2020-version result',
      fixtureReportModel({ compareWith: [orebro2012, vallentuna2021] }),
    ],
    ['a draft with one area scored', fixtureReportModel({ edit: oneAreaScored })],
    [
      'a draft with one area scored, cross-version',
      fixtureReportModel({ edit: oneAreaScored, compareWith: [vallentuna2021] }),
    ],
  ])(
    '%s: every page a fifth full unless it ends a section',
    async (name, model) => {
      const pages = await pagesOf(name.replace(/\W+/g, '-'), model);
      expect(pages.length).toBeGreaterThan(5);
      expect(
        nearEmptyPages(pages).map(
          (page) => `${page.number}: ${page.firstLine} (${page.fullness.toFixed(2)})`,
        ),
      ).toEqual([]);
      // The cover is a page of its own and carries no footer.
      expect(pages[0]?.firstLine).toBe('Kommunkompassen');
    },
    90_000,
  );

  it.each([
    [20, 18, 3, 120],
    [19, 20, 3, 30],
    [24, 22, 2, 0],
    [20, 18, 2, 30],
  ])(
    'breaks a table of %i Styrkor and %i Förbättringsmöjligheter between bullets, never one or two alone (lengths %i, summary %i)',
    async (strengths, improvements, lengths, summary) => {
      // Long findings in area 3 (one to three sentences, up to about ten lines in a column),
      // after a summary of varied length: the table spans pages wherever its rows fall. A row
      // taller than a page (bullets of a page each) would have to break inside; not tried here.
      const long = (kind: string, n: number) =>
        `${kind}${String(n).padStart(2, '0')} ${'Kommunen har ett strukturerat arbete med mål, uppföljning och dialog som behöver förankras bättre i nämnderna och förvaltningarna. '.repeat(1 + (n % lengths))}`.trim();
      const model = fixtureReportModel({
        edit: (file) => ({
          ...file,
          areas: {
            ...file.areas,
            3: {
              summary: `${file.areas?.['3']?.summary ?? ''}${' Mer text.'.repeat(summary)}`,
              strengths: Array.from({ length: strengths }, (_, i) => long('STYRKA', i + 1)),
              improvements: Array.from({ length: improvements }, (_, i) => long('BRIST', i + 1)),
            },
          },
        }),
      });
      const pages = await pagesOf(`many-findings-${strengths}-${lengths}-${summary}`, model);
      expect(
        nearEmptyPages(pages).map(
          (page) => `${page.number}: ${page.firstLine} (${page.fullness.toFixed(2)})`,
        ),
      ).toEqual([]);
      // Every bullet printed once (its first word), and a page holding any holds three or more.
      const perPage = pages
        .map((page) => ({
          page: page.number,
          bullets: page.words.filter((word) => /^(STYRKA|BRIST)\d\d$/.test(word)),
        }))
        .filter((page) => page.bullets.length > 0);
      const all = (kind: string, n: number) =>
        Array.from({ length: n }, (_, i) => `${kind}${String(i + 1).padStart(2, '0')}`);
      expect(perPage.flatMap((page) => page.bullets).sort()).toEqual(
        [...all('STYRKA', strengths), ...all('BRIST', improvements)].sort(),
      );
      expect(perPage.length).toBeGreaterThan(1);
      expect(
        perPage.filter((page) => page.bullets.length < 3).map((p) => `${p.page}: ${p.bullets}`),
      ).toEqual([]);
    },
    90_000,
  );

  it('keeps the indicative note with the radar', async () => {
    const model = fixtureReportModel({ compareWith: [vallentuna2021] });
    expect(model.radar.indicative).toBe(true);
    const file = join(work, 'indicative.pdf');
    writeFileSync(file, await pdf.render(reportHtml(model)));
    const pageOf = (needle: string) =>
      Number(
        execFileSync('sh', [
          '-c',
          `for i in $(seq 1 40); do pdftotext -f $i -l $i "${file}" - 2>/dev/null | tr '\\n' ' ' | grep -q "${needle}" && echo $i && break; done`,
        ])
          .toString()
          .trim(),
      );
    expect(pageOf('endast indikativ')).toBe(pageOf('Vallentuna 2021'));
  }, 60_000);
});

describe('Word', () => {
  it('is Swedish, in the PDF’s font, with author and title, and no footer on the cover', async () => {
    const model = fixtureReportModel({ compareWith: [orebro2012] });
    const docx = await reportDocx(model);
    const styles = zipEntry(docx, 'word/styles.xml');
    expect(styles).toMatch(/<w:lang w:val="sv-SE"\/>/);
    expect(styles).toContain('w:ascii="Arial"');
    expect(reportHtml(model)).toMatch(/font: 11pt\/1\.5 Arial,/);
    const core = zipEntry(docx, 'docProps/core.xml');
    expect(core).toContain('<dc:creator>Leif Eldås, Lotta Ricklander, Anna Marnell</dc:creator>');
    expect(core).toContain('<dc:title>Analys av Enköpings kommun maj 2016</dc:title>');
    const document = zipEntry(docx, 'word/document.xml');
    // A first page of its own (the cover) with an empty footer; the others numbered.
    expect(document).toContain('<w:titlePg/>');
    const rels = zipEntry(docx, 'word/_rels/document.xml.rels');
    const first = /<w:footerReference w:type="first" r:id="(rId\d+)"\/>/.exec(document)?.[1];
    const firstFooter =
      new RegExp(`Id="${first}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${first}"`).exec(rels)?.[1];
    expect(xmlText(zipEntry(docx, `word/${firstFooter}`))).toBe('');
    // The area's points centred in their cell; a space under the header rule.
    expect(document).toMatch(/<w:jc w:val="center"\/>[\s\S]{0,400}?<w:t[^>]*>54<\/w:t>/);
    expect(document).toContain('<w:top w:type="dxa" w:w="40"/>');
    // The kommun's name on the cover never breaks.
    expect(withoutIsolates(document)).toContain('Enköpings\u00a0kommun');
  });

  it('breaks a long Styrkor | Förbättringsmöjligheter table between rows of three bullets or more', async () => {
    const long = (kind: string, n: number) =>
      `${kind}${String(n).padStart(2, '0')} ${'Kommunen har ett strukturerat arbete med mål, uppföljning och dialog som behöver förankras bättre i nämnderna och förvaltningarna. '.repeat(1 + (n % 3))}`.trim();
    const model = fixtureReportModel({
      edit: (file) => ({
        ...file,
        areas: {
          ...file.areas,
          3: {
            ...file.areas?.['3'],
            strengths: Array.from({ length: 20 }, (_, i) => long('STYRKA', i + 1)),
            improvements: Array.from({ length: 18 }, (_, i) => long('BRIST', i + 1)),
          },
        },
      }),
    });
    const docx = await reportDocx(model);
    const document = zipEntry(docx, 'word/document.xml');
    const table = document.slice(
      document.lastIndexOf('<w:tbl>', document.indexOf('STYRKA01')),
      document.indexOf('</w:tbl>', document.indexOf('BRIST18')),
    );
    const rows = table.split('<w:tr>').slice(1);
    // The header and six rows, each kept on one page; every bullet's lines kept together.
    expect(rows).toHaveLength(7);
    expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
    expect(table.match(/<w:keepLines\/>/g)).toHaveLength(38);
    // Word's pages as LibreOffice lays them out: no page holds one or two of the bullets.
    const file = join(work, 'many-findings.docx');
    writeFileSync(file, docx);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(work, 'lo')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        file,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const perPage = pdfPages(join(work, 'many-findings.pdf'))
      .map((page) => page.words.filter((word) => /^(STYRKA|BRIST)\d\d$/.test(word)).length)
      .filter((count) => count > 0);
    expect(perPage.reduce((sum, count) => sum + count, 0)).toBe(38);
    expect(perPage.length).toBeGreaterThan(1);
    expect(perPage.filter((count) => count < 3)).toEqual([]);
  }, 180_000);

  it('in English, marks the Swedish rubric texts and findings as Swedish', async () => {
    const docx = await reportDocx(fixtureReportModel({ language: 'en' }));
    expect(zipEntry(docx, 'word/styles.xml')).toMatch(/<w:lang w:val="en-GB"\/>/);
    const document = zipEntry(docx, 'word/document.xml');
    expect(document).toMatch(
      /<w:lang w:val="sv-SE"\/>[\s\S]{0,200}?Finns en plan\/strategi för demokratiutveckling och information\?/,
    );
    expect(document).toContain('1 What is Kommunkompassen?');
  });

  it('opens in LibreOffice with hostile text in every field, keeping it as text', async () => {
    const [formula] = FORMULA_STRINGS as [string];
    const [url] = LONG_WORDS as [string];
    const hostile = `<script>alert("x")</script> ${formula} 'citat' "citat"\nny rad \u05e9\u05dc\u05d5\u05dd`;
    const model = fixtureReportModel({
      edit: (file) => ({
        ...file,
        municipality: { ...file.municipality, officialName: `${formula} kommun` },
        areas: {
          ...file.areas,
          1: { summary: `${hostile}\n\n- ${url}`, strengths: [hostile], improvements: [formula] },
        },
        facts: { [formula]: hostile },
      }),
      team: [{ name: '<b>Eva</b>', organisation: formula }],
      documents: [{ title: hostile, date: '2016-04-01', reference: url }],
    });
    const html = reportHtml(model);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>Eva</b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    const file = join(work, 'hostile.docx');
    const docx = await reportDocx(model);
    writeFileSync(file, docx);
    const xml = zipEntry(docx, 'word/document.xml');
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(work, 'lo')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        file,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const text = withoutIsolates(
      execFileSync('pdftotext', [join(work, 'hostile.pdf'), '-']).toString('utf8'),
    );
    expect(text).toContain(formula);
    expect(text).toContain('<script>alert("x")</script>');
    const pdfFile = join(work, 'hostile-chromium.pdf');
    writeFileSync(pdfFile, await pdf.render(html));
    const pdfText = withoutIsolates(execFileSync('pdftotext', [pdfFile, '-']).toString('utf8'));
    expect(pdfText).toContain('<script>alert("x")</script>');
    expect(pdfText).toContain(formula);
  }, 180_000);
});

describe('the near-empty page check', () => {
  it('flags a page under a fifth full unless the next page starts a section', () => {
    const page = (number: number, fullness: number, firstLine: string) => ({
      number,
      fullness,
      firstLine,
      words: firstLine.split(' '),
    });
    const pages = [
      page(1, 0.9, 'Kommunkompassen'),
      page(2, 0.1, 'Styrkor Förbättringsmöjligheter'),
      page(3, 0.9, 'Sammanfattning'),
      page(4, 0.1, '• one bullet'),
      page(5, 0.9, 'Område 3 Politisk styrning och kontroll'),
      page(6, 0.05, '8. Kommunen som samhällsbyggare'),
    ];
    expect(nearEmptyPages(pages).map((p) => p.number)).toEqual([2]);
  });
});
