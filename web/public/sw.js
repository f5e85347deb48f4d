// Kommunkompassen's service worker: the app opens even without a network, on the pages and data
// this browser has already loaded. Network first (online nothing changes); when the network is
// gone, the last copy answers. Writes are never cached: the autosave queue (IndexedDB) keeps them.
// Two caches: the app's shell (index.html and its assets, anyone's) and the logged-in user's
// data (API answers), which is dropped as soon as the server says the session is gone.
const SHELL = 'kompass-app-v1';
const DATA = 'kompass-data-v1';

async function precacheShell() {
  const cache = await caches.open(SHELL);
  const response = await fetch('/', { cache: 'no-store' });
  if (!response.ok) return;
  const html = await response.clone().text();
  await cache.put('/', response);
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  await Promise.all(assets.map((asset) => cache.add(asset).catch(() => undefined)));
}

/** Earlier versions kept API answers beside the shell: move nothing, just forget them. */
async function dropDataFromShell() {
  const cache = await caches.open(SHELL);
  for (const request of await cache.keys()) {
    if (new URL(request.url).pathname.startsWith('/api/')) await cache.delete(request);
  }
}

/** Forgets every cached answer of the user who was logged in. */
async function forgetData() {
  await caches.delete(DATA);
  await dropDataFromShell();
}

self.addEventListener('install', (event) => {
  event.waitUntil(precacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(dropDataFromShell().then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  // Logging out forgets the cached data of the user who was logged in.
  if (event.data === 'logout') event.waitUntil(forgetData());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/auth/') && url.pathname !== '/api/auth/me') return;
  // Report files (framed, opened or downloaded: /api/…/report, the plan's .docx) are documents of
  // their own: never the app's shell, and not kept (private, sent with no-store). The app's own
  // report page (/evaluations/…/report) is a page like any other and opens offline.
  if (url.pathname.startsWith('/api/') && /\/report$|\.docx$/.test(url.pathname)) return;
  // A document's original file (/api/documents/…/file) is the kommun's, possibly large, and only
  // ever downloaded: never kept. Its text, passages and search answers are data like any other.
  if (/^\/api\/documents\/[^/]+\/file$/.test(url.pathname)) return;
  const api = url.pathname.startsWith('/api/');
  const navigation = request.mode === 'navigate' && !api;
  // Every page of the app is the same index.html.
  const key = navigation ? '/' : request;
  event.respondWith(
    (async () => {
      const cache = await caches.open(api ? DATA : SHELL);
      try {
        const response = await fetch(request);
        // The session is gone (ended, expired, or the password was reset): so is its data.
        if (api && response.status === 401) {
          await forgetData();
          return response;
        }
        if (response.ok && (navigation || api || url.pathname.startsWith('/assets/'))) {
          await cache.put(key, response.clone());
        }
        return response;
      } catch (error) {
        const cached = await cache.match(key);
        if (cached) return cached;
        throw error;
      }
    })(),
  );
});
