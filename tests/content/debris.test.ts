/**
 * The editorial rules, checked on the built site: no export debris, no leftover machine-rewrite sentences,
 * no local file links, no private individuals' names, and links that say where they go.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtPages, decodeEntities, inventory, linksIn, normalise, readPage } from './site.ts';
import { isVagueLinkText } from '../../src/lib/content/rules/links.ts';

const pages = builtPages().map(({ path, file }) => {
  const html = readPage(file);
  return { path, html, text: normalise(decodeEntities(html.replace(/<[^>]+>/g, ' '))) };
});

/** Export debris and the machine-rewrite sentences the source documents carried (sourceProblems P031-P037, P054, P055). */
const debris = [
  'Top of Form',
  'Bottom of Form',
  '[bookmark',
  'file:///',
  'image1.emf',
  'Captial Funding',
  'Sister having a piggyback',
  'The information you provided',
  'The information outlines',
  'This information provides',
  'Overall, the information',
  'Here are the key points',
  "Here's an overview",
  "Here's what to expect",
  'The text mentions',
  'from the text:',
  'These guidelines aim to',
  'These points highlight',
  'In summary,',
];

for (const phrase of debris) {
  test(`no page contains "${phrase}"`, () => {
    const found = pages.filter((p) => p.text.toLowerCase().includes(normalise(phrase).toLowerCase()) || p.html.includes(phrase));
    assert.deepEqual(found.map((p) => p.path), []);
  });
}

test('no page names the private individuals the source named (sourceProblems: personal-data)', () => {
  const names = inventory()
    .sourceProblems.filter((p) => p.category === 'personal-data')
    .flatMap((p) => [...p.summary.matchAll(/\(([^)]+)\)/g)].flatMap((m) => m[1].split(/,\s*/)))
    .filter((name) => /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(name));
  assert.ok(names.length >= 2, `expected the named individuals in the inventory, found ${names.join(', ')}`);
  for (const name of names) {
    const found = pages.filter((p) => p.text.includes(name));
    assert.deepEqual(found.map((p) => p.path), [], `a page names a private individual`);
  }
});

test('no link says only "click here" or "here", and no link text is a bare web address', () => {
  const vague = { test: isVagueLinkText };
  const bare = /^(https?:\/\/|www\.)\S+$|^\S+\.(gov\.uk|org\.uk|co\.uk|com|org|uk)(\/\S*)?$/i;
  const bad = pages.flatMap((p) =>
    linksIn(p.html)
      .filter((l) => vague.test(l.text) || (/^https?:/.test(l.href) && bare.test(l.text)))
      .map((l) => `${p.path}: "${l.text}" -> ${l.href}`),
  );
  assert.deepEqual(bad, []);
});

test('every external link uses https', () => {
  const bad = pages.flatMap((p) => linksIn(p.html).filter((l) => l.href.startsWith('http:')).map((l) => `${p.path}: ${l.href}`));
  assert.deepEqual(bad, []);
});
