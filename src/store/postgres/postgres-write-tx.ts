import type pg from 'pg';
import type { Article } from '../../model/article.js';
import type { StoryReport } from '../../model/story.js';
import type { ClustererState, MemberFields, PutArticlesResult, StoredAnalysis, StorySummary, StoreWriteTx } from '../store.js';
import { articleData, articleFromRow, memberFieldsFromRow } from '../row-mapping.js';
import { outletFacets, storyFacets } from '../story-summary.js';

type Row = Record<string, unknown>;

/** The write operations of one batch; the caller holds a transaction and the ingest advisory lock on `c`. */
export function createPostgresWriteTx(c: pg.PoolClient): StoreWriteTx {
  const now = new Date().toISOString();
  const one = async (sql: string, params: unknown[]): Promise<Row | undefined> => (await c.query(sql, params)).rows[0] as Row | undefined;
  /** A known id with other content: a new version (or an older identical one made current again). */
  const putChanged = async (a: Article, res: PutArticlesResult): Promise<void> => {
    await c.query('UPDATE articles SET is_current = false WHERE id = $1 AND is_current', [a.id]);
    const old = await one('SELECT seq FROM articles WHERE id = $1 AND content_hash = $2', [a.id, a.contentHash]);
    if (old) await c.query('UPDATE articles SET is_current = true WHERE seq = $1', [old['seq']]);
    else {
      const v = Number((await one('SELECT max(version) AS v FROM articles WHERE id = $1', [a.id]))?.['v']) + 1;
      await c.query(
        `INSERT INTO articles (id, version, content_hash, is_current, title, outlet, published_at, ingested_at, body, data)
         VALUES ($1, $2, $3, true, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
        [a.id, v, a.contentHash, a.title, a.outlet, a.publishedAt, now, a.text, articleData(a)],
      );
    }
    res.updated.push(a);
  };
  return {
    async putArticles(articles: Article[]): Promise<PutArticlesResult> {
      const res: PutArticlesResult = { added: [], updated: [], unchanged: [] };
      // Fast path: one query for the current hashes, one multi-row insert for new ids.
      const ids = articles.map((a) => a.id);
      const current = new Map<string, string>();
      if (new Set(ids).size === ids.length) {
        const r = await c.query('SELECT id, content_hash FROM articles WHERE id = ANY($1) AND is_current', [ids]);
        for (const row of r.rows as Row[]) current.set(row['id'] as string, row['content_hash'] as string);
        const fresh = articles.filter((a) => !current.has(a.id));
        if (fresh.length) {
          const col = <K extends keyof Article>(k: K): unknown[] => fresh.map((a) => a[k]);
          await c.query(
            `INSERT INTO articles (id, version, content_hash, is_current, title, outlet, published_at, ingested_at, body, data)
             SELECT id, 1, h, true, t, o, p, $1, b, d FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
               AS x(id, h, t, o, p, b, d) ON CONFLICT DO NOTHING`,
            [now, col('id'), col('contentHash'), col('title'), col('outlet'), col('publishedAt'), col('text'), fresh.map(articleData)],
          );
        }
        for (const a of articles) {
          const h = current.get(a.id);
          if (h === undefined) res.added.push(a);
          else if (h === a.contentHash) res.unchanged.push(a.id);
          else await putChanged(a, res);
        }
        return res;
      }
      for (const a of articles) {
        const cur = await one('SELECT content_hash FROM articles WHERE id = $1 AND is_current', [a.id]);
        if (!cur) {
          await c.query(
            `INSERT INTO articles (id, version, content_hash, is_current, title, outlet, published_at, ingested_at, body, data)
             VALUES ($1, 1, $2, true, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
            [a.id, a.contentHash, a.title, a.outlet, a.publishedAt, now, a.text, articleData(a)],
          );
          res.added.push(a);
        } else if (cur['content_hash'] === a.contentHash) res.unchanged.push(a.id);
        else await putChanged(a, res);
      }
      return res;
    },

    async assign(assignments): Promise<void> {
      for (const x of assignments) {
        await c.query(
          `INSERT INTO story_members (article_id, story_id) VALUES ($1, $2)
           ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id`,
          [x.articleId, x.storyId],
        );
      }
    },

    async mergeStories(into: string, from: string[]): Promise<void> {
      const others = from.filter((f) => f !== into);
      if (others.length === 0) return;
      await c.query('UPDATE story_members SET story_id = $1 WHERE story_id = ANY($2)', [into, others]);
      await c.query('DELETE FROM stories WHERE id = ANY($1)', [others]);
      await c.query('DELETE FROM story_facets WHERE story_id = ANY($1)', [others]);
    },

    async storyArticles(storyId: string): Promise<Article[]> {
      const r = await c.query(
        `SELECT a.data, a.body FROM story_members m JOIN articles a ON a.id = m.article_id AND a.is_current
         WHERE m.story_id = $1 ORDER BY m.ord`,
        [storyId],
      );
      return (r.rows as Row[]).map((x) => articleFromRow(x['data'] as string, x['body'] as string));
    },

    async storyMemberFields(storyId: string): Promise<MemberFields[]> {
      const r = await c.query(
        `SELECT a.title, a.outlet, a.published_at FROM story_members m JOIN articles a ON a.id = m.article_id AND a.is_current
         WHERE m.story_id = $1 ORDER BY m.ord`,
        [storyId],
      );
      return (r.rows as Row[]).map(memberFieldsFromRow);
    },

    async storyOf(articleId: string): Promise<string | null> {
      const r = await one('SELECT story_id FROM story_members WHERE article_id = $1', [articleId]);
      return r ? (r['story_id'] as string) : null;
    },

    async putStoryReport(report: StoryReport, s: StorySummary): Promise<void> {
      await c.query(
        `INSERT INTO stories (id, title, article_count, outlets, first_published, last_published, top_entities,
           discrepancy_count, updated_at, report, version, stale) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, false)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, article_count = excluded.article_count,
           outlets = excluded.outlets, first_published = excluded.first_published, last_published = excluded.last_published,
           top_entities = excluded.top_entities, discrepancy_count = excluded.discrepancy_count,
           updated_at = excluded.updated_at, report = excluded.report, version = stories.version + 1, stale = false`,
        [s.id, s.title, s.articleCount, JSON.stringify(s.outlets), s.firstPublished, s.lastPublished,
          JSON.stringify(s.topEntities), s.discrepancyCount, s.updatedAt, JSON.stringify(report)],
      );
      await replaceFacets(c, s.id, storyFacets(report, s));
    },

    async putAnalyses(analyses: StoredAnalysis[]): Promise<void> {
      if (analyses.length === 0) return;
      await c.query(
        `INSERT INTO article_analyses (article_id, content_hash, data)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`,
        [analyses.map((x) => x.articleId), analyses.map((x) => x.contentHash), analyses.map((x) => x.json)],
      );
    },

    async markStoryStale(s: StorySummary): Promise<void> {
      // A new story has no report yet ('null'); an old one keeps its last report and title until rebuilt.
      await c.query(
        `INSERT INTO stories (id, title, article_count, outlets, first_published, last_published, top_entities,
           discrepancy_count, updated_at, report, version, stale) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'null', 1, true)
         ON CONFLICT (id) DO UPDATE SET article_count = excluded.article_count, outlets = excluded.outlets,
           first_published = excluded.first_published, last_published = excluded.last_published,
           updated_at = excluded.updated_at, version = stories.version + 1, stale = true`,
        [s.id, s.title, s.articleCount, JSON.stringify(s.outlets), s.firstPublished, s.lastPublished,
          JSON.stringify(s.topEntities), s.discrepancyCount, s.updatedAt],
      );
      await c.query("DELETE FROM story_facets WHERE story_id = $1 AND kind = 'outlet'", [s.id]);
      await insertFacets(c, s.id, outletFacets(s));
    },

    async clustererStateVersion(): Promise<number> {
      const r = await one('SELECT version FROM clusterer_state WHERE id = 1', []);
      return r ? Number(r['version']) : 0;
    },

    async loadClustererState(): Promise<ClustererState | null> {
      const r = await one('SELECT version, state FROM clusterer_state WHERE id = 1', []);
      return r ? { version: Number(r['version']), state: JSON.parse(r['state'] as string) as unknown } : null;
    },

    async saveClustererState(state: unknown, version: number): Promise<void> {
      await c.query(
        `INSERT INTO clusterer_state (id, version, state) VALUES (1, $1, $2)
         ON CONFLICT (id) DO UPDATE SET version = excluded.version, state = excluded.state`,
        [version, JSON.stringify(state)],
      );
    },
  };
}

