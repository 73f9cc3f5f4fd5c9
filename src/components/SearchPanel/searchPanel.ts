/**
 * The search page, on Pagefind's JavaScript API: searches as the reader types (after a short pause),
 * keeps the query and filters in the URL, renders results, and announces the count through the polite
 * live region once typing has settled, so screen readers are not interrupted on every keystroke.
 */
import {
  hasFilters,
  noResultsText,
  pagefindFilters,
  paramsFromState,
  resultCountText,
  searchTerms,
  stateFromParams,
  type SearchState,
} from '../../lib/searchQuery.ts';
import { combineWordResults } from '../../lib/searchRanking.ts';

interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: { title: string; url: string; excerpt: string; anchor?: unknown }[];
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string | null, options: { filters: Record<string, unknown> }): Promise<{ results: PagefindResult[] }>;
}

/** Wait this long after a keystroke before searching: long enough to skip half-typed words. */
const typingPause = 100;
/** Announce the count this long after results settle, so a screen reader hears it once. */
const announcePause = 800;
const pageSize = 10;

/**
 * Pagefind's ranking, tuned on the carers' questions in tests/search/questions.yaml: Pagefind's own
 * ranking, with the search aliases (see SearchIndexData) weighted by where the page says the thing they
 * stand for, and the content type and part names (metadata for display) not searched.
 */
export const pagefindOptions = {
  excerptLength: 24,
  ranking: {
    metaWeights: { title: 5, aliasTitle: 5, aliasSummary: 2, aliasText: 0.5, summary: 0, type: 0, part: 0 },
  },
};

/**
 * The pages for a state, best first: each word searched on its own and the scores combined (see
 * searchRanking.ts), or, with filters and no words, every page the filters allow.
 */
export async function findPages(pagefind: Pagefind, state: SearchState): Promise<PagefindResult[]> {
  const filters = pagefindFilters(state);
  const words = state.q ? searchTerms(state.q).split(' ').filter(Boolean) : [];
  if (words.length === 0) return (await pagefind.search(null, { filters })).results;
  const [allWords, ...perWord] = await Promise.all(
    [words.join(' '), ...words].map((term) => pagefind.search(term, { filters })),
  );
  // A page's excerpt comes from the search with every word where it has them all, so every word is
  // highlighted; otherwise from the word it matches best.
  const forExcerpt = new Map<string, PagefindResult>();
  for (const result of perWord.flatMap((response) => response.results).sort((a, b) => a.score - b.score)) {
    forExcerpt.set(result.id, result);
  }
  for (const result of words.length > 1 ? allWords.results : []) forExcerpt.set(result.id, result);
  return combineWordResults(perWord.map((response) => response.results)).map(({ id }) => forExcerpt.get(id)!);
}

function loadPagefind(): Promise<Pagefind> {
  const path = '/pagefind/pagefind.js';
  return import(/* @vite-ignore */ path).then(async (pagefind: Pagefind) => {
    await pagefind.options(pagefindOptions);
    await pagefind.init();
    return pagefind;
  });
}

/** Pagefind's excerpt as nodes: its text, with only its <mark> highlights kept as elements. */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstChild!;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

function resultItem(page: PagefindFragment): HTMLLIElement {
  const title = page.meta.title ?? page.url;
  const item = element('li', 'search-result', element('h3', 'search-result__title', link(page.url, title)));
  const about = [page.meta.type, page.meta.part].filter(Boolean).join(' · ');
  if (about) item.append(element('p', 'search-result__meta', about));
  item.append(element('p', 'search-result__excerpt', ...excerptNodes(page.excerpt)));
  const sections = page.sub_results.filter((sub) => sub.anchor && sub.url !== page.url).slice(0, 3);
  if (sections.length > 0) {
    const list = element('ul', 'search-result__sections');
    list.setAttribute('aria-label', `Sections of “${title}” that match`);
    list.append(...sections.map((sub) => element('li', '', link(sub.url, sub.title))));
    item.append(list);
  }
  return item;
}

