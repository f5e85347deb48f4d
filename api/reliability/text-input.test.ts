// Every text field that reaches a report, given each character a Word file cannot hold: 400
// naming the field, nothing written. Also prototype keys, bodies that are not UTF-8 and CSV
// files that are not text, on every store.
import { describe, expect } from 'vitest';
import { formatPath } from '../../rubrics/validation';
import { DIALECTS } from '../db/test-db';
import { kotidGoal, publishedEnkoping } from '../plans/test-support/plan-fixtures';
import { apiTest } from '../test-support/api-test';
import { enkopingFile, type TestApp } from '../test-support/test-app';
import { WORD_ILLEGAL_STRINGS } from './hostile-input';

type Json = unknown;
type Path = (string | number)[];

/** The path of every string in `value`, keys of records included as their own kind. */
function stringLeaves(value: Json, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
  return [];
}

function withText(value: Json, path: Path, text: string): Json {
  const copy = structuredClone(value) as Record<string | number, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  parent[path[path.length - 1] as string | number] = text;
  return copy;
}

async function send(api: TestApp, method: string, url: string, body: string, cookie: string) {
  const response = await api.app.request(url, {
    method,
    headers: { cookie, 'content-type': 'application/json' },
    body,
  });
  return { status: response.status, body: (await response.json()) as any };
}

/** Each string of `valid` in turn replaced by a forbidden text: 400 naming exactly that path. */
async function expectEveryTextRefused(
  api: TestApp,
  method: string,
  url: string,
  valid: Json,
  cookie = api.adminCookie,
) {
  const leaves = stringLeaves(valid);
  expect(leaves.length).toBeGreaterThan(0);
  for (const [index, path] of leaves.entries()) {
    const text = WORD_ILLEGAL_STRINGS[index % WORD_ILLEGAL_STRINGS.length] as string;
    const response = await send(
      api,
      method,
      url,
      JSON.stringify(withText(valid, path, text)),
      cookie,
    );
    const where = `${method} ${url} ${formatPath(path)} = ${JSON.stringify(text)}`;
    expect(response.status, where).toBe(400);
    expect(response.body.error.code, where).toBe('invalid_input');
    expect(response.body.error.issues[0].path, where).toBe(formatPath(path));
    expect(response.body.error.message, where).toMatch(/may not contain/);
  }
}

describe.each(DIALECTS)('text a Word file cannot hold, on %s', (dialect) => {
  const test = apiTest(dialect);

  test('an evaluation file with one in any text is refused, naming the field', async ({ api }) => {
    const file = enkopingFile();
    await expectEveryTextRefused(api, 'POST', '/api/evaluations/import', file);
    const list = await api.call('GET', '/api/evaluations');
    expect(list.body.evaluations).toEqual([]);
    // The file itself is accepted: each refusal was the one text.
    expect((await api.call('POST', '/api/evaluations/import', file)).status).toBe(201);
  });

  test('municipalities, area texts, plan actions and effektmål refuse one in any text', async ({
    api,
  }) => {
    await expectEveryTextRefused(api, 'POST', '/api/municipalities', {
      name: 'Ydre',
      code: '0512',
      officialName: 'Ydre kommun',
    });
    const { id, reader, improvements } = await publishedEnkoping(api);
    const action = {
      areaId: '4',
      title: 'Tydliggör chefernas uppdrag',
      description: 'Chefskontrakt och årliga samtal.',
      questions: ['4.1'],
      improvement: improvements('4')[0],
      owner: 'HR-chef',
    };
    const plan = `/api/evaluations/${id}/plan`;
    await expectEveryTextRefused(api, 'POST', `${plan}/actions`, action, reader.cookie);
    await expectEveryTextRefused(api, 'POST', `${plan}/goals`, kotidGoal, reader.cookie);
    const view = await api.call('GET', plan, undefined, { cookie: reader.cookie });
    expect(view.body.actions).toEqual([]);
    expect(view.body.goals).toEqual([]);
    // The bodies themselves are accepted: each refusal was the one text.
    const as = { cookie: reader.cookie };
    expect((await api.call('POST', `${plan}/actions`, action, as)).status).toBe(201);
    expect((await api.call('POST', `${plan}/goals`, kotidGoal, as)).status).toBe(201);

    await api.call('POST', `/api/evaluations/${id}/reopen`, { reason: 'Rättelse' });
    await expectEveryTextRefused(api, 'PUT', `/api/evaluations/${id}/areas/1`, {
      summary: 'Sammanfattning',
      strengths: ['Styrka'],
      improvements: ['Förbättring'],
      version: 1,
    });
  });
});

