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
      if (error instanceof ApiError && error.status === 401) return null;
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
  // Forget this user's half-typed drafts and data cached for offline use.
  forgetAllDrafts();
  navigator.serviceWorker?.controller?.postMessage('logout');
  if (typeof caches !== 'undefined') await caches.delete('kompass-app-v1');
}
