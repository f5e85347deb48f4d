import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { docxTableRows, xmlText, zipEntry } from '../test-support/zip-entry';
import { reportDocx } from './report-docx';
import { reportHtml } from './report-html';
import { PdfRenderer } from './report-pdf';
import { renderReportModel } from './report-service';
import { fixtureReportModel } from './test-support/fixture-model';
import { pdfColumns } from './test-support/pdf-text';
import { withoutIsolates } from './test-support/without-isolates';

interface Golden {
  total: number;
  areas: {
    id: string;
    shownPoints: number;
    questions: { id: string; shownPoints: number; max: number; shownPercent: number }[];
  }[];
}
const golden = JSON.parse(
  readFileSync(
    new URL('../../fixtures/golden/enkoping-2016.published.json', import.meta.url),
    'utf8',
  ),
) as Golden;
const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/evaluations/enkoping-2016.json', import.meta.url), 'utf8'),
) as { areas: Record<string, { strengths: string[]; improvements: string[] }> };

const orebro = {
  id: 'orebro-2012',
  label: 'Örebro 2012',
  areas: { 1: 68, 2: 85, 3: 86, 4: 74, 5: 70, 6: 74, 7: 71, 8: 87 },
  total: 615,
};
const published = fixtureReportModel({ compareWith: [orebro] });
const draft = fixtureReportModel({ edit: (file) => ({ ...file, status: 'visit' }) });
const questionRows = golden.areas.flatMap((area) => area.questions);
const findings = Object.values(fixture.areas).flatMap((a) => [...a.strengths, ...a.improvements]);

const pdf = new PdfRenderer();
const work = mkdtempSync(join(tmpdir(), 'kompass-report-'));
afterAll(async () => {
  await pdf.close();
  rmSync(work, { recursive: true, force: true });
});

/** Text as pdftotext and LibreOffice give it, with runs of white space made one space. */
const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('the report model of the Enköping 2016 fixture', () => {
  it('holds every published figure: 45 rows, eight area totals and 434', () => {
    expect(published.overview.flatMap((t) => t.rows)).toHaveLength(45);
    for (const area of golden.areas) {
      const table = published.overview.find((t) => t.id === area.id);
      expect(table?.sum.points).toBe(area.shownPoints);
      expect(table?.rows.map((r) => [r.id, r.points, r.max, r.percent])).toEqual(
        area.questions.map((q) => [q.id, q.shownPoints, q.max, q.shownPercent]),
      );
      expect(published.results.rows.find((r) => r.id === area.id)?.points).toBe(area.shownPoints);
    }
    expect(published.results.total).toBe(434);
  });

  it('follows SKL’s structure and wording: cover, sections 1-5, area headings', () => {
    expect(published.title).toBe('Analys av \u2068Enköpings kommun\u2069');
    expect(published.monthYear).toBe('maj 2016');
    // User text set into the report is isolated (a U+202E in it reverses nothing around it).
    expect(published.evaluators).toEqual(
      ['Leif Eldås', 'Lotta Ricklander', 'Anna Marnell'].map((name) => `\u2068${name}\u2069`),
    );
    expect(published.areas[0]?.heading).toBe('Område 1 Offentlighet och demokrati');
    expect(published.areas[0]?.headings).toContain('Dialog och medborgarmedverkan');
    expect(published.radar.series.map((s) => withoutIsolates(s.label))).toEqual([
      'Enköping 2016',
      'Örebro 2012',
    ]);
    expect(withoutIsolates(published.radar.intro)).toContain(
      'Enköpings resultatprofil i jämförelse med Örebro 2012',
    );
    // Kortfakta would say the kommunkod only: left out.
    expect(published.facts).toEqual([]);
    expect(published.cover.evaluatorLines.map(withoutIsolates)).toEqual([
      'Leif Eldås och Lotta Ricklander, SKL',
      'Anna Marnell, Katrineholms kommun',
    ]);
    expect(published.cover.publisher).toBe('Sveriges Kommuner och Landsting');
    expect(published.draft).toBe(false);
    expect(draft.draft).toBe(true);
  });

  it('names a period’s mean in the report’s language', () => {
    const mean = {
      id: 'mean:2010-2019',
      label: 'Snitt 2010–2019 (n = 3)',
      areas: { 1: 60, 2: 60, 3: 60, 4: 60, 5: 60, 6: 60, 7: 60, 8: 60 },
      total: 480,
    };
    expect(fixtureReportModel({ compareWith: [mean] }).radar.series[1]?.label).toBe(
      'Snitt 2010–2019 (n = 3)',
    );
    const english = fixtureReportModel({ language: 'en', compareWith: [mean] });
    expect(english.radar.series[1]?.label).toBe('Mean 2010–2019 (n = 3)');
    expect(english.radar.intro).toContain('with Mean 2010–2019 (n = 3)');
  });

  it('is in English when asked, keeping the rubric’s Swedish texts', () => {
    const english = fixtureReportModel({ language: 'en' });
    expect(withoutIsolates(english.title)).toBe('Analysis of Enköpings kommun');
    expect(english.monthYear).toBe('May 2016');
    expect(english.overview[0]?.rows[0]?.text).toBe(
      'Finns en plan/strategi för demokratiutveckling och information?',
    );
  });
});

