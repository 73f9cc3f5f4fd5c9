/**
 * The content pipeline: every content file read once, parsed once (one YAML parse that keeps lines, one
 * MDX parse per page), checked by every rule, and returned with every problem in one shape. `npm run
 * check` prints the problems; the build runs the same pipeline before anything is compiled (see
 * integration.ts) and takes its collections' schemas and data from here (src/content.config.ts).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { join, relative } from 'node:path';
import type { Root } from 'mdast';
import type { z } from 'astro/zod';
import { contentTypes, pageUrl, standardUrl, type ContentType } from '../routes.ts';
import { overdueMessage, type ReviewDates } from '../reviewCycle.ts';
import { placeholderMark } from '../scaffold.ts';
import { pageFolder, readText, sizeLimits, yamlFolder } from './files.ts';
import { mdxParseProblem, parseMdx } from './mdx.ts';
import { heard, inFile, sortProblems, type Finding, type Problem } from './problem.ts';
import { exportDebrisProblems } from './rules/exportDebris.ts';
import { guideNumberProblems, pageQuantities, quantitiesIn, type Quantity } from './rules/guideNumbers.ts';
import { guideShapeProblems } from './rules/guideShape.ts';
import { headingProblems } from './rules/headings.ts';
import { keyPointProblems } from './rules/keyPoints.ts';
import { headingAnchors, imageProblems, internalLinks, linkProblems, linkTargetProblems, type InternalLink, type SiteLinks } from './rules/links.ts';
import { mdxProblems } from './rules/mdxLimits.ts';
import { contactMentionProblems, type MentionedContact } from './rules/contactMentions.ts';
import { typedContactProblems, type ContactNumbers } from './rules/typedContacts.ts';
import { dataSchemas, pageSchemas, type DataCollection, type KnownIds } from './schemas.ts';
import { splitPage } from './source.ts';
import { closestIds, listInWords } from './suggest.ts';
import { decodeAddress } from './urls.ts';
import { readYaml, type YamlSource } from './yaml.ts';

/** The YAML lists the site is built from, each a file of entries with an `id`. */
export const dataFiles = {
  standards: 'content/standards.yaml',
  parts: 'content/parts.yaml',
  glossary: 'content/glossary.yaml',
  contacts: 'content/contacts.yaml',
  synonyms: 'content/synonyms.yaml',
} as const satisfies Partial<Record<DataCollection, string>>;

/** The editorial log: a folder of YAML lists for staff, whose entries have no id of their own. */
export const editorialLogFolder = 'content/editorial-log';

export type ListCollection = keyof typeof dataFiles;

export interface DataEntry {
  id: string;
  file: string;
  line: number;
  /** The entry as written (without its id), for the build's loaders. */
  raw: Record<string, unknown>;
}

export interface PageEntry {
  collection: ContentType;
  id: string;
  file: string;
  /** The frontmatter as written, when it could be read. */
  raw?: Record<string, unknown>;
  /** The frontmatter after the schema, when it passed. */
  data?: { title: string } & ReviewDates & Record<string, unknown>;
  titleLine?: number;
}

export interface ContentSite {
  problems: Problem[];
  pages: PageEntry[];
  data: Record<ListCollection | 'editorialLog', DataEntry[]>;
  ids: KnownIds;
  schemas: ReturnType<typeof pageSchemas>;
}

const isMap = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A Zod issue as a problem: its own message where the schema wrote one, its path's line in the file. */
function schemaFindings(error: z.ZodError, yaml: YamlSource, base: (string | number)[], fieldNames: readonly string[], what: string): Finding[] {
  return error.issues.flatMap((issue): Finding[] => {
    const path = [...base, ...(issue.path as (string | number)[])];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        line: yaml.lineOf([...path, key]),
        what: `"${key}" is not a field ${issue.path.length === 0 ? what : `of ${issue.path.join('.')}`} can have`,
        fix: `did you mean ${listInWords(closestIds(key, issue.path.length === 0 ? fieldNames : ['title', 'url', 'note', 'date', 'summary']))}? Field names are case-sensitive (see CONTRIBUTING.md, "Every frontmatter field").`,
      }));
    }
    const message = issue.message.includes('\n')
      ? heard(issue.message)
      : { what: `${issue.path.join('.') || 'this entry'} is not what the field takes`, fix: 'compare it with the same field in a similar file, and see CONTRIBUTING.md, "Every frontmatter field".' };
    return [{ line: yaml.lineOf(path), ...message }];
  });
}

