import { createSignal, Show } from 'solid-js';
import { client, unwrap } from '../lib/api';
import { t } from './blind-scoring-setting.i18n';
import { ErrorMessage } from './error-message';

/**
 * The evaluation's blind scoring switch (versioned, audited by the API, which also enforces it:
 * others' scores of a delfråga stay hidden until one's own is entered, in draft and visit).
 */
export function BlindScoringSetting(props: {
  evaluation: { id: string; version: number; blindScoring: boolean };
  onSaved: () => void;
}) {
  const [error, setError] = createSignal<unknown>(null);
  const [status, setStatus] = createSignal('');
  const change = async (on: boolean) => {
    setError(null);
    try {
      await unwrap(
        client.api.evaluations[':id']['blind-scoring'].$put({
          param: { id: props.evaluation.id },
          json: { version: props.evaluation.version, blindScoring: on },
        }),
      );
      setStatus(t('saved', on));
      props.onSaved();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <section class="blind-scoring" aria-labelledby="blind-scoring-heading">
      <h2 id="blind-scoring-heading">{t('heading')}</h2>
      <p class="checkbox-field">
        <input
          type="checkbox"
          id="blind-scoring"
          aria-describedby="blind-scoring-explain"
          checked={props.evaluation.blindScoring}
          onChange={(event) => void change(event.currentTarget.checked)}
        />{' '}
        <label for="blind-scoring">{t('label')}</label>
      </p>
      <p class="hint" id="blind-scoring-explain">
        {t('explain')}
      </p>
      <p role="status" class="muted">
        {status()}
      </p>
      <Show when={error()}>
        <ErrorMessage error={error()} />
      </Show>
    </section>
  );
}
