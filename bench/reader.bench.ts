// The document reader with a long document: a generated 300-page text PDF (about 2,100
// passages) opened at a cited passage near its end, in Chromium, as an evaluator opens a
// citation from the scoring page. Alone: `npx tsx bench/reader-only.ts`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type PdfBlock, simplePdf } from '../api/documents/test-support/simple-pdf';
import { projectRoot } from '../rubrics/project-root';
import { launchChromium } from '../web/e2e/support/browser';
import { logInWithCookie } from '../web/e2e/support/page-helpers';
import { createTeamEvaluation } from '../web/e2e/support/seed';
import { type Account, startTestServer, type TestServer } from '../web/e2e/support/test-server';
import { ensureWebBuilt } from '../web/e2e/support/web-build';
import { type Figure, median } from './measure';

const PAGES = 300;
const PARAGRAPHS_A_PAGE = 7;
/** Milliseconds from the passages' arrival to the cited passage painted that we call slow. */
const TARGET_MS = 300;

/** The fixtures' Swedish sentences, in the PDF font's Latin-1 range. */
function sentences(): string[] {
  const folder = join(projectRoot(), 'fixtures/documents');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) =>
      readFileSync(join(folder, name), 'utf8')
        .replace(/[^\x20-\xff\s]/g, ' ')
        .replace(/\s+/g, ' ')
        .split(/(?<=[.!?])\s+/)
        .filter((sentence) => sentence.length > 30 && sentence.length < 400),
    );
}

/** A 300-page PDF: a heading on every tenth page, seven paragraphs of two or three sentences. */
export function longPdf(pages = PAGES): Uint8Array {
  const pool = sentences();
  let next = 0;
  const sentence = () => pool[next++ % pool.length] as string;
  const content: PdfBlock[][] = [];
  for (let page = 1; page <= pages; page++) {
    const blocks: PdfBlock[] = [];
    if (page % 10 === 1) blocks.push({ kind: 'heading', text: `Kapitel ${(page - 1) / 10 + 1}` });
    for (let p = 0; p < PARAGRAPHS_A_PAGE; p++) {
      blocks.push({
        kind: 'paragraph',
        text: `${sentence()} ${sentence()}${p % 2 === 0 ? ` ${sentence()}` : ''}`,
      });
    }
    content.push(blocks);
  }
  return simplePdf(content);
}

interface Cited {
  citationId: string;
  passageId: string;
}

interface Seeded {
  evaluationId: string;
  documentId: string;
  passages: number;
  /** A citation on a passage of page 250 (opened from the address) and one of page 150. */
  far: Cited;
  middle: Cited;
  /** The floor: a one-page PDF in the same evaluation, opened at its cited passage alike. */
  short: { documentId: string } & Cited;
}

