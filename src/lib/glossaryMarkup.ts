/**
 * Marks the first use of each glossary acronym on a page so every reader can get its meaning.
 *
 * Why a link with a visually hidden expansion, and not `<abbr title="…">`: a title shows only on mouse
 * hover, so touch-screen and keyboard users never see it, and screen readers announce it inconsistently
 * (most ignore it by default). Instead the acronym becomes a link to its glossary entry:
 *
 *   <a class="glossary-term" href="/glossary/#ssw">SSW<span class="visually-hidden"> (Supervising Social Worker)</span></a>
 *
 * - A screen-reader user hears the expansion as part of the link's name ("SSW (Supervising Social
 *   Worker), link") without leaving the sentence.
 * - A touch-screen or keyboard user can tap or tab to it and reach the plain-English definition, which
 *   says more than the expansion does.
 * - Sighted readers see the acronym as the source wrote it, with a dotted underline (global.css).
 * Where the text already spells the term out just before it ("Supervising Social Worker (SSW)"), the
 * hidden expansion is left out so it is not read twice; the link to the definition stays.
 *
 * Only the first use on a page is marked, so pages do not fill with links, and never inside headings
 * (they would clutter the page outline), links (no links in links), code or components that are links.
 */

export interface GlossaryAcronym {
  /** The glossary entry's id: the anchor on the glossary page. */
  id: string;
  /** The acronym as written in the text, matched case-sensitively ("SSW", "Ofsted", "DfE"). */
  term: string;
  expansion: string;
}

export const glossaryPath = '/glossary/';

/** The minimal mdast shape this needs: any node, with children or a text value. */
interface Node {
  type: string;
  value?: string;
  name?: string | null;
  children?: Node[];
  data?: Record<string, unknown>;
  [key: string]: unknown;
}

const skippedNodes = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'html', 'definition', 'image', 'imageReference', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
/** Components and HTML elements whose text must not gain a link: links themselves, code, headings. */
const skippedElements = new Set(['a', 'abbr', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'Contact']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The link the acronym becomes: the acronym as written, with its expansion for screen readers. */
function glossaryLink(written: string, acronym: GlossaryAcronym, alreadyExpanded: boolean): Node {
  const children: Node[] = [{ type: 'text', value: written }];
  if (!alreadyExpanded) {
    children.push({
      type: 'glossaryExpansion',
      data: {
        hName: 'span',
        hProperties: { className: ['visually-hidden'] },
        hChildren: [{ type: 'text', value: ` (${acronym.expansion})` }],
      },
    });
  }
  return {
    type: 'link',
    url: `${glossaryPath}#${acronym.id}`,
    title: null,
    children,
    data: { hProperties: { className: ['glossary-term'] } },
  };
}

/**
 * Changes the tree in place: the first use of each acronym in `terms` becomes a link to its glossary
 * entry. Returns the ids it marked, in order.
 */
export function markGlossaryTerms(tree: Node, terms: readonly GlossaryAcronym[]): string[] {
  const byTerm = new Map(terms.map((t) => [t.term, t]));
  if (byTerm.size === 0) return [];
  const alternatives = [...byTerm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Whole words only; an upper-case acronym may take a plural "s" (SSWs, IROs).
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])(${alternatives.join('|')})(s?)(?![\\p{L}\\p{N}_])`, 'gu');
  const marked: string[] = [];
  const done = new Set<string>();

  function markText(node: Node): Node[] | undefined {
    const text = node.value ?? '';
    const parts: Node[] = [];
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      const acronym = byTerm.get(match[1])!;
      if (done.has(acronym.term)) continue;
      if (match[2] && acronym.term !== acronym.term.toUpperCase()) continue;
      const start = match.index;
      const before = text.slice(0, start);
      const alreadyExpanded = new RegExp(`${escapeRegExp(acronym.expansion)}\\s*\\(\\s*$`, 'i').test(before);
      if (start > last) parts.push({ type: 'text', value: text.slice(last, start) });
      parts.push(glossaryLink(match[0], acronym, alreadyExpanded));
      last = start + match[0].length;
      done.add(acronym.term);
      marked.push(acronym.id);
    }
    if (parts.length === 0) return undefined;
    if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
    return parts;
  }

  function walk(node: Node): void {
    if (!node.children) return;
    const children: Node[] = [];
    for (const child of node.children) {
      if (child.type === 'text') {
        children.push(...(markText(child) ?? [child]));
        continue;
      }
      const isElement = child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement';
      if (!skippedNodes.has(child.type) && !(isElement && skippedElements.has(String(child.name)))) walk(child);
      children.push(child);
    }
    node.children = children;
  }

  walk(tree);
  return marked;
}

/** The remark plugin: `remarkPlugins: [remarkGlossary(terms)]`. */
export function remarkGlossary(terms: readonly GlossaryAcronym[]) {
  return function attacher() {
    return (tree: unknown) => {
      markGlossaryTerms(tree as Node, terms);
    };
  };
}

/**
 * The acronyms in the glossary: each entry with an expansion, and any acronym among an entry's other names
 * ("LAC" for Looked after child, "TSDS" for TSD), which links to the same entry and is expanded by the
 * entry's expansion or, for a term that is not itself an acronym, the term.
 */
export function glossaryAcronyms(
  entries: readonly { id: string; term: string; expansion?: string; alsoKnownAs?: readonly string[] }[],
): GlossaryAcronym[] {
  const acronyms = new Map<string, GlossaryAcronym>();
  for (const { id, term, expansion } of entries) {
    if (expansion && expansion.trim() !== '') acronyms.set(term, { id, term, expansion });
  }
  for (const { id, term, expansion, alsoKnownAs = [] } of entries) {
    for (const other of alsoKnownAs) {
      // An acronym: a short word with at least two capitals and no spaces (LAC, TSDS, KS4, DfE).
      if (acronyms.has(other) || other.length > 6 || !/^[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*$/.test(other)) continue;
      acronyms.set(other, { id, term: other, expansion: expansion?.trim() ? expansion : term });
    }
  }
  return [...acronyms.values()];
}
