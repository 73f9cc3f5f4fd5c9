/**
 * The schema of every collection: the three kinds of page (their frontmatter) and every YAML data file.
 * One set of schemas, used unchanged by the content check (the pipeline) and by the build
 * (src/content.config.ts). Every message is written for the staff who edit the handbook, with `says`:
 * what is wrong, then how to put it right.
 */
import { z } from 'astro/zod';
import { changeMessages, changeSummaryLimit } from '../changes.ts';
import { keyPointRules } from './rules/keyPoints.ts';
import { defaultReviewMonths, reviewDateMessages } from '../reviewCycle.ts';
import { isRealIsoDate } from './dates.ts';
import { says } from './problem.ts';
import { plainWords } from '../search/query.ts';
import { closestIds, listInWords } from './suggest.ts';
import { webAddressProblem } from './urls.ts';

/** The ids pages may refer to, read from the files that define them. */
export interface KnownIds {
  standardIds: readonly string[];
  partIds: readonly string[];
  handbookIds: readonly string[];
  /** The contacts in content/contacts.yaml with a phone number (for `urgent`); left out, any id passes. */
  phoneContactIds?: readonly string[];
}

// ---------------------------------------------------------------------------------------------------------
// Field types shared by pages and data files

/** The most any one text field may hold (a title, a definition, a purpose): more is a pasted document. */
export const textLimit = 600;

const tooLong = (field: string, max: number) => ({
  error: (issue: { input?: unknown }) =>
    says(`${field} is ${String(issue.input).length.toLocaleString('en-GB')} characters, over the ${max.toLocaleString('en-GB')} it may be`, 'shorten it: readers see it in lists, search results and on small screens.'),
});

const requiredText = (field: string, hint: string, max = textLimit) =>
  z
    .string({ error: says(`${field} is missing or is not text`, hint) })
    .trim()
    .min(1, { error: says(`${field} is empty`, hint) })
    .max(max, tooLong(field, max));

const optionalText = (field: string, hint: string, max = textLimit) =>
  z
    .string({ error: says(`${field} must be text`, hint) })
    .max(max, tooLong(field, max))
    .optional();

const textList = (field: string, example: string) =>
  boundedList(
    field,
    50,
    z.string({ error: says(`every item in ${field} must be text`, `write the list like ${field}: ${example}.`) }).trim().min(1).max(textLimit, tooLong(`an item in ${field}`, textLimit)),
    says(`${field} must be a list`, `write it in square brackets, for example ${field}: ${example}.`),
  );

/**
 * A list of at most `max` items, counted before any item is checked: a list of thousands of unknown ids
 * would otherwise be checked (and a suggestion found for each) one by one.
 */
function boundedList<T extends z.ZodType>(field: string, max: number, item: T, notAList: string) {
  return z
    .array(z.unknown(), { error: notAList })
    .max(max, { error: (issue) => says(`${field} has ${Array.isArray(issue.input) ? issue.input.length : 'too many'} items, more than the ${max} it may have`, `keep the ${max} that matter most to a reader.`) })
    .pipe(z.array(item));
}

const wholeNumber = (field: string, example: string) =>
  z
    .number({ error: says(`${field} is missing or is not a number`, `write a whole number, for example ${field}: ${example}.`) })
    .int({ error: says(`${field} must be a whole number`, `for example ${field}: ${example}.`) });

const yesOrNo = (field: string) => z.boolean({ error: says(`${field} must be true or false`, `write ${field}: true or ${field}: false (no quotes).`) });

/**
 * The one date rule: a date is written YYYY-MM-DD and is a real day. Checked on the text as written,
 * because a YAML reader may turn 2026-02-30 into 2 March without complaint.
 */
export const date = (field: string) =>
  z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: says(`${field} is missing or is not a date`, 'write it as YYYY-MM-DD (year, month, day), for example 2026-04-01.') })
      .refine(isRealIsoDate, {
        error: (issue) => says(`${field} "${String(issue.input)}" is not a real date written as YYYY-MM-DD`, 'write it as year-month-day, for example 2026-04-01, and check the day exists in that month.'),
      })
      .transform((text) => new Date(`${text}T00:00:00Z`)),
  );

