import Database from 'better-sqlite3';
import type { Article } from '../../model/article.js';
import type { StoryReport } from '../../model/story.js';
import { CrosscheckError } from '../../errors.js';
import type {
  ClustererState, SearchHit, Store, StoreCapabilities, StoredArticle, StoryBuildInput, StoryPage, StoryQuery, StorySummary, StoreWriteTx,
} from '../store.js';
import { SUMMARY_COLS, articleFromRow, storedArticleFromRow, searchHitFromRow, pageOf, summaryFromRow } from '../row-mapping.js';
import { searchTerms } from '../fts-terms.js';
import { migrateSqlite } from './migrations.js';
import { createSqliteWriteTx, writeBuiltReport } from './sqlite-write-tx.js';

type Row = Record<string, unknown>;


/**
 * SQLite backend (better-sqlite3, WAL). Writes go through one connection inside BEGIN IMMEDIATE
 * (which also serialises writers in other processes); reads use a second connection so they see
 * only committed data while a batch is being written.
 */
export class SqliteStore implements Store {
  readonly capabilities: StoreCapabilities;
  private readonly writer: Database.Database;
  private readonly reader: Database.Database;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly statements = new Map<string, Database.Statement>();

  constructor(path: string) {
    try {
      this.writer = new Database(path);
      this.writer.pragma('journal_mode = WAL');
      this.writer.pragma('synchronous = NORMAL');
      this.writer.pragma('busy_timeout = 30000');
      migrateSqlite(this.writer);
      const memory = path === ':memory:' || path === '';
      this.reader = memory ? this.writer : new Database(path, { readonly: true });
      if (!memory) this.reader.pragma('busy_timeout = 30000');
      this.capabilities = { fullText: 'fts5', concurrentWriters: true, snapshotReads: !memory };
    } catch (e) {
      if (e instanceof CrosscheckError) throw e;
      throw new CrosscheckError('CC_STORE_OPEN', `cannot open SQLite store ${path}: ${(e as Error).message}`, { cause: e });
    }
  }

  /** A reader statement, prepared once (story reads run per request). */
  private read(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.reader.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  writeTransaction<T>(fn: (tx: StoreWriteTx) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      this.writer.exec('BEGIN IMMEDIATE');
      try {
        const out = await fn(createSqliteWriteTx(this.writer));
        this.writer.exec('COMMIT');
        return out;
      } catch (e) {
        if (this.writer.inTransaction) this.writer.exec('ROLLBACK');
        throw e;
      }
    };
    const p = this.queue.then(run, run);
    this.queue = p.catch(() => undefined);
    return p;
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const r = this.read(
      `SELECT a.version, a.ingested_at, a.data, a.body, m.story_id FROM articles a
       LEFT JOIN story_members m ON m.article_id = a.id WHERE a.id = ? AND a.is_current = 1`,
    ).get(id) as Row | undefined;
    return r ? storedArticleFromRow(r) : null;
  }

  async getArticles(ids: string[]): Promise<Article[]> {
    const stmt = this.read('SELECT data, body FROM articles WHERE id = ? AND is_current = 1');
    const out: Article[] = [];
    for (const id of ids) {
      const r = stmt.get(id) as Row | undefined;
      if (r) out.push(articleFromRow(r['data'] as string, r['body'] as string));
    }
    return out;
  }

