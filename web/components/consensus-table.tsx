import { For, Show } from 'solid-js';
import type { RubricArea } from '../../rubrics/rubric';
import type { QuestionSpread } from '../../scoring/evaluator-spread';
import type { AreaResult } from '../../scoring/score-evaluation';
import type { Autosave } from '../lib/autosave';
import { formatNumber, formatPercent } from '../lib/i18n';
import {
  consensusScoreTarget,
  type ScoreFields,
  type StoredScore,
  saveScore,
  shownScore,
} from '../lib/score-records';
import type { ScoreMode } from '../lib/score-value';
import { t } from './consensus-table.i18n';
import { KommunAnswer } from './kommun-answer';
import { ScoreInput } from './score-input';

export interface TeamColumn {
  id: string;
  name: string;
}

export interface ConsensusTableProps {
  evaluationId: string;
  area: Pick<RubricArea, 'id' | 'title' | 'questions'>;
  team: TeamColumn[];
  /** The API's spread per delfråga (values keyed by team member id). */
  spread: QuestionSpread[];
  /** The saved consensus scores by delfråga id. */
  records: Record<string, StoredScore>;
  autosave: Autosave;
  mode: ScoreMode;
  disabled: boolean;
  /** The engine's live figures for the area, for each delfråga's shown points. */
  areaResult?: AreaResult | undefined;
}

/**
 * One area at the consensus meeting: each delfråga with every evaluator's own points side by side,
 * the spread (flagged in words, not only colour) and the agreed score with its rationale. Only the
 * consensus score is written; the evaluators' scores are read-only here.
 */
export function ConsensusTable(props: ConsensusTableProps) {
  const spreadOf = (questionId: string) => props.spread.find((s) => s.id === questionId);
  return (
    <table class="data consensus-table">
      <caption class="visually-hidden">
        {t('caption', `${props.area.id}. ${props.area.title}`)}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('question')}</th>
          <For each={props.team}>
            {(member) => (
              <th scope="col" class="num">
                {member.name}
              </th>
            )}
          </For>
          <th scope="col">{t('spread')}</th>
          <th scope="col">{t('consensus')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.area.questions}>
          {(question) => {
            const target = () => consensusScoreTarget(props.evaluationId, question.id);
            const stored = () => props.records[question.id];
            const shown = () => shownScore(props.autosave, target().key, stored());
            const save = (next: Partial<ScoreFields>) =>
              void saveScore(props.autosave, target(), stored(), { ...shown(), ...next });
            const spread = () => spreadOf(question.id);
            const result = () => props.areaResult?.questions.find((q) => q.id === question.id);
            const inputId = () => `consensus-${question.id}`;
            return (
              <tr classList={{ flagged: spread()?.flagged === true }} data-question={question.id}>
                <th scope="row">
                  <span class="question-id">{question.id}</span>{' '}
                  <span lang="sv">{question.text}</span>
                  <span class="muted"> ({t('max', formatNumber(question.maxPoints, 2))})</span>
                  <KommunAnswer evaluationId={props.evaluationId} questionId={question.id} />
                </th>
                <For each={props.team}>
                  {(member) => {
                    const points = () =>
                      spread()?.values.find((v) => v.evaluator === member.id)?.points ?? null;
                    return (
                      <td class="num" data-member={member.id}>
                        <Show
                          when={points() !== null}
                          fallback={
                            <>
                              <span aria-hidden="true">–</span>
                              <span class="visually-hidden">{t('notScored')}</span>
                            </>
                          }
                        >
                          {formatNumber(points(), 2)}
                        </Show>
                      </td>
                    );
                  }}
                </For>
                <td class="spread">
                  <Show when={spread()?.spread != null} fallback="–">
                    <span>
                      {t(
                        'spreadValue',
                        formatNumber(spread()?.spread, 2),
                        formatPercent(spread()?.spreadPercent),
                      )}
                    </span>
                    <Show when={spread()?.median != null}>
                      <span class="muted"> · {t('median', formatNumber(spread()?.median, 2))}</span>
                    </Show>
                    <Show when={spread()?.flagged}>
                      <strong class="flag">
                        <span aria-hidden="true">⚠ </span>
                        {t('flagged')}
                      </strong>
                    </Show>
                  </Show>
                </td>
                <td class="consensus-cell">
                  <ScoreInput
                    id={inputId()}
                    questionId={question.id}
                    max={question.maxPoints}
                    mode={props.mode}
                    value={shown()}
                    word={props.mode === 'points' ? t('consensusWord') : t('consensusPercentWord')}
                    hideLabel
                    disabled={props.disabled}
                    serverError={props.autosave.errors[target().key]}
                    onChange={(value) => save(value)}
                  />
                  <Show when={result()?.shownPoints != null}>
                    <p class="shown-figures">
                      {t(
                        'shown',
                        formatNumber(result()?.shownPoints),
                        formatPercent(result()?.shownPercent),
                      )}
                    </p>
                  </Show>
                  <label for={`${inputId()}-rationale`} class="small-label">
                    {t('rationale')}
                    <span class="visually-hidden"> {question.id}</span>
                  </label>
                  <textarea
                    id={`${inputId()}-rationale`}
                    rows={3}
                    value={shown().rationale}
                    disabled={props.disabled}
                    data-rationale={question.id}
                    onInput={(event) => save({ rationale: event.currentTarget.value })}
                  />
                </td>
              </tr>
            );
          }}
        </For>
      </tbody>
    </table>
  );
}
