import { A, useNavigate, useSearchParams } from '@solidjs/router';
import { createResource, createSignal, Show } from 'solid-js';
import { ApiError, client, unwrap } from '../lib/api';
import { errorText } from '../lib/error-text';
import { loggedIn, signInOptions } from '../lib/session';
import { t } from './password-pages.i18n';

const MIN_LENGTH = 10;

/** Where an invitation or a reset link leads: choose a password (once), then logged in. */
export default function SetPassword() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = () => (typeof params.token === 'string' ? params.token : '');
  const [link] = createResource(token, async (value) => {
    try {
      return await unwrap(client.api.auth.link.$post({ json: { token: value } }));
    } catch (error) {
      if (error instanceof ApiError && (error.status === 410 || error.status === 400)) return null;
      throw error;
    }
  });
  const [password, setPassword] = createSignal('');
  const [repeat, setRepeat] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (password().length < MIN_LENGTH) return setError(t('tooShort'));
    if (password() !== repeat()) return setError(t('mismatch'));
    setBusy(true);
    setError(null);
    try {
      const me = await unwrap(
        client.api.auth.link.password.$post({ json: { token: token(), password: password() } }),
      );
      loggedIn(me);
      navigate('/evaluations', { replace: true });
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.status === 410 ? t('invalid') : errorText(caught),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="login narrow">
      <h1>{t('setTitle')}</h1>
      <Show when={token()} fallback={<p role="alert">{t('missing')}</p>}>
        <Show when={!link.loading} fallback={<p>{t('checking')}</p>}>
          <Show
            when={link()}
            fallback={
              <p class="error" role="alert">
                {link.error ? errorText(link.error) : t('invalid')}
              </p>
            }
          >
            {(info) => (
              <>
                <p>
                  {info().purpose === 'invite'
                    ? t('inviteIntro', info().name, info().email)
                    : t('resetIntro', info().email)}
                </p>
                <form onSubmit={submit} novalidate>
                  <input type="hidden" autocomplete="username" value={info().email} />
                  <label for="set-password">{t('password')}</label>
                  <input
                    id="set-password"
                    type="password"
                    autocomplete="new-password"
                    required
                    minLength={MIN_LENGTH}
                    aria-describedby="set-password-hint"
                    value={password()}
                    onInput={(e) => setPassword(e.currentTarget.value)}
                  />
                  <p id="set-password-hint" class="hint">
                    {t('passwordHint')}
                  </p>
                  <label for="set-password-repeat">{t('repeat')}</label>
                  <input
                    id="set-password-repeat"
                    type="password"
                    autocomplete="new-password"
                    required
                    value={repeat()}
                    onInput={(e) => setRepeat(e.currentTarget.value)}
                  />
                  <Show when={error()}>
                    <p class="error" role="alert">
                      {error()}
                    </p>
                  </Show>
                  <button type="submit" class="primary" disabled={busy()}>
                    {t('save')}
                  </button>
                </form>
                <Show when={signInOptions()?.oidc}>
                  {(oidc) => (
                    <p class="sign-in-alternatives">
                      <a class="button-link" href="/api/auth/oidc/login" rel="external">
                        {t('orSso', oidc().label)}
                      </a>
                    </p>
                  )}
                </Show>
              </>
            )}
          </Show>
        </Show>
      </Show>
      <p>
        <A href="/login">{t('back')}</A>
      </p>
    </section>
  );
}
