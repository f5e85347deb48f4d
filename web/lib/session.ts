import { createResource, createRoot } from 'solid-js';
import { ApiError, client, unwrap } from './api';
import { forgetAllDrafts } from './form-drafts';

export interface Me {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'evaluator' | 'reader';
  municipalityCode: string | null;
}

/** The logged-in user (null when logged out), shared by every page. */
const session = createRoot(() => {
  const [me, { mutate, refetch }] = createResource<Me | null>(async () => {
    try {
      return await unwrap(client.api.auth.me.$get());
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        // No session (ended on the server, perhaps): no earlier user's data stays cached.
        await forgetCachedData({ shell: false });
        return null;
      }
      throw error;
    }
  });
  return { me, mutate, refetch };
});

export const me = session.me;

export async function login(email: string, password: string): Promise<Me> {
  const user = await unwrap(client.api.auth.login.$post({ json: { email, password } }));
  session.mutate(user);
  return user;
}

export async function logout(): Promise<void> {
  await unwrap(client.api.auth.logout.$post());
  session.mutate(null);
  // Forget this user's half-typed drafts too.
  forgetAllDrafts();
  await forgetCachedData({ shell: true });
}

/**
 * Forgets the user's data cached for offline use (the service worker's, see public/sw.js), and
 * at logout the app's shell too.
 */
async function forgetCachedData(options: { shell: boolean }): Promise<void> {
  navigator.serviceWorker?.controller?.postMessage('logout');
  if (typeof caches === 'undefined') return;
  await caches.delete('kompass-data-v1');
  if (options.shell) await caches.delete('kompass-app-v1');
}

export interface SignInOptions {
  oidc: { label: string } | null;
  passwordReset: boolean;
}

/** How one may sign in here (SSO button, password reset), asked once per page load. */
export const signInOptions = createRoot(() => {
  const [options] = createResource<SignInOptions>(() => unwrap(client.api.auth.options.$get()));
  return options;
});

/** A session started elsewhere (a one-time link): the page shows the user at once. */
export function loggedIn(user: Me): void {
  session.mutate(user);
}
