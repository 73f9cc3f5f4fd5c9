/**
 * No dead ends, for instructions: wherever a page tells carers to contact, report to, inform, tell,
 * ring, call, share with, speak to or seek advice from someone (a team, a service, an office holder,
 * the police), the same section gives a way to reach them: their <Contact id="…" />, which shows the
 * number, or for a contact the handbook has no number for, says so and gives the fallback to ring or
 * what to do meanwhile (content/contacts.yaml: fallback, meanwhile).
 *
 * Two people need nothing more: the carer's supervising social worker and the child's social worker.
 * Carers already have their details (the supervising social worker is their first point of contact,
 * 002:145), so "tell your Supervising Social Worker" is never a dead end. Everyone else is either a
 * contact in content/contacts.yaml (found by its name without a closing part in brackets, or an alias:
 * the Fostering Service by "Fostering Service", "duty worker"…, 999 by "police"), or, if the page names
 * a team, service or office holder contacts.yaml does not have, an error asking for it to be added.
 *
 * This rule covers the Fostering Service and the emergency services, which the rule for names
 * (contactMentions.ts) leaves out because pages name them as organisations all the time. For a contact
 * that rule does check (the Emergency Duty Team), naming it already needs its <Contact>, so this rule
 * leaves it to that one and a missing number is reported once.
 *
 * What is an instruction: the verb as a command ("Contact …", "If …, tell …", "… and inform …"), a duty
 * or permission of the carer's ("you must report it to …", "foster carers should inform …", "you can
 * contact …"), a duty in the passive ("… should be reported immediately to …", "… must be informed"), or
 * the carer helping a child to ("encourage them to seek assistance from …"). A sentence about what
 * someone else does ("the duty worker, who will inform the fostering service manager") is not. Link
 * text is not a dead end (the link takes the reader on), and nor is a <Contact> where the recipient
 * would be ("call <Contact id="emergency" />").
 *
 * Key points (frontmatter) cannot hold a <Contact>: the Key points box shows the way to every contact a
 * point tells carers to reach (src/components/KeyPoints), so a point may name contacts, but not
 * someone contacts.yaml does not have.
 *
 * A section runs from a heading (of any level) to the next; the text before the first heading is one
 * too. A pure function of the parsed page (src/lib/content/mdx.ts, whose lines are the file's), its key
 * points and the contacts; `findInstructions` is the same reading of plain text, for the Key points box
 * and the test of the built site.
 */
import type { Nodes, Root } from 'mdast';
import type { Finding } from '../problem.ts';
import { contactInSentence } from '../../contacts.ts';
import { namePatterns, type MentionedContact } from './contactMentions.ts';

export interface InstructedContact extends MentionedContact {
  phone?: string;
  /** What to do while the handbook has no number for this contact. */
  meanwhile?: string;
  /** How a sentence names it ("Children’s Social Care"), if not "the" and its name. */
  inSentence?: string;
}

/** In the text an instruction is read from: where a link is (it takes the reader on), and where a <Contact> is (the way itself). */
export const linkMark = '\uE000';
export const contactMark = '\uE001';

/** The people carers already have details for, as the rule's messages name them. */
export const knownPeopleInWords = 'their supervising social worker and the child’s social worker';

/** Someone a carer already has the details of: their supervising social worker, the child's social worker. */
const knownPerson = /(?<![\p{L}\p{N}])(?:(?:supervising|allocated|named|own)\s+)?social\s+workers?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])SSWs?(?![\p{L}\p{N}])/giu;

/**
 * Words that make a recipient someone to reach: a team, a service, an office holder, the police. Used
 * only for recipients that are neither a contact nor a known person. A school, a GP or an insurer is not
 * here: carers have their own.
 */
const someoneToReach =
  /(?<![\p{L}\p{N}])(?:police|fire\s+brigade|fire\s+service|commissioner|ombudsman|officer|nurse|team|services?|bod(?:y|ies)|organi[sz]ations?|agency|agencies|authority|department|unit|hub|helpline|partnership|board|panel|managers?|lead|social\s+care|council|charit(?:y|ies))(?![\p{L}\p{N}])/iu;

/** The verbs of an instruction to reach someone whose object is the one reached: "contact the service". */
const verbsOfReaching = ['contact', 'tell', 'inform', 'notify', 'alert', 'ring', 'call(?:\\s+for)?', 'phone', 'telephone', 'ask'];

