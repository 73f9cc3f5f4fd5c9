/**
 * The search page's events: searches as the reader types (after a short pause), keeps the query and filters
 * in the URL, shows results from the component's templates, and announces the outcome through the polite
 * live region once typing has settled, so screen readers are not interrupted on every keystroke. What to
 * search for, ranking, corrections and what a result shows are in src/lib/search/.
 */
import { notCoveredMoreText, outcomeText, shownText } from '../../lib/search/announcements.ts';
import { findPages, mayNotCover, preloadFor, type Found, type Pagefind } from '../../lib/search/find.ts';
import { hasFilters, paramsFromState, stateFromParams, type SearchState } from '../../lib/search/query.ts';
import { closeToBest, pagefindOptions } from '../../lib/search/ranking.ts';
import { resultView, type ExcerptPart, type ResultView } from '../../lib/search/results.ts';
import { unpackVocabulary, type Vocabulary } from '../../lib/search/vocabulary.ts';

/** Search this long after the last keystroke: long enough to skip the letters of a word typed in a burst. */
const typingPause = 60;
/** Announce the outcome this long after results settle, so a screen reader hears it once. */
const announcePause = 800;
/** Results shown at most at first, and added by each "Show more". */
const pageSize = 10;

const one = <T extends Element>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector)!;

function loadPagefind(): Promise<Pagefind> {
  const path = '/pagefind/pagefind.js';
  return import(/* @vite-ignore */ path).then(async (pagefind) => {
    // Pagefind asks for its entry file with ?ts=<now> unless told the build: with the edition, a saved copy
    // and the browser's cache can answer for it until the next edition is published.
    await pagefind.options({ ...pagefindOptions, metaCacheTag: __HANDBOOK_EDITION__.id });
    await pagefind.init();
    return pagefind as Pagefind;
  });
}

/** The vocabulary for "Did you mean …?"; without it (offline, say) search works, uncorrected. */
function loadVocabulary(): Promise<Vocabulary | undefined> {
  return fetch('/search-vocabulary.json')
    .then((response) => response.json())
    .then(unpackVocabulary)
    .catch(() => undefined);
}

const clone = (template: string) => one<HTMLTemplateElement>(template).content.cloneNode(true) as DocumentFragment;

function excerptNodes(parts: ExcerptPart[]): Node[] {
  return parts.map(({ text, marked }) => {
    if (!marked) return document.createTextNode(text);
    const mark = one('mark', clone('[data-mark-template]'));
    mark.textContent = text;
    return mark;
  });
}

function resultItem(view: ResultView): HTMLLIElement {
  const item = one<HTMLLIElement>('li', clone('[data-result-template]'));
  const title = one<HTMLAnchorElement>('[data-slot="title"]', item);
  title.href = view.url;
  title.textContent = view.title;
  const about = one('[data-slot="about"]', item);
  if (view.about) about.textContent = view.about;
  else about.remove();
  one('[data-slot="excerpt"]', item).append(...excerptNodes(view.excerpt));
  const sections = one('[data-slot="sections"]', item);
  sections.setAttribute('aria-label', `Sections of “${view.title}” that match`);
  for (const section of view.sections) {
    const link = one<HTMLAnchorElement>('a', sections.appendChild(one('li', clone('[data-section-template]'))));
    link.href = section.url;
    link.textContent = section.title;
  }
  if (view.sections.length === 0) sections.remove();
  return item;
}

/** "Did you mean pocket money?", a link that runs the corrected search. */
function suggestionNodes(query: string, state: SearchState): DocumentFragment {
  const nodes = clone('[data-suggestion-template]');
  const link = one<HTMLAnchorElement>('a', nodes);
  link.href = `${location.pathname}${paramsFromState({ ...state, q: query })}`;
  link.textContent = query;
  return nodes;
}

const stateFromUrl = (url: string) => stateFromParams(new URL(url).searchParams);

function readForm(form: HTMLFormElement): SearchState {
  return stateFromParams(new URLSearchParams(new FormData(form) as unknown as string[][]));
}

function writeForm(form: HTMLFormElement, state: SearchState) {
  one<HTMLInputElement>('input[name="q"]', form).value = state.q;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="type"]')) box.checked = state.type.includes(box.value);
  one<HTMLSelectElement>('select[name="part"]', form).value = state.part;
  one<HTMLSelectElement>('select[name="standard"]', form).value = state.standard;
  if (hasFilters(state)) one<HTMLDetailsElement>('[data-filter-box]', form).open = true;
}

