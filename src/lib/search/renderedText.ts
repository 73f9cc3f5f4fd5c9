/**
 * The words a content page shows a reader, as plain text, worked out from the page's data before it is
 * rendered: what its search aliases (aliases.ts) and the search vocabulary are chosen from.
 *
 * The MDX source alone is not enough: components add words of their own. A <Contact> for a contact with
 * no number yet says what to do meanwhile ("ask your Supervising Social Worker …"), a key point that
 * tells carers to contact someone is followed by the way to reach them (ContactWays), and a guide lists
 * the sections it summarises. A page whose only "Supervising Social Worker" comes from one of those must
 * still be found by "SSW", so the words are taken from what each piece renders, here, with the same
 * functions the components use (contacts.ts, contactsReached). Each function mirrors one component; if
 * a component changes what it says, its function here changes with it (tests/unit/search/renderedText).
 */
import type { Nodes, Root } from 'mdast';
import { nameInSentence, type ContactView } from '../contacts.ts';
import type { ContactShow } from '../content/authorComponents.ts';
import { contactsReached } from '../content/rules/instructions.ts';

/**
 * What <Contact id show> renders, as words (src/components/Contact/Contact.astro and ContactInstead):
 * for a contact with no number, that there is none, what to do meanwhile and the number to ring instead.
 */
export function contactWords(contact: ContactView, show?: ContactShow): string {
  const { instead } = contact;
  const mode = show ?? (contact.phone || instead ? 'phone' : 'email');
  const insteadWords = instead
    ? [instead.gap, instead.meanwhile, instead.instead && instead.phone && `${instead.instead} ${instead.phone}.`]
    : [];
  const words: (string | undefined | false)[] = [];
  if ((mode === 'phone' || mode === 'name') && instead) words.push(...insteadWords);
  if (mode === 'phone') words.push(contact.phone);
  if (mode === 'email') words.push(contact.email);
  if (mode === 'address') words.push(contact.address);
  if (mode === 'hours') words.push(contact.hours);
  if (mode === 'name' && !instead) words.push(contact.name, contact.phone && `on ${contact.phone}`);
  if (mode === 'card') {
    words.push(contact.name, contact.purpose, ...insteadWords);
    words.push(contact.phone && `Phone ${contact.phone}`, contact.email && `Email ${contact.email}`);
    words.push(contact.hours && `When ${contact.hours}`, contact.address && `Address ${contact.address}`);
    words.push(contact.web && `Website ${contact.name} website`);
  }
  return words.filter((w): w is string => !!w).join(' ');
}

/**
 * What ContactWays adds after a key point (or a glossary definition) that tells carers to contact
 * someone: each contact's name and way to reach them.
 */
export function contactWaysWords(text: string, contacts: readonly ContactView[]): string {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  return contactsReached(text, contacts)
    .map((id) => byId.get(id)!)
    .map((contact) => (contact.phone ? `${nameInSentence(contact.name)}: ${contactWords(contact)}` : contactWords(contact)))
    .join(' ');
}

const attribute = (node: Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>, name: string) => {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
};

/** Blocks whose words end a line, so the words of two paragraphs are never run together. */
const blocks = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'blockquote', 'code', 'mdxJsxFlowElement']);

/**
 * A page's MDX tree (parsed by the compiler's own parser, content/mdx.ts) as the words it renders:
 * text, code and link text as written, each <Contact> as the words it shows (`contactWords`), and the
 * boxes' (<Note>, <Important>) text. A contact id the content rules would refuse adds nothing.
 */
export function mdxRenderedText(tree: Root, contacts: ReadonlyMap<string, ContactView>): string {
  const out: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') out.push(node.value);
    else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Contact') {
      const contact = contacts.get(attribute(node, 'id') ?? '');
      if (contact) out.push(contactWords(contact, attribute(node, 'show') as ContactShow | undefined));
    } else if (node.type === 'break') out.push('\n');
    if ('children' in node && !(node.type === 'mdxJsxTextElement' && node.name === 'Contact'))
      for (const child of node.children as Nodes[]) visit(child);
    if (blocks.has(node.type)) out.push('\n');
  };
  visit(tree);
  return out
    .join('')
    .replace(/[ \t]*\n[\s]*/g, '\n')
    .trim();
}

/** What a content page shows inside its indexed article, besides the title and summary (src/layouts/ContentPage.astro). */
export interface RenderedPage {
  /** The page's text, rendered (mdxRenderedText). */
  body: string;
  keyPoints: readonly string[];
  documentDate?: string;
  seeAlso: readonly { title: string; note?: string }[];
  /** For a guide, the titles of the sections it summarises. */
  sources: readonly { title: string }[];
  /** The standards box: each set's name and the titles of the standards shown. */
  standardsShown: readonly string[];
}

/** Every word a content page renders in its article after its title and summary, in order, one part a line. */
export function renderedPageText(page: RenderedPage, contacts: readonly ContactView[]): string {
  return [
    ...page.keyPoints.map((point) => `${point} ${contactWaysWords(point, contacts)}`.trim()),
    page.documentDate && `Document date: ${page.documentDate}`,
    page.body,
    ...page.seeAlso.map((link) => [link.title, link.note].filter(Boolean).join(' ')),
    ...page.sources.map((source) => `${source.title} (handbook section)`),
    ...page.standardsShown,
  ]
    .filter((part): part is string => !!part)
    .join('\n');
}
