/**
 * A file name is text the check prints too. A name holding a line break and a CI workflow command (which a
 * GitHub runner would act on if a line of the output began with it) fails both doors, and no line either
 * door prints begins a workflow command. Made at run time: such a name cannot be checked out everywhere.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBuild, runCheck, siteWith } from './site.ts';

const name = 'new\n::warning file=README.md,line=1::owned\n##[error]also owned.mdx';
let site: string;
before(() => {
  site = siteWith('base');
  writeFileSync(join(site, 'content/handbook', name), '---\ntitle: A\n---\n\nText.\n');
});
after(() => rmSync(site, { recursive: true, force: true }));

for (const [door, run] of [
  ['npm run check', () => runCheck(site)],
  ['astro build', () => runBuild(site)],
] as const) {
  test(`${door} refuses a file name with line breaks and prints it on one line, escaped`, async () => {
    const { status, output } = await run();
    assert.notEqual(status, 0, output);
    assert.ok(output.includes('content/handbook/new\\n::warning file=README.md,line=1::owned\\n##[error]also owned.mdx - the file name'), output);
    const commands = output.split(/\r?\n|\r/).filter((line) => /^\s*(::|##\[)/.test(line));
    assert.deepEqual(commands, [], 'no printed line starts a workflow command');
  });
}
