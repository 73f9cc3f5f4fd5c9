/**
 * The content pipeline: every content file read once, split and parsed once, checked by every rule, and
 * returned with every problem in one shape. It only composes its stages, each a module with one job:
 *
 *   1. read files        files.ts        names, folders, ordinary files only, size, UTF-8
 *   2. split and parse   parsePage.ts    the compiler's split (source.ts), YAML (yaml.ts), the compiler's
 *                        lists.ts        parser (mdx.ts); the YAML lists the same way
 *   3. schemas           schemas.ts      every field of every collection (schemaFindings.ts applies them)
 *   4. page rules        pageChecks.ts   every rule that needs only the page (rules/*.ts)
 *   5. site rules        siteChecks.ts   titles, links, glossary terms, fallbacks, guides' numbers
 *   6. problems          problem.ts      one shape, printable, repeats collapsed, sorted
 *
 * `npm run check` prints the problems; the build runs the same pipeline before anything is compiled (see
 * integration.ts) and takes its collections' schemas and data from here (src/content.config.ts).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { contentTypes } from '../routes.ts';
import { defaultReviewMonths } from '../reviewCycle.ts';
import { pageFolder, unusualFiles, yamlFolder } from './files.ts';
import { dataFiles, editorialLogFolder, readList, readSettings, type DataEntry, type ListCollection } from './lists.ts';
import { checkPage, type CheckedPage, type PageContext, type PageEntry } from './pageChecks.ts';
import { collapseRepeats, couldNotRead, sortProblems, type Problem } from './problem.ts';
import { pageSchemas, type KnownIds, type SiteSettings } from './schemas.ts';
import { fallbackProblems, glossaryTermProblems, siteContactProblems, guideNumbersAgainstSources, linkTargetsAcrossSite, titleProblems, typedContactsInLists } from './siteChecks.ts';

export interface ContentSite {
  problems: Problem[];
  pages: PageEntry[];
  data: Record<ListCollection | 'editorialLog', DataEntry[]>;
  ids: KnownIds;
  schemas: ReturnType<typeof pageSchemas>;
  /** content/site.yaml, when it passed its schema. */
  settings?: SiteSettings;
}

export interface ReadOptions {
  /** The day the check runs: dates after it are "in the future", reviews before it are due. */
  today?: Date;
}

const textOr = <T extends string | undefined = undefined>(value: unknown, otherwise?: T): string | T => (typeof value === 'string' ? value : (otherwise as T));

/** The lists, the page files and what every page's checks need: everything before the pages are read. */
function readSite(root: string, today: Date) {
  const problems: Problem[] = unusualFiles(root);
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
  // Which contacts the site's own pages need is asked of a contacts file that could be read as written:
  // otherwise "there is no contact" would send staff after contacts that are there.
  if (!problems.some((problem) => problem.file === dataFiles.contacts)) problems.push(...siteContactProblems(lists.contacts));
  const folders = contentTypes.map((collection) => ({ collection, ...pageFolder(root, `content/${collection}`) }));
  for (const folder of folders) problems.push(...folder.problems);
  // After the folders: the settings name documents (documentKinds), checked against those there are.
  const documentIds = folders.find((f) => f.collection === 'documents')!.pages.map((p) => p.id);
  const { settings, problems: settingsProblems } = readSettings(root, documentIds);
  problems.push(...settingsProblems);
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
    reviewEveryMonths: settings?.reviewEveryMonths ?? defaultReviewMonths,
    contacts: lists.contacts.map((c) => ({
      id: c.id,
      name: textOr(c.raw.name, c.id),
      aliases: Array.isArray(c.raw.aliases) ? c.raw.aliases.filter((a): a is string => typeof a === 'string') : [],
      fallback: textOr(c.raw.fallback),
      checkMentions: typeof c.raw.name === 'string' && c.raw.checkMentions !== false,
      phone: textOr(c.raw.phone),
      email: textOr(c.raw.email),
      meanwhile: textOr(c.raw.meanwhile),
      inSentence: textOr(c.raw.inSentence),
    })),
  };
  problems.push(...typedContactsInLists([...lists.glossary, ...lists.parts], context.contacts));
  const files = folders.flatMap(({ collection, pages }) => pages.map((page) => ({ collection, ...page })));
  return { problems, lists, editorialLog, ids, context, files, settings };
}