/** A web address in a data field: https only (see urls.ts for what links may be). */
const webAddress = (field: string) =>
  z.string({ error: says(`${field} must be a web address`, 'write the full address, starting https://.') }).superRefine((url, context) => {
    const problem = webAddressProblem(url);
    if (problem) context.addIssue({ code: 'custom', message: says(`${field}: ${problem.what}`, problem.fix) });
  });

function knownId(valid: readonly string[], message: (wrong: string) => string) {
  return z.string({ error: says('this must be an id', 'write the id as plain text, for example nms-4.') }).refine((id) => valid.includes(id), {
    error: (issue) => message(String(issue.input)),
  });
}

export function unknownStandardMessage(wrong: string, validIds: readonly string[]): string {
  return says(
    `"${wrong}" is not a standard in content/standards.yaml`,
    `did you mean ${listInWords(closestIds(wrong, validIds))}? Standard ids look like nms-4 (National Minimum Standard 4), reg-12 (Regulation 12), reg-schedule-7 (Schedule 7), reg-part-4 (Part 4) or tsd-6 (Training, Support and Development Standard 6).`,
  );
}

export function unknownPartMessage(wrong: string, validIds: readonly string[]): string {
  return says(`"${wrong}" is not a part of the handbook`, `use one of: ${listInWords([...validIds])} (the parts are listed in content/parts.yaml).`);
}

export function unknownPageMessage(wrong: string, validIds: readonly string[], where: string): string {
  if (validIds.length === 0) return says(`"${wrong}" is not a page in ${where}`, `there are no pages in ${where} yet: add the page, or leave "${wrong}" out.`);
  return says(`"${wrong}" is not a page in ${where}`, `use the page's file name without .mdx. Did you mean ${listInWords(closestIds(wrong, validIds))}?`);
}

// ---------------------------------------------------------------------------------------------------------
// Pages

/** A page title: long enough for every title in the handbook today (64 characters), short enough to read on a phone. */
export const titleLimit = 120;

/**
 * A page title has a letter or a number: a new page's file name and address are made from its title
 * (slugFromTitle), by `npm run new` and in the browser editor, and "???" would give none.
 */
export const titleInWords = /[A-Za-z0-9]/;

const summary = requiredText('summary', 'write one plain sentence saying what the page is about; it is shown in lists, search results and the page description.').refine(
  (text) => text.length <= 220,
  { error: says('summary is too long', 'keep it to one short sentence (220 characters at most).') },
);

const seeAlso = z
  .array(
    z.strictObject(
      {
        title: requiredText('seeAlso title', 'the name of the resource, as the link text.'),
        url: webAddress('seeAlso url'),
        note: optionalText('seeAlso note', 'write one short sentence, or remove the note.'),
      },
      { error: says('each seeAlso entry needs a title and a url', 'write each as "- title: …" with "url: https://…" under it.') },
    ),
    { error: says('seeAlso must be a list', 'write [] or a list of title: and url: pairs.') },
  )
  .default([]);

const changes = z
  .array(
    z.strictObject(
      {
        date: date('changes date'),
        summary: requiredText('changes summary', 'one plain sentence saying what changed for carers.').refine((text) => text.length <= changeSummaryLimit, {
          error: says('changes summary is too long', `keep it to one sentence (${changeSummaryLimit} characters at most).`),
        }),
      },
      { error: says('each change needs a date and a summary', 'write each as "- date: 2026-11-22" with "summary: …" under it.') },
    ),
    {
      error: says(
        'changes is missing',
        'list what changed on the page, newest first, starting with its first publication, for example changes: [{ date: 2026-11-22, summary: First published. }]',
      ),
    },
  )
  .min(1, { error: says('changes has no entries', 'add the date the page was first published and a one-line summary.') });

/**
 * What to do now, on a page whose subject can be an emergency (a child missing, an allegation, harm or
 * risk of harm, exploitation, a significant event, out-of-hours help): a few short steps, each restating
 * the page, and the contacts to ring, shown right under the page's title in every reading mode.
 */
