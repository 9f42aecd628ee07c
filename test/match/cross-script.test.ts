import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../src/model/article.js';
import { numberKey } from '../../src/match/number-key.js';
import { caselessSkeletons, caselessWord, countryCodes, phoneticSkeleton } from '../../src/match/cross-script.js';
import { extractFeatures } from '../../src/match/article-features.js';
import { channelCosine } from '../../src/match/story-similarity.js';

test('numbers: one spelling across scripts and languages', () => {
  assert.equal(numberKey('٤٤'), '44'); // Arabic-Indic
  assert.equal(numberKey('۱۲۰'), '120'); // Persian
  assert.equal(numberKey('४४'), '44'); // Devanagari
  assert.equal(numberKey('6,340'), '6340');
  assert.equal(numberKey('6.340'), '6340'); // a European thousands point
  assert.equal(numberKey('58,5'), '58.5'); // a decimal comma
  assert.equal(numberKey('1.5'), '1.5');
});

test('phonetic skeletons meet across scripts', () => {
  assert.equal(phoneticSkeleton('ليفربول'), phoneticSkeleton('liverpool'));
  assert.equal(phoneticSkeleton('லிவர்பூல்'), phoneticSkeleton('liverpool'));
  assert.equal(phoneticSkeleton('ماكرون'), phoneticSkeleton('macron'));
  assert.equal(phoneticSkeleton('मस्क'), phoneticSkeleton('musk'));
  assert.notEqual(phoneticSkeleton('lisbon'), phoneticSkeleton('liverpool'));
  assert.equal(phoneticSkeleton('ab'), '', 'too short to be evidence');
  // An Arabic word with a clitic ("and Lisbon") also gets the bare word's skeleton.
  assert.ok(caselessSkeletons('ولشبونة').includes(phoneticSkeleton('lisbon')));
  assert.equal(caselessWord('لشبونة'), true);
  assert.equal(caselessWord('lisbon'), false);
  assert.equal(caselessWord('東京'), false, 'Han is romanised per character: skipped');
});

test('country names in any language give one key', () => {
  const all = (): boolean => true;
  assert.deepEqual(countryCodes(['giappone'], all), countryCodes(['japan'], all));
  assert.deepEqual(countryCodes(['واليابان'], all), countryCodes(['japon'], all));
  assert.deepEqual(countryCodes(['the', 'united', 'states', 'and', 'royaume', 'uni'], all).length, 2);
  assert.deepEqual(countryCodes(['constructor', 'toString'], all), []);
});

function art(id: string, text: string, lang: string): Article {
  return {
    kind: 'article', id, source: { input: id }, url: null, outlet: null, title: null, byline: null, publishedAt: null,
    publishedAtSource: null, lang, dateline: null, credits: [], agencies: [], text, embeds: [], contentHash: id, diagnostics: [],
  };
}

test('an Arabic report shares name and number keys with an English one', () => {
  const en = extractFeatures(art('e', 'Liverpool fans gathered in Lisbon, Portugal, where 44 people were hurt.', 'en'));
  const ar = extractFeatures(art('a', 'تجمع مشجعو ليفربول في لشبونة بالبرتغال حيث أصيب ٤٤ شخصا.', 'ar'));
  const shared = [...ar.terms.keys()].filter((k) => en.terms.has(k));
  assert.ok(shared.includes('#:44'));
  assert.ok(shared.filter((k) => k.startsWith('n:')).length >= 3, shared.join(' '));
});

test('a channel earns its full cosine only with enough shared evidence', () => {
  const dots = [0, 0, 4, 0];
  const norms = [1, 1, 2, 0];
  // One shared number of IDF 2: a cosine of 1 in the numbers channel, but little evidence.
  assert.equal(channelCosine(dots, norms, norms, [1, 1, 1, 0]), 1 / 3);
  assert.equal(channelCosine(dots, norms, norms, [1, 1, 1, 0], [0, 0, 2, 0], [0, 6, 6, 0]), 1 / 9);
  assert.equal(channelCosine(dots, norms, norms, [1, 1, 1, 0], [0, 0, 8, 0], [0, 6, 6, 0]), 1 / 3);
});

