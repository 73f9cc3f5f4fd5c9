/**
 * What the browser editor calls each field, in the words of the staff who edit the handbook, with the
 * help shown under it. Every field of every schema (src/lib/content/schemas.ts) must be here: the editor's
 * configuration is generated from the schemas and refuses a field with no words (config.ts), and
 * tests/unit/editor/config.test.ts fails with the field's name.
 *
 * `choices` names the list a field's values come from (read from its own file when the site is built);
 * `staffOnly` marks fields carers never see; `multiline` gives a larger box.
 */
import { monthsInWords } from '../reviewCycle.ts';

export type ChoiceList = 'standards' | 'parts' | 'handbook' | 'contacts';

export interface FieldWords {
  label: string;
  hint?: string;
  choices?: ChoiceList;
  staffOnly?: boolean;
  multiline?: boolean;
  /** For a list of entries: the template shown for a folded entry. */
  summary?: string;
  /** For a list kept newest first: new entries go at the top. */
  addToTop?: boolean;
}

/** The note added to the label of a field carers never see. */
export const staffOnlyNote = ' (for staff only: never shown to carers)';

const reviewed: FieldWords = {
  label: 'Last reviewed',
  hint: 'The day the page was last checked with the fostering service. Set it to today when you have checked the whole page.',
};

export const pageFieldWords: Record<string, FieldWords> = {
  title: { label: 'Title', hint: 'The page heading, as carers see it, for example Missing from Care.' },
  summary: {
    label: 'Summary',
    hint: 'One plain sentence saying what the page is about. It is shown in lists, in search results and to search engines.',
    multiline: true,
  },
  part: { label: 'Part of the handbook', hint: 'Which part of the contents the section belongs to.', choices: 'parts' },
  order: {
    label: 'Place in its part',
    hint: 'A number: pages are listed in this order (10, 20, 30…). Leave gaps so a page can go in between.',
  },
  standards: {
    label: 'Standards and regulations',
    hint: 'The standards this page helps carers meet. Each is shown at the foot of the page, linked to its own page.',
    choices: 'standards',
  },
  related: { label: 'Related handbook sections', hint: 'Other sections a carer reading this one should see.', choices: 'handbook' },
  sources: {
    label: 'Handbook sections this guide summarises',
    hint: 'At least one: the guide links to them for the full text.',
    choices: 'handbook',
  },
  keyPoints: {
    label: 'Key points',
    hint: 'What a carer most needs to do or know, shown before the first heading: each point one short sentence that the page itself says.',
  },
  seeAlso: {
    label: 'See also (other websites)',
    hint: 'Useful pages on other websites, listed at the end of the page.',
    summary: '{{fields.title}}',
  },
  'seeAlso.title': { label: 'Link text', hint: 'The name of the website or page, as the link text.' },
  'seeAlso.url': { label: 'Web address', hint: 'The full address, starting https://.' },
  'seeAlso.note': { label: 'Note', hint: 'Optional: one short sentence about it.' },
  reviewed,
  reviewBy: { label: 'Review by', hint: 'Optional: the day the page must be reviewed again, if not {months} after it was last reviewed.' },
  reviewEvery: { label: 'Review every (months)', hint: 'Optional: how many months between reviews, if not the usual {months}.' },
  changes: {
    label: 'What changed',
    hint: 'Add the newest change at the top: the date and one sentence saying what changed for carers. It appears on What’s new.',
    summary: '{{fields.date}}: {{fields.summary}}',
    addToTop: true,
  },
  'changes.date': { label: 'Date', hint: 'The day the change is published.' },
  'changes.summary': { label: 'What changed for carers', hint: 'One plain sentence.', multiline: true },
  urgent: {
    label: 'What to do now (urgent pages only)',
    hint: 'Only for a page whose subject can be an emergency: up to four short steps and the contacts to ring, shown right under the title.',
  },
  'urgent.steps': { label: 'Steps', hint: 'One to four short steps, each one sentence the page itself says.' },
  'urgent.call': {
    label: 'Contacts to ring',
    hint: 'The contacts whose numbers are shown with the steps, most urgent first.',
    choices: 'contacts',
  },
  documentDate: { label: 'Date the document gives', hint: 'As the document writes it, for example 17 May 2018.' },
  source: { label: 'Where the text came from', hint: 'The seed document and lines, for example 000:610-638.', staffOnly: true },
  body: {
    label: 'Page text',
    hint: 'Headings, paragraphs, lists and links. Insert Important, Note or Contact from the Insert menu: a Contact goes where the cursor is, even in the middle of a sentence.',
  },
};

