/** The vocabulary the search page fetches for "Did you mean …?": small enough, and the handbook's own words. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzip } from '../../scripts/lib/pageWeight.ts';
import { dist, htmlFiles } from '../../scripts/lib/builtSite.ts';
import { unpackVocabulary, wordsIn } from '../../src/lib/search/vocabulary.ts';

const packed = readFileSync(join(dist, 'search-vocabulary.json'), 'utf8');

test('the vocabulary adds at most 10 KB (gzip, as served) to a first search', () => {
  const size = gzip(packed);
  assert.ok(size <= 10 * 1024, `${size} bytes gzip`);
});

test('every word of every indexed page’s title is in the vocabulary, so corrections can reach it', () => {
  const vocabulary = unpackVocabulary(JSON.parse(packed));
  const titles = htmlFiles(dist)
    .map((file) => readFileSync(file, 'utf8'))
    .filter((html) => html.includes('data-pagefind-body'))
    .map(
      (html) =>
        /<h1[^>]*>([\s\S]*?)<\/h1>/
          .exec(html)?.[1]
          .replace(/<[^>]+>/g, '')
          .replace(/&#39;|&rsquo;/g, '’') ?? '',
    );
  assert.ok(titles.length > 10, 'indexed pages found');
  const missing = titles.flatMap((title) =>
    wordsIn(title)
      .filter((word) => !vocabulary.band.has(word))
      .map((word) => `${word} (${title})`),
  );
  assert.deepEqual(missing, []);
});
