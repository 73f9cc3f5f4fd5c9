/**
 * Landing on the answer: a page opened from a search result (its address carries the words searched for,
 * ?pagefind-highlight=…, see withHighlight in src/lib/search/results.ts) highlights them with Pagefind's
 * own highlighting. Its script (about 10 KB gzip) is fetched only then, so pages opened any other way
 * load nothing more. It runs from the one script every page has (ReadingControls.astro), as content pages
 * may load no other. The marks' colours are the site's (global.css): Pagefind's own inline style would be
 * refused by the Content-Security-Policy.
 */
const param = 'pagefind-highlight';

if (location.search.includes(param)) {
  const path = '/pagefind/pagefind-highlight.js';
  import(/* @vite-ignore */ path).then(({ default: Highlight }) => new Highlight({ highlightParam: param, addStyles: false }));
}