function urgentBlock(ids: KnownIds) {
  const example = 'urgent: { steps: ["Make sure the child is safe."], call: [emergency, fostering-on-call] }';
  const phoneContact = z
    .string({ error: says('every contact in urgent call must be an id', 'write ids from content/contacts.yaml, for example call: [emergency, fostering-on-call].') })
    .refine((id) => !ids.phoneContactIds || ids.phoneContactIds.includes(id), {
      error: (issue) =>
        says(`"${String(issue.input)}" in urgent call is not a contact with a phone number in content/contacts.yaml`, `did you mean ${listInWords(closestIds(String(issue.input), ids.phoneContactIds ?? []))}?`),
    });
  return z
    .strictObject(
      {
        steps: textList('urgent steps', '["Make sure the child is safe.", "Tell your Supervising Social Worker."]')
          .refine((steps) => steps.length >= 1, { error: says('urgent steps is empty', `write one to four short steps, for example ${example}`) })
          .refine((steps) => steps.length <= 4, { error: says('urgent has more than four steps', 'keep the few a carer must take first; the page says the rest.') }),
        call: z
          .array(phoneContact, { error: says('urgent call must be a list', 'write it in square brackets, for example call: [emergency, fostering-on-call].') })
          .min(1, { error: says('urgent call is empty', 'name at least one contact to ring, for example call: [fostering-on-call].') }),
      },
      { error: says('urgent needs steps and call', `for example ${example}`) },
    )
    .optional();
}

function pageFields(ids: KnownIds) {
  return {
    title: requiredText('title', 'add the page heading, for example title: Missing from Care', titleLimit).refine((title) => titleInWords.test(title), {
      error: says('the title has no letters or numbers', 'write the page heading in words, for example title: Missing from Care (the page’s file name and address are made from it).'),
    }),
    summary,
    standards: boundedList(
      'standards',
      40,
      knownId(ids.standardIds, (wrong) => unknownStandardMessage(wrong, ids.standardIds)),
      says('standards must be a list', 'write it in square brackets, for example standards: [nms-4, reg-12].'),
    )
      .default([]),
    seeAlso,
    reviewed: date('reviewed'),
    reviewBy: date('reviewBy').optional(),
    reviewEvery: wholeNumber('reviewEvery', '6')
      .min(1, { error: says('reviewEvery must be between 1 and 36 months', 'for example reviewEvery: 6') })
      .max(36, { error: says('reviewEvery must be between 1 and 36 months', 'for example reviewEvery: 24') })
      .optional(),
    changes,
    urgent: urgentBlock(ids),
    /** Where in the seed documents this page came from, as file:lines (for the editorial log). */
    source: optionalText('source', 'write where the text came from as "seed:lines" in quotes, for example source: "000:610-638".'),
  };
}

/**
 * What a carer most needs from a handbook page, shown before its first section: a few short sentences,
 * each restating the page (the rule in rules/keyPoints.ts checks the words).
 */
const { min, max, maxLength } = keyPointRules;
const keyPointsExample = 'keyPoints: ["If a child is missing, contact your supervising social worker.", "Do not physically restrain a child from leaving."]';
const keyPoints = z
  .array(
    z
      .string({ error: says('keyPoints must be a list of sentences', 'write each point as text on its own line starting "  - ".') })
      .trim()
      .min(1, { error: says('keyPoints has an empty point', 'write one short sentence there, or delete the line.') })
      .max(maxLength, {
        error: (issue) =>
          says(
            `keyPoints has a point of ${String(issue.input).trim().length} characters, over the ${maxLength} allowed`,
            'shorten it to one plain sentence a carer can take in at a glance; the page says the rest.',
          ),
      }),
    {
      error: (issue) =>
        issue.input === undefined
          ? says('keyPoints is missing', `every handbook page opens with ${min} to ${max} short sentences saying what a carer must do or know, each restating the page, for example ${keyPointsExample}`)
          : says(`keyPoints must be a list of ${min} to ${max} short sentences, not a single value`, `write each on its own line starting "  - ", or in square brackets: ${keyPointsExample}`),
    },
  )
  .min(min, { error: says(`keyPoints has fewer than ${min} points`, `add another short sentence the page says that a carer must do or know (${min} to ${max} points).`) })
  .max(max, {
    error: (issue) => says(`keyPoints has ${Array.isArray(issue.input) ? issue.input.length : `more than ${max}`} points, more than ${max}`, `keep the ${max} a carer most needs first; the page says the rest.`),
  });