async function insertFacets(c: pg.PoolClient, storyId: string, facets: { kind: string; value: string }[]): Promise<void> {
  if (facets.length === 0) return;
  await c.query(
    `INSERT INTO story_facets (story_id, kind, value)
     SELECT $1, k, v FROM unnest($2::text[], $3::text[]) AS t(k, v) ON CONFLICT DO NOTHING`,
    [storyId, facets.map((f) => f.kind), facets.map((f) => f.value)],
  );
}

async function replaceFacets(c: pg.PoolClient, storyId: string, facets: { kind: string; value: string }[]): Promise<void> {
  await c.query('DELETE FROM story_facets WHERE story_id = $1', [storyId]);
  await insertFacets(c, storyId, facets);
}

/**
 * Stores a report built after ingest if the story is still stale at `version` (a batch that
 * changed it since bumped the version); the caller holds a transaction on `c`. Returns whether it did.
 */
export async function writeBuiltReport(c: pg.PoolClient, report: StoryReport, s: StorySummary, version: number): Promise<boolean> {
  const r = await c.query(
    `UPDATE stories SET title = $1, article_count = $2, outlets = $3, first_published = $4, last_published = $5,
       top_entities = $6, discrepancy_count = $7, updated_at = $8, report = $9, stale = false
     WHERE id = $10 AND version = $11 AND stale`,
    [s.title, s.articleCount, JSON.stringify(s.outlets), s.firstPublished, s.lastPublished,
      JSON.stringify(s.topEntities), s.discrepancyCount, s.updatedAt, JSON.stringify(report), s.id, version],
  );
  if (r.rowCount !== 1) return false;
  await replaceFacets(c, s.id, storyFacets(report, s));
  return true;
}
