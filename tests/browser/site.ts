/** What the browser tests need to know about the site: every URL in its sitemap, as a path, and its contacts. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const dist = join(process.cwd(), 'dist');

export function sitemapPaths(): string[] {
  const files = readdirSync(dist).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const paths = files.flatMap((name) =>
    [...readFileSync(join(dist, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname),
  );
  if (paths.length === 0) throw new Error('No URLs in the sitemap: run `npm run build` first.');
  return paths.sort();
}

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A contact's phone number as content/contacts.yaml gives it (and pages show it). */
export function contactPhone(id: string): string {
  const contacts = parse(readFileSync(join(process.cwd(), 'content', 'contacts.yaml'), 'utf8')) as { id: string; phone?: string }[];
  const phone = contacts.find((c) => c.id === id)?.phone;
  if (!phone) throw new Error(`content/contacts.yaml has no phone number for "${id}"`);
  return phone;
}
