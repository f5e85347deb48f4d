import { For, type JSX, Show } from 'solid-js';
import { formatNumber } from '../lib/i18n';
import type { RubricVersionDiff } from '../lib/rubric-versions';
import { t } from '../pages/rubrics.i18n';

function Group(props: { title: string; count: number; children: JSX.Element }) {
  return (
    <Show when={props.count > 0}>
      <h4>
        {props.title} ({props.count})
      </h4>
      <ul class="rubric-changes">{props.children}</ul>
    </Show>
  );
}

const points = (value: number) => t('points', formatNumber(value, 2));

/** What changed from the published version before: added, removed, reworded, weights, titles. */
export function RubricDiffView(props: { diff: RubricVersionDiff }) {
  return (
    <section class="rubric-diff" aria-labelledby="rubric-diff-title" data-testid="rubric-diff">
      <Show
        when={
          props.diff.from && props.diff.changes
            ? { from: props.diff.from, changes: props.diff.changes }
            : null
        }
        fallback={
          <>
            <h3 id="rubric-diff-title">{t('diffTitle', '–')}</h3>
            <p>{t('diffFirst')}</p>
          </>
        }
      >
        {(shown) => {
          const changes = () => shown().changes;
          const total = () =>
            changes().added.length +
            changes().removed.length +
            changes().reworded.length +
            changes().weights.length +
            changes().areaTitles.length;
          return (
            <>
              <h3 id="rubric-diff-title">{t('diffTitle', shown().from.version)}</h3>
              <Show when={total() > 0} fallback={<p>{t('diffNone')}</p>}>
                <Group title={t('added')} count={changes().added.length}>
                  <For each={changes().added}>
                    {(q) => (
                      <li>
                        {q.id} {q.text} ({points(q.maxPoints)})
                      </li>
                    )}
                  </For>
                </Group>
                <Group title={t('removed')} count={changes().removed.length}>
                  <For each={changes().removed}>
                    {(q) => (
                      <li>
                        {q.id} {q.text} ({points(q.maxPoints)})
                      </li>
                    )}
                  </For>
                </Group>
                <Group title={t('reworded')} count={changes().reworded.length}>
                  <For each={changes().reworded}>
                    {(c) => (
                      <li>
                        {c.id}: <del>{c.before}</del> → <ins>{c.after}</ins>
                      </li>
                    )}
                  </For>
                </Group>
                <Group title={t('weights')} count={changes().weights.length}>
                  <For each={changes().weights}>
                    {(c) => (
                      <li>
                        {c.id}: {points(c.before)} → {points(c.after)}
                      </li>
                    )}
                  </For>
                </Group>
                <Group title={t('areaTitles')} count={changes().areaTitles.length}>
                  <For each={changes().areaTitles}>
                    {(c) => (
                      <li>
                        {c.areaId} ({t(c.field === 'title' ? 'field_title' : 'field_shortTitle')}):{' '}
                        <del>{c.before}</del> → <ins>{c.after}</ins>
                      </li>
                    )}
                  </For>
                </Group>
              </Show>
            </>
          );
        }}
      </Show>
    </section>
  );
}
