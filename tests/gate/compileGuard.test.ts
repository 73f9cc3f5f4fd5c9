/**
 * The compile guard alone (src/lib/content/compileGuard.ts): the gate is taken out of the build, and a
 * page that puts a script on the page and runs code while the site is built is compiled. With the guard
 * the build stops, names the page, publishes nothing and runs nothing; without it (the same site, the
 * guard taken out too) the page's code runs and its script ships, which shows what the guard stops.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { distOf } from '../../scripts/lib/builtSite.ts';
import { runBuild, siteWith } from './site.ts';

const hostilePage = `---
title: Hostile
summary: A page that tries to run code while the site is built and in the reader's browser.
part: day-to-day
order: 90
standards: []
reviewed: 2026-11-01
changes:
  - date: 2026-11-01
    summary: First published.
keyPoints: ["Contact your supervising social worker.", "Record what happened in the daily record."]
---

Contact your supervising social worker. Record what happened in the daily record.

{process.getBuiltinModule('node:fs').writeFileSync('ran-during-build.txt', 'the page ran code') ?? ''}

<script>{'document.title = "owned"'}</script>
`;

/** The site's own configuration, with the content gate (and, for the control, the guard too) taken out. */
const configs = {
  'guard-only.config.mjs': `import config from './astro.config.mjs';
export default { ...config, integrations: config.integrations.filter((i) => i.name !== 'handbook-content-gate') };
`,
  'no-defences.config.mjs': `import config from './astro.config.mjs';
import mdx from '@astrojs/mdx';
export default { ...config, integrations: [mdx(), ...config.integrations.filter((i) => i.name !== 'handbook-content-gate' && i.name !== '@astrojs/mdx')] };
`,
};

let site: string;
before(() => {
  site = siteWith('base');
  writeFileSync(join(site, 'content/handbook/hostile.mdx'), hostilePage);
  for (const [name, text] of Object.entries(configs)) writeFileSync(join(site, name), text);
});
after(() => rmSync(site, { recursive: true, force: true }));

test('with the gate taken out, the compile guard still stops the build: nothing runs, nothing is published', async () => {
  const build = await runBuild(site, '--config', 'guard-only.config.mjs');
  assert.notEqual(build.status, 0, build.output);
  assert.match(build.output, /The compiler refused content\/handbook\/hostile\.mdx/);
  assert.match(build.output, /content\/handbook\/hostile\.mdx:\d+ - "\{process\.getBuiltinModule/);
  assert.ok(!existsSync(join(site, 'ran-during-build.txt')), 'the page ran code during the build');
  assert.ok(!existsSync(join(site, 'dist/handbook/hostile')), 'the page was published');
});

test('control: with the guard taken out as well, the same page runs code during the build and ships its script', async () => {
  rmSync(distOf(site), { recursive: true, force: true });
  const build = await runBuild(site, '--config', 'no-defences.config.mjs');
  assert.equal(build.status, 0, build.output);
  assert.equal(readFileSync(join(site, 'ran-during-build.txt'), 'utf8'), 'the page ran code');
  assert.match(readFileSync(join(site, 'dist/handbook/hostile/index.html'), 'utf8'), /<script>document\.title = "owned"<\/script>/);
});
