import { describe, expect } from 'vitest';
import type { Role } from '../context';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { enkopingFile, type TestApp } from '../test-support/test-app';

/**
 * The access every route must have: the specification this test holds the routes to. Adding a
 * route without adding it here fails the test ("zero routes missing").
 */
const EXPECTED: Record<string, Level> = {
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'public',
  'GET /api/auth/me': 'user',
  'POST /api/auth/password': 'user',
  'GET /api/auth/profile': 'user',
  'PUT /api/auth/profile': 'user',
  'GET /api/auth/options': 'public',
  'POST /api/auth/link': 'public',
  'POST /api/auth/link/password': 'public',
  'POST /api/auth/password-reset': 'public',
  'GET /api/users': 'admin',
  'POST /api/users': 'admin',
  'PUT /api/users/{id}': 'admin',
  'POST /api/users/{id}/password': 'admin',
  'POST /api/users/{id}/invitation': 'admin',
  'DELETE /api/users/{id}/identity': 'admin',
  'POST /api/users/{id}/unlock': 'admin',
  'GET /api/signup-domains': 'admin',
  'POST /api/signup-domains': 'admin',
  'DELETE /api/signup-domains/{id}': 'admin',
  'GET /api/rubrics': 'user',
  'GET /api/rubrics/versions/{versionId}': 'user',
  'GET /api/rubric-mappings': 'user',
  'GET /api/rubric-versions': 'user',
  'POST /api/rubric-versions/import': 'admin',
  'PUT /api/rubric-versions/{versionId}': 'admin',
  'POST /api/rubric-versions/{versionId}/publish': 'admin',
  'GET /api/rubric-versions/{versionId}/diff': 'user',
  'GET /api/rubric-versions/{versionId}/export': 'user',
  'GET /api/rubric-template': 'admin',
  'GET /api/municipalities': 'user',
  'POST /api/municipalities': 'admin',
  'PUT /api/municipalities/{id}': 'admin',
  'GET /api/references': 'user',
  'GET /api/references/{id}': 'user',
  'POST /api/references': 'admin',
  'PUT /api/references/{id}': 'admin',
  'DELETE /api/references/{id}': 'admin',
  'POST /api/references/import': 'admin',
  'GET /api/evaluations': 'user',
  'POST /api/evaluations': 'staff',
  'POST /api/evaluations/import': 'staff',
  'GET /api/evaluations/{id}': 'evaluation:read',
  'PUT /api/evaluations/{id}': 'evaluation:team',
  'POST /api/evaluations/{id}/status': 'evaluation:team',
  'POST /api/evaluations/{id}/reopen': 'evaluation:reopen',
  'GET /api/evaluations/{id}/publish-checklist': 'evaluation:team',
  'PUT /api/evaluations/{id}/blind-scoring': 'evaluation:team',
  'POST /api/evaluations/{id}/team/invitations': 'evaluation:team',
  'GET /api/evaluations/{id}/export': 'evaluation:team',
  'GET /api/evaluations/{id}/result': 'evaluation:read',
  'GET /api/evaluations/{id}/comparison': 'evaluation:read',
  'GET /api/evaluations/{id}/distribution': 'evaluation:read',
  'GET /api/evaluations/{id}/trend': 'evaluation:read',
  'GET /api/evaluations/{id}/audit': 'evaluation:team',
  'GET /api/evaluations/{id}/scores': 'evaluation:team',
  'PUT /api/evaluations/{id}/evaluator-scores/{memberId}/{questionId}': 'evaluation:team',
  'PUT /api/evaluations/{id}/consensus-scores/{questionId}': 'evaluation:team',
  'GET /api/evaluations/{id}/evidence': 'evaluation:team',
  'POST /api/evaluations/{id}/evidence': 'evaluation:team',
  'PUT /api/evaluations/{id}/evidence/{evidenceId}': 'evaluation:team',
  'DELETE /api/evaluations/{id}/evidence/{evidenceId}': 'evaluation:team',
  'POST /api/evaluations/{id}/documents': 'documents:add',
  'GET /api/evaluations/{id}/documents': 'evaluation:read',
  'GET /api/evaluations/{id}/documents/search': 'evaluation:read',
  'GET /api/evaluations/{id}/citations': 'evaluation:read',
  'POST /api/evaluations/{id}/citations': 'evaluation:team',
  'GET /api/evaluations/{id}/questions/{questionId}/suggestions': 'evaluation:read',
  'GET /api/documents/{documentId}': 'document',
  'PATCH /api/documents/{documentId}': 'document',
  'DELETE /api/documents/{documentId}': 'document',
  'POST /api/documents/{documentId}/extract': 'document',
  'GET /api/documents/{documentId}/file': 'document',
  'GET /api/documents/{documentId}/passages': 'document',
  'GET /api/documents/{documentId}/passages/{passageId}/questions': 'document',
  'PUT /api/citations/{citationId}': 'document',
  'DELETE /api/citations/{citationId}': 'document',
  'GET /api/evaluations/{id}/areas': 'evaluation:read',
  'PUT /api/evaluations/{id}/areas/{areaId}': 'evaluation:team',
  'GET /api/evaluations/{id}/report': 'evaluation:read',
  'GET /api/report-texts': 'admin',
  'PUT /api/report-texts': 'admin',
  'GET /api/evaluations/{id}/plan': 'evaluation:read',
  'PUT /api/evaluations/{id}/plan': 'plan:edit',
  'POST /api/evaluations/{id}/plan/actions': 'plan:edit',
  'PUT /api/evaluations/{id}/plan/actions/{actionId}': 'plan:edit',
  'POST /api/evaluations/{id}/plan/actions/{actionId}/notes': 'plan:edit',
  'POST /api/evaluations/{id}/plan/goals': 'plan:edit',
  'PUT /api/evaluations/{id}/plan/goals/{goalId}': 'plan:edit',
  'POST /api/evaluations/{id}/plan/goals/{goalId}/measurements': 'plan:edit',
  'DELETE /api/evaluations/{id}/plan/goals/{goalId}/measurements/{measurementId}': 'plan:edit',
  'GET /api/evaluations/{id}/plan/follow-up.docx': 'evaluation:read',
  'GET /api/evaluations/{id}/previous-plan': 'evaluation:read',
  'GET /api/team-candidates': 'staff',
  'GET /api/evaluations/{id}/contacts': 'evaluation:team',
  'POST /api/evaluations/{id}/contacts': 'evaluation:team',
  'DELETE /api/evaluations/{id}/contacts/{contactId}': 'evaluation:team',
  'GET /api/contact-evaluations': 'user',
  'GET /api/evaluations/{id}/questionnaire': 'kommun:read',
  'PUT /api/evaluations/{id}/questionnaire/answers/{questionId}': 'kommun:write',
  'POST /api/evaluations/{id}/questionnaire/answers/{questionId}/documents': 'kommun:write',
  'DELETE /api/evaluations/{id}/questionnaire/answers/{questionId}/documents/{documentId}':
    'kommun:write',
  'POST /api/evaluations/{id}/questionnaire/submit': 'kommun:write',
  'POST /api/evaluations/{id}/questionnaire/return': 'evaluation:team',
  'GET /api/evaluations/{id}/self-assessment': 'kommun:read',
  'GET /api/evaluations/{id}/self-assessment/comparison': 'evaluation:read',
  'GET /api/evaluations/{id}/schedule': 'kommun:read',
  'POST /api/evaluations/{id}/interviewees': 'kommun:read',
  'PUT /api/evaluations/{id}/interviewees/{intervieweeId}': 'kommun:read',
  'DELETE /api/evaluations/{id}/interviewees/{intervieweeId}': 'kommun:read',
  'POST /api/evaluations/{id}/interviews': 'evaluation:team',
  'PUT /api/evaluations/{id}/interviews/{interviewId}': 'evaluation:team',
  'DELETE /api/evaluations/{id}/interviews/{interviewId}': 'evaluation:team',
  'GET /api/evaluations/{id}/schedule.ics': 'kommun:read',
  'GET /api/evaluations/{id}/interviews/{interviewId}/calendar.ics': 'kommun:read',
  'PUT /api/evaluations/{id}/self-assessment/{questionId}': 'kommun:write',
};

