import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  correctedText,
  notCoveredMoreText,
  notCoveredText,
  noResultsText,
  outcomeText,
  resultCountText,
  shownText,
} from '../../../src/lib/search/announcements.ts';

test('the count says the query, whether filters apply, and how many are shown first', () => {
  assert.equal(resultCountText(1, 'respite', false), '1 result for “respite”');
  assert.equal(resultCountText(12, 'respite', true), '12 results for “respite” with the filters chosen');
  assert.equal(resultCountText(5, '', true), '5 results with the filters chosen');
  assert.equal(resultCountText(49, 'sleepover', false, 5), '49 results for “sleepover”. The closest 5 are shown first.');
  assert.equal(resultCountText(3, 'x', false, 1), '3 results for “x”. The closest is shown first.');
});

test('no results: what to try next', () => {
  assert.equal(noResultsText('xyz', false), 'No results for “xyz”. Try other words, or use the A to Z index.');
  assert.match(noResultsText('xyz', true), /clearing the filters/);
});

test('a corrected search says what is shown instead of what was typed', () => {
  assert.equal(
    correctedText('safegaurding', 'safeguarding', 13, 2),
    'Showing results for “safeguarding” instead of “safegaurding”: 13 results. The closest 2 are shown first.',
  );
  assert.equal(correctedText('anual', 'annual', 1), 'Showing results for “annual” instead of “anual”: 1 result.');
});

test('after "Show more": how many of how many are shown', () => {
  assert.equal(shownText(15, 49), 'Showing 15 of 49 results.');
});

test('the outcome: nothing found, corrected, or the count', () => {
  const outcome = { total: 4, shown: 2, query: 'safegaurding', filtered: false };
  assert.equal(outcomeText({ ...outcome, total: 0, shown: 0 }), noResultsText('safegaurding', false));
  assert.equal(outcomeText({ ...outcome, corrected: 'safeguarding' }), correctedText('safegaurding', 'safeguarding', 4, 2));
  assert.equal(outcomeText({ ...outcome, filtered: true }), resultCountText(4, 'safegaurding', true, 2));
  assert.equal(
    outcomeText({ ...outcome, total: 0, shown: 0, corrected: 'safeguarding' }),
    noResultsText('safegaurding', false),
    'a correction that finds nothing either',
  );
});

test('when a word asked about is in no page, the search says the handbook may not cover it', () => {
  assert.equal(
    notCoveredText('who pays for school uniform', ['uniform'], 5),
    'The handbook may not cover “who pays for school uniform”: no page mentions “uniform”. 5 pages mention your other words.',
  );
  assert.equal(
    notCoveredText('tv licence', ['tv', 'licence'], 1),
    'The handbook may not cover “tv licence”: no page mentions “tv” or “licence”. 1 page mentions your other words.',
  );
  const outcome = { total: 5, shown: 0, query: 'who pays for school uniform', filtered: false, notCovered: true, unmatched: ['uniform'] };
  assert.equal(outcomeText(outcome), notCoveredText('who pays for school uniform', ['uniform'], 5));
  assert.equal(outcomeText({ ...outcome, total: 0 }), noResultsText('who pays for school uniform', false));
  assert.equal(notCoveredMoreText(['uniform'], 5), 'Show the 5 pages that mention your other words');
});

test('when the pages found only mention some of the words in passing, the search says the handbook may not cover it', () => {
  assert.equal(
    notCoveredText('tv licence', [], 3),
    'The handbook may not cover “tv licence”: 3 pages mention some of your words, only in passing.',
  );
  const outcome = { total: 3, shown: 0, query: 'tv licence', filtered: false, notCovered: true, unmatched: [] };
  assert.equal(outcomeText(outcome), notCoveredText('tv licence', [], 3));
  assert.equal(outcomeText({ ...outcome, notCovered: false }), resultCountText(3, 'tv licence', false, 0));
  assert.equal(notCoveredMoreText([], 1), 'Show the page that mentions some of your words');
});

test('a search for one word that no page says: pages only partly like it ("pub": "public")', () => {
  assert.equal(
    notCoveredText('pub', [], 23, ['pub']),
    'The handbook may not cover “pub”: no page says “pub”; 23 pages have words only partly like it.',
  );
  // "converson" went to a correction that was not offered: "loft" was the one word searched for.
  assert.equal(
    notCoveredText('loft converson', [], 5, ['loft']),
    'The handbook may not cover “loft converson”: no page says “loft”; 5 pages have words only partly like it.',
  );
  assert.equal(
    notCoveredText('xylophone', ['xylophone'], 0, ['xylophone']),
    'The handbook may not cover “xylophone”: no page says “xylophone”.',
  );
  const outcome = { total: 23, shown: 0, query: 'pub', filtered: false, notCovered: true, unmatched: [], searched: ['pub'] };
  assert.equal(outcomeText(outcome), notCoveredText('pub', [], 23, ['pub']));
  assert.equal(notCoveredMoreText([], 10, ['pub']), 'Show the 10 pages with words partly like it');
  assert.equal(notCoveredMoreText([], 1, ['pub']), 'Show the page with words partly like it');
});
