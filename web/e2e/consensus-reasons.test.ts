import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { formatViolations, seriousViolations } from './support/axe';
import {
  collectPageErrors,
  logInWithCookie,
  SAVE_STATUS,
  useE2e,
  waitForSaveStatus,
} from './support/e2e';
import { createTeamEvaluation, memberOf, putConsensusScores, questionsOf } from './support/seed';
import { type Account, unwrap } from './support/test-server';

const e2e = useE2e();

async function pageAs(account: Account, path: string, width = 1280) {
  const context = await e2e.newContext({ bypassCSP: true, viewport: { width, height: 900 } });
  await logInWithCookie(context, e2e.server.origin, account);
  const page = await context.newPage();
  await page.goto(e2e.url(path));
  return page;
}

async function ownScore(
  account: Account,
  evaluationId: string,
  memberId: string,
  questionId: string,
  points: number,
  rationale: string,
) {
  await unwrap(
    account.api.api.evaluations[':id']['evaluator-scores'][':memberId'][':questionId'].$put({
      param: { id: evaluationId, memberId, questionId },
      json: { points, rationale, version: 0 },
    }),
  );
}

async function expectAxeClean(page: Page, label: string) {
  expect(formatViolations(label, await seriousViolations(page))).toBe(
    `${label}: no serious or critical violations`,
  );
}