describe('HTML', () => {
  const html = withoutIsolates(reportHtml(published));

  it('shows every row, area total, the total and every strength and improvement', () => {
    const text = squash(html);
    for (const q of questionRows) {
      expect(text).toMatch(
        new RegExp(
          `<th scope="row">${q.id.replace('.', '\\.')}</th><td class="text">[^<]+</td><td class="num">${q.shownPoints}</td><td class="num">${q.max}</td><td class="num">${q.shownPercent}%</td>`,
        ),
      );
    }
    for (const area of golden.areas) {
      expect(text).toContain(`<td class="points">${area.shownPoints}</td>`);
    }
    expect(text).toContain('<th scope="row">TOTALT</th><td class="num">434</td>');
    for (const finding of findings) expect(text).toContain(`<li>${escapeHtml(finding)}</li>`);
  });

  it('has an accessible radar with eight axes and one polygon per series', () => {
    const svg = /<svg[\s\S]*<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(/<title id="radar-title">Resultatprofil för Enköpings kommun<\/title>/);
    expect(svg).toContain('Enköping 2016: 54, 55, 63, 42, 43, 55, 56, 66');
    expect(svg.match(/<line x1="0" y1="0"/g)).toHaveLength(8);
    expect(svg.match(/stroke-width="[23]"\/>/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('marks a draft as Utkast on every page and never a published one', () => {
    expect(reportHtml(draft)).toContain('<div class="watermark" aria-hidden="true">UTKAST</div>');
    expect(reportHtml(draft)).toContain('(Utkast)</title>');
    expect(html).not.toMatch(/utkast/i);
  });

  it('shows a draft mid-visit as it is: unscored areas as gaps, the total marked incomplete', () => {
    const partial = fixtureReportModel({
      edit: (file) => ({
        ...file,
        status: 'visit',
        scores: Object.fromEntries(
          Object.entries(file.scores).filter(([id]) => !id.startsWith('4.')),
        ),
      }),
    });
    const out = withoutIsolates(reportHtml(partial));
    expect(out).toContain(
      '<th scope="row">TOTALT <span class="incomplete">(ej fullständigt bedömt)</span></th><td class="num">392</td>',
    );
    expect(out).toContain('Enköping 2016: 54, 55, 63, –, 43, 55, 56, 66');
    const svg = /<svg[\s\S]*<\/svg>/.exec(out)?.[0] ?? '';
    // No closed polygon through a missing area: six lines join the seven scored neighbours
    // (and one more is the legend's).
    expect(
      svg.match(/<line x1="-?[\d.]+" y1="-?[\d.]+" x2="-?[\d.]+" y2="-?[\d.]+" stroke="#0b4f8a"/g),
    ).toHaveLength(7);
    expect(
      svg.match(/<circle cx="-?[\d.]+" cy="-?[\d.]+" r="3.5" fill="#0b4f8a"\/>/g),
    ).toHaveLength(8); // 7 points + legend
  });

  it('escapes every text it did not write itself', () => {
    const hostile = fixtureReportModel({
      edit: (file) => ({
        ...file,
        municipality: { ...file.municipality, officialName: '<img src=x onerror=alert(1)>' },
        areas: { ...file.areas, 1: { strengths: ['<script>alert(1)</script>'] } },
      }),
    });
    const out = reportHtml(hostile);
    expect(out).not.toContain('<script>alert');
    expect(out).not.toContain('<img src=x');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('Word', () => {
  it('holds every row, area total, 434 and every finding, in real headings, tables and lists', async () => {
    const docx = await reportDocx(published);
    const xml = withoutIsolates(zipEntry(docx, 'word/document.xml'));
    const rows = docxTableRows(xml);
    for (const q of questionRows) {
      expect(
        rows.some(
          (r) =>
            r.startsWith(`${q.id} | `) &&
            r.endsWith(` | ${q.shownPoints} | ${q.max} | ${q.shownPercent}%`),
        ),
      ).toBe(true);
    }
    for (const area of golden.areas) {
      expect(rows).toContain(` | Summa | ${area.shownPoints} | 100 | ${area.shownPoints}%`);
    }
    expect(rows).toContain('TOTALT | 434');
    const text = xmlText(xml);
    for (const finding of findings) expect(text).toContain(finding);
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml.match(/<w:numPr>/g)?.length).toBeGreaterThan(findings.length);
    expect(xml).toContain('descr="Enköping 2016: 54, 55, 63, 42, 43, 55, 56, 66');
    expect(
      zipEntry(
        docx,
        'word/media/' +
          /media\/([^"]+\.png)/.exec(zipEntry(docx, 'word/_rels/document.xml.rels'))?.[1],
      ).slice(1, 4),
    ).toBe('PNG');
  });

  it('puts UTKAST in a draft’s page header and nothing in a published one’s', async () => {
    const headerOf = async (model: typeof draft) => {
      const docx = await reportDocx(model);
      const rels = zipEntry(docx, 'word/_rels/document.xml.rels');
      const header = /Target="(header\d+\.xml)"/.exec(rels)?.[1] ?? 'missing';
      return withoutIsolates(xmlText(zipEntry(docx, `word/${header}`)));
    };
    expect(await headerOf(draft)).toBe('UTKAST');
    expect(await headerOf(published)).toBe('');
  });

  it('opens and converts in LibreOffice without errors, keeping the figures', async () => {
    const file = join(work, 'enkoping.docx');
    writeFileSync(file, await reportDocx(published));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(work, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        file,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const text = squash(
      withoutIsolates(
        execFileSync('pdftotext', ['-layout', join(work, 'enkoping.pdf'), '-']).toString('utf8'),
      ),
    );
    expect(text).toContain('Analys av Enköpings kommun maj 2016');
    expect(text).toContain('TOTALT 434');
    expect(text).toMatch(
      /1\.1 Finns en plan\/strategi för demokratiutveckling och[^%]{0,40} 9 15 60%/,
    );
  }, 180_000);
});

describe('PDF', () => {
  it('prints every row, area total, 434 and every finding (pdftotext)', async () => {
    const file = join(work, 'report.pdf');
    writeFileSync(file, await pdf.render(reportHtml(published)));
    const layout = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
    const lines = layout.split('\n');
    for (const q of questionRows) {
      const row = new RegExp(
        `^\\s*${q.id.replace('.', '\\.')}\\s.*\\s${q.shownPoints}\\s+${q.max}\\s+${q.shownPercent}%\\s*$`,
      );
      expect(
        lines.some((line) => row.test(line)),
        `row ${q.id}`,
      ).toBe(true);
    }
    for (const area of golden.areas) {
      expect(
        lines.some((l) =>
          new RegExp(`^\\s*Summa\\s+${area.shownPoints}\\s+100\\s+${area.shownPoints}%`).test(l),
        ),
      ).toBe(true);
    }
    expect(lines.some((line) => /^\s*TOTALT\s+434\s*$/.test(line))).toBe(true);
    const columns = pdfColumns(file);
    for (const area of Object.values(fixture.areas)) {
      for (const strength of area.strengths) expect(columns.left).toContain(squash(strength));
      for (const improvement of area.improvements) {
        expect(columns.right).toContain(squash(improvement));
      }
    }
    // No page footer on the cover; from page 2 on, the title and the page number.
    expect(squash(layout)).not.toContain('Sida 1 / ');
    expect(squash(layout)).toMatch(/Analys av Enköpings kommun maj 2016 Sida 2 \/ \d+/);
  }, 60_000);

  it('marks a draft PDF Utkast', async () => {
    const rendered = await renderReportModel(draft, 'pdf', () => pdf);
    const file = join(work, 'draft.pdf');
    writeFileSync(file, rendered.body);
    expect(rendered.filename).toBe('kommunkompassen-enkoping-2016-utkast.pdf');
    const text = squash(execFileSync('pdftotext', [file, '-']).toString('utf8'));
    expect(text).toContain('Utkast: utvärderingen är inte publicerad');
    expect(text).toContain('Analys av Enköpings kommun maj 2016 (Utkast)');
    expect(text).toMatch(/Sida 2 \/ \d+/);
  }, 60_000);

  it('says how to install Chromium when it is missing', async () => {
    const none = new PdfRenderer(() => null);
    const error = await none.render('<p>x</p>').catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.status).toBe(503);
    expect(error.message).toContain('apt-get install -y chromium');
    expect(error.message).toContain('CHROMIUM_PATH');
  });
});

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
