import { createResource, createSignal, Show } from 'solid-js';
import { ApiError, client, unwrap } from '../lib/api';
import { errorText } from '../lib/error-text';
import { t } from './own-organisation.i18n';

/**
 * Mitt konto: the organisation a person works for ("SKL", "Katrineholms kommun"), printed with
 * their name on the cover of the reports they evaluate. Saved with the profile's version.
 */
export function OwnOrganisation() {
  const [profile, { refetch }] = createResource(() => unwrap(client.api.auth.profile.$get()));
  const [status, setStatus] = createSignal<{ error: boolean; text: string }>();
  const [busy, setBusy] = createSignal(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const current = profile();
    if (!current) return;
    const value = String(
      new FormData(event.currentTarget as HTMLFormElement).get('organisation') ?? '',
    );
    setBusy(true);
    setStatus(undefined);
    try {
      await unwrap(
        client.api.auth.profile.$put({
          json: { organisation: value.trim() === '' ? null : value, version: current.version },
        }),
      );
      setStatus({ error: false, text: t('saved') });
      await refetch();
    } catch (caught) {
      setStatus({
        error: true,
        text:
          caught instanceof ApiError && caught.status === 409 ? t('conflict') : errorText(caught),
      });
      await refetch();
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <h2 id="organisation-title">{t('title')}</h2>
      <p id="organisation-intro">{t('intro')}</p>
      <Show when={profile()} keyed>
        {(current) => (
          <form
            class="stacked"
            onSubmit={submit}
            aria-labelledby="organisation-title"
            aria-describedby="organisation-intro"
          >
            <label>
              {t('label')}
              <input
                name="organisation"
                maxLength={200}
                autocomplete="organization"
                value={current.organisation ?? ''}
              />
            </label>
            <Show when={status()}>
              {(shown) => (
                <p
                  class={shown().error ? 'error' : 'notice'}
                  role={shown().error ? 'alert' : 'status'}
                >
                  {shown().text}
                </p>
              )}
            </Show>
            <button type="submit" disabled={busy()}>
              {t('save')}
            </button>
          </form>
        )}
      </Show>
    </>
  );
}
