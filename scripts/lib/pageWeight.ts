/**
 * What a page costs a reader on a phone, in gzip bytes: its CSS (linked and inline), its JavaScript
 * (linked and inline), and the HTML around <main> that every page repeats.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipLevel } from './securityHeaders.ts';
import { htmlFiles } from './builtSite.ts';
import { siteUrl } from '../../src/lib/savedCopy.ts';

export interface PageWeight {
  page: string;
  css: number;
  js: number;
  outsideMain: number;
  html: number;
}

export const budget = { css: 8 * 1024, js: 2 * 1024, outsideMain: 4 * 1024 };

/**
 * The search page is the one page that runs search: on top of every page's allowance (the reading
 * controls) it may spend 7 KB on the search interface: the query, ranking, the excerpts that start at a
 * sentence, "Did you mean …?", the results from templates, "The handbook may not cover this" and each
 * result's link to the section that matched with the words to highlight (4.5 KB before those two, about
 * 0.5 KB gzip together), deciding that the best result is too weak to be an answer (0.3 KB), and then
 * weighing the best three pages by the words themselves, not longer words Pagefind matched by their start
 * ("taxi" for "tax"), with no correction offered beside pages that do not answer (0.45 KB; 7,687 bytes in all, just over the
 * 5.5 KB allowed before, with the alias field names in a module of their own so that nothing more of the
 * build's comes with them), and telling a real word meant from a slip by the terms of the pages found
 * ("mental heath", but not "sexual exploration": 0.2 KB; 8,385 bytes in all, over the 6 KB allowed
 * before), then trying a real word's other corrections as close ("care lever": leaver) and three-letter
 * slips ("self ham"): 8,686 bytes, 18 under the 6.5 KB allowed before), and lifting a page known by a
 * carers' phrase the reader typed ("touched her" in "her brother touched her": Safeguarding, not a page
 * that says "keep in touch"; 0.3 KB with the answer it gives and the time words, 8,998 bytes in all; then
 * reading pages for a phrase only when the query holds one the vocabulary lists: 9,041 bytes). Pagefind's
 * loader, worker and index and the vocabulary for "Did you mean …?" are fetched by that script when it
 * runs and are not counted here; the search benchmark measures them.
 */
export const searchPage = '/search/';
export const searchInterfaceAllowance = 7 * 1024;
export const searchPageBudget = { ...budget, js: budget.js + searchInterfaceAllowance };

/**
 * The pages that offer "Save the handbook on this device" (the home page and the accessibility and reading
 * help page) may spend 1.5 KB on its script. No other page carries it: content pages' weight is unchanged,
 * and a page served from the saved copy gets its notice from the service worker, not from script.
 */
export const savedCopyPages = ['/', '/accessibility/'];
export const savedCopyControlAllowance = 1.5 * 1024;
export const savedCopyPageBudget = { ...budget, js: budget.js + savedCopyControlAllowance };

export function budgetFor(page: string): typeof budget {
  if (page === searchPage) return searchPageBudget;
  return savedCopyPages.includes(page) ? savedCopyPageBudget : budget;
}

/** Gzip bytes at the level the site is served at. */
export const gzip = (text: string | Buffer) => (text.length === 0 ? 0 : gzipSync(text, { level: gzipLevel }).length);

function assetBytes(dist: string, href: string, cache: Map<string, Buffer>): Buffer {
  const path = join(dist, href.split('?')[0]);
  if (!cache.has(path)) cache.set(path, readFileSync(path));
  return cache.get(path)!;
}

export function measurePage(dist: string, file: string, cache = new Map<string, Buffer>()): PageWeight {
  const html = readFileSync(file, 'utf8');
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const linkedCss = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)]
    .map((m) => /href="([^"]+)"/.exec(m[0])?.[1])
    .filter((href): href is string => !!href && href.startsWith('/'));
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].filter(
    ([, attributes]) => !/type="application\/(ld\+)?json"/.test(attributes),
  );
  const inlineJs = scripts.map(([, , body]) => body).join('');
  const linkedJs = scripts
    .map(([, attributes]) => /src="([^"]+)"/.exec(attributes)?.[1])
    .filter((src): src is string => !!src && src.startsWith('/'));
  const withoutMain = html.replace(/<main[\s\S]*<\/main>/, '');
  return {
    page: siteUrl(relative(dist, file)),
    css: gzip(inlineCss) + linkedCss.reduce((sum, href) => sum + gzip(assetBytes(dist, href, cache)), 0),
    js: gzip(inlineJs) + linkedJs.reduce((sum, src) => sum + gzip(assetBytes(dist, src, cache)), 0),
    outsideMain: gzip(withoutMain),
    html: gzip(html),
  };
}

export function measureSite(dist: string): PageWeight[] {
  const cache = new Map<string, Buffer>();
  return htmlFiles(dist).map((file) => measurePage(dist, file, cache));
}
