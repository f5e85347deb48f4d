import { t } from './shortcut-help.i18n';

/** A short, always visible list of the keyboard shortcuts of `questionKeys`. */
export function ShortcutHelp() {
  return (
    <section class="shortcut-help" aria-labelledby="shortcut-help-title">
      <h2 id="shortcut-help-title">{t('title')}</h2>
      <dl>
        <dt>
          <kbd>Alt</kbd>+<kbd>↓</kbd> / <kbd>Alt</kbd>+<kbd>↑</kbd>
        </dt>
        <dd>{t('nextQuestion')}</dd>
        <dt>
          <kbd>Alt</kbd>+<kbd>N</kbd>
        </dt>
        <dd>{t('rationale')}</dd>
        <dt>
          <kbd>Alt</kbd>+<kbd>PageDown</kbd> / <kbd>Alt</kbd>+<kbd>PageUp</kbd>
        </dt>
        <dd>{t('area')}</dd>
        <dt>
          <kbd>↑</kbd> / <kbd>↓</kbd>
        </dt>
        <dd>{t('step')}</dd>
      </dl>
    </section>
  );
}
