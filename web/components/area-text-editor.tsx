import { createEffect, createSignal, onCleanup, Show } from 'solid-js';
import type { AreaSuggestions } from '../lib/area-suggestions';
import type { Autosave } from '../lib/autosave';
import { t } from './area-texts.i18n';
import { CharCount } from './char-count';
import { focusById, itemId, OrderedListEditor } from './ordered-list-editor';
import { SuggestionList } from './suggestion-list';

/** The API's limit on an area's Sammanfattning (area-texts.schemas.ts). */
const SUMMARY_MAX = 100_000;

export interface AreaTexts {
  summary: string;
  strengths: string[];
  improvements: string[];
}

export const areaTextKey = (evaluationId: string, areaId: string) =>
  `areaText:${evaluationId}:${areaId}`;

const strings = (value: unknown) =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** A queued body or a saved record read back as an area's texts. */
export function textsFrom(source: Record<string, unknown>): AreaTexts {
  return {
    summary: typeof source.summary === 'string' ? source.summary : '',
    strengths: strings(source.strengths),
    improvements: strings(source.improvements),
  };
}

/** What is saved: blank items are slips (the API refuses them), left out until written. */
export function areaTextBody(texts: AreaTexts): Record<string, unknown> {
  const written = (items: string[]) => items.filter((item) => item.trim() !== '');
  return {
    summary: texts.summary,
    strengths: written(texts.strengths),
    improvements: written(texts.improvements),
  };
}

/**
 * One area's Sammanfattning, Styrkor and Förbättringsmöjligheter, each change autosaved as the
 * whole area (PUT, based on the area's version). Suggestions are offered beside the lists.
 */
export function AreaTextEditor(props: {
  autosave: Autosave;
  evaluationId: string;
  areaId: string;
  initial: AreaTexts;
  /** The area's server version (0 before its first save). */
  version: () => number;
  readOnly: boolean;
  suggestions: AreaSuggestions | undefined;
  referenceLabel: string | null;
}) {
  const key = () => areaTextKey(props.evaluationId, props.areaId);
  const [texts, setTexts] = createSignal<AreaTexts>(props.initial);
  const prefix = `area-${props.areaId}`;

  let touched = false;
  // Edits kept from an earlier page load may arrive after the page: shown until the user types.
  createEffect(() => {
    const pending = props.autosave.pending[key()];
    if (pending && !touched) setTexts(textsFrom(pending.body));
  });

  const change = (next: AreaTexts) => {
    touched = true;
    setTexts(next);
    void props.autosave.edit(key(), {
      method: 'PUT',
      path: `/api/evaluations/${props.evaluationId}/areas/${props.areaId}`,
      body: areaTextBody(next),
      baseVersion: props.version(),
    });
  };
  // A 409 resolved with the saved version replaces what this editor shows.
  onCleanup(
    props.autosave.onSaved(key(), (record) => {
      if (props.autosave.pending[key()]) return;
      const saved = textsFrom(record);
      if (JSON.stringify(areaTextBody(texts())) !== JSON.stringify(saved)) setTexts(saved);
    }),
  );
  const use = (list: 'strengths' | 'improvements', text: string) => {
    const items = [...texts()[list], text];
    change({ ...texts(), [list]: items });
    focusById(itemId(`${prefix}-${list}`, items.length - 1));
  };

  return (
    <div class="area-texts">
      <Show
        when={!props.readOnly}
        fallback={
          <section>
            <h3>{t('summary')}</h3>
            <p class="full-notes">{texts().summary || t('readOnlyEmpty')}</p>
          </section>
        }
      >
        <label>
          {t('summary')}
          <textarea
            id={`${prefix}-summary`}
            rows={6}
            maxLength={SUMMARY_MAX}
            value={texts().summary}
            onInput={(e) => change({ ...texts(), summary: e.currentTarget.value })}
          />
        </label>
        <CharCount for={`${prefix}-summary`} max={SUMMARY_MAX} value={texts().summary} />
      </Show>
      <div class="two-columns">
        <div>
          <OrderedListEditor
            idPrefix={`${prefix}-strengths`}
            heading={t('strengths')}
            items={texts().strengths}
            itemLabel={(n) => t('strength', n)}
            addLabel={t('addStrength')}
            emptyText={t('noStrengths')}
            readOnly={props.readOnly}
            onChange={(strengths) => change({ ...texts(), strengths })}
          />
          <Show when={!props.readOnly && props.suggestions}>
            {(suggestions) => (
              <SuggestionList
                kind="strengths"
                suggestions={suggestions().strengths}
                current={texts().strengths}
                referenceLabel={props.referenceLabel}
                onUse={(text) => use('strengths', text)}
              />
            )}
          </Show>
        </div>
        <div>
          <OrderedListEditor
            idPrefix={`${prefix}-improvements`}
            heading={t('improvements')}
            items={texts().improvements}
            itemLabel={(n) => t('improvement', n)}
            addLabel={t('addImprovement')}
            emptyText={t('noImprovements')}
            readOnly={props.readOnly}
            onChange={(improvements) => change({ ...texts(), improvements })}
          />
          <Show when={!props.readOnly && props.suggestions}>
            {(suggestions) => (
              <SuggestionList
                kind="improvements"
                suggestions={suggestions().improvements}
                current={texts().improvements}
                referenceLabel={props.referenceLabel}
                onUse={(text) => use('improvements', text)}
              />
            )}
          </Show>
        </div>
      </div>
    </div>
  );
}
