/**
 * One Minute Guides: at least 20, each linking to the handbook pages it summarises. Their fixed structure
 * and length are content rules (src/lib/content/rules/guideShape.ts): a built site has passed them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtPages, linksIn, mainOf, readPage } from '../../scripts/lib/builtSite.ts';
import { contentFile, contentFiles } from './site.ts';

const guides = contentFiles('guides');
const built = new Map(builtPages().map((p) => [p.path, p.file]));

test('there are at least 20 guides, each published', () => {
  assert.ok(guides.length >= 20, `only ${guides.length} guides`);
  for (const { id } of guides) assert.ok(built.has(`/guides/${id}/`), `/guides/${id}/ was not built`);
});

test('the guides the issue asks for exist', () => {
  const ids = guides.map((g) => g.id);
  for (const id of ['unannounced-visits', 'significant-events', 'delegated-authority', 'allegations', 'escalation', 'missing-from-care', 'staying-put', 'recording', 'supervision', 'family-time']) {
    assert.ok(ids.includes(id), `no guide ${id}`);
  }
});

for (const { id, path } of guides) {
  test(`guide ${id} links to each handbook page it summarises and cites its standards`, () => {
    const { data } = contentFile(path);
    const sources = data.sources as string[];
    assert.ok(sources?.length > 0, 'sources is empty');
    assert.ok((data.standards as string[] | undefined)?.length, 'standards is empty');
    const file = built.get(`/guides/${id}/`);
    assert.ok(file, `/guides/${id}/ was not built`);
    const hrefs = new Set(linksIn(mainOf(readPage(file))).map((l) => l.href.replace(/#.*$/, '')));
    for (const source of sources) {
      assert.ok(hrefs.has(`/handbook/${source}/`), `/guides/${id}/ does not link to its source /handbook/${source}/`);
      assert.ok(built.has(`/handbook/${source}/`), `source /handbook/${source}/ was not built`);
    }
  });
}
