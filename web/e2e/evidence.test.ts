import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  collectPageErrors,
  logInWithCookie,
  SAVE_STATUS,
  startsWithQuestion,
  useE2e,
  waitForSaveStatus,
} from './support/e2e';
import { createTeamEvaluation } from './support/seed';
import { type Account, unwrap } from './support/test-server';

const e2e = useE2e();

/** Progress of the long offline test, so a timeout says where it stopped. */
const step = (name: string) => console.log(`outage test: ${name}`);

let eva: Account;
let evaluationId: string;

beforeAll(async () => {
  eva = await e2e.server.createUser('evaluator', 'Eva Utvärderare');
  evaluationId = (await createTeamEvaluation([eva])).id;
});

/** A question tag of the quick capture: its accessible name starts with the question id. */
function tag(page: Page, questionId: string) {
  const name = startsWithQuestion(questionId);
  return page.getByRole('checkbox', { name }).or(page.getByRole('button', { name }));
}

async function openEvidence() {
  const context = await e2e.newContext();
  await logInWithCookie(context, e2e.server.origin, eva);
  const page = await context.newPage();
  await page.goto(e2e.url(`/evaluations/${evaluationId}/evidence`));
  const notes = page.getByLabel('Anteckningar', { exact: true });
  await notes.waitFor();
  // An interview is saved once its interviewee group is chosen (the API requires it).
  const group = page.getByRole('combobox', { name: /^Intervjupersonens grupp/ });
  return { context, page, notes, group };
}

/** The evidence records on the server whose notes contain `text`. */
async function evidenceWith(text: string) {
  const list = await unwrap(
    eva.api.api.evaluations[':id'].evidence.$get({ param: { id: evaluationId }, query: {} }),
  );
  return list.evidence.filter((e) => e.notes.includes(text));
}

/** The edits waiting in the app's IndexedDB queue. */
function pendingEdits(page: Page) {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('kommunkompassen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result
            .transaction('pending-edits', 'readonly')
            .objectStore('pending-edits')
            .getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

describe('evidence quick capture', () => {
  test('an interview note tagged to two delfrågor is saved', async () => {
    const { context, page, notes, group } = await openEvidence();
    const errors = collectPageErrors(page);
    const text = 'Kommundirektören beskriver hur visionen bryts ned i mål.';
    await group.selectOption('official');
    await notes.fill(text);
    await tag(page, '1.1').click();
    await tag(page, '2.3').click();
    await waitForSaveStatus(page, SAVE_STATUS.saved);

    await expect.poll(() => evidenceWith(text)).toHaveLength(1);
    const [saved] = await evidenceWith(text);
    expect(saved).toMatchObject({
      kind: 'interview',
      intervieweeGroup: 'official',
      notes: text,
      questions: ['1.1', '2.3'],
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a note written offline is saved once the page is reloaded with the network back', async () => {
    const { context, page, notes, group } = await openEvidence();
    const text = `Skrivet utan nät ${Date.now()}.`;
    await context.setOffline(true);
    await group.selectOption('official');
    await notes.fill(text);
    await tag(page, '3.2').click();
    await waitForSaveStatus(page, SAVE_STATUS.offline, 15_000);
    // The edit is durable before the reload: it is in IndexedDB.
    expect(JSON.stringify(await pendingEdits(page))).toContain(text);

    // Network back and reload at once, before the queue's 5 s retry (the online event may race).
    page.on('dialog', (dialog) => void dialog.accept()); // a beforeunload warning, if shown
    await context.setOffline(false);
    await page.reload();
    await page.getByLabel('Anteckningar', { exact: true }).waitFor();
    await expect.poll(() => evidenceWith(text), { timeout: 15_000 }).toHaveLength(1);
    const [saved] = await evidenceWith(text);
    expect(saved).toMatchObject({ notes: text, questions: ['3.2'] });
    await expect.poll(() => pendingEdits(page), { timeout: 5_000 }).toEqual([]);
    // Not sent twice, and the reloaded page has no conflict to show.
    await page.waitForTimeout(1500);
    expect(await evidenceWith(text)).toHaveLength(1);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await context.close();
  });

  test('a note written during a network outage survives a reload while still offline, and is saved after', async () => {
    const { context, page } = await openEvidence();
    // Once the service worker controls the page, a reload routes the app and its data through it.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    step('service worker ready');
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    const notes = page.getByLabel('Anteckningar', { exact: true });
    await notes.waitFor();
    await page.getByRole('combobox', { name: /^Intervjupersonens grupp/ }).selectOption('official');
    // The guest wifi drops: the server is unreachable for the page and the service worker alike.
    await e2e.server.outage();
    step('server down');
    const text = `Skrivet under avbrottet ${Date.now()}.`;
    await notes.fill(text);
    await waitForSaveStatus(page, SAVE_STATUS.offline, 15_000);

    page.on('dialog', (dialog) => void dialog.accept()); // the beforeunload warning
    await page.reload(); // the service worker serves the app, IndexedDB the note
    step('reloaded while down');
    await page.getByText(text).first().waitFor({ timeout: 15_000 });
    step('note shown');
    await waitForSaveStatus(page, SAVE_STATUS.offline, 15_000);

    await e2e.server.restore();
    step('server back');
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => evidenceWith(text), { timeout: 20_000 }).toHaveLength(1);
    await waitForSaveStatus(page, SAVE_STATUS.saved, 15_000);
    await context.close();
  });

  test('a note written offline in a closed tab is sent by the next page load (IndexedDB queue)', async () => {
    const { context, page, notes, group } = await openEvidence();
    const text = `Stängd flik ${Date.now()}.`;
    // A real outage, not setOffline: closing the tab flushes the queue, and a request started
    // while a page closes can escape Chromium's offline emulation.
    await e2e.server.outage();
    await group.selectOption('official');
    await notes.fill(text);
    await waitForSaveStatus(page, SAVE_STATUS.offline, 15_000);
    await page.close(); // down to the end: only IndexedDB holds the note
    await e2e.server.restore();

    expect(await evidenceWith(text)).toHaveLength(0);
    const next = await context.newPage();
    await next.goto(e2e.url(`/evaluations/${evaluationId}`));
    await expect.poll(() => evidenceWith(text), { timeout: 15_000 }).toHaveLength(1);
    await waitForSaveStatus(next, SAVE_STATUS.saved);
    await context.close();
  });
});
