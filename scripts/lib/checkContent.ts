/**
 * The content check: reads every content file under `root` and applies every rule, returning all the
 * problems at once. The rules themselves are pure functions in src/lib/ (shared with the build); this
 * module only reads files and puts file names and lines on what the rules find.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq } from 'yaml';
import type { Root } from 'mdast';
import type { ZodType } from 'astro/zod';
import { bodyProblems, headingAnchors, type SiteLinks } from '../../src/lib/bodyRules.ts';
import { contactMentionProblems, type MentionedContact } from '../../src/lib/contactMentions.ts';
import { isGoodFileName, repeats, slugFromTitle } from '../../src/lib/duplicates.ts';
import { checkFrontmatter } from '../../src/lib/frontmatterCheck.ts';
import { pageSchemas } from '../../src/lib/frontmatterSchema.ts';
import { guideStructureProblems } from '../../src/lib/guideStructure.ts';
import { mdxSyntaxError, parseMdx, splitPage } from '../../src/lib/mdxSource.ts';
import { inFile, splitMessage, type LineProblem, type Problem } from '../../src/lib/problems.ts';
import { overdueMessage, type ReviewDates } from '../../src/lib/reviewCycle.ts';
import { placeholderMark } from '../../src/lib/scaffold.ts';

export const pageCollections = ['handbook', 'guides', 'documents'] as const;
export type PageCollection = (typeof pageCollections)[number];

interface YamlEntry {
  file: string;
  line: number;
  data: Record<string, unknown>;
}

/** The entries of a YAML list file, each with its line, plus any problem reading it. */
function readYamlList(root: string, name: string): { entries: YamlEntry[]; problems: Problem[] } {
  const file = `content/${name}`;
  const path = join(root, file);
  if (!existsSync(path)) return { entries: [], problems: [] };
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(path, 'utf8'), { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  if (document.errors.length > 0) {
    return {
      entries: [],
      problems: document.errors.map((error) => ({
        file,
        line: lineAt(error.pos[0]),
        severity: 'error',
        what: `${name} cannot be read (${error.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '')})`,
        fix: 'check the indentation (spaces, not tabs), that every entry starts with "- " and that text containing ": " is in quotes.',
      })),
    };
  }
  const entries = isSeq(document.contents)
    ? document.contents.items.filter(isMap).map((item) => ({ file, line: lineAt(item.range?.[0] ?? 0), data: item.toJSON() as Record<string, unknown> }))
    : [];
  return { entries, problems: [] };
}

function yamlListProblems(name: string, entries: readonly YamlEntry[]): Problem[] {
  return repeats(entries, (e) => String(e.data.id ?? '')).map(({ item, first }) => ({
    file: item.file,
    line: item.line,
    severity: 'error',
    what: `the id "${item.data.id}" is used twice in ${name} (first on line ${first.line})`,
    fix: 'every id must be different: the second entry would silently replace the first. Merge the two entries or give this one its own id.',
  }));
}

function glossaryProblems(entries: readonly YamlEntry[]): Problem[] {
  return repeats(
    entries.filter((e) => typeof e.data.term === 'string'),
    (e) => String(e.data.term),
  ).map(({ item, first }) => ({
    file: item.file,
    line: item.line,
    severity: 'error',
    what: `the term "${item.data.term}" is defined twice in the glossary (first on line ${first.line})`,
    fix: 'keep one definition: merge the two into the first entry and delete this one. Put other names for the term in alsoKnownAs.',
  }));
}

/** Every page's address in the site, from src/pages: the fixed pages, plus a page per content file. */
function fixedPages(root: string): string[] {
  const pagesDir = join(root, 'src/pages');
  if (!existsSync(pagesDir)) return ['/'];
  const urls: string[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (/\.(astro|md|mdx)$/.test(name) && !name.includes('[')) {
        const route = relative(pagesDir, path).replace(/\.(astro|md|mdx)$/, '').replace(/(^|\/)index$/, '');
        if (route !== '404') urls.push(route === '' ? '/' : `/${route}/`);
      }
    }
  };
  visit(pagesDir);
  return urls;
}

interface Page {
  collection: PageCollection;
  id: string;
  file: string;
  source: ReturnType<typeof splitPage>;
  tree?: Root;
  data?: { title: string } & ReviewDates;
  fieldLines: Map<string, number>;
}

