import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  collectPageErrors,
  isFocused,
  logInWithCookie,
  SAVE_STATUS,
  startsWithQuestion,
  useE2e,
  waitForSaveStatus,
} from './support/e2e';
import { createTeamEvaluation, memberOf, questionsOf } from './support/seed';
import { unwrap } from './support/test-server';

const e2e = useE2e();

/** A delfråga's score input: its accessible name starts with the question id (`1.1 …`). */
function scoreInput(page: Page, questionId: string) {
  const name = startsWithQuestion(questionId);
  return page.getByRole('spinbutton', { name }).or(page.getByRole('textbox', { name }));
}

describe('the scoring page', () => {
  test('an evaluator scores every delfråga of area 1 by keyboard only', async () => {
    const eva = await e2e.server.createUser('evaluator', 'Eva Utvärderare');
    const evaluation = await createTeamEvaluation([eva]);
    const area = (await questionsOf(eva, evaluation.rubric.versionId)).filter(
      (q) => q.areaId === '1',
    );
    // kk-2010 area 1: maxima 15, 20, 25, 30, 10; these sum to 73 of 100.
    expect(area.map((q) => q.maxPoints)).toEqual([15, 20, 25, 30, 10]);
    const points = [12, 15, 20, 20, 6];

    const context = await e2e.newContext();
    await logInWithCookie(context, e2e.server.origin, eva);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(e2e.url(`/evaluations/${evaluation.id}/scoring/1`));
    const first = scoreInput(page, '1.1');
    await first.waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/\b73\b/);

    // Keyboard only from here: focus the first input, type, Tab to the next delfråga's input.
    await first.focus();
    const tabs: number[] = [];
    for (const [index, question] of area.entries()) {
      const input = scoreInput(page, question.id);
      expect(await isFocused(input), `${question.id} has the focus`).toBe(true);
      await page.keyboard.type(String(points[index]));
      const next = area[index + 1];
      if (!next) break;
      let presses = 0;
      while (!(await isFocused(scoreInput(page, next.id)))) {
        presses += 1;
        if (presses > 12)
          throw new Error(`${next.id} not reached with 12 Tabs from ${question.id}`);
        await page.keyboard.press('Tab');
      }
      tabs.push(presses);
    }
    console.log(`Tab presses between the score inputs of area 1: ${tabs.join(', ')}`);
    await page.keyboard.press('Tab'); // leave the last field

    // The live area figure: 12 + 15 + 20 + 20 + 6 = 73.
    await expect.poll(() => page.locator('main').textContent()).toMatch(/\b73\b/);
    await waitForSaveStatus(page, SAVE_STATUS.saved);

    const member = memberOf(evaluation, eva);
    const scores = await unwrap(
      eva.api.api.evaluations[':id'].scores.$get({ param: { id: evaluation.id }, query: {} }),
    );
    const mine = Object.fromEntries(
      scores.evaluatorScores
        .filter((s) => s.memberId === member)
        .map((s) => [s.questionId, s.points]),
    );
    expect(mine).toEqual({ '1.1': 12, '1.2': 15, '1.3': 20, '1.4': 20, '1.5': 6 });

    // After a reload the page shows the saved values.
    await page.reload();
    await scoreInput(page, '1.5').waitFor();
    const shown = [];
    for (const question of area) shown.push(await scoreInput(page, question.id).inputValue());
    expect(shown).toEqual(['12', '15', '20', '20', '6']);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the documented shortcuts: Alt+PageDown to area 2, Alt+↓ between delfrågor, ↑ one step, Alt+N to the rationale', async () => {
    const eva = await e2e.server.createUser('evaluator', 'Eva Tangentbord');
    const evaluation = await createTeamEvaluation([eva], { name: 'Heby', code: '0331' });
    const context = await e2e.newContext();
    await logInWithCookie(context, e2e.server.origin, eva);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(e2e.url(`/evaluations/${evaluation.id}/scoring/1`));
    const first = scoreInput(page, '1.1');
    await first.waitFor();
    await first.focus();

    await page.keyboard.press('Alt+PageDown');
    await scoreInput(page, '2.1').waitFor();
    if (!(await isFocused(scoreInput(page, '2.1')))) await page.keyboard.press('Alt+ArrowDown');
    // kk-2010 area 2: maxima 15, 25, 20, 20, 20.
    const typed: [string, string][] = [
      ['2.1', '10'],
      ['2.2', '20'],
      ['2.3', '15'],
      ['2.4', '15'],
      ['2.5', '10'],
    ];
    for (const [index, [questionId, value]] of typed.entries()) {
      expect(await isFocused(scoreInput(page, questionId)), `${questionId} has the focus`).toBe(
        true,
      );
      await page.keyboard.type(value);
      if (questionId === '2.2') await page.keyboard.press('ArrowUp'); // 20 -> 20,5
      if (index < typed.length - 1) await page.keyboard.press('Alt+ArrowDown');
    }
    await page.keyboard.press('Alt+N');
    expect(await isFocused(page.getByLabel('Motivering 2.5', { exact: true }))).toBe(true);
    await page.keyboard.type('Uppföljningen är tydlig.');
    await page.keyboard.press('Tab');

    // 10 + 20.5 + 15 + 15 + 10 = 70.5, shown as 71 (rounded half up).
    await expect.poll(() => page.locator('main').textContent()).toMatch(/\b71\b/);
    await waitForSaveStatus(page, SAVE_STATUS.saved);
    const scores = await unwrap(
      eva.api.api.evaluations[':id'].scores.$get({ param: { id: evaluation.id }, query: {} }),
    );
    const mine = Object.fromEntries(
      scores.evaluatorScores.map((s) => [s.questionId, [s.points, s.rationale]]),
    );
    expect(mine).toEqual({
      '2.1': [10, ''],
      '2.2': [20.5, ''],
      '2.3': [15, ''],
      '2.4': [15, ''],
      '2.5': [10, 'Uppföljningen är tydlig.'],
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('rationale fields are labelled `Motivering <qid>` and save', async () => {
    const eva = await e2e.server.createUser('evaluator', 'Eva Motivering');
    const evaluation = await createTeamEvaluation([eva], { name: 'Knivsta', code: '0330' });
    const context = await e2e.newContext();
    await logInWithCookie(context, e2e.server.origin, eva);
    const page = await context.newPage();
    await page.goto(e2e.url(`/evaluations/${evaluation.id}/scoring/1`));
    const rationale = page.getByLabel('Motivering 1.2', { exact: true });
    await rationale.fill('Målen följs upp två gånger per år.');
    await waitForSaveStatus(page, SAVE_STATUS.saved);
    const scores = await unwrap(
      eva.api.api.evaluations[':id'].scores.$get({ param: { id: evaluation.id }, query: {} }),
    );
    expect(
      scores.evaluatorScores.find((s) => s.questionId === '1.2' && s.memberId !== null),
    ).toMatchObject({ rationale: 'Målen följs upp två gånger per år.', points: null, version: 1 });
    await context.close();
  });
});