export function startSearchPanel(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-panel]');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const clear = form.querySelector<HTMLButtonElement>('[data-clear-filters]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const heading = document.querySelector<HTMLElement>('[data-search-results-heading]')!;
  const noResults = document.querySelector<HTMLElement>('[data-search-no-results]')!;
  const pagefind = loadPagefind();
  let run = 0;
  let typingTimer: number | undefined;
  let announceTimer: number | undefined;
  let showMore: HTMLButtonElement | undefined;

  const readForm = (): SearchState => stateFromParams(new URLSearchParams(new FormData(form) as unknown as string[][]));

  function writeForm(state: SearchState) {
    input.value = state.q;
    for (const box of form!.querySelectorAll<HTMLInputElement>('input[name="type"]')) box.checked = state.type.includes(box.value);
    form!.querySelector<HTMLSelectElement>('select[name="part"]')!.value = state.part;
    form!.querySelector<HTMLSelectElement>('select[name="standard"]')!.value = state.standard;
    if (hasFilters(state)) form!.querySelector<HTMLDetailsElement>('[data-filter-box]')!.open = true;
  }

  function announce(text: string) {
    window.clearTimeout(announceTimer);
    announceTimer = window.setTimeout(() => {
      status.textContent = text;
    }, announcePause);
  }

  function show(pages: PagefindFragment[], total: number, more: () => void) {
    list.replaceChildren(...pages.map(resultItem));
    heading.hidden = pages.length === 0;
    showMore?.remove();
    showMore = undefined;
    if (pages.length < total) {
      showMore = element('button', 'search-panel__more', `Show more results (${pages.length} of ${total} shown)`);
      showMore.type = 'button';
      showMore.addEventListener('click', more);
      list.after(showMore);
    }
  }

  async function search(state: SearchState, history: 'push' | 'replace' | 'none') {
    const id = ++run;
    const url = `${location.pathname}${paramsFromState(state)}`;
    if (history === 'push' && url !== `${location.pathname}${location.search}`) window.history.pushState(null, '', url);
    if (history === 'replace') window.history.replaceState(null, '', url);
    const filtered = hasFilters(state);
    clear.hidden = !filtered;
    if (!state.q && !filtered) {
      show([], 0, () => {});
      noResults.hidden = true;
      window.clearTimeout(announceTimer);
      status.textContent = '';
      return;
    }
    let results;
    try {
      results = await findPages(await pagefind, state);
    } catch {
      if (id === run) status.textContent = 'Search could not load. Check your connection and try again, or use the A to Z index.';
      return;
    }
    if (id !== run) return;
    const render = async (count: number) => {
      const pages = await Promise.all(results.slice(0, count).map((r) => r.data()));
      if (id !== run) return;
      show(pages, results.length, () => {
        const first = count;
        render(count + pageSize).then(() => list.children[first]?.querySelector('a')?.focus());
      });
    };
    await render(pageSize);
    if (id !== run) return;
    noResults.hidden = results.length > 0;
    announce(results.length > 0 ? resultCountText(results.length, state.q, filtered) : noResultsText(state.q, filtered));
  }

  input.addEventListener('input', () => {
    // Still typing: nothing is announced until the reader pauses.
    window.clearTimeout(announceTimer);
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => search(readForm(), 'replace'), typingPause);
    // Fetch the index chunks for the words so far while the reader is still typing, so the search
    // itself, after the pause, has little left to load.
    const terms = searchTerms(input.value);
    if (terms) void pagefind.then((loaded) => loaded.preload(terms));
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = list.querySelector('a');
    if (first) {
      event.preventDefault();
      first.focus();
    }
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) search(readForm(), 'push');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typingTimer);
    search(readForm(), 'push');
  });
  clear.addEventListener('click', () => {
    writeForm({ ...readForm(), type: [], part: '', standard: '' });
    search(readForm(), 'push');
    input.focus();
  });
  window.addEventListener('popstate', () => {
    const state = stateFromParams(new URLSearchParams(location.search));
    writeForm(state);
    search(state, 'none');
  });

  const initial = stateFromParams(new URLSearchParams(location.search));
  writeForm(initial);
  if (initial.q || hasFilters(initial)) search(initial, 'none');
}
