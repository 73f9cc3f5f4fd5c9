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

/** The paper edition's pages that are not handbook pages: "Get help now" at the front, contacts and glossary at the back. */
export const backMatter = {
  getHelp: { anchor: 'print-get-help', title: 'Get help now' },
  contacts: { anchor: 'print-contacts', title: 'Contacts' },
  glossary: { anchor: 'print-glossary', title: 'Glossary' },
} as const;

/** An entry of a PDF's outline (bookmarks), as pdftohtml -xml lists them: its text and the page it starts on. */
export interface OutlineEntry {
  title: string;
  page: number;
}

const squash = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** Every outline entry of a PDF, in order (nesting flattened), from `pdftohtml -xml -i -stdout`. */
export function outlineEntries(xml: string): OutlineEntry[] {
  const outline = xml.slice(Math.max(0, xml.indexOf('<outline>')));
  return [...outline.matchAll(/<item\b[^>]*\bpage="(\d+)"[^>]*>([^<]*)<\/item>/g)].map(([, page, title]) => ({
    title: squash(title),
    page: Number(page),
  }));
}

/**
 * The page each contents entry starts on: each target (in the order the handbook prints them, which is
 * the outline's order) is the next outline entry with its heading's text ("Allegations" the handbook's
 * section, then the guide's, "One Minute Guide: Allegations"). A target not found gets no number.
 */
export function contentsPageNumbers(
  targets: readonly { anchor: string; heading: string }[],
  outline: readonly OutlineEntry[],
): Map<string, number> {
  const numbers = new Map<string, number>();
  let at = 0;
  for (const { anchor, heading } of targets) {
    const title = squash(heading);
    const found = outline.findIndex((entry, index) => index >= at && (entry.title === title || entry.title.endsWith(`: ${title}`)));
    if (found === -1) continue;
    numbers.set(anchor, outline[found].page);
    at = found + 1;
  }
  return numbers;
}
