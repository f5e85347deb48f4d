import { createSignal, Show } from 'solid-js';
import { client, unwrap } from '../lib/api';
import { autosave } from '../lib/autosave-context';
import { formatDate } from '../lib/i18n';
import { ErrorMessage } from './error-message';
import { t } from './kommun-part.i18n';

interface Submission {
  status: 'open' | 'submitted' | 'returned';
  comment: string | null;
  submittedAt: string | null;
  version: number;
}

/**
 * Where the kommun's input stands; the contact submits it (after every unsent edit is saved),
 * the team sends a submitted input back with a comment.
 */
export function SubmissionPanel(props: {
  evaluationId: string;
  submission: Submission;
  isContact: boolean;
  open: boolean;
  onChange: (message: string) => void;
}) {
  const [error, setError] = createSignal<unknown>(null);
  const [comment, setComment] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      props.onChange(done);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const submit = () =>
    run(async () => {
      await autosave.flushNow();
      await unwrap(
        client.api.evaluations[':id'].questionnaire.submit.$post({
          param: { id: props.evaluationId },
          json: { version: props.submission.version },
        }),
      );
    }, t('submitted'));
  const sendBack = (event: SubmitEvent) => {
    event.preventDefault();
    void run(
      () =>
        unwrap(
          client.api.evaluations[':id'].questionnaire.return.$post({
            param: { id: props.evaluationId },
            json: { version: props.submission.version, comment: comment() },
          }),
        ),
      t('sentBack'),
    );
  };
  return (
    <section class="submission-panel" aria-label={t('statusLine', '')}>
      <p>
        <strong>{t('statusLine', t(`status_${props.submission.status}`))}</strong>
        <Show when={props.submission.submittedAt}>
          {(at) => <> · {t('submittedAt', formatDate(at().slice(0, 10)))}</>}
        </Show>
      </p>
      <Show when={props.submission.status === 'returned' && props.submission.comment}>
        {(text) => (
          <div class="returned-comment">
            <h2>{t('returnedComment')}</h2>
            <p class="full-notes">{text()}</p>
          </div>
        )}
      </Show>
      <Show when={props.isContact && !props.open && props.submission.status !== 'submitted'}>
        <p class="notice" role="note">
          {t('closed')}
        </p>
      </Show>
      <Show when={props.isContact && props.open}>
        <button type="button" disabled={busy()} onClick={() => void submit()}>
          {t('submit')}
        </button>
      </Show>
      <Show when={!props.isContact && props.submission.status === 'submitted'}>
        <form onSubmit={sendBack}>
          <label for="send-back-comment">{t('sendBackComment')}</label>
          <textarea
            id="send-back-comment"
            rows={3}
            value={comment()}
            onInput={(e) => setComment(e.currentTarget.value)}
          />
          <button type="submit" disabled={busy()}>
            {t('sendBack')}
          </button>
        </form>
      </Show>
      <Show when={error()}>
        <ErrorMessage error={error()} />
      </Show>
    </section>
  );
}
