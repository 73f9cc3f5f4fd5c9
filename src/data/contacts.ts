/**
 * Contacts, read once: every contact as pages show it (with its fallback worked out), by id, and the lines
 * "Get help now" gives. Components look contacts up here; none reads the collection itself.
 */
import { getCollection } from 'astro:content';
import { contactViews, getHelpLines, type ContactView } from '../lib/contacts.ts';

async function load() {
  const all = contactViews((await getCollection('contacts')).map(({ id, data }) => ({ id, ...data })));
  return { all, byId: new Map(all.map((c) => [c.id, c])), getHelp: getHelpLines(all) };
}

let cached: ReturnType<typeof load> | undefined;

export function getContacts() {
  cached ??= load();
  return cached;
}

/** One contact; the content rules make sure every id a page uses exists. */
export async function contactById(id: string): Promise<ContactView> {
  const contact = (await getContacts()).byId.get(id);
  if (!contact) throw new Error(`<Contact id="${id}"> - there is no contact "${id}" in content/contacts.yaml.`);
  return contact;
}
