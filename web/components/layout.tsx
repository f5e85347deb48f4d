import { A, useNavigate } from '@solidjs/router';
import { type JSX, Show } from 'solid-js';
import { autosave } from '../lib/autosave-context';
import { t } from '../lib/common.i18n';
import { locale, setLocale } from '../lib/i18n';
import { focusHeadingOnNavigation, skipToMain } from '../lib/route-focus';
import { logout, me } from '../lib/session';
import { SaveStatus } from './save-status';

/** The frame of every page: skip link, header with menu, language switch and save status. */
export function Layout(props: { children?: JSX.Element }) {
  const navigate = useNavigate();
  focusHeadingOnNavigation();
  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: a real in-page link; the handler also moves focus, which the hash alone does not */}
      <a class="skip-link" href="#main" onClick={skipToMain}>
        {t('skipToContent')}
      </a>
      <header class="app-header">
        <A href="/evaluations" class="brand">
          {t('appName')}
        </A>
        <Show when={me()}>
          {(user) => (
            <nav aria-label={t('mainNav')}>
              <A href="/evaluations" activeClass="active">
                {t('evaluations')}
              </A>
              <Show when={user().role === 'admin'}>
                <A href="/users" activeClass="active">
                  {t('users')}
                </A>
                <A href="/rubrics" activeClass="active">
                  {t('rubrics')}
                </A>
                <A href="/report-texts" activeClass="active">
                  {t('reportTexts')}
                </A>
              </Show>
            </nav>
          )}
        </Show>
        <SaveStatus autosave={autosave} />
        <div class="header-tools">
          <label class="language">
            <span class="visually-hidden">{t('language')}</span>
            <select
              value={locale()}
              onChange={(e) => setLocale(e.currentTarget.value === 'en' ? 'en' : 'sv')}
            >
              <option value="sv" lang="sv">
                Svenska
              </option>
              <option value="en" lang="en">
                English
              </option>
            </select>
          </label>
          <Show when={me()}>
            {(user) => (
              <>
                <A href="/account" class="who" activeClass="active">
                  {t('loggedInAs', user().name)}
                  <span class="visually-hidden"> – {t('myAccount')}</span>
                </A>
                <button
                  type="button"
                  onClick={async () => {
                    await autosave.flushNow();
                    await logout();
                    navigate('/login');
                  }}
                >
                  {t('logout')}
                </button>
              </>
            )}
          </Show>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {props.children}
      </main>
    </>
  );
}
