/**
 * Phone numbers and email addresses come from content/contacts.yaml only. A number typed into a page goes
 * stale the day it changes, on that page and nowhere else; <Contact id="…" /> shows the one number kept
 * for everyone, as a tap-to-call link.
 *
 * Numbers and addresses are found as a reader would read them, not as they are typed: the text is first
 * put in its plain form (disguise.ts: Unicode normalisation, digits of every script as 0-9, invisible
 * characters removed, any dash or space alike), then read in the usual written forms: brackets round the
 * area code, +44 or 0044 for the 0, dots, dashes or spaces between groups, a letter O for a zero or l
 * for a one between digits, and "at" and "dot" in words or brackets. Every pattern has a bounded length,
 * so the rule takes time in proportion to the page.
 */
import type { Nodes, Root } from 'mdast';
import type { Finding } from '../problem.ts';
import { placeOf, walk } from '../mdx.ts';
import { decodeAddress } from '../urls.ts';
import { joinMapped, plainForm, replaceMapped, type MappedText } from '../disguise.ts';

export interface ContactNumbers {
  id: string;
  phone?: string;
  email?: string;
}

/** Digits as dialled in the UK: +44 and 0044 become 0, and "(0)" after them is dropped. */
export function dialledDigits(text: string): string {
  const digits = text.replace(/\D/g, '');
  const international = /^\s*(?:\+|00)\s*44/.test(text) ? digits.replace(/^(?:00)?44/, '') : undefined;
  if (international === undefined) return digits;
  return `0${international.replace(/^0/, '')}`;
}

/**
 * A phone number in its plain form: 0 (or +44 / 0044, with an optional 0) and ten digits in all, groups
 * split by any spaces, dots, dashes, slashes, brackets, commas, colons or underscores (each a space first).
 * No part can match text in more than one way, so it is linear however long the runs of spaces are.
 */
const ukPhone = /(?<![\d+])(?:(?:\+|00) *44 *(?:0 *)?|0 *)\d(?: *\d){8,9}(?!\d)/g;
/** Short numbers (999, 111) only where the text tells the reader to ring them. */
const shortNumber = /\b(?:call|ring|phone|dial|telephone|tel)\b\D{0,12}?\b(\d{3,5})\b/gi;

/**
 * The phone view of plain text: separators as spaces; a letter O as 0, and l or I as 1, where a digit is
 * next to it (or next but one, across a separator), so "O7700 900123" reads as a number and "Oak" does not.
 */
function phoneView(text: string): string {
  const separated = text.replace(/[.\-/()\s,:;_·•‧。]/g, ' ');
  const isDigit = (index: number) => {
    const code = separated.charCodeAt(index);
    return code >= 48 && code <= 57;
  };
  let view = '';
  for (let i = 0; i < separated.length; i++) {
    const char = separated[i]!;
    const nearDigit = isDigit(i - 1) || isDigit(i + 1) || (separated[i - 1] === ' ' && isDigit(i - 2)) || (separated[i + 1] === ' ' && isDigit(i + 2));
    if (/[Oo]/.test(char) && nearDigit) view += '0';
    else if (/[lI|]/.test(char) && nearDigit) view += '1';
    else view += char;
  }
  return view;
}

/**
 * The email view of plain text: "[at]", "(at)", " at " and an @ with spaces or a line break round it as
 * @; "[dot]", "(dot)", " dot ", " period " and an ideographic full stop as a full stop.
 */
function emailView(text: MappedText): MappedText {
  let view = replaceMapped(text, /。/g, '.');
  view = replaceMapped(view, /(?<=[A-Za-z0-9])\s*[[({<]\s*(?:at|@)\s*[\])}>]\s*(?=[A-Za-z0-9])/gi, '@');
  view = replaceMapped(view, /(?<=[A-Za-z0-9])\s*[[({<]\s*(?:dot|period|\.)\s*[\])}>]\s*(?=[A-Za-z0-9])/gi, '.');
  view = replaceMapped(view, /(?<=[A-Za-z0-9])\s+(?:at|@)\s+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])@\s+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])\s+@(?=[A-Za-z0-9])/gi, '@');
  return replaceMapped(view, /(?<=[A-Za-z0-9])\s+(?:dot|period|full stop)\s+(?=[A-Za-z0-9])/gi, '.');
}

const numberWords: Record<string, string> = { zero: '0', oh: '0', nought: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };

/** Digits written as words ("oh seven nine five eight…") as the digits a reader would dial. */
function spelledDigits(text: MappedText): MappedText {
  return replaceMapped(text, /\b(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)\b/gi, (word) => numberWords[word.toLowerCase()]!);
}

const localChar = /[A-Za-z0-9._%+-]/;
const domainChar = /[A-Za-z0-9.-]/;

/** Each email address in the text: found from its @, reaching at most an address's length either side. */
function emailsIn(text: string): { index: number; address: string }[] {
  const found: { index: number; address: string }[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && localChar.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && end - at < 254 && domainChar.test(text[end]!)) end++;
    const address = text.slice(start, end).replace(/[.-]+$/, '');
    if (start < at && /@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/.test(address)) found.push({ index: start, address });
  }
  return found;
}

