import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasFilters, pagefindFilters, paramsFromState, searchTerms, stateFromParams, termsOf } from '../../../src/lib/search/query.ts';

test('search state round-trips through the URL, leaving out what is empty', () => {
  const state = { q: 'pocket money', type: ['guide', 'handbook'], part: 'support', standard: 'nms-28' };
  const query = paramsFromState(state);
  assert.equal(query, '?q=pocket+money&type=guide&type=handbook&part=support&standard=nms-28');
  assert.deepEqual(stateFromParams(new URLSearchParams(query)), state);
  assert.equal(paramsFromState({ q: '  ', type: [], part: '', standard: '' }), '');
  assert.equal(hasFilters(stateFromParams(new URLSearchParams('?q=x'))), false);
  assert.equal(hasFilters(stateFromParams(new URLSearchParams('?standard=nms-21'))), true);
});

test('filters: any of the content types chosen, and the part and standard', () => {
  assert.deepEqual(pagefindFilters({ q: '', type: ['guide', 'handbook'], part: 'support', standard: 'nms-21' }), {
    type: { any: ['guide', 'handbook'] },
    part: 'support',
    standard: 'nms-21',
  });
  assert.deepEqual(pagefindFilters({ q: 'x', type: [], part: '', standard: '' }), {});
});

test('questions lose their question words, unless nothing else is left', () => {
  assert.equal(searchTerms('Who do I ring out of hours?'), 'ring out hours');
  assert.equal(searchTerms('What happens if an allegation is made against me'), 'allegation made against');
  assert.equal(searchTerms('can my foster child’s friend stay'), "foster child's friend stay");
  assert.equal(searchTerms('my foster child won’t stop swearing'), 'foster child stop swearing');
  assert.equal(searchTerms('who'), 'who');
  assert.equal(searchTerms('Out-of-hours number'), 'out hours number', 'a hyphen parts words');
  assert.equal(searchTerms('self‑harm – help'), 'self harm help', 'so do other dashes');
  for (const typed of ['A&E', 'a & e', 'took her to A and E', 'a+e'])
    assert.match(searchTerms(typed), /\baccident emergency$/, `${typed}: the hospital department, not "a" and "e"`);
});

test('the words to search for, one by one', () => {
  assert.deepEqual(termsOf('  Pocket   money! '), ['pocket', 'money']);
  assert.deepEqual(termsOf('?'), []);
});
