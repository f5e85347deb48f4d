import { Match, Switch } from 'solid-js';
import type { Autosave } from '../lib/autosave';
import { t } from '../lib/common.i18n';

/** The autosave state, announced politely to screen readers (role="status"). */
export function SaveStatus(props: { autosave: Autosave }) {
  return (
    <p class="save-status" role="status" aria-live="polite" data-state={props.autosave.status()}>
      <Switch>
        <Match when={props.autosave.status() === 'saving'}>{t('saving')}</Match>
        <Match when={props.autosave.status() === 'saved'}>{t('saved')}</Match>
        <Match when={props.autosave.status() === 'offline'}>{t('offline')}</Match>
        <Match when={props.autosave.status() === 'conflict'}>{t('conflict')}</Match>
        <Match when={props.autosave.status() === 'error'}>
          {t('saveError', props.autosave.lastError() ?? '')}
        </Match>
      </Switch>
    </p>
  );
}