test('between languages names meet as spelt or by their cross-script keys, whichever is better', () => {
  // Channels: words, names as spelt, numbers, dates, cross-script names.
  const norms = [1, 1, 1, 0, 1];
  const gate = [0, 6, 6, 4, 10];
  const cross = [0, 1, 1, 0.5, 0];
  // An English and an Arabic report: no name shared as spelt, all shared by phonetic skeleton.
  const byScript = channelCosine([0, 0, 0, 0, 1], norms, norms, cross, [0, 0, 0, 0, 10], gate, true);
  const bySpelling = channelCosine([0, 1, 0, 0, 0], norms, norms, cross, [0, 6, 0, 0, 0], gate, true);
  assert.equal(byScript, 0.5);
  assert.equal(byScript, bySpelling);
  // Within one language the cross-script keys count for nothing (the names are there as spelt).
  assert.equal(channelCosine([0, 0, 0, 0, 1], norms, norms, [1, 1, 1, 0.5, 0], [0, 0, 0, 0, 10], gate), 0);
  // Little shared cross-script evidence scales the whole down.
  assert.equal(channelCosine([0, 0, 1, 0, 1], norms, norms, cross, [0, 0, 6, 0, 5], gate, true), ((0.5 + 1) / 2) * 0.5);
});

test('across languages a report joins on shared names, not on numbers alone', async () => {
  const { createStoryClusterer } = await import('../../src/match/story-clusterer.js');
  // Evidence gates are sums of IDF, which a stream of a few articles keeps small: scaled down to it.
  const c = createStoryClusterer({ evidenceGate: [0, 1.5, 1.5, 1, 4] });
  // A stream has other stories: with them, rare names weigh as rare (IDF) and common words do not.
  const towns = [['Tromso', 'Ingrid Berg'], ['Arequipa', 'Luis Ramos'], ['Kumasi', 'Ama Owusu'], ['Tartu', 'Mart Kask'], ['Cebu', 'Jose Reyes'], ['Graz', 'Anna Huber']];
  towns.forEach(([town, mayor], i) => c.add(art(`bg${i}`, `Officials in ${town} opened a new bridge over the river, said Mayor ${mayor}. The bridge cost ${20 + i} million and took ${3 + i} years to build.`, 'en')));
  const en = 'Firefighters in Valparaiso fought a blaze that destroyed 412 homes on Tuesday, said Mayor Camila Nieto. Firefighters said 37 people were injured and 1,250 were evacuated from the hills of Valparaiso.';
  c.add(art('en1', en, 'en'));
  c.add(art('en2', `Chile: ${en.replace('fought', 'battled')}`, 'en'));
  // French, the same happening: names and numbers shared.
  const fr = c.add(art('fr', 'À Valparaiso, un incendie a détruit 412 maisons mardi, selon la maire Camila Nieto. 37 personnes ont été blessées et 1 250 évacuées des collines de Valparaiso.', 'fr'));
  // French, another happening that names the same numbers by chance and no name in common.
  const other = c.add(art('fr2', 'Le concours a réuni 412 candidats et 37 jurys ; 1 250 visiteurs sont venus samedi au salon du livre de Lyon.', 'fr'));
  const s1 = c.add(art('en3', en, 'en')).storyId;
  assert.equal(fr.storyId, s1);
  assert.notEqual(other.storyId, s1);
  // Arabic, the same happening: the names met by their cross-script keys only.
  const ar = c.add(art('ar', 'دمر حريق في فالبارايسو ٤١٢ منزلا يوم الثلاثاء، بحسب رئيسة البلدية كاميلا نييتو. وأصيب ٣٧ شخصا وتم إجلاء ١٢٥٠ من تلال فالبارايسو.', 'ar'));
  assert.equal(ar.storyId, s1);
  // A script whose names cannot be found (Chinese): its numbers are all there is to go on.
  const zh = c.add(art('zh', '瓦尔帕莱索发生火灾，烧毁412所房屋，37人受伤，1250人被疏散。', 'zh'));
  assert.equal(zh.storyId, s1);
});

test('Chinese and Japanese phrases give character pairs, Katakana names, countries and numbers', async () => {
  const { cjkKeys } = await import('../../src/match/cross-script.js');
  const ja = cjkKeys('フランスのマクロン大統領は東京で412人と会談した')!;
  assert.ok(ja.names.includes(phoneticSkeleton('macron')), ja.names.join(' '));
  assert.ok(ja.words.includes('大統') && ja.words.includes('統領'));
  assert.deepEqual(ja.countries, countryCodes(['france'], () => true));
  assert.deepEqual(ja.numbers, ['412']);
  const zh = cjkKeys('法国总统马克龙在日本会见了412人')!;
  assert.deepEqual(zh.countries, [...countryCodes(['france'], () => true), ...countryCodes(['japan'], () => true)]);
  assert.equal(cjkKeys('Macron'), null);
  // A Korean country name with a particle written on it.
  assert.deepEqual(countryCodes(['프랑스의'], () => true), countryCodes(['france'], () => true));
});

