import { A } from '@solidjs/router';
import { createResource, createSignal, For, Show } from 'solid-js';
import { client, unwrap } from '../lib/api';
import { ErrorMessage } from './error-message';
import { InvitationNotice, type InvitationResult } from './invitation-notice';
import { t } from './kommun-part.i18n';
import './users.css';

/**
 * The team's view of the kommun's contacts: who they are, invite one by e-mail (an existing
 * reader of the kommun is linked; a new address gets a reader account and a one-time link),
 * remove one; and the way to the kommun's input.
 */
export function KommunContacts(props: { evaluationId: string; status: string }) {
  const [contacts, { refetch }] = createResource(
    () => props.evaluationId,
    (id) => unwrap(client.api.evaluations[':id'].contacts.$get({ param: { id } })),
  );
  const [error, setError] = createSignal<unknown>(null);
  const [status, setStatus] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [link, setLink] = createSignal<InvitationResult | null>(null);
  const open = () => props.status === 'draft' || props.status === 'visit';
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
        client.api.evaluations[':id'].contacts.$post({
          param: { id: props.evaluationId },
          json: { email, name },
        }),
      );
      if (result.invitation?.link) setLink({ email, ...result.invitation });
      setStatus(
        result.invitation?.sentTo
          ? t('sentTo', result.invitation.sentTo)
          : t('invited', result.contact.name),
      );
      form.reset();
      void refetch();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const remove = async (id: string, name: string) => {
    setError(null);
    try {
      await unwrap(
        client.api.evaluations[':id'].contacts[':contactId'].$delete({
          param: { id: props.evaluationId, contactId: id },
        }),
      );
      setStatus(t('removed', name));
      void refetch();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <section class="panel kommun-contacts" aria-labelledby="kommun-contacts-h">
      <h2 id="kommun-contacts-h">{t('contactsTitle')}</h2>
      <p>
        <A href={`/evaluations/${props.evaluationId}/kommun`}>{t('openKommunPart')}</A>
      </p>
      <p class="hint">{t('contactsIntro')}</p>
      <Show when={contacts()}>
        {(data) => (
          <Show when={data().contacts.length > 0} fallback={<p>{t('noContacts')}</p>}>
            <ul>
              <For each={data().contacts}>
                {(contact) => (
                  <li>
                    <bdi>{contact.name}</bdi> (<bdi>{contact.email}</bdi>){' '}
                    <Show when={props.status !== 'published'}>
                      <button
                        type="button"
                        aria-label={t('remove', contact.name)}
                        onClick={() => void remove(contact.id, contact.name)}
                      >
                        ✕
                      </button>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
      <Show when={link()}>
        {(shown) => <InvitationNotice invitation={shown()} onDone={() => setLink(null)} />}
      </Show>
      <Show when={open()}>
        <form class="stacked user-form" onSubmit={submit}>
          <label>
            {t('contactEmail')}
            <input name="email" type="email" required autocomplete="off" />
          </label>
          <label>
            {t('contactName')}
            <input name="name" required autocomplete="off" />
          </label>
          <div class="actions">
            <button type="submit" class="primary" disabled={busy()}>
              {t('invite')}
            </button>
          </div>
        </form>
      </Show>
      <Show when={error()}>
        <ErrorMessage error={error()} />
      </Show>
      <p role="status">{status()}</p>
    </section>
  );
}