/** Field names of a (refined) Zod object, for "did you mean" suggestions. */
function fieldsOf(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/** One YAML list file (or editorial-log file): its entries with their lines, checked against its schema. */
export function readList(root: string, file: string, collection: DataCollection): { entries: DataEntry[]; problems: Problem[] } {
  const read = readText(root, file, sizeLimits.data);
  if ('problem' in read) return { entries: [], problems: inFile(file, [read.problem]) };
  const yaml = readYaml(read.text);
  if (yaml.problems.length > 0) return { entries: [], problems: inFile(file, yaml.problems) };
  if (yaml.value == null) return { entries: [], problems: [] };
  if (!Array.isArray(yaml.value)) {
    return { entries: [], problems: inFile(file, [{ line: 1, what: 'the file is not a list of entries', fix: 'start each entry with "- " at the beginning of a line, as in the other entries of this kind.' }]) };
  }
  const schema = dataSchemas[collection];
  const hasIds = collection !== 'editorialLog';
  const findings: Finding[] = [];
  const entries: DataEntry[] = [];
  const firstUse = new Map<string, number>();
  const base = file.split('/').pop()!.replace(/\.ya?ml$/, '');
  yaml.value.forEach((item: unknown, index) => {
    const line = yaml.lineOf([index]) ?? 1;
    if (!isMap(item)) {
      findings.push({ line, what: 'this entry is not a set of fields', fix: 'write each entry as "- id: …" followed by its fields, indented to line up.' });
      return;
    }
    const { id, ...fields } = item;
    if (hasIds) {
      if (typeof id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
        findings.push({ line, what: id === undefined ? 'this entry has no id' : `the id "${String(id)}" is not lower-case letters and numbers joined by hyphens`, fix: 'start the entry with "- id: " and a short lower-case name, for example "- id: fostering-on-call".' });
        return;
      }
      const first = firstUse.get(id);
      if (first !== undefined) {
        findings.push({ line, what: `the id "${id}" is used twice in ${file.split('/').pop()} (first on line ${first})`, fix: 'every id must be different: the second entry would silently replace the first. Merge the two entries or give this one its own id.' });
        return;
      }
      firstUse.set(id, line);
    }
    const result = schema.safeParse(fields);
    if (!result.success) findings.push(...schemaFindings(result.error, yaml, [index], fieldsOf(schema), 'an entry here'));
    entries.push({ id: hasIds ? (id as string) : `${base}-${index + 1}`, file, line, raw: fields });
  });
  return { entries, problems: inFile(file, findings) };
}

/** The site's fixed pages (src/pages without a [parameter]), by address. */
function fixedPages(root: string): string[] {
  const pagesDir = join(root, 'src/pages');
  if (!existsSync(pagesDir)) return ['/'];
  const urls: string[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (/\.(astro|md|mdx)$/.test(name) && !name.includes('[')) {
        const route = relative(pagesDir, path).replace(/\.(astro|md|mdx)$/, '').replace(/(^|\/)index$/, '');
        if (route !== '404') urls.push(route === '' ? '/' : `/${route}/`);
      } else if (/\.\w+\.(ts|js)$/.test(name) && !name.includes('[')) {
        urls.push(`/${relative(pagesDir, path).replace(/\.(ts|js)$/, '')}`);
      }
    }
  };
  visit(pagesDir);
  return urls;
}

/** A page's frontmatter as written, read the same way the check reads it (for the build's loaders). */
export function readFrontmatter(root: string, file: string): Record<string, unknown> | undefined {
  const read = readText(root, file, sizeLimits.page);
  if ('problem' in read) return undefined;
  const value = readYaml(splitPage(read.text).frontmatter).value;
  return isMap(value) ? value : undefined;
}

interface ParsedPage extends PageEntry {
  text?: string;
  reviewedLine?: number;
  /** The frontmatter line of each key point. */
  keyPointLines?: (number | undefined)[];
  tree?: Root;
}

