import { createSignal, For, Show } from 'solid-js';
import { t } from './users.i18n';

export const ROLES = ['admin', 'evaluator', 'reader'] as const;
export type Role = (typeof ROLES)[number];

export interface UserFields {
  email: string;
  name: string;
  role: Role;
  /** Only a reader has one. */
  municipalityCode: string | null;
  /** Where the person works, printed with their name on reports ("SKL"); blank for none. */
  organisation?: string | null;
  /** New users with `withInvite`: a one-time link instead of a generated password. */
  invite?: boolean;
}

/**
 * The fields of a user: e-mail (new users only), name, role, and the kommunkod that a reader
 * (and only a reader) needs. Submits the values; the page sends them.
 */
export function UserForm(props: {
  idPrefix: string;
  initial?: UserFields;
  /** False when changing a user: the e-mail is their login and stays. */
  withEmail: boolean;
  /** Offer "send an invitation" (checked) instead of a generated password. */
  withInvite?: boolean;
  submitLabel: string;
  busy: boolean;
  onSubmit: (fields: UserFields) => void;
  onCancel?: () => void;
}) {
  const [role, setRole] = createSignal<Role>(props.initial?.role ?? 'evaluator');
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    props.onSubmit({
      email: props.withEmail ? text('email') : (props.initial?.email ?? ''),
      name: text('name'),
      role: role(),
      municipalityCode: role() === 'reader' ? text('municipalityCode') : null,
      organisation: text('organisation') || null,
      ...(props.withInvite ? { invite: form.get('invite') === 'on' } : {}),
    });
  };
  const id = (suffix: string) => `${props.idPrefix}-${suffix}`;
  return (
    <form class="stacked user-form" onSubmit={submit}>
      <Show when={props.withEmail}>
        <label>
          {t('email')}
          <input name="email" type="email" required autocomplete="off" />
        </label>
      </Show>
      <label>
        {t('name')}
        <input name="name" required value={props.initial?.name ?? ''} autocomplete="off" />
      </label>
      <label>
        {t('organisation')}
        <input
          name="organisation"
          maxLength={200}
          value={props.initial?.organisation ?? ''}
          autocomplete="organization"
        />
      </label>
      <label>
        {t('role')}
        <select name="role" value={role()} onChange={(e) => setRole(e.currentTarget.value as Role)}>
          <For each={ROLES}>{(r) => <option value={r}>{t(`role_${r}`)}</option>}</For>
        </select>
      </label>
      <Show when={role() === 'reader'}>
        <label>
          {t('municipalityCode')}
          <input
            name="municipalityCode"
            required
            inputMode="numeric"
            pattern="\d{4}"
            maxLength={4}
            value={props.initial?.municipalityCode ?? ''}
            aria-describedby={id('code-hint')}
          />
        </label>
        <p id={id('code-hint')} class="hint">
          {t('municipalityCodeHint')}
        </p>
      </Show>
      <Show when={props.withInvite}>
        <label class="checkbox">
          <input name="invite" type="checkbox" checked />
          {t('invite')}
        </label>
      </Show>
      <div class="actions">
        <button type="submit" class="primary" disabled={props.busy}>
          {props.submitLabel}
        </button>
        <Show when={props.onCancel}>
          <button type="button" onClick={() => props.onCancel?.()}>
            {t('cancel')}
          </button>
        </Show>
      </div>
    </form>
  );
}