/** The search page's elements, the loaded search, and the search on show. */
interface Panel {
  form: HTMLFormElement;
  input: HTMLInputElement;
  clear: HTMLButtonElement;
  /** The outcome as shown; `status` is the live region that says it once typing has settled. */
  summary: HTMLElement;
  status: HTMLElement;
  list: HTMLOListElement;
  heading: HTMLElement;
  noResults: HTMLElement;
  /** "The handbook may not cover this", with who to ask. */
  notCovered: HTMLElement;
  more: HTMLButtonElement;
  pagefind: Promise<Pagefind>;
  vocabulary: Promise<Vocabulary | undefined>;
  /** Counts searches, so a slow one never overwrites a newer one. */
  run: number;
  typingTimer?: number;
  announceTimer?: number;
  current?: { found: Found; state: SearchState; shown: number };
}

function findPanel(): Panel | undefined {
  const form = document.querySelector<HTMLFormElement>('[data-search-panel]');
  if (!form) return undefined;
  return {
    form,
    input: one('input[name="q"]', form),
    clear: one('[data-clear-filters]', form),
    summary: one('[data-search-summary]'),
    status: one('[data-search-status]'),
    list: one('[data-search-results]'),
    heading: one('[data-search-results-heading]'),
    noResults: one('[data-search-no-results]'),
    notCovered: one('[data-search-not-covered]'),
    more: one('[data-show-more]'),
    pagefind: loadPagefind(),
    vocabulary: loadVocabulary(),
    run: 0,
  };
}

/**
 * Shows the outcome at once, and says it once the reader has paused; or, for a search the reader asked for
 * (Enter or the button), moves focus to it instead, which scrolls it into view, closes a phone's keyboard
 * and has a screen reader read it: the live region stays silent then, so the outcome is heard once.
 */
function tell(panel: Panel, { focus = false }: { focus?: boolean }, ...nodes: (Node | string)[]) {
  panel.summary.replaceChildren(...nodes);
  const said = panel.summary.textContent;
  window.clearTimeout(panel.announceTimer);
  if (focus) {
    // If the live region has just said this outcome (the reader paused before pressing Enter), focus goes
    // to the results' heading instead, so the outcome is not read again; the view shows the outcome either way.
    const alreadySaid = panel.status.textContent === said && !panel.heading.hidden;
    (alreadySaid ? panel.heading : panel.summary).focus({ preventScroll: true });
    panel.summary.scrollIntoView({ block: 'start' });
    return;
  }
  panel.announceTimer = window.setTimeout(() => {
    // Said once: a search that changes nothing (Enter after the results came in) does not say it again.
    if (panel.status.textContent !== said) panel.status.textContent = said;
  }, announcePause);
}

function showNothing(panel: Panel) {
  panel.current = undefined;
  panel.list.replaceChildren();
  panel.heading.hidden = true;
  panel.more.hidden = true;
  panel.noResults.hidden = true;
  panel.notCovered.hidden = true;
  window.clearTimeout(panel.announceTimer);
  panel.summary.textContent = panel.status.textContent = '';
}

/** Adds results from..to of the search on show to the list; false if a newer search began meanwhile. */
async function showResults(panel: Panel, id: number, from: number, to: number): Promise<boolean> {
  const current = panel.current!;
  const pages = await Promise.all(current.found.results.slice(from, to).map((result) => result.data()));
  if (id !== panel.run) return false;
  const items = pages.map((page) => resultItem(resultView(page, current.found.terms)));
  if (from === 0) panel.list.replaceChildren(...items);
  else panel.list.append(...items);
  current.shown = Math.min(to, current.found.results.length);
  panel.heading.hidden = current.shown === 0;
  const left = current.found.results.length - current.shown;
  panel.more.hidden = left === 0;
  panel.more.textContent =
    current.shown === 0
      ? notCoveredMoreText(current.found.unmatched, Math.min(left, pageSize), current.found.terms)
      : `Show ${Math.min(left, pageSize)} more ${left === 1 ? 'result' : 'results'}`;
  return true;
}

function keepInUrl(state: SearchState, history: 'push' | 'replace' | 'none') {
  const url = `${location.pathname}${paramsFromState(state)}`;
  if (history === 'push' && url !== `${location.pathname}${location.search}`) window.history.pushState(null, '', url);
  if (history === 'replace') window.history.replaceState(null, '', url);
}

