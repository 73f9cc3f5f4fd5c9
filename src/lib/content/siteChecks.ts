/**
 * Stage 5 of the pipeline: the checks across files, once every page and list has been read. Titles tell
 * pages apart, glossary terms are defined once, a contact's fallback has a number, every link leads to a
 * page (and heading) that exists, and each One Minute Guide states no number its sources do not.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageUrl, standardUrl } from '../routes.ts';
import { publicFileExists } from './files.ts';
import type { DataEntry } from './lists.ts';
import { siteContacts } from '../contacts.ts';
import type { CheckedPage, PageEntry } from './pageChecks.ts';
import { inFile, type Problem } from './problem.ts';
import { guideNumberProblems, quantitiesIn } from './rules/guideNumbers.ts';
import { typedContactValueProblems, type ContactNumbers } from './rules/typedContacts.ts';
import { linkTargetProblems, type SiteLinks } from './rules/links.ts';
import type { KnownIds } from './schemas.ts';
import { closestIds, listInWords } from './suggest.ts';
import { slugFromTitle } from '../slugs.ts';

/** The site's fixed pages (src/pages without a [parameter]), by address. */
function fixedPages(root: string): string[] {
  const pagesDir = join(root, 'src/pages');
  if (!existsSync(pagesDir)) return ['/'];
  const urls: string[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (/\.(astro|md|mdx)$/.test(name) && !name.includes('[')) {
        const route = relative(pagesDir, path).replace(/\.(astro|md|mdx)$/, '').replace(/(^|\/)index$/, '');
        if (route !== '404') urls.push(route === '' ? '/' : `/${route}/`);
      } else if (/\.\w+\.(ts|js)$/.test(name) && !name.includes('[')) {
        urls.push(`/${relative(pagesDir, path).replace(/\.(ts|js)$/, '')}`);
      }
    }
  };
  visit(pagesDir);
  return urls;
}

/** Every link on every page leads to a page of the site (and, where it names one, a heading on it). */
export function linkTargetsAcrossSite(root: string, ids: KnownIds, checked: readonly CheckedPage[]): Problem[] {
  const targets: SiteLinks = {
    pages: new Map<string, ReadonlySet<string> | null>([
      ...fixedPages(root).map((url) => [url, url === '/contents/' ? new Set(ids.partIds) : null] as const),
      ...ids.standardIds.map((id) => [standardUrl(id), null] as const),
      ...checked.map((c) => [pageUrl(c.page.collection, c.page.id), c.anchors ? new Set(c.anchors) : null] as const),
    ]),
    hasPublicFile: publicFileExists(root),
  };
  return checked.flatMap(({ page, links }) => inFile(page.file, linkTargetProblems(links, targets)));
}

/** A contact's fallback is another contact, one that has a number to ring. */
export function fallbackProblems(contacts: readonly DataEntry[]): Problem[] {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  return contacts.flatMap((contact): Problem[] => {
    const fallback = contact.raw.fallback;
    if (typeof fallback !== 'string') return [];
    const target = byId.get(fallback);
    if (target && typeof target.raw.phone === 'string' && fallback !== contact.id) return [];
    return [
      {
        file: contact.file,
        line: contact.line,
        severity: 'error',
        what: target ? `the fallback "${fallback}" has no phone number to give instead` : `the fallback "${fallback}" is not a contact in contacts.yaml`,
        fix: `name a contact that has a phone number, for example fallback: ${listInWords(closestIds(fallback, contacts.filter((c) => typeof c.raw.phone === 'string').map((c) => c.id)))}.`,
      },
    ];
  });
}

/**
 * The contacts the site's own pages name (siteContacts): each in contacts.yaml with what they give of it,
 * so a council's contacts file without one stops at the check, not halfway through the build.
 */
export function siteContactProblems(contacts: readonly DataEntry[], file = 'content/contacts.yaml'): Problem[] {
  return Object.values(siteContacts).flatMap(({ id, needs, for: role }): Problem[] => {
    const contact = contacts.find((c) => c.id === id);
    const missing = needs.filter((field) => typeof contact?.raw[field] !== 'string');
    if (contact && missing.length === 0) return [];
    return [
      {
        file: contact?.file ?? file,
        line: contact?.line,
        severity: 'error',
        what: contact
          ? `the contact "${id}" has no ${missing.join(' or ')}, which the site's own pages give for ${role}`
          : `there is no contact "${id}", which the site's own pages give for ${role}`,
        fix: contact
          ? `add its ${missing.join(' and ')}.`
          : `add it to content/contacts.yaml with id: ${id} and its ${needs.join(' and ')}, whatever the council calls it (its name is yours).`,
      },
    ];
  });
}

