import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bestSection,
  excerptWords,
  resultView,
  sentenceExcerpt,
  withHighlight,
  type ExcerptPart,
} from '../../../src/lib/search/results.ts';

const text = (parts: ExcerptPart[]) => parts.map((p) => p.text).join('');
const marked = (parts: ExcerptPart[]) => parts.filter((p) => p.marked).map((p) => p.text);

const money =
  'Money, allowances and fees. What you are paid as a foster carer. What is it? Foster carers receive fostering allowances made up of: ' +
  'an age-related child allowance, which already includes the immigration paperwork and the child’s pocket money. a fee based on your skill level. ' +
  'Agree pocket money with the child. Keep records of money you give them.';

test('the excerpt starts at the sentence with the most words searched for, and marks them', () => {
  const parts = sentenceExcerpt(money, ['pocket', 'money'], 'Money, allowances and fees');
  assert.match(text(parts), /^Foster carers receive fostering allowances/);
  assert.deepEqual(marked(parts).slice(0, 2), ['pocket', 'money.']);
});

test('the page’s title at the start is not the excerpt when another sentence matches as well', () => {
  assert.match(text(sentenceExcerpt(money, ['money'], 'Money, allowances and fees')), /^Foster carers receive/);
  assert.match(text(sentenceExcerpt(money, ['fees'], 'Money, allowances and fees')), /^Money, allowances and fees\./);
});

test('a word matches the words it begins and its plural; marks keep the page’s own case', () => {
  const parts = sentenceExcerpt('Read this. Agree Allowances and meetings early.', ['allowance', 'meeting']);
  assert.deepEqual(marked(parts), ['Allowances', 'meetings']);
  assert.equal(text(parts), 'Agree Allowances and meetings early.');
});

test('long text is cut after the excerpt’s words, with an ellipsis', () => {
  const long = `Start here. ${Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ')} target.`;
  const parts = sentenceExcerpt(long, ['word1']);
  assert.equal(text(parts).split(' ').length, excerptWords + 1);
  assert.match(text(parts), /^word0 word1 .* …$/);
  assert.match(text(sentenceExcerpt(long, ['target'])), /^word0 .*target\.$/, 'a late match is still shown');
});

test('with no word on the page (found by a carers’ word), the text after the title', () => {
  const parts = sentenceExcerpt('Short stays. Planned breaks for your family.', ['respite'], 'Short stays');
  assert.equal(text(parts), 'Planned breaks for your family.');
  assert.deepEqual(marked(parts), []);
});

test('a result shows its title, type and part, excerpt and up to three matching sections', () => {
  const view = resultView(
    {
      url: '/guides/money/',
      content: money,
      meta: { title: 'Money, allowances and fees', type: 'One Minute Guide' },
      sub_results: [
        { title: 'Money', url: '/guides/money/' },
        ...['a', 'b', 'c', 'd'].map((id) => ({ title: `Section ${id}`, url: `/guides/money/#${id}`, anchor: { id } })),
      ],
    },
    ['pocket'],
  );
  assert.equal(view.title, 'Money, allowances and fees');
  assert.equal(view.about, 'One Minute Guide');
  assert.deepEqual(
    view.sections.map((s) => s.url),
    [
      '/guides/money/?pagefind-highlight=pocket#a',
      '/guides/money/?pagefind-highlight=pocket#b',
      '/guides/money/?pagefind-highlight=pocket#c',
    ],
  );
  assert.deepEqual(marked(view.excerpt), ['pocket']);
});

test('a result opens at the section that matches best, with the words searched for to highlight', () => {
  const at = (...scores: number[]) => scores.map((balanced_score) => ({ balanced_score }));
  const page = {
    url: '/handbook/financial-matters/',
    content: 'Financial matters.',
    meta: { title: 'Financial matters' },
    sub_results: [
      { title: 'Financial matters', url: '/handbook/financial-matters/', weighted_locations: at(1) },
      { title: 'Fees', url: '/handbook/financial-matters/#fees', anchor: { id: 'fees' }, weighted_locations: at(2, 1) },
      {
        title: 'Pocket money',
        url: '/handbook/financial-matters/#pocket-money',
        anchor: { id: 'pocket-money' },
        weighted_locations: at(9, 2, 2),
      },
    ],
  };
  assert.equal(bestSection(page), '/handbook/financial-matters/#pocket-money');
  assert.equal(
    resultView(page, ['pocket', 'money']).url,
    '/handbook/financial-matters/?pagefind-highlight=pocket&pagefind-highlight=money#pocket-money',
  );
  assert.equal(
    bestSection({ ...page, sub_results: [{ ...page.sub_results[0], weighted_locations: at(20) }, ...page.sub_results.slice(1)] }),
    page.url,
    'the start of the page matches best',
  );
  assert.equal(bestSection({ ...page, sub_results: [] }), page.url, 'found by a carers’ word alone');
  assert.equal(withHighlight('/contacts/', ['phone', 'ssw', 'of']), '/contacts/?pagefind-highlight=phone&pagefind-highlight=ssw');
  assert.equal(withHighlight('/contacts/#x', []), '/contacts/#x');
});
