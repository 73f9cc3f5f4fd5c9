/**
 * The content files themselves, before anything reads them: page folders hold only .mdx files with
 * lower-case names; no two names differ only in case, "_" or "-" (they would become the same address, or
 * two addresses for one page); every file is UTF-8, not empty, and not too large to be a page.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { Finding, Problem } from './problem.ts';
import { firstNonUtf8Line, textOf } from './source.ts';
import { listInWords } from './suggest.ts';
import { slugFromTitle } from '../slugs.ts';
import { decodeAddress } from './urls.ts';

/** Larger than any page or list should be: a page this size is a pasted document, not a handbook page. */
export const sizeLimits = { page: 100 * 1024, data: 200 * 1024 } as const;

export interface PageFile {
  /** The file, relative to the repository, for example content/handbook/missing-from-care.mdx. */
  file: string;
  /** The file name without .mdx: the last part of the page's address. */
  id: string;
}

const goodName = /^[a-z0-9]+(-[a-z0-9]+)*\.mdx$/;

/** The name two files would share once case, "_" and "-" are ignored. */
const sameNameKey = (name: string) => name.toLowerCase().replace(/\.mdx?$/, '').replace(/[-_\s]+/g, '-');

/** What a content path is, when it is not an ordinary file or folder (undefined when it is). */
function unusualKind(stats: Stats): string | undefined {
  if (stats.isSymbolicLink()) return 'a link to another file or folder (a symbolic link)';
  if (stats.isFile() || stats.isDirectory()) return undefined;
  if (stats.isFIFO()) return 'a pipe, not a file';
  if (stats.isSocket()) return 'a socket, not a file';
  return 'a device, not a file';
}

const unusualFix = 'content/ holds only ordinary files and folders, so the site is built from what is in the repository and nothing else: replace it with a copy of the file it stands for, or delete it.';

/**
 * Anything under content/ (or content/ itself) that is not an ordinary file or folder: a symbolic link
 * could publish a file from outside the repository or read /dev/zero forever, a pipe would never end.
 * Found without following any link; nothing else reads such a path.
 */
export function unusualFiles(root: string, folder = 'content'): Problem[] {
  const path = join(root, folder);
  if (!existsSync(path) && !isLink(path)) return [];
  const kind = unusualKind(lstatSync(path));
  if (kind) return [{ file: folder, severity: 'error', what: `"${folder.split('/').pop()}" is ${kind}`, fix: unusualFix }];
  if (!lstatSync(path).isDirectory()) return [];
  return readdirSync(path)
    .sort()
    .flatMap((name) => unusualFiles(root, `${folder}/${name}`));
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Whether a path and every folder above it up to content/ are ordinary (no link anywhere on the way). */
function ordinaryPath(root: string, file: string): boolean {
  const parts = file.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const path = join(root, ...parts.slice(0, i));
    if (isLink(path)) return false;
    if (i === parts.length && !lstatSync(path).isFile()) return false;
  }
  return true;
}

/** The .mdx pages in one folder, and a problem for anything else there or any name that cannot be an address. */
export function pageFolder(root: string, folder: string): { pages: PageFile[]; problems: Problem[] } {
  const dir = join(root, folder);
  if (!existsSync(dir) || isLink(dir)) return { pages: [], problems: [] };
  // Links, pipes and devices are reported by unusualFiles, and never read.
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() || entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const problems: Problem[] = [];
  const pages: PageFile[] = [];
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const file = `${folder}/${name}`;
    if (statSync(join(dir, name)).isDirectory()) {
      problems.push({ file, severity: 'error', what: `"${name}" is a folder inside ${folder}/`, fix: `pages go directly in ${folder}/ as .mdx files: move its pages up a level and delete the folder.` });
      continue;
    }
    if (!/\.mdx$/i.test(name)) {
      const isMarkdown = /\.(md|markdown|txt)$/i.test(name);
      problems.push({
        file,
        severity: 'error',
        what: `"${name}" is not an .mdx file, so it would not be published`,
        fix: isMarkdown ? `rename it ${slugFromTitle(name.replace(/\.\w+$/, ''))}.mdx: pages are .mdx files.` : `page folders hold only .mdx pages: delete "${name}" or move it out of ${folder}/.`,
      });
      continue;
    }
    const key = sameNameKey(name);
    groups.set(key, [...(groups.get(key) ?? []), name]);
    if (!goodName.test(name)) {
      problems.push({
        file,
        severity: 'error',
        what: `the file name "${name}" is not lower-case letters and numbers joined by hyphens`,
        fix: `rename the file ${slugFromTitle(name.replace(/\.mdx$/i, ''))}.mdx: the file name becomes the page's address.`,
      });
    }
    pages.push({ file, id: name.replace(/\.mdx$/i, '') });
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const name of group) {
      const others = group.filter((other) => other !== name).map((other) => `${folder}/${other}`);
      problems.push({
        file: `${folder}/${name}`,
        severity: 'error',
        what: `"${name}" and ${listInWords(others.map((o) => `"${o}"`), 'and')} differ only in capitals, "_" or "-"`,
        fix: 'they would be the same page, or two addresses for one page: keep one file (merge the text into it) and delete the other.',
      });
    }
  }
  return { pages, problems };
}

/** The YAML files in a folder (the editorial log), in name order. */
export function yamlFolder(root: string, folder: string): string[] {
  const dir = join(root, folder);
  if (!existsSync(dir) || isLink(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => `${folder}/${name}`);
}

/** A file's text, or the problem that stops it being read: missing, empty, too large, or not UTF-8. */
export function readText(root: string, file: string, limit: number): { text: string } | { problem: Finding } {
  const path = join(root, file);
  if (!existsSync(path) && !isLink(path)) return { problem: { what: `${file} is missing`, fix: 'restore the file: the site is built from it.' } };
  if (!ordinaryPath(root, file)) {
    return { problem: { what: `"${file.split('/').pop()}" is ${unusualKind(lstatSync(path)) ?? 'inside a folder that is a link to another folder'}`, fix: unusualFix } };
  }
  // Read no more than the limit allows, whatever the file claims to be.
  if (lstatSync(path).size > limit) {
    return { problem: { what: `the file is ${Math.round(lstatSync(path).size / 1024)} KB, over the ${limit / 1024} KB a handbook file may be`, fix: 'split it into several pages (or lists), or check that nothing was pasted in by mistake.' } };
  }
  const bytes = readFileSync(path);
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
    return { problem: { what: 'the file is empty', fix: 'write the page (copy the top of a similar page, or start with npm run new), or delete the file.' } };
  }
  if (bytes.length > limit) {
    return {
      problem: {
        what: `the file is ${Math.round(bytes.length / 1024)} KB, over the ${limit / 1024} KB a handbook file may be`,
        fix: 'split it into several pages (or lists), or check that nothing was pasted in by mistake.',
      },
    };
  }
  const badLine = firstNonUtf8Line(bytes);
  if (badLine !== undefined) {
    return {
      problem: {
        line: badLine,
        what: 'the file is not saved as UTF-8, so some characters (such as £, é or curly quotes) would show as nonsense',
        fix: 'open it in an editor and save it with the encoding "UTF-8" (in the GitHub web editor, copy the text into a new file).',
      },
    };
  }
  return { text: textOf(bytes) };
}

/** Whether a file exists in public/ (for pictures and links to files), by its address. */
export function publicFileExists(root: string): (path: string) => boolean {
  const folder = join(root, 'public');
  return (path: string) => {
    const file = join(folder, decodeAddress(path));
    return file.startsWith(folder) && existsSync(file) && statSync(file).isFile();
  };
}
