/**
 * Rules for the body of a page: headings, links, images and the MDX that may appear in it. Each rule is
 * a pure function of the parsed page (see mdxSource.ts) and what the site contains, returning problems
 * with the line in the file, what is wrong and how to put it right.
 */
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { Heading, Link, Nodes, Root } from 'mdast';
import type { LineProblem } from './problems.ts';
import { closestIds, listInWords } from './suggest.ts';

/** The components authors may use in MDX (src/components/mdxComponents.ts), without importing them. */
export const authorComponents = ['Contact', 'Important', 'Note'] as const;

/** Where the site's own components live: the only thing an MDX page may import. */
const ownComponents = /^(\.\.\/)+src\/components\/[A-Za-z]+\/[A-Za-z]+\.astro$|^~\/components\//;

/** Link text that says nothing about where it goes, for people who move from link to link. */
export const vagueLinkText = new Set([
  'here',
  'click here',
  'click',
  'this',
  'this page',
  'this link',
  'link',
  'read more',
  'more',
  'more info',
  'more information',
  'find out more here',
  'website',
]);

/** Every pair of a node and its line in the file (lines count from the start of the parsed text). */
function walk(node: Nodes, visit: (node: Nodes) => void) {
  visit(node);
  if ('children' in node) for (const child of node.children as Nodes[]) walk(child, visit);
}

function lineOf(node: Nodes, offset: number): number {
  return (node.position?.start.line ?? 1) + offset;
}

/** The anchors (#ids) the build gives a page's headings: the same slugs Astro makes, in order. */
export function headingAnchors(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  walk(tree, (node) => {
    if (node.type === 'heading') anchors.add(slugger.slug(toString(node)));
  });
  return anchors;
}

/** h1 in the body (the page title is the h1) and levels that skip (h2 straight to h4). */
export function headingProblems(tree: Root, offset = 0): LineProblem[] {
  const problems: LineProblem[] = [];
  let previous = 1;
  walk(tree, (node) => {
    if (node.type !== 'heading') return;
    const heading = node as Heading;
    const text = toString(heading);
    if (heading.depth === 1) {
      problems.push({
        line: lineOf(node, offset),
        what: `"# ${text}" is a top-level heading (h1) in the page body`,
        fix: 'the page title is the only h1 and comes from title: in the frontmatter. Use ## for a main heading.',
      });
    } else if (heading.depth > previous + 1) {
      problems.push({
        line: lineOf(node, offset),
        what: `the heading "${text}" jumps from level ${previous} to level ${heading.depth} (${'#'.repeat(heading.depth)})`,
        fix: `use ${'#'.repeat(previous + 1)} for this heading, so no level is skipped; screen-reader users move around a page by its heading levels.`,
      });
    }
    previous = heading.depth;
  });
  return problems;
}

/** What a link may point at inside the site: each page's address and, where known, its anchors. */
export interface SiteLinks {
  /** Page address (with trailing slash) -> its heading anchors, or null when anchors are not checked. */
  pages: ReadonlyMap<string, ReadonlySet<string> | null>;
}

function linkTextProblem(link: Link, offset: number): LineProblem | undefined {
  const text = toString(link).trim();
  const line = lineOf(link, offset);
  if (text === '' && !link.children.some((c) => c.type === 'image')) {
    return { line, what: `the link to ${link.url} has no text`, fix: 'write the name of the page or place it goes to between the square brackets.' };
  }
  if (vagueLinkText.has(text.toLowerCase().replace(/[.!:]+$/, ''))) {
    return {
      line,
      what: `the link text "${text}" does not say where the link goes`,
      fix: 'use the name of the page or document as the link text, for example [Missing from Care](/handbook/missing-from-care/) rather than [click here](…).',
    };
  }
  if (/^(https?:\/\/|www\.)\S+$/i.test(text)) {
    return {
      line,
      what: `the link text is a bare web address (${text})`,
      fix: 'write the name of the page or organisation as the link text, for example [Ofsted](https://www.gov.uk/ofsted); a screen reader reads an address out letter by letter.',
    };
  }
  return undefined;
}

function splitInternal(url: string): { path: string; anchor?: string } {
  const [beforeHash, anchor] = url.split('#', 2);
  const path = beforeHash.split('?')[0];
  return { path: path === '' ? '' : path.endsWith('/') ? path : `${path}/`, anchor: anchor === undefined ? undefined : decodeURIComponent(anchor) };
}

function destinationProblem(url: string, line: number, ownAnchors: ReadonlySet<string>, site: SiteLinks): LineProblem | undefined {
  if (/^file:/i.test(url) || /^[a-z]:\\/i.test(url)) {
    return {
      line,
      what: `the link ${url} points at a file on someone's computer`,
      fix: 'nobody else can open it. Link to the page on the web (https://…) or to a handbook page (/handbook/…/).',
    };
  }
  if (/^http:\/\//i.test(url)) {
    return {
      line,
      what: `the link ${url} uses http://, which is not secure`,
      fix: `use the https:// address (${url.replace(/^http:/i, 'https:')}); open it in a browser first to check it works.`,
    };
  }
  if (/^(https:|mailto:|tel:)/i.test(url)) return undefined;
  if (url.startsWith('#')) {
    const anchor = decodeURIComponent(url.slice(1));
    if (ownAnchors.has(anchor)) return undefined;
    return {
      line,
      what: `the link ${url} points at a heading that is not on this page`,
      fix: `use one of this page's headings: ${listInWords(closestIds(anchor, [...ownAnchors]).map((a) => `#${a}`))}. A heading's anchor is its text in lower case with hyphens for spaces.`,
    };
  }
  if (!url.startsWith('/')) {
    return {
      line,
      what: `the link "${url}" is not a full web address or a handbook address`,
      fix: 'start links to other handbook pages with /, for example /handbook/missing-from-care/, and links to other websites with https://.',
    };
  }
  const { path, anchor } = splitInternal(url);
  if (!site.pages.has(path)) {
    return {
      line,
      what: `the link ${url} points at a page that does not exist`,
      fix: `did you mean ${listInWords(closestIds(path, [...site.pages.keys()]))}? Handbook pages are /handbook/ followed by the file name without .mdx.`,
    };
  }
  const anchors = site.pages.get(path);
  if (anchor !== undefined && anchors && !anchors.has(anchor)) {
    return {
      line,
      what: `the link ${url} points at a heading that is not on the page ${path}`,
      fix: `use one of that page's headings: ${listInWords(closestIds(anchor, [...anchors]).map((a) => `${path}#${a}`))}.`,
    };
  }
  return undefined;
}

