import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { contentGate } from '../../../src/lib/content/integration.ts';
import { lists, page, siteOf } from './site.ts';

type Setup = (options: { command: string; config: { root: URL }; logger: Record<string, (m: string) => void> }) => void;

function runGate(root: string, command: string) {
  const logged: string[] = [];
  const printed: string[] = [];
  const original = console.error;
  console.error = (line: string) => printed.push(line);
  const logger = { info: (m: string) => logged.push(`info: ${m}`), error: (m: string) => logged.push(`error: ${m}`), warn: () => {}, debug: () => {} };
  try {
    (contentGate().hooks['astro:config:setup'] as unknown as Setup)({ command, config: { root: pathToFileURL(`${root}/`) }, logger });
    return { logged, printed, threw: undefined as Error | undefined };
  } catch (error) {
    return { logged, printed, threw: error as Error };
  } finally {
    console.error = original;
  }
}

test('the build stops, before anything is loaded, on any error the check knows, printing the check’s lines', () => {
  const root = siteOf({ ...lists, 'content/handbook/a.mdx': page('title: A\npart: about\norder: 10\nstandards: [nms-40]') });
  try {
    for (const command of ['build', 'sync']) {
      const { printed, threw } = runGate(root, command);
      assert.match(threw?.message ?? '', /^Content check: 1 error\. Fix the problems listed above/, command);
      assert.match(printed[0], /^content\/handbook\/a\.mdx:5 - "nms-40" is not a standard/);
    }
    const dev = runGate(root, 'dev');
    assert.equal(dev.threw, undefined, 'the dev server carries on');
    assert.match(dev.logged.join('\n'), /error: Content check: 1 error/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('correct content lets the build carry on', () => {
  const root = siteOf({ ...lists, 'content/handbook/a.mdx': page('title: A\npart: about\norder: 10') });
  try {
    const { threw, logged } = runGate(root, 'build');
    assert.equal(threw, undefined);
    assert.match(logged[0], /^info: Content check: no errors/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
