import { createSignal, onMount, Show } from 'solid-js';
import { formatDateTime } from '../lib/i18n';
import { t } from './users.i18n';
import './users.css';

export interface InvitationResult {
  email: string;
  sentTo?: string | undefined;
  link?: string | undefined;
  expiresAt: string;
}

/**
 * How an invitation went out: "sent to …", or (no SMTP on the server) the one-time link for the
 * admin to pass on, shown like a generated password: focused, copyable, kept until dismissed.
 */
export function InvitationNotice(props: { invitation: InvitationResult; onDone: () => void }) {
  const [copyStatus, setCopyStatus] = createSignal('');
  let panel: HTMLElement | undefined;
  onMount(() => panel?.focus());
  const until = () => formatDateTime(props.invitation.expiresAt);
  const copy = async (link: string) => {
    try {
      await navigator.clipboard.writeText(link);
      setCopyStatus(t('copied'));
    } catch (error) {
      console.warn('clipboard write failed', error);
      setCopyStatus(t('copyFailed'));
    }
  };
  return (
    <Show
      when={props.invitation.link}
      fallback={
        <p class="notice" role="status">
          {t('inviteSent', props.invitation.sentTo ?? props.invitation.email, until())}
        </p>
      }
    >
      {(link) => (
        <section
          ref={panel}
          class="one-time-password invitation-link notice"
          tabIndex={-1}
          aria-labelledby="invitation-link-title"
          aria-describedby="invitation-link-warning"
        >
          <h2 id="invitation-link-title">{t('linkTitle', props.invitation.email)}</h2>
          <p>
            <code data-testid="invitation-link">{link()}</code>
          </p>
          <p id="invitation-link-warning">
            <strong>{t('linkWarning', until())}</strong>
          </p>
          <div class="actions">
            <button type="button" onClick={() => void copy(link())}>
              {t('copyLink')}
            </button>
            <button type="button" class="primary" onClick={() => props.onDone()}>
              {t('linkDone')}
            </button>
          </div>
          <p role="status">{copyStatus()}</p>
        </section>
      )}
    </Show>
  );
}
