/**
 * The last word on code in the built site: every page (each handbook page, /print/, the 404 page…) is
 * parsed as a browser parses it (parse5), and any code that no component declared is refused: an inline
 * <script> or <style> whose text is not in src/components/inlineCode.ts, a script from another site, an
 * event-handler attribute (onclick…), a style attribute, a javascript:, vbscript: or data:text/html
 * address, a <meta http-equiv="refresh">, or an element that embeds another site or program. The policy
 * is written from the declared list, never from what the pages hold, so whatever reached a page by
 * another road fails the build here, and would not run in the browser either.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { InlineCode } from '../../src/components/inlineCode.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Attributes whose value the browser may follow as an address. */
const addressAttributes = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'cite',
  'ping',
  'srcset',
  'manifest',
  'codebase',
]);
const embedding = new Set(['iframe', 'frame', 'object', 'embed', 'applet', 'base', 'portal']);

/** A browser ignores whitespace and control characters in an address's scheme, and its case. */
// eslint-disable-next-line no-control-regex
const schemeOf = (value: string) => value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();

const textOf = (element: Element) =>
  element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');

const short = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** What one page holds that no component declared, in words. */
export function undeclaredCode(html: string, declared: InlineCode): string[] {
  const found: string[] = [];
  const scripts = new Set(declared.scripts);
  const styles = new Set(declared.styles);
  const visit = (node: Node) => {
    if ('tagName' in node) {
      const element = node as Element;
      const name = element.tagName;
      const attribute = (wanted: string) => element.attrs.find((a) => a.name === wanted)?.value;
      if (name === 'script') {
        const src = attribute('src');
        if (src === undefined && !scripts.has(textOf(element)))
          found.push(`an inline <script> that no component declares: ${short(textOf(element))}`);
        if (src !== undefined && !/^\/(?![/\\])/.test(src.trim())) found.push(`a <script> loaded from outside the site: ${short(src)}`);
      }
      if (name === 'style' && !styles.has(textOf(element)))
        found.push(`an inline <style> that no component declares: ${short(textOf(element))}`);
      if (embedding.has(name)) found.push(`a <${name}> element, which embeds another site or program or changes where links go`);
      if (name === 'meta' && attribute('http-equiv')?.toLowerCase() === 'refresh')
        found.push('a <meta http-equiv="refresh">, which sends the reader to another page');
      for (const { name: attributeName, value } of element.attrs) {
        if (/^on/i.test(attributeName)) found.push(`an event-handler attribute ${attributeName}=${short(value)} on <${name}>`);
        if (attributeName === 'style') found.push(`a style attribute on <${name}>: ${short(value)}`);
        if (addressAttributes.has(attributeName) && /^(?:javascript|vbscript):|^data:text\/html/.test(schemeOf(value)))
          found.push(`a ${attributeName}=${short(value)} on <${name}> that would run code`);
      }
      if (name === 'template') visit((element as unknown as { content: Node }).content);
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(parse(html));
  return found;
}

/** Every built HTML file's undeclared code, as "file: what" lines (empty when there is none). */
export function undeclaredCodeInSite(pages: Iterable<[file: string, html: string]>, declared: InlineCode): string[] {
  const lines: string[] = [];
  for (const [file, html] of pages) for (const what of undeclaredCode(html, declared)) lines.push(`${file}: ${what}`);
  return lines;
}
