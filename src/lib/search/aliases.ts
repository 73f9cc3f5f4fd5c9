/**
 * Search aliases: the words carers use for what the handbook calls something else.
 *
 * Pagefind has no synonyms, so at build time each page gets the carers' words for the things it talks
 * about as index-only text (see SearchIndexData). A page that says "short stays" is then found by
 * "respite", and a page that says "Supervising Social Worker" by "SSW". Rules come from two places staff
 * edit: content/synonyms.yaml and the glossary (every acronym with its expansion, and alsoKnownAs).
 */

/** One rule: a page that says any of `pagesSay` is also found by every word in `carersSay`. */
export interface AliasRule {
  pagesSay: readonly string[];
  carersSay: readonly string[];
}

export interface SynonymEntry {
  pagesSay: readonly string[];
  carersSay: readonly string[];
}

export interface GlossaryEntry {
  term: string;
  expansion?: string;
  alsoKnownAs: readonly string[];
}

/** Letters and digits only, single-spaced, lower case unless asked: what phrase matching compares. */
export function normaliseText(text: string, keepCase = false): string {
  return ` ${(keepCase ? text : text.toLowerCase())
    .replace(/[’']/g, '')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()} `;
}

/** Acronyms (KEEP, PACE, RISE) match only in capitals, so ordinary words do not tag a page. */
const isAcronym = (phrase: string) => /^[A-Z0-9]{2,}$/.test(phrase.trim());

/**
 * The rules the glossary implies. An acronym and its expansion find each other; the glossary's other
 * names (alsoKnownAs) find pages that use the term or its expansion, but not the other way round, because
 * carers' words are often ordinary ones ("contact", "relevant") that would tag unrelated pages.
 */
export function glossaryRules(entries: readonly GlossaryEntry[]): AliasRule[] {
  return entries.map((entry) => {
    const names = [entry.term, entry.expansion].filter((name): name is string => !!name);
    return { pagesSay: names, carersSay: [...names, ...entry.alsoKnownAs] };
  });
}

export function synonymRules(entries: readonly SynonymEntry[]): AliasRule[] {
  return entries.map((entry) => ({ pagesSay: entry.pagesSay, carersSay: entry.carersSay }));
}

/** How often a phrase appears in a text; the text is given both lower-cased and as written. */
interface Haystack {
  lower: string;
  asWritten: string;
}

function haystack(text: string): Haystack {
  return { lower: normaliseText(text), asWritten: normaliseText(text, true) };
}

function occurrences(text: Haystack, phrase: string): number {
  const acronym = isAcronym(phrase);
  const needle = normaliseText(phrase, acronym);
  const inText = acronym ? text.asWritten : text.lower;
  if (needle.trim() === '') return 0;
  // "One Minute guides" is a mention of "One Minute Guide": plurals count.
  const plural = `${needle.trimEnd()}s `;
  let count = 0;
  for (const form of [needle, plural]) {
    for (let at = inText.indexOf(form); at !== -1; at = inText.indexOf(form, at + form.length - 1)) count++;
  }
  return count;
}

/** Where a page says something: its title and summary count for more than a passing mention in the text. */
export interface PageText {
  title: string;
  summary: string;
  body: string;
}

export interface PageAlias {
  /** The carers' word or phrase, as written in the rule. */
  words: string;
  /** How strongly the page is about it: 3 title, 2 summary, 1 text (the strongest place it appears). */
  strength: 1 | 2 | 3;
}

/**
 * The carers' words that should find this page, each once, with how strongly the page is about them.
 * Words the page already uses are left out: the page is found by them anyway.
 */
export function aliasesFor(page: PageText, rules: readonly AliasRule[]): PageAlias[] {
  const title = haystack(page.title);
  const summary = haystack(page.summary);
  const body = haystack(page.body);
  const all = haystack(`${page.title} \n ${page.summary} \n ${page.body}`);
  const strongest = new Map<string, PageAlias>();
  for (const rule of rules) {
    const strength = rule.pagesSay.some((p) => occurrences(title, p) > 0)
      ? 3
      : rule.pagesSay.some((p) => occurrences(summary, p) > 0)
        ? 2
        : rule.pagesSay.some((p) => occurrences(body, p) > 0)
          ? 1
          : 0;
    if (strength === 0) continue;
    for (const words of rule.carersSay) {
      const key = normaliseText(words);
      if (occurrences({ lower: all.lower, asWritten: all.lower }, words.toLowerCase()) > 0) continue;
      const known = strongest.get(key);
      if (!known || known.strength < strength) strongest.set(key, { words, strength });
    }
  }
  return [...strongest.values()].sort((a, b) => b.strength - a.strength || a.words.localeCompare(b.words));
}
