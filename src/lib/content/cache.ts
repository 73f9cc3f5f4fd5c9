/**
 * The pipeline's result, read once per process: the gate (integration.ts) reads the content when Astro
 * starts, and src/content.config.ts, loaded later in the same process, reuses it (and the root the gate
 * checked, which `astro build --root` may have moved) instead of reading every file again. Astro loads
 * content.config.ts through its own module loader, so the two do not share module state; the cache lives
 * on globalThis.
 */
import { resolve } from 'node:path';
import { readContent, readContentInParallel, type ContentSite } from './pipeline.ts';

interface Cache {
  /** The root the gate checked last in this process. */
  checkedRoot?: string;
  sites: Map<string, ContentSite>;
}
const key = Symbol.for('handbook-site.content');
const cache = (): Cache => ((globalThis as Record<symbol, Cache>)[key] ??= { sites: new Map() });

/** The content under `folder`, read once per process. */
export function contentOf(folder: string): ContentSite {
  // One key however the folder is written (the gate has Astro's root, with a trailing slash).
  const root = resolve(folder);
  const { sites } = cache();
  let site = sites.get(root);
  if (!site) {
    site = readContent(root);
    sites.set(root, site);
  }
  return site;
}

/** Reads the content afresh (the gate, each time Astro starts), sharing the pages between threads. */
export async function contentInParallel(folder: string): Promise<ContentSite> {
  const root = resolve(folder);
  const site = await readContentInParallel(root);
  const state = cache();
  state.sites.set(root, site);
  state.checkedRoot = root;
  return site;
}

/** The content the gate checked in this process, and its root; without a gate, `fallback` read now. */
export function checkedContent(fallback = process.cwd()): { root: string; site: ContentSite } {
  const root = cache().checkedRoot ?? resolve(fallback);
  return { root, site: contentOf(root) };
}

/** The root the content gate checked in this process, else the current folder (for the site's settings). */
export function checkedRoot(): string {
  return cache().checkedRoot ?? resolve(process.cwd());
}
