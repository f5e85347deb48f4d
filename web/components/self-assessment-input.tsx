import { createSignal, For, onCleanup, Show } from 'solid-js';
import { levelPoints } from '../../scoring/self-assessment';
import type { Autosave } from '../lib/autosave';
import { formatNumber } from '../lib/i18n';
import { LEVELS, type SelfAssessmentLevel, selfAssessmentKey } from '../lib/kommun-part';
import { t } from './kommun-part.i18n';

type Choice = 'none' | 'points' | SelfAssessmentLevel;
interface Estimate {
  points: number | null;
  level: SelfAssessmentLevel | null;
}
export type Scale = Record<SelfAssessmentLevel, number>;

const estimateFrom = (source: Record<string, unknown>): Estimate => ({
  points: typeof source.points === 'number' ? source.points : null,
  level: LEVELS.includes(source.level as SelfAssessmentLevel)
    ? (source.level as SelfAssessmentLevel)
    : null,
});
const choiceOf = (estimate: Estimate): Choice =>
  estimate.level ?? (estimate.points !== null ? 'points' : 'none');

/** The kommun's estimate of one delfråga: a level of the four-step scale or points, autosaved. */
export function SelfAssessmentInput(props: {
  autosave: Autosave;
  evaluationId: string;
  questionId: string;
  max: number;
  scale: Scale;
  initial: Estimate;
  version: () => number;
  readOnly: boolean;
}) {
  const key = () => selfAssessmentKey(props.evaluationId, props.questionId);
  const pending = props.autosave.pending[key()];
  const start = pending ? estimateFrom(pending.body) : props.initial;
  const [choice, setChoice] = createSignal<Choice>(choiceOf(start));
  const [pointsText, setPointsText] = createSignal(
    start.points === null ? '' : formatNumber(start.points),
  );
  onCleanup(
    props.autosave.onSaved(key(), (record) => {
      if (props.autosave.pending[key()]) return;
      const saved = estimateFrom(record);
      setChoice(choiceOf(saved));
      if (saved.points !== null) setPointsText(formatNumber(saved.points));
    }),
  );
  const save = (estimate: Estimate, held = false) =>
    void props.autosave.edit(key(), {
      method: 'PUT',
      path: `/api/evaluations/${props.evaluationId}/self-assessment/${encodeURIComponent(props.questionId)}`,
      body: { ...estimate },
      baseVersion: props.version(),
      held,
    });
  const parsedPoints = () => {
    const value = Number(pointsText().replace(',', '.').trim());
    const valid =
      pointsText().trim() !== '' &&
      Number.isFinite(value) &&
      value >= 0 &&
      value <= props.max &&
      Number.isInteger(value * 2);
    return valid ? value : null;
  };
  const pick = (next: Choice) => {
    setChoice(next);
    if (next === 'none') save({ points: null, level: null });
    else if (next === 'points') {
      const points = parsedPoints();
      save({ points, level: null }, points === null);
    } else save({ points: null, level: next });
  };
  const id = () => `self-${props.questionId.replace(/\W/g, '-')}`;
  const levelLabel = (level: SelfAssessmentLevel) =>
    t(
      'levelWithPoints',
      t(`level_${level}`),
      formatNumber(levelPoints(level, props.max, props.scale)),
    );
  const shown = () => {
    const c = choice();
    if (c === 'none') return t('level_none');
    if (c === 'points') return `${pointsText()} p`;
    return levelLabel(c);
  };
  return (
    <div class="self-assessment-input">
      <Show
        when={!props.readOnly}
        fallback={
          <p>
            {t('selfAssessment')}: {shown()}
          </p>
        }
      >
        <label for={`${id()}-choice`}>{t('selfAssessmentFor', props.questionId)}</label>
        <select
          id={`${id()}-choice`}
          value={choice()}
          onChange={(e) => pick(e.currentTarget.value as Choice)}
        >
          <option value="none">{t('level_none')}</option>
          <For each={LEVELS}>{(level) => <option value={level}>{levelLabel(level)}</option>}</For>
          <option value="points">{t('level_points')}</option>
        </select>
        <Show when={choice() === 'points'}>
          <label for={`${id()}-points`}>{t('points', formatNumber(props.max))}</label>
          <input
            id={`${id()}-points`}
            inputMode="decimal"
            value={pointsText()}
            aria-describedby={`${id()}-hint`}
            aria-invalid={pointsText().trim() !== '' && parsedPoints() === null}
            onInput={(e) => {
              setPointsText(e.currentTarget.value);
              const points = parsedPoints();
              save({ points, level: null }, points === null);
            }}
          />
          <span id={`${id()}-hint`} class="hint">
            {t('pointsStep')}
          </span>
        </Show>
      </Show>
    </div>
  );
}
