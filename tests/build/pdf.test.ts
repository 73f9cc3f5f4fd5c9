/**
 * The PDF edition (npm run build:pdf, after npm run build): A4, tagged, every section title and the edition
 * date in its text, every part and section in its outline, page numbers; and its link, with the real size
 * and date, on every page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { htmlFiles } from '../../scripts/lib/pageWeight.ts';
import { editionLabel, pdfLinkText, pdfPath } from '../../src/lib/edition.ts';
import { pdfLinkSlot } from '../../src/lib/pdfEdition.ts';
import { sitemapPaths } from '../browser/site.ts';
import { decodeEntities, dist, pageTitle, squash } from './builtSite.ts';
import { contentTypes } from '../../src/lib/routes.ts';
import { readEdition } from '../../scripts/lib/builtSite.ts';

const pdf = join(dist, pdfPath);
const edition = readEdition(dist);
const run = (command: string, ...args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const printedPaths = sitemapPaths().filter((p) => /^\/(handbook|guides|documents)\/[^/]+\/$/.test(p));

test('the PDF edition has been built', () => {
  assert.ok(existsSync(pdf), `no ${pdfPath} in dist: run npm run build:pdf after npm run build`);
});

test('pdfinfo: tagged, A4 pages, the edition in its title', () => {
  const info = run('pdfinfo', pdf);
  console.log(`PDF: ${/Pages:\s+(\d+)/.exec(info)?.[1]} pages, ${statSync(pdf).size} bytes`);
  assert.match(info, /^Tagged:\s+yes$/m);
  const [, width, height] = /^Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\)$/m.exec(info) ?? [];
  assert.ok(width, `A4 pages:\n${info}`);
  assert.equal(Math.round(Number(width)), 595);
  assert.equal(Math.round(Number(height)), 842);
  assert.match(info, new RegExp(`^Title:\\s+.*${editionLabel(edition)}$`, 'm'));
});

test('pdftotext: every handbook section, guide and document title, the edition date and page numbers', () => {
  const text = squash(run('pdftotext', '-enc', 'UTF-8', pdf, '-'));
  const pagesInContent = contentTypes.flatMap((folder) =>
    readdirSync(join(process.cwd(), 'content', folder)).filter((f) => f.endsWith('.mdx')),
  );
  assert.equal(printedPaths.length, pagesInContent.length, 'every content page is a page of the site');
  const missing = printedPaths.map(pageTitle).filter((title) => !text.includes(title));
  assert.deepEqual(missing, []);
  assert.ok(text.includes(`Edition of ${editionLabel(edition)}`));
  const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', pdf))![1]);
  assert.ok(text.includes(`Page 1 of ${pages}`) && text.includes(`Page ${pages} of ${pages}`), 'page numbers in the footer');
  for (const n of [1, Math.ceil(pages / 2), pages]) {
    const sheet = run('pdftotext', '-enc', 'UTF-8', '-f', String(n), '-l', String(n), pdf, '-');
    assert.equal(sheet.split(`Page ${n} of ${pages}`).length - 1, 1, `page ${n} is numbered once`);
  }
});

test('the outline lists every part and every section, guide and document', () => {
  const xml = run('pdftohtml', '-xml', '-i', '-stdout', pdf);
  const outline = xml.slice(xml.indexOf('<outline>'));
  const items = [...outline.matchAll(/<item\b[^>]*>([^<]*)<\/item>/g)].map((m) => squash(decodeEntities(m[1])));
  const parts = (parseYaml(readFileSync(join(process.cwd(), 'content/parts.yaml'), 'utf8')) as { title: string }[]).map((p) => p.title);
  const missing = [...parts, ...printedPaths.map(pageTitle)].filter(
    (title) => !items.some((item) => item === title || item.endsWith(`: ${title}`)),
  );
  assert.deepEqual(missing, []);
});

test('every page links to the PDF with its real size and date, and no marker is left', () => {
  const text = pdfLinkText(statSync(pdf).size, edition);
  const files = htmlFiles(dist);
  const without = files.filter((file) => !readFileSync(file, 'utf8').includes(`<a href="${pdfPath}" type="application/pdf">${text}</a>`));
  assert.deepEqual(
    without.map((f) => f.slice(dist.length)),
    [],
  );
  assert.deepEqual(
    files.filter((file) => readFileSync(file, 'utf8').includes(pdfLinkSlot)),
    [],
  );
});
