import type { ClientResponse } from 'hono/client';
import { client, unwrap } from './api';

export type RubricVersionSummary = Awaited<
  ReturnType<typeof loadRubricVersions>
>['versions'][number];
/** What an import did (the route's body is read as bytes, so the typed client cannot infer it). */
export interface RubricImportResult {
  outcome: 'created' | 'replaced' | 'unchanged';
  /** Says what happened, in Swedish. */
  message: string;
  version: RubricVersionSummary;
}
export type RubricVersionDiff = Awaited<ReturnType<typeof loadRubricDiff>>;
export type RubricVersionContent = Awaited<ReturnType<typeof loadRubricVersion>>;

export function loadRubricVersions() {
  return unwrap(client.api['rubric-versions'].$get());
}

export function loadRubricVersion(versionId: string) {
  return unwrap(client.api.rubrics.versions[':versionId'].$get({ param: { versionId } }));
}

export function loadRubricDiff(versionId: string) {
  return unwrap(client.api['rubric-versions'][':versionId'].diff.$get({ param: { versionId } }));
}

export function publishRubricVersion(versionId: string) {
  return unwrap(
    client.api['rubric-versions'][':versionId'].publish.$post({ param: { versionId } }),
  );
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Uploads a rubric file as it is (the server tells a workbook from JSON by its bytes), so the
 * server's errors name the JSON line or the workbook's sheet, row and column.
 */
export async function uploadRubric(file: File): Promise<RubricImportResult> {
  const type = file.name.toLowerCase().endsWith('.xlsx') ? XLSX : 'application/json';
  const response = fetch('/api/rubric-versions/import', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': type },
    body: file,
  });
  return unwrap(
    response as unknown as Promise<ClientResponse<RubricImportResult, 201, 'json'>>,
  ) as Promise<RubricImportResult>;
}

export const exportHref = (versionId: string, format: 'json' | 'xlsx') =>
  `/api/rubric-versions/${encodeURIComponent(versionId)}/export?format=${format}`;

export const TEMPLATE_HREF = '/api/rubric-template';
