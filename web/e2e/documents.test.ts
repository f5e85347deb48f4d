// The document library, driven through the UI as the evaluator who uses it: upload several files
// (a picker and a drop), watch their text being extracted, search in Swedish, cite a selected
// passage to a delfråga, find the quote on the scoring page and open it back at its passage.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document as DocxDocument, HeadingLevel, Packer, Paragraph } from 'docx';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LONG_WORDS } from '../../api/reliability/hostile-input';
import { projectRoot } from '../../rubrics/project-root';
import { formatViolations, seriousViolations } from './support/axe';
import { collectPageErrors, logInThroughUi, logInWithCookie, useE2e } from './support/e2e';
import { createTeamEvaluation } from './support/seed';
import type { Account } from './support/test-server';

const e2e = useE2e();
/** The seeds, kept in the repository with their sources named (fixtures/documents/sources.md). */
const SEEDS = join(projectRoot(), 'fixtures/documents');
const HOSTILE = '<img src=x onerror=alert(1)>';
/** A title no window is wide enough for, with a right-to-left override in it. */
const LONG_TITLE = `Styrmodell \u202E${LONG_WORDS[1]}`;

/** Essunga's styrmodell (seed 003) and Upplands Väsby's Ledningssystem page (seed 004). */
const essunga = readFileSync(join(SEEDS, '003_4bca3ae12e78cf2c.txt'), 'utf8');
const vasby = readFileSync(join(SEEDS, '004_b70e9f325c7f28fe.txt'), 'utf8');

/** A DOCX written in the test, in our own words, with a heading and a compound in plural. */
function dialogDocx(): Promise<Buffer> {
  const doc = new DocxDocument({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Dialog med invånarna', heading: HeadingLevel.HEADING_1 }),
          new Paragraph(
            'Kommunen håller medborgardialoger inför varje budget, och svaren redovisas för fullmäktige.',
          ),
          new Paragraph('Ungdomsrådet träffar nämnderna två gånger om året.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Seed 003 as a PDF of several pages, printed by Chromium. */
async function essungaPdf(): Promise<Buffer> {
  const page = await e2e.browser.newPage();
  const paragraphs = essunga
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('');
  await page.setContent(`<!doctype html><html lang="sv"><body>${paragraphs}</body></html>`);
  const pdf = await page.pdf({ format: 'A4' });
  await page.close();
  return pdf;
}

let eva: Account;
let evaluationId: string;
let context: BrowserContext;
let page: Page;
let errors: string[];
let alerts = 0;

beforeAll(async () => {
  eva = await e2e.server.createUser('evaluator', 'Eva Utvärderare');
  evaluationId = (await createTeamEvaluation([eva])).id;
  context = await e2e.newContext({ bypassCSP: true });
  page = await context.newPage();
  errors = collectPageErrors(page);
  // A script in a document title would open an alert: none may.
  page.on('dialog', (dialog) => {
    if (dialog.type() === 'alert') alerts += 1;
  });
});
afterAll(async () => {
  await context?.close();
});

/** The rows of the list, by the documents' titles. */
const documentRow = (title: string) =>
  page
    .locator('li.document')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) });

/** Drags the mouse over `quote` in a passage's text, as a user selects it. */
async function selectWithMouse(passageText: string, from: number, to: number) {
  const box = await page.evaluate(
    ({ id, from, to }) => {
      const element = document.querySelector(`[data-passage-text="${id}"]`) as HTMLElement;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const at = (offset: number) => {
        let rest = offset;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (rest < length) return { node, offset: rest };
          rest -= length;
        }
        throw new Error(`offset ${offset} is past the text`);
      };
      const rect = (offset: number) => {
        walker.currentNode = element;
        const { node, offset: local } = at(offset);
        const range = document.createRange();
        range.setStart(node, local);
        range.setEnd(node, local + 1);
        const r = range.getClientRects()[0] as DOMRect;
        return { left: r.left, right: r.right, y: r.top + r.height / 2 };
      };
      element.scrollIntoView({ block: 'center' });
      return { start: rect(from), end: rect(to - 1) };
    },
    { id: passageText, from, to },
  );
  await page.mouse.move(box.start.left + 1, box.start.y);
  await page.mouse.down();
  await page.mouse.move((box.start.left + box.end.right) / 2, (box.start.y + box.end.y) / 2, {
    steps: 5,
  });
  await page.mouse.move(box.end.right - 1, box.end.y, { steps: 5 });
  await page.mouse.up();
}

