/** What the browser tests need to know about the site besides its built pages (scripts/lib/builtSite.ts): the axe rules, and its contacts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A contact's phone number as content/contacts.yaml gives it (and pages show it). */
export function contactPhone(id: string): string {
  const contacts = parse(readFileSync(join(process.cwd(), 'content', 'contacts.yaml'), 'utf8')) as { id: string; phone?: string }[];
  const phone = contacts.find((c) => c.id === id)?.phone;
  if (!phone) throw new Error(`content/contacts.yaml has no phone number for "${id}"`);
  return phone;
}
