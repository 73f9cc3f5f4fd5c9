/**
 * The frontmatter of every kind of page, as one set of schemas shared by the build
 * (src/content.config.ts) and the content check (scripts/check.ts), so both apply the same rules and
 * say the same thing. Every message is written for the staff who edit the handbook: what is wrong, then
 * how to put it right.
 */
import { z } from 'astro/zod';
import { changeMessages, changeSummaryLimit } from './changes.ts';
import { unknownPageMessage, unknownPartMessage, unknownStandardMessage } from './contentRules.ts';
import { isRealIsoDate } from './frontmatterDates.ts';
import { keyPointRules } from './keyPoints.ts';
import { reviewDateMessages } from './reviewCycle.ts';

export interface KnownIds {
  standardIds: readonly string[];
  partIds: readonly string[];
  handbookIds: readonly string[];
}

const requiredText = (field: string, hint: string) =>
  z
    .string({ error: `${field} is required: ${hint}` })
    .trim()
    .min(1, { error: `${field} must not be empty: ${hint}` });

/**
 * A date written YYYY-MM-DD. Checked as text where the text is available, because a YAML reader may turn
 * 2025-02-30 into 2 March without complaint.
 */
const date = (field: string) =>
  z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: `${field} is missing or not a date. Write it as YYYY-MM-DD, for example 2025-04-01 (year, month, day).` })
      .refine(isRealIsoDate, {
        error: (issue) => `${field} "${String(issue.input)}" is not a real date. Write it as YYYY-MM-DD, for example 2025-04-01 (year, month, day).`,
      })
      .transform((text) => new Date(`${text}T00:00:00Z`)),
  );

const list = <T extends z.ZodType>(field: string, item: T, example: string) =>
  z.array(item, { error: `${field} must be a list in square brackets, for example ${field}: ${example}.` });

const summary = requiredText(
  'summary',
  'write one plain sentence saying what the page is about; it is shown in lists, search results and the page description.',
).refine((text) => text.length <= 220, {
  error: 'summary is too long. Keep it to one short sentence (220 characters at most).',
});

/** A link to a resource outside the handbook, listed under "See also". */
const seeAlso = list(
  'seeAlso',
  z.object({
    title: requiredText('seeAlso title', 'the name of the resource, as the link text.'),
    url: z.url({
      protocol: /^https$/,
      error: 'seeAlso url must be a full https:// address. Write it like https://www.gov.uk/foster-care',
    }),
    note: z.string({ error: 'seeAlso note must be text. Write one short sentence, or remove the note.' }).optional(),
  }),
  '[] or a list of title: and url: pairs',
).default([]);

const change = z.object({
  date: date('changes date'),
  summary: requiredText('changes summary', 'one plain sentence saying what changed for carers.').refine(
    (text) => text.length <= changeSummaryLimit,
    { error: `changes summary is too long. Keep it to one sentence (${changeSummaryLimit} characters at most).` },
  ),
});

const changes = z
  .array(change, {
    error:
      'changes is required: list what changed on the page, newest first, starting with its first publication, for example changes: [{ date: 2026-11-22, summary: First published. }]',
  })
  .min(1, { error: 'changes must have at least one entry: the date the page was first published and a one-line summary.' });

/**
 * What a carer most needs from a handbook page, shown before its first section (lib/keyPoints.ts): a
 * few short sentences, each restating the page (tests/content/keyPoints.test.ts checks the words).
 */
const { min, max, maxLength } = keyPointRules;
const keyPointsExample = 'keyPoints: ["If a child is missing, contact your supervising social worker.", "Do not physically restrain a child from leaving."]';
const keyPoints = z
  .array(
    z
      .string({ error: 'keyPoints must be a list of sentences. Write each point as text on its own line starting "  - ".' })
      .trim()
      .min(1, { error: 'keyPoints has an empty point. Write one short sentence there, or delete the line.' })
      .max(maxLength, {
        error: (issue) => `keyPoints has a point of ${String(issue.input).trim().length} characters, over the ${maxLength} allowed. Shorten it to one plain sentence a carer can take in at a glance; the page says the rest.`,
      }),
    {
      error: (issue) =>
        issue.input === undefined
          ? `keyPoints is required on every handbook page. List ${min} to ${max} short sentences saying what a carer must do or know, each restating the page, for example ${keyPointsExample}`
          : `keyPoints must be a list of ${min} to ${max} short sentences, not a single value. Write each on its own line starting "  - ", or in square brackets: ${keyPointsExample}`,
    },
  )
  .min(min, { error: `keyPoints has fewer than ${min} points. Add another short sentence the page says that a carer must do or know (${min} to ${max} points).` })
  .max(max, {
    error: (issue) => `keyPoints has ${Array.isArray(issue.input) ? issue.input.length : 'more than ' + max} points, more than ${max}. Keep the ${max} a carer most needs first; the page says the rest.`,
  });

