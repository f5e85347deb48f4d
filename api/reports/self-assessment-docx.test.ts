// The optional section "Självskattning och utvärdering" in the Word report: the same wording and
// figures as the HTML section, Swedish language tags, hostile area titles kept as text, and a
// file LibreOffice converts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docxTableRows, xmlText, zipEntry } from '../test-support/zip-entry';
import { reportDocx } from './report-docx';
import { reportHtml } from './report-html';
import { fixtureReportModel } from './test-support/fixture-model';
import { HOSTILE, reportWithSection } from './test-support/self-assessment-fixture';
import { withoutIsolates } from './test-support/without-isolates';

const work = mkdtempSync(join(tmpdir(), 'kompass-self-docx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The document's paragraphs as text, in order. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => withoutIsolates(xmlText(p[0])));

describe('the Word report’s section "Självskattning och utvärdering"', () => {
  it('is a heading 1 with the HTML section’s wording and a row per area, then the total', async () => {
    const model = reportWithSection('sv');
    const xml = zipEntry(await reportDocx(model), 'word/document.xml');
    const heading =
      /<w:p>(?:(?!<\/w:p>)[\s\S])*?Heading1(?:(?!<\/w:p>)[\s\S])*?Självskattning och utvärdering<\/w:t>/.exec(
        xml,
      );
    expect(heading).not.toBeNull();
    // The intro, word for word as the HTML section prints it.
    const html = reportHtml(model);
    const htmlIntro =
      /<section class="chapter" id="sjalvskattning">\s*<h2>[^<]*<\/h2>\s*<p>([^<]*)<\/p>/.exec(
        html,
      )?.[1];
    expect(htmlIntro).toContain('Skillnaden är självskattningen minus utvärderingen');
    expect(paragraphs(xml)).toContain(htmlIntro);
    const rows = docxTableRows(withoutIsolates(xml));
    const start = rows.indexOf('Område | Utvärderingen | Kommunens självskattning | Skillnad');
    expect(start).toBeGreaterThan(-1);
    expect(rows.slice(start + 1, start + 10)).toEqual([
      '1. Demokrati | 54 | 70 | +16',
      expect.stringMatching(/^2\. .+ \| 55 \| 48 \| −7$/),
      expect.stringMatching(/^3\. .+ \| 63 \| ofullständigt skattat \| –$/),
      expect.stringMatching(/^4\. .+ \| 42 \| 42 \| ±0$/),
      expect.stringMatching(/^5\. .+ \| 43 \| ej skattat \| –$/),
      expect.stringMatching(/^6\. .+ \| 55 \| ej skattat \| –$/),
      expect.stringMatching(/^7\. .+ \| 56 \| ej skattat \| –$/),
      expect.stringMatching(/^8\. .+ \| 66 \| ej skattat \| –$/),
      'Totalt | 434 | ofullständigt skattat | –',
    ]);
    // Before Kortfakta as in the HTML: after section 4's tables.
    expect(xml.indexOf('Självskattning och utvärdering')).toBeGreaterThan(
      xml.indexOf('Översikt av poängfördelning'),
    );
  });

  it('is Swedish by the document’s language; in an English report the area titles are tagged sv-SE', async () => {
    const sv = await reportDocx(reportWithSection('sv'));
    expect(zipEntry(sv, 'word/styles.xml')).toContain('<w:lang w:val="sv-SE"/>');
    const en = reportWithSection('en');
    const xml = zipEntry(await reportDocx(en), 'word/document.xml');
    expect(zipEntry(await reportDocx(en), 'word/styles.xml')).toContain('<w:lang w:val="en-GB"/>');
    const rows = docxTableRows(withoutIsolates(xml));
    expect(rows).toContain(
      'Area | The evaluation | The kommun’s self-assessment | Difference'.replace('’', "'"),
    );
    expect(rows).toContain('Total | 434 | partly assessed | –');
    const areaRun =
      /<w:r>(?:(?!<\/w:r>)[\s\S])*?<w:t[^>]*>1\. Demokrati<\/w:t>/.exec(xml)?.[0] ?? '';
    expect(areaRun).toContain('<w:lang w:val="sv-SE"/>');
    const headerRun =
      /<w:r>(?:(?!<\/w:r>)[\s\S])*?<w:t[^>]*>The evaluation<\/w:t>/.exec(xml)?.[0] ?? '';
    expect(headerRun).not.toContain('<w:lang');
  });

  it('keeps a hostile area title as text: escaped XML, every character back out', async () => {
    const xml = zipEntry(await reportDocx(reportWithSection('sv', HOSTILE)), 'word/document.xml');
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const text = withoutIsolates(xmlText(xml));
    expect(text).toContain(`1. ${HOSTILE}`);
    // The section's HTML escapes it too.
    const html = reportHtml(reportWithSection('sv', HOSTILE));
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;citat&quot; &amp; =cmd');
  });

  it('leaves the Word report as it was when the section is not asked for', async () => {
    const xml = zipEntry(await reportDocx(fixtureReportModel()), 'word/document.xml');
    expect(xml).not.toContain('Självskattning och utvärdering');
    expect(xml).not.toContain('Kommunens självskattning');
  });

  it('opens and converts in LibreOffice, the section’s figures in the PDF', async () => {
    const file = join(work, 'self.docx');
    writeFileSync(file, await reportDocx(reportWithSection('sv', HOSTILE)));
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
    const all = withoutIsolates(
      execFileSync('pdftotext', ['-layout', join(work, 'self.pdf'), '-']).toString('utf8'),
    ).replace(/\s+/g, ' ');
    // The section is the last chapter: read from its heading on.
    const text = all.slice(all.lastIndexOf('Självskattning och utvärdering'));
    expect(text).toMatch(/^Självskattning och utvärdering Före platsbesöket/);
    // The header's words whole: no column so narrow that LibreOffice breaks one inside itself.
    expect(text).toMatch(/Område Utvärderingen Kommunens Skillnad självskattning/);
    expect(text).toContain('1. <script>alert(1)</script> 54 70 +16');
    expect(text).toContain('2. Område 2 55 48 −7');
    expect(text).toContain('4. Område 4 42 42 ±0');
    // "ofullständigt skattat" wraps in its cell, the difference beside its first line.
    expect(text).toContain('Totalt 434 ofullständigt – skattat');
  }, 180_000);
});
