/** The vocabulary the search page fetches for "Did you mean …?": small enough, and the handbook's own words. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzip } from '../../scripts/lib/pageWeight.ts';
import { dist, htmlFiles } from '../../scripts/lib/builtSite.ts';
import { unpackVocabulary, wordsIn } from '../../src/lib/search/vocabulary.ts';
import { plainWords } from '../../src/lib/search/query.ts';
import { decodeHTMLAttribute } from 'entities';

const packed = readFileSync(join(dist, 'search-vocabulary.json'), 'utf8');

// About 10 KB for the handbook's words and 15 KB for the real words near them (realWords.ts): a first
// search fetches about 200 KB (Pagefind and its index), so never "correcting" a real word costs under a
// tenth of it.
test('the vocabulary adds at most 28 KB (gzip, as served) to a first search', () => {
  const size = gzip(packed);
  assert.ok(size <= 28 * 1024, `${size} bytes gzip`);
});

test('common English words near the handbook’s travel as real words, never to be corrected; slips do not', () => {
  const vocabulary = unpackVocabulary(JSON.parse(packed));
  // From a hostile review: each was "corrected" to a handbook word it is not (adoption, connection,
  // sports, groomed, means, raising). ("swore" and "earrings" were too; they are carers' words now.)
  for (const word of ['abortion', 'collection', 'scouts', 'groomer', 'meals', 'riding', 'horse']) {
    assert.ok(vocabulary.realWords.has(word), `${word} is a real word`);
  }
  // The slips the search corrects (tests/browser/searchCorrections.spec.ts) are no words.
  for (const word of ['mony', 'safegaurding', 'alegation', 'allowence', 'repsite', 'buling']) {
    assert.ok(!vocabulary.realWords.has(word), `${word} is a slip`);
  }
  assert.ok(vocabulary.realWords.size < 15_000, `${vocabulary.realWords.size} real words: only those near the handbook’s`);
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

// The search page reads pages for a carers' phrase only when the query holds one of the vocabulary's
// (find.ts, liftTypedPhrases): a phrase a page has and the list lacks would never lift its page.
test('the vocabulary lists exactly the carers’ phrases the built pages are known by', () => {
  const vocabulary = unpackVocabulary(JSON.parse(packed));
  const onPages = new Set(
    htmlFiles(dist).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/data-pagefind-meta="carersPhrases\[data-words\]" data-words="([^"]*)"/g)].flatMap(
        ([, words]) =>
          decodeHTMLAttribute(words)
            .split(',')
            .map((phrase) => plainWords(phrase).join(' ')),
      ),
    ),
  );
  assert.ok(onPages.size > 10, `${onPages.size} phrases on the built pages`);
  assert.deepEqual(vocabulary.phrases, [...onPages].sort());
});
