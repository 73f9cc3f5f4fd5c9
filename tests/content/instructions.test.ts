/**
 * No dead ends on the built site: on every page, each instruction to contact someone (a team, a service,
 * an office holder, the police) has a way to reach them in its section, as the reader sees it: a tap-to-
 * call or email link for them, or the sentence saying the handbook has no number yet followed by what to
 * do instead. Only the carer's supervising social worker and the child's social worker need nothing:
 * carers have their details.
 *
 * The content rule (src/lib/content/rules/instructions.ts) checks the page files with the same reading
 * of an instruction; this checks what was built from them, so a <Contact> that rendered nothing, a key
 * point whose way the Key points box did not show, or a definition on the glossary page is caught too.
 * A section is the text under one heading (h2 to h6) up to the next; the Key points box is one. The
 * page's lead (its summary, which says what the page covers) and the site's navigation are not read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { findInstructions, linkMark, type InstructedContact } from '../../src/lib/content/rules/instructions.ts';
import { contactInSentence, telHref } from '../../src/lib/contacts.ts';
import { builtPages, decodeEntities, mainOf, normalise, plainText, readPage } from '../../scripts/lib/builtSite.ts';
import { repoRoot } from './site.ts';

const contacts = parseYaml(readFileSync(join(repoRoot, 'content/contacts.yaml'), 'utf8')) as (InstructedContact & { email?: string; web?: string })[];
const byId = new Map(contacts.map((c) => [c.id, c]));

/** The parts of a page the reader reads as text, without the site's navigation, the lead or hidden data. */
function readableMain(html: string): string {
  return mainOf(html)
    .replace(/<(script|style|template|nav)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<div hidden[\s\S]*?<\/div>/gi, ' ')
    .replace(/<p class="lead"[^>]*>[\s\S]*?<\/p>/gi, ' ')
    .replace(/<span class="visually-hidden">[^<]*<\/span>/g, '');
}

interface Section {
  heading: string;
  html: string;
}

/** The page in sections: the Key points box, then each heading with what follows it. */
function sections(html: string): Section[] {
  const found: Section[] = [];
  const rest = html.replace(/<section class="key-points"[\s\S]*?<\/section>/, (box) => {
    found.push({ heading: 'Key points', html: box });
    return ' ';
  });
  const parts = rest.split(/(?=<h[1-6]\b)/i);
  for (const part of parts) {
    const heading = /^<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]>/i.exec(part)?.[1] ?? '';
    found.push({ heading: normalise(decodeEntities(heading.replace(/<[^>]+>/g, ''))), html: part });
  }
  return found;
}

/**
 * A section's words as the rule reads them: a link that goes somewhere is `linkMark` (a recipient never
 * runs past it, and a name in a link takes the reader on), but a glossary term is read as its word.
 */
function sectionText(html: string): string {
  return decodeEntities(
    html
      .replace(/<a\b[^>]*class="glossary-term"[^>]*>([\s\S]*?)<\/a>/gi, '$1')
      .replace(/<a\b[\s\S]*?<\/a>/gi, linkMark)
      .replace(/<br\s*\/?>|<\/(p|li|h[1-6]|dt|dd|td|th|div|section)>/gi, '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*/g, '\n');
}

/** Whether a section shows the way to a contact: its number or email as a link, or the sentence saying it has none. */
function showsWay(section: Section, contact: InstructedContact & { email?: string; web?: string }): boolean {
  if (contact.phone && section.html.includes(`href="${telHref(contact.phone)}"`)) return true;
  if (contact.email && section.html.includes(`href="mailto:${contact.email}"`)) return true;
  if (!contact.phone) {
    const text = plainText(section.html);
    return text.includes(normalise(`This handbook does not yet give a number for ${contactInSentence(contact)}.`));
  }
  return false;
}

test('every instruction to contact someone, on every built page, has a way to reach them in its section', () => {
  const pages = builtPages();
  assert.ok(pages.length > 100, `only ${pages.length} pages built`);
  const deadEnds: string[] = [];
  let instructions = 0;
  for (const { path, file } of pages) {
    for (const section of sections(readableMain(readPage(file)))) {
      for (const paragraph of sectionText(section.html).split('\n')) {
        for (const instruction of findInstructions(paragraph, contacts)) {
          for (const recipient of instruction.recipients) {
            if (recipient.kind === 'known') continue;
            instructions += 1;
            const contact = recipient.id ? byId.get(recipient.id)! : undefined;
            if (contact && showsWay(section, contact)) continue;
            deadEnds.push(`${path} (${section.heading || 'opening'}): "${instruction.words}" - ${contact ? `no way to reach ${contact.id} here` : `"${recipient.written}" is not in contacts.yaml`}`);
          }
        }
      }
    }
  }
  assert.ok(instructions > 100, `only ${instructions} instructions to contact someone were found: the reading of the pages is broken`);
  assert.deepEqual(deadEnds, []);
});

test('the pages the issue named give the way: 999 for immediate danger on the urgent safeguarding pages, and each service’s number', () => {
  const page = (path: string) => readPage(builtPages().find((p) => p.path === path)!.file);
  const cce = page('/handbook/child-criminal-exploitation-and-county-lines/');
  assert.ok(cce.includes('href="tel:999"'), 'CCE: 999');
  assert.ok(cce.includes('This handbook does not yet give a number for Children’s Social Care.'), 'CCE: Children’s Social Care has no number, and says what to do');
  const events = page('/handbook/significant-events-and-notifications/');
  for (const phone of ['999', '07958 337681', '024 7683 2828']) assert.ok(events.includes(`href="${telHref(phone)}"`), `significant events: ${phone}`);
  for (const path of ['/handbook/bullying/', '/handbook/foster-care-agreement/']) assert.ok(page(path).includes(`href="${telHref('024 7683 2828')}"`), `${path}: the Fostering Service`);
  const complaints = page('/handbook/complaints-and-whistleblowing/');
  for (const name of ['the Children’s Commissioner for England', 'the support organisations that advise on whistleblowing', 'the prescribed external bodies']) {
    assert.ok(complaints.includes(`This handbook does not yet give a number for ${name}.`), `complaints: ${name}`);
  }
});

test('the reading of a built page finds the instructions in its sections (so the test above tests something)', () => {
  const html = '<main><h2>What to do</h2><p>Report it to the <a href="/glossary/#x" class="glossary-term">Fostering Service</a>.</p><h2>Next</h2><p>Ring <a class="contact-link" href="tel:02476832828">024 7683 2828</a>.</p></main>';
  const [, first, second] = sections(readableMain(html));
  assert.equal(first.heading, 'What to do');
  assert.deepEqual(
    findInstructions(sectionText(first.html), contacts).flatMap((i) => i.recipients.map((r) => r.id)),
    ['fostering-service'],
  );
  assert.equal(showsWay(first, byId.get('fostering-service')!), false);
  assert.equal(showsWay(second, byId.get('fostering-service')!), true);
});