type DatedPage = { reviewed: Date; reviewBy?: Date; reviewEvery?: number; changes: { date: Date; summary: string }[] };

/** Rules across fields: review dates in order, changes newest first and no newer than the last review. */
function withDateRules<T extends z.ZodType<DatedPage>>(schema: T, today: () => Date, usualReviewMonths: number) {
  return schema.superRefine((data, context) => {
    // Zod runs this even when a field failed; dates can only be compared once they are dates.
    const datesRead = data.reviewed instanceof Date && (data.reviewBy === undefined || data.reviewBy instanceof Date);
    if (!datesRead || !Array.isArray(data.changes) || !data.changes.every((c) => c?.date instanceof Date)) return;
    const now = today();
    for (const { field, what, fix } of reviewDateMessages(data, now, usualReviewMonths)) context.addIssue({ code: 'custom', path: [field], message: says(what, fix) });
    for (const { path, what, fix } of changeMessages(data.changes, data.reviewed, now)) context.addIssue({ code: 'custom', path, message: says(what, fix) });
  });
}

/**
 * The schema of each kind of page; `usualReviewMonths` is the council's review interval (content/site.yaml),
 * which the pipeline always passes (the 12-month default serves callers that read only the fields' shapes).
 */
export function pageSchemas(ids: KnownIds, today: () => Date = () => new Date(), usualReviewMonths = defaultReviewMonths) {
  const handbookId = knownId(ids.handbookIds, (wrong) => unknownPageMessage(wrong, ids.handbookIds, 'content/handbook/'));
  const order = wholeNumber('order', '30').describe('the page’s place in its part (10, 20, 30…)');
  const fields = pageFields(ids);
  const handbook = z.strictObject({
    ...fields,
    part: z.string({ error: says('part is missing', `use one of ${listInWords([...ids.partIds])}.`) }).refine((part) => ids.partIds.includes(part), {
      error: (issue) => unknownPartMessage(String(issue.input), ids.partIds),
    }),
    order,
    related: boundedList('related', 20, handbookId, says('related must be a list', 'write it in square brackets, for example related: [missing-from-care, allegations].')).default([]),
    keyPoints,
  });
  const guides = z.strictObject({
    ...fields,
    /** The handbook sections this guide summarises: at least one, so readers can find the full text. */
    sources: boundedList('sources', 20, handbookId, says('sources is missing', 'list the handbook pages this guide summarises, for example sources: [missing-from-care].'))
      .refine((list) => list.length >= 1, { error: says('sources has no pages', 'list at least one handbook page this guide summarises, by file name without .mdx, for example sources: [missing-from-care].') }),
  });
  const documents = z.strictObject({
    ...fields,
    order,
    /** The date the document itself gives, in its own words (for example "17 May 2018"). */
    documentDate: optionalText('documentDate', 'write the date as the document gives it, in quotes, for example documentDate: "17 May 2018".'),
  });
  return {
    handbook: withDateRules(handbook, today, usualReviewMonths),
    guides: withDateRules(guides, today, usualReviewMonths),
    documents: withDateRules(documents, today, usualReviewMonths),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Data files. Each entry also has an `id`, checked by the pipeline (present, lower-case, used once).

const standard = z.strictObject({
  set: z.enum(['nms', 'regulations', 'tsd'], { error: says('set must be nms, regulations or tsd', 'write the set the standard belongs to.') }),
  kind: z.enum(['part', 'regulation', 'schedule'], { error: says('kind must be part, regulation or schedule', 'leave it out for nms and tsd standards.') }).optional(),
  number: wholeNumber('number', '4'),
  group: optionalText('group', 'the heading the standard sits under in its document.'),
  title: z.string({ error: says('title must be text', 'write the official title, or null when it is not known.') }).nullable().optional(),
  covers: optionalText('covers', 'what a part or schedule covers, in a few words.'),
  url: webAddress('url'),
  page: wholeNumber('page', '8').optional(),
  outcome: optionalText('outcome', 'the outcome as the standard states it.'),
  outcomeMore: textList('outcomeMore', '[…]').optional(),
  verified: yesOrNo('verified'),
  /** Where staff looked facts up: for staff, never shown to carers. */
  note: optionalText('note', 'a note for staff about where the facts come from.'),
});

const part = z.strictObject({
  order: wholeNumber('order', '10'),
  title: requiredText('title', 'the part’s heading on the Contents page.'),
  description: requiredText('description', 'one sentence saying what the part covers.'),
});

const glossaryEntry = z.strictObject({
  term: requiredText('term', 'the word or acronym being defined.'),
  expansion: optionalText('expansion', 'what the acronym stands for.'),
  definition: requiredText('definition', 'a plain-English definition, one or two sentences.'),
  /** Other spellings readers use, for search (for example "CLA" for looked after). */
  alsoKnownAs: textList('alsoKnownAs', '[CLA, LAC]').default([]),
});

const phoneNumber = z
  .string({ error: says('phone must be text in quotes', 'write the number in quotes as people dial it, for example phone: "0161 496 0000".') })
  .refine((phone) => /^\+?\d[\d ]*\d$/.test(phone) && phone.replace(/\D/g, '').length >= 3 && phone.replace(/\D/g, '').length <= 15, {
    error: (issue) => says(`phone "${String(issue.input)}" is not a phone number`, 'write only the digits, grouped with single spaces, for example "0161 496 0000" or "999".'),
  });

const contact = z.strictObject({
  name: requiredText('name', 'who the reader will reach, for example Emergency Duty Team (out of hours).'),
  purpose: requiredText('purpose', 'one sentence saying when to use this contact.'),
  phone: phoneNumber.optional(),
  email: z
    .email({ error: (issue) => says(`email "${String(issue.input)}" is not an email address`, 'write the whole address, for example fostering@example.gov.uk.') })
    .optional(),
  address: optionalText('address', 'the postal address on one line, parts separated by commas.'),
  hours: optionalText('hours', 'when the line is open, for example "Monday to Friday 9am to 5pm".'),
  web: webAddress('web').optional(),
  urgent: yesOrNo('urgent').default(false),
  /** The number "Get help now" gives for office hours, after the urgent ones. */
  officeHoursLine: yesOrNo('officeHoursLine').default(false),
  /** Other names pages use for this contact ("EDT"): a page naming it by any of them must give <Contact>. */
  aliases: textList('aliases', '[EDT]').default([]),
  /** The contact to ring instead while this one has no number (an id in contacts.yaml). */
  fallback: optionalText('fallback', 'the id of the contact to ring while this one has no number, for example fallback: fostering-on-call.'),
  /** For a contact with no number: what a reader does until there is one (shown after the sentence saying so). */
  meanwhile: optionalText('meanwhile', 'one sentence saying what to do until the handbook has a number, for example meanwhile: "Ask the child’s social worker how to reach them."'),
  /** How a sentence names the contact, when "the" and its name would read wrongly. */
  inSentence: optionalText('inSentence', 'the contact as a sentence names it, for example inSentence: "Children’s Social Care".'),
  /** false leaves the contact out of the rule for names (the service that publishes the handbook, 999); instructions to contact it are still checked. */
  checkMentions: yesOrNo('checkMentions').default(true),
  /** For staff: the seed lines, or one per field where the details come from different documents. */
  source: z
    .union([z.string(), z.record(z.string(), z.string())], {
      error: says('source must be "seed:lines", or one "seed:lines" per field', 'for example source: "002:322-328", or source: { phone: "002:326", hours: "001:99" }.'),
    })
    .optional(),
}).superRefine((entry, context) => {
  // Every contact is a way to reach someone: a number, or what to do while the handbook has none.
  if (entry.phone === undefined && entry.fallback === undefined && entry.meanwhile === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['name'],
      message: says(
        `"${entry.name}" has no phone number, and no fallback or meanwhile to say what to do instead`,
        'add its phone, or fallback: the id of the contact to ring instead (for example fallback: fostering-on-call), or meanwhile: one sentence saying what to do until there is a number - so no page that gives this contact leaves a carer without a way to reach anyone.',
      ),
    });
  }
});

