/**
 * What the content tests need besides the built site (read through scripts/lib/builtSite.ts): the seed
 * documents and their inventory, the editorial log, and the content files as the pipeline splits them.
 *
 * The seeds live outside the repository, in ../shared beside it (locally and in CI).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { splitPage } from '../../src/lib/content/source.ts';

export const repoRoot = process.cwd();
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
