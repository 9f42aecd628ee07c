import type { Article } from '../model/article.js';
import type { StoryReport } from '../model/story.js';

/** What a backend can do; core code asks these flags instead of testing the backend's name. */
export interface StoreCapabilities {
  /** Full-text engine behind search(). */
  fullText: 'fts5' | 'tsvector';
  /** Several processes may run write transactions at once (they are serialised by a lock). */
  concurrentWriters: boolean;
  /** Readers see only committed data while a write transaction runs. */
  snapshotReads: boolean;
}

/** An article as stored: the record plus its version and ingest time. */
export interface StoredArticle {
  article: Article;
  version: number;
  ingestedAt: string;
  storyId: string | null;
}

export interface PutArticlesResult {
  /** Articles never seen before (by id). */
  added: Article[];
  /** Articles whose id was known with other content: stored as a new version. */
  updated: Article[];
  /** Ids whose current content was already stored: nothing written. */
  unchanged: string[];
}

/** The list-view fields of a story, kept next to its report so lists need no report parsing. */
export interface StorySummary {
  id: string;
  title: string;
  articleCount: number;
  outlets: string[];
  firstPublished: string | null;
  lastPublished: string | null;
  topEntities: string[];
  discrepancyCount: number;
  updatedAt: string;
}

export interface StoryQuery {
  /** ISO date: stories with an article published on or after it. */
  since?: string;
  /** Full-text query over the stories' articles. */
  q?: string;
  /** Entity name (case-insensitive, exact name or variant). */
  entity?: string;
  /** Outlet name (case-insensitive). */
  outlet?: string;
  limit?: number;
  offset?: number;
}

export interface StoryPage {
  total: number;
  stories: StorySummary[];
}

export interface SearchHit {
  articleId: string;
  storyId: string | null;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  /** A short excerpt of the text around the match (plain text). */
  snippet: string;
  rank: number;
}

/** The fields of a member article a story's list view needs. */
export type MemberFields = Pick<Article, 'title' | 'outlet' | 'publishedAt'>;

/** A story's member articles with their stored per-article analyses: the input of a report build. */
export interface StoryBuildInput {
  /** Bumped by every batch that changes the story; a lazily built report is kept only for this version. */
  version: number;
  /** The stored report is older than the members (reports deferred at ingest). */
  stale: boolean;
  /** Current member articles in ingest order, each with its stored analysis (null: none stored). */
  members: { article: Article; analysis: unknown }[];
}

/** A per-article analysis to store (opaque to the store), keyed by article id and content. */
export interface StoredAnalysis {
  articleId: string;
  contentHash: string;
  /** The analysis as JSON text (storyBuildInput gives it back parsed). */
  json: string;
}

export interface ClustererState {
  /** Bumped at each save; a worker holding an older version reloads the state. */
  version: number;
  state: unknown;
}

/** Operations allowed inside a write transaction (one batch). */
export interface StoreWriteTx {
  /** Idempotent: same id + contentHash is stored once; changed content becomes a new version. */
  putArticles(articles: Article[]): Promise<PutArticlesResult>;
  /** Sets the story of each article (insert or move). */
  assign(assignments: { articleId: string; storyId: string }[]): Promise<void>;
  /** Moves every member of the `from` stories into `into` and deletes the `from` stories. */
  mergeStories(into: string, from: string[]): Promise<void>;
  /** Current versions of a story's member articles, in ingest order. */
  storyArticles(storyId: string): Promise<Article[]>;
  /** The list-view fields of a story's current members, in ingest order (no text read). */
  storyMemberFields(storyId: string): Promise<MemberFields[]>;
  /** Story of an article, or null. */
  storyOf(articleId: string): Promise<string | null>;
  /** Stores a fresh report (the story's version is bumped: its members changed in this batch). */
  putStoryReport(report: StoryReport, summary: StorySummary): Promise<void>;
  /** Stores per-article analyses (idempotent), for reports built later from them. */
  putAnalyses(analyses: StoredAnalysis[]): Promise<void>;
  /**
   * Marks a story changed without building its report (deferred reports): bumps its version,
   * sets its stale flag and the member-derived list fields of `summary` (article count, outlets,
   * dates, outlet facets); a new story takes `summary` whole, with no report yet.
   */
  markStoryStale(summary: StorySummary): Promise<void>;
  /** Version of the saved clusterer state (0: none), without reading the state itself. */
  clustererStateVersion(): Promise<number>;
  loadClustererState(): Promise<ClustererState | null>;
  saveClustererState(state: unknown, version: number): Promise<void>;
}

/** Persistent home of articles, stories, their reports and the clusterer state. */
export interface Store {
  readonly capabilities: StoreCapabilities;
  /** Runs fn in one transaction, holding the store-wide ingest lock (across processes). */
  writeTransaction<T>(fn: (tx: StoreWriteTx) => Promise<T>): Promise<T>;
  getArticle(id: string): Promise<StoredArticle | null>;
  /** Current versions of several articles (missing ids are left out). */
  getArticles(ids: string[]): Promise<Article[]>;
  listStories(query?: StoryQuery): Promise<StoryPage>;
  /** The stored report (for a stale story: the last one built, or null; see withFreshReports). */
  getStory(id: string): Promise<StoryReport | null>;
  /** Members, analyses, version and stale flag of a story (null: no such story). */
  storyBuildInput(id: string): Promise<StoryBuildInput | null>;
  /** The stale stories among `ids` (all stale stories when `ids` is not given), at most `limit`. */
  staleStories(opts?: { ids?: string[]; limit?: number }): Promise<string[]>;
  /**
   * Stores reports built after ingest (one transaction), each only if its story is still at
   * `version` and stale, and only if that needs no wait for the write lock (a reader must not
   * stall behind an ingest). Returns how many were stored.
   */
  putBuiltReports(built: { report: StoryReport; summary: StorySummary; version: number }[]): Promise<number>;
  getStorySummary(id: string): Promise<StorySummary | null>;
  /** article id -> story id, for all assigned articles (or those of one story). */
  assignments(storyId?: string): Promise<{ articleId: string; storyId: string }[]>;
  loadClustererState(): Promise<ClustererState | null>;
  search(text: string, opts?: { limit?: number; offset?: number }): Promise<SearchHit[]>;
  counts(): Promise<{ articles: number; versions: number; stories: number }>;
  close(): Promise<void>;
}
