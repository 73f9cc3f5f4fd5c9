/** The glossary page and the glossary markup on the built pages. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { filingKey } from '../../src/lib/letterIndex.ts';
import { builtPages, idsIn, mainOf, readPage } from '../../scripts/lib/builtSite.ts';
import { repoRoot } from './site.ts';

const glossary = parseYaml(readFileSync(join(repoRoot, 'content/glossary.yaml'), 'utf8')) as { id: string; term: string; expansion?: string }[];
const pages = builtPages().map(({ path, file }) => ({ path, main: mainOf(readPage(file)) }));
const glossaryPage = pages.find((p) => p.path === '/glossary/');

test('the glossary page has an anchor for every term, in filing order (A to Z, "The" ignored), with a letter index', () => {
  assert.ok(glossaryPage, '/glossary/ was not built');
  const ids = idsIn(glossaryPage.main);
  assert.deepEqual(glossary.filter((g) => !ids.has(g.id)).map((g) => g.id), []);
  const order = [...glossaryPage.main.matchAll(/<dt id="([^"]+)"/g)].map((m) => m[1]);
  const terms = order.map((id) => filingKey(glossary.find((g) => g.id === id)!.term));
  assert.deepEqual(terms, [...terms].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base', numeric: true })));
  assert.match(glossaryPage.main, /<nav[^>]*aria-label="Glossary letters"/);
  assert.ok(glossaryPage.main.includes('href="#letter-s"'));
});

const termLinks = (html: string) => [...html.matchAll(/<a[^>]*class="glossary-term"[^>]*>([\s\S]*?)<\/a>/g)];

test('pages mark the first use of glossary acronyms, once per acronym, with the expansion in the link text', () => {
  const marked = pages.filter((p) => p.path !== '/glossary/' && termLinks(p.main).length > 0);
  assert.ok(marked.length >= 30, `only ${marked.length} pages mark a glossary acronym`);
  for (const { path, main } of marked) {
    const acronyms = termLinks(main).map((m) => m[1].replace(/<span[\s\S]*$/, '').replace(/s$/, ''));
    assert.equal(new Set(acronyms).size, acronyms.length, `${path}: an acronym is marked twice: ${acronyms.join(', ')}`);
  }
  const page = pages.find((p) => p.path === '/handbook/child-care-support-back-up-carers-and-short-stays/')!;
  assert.match(page.main, /<a href="\/glossary\/#dbs" class="glossary-term">DBS<span class="visually-hidden"> \(Disclosure and Barring Service\)<\/span><\/a>/);
});

test('glossary links are never inside headings or other links', () => {
  const bad: string[] = [];
  for (const { path, main } of pages) {
    for (const heading of main.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)) {
      if (heading[2].includes('glossary-term')) bad.push(`${path}: in a heading: ${heading[2]}`);
    }
    for (const link of main.matchAll(/<a\b[^>]*>((?:(?!<\/a>)[\s\S])*?)<a\b/g)) bad.push(`${path}: a link inside a link: ${link[0].slice(0, 120)}`);
  }
  assert.deepEqual(bad, []);
});