const synonym = z.strictObject({
  pagesSay: textList('pagesSay', '[short stays]').refine((list) => list.length >= 1, { error: says('pagesSay is empty', 'list at least one of the handbook’s own words, for example pagesSay: [short stays].') }),
  carersSay: textList('carersSay', '[respite]').refine((list) => list.length >= 1, { error: says('carersSay is empty', 'list at least one word carers search with, for example carersSay: [respite].') }),
  carersAsk: textList('carersAsk', '[touched her, on call]')
    .superRefine((list, context) => {
      // A comma parts phrases in the search index (find.ts, typedPhrase): "hit, kicked" would be two words.
      for (const phrase of list.filter((item) => item.includes(','))) {
        context.addIssue({
          code: 'custom',
          message: says(`"${phrase}" in carersAsk has a comma`, 'write each phrase as its own item, for example carersAsk: [hit her, kicked her].'),
        });
      }
      // One word is no phrase: on its own it would put the page first for every question that uses it.
      // Words are counted as the search page counts them: "mum's" is one word.
      for (const phrase of list.filter((item) => !item.includes(',') && plainWords(item).length < 2)) {
        context.addIssue({
          code: 'custom',
          message: says(
            `"${phrase}" in carersAsk is one word`,
            'carersAsk is for phrases of two words or more that can only mean this, for example carersAsk: [touched her]; put a single word in carersSay.',
          ),
        });
      }
    })
    .optional(),
  note: optionalText('note', 'a note for staff.'),
});

