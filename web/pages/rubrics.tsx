import { createResource, createSignal, For, Show } from 'solid-js';
import { ErrorMessage } from '../components/error-message';
import { RubricDiffView } from '../components/rubric-diff';
import { RubricPreview } from '../components/rubric-preview';
import { ApiError } from '../lib/api';
import { formatDate } from '../lib/i18n';
import {
  exportHref,
  loadRubricDiff,
  loadRubricVersion,
  loadRubricVersions,
  publishRubricVersion,
  type RubricVersionSummary,
  TEMPLATE_HREF,
  uploadRubric,
} from '../lib/rubric-versions';
import { me } from '../lib/session';
import { t } from './rubrics.i18n';
import './rubrics.css';

/** Admins bring a rubric version in (Excel or JSON), preview it, see its changes and publish it. */
export default function Rubrics() {
  const isAdmin = () => me()?.role === 'admin';
  const [versions, { refetch }] = createResource(
    () => (isAdmin() ? true : undefined),
    loadRubricVersions,
  );
  const [selected, setSelected] = createSignal<string | null>(null);
  const [announcement, setAnnouncement] = createSignal('');
  const [error, setError] = createSignal<unknown>(null);

  const select = (versionId: string) => {
    setSelected(versionId);
    queueMicrotask(() => document.getElementById('rubric-preview-title')?.focus());
  };

  return (
    <section>
      <h1>{t('title')}</h1>
      <Show when={isAdmin()} fallback={<p>{t('adminsOnly')}</p>}>
        <p>{t('intro')}</p>
        <p class="visually-hidden" role="status">
          {announcement()}
        </p>
        <Show when={versions.error}>
          <ErrorMessage error={versions.error} />
        </Show>
        <section aria-labelledby="rubric-versions-title">
          <h2 id="rubric-versions-title">{t('versions')}</h2>
          <Show when={versions.latest} fallback={<p>{t('loading')}</p>}>
            {(list) => <VersionTable versions={list().versions} onShow={select} />}
          </Show>
        </section>
        <ImportPanel
          onImported={async (versionId, message) => {
            setAnnouncement(message);
            await refetch();
            select(versionId);
          }}
        />
        <Show when={error()}>
          <ErrorMessage error={error()} />
        </Show>
        <Show when={selected()} keyed>
          {(versionId) => (
            <VersionDetails
              versionId={versionId}
              onPublished={async (version) => {
                setError(null);
                setAnnouncement(t('publishedNow', version));
                await refetch();
              }}
              onError={setError}
            />
          )}
        </Show>
      </Show>
    </section>
  );
}

