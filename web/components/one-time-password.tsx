import { createSignal, onMount } from 'solid-js';
import { t } from './users.i18n';

/**
 * A generated password, shown once with a clear warning: focus moves here so a screen reader
 * reads it, it can be copied, and it stays until the admin says it is saved.
 */
export function OneTimePassword(props: { email: string; password: string; onDone: () => void }) {
  const [copyStatus, setCopyStatus] = createSignal('');
  let panel: HTMLElement | undefined;
  onMount(() => panel?.focus());
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.password);
      setCopyStatus(t('copied'));
    } catch (error) {
      console.warn('clipboard write failed', error);
      setCopyStatus(t('copyFailed'));
    }
  };
  return (
    <section
      ref={panel}
      class="one-time-password notice"
      tabIndex={-1}
      aria-labelledby="one-time-password-title"
      aria-describedby="one-time-password-warning"
    >
      <h2 id="one-time-password-title">{t('passwordTitle', props.email)}</h2>
      <p>
        <code class="password" data-testid="one-time-password">
          {props.password}
        </code>
      </p>
      <p id="one-time-password-warning">
        <strong>{t('passwordWarning')}</strong>
      </p>
      <div class="actions">
        <button type="button" onClick={() => void copy()}>
          {t('copy')}
        </button>
        <button type="button" class="primary" onClick={() => props.onDone()}>
          {t('passwordDone')}
        </button>
      </div>
      <p role="status">{copyStatus()}</p>
    </section>
  );
}