type Level =
  | 'public'
  | 'user'
  | 'staff'
  | 'admin'
  | 'evaluation:read'
  | 'evaluation:team'
  | 'evaluation:reopen'
  | 'plan:edit'
  /**
   * A document or citation named by its own id: any logged-in user reaches the route, which
   * answers 404 for an id they may not see (api/documents/document-access.test.ts holds each
   * role, member and status to that); here the id is unknown, so 404 for everyone logged in.
   */
  | 'document'
  | 'kommun:read'
  | 'kommun:write'
  | 'documents:add';

interface Person {
  name: string;
  role: Role | null;
  cookie: string | null;
  /** On the team of both evaluations. */
  onTeam: boolean;
  municipalityCode: string | null;
  /** A contact (kontaktperson) of the draft evaluation. */
  contactOfDraft?: boolean;
}

interface Target {
  name: 'draft' | 'published';
  id: string;
  memberId: string;
  status: 'draft' | 'published';
  code: string;
}

type Outcome = 'allowed' | 401 | 403 | 404;

function visible(person: Person, target: Target): boolean {
  if (person.role === 'admin') return true;
  if (person.role === 'evaluator') return person.onTeam;
  return target.status === 'published' && person.municipalityCode === target.code;
}

/** The expected outcome, derived from the issue's rules, not from the code under test. */
function expected(level: Level, person: Person, target: Target | null): Outcome {
  if (level === 'public') return 'allowed';
  if (person.role === null) return 401;
  if (level === 'user') return 'allowed';
  if (level === 'document') return 'allowed';
  if (level === 'staff') return person.role === 'reader' ? 403 : 'allowed';
  if (level === 'admin') return person.role === 'admin' ? 'allowed' : 403;
  if (!target) throw new Error(`${level} without a target`);
  // The kommun's part: its contacts see it before publishing; only they write it.
  const contact = person.contactOfDraft === true && target.status === 'draft';
  if (level === 'kommun:read') return contact || visible(person, target) ? 'allowed' : 404;
  if (level === 'kommun:write') {
    if (contact) return 'allowed';
    return visible(person, target) ? 403 : 404;
  }
  // The library: the team adds, and so does the kommun through its contacts.
  if (level === 'documents:add') {
    if (contact) return 'allowed';
    if (!visible(person, target)) return 404;
    return person.role === 'admin' || person.onTeam ? 'allowed' : 403;
  }
  if (!visible(person, target)) return 404;
  if (level === 'evaluation:read') return 'allowed';
  // The handlingsplan is the kommun's work: its readers write it, everyone else only reads it.
  if (level === 'plan:edit') return person.role === 'reader' ? 'allowed' : 403;
  if (level === 'evaluation:team')
    return person.role === 'admin' || person.onTeam ? 'allowed' : 403;
  return person.role === 'admin' ? 'allowed' : 403;
}

