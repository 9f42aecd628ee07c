import type pg from 'pg';
import type { Article } from '../../model/article.js';
import type { StoryReport } from '../../model/story.js';
import type { ClustererState, PutArticlesResult, StorySummary, StoreWriteTx } from '../store.js';
import { articleData, articleFromRow } from '../row-mapping.js';
import { storyFacets } from '../story-summary.js';

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

    async storyOf(articleId: string): Promise<string | null> {
      const r = await one('SELECT story_id FROM story_members WHERE article_id = $1', [articleId]);
      return r ? (r['story_id'] as string) : null;
    },

    async putStoryReport(report: StoryReport, s: StorySummary): Promise<void> {
      await c.query(
        `INSERT INTO stories (id, title, article_count, outlets, first_published, last_published, top_entities,
           discrepancy_count, updated_at, report) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, article_count = excluded.article_count,
           outlets = excluded.outlets, first_published = excluded.first_published, last_published = excluded.last_published,
           top_entities = excluded.top_entities, discrepancy_count = excluded.discrepancy_count,
           updated_at = excluded.updated_at, report = excluded.report`,
        [s.id, s.title, s.articleCount, JSON.stringify(s.outlets), s.firstPublished, s.lastPublished,
          JSON.stringify(s.topEntities), s.discrepancyCount, s.updatedAt, JSON.stringify(report)],
      );
      await c.query('DELETE FROM story_facets WHERE story_id = $1', [s.id]);
      const facets = storyFacets(report, s);
      if (facets.length) {
        await c.query(
          `INSERT INTO story_facets (story_id, kind, value)
           SELECT $1, k, v FROM unnest($2::text[], $3::text[]) AS t(k, v) ON CONFLICT DO NOTHING`,
          [s.id, facets.map((f) => f.kind), facets.map((f) => f.value)],
        );
      }
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
