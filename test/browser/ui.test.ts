// Drives the real web UI in Debian's Chromium: open the seed story, click a citation, see the
// article, save a screenshot. Skips (with the reason) when Chromium is not installed.
import { after, before, describe, it } from 'node:test';
import { screenshotPath } from '../support/screenshot-dir.js';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser } from 'playwright-core';
import { buildApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { createIngestService } from '../../src/store/ingest-service.js';
import { createStoreDeps } from '../../src/pipeline/store-deps.js';
import { loadArticles } from '../../src/pipeline/load-articles.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : `Chromium is not installed at ${CHROMIUM}: SKIPPING browser tests`;
if (skip) console.log(`# ${skip}`);

describe('web UI in Chromium', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-ui-'));
  let store: Store;
  let app: FastifyInstance;
  let browser: Browser;
  let base = '';
  before(async () => {
    store = await openStore(join(dir, 'ui.db'));
    const { articles } = await loadArticles(['examples/seed-story']);
    await createIngestService(store, createStoreDeps()).ingestBatch(articles);
    app = await buildApp({ store });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens the seed story, follows a citation to the article, and saves a screenshot', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const cspErrors: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text()); });
    await page.goto(`${base}/`);
    const cards = page.locator('.cards > li.story');
    assert.ok((await cards.count()) >= 1);
    // The story with the most articles is the seed story's main cluster.
    await page.locator('.cards > li.story h3 a').first().click();
    await page.waitForSelector('h1');
    assert.match(await page.locator('h1').innerText(), /\S/);
    assert.ok((await page.locator('#summary .cite').count()) >= 1, 'citation chips present');
    await page.screenshot({ path: screenshotPath('ui-screenshot.png'), fullPage: false });
    const chip = page.locator('#summary .cite').first();
    const cited = decodeURIComponent((await chip.getAttribute('title')) ?? '');
    await chip.click();
    await page.waitForURL(/\/articles\//);
    assert.ok(page.url().includes(`/articles/${encodeURIComponent(cited)}`));
    const body = await page.locator('.article-body').innerText();
    const stored = await store.getArticle(cited);
    assert.ok(stored);
    assert.ok(body.includes((stored.article.text.split('\n')[0] ?? '').slice(0, 60).trim()), 'the article text is shown');
    // Passages shared with the other articles of the story are highlighted, at the stored offsets.
    const report = await store.getStory(stored.storyId ?? '');
    const rel = report?.relations.find((r) => r.a === cited || r.b === cited);
    assert.ok(rel, 'the cited seed article shares passages with another article of its story');
    {
      const marks = await page.locator('mark.shared').allInnerTexts();
      assert.ok(marks.length >= 1, 'shared passages are marked');
      const p = rel.sharedPassages[0];
      const start = rel.a === cited ? p?.aStart ?? 0 : p?.bStart ?? 0;
      const expected = stored.article.text.slice(start, start + 40);
      assert.ok(marks.some((m) => m.replace(/\s+/g, ' ').includes(expected.replace(/\s+/g, ' ').split(' ').slice(0, 4).join(' '))), 'the marked text is the shared passage');
      await page.screenshot({ path: screenshotPath('ui-article-screenshot.png'), fullPage: false });
    }
    // The filter script loads under the CSP and works (no inline script needed).
    await page.goto(`${base}/`);
    await page.fill('input.filter', 'zzzz-no-such-title');
    assert.equal(await page.locator('.cards > li.story:visible').count(), 0);
    assert.deepEqual(cspErrors, []);
    await page.close();
  });

  it('is usable at phone width (no horizontal page overflow)', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(`${base}/`);
    await page.locator('.cards > li.story h3 a').first().click();
    await page.waitForSelector('h1');
    const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
    assert.ok(overflow <= 1, `page scrolls sideways by ${overflow}px`);
    await page.close();
  });
});