describe('the document library', () => {
  test('an evaluator uploads several files, searches in Swedish, cites a selected passage to 5.2 and opens it back from the scoring page', async () => {
    await logInThroughUi(page, e2e.server.origin, eva);
    await page.getByRole('link', { name: 'Håbo', exact: true }).first().click();
    await page.getByRole('link', { name: 'Dokument', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /^Dokument: Håbo/ }).waitFor();

    // Three files through the picker, one dropped on the page.
    const pdf = await essungaPdf();
    await page.getByLabel('Välj filer').setInputFiles([
      { name: 'Styrmodell Essunga.txt', mimeType: 'text/plain', buffer: Buffer.from(essunga) },
      { name: 'Styrmodell Essunga (PDF).pdf', mimeType: 'application/pdf', buffer: pdf },
      {
        name: 'Ledningssystem Upplands Väsby.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(vasby),
      },
    ]);
    // Each file gets a small form first: the title from its name, its kind, date and address.
    const fieldsOf = (name: string) => page.getByRole('group', { name, exact: true });
    const essungaFields = fieldsOf('Styrmodell Essunga.txt');
    expect(await essungaFields.getByLabel('Titel').inputValue()).toBe('Styrmodell Essunga');
    await essungaFields.getByLabel('Datum').fill('2016-11-21');
    const vasbyFields = fieldsOf('Ledningssystem Upplands Väsby.txt');
    await vasbyFields.getByLabel('Typ').selectOption('webbsida');
    // A wrong address is named at its field before anything is sent.
    await vasbyFields.getByLabel('Webbadress').fill('www.upplandsvasby.se');
    await page.getByRole('button', { name: 'Lägg till 3 dokument' }).click();
    await vasbyFields
      .getByText('Ange en webbadress som börjar med https:// eller http://.')
      .waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')), {
        timeout: 10_000,
      })
      .toBe('url');
    await vasbyFields.getByLabel('Webbadress').fill('https://www.upplandsvasby.se/ledningssystem');
    await page.getByRole('button', { name: 'Lägg till 3 dokument' }).click();
    // Each file has its own progress bar while it is sent.
    await page
      .getByRole('progressbar', { name: 'Uppladdning av Styrmodell Essunga.txt' })
      .waitFor();
    expect(await page.getByRole('progressbar', { name: /^Uppladdning av / }).count()).toBe(3);
    const docx = await dialogDocx();
    const transfer = await page.evaluateHandle(
      (bytes) => {
        const data = new DataTransfer();
        data.items.add(
          new File([new Uint8Array(bytes)], 'Dialog med invånarna.docx', {
            type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          }),
        );
        return data;
      },
      [...docx],
    );
    await page.getByTestId('drop-zone').dispatchEvent('dragenter', { dataTransfer: transfer });
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
    const dialogFields = fieldsOf('Dialog med invånarna.docx');
    await dialogFields.getByLabel('Typ').selectOption('protokoll');
    await dialogFields.getByLabel('Datum').fill('2024-03-12');
    await page.getByRole('button', { name: 'Lägg till 1 dokument' }).click();

    // Every text extracted: the list says each is searchable; the PDF with its pages.
    for (const title of [
      'Styrmodell Essunga',
      'Styrmodell Essunga (PDF)',
      'Ledningssystem Upplands Väsby',
      'Dialog med invånarna',
    ]) {
      await documentRow(title)
        .getByText(/^Sökbart: \d+ stycken/)
        .waitFor({ timeout: 30_000 });
    }
    expect(
      await documentRow('Styrmodell Essunga (PDF)')
        .getByText(/\d+ sidor$/)
        .count(),
    ).toBe(1);
    // The details given at upload are the documents' own.
    expect(await documentRow('Styrmodell Essunga').getByText('21 november 2016').count()).toBe(1);
    const dialogRow = documentRow('Dialog med invånarna');
    expect(await dialogRow.getByText('Protokoll', { exact: true }).count()).toBe(1);
    expect(await dialogRow.getByText('12 mars 2024').count()).toBe(1);
    expect(
      await documentRow('Ledningssystem Upplands Väsby')
        .getByRole('link', { name: 'https://www.upplandsvasby.se/ledningssystem' })
        .count(),
    ).toBe(1);

    // The original file downloads under its own name.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('link', { name: 'Ladda ner originalfilen till Ledningssystem Upplands Väsby' })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('Ledningssystem Upplands Väsby.txt');

    // Swedish search: the stem finds the inflected compound, marked in the snippet.
    const query = page.getByLabel('Sökord');
    await query.fill('medborgardialog');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByText('1 träff på ”medborgardialog”.').waitFor();
    const hits = page.locator('ol.search-hits > li');
    expect(await hits.first().locator('mark').allTextContents()).toContain('medborgardialoger');
    expect(await hits.first().getByRole('link').textContent()).toBe('Dialog med invånarna');

    await query.fill('resursfördelning');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByText(/^\d+ träffar på ”resursfördelning”\.$/).waitFor();
    // The PDF's hits name their page.
    expect(
      await hits.getByRole('link', { name: /^Styrmodell Essunga \(PDF\), s\. \d+$/ }).count(),
    ).toBeGreaterThan(0);
    const hit = hits
      .filter({ has: page.getByRole('link', { name: 'Styrmodell Essunga', exact: true }) })
      .filter({ hasText: 'Kommunens resursfördelningsmodell' })
      .first();
    expect(await hit.locator('mark').allTextContents()).toContain('resursfördelning');
    await hit.getByRole('link').click();

    // The reader opens at the passage: scrolled to, focused, marked.
    await page.getByRole('heading', { level: 1, name: 'Styrmodell Essunga' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('passage')), {
        timeout: 10_000,
      })
      .toBe(true);
    const passage = page.locator('li.passage.target');
    const passageId = (await passage.getAttribute('data-passage')) as string;
    const text = (await passage.locator('[data-passage-text]').textContent()) as string;
    // From "Resursfördelningsmodellen har …" to "… och är transparent".
    const from = text.indexOf('Resursfördelningsmodellen har');
    const end = 'och är transparent';
    expect(from).toBeGreaterThanOrEqual(0);
    const to = text.indexOf(end, from) + end.length;
    expect(to).toBeGreaterThan(from + end.length);
    await selectWithMouse(passageId, from, to);
    const expected = text.slice(from, to).trim();
    await page.getByText(`Markerat: ”${expected}”`).waitFor();

    await page.getByRole('button', { name: 'Citera markerad text' }).click();
    const dialog = page.getByRole('dialog', { name: 'Citera som underlag' });
    expect(await dialog.getByTestId('cite-quote').locator('p').textContent()).toBe(expected);
    await dialog.getByLabel('Filtrera delfrågor').fill('5.2');
    await dialog.getByLabel('Filtrera delfrågor').press('Enter');
    await dialog.getByText('Valda: 5.2').waitFor();
    await dialog.getByRole('button', { name: 'Spara citatet' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Citatet är sparat för 5.2.').waitFor({ state: 'attached' });
    expect(await passage.locator('mark.cited').textContent()).toBe(expected);

    // The text read again (as after a better reader): the quote survives and still opens.
    await page.getByRole('link', { name: 'Till dokumenten' }).click();
    const essungaRow = documentRow('Styrmodell Essunga');
    const again = essungaRow.getByRole('button', {
      name: 'Läs in igen: Styrmodell Essunga',
    });
    await again.click();
    await page
      .getByText('Texten i Styrmodell Essunga läses in igen.')
      .waitFor({ state: 'attached' });
    await essungaRow.getByText(/^Sökbart: \d+ stycken/).waitFor({ timeout: 30_000 });
    expect(await again.getAttribute('aria-disabled')).toBe('false');

    // On the scoring page, beside delfråga 5.2, with the other evidence.
    await page.getByRole('link', { name: 'Till översikten' }).click();
    await page.getByRole('link', { name: 'Poängsättning', exact: true }).click();
    await page.getByRole('link', { name: /^5\. Resultat och effektivitet/ }).click();
    const quotes = page.getByRole('region', { name: 'Citat ur dokument för 5.2' });
    await quotes.getByText(expected, { exact: true }).waitFor();
    expect(
      await page
        .getByRole('region', { name: 'Citat ur dokument för 5.1' })
        .getByText(expected)
        .count(),
    ).toBe(0);

    // What speaks to 5.1: suggested passages with their matched words marked, cited by one click.
    const suggestions = page.getByTestId('suggestions-5.1');
    await suggestions.getByText('Vad talar för denna delfråga?').click();
    const suggested = suggestions.locator('ul.suggestion-passages > li').first();
    await suggested.waitFor();
    expect(await suggested.locator('mark').count()).toBeGreaterThan(0);
    await suggested.getByText(/^Ord som matchar: /).waitFor();
    const suggestedQuote = ((await suggested.locator('blockquote').textContent()) ?? '').trim();
    expect(
      await page
        .getByRole('region', { name: 'Citat ur dokument för 5.1' })
        .locator('ul.question-citation-list blockquote')
        .count(),
    ).toBe(0);
    await suggested.getByRole('button', { name: /^Citera stycket ur .* för 5\.1$/ }).click();
    await suggested.getByText('Citerat', { exact: true }).waitFor();
    const cited51 = page
      .getByRole('region', { name: 'Citat ur dokument för 5.1' })
      .locator('ul.question-citation-list blockquote');
    await expect.poll(() => cited51.first().textContent()).toBe(suggestedQuote);

    // Opening it goes back to the passage, focused, with the quote marked.
    await quotes.getByRole('link', { name: 'Öppna i Styrmodell Essunga' }).click();
    await page.getByRole('heading', { level: 1, name: 'Styrmodell Essunga' }).waitFor();
    // Read again, the passage is a new one: the quote moved with its text.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const active = document.activeElement as HTMLElement | null;
            return active?.dataset.passage
              ? active.querySelector('mark.focused')?.textContent
              : null;
          }),
        { timeout: 10_000 },
      )
      .toBe(expected);
    expect(await page.locator('li.passage.target').getAttribute('data-passage')).not.toBe(
      passageId,
    );

    // And on the consensus page, folded into delfråga 5.2's card.
    await page.getByRole('link', { name: 'Till översikten' }).click();
    await page.getByRole('link', { name: 'Konsensus', exact: true }).click();
    const row = page.locator('section[data-question="5.2"]');
    await row.getByText('Citat ur dokument (1)').click();
    await row.getByText(expected, { exact: true }).waitFor();
    expect(
      await page.locator('section[data-question="5.3"]').getByText('Citat ur dokument (0)').count(),
    ).toBe(1);
    expect(errors).toEqual([]);
  });

  test('a hostile title is text; deleting a cited document asks first and keeps the quote', async () => {
    await page.getByRole('link', { name: 'Till översikten' }).click();
    await page.getByRole('link', { name: 'Dokument', exact: true }).click();
    // A whole hit is cited from the search, without opening the reader.
    await page.getByLabel('Sökord').fill('styrkort');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    const styrkort = page
      .locator('ol.search-hits > li')
      .filter({
        has: page.getByRole('link', { name: 'Ledningssystem Upplands Väsby', exact: true }),
      })
      .first();
    const snippet = ((await styrkort.locator('.snippet').textContent()) ?? '').replace(
      /^… | …$/g,
      '',
    );
    await styrkort.getByRole('button', { name: 'Citera stycket' }).click();
    const citeHit = page.getByRole('dialog', { name: 'Citera som underlag' });
    expect(await citeHit.getByTestId('cite-quote').locator('p').textContent()).toContain(snippet);
    await citeHit.getByLabel('Filtrera delfrågor').fill('4.3');
    await citeHit.getByLabel('Filtrera delfrågor').press('Enter');
    await citeHit.getByRole('button', { name: 'Spara citatet' }).click();
    await citeHit.waitFor({ state: 'hidden' });
    await page.getByText('Citatet är sparat för 4.3.').waitFor({ state: 'attached' });

    const row = documentRow('Ledningssystem Upplands Väsby');
    await row
      .getByRole('button', { name: 'Ändra uppgifterna om Ledningssystem Upplands Väsby' })
      .click();
    await row.getByLabel('Titel').fill(HOSTILE);
    await row.getByLabel('Typ').selectOption('webbsida');
    await row.getByLabel('Datum').fill('2016-11-21');
    await row.getByLabel('Webbadress').fill('https://www.upplandsvasby.se/ledningssystem');
    await row.getByRole('button', { name: 'Spara' }).click();
    const hostile = documentRow(HOSTILE);
    await hostile.waitFor();
    expect(await hostile.getByRole('heading', { level: 3 }).textContent()).toBe(HOSTILE);
    expect(await page.locator('li.document img').count()).toBe(0);
    expect(await hostile.getByText('Webbsida', { exact: true }).count()).toBe(1);
    expect(await hostile.getByText('21 november 2016').count()).toBe(1);
    expect(alerts).toBe(0);
    // A title with a very long word and a bidi override: text, isolated in <bdi>.
    const pdfRow = documentRow('Styrmodell Essunga (PDF)');
    await pdfRow
      .getByRole('button', { name: 'Ändra uppgifterna om Styrmodell Essunga (PDF)' })
      .click();
    await pdfRow.getByLabel('Titel').fill(LONG_TITLE);
    await pdfRow.getByRole('button', { name: 'Spara' }).click();
    expect(await documentRow(LONG_TITLE).locator('h3 bdi').textContent()).toBe(LONG_TITLE);

    // The cited document: the question names the citations and that their quotes stay.
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.accept();
    });
    await documentRow('Styrmodell Essunga')
      .getByRole('button', { name: 'Ta bort Styrmodell Essunga', exact: true })
      .click();
    await documentRow('Styrmodell Essunga').waitFor({ state: 'detached' });
    expect(asked).toMatch(/citerat (en gång|\d+ gånger)/);
    expect(asked).toMatch(/Citaten finns kvar med sin text/);

    await page.getByRole('link', { name: 'Till översikten' }).click();
    await page.getByRole('link', { name: 'Poängsättning', exact: true }).click();
    await page.getByRole('link', { name: /^5\. Resultat och effektivitet/ }).click();
    const quotes = page.getByRole('region', { name: 'Citat ur dokument för 5.2' });
    await quotes.getByText('dokumentet är borttaget').waitFor();
    expect(await quotes.getByText('Styrmodell Essunga').count()).toBe(1);
    expect(await quotes.getByRole('link').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('no serious or critical axe violation on the document pages; they fit 640 px', async () => {
    await page.goto(e2e.url(`/evaluations/${evaluationId}/documents?q=resursf%C3%B6rdelning`));
    await page.getByText(/träff(ar)? på/).waitFor();
    const list = await seriousViolations(page);
    expect(list, formatViolations('documents', list)).toEqual([]);
    // The small form of a file about to be added, with a field's error showing.
    await page
      .getByLabel('Välj filer')
      .setInputFiles([
        { name: 'sida.html', mimeType: 'text/html', buffer: Buffer.from('<title>Sida</title>') },
      ]);
    const pageFields = page.getByRole('group', { name: 'sida.html', exact: true });
    await pageFields.getByLabel('Webbadress').fill('inte en adress');
    await page.getByRole('button', { name: 'Lägg till 1 dokument' }).click();
    await pageFields.getByText(/^Ange en webbadress/).waitFor();
    const form = await seriousViolations(page);
    expect(form, formatViolations('upload form', form)).toEqual([]);
    await page.getByRole('button', { name: 'Ta bort ur listan: sida.html' }).click();
    await pageFields.waitFor({ state: 'detached' });
    await page.locator('ol.search-hits a').first().click();
    await page.locator('li.passage').first().waitFor();
    await page.getByRole('button', { name: 'Troliga delfrågor' }).first().click();
    await page.locator('.likely-list, .passage-questions p').first().waitFor();
    const reader = await seriousViolations(page);
    expect(reader, formatViolations('reader', reader)).toEqual([]);
    // A likely delfråga is cited with one click, and says so.
    const likely = page.locator('.likely-list > li').first();
    const cite = likely.getByRole('button', { name: /^Citera till \d+\.\d+$/ });
    const questionId = ((await cite.textContent()) ?? '').replace('Citera till ', '');
    await cite.click();
    await likely.getByText(`Citerat till ${questionId}`).waitFor();
    await page
      .getByRole('region', { name: 'Citat ur dokumentet' })
      .getByText(`Delfrågor: ${questionId}`)
      .first()
      .waitFor();

    await page.setViewportSize({ width: 640, height: 800 });
    for (const path of ['/documents', `/documents/${page.url().split('/documents/')[1]}`]) {
      await page.goto(e2e.url(`/evaluations/${evaluationId}${path}`));
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      const { scroll, viewport } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      }));
      expect(scroll, path).toBeLessThanOrEqual(viewport);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('a reader of another kommun cannot see the page; a reader of the kommun reads its published documents without writing', async () => {
    // createUser makes readers of Enköping (0381): Håbo's documents are not theirs.
    const reader = await e2e.server.createUser('reader', 'Läsare Enköping');
    const readerContext = await e2e.newContext();
    await logInWithCookie(readerContext, e2e.server.origin, reader);
    const readerPage = await readerContext.newPage();
    await readerPage.goto(e2e.url(`/evaluations/${evaluationId}/documents`));
    await readerPage
      .getByText('Det du söker finns inte, eller så har du inte tillgång till det.')
      .waitFor();
    expect(await readerPage.getByText('Dialog med invånarna').count()).toBe(0);
    expect(await readerPage.getByRole('heading', { name: 'Lägg till dokument' }).count()).toBe(0);

    // Their own kommun's published evaluation: read only, nothing to upload or cite.
    await readerPage.goto(e2e.url('/evaluations'));
    await readerPage.getByRole('link', { name: 'Enköping', exact: true }).first().click();
    await readerPage.getByRole('link', { name: 'Dokument', exact: true }).click();
    await readerPage.getByRole('heading', { level: 1, name: /^Dokument: Enköping/ }).waitFor();
    await readerPage
      .getByText(/dokumenten kan läsas, sökas och laddas ner men inte ändras/)
      .waitFor();
    expect(await readerPage.getByRole('heading', { name: 'Lägg till dokument' }).count()).toBe(0);
    await readerPage.getByRole('heading', { level: 3, name: 'Styrning och uppföljning' }).waitFor();
    expect(await readerPage.getByRole('button', { name: /^(Ändra|Ta bort|Citera)/ }).count()).toBe(
      0,
    );
    // They search and read, and see what the team cited, without a way to cite.
    await readerPage.getByLabel('Sökord').fill('strategiska mål');
    await readerPage.getByRole('button', { name: 'Sök', exact: true }).click();
    await readerPage
      .locator('ol.search-hits')
      .getByRole('link', { name: 'Styrning och uppföljning', exact: true })
      .first()
      .click();
    await readerPage.getByRole('heading', { level: 1, name: 'Styrning och uppföljning' }).waitFor();
    await readerPage.locator('li.passage').first().waitFor();
    await readerPage
      .getByRole('region', { name: 'Citat ur dokumentet' })
      .getByText(/^Fullmäktige beskriver den övergripande politiska viljan/)
      .waitFor();
    expect(await readerPage.getByRole('button', { name: /^(Citera|Ändra|Ta bort)/ }).count()).toBe(
      0,
    );
    await readerContext.close();
  });

  test('the document pages open offline like the others; the original file is never kept', async () => {
    await page.goto(e2e.url(`/evaluations/${evaluationId}/documents`));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 15_000,
    });
    const row = documentRow('Dialog med invånarna');
    await row.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('link', { name: /^Ladda ner originalfilen/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Dialog med invånarna.docx');
    await row.getByRole('link', { name: 'Läs Dialog med invånarna' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Dialog med invånarna' });
    await heading.waitFor();
    await page.getByText('medborgardialoger', { exact: false }).first().waitFor();
    const readerUrl = page.url();

    await e2e.server.outage();
    try {
      await page.reload();
      await heading.waitFor({ timeout: 15_000 });
      await page.getByText('medborgardialoger', { exact: false }).first().waitFor();
      await page.goto(e2e.url(`/evaluations/${evaluationId}/documents`));
      await documentRow('Dialog med invånarna').waitFor({ timeout: 15_000 });
      const files = await page.evaluate(async () => {
        const kept: string[] = [];
        for (const name of await caches.keys()) {
          for (const request of await (await caches.open(name)).keys()) {
            if (/^\/api\/documents\/[^/]+\/file$/.test(new URL(request.url).pathname))
              kept.push(request.url);
          }
        }
        return kept;
      });
      expect(files).toEqual([]);
      expect(readerUrl).toContain('/documents/');
    } finally {
      await e2e.server.restore();
    }
  });

  test('a long document opens at a search hit; the text selected there is cited; the rest is drawn after', async () => {
    // 400 passages: the reader draws the hit's surroundings first and the rest when idle.
    const paragraphs = Array.from({ length: 400 }, (_, i) =>
      i === 349
        ? 'Nämnden lovar en kvalitetsgaranti för hemtjänsten och följer upp den varje kvartal.'
        : `Avsnitt ${i + 1}: nämnden följer upp målen för verksamheten och redovisar resultatet.`,
    );
    await page.goto(e2e.url(`/evaluations/${evaluationId}/documents`));
    await page.getByLabel('Välj filer').setInputFiles([
      {
        name: 'Lång verksamhetsplan.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(paragraphs.join('\n\n')),
      },
    ]);
    await page.getByRole('button', { name: 'Lägg till 1 dokument' }).click();
    await documentRow('Lång verksamhetsplan')
      .getByText('Sökbart: 400 stycken')
      .waitFor({ timeout: 30_000 });
    await page.getByLabel('Sökord').fill('kvalitetsgaranti');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByText('1 träff på ”kvalitetsgaranti”.').waitFor();
    await page.locator('ol.search-hits > li').first().getByRole('link').click();

    await page.getByRole('heading', { level: 1, name: 'Lång verksamhetsplan' }).waitFor();
    const target = page.locator('li.passage.target');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('target')), {
        timeout: 10_000,
      })
      .toBe(true);
    expect(await target.getAttribute('aria-label')).toBe('Stycke 350');
    const passageId = (await target.getAttribute('data-passage')) as string;
    const text = (await target.locator('[data-passage-text]').textContent()) as string;
    const quote = 'en kvalitetsgaranti för hemtjänsten';
    const from = text.indexOf(quote);
    await selectWithMouse(passageId, from, from + quote.length);
    await page.getByText(`Markerat: ”${quote}”`).waitFor();
    await page.getByRole('button', { name: 'Citera markerad text' }).click();
    const dialog = page.getByRole('dialog', { name: 'Citera som underlag' });
    await dialog.getByLabel('Filtrera delfrågor').fill('6.2');
    await dialog.getByLabel('Filtrera delfrågor').press('Enter');
    await dialog.getByRole('button', { name: 'Spara citatet' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await target.locator('mark.cited').textContent()).toBe(quote);

    // The whole text is drawn in the end (the browser's find sees all of it), nothing moved.
    await expect.poll(() => page.locator('li.passage').count(), { timeout: 20_000 }).toBe(400);
    expect(await page.locator('li.passage-placeholder').count()).toBe(0);
    expect(await page.locator('li.passage').first().getAttribute('aria-label')).toBe('Stycke 1');
    expect(await target.getAttribute('data-passage')).toBe(passageId);
    expect(errors).toEqual([]);
  });
});
