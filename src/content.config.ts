/**
 * The collections the site is built from. Every schema and every rule is the content pipeline's
 * (src/lib/content/): the gate has already run it on every file before this is loaded, so the build
 * publishes only content that passed `npm run check`. Pages keep Astro's glob loader (it compiles MDX), fed
 * the frontmatter exactly as the pipeline reads it; the YAML lists come straight from the pipeline.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { contentOf } from './lib/content/cache.ts';
import { dataFiles, editorialLogFolder, readFrontmatter, readList, type ListCollection } from './lib/content/pipeline.ts';
import { dataSchemas } from './lib/content/schemas.ts';
import { yamlFolder } from './lib/content/files.ts';
import type { ContentType } from './lib/routes.ts';

const root = process.cwd();
const content = contentOf(root);

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
          const file = props.filePath?.replace(/^\.\//, '');
          const asWritten = file && (import.meta.env.DEV ? readFrontmatter(root, file) : frontmatterAtStart.get(file));
          return context.parseData({ ...props, data: (asWritten as typeof props.data | undefined) ?? props.data });
        },
      }),
  };
}

/** A YAML list collection: the pipeline's entries, read again when a file changes under `astro dev`. */
function list(collection: ListCollection | 'editorialLog'): Loader {
  const files = () => (collection === 'editorialLog' ? yamlFolder(root, editorialLogFolder) : [dataFiles[collection]]);
  return {
    name: `handbook-${collection}`,
    load: async ({ store, parseData, watcher }) => {
      const sync = async () => {
        store.clear();
        for (const file of files()) {
          for (const entry of readList(root, file, collection).entries)
            store.set({ id: entry.id, data: await parseData({ id: entry.id, data: entry.raw }) });
        }
      };
      await sync();
      watcher?.on('change', (path) => {
        if (files().some((file) => path.endsWith(file))) void sync();
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
