/**
 * The PDF edition (npm run build:pdf, after npm run build): A4, tagged, every section title and the edition
 * date in its text, every part and section in its outline, page numbers; and its link, with the real size
 * and date, on every page. As paper: "Get help now" on page 1 or 2, contents whose page numbers are where
 * each entry starts (read back with pdftotext), contacts and glossary at the back, every One Minute Guide
 * on one sheet.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { editionLabel, pdfLinkText, pdfPath } from '../../src/lib/edition.ts';
import { pdfLinkSlot } from '../../src/lib/pdfEdition.ts';
import { contentTypes } from '../../src/lib/routes.ts';
import { decodeEntities, dist, htmlFiles, pageTitle, readEdition, sitemapPaths, squash } from '../../scripts/lib/builtSite.ts';
import { outlineEntries } from '../../src/lib/printEdition.ts';

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

const pageText = (n: number) => squash(run('pdftotext', '-enc', 'UTF-8', '-f', String(n), '-l', String(n), pdf, '-'));
const contacts = parseYaml(readFileSync(join(process.cwd(), 'content/contacts.yaml'), 'utf8')) as {
  id: string;
  name: string;
  phone?: string;
  urgent?: boolean;
  officeHoursLine?: boolean;
}[];
const outline = () => outlineEntries(run('pdftohtml', '-xml', '-i', '-stdout', pdf));

test('paper: "Get help now" with 999, Fostering On Call and the Fostering Service is on page 1 or 2', () => {
  const urgent = contacts.filter((c) => (c.urgent || c.officeHoursLine) && c.phone);
  assert.deepEqual(
    urgent.map((c) => c.id),
    ['emergency', 'fostering-on-call', 'fostering-service'],
  );
  const front = `${pageText(1)} ${pageText(2)}`;
  assert.ok(front.includes('Get help now'), 'Get help now on page 1 or 2');
  for (const contact of urgent) assert.ok(front.includes(`${contact.name}: ${contact.phone}`), `${contact.name}: ${contact.phone}`);
});

test('paper: the contents give the page each entry starts on, as the PDF is printed', () => {
  const entries = outline();
  const contentsPage = entries.find((e) => e.title === 'Contents')!.page;
  const firstPart = entries.find((e) => e.page > contentsPage && e.title !== 'Contents')!.page;
  const lines = run('pdftotext', '-enc', 'UTF-8', '-layout', '-f', String(contentsPage), '-l', String(firstPart - 1), pdf, '-')
    .split('\n')
    .map((line) => /^\s*(?:\d+\.\s+)?(\S.*?)\s{2,}(\d+)$/.exec(line))
    .filter((m): m is RegExpExecArray => !!m)
    .map(([, title, page]) => ({ title: squash(title), page: Number(page) }));
  const expected = printedPaths.length + 11 + 2; // every page, the parts and books, contacts and glossary
  assert.ok(lines.length >= expected - 5, `contents lines with a page number: ${lines.length} of about ${expected}`);
  const wrong = lines.filter(({ title, page }) => !pageText(page).includes(title.replace(/ …$/, '')));
  assert.deepEqual(wrong, [], 'each entry’s title is on the page its number gives');
  // And the numbers are the outline's (where each heading starts), not just pages that mention the title.
  let at = 0;
  for (const { title, page } of lines) {
    const found = entries.findIndex((e, i) => i >= at && (e.title === title || e.title.endsWith(`: ${title}`)));
    assert.ok(found >= 0, `"${title}" is in the outline after the entry before it`);
    assert.equal(page, entries[found].page, `"${title}" starts on page ${entries[found].page}`);
    at = found + 1;
  }
});

test('paper: the handbook, the guides, the documents, then contacts and the glossary at the back, with every number and term', () => {
  const titles = outline().map((e) => e.title);
  const order = [
    'Get help now',
    'Contents',
    'About the handbook',
    'One Minute Guides',
    'Foster Carers’ Charter (2018)',
    'Contacts',
    'Glossary',
  ];
  const at = order.map((title) => titles.indexOf(title));
  assert.ok(
    at.every((index, i) => index >= 0 && (i === 0 || index > at[i - 1])),
    `in this order: ${order.map((t, i) => `${t} (${at[i]})`).join(', ')}`,
  );
  const entries = outline();
  const contactsPage = entries.find((e) => e.title === 'Contacts')!.page;
  const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', pdf))![1]);
  const back = squash(run('pdftotext', '-enc', 'UTF-8', '-f', String(contactsPage), '-l', String(pages), pdf, '-'));
  for (const contact of contacts) {
    assert.ok(back.includes(contact.name), contact.name);
    if (contact.phone) assert.ok(back.includes(contact.phone), `${contact.name}: ${contact.phone}`);
  }
  const glossary = parseYaml(readFileSync(join(process.cwd(), 'content/glossary.yaml'), 'utf8')) as { term: string; definition: string }[];
  const missing = glossary.filter((g) => !back.includes(squash(g.term)) || !back.includes(squash(g.definition).slice(0, 40)));
  assert.deepEqual(
    missing.map((g) => g.term),
    [],
  );
});

/** One Minute Guides whose text alone cannot fit one A4 sheet in the print layout (none today). */
const guidesOnTwoSheets: string[] = [];

test('paper: every One Minute Guide is on one sheet (or named above as too long)', () => {
  const entries = outline();
  const guides = printedPaths.filter((p) => p.startsWith('/guides/')).map(pageTitle);
  const book = entries.findIndex((e) => e.title === 'One Minute Guides');
  const starts = guides.map((title) => entries.findIndex((e, i) => i > book && e.title === `One Minute Guide: ${title}`));
  assert.ok(
    starts.every((i) => i >= 0),
    `every guide is in the outline: ${guides.filter((_, i) => starts[i] < 0).join(', ')}`,
  );
  const documents = entries.findIndex(
    (e, i) => i > Math.max(...starts) && e.title === 'The Charter, the Support Strategy and the Statement of Purpose',
  );
  const sorted = [...starts].sort((a, b) => a - b);
  const longer = guides.filter((_, g) => {
    const next = sorted.find((i) => i > starts[g]) ?? documents;
    return entries[next].page - entries[starts[g]].page > 1;
  });
  console.log(`One Minute Guides: ${guides.length}, on more than one sheet: ${longer.join(', ') || 'none'}`);
  assert.deepEqual(longer, guidesOnTwoSheets);
});
