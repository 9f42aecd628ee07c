// Drives Debian's Chromium (/usr/bin/chromium) with playwright-core: opens the HTML report of the
// seed story, checks the summary, clicks a citation and checks the cited article is the :target
// and in view; saves docs/report-screenshot.png. Skips when the browser binary is absent.
import { test } from 'node:test';
import { screenshotPath } from '../support/screenshot-dir.js';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { loadArticles } from '../../src/pipeline/load-articles.js';
import { buildAnalysisReport } from '../../src/pipeline/build-report.js';
import { createDefaultDeps } from '../../src/pipeline/default-deps.js';
import { renderReportHtml } from '../../src/report/html-report.js';

const CHROMIUM = '/usr/bin/chromium';

test('HTML report in Chromium: summary shown, citation scrolls to its article', async (t) => {
  if (!existsSync(CHROMIUM)) {
    t.skip(`${CHROMIUM} is not installed`);
    return;
  }
  const report = buildAnalysisReport((await loadArticles(['examples/seed-story'])).articles, createDefaultDeps());
  const dir = mkdtempSync(join(tmpdir(), 'cc-html-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, renderReportHtml(report));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    await page.goto(pathToFileURL(file).href);
    const items = page.locator('ol.summary li');
    assert.equal(await items.count(), report.stories[0]!.summary.length);
    assert.match((await items.first().textContent()) ?? '', /urged Kazakhstan/);
    await page.screenshot({ path: screenshotPath('report-screenshot.png'), fullPage: false });
    // Click the last citation of the first summary sentence: the page must jump to that article.
    const cite = items.first().locator('a.cite').last();
    const href = (await cite.getAttribute('href'))!;
    await cite.click();
    await page.waitForFunction((h) => (globalThis as unknown as { location: { hash: string } }).location.hash === h, href);
    const target = page.locator(`article${href}`);
    assert.equal(await target.count(), 1);
    assert.ok(await target.evaluate((el) => el.matches(':target')));
    const box = await target.boundingBox();
    assert.ok(box && box.y >= -1 && box.y < 900, `article in view (y=${box?.y})`);
    await page.screenshot({ path: screenshotPath('report-citation-target.png'), fullPage: false });
    assert.deepEqual(requests, [], 'no network requests');
  } finally {
    await browser.close();
  }
});
