import { render } from 'solid-js/web';
import { App } from './app';
import { locale } from './lib/i18n';
import './styles.css';

document.documentElement.lang = locale();
const root = document.getElementById('app');
if (!root) throw new Error('#app missing from index.html');
render(() => <App />, root);
