import { areaTextsRoutes } from './area-texts/area-texts.routes';
import { authRoutes } from './auth/auth.routes';
import { SESSION_COOKIE } from './auth/auth.service';
import { linksRoutes } from './auth/links/links.routes';
import { oidcRoutes } from './auth/oidc/oidc.routes';
import { profileRoutes } from './auth/profile.routes';
import { csrfProtection, noStore, securityHeaders, sessionMiddleware } from './auth/security';
import { signupDomainsRoutes } from './auth/signup-domains.routes';
import { usersRoutes } from './auth/users.routes';
import { limitBody } from './body-limit';
import { comparisonsRoutes } from './comparisons/comparisons.routes';
import { contactsRoutes } from './contacts/contacts.routes';
import type { AppDeps } from './context';
import { documentsRoutes } from './documents/documents.routes';
import { DEFAULT_DOCUMENT_LIMIT } from './documents/documents.service';
import { AppError, errorBody, onError } from './errors';
import { evaluationsRoutes } from './evaluations/evaluations.routes';
import { teamInvitationsRoutes } from './evaluations/team-invitations';
import { evidenceRoutes } from './evidence/evidence.routes';
import { healthRoutes } from './health/health.routes';
import { jsonBodyGuard } from './json-body';
import { municipalitiesRoutes } from './municipalities/municipalities.routes';
import { plansRoutes } from './plans/plans.routes';
import { questionnaireRoutes } from './questionnaire/questionnaire.routes';
import { referencesRoutes } from './references/references.routes';
import { reportsRoutes } from './reports/reports.routes';
import { standardTextsRoutes } from './reports/standard-texts.routes';
import { router } from './router';
import { rubricVersionsRoutes } from './rubrics/rubric-versions.routes';
import { rubricsRoutes } from './rubrics/rubrics.routes';
import { scheduleRoutes } from './schedule/schedule.routes';
import { scoresRoutes } from './scores/scores.routes';
import { teamRoutes } from './team/team.routes';

/** Paths whose bodies may be ten times the normal limit (whole files). */
const LARGE_BODY_PATHS = [
  '/api/evaluations/import',
  '/api/references/import',
  '/api/rubric-versions/import',
];

/** The one route whose body is a document upload (DOCUMENT_LIMIT, not BODY_LIMIT). */
const DOCUMENT_UPLOAD = /^\/api\/evaluations\/[^/]+\/documents$/;
/** Room for the multipart framing and the text fields beside the file. */
const FORM_OVERHEAD = 64 * 1024;

/**
 * The whole HTTP API, composed of one sub-app per resource. `AppType` (its type) is what the web
 * client's typed `hc<AppType>` reads; nothing else of api/ reaches the web app.
 */
export function createApp(deps: AppDeps) {
  const app = router();
  app.onError(onError);
  app.notFound((c) =>
    c.json(errorBody(new AppError(404, 'not_found', `no route ${c.req.path}`)), 404),
  );
  app.use('*', securityHeaders);
  app.use('/api/*', noStore);
  app.use(
    '/api/*',
    limitBody(
      (path) =>
        DOCUMENT_UPLOAD.test(path)
          ? (deps.documentLimit ?? DEFAULT_DOCUMENT_LIMIT) + FORM_OVERHEAD
          : LARGE_BODY_PATHS.includes(path)
            ? deps.bodyLimit * 10
            : deps.bodyLimit,
      (c, limit) =>
        c.json(
          errorBody(
            new AppError(413, 'too_large', `the request body is over the limit of ${limit} bytes`),
          ),
          413,
        ),
    ),
  );
  app.use('/api/*', sessionMiddleware(deps));
  app.use('/api/*', csrfProtection(deps));
  app.use('/api/*', jsonBodyGuard);

  const routes = app
    .route('/', healthRoutes(deps))
    .route('/', authRoutes(deps))
    .route('/', oidcRoutes(deps))
    .route('/', linksRoutes(deps))
    .route('/', usersRoutes(deps))
    .route('/', profileRoutes(deps))
    .route('/', signupDomainsRoutes(deps))
    .route('/', evaluationsRoutes(deps))
    .route('/', teamInvitationsRoutes(deps))
    .route('/', scoresRoutes(deps))
    .route('/', comparisonsRoutes(deps))
    .route('/', evidenceRoutes(deps))
    .route('/', documentsRoutes(deps))
    .route('/', areaTextsRoutes(deps))
    .route('/', municipalitiesRoutes(deps))
    .route('/', referencesRoutes(deps))
    .route('/', rubricsRoutes(deps))
    .route('/', rubricVersionsRoutes(deps))
    .route('/', reportsRoutes(deps))
    .route('/', standardTextsRoutes(deps))
    .route('/', plansRoutes(deps))
    .route('/', teamRoutes(deps))
    .route('/', contactsRoutes(deps))
    .route('/', questionnaireRoutes(deps))
    .route('/', scheduleRoutes(deps));

  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description:
      'The session cookie set by `POST /api/auth/login`. Writes made with it must also carry an `Origin` (or `Referer`) header of this server (CSRF protection).',
  });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    servers: [{ url: '/', description: 'This server' }],
    // Every operation needs a session unless it says otherwise (`security: []`).
    security: [{ session: [] }],
    info: {
      title: 'Kommunkompassen API',
      version: '1',
      license: apiLicense,
      description:
        'Evaluations, evidence, scores and comparisons for SKR:s Kommunkompassen. Errors: `{ error: { code, message, issues? } }`.',
    },
  });
  return routes;
}

// OpenAPI 3.1's SPDX `identifier` (the generator's types know only 3.0's `url`).
const apiLicense = { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' };

export type AppType = ReturnType<typeof createApp>;
