/**
 * Phone numbers and email addresses come from content/contacts.yaml only. A number typed into a page goes
 * stale the day it changes, on that page and nowhere else; <Contact id="…" /> shows the one number kept
 * for everyone, as a tap-to-call link.
 */
import type { Root } from 'mdast';
import type { Finding } from '../problem.ts';
import { placeOf, walk } from '../mdx.ts';
import { decodeAddress } from '../urls.ts';

export interface ContactNumbers {
  id: string;
  phone?: string;
  email?: string;
}

/** A UK phone number however it is spaced or hyphenated: 0 and ten or eleven digits, or +44. */
const ukPhone = /(?<![\d+])(?:\+44\s?(?:\(0\)\s?)?|0)\d(?:[\s-]?\d){8,9}(?![\d])/g;
/** Short numbers (999, 111) only where the text tells the reader to ring them. */
const shortNumber = /\b(?:call|ring|phone|dial|telephone|tel)\b\D{0,12}?\b(\d{3,5})\b/gi;
const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

const digits = (text: string) => text.replace(/\D/g, '').replace(/^44/, '0');

function lineWithin(text: string, index: number, start: number): number {
  return start + (text.slice(0, index).match(/\n/g)?.length ?? 0);
}

export function typedContactProblems(tree: Root, contacts: readonly ContactNumbers[]): Finding[] {
  const byDigits = new Map(contacts.filter((c) => c.phone).map((c) => [digits(c.phone!), c]));
  const byEmail = new Map(contacts.filter((c) => c.email).map((c) => [c.email!.toLowerCase(), c]));
  const problems: Finding[] = [];
  const reported = new Set<string>();
  const report = (found: string, kind: 'phone' | 'email', line: number, column: number) => {
    // A mailto: link whose text is the address is one typed address, not two.
    const key = `${line}:${kind === 'phone' ? digits(found) : found.toLowerCase()}`;
    if (reported.has(key)) return;
    reported.add(key);
    const contact = kind === 'phone' ? byDigits.get(digits(found)) : byEmail.get(found.toLowerCase());
    const use = contact ? `<Contact id="${contact.id}"${kind === 'email' ? ' show="email"' : ''} />` : undefined;
    problems.push({
      line,
      column,
      what: `the ${kind === 'phone' ? 'phone number' : 'email address'} ${found} is typed into the page`,
      fix: use
        ? `write ${use} instead, so the ${kind === 'phone' ? 'number' : 'address'} is kept in one place (content/contacts.yaml) and is a link readers can tap.`
        : `add it to content/contacts.yaml as a contact (with where it comes from), then write <Contact id="…" /> here.`,
    });
  };
  walk(tree, (node) => {
    const place = placeOf(node);
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      const text = node.value;
      for (const match of text.matchAll(ukPhone)) report(match[0], 'phone', lineWithin(text, match.index, place.line), place.column);
      for (const match of text.matchAll(shortNumber)) {
        if (byDigits.has(match[1])) report(match[1], 'phone', lineWithin(text, match.index, place.line), place.column);
      }
      for (const match of text.matchAll(email)) report(match[0], 'email', lineWithin(text, match.index, place.line), place.column);
    }
    if (node.type === 'link' || node.type === 'definition') {
      const url = node.url.trim();
      if (/^tel:/i.test(url)) report(decodeAddress(url.slice(4)), 'phone', place.line, place.column);
      if (/^mailto:/i.test(url)) report(decodeAddress(url.slice(7)).split('?')[0], 'email', place.line, place.column);
    }
  });
  return problems;
}
