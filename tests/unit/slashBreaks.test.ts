import { test } from 'node:test';
import assert from 'node:assert/strict';
import { remarkSlashBreaks, withSlashBreaks } from '../../src/lib/slashBreaks.ts';

const rendered = (nodes: ReturnType<typeof withSlashBreaks>) => nodes.map((n) => (n.type === 'text' ? n.value : `<${String(n.name)}>`)).join('');

test('a line may break after a slash between two words, and only there', () => {
  assert.equal(rendered(withSlashBreaks('all medications/creams etc and aids/equipment')), 'all medications/<wbr>creams etc and aids/<wbr>equipment');
  assert.equal(rendered(withSlashBreaks('24/7 duty line')), '24/<wbr>7 duty line');
  assert.equal(rendered(withSlashBreaks('see https://www.gov.uk/foster-care and and/ or /this')), 'see https://www.gov.uk/<wbr>foster-care and and/ or /this');
});

test('links and code keep their text as it is', () => {
  const tree = {
    type: 'root',
    children: [
      { type: 'paragraph', children: [{ type: 'text', value: 'aids/equipment ' }, { type: 'link', url: 'https://x.uk/a/b', children: [{ type: 'text', value: 'a/b' }] }, { type: 'inlineCode', value: 'c/d' }] },
    ],
  };
  remarkSlashBreaks()(tree);
  const paragraph = tree.children[0].children as { type: string; value?: string; name?: string }[];
  assert.deepEqual(paragraph.map((n) => n.type), ['text', 'mdxJsxTextElement', 'text', 'link', 'inlineCode']);
  assert.equal((paragraph[3] as unknown as { children: { value: string }[] }).children[0].value, 'a/b');
});
