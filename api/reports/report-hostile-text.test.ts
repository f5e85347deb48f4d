// A report with text a layout can choke on: a 100-character URL with no break in a Styrka (the
// PDF keeps every character of it and both columns beside it; nothing is clipped), and a
// right-to-left override in the kommun's name (isolated: it reverses nothing around it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LONG_WORDS } from '../reliability/hostile-input';
import { zipEntry } from '../test-support/zip-entry';
import { reportDocx } from './report-docx';
import { reportHtml } from './report-html';
import { PdfRenderer } from './report-pdf';
import { fixtureReportModel } from './test-support/fixture-model';
import { pdfColumns } from './test-support/pdf-text';

const pdf = new PdfRenderer();
const work = mkdtempSync(join(tmpdir(), 'kompass-long-words-'));
afterAll(async () => {
  await pdf.close();
  rmSync(work, { recursive: true, force: true });
});

/** Text with every white space taken out: a word wrapped over lines reads whole again. */
const joined = (text: string) => text.replace(/\s+/g, '');

describe('long unbroken words in the PDF report', () => {
  it('wraps a 100-character URL in a Styrka and keeps the Förbättringsmöjligheter beside it', async () => {
    const [url, word] = LONG_WORDS as [string, string];
    expect(url.length).toBeGreaterThanOrEqual(100);
    const model = fixtureReportModel({
      edit: (file) => ({
        ...file,
        areas: {
          ...file.areas,
          1: {
            summary: `Sammanfattning med ${word} i sig.`,
            strengths: [`Se ${url}`, 'Tydlig vision'],
            improvements: ['Följ upp målen i bokslutet', `Läs ${word}`],
          },
        },
      }),
    });
    const file = join(work, 'long.pdf');
    writeFileSync(file, await pdf.render(reportHtml(model)));
    // The summary spans the page: its long word, wrapped, reads whole in plain text.
    const text = joined(execFileSync('pdftotext', [file, '-']).toString('utf8'));
    expect(text).toContain(joined(`Sammanfattning med ${word} i sig.`));
    // The two columns, read each on its own half of the page.
    const columns = pdfColumns(file);
    expect(joined(columns.left)).toContain(joined(`Se ${url}`));
    expect(joined(columns.left)).toContain('Tydligvision');
    expect(joined(columns.right)).toContain('Följuppmålenibokslutet');
    expect(joined(columns.right)).toContain(joined(`Läs ${word}`));
  }, 60_000);
});

describe('a right-to-left override in user text', () => {
  const model = fixtureReportModel({
    edit: (file) => ({
      ...file,
      municipality: { name: 'Enköping', code: '0381', officialName: 'Evil\u202Eby kommun' },
      evaluators: ['Leif\u202E Eldås', 'Lotta Ricklander', 'Anna Marnell'],
    }),
    team: [
      { name: 'Leif\u202E Eldås', organisation: 'SKL\u202E' },
      { name: 'Lotta Ricklander', organisation: 'SKL\u202E' },
      { name: 'Anna Marnell', organisation: null },
    ],
  });

  it('is isolated in the HTML (and so the PDF): <bdi> around each name', () => {
    const html = reportHtml(model);
    expect(html).toContain(
      '<span class="analysis">Analys av</span> <span class="kommun"><bdi>Evil\u202Eby kommun</bdi></span>',
    );
    expect(html).toContain(
      '<h2>2 <bdi>Evil\u202Eby kommun</bdi>: En sammanfattande genomgång</h2>',
    );
    expect(html).toContain(
      '<p><bdi>Leif\u202E Eldås</bdi> och <bdi>Lotta Ricklander</bdi>, <bdi>SKL\u202E</bdi></p>',
    );
    // Every override sits inside an isolate that closes before the report's own text goes on.
    const outside = html.replace(/<bdi>[^<]*<\/bdi>|\u2068[^\u2069]*\u2069/g, '');
    expect(outside).not.toContain('\u202E');
  });

  it('is isolated in Word between FSI and PDI', async () => {
    const xml = zipEntry(await reportDocx(model), 'word/document.xml');
    expect(xml).toContain('2 \u2068Evil\u202Eby kommun\u2069: En sammanfattande genomgång');
    expect(xml).toContain('\u2068Leif\u202E Eldås\u2069');
    const outside = xml.replace(/\u2068[^\u2069]*\u2069/g, '');
    expect(outside).not.toContain('\u202E');
  });
});
