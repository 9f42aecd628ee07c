import type Database from 'better-sqlite3';
import type { Article } from '../../model/article.js';
import type { StoryReport } from '../../model/story.js';
import type { ClustererState, MemberFields, PutArticlesResult, StoredAnalysis, StorySummary, StoreWriteTx } from '../store.js';
import { articleData, articleFromRow, memberFieldsFromRow } from '../row-mapping.js';
import { outletFacets, storyFacets } from '../story-summary.js';

type Row = Record<string, unknown>;

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** Prepared once per connection and SQL text. */
function stmt(db: Database.Database, sql: string): Database.Statement {
  let m = cache.get(db);
  if (!m) { m = new Map(); cache.set(db, m); }
  let st = m.get(sql);
  if (!st) { st = db.prepare(sql); m.set(sql, st); }
  return st;
}

/** The write operations of one batch; the caller holds BEGIN IMMEDIATE on `db`. */
export function createSqliteWriteTx(db: Database.Database): StoreWriteTx {
  const now = new Date().toISOString();
  return {
    async putArticles(articles: Article[]): Promise<PutArticlesResult> {
      const res: PutArticlesResult = { added: [], updated: [], unchanged: [] };
      const current = stmt(db, 'SELECT seq, version, content_hash FROM articles WHERE id = ? AND is_current = 1');
      const same = stmt(db, 'SELECT seq FROM articles WHERE id = ? AND content_hash = ?');
      const maxVersion = stmt(db, 'SELECT max(version) AS v FROM articles WHERE id = ?');
      const retire = stmt(db, 'UPDATE articles SET is_current = 0 WHERE seq = ?');
      const revive = stmt(db, 'UPDATE articles SET is_current = 1 WHERE seq = ?');
      const insert = stmt(db, 
        `INSERT INTO articles (id, version, content_hash, is_current, title, outlet, published_at, ingested_at, body, data)
         VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      );
      for (const a of articles) {
        const cur = current.get(a.id) as Row | undefined;
        if (cur && cur['content_hash'] === a.contentHash) { res.unchanged.push(a.id); continue; }
        if (cur) retire.run(cur['seq']);
        const old = cur ? (same.get(a.id, a.contentHash) as Row | undefined) : undefined;
        if (old) revive.run(old['seq']);
        else {
          const v = cur ? Number((maxVersion.get(a.id) as Row)['v']) + 1 : 1;
          insert.run(a.id, v, a.contentHash, a.title, a.outlet, a.publishedAt, now, a.text, articleData(a));
        }
        (cur ? res.updated : res.added).push(a);
      }
      return res;
    },

    async assign(assignments): Promise<void> {
      const up = stmt(db, 
        'INSERT INTO story_members (article_id, story_id) VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id',
      );
      for (const x of assignments) up.run(x.articleId, x.storyId);
    },

    async mergeStories(into: string, from: string[]): Promise<void> {
      const move = stmt(db, 'UPDATE story_members SET story_id = ? WHERE story_id = ?');
      const delStory = stmt(db, 'DELETE FROM stories WHERE id = ?');
      const delFacets = stmt(db, 'DELETE FROM story_facets WHERE story_id = ?');
      for (const f of from) {
        if (f === into) continue;
        move.run(into, f);
        delStory.run(f);
        delFacets.run(f);
      }
    },

    async storyArticles(storyId: string): Promise<Article[]> {
      const rows = stmt(db, 
        `SELECT a.data, a.body FROM story_members m JOIN articles a ON a.id = m.article_id AND a.is_current = 1
         WHERE m.story_id = ? ORDER BY m.ord`,
      ).all(storyId) as Row[];
      return rows.map((r) => articleFromRow(r['data'] as string, r['body'] as string));
    },

    async storyMemberFields(storyId: string): Promise<MemberFields[]> {
      const rows = stmt(db,
        `SELECT a.title, a.outlet, a.published_at FROM story_members m JOIN articles a ON a.id = m.article_id AND a.is_current = 1
         WHERE m.story_id = ? ORDER BY m.ord`,
      ).all(storyId) as Row[];
      return rows.map(memberFieldsFromRow);
    },

    async storyOf(articleId: string): Promise<string | null> {
      const r = stmt(db, 'SELECT story_id FROM story_members WHERE article_id = ?').get(articleId) as Row | undefined;
      return r ? (r['story_id'] as string) : null;
    },

    async putStoryReport(report: StoryReport, s: StorySummary): Promise<void> {
      stmt(db, 
        `INSERT INTO stories (id, title, article_count, outlets, first_published, last_published, top_entities,
           discrepancy_count, updated_at, report, version, stale) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, article_count = excluded.article_count,
           outlets = excluded.outlets, first_published = excluded.first_published, last_published = excluded.last_published,
           top_entities = excluded.top_entities, discrepancy_count = excluded.discrepancy_count,
           updated_at = excluded.updated_at, report = excluded.report, version = stories.version + 1, stale = 0`,
      ).run(s.id, s.title, s.articleCount, JSON.stringify(s.outlets), s.firstPublished, s.lastPublished,
        JSON.stringify(s.topEntities), s.discrepancyCount, s.updatedAt, JSON.stringify(report));
      replaceFacets(db, s.id, storyFacets(report, s));
    },

    async putAnalyses(analyses: StoredAnalysis[]): Promise<void> {
      const ins = stmt(db, 'INSERT OR IGNORE INTO article_analyses (article_id, content_hash, data) VALUES (?, ?, ?)');
      for (const x of analyses) ins.run(x.articleId, x.contentHash, x.json);
    },

    async markStoryStale(s: StorySummary): Promise<void> {
      // A new story has no report yet ('null'); an old one keeps its last report and title until rebuilt.
      stmt(db,
        `INSERT INTO stories (id, title, article_count, outlets, first_published, last_published, top_entities,
           discrepancy_count, updated_at, report, version, stale) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'null', 1, 1)
         ON CONFLICT (id) DO UPDATE SET article_count = excluded.article_count, outlets = excluded.outlets,
           first_published = excluded.first_published, last_published = excluded.last_published,
           updated_at = excluded.updated_at, version = stories.version + 1, stale = 1`,
      ).run(s.id, s.title, s.articleCount, JSON.stringify(s.outlets), s.firstPublished, s.lastPublished,
        JSON.stringify(s.topEntities), s.discrepancyCount, s.updatedAt);
      stmt(db, "DELETE FROM story_facets WHERE story_id = ? AND kind = 'outlet'").run(s.id);
      const ins = stmt(db, 'INSERT OR IGNORE INTO story_facets (story_id, kind, value) VALUES (?, ?, ?)');
      for (const f of outletFacets(s)) ins.run(s.id, f.kind, f.value);
    },

    async clustererStateVersion(): Promise<number> {
      const r = stmt(db, 'SELECT version FROM clusterer_state WHERE id = 1').get() as Row | undefined;
      return r ? Number(r['version']) : 0;
    },

    async loadClustererState(): Promise<ClustererState | null> {
      const r = stmt(db, 'SELECT version, state FROM clusterer_state WHERE id = 1').get() as Row | undefined;
      return r ? { version: Number(r['version']), state: JSON.parse(r['state'] as string) as unknown } : null;
    },

    async saveClustererState(state: unknown, version: number): Promise<void> {
      stmt(db, 
        `INSERT INTO clusterer_state (id, version, state) VALUES (1, ?, ?)
         ON CONFLICT (id) DO UPDATE SET version = excluded.version, state = excluded.state`,
      ).run(version, JSON.stringify(state));
    },
  };
}

function replaceFacets(db: Database.Database, storyId: string, facets: { kind: string; value: string }[]): void {
  stmt(db, 'DELETE FROM story_facets WHERE story_id = ?').run(storyId);
  const ins = stmt(db, 'INSERT OR IGNORE INTO story_facets (story_id, kind, value) VALUES (?, ?, ?)');
  for (const f of facets) ins.run(storyId, f.kind, f.value);
}

/**
 * Stores a report built after ingest if the story is still stale at `version` (a batch that
 * changed it since bumped the version); the caller holds a write transaction. Returns whether it did.
 */
export function writeBuiltReport(db: Database.Database, report: StoryReport, s: StorySummary, version: number): boolean {
  const r = stmt(db,
    `UPDATE stories SET title = ?, article_count = ?, outlets = ?, first_published = ?, last_published = ?,
       top_entities = ?, discrepancy_count = ?, updated_at = ?, report = ?, stale = 0
     WHERE id = ? AND version = ? AND stale = 1`,
  ).run(s.title, s.articleCount, JSON.stringify(s.outlets), s.firstPublished, s.lastPublished,
    JSON.stringify(s.topEntities), s.discrepancyCount, s.updatedAt, JSON.stringify(report), s.id, version);
  if (r.changes !== 1) return false;
  replaceFacets(db, s.id, storyFacets(report, s));
  return true;
}