export function checkContent(root: string, today: Date = new Date()): Problem[] {
  const problems: Problem[] = [];
  const standards = readYamlList(root, 'standards.yaml');
  const parts = readYamlList(root, 'parts.yaml');
  const glossary = readYamlList(root, 'glossary.yaml');
  const contacts = readYamlList(root, 'contacts.yaml');
  for (const [name, list] of Object.entries({ 'standards.yaml': standards, 'parts.yaml': parts, 'glossary.yaml': glossary, 'contacts.yaml': contacts })) {
    problems.push(...list.problems, ...yamlListProblems(name, list.entries));
  }
  problems.push(...glossaryProblems(glossary.entries));
  const ids = (list: { entries: YamlEntry[] }) => list.entries.map((e) => String(e.data.id));
  const contactIds = ids(contacts);

  const files = pageCollections.flatMap((collection) => {
    const dir = join(root, 'content', collection);
    return existsSync(dir) ? readdirSync(dir).map((name) => ({ collection, name, file: `content/${collection}/${name}` })) : [];
  });
  const goodNames = new Set(files.map((f) => `${f.collection}/${f.name}`));
  for (const { collection, name, file } of files) {
    if (/\.mdx$/i.test(name) && !isGoodFileName(name)) {
      const better = `${slugFromTitle(name.replace(/\.mdx$/i, ''))}.mdx`;
      problems.push({
        file,
        line: 1,
        severity: 'error',
        what: `the file name "${name}" is not lower-case words joined by hyphens`,
        fix: goodNames.has(`${collection}/${better}`)
          ? `it would have the same address as content/${collection}/${better}, and two pages cannot share an address. Merge the two pages, or give this one a different name.`
          : `rename the file ${better}: the file name becomes the page's address.`,
      });
    } else if (!/\.mdx$/i.test(name)) {
      problems.push({
        file,
        line: 1,
        severity: 'error',
        what: `"${name}" is not an .mdx file, so it would not be published`,
        fix: 'pages are .mdx files: rename it to end in .mdx, or move it out of the content folder.',
      });
    }
  }
  const pageFiles = files.filter((f) => /\.mdx$/i.test(f.name));

  const handbookIds = pageFiles.filter((f) => f.collection === 'handbook').map((f) => f.name.replace(/\.mdx$/i, ''));
  const schemas = pageSchemas({ standardIds: ids(standards), partIds: ids(parts), handbookIds }, () => today);

  const pages: Page[] = pageFiles.map(({ collection, name, file }) => {
    const source = splitPage(readFileSync(join(root, file), 'utf8'));
    const page: Page = { collection, id: name.replace(/\.mdx$/i, ''), file, source, fieldLines: new Map() };
    if (!source.hasFrontmatter) {
      problems.push({
        file,
        line: 1,
        severity: 'error',
        what: 'the page has no frontmatter',
        fix: 'the file must start with a line of three hyphens (---), then the fields (title, summary, reviewed…), then another --- line. Copy the top of a similar page, or start with npm run new.',
      });
    } else {
      const result = checkFrontmatter(source.frontmatter, source.frontmatterLine, schemas[collection] as ZodType<unknown>, schemas.fieldNames[collection]);
      problems.push(...inFile(file, result.problems));
      page.fieldLines = result.fieldLines;
      page.data = result.data as Page['data'];
    }
    try {
      page.tree = parseMdx(source.body);
    } catch (error) {
      const { line, reason } = mdxSyntaxError(error);
      problems.push({
        file,
        line: line + source.bodyLine - 1,
        severity: 'error',
        what: `the page cannot be read as MDX (${reason})`,
        fix: 'check that every <Note>, <Important> or <Contact> is closed (</Note>, or /> at the end of <Contact … />), that < and { are not used on their own in text (write "less than", or \\{), and that blank lines surround <Note> and </Note>.',
      });
    }
    return page;
  });

  for (const collection of pageCollections) {
    const titled = pages.filter((p) => p.collection === collection && p.data).map((p) => ({ ...p, line: p.fieldLines.get('title') ?? 1 }));
    // Either page may be the new one, so both are named: each message points at the other.
    for (const { item, first } of repeats(titled, (p) => p.data!.title)) {
      for (const [here, there] of [[item, first], [first, item]]) {
        problems.push({
          file: here.file,
          line: here.line,
          severity: 'error',
          what: `the title "${here.data!.title}" is also the title of ${there.file}`,
          fix: 'every page needs its own title, so readers can tell pages apart in search results and lists. Change one of the titles, or merge the two pages.',
        });
      }
    }
  }

  const site: SiteLinks = {
    pages: new Map<string, ReadonlySet<string> | null>([
      ...fixedPages(root).map((url) => [url, url === '/contents/' ? new Set(ids(parts)) : null] as const),
      ...ids(standards).map((id) => [`/standards/${id}/`, null] as const),
      ...pages.map((p) => [`/${p.collection}/${p.id}/`, p.tree ? headingAnchors(p.tree) : null] as const),
    ]),
  };

  for (const page of pages) {
    const offset = page.source.bodyLine - 1;
    if (page.tree) problems.push(...inFile(page.file, bodyProblems(page.tree, site, contactIds, offset)));
    if (page.tree) problems.push(...inFile(page.file, contactMentionProblems(page.tree, contacts.entries.map((e) => e.data as unknown as MentionedContact), offset)));
    if (page.tree && page.collection === 'guides') {
      const guideProblems: LineProblem[] = guideStructureProblems(page.source.body).map(({ line, message }) => ({ line: line + offset, ...splitMessage(message) }));
      problems.push(...inFile(page.file, guideProblems));
    }
    if (page.data) {
      const overdue = overdueMessage(page.data, today);
      if (overdue) {
        problems.push({ file: page.file, line: page.fieldLines.get('reviewed') ?? 1, severity: 'warning', what: 'this page is due for review', fix: overdue });
      }
    }
    const placeholder = `${page.source.frontmatter}\n${page.source.body}`.split('\n').findIndex((l) => l.includes(placeholderMark));
    if (placeholder !== -1) {
      const line = placeholder < page.source.frontmatter.split('\n').length ? placeholder + page.source.frontmatterLine : placeholder - page.source.frontmatter.split('\n').length + page.source.bodyLine;
      problems.push({
        file: page.file,
        line,
        severity: 'warning',
        what: `the page still has "${placeholderMark}" text from npm run new`,
        fix: `replace every "${placeholderMark}" with the real text before the page is published.`,
      });
    }
  }
  return problems;
}
