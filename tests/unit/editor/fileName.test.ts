/**
 * The editor's "File name" line (src/admin/fileName.ts): a new page is named by the function `npm run new`
 * uses, as its title is typed; a saved page keeps its name and the line sets nothing (so opening a page
 * leaves nothing to save). Run with a stand-in for Sveltia's React: the class spec itself.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileNameControl } from '../../../src/admin/fileName.ts';
import { slugFromTitle } from '../../../src/lib/slugs.ts';

type Spec = { sync: () => void; render: () => unknown; props?: unknown };
const spec = fileNameControl(
  (type, props, ...children) => ({ type, props, children }),
  (s) => s,
) as Spec;

function mounted(data: Record<string, unknown>, slug = '', value?: string) {
  const changes: string[] = [];
  const entry = {
    get: (key: string) => ({ slug, collection: 'handbook', data })[key],
    getIn: (path: string[]) => (path[0] === 'data' ? data[path[1]] : undefined),
  };
  const control = { ...spec, props: { entry, value, forID: 'file-name', onChange: (name: string) => changes.push(name) } };
  control.sync.call(control);
  return { changes, rendered: JSON.stringify(control.render.call(control)) };
}

test('a new page’s file name is what npm run new makes of its title', () => {
  for (const title of ['Carers’ Rights & Duties', 'Café Rules: 2026 Edition', 'Moving On at 18+']) {
    assert.deepEqual(mounted({ title }).changes, [slugFromTitle(title)], title);
  }
  assert.deepEqual(mounted({ title: 'Carers’ Rights & Duties' }).changes, ['carers-rights-and-duties']);
  // Already named: nothing changes.
  assert.deepEqual(mounted({ title: 'Pocket money' }, '', 'pocket-money').changes, []);
});

test('a saved page keeps its file name: the line shows it and sets nothing', () => {
  const { changes, rendered } = mounted({ title: 'A New Title' }, 'missing-from-care');
  assert.deepEqual(changes, []);
  assert.match(rendered, /content\/handbook\/missing-from-care\.mdx, shown to carers at \/handbook\/missing-from-care\//);
});
