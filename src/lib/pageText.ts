/**
 * What the site adds to a page's rendered text before it is published: the first use of each glossary
 * acronym linked to its entry (glossaryMarkup.ts), tables in the tab order (they may scroll sideways),
 * and places to break after a slash between words
 * (at the largest text on a phone a pair like "aids/equipment" is one long word to a browser, which
 * would break it mid-word; a <wbr> after the slash, which nothing reads or copies, lets it break there).
 * Dates (17/05/2018), "24/7", links and code keep their text as it is.
 *
 * It reads the HTML Astro rendered as tags and text, without building a tree: a page's HTML is well
 * formed (Astro wrote it), and this runs on every page of every build, where parsing and writing the
 * whole tree again cost a tenth of a second for every hundred pages. Text inside links, code, headings
 * and contact cards is left alone (isSkippedElement); so are comments.
 */
import { glossaryPath, isSkippedElement, type GlossaryAcronym } from './glossaryMarkup.ts';

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const slashBetweenWords = /(?<=\p{L})\/(?=\p{L})/gu;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const decodeHtml = (text: string) =>
  text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Each tag, comment or run of text in the HTML, in order. */
function* pieces(html: string): Generator<{ kind: 'tag' | 'comment' | 'text'; text: string }> {
  let at = 0;
  while (at < html.length) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at);
      const stop = end === -1 ? html.length : end + 3;
      yield { kind: 'comment', text: html.slice(at, stop) };
      at = stop;
    } else if (html[at] === '<' && /[a-zA-Z/!]/.test(html[at + 1] ?? '')) {
      let i = at + 1;
      let quote = '';
      for (; i < html.length; i++) {
        const c = html[i];
        if (quote) quote = c === quote ? '' : quote;
        else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
      }
      yield { kind: 'tag', text: html.slice(at, i + 1) };
      at = i + 1;
    } else {
      const next = html.indexOf('<', at + 1);
      const stop = next === -1 ? html.length : next;
      yield { kind: 'text', text: html.slice(at, stop) };
      at = stop;
    }
  }
}

function glossaryMarker(acronyms: readonly GlossaryAcronym[]) {
  const byTerm = new Map(acronyms.map((a) => [a.term, a]));
  const alternatives = [...byTerm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Whole words only; an upper-case acronym may take a plural "s" (SSWs, IROs).
  const pattern = alternatives.length
    ? new RegExp(`(?<![\\p{L}\\p{N}_-])(${alternatives.join('|')})(s?)(?![\\p{L}\\p{N}_])`, 'gu')
    : undefined;
  const done = new Set<string>();
  return (text: string): string => {
    if (!pattern) return text;
    return text.replace(pattern, (whole: string, term: string, plural: string, offset: number) => {
      const acronym = byTerm.get(term)!;
      if (done.has(acronym.term) || (plural && acronym.term !== acronym.term.toUpperCase())) return whole;
      done.add(acronym.term);
      // Where the text spells the term out just before it, the expansion is not said twice.
      const spelledOut = new RegExp(`${escapeRegExp(acronym.expansion)}\\s*\\(\\s*$`, 'i').test(decodeHtml(text.slice(0, offset)));
      const hidden = spelledOut ? '' : `<span class="visually-hidden"> (${escapeHtml(acronym.expansion)})</span>`;
      return `<a href="${glossaryPath}#${acronym.id}" class="glossary-term">${whole}${hidden}</a>`;
    });
  };
}

export function markPageText(html: string, acronyms: readonly GlossaryAcronym[]): string {
  const markGlossary = glossaryMarker(acronyms);
  const open: boolean[] = []; // for each open element, whether its text is left alone
  let skipping = 0;
  let out = '';
  for (const piece of pieces(html)) {
    if (piece.kind === 'tag') {
      const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(piece.text);
      if (tag && !voidElements.has(tag[2].toLowerCase()) && !piece.text.endsWith('/>')) {
        if (tag[1]) {
          if (open.pop()) skipping--;
        } else {
          const skip = isSkippedElement(tag[2].toLowerCase(), /\bclass="([^"]*)"/.exec(piece.text)?.[1].split(/\s+/) ?? []);
          open.push(skip);
          if (skip) skipping++;
        }
      }
      // A table scrolls sideways when it is wider than the screen (global.css): keyboard users must be able
      // to reach it to scroll it (axe: scrollable-region-focusable, found at Largest + High visibility).
      out += /^<table(?=[\s>])(?![^>]*\btabindex=)/.test(piece.text) ? piece.text.replace(/^<table/, '<table tabindex="0"') : piece.text;
    } else if (piece.kind === 'text' && skipping === 0) {
      out += markGlossary(piece.text.replace(slashBetweenWords, '/<wbr>'));
    } else {
      out += piece.text;
    }
  }
  return out;
}

/** Each text marked this build, by its entry's key (see onceForText). */
const marked = new Map<string, Promise<string>>();

/**
 * A page's text made once per build however many pages show it: `make` runs for the first page that asks
 * with `key`, and every later one gets the same text. The key must change whenever the text can (an
 * entry's id and digest do).
 */
export function onceForText(key: string, make: () => Promise<string>): Promise<string> {
  let text = marked.get(key);
  if (!text) marked.set(key, (text = make()));
  return text;
}
