import { loadRubricLibrary } from '../rubrics/load-rubrics';
import { oidcSettingsFromEnv } from './auth/oidc/oidc-settings';
import type { AppDeps } from './context';
import { connect } from './db/connect';
import { migrateToLatest } from './db/migrate';
import type { Env } from './env';
import { smtpMailer } from './mail/mailer';
import { PdfRenderer } from './reports/report-pdf';
import { RubricStore } from './rubrics/rubric-store';

/** Opens the store DATABASE_URL names, migrates it, and loads the rubric files into it. */
export async function openAppDeps(env: Env): Promise<AppDeps> {
  const store = connect(env.DATABASE_URL);
  try {
    await migrateToLatest(store.db);
    const now = () => new Date().toISOString();
    const rubrics = await RubricStore.open(store.db, loadRubricLibrary(), now());
    return {
      store,
      rubrics,
      now,
      bodyLimit: env.BODY_LIMIT,
      documentLimit: env.DOCUMENT_LIMIT,
      sessions: { idleMinutes: env.SESSION_IDLE_MINUTES, maxDays: env.SESSION_MAX_DAYS },
      trustedOrigins: env.TRUSTED_ORIGINS.split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin !== ''),
      trustProxy: env.TRUST_PROXY === '1',
      pdf: new PdfRenderer(),
      ...optional('oidc', oidcSettingsFromEnv(env)),
      ...optional('publicUrl', env.PUBLIC_URL),
      ...optional(
        'mailer',
        env.SMTP_URL && env.SMTP_FROM ? smtpMailer(env.SMTP_URL, env.SMTP_FROM) : undefined,
      ),
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** `{ key: value }`, or nothing when the value is undefined (exactOptionalPropertyTypes). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
