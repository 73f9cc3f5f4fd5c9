/**
 * npm run new: start a new page with valid frontmatter and the headings it needs.
 *
 *   npm run new -- guide "Title" [--source <handbook page id>]
 *   npm run new -- section "Title" --part <part id>
 *   npm run new -- document "Title"
 *   (add --root DIR to write into another copy of the site)
 *
 * Refuses to overwrite a page, or to add a second page with the same title.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { readFrontmatter } from '../src/lib/content/parsePage.ts';
import { closestIds, listInWords } from '../src/lib/content/suggest.ts';
import { documentTemplate, guideTemplate, nextOrder, sectionTemplate } from '../src/lib/scaffold.ts';
import { slugFromTitle } from '../src/lib/slugs.ts';
import { commandLine } from './lib/commandLine.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const usage =
  'Use: npm run new -- guide "Title"   or   npm run new -- section "Title" --part <part id>   or   npm run new -- document "Title"';
const { values, positionals } = commandLine({ root: { type: 'string' }, part: { type: 'string' }, source: { type: 'string' } }, usage, {
  positionals: true,
});
const root = resolve(values.root ?? process.cwd());
const { part, source } = values;
const [kind, title] = positionals;

if (kind !== 'guide' && kind !== 'section' && kind !== 'document')
  fail(`Say what kind of page to make: "guide", "section" or "document". ${usage}`);
if (!title?.trim()) fail(`Give the page a title, in quotes. ${usage}`);

const collection = kind === 'guide' ? 'guides' : kind === 'document' ? 'documents' : 'handbook';
const folder = join(root, 'content', collection);
// Read as the content check reads a page (one split, one YAML reader).
const frontmatterOf = (name: string) => readFrontmatter(root, join('content', collection, name)) ?? {};
const existing = readdirSync(folder)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({ name, data: frontmatterOf(name) }));

const id = slugFromTitle(title);
if (!id) fail(`"${title}" has no letters or numbers to make a file name from. Choose another title.`);
const file = `content/${collection}/${id}.mdx`;
if (existsSync(join(root, file))) fail(`${file} already exists. Edit that page, or choose a different title.`);
const sameTitle = existing.find(
  (page) =>
    String(page.data.title ?? '')
      .trim()
      .toLowerCase() === title.trim().toLowerCase(),
);
if (sameTitle)
  fail(`content/${collection}/${sameTitle.name} already has the title "${title}". Edit that page, or choose a different title.`);

const today = new Date();
let text: string;
if (kind === 'guide') {
  const handbookFolder = join(root, 'content/handbook');
  const sections = readdirSync(handbookFolder)
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => n.replace(/\.mdx$/, ''));
  const sourceId = source ?? closestIds(id, sections, 1)[0];
  if (!sections.includes(sourceId))
    fail(`"${sourceId}" is not a handbook page. Did you mean ${listInWords(closestIds(sourceId, sections))}?`);
  const sourceTitle = String(readFrontmatter(root, `content/handbook/${sourceId}.mdx`)?.title ?? sourceId);
  text = guideTemplate({ title: title.trim(), source: { id: sourceId, title: sourceTitle }, today });
  if (!source)
    console.log(`sources is set to ${sourceId} (the handbook page nearest the title). Change it if the guide summarises another page.`);
} else if (kind === 'document') {
  const orders = existing.map((page) => Number(page.data.order)).filter(Number.isFinite);
  text = documentTemplate({ title: title.trim(), order: nextOrder(orders), today });
} else {
  const parts = (parse(readFileSync(join(root, 'content/parts.yaml'), 'utf8')) as { id: string }[]).map((p) => p.id);
  if (!part) fail(`Say which part of the handbook the section belongs to with --part: one of ${listInWords(parts)}.`);
  if (!parts.includes(part)) fail(`"${part}" is not a part of the handbook. Use one of: ${listInWords(parts)}.`);
  const orders = existing
    .filter((page) => page.data.part === part)
    .map((page) => Number(page.data.order))
    .filter(Number.isFinite);
  text = sectionTemplate({ title: title.trim(), part, order: nextOrder(orders), today });
}
writeFileSync(join(root, file), text);
console.log(
  `Wrote ${file}. Replace each "To be written:" with the real text (the check and the build fail until you do; npm run dev shows the page as you write), then run npm run check.`,
);
