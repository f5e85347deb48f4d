import { For, Show } from 'solid-js';
import { ApiError } from '../lib/api';
import { errorText } from '../lib/error-text';
import { locale } from '../lib/i18n';

/** An error as the user reads it: the server's message and, for invalid input, each field's issue. */
export function ErrorMessage(props: { error: unknown }) {
  const error = () => props.error;
  return (
    <div class="error" role="alert">
      <p>{errorText(error())}</p>
      <Show when={error() instanceof ApiError && (error() as ApiError).issues.length > 1}>
        <ul>
          <For each={(error() as ApiError).issues}>
            {(issue) => (
              <li>
                <code>{issue.path}</code>
                {/* The server's wording is English: shown only in the English UI. */}
                <Show when={locale() === 'en'}>: {issue.message}</Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