function readPageFile(root: string, collection: ContentType, file: string, id: string, schemas: ReturnType<typeof pageSchemas>): { page: ParsedPage; findings: Finding[] } {
  const page: ParsedPage = { collection, id, file };
  const read = readText(root, file, sizeLimits.page);
  if ('problem' in read) return { page, findings: [read.problem] };
  page.text = read.text;
  const source = splitPage(read.text);
  const findings: Finding[] = [];
  if (source.unclosed) {
    findings.push({ line: 1, what: 'the frontmatter that starts on line 1 is never closed', fix: 'add a line of three hyphens (---) after the last field, before the text of the page.' });
  } else if (!source.hasFrontmatter) {
    findings.push({
      line: 1,
      what: 'the page has no frontmatter',
      fix: 'the file must start with a line of three hyphens (---), then the fields (title, summary, reviewed…), then another --- line. Copy the top of a similar page, or start with npm run new.',
    });
  } else {
    const yaml = readYaml(source.frontmatter);
    findings.push(...yaml.problems);
    if (yaml.problems.length === 0) {
      if (!isMap(yaml.value)) {
        findings.push({ line: 2, what: 'the frontmatter is not a list of fields', fix: 'write one "field: value" per line between the --- lines.' });
      } else {
        page.raw = yaml.value;
        page.titleLine = yaml.lineOf(['title']);
        page.reviewedLine = yaml.lineOf(['reviewed']);
        const points = yaml.value.keyPoints;
        if (Array.isArray(points)) page.keyPointLines = points.map((_, index) => yaml.lineOf(['keyPoints', index]));
        const schema = schemas[collection];
        const result = schema.safeParse(yaml.value);
        if (result.success) page.data = result.data as PageEntry['data'];
        else findings.push(...schemaFindings(result.error, yaml, [], fieldsOf(schema), 'pages'));
      }
    }
  }
  try {
    page.tree = parseMdx(source.body);
  } catch (error) {
    findings.push(mdxParseProblem(error));
  }
  return { page, findings };
}

/** Text the new-page tool writes where the author still has to write: never published. */
function placeholderProblems(text: string): Finding[] {
  return text.split(/\r?\n/).flatMap((line, index) =>
    line.includes(placeholderMark)
      ? [{ line: index + 1, what: `the page still has "${placeholderMark}" text from npm run new`, fix: `replace every "${placeholderMark}" with the real text: readers would see it.` }]
      : [],
  );
}

/** A contact's fallback is another contact, one that has a number to ring. */
function fallbackProblems(contacts: readonly DataEntry[]): Problem[] {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  return contacts.flatMap((contact): Problem[] => {
    const fallback = contact.raw.fallback;
    if (typeof fallback !== 'string') return [];
    const target = byId.get(fallback);
    if (target && typeof target.raw.phone === 'string' && fallback !== contact.id) return [];
    return [
      {
        file: contact.file,
        line: contact.line,
        severity: 'error',
        what: target ? `the fallback "${fallback}" has no phone number to give instead` : `the fallback "${fallback}" is not a contact in contacts.yaml`,
        fix: `name a contact that has a phone number, for example fallback: ${listInWords(closestIds(fallback, contacts.filter((c) => typeof c.raw.phone === 'string').map((c) => c.id)))}.`,
      },
    ];
  });
}

export interface ReadOptions {
  /** The day the check runs: dates after it are "in the future", reviews before it are due. */
  today?: Date;
}

/** What every page's own checks need to know about the rest of the site (plain data, for a worker too). */
export interface PageContext {
  root: string;
  ids: KnownIds;
  today: Date;
  contacts: readonly (ContactNumbers & MentionedContact)[];
}

/** A page after its own checks: its data, its problems, and what the checks across pages need of it. */
export interface CheckedPage {
  page: PageEntry;
  problems: Problem[];
  /** Its headings' anchors, which links from other pages may point at (undefined when it cannot be read). */
  anchors?: string[];
  /** Its links to other handbook addresses, for the check that they exist. */
  links: InternalLink[];
  /** The numbers a handbook page or guide states, for the check of each guide against its sources. */
  quantities?: (Quantity & { line?: number })[];
}

/** A page's own checks: read, parse once, schema, and every rule that needs only the page. */
/** Each thread's page schemas, built once for its context rather than once a page. */
const schemasOf = new WeakMap<PageContext, ReturnType<typeof pageSchemas>>();

