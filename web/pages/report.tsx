import { useParams, useSearchParams } from '@solidjs/router';
import { createResource, createSignal, For, Show } from 'solid-js';
import { ErrorMessage } from '../components/error-message';
import { SelfAssessmentOption } from '../components/self-assessment-option';
import { ApiError, client, unwrap } from '../lib/api';
import { useEvaluation } from '../lib/evaluation-data';
import { referenceChoices } from '../lib/reference-choices';
import { t } from './report.i18n';

const MAX_OTHERS = 4;

/**
 * The evaluation's report as the kommun receives it: a preview of the HTML the API renders,
 * the references its radar compares with, the language, and PDF, Word and HTML downloads of the
 * same report. The page computes nothing: every figure is the API's.
 */
export default function Report() {
  const params = useParams<{ id: string }>();
  const [search, setSearch] = useSearchParams<{ with?: string; lang?: string; self?: string }>();
  const { summary } = useEvaluation(() => params.id);
  const [references] = createResource(() => unwrap(client.api.references.$get({ query: {} })));
  const chosen = () => (search.with ? search.with.split(',').filter(Boolean) : []);
  const language = () => (search.lang === 'en' ? 'en' : 'sv');
  const name = () =>
    summary()?.municipality.officialName ?? `${summary()?.municipality.name ?? ''} kommun`;
  // The report's radar has the evaluation's own axes: same rubric version only.
  const candidates = () =>
    referenceChoices(references()?.references ?? [], summary(), { sameRubric: true });
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...chosen(), id] : chosen().filter((other) => other !== id);
    setSearch({ with: next.length > 0 ? next.join(',') : undefined });
  };
  const [busy, setBusy] = createSignal<string | null>(null);
  const [problem, setProblem] = createSignal<unknown>(null);
  /**
   * Downloads through fetch, so a refusal (no Chromium for the PDF, a reference that is gone)
   * is shown here in the UI's language instead of being saved as a file.
   */
  const fetchDownload = async (event: MouseEvent, format: 'pdf' | 'docx' | 'html') => {
    event.preventDefault();
    setProblem(null);
    setBusy(format);
    try {
      const response = await fetch(url(format, true));
      if (!response.ok) {
        const body = await response.json().catch(() => ({}));
        const error = body?.error ?? {};
        throw new ApiError(
          response.status,
          error.code ?? 'other',
          error.message ?? '',
          error.issues,
        );
      }
      const disposition = response.headers.get('content-disposition') ?? '';
      const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `rapport.${format}`;
      const blob = await response.blob();
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = filename;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(null);
    }
  };
  const url = (format: 'html' | 'pdf' | 'docx', download = false) => {
    const query = new URLSearchParams({ format, lang: language() });
    if (chosen().length > 0) query.set('with', chosen().join(','));
    if (download) query.set('download', 'true');
    if (search.self === '1') query.set('selfAssessment', 'true');
    return `/api/evaluations/${encodeURIComponent(params.id)}/report?${query}`;
  };

  return (
    <section class="report-page">
      <p class="breadcrumb">
        <a href={`/evaluations/${params.id}`}>{t('back')}</a>
      </p>
      <h1>{t('title', name())}</h1>
      <Show when={summary() && summary()?.status !== 'published'}>
        <p class="notice" role="note" data-testid="draft-notice">
          {t('draft')}
        </p>
      </Show>
      <div class="panel">
        <fieldset>
          <legend>{t('compareWith')}</legend>
          <Show when={candidates().length > 0} fallback={<p class="muted">{t('noReferences')}</p>}>
            <ul class="checklist">
              <For each={candidates()}>
                {(reference) => (
                  <li>
                    <label class="inline">
                      <input
                        type="checkbox"
                        checked={chosen().includes(reference.id)}
                        disabled={!chosen().includes(reference.id) && chosen().length >= MAX_OTHERS}
                        onChange={(e) => toggle(reference.id, e.currentTarget.checked)}
                      />
                      <bdi>{reference.municipality.name}</bdi> {reference.year}
                    </label>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </fieldset>
        <SelfAssessmentOption
          checked={search.self === '1'}
          onChange={(checked) => setSearch({ self: checked ? '1' : undefined })}
        />
        <fieldset>
          <legend>{t('language')}</legend>
          <label class="inline">
            <input
              type="radio"
              name="report-language"
              checked={language() === 'sv'}
              onChange={() => setSearch({ lang: undefined })}
            />
            {t('swedish')}
          </label>
          <label class="inline">
            <input
              type="radio"
              name="report-language"
              checked={language() === 'en'}
              onChange={() => setSearch({ lang: 'en' })}
            />
            {t('english')}
          </label>
        </fieldset>
        <nav aria-label={t('download')} class="downloads">
          <span>{t('download')}:</span>
          <a
            href={url('pdf', true)}
            download=""
            data-testid="download-pdf"
            aria-busy={busy() === 'pdf'}
            onClick={(e) => fetchDownload(e, 'pdf')}
          >
            {t('pdf')}
          </a>
          <a
            href={url('docx', true)}
            download=""
            data-testid="download-docx"
            aria-busy={busy() === 'docx'}
            onClick={(e) => fetchDownload(e, 'docx')}
          >
            {t('docx')}
          </a>
          <a
            href={url('html', true)}
            download=""
            data-testid="download-html"
            aria-busy={busy() === 'html'}
            onClick={(e) => fetchDownload(e, 'html')}
          >
            {t('html')}
          </a>
          <a href={url('html')} target="_blank" rel="noopener">
            {t('print')}
          </a>
        </nav>
      </div>
      <Show when={busy()}>
        <p role="status">{t('preparing')}</p>
      </Show>
      <Show when={problem()}>{(error) => <ErrorMessage error={error()} />}</Show>
      <h2>{t('preview')}</h2>
      <iframe class="report-frame" title={t('frameTitle', name())} src={url('html')} />
    </section>
  );
}
