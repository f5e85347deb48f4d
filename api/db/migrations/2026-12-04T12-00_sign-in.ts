// Frozen: never edit a migration that has shipped; add a new one.
import type { Kysely } from 'kysely';

/**
 * Sign-in with the organisation's account (OpenID Connect) and one-time links by e-mail.
 * A user signed up through SSO or invited without a password gets an unusable password hash
 * (see auth/password.ts `NO_PASSWORD`), so `users.password_hash` stays NOT NULL.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // A user's account at a provider: (issuer, subject) is the stable key, never the e-mail.
  await db.schema
    .createTable('user_identities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('linked_at', 'text', (c) => c.notNull())
    .addColumn('last_login_at', 'text')
    .addUniqueConstraint('user_identities_subject', ['issuer', 'subject'])
    .addUniqueConstraint('user_identities_user_issuer', ['user_id', 'issuer'])
    .execute();

  // A started OpenID Connect sign-in: its state (hashed), PKCE verifier and nonce, used once.
  await db.schema
    .createTable('oidc_logins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  // Who may sign up through SSO: an e-mail domain, the role and (readers) the kommun.
  await db.schema
    .createTable('signup_domains')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('domain', 'text', (c) => c.notNull().unique())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('municipality_code', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // One-time links (invitations, password resets): only the token's SHA-256 is kept.
  await db.schema
    .createTable('user_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('user_tokens_user').on('user_tokens').column('user_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('user_tokens').execute();
  await db.schema.dropTable('signup_domains').execute();
  await db.schema.dropTable('oidc_logins').execute();
  await db.schema.dropTable('user_identities').execute();
}
