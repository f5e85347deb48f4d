import { describe, expect } from 'vitest';
import { kommunPartSetUp, moveTo } from '../contacts/test-support/kommun-part';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { docxTableRows, zipEntry } from '../test-support/zip-entry';

const answer = (text: string, version: number) => ({
  text,
  notApplicable: false,
  notApplicableReason: '',
  version,
});

describe.each(DIALECTS)('questionnaire on %s', (dialect) => {
  const test = apiTest(dialect);

  test('one written question per delfråga by default, answers versioned with 409 on a stale version, progress per area', async ({
    api,
  }) => {
    const { id, contact } = await kommunPartSetUp(api);
    const as = { cookie: contact.cookie };
    const url = `/api/evaluations/${id}/questionnaire`;
    const before = (await api.call('GET', url, undefined, as)).body;
    expect(before.questions).toHaveLength(45);
    expect(before.questions[0]).toMatchObject({ id: '1.1', areaId: '1', questionIds: ['1.1'] });
    expect(before.submission).toEqual({
      status: 'open',
      comment: null,
      submittedAt: null,
      version: 0,
    });
    expect(before.open).toBe(true);

    const hostile = '<script>alert(1)</script>\n=cmd|\' /C calc\'!A0 "citat" עברית';
    const created = await api.call('PUT', `${url}/answers/1.1`, answer(hostile, 0), as);
    expect(created.status).toBe(200);
    expect(created.body).toEqual({ questionId: '1.1', ...answer(hostile, 1) });
    const stale = await api.call('PUT', `${url}/answers/1.1`, answer('annat', 0), as);
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toEqual(created.body);
    const updated = await api.call('PUT', `${url}/answers/1.1`, answer('Nytt svar', 1), as);
    expect(updated.body.version).toBe(2);
    const notApplicable = await api.call(
      'PUT',
      `${url}/answers/1.2`,
      { text: '', notApplicable: true, notApplicableReason: '   ', version: 0 },
      as,
    );
    expect(notApplicable.status).toBe(400);
    expect(notApplicable.body.error.issues[0].path).toBe('notApplicableReason');
    const ejAktuellt = await api.call(
      'PUT',
      `${url}/answers/1.2`,
      { text: '', notApplicable: true, notApplicableReason: 'Ingen e-tjänst finns', version: 0 },
      as,
    );
    expect(ejAktuellt.status).toBe(200);
    expect((await api.call('PUT', `${url}/answers/9.9`, answer('x', 0), as)).status).toBe(404);

    const after = (await api.call('GET', url, undefined, as)).body;
    expect(after.progress[0]).toEqual({ areaId: '1', answered: 2, total: 5 });
    expect(after.progress[1]).toMatchObject({ areaId: '2', answered: 0 });
    // The team reads the same answers; it does not write them.
    const team = await api.call('GET', url);
    expect(team.body.answers[0].text).toBe('Nytt svar');
    const teamWrite = await api.call('PUT', `${url}/answers/1.3`, answer('x', 0));
    expect(teamWrite.status).toBe(403);
  });

  test('submission lifecycle: submit locks, the team sends back with a comment, the kommun submits again; every step audited', async ({
    api,
  }) => {
    const { id, contact, evaluator } = await kommunPartSetUp(api, 'visit');
    const as = { cookie: contact.cookie };
    const url = `/api/evaluations/${id}/questionnaire`;
    await api.call('PUT', `${url}/answers/1.1`, answer('Svar', 0), as);
    const submitted = await api.call('POST', `${url}/submit`, { version: 0 }, as);
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', version: 1, comment: null });
    const locked = await api.call('PUT', `${url}/answers/1.1`, answer('Ändrat', 1), as);
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('submitted');
    const selfLocked = await api.call(
      'PUT',
      `/api/evaluations/${id}/self-assessment/1.1`,
      { points: 5, level: null, version: 0 },
      as,
    );
    expect(selfLocked.status).toBe(409);
    // Only the team sends back, with a comment, from the version it saw.
    expect((await api.call('POST', `${url}/return`, { comment: 'x', version: 1 }, as)).status).toBe(
      404,
    );
    const noComment = await api.call(
      'POST',
      `${url}/return`,
      { comment: ' ', version: 1 },
      { cookie: evaluator.cookie },
    );
    expect(noComment.status).toBe(400);
    expect(noComment.body.error.issues[0].path).toBe('comment');
    const returned = await api.call(
      'POST',
      `${url}/return`,
      { comment: 'Komplettera 1.2 med styrdokument', version: 1 },
      { cookie: evaluator.cookie },
    );
    expect(returned.body).toMatchObject({
      status: 'returned',
      comment: 'Komplettera 1.2 med styrdokument',
      version: 2,
    });
    const again = await api.call(
      'POST',
      `${url}/return`,
      { comment: 'igen', version: 2 },
      { cookie: evaluator.cookie },
    );
    expect(again.status).toBe(409);
    expect((await api.call('PUT', `${url}/answers/1.1`, answer('Ändrat', 1), as)).status).toBe(200);
    expect((await api.call('POST', `${url}/submit`, { version: 1 }, as)).status).toBe(409);
    expect((await api.call('POST', `${url}/submit`, { version: 2 }, as)).body.status).toBe(
      'submitted',
    );

    const audit = await api.call('GET', `/api/evaluations/${id}/audit`);
    const steps = audit.body.entries
      .filter(
        (e: { entity: string }) =>
          e.entity === 'questionnaire' || e.entity === 'questionnaireAnswer',
      )
      .map((e: { action: string; actor: string }) => [
        e.action,
        e.actor === contact.id ? 'kommun' : 'team',
      ]);
    expect(steps).toEqual([
      ['questionnaireAnswer.create', 'kommun'],
      ['questionnaire.submit', 'kommun'],
      ['questionnaire.return', 'team'],
      ['questionnaireAnswer.update', 'kommun'],
      ['questionnaire.submit', 'kommun'],
    ]);
  });

  test('self-assessment: points in 0,5 steps up to max or a level mapped by the rule; area figures by the engine', async ({
    api,
  }) => {
    const { id, contact, evaluator } = await kommunPartSetUp(api);
    const as = { cookie: contact.cookie };
    const url = `/api/evaluations/${id}/self-assessment`;
    const initial = (await api.call('GET', url, undefined, as)).body;
    expect(initial.scale).toEqual({ notAtAll: 0, partly: 33, largely: 67, fully: 100 });
    expect(initial.entries).toHaveLength(45);
    expect(initial.areas[0]).toMatchObject({ points: null, shownPoints: null, scoredCount: 0 });

    const bad = await api.call('PUT', `${url}/1.1`, { points: 7.3, level: null, version: 0 }, as);
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe('points');
    const both = await api.call(
      'PUT',
      `${url}/1.1`,
      { points: 7, level: 'partly', version: 0 },
      as,
    );
    expect(both.status).toBe(400);
    const tooMany = await api.call(
      'PUT',
      `${url}/1.1`,
      { points: 500, level: null, version: 0 },
      as,
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.issues[0].message).toContain('max');

    const points = await api.call(
      'PUT',
      `${url}/1.1`,
      { points: 7.5, level: null, version: 0 },
      as,
    );
    expect(points.body).toEqual({
      questionId: '1.1',
      points: 7.5,
      level: null,
      countedPoints: 7.5,
      version: 1,
    });
    const questionnaire = await api.call(
      'GET',
      `/api/evaluations/${id}/questionnaire`,
      undefined,
      as,
    );
    const versionId = questionnaire.body.evaluation.rubricVersionId;
    const rubric = (await api.call('GET', `/api/rubrics/versions/${versionId}`, undefined, as))
      .body;
    const area1 = rubric.areas[0];
    const max12 = area1.questions[1].maxPoints as number;
    const level = await api.call(
      'PUT',
      `${url}/1.2`,
      { points: null, level: 'partly', version: 0 },
      as,
    );
    const expected12 = Math.round(max12 * 0.33 * 2) / 2;
    expect(level.body).toMatchObject({ level: 'partly', countedPoints: expected12 });
    await api.call('PUT', `${url}/1.3`, { points: null, level: 'fully', version: 0 }, as);
    const stale = await api.call(
      'PUT',
      `${url}/1.3`,
      { points: null, level: 'largely', version: 0 },
      as,
    );
    expect(stale.status).toBe(409);

    const figures = (await api.call('GET', url, undefined, { cookie: evaluator.cookie })).body;
    const exact = 7.5 + expected12 + area1.questions[2].maxPoints;
    expect(figures.areas[0]).toMatchObject({ points: exact, scoredCount: 3, complete: false });
    expect(figures.areas[0].shownPoints).toBe(Math.floor(exact + 0.5));
    expect(figures.total).toMatchObject({
      points: exact,
      shownPoints: Math.floor(exact + 0.5),
      max: 800,
    });
    // Clearing an estimate: both null.
    const cleared = await api.call(
      'PUT',
      `${url}/1.1`,
      { points: null, level: null, version: 1 },
      as,
    );
    expect(cleared.body).toMatchObject({
      points: null,
      level: null,
      countedPoints: null,
      version: 2,
    });
  });

  test('the self-assessment beside the result: the kommun sees it only once published, differences from exact values', async ({
    api,
  }) => {
    const { id, contact } = await kommunPartSetUp(api);
    const as = { cookie: contact.cookie };
    for (const questionId of ['1.1', '1.2', '1.3', '1.4', '1.5']) {
      const saved = await api.call(
        'PUT',
        `/api/evaluations/${id}/self-assessment/${questionId}`,
        { points: null, level: 'fully', version: 0 },
        as,
      );
      expect(saved.status).toBe(200);
    }
    // Area 2 in part: one delfråga of five.
    expect(
      (
        await api.call(
          'PUT',
          `/api/evaluations/${id}/self-assessment/2.1`,
          { points: null, level: 'partly', version: 0 },
          as,
        )
      ).status,
    ).toBe(200);
    const url = `/api/evaluations/${id}/self-assessment/comparison`;
    expect((await api.call('GET', url, undefined, as)).status).toBe(404);
    await moveTo(api, id, 'consensus');
    await moveTo(api, id, 'published');
    const comparison = await api.call('GET', url, undefined, as);
    expect(comparison.status).toBe(200);
    const result = (await api.call('GET', `/api/evaluations/${id}/result`, undefined, as)).body;
    const exact = result.areas[0].points as number;
    expect(comparison.body.available).toBe(true);
    expect(comparison.body.areas[0]).toMatchObject({
      id: '1',
      evaluation: 54,
      selfAssessment: 100,
      difference: Math.floor(100 - exact + 0.5),
    });
    expect(comparison.body.areas[0].selfAssessed).toBe('complete');
    // A partly estimated area is no figure: never a partial sum beside a whole one.
    expect(comparison.body.areas[1]).toMatchObject({
      evaluation: 55,
      selfAssessment: null,
      difference: null,
      selfAssessed: 'partial',
    });
    expect(comparison.body.areas[2]).toMatchObject({ selfAssessment: null, selfAssessed: 'none' });
    expect(comparison.body.total).toMatchObject({
      selfAssessment: null,
      difference: null,
      selfAssessed: 'partial',
    });

    // The report's optional section, for the kommun's reader, only when asked for.
    const report = await api.call(
      'GET',
      `/api/evaluations/${id}/report?format=html&selfAssessment=true`,
      undefined,
      as,
    );
    expect(report.status).toBe(200);
    const section =
      /<section class="chapter" id="sjalvskattning">([\s\S]*?)<\/section>/.exec(report.body)?.[1] ??
      '';
    expect(section).toContain('<h2>Självskattning och utvärdering</h2>');
    // The radar draws it as a series too: area 1 only, the partly estimated area 2 a gap.
    expect(report.body).toContain('Kommunens självskattning: 100, –, –, –, –, –, –, –');
    expect(section).toContain(
      `<td class="num">54</td><td class="num">100</td><td class="num">+${Math.floor(100 - exact + 0.5)}</td>`,
    );
    expect(section).toContain(
      '<td class="num">55</td><td class="num">ofullständigt skattat</td><td class="num">–</td>',
    );
    expect(section).toMatch(
      /<td class="num">\d+<\/td><td class="num">ej skattat<\/td><td class="num">–<\/td>/,
    );
    // The Word report takes the same option and prints the same rows.
    const docx = await api.app.request(
      `/api/evaluations/${id}/report?format=docx&selfAssessment=true`,
      { headers: { cookie: contact.cookie } },
    );
    expect(docx.status).toBe(200);
    const rows = docxTableRows(
      zipEntry(new Uint8Array(await docx.arrayBuffer()), 'word/document.xml'),
    );
    expect(rows).toContain(
      `1. ${result.areas[0].title} | 54 | 100 | +${Math.floor(100 - exact + 0.5)}`,
    );
    expect(rows).toContain(`2. ${result.areas[1].title} | 55 | ofullständigt skattat | –`);
    const plain = await api.call('GET', `/api/evaluations/${id}/report?format=html`, undefined, as);
    expect(plain.body).not.toContain('id="sjalvskattning"');
  });
});
