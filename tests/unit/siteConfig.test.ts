import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editUrl, repository } from '../../src/lib/siteConfig.ts';

test('"Suggest a change" opens the file in the one configured repository', () => {
  assert.equal(editUrl('content/handbook/a.mdx'), `${repository.url}/edit/${repository.branch}/content/handbook/a.mdx`);
  assert.equal(editUrl('./content/handbook/a.mdx'), `${repository.url}/edit/${repository.branch}/content/handbook/a.mdx`);
});
