import { A, useParams } from '@solidjs/router';
import { createEffect, createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { AnswerDocuments } from '../components/answer-documents';
import { ErrorMessage } from '../components/error-message';
import { InterviewSchedule } from '../components/interview-schedule';
import { KommunLibrary } from '../components/kommun-library';
import { t } from '../components/kommun-part.i18n';
import { QuestionnaireAnswer } from '../components/questionnaire-answer';
import { SelfAssessmentInput } from '../components/self-assessment-input';
import { SubmissionPanel } from '../components/submission-panel';
import { autosave } from '../lib/autosave-context';
import { loadRubric } from '../lib/evaluation-data';
import { formatNumber } from '../lib/i18n';
import {
  answerKey,
  type KommunDocument,
  LEVELS,
  loadQuestionnaire,
  loadSelfAssessment,
  selfAssessmentKey,
} from '../lib/kommun-part';
import { createSavedRecords } from '../lib/saved-records';
import { me } from '../lib/session';
import '../components/kommun-part.css';

/**
 * The kommun's part before the visit: the written questions with the kommun's answers and its
 * self-assessment, by area, with progress and the submission. Contacts write; the team reads
 * and may send it back. Built from the kommun-part routes only: a contact reads nothing else.
 */
export default function KommunPartPage() {
  const params = useParams<{ id: string }>();
  const [questionnaire, { refetch }] = createResource(() => params.id, loadQuestionnaire);
  const [self] = createResource(() => params.id, loadSelfAssessment);
  const [rubric] = createResource(
    () => questionnaire()?.evaluation.rubricVersionId,
    (versionId) => loadRubric(versionId),
  );
  const isContact = () => me()?.role === 'reader';
  const editable = () => isContact() && questionnaire()?.open === true;

  const keys = createMemo(() => [
    ...(questionnaire()?.questions ?? []).map((q) => answerKey(params.id, q.id)),
    ...(self()?.entries ?? []).map((e) => selfAssessmentKey(params.id, e.questionId)),
  ]);
  const saved = createSavedRecords(autosave, keys);
  const answerVersion = (questionId: string) =>
    saved[answerKey(params.id, questionId)]?.version ??
    questionnaire()?.answers.find((a) => a.questionId === questionId)?.version ??
    0;
  const selfVersion = (questionId: string) =>
    saved[selfAssessmentKey(params.id, questionId)]?.version ??
    self()?.entries.find((e) => e.questionId === questionId)?.version ??
    0;
  const maxOf = (questionId: string) =>
    rubric()
      ?.areas.flatMap((area) => area.questions)
      .find((q) => q.id === questionId)?.maxPoints ?? 0;
  const scaleText = () => {
    const scale = self()?.scale;
    if (!scale) return '';
    return LEVELS.map((level) => `${t(`level_${level}`)} ${formatNumber(scale[level])} %`).join(
      ', ',
    );
  };
  const [message, setMessage] = createSignal('');
  // The kommun's documents, kept here so attaching one re-renders no answer being typed.
  const [documents, setDocuments] = createSignal<KommunDocument[]>([]);
  createEffect(() => setDocuments(questionnaire()?.documents ?? []));

  return (
    <article class="kommun-part-page">
      <p class="breadcrumb">
        <Show when={!isContact()} fallback={<A href="/evaluations">{t('contactEvaluations')}</A>}>
          <A href={`/evaluations/${params.id}`}>{t('overview')}</A>
        </Show>
      </p>
      <Show when={questionnaire.error}>
        <ErrorMessage error={questionnaire.error} />
      </Show>
      <Show when={questionnaire()}>
        {(data) => (
          <>
            <h1>
              {t('title')} – <bdi>{data().evaluation.municipalityName}</bdi>
            </h1>
            <p class="hint">{isContact() ? t('intro') : t('teamIntro')}</p>
            <SubmissionPanel
              evaluationId={params.id}
              submission={data().submission}
              isContact={isContact()}
              open={data().open}
              onChange={(text) => {
                setMessage(text);
                void refetch();
              }}
            />
            <p role="status" class="notice-line">
              {message()}
            </p>

            <table class="data kommun-progress">
              <caption>{t('progress')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('area')}</th>
                  <th scope="col">{t('answered')}</th>
                  <th scope="col">{t('selfAssessment')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={data().progress}>
                  {(row) => {
                    const area = () => rubric()?.areas.find((a) => a.id === row.areaId);
                    const figure = () => self()?.areas?.find((a) => a.id === row.areaId);
                    return (
                      <tr>
                        <th scope="row">
                          <a href={`#kommun-area-${row.areaId ?? 'other'}`}>
                            {row.areaId
                              ? `${row.areaId}. ${area()?.title ?? ''}`
                              : t('otherQuestions')}
                          </a>
                        </th>
                        <td>{t('areaProgress', row.answered, row.total)}</td>
                        <td>
                          {figure()?.shownPoints === null || figure() === undefined
                            ? '–'
                            : `${formatNumber(figure()?.shownPoints)} / ${formatNumber(figure()?.max)}`}
                        </td>
                      </tr>
                    );
                  }}
                </For>
              </tbody>
            </table>
            <Show when={self()?.areas}>
              <p class="hint">{t('scaleIntro', scaleText())}</p>
            </Show>

            <For each={data().progress}>
              {(row) => (
                <section
                  id={`kommun-area-${row.areaId ?? 'other'}`}
                  aria-labelledby={`kommun-area-${row.areaId ?? 'other'}-h`}
                >
                  <h2 id={`kommun-area-${row.areaId ?? 'other'}-h`}>
                    {row.areaId
                      ? `${row.areaId}. ${rubric()?.areas.find((a) => a.id === row.areaId)?.title ?? ''}`
                      : t('otherQuestions')}
                  </h2>
                  <For each={data().questions.filter((q) => q.areaId === row.areaId)}>
                    {(question) => {
                      const stored = data().answers.find((a) => a.questionId === question.id);
                      return (
                        <section class="kommun-question" aria-labelledby={`q-${question.id}-h`}>
                          <h3 id={`q-${question.id}-h`}>
                            <span class="question-id">{question.id}</span> {question.text}
                          </h3>
                          <QuestionnaireAnswer
                            autosave={autosave}
                            evaluationId={params.id}
                            questionId={question.id}
                            initial={{
                              text: stored?.text ?? '',
                              notApplicable: stored?.notApplicable ?? false,
                              notApplicableReason: stored?.notApplicableReason ?? '',
                            }}
                            version={() => answerVersion(question.id)}
                            readOnly={!editable()}
                          />
                          <AnswerDocuments
                            evaluationId={params.id}
                            questionId={question.id}
                            documents={documents()}
                            editable={editable()}
                            isContact={isContact()}
                            onChange={setDocuments}
                          />
                          <Show when={self() && rubric()}>
                            <For each={question.questionIds}>
                              {(questionId) => {
                                const entry = self()?.entries.find(
                                  (e) => e.questionId === questionId,
                                );
                                return (
                                  <SelfAssessmentInput
                                    autosave={autosave}
                                    evaluationId={params.id}
                                    questionId={questionId}
                                    max={maxOf(questionId)}
                                    scale={
                                      self()?.scale ?? {
                                        notAtAll: 0,
                                        partly: 33,
                                        largely: 67,
                                        fully: 100,
                                      }
                                    }
                                    initial={{
                                      points: entry?.points ?? null,
                                      level: entry?.level ?? null,
                                    }}
                                    version={() => selfVersion(questionId)}
                                    readOnly={!editable()}
                                  />
                                );
                              }}
                            </For>
                          </Show>
                        </section>
                      );
                    }}
                  </For>
                </section>
              )}
            </For>
            <Show when={editable()}>
              <KommunLibrary
                documents={documents()}
                onChange={setDocuments}
                onStale={() => void refetch()}
              />
            </Show>
            <InterviewSchedule
              evaluationId={params.id}
              isTeam={!isContact()}
              open={data().evaluation.status === 'draft' || data().evaluation.status === 'visit'}
            />
          </>
        )}
      </Show>
    </article>
  );
}
