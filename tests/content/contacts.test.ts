/**
 * Contacts have one source, content/contacts.yaml, and the Contacts page and Get help card show every one
 * of them. (No page can type a number or an email instead: that is a content rule, typedContacts.ts.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { builtPages, linksIn, readPage } from '../../scripts/lib/builtSite.ts';
import { repoRoot } from './site.ts';

interface Contact {
  id: string;
  name: string;
  phone?: string;
  email?: string;
}

const contacts = parseYaml(readFileSync(join(repoRoot, 'content/contacts.yaml'), 'utf8')) as Contact[];

test('the Contacts page lists every contact with tel: and mailto: links, after Get help now', () => {
  const page = builtPages().find((p) => p.path === '/contacts/');
  assert.ok(page, '/contacts/ was not built');
  const html = readPage(page.file);
  const main = /<main\b[\s\S]*<\/main>/.exec(html)![0];
  const hrefs = linksIn(main).map((l) => l.href);
  for (const contact of contacts) {
    assert.ok(main.includes(`id="${contact.id}"`), `no anchor for ${contact.id}`);
    if (contact.phone) assert.ok(hrefs.includes(`tel:${contact.phone.replace(/[^\d+]/g, '')}`), `no tel: link for ${contact.id}`);
    if (contact.email) assert.ok(hrefs.includes(`mailto:${contact.email}`), `no mailto: link for ${contact.id}`);
  }
  assert.ok(main.indexOf('Get help now') < main.indexOf(`id="${contacts.at(-1)!.id}"`), 'Get help now comes first');
});

test('the footer and the home page link to the Contacts and Glossary pages', () => {
  const pages = builtPages();
  const home = readPage(pages.find((p) => p.path === '/')!.file);
  const homeMain = /<main\b[\s\S]*<\/main>/.exec(home)![0];
  for (const href of ['/contacts/', '/glossary/']) {
    assert.ok(linksIn(homeMain).some((l) => l.href === href), `the home page does not link to ${href}`);
    for (const { path, file } of pages) {
      const footer = /<footer\b[\s\S]*<\/footer>/.exec(readPage(file))?.[0] ?? '';
      assert.ok(linksIn(footer).some((l) => l.href === href), `${path}: the footer does not link to ${href}`);
    }
  }
});