/** A reporter of typed numbers and addresses, each reported once per line, naming the <Contact> to use. */
function reporter(contacts: readonly ContactNumbers[], { shortNumbers = true } = {}) {
  const byDigits = new Map(contacts.filter((c) => c.phone).map((c) => [dialledDigits(c.phone!), c]));
  const byEmail = new Map(contacts.filter((c) => c.email).map((c) => [c.email!.toLowerCase(), c]));
  const problems: Finding[] = [];
  const reported = new Set<string>();
  const report = (found: string, kind: 'phone' | 'email', line: number, column: number | undefined) => {
    // A mailto: link whose text is the address is one typed address, not two.
    const key = `${line}:${kind === 'phone' ? dialledDigits(found) : found.toLowerCase()}`;
    if (reported.has(key)) return;
    reported.add(key);
    const contact = kind === 'phone' ? byDigits.get(dialledDigits(found)) : byEmail.get(found.toLowerCase());
    const use = contact ? `<Contact id="${contact.id}"${kind === 'email' ? ' show="email"' : ''} />` : undefined;
    problems.push({
      line,
      column,
      what: `the ${kind === 'phone' ? 'phone number' : 'email address'} ${found.trim().replace(/\s+/g, ' ')} is typed into the page`,
      fix: use
        ? `write ${use} instead, so the ${kind === 'phone' ? 'number' : 'address'} is kept in one place (content/contacts.yaml) and is a link readers can tap.`
        : `add it to content/contacts.yaml as a contact (with where it comes from), then write <Contact id="…" /> here.`,
    });
  };
  const readText = (plain: MappedText, column: number | undefined) => {
    // Text with no digit holds no number (phoneView reads a letter as a digit only beside a digit).
    const phones = /\d/.test(plain.text) ? phoneView(plain.text) : '';
    for (const match of phones.matchAll(ukPhone)) report(match[0], 'phone', plain.lines[match.index]!, column);
    const spelled = spelledDigits(plain);
    if (spelled.text !== plain.text) {
      const view = phoneView(spelled.text);
      for (const match of view.matchAll(ukPhone)) report(match[0], 'phone', spelled.lines[match.index]!, column);
    }
    for (const match of shortNumbers ? phones.matchAll(shortNumber) : []) {
      if (byDigits.has(match[1]!)) report(match[1]!, 'phone', plain.lines[match.index]!, column);
    }
    const emails = emailView(plain);
    for (const { index, address } of emailsIn(emails.text)) report(address, 'email', emails.lines[index]!, column);
  };
  return { problems, report, readText };
}

/**
 * Numbers and addresses typed into text outside the page body: a title, a summary, a key point, a
 * change note, a glossary definition. Each string at its line; there is no <Contact> in such text, so
 * the fix is to leave the number to the page (or to the contact's card).
 */
export function typedContactValueProblems(value: unknown, contacts: readonly ContactNumbers[], lineOf: (path: readonly PropertyKey[]) => number | undefined): Finding[] {
  // "Call NHS 111" is how a key point or a definition names a service; the site shows its way beside it
  // (src/components/ContactWays). Full numbers and addresses are what may not be typed.
  const { problems, readText } = reporter(contacts, { shortNumbers: false });
  const visit = (item: unknown, path: (string | number)[]) => {
    if (typeof item === 'string') readText(plainForm(item, lineOf(path) ?? 1), undefined);
    else if (Array.isArray(item)) item.forEach((child, index) => visit(child, [...path, index]));
    else if (item && typeof item === 'object') for (const [key, child] of Object.entries(item)) visit(child, [...path, key]);
  };
  visit(value, []);
  return problems.map((problem) => ({ ...problem, what: problem.what.replace('is typed into the page', 'is typed into this field'), fix: problem.fix.startsWith('write <Contact') ? `remove it: fields cannot hold <Contact>, so write the number in the page as ${/<Contact[^>]*>/.exec(problem.fix)![0]}, where readers can tap it.` : problem.fix }));
}

export function typedContactProblems(tree: Root, contacts: readonly ContactNumbers[]): Finding[] {
  const { problems, report, readText } = reporter(contacts);
  // The text of a paragraph, heading or table cell is read as one, across links and emphasis: a reader
  // sees "CSC<link>Fostering@…</link>" as one address.
  // A table row is read as one line, as a reader reads it; pictures' descriptions and links' titles too.
  const blocks = new Set(['paragraph', 'heading', 'tableRow']);
  const leaves = (node: Nodes): MappedText[] => {
    if (node.type === 'text' || node.type === 'inlineCode') return [plainForm(node.value, placeOf(node).line)];
    const extra = [node.type === 'image' ? node.alt : undefined, 'title' in node ? node.title : undefined].filter((t): t is string => typeof t === 'string' && t !== '');
    const own = extra.map((t) => plainForm(` ${t} `, placeOf(node).line));
    const children = 'children' in node ? (node.children as Nodes[]).flatMap((child, index) => (node.type === 'tableRow' && index > 0 ? [plainForm(' ', placeOf(child).line), ...leaves(child)] : leaves(child))) : [];
    return [...own, ...children];
  };
  const visit = (node: Nodes) => {
    if (blocks.has(node.type)) readText(joinMapped(leaves(node)), placeOf(node).column);
    else if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') readText(plainForm(node.value, placeOf(node).line), placeOf(node).column);
    else if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  walk(tree, (node) => {
    const place = placeOf(node);
    if (node.type === 'link' || node.type === 'definition') {
      const url = plainForm(node.url, place.line).text.trim();
      if (/^tel:/i.test(url)) report(decodeAddress(url.slice(4)), 'phone', place.line, place.column);
      if (/^mailto:/i.test(url)) report(decodeAddress(url.slice(7)).split('?')[0]!, 'email', place.line, place.column);
    }
  });
  return problems;
}