async function setUp(api: TestApp) {
  const evaluator = await api.user('evaluator', { name: 'Eva Utvärderare' });
  const outsider = await api.user('evaluator', { name: 'Otto Annat Team' });
  const reader = await api.user('reader', { municipalityCode: '0381' });
  const otherReader = await api.user('reader', { municipalityCode: '1880' });
  const contact = await api.user('reader', { municipalityCode: '0381' });
  const targets: Target[] = [];
  for (const status of ['draft', 'published'] as const) {
    const imported = await api.call('POST', '/api/evaluations/import', {
      ...enkopingFile(),
      status,
    });
    const summary = (await api.call('GET', `/api/evaluations/${imported.body.id}`)).body;
    // Put the evaluator on the team through the API, as an admin would.
    const team = summary.team.map((m: { id: string; name: string }, i: number) =>
      i === 0 ? { id: m.id, name: m.name, userId: evaluator.id } : { id: m.id, name: m.name },
    );
    if (status === 'draft') {
      const updated = await api.call('PUT', `/api/evaluations/${summary.id}`, {
        version: summary.version,
        team,
      });
      expect(updated.status).toBe(200);
      const invited = await api.call('POST', `/api/evaluations/${summary.id}/contacts`, {
        userId: contact.id,
      });
      expect(invited.status).toBe(201);
    } else {
      await api.deps.store.db
        .updateTable('team_members')
        .set({ user_id: evaluator.id })
        .where('id', '=', summary.team[0].id)
        .execute();
    }
    targets.push({
      name: status,
      id: summary.id,
      memberId: summary.team[0].id,
      status,
      code: '0381',
    });
  }
  const people: Person[] = [
    { name: 'anonymous', role: null, cookie: null, onTeam: false, municipalityCode: null },
    {
      name: 'admin',
      role: 'admin',
      cookie: api.adminCookie,
      onTeam: false,
      municipalityCode: null,
    },
    {
      name: 'evaluator on the team',
      role: 'evaluator',
      cookie: evaluator.cookie,
      onTeam: true,
      municipalityCode: null,
    },
    {
      name: 'evaluator of another team',
      role: 'evaluator',
      cookie: outsider.cookie,
      onTeam: false,
      municipalityCode: null,
    },
    {
      name: 'reader of the kommun',
      role: 'reader',
      cookie: reader.cookie,
      onTeam: false,
      municipalityCode: '0381',
    },
    {
      name: 'contact of the kommun on the draft',
      role: 'reader',
      cookie: contact.cookie,
      onTeam: false,
      municipalityCode: '0381',
      contactOfDraft: true,
    },
    {
      name: 'reader of another kommun',
      role: 'reader',
      cookie: otherReader.cookie,
      onTeam: false,
      municipalityCode: '1880',
    },
  ];
  return { people, targets };
}

