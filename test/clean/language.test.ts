import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLang, normalizeLang } from '../../src/clean/language-detector.js';

test('language: given tags are normalised to ISO 639-1', () => {
  assert.equal(normalizeLang('en-US'), 'en');
  assert.equal(normalizeLang('pt_BR'), 'pt');
  assert.equal(normalizeLang('FR'), 'fr');
  assert.equal(normalizeLang('deu'), 'de');
  assert.equal(normalizeLang(''), null);
  assert.equal(normalizeLang(undefined), null);
});

test('language: detected on real opening sentences, null on short text', () => {
  assert.equal(detectLang('Argentina ganó hoy en Qatar la que es posiblemente la mayor final de Copa Mundial jamás vista luego de una fase de penales.'), 'es');
  assert.equal(detectLang('Notre-Dame de Paris en proie aux flammes. Émotion de toute une nation. Pensée pour tous les catholiques et pour tous les Français.'), 'fr');
  assert.equal(detectLang('U.S. Secretary of State Mike Pompeo urged Kazakhstan on Sunday to press Beijing over its treatment of Muslim minorities.'), 'en');
  assert.equal(detectLang('Too short.'), null);
});
