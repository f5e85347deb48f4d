import { describe, expect, test } from 'vitest';
import { formatViolations, seriousViolations } from './support/axe';
import {
  collectPageErrors,
  logInWithCookie,
  SAVE_STATUS,
  useE2e,
  waitForSaveStatus,
} from './support/e2e';
import { screenshot } from './support/screenshots';
import { createTeamEvaluation, putConsensusScores, questionsOf } from './support/seed';
import { type Account, unwrap } from './support/test-server';

const e2e = useE2e();

async function consensusPage(account: Account, evaluationId: string, bypassCSP = false) {
  const context = await e2e.newContext({ bypassCSP });
  await logInWithCookie(context, e2e.server.origin, account);
  const page = await context.newPage();
  await page.goto(e2e.url(`/evaluations/${evaluationId}/consensus`));
  return { context, page };
}

describe('consensus', () => {
  test('two evaluators edit the same rationale: the second gets the conflict dialog and saves the merge', async () => {
    const eva = await e2e.server.createUser('evaluator', 'Eva Utvärderare');
    const olle = await e2e.server.createUser('evaluator', 'Olle Kollega');
    const evaluation = await createTeamEvaluation([eva, olle], undefined, e2e.server.admin);
    // Both open the same delfråga before either saves.
    const a = await consensusPage(eva, evaluation.id);
    const b = await consensusPage(olle, evaluation.id, true); // CSP bypassed for axe
    const errorsB = collectPageErrors(b.page);
    const rationaleA = a.page.getByLabel('Motivering 1.1', { exact: true });
    const rationaleB = b.page.getByLabel('Motivering 1.1', { exact: true });
    await rationaleA.waitFor();
    await rationaleB.waitFor();

    await rationaleA.fill('Evas text: visionen är beslutad.');
    await waitForSaveStatus(a.page, SAVE_STATUS.saved);
    const refused = b.page.waitForResponse(
      (response) => response.url().includes('/consensus-scores/1.1') && response.status() === 409,
    );
    await rationaleB.fill('Olles text: målen saknar uppföljning.');
    await refused; // B's save was based on version 0; Eva's made it 1

    const dialog = b.page.getByRole('dialog');
    await dialog.waitFor({ timeout: 10_000 });
    expect(await b.page.locator('dialog[open]').count()).toBe(1);
    // The dialog names what clashed, so the evaluator knows which delfråga to look at.
    expect(await dialog.getByRole('heading', { level: 2 }).textContent()).toBe(
      'Någon annan har ändrat samma fält: Delfråga 1.1: konsensuspoängen',
    );
    for (const name of ['Behåll min', 'Använd den sparade', 'Spara sammanslagningen']) {
      expect(await dialog.getByRole('button', { name, exact: true }).count(), name).toBe(1);
    }
    expect(await dialog.textContent()).toContain('Evas text: visionen är beslutad.');
    expect(await dialog.textContent()).toContain('Olles text: målen saknar uppföljning.');
    await screenshot(b.page, 'conflict-dialog');
    const violations = await seriousViolations(b.page);
    expect(formatViolations('conflict dialog', violations)).toBe(
      'conflict dialog: no serious or critical violations',
    );

    await dialog.getByRole('button', { name: 'Spara sammanslagningen', exact: true }).click();
    await b.page.locator('dialog[open]').waitFor({ state: 'detached' });
    await waitForSaveStatus(b.page, SAVE_STATUS.saved);

    const scores = await unwrap(
      eva.api.api.evaluations[':id'].scores.$get({ param: { id: evaluation.id }, query: {} }),
    );
    const saved = scores.consensusScores.find((s) => s.questionId === '1.1');
    expect(saved?.rationale).toContain('Evas text: visionen är beslutad.');
    expect(saved?.rationale).toContain('Olles text: målen saknar uppföljning.');
    expect(saved?.version).toBe(2);
    expect(await rationaleB.inputValue()).toBe(saved?.rationale);
    expect(errorsB).toEqual([]);
    await a.context.close();
    await b.context.close();
  });

  test('with consensus scores for all 45 delfrågor the evaluation is published from the overview and becomes read-only', async () => {
    const eva = await e2e.server.createUser('evaluator', 'Eva Publicerar');
    const evaluation = await createTeamEvaluation([eva], { name: 'Tierp', code: '0360' });
    const questions = await questionsOf(eva, evaluation.rubric.versionId);
    expect(questions).toHaveLength(45);
    // 60 % of every maximum: all are multiples of 5, so every area shows 60 and the total 480.
    await putConsensusScores(
      eva,
      evaluation.id,
      questions.map((q) => ({ questionId: q.id, points: q.maxPoints * 0.6 })),
    );

    const context = await e2e.newContext();
    await logInWithCookie(context, e2e.server.origin, eva);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    page.on('dialog', (dialog) => void dialog.accept()); // the publish confirmation
    await page.goto(e2e.url(`/evaluations/${evaluation.id}`));
    const total = page.getByTestId('overview-total');
    await expect.poll(() => total.textContent()).toBe('480 / 800');

    await page.getByRole('button', { name: 'Starta platsbesöket' }).click();
    await page.getByRole('button', { name: 'Gå till konsensus' }).click();
    // No texts nor own scores yet: the checklist says so, and publishing takes a reason.
    await page.getByTestId('publish-checklist').getByText('Områden utan texter:').waitFor();
    await page
      .getByLabel('Skäl att publicera trots det som saknas')
      .fill('Texterna kommer efter återföringen.');
    await page.getByRole('button', { name: 'Publicera ändå' }).click();
    const notice = page.getByRole('note');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/^Publicerad .+\. Utvärderingen är skrivskyddad\.$/);
    expect(await page.getByRole('button', { name: /^Publicera/ }).count()).toBe(0);

    const summary = await unwrap(
      eva.api.api.evaluations[':id'].$get({ param: { id: evaluation.id } }),
    );
    expect(summary).toMatchObject({
      status: 'published',
      total: { shownPoints: 480, complete: true },
    });

    // The consensus page is read-only now: no rationale can be edited.
    await page.goto(e2e.url(`/evaluations/${evaluation.id}/consensus`));
    await page.locator('main h1').waitFor();
    await page.waitForLoadState('networkidle');
    const rationales = page.getByLabel(/^Motivering \d+\.\d+$/);
    for (let i = 0; i < (await rationales.count()); i++) {
      expect(await rationales.nth(i).isEditable(), `rationale ${i} is read-only`).toBe(false);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
