import pg from 'pg';
import type { Article } from '../../model/article.js';
import type { StoryReport } from '../../model/story.js';
import { CrosscheckError } from '../../errors.js';
import type {
  ClustererState, SearchHit, Store, StoreCapabilities, StoredArticle, StoryBuildInput, StoryPage, StoryQuery, StorySummary, StoreWriteTx,
} from '../store.js';
import { SUMMARY_COLS, articleFromRow, storedArticleFromRow, searchHitFromRow, pageOf, summaryFromRow } from '../row-mapping.js';
import { searchTerms } from '../fts-terms.js';
import { INGEST_LOCK, migratePostgres } from './migrations.js';
import { createPostgresWriteTx, writeBuiltReport } from './postgres-write-tx.js';

type Row = Record<string, unknown>;

/**
 * PostgreSQL backend (pg). Each write batch runs in one transaction that first takes a
 * transaction-level advisory lock, so several ingest processes serialise their cluster
 * assignment and never split a story; readers use other pool connections (MVCC snapshots).
 */
export class PostgresStore implements Store {
  readonly capabilities: StoreCapabilities = { fullText: 'tsvector', concurrentWriters: true, snapshotReads: true };
  private constructor(private readonly pool: pg.Pool) {}

  static async open(url: string, opts: { max?: number } = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 8 });
    pool.on('error', () => undefined);
    try {
      await migratePostgres(pool);
    } catch (e) {
      await pool.end();
      if (e instanceof CrosscheckError && e.code === 'CC_STORE_MIGRATION' && isConnectError(e.cause)) {
        throw new CrosscheckError('CC_STORE_OPEN', `cannot connect to PostgreSQL: ${(e.cause as Error).message}`, { cause: e });
      }
      throw e;
    }
    return new PostgresStore(pool);
  }

  private async rows(sql: string, params: unknown[] = []): Promise<Row[]> {
    try {
      return (await this.pool.query(sql, params)).rows as Row[];
    } catch (e) {
      throw new CrosscheckError('CC_STORE_QUERY', `PostgreSQL query failed: ${(e as Error).message}`, { cause: e });
    }
  }

  async writeTransaction<T>(fn: (tx: StoreWriteTx) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      try {
        await c.query('SELECT pg_advisory_xact_lock($1)', [INGEST_LOCK]);
        const out = await fn(createPostgresWriteTx(c));
        await c.query('COMMIT');
        return out;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw e;
      }
    } finally {
      c.release();
    }
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const [r] = await this.rows(
      `SELECT a.version, a.ingested_at, a.data, a.body, m.story_id FROM articles a
       LEFT JOIN story_members m ON m.article_id = a.id WHERE a.id = $1 AND a.is_current`,
      [id],
    );
    return r ? storedArticleFromRow(r) : null;
  }

  async getArticles(ids: string[]): Promise<Article[]> {
    if (ids.length === 0) return [];
    const rows = await this.rows('SELECT id, data, body FROM articles WHERE id = ANY($1) AND is_current', [ids]);
    const byId = new Map(rows.map((r) => [r['id'] as string, r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      return r ? [articleFromRow(r['data'] as string, r['body'] as string)] : [];
    });
  }

  async listStories(query: StoryQuery = {}): Promise<StoryPage> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown): string => { params.push(v); return `$${params.length}`; };
    if (query.since) where.push(`s.last_published >= ${p(query.since)}`);
    if (query.entity) where.push(`s.id IN (SELECT story_id FROM story_facets WHERE kind = 'entity' AND value = ${p(query.entity.trim().toLowerCase())})`);
    if (query.outlet) where.push(`s.id IN (SELECT story_id FROM story_facets WHERE kind = 'outlet' AND value = ${p(query.outlet.trim().toLowerCase())})`);
    if (query.q !== undefined) {
      const terms = searchTerms(query.q);
      if (terms.length === 0) return { total: 0, stories: [] };
      where.push(`s.id IN (SELECT m.story_id FROM articles a JOIN story_members m ON m.article_id = a.id
        WHERE a.is_current AND a.tsv @@ plainto_tsquery('simple', ${p(terms.join(' '))}))`);
    }
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const { limit, offset } = pageOf(query);
    const [n] = await this.rows(`SELECT count(*) AS n FROM stories s ${cond}`, params);
    const rows = await this.rows(
      `SELECT ${SUMMARY_COLS} FROM stories s ${cond}
       ORDER BY s.last_published DESC NULLS LAST, s.id LIMIT ${p(limit)} OFFSET ${p(offset)}`,
      params,
    );
    return { total: Number(n?.['n'] ?? 0), stories: rows.map(summaryFromRow) };
  }

  async getStory(id: string): Promise<StoryReport | null> {
    const [r] = await this.rows('SELECT report FROM stories WHERE id = $1', [id]);
    return r ? (JSON.parse(r['report'] as string) as StoryReport) : null;
  }

  async storyBuildInput(id: string): Promise<StoryBuildInput | null> {
    const c = await this.pool.connect();
    try {
      // One snapshot for the version and the members.
      await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      try {
        const s = (await c.query('SELECT version, stale FROM stories WHERE id = $1', [id])).rows[0] as Row | undefined;
        if (!s) return null;
        const rows = (await c.query(
          `SELECT a.data, a.body, x.data AS analysis FROM story_members m
           JOIN articles a ON a.id = m.article_id AND a.is_current
           LEFT JOIN article_analyses x ON x.article_id = a.id AND x.content_hash = a.content_hash
           WHERE m.story_id = $1 ORDER BY m.ord`,
          [id],
        )).rows as Row[];
        return {
          version: Number(s['version']),
          stale: s['stale'] === true,
          members: rows.map((r) => ({
            article: articleFromRow(r['data'] as string, r['body'] as string),
            analysis: r['analysis'] === null ? null : (JSON.parse(r['analysis'] as string) as unknown),
          })),
        };
      } finally {
        await c.query('COMMIT').catch(() => undefined);
      }
    } catch (e) {
      throw new CrosscheckError('CC_STORE_QUERY', `PostgreSQL query failed: ${(e as Error).message}`, { cause: e });
    } finally {
      c.release();
    }
  }

  async staleStories(opts: { ids?: string[]; limit?: number } = {}): Promise<string[]> {
    const limit = opts.limit ?? null;
    const rows = opts.ids
      ? await this.rows('SELECT id FROM stories WHERE stale AND id = ANY($1) ORDER BY id LIMIT $2', [opts.ids, limit])
      : await this.rows('SELECT id FROM stories WHERE stale ORDER BY id LIMIT $1', [limit]);
    return rows.map((r) => r['id'] as string);
  }

  async putBuiltReports(built: { report: StoryReport; summary: StorySummary; version: number }[]): Promise<number> {
    if (built.length === 0) return 0;
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      try {
        // An ingest batch holding one of these rows decides its fate (it bumps the version): do not wait for it.
        await c.query("SET LOCAL lock_timeout = '100ms'");
        let n = 0;
        for (const b of built) n += (await writeBuiltReport(c, b.report, b.summary, b.version)) ? 1 : 0;
        await c.query('COMMIT');
        return n;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => undefined);
        // 55P03: lock_not_available (the lock timeout above).
        if ((e as { code?: string }).code === '55P03') return 0;
        throw new CrosscheckError('CC_STORE_QUERY', `PostgreSQL query failed: ${(e as Error).message}`, { cause: e });
      }
    } finally {
      c.release();
    }
  }

  async getStorySummary(id: string): Promise<StorySummary | null> {
    const [r] = await this.rows(`SELECT ${SUMMARY_COLS} FROM stories WHERE id = $1`, [id]);
    return r ? summaryFromRow(r) : null;
  }

  async assignments(storyId?: string): Promise<{ articleId: string; storyId: string }[]> {
    const rows = storyId === undefined
      ? await this.rows('SELECT article_id, story_id FROM story_members ORDER BY ord')
      : await this.rows('SELECT article_id, story_id FROM story_members WHERE story_id = $1 ORDER BY ord', [storyId]);
    return rows.map((r) => ({ articleId: r['article_id'] as string, storyId: r['story_id'] as string }));
  }

  async loadClustererState(): Promise<ClustererState | null> {
    const [r] = await this.rows('SELECT version, state FROM clusterer_state WHERE id = 1');
    return r ? { version: Number(r['version']), state: JSON.parse(r['state'] as string) as unknown } : null;
  }

  async search(text: string, opts: { limit?: number; offset?: number } = {}): Promise<SearchHit[]> {
    const terms = searchTerms(text);
    if (terms.length === 0) return [];
    const { limit, offset } = pageOf(opts);
    const rows = await this.rows(
      `SELECT a.id, a.title, a.outlet, a.published_at, a.body, m.story_id, ts_rank(a.tsv, q) AS rank
       FROM articles a CROSS JOIN plainto_tsquery('simple', $1) q LEFT JOIN story_members m ON m.article_id = a.id
       WHERE a.is_current AND a.tsv @@ q ORDER BY rank DESC, a.id LIMIT $2 OFFSET $3`,
      [terms.join(' '), limit, offset],
    );
    return rows.map((r) => searchHitFromRow(r, terms, Number(r['rank'])));
  }

  async counts(): Promise<{ articles: number; versions: number; stories: number }> {
    const [r] = await this.rows(
      `SELECT (SELECT count(*) FROM articles WHERE is_current) AS a, (SELECT count(*) FROM articles) AS v,
              (SELECT count(*) FROM stories) AS s`,
    );
    return { articles: Number(r?.['a']), versions: Number(r?.['v']), stories: Number(r?.['s']) };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

function isConnectError(e: unknown): boolean {
  const code = (e as { code?: string } | undefined)?.code;
  return code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '28P01' || code === '3D000' || code === 'ENOENT';
}