export function checkPage(context: PageContext, collection: ContentType, file: string, id: string): CheckedPage {
  let schemas = schemasOf.get(context);
  if (!schemas) schemasOf.set(context, (schemas = pageSchemas(context.ids, () => context.today)));
  const { page, findings } = readPageFile(context.root, collection, file, id, schemas);
  let anchors: Set<string> | undefined;
  let links: InternalLink[] = [];
  if (page.tree) {
    anchors = headingAnchors(page.tree);
    links = internalLinks(page.tree);
    findings.push(
      ...headingProblems(page.tree),
      ...linkProblems(page.tree, anchors),
      ...imageProblems(page.tree, publicFiles(context.root)),
      ...mdxProblems(page.tree, context.contacts.map((c) => c.id)),
      ...typedContactProblems(page.tree, context.contacts),
      ...contactMentionProblems(page.tree, context.contacts),
    );
    if (collection === 'guides') findings.push(...guideShapeProblems(page.tree));
    const keyPoints = page.data?.keyPoints;
    if (collection === 'handbook' && Array.isArray(keyPoints)) findings.push(...keyPointProblems(page.tree, keyPoints, page.keyPointLines ?? []));
  }
  if (page.text) findings.push(...placeholderProblems(page.text), ...exportDebrisProblems(page.text));
  if (page.data) {
    const overdue = overdueMessage(page.data, context.today);
    if (overdue) findings.push({ line: page.reviewedLine, severity: 'warning', what: 'this page is due for review', fix: overdue });
  }
  const quantities =
    page.tree && page.text && page.data && (collection === 'handbook' || collection === 'guides')
      ? pageQuantities(String(page.data.summary ?? ''), page.tree, page.text)
      : undefined;
  const { text: _text, reviewedLine: _line, keyPointLines: _points, tree: _tree, ...entry } = page;
  return { page: entry, problems: inFile(file, findings), anchors: anchors && [...anchors], links, quantities };
}

/** Whether a file exists in public/ (for pictures and links to files), by its address. */
function publicFiles(root: string) {
  const folder = join(root, 'public');
  return (path: string) => {
    const file = join(folder, decodeAddress(path));
    return file.startsWith(folder) && existsSync(file) && statSync(file).isFile();
  };
}

/** The lists, the page files and what every page's checks need: everything before the pages are read. */
function readSite(root: string, today: Date) {
  const problems: Problem[] = [];
  const lists = Object.fromEntries(
    Object.entries(dataFiles).map(([collection, file]) => {
      const { entries, problems: found } = readList(root, file, collection as ListCollection);
      problems.push(...found);
      return [collection, entries];
    }),
  ) as Record<ListCollection, DataEntry[]>;
  const editorialLog = yamlFolder(root, editorialLogFolder).flatMap((file) => {
    const { entries, problems: found } = readList(root, file, 'editorialLog');
    problems.push(...found);
    return entries;
  });
  problems.push(...glossaryTermProblems(lists.glossary), ...fallbackProblems(lists.contacts));

  const folders = contentTypes.map((collection) => ({ collection, ...pageFolder(root, `content/${collection}`) }));
  for (const folder of folders) problems.push(...folder.problems);
  const ids: KnownIds = {
    standardIds: lists.standards.map((s) => s.id),
    partIds: lists.parts.map((p) => p.id),
    handbookIds: folders.find((f) => f.collection === 'handbook')!.pages.map((p) => p.id),
    phoneContactIds: lists.contacts.filter((c) => typeof c.raw.phone === 'string').map((c) => c.id),
  };
  const context: PageContext = {
    root,
    ids,
    today,
    contacts: lists.contacts.map((c) => ({ ...(c.raw as Omit<MentionedContact, 'id'>), id: c.id, phone: c.raw.phone as string | undefined, email: c.raw.email as string | undefined })),
  };
  const files = folders.flatMap(({ collection, pages }) => pages.map((page) => ({ collection, ...page })));
  return { problems, lists, editorialLog, ids, context, files };
}

/** The checks across pages, once every page has been read: titles, and where links go. */
function finishSite(root: string, site: ReturnType<typeof readSite>, checked: readonly CheckedPage[]): ContentSite {
  const problems = [...site.problems, ...checked.flatMap((c) => c.problems)];
  problems.push(...titleProblems(checked.map((c) => c.page)));
  const targets: SiteLinks = {
    pages: new Map<string, ReadonlySet<string> | null>([
      ...fixedPages(root).map((url) => [url, url === '/contents/' ? new Set(site.ids.partIds) : null] as const),
      ...site.ids.standardIds.map((id) => [standardUrl(id), null] as const),
      ...checked.map((c) => [pageUrl(c.page.collection, c.page.id), c.anchors ? new Set(c.anchors) : null] as const),
    ]),
    hasPublicFile: publicFiles(root),
  };
  for (const { page, links } of checked) problems.push(...inFile(page.file, linkTargetProblems(links, targets)));
  problems.push(...guideNumbersAgainstSources(checked, site.editorialLog));
  return {
    problems: sortProblems(problems),
    pages: checked.map((c) => c.page),
    data: { ...site.lists, editorialLog: site.editorialLog },
    ids: site.ids,
    schemas: pageSchemas(site.ids, () => site.context.today),
  };
}