/** Links: where they go (a real page and heading, never file:// or http://) and what they say. */
export function linkProblems(tree: Root, site: SiteLinks, offset = 0): LineProblem[] {
  const ownAnchors = headingAnchors(tree);
  const problems: LineProblem[] = [];
  walk(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') {
      const destination = destinationProblem(node.url, lineOf(node, offset), ownAnchors, site);
      if (destination) problems.push(destination);
    }
    if (node.type === 'link') {
      const text = linkTextProblem(node, offset);
      if (text) problems.push(text);
    }
  });
  return problems;
}

function jsxAttribute(node: Nodes, name: string): string | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** Pictures need a text alternative: what the picture shows, for people who cannot see it. */
export function imageProblems(tree: Root, offset = 0): LineProblem[] {
  const problems: LineProblem[] = [];
  const fix =
    'describe what the picture shows between the square brackets, for example ![A carer and a child reading together](/images/reading.jpg).';
  walk(tree, (node) => {
    if (node.type === 'image' && !node.alt?.trim()) {
      problems.push({ line: lineOf(node, offset), what: `the picture ${node.url} has no alt text`, fix });
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img' && !jsxAttribute(node, 'alt')?.trim()) {
      problems.push({ line: lineOf(node, offset), what: `the picture ${jsxAttribute(node, 'src') ?? ''} has no alt text`.replace('  ', ' '), fix });
    }
  });
  return problems;
}

/**
 * MDX can run code. A handbook page may use only the handbook's own components (no import needed) and
 * must not add scripts, imports of other packages, exports or code in curly brackets.
 */
export function mdxProblems(tree: Root, contactIds: readonly string[], offset = 0): LineProblem[] {
  const problems: LineProblem[] = [];
  const contactSet = new Set(contactIds);
  walk(tree, (node) => {
    const line = lineOf(node, offset);
    if (node.type === 'mdxjsEsm') {
      for (const statement of node.value.split('\n').filter((s) => s.trim() !== '')) {
        const from = /from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/.exec(statement);
        const source = from?.[1] ?? from?.[2];
        if (/^\s*import\b/.test(statement) && source && ownComponents.test(source)) continue;
        if (!/^\s*(import|export)\b/.test(statement)) continue;
        problems.push({
          line,
          what: /^\s*export\b/.test(statement)
            ? `"${statement.trim()}" adds code to the page`
            : `"${statement.trim()}" imports something that is not one of the handbook's components`,
          fix: `delete this line. Pages can use ${listInWords(authorComponents.map((c) => `<${c}>`), 'and')} without importing anything.`,
        });
      }
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const code = node.value.trim();
      if (!/^\/\*[\s\S]*\*\/$/.test(code)) {
        problems.push({
          line,
          what: `"{${code}}" is code in curly brackets`,
          fix: 'curly brackets run code in MDX. Remove them; to show a curly bracket in the text write \\{ instead.',
        });
      }
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const name = node.name ?? '';
    if (name.toLowerCase() === 'script') {
      problems.push({
        line,
        what: 'the page contains a <script>',
        fix: 'remove it: handbook pages must not run scripts. If the page needs something interactive, ask the web team.',
      });
    } else if (/^[A-Z]/.test(name) && !(authorComponents as readonly string[]).includes(name)) {
      problems.push({
        line,
        what: `<${name}> is not one of the handbook's components`,
        fix: `use ${listInWords(authorComponents.map((c) => `<${c}>`))} (see CONTRIBUTING.md, "Boxes and contacts").`,
      });
    } else if (name === 'Contact') {
      const id = jsxAttribute(node, 'id');
      if (!id) {
        problems.push({ line, what: '<Contact> has no id', fix: 'name the contact from content/contacts.yaml, for example <Contact id="fostering-on-call" />.' });
      } else if (!contactSet.has(id)) {
        problems.push({
          line,
          what: `<Contact id="${id}"> is not a contact in content/contacts.yaml`,
          fix: `did you mean ${listInWords(closestIds(id, contactIds).map((c) => `"${c}"`))}? Add new contacts to content/contacts.yaml first.`,
        });
      }
    }
  });
  return problems;
}

/** Every body rule, for one page. `offset` turns lines in the body into lines in the file. */
export function bodyProblems(tree: Root, site: SiteLinks, contactIds: readonly string[], offset = 0): LineProblem[] {
  return [
    ...headingProblems(tree, offset),
    ...linkProblems(tree, site, offset),
    ...imageProblems(tree, offset),
    ...mdxProblems(tree, contactIds, offset),
  ];
}
