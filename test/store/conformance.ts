// One behaviour suite for every Store backend (hono's shared router suite pattern).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../src/model/article.js';
import type { ClusterAssignment, StoryCluster, StoryClusterer } from '../../src/model/match.js';
import type { Store } from '../../src/store/store.js';
import { createIngestService, type IngestDeps } from '../../src/store/ingest-service.js';
import { buildFallbackStoryReport } from '../../src/store/fallback-deps.js';
import { withFreshReports } from '../../src/store/fresh-report-store.js';
import { makeArticle, otherArticles, seedArticles } from './fixtures.js';

/** A place a store lives; open() may be called again after close() to test persistence. */
export interface StoreLocation {
  open(): Promise<Store>;
}

export interface Backend {
  name: string;
  /** A fresh, empty location, or a reason to skip the whole suite. */
  fresh(): Promise<StoreLocation>;
  skip?: string;
}

interface KeyState { next: number; keys: [string, string][]; stories: StoryCluster[] }

/**
 * Test clusterer: the story key is the text after `@` in the id (or the id itself); an id like
 * `m@a+b` merges the stories of keys a and b. Ids count up, so lost state would show as new ids.
 */
export function createKeyClusterer(state?: unknown): StoryClusterer {
  const st = (state as KeyState | undefined) ?? { next: 1, keys: [], stories: [] };
  let next = st.next;
  const keys = new Map(st.keys);
  const stories = new Map(st.stories.map((s) => [s.id, { ...s, articleIds: [...s.articleIds] }]));
  const storyFor = (key: string, a: Article): string => {
    let id = keys.get(key);
    if (!id) {
      id = `k${next++}`;
      keys.set(key, id);
      stories.set(id, { id, title: a.title ?? key, articleIds: [] });
    }
    return id;
  };
  return {
    add(a: Article): ClusterAssignment {
      const key = a.id.includes('@') ? a.id.slice(a.id.indexOf('@') + 1) : a.id;
      if (key.includes('+')) {
        const [k1, k2] = key.split('+') as [string, string];
        const into = storyFor(k1, a);
        const from = storyFor(k2, a);
        stories.get(into)?.articleIds.push(...(stories.get(from)?.articleIds ?? []), a.id);
        stories.delete(from);
        keys.set(k2, into);
        return { articleId: a.id, storyId: into, merged: from === into ? [] : [from], similarity: 1 };
      }
      const id = storyFor(key, a);
      stories.get(id)?.articleIds.push(a.id);
      return { articleId: a.id, storyId: id, merged: [], similarity: 0 };
    },
    stories: () => [...stories.values()],
    exportState: (): KeyState => ({ next, keys: [...keys], stories: [...stories.values()] }),
  };
}

export const keyDeps: IngestDeps = { createClusterer: createKeyClusterer, buildStoryReport: buildFallbackStoryReport };

/** Seed articles keyed into one story `seed`. */
export function keyedSeed(): Article[] {
  return seedArticles().map((a) => ({ ...a, id: `${a.id}@seed` }));
}

