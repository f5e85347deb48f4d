import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { enkopingFile, type TestApp } from '../test-support/test-app';
import { actionFrom, publishedEnkoping } from './test-support/plan-fixtures';

/**
 * Enköping 2016 published with a plan, Enköping 2018 published; then an admin reopens 2016, so
 * it is a draft again. Returns both ids and the kommun's reader.
 */
async function reopenedEarlier(api: TestApp) {
  const { id: earlier, reader, improvements } = await publishedEnkoping(api);
  const action = await api.call(
    'POST',
    `/api/evaluations/${earlier}/plan/actions`,
    actionFrom(improvements('4')[0] as string),
    { cookie: reader.cookie },
  );
  expect(action.status).toBe(201);
  const later = await api.call('POST', '/api/evaluations/import', {
    ...enkopingFile(),
    date: '2018-05',
    status: 'published',
  });
  expect(later.body.status).toBe('published');
  const summary = await api.call('GET', `/api/evaluations/${earlier}`);
  const reopened = await api.call('POST', `/api/evaluations/${earlier}/reopen`, {
    version: summary.body.version,
    reason: 'Rättelse av poäng',
  });
  expect(reopened.status).toBe(200);
  return { earlier, later: later.body.id as string, reader };
}

describe.each(DIALECTS)('an earlier evaluation reopened since, on %s', (dialect) => {
  const test = apiTest(dialect);

  test('the previous plan gives a reader nothing of it; an admin still sees it', async ({
    api,
  }) => {
    const { earlier, later, reader } = await reopenedEarlier(api);
    const url = `/api/evaluations/${later}/previous-plan`;
    const asReader = await api.call('GET', url, undefined, { cookie: reader.cookie });
    expect(asReader.status).toBe(200);
    expect(asReader.body.previous).toBeNull();
    expect(asReader.body.areas.every((a: any) => a.previousPoints === null)).toBe(true);
    expect(JSON.stringify(asReader.body)).not.toContain(earlier);
    const asAdmin = await api.call('GET', url);
    expect(asAdmin.body.previous.evaluationId).toBe(earlier);
  });

  test("no route reading other evaluations gives a reader the draft's figures", async ({ api }) => {
    const { earlier, later, reader } = await reopenedEarlier(api);
    const as = { cookie: reader.cookie };
    const base = `/api/evaluations/${later}`;
    for (const path of [
      `${base}/trend`,
      `${base}/distribution`,
      `${base}/comparison?earlier=true`,
      `${base}/previous-plan`,
    ]) {
      const response = await api.call('GET', path, undefined, as);
      expect(response.status, path).toBe(200);
      expect(JSON.stringify(response.body), path).not.toContain(earlier);
    }
    // A period's mean leaves the subject out; the reopened draft is not counted either, so no
    // evaluation is left for it (counting the draft would have given its figures as the mean).
    for (const path of [
      `${base}/comparison?mean=2010-2020`,
      `${base}/report?format=html&mean=2010-2020`,
    ]) {
      const response = await api.call('GET', path, undefined, as);
      expect(response.status, path).toBe(400);
      expect(response.body.error.message, path).toMatch(/besides this one$/);
      expect(JSON.stringify(response.body), path).not.toContain(earlier);
    }
    const trend = await api.call('GET', `${base}/trend`, undefined, as);
    expect(trend.body.points.map((p: { year: number }) => p.year)).toEqual([2018]);
    const mean = await api.call('GET', `${base}/comparison?mean=2016-2016`, undefined, as);
    expect(mean.status).toBe(400);
    for (const path of [
      `${base}/comparison?with=${earlier}`,
      `${base}/report?format=html&with=${earlier}`,
      `/api/evaluations/${earlier}/result`,
    ]) {
      const response = await api.call('GET', path, undefined, as);
      expect([400, 404], path).toContain(response.status);
    }
  });
});
