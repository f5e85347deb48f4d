import { describe, expect, test as plain } from 'vitest';
import { kommunPartSetUp, moveTo } from '../contacts/test-support/kommun-part';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { foldLine } from './ics';
import { interviewSummaryOf } from './interview-summary';

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Parses iCalendar text back (RFC 5545 3.1: CRLF, unfolding; 3.3.11: TEXT unescaping). */
function parseIcs(text: string): { events: Property[][]; lines: string[] } {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const raw = text.slice(0, -2).split('\r\n');
  for (const line of raw) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  const lines: string[] = [];
  for (const line of raw) {
    if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const events: Property[][] = [];
  let current: Property[] | null = null;
  for (const line of lines) {
    const colon = line.indexOf(':');
    const [name = '', ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT') {
      if (current) events.push(current);
      current = null;
    } else if (current) {
      current.push({
        name,
        params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
        value: value.replace(/\\(\\|;|,|n|N)/g, (_, c: string) =>
          c === 'n' || c === 'N' ? '\n' : c,
        ),
      });
    }
  }
  return { events, lines };
}

const prop = (event: Property[], name: string) => event.find((p) => p.name === name);

const HOSTILE = '<script>alert(1)</script>; =cmd|\' /C calc\'!A0, "citat"\nny rad \\ עברית';
const LONG = 'Kommunstyrelseförvaltningens-verksamhetsutvecklingsavdelning'.repeat(3);

describe('iCalendar lines', () => {
  plain('folds at 75 octets without splitting a character', () => {
    const folded = foldLine(`DESCRIPTION:${'å'.repeat(100)}`);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(
      `DESCRIPTION:${'å'.repeat(100)}`,
    );
  });
});

describe.each(DIALECTS)('interview schedule on %s', (dialect) => {
  const test = apiTest(dialect);

  test('the kommun proposes people, the team schedules a group interview, both read it and its ICS parses back', async ({
    api,
  }) => {
    const { id, contact, evaluator } = await kommunPartSetUp(api, 'visit');
    const kommun = { cookie: contact.cookie };
    const team = { cookie: evaluator.cookie };
    const propose = (name: string, group: string, fn = 'ledamot') =>
      api.call(
        'POST',
        `/api/evaluations/${id}/interviewees`,
        { name, function: fn, group, preferredTimes: ['tis 12 maj fm'] },
        kommun,
      );
    const ordf = await propose('Anna Ordförande', 'politician', 'KS ordförande');
    expect(ordf.status).toBe(201);
    const opposition = await propose('Olle Opposition', 'politician');
    const kd = await propose(HOSTILE, 'official', LONG);
    expect(kd.status).toBe(201);
    const union = await propose('Frida Facklig', 'unionRepresentative', 'Vision');
    const unscheduled = await propose('Ej Schemalagd', 'other');
    expect(unscheduled.status).toBe(201);
    const bad = await api.call(
      'POST',
      `/api/evaluations/${id}/interviewees`,
      { name: 'X', function: 'Y', group: 'pirat', preferredTimes: [] },
      kommun,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe('group');

    // Only the team schedules.
    const body = {
      title: 'Politisk ledning',
      date: '2026-05-12',
      startTime: '09:00',
      endTime: '10:30',
      location: `Sessionssalen; ${HOSTILE}`,
      videoLink: null,
      intervieweeIds: [ordf.body.id, opposition.body.id],
    };
    expect((await api.call('POST', `/api/evaluations/${id}/interviews`, body, kommun)).status).toBe(
      404,
    );
    const group = await api.call('POST', `/api/evaluations/${id}/interviews`, body, team);
    expect(group.status).toBe(201);
    const wrong = await api.call(
      'POST',
      `/api/evaluations/${id}/interviews`,
      { ...body, endTime: '08:00', intervieweeIds: ['nobody'] },
      team,
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.issues[0].path).toBe('endTime');
    const unknown = await api.call(
      'POST',
      `/api/evaluations/${id}/interviews`,
      { ...body, intervieweeIds: [ordf.body.id, 'nobody'] },
      team,
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues[0].path).toBe('intervieweeIds[1]');
    const video = await api.call(
      'POST',
      `/api/evaluations/${id}/interviews`,
      {
        title: HOSTILE,
        date: '2026-05-12',
        startTime: '13:00',
        endTime: '14:00',
        location: '',
        videoLink: 'https://video.example/rum?id=1,2;3',
        intervieweeIds: [kd.body.id, union.body.id, ordf.body.id],
      },
      team,
    );

    expect(video.status).toBe(201);
    const notHttps = await api.call(
      'POST',
      `/api/evaluations/${id}/interviews`,
      { ...body, videoLink: 'javascript:alert(1)' },
      team,
    );
    expect(notHttps.status).toBe(400);

    const read = await api.call('GET', `/api/evaluations/${id}/schedule`, undefined, kommun);
    expect(read.body.interviews.map((i: { title: string }) => i.title)).toEqual([
      'Politisk ledning',
      HOSTILE,
    ]);
    // A person in an interview cannot be withdrawn.
    const withdraw = await api.call(
      'DELETE',
      `/api/evaluations/${id}/interviewees/${ordf.body.id}?version=1`,
      undefined,
      kommun,
    );
    expect(withdraw.status).toBe(409);

    const response = await api.app.request(`/api/evaluations/${id}/schedule.ics`, {
      headers: { cookie: contact.cookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const { events, lines } = parseIcs(await response.text());
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('TZID:Europe/Stockholm');
    expect(events).toHaveLength(2);
    const [first, second] = events as [Property[], Property[]];
    expect(prop(first, 'DTSTART')).toEqual({
      name: 'DTSTART',
      params: { TZID: 'Europe/Stockholm' },
      value: '20260512T090000',
    });
    expect(prop(first, 'DTEND')?.value).toBe('20260512T103000');
    expect(prop(first, 'LOCATION')?.value).toBe(`Sessionssalen; ${HOSTILE}`);
    expect(prop(first, 'SUMMARY')?.value).toBe('Kommunkompassen Enköping: Politisk ledning');
    expect(prop(first, 'DESCRIPTION')?.value).toBe(
      'Intervjupersoner:\nAnna Ordförande, KS ordförande (politiker)\nOlle Opposition, ledamot (politiker)',
    );
    expect(prop(second, 'SUMMARY')?.value).toBe(`Kommunkompassen Enköping: ${HOSTILE}`);
    expect(prop(second, 'DESCRIPTION')?.value).toContain(`${HOSTILE}, ${LONG} (tjänsteperson)`);
    expect(prop(second, 'URL')?.value).toBe('https://video.example/rum?id=1,2;3');
    expect(new Set(events.map((e) => prop(e, 'UID')?.value)).size).toBe(2);

    const single = await api.app.request(
      `/api/evaluations/${id}/interviews/${video.body.id}/calendar.ics`,
      { headers: { cookie: evaluator.cookie } },
    );
    expect(parseIcs(await single.text()).events).toHaveLength(1);

    // The report's "Utvärderingen" paragraph: people in scheduled interviews, by group.
    expect(await interviewSummaryOf(api.deps.store.db, id)).toEqual({
      interviewed: 4,
      groups: [
        { group: 'politician', people: 2 },
        { group: 'official', people: 1 },
        { group: 'unionRepresentative', people: 1 },
      ],
    });

    // Others: 404, not even the calendar.
    const other = await api.user('reader', { municipalityCode: '0381' });
    const hidden = await api.app.request(`/api/evaluations/${id}/schedule.ics`, {
      headers: { cookie: other.cookie },
    });
    expect(hidden.status).toBe(404);
    const audit = await api.call('GET', `/api/evaluations/${id}/audit`);
    expect(
      audit.body.entries
        .filter((e: { entity: string }) => e.entity === 'interview' || e.entity === 'interviewee')
        .map((e: { action: string }) => e.action),
    ).toEqual([
      'interviewee.create',
      'interviewee.create',
      'interviewee.create',
      'interviewee.create',
      'interviewee.create',
      'interview.create',
      'interview.create',
    ]);
  });

  test('proposals close after the visit; the schedule stays readable and is frozen once published', async ({
    api,
  }) => {
    const { id, contact, evaluator } = await kommunPartSetUp(api);
    const person = {
      name: 'Sen Anmäld',
      function: 'chef',
      group: 'official',
      preferredTimes: [],
    };
    await moveTo(api, id, 'consensus');
    const late = await api.call('POST', `/api/evaluations/${id}/interviewees`, person, {
      cookie: contact.cookie,
    });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('closed');
    await moveTo(api, id, 'published');
    const interview = await api.call(
      'POST',
      `/api/evaluations/${id}/interviews`,
      {
        title: 'x',
        date: '2026-05-12',
        startTime: '09:00',
        endTime: '10:00',
        location: 'Rum',
        videoLink: null,
        intervieweeIds: ['a'],
      },
      { cookie: evaluator.cookie },
    );
    expect(interview.status).toBe(409);
    expect(
      (
        await api.call('GET', `/api/evaluations/${id}/schedule`, undefined, {
          cookie: contact.cookie,
        })
      ).status,
    ).toBe(200);
  });

  test('people and interviews change by version (409 on a stale one), audited', async ({ api }) => {
    const { id, contact, evaluator } = await kommunPartSetUp(api);
    const kommun = { cookie: contact.cookie };
    const team = { cookie: evaluator.cookie };
    const person = {
      name: 'Kim Chef',
      function: 'förvaltningschef',
      group: 'official',
      preferredTimes: [],
    };
    const created = await api.call('POST', `/api/evaluations/${id}/interviewees`, person, kommun);
    const people = `/api/evaluations/${id}/interviewees/${created.body.id}`;
    const renamed = await api.call(
      'PUT',
      people,
      { ...person, name: 'Kim Direktör', version: 1 },
      kommun,
    );
    expect(renamed.body).toMatchObject({ name: 'Kim Direktör', version: 2 });
    const stale = await api.call('PUT', people, { ...person, version: 1 }, kommun);
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ name: 'Kim Direktör', version: 2 });
    const body = {
      title: 'Förvaltningsledning',
      date: '2026-05-13',
      startTime: '10:00',
      endTime: '11:00',
      location: 'Rum 2',
      videoLink: null,
      intervieweeIds: [created.body.id],
    };
    const interview = await api.call('POST', `/api/evaluations/${id}/interviews`, body, team);
    const url = `/api/evaluations/${id}/interviews/${interview.body.id}`;
    const moved = await api.call(
      'PUT',
      url,
      { ...body, startTime: '13:00', endTime: '14:00', version: 1 },
      team,
    );
    expect(moved.body).toMatchObject({ startTime: '13:00', version: 2 });
    expect((await api.call('PUT', url, { ...body, version: 1 }, team)).status).toBe(409);
    expect((await api.call('DELETE', `${url}?version=1`, undefined, team)).status).toBe(409);
    expect((await api.call('DELETE', `${url}?version=2`, undefined, team)).status).toBe(204);
    expect((await api.call('DELETE', `${people}?version=2`, undefined, kommun)).status).toBe(204);
    const audit = await api.call('GET', `/api/evaluations/${id}/audit`);
    expect(
      audit.body.entries
        .filter((e: { entity: string }) => e.entity === 'interview' || e.entity === 'interviewee')
        .map((e: { action: string }) => e.action),
    ).toEqual([
      'interviewee.create',
      'interviewee.update',
      'interview.create',
      'interview.update',
      'interview.delete',
      'interviewee.delete',
    ]);
  });
});
