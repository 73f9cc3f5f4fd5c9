/**
 * Links and pictures: every link goes somewhere a reader can open (a real handbook page and heading, or a
 * secure web address), says where it goes, and every picture is stored in the handbook and described.
 */
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { Link, Root } from 'mdast';
import type { Finding } from '../problem.ts';
import { placeOf, walk } from '../mdx.ts';
import { closestIds, listInWords } from '../suggest.ts';
import { classifyUrl, decodeAddress } from '../urls.ts';

/** Link text that says nothing about where it goes, for people who move from link to link. */
export const vagueLinkText: readonly string[] = [
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
];

export function isVagueLinkText(text: string): boolean {
  return vagueLinkText.includes(text.trim().toLowerCase().replace(/[.!:]+$/, ''));
}

/** What a link may point at inside the site: each page's address and, where known, its anchors. */
/**
 * Link text that is only a web address ("www.gov.uk/ofsted", "gov.uk/foster-care"): read out letter by
 * letter. An email address is not one (typed addresses have a rule of their own).
 */
export function isBareWebAddress(text: string): boolean {
  const trimmed = text.trim();
  return !trimmed.includes('@') && /^(https?:\/\/|www\.)\S+$|^\S+\.(gov\.uk|org\.uk|co\.uk|nhs\.uk|com|org|net|uk)(\/\S*)?$/i.test(trimmed);
}

export interface SiteLinks {
  /** Page address (with trailing slash) -> its heading anchors, or null when anchors are not checked. */
  pages: ReadonlyMap<string, ReadonlySet<string> | null>;
  /** Whether a file exists in public/ (for pictures), by its address, for example /images/a.jpg. */
  hasPublicFile: (path: string) => boolean;
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

function linkTextProblem(link: Link): Finding | undefined {
  const text = toString(link).trim();
  const place = placeOf(link);
  if (text === '' && !link.children.some((c) => c.type === 'image')) {
    return { ...place, what: `the link to ${link.url} has no text`, fix: 'write the name of the page or place it goes to between the square brackets.' };
  }
  if (isVagueLinkText(text)) {
    return {
      ...place,
      what: `the link text "${text}" does not say where the link goes`,
      fix: 'use the name of the page or document as the link text, for example [Missing from Care](/handbook/missing-from-care/) rather than [click here](…).',
    };
  }
  if (isBareWebAddress(text)) {
    return {
      ...place,
      what: `the link text is a bare web address (${text})`,
      fix: 'write the name of the page or organisation as the link text, for example [Ofsted](https://www.gov.uk/ofsted); a screen reader reads an address out letter by letter.',
    };
  }
  return undefined;
}

function splitInternal(url: string): { path: string; anchor?: string } {
  const hash = url.indexOf('#');
  const beforeHash = hash === -1 ? url : url.slice(0, hash);
  const path = beforeHash.split('?')[0];
  return {
    // A page's address ends in a slash, which may be left out; a file's (/updates.xml) does not.
    path: path === '' || path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`,
    anchor: hash === -1 ? undefined : decodeAddress(url.slice(hash + 1)),
  };
}

/** A link to another handbook address, for the check across pages that it exists (linkTargetProblems). */
export interface InternalLink {
  url: string;
  line: number;
  column: number;
}

/** Where a link goes, as far as the page alone can tell: a scheme links may use, a heading on this page. */
function destinationProblem(url: string, ownAnchors: ReadonlySet<string>, suggest: (anchor: string) => string): Omit<Finding, 'line' | 'column'> | undefined {
  const verdict = classifyUrl(url);
  if ('what' in verdict) return verdict;
  if (verdict.kind !== 'anchor') return undefined;
  const anchor = decodeAddress(url.slice(1));
  if (ownAnchors.has(anchor)) return undefined;
  return {
    what: `the link ${url} points at a heading that is not on this page`,
    fix: `use one of this page's headings${suggest(anchor)}. A heading's anchor is its text in lower case with hyphens for spaces.`,
  };
}

/** Links: what they say, a scheme they may use, and headings on the same page (the page alone). */
export function linkProblems(tree: Root, ownAnchors: ReadonlySet<string> = headingAnchors(tree)): Finding[] {
  const problems: Finding[] = [];
  // Each suggestion compares against every heading: the first few broken anchors get one, the rest none.
  const suggestions = new Map<string, string>();
  const suggest = (anchor: string) => {
    let found = suggestions.get(anchor);
    if (found === undefined) {
      found = suggestions.size < brokenLinksListed ? `: ${listInWords(closestIds(anchor, [...ownAnchors]).map((a) => `#${a}`))}` : '';
      suggestions.set(anchor, found);
    }
    return found;
  };
  walk(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') {
      const destination = destinationProblem(node.url, ownAnchors, suggest);
      if (destination) problems.push({ ...placeOf(node), ...destination });
    }
    if (node.type === 'link') {
      const text = linkTextProblem(node);
      if (text) problems.push(text);
    }
  });
  return problems;
}

/** The page's links to other handbook addresses (/…), with where they are. */
export function internalLinks(tree: Root): InternalLink[] {
  const links: InternalLink[] = [];
  walk(tree, (node) => {
    if ((node.type === 'link' || node.type === 'definition') && (classifyUrl(node.url) as { kind?: string }).kind === 'internal') links.push({ url: node.url, ...placeOf(node) });
  });
  return links;
}

/** Links to handbook addresses that do not exist, or to headings that are not on the page they name. */
/** More broken links than this on one page are summed up in one line (each suggestion compares every page). */
export const brokenLinksListed = 30;

export function linkTargetProblems(links: readonly InternalLink[], site: SiteLinks): Finding[] {
  const broken = links.filter(({ url }) => {
    const { path, anchor } = splitInternal(url);
    const anchors = site.pages.get(path);
    return (!site.pages.has(path) && !site.hasPublicFile(path)) || (anchor !== undefined && anchors && !anchors.has(anchor));
  });
  // The same broken address many times is one problem with a count (problem.ts); only distinct ones count here.
  const distinct = [...new Set(broken.map((link) => link.url))];
  const listed = new Set(distinct.slice(0, brokenLinksListed));
  const problems = broken.filter((link) => listed.has(link.url)).flatMap(({ url, line, column }): Finding[] => {
    const { path, anchor } = splitInternal(url);
    if (!site.pages.has(path) && !site.hasPublicFile(path)) {
      return [
        {
          line,
          column,
          what: `the link ${url} points at a page that does not exist`,
          fix: `did you mean ${listInWords(closestIds(path, [...site.pages.keys()]))}? Handbook pages are /handbook/ followed by the file name without .mdx.`,
        },
      ];
    }
    const anchors = site.pages.get(path);
    if (anchor !== undefined && anchors && !anchors.has(anchor)) {
      return [{ line, column, what: `the link ${url} points at a heading that is not on the page ${path}`, fix: `use one of that page's headings: ${listInWords(closestIds(anchor, [...anchors]).map((a) => `${path}#${a}`))}.` }];
    }
    return [];
  });
  const more = distinct.length - listed.size;
  if (more > 0) {
    const first = broken.find((link) => !listed.has(link.url))!;
    problems.push({ line: first.line, column: first.column, what: `and ${more} more links to pages or headings that do not exist`, fix: 'fix the links listed first, then run the check again to see the rest.' });
  }
  return problems;
}

