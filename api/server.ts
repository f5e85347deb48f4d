import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { projectRoot } from '../rubrics/project-root';
import { createApp } from './app';
import { bootstrapAdmin } from './auth/bootstrap';
import { seedDemoData } from './demo/seed-demo';
import { openAppDeps } from './deps';
import { startExtractionQueue } from './documents/extraction-queue';
import type { Env } from './env';

export interface RunningServer {
  url: string;
  /** Stops listening and closes the database; `drop` also cuts open connections at once. */
  close(options?: { drop?: boolean }): Promise<void>;
}

/**
 * Starts the server: migrate, load rubrics, seed the demo data into an empty database, then serve
 * the API under /api and the built web app (web/dist) everywhere else.
 */
export async function startServer(
  env: Env,
  log: (line: string) => void = console.log,
): Promise<RunningServer> {
  const opened = { ...(await openAppDeps(env)), log };
  // Documents' text is read in a worker thread; what was queued before a restart goes on now.
  const extraction = startExtractionQueue(opened.store, {
    log,
    readerPriority: env.READER_PRIORITY,
  });
  const deps = { ...opened, extraction };
  const adminPassword = await bootstrapAdmin(deps, env.ADMIN_EMAIL);
  if (adminPassword) {
    log(`Created the first admin: ${env.ADMIN_EMAIL} with password ${adminPassword}`);
    log(
      '  (shown only this once: log in and change it at once under "Mitt konto" (/account), or run `npx kompass user passwd --email ...`)',
    );
  }
  if ((env.SMTP_URL || env.OIDC_ISSUER) && !env.PUBLIC_URL && env.TRUST_PROXY !== '1') {
    log(
      'Note: PUBLIC_URL is not set, so links in e-mails and the sign-in redirect take their address from the Host header of each request; set PUBLIC_URL in production.',
    );
  }
  if (env.DEMO_DATA === '1') {
    const seeded = await seedDemoData(deps);
    if (seeded)
      log(
        `Empty database: loaded the demo data (Enköping 2016 and ${seeded.references} reference results).`,
      );
  }
  const api = createApp(deps);
  extraction.notify();
  const root = new Hono();
  root.route('/', api);
  const dist = join(projectRoot(), 'web/dist');
  if (existsSync(join(dist, 'index.html'))) {
    const index = readFileSync(join(dist, 'index.html'), 'utf8');
    root.use('/*', serveStatic({ root: dist }));
    // The web app routes on the client: any other non-API path gets index.html.
    // A missing file (an old tab asking for a previous build's chunk) is a 404, not the app.
    root.get('*', (c) =>
      c.req.path.startsWith('/api/') ||
      c.req.path.startsWith('/assets/') ||
      /\.\w+$/.test(c.req.path)
        ? c.notFound()
        : c.html(index),
    );
  }
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: root.fetch, port: env.PORT, hostname: env.HOST }, () => resolve(s));
    s.once('error', (error: NodeJS.ErrnoException) => {
      void extraction.close().then(() => deps.store.close());
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `port ${env.PORT} on ${env.HOST} is in use: stop the other server or set PORT`,
            )
          : error,
      );
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const url = `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${port}/`;
  log(`Kommunkompassen is running at ${url} (database: ${deps.store.dialect})`);
  return {
    url,
    close: (options = {}) =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Idle keep-alive connections would hold close() open; `drop` cuts busy ones too.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
        if (options.drop && 'closeAllConnections' in server) server.closeAllConnections();
      }).finally(async () => {
        await extraction.close();
        await deps.pdf?.close();
        deps.mailer?.close();
        await deps.store.close();
      }),
  };
}
