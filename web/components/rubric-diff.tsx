import { For, type JSX, Show } from 'solid-js';
import { formatNumber } from '../lib/i18n';
import type { RubricVersionDiff } from '../lib/rubric-versions';
import { t } from '../pages/rubrics.i18n';

/** One kind of change, with its count, each item as `row` says it; nothing when there is none. */
function Group<T>(props: { title: string; items: T[]; row: (item: T) => JSX.Element }) {
  return (
    <Show when={props.items.length > 0}>
      <h4>
        {props.title} ({props.items.length})
      </h4>
      <ul class="rubric-changes">
        <For each={props.items}>{(item) => <li>{props.row(item)}</li>}</For>
      </ul>
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
                <Group
                  title={t('added')}
                  items={changes().added}
                  row={(q) => `${q.id} ${q.text} (${points(q.maxPoints)})`}
                />
                <Group
                  title={t('removed')}
                  items={changes().removed}
                  row={(q) => `${q.id} ${q.text} (${points(q.maxPoints)})`}
                />
                <Group
                  title={t('reworded')}
                  items={changes().reworded}
                  row={(c) => (
                    <>
                      {c.id}: <del>{c.before}</del> → <ins>{c.after}</ins>
                    </>
                  )}
                />
                <Group
                  title={t('weights')}
                  items={changes().weights}
                  row={(c) => `${c.id}: ${points(c.before)} → ${points(c.after)}`}
                />
                <Group
                  title={t('areaTitles')}
                  items={changes().areaTitles}
                  row={(c) => (
                    <>
                      {c.areaId} ({t(c.field === 'title' ? 'field_title' : 'field_shortTitle')}):{' '}
                      <del>{c.before}</del> → <ins>{c.after}</ins>
                    </>
                  )}
                />
              </Show>
            </>
          );
        }}
      </Show>
    </section>
  );
}
