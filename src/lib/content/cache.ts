/**
 * The pipeline's result, read once per process: the gate (integration.ts) reads the content when Astro
 * starts, and src/content.config.ts, loaded later in the same process, reuses it instead of reading every
 * file again. Astro loads content.config.ts through its own module loader, so the two do not share module
 * state; the cache lives on globalThis.
 */
import { readContent, type ContentSite } from './pipeline.ts';

const key = Symbol.for('coventry-handbook.content');
type Cache = Map<string, ContentSite>;

/** @param fresh read the files again (the gate does, each time Astro starts or restarts). */
export function contentOf(root: string, { fresh = false } = {}): ContentSite {
  const cache: Cache = ((globalThis as Record<symbol, Cache>)[key] ??= new Map());
  let site = cache.get(root);
  if (!site || fresh) {
    site = readContent(root);
    cache.set(root, site);
  }
  return site;
}
