import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guidesFor, relatedSectionIds } from '../../src/lib/relatedPages.ts';
import { onPageContents } from '../../src/lib/onPageContents.ts';
import { telHref } from '../../src/lib/contacts.ts';
import { formatDate } from '../../src/lib/dates.ts';

test('related pages work both ways and never list the page itself', () => {
  const sections = [
    { id: 'allegations', related: ['complaints', 'allegations'] },
    { id: 'complaints', related: [] },
    { id: 'missing', related: ['allegations'] },
  ];
  assert.deepEqual(relatedSectionIds('allegations', sections), ['complaints', 'missing']);
  assert.deepEqual(relatedSectionIds('complaints', sections), ['allegations']);
});

test('guides are listed on the sections they summarise', () => {
  const guides = [
    { id: 'g1', sources: ['missing', 'allegations'] },
    { id: 'g2', sources: ['recording'] },
  ];
  assert.deepEqual(guidesFor('missing', guides).map((g) => g.id), ['g1']);
  assert.deepEqual(guidesFor('transport', guides), []);
});

test('on-page contents appear only with three or more h2 headings', () => {
  const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase() });
  assert.deepEqual(onPageContents([h(2, 'A'), h(3, 'a1'), h(2, 'B')]), []);
  assert.deepEqual(onPageContents([h(2, 'A'), h(3, 'a1'), h(2, 'B'), h(2, 'C')]).map((x) => x.text), ['A', 'B', 'C']);
});

test('phone numbers become tel: links without spaces', () => {
  assert.equal(telHref('07958 337681'), 'tel:07958337681');
  assert.equal(telHref('024 7683 2828'), 'tel:02476832828');
  assert.equal(telHref('999'), 'tel:999');
});

test('dates read the UK way', () => {
  assert.equal(formatDate(new Date('2026-11-22')), '22 November 2026');
});