/**
 * The editorial log, for staff (never published): every correction made to the source documents, every
 * document they name without a link, and every question for the service.
 */
const editorialLogEntry = z.strictObject({
  kind: z.enum(['correction', 'unresolved-reference', 'question', 'removed'], {
    error: says('kind must be correction, unresolved-reference, question or removed', 'say what sort of entry this is.'),
  }),
  /** Seed file number and line(s), for example seed "000", lines "254-256". */
  seed: z.enum(['000', '001', '002', '003', '004'], { error: says('seed must be one of "000" to "004", in quotes', 'name the source document the entry is about.') }),
  lines: z.union([z.string(), z.number()], { error: says('lines must be a line number or a range', 'for example lines: "254-256".') }).transform(String),
  /** The page affected, as collection/id, for example handbook/support-and-supervision. */
  page: optionalText('page', 'the page affected, for example handbook/missing-from-care.'),
  sourceSays: requiredText('sourceSays', 'quote what the source document says.', 4000),
  wePublish: requiredText('wePublish', 'say what the site publishes instead.', 4000),
  why: requiredText('why', 'say why.', 4000),
  /**
   * Numbers a One Minute Guide (page) states that its handbook sources do not, as written ("20 working
   * days"): each must be in the seed lines above (tests/content/guideNumbers.test.ts).
   */
  numbers: textList('numbers', '["20 working days"]').optional(),
  /**
   * For a key point or guide sentence that says more or less than its source passage, kept on purpose:
   * what changed ("may", "should", "must", "exception", "unless", "alleged", "unsourced"…), with the
   * sentence as published in wePublish and why it stands in why (tests/content/drift.test.ts).
   */
  drift: textList('drift', '[unless]').optional(),
});

// ---------------------------------------------------------------------------------------------------------
// The site's settings (content/site.yaml): who publishes the handbook, and where.

