/**
 * No dead ends: a page that names a team or service from content/contacts.yaml (by its name or one of its
 * aliases) must say how to reach it, with <Contact id="…" /> in the same section. The component shows
 * the number, or for a contact with no number yet, the plain fallback sentence ("This handbook does not
 * yet give a number for the Emergency Duty Team. Out of office hours, ring Fostering On Call on …").
 *
 * Why the section, and not anywhere on the page: a carer who lands on a heading from search or from "On
 * this page" reads that part only, so the number must be under the same heading as the name. A section
 * runs from a heading (of any level) to the next heading; the text before the first heading is a section
 * too. A heading that names a team counts as a mention in the section it opens.
 *
 * Names match whole words, ignoring case, with hyphens, spaces and line breaks treated alike ("On-Call"
 * is "On Call"). A contact's name is matched without a closing part in brackets: "Fostering On Call (out
 * of hours)" is found as "Fostering On Call". A name in a link's text is not a dead end (the link takes
 * the reader on), and a contact's <Contact> also covers its fallback, whose number it shows.
 *
 * A pure function of the parsed page (src/lib/content/mdx.ts, whose lines are the file's) and the
 * contacts.
 */
import type { Nodes, Root } from 'mdast';
import type { Finding } from '../problem.ts';

export interface MentionedContact {
  id: string;
  name: string;
  /** Other names pages use for the same team, for example ["EDT"]. */
  aliases?: readonly string[];
  /** The contact to ring instead while this one has no number: its <Contact> also gives that number. */
  fallback?: string;
  /** false leaves the contact out of the rule (see content/contacts.yaml for the one that is). */
  checkMentions?: boolean;
}

interface Mention {
  contact: MentionedContact;
  written: string;
  line: number;
}

interface Section {
  mentions: Mention[];
  /** Contact ids whose number a reader sees in this section (a contact's own, and its fallback's). */
  given: Set<string>;
}

/** The names a contact goes by, as patterns matching whole words in any case. */
export function namePatterns(contact: MentionedContact): RegExp[] {
  const names = [contact.name.replace(/\s*\([^)]*\)\s*$/, ''), ...(contact.aliases ?? [])];
  return [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))].map((name) => {
    const words = name
      .split(/[\s-]+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"));
    return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]+')}(?![\\p{L}\\p{N}])`, 'giu');
  });
}

function isJsx(node: Nodes): node is Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }> {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function contactId(node: Nodes): string | undefined {
  if (!isJsx(node) || node.name !== 'Contact') return undefined;
  const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return typeof id?.value === 'string' ? id.value : undefined;
}

/**
 * The words of a paragraph, heading or table cell that could name a team: not a <Contact> (it gives the
 * contact), and not a link's text ("[Ofsted’s guidance](…)" already takes the reader somewhere). A link
 * keeps its place (and its line breaks), so the words either side of it are not joined.
 */
function inlineText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'link' || node.type === 'linkReference') {
    return `\u0000${'\n'.repeat((node.position?.end.line ?? 0) - (node.position?.start.line ?? 0))}`;
  }
  if (isJsx(node) && node.name === 'Contact') return '';
  if ('children' in node) return (node.children as Nodes[]).map(inlineText).join('');
  return '';
}

const inlineBlocks = new Set(['paragraph', 'heading', 'tableCell']);

export function contactMentionProblems(tree: Root, contacts: readonly MentionedContact[]): Finding[] {
  const patterns = contacts.filter((c) => c.checkMentions !== false).map((contact) => ({ contact, patterns: namePatterns(contact) }));
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const sections: Section[] = [{ mentions: [], given: new Set() }];

  const visit = (node: Nodes) => {
    if (node.type === 'heading') sections.push({ mentions: [], given: new Set() });
    const section = sections.at(-1)!;
    const id = contactId(node);
    if (id) {
      section.given.add(id);
      const fallback = byId.get(id)?.fallback;
      if (fallback) section.given.add(fallback);
    }
    if (inlineBlocks.has(node.type)) {
      const text = inlineText(node);
      const start = node.position?.start.line ?? 1;
      for (const { contact, patterns: forms } of patterns) {
        for (const pattern of forms) {
          for (const match of text.matchAll(pattern)) {
            const line = start + (text.slice(0, match.index).match(/\n/g)?.length ?? 0);
            section.mentions.push({ contact, written: match[0].replace(/\s+/g, ' '), line });
          }
        }
      }
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);

  const problems: Finding[] = [];
  for (const section of sections) {
    const reported = new Set<string>();
    for (const mention of [...section.mentions].sort((a, b) => a.line - b.line)) {
      const { contact } = mention;
      if (section.given.has(contact.id) || reported.has(contact.id)) continue;
      reported.add(contact.id);
      problems.push({
        line: mention.line,
        what: `"${mention.written}" is named without saying how to contact them`,
        fix: `add <Contact id="${contact.id}" /> in the same section (under the same heading), for example straight after the sentence that names them, so a carer reading this part sees the ${contact.fallback ? 'number to ring' : 'number'}. Contact details are kept in content/contacts.yaml.`,
      });
    }
  }
  return problems;
}