/** Every content file under `root`, read, parsed and checked, in this thread. */
export function readContent(root: string, { today = new Date() }: ReadOptions = {}): ContentSite {
  const site = readSite(root, today);
  return finishSite(root, site, site.files.map(({ collection, file, id }) => checkPage(site.context, collection, file, id)));
}

/**
 * The same, with the pages shared between worker threads (src/lib/content/pageWorker.ts) where there are
 * enough pages for it to pay: parsing every page is most of the work, and each page is checked alone.
 */
export async function readContentInParallel(root: string, { today = new Date() }: ReadOptions = {}): Promise<ContentSite> {
  const site = readSite(root, today);
  const threads = Math.min(availableParallelism(), 4);
  if (threads < 2 || site.files.length < pagesPerThread * 2) return finishSite(root, site, site.files.map(({ collection, file, id }) => checkPage(site.context, collection, file, id)));
  const shares = Array.from({ length: threads }, (_, i) => site.files.filter((_, index) => index % threads === i));
  const results = await Promise.all(
    shares.map(
      (files) =>
        new Promise<CheckedPage[]>((resolve, reject) => {
          const worker = new Worker(new URL('./pageWorker.ts', import.meta.url), { workerData: { context: site.context, files } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  // Back in the order the files were listed, so the report reads the same however it was made.
  const byFile = new Map(results.flat().map((c) => [c.page.file, c]));
  return finishSite(root, site, site.files.map((f) => byFile.get(f.file)!));
}

/** Below this many pages for each thread, starting threads costs more than it saves. */
const pagesPerThread = 150;

/** Each guide's numbers against those of the handbook pages in its `sources` and the log's `numbers` for it. */
function guideNumbersAgainstSources(checked: readonly CheckedPage[], log: readonly DataEntry[]): Problem[] {
  const handbook = new Map(checked.filter((c) => c.page.collection === 'handbook').map((c) => [c.page.id, c.quantities ?? []]));
  return checked.flatMap(({ page, quantities }) => {
    if (page.collection !== 'guides' || !quantities || !page.data) return [];
    const ids = Array.isArray(page.data.sources) ? page.data.sources.map(String) : [];
    const vouched = log
      .filter((entry) => entry.raw.page === `guides/${page.id}` && Array.isArray(entry.raw.numbers))
      .flatMap((entry) => (entry.raw.numbers as unknown[]).flatMap((n) => quantitiesIn(String(n))));
    return inFile(page.file, guideNumberProblems(quantities, { ids, quantities: ids.flatMap((id) => handbook.get(id) ?? []) }, vouched));
  });
}

/** A term defined twice in the glossary: the second would hide the first. */
function glossaryTermProblems(entries: readonly DataEntry[]): Problem[] {
  const seen = new Map<string, DataEntry>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const term = String(entry.raw.term ?? '').trim().toLowerCase();
    const first = seen.get(term);
    if (term && first) {
      problems.push({
        file: entry.file,
        line: entry.line,
        severity: 'error',
        what: `the term "${entry.raw.term}" is defined twice in the glossary (first on line ${first.line})`,
        fix: 'keep one definition: merge the two into the first entry and delete this one. Put other names for the term in alsoKnownAs.',
      });
    } else if (term) seen.set(term, entry);
  }
  return problems;
}

/**
 * Titles tell pages apart in lists and search results; either page may be the new one, so both are named.
 * The Contents page lists handbook sections and documents together, so their titles must differ too; a
 * One Minute Guide may share its section's title (it is always labelled as a guide).
 */
function titleProblems(pages: readonly PageEntry[]): Problem[] {
  const problems: Problem[] = [];
  const sameTitleKey = (title: string) => title.trim().toLowerCase().replace(/\s*\([^)]*\)$/, '');
  for (const group of [['handbook', 'documents'], ['guides']]) {
    const seen = new Map<string, PageEntry>();
    for (const page of pages.filter((p) => group.includes(p.collection) && typeof p.raw?.title === 'string')) {
      const key = sameTitleKey(String(page.raw!.title));
      const first = seen.get(key);
      if (!first) {
        seen.set(key, page);
        continue;
      }
      for (const [here, there] of [[page, first], [first, page]]) {
        problems.push({
          file: here.file,
          line: here.titleLine,
          severity: 'error',
          what: `the title "${String(here.raw!.title)}" is also the title of ${there.file}`,
          fix: 'every page needs its own title, so readers can tell pages apart in search results and lists. Change one of the titles (a section about a document can be "About the …"), or merge the two pages.',
        });
      }
    }
  }
  return problems;
}

/** The errors among the problems: what stops a pull request and the build. */
export function errorsIn(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}
