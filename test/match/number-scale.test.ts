import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../src/model/article.js';
import { extractFeatures } from '../../src/match/article-features.js';
import { scaledNumberKey, scaleOfWord } from '../../src/match/number-scale.js';

function art(text: string): Article {
  return {
    kind: 'article', id: 'x', source: { input: 'x' }, url: null, outlet: null, title: null, byline: null, publishedAt: null,
    publishedAtSource: null, lang: null, dateline: null, credits: [], agencies: [], text, embeds: [], contentHash: 'x', diagnostics: [],
  };
}

const numbers = (text: string): string[] => [...extractFeatures(art(text)).terms.keys()].filter((k) => k.startsWith('#:')).sort();

test('a value with a scale word has one key in every language and script', () => {
  for (const text of [
    'The deal is worth $44bn.',
    'The deal is worth 44,000 million dollars.',
    'Le rachat vaut 44 milliards de dollars.',
    'La compra vale 44 mil millones de dólares.',
    'Сделка стоит 44 млрд долларов.',
    'الصفقة بقيمة 44 مليار دولار',
    'यह सौदा 4,400 करोड़ रुपये का है',
    'ข้อตกลงมูลค่า 44,000 ล้านดอลลาร์',
    '買収額は440億ドルに上る',
    '收购价为440亿美元',
    '인수 금액은 440억 달러다',
  ]) assert.ok(numbers(text).includes('#:44'), `${text}: ${numbers(text).join(' ')}`);
});

test('the number as written is kept beside its value (a translation may keep either)', () => {
  assert.deepEqual(numbers('Più di 900 mila case senza luce.'), ['#:900', '#:900000']);
  assert.deepEqual(numbers('About 1.5 million people were evacuated.'), ['#:1.5']);
  assert.deepEqual(numbers('15만 명이 대피했다'), ['#:15', '#:150000']);
});

test('a scale word only counts right after a number', () => {
  assert.deepEqual(numbers('Millions fled; 12 people died and a billion was pledged.'), ['#:12']);
  assert.deepEqual(numbers('They counted 12. Billion-dollar losses followed.'), ['#:12']);
});

test('scaled keys: millions and up by unit, whole numbers below', () => {
  assert.equal(scaledNumberKey('440', 1e8), '44');
  assert.equal(scaledNumberKey('2.5', 1e5), '250000');
  assert.equal(scaledNumberKey('1.25', 1e12), '1.25');
  assert.equal(scaledNumberKey('x', 1e6), null);
  assert.equal(scaleOfWord('milliarden'), 1e9);
  assert.equal(scaleOfWord('people'), 0);
});