/** Each guide's numbers against those of the handbook pages in its `sources` and the log's `numbers` for it. */
export function guideNumbersAgainstSources(checked: readonly CheckedPage[], log: readonly DataEntry[]): Problem[] {
  const handbook = new Map(checked.filter((c) => c.page.collection === 'handbook').map((c) => [c.page.id, c.quantities ?? []]));
  return checked.flatMap(({ page, quantities }) => {
    if (page.collection !== 'guides' || !quantities || !page.data) return [];
    const ids = Array.isArray(page.data.sources) ? page.data.sources.map(String) : [];
    const vouched = log
      .filter((entry) => entry.raw.page === `guides/${page.id}` && Array.isArray(entry.raw.numbers))
      .flatMap((entry) => (entry.raw.numbers as unknown[]).flatMap((n) => quantitiesIn(String(n))));
    return inFile(page.file, guideNumberProblems(quantities, { ids, quantities: ids.flatMap((id) => handbook.get(id) ?? []) }, vouched));
  });
}

/** A term defined twice in the glossary: the second would hide the first. */
export function glossaryTermProblems(entries: readonly DataEntry[]): Problem[] {
  const seen = new Map<string, DataEntry>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const term = String(entry.raw.term ?? '').trim().toLowerCase();
    const first = seen.get(term);
    if (term && first) {
      problems.push({
        file: entry.file,
        line: entry.line,
        severity: 'error',
        what: `the term "${entry.raw.term}" is defined twice in the glossary (first on line ${first.line})`,
        fix: 'keep one definition: merge the two into the first entry and delete this one. Put other names for the term in alsoKnownAs.',
      });
    } else if (term) seen.set(term, entry);
  }
  return problems;
}

/**
 * Titles tell pages apart in lists and search results; either page may be the new one, so both are named.
 * The Contents page lists handbook sections and documents together, so their titles must differ too; a
 * One Minute Guide may share its section's title (it is always labelled as a guide). Titles that differ
 * only in case, punctuation or accents ("Carers' rights", "Carers rights") are the same title: a reader
 * cannot tell them apart, and they give the same file name, which the editor would quietly number
 * ("carers-rights-1") where `npm run new` refuses.
 */
export function titleProblems(pages: readonly PageEntry[]): Problem[] {
  const problems: Problem[] = [];
  const sameTitleKey = (title: string) => {
    const withoutAside = title.trim().replace(/\s*\([^)]*\)$/, '');
    return slugFromTitle(withoutAside) || withoutAside.toLowerCase();
  };
  for (const group of [['handbook', 'documents'], ['guides']]) {
    const seen = new Map<string, PageEntry>();
    for (const page of pages.filter((p) => group.includes(p.collection) && typeof p.raw?.title === 'string')) {
      const key = sameTitleKey(String(page.raw!.title));
      const first = seen.get(key);
      if (!first) {
        seen.set(key, page);
        continue;
      }
      for (const [here, there] of [[page, first], [first, page]]) {
        problems.push({
          file: here.file,
          line: here.titleLine,
          severity: 'error',
          what: `the title "${String(here.raw!.title)}" is also the title of ${there.file}`,
          fix: 'every page needs its own title, so readers can tell pages apart in search results and lists. Change one of the titles (a section about a document can be "About the …"), or merge the two pages.',
        });
      }
    }
  }
  return problems;
}


/**
 * Numbers and addresses typed into the published lists readers read as text: glossary definitions and
 * the parts' descriptions (contacts.yaml is where numbers belong; the standards are official text).
 */
export function typedContactsInLists(entries: readonly DataEntry[], contacts: readonly ContactNumbers[]): Problem[] {
  return entries.flatMap((entry) =>
    inFile(
      entry.file,
      typedContactValueProblems(entry.raw, contacts, () => entry.line),
    ),
  );
}
