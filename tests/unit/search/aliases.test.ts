import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { aliasesFor, glossaryRules, synonymRules, type GlossaryEntry, type SynonymEntry } from '../../../src/lib/search/aliases.ts';
import { contentTypes } from '../../../src/lib/routes.ts';
import { contactViews } from '../../../src/lib/contacts.ts';
import { parseMdx } from '../../../src/lib/content/mdx.ts';
import { mdxRenderedText } from '../../../src/lib/search/renderedText.ts';

const page = (title: string, summary: string, body: string) => ({ title, summary, body });

test('a page that says the handbook’s words is found by the carers’ words, strongest where it says them', () => {
  const rules = synonymRules([{ pagesSay: ['short stays'], carersSay: ['respite', 'short break'] }]);
  assert.deepEqual(aliasesFor(page('Short stays', '', ''), rules), [
    { words: 'respite', strength: 3 },
    { words: 'short break', strength: 3 },
  ]);
  assert.deepEqual(
    aliasesFor(page('Money', 'Includes short stays.', ''), rules).map((a) => a.strength),
    [2, 2],
  );
  assert.deepEqual(
    aliasesFor(page('Money', '', 'Ask about Short-Stays.'), rules).map((a) => a.strength),
    [1, 1],
  );
  assert.deepEqual(aliasesFor(page('Money', '', 'Shorts stay in the drawer.'), rules), []);
});

test('words the page already uses are not added again, and plurals count as mentions', () => {
  const rules = synonymRules([{ pagesSay: ['One Minute Guide'], carersSay: ['OMG', 'guide summary'] }]);
  assert.deepEqual(
    aliasesFor(page('', '', 'Read the One Minute guides and the OMG list.'), rules).map((a) => a.words),
    ['guide summary'],
  );
});

test('glossary: acronyms and expansions find each other; other names only follow the term', () => {
  const glossary: GlossaryEntry[] = [
    { term: 'SSW', expansion: 'Supervising Social Worker', alsoKnownAs: ['link worker'] },
    { term: 'Family time', alsoKnownAs: ['contact'] },
  ];
  const rules = glossaryRules(glossary);
  assert.deepEqual(
    aliasesFor(page('', '', 'Your supervising social worker visits.'), rules).map((a) => a.words),
    ['link worker', 'SSW'],
  );
  assert.deepEqual(
    aliasesFor(page('', '', 'Ask your SSW.'), rules).map((a) => a.words),
    ['link worker', 'Supervising Social Worker'],
  );
  assert.deepEqual(
    aliasesFor(page('', '', 'Family time is planned.'), rules).map((a) => a.words),
    ['contact'],
  );
  assert.deepEqual(aliasesFor(page('', '', 'Keep in contact.'), rules), [], 'an ordinary word does not tag a page');
});

test('acronyms match only in capitals, so ordinary words (keep, rise, pace) do not tag pages', () => {
  const rules = glossaryRules([{ term: 'KEEP', expansion: 'Keeping foster carers supported', alsoKnownAs: [] }]);
  assert.deepEqual(aliasesFor(page('', '', 'Keep records safe.'), rules), []);
  assert.equal(aliasesFor(page('', '', 'The KEEP course.'), rules).length, 1);
});

test('content: every synonym entry finds at least one page, so none is dead weight', () => {
  const root = process.cwd();
  const synonyms = parse(readFileSync(join(root, 'content/synonyms.yaml'), 'utf8')) as (SynonymEntry & { id: string })[];
  const contacts = contactViews(parse(readFileSync(join(root, 'content/contacts.yaml'), 'utf8')));
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const pages = contentTypes.flatMap((folder) =>
    readdirSync(join(root, 'content', folder))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const source = readFileSync(join(root, 'content', folder, name), 'utf8');
        const [, frontmatter = '', body = source] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
        const title = /^title:\s*(.+)$/m.exec(frontmatter)?.[1] ?? '';
        return page(title, '', `${frontmatter}\n${mdxRenderedText(parseMdx(body), byId)}`);
      }),
  );
  const dead = synonyms.filter((entry) => !pages.some((p) => aliasesFor(p, synonymRules([entry])).length > 0)).map((e) => e.id);
  assert.deepEqual(dead, [], 'these synonym entries match no page: check their pagesSay words');
});