/** Whether an address survives decodeURI, as the build's picture step reads it. */
function decodes(url: string): boolean {
  try {
    decodeURI(url);
    return true;
  } catch {
    return false;
  }
}

const describePicture = 'describe what the picture shows between the square brackets, for example ![A carer and a child reading together](/images/reading.jpg).';

/** Pictures: stored in the handbook's public/ folder (never loaded from elsewhere), and described. */
/**
 * Pictures, however they are written: ![alt](address), or ![alt][name] with the address given once
 * elsewhere on the page ([name]: address), which is the same picture to a reader.
 */
export function imageProblems(tree: Root, hasPublicFile: SiteLinks['hasPublicFile']): Finding[] {
  const problems: Finding[] = [];
  const definitions = new Map<string, string>();
  walk(tree, (node) => {
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  });
  walk(tree, (node) => {
    if (node.type !== 'image' && node.type !== 'imageReference') return;
    const url = node.type === 'image' ? node.url : definitions.get(node.identifier);
    if (url === undefined) return;
    const place = placeOf(node);
    if (!node.alt?.trim()) problems.push({ ...place, what: `the picture ${url} has no alt text`, fix: describePicture });
    const verdict = classifyUrl(url);
    if ('what' in verdict) problems.push({ ...place, ...verdict });
    else if (!decodes(url)) {
      // The build reads a picture's address with decodeURI, which stops at a broken %-escape.
      problems.push({ ...place, what: `the picture ${url} has a % that is not followed by two hex digits of a character`, fix: 'write the address as the file is named (a space is %20), without stray % signs.' });
    } else if (verdict.kind !== 'internal') {
      problems.push({ ...place, what: `the picture ${url} is not stored in the handbook`, fix: 'put the picture in the public/images/ folder and write its address, for example ![…](/images/reading.jpg).' });
    } else if (!hasPublicFile(url.split(/[?#]/)[0]!)) {
      problems.push({ ...place, what: `the picture ${url} is not in the public/ folder`, fix: 'add the picture to public/images/ (the address /images/a.jpg is the file public/images/a.jpg), or correct the address.' });
    }
  });
  return problems;
}