/** WCAG's contrast ratio between two colours written #rrggbb. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The standard theme's colours the brand colour sits on and under (src/styles/tokens.css). */
export const brandContrast = { onBrandText: '#ffffff', background: '#ffffff', surface: '#f3f2f1', text: 4.5, edge: 3 } as const;

const brandColour = z
  .string({ error: says('brandColour is missing', 'write the colour as "#" and six hex digits in quotes, for example brandColour: "#1d4f91".') })
  .regex(/^#[0-9a-f]{6}$/i, { error: says('brandColour is not a colour written #rrggbb', 'write "#" and six hex digits in quotes, for example brandColour: "#1d4f91".') })
  .superRefine((colour, context) => {
    const onBrand = contrastRatio(colour, brandContrast.onBrandText);
    const edge = Math.min(contrastRatio(colour, brandContrast.background), contrastRatio(colour, brandContrast.surface));
    if (onBrand < brandContrast.text) {
      context.addIssue({ code: 'custom', message: says(`white text on brandColour ${colour} has a contrast of ${onBrand.toFixed(2)}:1, under the ${brandContrast.text}:1 WCAG AA asks`, 'choose a darker shade of the colour.') });
    } else if (edge < brandContrast.edge) {
      context.addIssue({ code: 'custom', message: says(`brandColour ${colour} stands out from the page by ${edge.toFixed(2)}:1, under the ${brandContrast.edge}:1 WCAG AA asks of edges`, 'choose a darker shade of the colour.') });
    }
  });

/** A kind of document, as the search filter names it: its id (in the address), its label and its documents. */
const documentKind = (documentIds?: readonly string[]) =>
  z.strictObject({
    id: requiredText('id', 'a short name for the kind, for example id: statement-of-purpose.', 60).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: says('a document kind’s id must be lower-case words joined by hyphens', 'for example id: statement-of-purpose.'),
    }),
    label: requiredText('label', 'what the search filter calls these documents, for example label: Statement of Purpose.', 60),
    documents: boundedList(
      'documents',
      20,
      documentIds
        ? knownId(documentIds, (wrong) => unknownPageMessage(wrong, documentIds, 'content/documents'))
        : requiredText('documents', 'a document’s file name without .mdx, for example statement-of-purpose.'),
      says('documents must be a list', 'write the documents’ file names without .mdx, for example documents: [statement-of-purpose].'),
    ),
  });

/**
 * The search filter's kinds of document: each document in one kind at most (the rest are "Document"),
 * each kind with a document, no two kinds with one id, nor the id of the handbook's sections or guides.
 */
const documentKinds = (documentIds?: readonly string[]) =>
  boundedList('documentKinds', 10, documentKind(documentIds), says('documentKinds must be a list', 'write one item per kind, each with id, label and documents.'))
    .default([])
    .superRefine((kinds, context) => {
      const seen = new Map<string, string>();
      for (const [at, kind] of kinds.entries()) {
        if (kind.documents.length === 0)
          context.addIssue({ code: 'custom', path: [at, 'documents'], message: says(`the document kind "${kind.id}" lists no documents`, 'name at least one, or leave the kind out.') });
        if (['handbook', 'guide', 'document'].includes(kind.id) || kinds.findIndex((k) => k.id === kind.id) !== at)
          context.addIssue({ code: 'custom', path: [at, 'id'], message: says(`the document kind id "${kind.id}" is already taken`, 'choose another: handbook, guide and document name other kinds, and each id is used once.') });
        for (const [index, document] of kind.documents.entries()) {
          const other = seen.get(document);
          if (other !== undefined)
            context.addIssue({
              code: 'custom',
              path: [at, 'documents', index],
              message:
                other === kind.id
                  ? says(`"${document}" is listed twice in the document kind "${kind.id}"`, 'list it once.')
                  : says(`"${document}" is in the document kinds "${other}" and "${kind.id}"`, 'put each document in one kind.'),
            });
          else seen.set(document, kind.id);
        }
      }
    });

/**
 * content/site.yaml. With `documentIds` (the pages of content/documents, as the pipeline knows them), the
 * document kinds are checked against them; without (read again at build time, after the gate), not.
 */
