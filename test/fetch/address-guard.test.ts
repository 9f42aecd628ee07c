import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { forbiddenAddressReason } from '../../src/fetch/address-guard.js';
import { parseRobots } from '../../src/fetch/robots-parser.js';

describe('forbiddenAddressReason', () => {
  it('refuses loopback, private, link-local, metadata, unique-local and mapped addresses', () => {
    for (const a of ['127.0.0.1', '127.9.9.9', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.0.10', '169.254.169.254',
      '0.0.0.0', '::', '::1', 'fe80::1', 'fc00::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '100.64.0.1']) {
      assert.notEqual(forbiddenAddressReason(a), null, a);
    }
  });
  it('admits public addresses', () => {
    for (const a of ['8.8.8.8', '172.32.0.1', '172.15.0.1', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '192.169.0.1']) {
      assert.equal(forbiddenAddressReason(a), null, a);
    }
  });
});

describe('parseRobots', () => {
  const txt = '# c\nUser-agent: other\nDisallow: /\n\nUser-agent: crosscheck\nUser-agent: x\nDisallow: /a/\nAllow: /a/b$\nDisallow: /*.pdf$\nCrawl-delay: 2\n\nUser-agent: *\nDisallow: /all/\n';
  it('uses the named group, longest match, Allow on ties, wildcards and $', () => {
    const r = parseRobots(txt, 'crosscheck/0.1');
    assert.equal(r.isAllowed('/a/c'), false);
    assert.equal(r.isAllowed('/a/b'), true);
    assert.equal(r.isAllowed('/a/bc'), false);
    assert.equal(r.isAllowed('/x/doc.pdf'), false);
    assert.equal(r.isAllowed('/x/doc.pdf?x'), true);
    assert.equal(r.isAllowed('/all/'), true);
    assert.equal(r.crawlDelay, 2);
  });
  it('falls back to the * group', () => {
    const r = parseRobots(txt, 'somebot');
    assert.equal(r.isAllowed('/all/x'), false);
    assert.equal(r.isAllowed('/a/c'), true);
    assert.equal(parseRobots('', 'x').isAllowed('/'), true);
  });
});