export const listFieldWords: Record<string, Record<string, FieldWords>> = {
  contacts: {
    id: {
      label: 'Id',
      hint: 'A short lower-case name used by pages, for example fostering-on-call. Changing it breaks every page that uses it.',
    },
    name: { label: 'Name', hint: 'Who the reader will reach, for example Emergency Duty Team (out of hours).' },
    purpose: { label: 'When to use it', hint: 'One sentence saying when to use this contact.', multiline: true },
    phone: { label: 'Phone number', hint: 'Digits grouped with single spaces, as people dial it, for example 0161 496 0000.' },
    email: { label: 'Email address' },
    address: { label: 'Postal address', hint: 'On one line, parts separated by commas.' },
    hours: { label: 'Opening hours', hint: 'For example Monday to Friday 9am to 5pm.' },
    web: { label: 'Website', hint: 'The full address, starting https://.' },
    urgent: { label: 'Urgent: shown first in “Get help now”' },
    officeHoursLine: { label: 'The office-hours number in “Get help now”' },
    aliases: {
      label: 'Other names pages use',
      hint: 'One per line, for example EDT. A page naming the contact by any of them must give its details.',
    },
    fallback: {
      label: 'Ring instead while it has no number',
      hint: 'The contact pages give while this one has no phone number.',
      choices: 'contacts',
    },
    meanwhile: {
      label: 'What to do meanwhile (no number yet)',
      hint: 'For a contact with no phone number: one sentence saying what a carer does until the handbook has one.',
      multiline: true,
    },
    inSentence: { label: 'How a sentence names it', hint: 'Only if “the” and its name read wrongly, for example Children’s Social Care.' },
    checkMentions: { label: 'Pages naming it must give its details', hint: 'Untick only for the service that publishes the handbook.' },
    source: {
      label: 'Where the details came from',
      hint: 'The seed document and lines. Where the details come from several documents, the file gives one per detail: edit those in the file.',
      staffOnly: true,
    },
  },
  glossary: {
    id: { label: 'Id', hint: 'The term in lower case, words joined by hyphens, for example looked-after-child.' },
    term: { label: 'Term', hint: 'The word or acronym as the handbook writes it.' },
    expansion: { label: 'Stands for', hint: 'Acronyms only: what it stands for.' },
    definition: { label: 'Definition', hint: 'Plain English, one or two sentences.', multiline: true },
    alsoKnownAs: { label: 'Other names carers use', hint: 'One per line: searching for any of them finds this term.' },
  },
  synonyms: {
    id: { label: 'Id', hint: 'A short lower-case name for the entry, for example respite.' },
    pagesSay: { label: 'The handbook says', hint: 'The handbook’s own words, one per line.' },
    carersSay: {
      label: 'Carers search for',
      hint: 'The words carers use for it, one per line: pages saying the handbook’s words are found by these too.',
    },
    carersAsk: {
      label: 'Phrases that can only mean this',
      hint: 'Two words or more, one per line, for example "touched her": a search with one of them word for word shows the page about this first. Only phrases that mean nothing else: "my son" would put this page first for every question about a son.',
    },
    note: { label: 'Why this entry is here', staffOnly: true },
  },
  parts: {
    id: { label: 'Id', hint: 'Pages name their part by this, for example safeguarding.' },
    order: { label: 'Place in the contents', hint: 'A number: parts are listed in this order.' },
    title: { label: 'Heading', hint: 'The part’s heading on the Contents page.' },
    description: { label: 'What it covers', hint: 'One sentence.', multiline: true },
  },
  standards: {
    id: { label: 'Id', hint: 'For example nms-4 (National Minimum Standard 4) or reg-12 (Regulation 12). Pages cite it by this.' },
    set: {
      label: 'Set',
      hint: 'nms: National Minimum Standards; regulations: the Fostering Services Regulations; tsd: Training, Support and Development Standards.',
    },
    kind: { label: 'Kind', hint: 'For regulations only: a part, a regulation or a schedule.' },
    number: { label: 'Number' },
    group: { label: 'Group', hint: 'The heading it sits under in its document.' },
    title: { label: 'Official title', hint: 'Leave empty when the document gives none.' },
    covers: { label: 'What it covers', hint: 'For a part or schedule, in a few words.' },
    url: { label: 'Official text (web address)', hint: 'Starting https://.' },
    page: { label: 'Page in the official document' },
    outcome: { label: 'Outcome', hint: 'As the standard states it.', multiline: true },
    outcomeMore: { label: 'More outcomes', hint: 'One per line.' },
    verified: { label: 'Checked against the official text', staffOnly: true },
    note: { label: 'Where the facts come from', staffOnly: true, multiline: true },
  },
};

export const listLabels: Record<string, { label: string; one: string; description: string; summary: string }> = {
  contacts: {
    label: 'Contacts',
    one: 'Contact',
    description: 'Every phone number and email address the handbook gives, written once.',
    summary: '{{fields.name}}',
  },
  glossary: { label: 'Glossary', one: 'Term', description: 'Every term and acronym, defined once.', summary: '{{fields.term}}' },
  synonyms: {
    label: 'Search words',
    one: 'Search word entry',
    description: 'The words carers search with for what the handbook calls something else.',
    summary: '{{fields.id}}',
  },
  parts: { label: 'Parts of the handbook', one: 'Part', description: 'The parts of the contents, in order.', summary: '{{fields.title}}' },
  standards: {
    label: 'Standards and regulations',
    one: 'Standard',
    description: 'The standards and regulations pages can cite.',
    summary: '{{fields.id}}: {{fields.title}}',
  },
};

/**
 * The page fields' words with the council's usual review interval (reviewEveryMonths in content/site.yaml)
 * written into the review fields' hints, where they say {months}: staff see the rule their pages follow.
 */
export function withUsualReview(words: Record<string, FieldWords>, usualMonths: number): Record<string, FieldWords> {
  const months = monthsInWords(usualMonths);
  return Object.fromEntries(
    Object.entries(words).map(([name, field]) => [
      name,
      field.hint?.includes('{months}') ? { ...field, hint: field.hint.replace('{months}', months) } : field,
    ]),
  );
}
