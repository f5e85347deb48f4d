import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { logInTo, startServerProcess } from './server-process';

const json = { 'content-type': 'application/json' };

describe('crash safety', () => {
  it('keeps every acknowledged autosave when the server is killed with SIGKILL mid-load', {
    timeout: 60_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kompass-crash-'));
    const env = { DATABASE_URL: `sqlite:${join(dir, 'kompass.db')}` };
    const first = await startServerProcess(env);
    const cookie = await logInTo(first.url, 'admin@kompass.local', first.adminPassword as string);
    const headers = { ...json, cookie, origin: first.url.slice(0, -1) };
    const created = await (
      await fetch(`${first.url}api/evaluations`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          municipality: { name: 'Ydre', code: '0512' },
          rubric: 'kk-2010',
          date: '2026-05',
          evaluators: ['A'],
        }),
      })
    ).json();
    const id: string = created.id;
    const member: string = created.team[0].id;
    const questions = ['1.1', '1.2', '1.3', '1.4', '1.5', '2.1', '2.2', '2.3'];

    // The last acknowledged (200) save per question: version and rationale.
    const acknowledged = new Map<string, { version: number; rationale: string }>();
    let stop = false;
    const worker = async (question: string) => {
      let version = 0;
      for (let i = 0; !stop && i < 10_000; i++) {
        const rationale = `${question} save ${i}`;
        try {
          const response = await fetch(
            `${first.url}api/evaluations/${id}/evaluator-scores/${member}/${question}`,
            {
              method: 'PUT',
              headers,
              body: JSON.stringify({ points: i % 10, rationale, version }),
            },
          );
          if (response.status !== 200)
            throw new Error(`unexpected ${response.status}: ${await response.text()}`);
          const saved = await response.json();
          version = saved.version;
          acknowledged.set(question, { version, rationale });
        } catch (error) {
          if (stop) return; // the server died under us: expected
          throw error;
        }
      }
    };
    const load = Promise.all(questions.map(worker));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    stop = true;
    await first.stop('SIGKILL');
    await load;
    const acknowledgedSaves = [...acknowledged.values()].reduce((n, a) => n + a.version, 0);
    expect(acknowledgedSaves).toBeGreaterThan(50);

    const integrity = new Database(join(dir, 'kompass.db'), { readonly: true });
    expect(integrity.pragma('integrity_check', { simple: true })).toBe('ok');
    integrity.close();

    const second = await startServerProcess(env);
    try {
      const after = await logInTo(second.url, 'admin@kompass.local', first.adminPassword as string);
      const scores = await (
        await fetch(`${second.url}api/evaluations/${id}/scores`, { headers: { cookie: after } })
      ).json();
      let lost = 0;
      for (const [question, ack] of acknowledged) {
        const stored = scores.evaluatorScores.find(
          (s: { questionId: string }) => s.questionId === question,
        );
        // A save in flight at the kill may have committed unacknowledged: the stored version may be
        // one ahead, never behind, and at the acknowledged version the text is the acknowledged one.
        if (!stored || stored.version < ack.version) lost++;
        else if (stored.version === ack.version) expect(stored.rationale).toBe(ack.rationale);
        else expect(stored.version).toBe(ack.version + 1);
      }
      expect(lost).toBe(0);
      // Every acknowledged change is in the audit log.
      const audit = await (
        await fetch(`${second.url}api/evaluations/${id}/audit`, { headers: { cookie: after } })
      ).json();
      const saves = audit.entries.filter((e: { action: string }) =>
        e.action.startsWith('evaluatorScore.'),
      );
      expect(saves.length).toBeGreaterThanOrEqual(acknowledgedSaves);
    } finally {
      await second.stop();
    }
  });
});