/**
 * The verbs whose object is what is passed on ("report it to", "share concerns with"), by the word before
 * the recipient, each with how many words may come between the verb and that word.
 */
const verbsOfPassingOn: Record<string, Record<string, number>> = {
  to: { report: 6, pass: 4, refer: 3, write: 0, complain: 0, 'make\\s+(?:a\\s+)?(?:disclosure|complaint|referral)s?': 0 },
  with: { share: 5, discuss: 4, raise: 4 },
  '(?:to|with)': { speak: 0, talk: 0 },
  from: { seek: 2 },
};

const verbList: { pattern: string; before?: string; gap?: number }[] = [
  ...verbsOfReaching.map((pattern) => ({ pattern })),
  ...Object.entries(verbsOfPassingOn).flatMap(([before, gaps]) => Object.entries(gaps).map(([pattern, gap]) => ({ pattern, before, gap }))),
];

const verbs = verbList.map((verb) => ({
  ...verb,
  /** The words after the verb up to the word before the recipient ("report [it] to"). */
  towards: verb.before ? new RegExp(`^((?:\\s+[^\\s.;:!?()\\uE000\\uE001]+){0,${verb.gap}}?)\\s+${verb.before}(?=\\s)`, 'iu') : undefined,
}));
/** A word after contact, call, phone or ring that makes it a noun: "contact with", "phone number". */
const nounAfter = /^\s+(?:with|details|numbers?|between|is|was|arrangements?|information|calls?|lines?|book|centre|and)(?![\p{L}\p{N}])/iu;

const verbMatchers = verbs.map((verb) => new RegExp(`^(?:${verb.pattern})$`, 'iu'));
const verbAlternatives = verbs.map((v) => v.pattern).join('|');

/** The same verbs in the passive, as a duty: "should be reported immediately to …". */
const passive = /(?<![\p{L}\p{N}])(?:should|must|shall|will\s+need\s+to|needs?\s+to|has\s+to|have\s+to|is\s+to|are\s+to)\s+(?:always\s+|also\s+|then\s+)?be\s+(?:\w+ly\s+)?(?:reported|shared|discussed|raised|passed\s+on|passed|referred)(?:\s+\S+){0,4}?\s+(?:to|with)\s/giu;

/** "… must be informed": the recipient comes first. */
const passiveFirst = /(?<![\p{L}\p{N}])(?:should|must|shall|will\s+need\s+to|needs?\s+to|has\s+to|have\s+to)\s+(?:always\s+|also\s+)?be\s+(?:\w+ly\s+)?(?:informed|told|notified|contacted|made\s+aware)(?![\p{L}\p{N}])/giu;

/** Words a recipient never runs past: what follows them is about something else. */
const recipientEnd =
  /\s(?:if|when|whenever|who|whom|which|so|because|about|of|unless|before|after|for|to|immediately|promptly|straight|as|on|at|by|that|where|while|until|through|regarding|even|first|too|again)(?![\p{L}\p{N}])/iu;

const recipientEnds = new RegExp(recipientEnd, 'giu');

/** Another instruction joined on, read on its own. */
const nextInstruction = new RegExp(`(?:,\\s*|\\s)(?:or|and|then)\\s+(?:${verbAlternatives})(?![\\p{L}\\p{N}])`, 'iu');

/** A clause boundary: nothing before it is the subject of the verb after it. */
const clauseBreak = /[,;:()—–\uE000\uE001]/g;

/** Words that may come before a command without being its subject ("Then tell …", "Please contact …"). */
const fillers = new Set(
  'and or then also please always immediately promptly first firstly so but just still otherwise instead next finally alternatively straight away now again do'.split(' '),
);

/** The carer (or the carers, in the Charter's "we") doing the verb, as a duty or a permission. */
const carerDuty =
  /(?:^|\s)(?:you|foster\s+carers?|carers?|we|i|they|all\s+foster\s+carers)(?:\s+(?:also|always|then|still|each|both|will|should|must))?\s+(?:must|should|shall|need\s+to|needs\s+to|will\s+need\s+to|have\s+to|has\s+to|ought\s+to|can|could|may|might|will|are\s+(?:required|expected|asked|advised|encouraged|able)\s+to|have\s+(?:a|the)\s+(?:responsibility|duty)\s+to|are\s+responsible\s+for)(?:\s+(?:also|always|then|still|immediately|promptly|first))?(?:\s+(?:ensure|make\s+sure)(?:\s+that)?(?:\s+you)?)?\s*$/iu;

