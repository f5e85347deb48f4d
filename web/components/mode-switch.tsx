import { For } from 'solid-js';
import type { ScoreMode } from '../lib/score-value';
import { t } from './mode-switch.i18n';

const MODES: ScoreMode[] = ['points', 'percent'];

/** Whether scores are typed as points or as percent of the delfråga's max. */
export function ModeSwitch(props: { mode: ScoreMode; onChange: (mode: ScoreMode) => void }) {
  return (
    <fieldset class="mode-switch">
      <legend>{t('legend')}</legend>
      <For each={MODES}>
        {(mode) => (
          <label>
            <input
              type="radio"
              name="score-mode"
              value={mode}
              checked={props.mode === mode}
              onChange={() => props.onChange(mode)}
            />{' '}
            {t(mode)}
          </label>
        )}
      </For>
    </fieldset>
  );
}
