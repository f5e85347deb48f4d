import { createResource, createSignal, For, Show } from 'solid-js';
import { client, unwrap } from '../lib/api';
import { formatDate } from '../lib/i18n';
import { ErrorMessage } from './error-message';
import { t } from './interview-schedule.i18n';

const GROUPS = ['politician', 'official', 'unionRepresentative', 'other'] as const;
type Group = (typeof GROUPS)[number];

/**
 * The visit's intervjuschema on the kommun's page: the kommun (or the team) proposes people, the
 * team schedules interviews; both see the schedule and get it as ICS, per interview or whole.
 */
export function InterviewSchedule(props: { evaluationId: string; isTeam: boolean; open: boolean }) {
  const [schedule, { refetch }] = createResource(
    () => props.evaluationId,
    (id) => unwrap(client.api.evaluations[':id'].schedule.$get({ param: { id } })),
  );
  const [error, setError] = createSignal<unknown>(null);
  const [status, setStatus] = createSignal('');
  const nameOf = (id: string) => schedule()?.interviewees.find((p) => p.id === id)?.name ?? id;
  const base = () => `/api/evaluations/${encodeURIComponent(props.evaluationId)}`;

  const act = async (event: SubmitEvent, work: (data: FormData) => Promise<string>) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    setError(null);
    try {
      setStatus(await work(new FormData(form)));
      form.reset();
      void refetch();
    } catch (caught) {
      setError(caught);
    }
  };
  const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();

  const propose = (event: SubmitEvent) =>
    act(event, async (data) => {
      const created = await unwrap(
        client.api.evaluations[':id'].interviewees.$post({
          param: { id: props.evaluationId },
          json: {
            name: text(data, 'name'),
            function: text(data, 'function'),
            group: text(data, 'group') as Group,
            preferredTimes: text(data, 'preferred')
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean),
          },
        }),
      );
      return t('proposed', created.name);
    });
  const scheduleInterview = (event: SubmitEvent) =>
    act(event, async (data) => {
      const created = await unwrap(
        client.api.evaluations[':id'].interviews.$post({
          param: { id: props.evaluationId },
          json: {
            title: text(data, 'title'),
            date: text(data, 'date'),
            startTime: text(data, 'start'),
            endTime: text(data, 'end'),
            location: text(data, 'room'),
            videoLink: text(data, 'video') || null,
            intervieweeIds: data.getAll('people').map(String),
          },
        }),
      );
      return t('scheduled', created.title);
    });

  return (
    <section class="interview-schedule" aria-labelledby="interview-schedule-h">
      <h2 id="interview-schedule-h">{t('title')}</h2>
      <p class="hint">{t('intro')}</p>
      <Show when={schedule()}>
        {(data) => (
          <>
            <h3>{t('interviews')}</h3>
            <Show when={data().interviews.length > 0} fallback={<p>{t('noInterviews')}</p>}>
              <p>
                <a href={`${base()}/schedule.ics`} download="">
                  {t('wholeVisit')}
                </a>
              </p>
              <table class="data">
                <thead>
                  <tr>
                    <th scope="col">{t('when')}</th>
                    <th scope="col">{t('what')}</th>
                    <th scope="col">{t('where')}</th>
                    <th scope="col">{t('who')}</th>
                    <th scope="col">{t('calendar')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={data().interviews}>
                    {(interview) => (
                      <tr>
                        <td>
                          {formatDate(interview.date)} {interview.startTime}–{interview.endTime}
                        </td>
                        <th scope="row">
                          <bdi>{interview.title}</bdi>
                        </th>
                        <td>
                          <bdi>{interview.location}</bdi>
                          <Show when={interview.videoLink}>
                            {(link) => (
                              <>
                                {' '}
                                <a href={link()} rel="noopener noreferrer" target="_blank">
                                  {t('video_short')}
                                </a>
                              </>
                            )}
                          </Show>
                        </td>
                        <td>
                          <For each={interview.intervieweeIds}>
                            {(id, i) => (
                              <>
                                {i() > 0 ? ', ' : ''}
                                <bdi>{nameOf(id)}</bdi>
                              </>
                            )}
                          </For>
                        </td>
                        <td>
                          <a
                            href={`${base()}/interviews/${encodeURIComponent(interview.id)}/calendar.ics`}
                            download=""
                          >
                            .ics
                            <span class="visually-hidden">
                              {' '}
                              {t('calendarFor', interview.title)}
                            </span>
                          </a>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>

            <h3>{t('people')}</h3>
            <Show when={data().interviewees.length > 0} fallback={<p>{t('noPeople')}</p>}>
              <ul class="interviewees">
                <For each={data().interviewees}>
                  {(person) => (
                    <li>
                      <bdi>{person.name}</bdi>, <bdi>{person.function}</bdi> (
                      {t(`group_${person.group}`)})
                      <Show when={person.preferredTimes.length > 0}>
                        {' '}
                        – {t('preferredShort')}: <bdi>{person.preferredTimes.join('; ')}</bdi>
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </Show>

            <Show when={props.open}>
              <form class="stacked" onSubmit={propose} aria-label={t('propose')}>
                <label>
                  {t('name')}
                  <input name="name" required autocomplete="off" />
                </label>
                <label>
                  {t('function')}
                  <input name="function" required autocomplete="off" />
                </label>
                <label>
                  {t('group')}
                  <select name="group">
                    <For each={GROUPS}>
                      {(group) => <option value={group}>{t(`group_${group}`)}</option>}
                    </For>
                  </select>
                </label>
                <label>
                  {t('preferred')}
                  <textarea name="preferred" rows={2} />
                </label>
                <div class="actions">
                  <button type="submit">{t('propose')}</button>
                </div>
              </form>
            </Show>

            <Show when={props.isTeam && data().interviewees.length > 0}>
              <form class="stacked" onSubmit={scheduleInterview} aria-label={t('schedule')}>
                <label>
                  {t('interviewTitle')}
                  <input name="title" required />
                </label>
                <label>
                  {t('date')}
                  <input name="date" type="date" required />
                </label>
                <label>
                  {t('start')}
                  <input name="start" type="time" required />
                </label>
                <label>
                  {t('end')}
                  <input name="end" type="time" required />
                </label>
                <label>
                  {t('room')}
                  <input name="room" />
                </label>
                <label>
                  {t('video')}
                  <input name="video" type="url" />
                </label>
                <fieldset>
                  <legend>{t('choosePeople')}</legend>
                  <For each={data().interviewees}>
                    {(person) => (
                      <label class="inline">
                        <input type="checkbox" name="people" value={person.id} />{' '}
                        <bdi>{person.name}</bdi>
                      </label>
                    )}
                  </For>
                </fieldset>
                <div class="actions">
                  <button type="submit">{t('schedule')}</button>
                </div>
              </form>
            </Show>
          </>
        )}
      </Show>
      <Show when={error() ?? schedule.error}>
        <ErrorMessage error={error() ?? schedule.error} />
      </Show>
      <p role="status">{status()}</p>
    </section>
  );
}
