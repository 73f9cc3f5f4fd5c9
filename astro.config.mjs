// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentGate } from './src/lib/content/integration.ts';
import { editionFrom } from './src/lib/edition.ts';
import { siteUrl as site } from './src/lib/siteConfig.ts';

// One edition per build: set once here, so every page, the saved copy and the PDF name the same one
// (src/data/edition.ts reads these back; dist/edition.json publishes them for the after-build steps).
const edition = editionFrom(process.env, new Date());
process.env.EDITION_DATE = edition.date;
process.env.EDITION_ID = edition.id;

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  // Every stylesheet is a file: cached once for every page (and once in the saved copy) rather than
  // repeated in each page's HTML, and allowed by the Content-Security-Policy as 'self'. Left to Astro,
  // whether a component's styles are inlined turns on their size, so trimming one rule could copy 4 KB of
  // CSS into all 195 pages.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The content gate comes first: every content rule runs before anything is loaded or compiled.
  // Pages are compiled by Astro's own Markdown engine (it takes no remark plugins, and is the fast path):
  // what the site adds to a page's text, glossary links and line breaks, it adds to the rendered HTML
  // (src/components/PageText, src/lib/pageText.ts).
  // The saved copy's "not saved on this device" page stands in for /print/ and the PDF offline: not in the sitemap.
  integrations: [contentGate(), mdx(), sitemap({ filter: (page) => !page.includes('/not-in-saved-copy/') })],
  devToolbar: { enabled: false },
  vite: {
    // For client scripts: Pagefind's metaCacheTag (so the saved copy can keep its entry file) is the edition id.
    define: { __HANDBOOK_EDITION__: JSON.stringify(edition) },
    build: {
      // Every script is a file: cached once rather than repeated in every page's HTML, and allowed by the
      // Content-Security-Policy as 'self' rather than by a hash that changes with each edit.
      assetsInlineLimit: (file) => (/_type_script_.*\.js$/.test(file) ? false : undefined),
      // One stylesheet for the whole site (about 7 KB gzip): one request, then cached for every page.
      cssCodeSplit: false,
      rollupOptions: {
        // MDX pages carry Astro's own "use astro:head-inject" directive; the bundler's note about it is
        // noise that would bury the content errors staff need to see.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  server: { port: Number(process.env.PORT ?? 4321) },
});
