/**
 * The editorial rules, checked on the built site: no export debris, no leftover machine-rewrite sentences,
 * no local file links, no private individuals' names, and links that say where they go.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtPages, linksIn, normalise, plainText, readPage } from '../../scripts/lib/builtSite.ts';
import { inventory } from './site.ts';
import { exportDebris } from '../../src/lib/content/rules/exportDebris.ts';
import { isBareWebAddress, isVagueLinkText } from '../../src/lib/content/rules/links.ts';

const pages = builtPages().map(({ path, file }) => {
  const html = readPage(file);
  return { path, html, text: plainText(html) };
});

/** The content rule's debris (which the build refuses in page files), and local file links, on every built page. */
const debris = [...exportDebris, 'file:///'];

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
  const bad = pages.flatMap((p) =>
    linksIn(p.html)
      .filter((l) => isVagueLinkText(l.text) || (/^https?:/.test(l.href) && isBareWebAddress(l.text)))
      .map((l) => `${p.path}: "${l.text}" -> ${l.href}`),
  );
  assert.deepEqual(bad, []);
});

test('every external link uses https', () => {
  const bad = pages.flatMap((p) => linksIn(p.html).filter((l) => l.href.startsWith('http:')).map((l) => `${p.path}: ${l.href}`));
  assert.deepEqual(bad, []);
});
