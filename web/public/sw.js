// Kommunkompassen's service worker: the app opens even without a network, on the pages and data
// this browser has already loaded. Network first (online nothing changes); when the network is
// gone, the last copy answers. Writes are never cached: the autosave queue (IndexedDB) keeps them.
const CACHE = 'kompass-app-v1';

async function precacheShell() {
  const cache = await caches.open(CACHE);
  const response = await fetch('/', { cache: 'no-store' });
  if (!response.ok) return;
  const html = await response.clone().text();
  await cache.put('/', response);
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  await Promise.all(assets.map((asset) => cache.add(asset).catch(() => undefined)));
}

self.addEventListener('install', (event) => {
  event.waitUntil(precacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('message', (event) => {
  // Logging out forgets the cached data of the user who was logged in.
  if (event.data === 'logout') event.waitUntil(caches.delete(CACHE));
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
  const navigation = request.mode === 'navigate' && !url.pathname.startsWith('/api/');
  // Every page of the app is the same index.html.
  const key = navigation ? '/' : request;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        const response = await fetch(request);
        if (
          response.ok &&
          (navigation || url.pathname.startsWith('/assets/') || url.pathname.startsWith('/api/'))
        ) {
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