/** True when the page as a whole scrolls sideways. */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe('consensus with reasons', () => {
  test("each evaluator's score and rationale and the evidence side by side; the median in one action; reflows at 640 px", async () => {
    const eva = await e2e.server.createUser('evaluator', 'Eva Median');
    const olle = await e2e.server.createUser('evaluator', 'Olle Median');
    const tove = await e2e.server.createUser('evaluator', 'Tove Median');
    const evaluation = await createTeamEvaluation(
      [eva, olle, tove],
      { name: 'Knivsta', code: '0330' },
      e2e.server.admin,
    );
    await ownScore(eva, evaluation.id, memberOf(evaluation, eva), '1.1', 6, 'Planen saknar mål.');
    await ownScore(olle, evaluation.id, memberOf(evaluation, olle), '1.1', 7, 'Planen är ny.');
    await ownScore(tove, evaluation.id, memberOf(evaluation, tove), '1.2', 12, 'Bra information.');
    await ownScore(eva, evaluation.id, memberOf(evaluation, eva), '1.2', 14, '');
    await unwrap(
      eva.api.api.evaluations[':id'].evidence.$post({
        param: { id: evaluation.id },
        json: {
          kind: 'document',
          title: 'Demokratiplan 2025',
          notes: 'Antagen av fullmäktige.',
          questions: ['1.1'],
        },
      }),
    );

    const page = await pageAs(eva, `/evaluations/${evaluation.id}/consensus`);
    const errors = collectPageErrors(page);
    const card = page.locator('section[data-question="1.1"]');
    await card.getByText('Planen är ny.').waitFor();
    expect(
      (await card.locator('li[data-member]').allTextContents()).map((s) => s.replace(/\s+/g, ' ')),
    ).toEqual([
      'Eva Median: 6 pPlanen saknar mål.',
      'Olle Median: 7 pPlanen är ny.',
      'Tove Median: inte poängsatt',
    ]);
    expect(await card.getByRole('region', { name: /1\.1/ }).textContent()).toContain(
      'Demokratiplan 2025',
    );
    // Two scores, 6 and 7: the median 6,5 is already a half point.
    const median = card.getByRole('button', {
      name: 'Använd medianen 6,5 poäng som konsensus för 1.1',
    });
    expect(await card.getByText(/^Medianen av utvärderarnas poäng är 6,5\.$/).count()).toBe(1);
    await median.click();
    const input = card.getByRole('spinbutton', { name: /^1\.1 Konsensuspoäng/ });
    await expect.poll(() => input.inputValue(), { timeout: 10_000 }).toBe('6,5');
    await waitForSaveStatus(page, SAVE_STATUS.saved);
    const scores = await unwrap(
      eva.api.api.evaluations[':id'].scores.$get({ param: { id: evaluation.id }, query: {} }),
    );
    expect(scores.consensusScores.find((s) => s.questionId === '1.1')?.points).toBe(6.5);
    await expectAxeClean(page, 'consensus page');

    // 640 CSS px wide (200 % zoom of 1280): no sideways scroll of the page; cards stack.
    await page.setViewportSize({ width: 640, height: 900 });
    await expect.poll(() => scrollsSideways(page), { timeout: 10_000 }).toBe(false);
    const [evaluators, consensus] = await Promise.all([
      card.locator('.consensus-evaluators').boundingBox(),
      card.locator('.consensus-cell').boundingBox(),
    ]);
    expect((consensus?.y ?? 0) > (evaluators?.y ?? 0) + (evaluators?.height ?? 0) - 1).toBe(true);
    await expectAxeClean(page, 'consensus page at 640 px');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("blind scoring, set on the overview: Eva sees Olle's score of a delfråga only after scoring it", async () => {
    const eva = await e2e.server.createUser('evaluator', 'Eva Blind');
    const olle = await e2e.server.createUser('evaluator', 'Olle Blind');
    const evaluation = await createTeamEvaluation(
      [eva, olle],
      { name: 'Heby', code: '0331' },
      e2e.server.admin,
    );
    const page = await pageAs(eva, `/evaluations/${evaluation.id}`);
    const errors = collectPageErrors(page);
    await page.getByRole('checkbox', { name: 'Blind poängsättning' }).check();
    await page.getByText('Blind poängsättning är på.').waitFor();
    await expectAxeClean(page, 'overview with blind scoring');
    await ownScore(olle, evaluation.id, memberOf(evaluation, olle), '1.1', 9, 'Olles skäl.');

    await page.goto(e2e.url(`/evaluations/${evaluation.id}/consensus`));
    const card = page.locator('section[data-question="1.1"]');
    await card.getByText('visas när du har gett delfrågan poäng (blind poängsättning)').waitFor();
    expect(await page.getByText('Olles skäl.').count()).toBe(0);

    await page.goto(e2e.url(`/evaluations/${evaluation.id}/scoring`));
    const own = page.getByRole('spinbutton', { name: /^1\.1 / }).first();
    await own.fill('5');
    await waitForSaveStatus(page, SAVE_STATUS.saved);
    await page.goto(e2e.url(`/evaluations/${evaluation.id}/consensus`));
    await card.getByText('Olles skäl.').waitFor();
    const audit = await unwrap(
      eva.api.api.evaluations[':id'].audit.$get({ param: { id: evaluation.id } }),
    );
    expect(audit.entries.some((e) => e.action === 'evaluation.blindScoring')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the publish checklist lists what is missing; publishing with gaps takes a typed reason, kept in the audit log', async () => {
    const eva = await e2e.server.createUser('evaluator', 'Eva Checklista');
    const evaluation = await createTeamEvaluation([eva], { name: 'Tierp', code: '0360' });
    const questions = await questionsOf(eva, evaluation.rubric.versionId);
    await putConsensusScores(
      eva,
      evaluation.id,
      questions.map((q) => ({ questionId: q.id, points: q.maxPoints * 0.6 })),
    );
    const summary = await unwrap(
      eva.api.api.evaluations[':id'].$get({ param: { id: evaluation.id } }),
    );
    await unwrap(
      eva.api.api.evaluations[':id'].status.$post({
        param: { id: evaluation.id },
        json: { version: summary.version, status: 'consensus' },
      }),
    );
    const page = await pageAs(eva, `/evaluations/${evaluation.id}`);
    const errors = collectPageErrors(page);
    page.on('dialog', (dialog) => void dialog.accept()); // the publish confirmation
    const checklist = page.getByTestId('publish-checklist');
    await checklist.getByText('Områden utan texter:').waitFor();
    const text = (await checklist.textContent()) ?? '';
    expect(text).toContain('Område 1: Styrkor, Förbättringsmöjligheter saknas');
    expect(text).toContain('Eva Checklista: 45 delfrågor utan egen poäng');
    await expectAxeClean(page, 'publish checklist');

    await page.getByRole('button', { name: 'Publicera ändå' }).click();
    const reason = page.getByLabel('Skäl att publicera trots det som saknas');
    await expect.poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(
      await page.getByText('Skriv varför utvärderingen publiceras trots det som saknas.').count(),
    ).toBe(1);
    await reason.fill('Texterna skrivs i rapporten efter återföringen.');
    await page.getByRole('button', { name: 'Publicera ändå' }).click();
    await page.getByRole('note').filter({ hasText: 'Utvärderingen är skrivskyddad.' }).waitFor();
    const audit = await unwrap(
      eva.api.api.evaluations[':id'].audit.$get({ param: { id: evaluation.id } }),
    );
    const publish = audit.entries.find((e) => e.action === 'evaluation.publish');
    expect(publish?.after).toMatchObject({
      status: 'published',
      reason: 'Texterna skrivs i rapporten efter återföringen.',
    });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
