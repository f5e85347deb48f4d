import { A } from '@solidjs/router';
import { For, type JSX, Match, Show, Switch } from 'solid-js';
import { type EvidenceKind, type EvidenceView, evidenceLabel } from '../lib/evidence-model';
import { formatDate } from '../lib/i18n';
import { t as formT } from './evidence-form.i18n';
import { t } from './evidence-table.i18n';

const EXCERPT = 140;

/** How an item is named in buttons and the delete question. */
export function itemLabel(item: EvidenceView): string {
  if (item.kind === 'interview') {
    const parts = [
      formT('kind_interview'),
      item.date ? formatDate(item.date) : null,
      item.intervieweeGroup ? formT(`group_${item.intervieweeGroup}`) : null,
      item.function,
    ];
    return parts.filter((part) => part).join(', ');
  }
  const name = evidenceLabel(item) ?? item.reference ?? t('untitled');
  return `${formT(`kind_${item.kind}`)}: ${name}`;
}

function ItemStatus(props: { item: EvidenceView }) {
  return (
    <Switch fallback={t('saved')}>
      <Match when={props.item.conflict}>
        <strong>{t('conflict')}</strong>
      </Match>
      <Match when={props.item.error}>
        <strong class="error">{t('error', props.item.error ?? '')}</strong>
      </Match>
      <Match when={props.item.unsent}>{t('unsent')}</Match>
    </Switch>
  );
}

/** The first characters of the notes; the whole text one click away. */
function Notes(props: { notes: string }) {
  const excerpt = () => `${props.notes.trim().replace(/\s+/g, ' ').slice(0, EXCERPT)}…`;
  return (
    <Show when={props.notes.trim()} fallback={<span class="muted">{t('noNotes')}</span>}>
      <Show
        when={props.notes.trim().length > EXCERPT}
        fallback={<span class="full-notes">{props.notes.trim()}</span>}
      >
        <details>
          <summary>
            {excerpt()} <span class="visually-hidden">({t('allNotes')})</span>
          </summary>
          <p class="full-notes">{props.notes}</p>
        </details>
      </Show>
    </Show>
  );
}

function QuestionLinks(props: { evaluationId: string; questions: readonly string[] }) {
  return (
    <ul class="inline-list">
      <For each={props.questions}>
        {(id) => (
          <li>
            <A
              href={`/evaluations/${props.evaluationId}/evidence?question=${id}`}
              aria-label={t('questionLink', id)}
            >
              {id}
            </A>
          </li>
        )}
      </For>
    </ul>
  );
}

const isLink = (value: string | null) => value !== null && /^https?:\/\//i.test(value);

/** An item's own columns, by kind (the shared ones follow in the row). */
function KindCells(props: { item: EvidenceView }) {
  const date = () => formatDate(props.item.date);
  const reference = () =>
    isLink(props.item.reference) ? (
      <a href={props.item.reference ?? ''} rel="noreferrer" target="_blank">
        {props.item.reference}
      </a>
    ) : (
      (props.item.reference ?? '–')
    );
  return (
    <Switch>
      <Match when={props.item.kind === 'interview'}>
        <td class="nowrap">{date()}</td>
        <td>{props.item.intervieweeGroup ? formT(`group_${props.item.intervieweeGroup}`) : '–'}</td>
        <td>{props.item.function ?? '–'}</td>
      </Match>
      <Match when={props.item.kind === 'document'}>
        <td>{props.item.title ?? '–'}</td>
        <td>{date()}</td>
        <td class="wrap">{reference()}</td>
      </Match>
      <Match when={props.item.kind === 'webPage'}>
        <td class="wrap">{reference()}</td>
        <td>{props.item.title ?? '–'}</td>
        <td>{date()}</td>
      </Match>
    </Switch>
  );
}

const HEADINGS: Record<
  EvidenceKind,
  ('date' | 'group' | 'function' | 'title' | 'reference' | 'url' | 'seen')[]
> = {
  interview: ['date', 'group', 'function'],
  document: ['title', 'date', 'reference'],
  webPage: ['url', 'title', 'seen'],
};
const SECTION = {
  interview: ['interviews', 'noInterviews'],
  document: ['documents', 'noDocuments'],
  webPage: ['webPages', 'noWebPages'],
} as const;

/** One kind's table: interviews as a schedule, documents, web pages; edit in place, delete. */
export function EvidenceTable(props: {
  kind: EvidenceKind;
  evaluationId: string;
  items: readonly EvidenceView[];
  readOnly: boolean;
  editingId: string | null;
  onEdit: (item: EvidenceView) => void;
  onDelete: (item: EvidenceView) => void;
  editor: (item: EvidenceView) => JSX.Element;
}) {
  const headingId = `evidence-${props.kind}`;
  const columns = () => HEADINGS[props.kind].length + (props.readOnly ? 3 : 4);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(SECTION[props.kind][0])} ({props.items.length})
      </h2>
      <Show when={props.items.length > 0} fallback={<p>{t(SECTION[props.kind][1])}</p>}>
        <table class="data evidence-table">
          <thead>
            <tr>
              <For each={HEADINGS[props.kind]}>{(key) => <th scope="col">{t(key)}</th>}</For>
              <th scope="col">{t('notes')}</th>
              <th scope="col">{t('questions')}</th>
              <th scope="col">{t('status')}</th>
              <Show when={!props.readOnly}>
                <th scope="col">{t('actions')}</th>
              </Show>
            </tr>
          </thead>
          <tbody>
            <For each={props.items}>
              {(item) => (
                <>
                  <tr data-evidence-id={item.id}>
                    <KindCells item={item} />
                    <td class="notes-cell">
                      <Notes notes={item.notes} />
                    </td>
                    <td>
                      <QuestionLinks evaluationId={props.evaluationId} questions={item.questions} />
                    </td>
                    <td>
                      <ItemStatus item={item} />
                    </td>
                    <Show when={!props.readOnly}>
                      <td class="row-actions">
                        <button
                          type="button"
                          aria-label={t('editLabel', itemLabel(item))}
                          aria-expanded={props.editingId === item.id}
                          onClick={() => props.onEdit(item)}
                        >
                          {t('edit')}
                        </button>
                        <button
                          type="button"
                          class="danger"
                          aria-label={t('removeLabel', itemLabel(item))}
                          onClick={() => props.onDelete(item)}
                        >
                          {t('remove')}
                        </button>
                      </td>
                    </Show>
                  </tr>
                  <Show when={props.editingId === item.id}>
                    <tr class="editor-row">
                      <td colSpan={columns()}>{props.editor(item)}</td>
                    </tr>
                  </Show>
                </>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  );
}
