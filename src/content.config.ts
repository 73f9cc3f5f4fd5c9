/**
 * The content model: every collection the handbook is built from, in one place. The pages' frontmatter
 * schemas live in lib/frontmatterSchema.ts, shared with the content check (npm run check).
 *
 * Content lives in `content/` at the top of the repository. Ids that pages refer to (standards, parts,
 * other pages) are checked here against the files that define them, because Astro only logs a missing
 * `reference()` and would still publish the page. Every message names the field and says what is allowed;
 * `checkedLoader` adds the file name, so a failed build says exactly where to look.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { dateMessage } from './lib/contentRules.ts';
import { rawDateProblems } from './lib/frontmatterDates.ts';
import { pageSchemas } from './lib/frontmatterSchema.ts';
import { guideStructureProblems } from './lib/guideStructure.ts';

const contentDir = join(process.cwd(), 'content');

function idsInYaml(fileName: string): string[] {
  const entries = parseYaml(readFileSync(join(contentDir, fileName), 'utf8')) as { id: string }[];
  return entries.map((entry) => entry.id);
}

function pageIdsIn(folder: string): string[] {
  return readdirSync(join(contentDir, folder))
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => name.replace(/\.mdx?$/, ''));
}

const standardIds = idsInYaml('standards.yaml');
const partIds = idsInYaml('parts.yaml');
const handbookIds = pageIdsIn('handbook');

const dateFields = ['reviewed', 'reviewBy'] as const;

/**
 * Wraps a loader so that every problem it reports names the file, and so that dates are checked as
 * written: YAML quietly turns 2025-02-30 into 2 March, so the raw text is checked before parsing.
 * `textProblems` checks the rest of the file as written too (for guides, their fixed structure).
 */
function checkedLoader(
  inner: Loader,
  textProblems?: (source: string) => { line: number; message: string }[],
): Loader {
  return {
    name: `checked-${inner.name}`,
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const where = props.filePath ? relative(process.cwd(), props.filePath) : props.id;
          if (props.filePath) {
            const problems = rawDateProblems(readFileSync(props.filePath, 'utf8'), dateFields);
            if (problems.length > 0) {
              throw new Error(
                `${where}: ${problems.map((p) => `${p.field} "${p.value}" ${dateMessage}`).join('; ')}`,
              );
            }
            const textIssues = textProblems?.(readFileSync(props.filePath, 'utf8')) ?? [];
            if (textIssues.length > 0) {
              throw new Error(
                `${where} needs fixing:\n${textIssues.map((p) => `  - line ${p.line}: ${p.message}`).join('\n')}`,
              );
            }
          }
          try {
            return await context.parseData(props);
          } catch (error) {
            if (error instanceof Error) error.message = `${where}: ${error.message}`;
            throw error;
          }
        },
      }),
  };
}

const schemas = pageSchemas({ standardIds, partIds, handbookIds });

const handbook = defineCollection({
  loader: checkedLoader(glob({ base: './content/handbook', pattern: '*.mdx' })),
  schema: schemas.handbook,
});

const guides = defineCollection({
  loader: checkedLoader(glob({ base: './content/guides', pattern: '*.mdx' }), guideStructureProblems),
  schema: schemas.guides,
});

const documents = defineCollection({
  loader: checkedLoader(glob({ base: './content/documents', pattern: '*.mdx' })),
  schema: schemas.documents,
});

const standards = defineCollection({
  loader: file('./content/standards.yaml'),
  schema: z.object({
    set: z.enum(['nms', 'regulations', 'tsd']),
    kind: z.enum(['part', 'regulation', 'schedule']).optional(),
    number: z.number().int(),
    group: z.string().optional(),
    title: z.string().nullable().optional(),
    covers: z.string().optional(),
    url: z.url(),
    page: z.number().int().optional(),
    outcome: z.string().optional(),
    outcomeMore: z.array(z.string()).optional(),
    verified: z.boolean(),
    note: z.string().optional(),
  }),
});

const parts = defineCollection({
  loader: file('./content/parts.yaml'),
  schema: z.object({
    order: z.number().int(),
    title: z.string(),
    description: z.string(),
  }),
});

const glossary = defineCollection({
  loader: file('./content/glossary.yaml'),
  schema: z.object({
    term: z.string(),
    expansion: z.string().optional(),
    definition: z.string(),
    /** Other spellings readers use, for search (for example "CLA" for looked after). */
    alsoKnownAs: z.array(z.string()).default([]),
  }),
});

const contacts = defineCollection({
  loader: file('./content/contacts.yaml'),
  schema: z.object({
    name: z.string(),
    purpose: z.string(),
    phone: z.string().optional(),
    email: z.email().optional(),
    address: z.string().optional(),
    hours: z.string().optional(),
    web: z.url().optional(),
    urgent: z.boolean().default(false),
    source: z.string().optional(),
  }),
});

/**
 * Search synonyms: a page that says any of `pagesSay` is also found by the carers' words in `carersSay`
 * (index-only text, see src/lib/search/aliases.ts). Glossary acronyms and alsoKnownAs are added as well.
 */
const synonyms = defineCollection({
  loader: checkedLoader(file('./content/synonyms.yaml')),
  schema: z.object({
    pagesSay: z
      .array(z.string().trim().min(1))
      .min(1, { error: 'pagesSay must list at least one of the handbook’s own words, for example [short stays].' }),
    carersSay: z
      .array(z.string().trim().min(1))
      .min(1, { error: 'carersSay must list at least one word carers search with, for example [respite].' }),
    note: z.string().optional(),
  }),
});

/**
 * The editorial log, for staff (never published): every correction made to the source documents, every
 * document they name without a link, and every question for the service. One YAML file per area in
 * content/editorial-log/, each a list of entries.
 */
const editorialLog = defineCollection({
  loader: async () => {
    const folder = join(contentDir, 'editorial-log');
    return readdirSync(folder)
      .filter((name) => name.endsWith('.yaml'))
      .flatMap((name) => {
        const entries = (parseYaml(readFileSync(join(folder, name), 'utf8')) ?? []) as Record<string, unknown>[];
        return entries.map((entry, index) => ({ ...entry, id: `${name.replace(/\.yaml$/, '')}-${index + 1}` }));
      });
  },
  schema: z.object({
    kind: z.enum(['correction', 'unresolved-reference', 'question', 'removed']),
    /** Seed file number and line(s), for example seed "000", lines "254-256". */
    seed: z.enum(['000', '001', '002', '003', '004']),
    lines: z.union([z.string(), z.number()]).transform(String),
    /** The page affected, as collection/id, for example handbook/support-and-supervision. */
    page: z.string().optional(),
    sourceSays: z.string(),
    wePublish: z.string(),
    why: z.string(),
  }),
});

export const collections = { handbook, guides, documents, standards, parts, glossary, contacts, editorialLog, synonyms };