async function search(panel: Panel, state: SearchState, history: 'push' | 'replace' | 'none', { focus = false } = {}) {
  const id = ++panel.run;
  keepInUrl(state, history);
  panel.clear.hidden = !hasFilters(state);
  if (!state.q && !hasFilters(state)) return showNothing(panel);
  let found: Found;
  try {
    found = await findPages(await panel.pagefind, state, await panel.vocabulary);
  } catch {
    if (id === panel.run) {
      // No results of an earlier search may stay under the message: they would look like an answer.
      showNothing(panel);
      tell(panel, { focus }, 'Search could not load. Check your connection and try again, or use the A to Z index.');
    }
    return;
  }
  if (id !== panel.run) return;
  panel.current = { found, state, shown: 0 };
  // When the handbook may not cover the question, the pages that share its other words are not shown
  // as answers: who to ask comes first, and those pages wait behind a button.
  const notCovered = mayNotCover(found, hasFilters(state));
  const first = notCovered
    ? 0
    : closeToBest(
        found.results.map((result) => result.score),
        pageSize,
      );
  const suggestion = found.suggestion ? [suggestionNodes(found.suggestion, state)] : [];
  if (!(await showResults(panel, id, 0, first))) return;
  panel.noResults.hidden = found.results.length > 0;
  panel.notCovered.hidden = !notCovered;
  const outcome = {
    total: found.results.length,
    shown: first,
    query: state.q,
    filtered: hasFilters(state),
    corrected: found.corrected,
    notCovered,
    unmatched: found.unmatched,
    searched: found.terms,
  };
  tell(panel, { focus }, outcomeText(outcome), ...suggestion);
}

async function showMore(panel: Panel) {
  const { shown, found } = panel.current!;
  if (!(await showResults(panel, panel.run, shown, shown + pageSize))) return;
  one<HTMLAnchorElement>('a', panel.list.children[shown]).focus();
  tell(panel, {}, shownText(panel.current!.shown, found.results.length));
}

async function typed(panel: Panel) {
  // Still typing: nothing is announced until the reader pauses.
  window.clearTimeout(panel.announceTimer);
  window.clearTimeout(panel.typingTimer);
  panel.typingTimer = window.setTimeout(() => search(panel, readForm(panel.form), 'replace'), typingPause);
  // Fetch the index chunks for the words so far while the reader is still typing, so the search
  // itself, after the pause, has little left to load.
  // If Pagefind cannot load, the search itself says so; the preload just does nothing.
  const pagefind = await panel.pagefind.catch(() => undefined);
  if (pagefind) preloadFor(pagefind, panel.input.value, await panel.vocabulary);
}

/** Runs the search "Did you mean …?" links to, without reloading the page. */
function followSuggestion(panel: Panel, event: MouseEvent) {
  const link = (event.target as Element).closest('a');
  if (!link) return;
  event.preventDefault();
  const state = stateFromUrl(link.href);
  writeForm(panel.form, state);
  search(panel, state, 'push');
}

function wireEvents(panel: Panel) {
  const { form, input, clear } = panel;
  input.addEventListener('input', () => typed(panel));
  input.addEventListener('keydown', (event) => {
    const first = panel.list.querySelector('a');
    if (event.key !== 'ArrowDown' || !first) return;
    event.preventDefault();
    first.focus();
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) search(panel, readForm(form), 'push');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(panel.typingTimer);
    search(panel, readForm(form), 'push', { focus: true });
  });
  clear.addEventListener('click', () => {
    writeForm(form, { ...readForm(form), type: [], part: '', standard: '' });
    search(panel, readForm(form), 'push');
    input.focus();
  });
  panel.more.addEventListener('click', () => showMore(panel));
  panel.summary.addEventListener('click', (event) => followSuggestion(panel, event));
  window.addEventListener('popstate', () => {
    const state = stateFromUrl(location.href);
    writeForm(form, state);
    search(panel, state, 'none');
  });
}

export function startSearchPanel(): void {
  const panel = findPanel();
  if (!panel) return;
  wireEvents(panel);
  const initial = stateFromUrl(location.href);
  writeForm(panel.form, initial);
  if (initial.q || hasFilters(initial)) search(panel, initial, 'none');
  // Arriving from the header's Search link: the box is ready to type in.
  else panel.input.focus();
}
