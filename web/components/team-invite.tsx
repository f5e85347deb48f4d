import { createSignal, Show } from 'solid-js';
import { client, unwrap } from '../lib/api';
import { ErrorMessage } from './error-message';
import { InvitationNotice, type InvitationResult } from './invitation-notice';
import { t } from './team-invite.i18n';
import './users.css';

/**
 * Puts someone on an evaluation's team by e-mail: an existing evaluator is linked at once, a new
 * address gets an account and an invitation (by e-mail, or a link to pass on without SMTP).
 */
export function TeamInvite(props: { evaluationId: string; onInvited: () => void }) {
  const [error, setError] = createSignal<unknown>(null);
  const [status, setStatus] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [link, setLink] = createSignal<InvitationResult | null>(null);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    const name = String(data.get('name') ?? '').trim();
    setBusy(true);
    setError(null);
    try {
      const result = await unwrap(
        client.api.evaluations[':id'].team.invitations.$post({
          param: { id: props.evaluationId },
          json: { email, name },
        }),
      );
      if (result.invitation?.link) setLink({ email, ...result.invitation });
      setStatus(result.invitation?.sentTo ? t('invited', name, email) : t('added', name));
      form.reset();
      props.onInvited();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details class="panel">
      <summary>
        <h2>{t('title')}</h2>
      </summary>
      <p class="hint">{t('intro')}</p>
      <Show when={link()}>
        {(shown) => <InvitationNotice invitation={shown()} onDone={() => setLink(null)} />}
      </Show>
      <form class="stacked user-form" onSubmit={submit}>
        <label>
          {t('email')}
          <input name="email" type="email" required autocomplete="off" />
        </label>
        <label>
          {t('name')}
          <input name="name" required autocomplete="off" />
        </label>
        <Show when={error()}>
          <ErrorMessage error={error()} />
        </Show>
        <div class="actions">
          <button type="submit" class="primary" disabled={busy()}>
            {t('send')}
          </button>
        </div>
      </form>
      <p role="status">{status()}</p>
    </details>
  );
}