export function siteSettingsSchema(documentIds?: readonly string[]) {
  return z.strictObject({
    council: requiredText('council', 'the council’s name as it signs its pages, for example council: Northbrook County Council.', 80),
    place: requiredText('place', 'how a sentence names the council’s area, for example place: Northbrook.', 60),
    service: requiredText('service', 'the service that publishes the handbook, for example service: Fostering Service.', 80),
    handbookTitle: requiredText('handbookTitle', 'the handbook’s name, for example handbookTitle: Carers’ Guide.', 80),
    // A phone shows about 12 characters under an installed app's icon.
    shortTitle: requiredText('shortTitle', 'the name a phone shows under the handbook’s icon, for example shortTitle: Carers’ Guide.', shortTitleLimit).optional(),
    // The documents are each council's own: what the site calls them, and what it says of them.
    documentsTitle: requiredText('documentsTitle', 'what the site calls its documents, for example documentsTitle: Key documents.', 80).default(
      'Documents',
    ),
    // Left out, the footer says documentsTitle.
    documentsShortTitle: requiredText('documentsShortTitle', 'what the footer’s link to the documents says, for example documentsShortTitle: Key documents.', 60).optional(),
    documentsLead: requiredText('documentsLead', 'one sentence on what the documents are, for example documentsLead: What the service promises foster carers.', 200).default(
      'The service’s own documents for foster carers, in full.',
    ),
    documentKinds: documentKinds(documentIds),
    // The council's promise in its accessibility statement; left out, the statement promises no number of days.
    accessibilityReplyDays: wholeNumber('accessibilityReplyDays', '10')
      .min(1, { error: says('accessibilityReplyDays must be at least 1', 'write the working days the council promises to answer in, for example accessibilityReplyDays: 10.') })
      .max(60, { error: says('accessibilityReplyDays is more than 60', 'write the working days the council promises to answer in, for example accessibilityReplyDays: 10.') })
      .optional(),
    // The day the council last reviewed its accessibility statement (after testing the site), which the statement gives.
    accessibilityStatementReviewed: date('accessibilityStatementReviewed'),
    // The council's rule for how often a page is checked (a page may set its own reviewEvery or reviewBy).
    reviewEveryMonths: wholeNumber('reviewEveryMonths', '12')
      .min(1, { error: says('reviewEveryMonths must be between 1 and 36', 'write how many months the service leaves between checks of a page, for example reviewEveryMonths: 12.') })
      .max(36, { error: says('reviewEveryMonths must be between 1 and 36', 'write how many months the service leaves between checks of a page, for example reviewEveryMonths: 12.') })
      .default(defaultReviewMonths),
    siteUrl: webAddress('siteUrl'),
    repository: webAddress('repository'),
    branch: requiredText('branch', 'the branch the site is published from, for example branch: main.', 100),
    brandColour,
  }).superRefine((settings, context) => {
    // A phone shows about 12 characters under an installed app's icon: a long name needs a short one. (A name
    // over its own limit is already refused; Zod runs this only once every field has a value.)
    const name = settings.handbookTitle;
    if (typeof name === 'string' && name.length > shortTitleLimit && name.length <= 80 && settings.shortTitle === undefined)
      context.addIssue({
        code: 'custom',
        path: ['handbookTitle'],
        message: says(
          `handbookTitle is ${name.length} characters, too long to show under the handbook’s icon on a phone (${shortTitleLimit} at most)`,
          'add shortTitle with a short name for it, for example shortTitle: Carers’ Guide.',
        ),
      });
  });
}

/** The most characters of a name under the handbook's icon on a phone (shortTitle's limit); about 12 show in full. */
export const shortTitleLimit = 20;

export type SiteSettings = z.infer<ReturnType<typeof siteSettingsSchema>>;

/** The YAML data files, each a list of entries, and the schema of one entry. */
export const dataSchemas = {
  standards: standard,
  parts: part,
  glossary: glossaryEntry,
  contacts: contact,
  synonyms: synonym,
  editorialLog: editorialLogEntry,
};

export type DataCollection = keyof typeof dataSchemas;
