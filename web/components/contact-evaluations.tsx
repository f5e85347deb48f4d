import { A } from '@solidjs/router';
import { createResource, For, Show } from 'solid-js';
import { client, unwrap } from '../lib/api';
import { t as common } from '../lib/common.i18n';
import { formatDate } from '../lib/i18n';
import { me } from '../lib/session';
import { t } from './kommun-part.i18n';

/** For a kommun's reader: the evaluations they are a contact of, each leading to its input. */
export function ContactEvaluations() {
  const [list] = createResource(
    () => me()?.role === 'reader',
    () => unwrap(client.api['contact-evaluations'].$get()),
  );
  return (
    <Show when={(list()?.evaluations.length ?? 0) > 0}>
      <section class="contact-evaluations" aria-labelledby="contact-evaluations-h">
        <h2 id="contact-evaluations-h">{t('contactEvaluations')}</h2>
        <ul>
          <For each={list()?.evaluations}>
            {(evaluation) => (
              <li>
                <A href={`/evaluations/${evaluation.id}/kommun`}>
                  {t('title')}: <bdi>{evaluation.municipalityName}</bdi>{' '}
                  {formatDate(evaluation.date)}
                </A>{' '}
                <span class={`badge status-${evaluation.status}`}>
                  {common(`status_${evaluation.status}`)}
                </span>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