/** What every page's own checks need to know about the site under `root` (for timing one page alone). */
export function pageContext(root: string, today = new Date()): PageContext {
  return readSite(root, today).context;
}


/** Stage 5 and 6: the checks across pages, once every page has been read, then every problem in order. */
function finishSite(root: string, site: ReturnType<typeof readSite>, checked: readonly CheckedPage[]): ContentSite {
  const problems = [
    ...site.problems,
    ...checked.flatMap((c) => c.problems),
    ...titleProblems(checked.map((c) => c.page)),
    ...linkTargetsAcrossSite(root, site.ids, checked),
    ...guideNumbersAgainstSources(checked, site.editorialLog),
  ];
  return {
    problems: sortProblems(collapseRepeats(problems)),
    pages: checked.map((c) => c.page),
    data: { ...site.lists, editorialLog: site.editorialLog },
    ids: site.ids,
    schemas: pageSchemas(site.ids, () => site.context.today, site.context.reviewEveryMonths),
    settings: site.settings,
  };
}

/** Every content file under `root`, read, parsed and checked, in this thread. */
export function readContent(root: string, { today = new Date() }: ReadOptions = {}): ContentSite {
  try {
    const site = readSite(root, today);
    return finishSite(root, site, site.files.map(({ collection, file, id }) => checkPage(site.context, collection, file, id)));
  } catch (error) {
    return unreadSite(error);
  }
}

/** The content as a whole could not be read (no rule foresaw what stopped it): one problem, no pages. */
function unreadSite(error: unknown): ContentSite {
  const ids: KnownIds = { standardIds: [], partIds: [], handbookIds: [] };
  const data = Object.fromEntries([...Object.keys(dataFiles), 'editorialLog'].map((key) => [key, []])) as unknown as ContentSite['data'];
  return { problems: [couldNotRead('content', error)], pages: [], data, ids, schemas: pageSchemas(ids) };
}

/**
 * The same, with the pages shared between worker threads (src/lib/content/pageWorker.ts) where there are
 * enough pages for it to pay: parsing every page is most of the work, and each page is checked alone.
 */
export async function readContentInParallel(root: string, options: ReadOptions = {}): Promise<ContentSite> {
  try {
    return await readInThreads(root, options);
  } catch (error) {
    return unreadSite(error);
  }
}

async function readInThreads(root: string, { today = new Date() }: ReadOptions): Promise<ContentSite> {
  const site = readSite(root, today);
  const threads = Math.min(availableParallelism(), 4);
  if (threads < 2 || site.files.length < pagesPerThread * 2) return finishSite(root, site, site.files.map(({ collection, file, id }) => checkPage(site.context, collection, file, id)));
  const shares = Array.from({ length: threads }, (_, i) => site.files.filter((_, index) => index % threads === i));
  const results = await Promise.all(
    shares.map(
      (files) =>
        new Promise<CheckedPage[]>((resolve) => {
          const worker = new Worker(new URL('./pageWorker.ts', import.meta.url), { workerData: { context: site.context, files } });
          worker.once('message', resolve);
          // A thread that dies (out of memory, say) leaves its pages to this one, where each page that
          // cannot be checked becomes a problem of its own (checkPage).
          worker.once('error', () => resolve(files.map(({ collection, file, id }) => checkPage(site.context, collection, file, id))));
        }),
    ),
  );
  // Back in the order the files were listed, so the report reads the same however it was made.
  const byFile = new Map(results.flat().map((c) => [c.page.file, c]));
  return finishSite(root, site, site.files.map((f) => byFile.get(f.file)!));
}

/** Below this many pages for each thread, starting threads costs more than it saves. */
const pagesPerThread = 150;

/** The errors among the problems: what stops a pull request and the build. */
export function errorsIn(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}
