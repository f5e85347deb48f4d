import { render } from 'solid-js/web';
import { App } from './app';
import { locale } from './lib/i18n';
import './styles.css';

document.documentElement.lang = locale();
const root = document.getElementById('app');
if (!root) throw new Error('#app missing from index.html');
render(() => <App />, root);

// Offline support: the service worker serves the app and the data already seen when the network
// is gone (see public/sw.js); the autosave queue keeps every edit until the server has it.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').catch((error: unknown) => {
    console.warn('offline support unavailable:', error);
  });
}
