/**
 * Search aliases: the words carers use for what the handbook calls something else.
 *
 * Pagefind has no synonyms, so at build time each page gets the carers' words for the things it talks
 * about as index-only text (see SearchIndexData). A page that says "short stays" is then found by
 * "respite", and a page that says "Supervising Social Worker" by "SSW". Rules come from two places staff
 * edit: content/synonyms.yaml and the glossary (every acronym with its expansion, and alsoKnownAs).
 */

/**
 * One rule: a page that says any of `pagesSay` is also found by every word in `carersSay`; a page whose
 * title or summary says one is put first when a search has one of `carersAsk` word for word.
 */
export interface AliasRule {
  pagesSay: readonly string[];
  carersSay: readonly string[];
  carersAsk?: readonly string[];
  /** Words among carersSay that weigh as a passing mention: the carersAsk not also in carersSay. */
  inPassing?: readonly string[];
}

export interface SynonymEntry {
  pagesSay: readonly string[];
  carersSay: readonly string[];
  /** Carers' phrases (two words or more) that can only mean this ("touched her"): searched as carersSay are, and they put the page first. */
  carersAsk?: readonly string[];
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
  return entries.map((entry) => {
    const asked = entry.carersAsk ?? [];
    const inPassing = asked.filter((words) => !entry.carersSay.includes(words));
    return { pagesSay: entry.pagesSay, carersSay: [...entry.carersSay, ...inPassing], carersAsk: asked, inPassing };
  });
}

/** How often a phrase appears in a text; the text is given both lower-cased and as written. */
interface Haystack {
  lower: string;
  asWritten: string;
}

function haystack(text: string): Haystack {
  return { lower: normaliseText(text), asWritten: normaliseText(text, true) };
}

/** A text's words in order, and where each word is: what a phrase is looked up in. */
interface Words {
  words: string[];
  at: Map<string, number[]>;
}

/**
 * The words of the last few texts looked in: a page's title, summary and text are each read once for all
 * the rules, however many phrases are looked up in them, rather than searched again for every phrase.
 */
const recentTexts = new Map<string, Words>();
function wordsOf(text: string): Words {
  let found = recentTexts.get(text);
  if (!found) {
    const words = text.trim() === '' ? [] : text.trim().split(' ');
    const at = new Map<string, number[]>();
    words.forEach((word, index) => {
      const list = at.get(word);
      if (list) list.push(index);
      else at.set(word, [index]);
    });
    found = { words, at };
    recentTexts.set(text, found);
    if (recentTexts.size > 8) recentTexts.delete(recentTexts.keys().next().value!);
  }
  return found;
}

/** The words `form` side by side somewhere in `text`. */
function hasWords({ words, at }: Words, form: readonly string[]): boolean {
  return (at.get(form[0]!) ?? []).some((start) => form.every((word, i) => words[start + i] === word));
}

/** A phrase as it is looked up: its words, and the same with the last one plural; undefined if it has no words. */
interface Phrase {
  /** Matched in capitals only (an acronym), against the text as written. */
  acronym: boolean;
  form: readonly string[];
  plural: readonly string[];
}

function phraseOf(phrase: string): Phrase | undefined {
  const acronym = isAcronym(phrase);
  const needle = normaliseText(phrase, acronym).trim();
  if (needle === '') return undefined;
  const form = needle.split(' ');
  // "One Minute guides" is a mention of "One Minute Guide": plurals count.
  return { acronym, form, plural: [...form.slice(0, -1), `${form.at(-1)}s`] };
}

/** Whether a phrase appears in a text (given both lower-cased and as written), as whole words; plurals count. */
function mentions(text: Haystack, phrase: Phrase | undefined): boolean {
  if (!phrase) return false;
  const words = wordsOf(phrase.acronym ? text.asWritten : text.lower);
  return hasWords(words, phrase.form) || hasWords(words, phrase.plural);
}

/**
 * A rule with each of its phrases made ready to look up once, not again for every page (at 2,000 pages
 * this was most of the aliases' time). Kept per rules array, which is read-only: src/data/aliasRules.ts
 * derives it once per build.
 */
