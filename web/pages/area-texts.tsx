import { A, useParams } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { scoreEvaluation } from '../../scoring/score-evaluation';
import {
  AreaTextEditor,
  type AreaTexts,
  areaTextKey,
  textsFrom,
} from '../components/area-text-editor';
import { ErrorMessage } from '../components/error-message';
import { client, unwrap } from '../lib/api';
import { areaSuggestions, referenceComparable } from '../lib/area-suggestions';
import type { SavedRecord } from '../lib/autosave';
import { autosave } from '../lib/autosave-context';
import { useEvaluation } from '../lib/evaluation-data';
import { formatNumber, formatPercent } from '../lib/i18n';
import { createSavedRecords } from '../lib/saved-records';
import { me } from '../lib/session';
import { t } from './area-texts.i18n';
import '../components/area-texts.css';

const loadTexts = (id: string) =>
  unwrap(client.api.evaluations[':id'].areas.$get({ param: { id } }));
const loadScores = (id: string) =>
  unwrap(client.api.evaluations[':id'].scores.$get({ param: { id }, query: {} }));
const loadEvidence = (id: string) =>
  unwrap(client.api.evaluations[':id'].evidence.$get({ param: { id }, query: {} }));
const loadReferences = (rubric: string) =>
  unwrap(client.api.references.$get({ query: { rubric } }));

/**
 * Per area of an evaluation: Sammanfattning, Styrkor and Förbättringsmöjligheter, autosaved,
 * with suggestions from the consensus scores and the evidence notes (used only on a click).
 */
export default function AreaTextsPage() {
  const params = useParams<{ id: string }>();
  const { summary, rubric } = useEvaluation(() => params.id);
  const onTeam = () =>
    me()?.role === 'admin' || summary()?.team.some((member) => member.userId === me()?.id);
  const editable = () => summary()?.status !== 'published' && onTeam() === true;
  const [texts] = createResource(() => (summary() ? params.id : undefined), loadTexts);
  const [scores] = createResource(() => (editable() ? params.id : undefined), loadScores);
  const [evidence] = createResource(() => (editable() ? params.id : undefined), loadEvidence);
  const [references] = createResource(
    () => (editable() ? summary()?.rubric.id : undefined),
    loadReferences,
  );
  const [referenceId, setReferenceId] = createSignal('');

  const keys = createMemo(() =>
    (rubric()?.areas ?? []).map((area) => areaTextKey(params.id, area.id)),
  );
  const saved = createSavedRecords<SavedRecord>(autosave, keys);
  const versionOf = (areaId: string) =>
    saved[areaTextKey(params.id, areaId)]?.version ??
    texts()?.areas.find((area) => area.areaId === areaId)?.version ??
    0;
  /** What an area's editor starts with: unsent edits (kept across a reload) over the server's. */
  const initialTexts = (areaId: string): AreaTexts => {
    const pending = autosave.pending[areaTextKey(params.id, areaId)];
    if (pending) return textsFrom(pending.body);
    const stored = texts()?.areas.find((area) => area.areaId === areaId);
    return stored ? textsFrom(stored) : { summary: '', strengths: [], improvements: [] };
  };

  const result = createMemo(() => {
    const r = rubric();
    const s = scores.error ? undefined : scores();
    if (!r || !s) return undefined;
    return scoreEvaluation(
      r,
      Object.fromEntries(
        s.consensusScores.map((c) => [
          c.questionId,
          c.points !== null
            ? { points: c.points }
            : c.percent !== null
              ? { percent: c.percent }
              : null,
        ]),
      ),
    );
  });
  const reference = createMemo(() => {
    const chosen = references()?.references.find((r) => r.id === referenceId());
    return chosen?.areas ? referenceComparable({ ...chosen, areas: chosen.areas }) : undefined;
  });
  const suggestions = createMemo(() => {
    const r = rubric();
    const res = result();
    if (!r || !res) return undefined;
    const s = scores.error ? undefined : scores();
    const names = new Map((summary()?.team ?? []).map((m) => [m.id, m.name]));
    const rationales = [
      ...(s?.consensusScores ?? []).map((c) => ({
        questionId: c.questionId,
        evaluator: null,
        text: c.rationale,
      })),
      ...(s?.evaluatorScores ?? []).map((e) => ({
        questionId: e.questionId,
        evaluator: names.get(e.memberId ?? '') ?? '',
        text: e.rationale,
      })),
    ];
    return areaSuggestions(
      r,
      res,
      rationales,
      evidence.error ? [] : (evidence()?.evidence ?? []),
      reference(),
    );
  });

  return (
    <Show when={summary()}>
      {(evaluation) => (
        <article class="area-texts-page">
          <p>
            <A href={`/evaluations/${params.id}`}>{t('overview')}</A>
          </p>
          <h1>
            {t('title')} – <bdi>{evaluation().municipality.name}</bdi>
          </h1>
          <Show
            when={evaluation().status === 'published'}
            fallback={<p class="hint">{t('intro')}</p>}
          >
            <p class="notice" role="note">
              {t('readOnly')}
            </p>
          </Show>
          <For each={[texts.error, scores.error, evidence.error].filter(Boolean)}>
            {(error) => <ErrorMessage error={error} />}
          </For>

          <nav aria-label={t('areas')} class="text-area-nav">
            <ol>
              <For each={rubric()?.areas ?? []}>
                {(area) => (
                  <li>
                    <a href={`#area-${area.id}`}>
                      {area.id}. {area.shortTitle}
                    </a>
                  </li>
                )}
              </For>
            </ol>
          </nav>

          <Show when={editable() && (references()?.references.length ?? 0) > 0}>
            <label class="inline-field">
              {t('reference')}
              <select value={referenceId()} onChange={(e) => setReferenceId(e.currentTarget.value)}>
                <option value="">{t('noReference')}</option>
                {/* A totals-only result has no area figures to suggest texts from. */}
                <For each={(references()?.references ?? []).filter((r) => !r.totalsOnly)}>
                  {(r) => (
                    <option value={r.id}>
                      {r.municipality.name} {r.year}
                    </option>
                  )}
                </For>
              </select>
            </label>
          </Show>

          <Show when={texts() && rubric()}>
            <For each={rubric()?.areas ?? []}>
              {(area) => {
                const areaResult = () => result()?.areas.find((a) => a.id === area.id);
                return (
                  <section
                    id={`area-${area.id}`}
                    class="panel area"
                    aria-labelledby={`area-${area.id}-title`}
                  >
                    <h2 id={`area-${area.id}-title`}>
                      {area.id}. {area.title}
                    </h2>
                    <Show when={editable()}>
                      <p class="muted">
                        {areaResult()?.points != null
                          ? t(
                              'points',
                              formatNumber(areaResult()?.shownPoints ?? null),
                              area.maxPoints,
                              formatPercent(areaResult()?.shownPercent ?? null),
                            )
                          : t('notScored')}
                      </p>
                    </Show>
                    <AreaTextEditor
                      autosave={autosave}
                      evaluationId={params.id}
                      areaId={area.id}
                      initial={initialTexts(area.id)}
                      version={() => versionOf(area.id)}
                      readOnly={!editable()}
                      suggestions={suggestions()?.get(area.id)}
                      referenceLabel={reference()?.label ?? null}
                    />
                  </section>
                );
              }}
            </For>
          </Show>
        </article>
      )}
    </Show>
  );
}