function VersionTable(props: {
  versions: RubricVersionSummary[];
  onShow: (versionId: string) => void;
}) {
  return (
    <table class="data" data-testid="rubric-versions">
      <thead>
        <tr>
          <th scope="col">{t('name')}</th>
          <th scope="col">{t('version')}</th>
          <th scope="col">{t('status')}</th>
          <th scope="col">{t('origin')}</th>
          <th scope="col">{t('questions')}</th>
          <th scope="col">{t('published')}</th>
          <th scope="col">{t('actions')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.versions}>
          {(version) => (
            <tr>
              <th scope="row">
                {version.title} <span class="hint">({version.id})</span>
              </th>
              <td>{version.version}</td>
              <td>
                <span
                  class={`badge ${version.status === 'draft' ? 'status-draft' : 'status-published'}`}
                >
                  {t(version.status === 'draft' ? 'status_draft' : 'status_published')}
                </span>
              </td>
              <td>{t(version.origin === 'file' ? 'origin_file' : 'origin_import')}</td>
              <td>{version.areaLevelOnly ? t('areaLevelOnly') : version.questionCount}</td>
              <td>{version.publishedAt ? formatDate(version.publishedAt.slice(0, 10)) : '–'}</td>
              <td>
                <button
                  type="button"
                  aria-label={t('showLabel', version.title, version.version)}
                  onClick={() => props.onShow(version.versionId)}
                >
                  {t('show')}
                </button>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

function ImportPanel(props: { onImported: (versionId: string, message: string) => Promise<void> }) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  const [message, setMessage] = createSignal('');
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const file = new FormData(form).get('file');
    if (!(file instanceof File) || file.size === 0) return;
    setBusy(true);
    setError(null);
    setMessage('');
    try {
      const result = await uploadRubric(file);
      setMessage(result.message);
      form.reset();
      await props.onImported(result.version.versionId, result.message);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const issues = () => {
    const caught = error();
    return caught instanceof ApiError && caught.issues.length > 0 ? caught.issues : null;
  };
  return (
    <section class="panel" aria-labelledby="rubric-import-title">
      <h2 id="rubric-import-title">{t('importTitle')}</h2>
      <p class="hint">{t('importHint')}</p>
      <p>
        <a href={TEMPLATE_HREF} download="kommunkompassen-mall.xlsx" data-testid="rubric-template">
          {t('template')}
        </a>
      </p>
      <form onSubmit={submit} class="stacked">
        <label>
          {t('file')}
          <input
            name="file"
            type="file"
            required
            accept=".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          />
        </label>
        <button type="submit" class="primary" disabled={busy()}>
          {busy() ? t('importing') : t('import')}
        </button>
      </form>
      <Show when={message()}>
        <p class="notice" data-testid="rubric-import-result">
          {message()}
        </p>
      </Show>
      <Show
        when={issues()}
        fallback={
          <Show when={error()}>
            <ErrorMessage error={error()} />
          </Show>
        }
      >
        {(list) => (
          <div class="error" role="alert" data-testid="rubric-import-errors">
            <p>{t('errorsTitle', list().length)}</p>
            <ul>
              <For each={list()}>
                {(issue) => (
                  <li>
                    <strong>{issue.path}</strong>: {issue.message}
                  </li>
                )}
              </For>
            </ul>
          </div>
        )}
      </Show>
    </section>
  );
}

function VersionDetails(props: {
  versionId: string;
  onPublished: (version: string) => Promise<void>;
  onError: (error: unknown) => void;
}) {
  const [rubric, { refetch }] = createResource(() => props.versionId, loadRubricVersion);
  const [diff] = createResource(() => props.versionId, loadRubricDiff);
  const [busy, setBusy] = createSignal(false);
  const publish = async (title: string, version: string) => {
    if (!window.confirm(t('publishConfirm', title, version))) return;
    setBusy(true);
    try {
      await publishRubricVersion(props.versionId);
      await refetch();
      await props.onPublished(version);
    } catch (caught) {
      props.onError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="panel" aria-labelledby="rubric-preview-title" data-testid="rubric-preview">
      <Show when={rubric.error}>
        <ErrorMessage error={rubric.error} />
      </Show>
      <Show when={rubric.latest} fallback={<p>{t('loading')}</p>}>
        {(shown) => (
          <>
            <h2 id="rubric-preview-title" tabIndex={-1}>
              {t('previewTitle', shown().title, shown().version)}{' '}
              <span
                class={`badge ${shown().status === 'draft' ? 'status-draft' : 'status-published'}`}
              >
                {t(shown().status === 'draft' ? 'status_draft' : 'status_published')}
              </span>
            </h2>
            <p class="row-actions">
              <a href={exportHref(props.versionId, 'json')}>{t('exportJson')}</a>{' '}
              <a href={exportHref(props.versionId, 'xlsx')}>{t('exportXlsx')}</a>
            </p>
            <Show when={diff.latest}>{(changes) => <RubricDiffView diff={changes()} />}</Show>
            <Show when={shown().status === 'draft'}>
              <p>
                <button
                  type="button"
                  class="primary"
                  disabled={busy()}
                  onClick={() => void publish(shown().title, shown().version)}
                >
                  {t('publish')}
                </button>
              </p>
            </Show>
            <RubricPreview rubric={shown()} />
          </>
        )}
      </Show>
    </section>
  );
}
