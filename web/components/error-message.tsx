import { For, Show } from 'solid-js';
import { ApiError } from '../lib/api';
import { errorText, issueText } from '../lib/error-text';
import type { FieldLabels } from '../lib/field-labels';

/**
 * An error as the user reads it: the message and, for invalid input, each field's issue, named by
 * the form's labels (`labels` maps the API's field paths to them) with the server's reason.
 */
export function ErrorMessage(props: { error: unknown; labels?: FieldLabels }) {
  const error = () => props.error;
  const issues = () => (error() instanceof ApiError ? (error() as ApiError).issues : []);
  return (
    <div class="error" role="alert">
      <p>{errorText(error(), props.labels)}</p>
      <Show when={issues().length > 1}>
        <ul>
          <For each={issues().slice(1)}>{(issue) => <li>{issueText(issue, props.labels)}</li>}</For>
        </ul>
      </Show>
    </div>
  );
}