describe.each(DIALECTS)('keys and encodings of request bodies on %s', (dialect) => {
  const test = apiTest(dialect);

  test('a kommun name, official name or evaluator of white space only is refused', async ({
    api,
  }) => {
    const blank = ' \t\u00A0 ';
    const file = enkopingFile();
    for (const [what, body] of [
      ['municipality.name', { ...file, municipality: { ...file.municipality, name: blank } }],
      [
        'municipality.officialName',
        { ...file, municipality: { ...file.municipality, officialName: blank } },
      ],
      ['evaluators[1]', { ...file, evaluators: [file.evaluators[0], blank] }],
    ] as const) {
      const response = await api.call('POST', '/api/evaluations/import', body);
      expect(response.status, what).toBe(400);
      expect(response.body.error.message).toBe(`${what}: is only white space: give a name`);
    }
    const created = await api.call('POST', '/api/municipalities', { name: blank, code: '0512' });
    expect(created.status).toBe(400);
    expect(created.body.error.message).toBe('name: is only white space: give a name');
    expect((await api.call('GET', '/api/evaluations')).body.evaluations).toEqual([]);
  });

  test('__proto__ and constructor keys are refused alike, naming the path', async ({ api }) => {
    const text = JSON.stringify(enkopingFile());
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      for (const [body, path] of [
        [text.replace('"scores":{', `"scores":{"${key}":{"points":1},`), `scores.${key}`],
        [text.replace('{', `{"${key}":{"status":"published"},`), key],
      ] as const) {
        const response = await send(api, 'POST', '/api/evaluations/import', body, api.adminCookie);
        expect(response.status, body.slice(0, 80)).toBe(400);
        expect(response.body.error.message).toBe(`${path}: the key "${key}" is not allowed`);
      }
    }
    expect((await api.call('GET', '/api/evaluations')).body.evaluations).toEqual([]);
  });

  test('a body nested 10,000 levels deep gets a 400 naming the depth, as the CLI does', async ({
    api,
  }) => {
    const deep = `{"format":"kommunkompassen-evaluation/1","x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const response = await send(api, 'POST', '/api/evaluations/import', deep, api.adminCookie);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(`x${'[0]'.repeat(63)}: nested deeper than 64 levels`);
  });

  test('a JSON body that is not UTF-8 is refused, not stored as U+FFFD', async ({ api }) => {
    const body = Buffer.concat([
      Buffer.from('{"name":"Sm'),
      Buffer.from([0xe5]), // "å" in Windows-1252
      Buffer.from('land","code":"9997"}'),
    ]);
    const response = await api.app.request('/api/municipalities', {
      method: 'POST',
      headers: { cookie: api.adminCookie, 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).error.message).toMatch(/^body: is not valid UTF-8/);
    const list = await api.call('GET', '/api/municipalities');
    expect(list.body.municipalities.map((m: { code: string }) => m.code)).not.toContain('9997');
  });

  test('a references CSV that is not UTF-8 text says so; a forbidden character names the cell', async ({
    api,
  }) => {
    const csv =
      'Kommun;Kommunkod;År;Version;1;2;3;4;5;6;7;8;Totalt;Källa\r\n' +
      'Håbo;0305;2016;kk-2010;54;55;63;42;43;55;56;66;434;https://example.org\r\n';
    const post = async (body: BodyInit, type: string) => {
      const response = await api.app.request('/api/references/import', {
        method: 'POST',
        headers: { cookie: api.adminCookie, 'content-type': type },
        body,
      });
      return { status: response.status, body: (await response.json()) as any };
    };
    const utf16 = new Uint8Array(Buffer.from(`\uFEFF${csv}`, 'utf16le'));
    const notText = await post(utf16, 'text/csv');
    expect(notText.status).toBe(400);
    expect(notText.body.error.message).toMatch(/^body: is not UTF-8 text/);
    const latin1 = new Uint8Array(Buffer.from(csv, 'latin1'));
    const declared = await post(latin1, 'text/csv; charset=utf-8');
    expect(declared.status).toBe(400);
    expect(declared.body.error.message).toMatch(/^body: is not UTF-8 text/);
    const illegal = await post(csv.replace('Håbo', 'Hå\uFFFEbo'), 'text/csv');
    expect(illegal.status).toBe(400);
    expect(illegal.body.error.message).toMatch(
      /^line 2, column "Kommun": text may not contain U\+FFFE/,
    );
    const references = await api.call('GET', '/api/references');
    expect(references.body.references.map((r: { id: string }) => r.id)).not.toContain('habo-2016');
    // Windows-1252 without a charset is still read (what Excel's plain CSV writes).
    expect((await post(latin1, 'text/csv')).status).toBe(201);
  });
});
