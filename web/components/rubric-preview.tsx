import { For, Show } from 'solid-js';
import { formatNumber } from '../lib/i18n';
import type { RubricVersionContent } from '../lib/rubric-versions';
import { t } from '../pages/rubrics.i18n';

/** A rubric version read-only, as evaluators will see it: per area its rubriker and delfrågor. */
export function RubricPreview(props: { rubric: RubricVersionContent }) {
  return (
    <div class="rubric-preview">
      <p class="hint">{t('previewHint')}</p>
      <Show when={!props.rubric.areaLevelOnly} fallback={<p>{t('noQuestions')}</p>}>
        <For each={props.rubric.areas}>
          {(area) => (
            <section aria-labelledby={`preview-area-${area.id}`}>
              <h3 id={`preview-area-${area.id}`}>{t('area', area.id, area.title)}</h3>
              <Show when={area.headings.length > 0}>
                <p class="hint">
                  {t('headings')}: {area.headings.join(', ')}
                </p>
              </Show>
              <Show when={area.guidance !== ''}>
                <p>{area.guidance}</p>
              </Show>
              <table class="data">
                <caption class="visually-hidden">{t('area', area.id, area.title)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('question')}</th>
                    <th scope="col">{t('text')}</th>
                    <th scope="col">{t('max')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={area.questions}>
                    {(question) => (
                      <tr>
                        <th scope="row">{question.id}</th>
                        <td>
                          {question.text}
                          <Show when={question.guidance}>
                            {(guidance) => <p class="hint">{guidance()}</p>}
                          </Show>
                        </td>
                        <td>{formatNumber(question.maxPoints)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </section>
          )}
        </For>
      </Show>
      <Show when={(props.rubric.writtenQuestions ?? []).length > 0}>
        <section aria-labelledby="preview-written">
          <h3 id="preview-written">{t('writtenQuestions')}</h3>
          <ol>
            <For each={props.rubric.writtenQuestions ?? []}>
              {(question) => <li>{question.text}</li>}
            </For>
          </ol>
        </section>
      </Show>
    </div>
  );
}
