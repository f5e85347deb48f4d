import { A, useNavigate, useSearchParams } from '@solidjs/router';
import { createSignal, onMount, Show } from 'solid-js';
import { ApiError } from '../lib/api';
import { errorText } from '../lib/error-text';
import { login, signInOptions } from '../lib/session';
import { ssoErrorText, t } from './login.i18n';

export default function Login() {
  const navigate = useNavigate();
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [params] = useSearchParams();
  const [error, setError] = createSignal<string | null>(
    ssoErrorText(typeof params.error === 'string' ? params.error : undefined),
  );
  const [busy, setBusy] = createSignal(false);
  let emailField: HTMLInputElement | undefined;
  // The one thing to do here is to type the e-mail: start there (also after a redirect).
  // Only when focus is nowhere yet: never taken from where the user has already moved it.
  onMount(() => {
    const active = document.activeElement;
    if (!active || active === document.body) emailField?.focus();
  });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(email(), password());
      navigate('/evaluations', { replace: true });
    } catch (caught) {
      // A lock-out (429) says how long it lasts and who can lift it (errorText).
      setError(
        caught instanceof ApiError && caught.status === 401 ? t('failed') : errorText(caught),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="login narrow">
      <h1>{t('title')}</h1>
      <form onSubmit={submit} novalidate>
        <label for="login-email">{t('email')}</label>
        <input
          id="login-email"
          ref={emailField}
          type="email"
          autocomplete="username"
          required
          value={email()}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
        <label for="login-password">{t('password')}</label>
        <input
          id="login-password"
          type="password"
          autocomplete="current-password"
          required
          value={password()}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
        <Show when={error()}>
          <p class="error" role="alert">
            {error()}
          </p>
        </Show>
        <button type="submit" class="primary" disabled={busy()}>
          {t('submit')}
        </button>
      </form>
      <div class="sign-in-alternatives">
        <Show when={signInOptions()?.oidc}>
          {(oidc) => (
            // A full page load: the server redirects to the provider.
            <a class="button-link" href="/api/auth/oidc/login" rel="external">
              {t('sso', oidc().label)}
            </a>
          )}
        </Show>
        <Show when={signInOptions()?.passwordReset}>
          <A href="/forgot-password">{t('forgot')}</A>
        </Show>
      </div>
    </section>
  );
}
