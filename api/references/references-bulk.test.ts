// A references CSV of 100,000 rows imports whole (in statements each store can bind), or not at
// all: once a bare 500 ("too many SQL variables") from 3,000 rows on.
import { sql } from 'kysely';
import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import type { TestApp } from '../test-support/test-app';

const ROWS = 100_000;
const HEADER = 'Id;Kommun;Kommunkod;År;Version;1;2;3;4;5;6;7;8;Totalt;Källa';

function csv(rows: number, id = (i: number) => `bulk-${i}`): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    lines.push(`${id(i)};Ydre;0512;2016;kk-2010;54;55;63;42;43;55;56;66;434;https://example.org`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

async function importCsv(api: TestApp, text: string) {
  const response = await api.app.request('/api/references/import', {
    method: 'POST',
    headers: { cookie: api.adminCookie, 'content-type': 'text/csv' },
    body: text,
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function count(api: TestApp, table: 'reference_results' | 'audit_log') {
  const row = await api.deps.store.db
    .selectFrom(table)
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(DIALECTS)(`a references CSV of ${ROWS} rows on %s`, (dialect) => {
  // Room for 100,000 rows of about 80 bytes.
  const test = apiTest(dialect, { bodyLimit: 1_000_000 });

  test(`${ROWS} rows import all, each audited; one taken id refuses every row`, {
    timeout: 180_000,
  }, async ({ api }) => {
    const before = {
      refs: await count(api, 'reference_results'),
      audit: await count(api, 'audit_log'),
    };
    const taken = await importCsv(
      api,
      csv(1, () => 'taken-1'),
    );
    expect(taken.status).toBe(201);

    const refused = await importCsv(
      api,
      csv(ROWS, (i) => (i === ROWS - 1 ? 'taken-1' : `bulk-${i}`)),
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      `line ${ROWS + 1}, column "Id": a reference "taken-1" already exists`,
    );
    expect(await count(api, 'reference_results')).toBe(before.refs + 1);

    const imported = await importCsv(api, csv(ROWS));
    expect(imported.status, JSON.stringify(imported.body).slice(0, 300)).toBe(201);
    expect(imported.body.ids).toHaveLength(ROWS);
    expect(await count(api, 'reference_results')).toBe(before.refs + 1 + ROWS);
    expect(await count(api, 'audit_log')).toBe(before.audit + 1 + ROWS);
  });
});