test('Korean and Japanese words get the skeleton of the other liquid too (one letter for l and r)', async () => {
  const { cjkKeys } = await import('../../src/match/cross-script.js');
  // Korean romanises its one liquid as l: 크로아티아 (Croatia) -> "klt"; Japanese as r: リスボン (Lisbon) -> "rsbn".
  assert.ok(caselessSkeletons('크로아티아').includes(phoneticSkeleton('croatia')), caselessSkeletons('크로아티아').join(' '));
  assert.ok(cjkKeys('リスボンで会談')!.names.includes(phoneticSkeleton('lisbon')));
  // Scripts that tell l from r get no swapped skeleton.
  assert.deepEqual(caselessSkeletons('كرواتيا'), [phoneticSkeleton('croatia')]);
});

test('a soft c is read as s, as other scripts write it', () => {
  assert.equal(phoneticSkeleton('France'), phoneticSkeleton('ফ্রান্স'));
  assert.equal(phoneticSkeleton('Macron'), phoneticSkeleton('Макрон'));
});

test('a Hebrew vav is a vowel when single, a consonant when doubled', () => {
  assert.equal(phoneticSkeleton('מקרון'), phoneticSkeleton('Macron'));
  assert.equal(phoneticSkeleton('לונדון'), phoneticSkeleton('London'));
  assert.equal(phoneticSkeleton('טוויטר'), phoneticSkeleton('Твиттер'));
});

test('the ASCII skeleton follows the defining rules', async () => {
  const { asciiSkeleton, slowSkeleton } = await import('../../src/match/cross-script.js');
  let seed = 5;
  const r = (): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 2 ** 32; };
  const letters = "abcdefghijklmnopqrstuvwxyzPHNBVZQCEIYceiy'0-9 ";
  for (let n = 0; n < 20000; n++) {
    let w = '';
    const len = 1 + Math.floor(r() * 12);
    for (let k = 0; k < len; k++) w += r() < 0.15 ? ['ph', 'nb', 'pph', 'nnb', 'mb', 'ss'][Math.floor(r() * 6)] : letters[Math.floor(r() * letters.length)];
    assert.equal(asciiSkeleton(w), slowSkeleton(w), w);
  }
  for (const w of ['philadelphia', 'toranpu', 'liverpool', 'macron', 'zhomart', 'Phnom', 'xyz', 'france', 'c-e', 'cph', 'vincent']) assert.equal(asciiSkeleton(w), slowSkeleton(w), w);
  assert.equal(asciiSkeleton('café'), null);
});

test('the ASCII name folding agrees with foldName', async () => {
  const { asciiFoldName } = await import('../../src/match/name-key.js');
  const { foldName } = await import('../../src/story/entity-name-folding.js');
  let seed = 9;
  const r = (): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 2 ** 32; };
  const pieces = ['a', 'e', 'i', 'o', 'u', 'y', 'b', 'k', 'h', 'z', 'd', 'j', 'p', 'c', 'q', 'x', 'w', 'n', 's', 't', 'r', 'v', '1', '0', '7',
    'dzh', 'zh', 'dj', 'kh', 'ph', 'ck', 'ou', 'ie', 'ee', 'iai', 'll', '11', 'mt', 'st', 'ave'];
  for (let n = 0; n < 30000; n++) {
    let w = String.fromCharCode(0x61 + Math.floor(r() * 26));
    const len = Math.floor(r() * 7);
    for (let k = 0; k < len; k++) w += pieces[Math.floor(r() * pieces.length)];
    assert.equal(asciiFoldName(w), foldName(w), w);
  }
  for (const w of ['mt', 'st', 'ave', 'khrushchyov', 'dostoyevsky', 'zhomart', 'tokyo', 'macron', 'biden1a']) assert.equal(asciiFoldName(w), foldName(w), w);
  assert.equal(asciiFoldName('Tokió'), null);
  assert.equal(asciiFoldName('constructor'), 'constructor');
});
