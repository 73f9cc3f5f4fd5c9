/**
 * The built site: the updates feed (valid RSS, one item per recorded change, newest first) and, on every
 * content page, "Last updated", "Last reviewed" and "Suggest a change" pointing at the page's own file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFrontmatter } from '../../src/lib/content/parsePage.ts';
import { editUrl } from '../../src/lib/siteConfig.ts';
import { dist, readPage } from '../../scripts/lib/builtSite.ts';
import { contentTypes } from '../../src/lib/routes.ts';

const collections = contentTypes;
const contentFiles = collections.flatMap((c) =>
  readdirSync(join('content', c))
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => ({ collection: c, id: n.replace(/\.mdx$/, ''), file: `content/${c}/${n}` })),
);

test('the feed is valid RSS with one item per recorded change, newest first', () => {
  const xml = readPage('updates.xml');
  assert.equal(XMLValidator.validate(xml), true);
  const feed = new XMLParser().parse(xml);
  const items = [feed.rss.channel.item].flat().filter(Boolean);
  // The changes as recorded in the content, counted independently of the site's own code.
  const recorded = new Set(
    contentFiles.flatMap(({ file }) => {
      const data = readFrontmatter(process.cwd(), file) as { changes: { date: string; summary: string }[] };
      return data.changes.map((c) => `${c.date}|${c.summary.trim()}`);
    }),
  );
  assert.equal(items.length, recorded.size);
  const dates = items.map((item: { pubDate: string }) => new Date(item.pubDate).getTime());
  assert.deepEqual(
    dates,
    [...dates].sort((a, b) => b - a),
  );
  for (const item of items) {
    assert.ok(recorded.has(`${new Date(item.pubDate).toISOString().slice(0, 10)}|${item.title}`), item.title);
    assert.match(item.link, /\/whats-new\/#\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/);
  }
});

test("the feed is linked from every page's head and from What's new, which lists every change", () => {
  const whatsNew = readPage('/whats-new/');
  assert.match(readPage('/'), /<link rel="alternate" type="application\/rss\+xml"[^>]*href="\/updates.xml"/);
  assert.match(whatsNew, /<a href="\/updates.xml"/);
  const feed = new XMLParser().parse(readPage('updates.xml'));
  for (const item of [feed.rss.channel.item].flat()) {
    assert.ok(whatsNew.includes(`id="${item.link.split('#')[1]}"`), `What's new has the change ${item.title}`);
  }
});

test('every content page shows Last updated, Last reviewed and Suggest a change for its own file', () => {
  const log = execFileSync('git', ['log', '--format=%cs', '-1', '--', 'content/handbook/allegations.mdx'], { encoding: 'utf8' }).trim();
  for (const { collection, id, file } of contentFiles) {
    const htmlPath = join(dist, collection, id, 'index.html');
    assert.ok(existsSync(htmlPath), htmlPath);
    const html = readFileSync(htmlPath, 'utf8');
    assert.ok(html.includes(`href="${editUrl(file)}"`), `${file}: Suggest a change links to its file`);
    assert.match(html, />Suggest a change</);
    assert.match(html, /Last updated: <time datetime="\d{4}-\d{2}-\d{2}"/, file);
    const reviewed = String(readFrontmatter(process.cwd(), file)?.reviewed);
    assert.match(html, new RegExp(`Last reviewed: <time datetime="${reviewed}"`), file);
  }
  if (log) {
    const html = readPage('/handbook/allegations/');
    assert.match(html, new RegExp(`Last updated: <time datetime="${log}"`), 'the date comes from git');
  }
});
