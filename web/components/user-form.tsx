import { createSignal, For, Show } from 'solid-js';
import { kommunByCode } from '../../rubrics/kommuner/scb-kommuner';
import { KommunPicker } from './kommun-picker';
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
  const [kommunMissing, setKommunMissing] = createSignal(false);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    // The combobox fills the kommunkod only when its text names one of SCB's kommuner.
    if (role() === 'reader' && text('municipalityCode') === '') {
      setKommunMissing(true);
      document.getElementById(id('kommun'))?.focus();
      return;
    }
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
        <KommunPicker
          id={id('kommun')}
          required
          codeField="municipalityCode"
          label={t('municipality')}
          hint={t('municipalityHint')}
          initial={kommunByCode(props.initial?.municipalityCode ?? '') ?? null}
          onChange={(kommun) => kommun && setKommunMissing(false)}
        />
        <Show when={kommunMissing()}>
          <p class="error" role="alert">
            {t('municipalityMissing')}
          </p>
        </Show>
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
