import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { formatViolations, seriousViolations } from './support/axe';
import { logInWithCookie, useE2e } from './support/e2e';
import { screenshot } from './support/screenshots';
import { createTeamEvaluation, memberOf, putConsensusScores } from './support/seed';
import { type Account, unwrap } from './support/test-server';

const e2e = useE2e();

type Who = 'nobody' | 'admin' | 'evaluator';
let paths: Record<string, { who: Who; path: string; open?: string[] }> = {};
const contexts = new Map<Who, BrowserContext>();

/** A context per user, with CSP bypassed so axe can be injected (see seriousViolations). */
async function pageFor(who: Who): Promise<Page> {
  let context = contexts.get(who);
  if (!context) {
    context = await e2e.newContext({ bypassCSP: true });
    if (who === 'admin') await logInWithCookie(context, e2e.server.origin, e2e.server.admin);
    if (who === 'evaluator') await logInWithCookie(context, e2e.server.origin, evaluator);
    contexts.set(who, context);
  }
  return context.pages()[0] ?? context.newPage();
}

let evaluator: Account;

beforeAll(async () => {
  evaluator = await e2e.server.createUser('evaluator', 'Eva Utvärderare');
  const colleague = await e2e.server.createUser('evaluator', 'Olle Kollega');
  const draft = await createTeamEvaluation([evaluator, colleague], undefined, e2e.server.admin);
  const id = draft.id;
  // Some content on every workspace: scores of both evaluators (area 1), consensus, evidence, texts.
  for (const [account, points] of [
    [evaluator, [9, 12, 15, 20, 6]],
    [colleague, [12, 8, 20, 22, 5]],
  ] as const) {
    const member = memberOf(draft, account);
    for (const [index, value] of points.entries()) {
      await unwrap(
        account.api.api.evaluations[':id']['evaluator-scores'][':memberId'][':questionId'].$put({
          param: { id, memberId: member, questionId: `1.${index + 1}` },
          json: { points: value, rationale: `Motivering för 1.${index + 1}`, version: 0 },
        }),
      );
    }
  }
  await putConsensusScores(evaluator, id, [
    { questionId: '1.1', points: 10, rationale: 'Tydlig vision, beslutad i fullmäktige.' },
  ]);
  await unwrap(
    evaluator.api.api.evaluations[':id'].evidence.$post({
      param: { id },
      json: {
        kind: 'interview',
        date: '2026-05-11',
        intervieweeGroup: 'official',
        function: 'kommundirektör',
        notes: 'Visionen är känd i hela organisationen.',
        questions: ['1.1', '1.2'],
      },
    }),
  );
  await unwrap(
    evaluator.api.api.evaluations[':id'].areas[':areaId'].$put({
      param: { id, areaId: '1' },
      json: {
        summary: 'Kommunen har en tydlig vision.',
        strengths: ['Visionen är förankrad.'],
        improvements: ['Följ upp målen oftare.'],
        version: 0,
      },
    }),
  );
  const list = await unwrap(e2e.server.admin.api.api.evaluations.$get({ query: {} }));
  const enkoping = list.evaluations.find((e) => e.municipality.name === 'Enköping');
  if (!enkoping) throw new Error('no Enköping in the demo data');
  paths = {
    login: { who: 'nobody', path: '/login' },
    'evaluations-list': {
      who: 'evaluator',
      path: '/evaluations',
      open: ['Ny utvärdering', 'Importera utvärderingsfil'],
    },
    'overview-published': { who: 'admin', path: `/evaluations/${enkoping.id}` },
    'overview-draft': { who: 'evaluator', path: `/evaluations/${id}` },
    scoring: { who: 'evaluator', path: `/evaluations/${id}/scoring/1` },
    evidence: { who: 'evaluator', path: `/evaluations/${id}/evidence` },
    consensus: { who: 'evaluator', path: `/evaluations/${id}/consensus` },
    'area-texts': { who: 'evaluator', path: `/evaluations/${id}/texts` },
    users: { who: 'admin', path: '/users' },
    rubrics: { who: 'admin', path: '/rubrics' },
    compare: {
      who: 'admin',
      path: `/evaluations/${enkoping.id}/compare?with=orebro-2012,grastorp-2014`,
    },
  };
});

describe('every page has no serious or critical axe violations', () => {
  test.for([
    'login',
    'evaluations-list',
    'overview-published',
    'overview-draft',
    'scoring',
    'evidence',
    'consensus',
    'area-texts',
    'users',
    'rubrics',
    'compare',
  ])('%s', async (name) => {
    const target = paths[name];
    if (!target) throw new Error(`no path for ${name}`);
    const page = await pageFor(target.who);
    await page.goto(e2e.url(target.path), { waitUntil: 'networkidle' });
    await page.locator('main h1').first().waitFor();
    await expect.poll(() => page.locator('main').textContent()).not.toContain('Laddar…');
    for (const summary of target.open ?? []) await page.getByText(summary, { exact: true }).click();
    await screenshot(page, name);
    const violations = await seriousViolations(page);
    const report = formatViolations(name, violations);
    if (violations.length > 0) console.log(report);
    expect(report).toBe(`${name}: no serious or critical violations`);
  });
});

test('the scan finds a planted violation (the harness is not blind)', async () => {
  const page = await pageFor('nobody');
  await page.goto(e2e.url('/login'));
  await page.locator('main h1').waitFor();
  await page.evaluate(() => {
    const input = document.createElement('input'); // no label: axe's `label` rule, critical
    document.querySelector('main')?.append(input);
  });
  const violations = await seriousViolations(page);
  expect(violations.map((v) => [v.id, v.impact])).toContainEqual(['label', 'critical']);
});
