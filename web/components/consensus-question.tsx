import { For, Show } from 'solid-js';
import type { RubricQuestion } from '../../rubrics/rubric';
import type { QuestionSpread } from '../../scoring/evaluator-spread';
import { roundToHalfPoint } from '../../scoring/round';
import type { QuestionResult } from '../../scoring/score-evaluation';
import type { Autosave } from '../lib/autosave';
import type { EvidenceItem } from '../lib/evidence-index';
import { formatNumber, formatPercent } from '../lib/i18n';
import {
  consensusScoreTarget,
  type ScoreFields,
  type StoredScore,
  saveScore,
  shownScore,
} from '../lib/score-records';
import type { ScoreMode } from '../lib/score-value';
import { t } from './consensus-question.i18n';
import { KommunAnswer } from './kommun-answer';
import { QuestionCitations } from './question-citations';
import { QuestionEvidence } from './question-evidence';
import { ScoreInput } from './score-input';

/** An evaluator's own score of the delfråga as the API lists it (null: not scored). */
export interface MemberAssessment {
  points: number | null;
  rationale: string;
}

export interface ConsensusQuestionProps {
  evaluationId: string;
  question: Pick<RubricQuestion, 'id' | 'text' | 'maxPoints'>;
  team: { id: string; name: string }[];
  /** Each member's own score and rationale, by member id (absent: none visible). */
  assessments: Map<string, MemberAssessment>;
  /** Blind scoring: the others' assessments are withheld until this user scores it. */
  hidden: boolean;
  /** The team member linked to this user, whose own assessment is never withheld. */
  ownMemberId: string | null;
  spread: QuestionSpread | undefined;
  evidence: readonly EvidenceItem[];
  stored: StoredScore | undefined;
  autosave: Autosave;
  mode: ScoreMode;
  disabled: boolean;
  result: QuestionResult | undefined;
}

/**
 * One delfråga at the consensus meeting, as a card that reflows on a narrow screen: every
 * evaluator's score and rationale side by side, the spread, the evidence tied to it, and the
 * agreed score with its rationale ("Använd medianen" fills the score in one action).
 */
export function ConsensusQuestion(props: ConsensusQuestionProps) {
  const target = () => consensusScoreTarget(props.evaluationId, props.question.id);
  const shown = () => shownScore(props.autosave, target().key, props.stored);
  const save = (next: Partial<ScoreFields>) =>
    void saveScore(props.autosave, target(), props.stored, { ...shown(), ...next });
  const inputId = () => `consensus-${props.question.id}`;
  const median = () => props.spread?.median ?? null;
  const medianStep = () => {
    const value = median();
    return value === null ? null : roundToHalfPoint(value);
  };
  const headingId = () => `consensus-q-${props.question.id}`;
  return (
    <section
      class="consensus-question"
      classList={{ flagged: props.spread?.flagged === true }}
      data-question={props.question.id}
      aria-labelledby={headingId()}
    >
      <h3 id={headingId()} class="question-heading">
        <span class="question-id">{props.question.id}</span>{' '}
        <span lang="sv">{props.question.text}</span>
        <span class="muted"> ({t('max', formatNumber(props.question.maxPoints, 2))})</span>
      </h3>
      <div class="consensus-columns">
        <div class="consensus-evaluators">
          <h4>{t('evaluators', props.question.id)}</h4>
          <ul class="assessments">
            <For each={props.team}>
              {(member) => {
                const own = () => props.assessments.get(member.id);
                return (
                  <li data-member={member.id}>
                    <strong>
                      <bdi>{member.name}</bdi>:
                    </strong>{' '}
                    <Show
                      when={own()?.points != null}
                      fallback={
                        <span class="muted">
                          {props.hidden && !own() && member.id !== props.ownMemberId
                            ? t('hidden')
                            : t('notScored')}
                        </span>
                      }
                    >
                      <span class="member-points">
                        {t('points', formatNumber(own()?.points ?? null, 2))}
                      </span>
                    </Show>
                    <Show when={own()}>
                      <p class="member-rationale full-notes">
                        {own()?.rationale.trim() ? own()?.rationale : t('noRationale')}
                      </p>
                    </Show>
                  </li>
                );
              }}
            </For>
          </ul>
          <p class="spread">
            <strong>{t('spread')}:</strong>{' '}
            <Show when={props.spread?.spread != null} fallback="–">
              {t(
                'spreadValue',
                formatNumber(props.spread?.spread ?? null, 2),
                formatPercent(props.spread?.spreadPercent ?? null),
              )}
              <Show when={median() !== null}>
                <span class="muted"> · {t('median', formatNumber(median(), 2))}</span>
              </Show>
              <Show when={props.spread?.flagged}>
                <strong class="flag">
                  <span aria-hidden="true">⚠ </span>
                  {t('flagged')}
                </strong>
              </Show>
            </Show>
          </p>
          <QuestionEvidence questionId={props.question.id} items={props.evidence} />
          <QuestionCitations
            evaluationId={props.evaluationId}
            questionId={props.question.id}
            readOnly={props.disabled}
            compact
          />
          <KommunAnswer evaluationId={props.evaluationId} questionId={props.question.id} />
        </div>
        <div class="consensus-cell">
          <h4>{t('consensus')}</h4>
          <ScoreInput
            id={inputId()}
            questionId={props.question.id}
            max={props.question.maxPoints}
            mode={props.mode}
            value={shown()}
            word={props.mode === 'points' ? t('consensusWord') : t('consensusPercentWord')}
            disabled={props.disabled}
            serverError={props.autosave.errors[target().key]}
            onChange={(value) => save(value)}
          />
          <Show when={medianStep() !== null && !props.disabled}>
            <p class="median-action">
              <button
                type="button"
                aria-label={t('useMedianLabel', props.question.id, formatNumber(medianStep(), 2))}
                aria-describedby={`${inputId()}-median-rule`}
                onClick={() => save({ points: medianStep(), percent: null })}
              >
                {t('useMedian', formatNumber(medianStep(), 2))}
              </button>
            </p>
            <p class="hint" id={`${inputId()}-median-rule`}>
              {t('medianRule', formatNumber(median(), 2), formatNumber(medianStep(), 2))}
            </p>
          </Show>
          <Show when={props.result?.shownPoints != null}>
            <p class="shown-figures">
              {t(
                'shown',
                formatNumber(props.result?.shownPoints ?? null),
                formatPercent(props.result?.shownPercent ?? null),
              )}
            </p>
          </Show>
          <label for={`${inputId()}-rationale`} class="small-label">
            {t('rationale')}
            <span class="visually-hidden"> {props.question.id}</span>
          </label>
          <textarea
            id={`${inputId()}-rationale`}
            rows={3}
            value={shown().rationale}
            disabled={props.disabled}
            data-rationale={props.question.id}
            onInput={(event) => save({ rationale: event.currentTarget.value })}
          />
        </div>
      </div>
    </section>
  );
}
