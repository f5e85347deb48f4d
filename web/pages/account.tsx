import { createSignal, Show } from 'solid-js';
import { OwnOrganisation } from '../components/own-organisation';
import { ApiError, client, unwrap } from '../lib/api';
import { errorText } from '../lib/error-text';
import { me } from '../lib/session';
import { t } from './account.i18n';

/** The server's rule (api/auth/password.ts), checked here first so the user learns it at once. */
const MIN_LENGTH = 10;

/** The logged-in user's own page: who they are, their organisation, and changing their password. */
export default function Account() {
  const [current, setCurrent] = createSignal('');
  const [next, setNext] = createSignal('');
  const [repeat, setRepeat] = createSignal('');
  const [error, setError] = createSignal<{ field: 'current' | 'next' | 'repeat'; text: string }>();
  const [done, setDone] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  let form: HTMLFormElement | undefined;

  const fail = (field: 'current' | 'next' | 'repeat', text: string) => {
    setError({ field, text });
    form?.querySelector<HTMLInputElement>(`[name="${field}"]`)?.focus();
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setDone(false);
    setError(undefined);
    if (next().length < MIN_LENGTH) return fail('next', t('tooShort', MIN_LENGTH));
    if (next() === current()) return fail('next', t('sameAsOld'));
    if (next() !== repeat()) return fail('repeat', t('mismatch'));
    setBusy(true);
    try {
      await unwrap(
        client.api.auth.password.$post({
          json: { currentPassword: current(), newPassword: next() },
        }),
      );
      setCurrent('');
      setNext('');
      setRepeat('');
      setDone(true);
    } catch (caught) {
      const field = caught instanceof ApiError ? caught.issues[0]?.path : undefined;
      if (field === 'currentPassword') fail('current', t('wrongCurrent'));
      else if (field === 'newPassword') fail('next', t('tooShort', MIN_LENGTH));
      else fail('current', errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  const described = (field: 'current' | 'next' | 'repeat') =>
    error()?.field === field ? 'account-error' : undefined;

  return (
    <section class="narrow">
      <h1>{t('title')}</h1>
      <Show when={me()}>{(user) => <p>{t('who', user().name, user().email)}</p>}</Show>
      {/* The organisation above the password form, so it is not read as part of that form. */}
      <OwnOrganisation />
      <h2 id="password-title">{t('passwordTitle')}</h2>
      <p id="password-intro">{t('passwordIntro', MIN_LENGTH)}</p>
      <form
        ref={form}
        onSubmit={submit}
        class="stacked"
        aria-labelledby="password-title"
        aria-describedby="password-intro"
        novalidate
      >
        {/* The account's e-mail lets password managers file the new password under it. */}
        <input
          type="email"
          name="username"
          autocomplete="username"
          value={me()?.email ?? ''}
          hidden
        />
        <label>
          {t('current')}
          <input
            name="current"
            type="password"
            autocomplete="current-password"
            required
            value={current()}
            aria-invalid={error()?.field === 'current'}
            aria-describedby={described('current')}
            onInput={(e) => setCurrent(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('next')}
          <input
            name="next"
            type="password"
            autocomplete="new-password"
            required
            minLength={MIN_LENGTH}
            value={next()}
            aria-invalid={error()?.field === 'next'}
            aria-describedby={described('next')}
            onInput={(e) => setNext(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('repeat')}
          <input
            name="repeat"
            type="password"
            autocomplete="new-password"
            required
            value={repeat()}
            aria-invalid={error()?.field === 'repeat'}
            aria-describedby={described('repeat')}
            onInput={(e) => setRepeat(e.currentTarget.value)}
          />
        </label>
        <Show when={error()}>
          <p class="error" id="account-error" role="alert">
            {error()?.text}
          </p>
        </Show>
        <Show when={done()}>
          <p class="notice" role="status">
            {t('changed')}
          </p>
        </Show>
        <button type="submit" class="primary" disabled={busy()}>
          {t('submit')}
        </button>
      </form>
    </section>
  );
}