/** The carer helping a child to reach someone, or a general "how to" or "it is important to". */
const otherLeadIns =
  /(?:in\s+which\s+case|in\s+that\s+case|if\s+so|if\s+not|otherwise|(?:encourage|ask|advise|help|remind|support|tell)\s+(?:them|him|her|the\s+child|the\s+young\s+person|young\s+people|children|the\s+children)\s+to|how\s+to|(?:important|essential|vital|advisable|necessary|best)\s+to|(?:remember|make\s+sure|ensure)(?:\s+that)?(?:\s+you)?(?:\s+to)?|you\s+(?:still\s+)?(?:must\s+|should\s+)?(?:ensure|make\s+sure)(?:\s+that)?(?:\s+you)?)\s*$/iu;

export type RecipientKind = 'known' | 'contact' | 'unknown';

export interface Recipient {
  kind: RecipientKind;
  /** As the text writes it. */
  written: string;
  /** For a contact: its id in contacts.yaml. */
  id?: string;
}

export interface Instruction {
  /** Where the verb is in the text. */
  index: number;
  /** The words of the instruction, from its verb to the end of the recipient. */
  words: string;
  recipients: Recipient[];
}

const verbPattern = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${verbAlternatives})(?![\\p{L}\\p{N}'’-])`, 'giu');

/** Whether the words before a verb (in its sentence) make it an instruction to the carer. */
function isInstructionContext(before: string): boolean {
  const sentence = before.split(/[.!?\n]\s|[.!?\n]$|\n/).at(-1) ?? '';
  if (carerDuty.test(sentence) || otherLeadIns.test(sentence)) return true;
  const clause = sentence.split(clauseBreak).at(-1) ?? '';
  // A command joined to another ("record it and tell …") starts after the "and".
  for (const part of [clause, clause.split(/\s(?:and|or|then)\s/i).at(-1) ?? '']) {
    const words = part.trim().split(/\s+/).filter(Boolean);
    while (words.length > 0 && fillers.has(words[0].toLowerCase().replace(/[*_]/g, ''))) words.shift();
    if (words.length === 0 || words.every((w) => /^[*_]+$/.test(w))) return true;
  }
  return false;
}

/** The recipient after a verb: up to the first word that starts something else, a <Contact> or a link. */
function recipientAfter(text: string, start: number, names: ContactNames): string {
  const rest = text.slice(start, start + 200);
  const stop = rest.search(/[.;:!?()\uE000\uE001\n]/);
  let phrase = stop === -1 ? rest : rest.slice(0, stop);
  // Another instruction joined on ("Ask your Supervising Social Worker, or call the Fostering Service") is read on its own.
  const next = nextInstruction.exec(phrase);
  if (next) phrase = phrase.slice(0, next.index);
  // A name may contain a word that would end the recipient ("Fostering On Call"): never cut inside one.
  const spans = [...phrase.matchAll(names.all)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const end of phrase.matchAll(recipientEnds)) {
    if (spans.some(([from, to]) => end.index + 1 >= from && end.index + 1 < to)) continue;
    phrase = phrase.slice(0, end.index);
    break;
  }
  return phrase.split(/\s+/).slice(0, 14).join(' ').replace(/[\s,]+$/, '');
}

/** The recipient before "… must be informed": the last words of the clause before it. */
function recipientBefore(text: string, end: number): string {
  const clause = text.slice(Math.max(0, end - 200), end).split(/[.;:!?()\uE000\uE001\n]|,\s/).at(-1) ?? '';
  return clause.trim().split(/\s+/).slice(-8).join(' ');
}

/** A name of a contact, and the pattern matching exactly it (to tell which contact a match of all names is). */
interface ContactName {
  contact: InstructedContact;
  exact: RegExp;
}

/**
 * Every name of every contact, as one pattern with the longest names first, so "Local Government and
 * Social Care Ombudsman" is one name, not "Social Care", and a phrase is read once for all of them.
 */
interface ContactNames {
  all: RegExp;
  names: ContactName[];
}

/** Who a recipient phrase names: contacts first, then the people carers know, then anyone else to reach. */
function recipientsIn(phrase: string, names: ContactNames): Recipient[] {
  const found: (Recipient & { at: number })[] = [];
  // Each name found is blanked with a mark, so it is found once and the words around it stay in place.
  let rest = phrase;
  const take = (match: RegExpMatchArray, recipient: Recipient) => {
    found.push({ ...recipient, at: match.index! });
    rest = rest.slice(0, match.index) + '\uE002'.padEnd(match[0].length, ' ') + rest.slice(match.index! + match[0].length);
  };
  for (const match of phrase.matchAll(names.all)) {
    const contact = names.names.find((name) => name.exact.test(match[0]))?.contact;
    if (contact) take(match, { kind: 'contact', written: match[0].replace(/\s+/g, ' '), id: contact.id });
  }
  for (const match of rest.matchAll(knownPerson)) take(match, { kind: 'known', written: match[0].replace(/\s+/g, ' ') });
  // Anyone else, one item of a list at a time. An item with a name in it describes that person ("their
  // manager within the Fostering Service", "Ofsted, the regulatory authority"), so is not someone new.
  let at = 0;
  for (const item of rest.split(/(\/|\s(?:and|or|nor)\s)/i)) {
    if (!item.includes('\uE002') && someoneToReach.test(item) && !/^(?:\/|\s(?:and|or|nor)\s)$/i.test(item)) {
      found.push({ kind: 'unknown', written: item.trim().replace(/\s+/g, ' ').replace(/^,\s*/, ''), at });
    }
    at += item.length;
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...recipient }) => recipient);
}

