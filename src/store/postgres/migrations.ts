import type pg from 'pg';
import { CrosscheckError } from '../../errors.js';

/** Advisory lock keys (arbitrary constants, one per purpose). */
export const MIGRATION_LOCK = 74_101;
export const INGEST_LOCK = 74_102;

/** Ordered schema migrations; a migration is never edited once released, only appended. */
export const POSTGRES_MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
CREATE TABLE articles (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL,
  version INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  is_current BOOLEAN NOT NULL,
  title TEXT,
  outlet TEXT,
  published_at TEXT,
  ingested_at TEXT NOT NULL,
  body TEXT NOT NULL,
  data TEXT NOT NULL,
  tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || body)) STORED,
  UNIQUE (id, version),
  UNIQUE (id, content_hash)
);
CREATE UNIQUE INDEX articles_current ON articles (id) WHERE is_current;
CREATE INDEX articles_tsv ON articles USING GIN (tsv);
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  article_count INTEGER NOT NULL,
  outlets TEXT NOT NULL,
  first_published TEXT,
  last_published TEXT,
  top_entities TEXT NOT NULL,
  discrepancy_count INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  report TEXT NOT NULL
);
CREATE INDEX stories_recent ON stories (last_published DESC NULLS LAST, id);
CREATE TABLE story_members (
  ord BIGSERIAL PRIMARY KEY,
  article_id TEXT NOT NULL UNIQUE,
  story_id TEXT NOT NULL
);
CREATE INDEX story_members_story ON story_members (story_id, ord);
CREATE TABLE story_facets (
  story_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (kind, value, story_id)
);
CREATE INDEX story_facets_story ON story_facets (story_id);
CREATE TABLE clusterer_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL,
  state TEXT NOT NULL
);`,
  },
  {
    // Deferred story reports: a version bumped by every change of a story, a stale flag for a
    // report older than its members, and the per-article analyses the reports are built from.
    version: 2,
    sql: `
ALTER TABLE stories ADD COLUMN version INTEGER NOT NULL DEFAULT 0, ADD COLUMN stale BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX stories_stale ON stories (id) WHERE stale;
CREATE TABLE article_analyses (
  article_id TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (article_id, content_hash)
);`,
  },
];

/** Applies pending migrations under a session advisory lock, so concurrent openers wait. */
export async function migratePostgres(pool: pg.Pool): Promise<void> {
  const c = await pool.connect();
  try {
    await c.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
      const done = new Set((await c.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
      for (const m of POSTGRES_MIGRATIONS) {
        if (done.has(m.version)) continue;
        await c.query('BEGIN');
        try {
          await c.query(m.sql);
          await c.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [m.version, new Date().toISOString()]);
          await c.query('COMMIT');
        } catch (e) {
          await c.query('ROLLBACK');
          throw e;
        }
      }
    } finally {
      await c.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } catch (e) {
    throw new CrosscheckError('CC_STORE_MIGRATION', `PostgreSQL migration failed: ${(e as Error).message}`, { cause: e });
  } finally {
    c.release();
  }
}