describe.each(DIALECTS)('authorization matrix on %s', (dialect) => {
  const test = apiTest(dialect);

  test('every route x role x (own/other team, own/other kommun, draft/published)', async ({
    api,
  }) => {
    const routes = api.app.openAPIRegistry.definitions.flatMap((d) =>
      d.type === 'route' ? [`${d.route.method.toUpperCase()} ${d.route.path}`] : [],
    );
    routes.push('GET /api/openapi.json');
    // Zero routes missing from the specification, and none specified that does not exist.
    expect([...routes].sort()).toEqual(Object.keys(EXPECTED).sort());

    const { people, targets } = await setUp(api);
    let checked = 0;
    for (const route of routes) {
      const level = EXPECTED[route] as Level;
      const [method, template] = route.split(' ') as [string, string];
      const perTarget = template.startsWith('/api/evaluations/{id}') ? targets : [null];
      for (const target of perTarget) {
        for (const person of people) {
          const path = template
            .replace('{id}', target?.id ?? 'x-id')
            .replace('{memberId}', target?.memberId ?? 'x')
            .replace('{questionId}', '1.1')
            .replace('{areaId}', '1')
            .replace(/\{\w+\}/g, 'x-unknown');
          let cookie = person.cookie;
          if (route === 'POST /api/auth/logout' && person.role !== null) {
            // Logging out ends the session: use a throwaway one.
            cookie = null;
          }
          // An invalid body: access is decided before validation, and nothing is changed.
          const body = method === 'GET' || method === 'DELETE' ? undefined : { matrix: true };
          const response = await api.call(method, path, body, { cookie });
          const want = expected(level, person, target);
          const where = `${route} as ${person.name}${target ? ` on the ${target.name} evaluation` : ''}: ${response.status} ${JSON.stringify(response.body).slice(0, 120)}`;
          if (want === 'allowed') {
            expect([401, 403], where).not.toContain(response.status);
            if (response.status === 404) {
              expect(response.body.error.message, where).not.toMatch(/^evaluation .* not found$/);
            }
          } else {
            expect(response.status, where).toBe(want);
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
    // Over 300 requests: 10–25 s alone, more while the whole suite shares the machine.
  }, 120_000);
});
