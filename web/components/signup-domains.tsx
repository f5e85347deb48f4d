import { createResource, createSignal, For, Show } from 'solid-js';
import { client, unwrap } from '../lib/api';
import { ErrorMessage } from './error-message';
import { KommunPicker } from './kommun-picker';
import { t } from './signup-domains.i18n';
import { ROLES, type Role } from './user-form';
import { t as userT } from './users.i18n';

/** Admins allow sign-up through SSO per e-mail domain, with the role (and kommun) it gives. */
export function SignupDomains() {
  const [rules, { refetch }] = createResource(() => unwrap(client.api['signup-domains'].$get()));
  const [role, setRole] = createSignal<Role>('reader');
  const [error, setError] = createSignal<unknown>(null);
  const [status, setStatus] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [kommunMissing, setKommunMissing] = createSignal(false);
  const [added, setAdded] = createSignal(0);
  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    try {
      setStatus(await action());
      await refetch();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const add = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    // The combobox fills the kommunkod only when its text names one of SCB's kommuner.
    if (role() === 'reader' && String(data.get('municipalityCode') ?? '') === '') {
      setKommunMissing(true);
      document.getElementById('signup-domain-kommun')?.focus();
      return;
    }
    void run(async () => {
      const created = await unwrap(
        client.api['signup-domains'].$post({
          json: {
            domain: String(data.get('domain') ?? ''),
            role: role(),
            municipalityCode:
              role() === 'reader' ? String(data.get('municipalityCode') ?? '') : null,
          },
        }),
      );
      form.reset();
      setAdded(added() + 1);
      return t('added', created.domain);
    });
  };
  const remove = (id: string, domain: string) => {
    if (!window.confirm(t('removeConfirm', domain))) return;
    void run(async () => {
      await unwrap(client.api['signup-domains'][':id'].$delete({ param: { id } }));
      return t('removed', domain);
    });
  };
  return (
    <section class="panel" aria-labelledby="signup-domains-title">
      <h2 id="signup-domains-title">{t('title')}</h2>
      <p class="hint">{t('intro')}</p>
      <p class="visually-hidden" role="status">
        {status()}
      </p>
      <Show when={error()}>
        <ErrorMessage error={error()} />
      </Show>
      <Show when={rules.latest}>
        {(list) => (
          <Show when={list().domains.length > 0} fallback={<p>{t('none')}</p>}>
            <table class="data">
              <thead>
                <tr>
                  <th scope="col">{t('domain')}</th>
                  <th scope="col">{t('role')}</th>
                  <th scope="col">{t('municipalityCode')}</th>
                  <th scope="col">{t('actions')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={list().domains}>
                  {(rule) => (
                    <tr>
                      <th scope="row">{rule.domain}</th>
                      <td>{userT(`role_${rule.role}`)}</td>
                      <td>{rule.municipalityCode ?? '–'}</td>
                      <td>
                        <button
                          type="button"
                          class="danger"
                          disabled={busy()}
                          aria-label={t('removeLabel', rule.domain)}
                          onClick={() => remove(rule.id, rule.domain)}
                        >
                          {t('remove')}
                        </button>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        )}
      </Show>
      <form class="stacked user-form" onSubmit={add}>
        <label>
          {t('domain')}
          <input name="domain" required autocomplete="off" aria-describedby="signup-domain-hint" />
        </label>
        <p id="signup-domain-hint" class="hint">
          {t('domainHint')}
        </p>
        <label>
          {t('role')}
          <select value={role()} onChange={(e) => setRole(e.currentTarget.value as Role)}>
            <For each={ROLES}>{(r) => <option value={r}>{userT(`role_${r}`)}</option>}</For>
          </select>
        </label>
        <Show when={role() === 'reader'}>
          {/* Keyed: after an added rule the picker starts empty again, as the form does. */}
          <Show when={added() + 1} keyed>
            <KommunPicker
              id="signup-domain-kommun"
              required
              codeField="municipalityCode"
              label={userT('municipality')}
              hint={userT('municipalityHint')}
              onChange={(kommun) => kommun && setKommunMissing(false)}
            />
          </Show>
          <Show when={kommunMissing()}>
            <p class="error" role="alert">
              {userT('municipalityMissing')}
            </p>
          </Show>
        </Show>
        <div class="actions">
          <button type="submit" class="primary" disabled={busy()}>
            {t('add')}
          </button>
        </div>
      </form>
    </section>
  );
}
