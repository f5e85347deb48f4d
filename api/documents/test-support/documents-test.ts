// Test support for the document library: uploads as the web sends them (multipart/form-data).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kommunByCode } from '../../../rubrics/kommuner/scb-kommuner';
import { projectRoot } from '../../../rubrics/project-root';
import type { TestApp } from '../../test-support/test-app';

/** A document of fixtures/documents/ as text. */
export const fixture = (name: string) =>
  readFileSync(join(projectRoot(), 'fixtures/documents', name), 'utf8');

export async function upload(
  api: TestApp,
  evaluationId: string,
  file: { name: string; bytes: Uint8Array | string },
  fields: Record<string, string> = {},
  cookie: string | null = api.adminCookie,
): Promise<{ status: number; body: any }> {
  const form = new FormData();
  const bytes = typeof file.bytes === 'string' ? new TextEncoder().encode(file.bytes) : file.bytes;
  form.append('file', new File([bytes as Uint8Array<ArrayBuffer>], file.name));
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const response = await api.app.request(`/api/evaluations/${evaluationId}/documents`, {
    method: 'POST',
    body: form,
    headers: cookie ? { cookie } : {},
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : JSON.parse(text) };
}

/** Uploads and waits until its text is read; returns the document as then stored. */
export async function uploadAndRead(
  api: TestApp,
  evaluationId: string,
  file: { name: string; bytes: Uint8Array | string },
  fields: Record<string, string> = {},
): Promise<any> {
  const created = await upload(api, evaluationId, file, fields);
  if (created.status !== 201) {
    throw new Error(`upload ${file.name}: ${created.status} ${JSON.stringify(created.body)}`);
  }
  await api.deps.extraction?.idle();
  return (await api.call('GET', `/api/documents/${created.body.id}`)).body;
}

/** A fresh draft evaluation on kk-2010 for kommun `code` (one of SCB's); returns its id. */
export async function draftEvaluation(
  api: TestApp,
  code = '1445',
  date = '2025-03',
): Promise<string> {
  const { body, status } = await api.call('POST', '/api/evaluations', {
    municipality: { name: kommunByCode(code)?.name ?? `okänd ${code}`, code },
    rubric: 'kk-2010',
    date,
    evaluators: ['Anna'],
  });
  if (status !== 201) throw new Error(`evaluation: ${status} ${JSON.stringify(body)}`);
  return body.id;
}