export function runStoreConformance(backend: Backend): void {
  describe(`Store conformance: ${backend.name}`, { skip: backend.skip ?? false }, () => {
    let loc: StoreLocation;
    let store: Store;
    before(async () => {
      loc = await backend.fresh();
      store = await loc.open();
    });
    after(async () => { await store?.close(); });

    it('stores an article once for the same id and content, and a changed one as a new version', async () => {
      const svc = createIngestService(store, keyDeps);
      const seed = keyedSeed();
      const r1 = await svc.ingestBatch(seed);
      assert.equal(r1.added, 5);
      const r2 = await svc.ingestBatch(seed);
      assert.deepEqual([r2.added, r2.updated, r2.unchanged], [0, 0, 5]);
      const first = seed[0] as Article;
      const changed = makeArticle(first.id, `${first.text}\n\nUpdate: a correction was appended.`, { outlet: first.outlet, publishedAt: first.publishedAt });
      const r3 = await svc.ingestBatch([changed]);
      assert.deepEqual([r3.added, r3.updated, r3.unchanged], [0, 1, 0]);
      const got = await store.getArticle(first.id);
      assert.equal(got?.version, 2);
      assert.match(got?.article.text ?? '', /correction was appended/);
      assert.deepEqual(await store.counts(), { articles: 5, versions: 6, stories: 1 });
      const report = await store.getStory(got?.storyId ?? '');
      assert.deepEqual(report?.articleIds.length, 5);
      // Reverting to the first content makes version 1 current again, without a new row.
      await svc.ingestBatch([first]);
      assert.equal((await store.getArticle(first.id))?.version, 1);
      assert.equal((await store.counts()).versions, 6);
    });

    it('handles an id repeated inside one batch (same content once, other content as a new version)', async () => {
      const r = await store.writeTransaction((tx) => tx.putArticles([
        makeArticle('dup@d1', 'Same text.'), makeArticle('dup@d1', 'Same text.'),
        makeArticle('dup@d2', 'First text.'), makeArticle('dup@d2', 'Second text.'),
      ]));
      assert.deepEqual([r.added.map((a) => a.id), r.updated.map((a) => a.id), r.unchanged], [['dup@d1', 'dup@d2'], ['dup@d2'], ['dup@d1']]);
      assert.equal((await store.getArticle('dup@d2'))?.article.text, 'Second text.');
      assert.equal((await store.getArticle('dup@d2'))?.version, 2);
      await store.writeTransaction(async (tx) => {
        await tx.assign([{ articleId: 'dup@d1', storyId: 'tmp' }, { articleId: 'dup@d2', storyId: 'tmp' }]);
      });
    });

    it('returns the full article record and null for unknown ids', async () => {
      const seed = keyedSeed();
      const a = await store.getArticle(seed[2]?.id ?? '');
      assert.deepEqual(a?.article, seed[2]);
      assert.equal(await store.getArticle('no-such-id'), null);
      assert.equal(await store.getStory('no-such-story'), null);
      assert.deepEqual((await store.getArticles([seed[1]?.id ?? '', 'nope'])).map((x) => x.id), [seed[1]?.id]);
    });

    it('resumes clustering from stored state after a reopen', async () => {
      const before = await store.assignments();
      const seedStory = before[0]?.storyId;
      await store.close();
      store = await loc.open();
      const svc = createIngestService(store, keyDeps);
      await svc.ingestBatch([makeArticle('late@seed', 'A late follow-up on the same visit, filed a day after.')]);
      const after = await store.assignments(seedStory);
      assert.equal(after.length, 6);
      assert.ok(after.some((x) => x.articleId === 'late@seed'));
      const st = await store.loadClustererState();
      assert.ok((st?.version ?? 0) >= 2);
    });

    it('lists stories with filters (since, q, entity, outlet) and paging', async () => {
      const svc = createIngestService(store, keyDeps);
      await svc.ingestBatch(otherArticles(12));
      const all = await store.listStories({ limit: 5 });
      assert.equal(all.total, 13);
      assert.equal(all.stories.length, 5);
      const page2 = await store.listStories({ limit: 5, offset: 5 });
      assert.equal(page2.stories.length, 5);
      assert.equal(new Set([...all.stories, ...page2.stories].map((s) => s.id)).size, 10);
      const seedId = (await store.assignments()).find((x) => x.articleId === 'late@seed')?.storyId;
      const byQ = await store.listStories({ q: 'Uighur' });
      assert.deepEqual(byQ.stories.map((s) => s.id), [seedId]);
      const byOutlet = await store.listStories({ outlet: 'RFERL.org' });
      assert.deepEqual(byOutlet.stories.map((s) => s.id), [seedId]);
      const since = await store.listStories({ since: '2021-01-10', limit: 100 });
      assert.ok(since.stories.length > 0);
      assert.ok(since.stories.every((s) => (s.lastPublished ?? '') >= '2021-01-10'));
      assert.ok(!since.stories.some((s) => s.id === seedId));
      const summary = byQ.stories[0];
      assert.equal(summary?.articleCount, 6);
      assert.deepEqual(summary?.outlets.length, 5);
      assert.equal(summary?.firstPublished, '2019-12-22');
      assert.equal(summary?.lastPublished, '2020-02-02');
      assert.deepEqual((await store.listStories({ q: '  ' })).stories, []);
    });

    it('filters by entity names and variants from the stored report', async () => {
      const id = (await store.listStories({ q: 'Uighur' })).stories[0]?.id ?? '';
      const report = await store.getStory(id);
      assert.ok(report);
      const withEntity = { ...report, entities: [{ id: 'e1', name: 'Mike Pompeo', type: 'person' as const, variants: [{ text: 'Mr Pompeo', articleIds: [] }], articleIds: report.articleIds, mentionCount: 7, mentions: [], roles: [] }] };
      const summary = await store.getStorySummary(id);
      assert.ok(summary);
      await store.writeTransaction(async (tx) => tx.putStoryReport(withEntity, { ...summary, topEntities: ['Mike Pompeo'] }));
      assert.deepEqual((await store.listStories({ entity: 'mr pompeo' })).stories.map((s) => s.id), [id]);
      assert.deepEqual((await store.listStories({ entity: 'Mike Pompeo' })).stories[0]?.topEntities, ['Mike Pompeo']);
      assert.equal((await store.listStories({ entity: 'Nobody' })).total, 0);
    });

    it('searches full text, ranks, makes snippets and is safe against query syntax', async () => {
      const hits = await store.search('Uighur Muslims');
      assert.ok(hits.length >= 3);
      assert.ok(hits.every((h) => h.storyId !== null && /uighur/i.test(h.snippet)));
      assert.deepEqual(await store.search('zzzunknownword'), []);
      for (const q of ['"', 'AND OR NOT', 'NEAR(a b)', "x' OR 1=1 --", '*', ':)', 'a & | ! b']) {
        await store.search(q);
        await store.listStories({ q });
      }
      const one = await store.search('harbour plan x0');
      assert.equal(one[0]?.articleId, 'x0');
    });

    it('applies story merges reported by the clusterer', async () => {
      const svc = createIngestService(store, keyDeps);
      await svc.ingestBatch([makeArticle('p1@alpha', 'Alpha event text one.'), makeArticle('q1@beta', 'Beta event text one.')]);
      const before = await store.assignments();
      const alpha = before.find((x) => x.articleId === 'p1@alpha')?.storyId ?? '';
      const beta = before.find((x) => x.articleId === 'q1@beta')?.storyId ?? '';
      assert.notEqual(alpha, beta);
      await svc.ingestBatch([makeArticle('m@alpha+beta', 'A piece linking alpha and beta.')]);
      assert.equal(await store.getStory(beta), null);
      const members = (await store.assignments(alpha)).map((x) => x.articleId).sort();
      assert.deepEqual(members, ['m@alpha+beta', 'p1@alpha', 'q1@beta']);
      assert.equal((await store.getStory(alpha))?.articleIds.length, 3);
    });

    it('rolls a failed batch back completely', async () => {
      const before = await store.counts();
      const stateBefore = await store.loadClustererState();
      await assert.rejects(store.writeTransaction(async (tx) => {
        await tx.putArticles([makeArticle('doomed', 'This article never commits.')]);
        await tx.saveClustererState({ broken: true }, 999);
        throw new Error('boom');
      }), /boom/);
      assert.deepEqual(await store.counts(), before);
      assert.equal(await store.getArticle('doomed'), null);
      assert.deepEqual(await store.loadClustererState(), stateBefore);
    });

    it('serves readers committed data only while a batch is open', { skip: false }, async () => {
      if (!store.capabilities.snapshotReads) return;
      await store.writeTransaction(async (tx) => {
        await tx.putArticles([makeArticle('inflight', 'Written inside an open batch.')]);
        assert.equal(await store.getArticle('inflight'), null);
      });
      assert.ok(await store.getArticle('inflight'));
    });

    it('keeps stories whole when two ingest services write at once', async () => {
      const a = createIngestService(store, keyDeps);
      const b = createIngestService(store, keyDeps);
      const batch = (w: string, i: number): Article[] =>
        [makeArticle(`${w}${i}@gamma`, `Gamma ${w} ${i}.`), makeArticle(`${w}${i}@delta`, `Delta ${w} ${i}.`)];
      await Promise.all([0, 1, 2, 3].flatMap((i) => [a.ingestBatch(batch('a', i)), b.ingestBatch(batch('b', i))]));
      const asg = await store.assignments();
      const gamma = new Set(asg.filter((x) => x.articleId.endsWith('@gamma')).map((x) => x.storyId));
      const delta = new Set(asg.filter((x) => x.articleId.endsWith('@delta')).map((x) => x.storyId));
      assert.equal(gamma.size, 1);
      assert.equal(delta.size, 1);
      assert.equal(asg.filter((x) => x.articleId.endsWith('@gamma')).length, 8);
      assert.equal((await store.getStory([...gamma][0] ?? ''))?.articleIds.length, 8);
    });

    it('defers reports: a story is stale until read, then built once from the stored analyses and kept', async () => {
      const builds: unknown[][] = [];
      const deps: IngestDeps = {
        createClusterer: createKeyClusterer,
        analyzeArticle: (a) => ({ words: a.text.split(' ').length }),
        buildStoryReport: (arts, analyses) => {
          builds.push(analyses ?? []);
          return { ...buildFallbackStoryReport(arts), title: `Built from ${arts.length}` };
        },
      };
      const svc = createIngestService(store, deps, { deferReports: true });
      const reader = withFreshReports(store, (arts, analyses) => deps.buildStoryReport(arts, analyses));
      await svc.ingestBatch([
        makeArticle('l1@lazy', 'One two three.', { outlet: 'Lazy.example', publishedAt: '2030-01-02', title: 'First title' }),
        makeArticle('l2@lazy', 'One two three four five.', { outlet: 'Other.example', publishedAt: '2030-01-01' }),
      ]);
      const id = (await store.assignments()).find((x) => x.articleId === 'l1@lazy')?.storyId ?? '';
      assert.deepEqual(await store.staleStories({ ids: [id, 'no-such-story'] }), [id]);
      // Before any read: no report, but the member-derived list fields and outlet facets are there.
      assert.equal(await store.getStory(id), null);
      const raw = await store.getStorySummary(id);
      assert.deepEqual([raw?.articleCount, raw?.outlets, raw?.firstPublished, raw?.title], [2, ['Lazy.example', 'Other.example'], '2030-01-01', 'First title']);
      assert.deepEqual((await store.listStories({ outlet: 'other.example' })).stories.map((s) => s.id), [id]);
      const report = await reader.getStory(id);
      assert.deepEqual([report?.id, report?.title, report?.articleIds], [id, 'Built from 2', ['l1@lazy', 'l2@lazy']]);
      assert.deepEqual(builds, [[{ words: 3 }, { words: 5 }]]);
      // Written back: fresh for every reader, no second build.
      assert.deepEqual(await store.staleStories({ ids: [id] }), []);
      assert.deepEqual(await store.getStory(id), report);
      assert.equal((await reader.getStorySummary(id))?.title, 'Built from 2');
      assert.deepEqual(await reader.getStory(id), report);
      assert.equal(builds.length, 1);
      // A batch that changes the story makes it stale again; the next read sees the new member.
      const before = await store.storyBuildInput(id);
      await svc.ingestBatch([makeArticle('l3@lazy', 'Six.')]);
      const after = await store.storyBuildInput(id);
      assert.ok(after && before && after.version > before.version && after.stale);
      assert.deepEqual(after.members.map((m) => m.analysis), [{ words: 3 }, { words: 5 }, { words: 1 }]);
      assert.equal(await store.putBuiltReports([{ report: report!, summary: raw!, version: before.version }]), 0);
      const page = await reader.listStories({ q: 'Six' });
      assert.deepEqual(page.stories.map((s) => [s.id, s.title, s.articleCount]), [[id, 'Built from 3', 3]]);
      assert.deepEqual((await reader.getStory(id))?.articleIds, ['l1@lazy', 'l2@lazy', 'l3@lazy']);
      assert.equal(builds.length, 2);
      assert.deepEqual(await store.staleStories(), []);
    });

    it('serves a deferred report without waiting while a batch holds the story, and writes it back later', async () => {
      const deps: IngestDeps = { createClusterer: createKeyClusterer, buildStoryReport: buildFallbackStoryReport };
      await createIngestService(store, deps, { deferReports: true }).ingestBatch([makeArticle('w1@waitkey', 'A story read during a batch.')]);
      const id = (await store.assignments()).find((x) => x.articleId === 'w1@waitkey')?.storyId ?? '';
      const reader = withFreshReports(store, (arts) => buildFallbackStoryReport(arts));
      const summary = await store.getStorySummary(id);
      await store.writeTransaction(async (tx) => {
        // The open batch holds the write lock (SQLite) and this story's row (PostgreSQL).
        await tx.markStoryStale(summary!);
        const report = await reader.getStory(id);
        assert.deepEqual(report?.articleIds, ['w1@waitkey']);
        assert.deepEqual(await store.staleStories({ ids: [id] }), [id], 'not written back during the batch');
      });
      // The batch bumped the version: the next read builds again and writes it back.
      assert.deepEqual((await reader.getStory(id))?.articleIds, ['w1@waitkey']);
      assert.deepEqual(await store.staleStories({ ids: [id] }), []);
    });

    it('filters deferred stories by entity once their reports are built', async () => {
      const deps: IngestDeps = {
        createClusterer: createKeyClusterer,
        buildStoryReport: (arts) => ({
          ...buildFallbackStoryReport(arts),
          entities: [{ id: 'e1', name: 'Ada Example', type: 'person', variants: [{ text: 'Ms Example', articleIds: [] }], articleIds: arts.map((a) => a.id), mentionCount: 2, mentions: [], roles: [] }],
        }),
      };
      await createIngestService(store, deps, { deferReports: true }).ingestBatch([makeArticle('e1@entitykey', 'Text naming nobody in particular.')]);
      const id = (await store.assignments()).find((x) => x.articleId === 'e1@entitykey')?.storyId ?? '';
      assert.equal((await store.listStories({ entity: 'ms example' })).total, 0);
      const reader = withFreshReports(store, (arts) => deps.buildStoryReport(arts));
      const page = await reader.listStories({ entity: 'ms example' });
      assert.deepEqual(page.stories.map((s) => [s.id, s.topEntities]), [[id, ['Ada Example']]]);
    });
  });
}
