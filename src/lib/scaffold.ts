/**
 * New pages, as `npm run new` writes them: valid frontmatter, the required headings, and a marked
 * placeholder wherever the author still has to write. The check and the build fail while a placeholder is
 * left (readers would see it); `npm run dev` shows the page, so it can be previewed while it is written.
 */
import { guideHeadings } from './content/rules/guideShape.ts';
import { isoDate } from './dates.ts';

export const placeholderMark = 'To be written:';

const firstChange = (today: Date) => ['changes:', `  - date: ${isoDate(today)}`, '    summary: First published.'];

/** Quotes a title for YAML only when it needs it (a colon, a quote, a leading symbol). */
export function yamlText(text: string): string {
  return /^[\w(][^:#]*$/.test(text) && !/['"]$/.test(text) ? text : JSON.stringify(text);
}

export function guideTemplate(options: { title: string; source: { id: string; title: string }; today: Date }): string {
  const { title, source, today } = options;
  const prompts = [
    `${placeholderMark} say what ${title.toLowerCase()} is, in one or two short sentences.`,
    `${placeholderMark} say why it matters for the child and for you.`,
    `${placeholderMark} list the steps a carer takes, as a numbered list.`,
  ];
  return [
    '---',
    `title: ${yamlText(title)}`,
    `summary: "${placeholderMark} one sentence saying what this guide is about."`,
    'standards: []',
    `sources: [${source.id}]`,
    `reviewed: ${isoDate(today)}`,
    ...firstChange(today),
    '---',
    '',
    ...guideHeadings.slice(0, 3).flatMap((heading, index) => [`## ${heading}`, '', prompts[index], '']),
    `## ${guideHeadings[3]}`,
    '',
    `- [${source.title}](/handbook/${source.id}/)`,
    '',
  ].join('\n');
}

export function sectionTemplate(options: { title: string; part: string; order: number; today: Date }): string {
  const { title, part, order, today } = options;
  return [
    '---',
    `title: ${yamlText(title)}`,
    `summary: "${placeholderMark} one sentence saying what this page is about."`,
    `part: ${part}`,
    `order: ${order}`,
    'standards: []',
    'related: []',
    'keyPoints:',
    `  - "${placeholderMark} the first thing a carer must do or know, in the words the page uses below."`,
    `  - "${placeholderMark} the next thing a carer must do or know (2 to 6 points)."`,
    `reviewed: ${isoDate(today)}`,
    ...firstChange(today),
    '---',
    '',
    `${placeholderMark} start with what a carer most needs to know about ${title.toLowerCase()}.`,
    '',
    '## What you need to do',
    '',
    `${placeholderMark} the steps, as a numbered list.`,
    '',
    '## Who to contact',
    '',
    `${placeholderMark} who to ask. Take phone numbers from content/contacts.yaml (see "Contacts" in CONTRIBUTING.md).`,
    '',
  ].join('\n');
}

export function documentTemplate(options: { title: string; order: number; today: Date }): string {
  const { title, order, today } = options;
  return [
    '---',
    `title: ${yamlText(title)}`,
    `summary: "${placeholderMark} one sentence saying what this document is and who publishes it."`,
    `order: ${order}`,
    'standards: []',
    `reviewed: ${isoDate(today)}`,
    ...firstChange(today),
    '---',
    '',
    `${placeholderMark} the document's text, as the service publishes it, with its own headings (## for each).`,
    '',
  ].join('\n');
}

/** The next free place in a part: 10 after the last page in it. */
export function nextOrder(ordersInPart: readonly number[]): number {
  return ordersInPart.length === 0 ? 10 : Math.max(...ordersInPart) + 10;
}
