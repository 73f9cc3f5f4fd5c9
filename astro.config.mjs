// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { compileGuard } from './src/lib/content/compileGuard.ts';
import { contentGate } from './src/lib/content/integration.ts';
import { compilerFeatures } from './src/lib/content/mdx.ts';
import { brandColour } from './src/lib/brandColour.ts';
import { editionFrom } from './src/lib/edition.ts';
import { siteSettingsOf, siteUrlOf } from './src/lib/siteConfig.ts';

// One edition per build: set once here, so every page, the saved copy and the PDF name the same one
// (src/data/edition.ts reads these back; dist/edition.json publishes them for the after-build steps).
const edition = editionFrom(process.env, new Date());
process.env.EDITION_DATE = edition.date;
process.env.EDITION_ID = edition.id;

// The site's address, from content/site.yaml. If the file is wrong, the content gate says so (with every
// other problem) and stops the build; until then there is no address.
let settings;
try {
  settings = siteSettingsOf(fileURLToPath(new URL('.', import.meta.url)));
} catch {
  settings = undefined;
}
const site = settings && siteUrlOf(settings);

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  // Every stylesheet is a file: cached once for every page (and once in the saved copy) rather than
  // repeated in each page's HTML, and allowed by the Content-Security-Policy as 'self'. Left to Astro,
  // whether a component's styles are inlined turns on their size, so trimming one rule could copy 4 KB of
  // CSS into all 195 pages.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The content gate comes first: every content rule runs before anything is loaded or compiled.
  // Pages are compiled by Astro's own Markdown engine, Sätteri, with the features the gate parses with
  // (compilerFeatures), so both read the same tree; the compile guard refuses, inside the compiler, what
  // must never be compiled even if it got past the gate. What the site adds to a page's text, glossary
  // links and line breaks, it adds to the rendered HTML (src/components/PageText, src/lib/pageText.ts).
  integrations: [
    contentGate(),
    mdx({
      processor: satteri({ features: { ...compilerFeatures }, mdastPlugins: [compileGuard(fileURLToPath(new URL('.', import.meta.url)))] }),
    }),
    // The saved copy's "not saved on this device" page stands in for /print/ and the PDF offline: not in the sitemap.
    sitemap({ filter: (page) => !page.includes('/not-in-saved-copy/') }),
  ],
  devToolbar: { enabled: false },
  // Code blocks are shown as they are written: a highlighter would colour them with style attributes,
  // which the security policy does not allow (and the build's last check refuses).
  markdown: { syntaxHighlight: false },
  vite: {
    // The brand colour of content/site.yaml, written into the standard theme's tokens (the lines marked
    // "brandColour" in src/styles/tokens.css): one stylesheet, no inline style for the policy to allow.
    plugins: [brandColour(settings?.brandColour)],
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
