// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { glossaryAcronyms, remarkGlossary } from './src/lib/glossaryMarkup.ts';
import { contentGate } from './src/lib/content/integration.ts';
import { editionFrom } from './src/lib/edition.ts';

// The public address of the site, used for the sitemap and canonical links.
const site = process.env.SITE_URL ?? 'https://fostering-handbook.coventry.gov.uk';

// The first use of each glossary acronym on a page links to its entry (src/lib/glossaryMarkup.ts).
const glossary = glossaryAcronyms(parseYaml(readFileSync(new URL('./content/glossary.yaml', import.meta.url), 'utf8')));

// One edition per build: set once here, so every page, the saved copy and the PDF name the same one
// (src/data/edition.ts reads these back; dist/edition.json publishes them for the after-build steps).
const edition = editionFrom(process.env, new Date());
process.env.EDITION_DATE = edition.date;
process.env.EDITION_ID = edition.id;

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Astro 7's default Markdown engine ignores remark plugins: the unified processor keeps them.
  markdown: {
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm, remarkGlossary(glossary)] }),
  },
  // The content gate comes first: every content rule runs before anything is loaded or compiled.
  integrations: [contentGate(), mdx(), sitemap()],
  devToolbar: { enabled: false },
  vite: {
    // For client scripts: Pagefind's metaCacheTag (so the saved copy can keep its entry file) is the edition id.
    define: { __HANDBOOK_EDITION__: JSON.stringify(edition) },
    build: {
      // Every script is a file: cached once rather than repeated in every page's HTML, and allowed by the
      // Content-Security-Policy as 'self' rather than by a hash that changes with each edit.
      assetsInlineLimit: (file) => (/_type_script_.*\.js$/.test(file) ? false : undefined),
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
