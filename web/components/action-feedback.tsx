import { createSignal, Show } from 'solid-js';

/**
 * One action at a time with what it said: `run` marks it busy, shows the notice the work
 * returns in a status line, or the failure (in words from `failureText`) in an alert.
 */
export function createActionFeedback(failureText: (failure: unknown) => string) {
  const [busy, setBusy] = createSignal(false);
  const [notice, setNotice] = createSignal('');
  const [error, setError] = createSignal('');
  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setError('');
    try {
      setNotice(await work());
    } catch (failure) {
      setNotice('');
      setError(failureText(failure));
    } finally {
      setBusy(false);
    }
  };
  return { busy, notice, setNotice, error, setError, run };
}

/** The status line and the alert of `createActionFeedback`. */
export function ActionFeedback(props: { notice: string; error: string }) {
  return (
    <>
      <p role="status" class="notice-line">
        {props.notice}
      </p>
      <Show when={props.error}>
        <p role="alert" class="error">
          {props.error}
        </p>
      </Show>
    </>
  );
}
