/**
 * The printable handbook (/print/): the whole handbook on one page, in reading order (parts and their
 * sections, then the One Minute Guides, then the documents). Pure functions that decide its order and
 * make each page's HTML fit inside it: ids made unique, links between pages turned into links within
 * the page, links to pages not printed made full addresses, headings moved down to sit under their
 * section's title. The PDF edition is printed from this page.
 */
import { pageUrl, type ContentType } from './routes.ts';

export interface PrintEntry {
  collection: ContentType;
  id: string;
  title: string;
}

/** The anchor of a printed page: handbook-allegations, guides-allegations, documents-statement-of-purpose. */
export function printAnchor(collection: ContentType, id: string): string {
  return `${collection}-${id}`;
}

/** Every printed page's address on the site, mapped to its anchor on the printed page. */
export function printedPages(entries: readonly PrintEntry[]): Map<string, string> {
  return new Map(entries.map((e) => [pageUrl(e.collection, e.id), printAnchor(e.collection, e.id)]));
}

export interface Printable {
  /** This page's anchor: its own ids and #fragments get it as a prefix, so ids stay unique. */
  anchor: string;
  /** From printedPages: links to these pages go to their place in the printed page. */
  printed: ReadonlyMap<string, string>;
  /** The site's address, for links to pages that are not printed (the glossary, contacts, standards). */
  site: string;
  /** How many levels headings move down: a page's h2 sits under its title's h3, so 2. */
  headingShift: number;
}

const attribute = (name: string, value: string) => `${name}="${value}"`;

/** Where a link on a printed page goes: within the printed page where it can, else the live site. */
export function printedHref(href: string, { anchor, printed, site }: Printable): string {
  if (href.startsWith('#')) return href === '#' ? href : `#${anchor}--${href.slice(1)}`;
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const [path, fragment] = href.split('#');
  const pathWithSlash = path.endsWith('/') ? path : `${path}/`;
  const target = printed.get(pathWithSlash);
  if (target) return fragment ? `#${target}--${fragment}` : `#${target}`;
  return new URL(href, site).href;
}

/**
 * One page's rendered HTML made part of the printed page. Glossary links are unwrapped (the term and its
 * spoken expansion stay): on paper they would only add an address after every abbreviation.
 */
export function printableHtml(html: string, options: Printable): string {
  const prefixIds = (ids: string) =>
    ids
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => `${options.anchor}--${id}`)
      .join(' ');
  return html
    .replace(/<a\b[^>]*class="glossary-term"[^>]*>([\s\S]*?)<\/a>/g, '$1')
    .replace(/(?<=\s)href="([^"]*)"/g, (_, href: string) => attribute('href', printedHref(href, options)))
    .replace(/(?<=\s)(id|aria-labelledby|aria-describedby|for)="([^"]*)"/g, (_, name: string, ids: string) =>
      attribute(name, prefixIds(ids)),
    )
    .replace(/<(\/?)h([1-6])\b/g, (_, slash: string, level: string) => {
      const shifted = Number(level) + options.headingShift;
      if (shifted > 6)
        throw new Error(`A heading in ${options.anchor} would be h${shifted} in the printable handbook: use fewer heading levels.`);
      return `<${slash}h${shifted}`;
    });
}
