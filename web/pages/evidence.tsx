import { A, useParams, useSearchParams } from '@solidjs/router';
import { createEffect, createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { ErrorMessage } from '../components/error-message';
import { EvidenceCapture, EvidenceEditor } from '../components/evidence-editor';
import { t as formT } from '../components/evidence-form.i18n';
import { EvidenceTable, itemLabel } from '../components/evidence-table';
import { KommunDocuments } from '../components/kommun-documents';
import { client, unwrap } from '../lib/api';
import type { SavedRecord } from '../lib/autosave';
import { autosave } from '../lib/autosave-context';
import { useEvaluation } from '../lib/evaluation-data';
import {
  byDate,
  EVIDENCE_KINDS,
  type EvidenceKind,
  type EvidenceRecord,
  type EvidenceView,
  evidenceKey,
  evidencePrefix,
  filterEvidence,
  mergeEvidence,
} from '../lib/evidence-model';
import { createSavedRecords } from '../lib/saved-records';
import { t } from './evidence.i18n';
import '../components/evidence.css';

type SavedEvidence = EvidenceRecord & SavedRecord;

function loadEvidence(id: string) {
  return unwrap(client.api.evaluations[':id'].evidence.$get({ param: { id }, query: {} }));
}

function deleteEvidence(id: string, evidenceId: string, version: number) {
  return unwrap(
    client.api.evaluations[':id'].evidence[':evidenceId'].$delete({
      param: { id, evidenceId },
      query: { version: String(version) },
    }),
  );
}

const isKind = (value: string | undefined): value is EvidenceKind =>
  (EVIDENCE_KINDS as readonly string[]).includes(value ?? '');

/**
 * The evidence log of an evaluation: quick capture of interview notes, the interview schedule,
 * documents and web pages, filtered by kind and delfråga (`?question=1.1`). Every change goes
 * through the autosave queue, so what is typed offline is kept and shown across a reload.
 */
export default function Evidence() {
  const params = useParams<{ id: string }>();
  const [search, setSearch] = useSearchParams<{ question?: string; kind?: string }>();
  const { summary, rubric } = useEvaluation(() => params.id);
  const [server, { mutate }] = createResource(() => params.id, loadEvidence);
  const [deleted, setDeleted] = createSignal<ReadonlySet<string>>(new Set());
  const [started, setStarted] = createSignal<string[]>([]);
  const [editingId, setEditingId] = createSignal<string | null>(null);
  const [capturing, setCapturing] = createSignal<string | null>(null);
  // Deleting the note being captured starts the capture form afresh.
  const [captureRound, setCaptureRound] = createSignal(1);
  const [deleteError, setDeleteError] = createSignal<unknown>(null);
  const [announcement, setAnnouncement] = createSignal('');
  const readOnly = () => summary()?.status === 'published';
  const prefix = () => evidencePrefix(params.id);
  const idOf = (key: string) => key.slice(prefix().length);
  // An errored resource throws when read: without the list (offline), the queue's items still show.
  const listed = () => (server.error ? [] : (server()?.evidence ?? []));

  const keys = createMemo(() => [
    ...listed().map((item) => evidenceKey(params.id, item.id)),
    ...Object.keys(autosave.pending).filter((key) => key.startsWith(prefix())),
    ...started().map((id) => evidenceKey(params.id, id)),
  ]);
  const saved = createSavedRecords<SavedEvidence>(autosave, keys, (key, record) => {
    // A create that was on its way when the user deleted the item: delete it on the server too.
    if (deleted().has(idOf(key))) void deleteEvidence(params.id, idOf(key), record.version);
  });
  const savedById = () =>
    Object.fromEntries(
      Object.entries(saved)
        .filter(([key]) => key.startsWith(prefix()))
        .map(([key, record]) => [idOf(key), record]),
    );
  const versionOf = (evidenceId: string) =>
    saved[evidenceKey(params.id, evidenceId)]?.version ??
    listed().find((item) => item.id === evidenceId)?.version ??
    0;

  // Stable objects per id, so a row (and an editor open in it) survives each keystroke.
  const [items, setItems] = createStore<EvidenceView[]>([]);
  createEffect(() =>
    setItems(
      reconcile(
        mergeEvidence({
          evaluationId: params.id,
          server: listed(),
          saved: savedById(),
          pending: autosave.pending,
          errors: autosave.errors,
          deleted: deleted(),
        }),
        { key: 'id' },
      ),
    ),
  );

  const areas = () => rubric()?.areas ?? [];
  const questions = () => areas().flatMap((area) => area.questions);
  const filter = () => ({
    kind: isKind(search.kind) ? search.kind : null,
    question: search.question || null,
  });
  const shown = createMemo(() => {
    const editing = editingId();
    const matching = new Set(filterEvidence(items, filter()).map((item) => item.id));
    return byDate(items.filter((item) => matching.has(item.id) || item.id === editing));
  });
  const ofKind = (kind: EvidenceKind) => shown().filter((item) => item.kind === kind);
  const questionText = (id: string) => questions().find((q) => q.id === id)?.text ?? '';

  const remove = async (item: EvidenceView) => {
    const label = itemLabel(item);
    if (!window.confirm(t('deleteConfirm', label))) return;
    setDeleteError(null);
    const key = evidenceKey(params.id, item.id);
    // Send what waits, so the delete names the newest version.
    await autosave.flushNow();
    const version = versionOf(item.id);
    if (version > 0) {
      try {
        await deleteEvidence(params.id, item.id, version);
      } catch (error) {
        setDeleteError(error);
        return;
      }
      mutate((list) => list && { evidence: list.evidence.filter((e) => e.id !== item.id) });
    }
    setDeleted(new Set([...deleted(), item.id]));
    if (capturing() === item.id) {
      setCapturing(null);
      setCaptureRound(captureRound() + 1);
    }
    if (editingId() === item.id) setEditingId(null);
    await autosave.discard(key);
    setAnnouncement(t('deleted', label));
  };

  /** Opens an item's editor in its row; the note being captured is edited in the capture form. */
  const edit = (item: EvidenceView) => {
    if (item.id === capturing()) {
      document.querySelector<HTMLElement>('.capture textarea.notes')?.focus();
      return;
    }
    setEditingId(editingId() === item.id ? null : item.id);
  };

  const editorProps = () => ({
    autosave,
    evaluationId: params.id,
    areas: areas(),
    versionOf,
  });

  return (
    <Show when={summary()}>
      {(evaluation) => (
        <article class="evidence-page">
          <p>
            <A href={`/evaluations/${params.id}`}>{t('overview')}</A>
          </p>
          <h1>
            {t('title')} – <bdi>{evaluation().municipality.name}</bdi>
          </h1>
          <Show when={readOnly()}>
            <p class="notice" role="note">
              {t('readOnly')}
            </p>
          </Show>

          <Show when={!readOnly() && rubric()}>
            <Show when={captureRound()} keyed>
              <EvidenceCapture
                {...editorProps()}
                onStarted={(id) => {
                  setStarted([...started(), id]);
                  setCapturing(id);
                }}
                onFinished={() => setCapturing(null)}
              />
            </Show>
          </Show>

          <search class="filters" aria-label={t('filters')}>
            <label>
              {t('kind')}
              <select
                value={filter().kind ?? ''}
                onChange={(e) => setSearch({ kind: e.currentTarget.value || undefined })}
              >
                <option value="">{t('allKinds')}</option>
                <For each={EVIDENCE_KINDS}>
                  {(kind) => (
                    <option value={kind} selected={filter().kind === kind}>
                      {formT(`kind_${kind}`)}
                    </option>
                  )}
                </For>
              </select>
            </label>
            <label>
              {t('question')}
              <select
                value={filter().question ?? ''}
                onChange={(e) => setSearch({ question: e.currentTarget.value || undefined })}
              >
                <option value="">{t('allQuestions')}</option>
                <For each={questions()}>
                  {(question) => (
                    // `selected` on the option: the list arrives after the select has its value.
                    <option value={question.id} selected={filter().question === question.id}>
                      {question.id} {question.text}
                    </option>
                  )}
                </For>
              </select>
            </label>
          </search>
          <Show when={filter().question}>
            {(id) => (
              <p class="filter-summary">
                {t('forQuestion', id(), questionText(id()))}{' '}
                <A href={`/evaluations/${params.id}/evidence`}>{t('showAll')}</A>
              </p>
            )}
          </Show>
          <p aria-live="polite">{t('showing', shown().length, items.length)}</p>

          <Show when={server.error}>
            <ErrorMessage error={server.error} />
          </Show>
          <Show when={deleteError()}>
            <div role="alert">
              <p class="error">{t('deleteFailed')}</p>
              <ErrorMessage error={deleteError()} />
            </div>
          </Show>
          <p class="visually-hidden" role="status">
            {announcement()}
          </p>

          <For each={EVIDENCE_KINDS.filter((kind) => !filter().kind || filter().kind === kind)}>
            {(kind) => (
              <EvidenceTable
                kind={kind}
                evaluationId={params.id}
                items={ofKind(kind)}
                readOnly={readOnly()}
                editingId={editingId()}
                onEdit={edit}
                onDelete={(item) => void remove(item)}
                editor={(item) => (
                  <EvidenceEditor
                    {...editorProps()}
                    item={item}
                    label={itemLabel(item)}
                    onClose={() => setEditingId(null)}
                  />
                )}
              />
            )}
          </For>
          <KommunDocuments evaluationId={params.id} />
        </article>
      )}
    </Show>
  );
}
