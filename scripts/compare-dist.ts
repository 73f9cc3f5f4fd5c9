/**
 * npm run compare:dist -- BEFORE AFTER: what changed for readers between two builds of the site. Hashed
 * asset names (/_astro/name.HASH.css), Pagefind's index (rebuilt with new hashes every time) and Astro's
 * scoping attributes (data-astro-cid-*, which change when a component moves) are ignored; every other
 * file is compared as text, and each difference is shown as the lines that differ. With --text, pages are
 * compared as readers read them: the words, links and headings, without markup, classes or styles.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { commandLine } from './lib/commandLine.ts';
import { decodeEntities } from './lib/builtSite.ts';

const usage = 'Use: npm run compare:dist -- BEFORE AFTER [--text] (two built dist/ folders)';
const { values, positionals } = commandLine({ text: { type: 'boolean' } }, usage, { positionals: true });
const textOnly = values.text ?? false;
const [before, after] = positionals;
if (!before || !after || !existsSync(before) || !existsSync(after)) {
  console.error(usage);
  process.exit(2);
}

const normalise = (text: string) => {
  const plain = text
    .replace(/\/_astro\/([\w-]+?)\.[\w-]{8}\.(css|js)/g, '/_astro/$1.$2')
    .replace(/(pagefind[\w-]*?)\.[a-f0-9]{6,}\.(js|css|pf_meta|wasm)/g, '$1.$2')
    .replace(/\[?\s?data-astro-cid-[a-z0-9]+\]?/g, '');
  if (!textOnly) return plain;
  // What a reader meets: text, link targets and heading levels, one per line.
  // The same character however it is written: &#39;, &#x27; and ' are one apostrophe to a reader.
  return decodeEntities(
    plain
      .replace(/<(style|script)\b[\s\S]*?<\/\1>/g, '')
      .replace(/<a\b[^>]*href="([^"]*)"[^>]*>/g, '\n[link $1] ')
      .replace(/<(h[1-6])\b[^>]*>/g, '\n[$1] ')
      .replace(/<[^>]+>/g, '\n'),
  )
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
};

function files(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    if (statSync(path).isDirectory() || name.startsWith('pagefind/')) continue;
    found.set(normalise(relative(dir, path)), path);
  }
  return found;
}

const old = files(before);
const now = files(after);
let differences = 0;
for (const name of [...new Set([...old.keys(), ...now.keys()])].sort()) {
  if (!old.has(name) || !now.has(name)) {
    console.log(`${old.has(name) ? 'only before' : 'only after '}: ${name}`);
    differences++;
    continue;
  }
  const a = normalise(readFileSync(old.get(name)!, 'utf8')).split(/(?<=>)(?=<)|\n/);
  const b = normalise(readFileSync(now.get(name)!, 'utf8')).split(/(?<=>)(?=<)|\n/);
  if (a.join('\n') === b.join('\n')) continue;
  differences++;
  const gone = a.filter((line) => !b.includes(line));
  const added = b.filter((line) => !a.includes(line));
  console.log(`changed: ${name}`);
  for (const line of gone.slice(0, 6)) console.log(`  - ${line.slice(0, 200)}`);
  for (const line of added.slice(0, 6)) console.log(`  + ${line.slice(0, 200)}`);
}
console.log(`\n${differences} file${differences === 1 ? '' : 's'} differ (hashed asset names and the Pagefind index ignored).`);
