import { createResource, createSignal, For, Show } from 'solid-js';
import { ErrorMessage } from '../components/error-message';
import { InvitationNotice, type InvitationResult } from '../components/invitation-notice';
import { OneTimePassword } from '../components/one-time-password';
import { SignupDomains } from '../components/signup-domains';
import { type UserFields, UserForm } from '../components/user-form';
import { t as formT } from '../components/users.i18n';
import { client, unwrap } from '../lib/api';
import { formatDateTime } from '../lib/i18n';
import { me, signInOptions } from '../lib/session';
import { t } from './users.i18n';
import '../components/users.css';

type User = Awaited<ReturnType<typeof loadUsers>>['users'][number];

/** A user as labels name them: the e-mail tells two people of the same name apart. */
function who(user: User): string {
  return `${user.name} (${user.email})`;
}

function loadUsers() {
  return unwrap(client.api.users.$get());
}

/** Admins manage accounts here: list, create (password shown once), role, disable, reset. */
export default function Users() {
  const isAdmin = () => me()?.role === 'admin';
  // Read as `users.latest`: a refetch then keeps the table (and focus) instead of suspending.
  const [users, { refetch }] = createResource(() => (isAdmin() ? true : undefined), loadUsers);
  const [error, setError] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);
  const [editingId, setEditingId] = createSignal<string | null>(null);
  const [password, setPassword] = createSignal<{ email: string; password: string } | null>(null);
  const [invitation, setInvitation] = createSignal<InvitationResult | null>(null);
  const [announcement, setAnnouncement] = createSignal('');
  const [formKey, setFormKey] = createSignal(0);

  /** Runs one call, shows its error, reloads the list after it. */
  const run = async (action: () => Promise<void>) => {
    setError(null);
    setBusy(true);
    try {
      await action();
      await refetch();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const create = (fields: UserFields) =>
    run(async () => {
      const created = await unwrap(
        client.api.users.$post({
          json: {
            email: fields.email,
            name: fields.name,
            role: fields.role,
            municipalityCode: fields.municipalityCode,
            organisation: fields.organisation ?? null,
            ...(fields.invite ? { invite: true } : {}),
          },
        }),
      );
      if (created.password) setPassword({ email: created.user.email, password: created.password });
      if (created.invitation) setInvitation({ email: created.user.email, ...created.invitation });
      setAnnouncement(t('created', created.user.email));
      setFormKey(formKey() + 1); // an empty form for the next user
    });

  const update = (user: User, change: Partial<UserFields> & { disabled?: boolean }) =>
    run(async () => {
      const updated = await unwrap(
        client.api.users[':id'].$put({
          param: { id: user.id },
          json: { version: user.version, ...change },
        }),
      );
      setEditingId(null);
      setAnnouncement(t('updated', updated.name));
    });

  const toggleDisabled = (user: User) => {
    if (!user.disabled && !window.confirm(t('disableConfirm', who(user)))) return;
    void update(user, { disabled: !user.disabled });
  };

  const resetPassword = (user: User) => {
    if (!window.confirm(t('resetConfirm', who(user)))) return;
    void run(async () => {
      const reset = await unwrap(
        client.api.users[':id'].password.$post({ param: { id: user.id }, json: {} }),
      );
      if (reset.password) setPassword({ email: user.email, password: reset.password });
    });
  };

  const unlock = (user: User) => {
    void run(async () => {
      await unwrap(client.api.users[':id'].unlock.$post({ param: { id: user.id } }));
      setAnnouncement(t('unlocked', who(user)));
    });
  };

  const unlink = (user: User) => {
    if (!window.confirm(t('unlinkConfirm', who(user)))) return;
    void run(async () => {
      await unwrap(client.api.users[':id'].identity.$delete({ param: { id: user.id } }));
      setAnnouncement(t('unlinked', user.name));
    });
  };

  return (
    <section>
      <h1>{t('title')}</h1>
      <Show when={isAdmin()} fallback={<p>{t('adminsOnly')}</p>}>
        <p class="visually-hidden" role="status">
          {announcement()}
        </p>
        <Show when={password()}>
          {(shown) => (
            <OneTimePassword
              email={shown().email}
              password={shown().password}
              onDone={() => setPassword(null)}
            />
          )}
        </Show>
        <Show when={invitation()}>
          {(shown) => <InvitationNotice invitation={shown()} onDone={() => setInvitation(null)} />}
        </Show>
        <Show when={error()}>
          <ErrorMessage error={error()} />
        </Show>
        <Show when={users.error}>
          <ErrorMessage error={users.error} />
        </Show>
        <Show when={!users.error && users.latest}>
          {(list) => (
            <Show when={list().users.length > 0} fallback={<p>{t('none')}</p>}>
              <table class="data">
                <thead>
                  <tr>
                    <th scope="col">{t('name')}</th>
                    <th scope="col">{t('email')}</th>
                    <th scope="col">{t('role')}</th>
                    <th scope="col">{t('municipalityCode')}</th>
                    <th scope="col">{t('status')}</th>
                    <th scope="col">{t('provider')}</th>
                    <th scope="col">{t('actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={list().users}>
                    {(user) => (
                      <UserRow
                        user={user}
                        self={user.id === me()?.id}
                        editing={editingId() === user.id}
                        busy={busy()}
                        onEdit={() => setEditingId(editingId() === user.id ? null : user.id)}
                        onSave={(fields) =>
                          void update(user, {
                            name: fields.name,
                            role: fields.role,
                            municipalityCode: fields.municipalityCode,
                            organisation: fields.organisation ?? null,
                          })
                        }
                        onToggleDisabled={() => toggleDisabled(user)}
                        onResetPassword={() => resetPassword(user)}
                        onUnlink={() => unlink(user)}
                        onUnlock={() => unlock(user)}
                      />
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          )}
        </Show>

        <section class="panel" aria-labelledby="create-user-title">
          <h2 id="create-user-title">{formT('createTitle')}</h2>
          <p class="hint">{formT('createHint')}</p>
          <Show when={formKey() + 1} keyed>
            <UserForm
              idPrefix="create-user"
              withEmail={true}
              withInvite={true}
              submitLabel={formT('create')}
              busy={busy()}
              onSubmit={(fields) => void create(fields)}
            />
          </Show>
        </section>
        <Show when={signInOptions()?.oidc}>
          <SignupDomains />
        </Show>
      </Show>
    </section>
  );
}

function UserRow(props: {
  user: User;
  self: boolean;
  editing: boolean;
  busy: boolean;
  onEdit: () => void;
  onSave: (fields: UserFields) => void;
  onToggleDisabled: () => void;
  onResetPassword: () => void;
  onUnlink: () => void;
  onUnlock: () => void;
}) {
  return (
    <>
      <tr>
        <th scope="row">
          {props.user.name} <Show when={props.self}>{t('you')}</Show>
        </th>
        <td>{props.user.email}</td>
        <td>{formT(`role_${props.user.role}`)}</td>
        <td>{props.user.municipalityCode ?? '–'}</td>
        <td>
          <span class={`badge ${props.user.disabled ? 'status-draft' : 'status-published'}`}>
            {props.user.disabled ? t('disabled') : t('active')}
          </span>
          <Show when={props.user.lockedUntil}>
            {(until) => (
              <>
                {' '}
                <span class="badge status-draft">{t('lockedUntil', formatDateTime(until()))}</span>{' '}
                <button
                  type="button"
                  disabled={props.busy}
                  aria-label={t('unlockLabel', who(props.user))}
                  onClick={() => props.onUnlock()}
                >
                  {t('unlock')}
                </button>
              </>
            )}
          </Show>
        </td>
        <td>
          <Show when={props.user.provider} fallback="–">
            {(provider) => (
              <>
                <span title={`${provider().issuer} · ${provider().subject}`}>
                  {provider().email}
                </span>{' '}
                <button
                  type="button"
                  disabled={props.busy}
                  aria-label={t('unlinkLabel', who(props.user))}
                  onClick={() => props.onUnlink()}
                >
                  {t('unlink')}
                </button>
              </>
            )}
          </Show>
        </td>
        <td class="row-actions">
          <button
            type="button"
            aria-label={t('editLabel', who(props.user))}
            aria-expanded={props.editing}
            onClick={() => props.onEdit()}
          >
            {t('edit')}
          </button>
          <Show when={!props.self}>
            <button
              type="button"
              class={props.user.disabled ? undefined : 'danger'}
              disabled={props.busy}
              aria-label={
                props.user.disabled
                  ? t('enableLabel', who(props.user))
                  : t('disableLabel', who(props.user))
              }
              onClick={() => props.onToggleDisabled()}
            >
              {props.user.disabled ? t('enable') : t('disable')}
            </button>
          </Show>
          <button
            type="button"
            disabled={props.busy}
            aria-label={t('resetPasswordLabel', who(props.user))}
            onClick={() => props.onResetPassword()}
          >
            {t('resetPassword')}
          </button>
        </td>
      </tr>
      <Show when={props.editing}>
        <tr class="editor-row">
          <td colSpan={7}>
            <section
              class="editor"
              aria-label={formT('editTitle', props.user.name)}
              ref={(el) =>
                queueMicrotask(() => el.querySelector<HTMLElement>('input, select')?.focus())
              }
            >
              <UserForm
                idPrefix={`edit-user-${props.user.id}`}
                initial={{
                  email: props.user.email,
                  name: props.user.name,
                  role: props.user.role,
                  municipalityCode: props.user.municipalityCode,
                  organisation: props.user.organisation,
                }}
                withEmail={false}
                submitLabel={formT('save')}
                busy={props.busy}
                onSubmit={props.onSave}
                onCancel={props.onEdit}
              />
            </section>
          </td>
        </tr>
      </Show>
    </>
  );
}
