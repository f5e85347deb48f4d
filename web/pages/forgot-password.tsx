import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { client, unwrap } from '../lib/api';
import { errorText } from '../lib/error-text';
import { t } from './password-pages.i18n';

/** "Glömt lösenordet?": asks for a reset link; the answer is the same for any address. */
export default function ForgotPassword() {
  const [email, setEmail] = createSignal('');
  const [sent, setSent] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await unwrap(client.api.auth['password-reset'].$post({ json: { email: email() } }));
      setSent(true);
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="login narrow">
      <h1>{t('forgotTitle')}</h1>
      <p>{t('forgotIntro')}</p>
      <form onSubmit={submit}>
        <label for="forgot-email">{t('email')}</label>
        <input
          id="forgot-email"
          type="email"
          autocomplete="username"
          required
          value={email()}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
        <Show when={error()}>
          <p class="error" role="alert">
            {error()}
          </p>
        </Show>
        <button type="submit" class="primary" disabled={busy()}>
          {t('send')}
        </button>
      </form>
      <p role="status">{sent() ? t('sent') : ''}</p>
      <p>
        <A href="/login">{t('back')}</A>
      </p>
    </section>
  );
}
