/**
 * The reading-controls script budget: the inline head script and the ReadingControls file together are at
 * most 1.5 KB gzip (read-aloud included), and content pages load no other script. Measured on the built
 * site with the page-weight measure, so the figure is what a reader downloads.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measurePage } from '../../scripts/lib/pageWeight.ts';
import { dist, htmlFiles, readPage } from '../../scripts/lib/builtSite.ts';

const budget = 1.5 * 1024;
const contentPage = /^\/(handbook|guides|documents|standards)\//;

function scriptsOf(html: string) {
  return [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/type="application\/(ld\+)?json"/.test(attributes))
    .map(([, attributes, body]) => ({ src: /src="([^"]+)"/.exec(attributes)?.[1], body }));
}

test('the reading-controls script, inline and external together, is at most 1.5 KB gzip', (t) => {
  assert.ok(existsSync(join(dist, 'index.html')), 'build the site first (npm run build)');
  const pages = htmlFiles(dist).map((file) => ({ file, weight: measurePage(dist, file) }));
  const content = pages.filter(({ weight }) => contentPage.test(weight.page));
  assert.ok(content.length > 100, `the built site has content pages to measure (${content.length})`);

  const problems: string[] = [];
  for (const { file, weight } of content) {
    const scripts = scriptsOf(readFileSync(file, 'utf8'));
    const inline = scripts.filter((s) => !s.src);
    const external = scripts.filter((s) => s.src);
    if (inline.length !== 1 || !inline[0].body.includes("'data-reading-controls'"))
      problems.push(`${weight.page}: expected only the reading-settings head script inline, found ${inline.length} inline scripts`);
    if (external.length !== 1 || !/\/ReadingControls\.[^/]*\.js$/.test(external[0].src!))
      problems.push(
        `${weight.page}: expected only the ReadingControls script file, found ${external.map((s) => s.src).join(', ') || 'none'}`,
      );
    if (weight.js > budget) problems.push(`${weight.page}: reading-controls script ${weight.js} bytes gzip > ${budget}`);
  }
  assert.deepEqual(problems, []);
  const figure = content[0].weight.js;
  t.diagnostic(`reading-controls script: ${figure} bytes gzip (${(figure / 1024).toFixed(2)} KB) of ${budget}`);
});

test('the measure sees both halves of the reading-controls script', () => {
  const home = measurePage(dist, join(dist, 'index.html'));
  const scripts = scriptsOf(readPage('/'));
  assert.ok(scripts.some((s) => s.src) && scripts.some((s) => !s.src), 'the home page has an inline and an external script');
  assert.ok(home.js > 700, `both are counted (${home.js} bytes gzip)`);
});
