/**
 * The pipeline's result, read once per process: the gate (integration.ts) reads the content when Astro
 * starts, and src/content.config.ts, loaded later in the same process, reuses it instead of reading every
 * file again. Astro loads content.config.ts through its own module loader, so the two do not share module
 * state; the cache lives on globalThis.
 */
import { resolve } from 'node:path';
import { readContent, readContentInParallel, type ContentSite } from './pipeline.ts';

const key = Symbol.for('coventry-handbook.content');
type Cache = Map<string, ContentSite>;

/** @param fresh read the files again (the gate does, each time Astro starts or restarts). */
export function contentOf(folder: string, { fresh = false } = {}): ContentSite {
  // One key however the folder is written (the gate has Astro's root, with a trailing slash).
  const root = resolve(folder);
  const cache: Cache = ((globalThis as Record<symbol, Cache>)[key] ??= new Map());
  let site = cache.get(root);
  if (!site || fresh) {
    site = readContent(root);
    cache.set(root, site);
  }
  return site;
}

/** Reads the content afresh, sharing the pages between threads, and keeps the result for contentOf. */
export async function contentInParallel(folder: string): Promise<ContentSite> {
  const root = resolve(folder);
  const site = await readContentInParallel(root);
  ((globalThis as Record<symbol, Cache>)[key] ??= new Map()).set(root, site);
  return site;
}
