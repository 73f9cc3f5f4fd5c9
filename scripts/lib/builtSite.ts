/**
 * The one place that knows how a built site (dist/) is laid out and read, for the after-build scripts,
 * the benchmarks and every test: where it is, its pages and sitemap, its edition, a page's HTML and the
 * text a reader reads in it, and the Chromium that drives it. Each reader takes the dist/ folder to read
 * (default: this repository's), so a test can read a copy it built elsewhere the same way.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import type { Edition } from '../../src/lib/edition.ts';
import { siteUrl } from '../../src/lib/savedCopy.ts';

/** Debian's Chromium (browsers cannot be downloaded here), as a reader runs it; CHROMIUM_PATH points at another. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const headlessShell = '/usr/bin/chromium-headless-shell';
/**
 * What the browser tests and the PDF edition drive: Debian's headless shell of the same Chromium (package
 * chromium-headless-shell; Playwright's own default for headless runs). It renders, runs script and prints
 * as Chromium does, without the full browser's window layers: the browser tests take about a fifth less
 * time on two cores. Chromium itself where the shell is not installed; CHROMIUM_PATH overrides both.
 */
export const headlessChromiumPath = process.env.CHROMIUM_PATH ?? (existsSync(headlessShell) ? headlessShell : chromiumPath);

/** The built site of a project folder (this repository, or a copy a test built elsewhere). */
export const distOf = (root: string): string => join(root, 'dist');

/** This repository's built site (scripts and tests run from the repository's root). */
export const dist = distOf(process.cwd());

/** The edition a build published in dist/edition.json. */
export function readEdition(site = dist): Edition {
  return JSON.parse(readFileSync(join(site, 'edition.json'), 'utf8')) as Edition;
}

/**
 * Every file under a folder (a built site, a copy's content), as paths relative to it; none for a folder
 * that is not there. Linked packages (node_modules) are not followed.
 */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (name) => !name.startsWith('node_modules') && statSync(join(dir, name)).isFile(),
  );
}

/** Every HTML file of the handbook in a built site, sorted. */
export function htmlFiles(site = dist): string[] {
  if (!existsSync(site)) throw new Error(`There is no built site in ${site}: run \`npm run build\` first.`);
  return (
    readdirSync(site, { recursive: true, encoding: 'utf8' })
      // The browser editor (/admin/) is a program for staff, not a page of the handbook.
      .filter((name) => name.endsWith('.html') && !name.startsWith(`admin${sep}`))
      .map((name) => join(site, name))
      .sort()
  );
}

/** Every HTML page of a built site: its address on the site ("/handbook/recording/") and its file. */
export function builtPages(site = dist): { path: string; file: string }[] {
  return htmlFiles(site)
    .map((file) => ({ path: siteUrl(file.slice(site.length)), file }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Every address the sitemap lists, as a path ("/handbook/recording/"), sorted. */
export function sitemapPaths(site = dist): string[] {
  const files = readdirSync(site).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const paths = files.flatMap((name) =>
    [...readFileSync(join(site, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname),
  );
  if (paths.length === 0) throw new Error(`No URLs in the sitemap in ${site}: run \`npm run build\` first.`);
  return paths.sort();
}

/**
 * A built file's text: a page by its file (from builtPages or htmlFiles) or its address
 * ("/handbook/recording/"), or any other file by its name in dist/ ("updates.xml").
 */
export function readPage(page: string, site = dist): string {
  const file = page.startsWith(site + sep) ? page : join(site, page.endsWith('/') ? `${page}index.html` : page);
  return readFileSync(file, 'utf8');
}

/** The page's <main>, where the content is. */
export function mainOf(html: string): string {
  return /<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
}

/**
 * Character references as text, as a browser reads them in a page's text: every HTML name ("&rsquo;",
 * "&nbsp;"), numeric references, and the names browsers accept without a semicolon ("&amp"); in one pass,
 * so "&amp;lt;" stays "&lt;". (The `entities` package, which parse5 decodes with.)
 */
export const decodeEntities = (text: string): string => decodeHTML(text);

/** An attribute's value as a browser reads it: as text, except that "&copy=" in an address stays as written. */
const decodeAttribute = (value: string): string => decodeHTMLAttribute(value);

/** White space folded to single spaces. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Text for comparing: straight quotes, hyphens for dashes, single spaces, no export bookmarks (from the seed documents). */
export function normalise(text: string): string {
  return squash(
    text
      .replace(/\[bookmark: [^\]]*\]/g, '')
      .replace(/[‘’‚‛′`]/g, "'")
      .replace(/[“”„‟″]/g, '"')
      .replace(/[‐‑‒–—―−]/g, '-')
      .replace(/…/g, '...'),
  );
}

/** Some HTML's text for comparing: tags as spaces, entities decoded, normalised. */
export function plainText(html: string): string {
  return normalise(decodeEntities(html.replace(/<[^>]+>/g, ' ')));
}

/** The h1 of a page of this repository's built site, as text (one parameter, so it can be given to map). */
export function pageTitle(path: string): string {
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(readPage(path))?.[1] ?? '';
  return squash(decodeEntities(h1.replace(/<[^>]+>/g, '')));
}

/**
 * The words a reader reads in some HTML: tags stripped, entities decoded, normalised. The glossary's
 * hidden expansions ("SSW (Supervising Social Worker)") are left out, as they are not the source's words.
 */
export function readableText(html: string): string {
  return normalise(
    decodeEntities(
      html
        .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<span class="visually-hidden">[^<]*<\/span>/g, '')
        .replace(/<br\s*\/?>|<\/(p|li|h[1-6]|dt|dd|td|th|div|section)>/gi, ' ')
        .replace(/<[^>]+>/g, ''),
    ),
  );
}

export interface Link {
  href: string;
  text: string;
}

/** Every <a> in some HTML: its href and its text as read (hidden text included, as a screen reader hears it). */
export function linksIn(html: string): Link[] {
  return [...html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/gi)].map((m) => ({
    href: decodeAttribute(/\bhref="([^"]*)"/.exec(m[1])?.[1] ?? ''),
    text: normalise(decodeEntities(m[2].replace(/<[^>]+>/g, ''))),
  }));
}

/** Every id in some HTML: the anchors a link can point to. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeAttribute(m[1])));
}
