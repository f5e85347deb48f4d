import { useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import type { RubricQuestion } from '../../rubrics/rubric';
import type { QuestionResult } from '../../scoring/score-evaluation';
import type { Autosave } from '../lib/autosave';
import type { EvidenceItem } from '../lib/evidence-index';
import { formatNumber, formatPercent } from '../lib/i18n';
import {
  type ScoreFields,
  type ScoreTarget,
  type StoredScore,
  saveScore,
  shownScore,
} from '../lib/score-records';
import type { ScoreMode } from '../lib/score-value';
import { CharCount } from './char-count';
import { KommunAnswer } from './kommun-answer';
import { QuestionCitations } from './question-citations';
import { QuestionEvidence } from './question-evidence';
import { ScoreInput } from './score-input';
import { t } from './scoring-question.i18n';

/**
 * One delfråga on the scoring page: id, verbatim text and max, its evidence, the evaluator's score
 * and rationale (autosaved together), and the engine's shown figures for it.
 */
export function ScoringQuestion(props: {
  question: RubricQuestion;
  target: ScoreTarget;
  stored: StoredScore | undefined;
  autosave: Autosave;
  mode: ScoreMode;
  disabled: boolean;
  evidence: readonly EvidenceItem[];
  result: QuestionResult | undefined;
  /** The value on screen is invalid: the figures leave it out. */
  invalid: boolean;
}) {
  const params = useParams<{ id: string }>();
  const shown = () => shownScore(props.autosave, props.target.key, props.stored);
  const save = (next: Partial<ScoreFields>) =>
    void saveScore(props.autosave, props.target, props.stored, { ...shown(), ...next });
  const id = () => `score-${props.question.id}`;
  return (
    <article
      class="question"
      data-question={props.question.id}
      tabIndex={-1}
      aria-labelledby={`${id()}-title`}
    >
      <h3 id={`${id()}-title`}>
        <span class="question-id">{props.question.id}</span>{' '}
        <span lang="sv">{props.question.text}</span>
      </h3>
      <p class="muted">{t('max', formatNumber(props.question.maxPoints, 2))}</p>
      <Show when={props.question.guidance}>
        {(guidance) => (
          <p class="muted" lang="sv" data-testid={`guidance-${props.question.id}`}>
            {guidance()}
          </p>
        )}
      </Show>
      <QuestionEvidence questionId={props.question.id} items={props.evidence} />
      <QuestionCitations
        evaluationId={params.id}
        questionId={props.question.id}
        readOnly={props.disabled}
      />
      <KommunAnswer questionId={props.question.id} />
      <div class="score-row">
        <ScoreInput
          id={id()}
          questionId={props.question.id}
          max={props.question.maxPoints}
          mode={props.mode}
          value={shown()}
          disabled={props.disabled}
          serverError={props.autosave.errors[props.target.key]}
          onChange={(value) => save(value)}
        />
        <p class="shown-figures" data-testid={`shown-${props.question.id}`}>
          <Show
            when={props.result?.shownPoints != null}
            fallback={props.invalid ? t('notCounted') : t('notScored')}
          >
            {t(
              'shown',
              formatNumber(props.result?.shownPoints),
              formatPercent(props.result?.shownPercent),
            )}
          </Show>
        </p>
      </div>
      <label for={`${id()}-rationale`}>
        {t('rationale')}
        <span class="visually-hidden"> {props.question.id}</span>
      </label>
      <textarea
        id={`${id()}-rationale`}
        rows={3}
        data-rationale={props.question.id}
        maxLength={20_000}
        value={shown().rationale}
        disabled={props.disabled}
        onInput={(event) => save({ rationale: event.currentTarget.value })}
      />
      <CharCount for={`${id()}-rationale`} max={20_000} value={shown().rationale} />
    </article>
  );
}