interface ReadyRule {
  pagesSay: (Phrase | undefined)[];
  carersSay: { words: string; key: string; phrase: Phrase | undefined }[];
  carersAsk: readonly string[];
  /** The keys of the words that weigh as a passing mention (inPassing). */
  inPassing: ReadonlySet<string>;
}

const readyRules = new WeakMap<readonly AliasRule[], ReadyRule[]>();
function ready(rules: readonly AliasRule[]): ReadyRule[] {
  let found = readyRules.get(rules);
  if (!found) {
    found = rules.map((rule) => ({
      pagesSay: rule.pagesSay.map(phraseOf),
      carersSay: rule.carersSay.map((words) => ({ words, key: normaliseText(words), phrase: phraseOf(words.toLowerCase()) })),
      carersAsk: rule.carersAsk ?? [],
      inPassing: new Set((rule.inPassing ?? []).map((words) => normaliseText(words))),
    }));
    readyRules.set(rules, found);
  }
  return found;
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
  // The carers' words are looked for in lower case everywhere on the page, acronyms included.
  const all = normaliseText(`${page.title} \n ${page.summary} \n ${page.body}`);
  const allLower = { lower: all, asWritten: all };
  const strongest = new Map<string, PageAlias>();
  for (const rule of ready(rules)) {
    const strength = rule.pagesSay.some((p) => mentions(title, p))
      ? 3
      : rule.pagesSay.some((p) => mentions(summary, p))
        ? 2
        : rule.pagesSay.some((p) => mentions(body, p))
          ? 1
          : 0;
    if (strength === 0) continue;
    for (const { words, key, phrase } of rule.carersSay) {
      if (mentions(allLower, phrase)) continue;
      // A phrase that can only mean this (carersAsk) puts its page first when typed whole (see phrasesFor);
      // unless carersSay has it too ("self harm"), its words one by one weigh as a passing mention, so
      // "hits" alone does not make Safeguarding the answer to "my foster child hits me".
      const at = rule.inPassing.has(key) ? 1 : strength;
      const known = strongest.get(key);
      if (!known || known.strength < at) strongest.set(key, { words, strength: at });
    }
  }
  return [...strongest.values()].sort((a, b) => b.strength - a.strength || a.words.localeCompare(b.words));
}

/** A phrase more pages than this are about tells none of them apart ("the social", "fostering team"). */
export const distinctivePages = 3;

/** The carers' phrases that can only mean one thing (carersAsk) of the rules a page's title or summary meets. */
function phrasesAbout(page: Pick<PageText, 'title' | 'summary'>, rules: readonly AliasRule[]): Set<string> {
  const title = haystack(page.title);
  const summary = haystack(page.summary);
  const phrases = new Set<string>();
  for (const rule of ready(rules)) {
    if (!rule.pagesSay.some((p) => mentions(title, p) || mentions(summary, p))) continue;
    for (const words of rule.carersAsk) phrases.add(words);
  }
  return phrases;
}

/**
 * The carers' phrases that more than `distinctivePages` of the pages (their titles and summaries) are
 * about: no page is lifted by them (see phrasesFor).
 */
export function commonPhrases(pages: readonly Pick<PageText, 'title' | 'summary'>[], rules: readonly AliasRule[]): Set<string> {
  const pagesAbout = new Map<string, number>();
  for (const page of pages) for (const phrase of phrasesAbout(page, rules)) pagesAbout.set(phrase, (pagesAbout.get(phrase) ?? 0) + 1);
  return new Set([...pagesAbout].filter(([, count]) => count > distinctivePages).map(([phrase]) => phrase));
}

/**
 * The carers' phrases that can only mean what a page is about (the carersAsk of the rules its title or
 * summary meets), whether or not the page says them too, and not among the `common` ones, in alphabetical
 * order: the search page puts first a page whose phrase the reader typed ("on call" for the out-of-hours
 * guide, which says "Fostering On Call"; "touched her" for Safeguarding). Staff choose them: an everyday
 * phrase ("my son", "day off") would put its page first for questions about something else.
 */
export function phrasesFor(page: PageText, rules: readonly AliasRule[], common: ReadonlySet<string> = new Set()): string[] {
  return [...phrasesAbout(page, rules)].filter((phrase) => !common.has(phrase)).sort((a, b) => a.localeCompare(b));
}
