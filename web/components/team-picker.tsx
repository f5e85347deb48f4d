import { createResource, createSignal, For, Show } from 'solid-js';
import { client, unwrap } from '../lib/api';
import { t } from './team-picker.i18n';

/** A member as the picker holds it: `id` for one already on a saved team, `userId` its account. */
export interface PickedMember {
  id?: string;
  name: string;
  userId: string | null;
  email?: string;
}

interface Candidate {
  id: string;
  name: string;
  email: string;
}

/**
 * Chooses an evaluation's team from the accounts (searched by name or e-mail), so every member
 * who has an account sees the evaluation at once; a name without an account may be added too,
 * and linked later. Changes are announced in a live region.
 */
export function TeamPicker(props: {
  idPrefix: string;
  members: PickedMember[];
  onChange: (members: PickedMember[]) => void;
}) {
  const [query, setQuery] = createSignal('');
  const [free, setFree] = createSignal('');
  const [message, setMessage] = createSignal('');
  const [candidates] = createResource(query, async (q) =>
    q.trim().length === 0
      ? []
      : (await unwrap(client.api['team-candidates'].$get({ query: { q } }))).candidates,
  );
  const onTeam = (userId: string) => props.members.some((m) => m.userId === userId);
  const named = (name: string) =>
    props.members.some((m) => m.name.trim().toLowerCase() === name.trim().toLowerCase());

  const add = (member: PickedMember) => {
    if (named(member.name)) {
      setMessage(t('duplicate', member.name));
      return;
    }
    props.onChange([...props.members, member]);
    setMessage(t('added', member.name));
  };
  const addAccount = (candidate: Candidate) => {
    add({ name: candidate.name, userId: candidate.id, email: candidate.email });
    setQuery('');
  };
  const link = (index: number, candidate: Candidate) => {
    props.onChange(
      props.members.map((m, i) =>
        i === index ? { ...m, userId: candidate.id, email: candidate.email } : m,
      ),
    );
    setMessage(t('added', candidate.name));
  };
  const remove = (index: number) => {
    const gone = props.members[index];
    props.onChange(props.members.filter((_, i) => i !== index));
    if (gone) setMessage(t('removed', gone.name));
  };
  const id = (name: string) => `${props.idPrefix}-${name}`;

  return (
    <fieldset class="team-picker">
      <legend>{t('legend')}</legend>
      <h3 class="small-heading" id={id('chosen')}>
        {t('chosen')}
      </h3>
      <Show when={props.members.length > 0} fallback={<p class="muted">{t('none')}</p>}>
        <ul class="team-members" aria-labelledby={id('chosen')}>
          <For each={props.members}>
            {(member, index) => (
              <li>
                <span class="member-name">{member.name}</span>{' '}
                <span class="muted">
                  {member.userId ? t('withAccount', member.email ?? '') : t('withoutAccount')}
                </span>{' '}
                <Show when={!member.userId && (candidates() ?? []).length > 0}>
                  <For each={(candidates() ?? []).filter((c) => !onTeam(c.id))}>
                    {(candidate) => (
                      <button type="button" onClick={() => link(index(), candidate)}>
                        {t('linkTo', `${candidate.name} (${candidate.email})`)}
                        <span class="visually-hidden"> – {t('link', member.name)}</span>
                      </button>
                    )}
                  </For>
                </Show>
                <button type="button" onClick={() => remove(index())}>
                  {t('remove', member.name)}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <label for={id('search')}>{t('search')}</label>
      <input
        id={id('search')}
        type="search"
        autocomplete="off"
        value={query()}
        onInput={(e) => setQuery(e.currentTarget.value)}
        aria-describedby={id('results')}
      />
      <div id={id('results')}>
        <Show when={query().trim() !== '' && candidates.state === 'ready'}>
          <Show
            when={(candidates() ?? []).length > 0}
            fallback={<p class="muted">{t('noMatch')}</p>}
          >
            <ul class="team-candidates" aria-label={t('results')}>
              <For each={candidates() ?? []}>
                {(candidate) => (
                  <li>
                    <button
                      type="button"
                      disabled={onTeam(candidate.id)}
                      onClick={() => addAccount(candidate)}
                    >
                      {t('add', candidate.name)}
                      {/* Two accounts of one name differ by e-mail: the button says which. */}
                      <span class="visually-hidden"> ({candidate.email})</span>
                    </button>{' '}
                    <span class="muted">{candidate.email}</span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Show>
      </div>
      <label for={id('free')}>{t('freeName')}</label>
      <div class="inline-row">
        <input
          id={id('free')}
          value={free()}
          maxLength={200}
          onInput={(e) => setFree(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              if (free().trim()) {
                add({ name: free().trim(), userId: null });
                setFree('');
              }
            }
          }}
        />
        <button
          type="button"
          disabled={free().trim() === ''}
          onClick={() => {
            add({ name: free().trim(), userId: null });
            setFree('');
          }}
        >
          {t('addFree')}
        </button>
      </div>
      <p class="visually-hidden" role="status">
        {message()}
      </p>
    </fieldset>
  );
}