  async listStories(query: StoryQuery = {}): Promise<StoryPage> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.since) { where.push('s.last_published >= ?'); params.push(query.since); }
    if (query.entity) {
      where.push("s.id IN (SELECT story_id FROM story_facets WHERE kind = 'entity' AND value = ?)");
      params.push(query.entity.trim().toLowerCase());
    }
    if (query.outlet) {
      where.push("s.id IN (SELECT story_id FROM story_facets WHERE kind = 'outlet' AND value = ?)");
      params.push(query.outlet.trim().toLowerCase());
    }
    if (query.q !== undefined) {
      const terms = searchTerms(query.q);
      if (terms.length === 0) return { total: 0, stories: [] };
      where.push(`s.id IN (SELECT m.story_id FROM articles_fts f JOIN articles a ON a.seq = f.rowid AND a.is_current = 1
        JOIN story_members m ON m.article_id = a.id WHERE articles_fts MATCH ?)`);
      params.push(ftsQuery(terms));
    }
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const { limit, offset } = pageOf(query);
    const total = Number((this.read(`SELECT count(*) AS n FROM stories s ${cond}`).get(...params) as Row)['n']);
    const rows = this.read(
      `SELECT ${SUMMARY_COLS} FROM stories s ${cond}
       ORDER BY s.last_published DESC, s.id LIMIT ? OFFSET ?`,
    ).all(...params, limit, offset) as Row[];
    return { total, stories: rows.map(summaryFromRow) };
  }

  async getStory(id: string): Promise<StoryReport | null> {
    const r = this.read('SELECT report FROM stories WHERE id = ?').get(id) as Row | undefined;
    return r ? (JSON.parse(r['report'] as string) as StoryReport) : null;
  }

  async storyBuildInput(id: string): Promise<StoryBuildInput | null> {
    // One read transaction: the version and the members come from the same snapshot.
    const read = this.reader.transaction((): StoryBuildInput | null => {
      const s = this.read('SELECT version, stale FROM stories WHERE id = ?').get(id) as Row | undefined;
      if (!s) return null;
      const rows = this.read(
        `SELECT a.data, a.body, x.data AS analysis FROM story_members m
         JOIN articles a ON a.id = m.article_id AND a.is_current = 1
         LEFT JOIN article_analyses x ON x.article_id = a.id AND x.content_hash = a.content_hash
         WHERE m.story_id = ? ORDER BY m.ord`,
      ).all(id) as Row[];
      return {
        version: Number(s['version']),
        stale: Number(s['stale']) === 1,
        members: rows.map((r) => ({
          article: articleFromRow(r['data'] as string, r['body'] as string),
          analysis: r['analysis'] === null ? null : (JSON.parse(r['analysis'] as string) as unknown),
        })),
      };
    });
    return read();
  }

  async staleStories(opts: { ids?: string[]; limit?: number } = {}): Promise<string[]> {
    const limit = opts.limit ?? -1;
    const rows = (opts.ids
      ? this.read('SELECT id FROM stories WHERE stale = 1 AND id IN (SELECT value FROM json_each(?)) ORDER BY id LIMIT ?').all(JSON.stringify(opts.ids), limit)
      : this.read('SELECT id FROM stories WHERE stale = 1 ORDER BY id LIMIT ?').all(limit)) as Row[];
    return rows.map((r) => r['id'] as string);
  }

  async putBuiltReports(built: { report: StoryReport; summary: StorySummary; version: number }[]): Promise<number> {
    if (built.length === 0) return 0;
    // An ingest batch of this process holds the writer (between awaits): do not wait for it.
    if (this.writer.inTransaction) return 0;
    // Nor for one of another process: better-sqlite3 would block the event loop while it waits.
    this.writer.pragma('busy_timeout = 0');
    try {
      this.writer.exec('BEGIN IMMEDIATE');
    } catch {
      return 0;
    } finally {
      this.writer.pragma('busy_timeout = 30000');
    }
    try {
      let n = 0;
      for (const b of built) n += writeBuiltReport(this.writer, b.report, b.summary, b.version) ? 1 : 0;
      this.writer.exec('COMMIT');
      return n;
    } catch (e) {
      if (this.writer.inTransaction) this.writer.exec('ROLLBACK');
      throw e;
    }
  }

  async getStorySummary(id: string): Promise<StorySummary | null> {
    const r = this.read(`SELECT ${SUMMARY_COLS} FROM stories WHERE id = ?`).get(id) as Row | undefined;
    return r ? summaryFromRow(r) : null;
  }

  async assignments(storyId?: string): Promise<{ articleId: string; storyId: string }[]> {
    const rows = (storyId === undefined
      ? this.read('SELECT article_id, story_id FROM story_members ORDER BY ord').all()
      : this.read('SELECT article_id, story_id FROM story_members WHERE story_id = ? ORDER BY ord').all(storyId)) as Row[];
    return rows.map((r) => ({ articleId: r['article_id'] as string, storyId: r['story_id'] as string }));
  }

  async loadClustererState(): Promise<ClustererState | null> {
    const r = this.read('SELECT version, state FROM clusterer_state WHERE id = 1').get() as Row | undefined;
    return r ? { version: Number(r['version']), state: JSON.parse(r['state'] as string) as unknown } : null;
  }

  async search(text: string, opts: { limit?: number; offset?: number } = {}): Promise<SearchHit[]> {
    const terms = searchTerms(text);
    if (terms.length === 0) return [];
    const { limit, offset } = pageOf(opts);
    const rows = this.read(
      `SELECT a.id, a.title, a.outlet, a.published_at, a.body, m.story_id, bm25(articles_fts) AS rank
       FROM articles_fts f JOIN articles a ON a.seq = f.rowid AND a.is_current = 1
       LEFT JOIN story_members m ON m.article_id = a.id
       WHERE articles_fts MATCH ? ORDER BY rank, a.id LIMIT ? OFFSET ?`,
    ).all(ftsQuery(terms), limit, offset) as Row[];
    // bm25() is lower-is-better; the API's rank is higher-is-better.
    return rows.map((r) => searchHitFromRow(r, terms, -Number(r['rank'])));
  }

  async counts(): Promise<{ articles: number; versions: number; stories: number }> {
    const n = (sql: string): number => Number((this.read(sql).get() as Row)['n']);
    return {
      articles: n('SELECT count(*) AS n FROM articles WHERE is_current = 1'),
      versions: n('SELECT count(*) AS n FROM articles'),
      stories: n('SELECT count(*) AS n FROM stories'),
    };
  }

  async close(): Promise<void> {
    await this.queue;
    if (this.reader !== this.writer) this.reader.close();
    this.writer.close();
  }
}

/** Terms are letters/digits only; each is quoted so FTS5 operators cannot appear. */
function ftsQuery(terms: string[]): string {
  return terms.map((t) => `"${t}"`).join(' ');
}
