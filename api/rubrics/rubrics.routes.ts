import { createRoute } from '@hono/zod-openapi';
import { access } from '../auth/access';
import type { AppDeps } from '../context';
import { errorResponses, json, router } from '../router';
import type { PinnedRubric } from './rubric-store';
import { rubricVersionsService } from './rubric-versions.service';
import {
  RubricList,
  RubricMappingList,
  type RubricSummary,
  RubricVersion,
  RubricVersionParam,
} from './rubrics.schemas';

const tags = ['rubrics'];

const list = createRoute({
  operationId: 'listRubrics',
  method: 'get',
  path: '/api/rubrics',
  middleware: access('user'),
  tags,
  summary: 'The newest published version of every rubric, by id',
  responses: { 200: json(RubricList, 'Rubrics'), ...errorResponses },
});
const version = createRoute({
  operationId: 'getRubricVersion',
  method: 'get',
  path: '/api/rubrics/versions/{versionId}',
  middleware: access('user'),
  tags,
  summary: 'One stored rubric version in full (current or pinned by an evaluation)',
  request: { params: RubricVersionParam },
  responses: { 200: json(RubricVersion, 'The rubric version'), ...errorResponses },
});
const mappings = createRoute({
  operationId: 'listRubricMappings',
  method: 'get',
  path: '/api/rubric-mappings',
  middleware: access('user'),
  tags,
  summary: 'Area mappings between rubric versions (always indicative)',
  responses: { 200: json(RubricMappingList, 'Mappings'), ...errorResponses },
});

function toSummary({ rubric, checksum, versionId }: PinnedRubric): RubricSummary {
  return {
    id: rubric.id,
    version: rubric.version,
    checksum,
    versionId,
    title: rubric.title,
    year: rubric.year,
    areaLevelOnly: rubric.areaLevelOnly,
  };
}

function toVersion({ rubric, checksum, versionId, status }: PinnedRubric): RubricVersion {
  // `$schema` is a path relative to the file, meaningless once served.
  const { $schema: _schema, ...content } = rubric;
  return { ...content, versionId, checksum, status };
}

/** Read-only: a version is imported and published through /api/rubric-versions; drafts are admins' only. */
export function rubricsRoutes(deps: AppDeps) {
  const versions = rubricVersionsService(deps);
  return router()
    .openapi(list, async (c) =>
      c.json({ rubrics: (await deps.rubrics.list()).map(toSummary) }, 200),
    )
    .openapi(version, async (c) =>
      c.json(toVersion(await versions.visible(c.req.valid('param').versionId, c.var.actor)), 200),
    )
    .openapi(mappings, (c) =>
      c.json(
        { mappings: deps.rubrics.mappings.map(({ $schema: _schema, ...mapping }) => mapping) },
        200,
      ),
    );
}
