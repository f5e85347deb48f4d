// The floor for the autosave benchmark: bare Hono and one prepared better-sqlite3 upsert, with no
// sessions, validation, versions or audit. Run as a child process: prints its URL when listening.
import { serve } from '@hono/node-server';
import Database from 'better-sqlite3';
import { Hono } from 'hono';

const db = new Database(process.argv[2] ?? ':memory:');
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec(
  'create table if not exists scores (question_id text primary key, points real, rationale text, version integer)',
);
const upsert = db.prepare(
  'insert into scores (question_id, points, rationale, version) values (?, ?, ?, 1) ' +
    'on conflict(question_id) do update set points = excluded.points, rationale = excluded.rationale, version = version + 1 ' +
    'returning version',
);

const app = new Hono().put('/api/evaluations/:id/evaluator-scores/:member/:question', async (c) => {
  const body = (await c.req.json()) as { points: number; rationale: string };
  const row = upsert.get(c.req.param('question'), body.points, body.rationale) as {
    version: number;
  };
  return c.json({ version: row.version }, 200);
});

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(`floor listening at http://127.0.0.1:${info.port}/`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
