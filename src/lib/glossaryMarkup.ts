/**
 * Marks the first use of each glossary acronym on a page so every reader can get its meaning. It works on
 * the page's rendered text (src/lib/pageText.ts), after Astro's Markdown engine, which takes no plugins.
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

/** Elements whose text must not gain a link: links themselves, code, headings, and a contact's card. */
const skippedTags = new Set(['a', 'abbr', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'svg', 'button']);
const skippedClasses = new Set(['contact-card', 'contact-address']);

/** Whether the text inside an element (by its tag name and classes) is left as it is. */
export function isSkippedElement(tagName: string, classes: readonly string[]): boolean {
  return skippedTags.has(tagName) || classes.some((c) => skippedClasses.has(c));
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