export async function seed(server: TestServer, eva: Account): Promise<Seeded> {
  const evaluation = await createTeamEvaluation([eva]);
  const call = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${server.origin}${path}`, {
      ...init,
      headers: { cookie: eva.cookie, ...(init.headers ?? {}) },
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  type Listed = { id: string; page: number | null; text: string }[];
  /** Uploads the PDF and waits until its text is read; returns its id and passages. */
  const read = async (pdf: Uint8Array, title: string) => {
    const form = new FormData();
    form.append('file', new File([pdf as Uint8Array<ArrayBuffer>], `${title}.pdf`));
    form.append('title', title);
    form.append('kind', 'plan');
    const created = await call(`/api/evaluations/${evaluation.id}/documents`, {
      method: 'POST',
      body: form,
    });
    for (let tries = 0; ; tries++) {
      const document = await call(`/api/documents/${created.id}`);
      if (document.extraction.status === 'done') break;
      if (document.extraction.status !== 'queued' && document.extraction.status !== 'running') {
        throw new Error(`extraction: ${JSON.stringify(document.extraction)}`);
      }
      if (tries > 600) throw new Error(`${title} was not read in 5 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const { passages } = (await call(`/api/documents/${created.id}/passages`)) as {
      passages: Listed;
    };
    return { documentId: created.id as string, passages };
  };
  const cite = async (documentId: string, passages: Listed, page: number): Promise<Cited> => {
    const passage = passages.filter((p) => p.page === page)[3] ?? passages[0];
    if (!passage) throw new Error('no passage to cite');
    const quote = passage.text.slice(0, Math.min(60, passage.text.length));
    const citation = await call(`/api/evaluations/${evaluation.id}/citations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        documentId,
        passageId: passage.id,
        start: 0,
        end: quote.length,
        quote,
        questionIds: ['3.2'],
      }),
    });
    return { citationId: citation.id as string, passageId: passage.id };
  };
  const long = await read(longPdf(), 'Lång plan');
  const short = await read(longPdf(1), 'Kort plan');
  return {
    evaluationId: evaluation.id,
    documentId: long.documentId,
    passages: long.passages.length,
    far: await cite(long.documentId, long.passages, 250),
    middle: await cite(long.documentId, long.passages, 150),
    short: {
      documentId: short.documentId,
      ...(await cite(short.documentId, short.passages, 1)),
    },
  };
}

/**
 * Waits, each animation frame, until the passage is focused with its quote marked and on
 * screen; returns when (ms since navigation), when the last API answer before it ended, and how many
 * elements the page then has.
 */
async function openedAt(page: Page, passageId: string) {
  const shown = await page.waitForFunction(
    (id) => {
      const active = document.activeElement as HTMLElement | null;
      if (active?.dataset.passage !== id || !active.querySelector('mark.focused')) return null;
      const box = active.getBoundingClientRect();
      if (box.bottom < 0 || box.top > window.innerHeight) return null;
      // The last answer the page waited for (the passages, or what came after them).
      const now = performance.now();
      const answered = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => new URL(e.name).pathname.startsWith('/api/') && e.responseEnd < now)
        .map((e) => e.responseEnd);
      return {
        at: now,
        answeredAt: Math.max(0, ...answered),
        nodes: document.getElementsByTagName('*').length,
      };
    },
    passageId,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await shown.jsonValue()) as { at: number; answeredAt: number; nodes: number };
}

/**
 * Chromium, a fresh context per run (cold cache): milliseconds from navigation start to the
 * cited passage focused with its quote marked (checked each animation frame, so at the frame
 * that paints it), the part of it after the passages arrived (drawing them), and the jump from
 * the top of the open reader to another citation ("Visa i texten"). Median of `runs`.
 */
export async function readerBenchmark(runs = 5): Promise<Figure[]> {
  ensureWebBuilt();
  const browser = await launchChromium();
  const server = await startTestServer();
  try {
    const eva = await server.createUser('evaluator', 'Eva Bench');
    const seeded = await seed(server, eva);
    const reader = `${server.origin}/evaluations/${seeded.evaluationId}/documents/${seeded.documentId}`;
    const open: number[] = [];
    const floor: number[] = [];
    const drawing: number[] = [];
    const jump: number[] = [];
    const nodes: number[] = [];
    for (let run = 0; run < runs; run++) {
      const fresh = async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        await logInWithCookie(context, server.origin, eva);
        return context;
      };
      // The floor: the same reader and evaluation, a one-page document, as cold.
      const shortContext = await fresh();
      const short = await shortContext.newPage();
      const shortDoc = `${server.origin}/evaluations/${seeded.evaluationId}/documents/${seeded.short.documentId}`;
      await short.goto(`${shortDoc}?citation=${seeded.short.citationId}`, { waitUntil: 'commit' });
      floor.push((await openedAt(short, seeded.short.passageId)).at);
      await shortContext.close();
      const context = await fresh();
      const page = await context.newPage();
      await page.goto(`${reader}?citation=${seeded.far.citationId}`, { waitUntil: 'commit' });
      const figures = await openedAt(page, seeded.far.passageId);
      open.push(figures.at);
      drawing.push(figures.at - figures.answeredAt);
      nodes.push(figures.nodes);
      // From the top of the open reader to another citation through its "Visa i texten" link.
      jump.push(
        await page.evaluate(async ({ citationId, passageId }) => {
          window.scrollTo(0, 0);
          await new Promise((resolve) => requestAnimationFrame(resolve));
          const link = document.querySelector(
            `li[data-citation="${citationId}"] a`,
          ) as HTMLAnchorElement | null;
          if (!link) throw new Error('no "Visa i texten" link');
          const start = performance.now();
          link.click();
          for (;;) {
            await new Promise((resolve) => requestAnimationFrame(resolve));
            const active = document.activeElement as HTMLElement | null;
            if (active?.dataset.passage === passageId && active.querySelector('mark.focused')) {
              return performance.now() - start;
            }
            if (performance.now() - start > 30_000) throw new Error('the jump never landed');
          }
        }, seeded.middle),
      );
      await context.close();
    }
    const note = `${PAGES} pages, ${seeded.passages} passages; median of ${runs} cold loads on loopback`;
    const value = median(open);
    const least = median(floor);
    const drawn = median(drawing);
    return [
      {
        name: 'web: reader opened at a cited passage, 300-page PDF (Chromium)',
        value,
        unit: 'ms',
        target: '–',
        met: null,
        floor: least,
        ratio: value / least,
        note: `${note}; navigation start to the passage focused and on screen; floor: a one-page PDF`,
      },
      {
        name: 'web: reader, drawing after the last answer arrived (300 pages)',
        value: drawn,
        unit: 'ms',
        target: `< ${TARGET_MS} ms`,
        met: drawn < TARGET_MS,
        note: `${note}; from the last API answer (the passages or after) to the passage painted; DOM elements then: ${median(nodes)}`,
      },
      {
        name: 'web: reader, jump to another citation (300 pages)',
        value: median(jump),
        unit: 'ms',
        target: '–',
        met: null,
        note: `${note}; click on "Visa i texten" to the passage focused`,
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
