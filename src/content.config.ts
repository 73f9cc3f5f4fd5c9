/**
 * The collections the site is built from. Every schema and every rule is the content pipeline's
 * (src/lib/content/): the gate has already run it on every file before this is loaded, so the build
 * publishes only content that passed `npm run check`. Pages keep Astro's glob loader (it compiles MDX), fed
 * the frontmatter exactly as the pipeline reads it; the YAML lists come straight from the pipeline.
 */
import { relative, sep } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { checkedContent } from './lib/content/cache.ts';
import { dataFiles, editorialLogFolder, readList, type ListCollection } from './lib/content/lists.ts';
import { readFrontmatter } from './lib/content/parsePage.ts';
import { formatProblem } from './lib/content/problem.ts';
import { dataSchemas } from './lib/content/schemas.ts';
import { yamlFolder } from './lib/content/files.ts';
import type { ContentType } from './lib/routes.ts';

const { root, site: content } = checkedContent();

/** Each page's frontmatter as the pipeline read it when the build started (a build reads each file once). */
const frontmatterAtStart = new Map(content.pages.map((page) => [page.file, page.raw]));

/**
 * A page collection: Astro's glob loader, given the frontmatter as the pipeline reads it (dates as
 * written). Under `astro dev` files change after the start, so each is read again as it changes.
 */
function pages(collection: ContentType): Loader {
  const inner = glob({ base: `./content/${collection}`, pattern: '*.mdx' });
  return {
    name: `handbook-${collection}`,
    load: (context) =>
      inner.load({
        ...context,
        parseData: (props) => {
          // Astro gives the file's absolute path; the pipeline knows it as "content/handbook/a.mdx".
          const file = props.filePath && relative(root, props.filePath).split(sep).join('/');
          const asWritten = file && (import.meta.env.DEV ? readFrontmatter(root, file) : frontmatterAtStart.get(file));
          return context.parseData({ ...props, data: (asWritten as typeof props.data | undefined) ?? props.data });
        },
      }),
  };
}

/**
 * A YAML list collection: the pipeline's entries. Under `astro dev` a file is read again when it
 * changes, and its problems printed (the gate ran only at the start).
 */
function list(collection: ListCollection | 'editorialLog'): Loader {
  const files = () => (collection === 'editorialLog' ? yamlFolder(root, editorialLogFolder) : [dataFiles[collection]]);
  const readAgain = () =>
    files().flatMap((file) => {
      const { entries, problems } = readList(root, file, collection);
      for (const problem of problems) console.error(formatProblem(problem));
      return entries;
    });
  return {
    name: `handbook-${collection}`,
    load: async ({ store, parseData, watcher }) => {
      const fill = async (entries: readonly { id: string; raw: Record<string, unknown> }[]) => {
        store.clear();
        for (const entry of entries) store.set({ id: entry.id, data: await parseData({ id: entry.id, data: entry.raw }) });
      };
      await fill(content.data[collection]);
      watcher?.on('change', (path) => {
        if (files().some((file) => path.endsWith(file))) fill(readAgain()).catch((error: unknown) => console.error(error));
      });
    },
  };
}

export const collections = {
  handbook: defineCollection({ loader: pages('handbook'), schema: content.schemas.handbook }),
  guides: defineCollection({ loader: pages('guides'), schema: content.schemas.guides }),
  documents: defineCollection({ loader: pages('documents'), schema: content.schemas.documents }),
  standards: defineCollection({ loader: list('standards'), schema: dataSchemas.standards }),
  parts: defineCollection({ loader: list('parts'), schema: dataSchemas.parts }),
  glossary: defineCollection({ loader: list('glossary'), schema: dataSchemas.glossary }),
  contacts: defineCollection({ loader: list('contacts'), schema: dataSchemas.contacts }),
  synonyms: defineCollection({ loader: list('synonyms'), schema: dataSchemas.synonyms }),
  editorialLog: defineCollection({ loader: list('editorialLog'), schema: dataSchemas.editorialLog }),
};
