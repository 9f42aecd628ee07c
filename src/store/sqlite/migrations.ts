import type Database from 'better-sqlite3';
import { CrosscheckError } from '../../errors.js';

/** Ordered schema migrations; a migration is never edited once released, only appended. */
export const SQLITE_MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL,
  version INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  is_current INTEGER NOT NULL,
  title TEXT,
  outlet TEXT,
  published_at TEXT,
  ingested_at TEXT NOT NULL,
  body TEXT NOT NULL,
  data TEXT NOT NULL,
  UNIQUE (id, version),
  UNIQUE (id, content_hash)
);
CREATE UNIQUE INDEX articles_current ON articles (id) WHERE is_current = 1;
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, content = 'articles', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, body) VALUES (new.seq, coalesce(new.title, ''), new.body);
END;
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
CREATE INDEX stories_recent ON stories (last_published DESC, id);
CREATE TABLE story_members (
  ord INTEGER PRIMARY KEY AUTOINCREMENT,
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
ALTER TABLE stories ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN stale INTEGER NOT NULL DEFAULT 0;
CREATE INDEX stories_stale ON stories (id) WHERE stale = 1;
CREATE TABLE article_analyses (
  article_id TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (article_id, content_hash)
) WITHOUT ROWID;`,
  },
];

/** Applies pending migrations in one immediate transaction (safe when two processes open at once). */
export function migrateSqlite(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const run = db.transaction(() => {
    const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
    for (const m of SQLITE_MIGRATIONS) {
      if (done.has(m.version)) continue;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(m.version, new Date().toISOString());
    }
  });
  try {
    run.immediate();
  } catch (e) {
    throw new CrosscheckError('CC_STORE_MIGRATION', `SQLite migration failed: ${(e as Error).message}`, { cause: e });
  }
}
