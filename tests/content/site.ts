/**
 * What the content tests need: the built site (dist/), the seed documents and their inventory, the
 * editorial log, and one way of normalising text so a passage copied from a seed matches the page.
 *
 * The seeds live outside the repository, in ../shared beside it (locally and in CI).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { splitPage } from '../../src/lib/content/source.ts';

export const repoRoot = process.cwd();
export const dist = join(repoRoot, 'dist');
export const sharedDir = join(repoRoot, '..', 'shared');

export interface InventorySection {
  id: string;
  title: string;
  startLine: number;
  endLine: number;
  standards?: { nms: (number | string)[]; regulations: (number | string)[]; tsd: (number | string)[] };
}

export interface Inventory {
  documents: Record<string, { title: string; sections: InventorySection[] }>;
  sourceProblems: { id: string; category: string; summary: string; refs: unknown[] }[];
}

export function inventory(): Inventory {
  if (!existsSync(sharedDir)) throw new Error(`The seeds and inventory are not at ${sharedDir} (../shared beside the repository).`);
  return JSON.parse(readFileSync(join(sharedDir, 'reference', 'content-inventory.json'), 'utf8'));
}

const seedFiles = new Map<string, string[]>();
/** The lines of a seed file (1-based: lines[0] is line 1). */
export function seedLines(seed: string): string[] {
  if (!seedFiles.has(seed)) {
    const name = readdirSync(join(sharedDir, 'seeds')).find((f) => f.startsWith(`${seed}_`));
    if (!name) throw new Error(`No seed ${seed} in ${join(sharedDir, 'seeds')}`);
    seedFiles.set(seed, readFileSync(join(sharedDir, 'seeds', name), 'utf8').split(/\r?\n/));
  }
  return seedFiles.get(seed)!;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', ndash: '–', mdash: '—', hellip: '…' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** Text for comparing: straight quotes, hyphens for dashes, single spaces, no export bookmarks. */
export function normalise(text: string): string {
  return text
    .replace(/\[bookmark: [^\]]*\]/g, '')
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every HTML page in dist/, as its path on the site ("/handbook/recording/") and file. */
export function builtPages(): { path: string; file: string }[] {
  if (!existsSync(dist)) throw new Error('No dist/: run `npm run build` first.');
  const pages: { path: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      // The browser editor (/admin/) is a program for staff, not a page of the handbook.
      if (entry.isDirectory()) {
        if (relative(dist, full) !== 'admin') walk(full);
      }
      else if (entry.name.endsWith('.html')) {
        const rel = relative(dist, full).split('\\').join('/');
        const path = `/${rel.replace(/index\.html$/, '').replace(/\.html$/, '/')}`;
        pages.push({ path, file: full });
      }
    }
  };
  walk(dist);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

export function readPage(file: string): string {
  return readFileSync(file, 'utf8');
}

/** The page's <main>, where the content is. */
export function mainOf(html: string): string {
  return /<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
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
    href: decodeEntities(/\bhref="([^"]*)"/.exec(m[1])?.[1] ?? ''),
    text: normalise(decodeEntities(m[2].replace(/<[^>]+>/g, ''))),
  }));
}

/** Every id in some HTML: the anchors a link can point to. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1])));
}

export interface LogEntry {
  file: string;
  kind: string;
  seed: string;
  lines: string;
  page?: string;
  sourceSays: string;
  wePublish: string;
  why: string;
}

export function editorialLog(): LogEntry[] {
  const folder = join(repoRoot, 'content', 'editorial-log');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((file) => ((parseYaml(readFileSync(join(folder, file), 'utf8')) ?? []) as Omit<LogEntry, 'file'>[]).map((e) => ({ ...e, file, lines: String(e.lines) })));
}

/** A content file's frontmatter (parsed, dates as written) and body, split as the content pipeline splits it. */
export function contentFile(path: string): { data: Record<string, unknown>; body: string; text: string } {
  const text = readFileSync(path, 'utf8');
  const page = splitPage(text);
  return { data: (parseYaml(page.frontmatter, { schema: 'core' }) ?? {}) as Record<string, unknown>, body: page.body, text };
}

export function contentFiles(folder: string): { id: string; path: string }[] {
  const dir = join(repoRoot, 'content', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => ({ id: f.replace(/\.mdx$/, ''), path: join(dir, f) }));
}
