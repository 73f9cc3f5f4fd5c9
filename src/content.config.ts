/**
 * The content model: every collection the handbook is built from, in one place.
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
import {
  dateMessage,
  unknownPageMessage,
  unknownPartMessage,
  unknownStandardMessage,
} from './lib/contentRules.ts';
import { rawDateProblems } from './lib/frontmatterDates.ts';

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
const standardIdSet = new Set(standardIds);
const partIds = idsInYaml('parts.yaml');
const handbookIds = pageIdsIn('handbook');
const handbookIdSet = new Set(handbookIds);

const dateFields = ['reviewed', 'reviewBy'] as const;

/**
 * Wraps a loader so that every problem it reports names the file, and so that dates are checked as
 * written: YAML quietly turns 2025-02-30 into 2 March, so the raw text is checked before parsing.
 */
function checkedLoader(inner: Loader): Loader {
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

const standardId = z.string().refine((id) => standardIdSet.has(id), {
  error: (issue) => unknownStandardMessage(String(issue.input), standardIds),
});

const handbookId = z.string().refine((id) => handbookIdSet.has(id), {
  error: (issue) => unknownPageMessage(String(issue.input), handbookIds, 'content/handbook/'),
});

const requiredText = (field: string, hint: string) =>
  z
    .string({ error: `${field} is required: ${hint}` })
    .trim()
    .min(1, { error: `${field} must not be empty: ${hint}` });

const date = (field: string) =>
  z.coerce.date({ error: `${field} ${dateMessage}` }).refine((d) => !Number.isNaN(d.getTime()), {
    error: `${field} ${dateMessage}`,
  });

const summary = requiredText(
  'summary',
  'one plain sentence saying what the page is about; it is shown in lists, search results and the page description.',
).refine((text) => text.length <= 220, {
  error: 'summary must be one short sentence (220 characters at most).',
});

/** A link to a resource outside the handbook, listed under "See also". */
const seeAlso = z
  .array(
    z.object({
      title: requiredText('seeAlso title', 'the name of the resource, as the link text.'),
      url: z.url({
        protocol: /^https$/,
        error: 'seeAlso url must be a full https:// address, for example https://www.gov.uk/foster-care',
      }),
      note: z.string().optional(),
    }),
  )
  .default([]);

/** Fields every page shares: what it is, what it cites, and when it was last checked. */
const pageFields = {
  title: requiredText('title', 'the page heading, for example "Missing from Care".'),
  summary,
  standards: z.array(standardId).default([]),
  seeAlso,
  reviewed: date('reviewed'),
  reviewBy: date('reviewBy').optional(),
  /** Where in the seed documents this page came from, as file:lines (for the editorial log). */
  source: z.string().optional(),
};

const handbook = defineCollection({
  loader: checkedLoader(glob({ base: './content/handbook', pattern: '*.mdx' })),
  schema: z.object({
    ...pageFields,
    part: z.string({ error: `part is required: use one of ${partIds.join(', ')}.` }).refine(
      (part) => partIds.includes(part),
      { error: (issue) => unknownPartMessage(String(issue.input), partIds) },
    ),
    order: z.number({ error: 'order is required: a whole number giving the page’s place in its part (10, 20, 30…).' }).int(),
    related: z.array(handbookId).default([]),
  }),
});

const guides = defineCollection({
  loader: checkedLoader(glob({ base: './content/guides', pattern: '*.mdx' })),
  schema: z.object({
    ...pageFields,
    /** The handbook sections this guide summarises: at least one, so readers can find the full text. */
    sources: z.array(handbookId).min(1, {
      error: 'sources must list at least one handbook page this guide summarises (its file name without .mdx).',
    }),
  }),
});

const documents = defineCollection({
  loader: checkedLoader(glob({ base: './content/documents', pattern: '*.mdx' })),
  schema: z.object({
    ...pageFields,
    order: z.number().int(),
    /** The date the document itself gives, in its own words (for example "17 May 2018"). */
    documentDate: z.string().optional(),
  }),
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
 * (index-only text, see src/lib/searchAliases.ts). Glossary acronyms and alsoKnownAs are added as well.
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