/** Fields every page shares: what it is, what it cites, when it was last checked and what changed. */
function pageFields(ids: KnownIds) {
  const standardId = z.string().refine((id) => ids.standardIds.includes(id), {
    error: (issue) => unknownStandardMessage(String(issue.input), ids.standardIds),
  });
  return {
    title: requiredText('title', 'add the page heading, for example title: Missing from Care'),
    summary,
    standards: list('standards', standardId, '[nms-4, reg-12]').default([]),
    seeAlso,
    reviewed: date('reviewed'),
    reviewBy: date('reviewBy').optional(),
    reviewEvery: z
      .number({ error: 'reviewEvery is not a number. Give the number of months between reviews, for example reviewEvery: 6' })
      .int({ error: 'reviewEvery must be a whole number of months, for example reviewEvery: 6' })
      .min(1, { error: 'reviewEvery must be between 1 and 36 months. For example reviewEvery: 6' })
      .max(36, { error: 'reviewEvery must be between 1 and 36 months. For example reviewEvery: 24' })
      .optional(),
    changes,
    /** Where in the seed documents this page came from, as file:lines (for the editorial log). */
    source: z.string().optional(),
  };
}

type PageData = { reviewed: Date; reviewBy?: Date; reviewEvery?: number; changes: { date: Date; summary: string }[] };

/** Rules across fields: review dates in order, changes newest first and no newer than the last review. */
function withDateRules<T extends z.ZodType<PageData>>(schema: T, today: () => Date) {
  return schema.superRefine((data, context) => {
    // Zod runs this even when a field failed; the dates can only be compared once they are dates.
    const datesRead = data.reviewed instanceof Date && (data.reviewBy === undefined || data.reviewBy instanceof Date);
    if (!datesRead || !Array.isArray(data.changes) || !data.changes.every((c) => c?.date instanceof Date)) return;
    const now = today();
    for (const { field, message } of reviewDateMessages(data, now)) context.addIssue({ code: 'custom', path: [field], message });
    for (const { path, message } of changeMessages(data.changes, data.reviewed, now)) context.addIssue({ code: 'custom', path, message });
  });
}

export function pageSchemas(ids: KnownIds, today: () => Date = () => new Date()) {
  const handbookId = z.string().refine((id) => ids.handbookIds.includes(id), {
    error: (issue) => unknownPageMessage(String(issue.input), ids.handbookIds, 'content/handbook/'),
  });
  const order = z
    .number({ error: 'order is required: a whole number giving the page’s place in its part (10, 20, 30…).' })
    .int({ error: 'order must be a whole number: for example order: 30' });
  const fields = pageFields(ids);

  const handbook = z.object({
    ...fields,
    part: z.string({ error: `part is required: use one of ${ids.partIds.join(', ')}.` }).refine(
      (part) => ids.partIds.includes(part),
      { error: (issue) => unknownPartMessage(String(issue.input), ids.partIds) },
    ),
    order,
    related: list('related', handbookId, '[missing-from-care, allegations]').default([]),
    keyPoints,
  });
  const guides = z.object({
    ...fields,
    /** The handbook sections this guide summarises: at least one, so readers can find the full text. */
    sources: list('sources', handbookId, '[missing-from-care]').min(1, {
      error: 'sources must list at least one handbook page this guide summarises. Use its file name without .mdx, for example sources: [missing-from-care]',
    }),
  });
  const documents = z.object({
    ...fields,
    order,
    /** The date the document itself gives, in its own words (for example "17 May 2018"). */
    documentDate: z.string({ error: 'documentDate must be text. Write the date as the document gives it, in quotes, for example documentDate: "17 May 2018"' }).optional(),
  });
  return {
    handbook: withDateRules(handbook, today),
    guides: withDateRules(guides, today),
    documents: withDateRules(documents, today),
    /** The fields each kind of page may have, so a misspelt field name is caught rather than ignored. */
    fieldNames: {
      handbook: Object.keys(handbook.shape),
      guides: Object.keys(guides.shape),
      documents: Object.keys(documents.shape),
    },
  };
}