function contactNames(contacts: readonly InstructedContact[]): ContactNames {
  const patterns = contacts
    .flatMap((contact) => namePatterns(contact).map((pattern) => ({ contact, source: pattern.source })))
    .sort((a, b) => b.source.length - a.source.length);
  return {
    // A pattern that matches nothing when there are no names.
    all: new RegExp(patterns.map((p) => `(?:${p.source})`).join('|') || '(?!)', 'giu'),
    names: patterns.map(({ contact, source }) => ({ contact, exact: new RegExp(`^(?:${source})$`, 'iu') })),
  };
}

const namesOf = new WeakMap<readonly InstructedContact[], ContactNames>();

/**
 * Every instruction to reach someone in some plain text (a paragraph, a key point, a section of a built
 * page), with whom it names. `linkMark` stands for a link and `contactMark` for a <Contact>: a recipient never
 * runs past either.
 */
export function findInstructions(text: string, contacts: readonly InstructedContact[]): Instruction[] {
  let names = namesOf.get(contacts);
  if (!names) namesOf.set(contacts, (names = contactNames(contacts)));
  const found: Instruction[] = [];
  const add = (index: number, words: string, phrase: string) => {
    const recipients = recipientsIn(phrase, names);
    if (recipients.length > 0) found.push({ index, words: words.replace(/[\s\uE000\uE001]+/g, ' ').trim(), recipients });
  };
  for (const match of text.matchAll(verbPattern)) {
    const verb = verbs[verbMatchers.findIndex((whole) => whole.test(match[0]))];
    let start = match.index + match[0].length;
    // "contact details", "phone calls with": the noun, not the verb.
    if (nounAfter.test(text.slice(start, start + 30))) continue;
    // The sentence before the verb is all that decides it; a bounded look back keeps the rule linear.
    if (!isInstructionContext(text.slice(Math.max(0, match.index - 300), match.index))) continue;
    if (verb.before) {
      const to = verb.towards!.exec(text.slice(start, start + 200));
      // "Report monthly on performance to …" is about a report, not a concern passed on.
      if (!to || (verb.pattern === 'report' && /\son$|\son\s/i.test(to[1]))) continue;
      start += to[0].length;
    }
    const phrase = recipientAfter(text, start, names);
    add(match.index, `${match[0]}${text.slice(match.index + match[0].length, start)} ${phrase}`, phrase);
  }
  for (const match of text.matchAll(passive)) {
    const phrase = recipientAfter(text, match.index + match[0].length - 1, names);
    add(match.index, `${match[0]}${phrase}`, phrase);
  }
  for (const match of text.matchAll(passiveFirst)) {
    const phrase = recipientBefore(text, match.index);
    add(match.index, `${phrase} ${match[0]}`, phrase);
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The contacts the instructions in some text tell carers to reach, in order and once each: what the Key
 * points box, or the glossary page, shows the way to after the text (src/components/ContactWays).
 */
export function contactsReached(text: string, contacts: readonly InstructedContact[]): string[] {
  const ids = findInstructions(text, contacts).flatMap((i) => i.recipients.flatMap((r) => (r.kind === 'contact' ? [r.id!] : [])));
  return [...new Set(ids)];
}

function isJsx(node: Nodes): node is Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }> {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function attribute(node: Nodes, name: string): string | undefined {
  if (!isJsx(node)) return undefined;
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** A paragraph's words as a reader reads them, a link as `linkMark` and a <Contact> as `contactMark`, lines kept. */
function inlineText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  if (node.type === 'link' || node.type === 'linkReference') {
    return `${linkMark}${'\n'.repeat((node.position?.end.line ?? 0) - (node.position?.start.line ?? 0))}`;
  }
  if (isJsx(node) && node.name === 'Contact') return contactMark;
  if ('children' in node) return (node.children as Nodes[]).map(inlineText).join('');
  return '';
}

/** Whether a recipient needs a way in its section, and which contact gives it. */
function needsWay(recipient: Recipient, byId: ReadonlyMap<string, InstructedContact>): boolean {
  if (recipient.kind === 'known') return false;
  if (recipient.kind === 'unknown') return true;
  // A contact the name rule checks is reported by that rule wherever it is named.
  return byId.get(recipient.id!)?.checkMentions === false;
}

const sameHeading = 'in the same section (under the same heading), for example straight after the sentence, so a carer reading only this part can reach them';
const knownNote = `Carers already have the details of ${knownPeopleInWords}; anyone else needs a way to reach them.`;

function quote(words: string): string {
  const short = words.length > 60 ? `${words.slice(0, 57).replace(/\s+\S*$/, '')}…` : words;
  return `"${short}"`;
}

const addContact = 'add them to content/contacts.yaml with the number a source document gives (or, if none does, with a fallback to ring or a meanwhile saying what to do, and the question in content/editorial-log)';
const keyPointFix = `${addContact}: the Key points box then shows how to reach them. ${knownNote}`;
const unknownFix = `${addContact}, then put <Contact id="…" /> ${sameHeading}. ${knownNote}`;

export function instructionProblems(tree: Root, contacts: readonly InstructedContact[], keyPoints?: unknown, keyPointLines: readonly (number | undefined)[] = []): Finding[] {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const problems: Finding[] = [];

  (Array.isArray(keyPoints) ? keyPoints : []).forEach((point: unknown, index) => {
    if (typeof point !== 'string') return;
    for (const instruction of findInstructions(point, contacts)) {
      for (const recipient of instruction.recipients.filter((r) => r.kind === 'unknown')) {
        problems.push({
          line: keyPointLines[index],
          what: `key point ${index + 1} tells carers to contact "${recipient.written}", who is not in content/contacts.yaml, so the Key points box cannot show how to reach them`,
          fix: keyPointFix,
        });
      }
    }
  });

  interface Section {
    found: { line: number; instruction: Instruction; recipient: Recipient }[];
    given: Set<string>;
  }
  const sections: Section[] = [{ found: [], given: new Set() }];
  const visit = (node: Nodes) => {
    if (node.type === 'heading') {
      sections.push({ found: [], given: new Set() });
      return;
    }
    const section = sections.at(-1)!;
    if (isJsx(node) && node.name === 'Contact' && attribute(node, 'show') !== 'hours') {
      const id = attribute(node, 'id');
      if (id) section.given.add(id);
    }
    if (node.type === 'paragraph' || node.type === 'tableCell') {
      const text = inlineText(node);
      const start = node.position?.start.line ?? 1;
      for (const instruction of findInstructions(text, contacts)) {
        const line = start + (text.slice(0, instruction.index).match(/\n/g)?.length ?? 0);
        for (const recipient of instruction.recipients) {
          if (needsWay(recipient, byId)) section.found.push({ line, instruction, recipient });
        }
      }
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);

  for (const section of sections) {
    const reported = new Set<string>();
    for (const { line, instruction, recipient } of section.found) {
      const key = recipient.id ?? recipient.written.toLowerCase();
      if (reported.has(key) || (recipient.id && section.given.has(recipient.id))) continue;
      reported.add(key);
      if (recipient.kind === 'contact') {
        const contact = byId.get(recipient.id!)!;
        problems.push({
          line,
          what: `${quote(instruction.words)} tells carers to contact ${contactInSentence(contact)} without saying how`,
          fix: `add <Contact id="${contact.id}" /> ${sameHeading}. ${knownNote}`,
        });
      } else {
        problems.push({
          line,
          what: `${quote(instruction.words)} tells carers to contact "${recipient.written}", who is not in content/contacts.yaml`,
          fix: unknownFix,
        });
      }
    }
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

