/**
 * Every built page is valid HTML: the Nu HTML Checker (the W3C validator, npm package vnu-jar, run on
 * Java) reports no error and no warning. Also: each page's canonical link is its own address, and the
 * 404 page, served at every missing address, has none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { dist, htmlFiles } from '../../scripts/lib/builtSite.ts';
import { notSavedPage } from '../../src/lib/savedCopy.ts';

const root = process.cwd();
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/**
 * What the checker gets wrong, not the pages: its CSS checker predates CSS container queries (a
 * standard in every current browser, which the page layout uses), so it rejects `container-type` and
 * `@container` inside <style>. Only these exact messages are set aside; anything else about CSS counts.
 */
const checkerGaps = [/^CSS: “container-type”: Property “container-type” doesn't exist\.$/, /^CSS: Unrecognized at-rule “@container”$/];

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

test('the Nu HTML Checker finds no error and no warning on any built page', (t) => {
  assert.ok(existsSync(join(dist, 'index.html')), 'build the site first (npm run build)');
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  assert.ok(!java.error, 'Java is needed to run the Nu HTML Checker: on Debian, apt-get install default-jre-headless');
  const result = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--skip-non-html', dist], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // vnu writes its JSON report to standard error and exits 1 when it reports errors.
  const report = JSON.parse(result.stderr) as { messages: VnuMessage[] };
  const checked = htmlFiles(dist).length;
  assert.ok(checked > 100, `there are pages to check (${checked})`);
  const reported = report.messages.filter((m) => m.type !== 'info' || m.subType === 'warning');
  const gaps = reported.filter((m) => checkerGaps.some((gap) => gap.test(m.message)));
  t.diagnostic(`${checked} pages checked; ${gaps.length} messages about CSS container queries set aside (the checker does not know them)`);
  const problems = reported
    .filter((m) => !gaps.includes(m))
    .map(
      (m) =>
        `${m.url ? relative(root, new URL(m.url).pathname) : '?'}:${m.lastLine ?? '?'} - ${m.subType === 'warning' ? 'warning' : m.type}: ${m.message}`,
    );
  assert.deepEqual(problems, [], `${problems.length} problems in ${checked} pages`);
});

test('each page names its own address as canonical; the pages that stand in for others name none and are not indexed', () => {
  // The 404 page, and the saved copy's page for /print/ and the PDF offline (src/lib/savedCopy.ts).
  const standIns = ['/404.html', notSavedPage];
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    const canonical = [...html.matchAll(/<link rel="canonical" href="([^"]+)"/g)].map((m) => new URL(m[1]).pathname);
    const path = `/${relative(dist, file)}`.replace(/index\.html$/, '');
    if (standIns.includes(path)) {
      assert.deepEqual(canonical, [], `${path} has no canonical link`);
      assert.match(html, /<meta name="robots" content="noindex"/);
    } else {
      assert.deepEqual(canonical, [path], `${path} names itself as canonical`);
    }
  }
});
