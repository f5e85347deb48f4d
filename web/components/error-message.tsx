import { For, Show } from 'solid-js';
import { ApiError } from '../lib/api';

/** An error as the user reads it: the server's message and, for invalid input, each field's issue. */
export function ErrorMessage(props: { error: unknown }) {
  const error = () => props.error;
  return (
    <div class="error" role="alert">
      <p>{error() instanceof Error ? (error() as Error).message : String(error())}</p>
      <Show when={error() instanceof ApiError && (error() as ApiError).issues.length > 1}>
        <ul>
          <For each={(error() as ApiError).issues}>
            {(issue) => (
              <li>
                <code>{issue.path}</code>: {issue.message}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
