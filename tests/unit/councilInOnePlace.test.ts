/**
 * The council is named in one place: content/ (its pages and lists, and content/site.yaml). The code in src/
 * and scripts/ and the site's configuration carry none of its names, numbers, emails, addresses or its
 * colour, so another council builds its own handbook from the same code (tests/build/secondCouncil.test.ts
 * proves it in a built site). The one exception is the stylesheet's colour lines marked brandColour, which
 * the build replaces with the colour in content/site.yaml (src/lib/brandColour.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '../..');
const settings = parse(readFileSync(join(root, 'content/site.yaml'), 'utf8')) as Record<string, string>;
const contacts = parse(readFileSync(join(root, 'content/contacts.yaml'), 'utf8')) as Record<string, unknown>[];

/** What only this council has: its place's name, its own numbers and emails, its addresses and its colour. */
const councilTraces: [string, (line: string) => boolean][] = [
  [`the name "${settings.place}"`, (line) => line.toLowerCase().includes(settings.place.toLowerCase())],
  ...contacts
    .map((contact) => contact.phone)
    .filter((phone): phone is string => typeof phone === 'string' && phone.replace(/\D/g, '').length > 5)
    .map((phone): [string, (line: string) => boolean] => [
      `the number ${phone}`,
      (line) => line.replace(/\s/g, '').includes(phone.replace(/\s/g, '')),
    ]),
  ...contacts
    .map((contact) => contact.email)
    .filter((email): email is string => typeof email === 'string')
    .map((email): [string, (line: string) => boolean] => [
      `the email ${email}`,
      (line) => line.toLowerCase().includes(email.toLowerCase()),
    ]),
  [`the site's address ${new URL(settings.siteUrl).host}`, (line) => line.includes(new URL(settings.siteUrl).host)],
  [`the repository ${settings.repository}`, (line) => line.includes(new URL(settings.repository).pathname.replace(/^\//, ''))],
  [
    `the colour ${settings.brandColour}`,
    (line) => line.toLowerCase().includes(settings.brandColour.toLowerCase()) && !line.includes('/* brandColour */'),
  ],
];

/** The code and configuration git tracks: everything but content/, the documentation and the tests. */
function codeFiles(): string[] {
  return execFileSync(
    'git',
    ['ls-files', 'src', 'scripts', 'astro.config.mjs', 'package.json', '.ci', 'eslint.config.js', 'playwright.config.ts'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  )
    .split('\n')
    .filter(Boolean);
}

test('the code names nothing of the council’s own: its place, numbers, emails, addresses or colour come from content/', () => {
  const files = codeFiles();
  assert.ok(files.length > 100, `the code was read (${files.length} files)`);
  const found = files.flatMap((file) =>
    readFileSync(join(root, file), 'utf8')
      .split('\n')
      .flatMap((line, at) => councilTraces.filter(([, holds]) => holds(line)).map(([what]) => `${file}:${at + 1}: ${what}`)),
  );
  assert.deepEqual(found, []);
});
